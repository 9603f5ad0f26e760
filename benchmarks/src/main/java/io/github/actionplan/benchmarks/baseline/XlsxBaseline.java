package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
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
 * an ordinary first sheet with the title, key facts and the status summary's words and table; a
 * table of a chapter without a heading (the summary's, the legend's) on a streamed sheet of its own
 * (100-row window, compressed temporary files, no shared strings table) with a bold shaded header
 * row, frozen panes, an autofilter, repeated print titles; the chapters with a heading (an action
 * plan's) one after another on one streamed "Chapters" sheet, each under its heading with its
 * facts, text and tables; core's column widths, typed cells (dates, percentages and counts as
 * numbers, statuses as their lines on their fill), a bold total row under a rule, wrapped
 * top-aligned text and row heights from the number of wrapped lines; each sheet printed the way
 * up its chapters are.
 *
 * <p>Left out, as one-off costs or rare cases: the status chart, the logo, document properties,
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
        /** The width an A4 sheet prints at before scaling, in character widths, as report-xlsx sizes columns. */
        private static final double PORTRAIT = 93;
        private static final double LANDSCAPE = 140;
        private static final double CHARACTER_WIDTH = 1.1;
        private static final double CELL_PADDING = 1;
        private static final double LABEL_WIDTH = 24;

        private final SXSSFWorkbook workbook;
        private final XSSFWorkbook plain;
        private final XSSFCellStyle header;
        private final XSSFCellStyle text;
        private final XSSFCellStyle bold;
        private final XSSFCellStyle total;
        private final XSSFCellStyle totalFigure;
        private final XSSFCellStyle date;
        private final XSSFCellStyle percent;
        private final XSSFCellStyle number;
        private final Map<String, XSSFCellStyle> statuses = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        /** The sheet being written, its column widths and its next row. */
        private Sheet sheet;
        private double[] widths;
        private int next;
        /** The sheet that the chapters with a heading share, while it is the one being written. */
        private Sheet chapters;
        private Orientation chaptersOrientation;

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
            total = style();
            total.setFont(font(true, null));
            total.setBorderTop(BorderStyle.MEDIUM);
            totalFigure = style();
            totalFigure.setFont(total.getFont());
            totalFigure.setBorderTop(BorderStyle.MEDIUM);
            totalFigure.setAlignment(HorizontalAlignment.RIGHT);
            date = style();
            date.setDataFormat(plain.createDataFormat().getFormat("[$-809]d mmm yyyy"));
            percent = style();
            percent.setDataFormat(plain.createDataFormat().getFormat("0%"));
            number = style();
            number.setDataFormat(plain.createDataFormat().getFormat("0"));
        }

        /**
         * The title and what comes before the first table on an ordinary first sheet; a table in a
         * chapter without a heading (the summary's, the legend's) on a streamed sheet of its own,
         * with what follows it up to the next table; chapters with a heading one after another on
         * one streamed "Chapters" sheet.
         */
        void report(Report report) {
            List<Chapter> all = report.chapters();
            Orientation first = all.isEmpty() ? Orientation.PORTRAIT : all.getFirst().orientation();
            List<Section> opening = new ArrayList<>();
            scan:
            for (Chapter chapter : all) {
                for (Section section : known(chapter.sections())) {
                    if (!chapter.heading().isEmpty() || section instanceof Section.Table) {
                        break scan;
                    }
                    opening.add(section);
                }
            }
            open(plain.createSheet(name("Overview")), tables(opening), first);
            line(report.title(), bold);
            if (!report.subtitle().isEmpty()) {
                line(report.subtitle(), text);
            }
            for (Chapter chapter : all) {
                List<Section> sections = known(chapter.sections());
                if (!chapter.heading().isEmpty()) {
                    if (sheet != chapters || chaptersOrientation != chapter.orientation()) {
                        chaptersOrientation = chapter.orientation();
                        List<Section.Table> tables = all.stream()
                                .filter(c -> !c.heading().isEmpty() && c.orientation() == chaptersOrientation)
                                .flatMap(c -> tables(known(c.sections())).stream()).toList();
                        chapters = workbook.createSheet(name("Chapters"));
                        open(chapters, tables, chaptersOrientation);
                    }
                    line(chapter.heading(), bold);
                    sections.forEach(this::section);
                    continue;
                }
                for (int i = 0; i < sections.size(); i++) {
                    if (sections.get(i) instanceof Section.Table table) {
                        // its sheet holds what follows it up to the next table
                        int end = i + 1;
                        while (end < sections.size() && !(sections.get(end) instanceof Section.Table)) {
                            end++;
                        }
                        List<Section.Table> tables = tables(sections.subList(i, end));
                        open(workbook.createSheet(name(table.title().isEmpty() ? "Table" : table.title())), tables,
                                chapter.orientation());
                        table(table, tables.size() == 1);
                    } else {
                        section(sections.get(i));
                    }
                }
            }
        }

        /** The sections, each of a type this baseline does not lay out itself replaced by its fallback. */
        private static List<Section> known(List<Section> sections) {
            List<Section> known = new ArrayList<>(sections.size());
            for (Section section : sections) {
                if (Section.isBasic(section) || section instanceof Section.KeyFacts
                        || section instanceof Section.StatusSummary) {
                    known.add(section);
                } else {
                    known.addAll(section.fallback());
                }
            }
            return known;
        }

        /** The tables among {@code sections}, a status summary's included. */
        private static List<Section.Table> tables(List<Section> sections) {
            List<Section.Table> tables = new ArrayList<>();
            for (Section section : sections) {
                if (section instanceof Section.Table t) {
                    tables.add(t);
                } else if (section instanceof Section.StatusSummary s) {
                    tables.add(s.table());
                }
            }
            return tables;
        }

        /** Makes {@code next} the sheet being written, its columns as wide as {@code tables} need. */
        private void open(Sheet next, List<Section.Table> tables, Orientation orientation) {
            double available = orientation == Orientation.LANDSCAPE ? LANDSCAPE : PORTRAIT;
            double[] own = tables.isEmpty() ? new double[] {LABEL_WIDTH, available - LABEL_WIDTH} : new double[0];
            for (Section.Table table : tables) {
                double[] w = table.columnWidths(available, CHARACTER_WIDTH, CELL_PADDING);
                if (w.length > own.length) {
                    own = Arrays.copyOf(own, w.length);
                }
                for (int i = 0; i < w.length; i++) {
                    own[i] = Math.max(own[i], w[i]);
                }
            }
            sheet = next;
            widths = own;
            this.next = 0;
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
            }
            print(sheet, orientation == Orientation.LANDSCAPE);
        }

        private void section(Section section) {
            switch (section) {
                case Section.Heading h -> line(h.text(), bold);
                case Section.KeyFacts k -> {
                    // The header row as the renderer writes it: the labels' header over the labels.
                    fact(new Section.KeyFact(k.labelHeader(), k.valueHeader()));
                    k.facts().forEach(this::fact);
                }
                case Section.StatusSummary s -> {
                    line(s.title(), bold);
                    line(s.description(), text);
                    table(s.table(), false);
                }
                case Section.Table t -> table(t, false);
                case Section.NarrativeText n -> blocks(n.narrative().blocks());
                default -> section.fallback().forEach(this::section);
            }
        }

        private void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                switch (block) {
                    case Block.Paragraph p -> line(p.text(), text);
                    case Block.BulletList l -> l.items().forEach(item -> item(item, "\u2022 "));
                    case Block.NumberedList l -> {
                        for (int i = 0; i < l.items().size(); i++) {
                            item(l.items().get(i), l.number(i) + ". ");
                        }
                    }
                }
            }
        }

        private void item(Block.ListItem item, String marker) {
            List<Block> blocks = item.blocks();
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
                line(marker + p.text(), text);
                blocks(blocks.subList(1, blocks.size()));
            } else {
                line(marker, text);
                blocks(blocks);
            }
        }

        /** A row of text across the sheet's columns, as tall as the wrapped text needs. */
        private void line(String value, XSSFCellStyle style) {
            Row row = sheet.createRow(next++);
            row.setHeightInPoints(Math.min(409, span(row, 0, value, style) * LINE));
        }

        /**
         * A key fact: its label in bold across the first columns up to {@link #LABEL_WIDTH}, so no
         * label breaks inside a word, and its value across the others.
         */
        private void fact(Section.KeyFact fact) {
            Row row = sheet.createRow(next++);
            int value = 1;
            for (double width = widths[0]; width < LABEL_WIDTH && value < widths.length - 1; value++) {
                width += widths[value];
            }
            if (value > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, value - 1));
            }
            cell(row, 0, fact.label(), bold);
            int lines = lines(fact.label(), Arrays.stream(widths, 0, value).sum() - 1, true);
            row.setHeightInPoints(Math.min(409, Math.max(lines, span(row, value, fact.value(), text)) * LINE));
        }

        /** {@code value} from column {@code first} across the rest; returns the lines it wraps to. */
        private int span(Row row, int first, String value, XSSFCellStyle style) {
            cell(row, first, value, style);
            if (widths.length - 1 > first) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, widths.length - 1));
            }
            return lines(value, Arrays.stream(widths, first, widths.length).sum() - 1, style == bold);
        }

        /**
         * The caption, the header and the rows of {@code table}, then its total row in bold under a
         * rule; {@code alone} on its sheet, with frozen panes, a filter and print titles.
         */
        private void table(Section.Table table, boolean alone) {
            List<Column> columns = table.columns();
            if (!table.title().isEmpty()) {
                line(table.title(), bold);
            }
            Row head = sheet.createRow(next++);
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                cell(head, i, columns.get(i).header(), header);
                lines = Math.max(lines, lines(columns.get(i).header(), widths[i] - 1, true));
            }
            head.setHeightInPoints(lines * LINE);
            int headerRow = head.getRowNum();
            for (List<Cell> cells : table.rows()) {
                row(cells, columns, false);
            }
            if (alone) {
                sheet.createFreezePane(0, headerRow + 1);
                sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns.size() - 1));
                sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            }
            table.totalRow().ifPresent(cells -> row(cells, columns, true));
        }

        /**
         * One row: dates, percentages and counts as values, statuses as their lines on their fill;
         * a total row as bold text, figures on the right.
         */
        private void row(List<Cell> cells, List<Column> columns, boolean isTotal) {
            Row row = sheet.createRow(next++);
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                switch (cell) {
                    case Cell.DateCell d when !isTotal -> {
                        row.createCell(i).setCellValue(d.date());
                        row.getCell(i).setCellStyle(date);
                    }
                    case Cell.PercentCell p when !isTotal -> {
                        row.createCell(i).setCellValue(p.fraction().doubleValue());
                        row.getCell(i).setCellStyle(percent);
                    }
                    case Cell.NumberCell n when !isTotal -> {
                        row.createCell(i).setCellValue(n.value());
                        row.getCell(i).setCellStyle(number);
                    }
                    default -> {
                        String shown = cell.text();
                        cell(row, i, shown, cell instanceof Cell.StatusCell s ? status(s.fill(), s.textColour())
                                : !isTotal ? text : columns.get(i).type().isFigure() ? totalFigure : total);
                        boolean inBold = cell instanceof Cell.StatusCell || isTotal;
                        lines = Math.max(lines, lines(shown, widths[i] - 1, inBold));
                    }
                }
            }
            row.setHeightInPoints(Math.min(409, lines * LINE));
        }

        private static void print(Sheet sheet, boolean landscape) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(landscape);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        /** About how many lines {@code text} wraps to: 1.2 characters to a unit of width, 1 in bold. */
        private static int lines(String text, double width, boolean inBold) {
            double perLine = Math.max(1, width * (inBold ? 1 : 1.2));
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
