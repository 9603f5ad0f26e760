package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.CellSizes;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where the next row of a sheet goes, and how wide the sheet's columns are, so that text
 * spanning them can be wrapped and its row given a height. A sheet that runs out of rows
 * continues on a new sheet with the same columns. Every row says how tall it is, so the cursor
 * knows where the printed pages break: a heading, a table's caption and its header row go on the
 * next page with the first row they head (a page break before them) where they would otherwise
 * end a page, as PDF and DOCX keep them.
 */
final class SheetCursor {

    /** The width Excel gives a column nobody set, in character widths. */
    static final double DEFAULT_WIDTH = 8.43;
    /** The height Excel gives a row nobody set, in points. */
    static final double DEFAULT_HEIGHT = 15;
    /**
     * The height of a row skipped, as under a chart, in points: LibreOffice's for a row of no height of its own, as
     * the charts were drawn at before rows said their height, and a page holds them in either spreadsheet.
     */
    static final double SKIPPED_HEIGHT = 12.75;
    /** The most page breaks Excel allows a sheet across its rows. */
    static final int MOST_BREAKS = 1026;
    /** The most rows a sheet has. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final double[] widths;
    /** How many of the columns this cursor sets the width of: none where {@link #widths} is only a default. */
    private final int setColumns;
    private final int rowLimit;
    private final Supplier<Sheet> continuation;
    private Sheet sheet;
    private int next;
    private double heightAbove;
    private boolean blankLast = true;

    /** How tall a printed page's rows may be, in points of the sheet as it prints at its scale. */
    private final double pageHeight;
    /** How much of the printed page the rows so far fill, in points. */
    private double onPage;
    /** Whether the next row placed heads what comes after it, and is kept on a page with it. */
    private boolean keepNext;
    /** The first of the rows kept with the next one, or -1; how much of its page was filled above it; their height. */
    private int keptFrom = -1;
    private double keptTop;
    private double kept;
    /** The row of the rows kept with the next one that a page break was put before, or -1. */
    private int keptBreak = -1;
    /** The page breaks put on the sheet. */
    private int breaks;

    /**
     * @param sheet    the sheet
     * @param widths   the widths of the columns text may span, in character widths; the sheet's
     *                 columns are set to them
     * @param rowLimit     how many rows a sheet may have ({@link #MAX_ROWS} but in tests)
     * @param pageHeight   how tall the rows of a printed page may be, in points ({@link PageSetup#pageHeight})
     * @param continuation makes the (streamed) sheet to go on with when this one is full
     */
    SheetCursor(Sheet sheet, double[] widths, int rowLimit, double pageHeight, Supplier<Sheet> continuation) {
        this.sheet = sheet;
        this.pageHeight = pageHeight;
        // text needs a column to go in, even beside a table without columns
        this.widths = widths.length == 0 ? new double[] {DEFAULT_WIDTH} : widths.clone();
        this.setColumns = widths.length;
        this.rowLimit = rowLimit;
        this.continuation = continuation;
        setWidths(sheet);
    }

    private void setWidths(Sheet target) {
        for (int i = 0; i < setColumns; i++) {
            target.setColumnWidth(i, (int) Math.round(Math.min(255, widths[i]) * 256));
        }
        // the rest stay as the sheet has them
    }

    /** Whether the sheet has no row left: the next row goes on a new sheet. */
    boolean isFull() {
        return next >= rowLimit;
    }

    /** How many rows the sheet has left. */
    int rowsLeft() {
        return rowLimit - next;
    }

    /** Goes on at the top of a new sheet with the same column widths. */
    void continueOnNewSheet() {
        sheet = continuation.get();
        setWidths(sheet);
        next = 0;
        heightAbove = 0;
        blankLast = true;
        onPage = 0;
        keptFrom = -1;
        breaks = 0;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The index of the next row. */
    int rowIndex() {
        return next;
    }

    /** A new row at the cursor, moving it on, and on to a new sheet when this one is full. */
    Row row() {
        if (isFull()) {
            continueOnNewSheet();
        }
        blankLast = false;
        return sheet.createRow(next++);
    }

    /** Leaves one empty row, unless the last row is already empty or nothing has been written. */
    void gap() {
        if (!blankLast) {
            // as tall in LibreOffice as in Excel, which give a row of no height of its own 12.8 and 15 points
            if (next < rowLimit) { // past it, the next row goes on a new sheet, at its top
                sheet.createRow(next).setHeightInPoints((float) DEFAULT_HEIGHT);
            }
            place(next, next, DEFAULT_HEIGHT);
            next++;
            heightAbove += DEFAULT_HEIGHT;
            blankLast = true;
        }
    }

    /** Moves the cursor down {@code rows} rows, each {@link #SKIPPED_HEIGHT} tall, e.g. past a chart. */
    void skip(int rows) {
        for (int i = 0; i < rows && next + i < rowLimit; i++) {
            sheet.createRow(next + i).setHeightInPoints((float) SKIPPED_HEIGHT);
        }
        place(next, next + rows - 1, rows * SKIPPED_HEIGHT);
        next += rows;
        heightAbove += rows * SKIPPED_HEIGHT;
        blankLast = true;
    }

    /** Keeps the next row on a printed page with the row after it: it heads that row. */
    void keepWithNext() {
        keepNext = true;
    }

    /**
     * Counts rows {@code first} to {@code last}, {@code height} points together, onto the printed pages, with a page
     * break before them where they would run past a page's foot: each page ends where this count says, whatever the
     * spreadsheet's own count (LibreOffice's page holds some 25 points less than Excel's), so that the rows kept with
     * the next one can be. Where those and the next would run past a page's foot and fit on a page of their own, the
     * break goes before the first of them instead.
     */
    private void place(int first, int last, double height) {
        if (keepNext) {
            keepNext = false;
            if (keptFrom < 0) {
                keptFrom = first;
                keptTop = onPage;
                kept = 0;
                keptBreak = -1;
            }
            kept += height;
            if (advance(first, height)) {
                keptBreak = first;
            }
            return;
        }
        double together = kept + height;
        if (keptFrom >= 0 && keptTop > 0 && keptTop + together > pageHeight && together <= pageHeight) {
            if (keptBreak >= 0) {
                sheet.removeRowBreak(keptBreak - 1);
                breaks--;
            }
            breakBefore(keptFrom);
            onPage = together;
        } else {
            advance(first, height);
        }
        keptFrom = -1;
    }

    /** Counts {@code height} points from row {@code first} onto the page, or a new one after a break; whether so. */
    private boolean advance(int first, double height) {
        if (onPage > 0 && onPage + height > pageHeight && breakBefore(first)) {
            onPage = height;
            return true;
        }
        onPage += height;
        return false;
    }

    /**
     * A page break before row {@code row}, where the sheet may have another (Excel allows {@link #MOST_BREAKS}); past
     * them the spreadsheet breaks the pages itself.
     */
    private boolean breakBefore(int row) {
        if (breaks >= MOST_BREAKS) {
            return false;
        }
        sheet.setRowBreak(row - 1);
        breaks++;
        return true;
    }

    /** How many columns text spans. */
    int span() {
        return widths.length;
    }

    /** The width of a column, in character widths. */
    double width(int column) {
        return column < widths.length ? widths[column] : DEFAULT_WIDTH;
    }

    /** The width of columns {@code from} to the last spanned column together. */
    double widthFrom(int from) {
        return from >= widths.length ? DEFAULT_WIDTH : Arrays.stream(widths, from, widths.length).sum();
    }

    /** Merges {@code row}'s cells from column {@code from} to the last spanned column, where that is more than one. */
    void spanFrom(Row row, int from) {
        if (widths.length - 1 > from) {
            merge(row, from, widths.length - 1);
        }
    }

    /**
     * Merges {@code row}'s cells {@code from} to {@code to}. Regions made here are one row each and
     * never overlap, so POI's check against every region before (quadratic on a sheet of a
     * national plan's chapters) is skipped.
     */
    void merge(Row row, int from, int to) {
        row.getSheet().addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }

    /**
     * Gives {@code row} the height of {@code lines} lines of {@code points}-point text. Neither Excel
     * nor LibreOffice fits a merged cell's row to its text, so rows with spanning text say how tall
     * they are; the estimate comes from the text alone, so it is the same on every machine.
     */
    void fit(Row row, int lines, int points) {
        float height = CellSizes.rowHeight(lines, points);
        height(row, height);
        heightAbove += height;
    }

    /** Gives {@code row} a height of {@code points}, counted onto the printed pages. */
    void height(Row row, float points) {
        row.setHeightInPoints(points);
        place(row.getRowNum(), row.getRowNum(), points);
    }

    /** The total (estimated) height of the rows written so far, in points. */
    double heightAbove() {
        return heightAbove;
    }


    /** How many characters of {@code points}-point text fit in {@code width} character widths of 11-point text. */
    static double charsPerLine(double width, int points) {
        return width * 11.0 / points;
    }
}
