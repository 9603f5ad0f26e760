package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PlanJson writes only what its own reader takes back: a plan {@link PlanValidator} finds errors in is refused
 * before a byte is written, listing every problem, and a file it would have replaced is left as it was.
 */
class WritingInvalidPlansTest {

    private static final String COMPLETED_LATE = "/recommendations/0/completedOn: completed on 2026-01-01, after the"
            + " reporting date 2025-09-30 (/asOf); nothing can be completed after the date the plan reports on";

    @TempDir
    Path folder;

    /** The Merseyside seed reporting on 30 September 2025, its first item completed on 1 January 2026. */
    private static ActionPlan completedAfterItsReportingDate() {
        ActionPlan plan = SeedPlans.merseyside().withAsOf(LocalDate.of(2025, 9, 30));
        return plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r == plan.recommendations().get(0) ? r.withCompletion(LocalDate.of(2026, 1, 1)) : r)
                .toList());
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotWrittenToAFileAndTheFileIsLeftAsItWas() throws IOException {
        Path file = folder.resolve("plan.json");
        PlanJson.write(SeedPlans.merseyside(), file);
        byte[] before = Files.readAllBytes(file);

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.write(completedAfterItsReportingDate(), file));

        assertThat(e).hasMessageStartingWith("the plan to write to " + file + " is not a valid action plan: 1 error");
        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
        assertThat(e.problems()).containsExactlyElementsOf(PlanValidator.validate(completedAfterItsReportingDate()));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotWrittenToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.write(completedAfterItsReportingDate(), out));

        assertThat(e).hasMessageStartingWith("the plan to write is not a valid action plan: 1 error");
        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
        assertThat(out.size()).isZero();
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotMadeJsonText() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.toJson(completedAfterItsReportingDate()));

        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
    }

    @Test
    void aPlanWithWarningsOnlyIsWrittenAndReadsBack() throws IOException {
        ActionPlan plan = SeedPlans.merseyside().withAsOf(LocalDate.of(2025, 9, 30));
        ActionPlan warned = plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r == plan.recommendations().get(0) ? r.withCompletedOn(LocalDate.of(2025, 9, 1))
                        .withReportedProgress(io.github.actionplan.model.Percent.of(50)) : r)
                .toList());
        assertThat(PlanValidator.validate(warned)).isNotEmpty().noneMatch(Problem::isError);

        assertThat(PlanJson.fromJson(PlanJson.toJson(warned))).isEqualTo(warned);
    }
}
