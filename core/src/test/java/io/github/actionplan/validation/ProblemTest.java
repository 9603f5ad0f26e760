package io.github.actionplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems and the exception that carries them read. */
class ProblemTest {

    @Test
    void aProblemPrintsItsPathMessageAndPlaceAndAWarningSaysSo() {
        Problem error = Problem.error("/recommendations/3/subActions/1/progress", "120 is not a percentage;"
                + " write a number from 0 to 100, such as 50");

        assertThat(error.at(40, 27)).hasToString(
                "/recommendations/3/subActions/1/progress: 120 is not a percentage;"
                        + " write a number from 0 to 100, such as 50 (line 40, column 27)");
        assertThat(error).hasToString("/recommendations/3/subActions/1/progress: 120 is not a percentage;"
                + " write a number from 0 to 100, such as 50");
        assertThat(Problem.warning("/recommendations/0/deadline", "'Soon' is not a timescale").isError()).isFalse();
        assertThat(Problem.warning("/recommendations/0/deadline", "'Soon' is not a timescale"))
                .hasToString("warning: /recommendations/0/deadline: 'Soon' is not a timescale");
    }

    @Test
    void theWholeDocumentIsShownAsASlash() {
        Problem empty = Problem.error("", "the document is empty; a plan is a JSON object");

        assertThat(empty.displayPath()).isEqualTo("/");
        assertThat(empty).hasToString("/: the document is empty; a plan is a JSON object");
    }

    @Test
    void aNameInThePathIsShownShortAndOnOneLineWhileThePathKeepsIt() {
        String name = "The training courses continue.\n\nFollowing the pilot, the course is rolled out.";
        Problem problem = Problem.error("/recommendations/1/" + name, "invalid JSON").at(74, 9);

        assertThat(problem.path()).endsWith(name);
        assertThat(problem).hasToString("/recommendations/1/The training courses continue.\\n\\nFollowin…: invalid"
                + " JSON (line 74, column 9)");
    }

    @Test
    void theExceptionCountsErrorsAndWarningsInWordsAndListsEachProblemOnItsOwnLine() {
        Problem error = Problem.error("/title", "'title' must not be blank").at(3, 3);
        Problem warning = Problem.warning("/recommendations/0/deadline", "'Soon' is not a timescale").at(9, 7);

        InvalidPlanException one = new InvalidPlanException("plan.json", List.of(error));
        InvalidPlanException both = new InvalidPlanException("plan.json", List.of(error, warning, error));

        assertThat(one).hasMessage("plan.json is not a valid action plan: 1 error\n"
                + "  /title: 'title' must not be blank (line 3, column 3)");
        assertThat(both.getMessage()).startsWith("plan.json is not a valid action plan: 2 errors, 1 warning\n");
        assertThat(both.problems()).containsExactly(error, warning, error);
        assertThat(both.errors()).containsExactly(error, error);
        assertThat(both.source()).isEqualTo("plan.json");
    }

    @Test
    void anInvalidPlanExceptionOfNoErrorOrOfFewerErrorsFoundThanListedIsRefused() {
        // Run 119 #4: "not a valid action plan: 0 errors", and errorsFound() below the errors listed.
        Problem error = Problem.error("/a", "e1");
        Problem warning = Problem.warning("/a", "a warning");

        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidPlanException("plan.json", List.of(warning)))
                .withMessage("an invalid plan has at least one error, and at least as many errors found as listed: 0"
                        + " listed, 0 found, of 1 problem");
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidPlanException("plan.json", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidPlanException("plan.json", List.of(error,
                error), 1)).withMessageContaining("2 listed, 1 found");
        assertThat(new InvalidPlanException("plan.json", List.of(error, warning), 3).errorsFound()).isEqualTo(3);
    }

    @Test
    void aLineOrColumnIsCountedFromOne() {
        // Run 119 #5: "(line -3, column -7)".
        Problem problem = Problem.error("/recommendations/0/ref", "duplicate ref");

        assertThatIllegalArgumentException().isThrownBy(() -> problem.at(0, 0))
                .withMessage("a line and column count from 1: line 0, column 0");
        assertThatIllegalArgumentException().isThrownBy(() -> problem.at(3, -7));
        assertThat(problem.at(1, 1).line()).hasValue(1);
    }

    @Test
    void anInvalidPlanExceptionKeepsEveryProblemAndItsPlaceThroughJavaSerialization() throws Exception {
        InvalidPlanException thrown = new InvalidPlanException("plan.json", List.of(
                Problem.error("/recommendations/0/progress", "120 is not a percentage").at(12, 19),
                Problem.warning("/recommendations/1", "no update"),
                // run 121 #7: a line with no column was read back refused, as at column 0
                new Problem(Severity.ERROR, "/x", "m", java.util.OptionalInt.of(5),
                        java.util.OptionalInt.empty())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        InvalidPlanException read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (InvalidPlanException) in.readObject();
        }

        assertThat(read.problems()).isEqualTo(thrown.problems());
        assertThat(read.errors()).hasSize(2);
        assertThat(read.getMessage()).isEqualTo(thrown.getMessage());
    }
}
