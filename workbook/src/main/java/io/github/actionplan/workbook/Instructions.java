package io.github.actionplan.workbook;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.summary.PlanSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The Instructions sheet: what to fill in, by when, and what each column of the Updates sheet means. */
final class Instructions {

    private static final int FIRST_WIDTH = 26;
    private static final int SECOND_WIDTH = 100;
    /** The most of the plan's owners the step on a new owner lists. */
    private static final int MOST_OWNERS = 20;
    /** Twice a line of 11 points: the space of a blank line above a heading, without one. */
    private static final float HEADING_HEIGHT = 30;

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
        // Two columns throughout, a name and its text, with no merged cells and no blank rows: a screen reader then
        // reads each row as a pair, and moving down a column does not stop at a gap as if the sheet had ended.
        CellStyle title = styles.paragraph(true, 13);
        row(sheet, "Quarterly update", title, workbook.plan().title(), title, 13);
        CellStyle name = styles.paragraph(true, 11);
        row(sheet, "Organisation", name, workbook.plan().organisation(), styles.wrapped(), 11);
        row(sheet, "Reporting period", name, workbook.period() + " (" + workbook.period().displayName() + ")."
                + " Statuses are worked out at " + Dates.shortDate(workbook.reportingDate()) + ".", styles.wrapped(),
                11);
        workbook.owner().ifPresent(owner -> row(sheet, "This copy", name, "This copy holds " + held(owner)
                + ". Each owner has a copy of their own and fills in their own rows."
                + (workbook.recommendations().stream().allMatch(r -> workbook.fillsIn(r) && r.subActions().stream()
                        .allMatch(s -> workbook.fillsIn(r, s))) ? "" : " A row whose Owner is someone else has grey"
                + " cells and nothing to fill in. It shows where your items stand: the recommendation a sub-action of"
                + " yours belongs to, or a sub-action another owner carries out in a recommendation of yours."),
                styles.wrapped(), 11));
        row(sheet, "Return", name, "Please return this workbook to " + workbook.returnTo().orElse("whoever sent it to"
                + " you") + workbook.returnBy().map(d -> " by " + Dates.shortDate(d)).orElse(" once you have filled it"
                + " in") + ".", styles.paragraph(true, 11), 11);
        heading(sheet, "How to fill it in");
        List<String> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            row(sheet, "Step " + (i + 1), name, steps.get(i), styles.wrapped(), 11);
        }
        // What the Status column's words mean and which BRAG colour each is, as the plan's rule decides them: an owner
        // rates the recommendation in those colours, beside the status the plan works out (trial 68 F4).
        heading(sheet, "Statuses");
        for (Status status : Status.BRAG_ORDER) {
            // In its colour, as the Status column shows it (run 69 #9: the colours were words only).
            row(sheet, status.brag().displayName() + ": " + workbook.plan().statusLabels().label(status),
                    styles.status(status, false), workbook.assessor().rule().meaning(status), styles.wrapped(), 11);
        }
        heading(sheet, "The columns of the Updates sheet");
        // The hidden columns last, Row key before Row key 2 and 3: where they stand, among the cells to fill in, they
        // would interrupt the columns a reader sees, in an order that reads backwards.
        List<UpdateColumn> hidden = List.of(UpdateColumn.ROW_KEY, UpdateColumn.SECOND_ROW_KEY,
                UpdateColumn.THIRD_ROW_KEY);
        List<UpdateColumn> columns = new ArrayList<>(List.of(UpdateColumn.values()));
        columns.removeAll(hidden);
        columns.addAll(hidden);
        for (UpdateColumn column : columns) {
            row(sheet, column.header() + (column.isEditable() ? " (fill in)" : ""), column.isEditable()
                    ? styles.example(column) : styles.wrapped(), column.meaning(examples), styles.wrapped(), 11);
        }
        if (NewSubActionsSheet.isIn(workbook)) {
            heading(sheet, "The columns of the " + NewSubActionsSheet.NAME + " sheet");
            for (UpdateColumn column : NewSubActionsSheet.COLUMNS) {
                row(sheet, column.header() + " (fill in)", styles.example(column), NewSubActionsSheet.meaning(column,
                        examples), styles.wrapped(), 11);
            }
        }
        sheet.setColumnWidth(0, FIRST_WIDTH * 256);
        sheet.setColumnWidth(1, SECOND_WIDTH * 256);
        // A4, as the other sheets print: without it Excel and LibreOffice print on their default, US Letter.
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /**
     * Where the copy's owner fills in the row of a recommendation with sub-actions whose progress the plan holds of its
     * own, below 100%, which reports show rather than its sub-actions' (a tracker's figure for the whole, say): that
     * they give it on its row too, or it never moves (run 114 #1).
     */
    private String ownFigures() {
        boolean any = workbook.plan().recommendations().stream().anyMatch(r -> !r.subActions().isEmpty()
                && r.reportedProgress().filter(p -> !p.isComplete()).isPresent()
                && UpdateWorkbook.fillsIn(workbook.owner(), r, Optional.empty())
                && !UpdateWorkbook.closed(r, Optional.empty(), workbook.period()));
        return any ? ", unless the plan holds a progress of the recommendation's own: then its Progress % now is"
                + " yellow on its row, and the reports show that figure, not theirs, so give it there too." : ".";
    }

    /** The steps of filling it in, each an idea or two in short sentences (trial 52 F12). */
    private List<String> steps() {
        String date = Dates.shortDate(workbook.reportingDate());
        List<String> steps = new ArrayList<>(List.of(
            "Go to the Updates sheet. It has a row in bold for each recommendation, and a row below it for each of"
                    + " its sub-actions. The Kind column says which is which.",
            "Fill in only the cells you can type in, on the rows of the items you are responsible for: Tab moves"
                    + " between them, and each has a thick border on yellow. The other cells are locked. A locked cell"
                    + " in a column to fill in, grey with a thin border, does not apply on its row. Where a"
                    + " recommendation has sub-actions, give progress, new timescales and blocking on the sub-actions'"
                    + " rows, not on the recommendation's own row: its figures are worked out from theirs"
                    + ownFigures(),
            "Keys: Tab moves to the next cell to fill in, and Shift+Tab moves back. Alt+Down Arrow opens the list"
                    + " of choices in a Blocked? or Owner's BRAG cell. F2 edits what a cell holds.",
            "Leave a cell blank where nothing has changed. A blank cell keeps what the plan already says. A row"
                    + " whose Status is Complete needs nothing more, except a closing update if the work was completed"
                    + " this period. Work completed before this period has grey cells, as do the sub-actions done"
                    + " with it: the plan keeps the completion. To reopen work complete at 100% with no completion"
                    + " date, type its progress now; for work completed on a day, ask whoever sent you this copy to"
                    + " take the completion out of the plan.",
            "Progress: a number from 0 to 100. Typing 50 or 50% both mean half done.",
            "Completed on: the day the work was finished, no later than " + date + ". A completed item's progress is"
                    + " 100, so leave Progress blank or type 100.",
            "New timescale: only where a new timescale has been agreed. Give when the work will now be done: "
                    + examples.timescales() + ". The plan keeps the first timescale in the item's notes. A"
                    + " recommendation with no timescale of its own is due when its last sub-action is, so a later"
                    + " timescale for that sub-action moves the recommendation's due date, and its status with it.",
            "New owner: only where someone else is now responsible for the item. The next workbook's row for the"
                    + " item is theirs to fill in. Write their name as the plan writes its owners' names" + owners(),
            "Blocked?: Yes when the work cannot go on until someone else acts, with who that is in Blocked by. No"
                    + " once it can go on again. Blocked reported shows who the work is waiting on now.",
            "Owner's BRAG: your own rating of the recommendation, one of the BRAG colours: " + CellValues.BRAG_CHOICES
                    + ". Reports show it beside the status the plan works out, and flag where they"
                    + " differ. BRAG reported shows the rating given last, and its period. Reports go on showing it"
                    + " until the recommendation has a newer update without a rating.",
            "Update: what happened in " + workbook.period().displayName() + ", in a sentence or two. Updates on"
                    + " sub-action rows are added to the recommendation's update for the period. Each line stays a"
                    + " line in the reports: start a new one with Alt+Enter in Excel, or Ctrl+Enter in LibreOffice."
                    + " Lines starting with • or - are a list.",
            "Dates may be typed as " + examples.dates() + ".",
            "You may filter, hide and insert rows, and widen columns. Do not change the Ref and Id columns: they tie"
                    + " each row to the plan, wherever it is.",
            "To sort the rows, first lift the sheet's protection: Review > Unprotect Sheet in Excel, or Tools >"
                    + " Protect Sheet in LibreOffice. There is no password. Then select the whole table, every column"
                    + " from " + UpdateColumn.REF.header() + " to " + UpdateColumn.LAST_UPDATE.header() + ", and sort."
                    + " Sorting only some columns moves them away from the rest of their rows, and the import refuses"
                    + " such rows. Then protect the sheet again, so that Tab again moves between the cells to fill in"
                    + " alone, with what it allowed before: Review > Protect Sheet in Excel, ticking Format columns,"
                    + " Format rows, Insert rows and Use AutoFilter; or Tools > Protect Sheet in LibreOffice, ticking"
                    + " Insert rows.",
            "The sheets are protected against accidental changes, without a password. You need not unlock them to"
                    + " fill in the cells you can type in.",
            "Keep the file an Excel workbook (.xlsx). LibreOffice asks which format to keep when you save: choose"
                    + " Use Excel 2007-365!"));
        if (NewSubActionsSheet.isIn(workbook)) {
            steps.add(11, "New sub-actions: to add work to a recommendation of yours, fill in a row of the "
                    + NewSubActionsSheet.NAME + " sheet. Give the recommendation's Ref, what is to be done and when it"
                    + " is due, and the other cells as on the Updates sheet. The import adds it to the plan with the"
                    + " next id (" + example() + "). The next workbook has its row on the Updates sheet. If the new"
                    + " sub-action is due later than the recommendation's other sub-actions, and the recommendation has"
                    + " no timescale of its own, its due date moves to the new sub-action's.");
        }
        return steps;
    }

    /**
     * What an owner's copy holds for them to fill in: their recommendations, or the sub-actions they carry out in
     * others' where they own none, as a copy of one sub-action does (trial 68 F9).
     */
    private String held(String owner) {
        String whose = owner.equals(PlanSummary.NO_OWNER) ? "the items with no owner given"
                : Quote.possessive(owner) + " recommendations and sub-actions";
        boolean ownsRecommendations = workbook.recommendations().stream().anyMatch(workbook::fillsIn);
        return ownsRecommendations || owner.equals(PlanSummary.NO_OWNER) ? whose : "the sub-actions "
                + Quote.singleName(owner) + " carries out, under the recommendations they belong to";
    }

    /**
     * The plan's owners, as it names them, for a new owner to be written as: the first twenty where it has more, a line
     * each, unquoted, as a name may hold an apostrophe ("Chief Fire Officer's Office", run 69 #10).
     */
    private String owners() {
        List<String> owners = UpdateWorkbook.namedOwners(workbook.plan());
        if (owners.isEmpty()) {
            return ": it names none yet.";
        }
        StringBuilder listed = new StringBuilder(":");
        owners.stream().limit(MOST_OWNERS).forEach(owner -> listed.append("\n• ").append(owner));
        if (owners.size() > MOST_OWNERS) {
            listed.append("\n• and ").append(owners.size() - MOST_OWNERS).append(" others");
        }
        return listed.toString();
    }

    /**
     * The id the import would give the first recommendation the owner fills in that is not complete (the import refuses
     * work still to be done added to one that is), as the step on new work shows it.
     */
    private String example() {
        List<Recommendation> theirs = workbook.recommendations().stream().filter(workbook::addsTo).toList();
        return theirs.stream().filter(r -> r.completedOn().isEmpty() && r.reportedProgress().filter(
                Percent::isComplete).isEmpty()).findFirst().or(() -> theirs.stream().findFirst())
                .map(r -> r.nextSubActionId() + " for " + r.name()).orElseThrow();
    }

    /**
     * A name and its text, the text wrapped within its column so that a long one (an organisation's name, an owner's)
     * neither runs off the page nor makes the page print smaller to fit it; the row as tall as the taller of the two.
     */
    private void row(SXSSFSheet sheet, String name, CellStyle nameStyle, String text, CellStyle textStyle,
            int points) {
        Row row = sheet.createRow(next++);
        UpdateWorkbookWriter.text(row.createCell(0), name, nameStyle);
        UpdateWorkbookWriter.text(row.createCell(1), text, textStyle);
        // The width in 11-point characters, as the column widths are: fewer characters of a larger size fit.
        double scale = 11.0 / points;
        row.setHeightInPoints(CellSizes.rowHeight(Math.max(CellSizes.wrappedLines(name, FIRST_WIDTH * scale, true),
                CellSizes.wrappedLines(text, SECOND_WIDTH * scale, textStyle == styles.paragraph(true, points))),
                points));
    }

    /** A heading, in a row tall enough to set it apart from the rows before it without a blank row between. */
    private void heading(SXSSFSheet sheet, String text) {
        Row row = sheet.createRow(next++);
        UpdateWorkbookWriter.text(row.createCell(0), text, styles.heading());
        row.setHeightInPoints(HEADING_HEIGHT);
    }
}
