package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a developer would write with POI SXSSF directly to get the same workbook as report-xlsx:
 * an ordinary first sheet with the title, key facts and status counts; a lone table on a streamed
 * sheet of its own (100-row window, compressed temporary files, no shared strings table) with a
 * bold shaded header row, frozen panes, an autofilter, repeated print titles; several tables (an
 * action plan's chapters) one after another on one streamed "Chapters" sheet with the text
 * around them, each with its caption and header row; fixed column widths, typed cells (dates, percentages and counts as numbers, timescales with a due-date
 * column, statuses as words on their fill), wrapped top-aligned text and row heights from the
 * number of wrapped lines; the legend on a sheet of its own.
 *
 * <p>Left out, as one-off costs or rare cases: the status chart, document properties,
 * reproducible zip timestamps, text longer than a cell holds, formula-like text and the
 * {@code _xHHHH_} escape.
 */
public final class XlsxBaseline {

    private XlsxBaseline() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, false);
        workbook.setZip64Mode(Zip64Mode.AsNeeded);
        try {
            new Writer(workbook).report(report);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static final class Writer {
        private static final float LINE = (float) Math.ceil(11 * 1.36);

        private final SXSSFWorkbook workbook;
        private final XSSFWorkbook plain;
        private final XSSFCellStyle header;
        private final XSSFCellStyle text;
        private final XSSFCellStyle bold;
        private final XSSFCellStyle date;
        private final XSSFCellStyle percent;
        private final XSSFCellStyle number;
        private final Map<String, XSSFCellStyle> statuses = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        private boolean tablesBegun;
        /** Where a report of several tables (an action plan's chapters) writes them all, one after another. */
        private Sheet chapters;
        private double[] chapterWidths;
        private int chaptersNext;

        Writer(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            this.plain = workbook.getXSSFWorkbook();
            header = style();
            header.setFont(font(true, null));
            fill(header, Colour.parse("#D9D9D9"));
            header.setBorderBottom(BorderStyle.THIN);
            text = style();
            bold = style();
            bold.setFont(font(true, null));
            date = style();
            date.setDataFormat(plain.createDataFormat().getFormat("yyyy-mm-dd"));
            percent = style();
            percent.setDataFormat(plain.createDataFormat().getFormat("0%"));
            number = style();
            number.setDataFormat(plain.createDataFormat().getFormat("0"));
        }

        void report(Report report) {
            Sheet first = plain.createSheet(name("Overview"));
            first.setColumnWidth(0, 40 * 256);
            first.setColumnWidth(1, 12 * 256);
            first.setColumnWidth(2, 12 * 256);
            first.setColumnWidth(3, 40 * 256);
            int[] next = {0};
            line(first, next, report.title(), bold);
            line(first, next, report.subtitle(), text);
            List<String[]> pending = new ArrayList<>();
            List<Section.Table> tables = report.sections().stream()
                    .filter(Section.Table.class::isInstance).map(Section.Table.class::cast).toList();
            if (tables.size() > 1) {
                chapterWidths = new double[0];
                for (Section.Table t : tables) {
                    double[] w = widths(t);
                    if (w.length > chapterWidths.length) {
                        chapterWidths = java.util.Arrays.copyOf(chapterWidths, w.length);
                    }
                    for (int i = 0; i < w.length; i++) {
                        chapterWidths[i] = Math.max(chapterWidths[i], w[i]);
                    }
                }
                chapters = workbook.createSheet(name("Chapters"));
                for (int i = 0; i < chapterWidths.length; i++) {
                    chapters.setColumnWidth(i, (int) Math.round(chapterWidths[i] * 256));
                }
                print(chapters, tables.stream().anyMatch(Section.Table::wide));
            }
            for (Section section : report.sections()) {
                switch (section) {
                    case Section.KeyFacts k when !tablesBegun -> {
                        for (Section.KeyFact fact : k.facts()) {
                            Row row = first.createRow(next[0]++);
                            cell(row, 0, fact.label(), bold);
                            cell(row, 1, fact.value(), text);
                        }
                    }
                    case Section.StatusSummary s when !tablesBegun -> {
                        line(first, next, s.title(), bold);
                        Row head = first.createRow(next[0]++);
                        for (int i = 0; i < 3; i++) {
                            cell(head, i, s.headers().get(i), header);
                        }
                        for (Section.StatusCount count : s.counts()) {
                            Row row = first.createRow(next[0]++);
                            cell(row, 0, count.label(), status(count.fill(), count.textColour()));
                            row.createCell(1).setCellValue(count.count());
                            row.getCell(1).setCellStyle(number);
                            row.createCell(2).setCellValue(count.share().doubleValue());
                            row.getCell(2).setCellStyle(percent);
                        }
                        line(first, next, s.description(), text);
                    }
                    case Section.Table t -> {
                        tablesBegun = true;
                        table(t, pending);
                        pending.clear();
                    }
                    case Section.Legend l -> {
                        if (chapters != null) {
                            chaptersNext = lines(chapters, chaptersNext, pending, chapterWidths);
                            pending.clear();
                        }
                        legend(l);
                    }
                    default -> lines(section, pending);
                }
            }
        }

        /**
         * Headings, key facts and text between tables go above the next table: a row per heading,
         * fact, paragraph or list item, label and value in cells of their own, text across the
         * table's width.
         */
        private static void lines(Section section, List<String[]> out) {
            switch (section) {
                case Section.Heading h -> out.add(new String[] {h.text()});
                case Section.KeyFacts k -> k.facts().forEach(f -> out.add(new String[] {f.label(), f.value()}));
                case Section.NarrativeText n -> blocks(n.narrative().blocks(), out);
                case Section.StatusSummary s -> out.add(new String[] {s.description()});
                default -> { }
            }
        }

        private static void blocks(List<io.github.actionplan.report.Block> blocks, List<String[]> out) {
            for (io.github.actionplan.report.Block block : blocks) {
                switch (block) {
                    case io.github.actionplan.report.Block.Paragraph p -> out.add(new String[] {p.text()});
                    case io.github.actionplan.report.Block.BulletList l -> l.items().forEach(item -> item(item, "\u2022 ", out));
                    case io.github.actionplan.report.Block.NumberedList l -> {
                        for (int i = 0; i < l.items().size(); i++) {
                            item(l.items().get(i), l.number(i) + ". ", out);
                        }
                    }
                }
            }
        }

        private static void item(io.github.actionplan.report.Block.ListItem item, String marker, List<String[]> out) {
            List<io.github.actionplan.report.Block> blocks = item.blocks();
            if (!blocks.isEmpty() && blocks.get(0) instanceof io.github.actionplan.report.Block.Paragraph p) {
                out.add(new String[] {marker + p.text()});
                blocks(blocks.subList(1, blocks.size()), out);
            } else {
                out.add(new String[] {marker});
                blocks(blocks, out);
            }
        }

        /** The sheet columns' widths: a timescale column is followed by its due date's. */
        private static double[] widths(Section.Table table) {
            List<Double> widths = new ArrayList<>();
            for (Column column : table.columns()) {
                widths.add(Math.max(12, Math.min(90, 10 * column.width())) + 2.0);
                if (column.type() == Column.ColumnType.TIMESCALE) {
                    widths.add(12.0);
                }
            }
            return widths.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private void table(Section.Table table, List<String[]> intro) {
            if (chapters != null) {
                int r = lines(chapters, chaptersNext, intro, chapterWidths);
                chaptersNext = rows(chapters, r + 1, table, chapterWidths)[1];
                return;
            }
            Sheet sheet = workbook.createSheet(name(table.title()));
            double[] widths = widths(table);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
            }
            int r = lines(sheet, 0, intro, widths);
            int[] rows = rows(sheet, r, table, widths);
            int headerRow = rows[0];
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rows[1] - 1), 0, widths.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            print(sheet, table.wide());
        }

        /** Headings, facts and text as rows from {@code r}, text across the columns; returns the next row. */
        private int lines(Sheet sheet, int r, List<String[]> lines, double[] widths) {
            double across = java.util.Arrays.stream(widths).sum();
            for (String[] line : lines) {
                Row row = sheet.createRow(r++);
                int last = line.length - 1;
                if (last > 0) {
                    cell(row, 0, line[0], bold);
                }
                cell(row, last, line[last], text);
                if (widths.length - 1 > last) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), last, widths.length - 1));
                }
                row.setHeightInPoints(Math.min(409, lines(line[last], across) * LINE));
            }
            return r;
        }

        /** The caption, header and rows of {@code table} from row {@code r}; returns the header's row and the next row. */
        private int[] rows(Sheet sheet, int r, Section.Table table, double[] widths) {
            List<Column> columns = table.columns();
            List<Integer> sources = new ArrayList<>();
            List<Boolean> due = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                sources.add(j);
                due.add(false);
                if (columns.get(j).type() == Column.ColumnType.TIMESCALE) {
                    sources.add(j);
                    due.add(true);
                }
            }
            cell(sheet.createRow(r++), 0, table.title(), bold);
            Row head = sheet.createRow(r++);
            for (int i = 0; i < sources.size(); i++) {
                Column column = columns.get(sources.get(i));
                cell(head, i, due.get(i) ? column.header() + " \u2013 due date" : column.header(), header);
            }
            int headerRow = head.getRowNum();
            for (List<Cell> cells : table.rows()) {
                Row row = sheet.createRow(r++);
                int lines = 1;
                for (int i = 0; i < sources.size(); i++) {
                    Cell cell = cells.get(sources.get(i));
                    if (due.get(i)) {
                        if (cell instanceof Cell.TimescaleCell t && t.dueDate().isPresent()) {
                            row.createCell(i).setCellValue(t.dueDate().get());
                            row.getCell(i).setCellStyle(date);
                        } else {
                            row.createCell(i).setCellStyle(text);
                        }
                        continue;
                    }
                    switch (cell) {
                        case Cell.DateCell d -> {
                            row.createCell(i).setCellValue(d.date());
                            row.getCell(i).setCellStyle(date);
                        }
                        case Cell.PercentCell p -> {
                            row.createCell(i).setCellValue(p.fraction().doubleValue());
                            row.getCell(i).setCellStyle(percent);
                        }
                        case Cell.NumberCell n -> {
                            row.createCell(i).setCellValue(n.value());
                            row.getCell(i).setCellStyle(number);
                        }
                        case Cell.StatusCell s -> cell(row, i, s.text(), status(s.fill(), s.textColour()));
                        case Cell.EmptyCell e -> row.createCell(i).setCellStyle(text);
                        default -> {
                            String shown = cell.text();
                            cell(row, i, shown, text);
                            lines = Math.max(lines, lines(shown, widths[i] - 1));
                        }
                    }
                }
                row.setHeightInPoints(Math.min(409, lines * LINE));
            }
            return new int[] {headerRow, r};
        }

        private void legend(Section.Legend legend) {
            Sheet sheet = workbook.createSheet(name(legend.title()));
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 80 * 256);
            int r = 0;
            cell(sheet.createRow(r++), 0, legend.title(), bold);
            Row head = sheet.createRow(r++);
            for (int i = 0; i < 3; i++) {
                cell(head, i, legend.headers().get(i), header);
            }
            for (Section.LegendEntry entry : legend.entries()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, entry.colourName(), text);
                cell(row, 1, entry.label(), status(entry.fill(), entry.textColour()));
                cell(row, 2, entry.meaning(), text);
            }
            print(sheet, false);
        }

        private static void print(Sheet sheet, boolean wide) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(wide);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        private static int lines(String text, double width) {
            double perLine = Math.max(1, width * 1.2);
            int lines = 0;
            int start = 0;
            for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
                int length = (end < 0 ? text.length() : end) - start;
                lines += Math.max(1, (int) Math.ceil(length / perLine));
                if (end < 0) {
                    return lines;
                }
                start = end + 1;
            }
        }

        private static void line(Sheet sheet, int[] next, String value, XSSFCellStyle style) {
            cell(sheet.createRow(next[0]++), 0, value, style);
        }

        private static void cell(Row row, int column, String value, XSSFCellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private String name(String title) {
            String base = WorkbookUtil.createSafeSheetName(title);
            String name = base;
            for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            return name;
        }

        private XSSFCellStyle style() {
            XSSFCellStyle style = plain.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            return style;
        }

        private XSSFCellStyle status(Colour fill, Colour ink) {
            return statuses.computeIfAbsent(fill.hex() + ink.hex(), k -> {
                XSSFCellStyle style = style();
                style.setFont(font(true, ink));
                fill(style, fill);
                return style;
            });
        }

        private XSSFFont font(boolean isBold, Colour colour) {
            XSSFFont font = plain.createFont();
            font.setFontHeightInPoints((short) 11);
            font.setBold(isBold);
            if (colour != null) {
                font.setColor(new XSSFColor(java.util.HexFormat.of().parseHex(colour.hex()), null));
            }
            return font;
        }

        private static void fill(XSSFCellStyle style, Colour colour) {
            style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(colour.hex()), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
