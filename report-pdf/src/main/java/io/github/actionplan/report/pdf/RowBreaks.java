package io.github.actionplan.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * How a table's rows break across pages, decided row by row: a row of at most half a page moves whole to the next
 * page where it does not fit, so that no reader finds a row, or a status, cut in two and its rest on the next page
 * under empty cells that do not say whose it is; a taller row splits where it falls, since moved whole it would
 * leave more than half a page blank. OpenPDF decides this per table
 * ({@code setSplitLate}), so the table is laid out in runs of rows of one kind, each added to the document as the
 * next part of one table: the parts follow one another without a gap, and the header rows repeat only on a new
 * page. A run is laid out every {@value #MOST_ROWS} rows too, so that a long table does not sit in memory whole.
 * Rows are never dropped: no table here is {@code setSplitRows(false)} (FORMATS.md).
 *
 * <p>A small table, of at most half a page, goes on one page whole, with what leads it in (its heading, or a status
 * summary's heading, chart and description) where all of it fits on one: so a status summary's six rows are never
 * split, "Complete" and "Total" left alone on the next page, nor parted from their heading. A longer table starts
 * with at least its header and first row under what leads it in. A page is turned for that where the rest of this
 * one has no room; a taller table runs on as it falls.
 *
 * <p>Use: made once the header rows are added, {@link #rowAdded} after each row of the body, then {@link #finish}
 * once, instead of adding the table, or what leads it in, to the document. One instance per table.
 */
final class RowBreaks {

    /** Rows laid out at most at once. */
    private static final int MOST_ROWS = 100;

    private final Document document;
    private final PdfWriter writer;
    private final PdfPTable table;
    /** What goes on the page directly before the table, until it is added; then empty. */
    private List<PdfPTable> lead;
    private final float half;
    /** Whether the rows not yet laid out are taller than half a page; all are one kind or the other. */
    private boolean tall;
    /** Where the rows added since the last call start. */
    private int next;
    /** Whether nothing of the table is laid out yet. */
    private boolean first = true;

    /**
     * For {@code table}, whose total width is already set so that its rows' heights can be known, led in by
     * {@code lead} (empty for nothing), whose total widths are set too.
     */
    RowBreaks(Document document, PdfWriter writer, PdfPTable table, List<PdfPTable> lead) {
        this.document = document;
        this.writer = writer;
        this.table = table;
        this.lead = List.copyOf(lead);
        this.half = (document.top() - document.bottom()) / 2;
        this.next = table.size();
    }

    /**
     * Tells that the rows added since the last call make one row of the report (a text too long for one cell runs
     * on in rows below it); lays out the rows before them where they are of the other kind, or many.
     */
    void rowAdded() {
        int first = next;
        boolean rowIsTall = false;
        for (int row = first; row < table.size() && !rowIsTall; row++) {
            rowIsTall = table.getRowHeight(row) > half;
        }
        int waiting = first - table.getHeaderRows();
        if (waiting > 0 && (rowIsTall != tall || waiting >= MOST_ROWS)) {
            layOut(first);
        }
        tall = rowIsTall;
        next = table.size();
    }

    /** Lays out the rest of the table, with the space after it. */
    void finish() {
        if (first) {
            // Nothing laid out yet: the whole table is known.
            leadIn(height(table, 0, table.size()));
        }
        table.setComplete(true);
        table.setSplitLate(!tall);
        document.add(table);
    }

    /**
     * Turns the page where a small table, its {@code whole} height known (0 where the table is not all known yet),
     * and what leads it in do not fit on the rest of it, but do on a page; for another table, where the lead and
     * the header and first row do not. Then adds the lead.
     */
    private void leadIn(float whole) {
        float leadHeight = 0;
        for (PdfPTable part : lead) {
            leadHeight += part.spacingBefore() + part.getTotalHeight() + part.spacingAfter();
        }
        int headerRows = table.getHeaderRows();
        float start = leadHeight + table.spacingBefore() + height(table, 0, Math.min(table.size(), headerRows + 1));
        float together = leadHeight + table.spacingBefore() + whole;
        float room = writer.getVerticalPosition(false) - document.bottom();
        float page = document.top() - document.bottom();
        boolean small = whole > 0 && table.spacingBefore() + whole <= page / 2 && together <= page;
        if (small ? together > room : Math.min(start, page / 2) > room) {
            document.newPage();
        }
        lead.forEach(document::add);
        lead = List.of();
        first = false;
    }

    /** The height of rows {@code from} to {@code to} (exclusive), none beyond the table's. */
    private static float height(PdfPTable table, int from, int to) {
        float height = 0;
        for (int row = from; row < Math.min(to, table.size()); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    /**
     * Lays out the rows before {@code end} as a part of the table with more to come, keeping the others: OpenPDF
     * lays out every row a table holds, and then, for a table not complete, lets go of them.
     */
    private void layOut(int end) {
        if (first) {
            leadIn(0);
        }
        List<PdfPRow> rows = table.getRows();
        List<PdfPRow> kept = new ArrayList<>(rows.subList(end, rows.size()));
        rows.subList(end, rows.size()).clear();
        float spacingAfter = table.spacingAfter();
        table.setSpacingAfter(0); // the next part follows at once
        table.setComplete(false);
        table.setSplitLate(!tall);
        document.add(table);
        table.setSpacingBefore(0);
        table.setSpacingAfter(spacingAfter);
        table.getRows().addAll(kept); // a new list: letting go of laid-out rows replaces it
        table.calculateHeights(true);
    }
}
