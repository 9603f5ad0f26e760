package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * What a developer would write with POI XWPF directly to get the same document as report-docx:
 * the same paragraphs in the same styles (report-docx's own styles part, loaded the same way),
 * chapters under level-1 headings, the same tables with core's column widths, grid, borders,
 * header shading, repeated header row and a bold total row under a rule, status cells on their
 * fill with the bold coloured label, the note on its own line and the reason in small type,
 * narrative as paragraphs and numbered or bulleted lists, and a new section wherever the
 * chapters' orientation changes.
 *
 * <p>Left out, as one-off costs that do not grow with the rows: the status chart, the page
 * header and footer, the logo, document properties, compatibility settings and the reproducible zip
 * timestamps.
 */
public final class DocxBaseline {

    private static final String FILL = "F3F2F1";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    /** 0.7 em of the 9-point table font in twips, as report-docx sizes columns. */
    private static final double CHARACTER_WIDTH = 0.7 * 9 * 20;
    private static final double CELL_PADDING = 2 * 85 + 2 * 10;
    private static final byte[] STYLES = styles();

    private DocxBaseline() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc).report(report);
            doc.write(out);
        }
    }

    private static byte[] styles() {
        try (InputStream in = DocxBaseline.class.getResourceAsStream("/io/github/actionplan/report/docx/styles.xml")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XWPFDocument doc;
        private final XWPFNumbering numbering;
        private long nextList = 1;
        private boolean landscape;

        Writer(XWPFDocument doc) {
            this.doc = doc;
            if (STYLES != null) {
                try {
                    doc.createStyles().setStyles(StylesDocument.Factory.parse(new ByteArrayInputStream(STYLES),
                            POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles());
                } catch (XmlException | IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            numbering = doc.createNumbering();
            numbering.addAbstractNum(new XWPFAbstractNum(listDefinition(0, true), numbering));
            numbering.addAbstractNum(new XWPFAbstractNum(listDefinition(1, false), numbering));
        }

        void report(Report report) {
            List<Chapter> chapters = report.chapters();
            landscape = !chapters.isEmpty() && chapters.getFirst().orientation() == Orientation.LANDSCAPE;
            paragraph("Title", report.title(), false);
            if (!report.subtitle().isEmpty()) {
                paragraph("Subtitle", report.subtitle(), false);
            }
            for (Chapter chapter : chapters) {
                boolean turn = chapter.orientation() == Orientation.LANDSCAPE;
                if (turn != landscape) {
                    XWPFParagraph carrier = doc.createParagraph();
                    carrier.setStyle("SectionBreak");
                    carrier.getCTP().addNewPPr().setSectPr(page(CTSectPr.Factory.newInstance(), landscape));
                    landscape = turn;
                }
                if (!chapter.heading().isEmpty()) {
                    paragraph("Heading1", chapter.heading(), false);
                }
                chapter.sections().forEach(this::section);
            }
            page(doc.getDocument().getBody().addNewSectPr(), landscape);
        }

        private void section(Section section) {
            switch (section) {
                case Section.Heading h -> paragraph("Heading" + h.level(), h.text(), false);
                case Section.KeyFacts k -> table(k.table());
                case Section.StatusSummary s -> {
                    paragraph("Caption", s.title(), false);
                    paragraph("ChartDescription", s.description(), false);
                    table(s.table());
                }
                case Section.Table t -> table(t);
                case Section.NarrativeText n -> blocks(doc::createParagraph, n.narrative().blocks(), 0, "Normal", "ListParagraph");
                default -> section.fallback().forEach(this::section);
            }
        }

        private void table(Section.Table section) {
            if (!section.title().isEmpty()) {
                paragraph("Caption", section.title(), false);
            }
            List<Column> columns = section.columns();
            int[] widths = widths(section);
            XWPFTable table = table(widths);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < columns.size(); c++) {
                shade(header.getCell(c));
                XWPFParagraph p = first(header.getCell(c), "TableHeading");
                align(p, columns.get(c).type());
                run(p, columns.get(c).header(), false, false, null);
            }
            for (List<Cell> cells : section.rows()) {
                XWPFTableRow row = row(table, widths);
                for (int c = 0; c < cells.size(); c++) {
                    cell(row.getCell(c), cells.get(c), columns.get(c).type(), false);
                }
            }
            section.totalRow().ifPresent(cells -> {
                XWPFTableRow row = row(table, widths);
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    CTBorder rule = cell.getCTTc().getTcPr().addNewTcBorders().addNewTop();
                    rule.setVal(STBorder.SINGLE);
                    rule.setSz(BigInteger.valueOf(12));
                    rule.setColor("0B0C0C");
                    cell(cell, cells.get(c), columns.get(c).type(), true);
                }
            });
        }

        private void cell(XWPFTableCell cell, Cell content, Column.ColumnType type, boolean bold) {
            switch (content) {
                case Cell.NarrativeCell n -> {
                    if (n.narrative().isEmpty()) {
                        first(cell, "TableText");
                    } else {
                        blocks(inCell(cell), n.narrative().blocks(), 0, "TableText", "TableText");
                    }
                }
                case Cell.StatusCell s -> {
                    cell.setColor(s.fill().hex());
                    String ink = s.textColour().hex();
                    run(first(cell, "TableText"), s.label(), true, false, ink);
                    s.note().ifPresent(note -> {
                        XWPFParagraph p = cell.addParagraph();
                        p.setStyle("TableText");
                        run(p, note, false, false, ink);
                    });
                    s.reason().ifPresent(reason -> {
                        XWPFParagraph p = cell.addParagraph();
                        p.setStyle("CellNote");
                        run(p, reason, false, false, ink);
                    });
                }
                case Cell.TimescaleCell t -> {
                    run(first(cell, "TableText"), t.words(), bold, false, null);
                    if (!t.dueText().isEmpty()) {
                        XWPFParagraph due = cell.addParagraph();
                        due.setStyle("CellNote");
                        run(due, t.dueText(), bold, false, null);
                    }
                }
                default -> {
                    XWPFParagraph p = first(cell, "TableText");
                    align(p, type);
                    if (!content.text().isEmpty()) {
                        run(p, content.text(), bold, false, null);
                    }
                }
            }
        }

        /** Narrative blocks into the paragraphs {@code next} gives. */
        private void blocks(Supplier<XWPFParagraph> next, List<Block> blocks, int level, String style, String listStyle) {
            for (Block block : blocks) {
                switch (block) {
                    case Block.Paragraph p -> {
                        XWPFParagraph paragraph = next.get();
                        paragraph.setStyle(style);
                        if (level > 0) {
                            paragraph.setIndentationLeft(360 * level);
                        }
                        inlines(paragraph, p.inlines());
                    }
                    case Block.BulletList l -> items(next, l.items(), list(0, level, 1), level, listStyle);
                    case Block.NumberedList l -> items(next, l.items(), list(1, level, l.start()), level, listStyle);
                }
            }
        }

        private void items(Supplier<XWPFParagraph> next, List<Block.ListItem> items, BigInteger numId, int level, String style) {
            for (Block.ListItem item : items) {
                XWPFParagraph marked = next.get();
                marked.setStyle(style);
                marked.setNumID(numId);
                marked.setNumILvl(BigInteger.valueOf(level));
                int rest = 0;
                if (!item.blocks().isEmpty() && item.blocks().get(0) instanceof Block.Paragraph p) {
                    inlines(marked, p.inlines());
                    rest = 1;
                }
                blocks(next, item.blocks().subList(rest, item.blocks().size()), level + 1, style, style);
            }
        }

        private static void inlines(XWPFParagraph paragraph, List<Inline> inlines) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Inline.Span s -> run(paragraph, s.text(), s.strong(), s.emphasis(), null);
                    case Inline.LineBreak b -> paragraph.createRun().addBreak();
                }
            }
        }

        /** The cell's first, empty paragraph, then new ones. */
        private static Supplier<XWPFParagraph> inCell(XWPFTableCell cell) {
            boolean[] used = {false};
            return () -> {
                if (used[0]) {
                    return cell.addParagraph();
                }
                used[0] = true;
                return cell.getParagraphs().get(0);
            };
        }

        private BigInteger list(int definition, int level, int start) {
            BigInteger id = BigInteger.valueOf(nextList++);
            // addNum(XWPFNum) is quadratic in the lists (it counts the w:num elements each time)
            numbering.addNum(BigInteger.valueOf(definition), id);
            var override = numbering.getNums().getLast().getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
            return id;
        }

        private static CTAbstractNum listDefinition(int id, boolean bullets) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.valueOf(id));
            for (int level = 0; level < 9; level++) {
                CTLvl lvl = definition.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(bullets ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(bullets ? "\u2022" : "%" + (level + 1) + ".");
                var ind = lvl.addNewPPr().addNewInd();
                ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
                ind.setHanging(BigInteger.valueOf(360));
            }
            return definition;
        }

        private void paragraph(String style, String text, boolean bold) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            run(p, text, bold, false, null);
        }

        private static XWPFParagraph text(XWPFTableCell cell, String text, boolean bold, String colour) {
            XWPFParagraph p = first(cell, "TableText");
            run(p, text, bold, false, colour);
            return p;
        }

        private static void right(XWPFParagraph p) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }

        private static void align(XWPFParagraph p, Column.ColumnType type) {
            if (type.isFigure()) {
                right(p);
            }
        }

        private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, String colour) {
            XWPFRun run = p.createRun();
            if (bold) {
                run.setBold(true);
            }
            if (italic) {
                run.setItalic(true);
            }
            if (colour != null) {
                run.setColor(colour);
            }
            // Line feeds become breaks, as Word needs.
            int from = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
                run.setText(text.substring(from, i), run.getCTR().sizeOfTArray());
                run.addBreak();
                from = i + 1;
            }
            run.setText(text.substring(from), run.getCTR().sizeOfTArray());
        }

        private static XWPFParagraph first(XWPFTableCell cell, String style) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            return p;
        }

        private static void shade(XWPFTableCell cell) {
            cell.setColor(FILL);
        }

        private int usable() {
            return (landscape ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN;
        }

        /** Core's column widths: each column at least as wide as its longest word. */
        private int[] widths(Section.Table table) {
            return whole(table.columnWidths(usable(), CHARACTER_WIDTH, CELL_PADDING));
        }

        /** Whole twips, the last column taking what rounding leaves. */
        private int[] whole(double[] exact) {
            int[] widths = new int[exact.length];
            int used = 0;
            for (int i = 0; i < exact.length - 1; i++) {
                widths[i] = (int) exact[i];
                used += widths[i];
            }
            widths[exact.length - 1] = usable() - used;
            return widths;
        }

        private XWPFTable table(int[] widths) {
            XWPFTable table = doc.createTable(1, widths.length);
            CTTblPr pr = table.getCTTbl().getTblPr();
            pr.addNewTblStyle().setVal("TableGrid");
            CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
            pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
            for (CTBorder b : new CTBorder[] {
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
                b.setVal(STBorder.SINGLE);
                b.setSz(BigInteger.valueOf(4));
                b.setSpace(BigInteger.ZERO);
                b.setColor("B1B4B6");
            }
            CTTblGrid grid = table.getCTTbl().getTblGrid();
            if (grid == null) {
                grid = table.getCTTbl().addNewTblGrid();
            }
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            widths(table.getRow(0), widths);
            return table;
        }

        /**
         * A new row of empty cells. Not {@code table.createRow()}, which counts the table's rows
         * in the XML on every call (quadratic in a long table); the row goes straight into the XML.
         */
        private static XWPFTableRow row(XWPFTable table, int[] widths) {
            XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
            for (int c = 0; c < widths.length; c++) {
                row.createCell();
            }
            widths(row, widths);
            return row;
        }

        private static void widths(XWPFTableRow row, int[] widths) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }

        private static CTSectPr page(CTSectPr section, boolean landscape) {
            var size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
            size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            var margins = section.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(MARGIN);
            margins.setTop(margin);
            margins.setBottom(margin);
            margins.setLeft(margin);
            margins.setRight(margin);
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);
            return section;
        }
    }
}
