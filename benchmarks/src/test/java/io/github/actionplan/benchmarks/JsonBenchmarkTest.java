package io.github.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The JSON benchmark runs as set up: its plan writes, and reads back equal, with the limits raised for its size. */
class JsonBenchmarkTest {

    @Test
    void thePlanWrittenReadsBackEqualWithTheLimitsTheBenchmarkRaises() throws IOException {
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.subActions = 100;
        benchmark.makePlan();

        assertThat(benchmark.write()).isPositive();
        assertThat(benchmark.read().recommendations()).hasSize(20);
    }

    @Test
    void theBenchmarksOwnSizeIsWrittenAndReadWithinTheLimitsItRaises() throws IOException {
        // Its 100,000 sub-actions hold more paragraphs and list items than the default block limit: the benchmark
        // stopped in its set-up, unseen, as this test's plan above is small.
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.subActions = 100_000;
        benchmark.makePlan();

        assertThat(benchmark.read().recommendations()).hasSize(20_000);
    }
}
