package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.validation.Severity;
import io.github.actionplan.workbook.InvalidWorkbookException;
import io.github.actionplan.workbook.WorkbookProblem;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the command line tells the problems of the workbooks an import refused. */
class WorkbookFilesTest {

    private static WorkbookProblem errorIn(String copy) {
        return new WorkbookProblem(Severity.ERROR, Optional.of(copy), Optional.of("Updates"), Optional.of("L6"),
                Optional.of("2"), Optional.of("2.1"), "Progress % now: 120 is not a percentage from 0 to 100");
    }

    @Test
    void theClosingLineNamesTheCopiesWithErrorsTheFirstFiveThenHowManyOthers() {
        // Trial 53 F4: it listed every copy given, cut short, and the copies with errors fell in the part cut off.
        List<String> copies = IntStream.rangeClosed(1, 7).mapToObj(i -> "copy-" + i + ".xlsx").toList();
        InvalidWorkbookException refused = new InvalidWorkbookException(String.join(", ", copies) + " and good.xlsx",
                copies.stream().map(WorkbookFilesTest::errorIn).toList());

        assertThat(WorkbookFiles.problems(refused, "nothing written").lines()).last().isEqualTo("7 errors, in"
                + " copy-1.xlsx, copy-2.xlsx, copy-3.xlsx, copy-4.xlsx, copy-5.xlsx and 2 other copies; nothing"
                + " written");
    }

    @Test
    void sixCopiesWithErrorsAreAllNamedRatherThanFiveAndOneOther() {
        // Trial 65 F9: "and 1 other copies".
        List<String> copies = IntStream.rangeClosed(1, 6).mapToObj(i -> "copy-" + i + ".xlsx").toList();
        InvalidWorkbookException refused = new InvalidWorkbookException(String.join(", ", copies) + " and good.xlsx",
                copies.stream().map(WorkbookFilesTest::errorIn).toList());

        assertThat(WorkbookFiles.problems(refused, "nothing written").lines()).last().isEqualTo("6 errors, in"
                + " copy-1.xlsx, copy-2.xlsx, copy-3.xlsx, copy-4.xlsx, copy-5.xlsx and copy-6.xlsx; nothing written");
    }

    @Test
    void theClosingLineOfOneWorkbookNamesIt() {
        InvalidWorkbookException refused = new InvalidWorkbookException("copy.xlsx", List.of(errorIn("copy.xlsx"),
                errorIn("copy.xlsx")));

        assertThat(WorkbookFiles.problems(refused, "nothing written").lines()).last().isEqualTo("copy.xlsx: 2 errors;"
                + " nothing written");
    }
}
