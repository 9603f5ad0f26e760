package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.PageSize;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a table section: its caption, a bold header row, one typed row per table row. A table
 * alone on its sheet also gets panes frozen below the header, an autofilter, and its header row
 * repeated on every printed page; a sheet allows one of each, so tables that share a sheet (an
 * action plan's chapters) go without. A table longer than a sheet goes on over as many sheets as
 * it needs, each with the caption and header again.
 */
final class TableWriter {

    /**
     * The tallest the rows above the data may be for the panes to freeze below the header, in
     * points: frozen rows never scroll, so a taller block would leave no room for the data.
     */
    static final double FREEZE_LIMIT = 240;

    /** Excel's earliest date in its default (1900) date system; anything earlier is written as text. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 3, 1);

    private final Styles styles;
    private final CellWriter cells;
    private final Flow flow;

    TableWriter(Styles styles, CellWriter cells, Flow flow) {
        this.styles = styles;
        this.cells = cells;
        this.flow = flow;
    }

    /** The widths of a sheet that holds tables of these columns: for each column, the widest any of them needs there. */
    static double[] widths(Collection<List<SheetColumns.SheetColumn>> tables) {
        double[] widths = new double[0];
        for (List<SheetColumns.SheetColumn> columns : tables) {
            if (columns.size() > widths.length) {
                widths = Arrays.copyOf(widths, columns.size());
            }
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = Math.max(widths[i], columns.get(i).width());
            }
        }
        return widths;
    }

    /**
     * Writes {@code table}, whose sheet columns are {@code columns}, alone on the cursor's sheet, with
     * what introduces it above and what follows it below.
     */
    void write(SheetCursor cursor, Section.Table table, List<SheetColumns.SheetColumn> columns, List<Section> intro,
            List<Section> outro) {
        flow.write(cursor, intro);
        write(cursor, table, columns, true);
        flow.write(cursor, outro);
    }

    /**
     * Writes {@code table}, whose sheet columns are {@code columns}, at the cursor: the caption, the
     * header and the rows; {@code alone} where it is the only table on its sheet, to freeze, filter
     * and repeat its header.
     */
    void write(SheetCursor cursor, Section.Table table, List<SheetColumns.SheetColumn> columns, boolean alone) {
        cursor.gap();
        flow.line(cursor, table.title(), Styles.Kind.CAPTION);
        if (columns.isEmpty()) {
            // nothing to head, filter or freeze: the caption is the whole table
            return;
        }
        int headerRow = header(cursor, columns);
        for (List<Cell> cellsOfRow : table.rows()) {
            if (cursor.isFull()) {
                if (alone) {
                    finish(cursor, headerRow, columns.size());
                }
                cursor.continueOnNewSheet();
                flow.line(cursor, table.title(), Styles.Kind.CAPTION);
                headerRow = header(cursor, columns);
            }
            Row row = cursor.row();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                SheetColumns.SheetColumn column = columns.get(i);
                String shown = write(row, i, column.part(), cellsOfRow.get(column.source()));
                lines = Math.max(lines, Texts.wrappedLines(shown, cursor.width(i) - 1));
            }
            // LibreOffice does not fit imported rows to wrapped text, so every row says how tall it is
            row.setHeightInPoints((float) Math.min(SheetCursor.MAX_ROW_POINTS, lines * SheetCursor.lineHeight(11)));
        }
        if (alone) {
            finish(cursor, headerRow, columns.size());
        }
    }

    /** Writes the header row; returns its index. */
    private int header(SheetCursor cursor, List<SheetColumns.SheetColumn> columns) {
        Row header = cursor.row();
        int headerLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            String shown = cells.text(header, i, columns.get(i).header(), styles.of(Styles.Kind.HEADER));
            headerLines = Math.max(headerLines, Texts.wrappedLines(shown, cursor.width(i) - 1));
        }
        cursor.fit(header, headerLines, 11);
        return header.getRowNum();
    }

    /** Freezes the panes below the header, filters the rows written and repeats the header on every printed page. */
    private static void finish(SheetCursor cursor, int headerRow, int columnCount) {
        Sheet sheet = cursor.sheet();
        int lastRow = Math.max(headerRow, cursor.rowIndex() - 1);
        if (cursor.heightAbove() <= FREEZE_LIMIT) {
            sheet.createFreezePane(0, headerRow + 1);
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columnCount - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Writes one sheet cell of a table row; returns the text it shows ("" for numbers and dates). */
    private String write(Row row, int index, SheetColumns.Part part, Cell cell) {
        return switch (part) {
            case VALUE -> value(row, index, cell);
            case DUE_DATE -> {
                if (cell instanceof Cell.TimescaleCell timescale && timescale.dueDate().isPresent()) {
                    yield date(row, index, timescale.dueDate().get(), timescale.dueText());
                }
                row.createCell(index).setCellStyle(styles.of(Styles.Kind.CELL_TEXT));
                yield "";
            }
            case REASON -> {
                if (cell instanceof Cell.StatusCell status) {
                    yield cells.text(row, index, status.reason(), styles.of(Styles.Kind.CELL_TEXT));
                }
                row.createCell(index).setCellStyle(styles.of(Styles.Kind.CELL_TEXT));
                yield "";
            }
        };
    }

    private String value(Row row, int index, Cell cell) {
        return switch (cell) {
            case Cell.EmptyCell empty -> {
                row.createCell(index).setCellStyle(styles.of(Styles.Kind.CELL_TEXT));
                yield "";
            }
            case Cell.TextCell text -> cells.text(row, index, text.text(), styles.of(Styles.Kind.CELL_TEXT));
            case Cell.NarrativeCell narrative -> cells.text(row, index, narrative.text(), styles.of(Styles.Kind.CELL_TEXT));
            case Cell.TimescaleCell timescale -> cells.text(row, index, timescale.text(), styles.of(Styles.Kind.CELL_TEXT));
            case Cell.DateCell date -> date(row, index, date.date(), date.text());
            case Cell.PercentCell percent -> {
                org.apache.poi.ss.usermodel.Cell c = row.createCell(index);
                c.setCellValue(percent.fraction().doubleValue());
                c.setCellStyle(styles.of(Styles.Kind.PERCENT));
                yield "";
            }
            case Cell.NumberCell number -> {
                org.apache.poi.ss.usermodel.Cell c = row.createCell(index);
                c.setCellValue(number.value());
                c.setCellStyle(styles.of(Styles.Kind.NUMBER));
                yield "";
            }
            case Cell.StatusCell status ->
                    cells.text(row, index, status.text(), styles.status(status.fill(), status.textColour()));
        };
    }

    private String date(Row row, int index, LocalDate date, String text) {
        if (date.isBefore(EARLIEST_DATE)) {
            return cells.text(row, index, text, styles.of(Styles.Kind.CELL_TEXT));
        }
        org.apache.poi.ss.usermodel.Cell c = row.createCell(index);
        c.setCellValue(date);
        c.setCellStyle(styles.of(Styles.Kind.DATE));
        return "";
    }

    /** Prints on the report's paper, one page wide, turned for a wide table. */
    static void printSetup(Sheet sheet, PageSize pageSize, boolean wide) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(pageSize == PageSize.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        print.setLandscape(wide);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
