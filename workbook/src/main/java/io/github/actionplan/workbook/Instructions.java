package io.github.actionplan.workbook;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The Instructions sheet: what to fill in, by when, and what each column of the Updates sheet means. */
final class Instructions {

    private static final int FIRST_WIDTH = 26;
    private static final int SECOND_WIDTH = 100;

    private final UpdateWorkbook workbook;
    /** The dates its texts give as examples, of the years of its period. */
    private final ExampleDates examples;
    private final UpdateWorkbookWriter.Styles styles;
    private int next;

    Instructions(UpdateWorkbook workbook, UpdateWorkbookWriter.Styles styles) {
        this.workbook = workbook;
        this.examples = ExampleDates.of(workbook.period(), workbook.reportingDate());
        this.styles = styles;
    }

    /** The workbook's title, at the top of this sheet and in its document properties. */
    static String title(ActionPlan plan) {
        return "Quarterly update: " + plan.title();
    }

    void write(SXSSFSheet sheet) {
        String period = workbook.period() + " (" + workbook.period().displayName() + ")";
        String date = Dates.shortDate(workbook.reportingDate());
        paragraph(sheet, title(workbook.plan()), true, 13);
        paragraph(sheet, workbook.plan().organisation() + ". Reporting period " + period + "; statuses are worked out"
                + " at " + date + ".", false, 11);
        workbook.owner().ifPresent(owner -> paragraph(sheet, "This copy holds " + Quote.possessive(owner)
                + " recommendations and sub-actions; each owner has a copy of their own, and fills in their own rows."
                + (workbook.recommendations().stream().allMatch(r -> workbook.fillsIn(r) && r.subActions().stream()
                        .allMatch(s -> workbook.fillsIn(r, s))) ? "" : " A row whose Owner is someone else, its cells"
                + " grey and none to fill in, is there to show where your items stand: the recommendation a sub-action"
                + " of yours belongs to, or a sub-action another owner carries out in a recommendation of yours."),
                false, 11));
        paragraph(sheet, workbook.returnBy().map(d -> "Please return this workbook by " + Dates.shortDate(d) + ".")
                .orElse("Please return this workbook to whoever sent it to you once you have filled it in."), true, 11);
        next++;
        line(sheet, "How to fill it in", "", styles.heading());
        List<String> steps = new ArrayList<>(List.of(
            "Go to the Updates sheet. Each recommendation has a row in bold, its Kind saying what it is, and each"
                    + " of its sub-actions a row below it, of Kind Sub-action.",
            "Fill in only the cells with a thick border (yellow), for the items you are responsible for: Tab moves"
                    + " from one to the next. A cell with a thin border (grey in a column to fill in) does not apply on"
                    + " that row.",
            "From the keyboard: Tab moves to the next cell to fill in and Shift+Tab back, Alt+Down Arrow opens the"
                    + " list of a Blocked? or Owner's BRAG cell, and F2 edits what a cell holds.",
            "Leave a cell blank where nothing has changed: a blank cell keeps what the plan already says.",
            "Progress: a number from 0 to 100 (typing 50 or 50% both mean half done).",
            "Completed on: the day the work was finished, no later than " + date + ". A completed item's progress is"
                    + " 100, so leave Progress blank or type 100.",
            "New timescale: only where a new timescale has been agreed, when the work will now be done: "
                    + examples.timescales() + ". The plan keeps the timescale it had first in the item's notes.",
            "New owner: only where someone else is now responsible for the item: who, named as the plan names its"
                    + " owners. The plan keeps it, and the next workbook's row is theirs to fill in.",
            "Blocked?: Yes, with who the work is waiting on in Blocked by; No once it can go on again.",
            "Owner's BRAG: your own rating of the recommendation, " + CellValues.BRAG_CHOICES + ". It is shown"
                    + " beside the status the plan works out, and reports flag where they differ. BRAG reported shows"
                    + " the one given before and its quarter: reports go on showing it while the recommendation has"
                    + " no update since; an update without a rating leaves it behind.",
            "Update: what happened in " + workbook.period().displayName() + ". Updates on sub-action rows are added to"
                    + " the recommendation's update for the period. Each line stays a line in the reports (start one"
                    + " with Alt+Enter in Excel, Ctrl+Enter in LibreOffice), and lines starting with • or - are a"
                    + " list.",
            "Dates may be typed as " + examples.dates() + " or picked as a date.",
            "You may filter, hide and insert rows, and widen columns. Do not change the Ref and Id columns:"
                    + " they tie each row to the plan, whatever its position.",
            "To sort the rows, lift the protection first (Review > Unprotect Sheet in Excel, Tools > Protect Sheet"
                    + " in LibreOffice; there is no password): a protected sheet's locked cells cannot be sorted."
                    + " Then select the whole table, every column from " + UpdateColumn.REF.header() + " to "
                    + UpdateColumn.LAST_UPDATE.header() + ", before sorting: a sort of only some columns moves them"
                    + " away from the rest of their rows, and the import refuses rows sorted apart.",
            "The sheets are protected without a password against accidental changes; you need not unlock them to"
                    + " fill in the cells with a thick border."));
        if (NewSubActionsSheet.isIn(workbook)) {
            steps.add(11, "New sub-actions: to add work to a recommendation of yours, fill in a row of the "
                    + NewSubActionsSheet.NAME + " sheet: the recommendation's Ref, what is to be done and when it is"
                    + " due, and the other cells as on the Updates sheet. The import adds it to the plan with the"
                    + " next id (" + example() + "), and the next workbook has its row on the Updates sheet.");
        }
        for (int i = 0; i < steps.size(); i++) {
            paragraph(sheet, (i + 1) + ". " + steps.get(i), false, 11);
        }
        next++;
        line(sheet, "The columns of the Updates sheet", "", styles.heading());
        // The hidden columns last, Row key before Row key 2: where they stand, among the cells to fill in, they would
        // interrupt the columns a reader sees, in an order that reads backwards.
        List<UpdateColumn> columns = new ArrayList<>(List.of(UpdateColumn.values()));
        columns.removeAll(List.of(UpdateColumn.ROW_KEY, UpdateColumn.SECOND_ROW_KEY));
        columns.addAll(List.of(UpdateColumn.ROW_KEY, UpdateColumn.SECOND_ROW_KEY));
        for (UpdateColumn column : columns) {
            line(sheet, column.header() + (column.isEditable() ? " (fill in)" : ""), column.meaning(examples),
                    column.isEditable() ? styles.example(column) : styles.wrapped());
        }
        if (NewSubActionsSheet.isIn(workbook)) {
            next++;
            line(sheet, "The columns of the " + NewSubActionsSheet.NAME + " sheet", "", styles.heading());
            for (UpdateColumn column : NewSubActionsSheet.COLUMNS) {
                line(sheet, column.header() + " (fill in)", NewSubActionsSheet.meaning(column, examples),
                        styles.example(column));
            }
        }
        sheet.setColumnWidth(0, FIRST_WIDTH * 256);
        // A4, as the other sheets print: without it Excel and LibreOffice print on their default, US Letter.
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setColumnWidth(1, SECOND_WIDTH * 256);
    }

    /**
     * The id the import would give the first recommendation the owner fills in that is not complete (the import refuses
     * work still to be done added to one that is), as the step on new work shows it.
     */
    private String example() {
        List<Recommendation> theirs = workbook.recommendations().stream().filter(workbook::fillsIn).toList();
        return theirs.stream().filter(r -> r.completedOn().isEmpty() && r.reportedProgress().filter(
                Percent::isComplete).isEmpty()).findFirst().or(() -> theirs.stream().findFirst())
                .map(r -> r.nextSubActionId() + " for " + r.name()).orElseThrow();
    }

    /**
     * Text across both columns, wrapped within them so that it reads as one paragraph, and so that a long one (an
     * organisation's name, an owner's) neither runs off the page nor makes the page print smaller to fit it.
     */
    private void paragraph(SXSSFSheet sheet, String text, boolean bold, int points) {
        Row row = sheet.createRow(next);
        UpdateWorkbookWriter.text(row.createCell(0), text, styles.paragraph(bold, points));
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, 1));
        // The width in 11-point characters, as the column widths are: fewer characters of a larger size fit.
        row.setHeightInPoints(CellSizes.rowHeight(CellSizes.wrappedLines(text, (FIRST_WIDTH + SECOND_WIDTH) * 11.0
                / points, bold), points));
        next++;
    }

    private void line(SXSSFSheet sheet, String first, String second, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(next++);
        UpdateWorkbookWriter.text(row.createCell(0), first, style);
        if (!second.isEmpty()) {
            UpdateWorkbookWriter.text(row.createCell(1), second, styles.wrapped());
            row.setHeightInPoints(CellSizes.rowHeight(CellSizes.wrappedLines(second, SECOND_WIDTH), 11));
        }
    }
}
