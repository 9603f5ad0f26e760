package io.github.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.Percent;
import io.github.actionplan.workbook.ImportedUpdate;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The workbook benchmark measures what it says: the workbook it fills imports with a value on every row. */
class WorkbookBenchmarkTest {

    @Test
    void theFilledWorkbookImportsWithAProgressOnEverySubActionAndAnUpdateForEveryRecommendation() throws IOException {
        WorkbookBenchmark benchmark = new WorkbookBenchmark();
        benchmark.subActions = 100;
        benchmark.writeFilledWorkbook();
        try {
            ImportedUpdate result = benchmark.importFilled();

            assertThat(result.plan().recommendations().stream().flatMap(r -> r.subActions().stream())
                    .map(s -> s.progress().orElseThrow())).hasSize(100).allMatch(Percent::isComplete);
            assertThat(result.updates()).isEqualTo(result.plan().recommendations().size());
        } finally {
            benchmark.deleteFiles();
        }
    }
}
