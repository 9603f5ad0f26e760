package io.github.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.workbook.ImportedUpdate;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The workbook benchmark measures what it says: the workbook it fills imports with a value on every row. */
class WorkbookBenchmarkTest {

    @Test
    void theFilledWorkbookImportsWithAProgressOnEverySubActionAndAnUpdateForEveryRecommendationWithWorkOpen()
            throws IOException {
        WorkbookBenchmark benchmark = new WorkbookBenchmark();
        benchmark.subActions = 100;
        benchmark.writeFilledWorkbook();
        try {
            ImportedUpdate result = benchmark.importFilled();

            assertThat(result.plan().recommendations().stream().flatMap(r -> r.subActions().stream())
                    .map(s -> s.progress().orElseThrow())).hasSize(100).allMatch(Percent::isComplete);
            // Every recommendation but those whose work was all completed before the period, their rows grey.
            assertThat(result.updates()).isEqualTo(WorkbookBenchmark.updated(result.before()))
                    .isGreaterThan(result.plan().recommendations().size() / 2);
        } finally {
            benchmark.deleteFiles();
        }
    }

    @Test
    void everySizeTheBenchmarkRunsIsAPlanWhoseRoundTripTheWorkbookTakes() throws NoSuchFieldException {
        // The 100,000 and 10,000 it ran gave plans over the reader's default items, which the import refuses: the
        // JMH runs failed in their set-up or first import, and this test, at 100, did not notice.
        String[] sizes = WorkbookBenchmark.class.getField("subActions").getAnnotation(Param.class).value();

        assertThat(sizes).isNotEmpty().allSatisfy(size -> {
            ActionPlan plan = PlanGenerator.withSubActions(Integer.parseInt(size));
            long afterImport = PlanReader.Limits.items(plan) + plan.recommendations().size(); // an update each
            assertThat(afterImport).as(size + " sub-actions").isLessThanOrEqualTo(PlanReader.Limits.DEFAULT
                    .maxItems());
        });
    }
}
