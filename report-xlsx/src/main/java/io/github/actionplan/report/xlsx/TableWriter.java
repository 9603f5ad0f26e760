package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a table section: its caption, a bold header row, one row per table row, then its total
 * row, bold under a rule. The header and rows are an Excel table ({@link NamedTables}), so that
 * a screen reader names each cell's column and each table filters on its own; the total row is
 * right under it, outside, so that sorting and filtering leave it last. A table alone on its sheet
 * also gets panes frozen below the header and its header row repeated on every printed page; a
 * sheet allows one of each, so tables that share a sheet (an action plan's chapters) go without.
 * A table longer than a sheet goes on over as many sheets as it needs, each with the caption and
 * header again.
 */
final class TableWriter {

    /**
     * The tallest the rows above the data may be for the panes to freeze below the header, in
     * points: frozen rows never scroll, so a taller block would leave no room for the data.
     */
    static final double FREEZE_LIMIT = 240;
    /**
     * The width of a character of table text, in character widths (a digit of the default font,
     * the unit of a column's width): a bold header's letters average a little under a digit's
     * width in Calibri and its metric twin Carlito, capitals more; this errs wide, so no word breaks.
     */
    static final double CHARACTER_WIDTH = 1.1;
    /** What a cell's padding takes of a column, in character widths. */
    static final double CELL_PADDING = 1;
    /** What a step in from the left ({@link Styles#apart}) takes of a column, in character widths. */
    static final double INDENT = 1.5;
    /** How much wider than its characters at {@link #CHARACTER_WIDTH} a line is given room for, as core gives it. */
    static final double LINE_ROOM = 1.1;

    private final Styles styles;
    private final CellWriter cells;
    private final TypedValues typed;
    private final NamedTables named;

    TableWriter(Styles styles, CellWriter cells, TypedValues typed, NamedTables named) {
        this.styles = styles;
        this.cells = cells;
        this.typed = typed;
        this.named = named;
    }

    /**
     * The widths of a sheet that holds {@code tables}, in character widths. Its columns are those
     * core works out for its table of the most columns (the first of those) across
     * {@code available}, widened where another table's longest word needs more, so that no table
     * breaks a word; on a sheet of one table, they are that table's.
     */
    static double[] widths(List<Section.Table> tables, double available) {
        Section.Table grid = tables.get(0);
        for (Section.Table table : tables) {
            if (table.columns().size() > grid.columns().size()) {
                grid = table;
            }
        }
        Section.Table chosen = grid;
        return widened(grid.columnWidths(available, CHARACTER_WIDTH, CELL_PADDING),
                tables.stream().filter(table -> table != chosen).toList(), available);
    }

    /** The width {@code table} needs for none of the words core keeps whole to break, in character widths. */
    static double wordsWidth(Section.Table table) {
        return table.wordsWidth(CHARACTER_WIDTH, CELL_PADDING);
    }

    /**
     * {@code widths}, each column widened where one of {@code tables} needs more for its longest
     * word, so that no table breaks a word; where even the longest words do not fit, no more than
     * the table's own share of {@code available}, as core works it out. A table of more columns
     * than {@code widths} adds its own widths for the columns beyond them.
     */
    static double[] widened(double[] widths, List<Section.Table> tables, double available) {
        double[] wide = widths.clone();
        for (Section.Table table : tables) {
            double[] own = table.columnWidths(available, CHARACTER_WIDTH, CELL_PADDING);
            if (own.length > wide.length) {
                int had = wide.length;
                wide = Arrays.copyOf(wide, own.length);
                System.arraycopy(own, had, wide, had, own.length - had);
            }
            for (int i = 0; i < own.length; i++) {
                double word = table.columns().get(i).minimumCharacters() * CHARACTER_WIDTH + CELL_PADDING;
                wide[i] = Math.max(wide[i], Math.min(word, own[i]));
            }
        }
        return wide;
    }

    /**
     * {@code widths}, shared out among {@code tables}, which share the sheet's one grid of columns, so that each has
     * the room its own lines need as far as the sheet allows: the key facts' details beside their short labels over a
     * status table whose wide first column holds short labels. A table needs in a column the width at which none of
     * its lines there wraps (its header may take two lines), no more than core gives the column across
     * {@code available}. Where the columns cannot give every table that, those wider than any table needs give what
     * they have beyond it to those that lack, in proportion to what they lack (core's rule for one table's columns,
     * that none is wider than its longest line needs while another could use the room); where they can, every column
     * is what it needs and a like share of the rest, so no short label is left beside a wide empty column. No column
     * is narrowed below what a table needs in it, and the widths keep their sum, so the sheet prints as wide as
     * before. Not merged cells, which a wider column of the grid would otherwise need: an Excel table holds none
     * (Excel repairs a file that has one by removing the table), and every table here is one, for a screen reader.
     */
    static double[] shared(double[] widths, List<Section.Table> tables, double available) {
        double[] needed = new double[widths.length];
        boolean[] reached = new boolean[widths.length];
        for (Section.Table table : tables) {
            double[] own = table.columnWidths(available, CHARACTER_WIDTH, CELL_PADDING);
            for (int c = 0; c < Math.min(own.length, widths.length); c++) {
                needed[c] = Math.max(needed[c], need(table, c, own[c]));
                reached[c] = true;
            }
        }
        for (int c = 0; c < widths.length; c++) {
            // a column none of the tables reaches neither gives nor takes
            needed[c] = reached[c] ? needed[c] : widths[c];
        }
        double lacking = 0;
        double spare = 0;
        for (int c = 0; c < widths.length; c++) {
            lacking += Math.max(0, needed[c] - widths[c]);
            spare += Math.max(0, widths[c] - needed[c]);
        }
        double[] shared = new double[widths.length];
        if (lacking >= spare) {
            // not room for all: what columns spare goes to those that lack, in proportion to what they lack
            for (int c = 0; c < widths.length; c++) {
                double gap = needed[c] - widths[c];
                shared[c] = gap > 0 ? widths[c] + gap * spare / lacking : needed[c];
            }
            return spare > 0 ? shared : widths.clone();
        }
        // room for all: what no table needs is shared in proportion to what they need, not left beside a short label
        double total = 0;
        double neededTotal = 0;
        for (int c = 0; c < widths.length; c++) {
            total += reached[c] ? widths[c] : 0;
            neededTotal += reached[c] ? needed[c] : 0;
        }
        for (int c = 0; c < widths.length; c++) {
            shared[c] = reached[c] ? needed[c] * total / neededTotal : widths[c];
        }
        return shared;
    }

    /**
     * The width column {@code c} of {@code table} needs for none of its words to break and none of its lines to
     * wrap, its header allowed two lines, at {@link #CHARACTER_WIDTH} a character and a tenth more, as core gives a
     * line room: bold text and a font wider than Calibri's (LibreOffice's stand-in where Carlito is missing) still
     * fit. No more than {@code own}, what core gives the column.
     */
    private static double need(Section.Table table, int c, double own) {
        Column column = table.columns().get(c);
        int line = Math.max(column.minimumCharacters(), (CellSizes.widestLine(column.header()) + 1) / 2);
        for (List<Cell> row : table.rows()) {
            line = Math.max(line, CellSizes.widestLine(row.get(c).text()));
        }
        if (table.totalRow().isPresent()) {
            line = Math.max(line, CellSizes.widestLine(table.totalRow().get().get(c).text()));
        }
        return Math.min(own, line * CHARACTER_WIDTH * LINE_ROOM + CELL_PADDING + (besideFigure(table, c) ? INDENT : 0));
    }

    /**
     * Writes {@code table} at the cursor: the caption, the header, the rows and the total row;
     * {@code name} names its Excel table; {@code alone} where it is the only table on its sheet,
     * to freeze and repeat its header.
     */
    void write(SheetCursor cursor, Section.Table table, String name, boolean alone) throws InterruptedIOException {
        write(cursor, table, name, alone, false, false);
    }

    /**
     * Writes {@code table} as {@link #write(SheetCursor, Section.Table, String, boolean)} does;
     * {@code rowHeaders} where each row's first cell heads the row, which is then bold, and its
     * Excel table has the "First Column" option, the nearest a workbook comes to a row header;
     * {@code whole} to print it on one page where it fits on one, as a few key facts and a status summary's counts do.
     */
    void write(SheetCursor cursor, Section.Table table, String name, boolean alone, boolean rowHeaders, boolean whole)
            throws InterruptedIOException {
        int headerRow = start(cursor, table, alone);
        double above = cursor.heightAbove();
        List<List<Cell>> rows = table.rows().isEmpty()
                // an Excel table has a row under its header: this one's is empty
                ? List.of(Collections.nCopies(table.columns().size(), Cell.empty())) : table.rows();
        int total = table.totalRow().isPresent() ? 1 : 0;
        for (int i = 0; i < rows.size(); i++) {
            // A table of thousands of rows is most of a render's time.
            Cancellation.checkInterrupted();
            boolean last = i == rows.size() - 1;
            if (cursor.rowsLeft() < (last ? 1 + total : 1)) {
                finish(cursor, table, name, headerRow, above, alone, rowHeaders, 0);
                cursor.continueOnNewSheet();
                headerRow = start(cursor, table, alone);
                above = cursor.heightAbove();
            }
            if (whole && (!last || total > 0)) {
                cursor.keepWithNext();
            }
            row(cursor, table, rows.get(i), false, rowHeaders);
        }
        // The total row is the Excel table's totals row, inside it, as HTML's tfoot and PDF's last TR are.
        table.totalRow().ifPresent(cellsOfRow -> row(cursor, table, cellsOfRow, true, rowHeaders));
        finish(cursor, table, name, headerRow, above, alone, rowHeaders, total);
    }

    /**
     * Whether {@code table}'s title, as its heading or caption, is written on the sheet above it: not where it is data
     * alone on its sheet, which then starts at its header row, the title naming the sheet and the Excel table, so
     * that a query on the sheet or a CSV of it reads the table alone (run 135 #4).
     */
    static boolean titledOnSheet(Section.Table table, boolean alone) {
        return !(table.data() && alone);
    }

    /**
     * Writes the caption, where core gives one (a title that is a heading is written before the table), and the
     * header row; returns the header row's index.
     */
    private int start(SheetCursor cursor, Section.Table table, boolean alone) {
        if (!table.caption().isEmpty() && titledOnSheet(table, alone)) {
            cursor.keepWithNext();
            cells.line(cursor, table.caption(), Styles.Kind.CAPTION);
        }
        cursor.keepWithNext();
        Row header = cursor.row();
        int lines = 1;
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            String shown = cells.text(header, i, column.header(),
                    styles.cell(Styles.Kind.HEADER, column.type().isFigure(), false));
            apart(header, table, i);
            lines = Math.max(lines, CellSizes.wrappedLines(shown, width(cursor, table, i), true));
        }
        cursor.fit(header, lines, 11);
        return header.getRowNum();
    }

    /**
     * Makes the header and the rows written since an Excel table; where the table is alone on the
     * sheet, freezes the panes below the header (unless what is above is too tall), repeats the
     * header on every printed page, and filters the rows where no Excel table does.
     */
    private void finish(SheetCursor cursor, Section.Table table, String name, int headerRow, double above,
            boolean alone, boolean rowHeaders, int totalRows) {
        Sheet sheet = cursor.sheet();
        int lastRow = cursor.rowIndex() - 1;
        // a header that only just fitted at the foot of a full sheet heads no rows there
        boolean excelTable = lastRow - totalRows > headerRow && named.define(sheet.getSheetName(), headerRow,
                lastRow, table.headers(), name, rowHeaders, totalRows == 1 ? Optional.of(table.totalRow()
                .orElseThrow().getFirst().text()) : Optional.empty());
        if (!alone) {
            return;
        }
        if (above <= FREEZE_LIMIT) {
            sheet.createFreezePane(0, headerRow + 1);
        }
        if (!excelTable) { // the filter's rows are the body's, not the total's
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow - totalRows, 0, table.columns().size() - 1));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Writes one row of the table, as tall as its wrapped text needs; its first cell bold where it heads the row. */
    private void row(SheetCursor cursor, Section.Table table, List<Cell> cellsOfRow, boolean total,
            boolean rowHeaders) {
        Row row = cursor.row();
        int lines = 1;
        for (int i = 0; i < cellsOfRow.size(); i++) {
            Cell cell = cellsOfRow.get(i);
            boolean right = table.columns().get(i).type().isFigure();
            boolean heads = rowHeaders && i == 0 && cell instanceof Cell.TextCell;
            double width = width(cursor, table, i);
            lines = Math.max(lines, heads ? cells.lines(row, i, cell.text(), styles.cell(Styles.Kind.LABEL, right,
                    total), width, true, table.data()) : write(row, i, cell, right, total, width, table.data()));
            apart(row, table, i);
        }
        // LibreOffice does not fit imported rows to wrapped text, so every row says how tall it is
        cursor.height(row, CellSizes.rowHeight(lines, 11));
    }

    /** Whether column {@code i} is aligned left beside a figure aligned right, from which it is to keep apart. */
    private static boolean besideFigure(Section.Table table, int i) {
        return i > 0 && table.columns().get(i - 1).type().isFigure() && !table.columns().get(i).type().isFigure();
    }

    /** The room for text in column {@code i}, in character widths: less its padding, and a step in beside a figure. */
    private static double width(SheetCursor cursor, Section.Table table, int i) {
        return cursor.width(i) - CELL_PADDING - (besideFigure(table, i) ? INDENT : 0);
    }

    /** The kind of date cell that shows {@code date} as {@code text}, where one does. */
    private Optional<Styles.Kind> dateKind(LocalDate date, String text) {
        return typed.showsDate(date, text) ? Optional.of(Styles.Kind.DATE)
                : typed.showsPaddedDate(date, text) ? Optional.of(Styles.Kind.PADDED_DATE) : Optional.empty();
    }

    /** Steps cell {@code i} of {@code row} in from a figure beside it, as {@link Styles#apart} says why. */
    private void apart(Row row, Section.Table table, int i) {
        if (besideFigure(table, i) && row.getCell(i) != null) {
            row.getCell(i).setCellStyle(styles.apart(row.getCell(i).getCellStyle()));
        }
    }

    /**
     * Writes one cell: a date (a timescale that is one too), percentage or count as a value where its number format
     * shows exactly the cell's text, a status as its lines on its fill, narrative with its emphasis, anything else as
     * its text.
     * Returns the lines the cell shows, {@code width} character widths wide.
     */
    private int write(Row row, int index, Cell cell, boolean right, boolean total, double width, boolean whole) {
        return switch (cell) {
            case Cell.EmptyCell empty -> {
                row.createCell(index).setCellStyle(styles.cell(Styles.Kind.CELL_TEXT, right, total));
                yield 1;
            }
            case Cell.DateCell date -> typed.showsDate(date.date(), date.text())
                    ? value(row, index, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date.date()), date.text(),
                            Styles.Kind.DATE, right, total, width)
                    : text(row, index, cell, right, total, width, whole);
            // A deadline the plan wrote as a date ("30 Mar 2023", "01 Jun 2023") is that date, to sort and filter as
            // one (run 132 #5, run 134 #6)
            case Cell.TimescaleCell timescale when timescale.dueText().isEmpty() && timescale.dueDate().isPresent() -> {
                LocalDate due = timescale.dueDate().get();
                Optional<Styles.Kind> kind = dateKind(due, timescale.words());
                yield kind.isPresent() ? value(row, index, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(due),
                        timescale.words(), kind.get(), right, total, width)
                        : text(row, index, cell, right, total, width, whole);
            }
            case Cell.PercentCell percent -> {
                double fraction = percent.fraction().doubleValue();
                // 99.6%, shown 99% as only complete work is 100%, would show as 100% in a spreadsheet: the cell
                // holds the whole percent core shows, still a number to sort, filter and add up, not text
                double shown = percent.rounded() / 100.0;
                yield typed.shows(fraction, Styles.PERCENT_FORMAT, percent.text())
                        ? value(row, index, fraction, percent.text(), Styles.Kind.PERCENT, right, total, width)
                        : typed.shows(shown, Styles.PERCENT_FORMAT, percent.text())
                        ? value(row, index, shown, percent.text(), Styles.Kind.PERCENT, right, total, width)
                        : text(row, index, cell, right, total, width, whole);
            }
            case Cell.NumberCell number -> typed.shows(number.value(), Styles.NUMBER_FORMAT, number.text())
                    ? value(row, index, number.value(), number.text(), Styles.Kind.NUMBER, right, total, width)
                    : text(row, index, cell, right, total, width, whole);
            case Cell.StatusCell status -> statusLines(cells.status(row, index, status, styles.status(status.fill(),
                    status.textColour(), total), total), status, width, total);
            case Cell.NarrativeCell narrative -> cells.narrative(row, index, narrative.narrative(),
                    styles.cell(Styles.Kind.CELL_TEXT, right, total), width, total, whole);
            default -> text(row, index, cell, right, total, width, whole);
        };
    }

    /**
     * The lines a status takes, in lines of 11-point text: its label bold, its note regular and its reason in
     * {@link Styles#STATUS_REASON_POINTS}, as {@link CellWriter#status} sets them; all of {@code shown} bold in a total
     * row.
     */
    private static int statusLines(String shown, Cell.StatusCell status, double width, boolean total) {
        if (total || !shown.equals(status.text())) {
            return CellSizes.wrappedLines(shown, width, true);
        }
        int reason = status.reason().map(r -> CellSizes.wrappedLines(r, SheetCursor.charsPerLine(width,
                Styles.STATUS_REASON_POINTS), false)).orElse(0);
        return CellSizes.wrappedLines(status.label(), width, true) + status.note().map(n -> CellSizes.wrappedLines(n,
                width, false)).orElse(0) + (int) Math.ceil(reason * CellSizes.lineHeight(Styles.STATUS_REASON_POINTS)
                / CellSizes.lineHeight(11));
    }

    private int text(Row row, int index, Cell cell, boolean right, boolean total, double width, boolean whole) {
        return cells.lines(row, index, cell.text(), styles.cell(Styles.Kind.CELL_TEXT, right, total), width, total,
                whole);
    }

    /** Writes {@code value}, which its format shows as {@code text}; returns the lines that text takes. */
    private int value(Row row, int index, double value, String text, Styles.Kind kind, boolean right, boolean total,
            double width) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(index);
        c.setCellValue(value);
        c.setCellStyle(styles.cell(kind, right, total));
        return CellSizes.wrappedLines(text, width, total);
    }
}
