package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.SubAction;
import io.github.actionplan.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
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
        // A Ref no recommendation of the plan has, nor is near: about none, the text typed in the message only.
        assertThat(problem.ref()).isEmpty();
        assertThat(problem.subActionId()).isEmpty();
        assertThat(problem.message()).startsWith("this plan has no recommendation 'no such recommendation';");
    }

    @Test
    void aRefRetypedOnAnUpdatesRowIsAboutTheItemItsHiddenRowKeyNamesNotTheTextTyped() throws Exception {
        // Trial 30 F3: "Rec 2" typed over 2 / 2.1's Ref gave a problem about a recommendation 'Rec 2', and the advice
        // for a total row added below the items.
        Path file;
        String ref;
        try (Owner owner = Owner.open(seed.file())) {
            ref = owner.cell("2", "2.1", UpdateColumn.REF);
            file = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).type("2", "2.1", UpdateColumn.REF, "Rec 2")
                    .save(folder.resolve("ict.xlsx"));
        }

        WorkbookProblem problem = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).problems().getFirst();

        assertThat(problem.sheet()).contains("Updates");
        assertThat(problem.cellReference()).contains(ref.substring(ref.indexOf('!') + 1));
        assertThat(problem.ref()).contains("2");
        assertThat(problem.subActionId()).contains("2.1");
        assertThat(problem.message()).isEqualTo("this plan has no recommendation 'Rec 2': its Ref was changed, as the"
                + " row is 2 / 2.1's (its hidden Row key says so); put back Ref '2', as the workbook was written; to"
                + " add a sub-action, fill in a row of the New sub-actions sheet, and to add a recommendation, add it"
                + " to the plan and write the workbook again");
    }

    @Test
    void aRefClearedOnAFilledInRowIsRefusedAtItAboutTheItemItsRowKeyNames() throws Exception {
        Path file;
        String ref;
        try (Owner owner = Owner.open(seed.file())) {
            ref = owner.cell("3", "3.2", UpdateColumn.REF);
            file = owner.type("3", "3.2", UpdateColumn.PROGRESS, 40).type("3", "3.2", UpdateColumn.REF, "")
                    .save(folder.resolve("ict.xlsx"));
        }

        WorkbookProblem problem = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).problems().getFirst();

        assertThat(problem.cell()).isEqualTo(ref);
        assertThat(problem.ref()).contains("3");
        assertThat(problem.subActionId()).contains("3.2");
        assertThat(problem.message()).startsWith("this row has no Ref: its Ref was cleared, as the row is 3 / 3.2's"
                + " (its hidden Row key says so); put back Ref '3', as the workbook was written;");
    }

    @Test
    void aRefRetypedOnARowWithNoRowKeyIsAboutTheRecommendationItNearlyNamesOrNone() throws Exception {
        // A workbook written before the Row key columns: the near-miss match is all that tells which was meant.
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            for (String[] item : new String[][] {{"2", "2.1"}, {"3", "3.1"}}) {
                Row row = owner.row(item[0], item[1]);
                UpdateColumn.ROW_KEYS.forEach(key -> row.removeCell(row.getCell(key.ordinal())));
                owner.type(item[0], item[1], UpdateColumn.PROGRESS, 50);
            }
            file = owner.type("2", "2.1", UpdateColumn.REF, "Rec 2").type("3", "3.1", UpdateColumn.REF, "Total")
                    .save(folder.resolve("ict.xlsx"));
        }

        List<WorkbookProblem> problems = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).problems();

        assertThat(problems).extracting(WorkbookProblem::ref).containsExactly(Optional.of("2"), Optional.empty());
        assertThat(problems).extracting(WorkbookProblem::subActionId).containsOnly(Optional.empty());
        assertThat(problems).extracting(WorkbookProblem::message).containsExactly(
                "this plan has no recommendation 'Rec 2' (did you mean '2'?); the Ref and Id columns must keep what"
                        + " the workbook was written with; to add a sub-action, fill in a row of the New sub-actions"
                        + " sheet, and to add a recommendation, add it to the plan and write the workbook again",
                "this plan has no recommendation 'Total'; the Ref and Id columns must keep what the workbook was"
                        + " written with; to add a sub-action, fill in a row of the New sub-actions sheet, and to add a"
                        + " recommendation, add it to the plan and write the workbook again; a row added below the"
                        + " items, for a total or a note, is not read: delete it");
    }

    @Test
    void aNearMissRefOnTheNewSubActionsSheetIsAboutTheRecommendationMeantTheTextTypedInTheMessage() throws Exception {
        // Trial 30 F4: ref() was 'Rec 2' and 'AFI 2', refs the plan does not have.
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.typeNew(0, UpdateColumn.REF, "Rec 2").typeNew(0, UpdateColumn.SUB_ACTION, "Audit the notices")
                    .typeNew(1, UpdateColumn.REF, "AFI 2").typeNew(1, UpdateColumn.SUB_ACTION, "Train the inspectors")
                    .save(folder.resolve("added.xlsx"));
        }

        List<WorkbookProblem> problems = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(file)).problems();

        assertThat(problems).extracting(WorkbookProblem::cell).containsExactly("'New sub-actions'!A3",
                "'New sub-actions'!A4");
        assertThat(problems).extracting(WorkbookProblem::ref).containsOnly(Optional.of("2"));
        assertThat(problems).extracting(WorkbookProblem::subActionId).containsOnly(Optional.empty());
        assertThat(problems).extracting(WorkbookProblem::message).containsExactly(
                "this plan has no recommendation 'Rec 2' (did you mean '2'?); type the Ref of the recommendation it is"
                        + " for, one of the plan's, as the Updates sheet gives it",
                "this plan has no recommendation 'AFI 2' (did you mean '2'?); type the Ref of the recommendation it is"
                        + " for, one of the plan's, as the Updates sheet gives it");
    }

    @Test
    void everyProblemOnANewSubActionsRowIsAboutItsRecommendationNotTheIdTheImportGivesIt() throws Exception {
        // Trial 30 F8: warnings on one row were about '2' and '2 / 2.5', an id of the plan the import gives only.
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            owner.typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Audit the notices")
                    .typeNew(0, UpdateColumn.UPDATE, "N/A");
            owner.workbook().getSheet(NewSubActionsSheet.NAME).getRow(UpdateWorkbookWriter.HEADER_ROW + 1)
                    .createCell(NewSubActionsSheet.COLUMNS.size()).setCellValue("extra words");
            file = owner.save(folder.resolve("added.xlsx"));
        }

        ImportedUpdate imported = UpdateImport.of(seed.plan()).read(file);

        assertThat(imported.addedSubActions().get("2")).extracting(SubAction::id).containsExactly("2.5");
        // The update that says nothing, the words beside the row, and the Timescale left blank.
        assertThat(imported.warnings()).extracting(WorkbookProblem::cell).containsExactlyInAnyOrder(
                "'New sub-actions'!G3", "'New sub-actions'!H3", "'New sub-actions'!D3");
        assertThat(imported.warnings()).allSatisfy(warning -> {
            assertThat(warning.sheet()).contains(NewSubActionsSheet.NAME);
            assertThat(warning.cellReference()).hasValueSatisfying(cell -> assertThat(cell).endsWith("3"));
            assertThat(warning.ref()).contains("2");
            assertThat(warning.subActionId()).isEmpty();
        });
    }

    @Test
    void wordsInAColumnWithNoHeaderAreAboutTheItemOfTheirRow() throws Exception {
        // Trial 30 F6: the row's item was known, but not given.
        Path file;
        String beside;
        try (Owner owner = Owner.open(seed.file())) {
            Cell cell = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).row("2", "2.1").createCell(UpdateColumn
                    .values().length + 1);
            cell.setCellValue("Survey delayed to October");
            beside = cell.getAddress().formatAsString();
            file = owner.save(folder.resolve("ict.xlsx"));
        }

        WorkbookProblem warning = UpdateImport.of(seed.plan()).read(file).warnings().stream()
                .filter(w -> w.message().contains("no header")).findFirst().orElseThrow();

        assertThat(warning.sheet()).contains("Updates");
        assertThat(warning.cellReference()).contains(beside);
        assertThat(warning.ref()).contains("2");
        assertThat(warning.subActionId()).contains("2.1");
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
