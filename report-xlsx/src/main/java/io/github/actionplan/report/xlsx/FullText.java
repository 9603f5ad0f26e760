package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.report.LayoutWords;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The "Full text" sheet ({@link LayoutWords#fullText()}): every text too long for its cell, whole, in pieces a
 * cell can hold.
 * One row per piece: the cell the text belongs to (as a reference such as {@code 'Actions'!C5}),
 * which piece it is ("2 of 3"), and the piece. Read in row order, the pieces of one cell joined
 * are its text exactly. The sheet is made on first use, so most workbooks never have it.
 */
final class FullText {

    /**
     * The most a piece holds, escaped: far under a cell's 32,767, so that a piece fits in the
     * tallest row a spreadsheet draws (409 points, about 27 lines of {@link #TEXT_WIDTH}) and can
     * be read on the sheet and on paper, not only in the formula bar.
     */
    static final int PIECE = 3_500;
    /** The width of the text column, in character widths. */
    static final int TEXT_WIDTH = 120;

    /** Rows of the sheet, counted from 1 as a spreadsheet shows them. */
    record Rows(int first, int last) {}

    private final String name;
    private final LayoutWords words;
    /** The header row's texts. */
    private final List<String> headers;
    private final Function<String, Sheet> newSheet;
    private final Styles styles;
    private Sheet sheet;
    private int nextRow;

    /**
     * @param words    the report's words for the sheet: its headers and which piece a row holds
     * @param newSheet makes the sheet, set up to print, from its name
     */
    FullText(String name, LayoutWords words, Function<String, Sheet> newSheet, Styles styles) {
        this.name = name;
        this.words = words;
        this.headers = List.of(words.cell(), words.part(), words.text());
        this.newSheet = newSheet;
        this.styles = styles;
    }

    /** The sheet's name, reserved before any other sheet is named. */
    String name() {
        return name;
    }

    /** Whether any text needed the sheet. */
    boolean isUsed() {
        return sheet != null;
    }

    /** Writes {@code text}, which belongs in the cell {@code from}, in pieces; returns the rows they fill. */
    Rows add(String from, String text) {
        if (sheet == null) {
            start();
        }
        List<String> pieces = Texts.split(text, PIECE);
        int first = nextRow + 1;
        for (int i = 0; i < pieces.size(); i++) {
            Row row = sheet.createRow(nextRow++);
            plain(row.createCell(0), from, Styles.Kind.CELL_TEXT);
            plain(row.createCell(1), words.pieceOf(i + 1, pieces.size()), Styles.Kind.CELL_TEXT);
            plain(row.createCell(2), pieces.get(i), Styles.Kind.CELL_TEXT);
            row.setHeightInPoints(CellSizes.rowHeight(CellSizes.wrappedLines(pieces.get(i), TEXT_WIDTH - 1), 11));
        }
        return new Rows(first, nextRow);
    }

    private void start() {
        sheet = newSheet.apply(name);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, TEXT_WIDTH * 256);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            plain(header.createCell(i), headers.get(i), Styles.Kind.HEADER);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
    }

    /** Makes the sheet's rows, if there are any, an Excel table, so its header row is marked as one. */
    void finish(NamedTables named) {
        if (sheet != null) {
            named.define(name, 0, nextRow - 1, headers, name);
        }
    }

    /** Pieces fit by construction, so they skip the overflow check (which would recurse here). */
    private void plain(Cell cell, String text, Styles.Kind kind) {
        cell.setCellStyle(SpreadsheetCells.startsLikeFormula(text) ? styles.quoted(styles.of(kind)) : styles.of(kind));
        cell.setCellValue(SpreadsheetCells.escape(text));
    }
}
