package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An owner's BRAG is recorded with the period it was given for, so that one not given since is told apart. */
class OwnersBragPeriodTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");
    private static final ReportingPeriod Q3 = ReportingPeriod.parse("Q3 2025/26");

    @TempDir
    Path folder;

    private ImportedUpdate giveBrag(ActionPlan plan, ReportingPeriod period, String brag) throws Exception {
        Path file = folder.resolve(period.toString().replace('/', '-') + ".xlsx");
        UpdateWorkbook.of(plan, period).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("4", "", UpdateColumn.BRAG, brag).save(file);
        }
        return UpdateImport.of(plan).read(file);
    }

    @Test
    void anOwnersBragIsRecordedForThePeriodOfTheWorkbookItWasGivenIn() throws Exception {
        ImportedUpdate q2 = giveBrag(SeedPlans.merseyside(), Q2, "Green");

        assertThat(q2.plan().recommendation("4").orElseThrow().assessment())
                .contains(OwnerAssessment.of(Status.ON_TRACK, Q2));
        assertThat(q2.assessmentChanges()).isEqualTo(1);
    }

    @Test
    void theSameBragGivenAgainNextQuarterIsRecordedForThatQuarter() throws Exception {
        ActionPlan afterQ2 = giveBrag(SeedPlans.merseyside(), Q2, "Green").plan();

        ImportedUpdate q3 = giveBrag(afterQ2, Q3, "Green");

        assertThat(q3.plan().recommendation("4").orElseThrow().assessment())
                .contains(OwnerAssessment.of(Status.ON_TRACK, Q3));
        assertThat(q3.hasChanges()).isTrue();
    }

    @Test
    void aBragNotGivenAgainKeepsThePeriodItWasGivenForAndTheNextWorkbookShowsIt() throws Exception {
        ActionPlan afterQ2 = giveBrag(SeedPlans.merseyside(), Q2, "Green").plan();
        Path q3 = folder.resolve("q3.xlsx");
        UpdateWorkbook.of(afterQ2, Q3).write(q3);

        try (Owner owner = Owner.open(q3)) {
            assertThat(owner.text("4", "", UpdateColumn.BRAG_REPORTED)).isEqualTo("Green\nQ2 2025/26");
        }
        ActionPlan afterQ3 = UpdateImport.of(afterQ2).read(q3).plan();
        assertThat(afterQ3.recommendation("4").orElseThrow().assessment())
                .contains(OwnerAssessment.of(Status.ON_TRACK, Q2));
    }

    @Test
    void aCopyWithABragImportedAgainChangesNothing() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = folder.resolve("q2.xlsx");
        UpdateWorkbook.of(merseyside, Q2).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("4", "", UpdateColumn.BRAG, "Amber").save(file);
        }
        ActionPlan once = UpdateImport.of(merseyside).read(file).plan();

        ImportedUpdate again = UpdateImport.of(once).read(file);

        assertThat(again.plan()).isEqualTo(once);
        assertThat(again.hasChanges()).isFalse();
    }
}
