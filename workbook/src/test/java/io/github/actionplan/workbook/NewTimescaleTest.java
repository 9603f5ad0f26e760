package io.github.actionplan.workbook;

import static io.github.actionplan.workbook.UpdateRoundTripTest.subAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.summary.ItemChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An owner gives an item a new timescale where one was agreed; the plan keeps the one first given in its notes. */
class NewTimescaleTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    @TempDir
    Path folder;

    private Path exported(ActionPlan plan, UpdateWorkbook workbook) throws IOException {
        Path file = folder.resolve("updates.xlsx");
        workbook.write(file);
        return file;
    }

    @Test
    void aNewTimescaleBecomesTheItemsTimescaleAndTheOneFirstGivenStaysInItsNotes() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.1", UpdateColumn.NEW_TIMESCALE, "Mar 2026")
                    .type("2", "2.4", UpdateColumn.NEW_TIMESCALE, "31/03/2026")
                    .type("4", "4.1", UpdateColumn.NEW_TIMESCALE, "2026/27")
                    .type("3", "3.3", UpdateColumn.NEW_TIMESCALE, "Ongoing") // as it was: no revision
                    .save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        ActionPlan plan = result.plan();
        assertThat(subAction(plan, "2", "2.1").due()).contains(Timescale.parse("Mar 2026"));
        assertThat(subAction(plan, "2", "2.1").notes()).contains("Originally due Aug 2024");
        assertThat(subAction(plan, "2", "2.4").due()).contains(Timescale.parse("31/03/2026"));
        assertThat(subAction(plan, "4", "4.1").notes()).contains("Originally due in FDP 24/25");
        assertThat(subAction(plan, "3", "3.3")).isEqualTo(subAction(merseyside, "3", "3.3"));
        assertThat(result.timescaleRevisions()).isEqualTo(3);
        assertThat(result.hasChanges()).isTrue();
        // Recommendation 2 is due when its last sub-action is: no longer past, so no longer off track, and said so.
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning:"
                + " Updates!N6 (2 / 2.1): the new timescale 'Mar 2026' moves recommendation 2's due date from 31 Jan"
                + " 2025 to 31 Mar 2026: with no timescale of its own, it is due when its last sub-action is, so its"
                + " revision moves the recommendation's too", "updates.xlsx: warning: Updates!N17 (4 / 4.1): the new"
                + " timescale '2026/27' moves recommendation 4's due date from 31 Mar 2025 to 31 Mar 2027: with no"
                + " timescale of its own, it is due when its last sub-action is, so its revision moves the"
                + " recommendation's too");
        assertThat(result.statusChanges().statusMoves()).extracting(ItemChange::ref, ItemChange::before,
                ItemChange::after).contains(tuple("2", Status.OFF_TRACK, Status.ON_TRACK));
    }

    @Test
    void aNewTimescaleOfNoDateForTheLastSubActionMovingItsRecommendationsDueDateBackIsAWarningAtItsCell()
            throws Exception {
        ActionPlan seed = SeedPlans.merseyside();
        List<Recommendation> recommendations = new ArrayList<>(seed.recommendations());
        Recommendation four = recommendations.get(3);
        List<SubAction> fours = new ArrayList<>(four.subActions());
        fours.set(0, fours.get(0).withRevisedDue(Timescale.parse("Mar 2026")));
        recommendations.set(3, four.withSubActions(fours));
        ActionPlan merseyside = seed.withRecommendations(recommendations);
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        String ongoing;
        String earlier;
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.4", UpdateColumn.NEW_TIMESCALE, "Ongoing") // 2.4 was its last, Jan 2025
                    .type("4", "4.1", UpdateColumn.NEW_TIMESCALE, "Dec 2025") // 4.1 was its last, Mar 2026
                    .type("1", "1.1", UpdateColumn.NEW_TIMESCALE, "Ongoing") // 1.1 is its only one
                    .save(file);
            ongoing = owner.cell("2", "2.4", UpdateColumn.NEW_TIMESCALE);
            earlier = owner.cell("4", "4.1", UpdateColumn.NEW_TIMESCALE);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly(
                "updates.xlsx: warning: Updates!N4 (1 / 1.1): the new timescale 'Ongoing' moves recommendation 1's due"
                        + " date from 31 Dec 2024 to none, so it can never be late: with no timescale of its own, it is"
                        + " due when its last sub-action with a date is, and 'Ongoing' gives none; if the work goes"
                        + " on, give this a date by which it will be done",
                "updates.xlsx: warning: " + ongoing + " (2 / 2.4): the new timescale 'Ongoing' moves recommendation"
                        + " 2's due date back from 31 Jan 2025 to 31 Aug 2024, a day already past: with no timescale of"
                        + " its own, it is due when its last sub-action with a date is, and 'Ongoing' gives none; if"
                        + " the work goes on, give this a date by which it will be done",
                "updates.xlsx: warning: " + earlier + " (4 / 4.1): the new timescale 'Dec 2025' moves recommendation"
                        + " 4's due date back from 31 Mar 2026 to 31 Dec 2025: with no timescale of its own, it is due"
                        + " when its last sub-action with a date is; if it is not to be due then, give this a later"
                        + " timescale");
    }

    @Test
    void aRecommendationsOwnDeadlineIsRevisedOnItsOwnRow() throws Exception {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        Path file = exported(derbyshire, UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24"))
                .withAsOf(SeedPlans.DERBYSHIRE_AS_OF));
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 17", "", UpdateColumn.NEW_TIMESCALE, "Mar 2024").save(file);
        }

        Recommendation revised = UpdateImport.of(derbyshire).read(file).plan().recommendation("Rec 17").orElseThrow();

        assertThat(revised.deadline()).contains(Timescale.parse("Mar 2024"));
        assertThat(revised.notes().orElseThrow()).endsWith("Originally due "
                + derbyshire.recommendation("Rec 17").orElseThrow().deadline().orElseThrow().text());
    }

    @Test
    void aSubActionsNewTimescaleAfterItsRecommendationsOwnDeadlineIsAWarningAtItsCell() throws Exception {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        Recommendation rec = derbyshire.recommendation("Rec 4").orElseThrow();
        String first = rec.subActions().get(0).id();
        String second = rec.subActions().get(1).id();
        Path file = exported(derbyshire, UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24"))
                .withAsOf(SeedPlans.DERBYSHIRE_AS_OF));
        String cell;
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 4", first, UpdateColumn.NEW_TIMESCALE, "Jun 2024")
                    .type("Rec 4", second, UpdateColumn.NEW_TIMESCALE, "Jun 2024")
                    .type("Rec 4", "", UpdateColumn.NEW_TIMESCALE, "Mar 2024");
            owner.save(file);
            cell = owner.cell("Rec 4", first, UpdateColumn.NEW_TIMESCALE);
        }

        ImportedUpdate result = UpdateImport.of(derbyshire).read(file);

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).first().isEqualTo("updates.xlsx: warning:"
                + " " + cell
                + " (Rec 4 / " + first + "): the new timescale 'Jun 2024' ends after 31 Mar 2024, recommendation"
                + " Rec 4's own deadline ('Mar 2024'); unless the recommendation is to be late too, its owner gives it"
                + " a new timescale on its own row");
        assertThat(result.warnings()).hasSize(2);
        assertThat(result.timescaleRevisions()).isEqualTo(3);
    }

    @Test
    void aNewTimescaleThatHasNoDateOrHasPassedOrIsForFinishedWorkIsRefusedAtItsCell() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        String[] cells;
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.1", UpdateColumn.NEW_TIMESCALE, "TBC")
                    .type("2", "2.2", UpdateColumn.NEW_TIMESCALE, "Mar 2025")
                    .type("2", "2.3", UpdateColumn.NEW_TIMESCALE, "Dec 2025")
                    .type("2", "2.3", UpdateColumn.COMPLETED_ON, "31/08/2025")
                    .type("2", "", UpdateColumn.NEW_TIMESCALE, "Mar 2026")
                    .save(file);
            cells = new String[] {owner.cell("2", "2.1", UpdateColumn.NEW_TIMESCALE),
                owner.cell("2", "2.2", UpdateColumn.NEW_TIMESCALE), owner.cell("2", "2.3", UpdateColumn.NEW_TIMESCALE),
                owner.cell("2", "", UpdateColumn.NEW_TIMESCALE)};
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "updates.xlsx: " + cells[3] + " (2): this recommendation has no timescale of its own: it is due when"
                        + " its last sub-action is; give new timescales on their rows and clear this cell",
                "updates.xlsx: " + cells[0] + " (2 / 2.1): New timescale: 'TBC' is not a timescale with a date; type a"
                        + " date such as 31/03/2027 (day first), a month such as Mar 2027, a financial year such as"
                        + " 2026/27, a quarter such as Q4 2026/27, or Ongoing",
                "updates.xlsx: " + cells[1] + " (2 / 2.2): the new timescale 'Mar 2025' means 31 Mar 2025, before the"
                        + " reporting date 30 Sep 2025; a new timescale is when the work will now be done: type a later"
                        + " one",
                "updates.xlsx: " + cells[2] + " (2 / 2.3): a new timescale ('Dec 2025'), but the work was completed on"
                        + " 31 Aug 2025, so it needs none; clear New timescale");
    }

    @Test
    void aNewTimescaleCellIsGreyWhereTheRecommendationIsDueWhenItsSubActionsAre() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        try (Owner owner = Owner.open(file)) {
            Cell own = owner.row("2", "").getCell(UpdateColumn.NEW_TIMESCALE.ordinal());
            Cell sub = owner.row("2", "2.1").getCell(UpdateColumn.NEW_TIMESCALE.ordinal());
            assertThat(own.getCellStyle().getLocked()).isTrue();
            assertThat(sub.getCellStyle().getLocked()).isFalse();
            // Text, so that "Mar 2027" typed stays the month, not the 1st of it.
            assertThat(sub.getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void aWorkbookWrittenBeforeTheNewTimescaleColumnImportsAsItDid() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet(UpdateWorkbookWriter.UPDATES).getRow(UpdateWorkbookWriter.HEADER_ROW)
                    .getCell(UpdateColumn.NEW_TIMESCALE.ordinal()).setBlank();
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.progressChanges()).isEqualTo(1);
        assertThat(result.timescaleRevisions()).isZero();
        assertThat(subAction(result.plan(), "2", "2.1").due()).isEqualTo(Optional.of(Timescale.parse("Aug 2024")));
    }

    @Test
    void aRenamedOrRepeatedHeaderIsAWarningThatItsCellsAreNotRead() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        String header;
        String second;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row row = book.getSheet(UpdateWorkbookWriter.UPDATES).getRow(UpdateWorkbookWriter.HEADER_ROW);
            row.removeCell(row.getCell(UpdateColumn.NEW_TIMESCALE.ordinal())); // typed over, as in Excel
            Cell cell = row.createCell(UpdateColumn.NEW_TIMESCALE.ordinal());
            cell.setCellValue("Revised date");
            header = UpdateWorkbookWriter.UPDATES + "!" + cell.getAddress().formatAsString();
            Cell copied = row.createCell(UpdateColumn.values().length);
            copied.setCellValue("Progress % now");
            second = UpdateWorkbookWriter.UPDATES + "!" + copied.getAddress().formatAsString();
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning:"
                + " " + header
                + ": the column 'Revised date' is not one of the workbook's, so its cells are not read; the column"
                + " headers must stay as written ('Progress % now', 'Completed on', 'New timescale', 'New owner',"
                + " 'Blocked?', 'Blocked by', 'Owner's BRAG' and 'Update for this period' are the ones read)",
                "updates.xlsx: warning: "
                + second + ": a second column 'Progress % now', whose cells are not read: only the first, in column L,"
                + " is; type what is in it there",
                // What was typed is only in those columns, so the import read nothing.
                "updates.xlsx: warning: nothing is filled in: no row of its Updates sheet has a value in a cell for"
                        + " owners to fill in; if this is not the copy its owner filled in, ask them for that one");
    }

    @Test
    void wordsTypedInASecondColumnOfAHeaderTheWorkbookHasAreRefusedAtTheirCell() throws Exception {
        // Run 87 #9: a second 'Update for this period' column's words were dropped, and the plan written.
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        String typed;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet(UpdateWorkbookWriter.UPDATES);
            int column = UpdateColumn.values().length;
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW).createCell(column).setCellValue("Update for this period");
            Row row = null;
            for (Row each : sheet) {
                Cell id = each.getCell(UpdateColumn.ID.ordinal());
                if (id != null && id.toString().equals("2.2")) {
                    row = each;
                }
            }
            Cell cell = row.createCell(column);
            cell.setCellValue("Survey drafted and agreed.");
            typed = UpdateWorkbookWriter.UPDATES + "!" + cell.getAddress().formatAsString();
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(merseyside).read(file));

        // Which is meant cannot be told: a draft column may come first (run 89 #3).
        assertThat(refused.errors()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: " + typed
                + " (2 / 2.2): columns W and " + typed.replaceAll("\\D*!([A-Z]+)\\d+", "$1") + " have one header, and"
                + " say different things on this row (nothing and 'Survey drafted and agreed.'), so which is meant"
                + " cannot be told; keep the words to send in one of them and delete the other column (lift the"
                + " sheet's protection first)");
    }

    @Test
    void aSecondColumnOfAColumnNotReadOrCopiedWholeIsReadWithTheHeadersWarningAlone() throws Exception {
        // Run 88 #4: a second Finding, never read in the first either, and a copy of Update for this period as it
        // was filled in, were refused, the first sending the owner to a locked column.
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = exported(merseyside, UpdateWorkbook.of(merseyside, Q2));
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.2", UpdateColumn.UPDATE, "Survey drafted.");
            org.apache.poi.ss.usermodel.Sheet sheet = owner.workbook().getSheet(UpdateWorkbookWriter.UPDATES);
            int column = UpdateColumn.values().length;
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW).createCell(column).setCellValue("Update for this period");
            sheet.getRow(UpdateWorkbookWriter.HEADER_ROW).createCell(column + 1).setCellValue("Finding");
            Row row = owner.row("2", "2.2");
            row.createCell(column).setCellValue("Survey drafted.");
            row.createCell(column + 1).setCellValue("The service should survey its staff.");
            owner.save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(result.updates()).isEqualTo(1);
        assertThat(result.warnings()).extracting(WorkbookProblem::message).filteredOn(m -> m.startsWith("a second"))
                .hasSize(2);
    }
}
