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
 * continues on a new sheet with the same columns.
 */
final class SheetCursor {

    /** The width Excel gives a column nobody set, in character widths. */
    static final double DEFAULT_WIDTH = 8.43;
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

    /**
     * @param sheet    the sheet
     * @param widths   the widths of the columns text may span, in character widths; the sheet's
     *                 columns are set to them
     * @param rowLimit     how many rows a sheet may have ({@link #MAX_ROWS} but in tests)
     * @param continuation makes the (streamed) sheet to go on with when this one is full
     */
    SheetCursor(Sheet sheet, double[] widths, int rowLimit, Supplier<Sheet> continuation) {
        this.sheet = sheet;
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
            next++;
            heightAbove += 15;
            blankLast = true;
        }
    }

    /** Moves the cursor down {@code rows} rows, e.g. past a chart. */
    void skip(int rows) {
        next += rows;
        heightAbove += rows * 15;
        blankLast = true;
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
        row.setHeightInPoints(height);
        heightAbove += height;
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
