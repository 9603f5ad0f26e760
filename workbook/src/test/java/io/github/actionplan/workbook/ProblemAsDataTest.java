package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.validation.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem gives its sheet, cell, recommendation and sub-action as data, so that a web page can highlight the cell or
 * group problems by recommendation without reading a spreadsheet's cell syntax or splitting the line it shows.
 */
class ProblemAsDataTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    @Test
    void aSubActionRowsProblemGivesItsSheetCellRefAndSubActionIdApartFromTheLineItShows() throws Exception {
        Path file;
        String progress;
        try (Owner owner = Owner.open(seed.file())) {
            progress = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
            owner.type("2", "2.1", UpdateColumn.PROGRESS, "lots");
            file = owner.save(folder.resolve("ict.xlsx"));
        }

        WorkbookProblem problem = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).errors().get(0);

        assertThat(problem.workbook()).contains("ict.xlsx");
        assertThat(problem.sheet()).contains(UpdateWorkbookWriter.UPDATES);
        assertThat(problem.cellReference()).contains(progress.substring(progress.indexOf('!') + 1));
        assertThat(problem.ref()).contains("2");
        assertThat(problem.subActionId()).contains("2.1");
        assertThat(problem.cell()).isEqualTo(progress);
        assertThat(problem.item()).contains("2 / 2.1");
        assertThat(problem.toString()).startsWith("ict.xlsx: " + progress + " (2 / 2.1): ");
    }

    @Test
    void aNewSubActionsProblemNamesItsSheetUnquotedThoughTheCellItShowsQuotesIt() throws Exception {
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            owner.typeNew(0, UpdateColumn.REF, "no such recommendation")
                    .typeNew(0, UpdateColumn.SUB_ACTION, "Replace station end devices");
            file = owner.save(folder.resolve("added.xlsx"));
        }

        WorkbookProblem problem = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).errors().get(0);

        assertThat(problem.sheet()).contains("New sub-actions");
        assertThat(problem.cellReference()).contains("A3");
        assertThat(problem.cell()).isEqualTo("'New sub-actions'!A3");
        assertThat(problem.ref()).contains("no such recommendation");
        assertThat(problem.subActionId()).isEmpty();
    }

    @Test
    void aProblemAboutAWholeCopyHasNoSheetCellOrItem() throws Exception {
        ImportedUpdate imported = UpdateImport.of(seed.plan()).read(seed.file());

        assertThat(imported.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.sheet()).isEmpty();
            assertThat(warning.cellReference()).isEmpty();
            assertThat(warning.ref()).isEmpty();
            assertThat(warning.cell()).isEmpty();
            assertThat(warning.message()).startsWith("nothing is filled in");
        });
    }

    @Test
    void aCellReferenceNeedsItsSheetAndASubActionItsRecommendation() {
        assertThatThrownBy(() -> new WorkbookProblem(Severity.ERROR, Optional.empty(), Optional.empty(),
                Optional.of("L12"), Optional.empty(), Optional.empty(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the sheet too");
        assertThatThrownBy(() -> new WorkbookProblem(Severity.ERROR, Optional.empty(), Optional.of("Updates"),
                Optional.empty(), Optional.empty(), Optional.of("3.1"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give its ref too");
    }

    @Test
    void aSheetAloneIsShownByItsNameOnOneLine() {
        WorkbookProblem problem = new WorkbookProblem(Severity.ERROR, Optional.of("t.xlsx"), Optional.of("Plan\nB"),
                Optional.empty(), Optional.of("3"), Optional.empty(), "no finding");

        assertThat(problem.cell()).isEqualTo("Plan\\nB");
        assertThat(problem).hasToString("t.xlsx: Plan\\nB (3): no finding");
    }
}
