package io.github.actionplan.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;

/**
 * How a table's rows break across pages, decided row by row: a row of at most a third of a page moves whole to the
 * next page where it does not fit, so that no reader finds a short row, or a status, cut in two; a taller row splits
 * where it falls, since moved whole it would leave most of a page blank. OpenPDF decides this per table
 * ({@code setSplitLate}), so the table is laid out in runs of rows of one kind, each added to the document as the
 * next part of one table: the parts follow one another without a gap, and the header rows repeat only on a new
 * page. A run is laid out every {@value #MOST_ROWS} rows too, so that a long table does not sit in memory whole.
 * Rows are never dropped: no table here is {@code setSplitRows(false)} (FORMATS.md).
 *
 * <p>Use: made once the header rows are added, {@link #rowAdded} after each row of the body, then {@link #finish}
 * once, instead of adding the table to the document. One instance per table.
 */
final class RowBreaks {

    /** Rows laid out at most at once. */
    private static final int MOST_ROWS = 100;

    private final Document document;
    private final PdfPTable table;
    private final float third;
    /** Whether the rows not yet laid out are taller than a third of a page; all are one kind or the other. */
    private boolean tall;
    /** Where the rows added since the last call start. */
    private int next;

    /** For {@code table}, whose total width is already set so that its rows' heights can be known. */
    RowBreaks(Document document, PdfPTable table) {
        this.document = document;
        this.table = table;
        this.third = (document.top() - document.bottom()) / 3;
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
            rowIsTall = table.getRowHeight(row) > third;
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
        table.setComplete(true);
        table.setSplitLate(!tall);
        document.add(table);
    }

    /**
     * Lays out the rows before {@code end} as a part of the table with more to come, keeping the others: OpenPDF
     * lays out every row a table holds, and then, for a table not complete, lets go of them.
     */
    private void layOut(int end) {
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
