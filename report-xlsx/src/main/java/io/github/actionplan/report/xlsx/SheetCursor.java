package io.github.actionplan.report.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where the next row of a sheet goes, and how wide the sheet's columns are, so that text
 * spanning them can be wrapped and its row given a height.
 */
final class SheetCursor {

    /** Excel's tallest row. */
    static final double MAX_ROW_POINTS = 409;
    /** The width Excel gives a column nobody set, in character widths. */
    static final double DEFAULT_WIDTH = 8.43;

    private final Sheet sheet;
    private final boolean richText;
    private final double[] widths;
    private int next;
    private double heightAbove;
    private boolean blankLast = true;

    /**
     * @param sheet    the sheet
     * @param richText whether the sheet keeps rich text (a streamed sheet writes plain inline strings)
     * @param widths   the widths of the columns text may span, in character widths; the sheet's
     *                 columns are set to them
     */
    SheetCursor(Sheet sheet, boolean richText, double[] widths) {
        this.sheet = sheet;
        this.richText = richText;
        // text needs a column to go in, even beside a table without columns
        this.widths = widths.length == 0 ? new double[] {DEFAULT_WIDTH} : widths.clone();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (int) Math.round(Math.min(255, widths[i]) * 256));
        }
        // the rest stay as the sheet has them
    }

    Sheet sheet() {
        return sheet;
    }

    boolean richText() {
        return richText;
    }

    /** The index of the next row. */
    int rowIndex() {
        return next;
    }

    /** A new row at the cursor, moving it on. */
    Row row() {
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
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, widths.length - 1));
        }
    }

    /**
     * Gives {@code row} the height of {@code lines} lines of {@code points}-point text. Neither Excel
     * nor LibreOffice fits a merged cell's row to its text, so rows with spanning text say how tall
     * they are; the estimate comes from the text alone, so it is the same on every machine.
     */
    void fit(Row row, int lines, int points) {
        double height = Math.min(MAX_ROW_POINTS, Math.max(1, lines) * lineHeight(points));
        row.setHeightInPoints((float) height);
        heightAbove += height;
    }

    /** The total (estimated) height of the rows written so far, in points. */
    double heightAbove() {
        return heightAbove;
    }

    static double lineHeight(int points) {
        return Math.ceil(points * 1.36);
    }

    /** How many characters of {@code points}-point text fit in {@code width} character widths of 11-point text. */
    static double charsPerLine(double width, int points) {
        return width * 11.0 / points;
    }
}
