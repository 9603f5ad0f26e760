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
}
