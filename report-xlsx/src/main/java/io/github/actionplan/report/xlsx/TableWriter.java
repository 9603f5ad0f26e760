package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.PageSize;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a table section on a sheet of its own: what introduces it, its caption, a bold header
 * row with frozen panes below it and an autofilter, one typed row per table row, then what
 * follows it. Printed, the header row repeats on every page and a wide table is landscape.
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
    private final PageSize pageSize;

    TableWriter(Styles styles, CellWriter cells, Flow flow, PageSize pageSize) {
        this.styles = styles;
        this.cells = cells;
        this.flow = flow;
        this.pageSize = pageSize;
    }

    void write(Sheet sheet, Section.Table table, List<Section> intro, List<Section> outro) {
        List<SheetColumns.SheetColumn> columns = SheetColumns.of(table);
        double[] widths = columns.stream().mapToDouble(SheetColumns.SheetColumn::width).toArray();
        SheetCursor cursor = new SheetCursor(sheet, false, widths);
        flow.write(cursor, intro);
        if (!intro.isEmpty()) {
            cursor.gap();
        }
        flow.line(cursor, table.title(), Styles.Kind.CAPTION);
        if (columns.isEmpty()) {
            // nothing to head, filter or freeze: the caption is the whole table
            printSetup(sheet, pageSize, table.wide());
            flow.write(cursor, outro);
            return;
        }

        Row header = cursor.row();
        int headerLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            SheetColumns.SheetColumn column = columns.get(i);
            String shown = cells.text(header, i, column.header(), styles.of(Styles.Kind.HEADER));
            headerLines = Math.max(headerLines, Texts.wrappedLines(shown, column.width() - 1));
        }
        cursor.fit(header, headerLines, 11);
        int headerRow = header.getRowNum();

        for (List<Cell> cellsOfRow : table.rows()) {
            Row row = cursor.row();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                SheetColumns.SheetColumn column = columns.get(i);
                String shown = write(row, i, column.part(), cellsOfRow.get(column.source()));
                lines = Math.max(lines, Texts.wrappedLines(shown, column.width() - 1));
            }
            // LibreOffice does not fit imported rows to wrapped text, so every row says how tall it is
            row.setHeightInPoints((float) Math.min(SheetCursor.MAX_ROW_POINTS, lines * SheetCursor.lineHeight(11)));
        }
        int lastRow = Math.max(headerRow, cursor.rowIndex() - 1);

        if (cursor.heightAbove() <= FREEZE_LIMIT) {
            sheet.createFreezePane(0, headerRow + 1);
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        printSetup(sheet, pageSize, table.wide());

        flow.write(cursor, outro);
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
