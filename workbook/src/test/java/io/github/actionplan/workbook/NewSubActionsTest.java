package io.github.actionplan.workbook;

import static io.github.actionplan.workbook.UpdateRoundTripTest.subAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owners add work to their recommendations on the New sub-actions sheet; the import adds it to the plan. */
class NewSubActionsTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");
    private static final String SURVEY = "Run the staff survey again in spring";

    @TempDir
    Path folder;

    private ActionPlan merseyside;

    @BeforeEach
    void plan() {
        merseyside = SeedPlans.merseyside();
    }

    /** The workbook for Q2 of {@code plan}, filled in by {@code filling} and saved as {@code name}. */
    private Path filled(UpdateWorkbook workbook, String name, Filling filling) throws IOException {
        Path file = folder.resolve(name);
        workbook.write(file);
        try (Owner owner = Owner.open(file)) {
            filling.fill(owner);
            return owner.save(file);
        }
    }

    private Path filled(String name, Filling filling) throws IOException {
        return filled(UpdateWorkbook.of(merseyside, Q2), name, filling);
    }

    @FunctionalInterface
    private interface Filling {
        void fill(Owner owner) throws IOException;
    }

    /** The survey added to 2, under way, and a piece of work added to 5 and finished in the period. */
    private static void twoAdded(Owner owner) {
        owner.typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, SURVEY)
                .typeNew(0, UpdateColumn.TIMESCALE, "Mar 2026").typeNew(0, UpdateColumn.PROGRESS, 20)
                .typeNew(0, UpdateColumn.UPDATE, "Survey drafted.\n• questions agreed with the union")
                .typeNew(1, UpdateColumn.REF, "5").typeNew(1, UpdateColumn.SUB_ACTION, "Publish the results")
                .typeNew(1, UpdateColumn.OWNER, "Head of Communications")
                .typeNew(1, UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 9, 15));
    }

    @Test
    void eachNewSubActionIsAddedToItsRecommendationWithTheNextId() throws Exception {
        Path file = filled("updates.xlsx", NewSubActionsTest::twoAdded);

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.subActionsAdded()).isEqualTo(2);
        assertThat(result.hasChanges()).isTrue();
        // Added, not changed: 2.5's 20% and 5.10's completion are where they start.
        assertThat(result.progressChanges()).isZero();
        assertThat(result.completions()).isZero();
        assertThat(result.addedSubActions()).containsOnlyKeys("2", "5");
        assertThat(result.addedSubActions().get("2")).extracting(SubAction::id).containsExactly("2.5");
        assertThat(result.addedSubActions().get("5")).extracting(SubAction::id).containsExactly("5.10");
        assertThat(subAction(result.plan(), "2", "2.5")).isEqualTo(SubAction.builder().id("2.5").description(SURVEY)
                .due(Timescale.parse("Mar 2026")).progress(20).build());
        assertThat(subAction(result.plan(), "5", "5.10")).isEqualTo(SubAction.builder().id("5.10")
                .description("Publish the results").owner("Head of Communications")
                .completedOn(LocalDate.of(2025, 9, 15)).build());
        Recommendation culture = result.plan().recommendation("2").orElseThrow();
        assertThat(culture.subActions()).extracting(SubAction::id).containsExactly("2.1", "2.2", "2.3", "2.4", "2.5");
        // Its update is an item of the recommendation's, as a sub-action row's is.
        assertThat(culture.latestUpdate().orElseThrow().text())
                .isEqualTo("- 2.5: Survey drafted.\n\n  - questions agreed with the union");
        // 2 has no deadline of its own: it is due when its last sub-action is, now the survey added. The warning is
        // about recommendation 2, as every problem on a New sub-actions row is: 2.5 is the id of this import's plan
        // only (trial 30 F8).
        assertThat(result.warnings()).extracting(WorkbookProblem::subActionId).containsOnly(Optional.empty());
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactlyInAnyOrder(
                "updates.xlsx: warning: 'New sub-actions'!D3 (2): the timescale 'Mar 2026' moves recommendation 2's"
                + " due date from 31 Jan 2025 to 31 Mar 2026: with no timescale of its own, it is due when its last"
                + " sub-action is; if its"
                + " work was not meant to take longer, give this an earlier timescale", "updates.xlsx: warning:"
                + " 'New sub-actions'!C4 (5): Owner: 'Head of Communications' is read as a new owner, whom the plan"
                + " does not name yet, with a copy of their own from next quarter; if they are one of the plan's"
                + " owners, type the name as the plan has it");
    }

    @Test
    void aNewSubActionForARecommendationRenamedSinceGoesToItsNewRefAndIsNotSaidAddedWhenImportedAgain()
            throws Exception {
        // Run 83 #10: imported a second time, and so refused, the row was still said to add its sub-action to 3a.
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "3")
                .typeNew(0, UpdateColumn.SUB_ACTION, SURVEY).typeNew(0, UpdateColumn.TIMESCALE, "Mar 2026"));
        merseyside = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> !r.ref()
                .equals("3") ? r : Recommendation.builder().from(r).ref("3a").subActions(r.subActions().stream()
                .map(s -> SubAction.builder().from(s).id(s.id().replace("3.", "3a.")).build()).toList()).build())
                .toList());
        String renamed = "updates.xlsx: warning: 'New sub-actions'!A3 (3a): recommendation 3 is 3a in the plan now,"
                + " renamed since the workbook was exported for Q2 2025/26 and otherwise as it was; the sub-action"
                + " this row gives is for 3a";

        ImportedUpdate first = UpdateImport.of(merseyside).read(file);
        ImportedUpdate again = UpdateImport.of(first.plan()).read(file);

        assertThat(first.addedSubActions().get("3a")).extracting(SubAction::description)
                .containsExactly(Optional.of(SURVEY));
        assertThat(first.warnings()).extracting(WorkbookProblem::toString).contains(renamed);
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.warnings()).extracting(WorkbookProblem::toString).contains(renamed)
                .noneMatch(warning -> warning.contains("added"));
    }

    @Test
    void aNewSubActionsSheetRenamedByItsOwnerIsReadWithAWarningAtItsOwnCells() throws Exception {
        // Run 79 #8: renamed "New work", the sheet's work was dropped with no word.
        Path file = filled("updates.xlsx", owner -> {
            twoAdded(owner);
            owner.workbook().setSheetName(owner.workbook().getSheetIndex(NewSubActionsSheet.NAME), "New work");
        });

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);
        ImportedUpdate asWritten = UpdateImport.of(merseyside).read(filled("written.xlsx",
                NewSubActionsTest::twoAdded));

        assertThat(result.plan()).isEqualTo(asWritten.plan());
        assertThat(result.subActionsAdded()).isEqualTo(2);
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("updates.xlsx: warning: the"
                + " sheet 'New work' is read as the New sub-actions sheet, renamed, as the workbook has no other that"
                + " could be it").anyMatch(warning -> warning.startsWith("updates.xlsx: warning: 'New work'!D3 (2):"
                + " the timescale 'Mar 2026' moves"));
    }

    @Test
    void twoSheetsThatCouldBeTheNewSubActionsSheetRenamedAreEachToldNotRead() throws Exception {
        Path file = filled("updates.xlsx", owner -> {
            twoAdded(owner);
            XSSFWorkbook book = owner.workbook();
            book.setSheetName(book.getSheetIndex(NewSubActionsSheet.NAME), "New work");
            book.setSheetName(book.getSheetIndex(book.cloneSheet(book.getSheetIndex("New work"))), "More work");
        });

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.subActionsAdded()).isZero();
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("updates.xlsx: warning: New"
                + " work: this sheet has the columns of the New sub-actions sheet, which the workbook has no more,"
                + " but so does another, so nothing on it is read; name the one with new work on it 'New"
                + " sub-actions' again", "updates.xlsx: warning: More work: this sheet has the columns of the New"
                + " sub-actions sheet, which the workbook has no more, but so does another, so nothing on it is"
                + " read; name the one with new work on it 'New sub-actions' again");
    }

    @Test
    void workAddedWithNoTimescaleIsAWarningAtItsCellAsItCanNeverBeLate() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner
                .typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Replace the devices")
                .typeNew(1, UpdateColumn.REF, "2").typeNew(1, UpdateColumn.SUB_ACTION, "Keep the devices up to date")
                .typeNew(1, UpdateColumn.TIMESCALE, "Ongoing")
                .typeNew(2, UpdateColumn.REF, "2").typeNew(2, UpdateColumn.SUB_ACTION, "Count the devices")
                .typeNew(2, UpdateColumn.PROGRESS, 100));

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        // Added, with no due date: core finds it on track, however long it takes.
        assertThat(subAction(result.plan(), "2", "2.5").due()).isEmpty();
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning:"
                + " 'New sub-actions'!D3 (2): Timescale is blank, so the new sub-action has no due"
                + " date: it can never be late, and is on track however long it takes; type a date such as 31/03/2027"
                + " (day first), a month such as Mar 2027, a financial year such as 2026/27, a quarter such as"
                + " Q4 2026/27, or Ongoing for work with no end");
    }

    @Test
    void workAddedToEndAfterItsRecommendationsOwnDeadlinePassedAlreadyIsAWarningSayingItPassed() throws Exception {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        Recommendation rec17 = derbyshire.recommendation("Rec 17").orElseThrow();
        Path file = filled(UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24")), "updates.xlsx",
                owner -> owner.typeNew(0, UpdateColumn.REF, "Rec 17").typeNew(0, UpdateColumn.SUB_ACTION, "Review")
                        .typeNew(0, UpdateColumn.TIMESCALE, "Dec 2026"));

        ImportedUpdate result = UpdateImport.of(derbyshire).read(file);

        // Core's own warning of the same, a sub-action due after its recommendation's deadline, is not told again.
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning:"
                + " 'New sub-actions'!D3 (Rec 17): the timescale 'Dec 2026' ends after " + io.github.actionplan
                .internal.Dates.shortDate(rec17.deadline().orElseThrow().dueDate().orElseThrow()) + ", recommendation"
                + " Rec 17's own deadline ('" + rec17.deadline().orElseThrow().text() + "'), which passed 276 days"
                + " before 31 Dec 2023; its owner gives it a new timescale on its own row, to say when it will be"
                + " done");
    }

    @Test
    void theNextQuartersWorkbookHasARowForEachSubActionAdded() throws Exception {
        ActionPlan q2 = UpdateImport.of(merseyside).read(filled("updates.xlsx", NewSubActionsTest::twoAdded)).plan();

        Path next = folder.resolve("q3.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).write(next);

        try (Owner owner = Owner.open(next)) {
            assertThat(owner.row("2", "2.5").getCell(UpdateColumn.SUB_ACTION.ordinal()).getStringCellValue())
                    .isEqualTo(SURVEY);
            assertThat(owner.row("5", "5.10").getCell(UpdateColumn.OWNER.ordinal()).getStringCellValue())
                    .isEqualTo("Head of Communications");
        }
    }

    @Test
    void theSheetsColumnsAreFoundByTheirHeadersWhereverTheyAre() throws Exception {
        // The sheet unprotected and its first two columns swapped, headers and all.
        Path file = filled("updates.xlsx", owner -> {
            XSSFSheet sheet = owner.workbook().getSheet(NewSubActionsSheet.NAME);
            XSSFRow header = sheet.getRow(UpdateWorkbookWriter.HEADER_ROW);
            // Made anew: POI keeps the inline string SXSSF wrote beside a value set on the cell.
            header.removeCell(header.getCell(0));
            header.removeCell(header.getCell(1));
            header.createCell(0).setCellValue("Sub-action");
            header.createCell(1).setCellValue("Ref");
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW + 1).getCell(0).setCellValue(SURVEY);
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW + 1).getCell(1).setCellValue("2");
        });

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(subAction(result.plan(), "2", "2.5").description()).contains(SURVEY);
    }

    @Test
    void aSheetOfMoreRowsThanWorkAddedInAQuarterIsRefusedBeforeItIsRead() throws Exception {
        Path file = filled("updates.xlsx", owner -> {
            XSSFSheet sheet = owner.workbook().getSheet(NewSubActionsSheet.NAME);
            for (int r = UpdateWorkbookWriter.HEADER_ROW + 1; r <= NewSubActionsSheet.MAX_ROWS + 1; r++) {
                (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).createCell(6).setCellValue("x");
            }
        });

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.getMessage()).contains("has more than 1,000 rows on its sheet 'New sub-actions'");
    }

    @Test
    void aNewSubActionsRowWithAnUnreadableTimescaleHasItsOtherCellsProblemsToldAtOnce() throws Exception {
        // Run 91 #7: progress and completion day were told only once the timescale was mended, a second return.
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "2")
                .typeNew(0, UpdateColumn.SUB_ACTION, SURVEY).typeNew(0, UpdateColumn.TIMESCALE, "soon")
                .typeNew(0, UpdateColumn.PROGRESS, 200).typeNew(0, UpdateColumn.COMPLETED_ON, "tomorrow"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::message).satisfiesExactly(
                timescale -> assertThat(timescale).startsWith("Timescale: 'soon' is not a timescale with a date"),
                progress -> assertThat(progress).startsWith("Progress % now: 200 is not a percentage from 0 to 100"),
                completedOn -> assertThat(completedOn).startsWith("Completed on: 'tomorrow' is not a date"));
    }

    @Test
    void aSheetWhoseHeaderRowWasRemovedIsRefusedRatherThanPassedOver() throws Exception {
        Path file = filled("updates.xlsx", owner -> {
            twoAdded(owner);
            XSSFSheet sheet = owner.workbook().getSheet(NewSubActionsSheet.NAME);
            sheet.removeRow(sheet.getRow(UpdateWorkbookWriter.HEADER_ROW));
        });

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: New"
                + " sub-actions: has no header row with the columns Ref and Sub-action, so the work on it cannot be"
                + " read; put the header row back as written, or copy the rows into a workbook exported again");
    }

    @Test
    void aNewSubActionsTextKeepsItsLinesAndList() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "3")
                .typeNew(0, UpdateColumn.SUB_ACTION, "Train the new managers:\n• in appraisals\n• in absence"));

        SubAction added = subAction(UpdateImport.of(merseyside).read(file).plan(), "3", "3.6");

        assertThat(added.description()).contains("Train the new managers:\n\n- in appraisals\n- in absence");
    }

    @Test
    void importingTheSameCopyAgainAddsNothingAndSaysSo() throws Exception {
        Path file = filled("updates.xlsx", NewSubActionsTest::twoAdded);
        ActionPlan once = UpdateImport.of(merseyside).read(file).plan();

        ImportedUpdate again = UpdateImport.of(once).read(file);

        assertThat(again.plan()).isEqualTo(once);
        assertThat(again.subActionsAdded()).isZero();
        assertThat(again.addedSubActions()).isEmpty();
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.warnings()).singleElement().extracting(WorkbookProblem::message).asString()
                .contains("'2 / 2.5' and '5 / 5.10' say what the plan does already");
    }

    @Test
    void aCopyImportedBeforeThatNowSaysOtherwiseOfASubActionItAddedIsRefused() throws Exception {
        Path file = filled("updates.xlsx", NewSubActionsTest::twoAdded);
        ActionPlan once = UpdateImport.of(merseyside).read(file).plan();
        try (Owner owner = Owner.open(file)) {
            owner.typeNew(0, UpdateColumn.PROGRESS, 30).save(file);
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(once).read(file));

        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::cell,
                WorkbookProblem::message).containsExactly(tuple("'New sub-actions'!B3", "recommendation 2"
                + " has this sub-action already, as 2 / 2.5, added since the workbook was exported for Q2 2025/26"
                + " (this copy imported before?), and this row says otherwise of it; give its progress on its own row"
                + " in a workbook exported from the plan as it is now, and clear this row"));
        assertThat(refused.problems()).noneMatch(problem -> problem.message().contains("read against the plan"));
    }

    @Test
    void workForARecommendationChangedSinceTheExportIsRefusedAndOtherWorkIsAdded() throws Exception {
        Path file = filled("updates.xlsx", NewSubActionsTest::twoAdded);
        ActionPlan mended = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r.ref()
                .equals("2") ? Recommendation.builder().from(r).text(r.text() + " (mended)").build() : r).toList());

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(mended).read(file));
        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::cell)
                .containsExactly("'New sub-actions'!B3");
        // Named as a spreadsheet names a cell, so that POI (or a formula) finds it.
        CellReference named = new CellReference(refused.errors().get(0).cell());
        assertThat(named.getSheetName()).isEqualTo(NewSubActionsSheet.NAME);
        assertThat(named.formatAsString(false)).isEqualTo("B3");
        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).first().extracting(
                WorkbookProblem::message).asString().startsWith("recommendation 2 has changed in the plan since the"
                + " workbook was exported for Q2 2025/26, so this row may no longer fit it");

        try (Owner owner = Owner.open(file)) {
            owner.workbook().getSheet(NewSubActionsSheet.NAME).getRow(UpdateWorkbookWriter.HEADER_ROW + 1)
                    .forEach(cell -> cell.setBlank());
            owner.save(file);
        }
        ImportedUpdate result = UpdateImport.of(mended).read(file);
        assertThat(result.subActionsAdded()).isOne();
        assertThat(subAction(result.plan(), "5", "5.10").description()).contains("Publish the results");
    }

    @Test
    void workEditedAfterTheCopyWasImportedIsRefusedRatherThanAddedTwice() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "2")
                .typeNew(0, UpdateColumn.SUB_ACTION, "Second survey"));
        ActionPlan once = UpdateImport.of(merseyside).read(file).plan();
        try (Owner owner = Owner.open(file)) {
            owner.typeNew(0, UpdateColumn.SUB_ACTION, "Second staff survey").save(file);
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(once).read(file));

        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::cell,
                WorkbookProblem::message).containsExactly(tuple("'New sub-actions'!B3", "recommendation 2 has changed"
                + " in the plan since the workbook was exported for Q2 2025/26, with sub-actions added since"
                + " (2 / 2.5), so this row may no longer fit it (it may have the work already); add it in a workbook"
                + " exported from the plan as it is now, or import this one into the plan as it was exported"));
    }

    @Test
    void workThePlanHasAlreadyIsRefusedAtItsRow() throws Exception {
        String survey = subAction(merseyside, "2", "2.1").description().orElseThrow();
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "2")
                .typeNew(0, UpdateColumn.SUB_ACTION, survey));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).containsExactly(
                tuple("'New sub-actions'!B3", "recommendation 2 has this sub-action already, as 2 / 2.1;"
                        + " give its progress on its own row of the Updates sheet, and clear this row"));
    }

    @Test
    void everyProblemOfTheNewRowsIsToldAtItsCell() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner
                .typeNew(0, UpdateColumn.REF, "9").typeNew(0, UpdateColumn.SUB_ACTION, "Nowhere to go")
                .typeNew(1, UpdateColumn.SUB_ACTION, "No recommendation")
                .typeNew(2, UpdateColumn.REF, "2").typeNew(2, UpdateColumn.PROGRESS, 40)
                .typeNew(3, UpdateColumn.REF, "2").typeNew(3, UpdateColumn.SUB_ACTION, "Overdue already")
                .typeNew(3, UpdateColumn.TIMESCALE, "Jan 2025")
                .typeNew(4, UpdateColumn.REF, "3").typeNew(4, UpdateColumn.SUB_ACTION, "Twice")
                .typeNew(4, UpdateColumn.TIMESCALE, "Next year, probably")
                .typeNew(5, UpdateColumn.REF, "4").typeNew(5, UpdateColumn.SUB_ACTION, "Half done")
                .typeNew(5, UpdateColumn.PROGRESS, 50).typeNew(5, UpdateColumn.COMPLETED_ON, "31/08/2025")
                .typeNew(6, UpdateColumn.REF, "4").typeNew(6, UpdateColumn.SUB_ACTION, "Later")
                .typeNew(7, UpdateColumn.REF, "4").typeNew(7, UpdateColumn.SUB_ACTION, "Later"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::cell).containsExactly(
                "'New sub-actions'!A3", "'New sub-actions'!A4",
                "'New sub-actions'!B5", "'New sub-actions'!D6",
                "'New sub-actions'!D7", "'New sub-actions'!E8",
                "'New sub-actions'!B10");
        assertThat(refused.problems().get(1).toString()).startsWith("updates.xlsx: 'New sub-actions'!A4: a new"
                + " sub-action, but no Ref");
        assertThat(refused.problems()).extracting(WorkbookProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("this plan has no recommendation '9'; type the Ref of the"
                        + " recommendation it is for"),
                m -> assertThat(m).startsWith("a new sub-action, but no Ref; type the Ref"),
                m -> assertThat(m).isEqualTo("a new sub-action needs what is to be done; type it in Sub-action"),
                m -> assertThat(m).startsWith("the timescale 'Jan 2025' means 31 Jan 2025, before the reporting date"
                        + " 30 Sep 2025; a new sub-action's timescale is when the work will be done"),
                m -> assertThat(m).startsWith("Timescale: "),
                m -> assertThat(m).startsWith("progress 50% is below 100% but Completed on is 31 Aug 2025"),
                m -> assertThat(m).isEqualTo("a second row for this new sub-action (the first is row 9); add each"
                        + " once"));
    }

    @Test
    void aNumberTypedInANewSubActionsCompletedOnIsRefusedAtItsCellAsOnTheUpdatesSheet() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "2")
                .typeNew(0, UpdateColumn.SUB_ACTION, SURVEY).typeNew(0, UpdateColumn.COMPLETED_ON, 15));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: 'New"
                + " sub-actions'!F3 (2): Completed on: the cell holds the number 15, which its date"
                + " format shows as a day at the start of 1900: a number typed in a date cell counts days from 1900,"
                + " it is not a date; type a date such as 30/09/2025 (day first), 30 Sep 2025 or 2025-09-30");
    }

    @Test
    void workStillToBeDoneIsNotAddedToACompletedRecommendation() throws Exception {
        ActionPlan completed = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r.ref()
                .equals("3") ? r.withCompletion(LocalDate.of(2025, 6, 20)) : r).toList());
        Path file = filled(UpdateWorkbook.of(completed, Q2), "updates.xlsx", owner -> owner
                .typeNew(0, UpdateColumn.REF, "3").typeNew(0, UpdateColumn.SUB_ACTION, "One more thing")
                .typeNew(1, UpdateColumn.REF, "3").typeNew(1, UpdateColumn.SUB_ACTION, "Done as well")
                .typeNew(1, UpdateColumn.COMPLETED_ON, "20/06/2025")
                .type("4", "", UpdateColumn.COMPLETED_ON, "31/08/2025")
                .typeNew(2, UpdateColumn.REF, "4").typeNew(2, UpdateColumn.SUB_ACTION, "Still to do"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(completed).read(file));

        // Work done is refused too, where it would leave 3.1 to 3.5, complete with 3, open (run 71 #3).
        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).containsExactly(
                // Done, it would be refused as A4 is (run 72 #7).
                tuple("'New sub-actions'!B3", "a new sub-action, but recommendation 3 is completed, on 20 Jun 2025,"
                        + " so work still to be done would not count towards it; if it was reopened, have its"
                        + " completion taken out of the plan first, and if the work is done, it is complete with the"
                        + " recommendation already: clear this row"),
                tuple("'New sub-actions'!B5", "a new sub-action, but recommendation 4 is completed, on 31 Aug 2025,"
                        + " so work still to be done"
                        + " would not count towards it; if it was reopened, have its completion taken out of the plan"
                        + " first, and if the work is done, type the day it was finished in Completed on"),
                tuple("'New sub-actions'!A4", "work added to Area for improvement 3, which is complete, completed on 20"
                        + " Jun 2025, with its sub-actions, none recording a progress or completion of its own, would"
                        + " leave '3.1', '3.2', '3.3', '3.4' and '3.5' open again, as work not started: clear this row;"
                        + " if the work was reopened, have the recommendation's completion taken out of the plan"
                        + " first"));
    }

    @Test
    void workStillToBeDoneIsNotAddedToARecommendationCompleteByItsOwnProgress() throws Exception {
        // Merseyside's 1 is at 100% with no completion date: complete all the same, as status shows it.
        Path file = filled("updates.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "1")
                .typeNew(0, UpdateColumn.SUB_ACTION, "More protection work").typeNew(0, UpdateColumn.TIMESCALE,
                        "Mar 2026"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).containsExactly(
                tuple("'New sub-actions'!B3", "a new sub-action, but recommendation 1 is complete, its own progress"
                        + " being 100%, so work still"
                        + " to be done would not count towards it; if it was reopened, type its progress now on its"
                        + " own row, and if the work is done, it is complete with the recommendation already: clear"
                        + " this row"));
    }

    @Test
    void workIsAddedToARecommendationReopenedOnItsOwnRow() throws Exception {
        Path file = filled("updates.xlsx", owner -> owner.type("1", "", UpdateColumn.PROGRESS, 80)
                .typeNew(0, UpdateColumn.REF, "1").typeNew(0, UpdateColumn.SUB_ACTION, "More protection work")
                .typeNew(0, UpdateColumn.TIMESCALE, "Mar 2026"));

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.addedSubActions().get("1")).extracting(SubAction::id).containsExactly("1.2");
        assertThat(result.plan().recommendation("1").orElseThrow().reportedProgress()).contains(Percent.of(80));
    }

    @Test
    void updatesThatWouldTakeThePlansTextsPastTheReadersLimitAreRefusedAtTheirItemNotAtAPathOfAFileNeverWritten()
            throws Exception {
        // Run 80 #2: refused as the plan was written, at /recommendations/83/updates/1/text, with advice for Java.
        Recommendation first = merseyside.recommendations().getFirst();
        // Four earlier updates of 24,990 list items each, some 100,000 characters each, beside the plan's own 38.
        ActionPlan full = merseyside.withRecommendation(first.withUpdates(IntStream.rangeClosed(1, 4).mapToObj(q
                -> ProgressUpdate.builder().period(ReportingPeriod.parse("Q" + q + " 2020/21")).text("- a\n"
                        .repeat(24_990)).build()).toList()));
        Path file = filled(UpdateWorkbook.of(full, Q2), "updates.xlsx", owner -> owner.type("2", "",
                UpdateColumn.UPDATE, "- one\n- two\n- three\n- four\n- five\n- six\n- seven\n- eight\n- nine\n- ten"
                        + "\n- eleven\n- twelve"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(full).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: the plan"
                + " it would give could not be read back: the texts of the plan hold 100,006 paragraphs and list items"
                + " besides the first of each, more than the 100,000 allowed: every report keeps each in memory; this"
                + " import adds 86 characters of updates and new work, most to 2 (86): shorten the longest, or split"
                + " the plan in two (by inspection, or by pillar)");
    }

    @Test
    void workThatWouldMakeThePlanTooLargeToReadIsRefused() throws Exception {
        int most = io.github.actionplan.json.PlanReader.Limits.DEFAULT.maxItems();
        // Full with updates, which count as items but take no rows: a workbook of the plan's rows is quick to write.
        Recommendation first = merseyside.recommendations().get(0);
        long others = merseyside.recommendations().stream().mapToLong(r -> 1 + r.subActions().size()
                + r.updates().size()).sum() - first.updates().size();
        List<ProgressUpdate> many = new ArrayList<>(first.updates());
        while (others + many.size() < most) {
            many.add(0, ProgressUpdate.builder().period(ReportingPeriod.parse("Q1 2020/21")).text("Step "
                    + many.size()).build());
        }
        ActionPlan full = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r == first
                ? r.withUpdates(many) : r).toList());
        Path file = filled(UpdateWorkbook.of(full, Q2), "updates.xlsx", owner -> owner
                .typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, SURVEY));
        // Run 80 #1: updates alone take a plan over too, each quarter, and were told to add fewer sub-actions.
        Path updated = filled(UpdateWorkbook.of(full, Q2), "updated.xlsx", owner -> owner
                .type("2", "", UpdateColumn.UPDATE, "On track").type("3", "", UpdateColumn.UPDATE, "Started"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(full).read(file));
        InvalidWorkbookException updates = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(full).read(updated));

        String split = "; split the plan in two (by inspection, or by pillar), or keep its updates of past years in a"
                + " copy of it and take them out of the plan, then import again";
        assertThat(refused.problems()).extracting(WorkbookProblem::message).containsExactly("the plan it would give"
                + " holds 20,001 recommendations, sub-actions and updates, more than the 20,000 a plan is read with:"
                + " this import adds no updates (one a recommendation a quarter) and 1 sub-action" + split);
        assertThat(updates.problems()).extracting(WorkbookProblem::message).containsExactly("the plan it would give"
                + " holds 20,002 recommendations, sub-actions and updates, more than the 20,000 a plan is read with:"
                + " this import adds 2 updates (one a recommendation a quarter) and no sub-actions" + split);
    }

    @Test
    void anOwnersCopyHasTheSheetForTheirRecommendationsOnly() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        UpdateWorkbook all = UpdateWorkbook.of(plan, Q2);
        Path people = folder.resolve("people.xlsx");
        Path safety = folder.resolve("safety.xlsx");
        all.withOwner("People and Organisational Development").write(people);
        all.withOwner("Community Safety").write(safety);

        try (InputStream in = Files.newInputStream(people); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet(NewSubActionsSheet.NAME);
            List<String> headers = new ArrayList<>();
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Ref", "Sub-action", "Owner", "Timescale", "Progress % now",
                    "Completed on", "Update for this period");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(constraint -> assertThat(constraint.getExplicitListValues())
                            .containsExactly("2", "3", "4", "5"));
            assertThat(sheet.getRow(UpdateWorkbookWriter.HEADER_ROW + 1).getCell(0).getCellStyle().getLocked())
                    .isFalse();
        }
        try (InputStream in = Files.newInputStream(safety); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet(NewSubActionsSheet.NAME)).isNull();
        }
    }

    /** Run 107 #4: a Ref with no list to choose from was told, when refused, to be chosen from the cell's list. */
    @Test
    void aRefTypedWhereNoListCanHoldTheRefsIsToldWhatItTakesNotToChooseFromAList() throws Exception {
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> !r.ref()
                .equals("3") ? r : Recommendation.builder().from(r).ref("3, part a").subActions(r.subActions().stream()
                .map(s -> SubAction.builder().from(s).id(s.id().replace("3.", "3, part a.")).build()).toList())
                .build()).toList());
        Path file = folder.resolve("comma.xlsx");
        UpdateWorkbook.of(plan, Q2).write(file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            DataValidation ref = book.getSheet(NewSubActionsSheet.NAME).getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == 0).findFirst()
                    .orElseThrow();
            assertThat(ref.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(ref.getErrorBoxText()).isEqualTo(ref.getPromptBoxText()).doesNotContain("list");
        }
    }

    @Test
    void workAddedToARecommendationCompleteWithItsSubActionsIsRefusedWhereItWouldReopenThem() throws Exception {
        // Run 71 #3: finished work added to recommendation 3, completed with its sub-actions, left 3.1 to 3.5 open work
        // not started, with one warning and no cell; run 72 #1: its own 100% typed again let it through, and #2: in
        // its owner's copy, another owner's 3.2, grey there, was left open.
        Recommendation three = merseyside.recommendation("3").orElseThrow();
        List<SubAction> subActions = new ArrayList<>(three.subActions());
        subActions.set(1, SubAction.builder().from(subActions.get(1)).owner("Community Safety").build());
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(three).subActions(subActions)
                .reportedProgress(100).build());
        Path file = filled(UpdateWorkbook.of(plan, Q2).withOwner("People and Organisational Development"),
                "updates.xlsx", owner -> owner.type("3", "", UpdateColumn.PROGRESS, 100).typeNew(0, UpdateColumn.REF,
                        "3").typeNew(0, UpdateColumn.SUB_ACTION, "Publish the closure report")
                        .typeNew(0, UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 8, 1)));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: 'New"
                + " sub-actions'!A3 (3): work added to Area for improvement 3, which is complete at 100% with its"
                + " sub-actions, none recording a progress or completion of its own, would leave '3.1', '3.3', '3.4'"
                + " and '3.5', and '3.2' (in the copy of 'Community Safety': import it with this one) open again, as"
                + " work not started: clear this row, or give each of them the day it was finished too");
        // Given theirs, as the owner closing the whole does, the work is added; a day before the plan's last report
        // is no slip of the year, as the copy showed them complete (run 72 #8).
        Path whole = filled(UpdateWorkbook.of(plan, Q2), "whole.xlsx", owner -> {
            owner.typeNew(0, UpdateColumn.REF, "3").typeNew(0, UpdateColumn.SUB_ACTION, "Publish the closure report")
                    .typeNew(0, UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 8, 1));
            for (int i = 1; i <= 5; i++) {
                owner.pick("3", "3." + i, UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 6, i));
            }
        });
        ImportedUpdate result = UpdateImport.of(plan).read(whole);
        assertThat(result.addedSubActions()).containsOnlyKeys("3");
        assertThat(result.warnings()).extracting(WorkbookProblem::message).noneMatch(m -> m.startsWith("Completed"));
    }

    @Test
    void workIsNotOfferedForARecommendationCompletedBeforeTheQuarter() throws Exception {
        // Run 71 #13: its drop-down offered recommendations whose own row is grey, "one whose own row you fill in".
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(merseyside.recommendation("3")
                .orElseThrow()).completedOn(LocalDate.of(2025, 6, 15)).build());
        Path file = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(plan, Q2).write(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet(NewSubActionsSheet.NAME).getDataValidations()).extracting(
                    DataValidation::getValidationConstraint).anySatisfy(constraint -> assertThat(constraint
                            .getExplicitListValues()).containsExactly("1", "2", "4", "5"));
        }
        ActionPlan allClosed = plan.withRecommendation(Recommendation.builder().from(plan.recommendation("1")
                .orElseThrow()).completedOn(LocalDate.of(2025, 6, 1)).build());
        Path protection = folder.resolve("protection.xlsx");
        UpdateWorkbook.of(allClosed, Q2).withOwner("Protection").write(protection);
        try (InputStream in = Files.newInputStream(protection); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet(NewSubActionsSheet.NAME)).isNull();
        }
    }

    @Test
    void aTimescaleMovingADueDateIsWarnedOfBesideAnErrorInAnotherRowNotOnlyOnceItIsMended() throws Exception {
        // Trial 35 F8, trial 38 F4: the warning came only in the run after the error was mended.
        Path file = filled(UpdateWorkbook.of(merseyside, Q2), "updates.xlsx", owner -> owner
                .typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Survey again")
                .typeNew(0, UpdateColumn.TIMESCALE, "Mar 2026")
                .typeNew(1, UpdateColumn.REF, "9").typeNew(1, UpdateColumn.SUB_ACTION, "Nowhere to go"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::isError).containsExactly(
                tuple("'New sub-actions'!A4", true), tuple("'New sub-actions'!D3", false));
        assertThat(refused.problems().get(1).message()).startsWith("the timescale 'Mar 2026' moves recommendation 2's"
                + " due date");
    }

    @Test
    void onlyTheOwnerOfARecommendationAddsToItInTheirCopy() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("1", "1.1", "People and Organisational Development");
        Path people = filled(UpdateWorkbook.of(plan, Q2).withOwner("People and Organisational Development"),
                "people.xlsx", owner -> owner.typeNew(0, UpdateColumn.REF, "1")
                        .typeNew(0, UpdateColumn.SUB_ACTION, "Review the protocols again"));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(people));

        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).containsExactly(
                tuple("'New sub-actions'!A3", "recommendation 1 is owned by 'Protection', who alone adds"
                        + " sub-actions to it; ask them to, and clear this row"));
    }

    @Test
    void copiesThatAddTheSameWorkAddItOnceAndCopiesThatDifferAreRefused() throws Exception {
        Path first = filled("first.xlsx", NewSubActionsTest::twoAdded);
        Path second = filled("second.xlsx", NewSubActionsTest::twoAdded);
        Path third = filled("third.xlsx", owner -> {
            twoAdded(owner);
            owner.typeNew(0, UpdateColumn.PROGRESS, 25);
        });

        ImportedUpdate together = UpdateImport.of(merseyside).read(List.of(first, second));
        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(List.of(first, third)));

        assertThat(together.plan()).isEqualTo(UpdateImport.of(merseyside).read(first).plan());
        assertThat(together.subActionsAdded()).isEqualTo(2);
        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::workbook,
                WorkbookProblem::cell, WorkbookProblem::message).containsExactly(tuple(Optional.of(third.toString()),
                "'New sub-actions'!B3", "a new sub-action, added differently in " + first + " ('New sub-actions'!B3);"
                + " add each"
                + " sub-action in one copy only, or the same in each"));
    }

    @Test
    void aWorkbookWrittenBeforeTheSheetImportsAsItDid() throws Exception {
        Path file = filled("updates.xlsx", owner -> {
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 60);
            owner.workbook().removeSheetAt(owner.workbook().getSheetIndex(NewSubActionsSheet.NAME));
        });

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(subAction(result.plan(), "2", "2.1").progress()).contains(Percent.of(60));
        assertThat(result.subActionsAdded()).isZero();
    }
}
