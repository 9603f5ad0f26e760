package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The problems an import tells: at most a thousand, errors before warnings, and how many more. */
class ProblemsTest {

    private static WorkbookProblem error(int row) {
        return WorkbookProblem.error(WorkbookProblem.cell("Updates", "L" + row), "an error");
    }

    private static WorkbookProblem warning(int row) {
        return WorkbookProblem.warning(WorkbookProblem.cell("Updates", "L" + row), Optional.empty(), "a warning");
    }

    @Test
    void problemsUpToTheMostAreAllToldInOrderAndNoMoreIsSaid() {
        Problems problems = new Problems();
        for (int row = 1; row <= Problems.MOST; row++) {
            problems.add(row % 2 == 0 ? error(row) : warning(row));
        }

        List<WorkbookProblem> told = problems.told(Optional.empty(), "read the tracker");

        assertThat(told).hasSize(Problems.MOST);
        assertThat(told).extracting(WorkbookProblem::cell).startsWith("Updates!L1", "Updates!L2", "Updates!L3")
                .endsWith("Updates!L1000");
    }

    @Test
    void errorsBeyondTheMostAreCountedInOneErrorAfterTheFirst() {
        Problems problems = new Problems();
        for (int row = 1; row <= 5_000; row++) {
            problems.add(error(row));
        }

        List<WorkbookProblem> told = problems.told(Optional.of("tracker.xlsx"), "read the tracker");

        assertThat(told).hasSize(Problems.MOST + 1);
        assertThat(told.get(Problems.MOST - 1).cell()).isEqualTo("Updates!L1000");
        assertThat(told.getLast().toString()).isEqualTo("tracker.xlsx: 4,000 more errors are not listed: the first"
                + " 1,000 are; correct those and read the tracker again");
        assertThat(told.getLast().isError()).isTrue();
        assertThat(problems.errors()).isEqualTo(5_000);
    }

    @Test
    void warningsNeverCrowdOutErrorsFoundAfterThem() {
        Problems problems = new Problems();
        for (int row = 1; row <= 3_000; row++) {
            problems.add(warning(row));
        }
        for (int row = 3_001; row <= 3_005; row++) {
            problems.add(error(row));
        }

        List<WorkbookProblem> told = problems.told(Optional.empty(), "import the workbook");

        assertThat(told).hasSize(Problems.MOST + 1);
        // First, as the last line says (run 78 #7), then the warnings there is room for.
        assertThat(told.subList(0, 5)).extracting(WorkbookProblem::cell).containsExactly("Updates!L3001",
                "Updates!L3002", "Updates!L3003", "Updates!L3004", "Updates!L3005");
        assertThat(told.get(5).cell()).isEqualTo("Updates!L1");
        assertThat(told.get(Problems.MOST - 1).cell()).isEqualTo("Updates!L995");
        assertThat(told.getLast().toString()).isEqualTo("warning: 2,005 more warnings are not listed: the first 1,000"
                + " are, errors before warnings; correct those and import the workbook again");
    }

    @Test
    void errorsAndWarningsBothUntoldAreCountedEachAndTheLineIsAnError() {
        Problems problems = new Problems();
        for (int row = 1; row <= 2_000; row++) {
            problems.add(warning(row));
            problems.add(error(row));
        }

        List<WorkbookProblem> told = problems.told(Optional.empty(), "import the copies");

        assertThat(told.subList(0, Problems.MOST)).allMatch(WorkbookProblem::isError);
        assertThat(told.getLast().toString()).isEqualTo("3,000 more problems (1,000 errors and 2,000 warnings) are"
                + " not listed: the first 1,000 are, errors before warnings; correct those and import the copies"
                + " again");
    }

    @Test
    void oneMoreIsSaidSo() {
        Problems problems = new Problems();
        for (int row = 1; row <= Problems.MOST + 1; row++) {
            problems.add(warning(row));
        }

        assertThat(problems.told(Optional.empty(), "read the tracker").getLast().message()).startsWith("1 more"
                + " warning is not listed");
    }

    @Test
    void problemsOfAnEarlierPartFoundLaterAreToldFirstAndKeptBeforeLaterPartsOnes() {
        Problems problems = new Problems();
        for (int row = 1; row <= Problems.MOST; row++) {
            problems.add(2, error(row));
        }
        problems.add(1, error(0)); // found comparing the copies, about the first

        List<WorkbookProblem> told = problems.told(Optional.empty(), "import the copies");

        assertThat(told.getFirst().cell()).isEqualTo("Updates!L0");
        assertThat(told.get(Problems.MOST - 1).cell()).isEqualTo("Updates!L999");
        assertThat(told.getLast().message()).startsWith("1 more error is not listed");
    }

    @Test
    void aMillionProblemsKeepNoMoreThanTheMostOfEachKind() {
        Problems problems = new Problems();
        for (int row = 1; row <= 1_000_000; row++) {
            problems.add(row % 3 == 0 ? error(row) : warning(row));
        }

        assertThat(problems.kept()).isEqualTo(2 * Problems.MOST);
        assertThat(problems.told(Optional.empty(), "read the tracker")).hasSize(Problems.MOST + 1);
    }
}
