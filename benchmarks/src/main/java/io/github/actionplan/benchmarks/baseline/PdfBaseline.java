package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * What a developer would write with OpenPDF's PdfPTable directly to get the same document as
 * report-pdf: Liberation Sans embedded as subsets in four faces, the title block, chapters under
 * level-1 headings, headings with bookmarks, key facts, the status summary's words and table,
 * every table with its caption, header row repeated on each page, core's column widths and a bold
 * total row under a rule, cells with the same padding, borders and fills, statuses as bold words
 * on their fill with the note on its own line and the reason in small type, narrative as
 * paragraphs and hanging-indent lists, long tables flushed every 100 rows, a new page wherever the
 * chapters' orientation changes, and the running header and "Page N of M" footer on every page.
 *
 * <p>Left out: the status chart (a one-off), the font fallback chain for characters Liberation
 * Sans lacks, the logo, tagging marks, XMP metadata and reproducible document ids.
 */
public final class PdfBaseline {

    private static final Color TEXT = new Color(0x0B0C0C);
    private static final Color MUTED = new Color(0x505A5F);
    private static final Color RULE = new Color(0xB1B4B6);
    private static final Color HEADER_FILL = new Color(0xE8EBEE);
    /** An average bold glyph of the 9-point table text, erring wide, as report-pdf sizes columns. */
    private static final float CHARACTER_WIDTH = 9 * 0.65f;
    /** A cell's left and right padding and its borders. */
    private static final float CELL_PADDING = 9;
    private static final byte[][] FACES = {
        font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"), font("LiberationSans-Italic.ttf"),
        font("LiberationSans-BoldItalic.ttf")};

    private PdfBaseline() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        // The title goes on the first chapter's first page, the way up that chapter is.
        boolean landscape = !report.chapters().isEmpty()
                && report.chapters().getFirst().orientation() == Orientation.LANDSCAPE;
        Document document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 50, 50, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        BaseFont[] faces = new BaseFont[4];
        for (int i = 0; i < 4; i++) {
            faces[i] = BaseFont.createFont("LiberationSans" + i + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FACES[i], null);
        }
        writer.setPageEvent(new Furniture(faces[0], report.title()));
        document.addTitle(report.metadata().title());
        document.addAuthor(report.metadata().author());
        document.open();
        new Writer(document, writer, faces, landscape).report(report);
        document.close();
        out.flush();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfBaseline.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("liberation/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final Document document;
        private final PdfWriter writer;
        private final BaseFont[] faces;
        private final PdfOutline[] outlines = new PdfOutline[4];
        private boolean landscape;
        private int destinations;

        Writer(Document document, PdfWriter writer, BaseFont[] faces, boolean landscape) {
            this.document = document;
            this.writer = writer;
            this.faces = faces;
            this.landscape = landscape;
        }

        void report(Report report) {
            outlines[0] = writer.getRootOutline();
            PdfPCell title = new PdfPCell();
            title.setBorder(Rectangle.BOTTOM);
            title.setBorderColor(RULE);
            title.setBorderWidth(1);
            title.setPaddingLeft(0);
            title.setPaddingBottom(10);
            title.addElement(paragraph(report.title(), 1, 20, TEXT));
            if (!report.subtitle().isEmpty()) {
                title.addElement(paragraph(report.subtitle(), 0, 12, MUTED));
            }
            PdfPTable block = full(1);
            block.addCell(title);
            document.add(block);
            for (Chapter chapter : report.chapters()) {
                boolean turn = chapter.orientation() == Orientation.LANDSCAPE;
                if (turn != landscape) {
                    document.setPageSize(turn ? PageSize.A4.rotate() : PageSize.A4);
                    document.newPage();
                    landscape = turn;
                }
                if (!chapter.heading().isEmpty()) {
                    heading(new Section.Heading(1, chapter.heading()));
                }
                chapter.sections().forEach(this::section);
            }
        }

        private void section(Section section) {
            switch (section) {
                case Section.Heading h -> heading(h);
                case Section.KeyFacts k -> table(k.table());
                case Section.StatusSummary s -> {
                    flow(List.of(paragraph(s.title(), 1, 11.5f, TEXT), paragraph(s.description(), 0, 10, TEXT)));
                    table(s.table());
                }
                case Section.Table t -> table(t);
                case Section.NarrativeText n -> {
                    PdfPCell cell = flowCell();
                    blocks(cell, n.narrative().blocks(), 0, 10, TEXT);
                    PdfPTable table = full(1);
                    table.setSplitLate(false);
                    table.addCell(cell);
                    table.setSpacingAfter(6);
                    document.add(table);
                }
                default -> section.fallback().forEach(this::section);
            }
        }

        private void heading(Section.Heading heading) {
            if (writer.getVerticalPosition(false) - document.bottom() < 90) {
                document.newPage();
            }
            float[] sizes = {16, 13, 11.5f};
            String name = "h" + (++destinations);
            Paragraph p = new Paragraph(sizes[heading.level() - 1] * 1.3f);
            Chunk chunk = new Chunk(heading.text(), font(1, sizes[heading.level() - 1], TEXT));
            chunk.setLocalDestination(name);
            p.add(chunk);
            flow(List.of(p));
            PdfOutline parent = outlines[heading.level() - 1];
            for (int level = heading.level() - 1; parent == null; level--) {
                parent = outlines[level];
            }
            outlines[heading.level()] = new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), heading.text());
            for (int level = heading.level() + 1; level < outlines.length; level++) {
                outlines[level] = null;
            }
        }

        private void table(Section.Table section) {
            List<Column> columns = section.columns();
            PdfPTable table = full(columns.size());
            double[] widths = section.columnWidths(document.right() - document.left(), CHARACTER_WIDTH, CELL_PADDING);
            float[] relative = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                relative[i] = (float) widths[i];
            }
            table.setWidths(relative);
            table.setSplitLate(false);
            table.setSpacingBefore(4);
            table.setSpacingAfter(12);
            boolean captioned = !section.title().isEmpty();
            if (captioned) {
                PdfPCell caption = new PdfPCell();
                caption.setColspan(columns.size());
                caption.setBorder(Rectangle.NO_BORDER);
                caption.setPaddingLeft(0);
                caption.setPaddingBottom(6);
                caption.addElement(paragraph(section.title(), 1, 11.5f, TEXT));
                table.addCell(caption);
            }
            table.setHeaderRows(section.rows().isEmpty() ? 0 : captioned ? 2 : 1);
            for (Column column : columns) {
                table.addCell(header(column.header(), align(column)));
            }
            List<List<Cell>> rows = section.rows();
            table.setComplete(rows.size() <= 100);
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    table.addCell(cell(cells.get(c), 0, align(columns.get(c))));
                }
                if (!table.isComplete() && (r + 1) % 100 == 0 && r + 1 < rows.size()) {
                    document.add(table);
                }
            }
            section.totalRow().ifPresent(cells -> {
                for (int c = 0; c < cells.size(); c++) {
                    PdfPCell total = cell(cells.get(c), 1, align(columns.get(c)));
                    total.setBorderWidthTop(1.5f);
                    total.setBorderColorTop(TEXT);
                    table.addCell(total);
                }
            });
            table.setComplete(true);
            document.add(table);
        }

        private static int align(Column column) {
            return column.type().isFigure() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }

        /** A body cell; {@code face} 1 (bold) in a total row. */
        private PdfPCell cell(Cell cell, int face, int alignment) {
            return switch (cell) {
                case Cell.EmptyCell e -> body(null, alignment);
                case Cell.NarrativeCell n -> {
                    PdfPCell c = body(null, alignment);
                    blocks(c, n.narrative().blocks(), 0, 9, TEXT);
                    yield c;
                }
                case Cell.TimescaleCell t -> {
                    PdfPCell c = body(paragraph(t.words(), face, 9, TEXT), alignment);
                    if (!t.dueText().isEmpty()) {
                        c.addElement(paragraph(t.dueText(), face, 8, MUTED));
                    }
                    yield c;
                }
                case Cell.StatusCell s -> {
                    Color ink = new Color(s.textColour().rgb());
                    PdfPCell c = body(paragraph(s.label(), 1, 9, ink), alignment);
                    c.setBackgroundColor(new Color(s.fill().rgb()));
                    s.note().ifPresent(note -> c.addElement(paragraph(note, 0, 9, ink)));
                    s.reason().ifPresent(reason -> {
                        Paragraph p = paragraph(reason, 0, 8, ink);
                        p.setSpacingBefore(2);
                        c.addElement(p);
                    });
                    yield c;
                }
                default -> body(paragraph(cell.text(), face, 9, TEXT), alignment);
            };
        }

        private void blocks(PdfPCell cell, List<Block> blocks, float indent, float size, Color colour) {
            for (Block block : blocks) {
                switch (block) {
                    case Block.Paragraph p -> {
                        Paragraph paragraph = inlines(p.inlines(), size, colour);
                        paragraph.setIndentationLeft(indent);
                        paragraph.setSpacingAfter(size * 0.4f);
                        cell.addElement(paragraph);
                    }
                    case Block.BulletList l -> list(cell, false, 1, l.items(), indent, size, colour);
                    case Block.NumberedList l -> list(cell, true, l.start(), l.items(), indent, size, colour);
                }
            }
        }

        private void list(PdfPCell cell, boolean numbered, int start, List<Block.ListItem> items, float indent,
                float size, Color colour) {
            float markerWidth = numbered
                    ? faces[0].getWidthPoint((start + items.size() - 1) + ".", size) + size * 0.6f : size * 1.2f;
            float textIndent = indent + size * 0.6f + markerWidth;
            for (int i = 0; i < items.size(); i++) {
                List<Block> blocks = items.get(i).blocks();
                int rest = 0;
                Paragraph first;
                if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
                    first = inlines(p.inlines(), size, colour);
                    rest = 1;
                } else {
                    first = new Paragraph(size * 1.3f);
                }
                first.add(0, new Chunk(numbered ? (start + i) + "." : "\u2022", font(0, size, colour)));
                Chunk tab = new Chunk(new VerticalPositionMark(), textIndent);
                tab.setFont(font(0, size, colour));
                first.add(1, tab);
                first.setIndentationLeft(textIndent);
                first.setFirstLineIndent(-markerWidth);
                first.setSpacingAfter(size * 0.25f);
                cell.addElement(first);
                blocks(cell, blocks.subList(rest, blocks.size()), textIndent, size, colour);
            }
        }

        private Paragraph inlines(List<Inline> inlines, float size, Color colour) {
            Paragraph paragraph = new Paragraph(size * 1.3f);
            for (Inline inline : inlines) {
                switch (inline) {
                    case Inline.Span s -> paragraph.add(new Chunk(s.text(),
                            font((s.strong() ? 1 : 0) + (s.emphasis() ? 2 : 0), size, colour)));
                    case Inline.LineBreak b -> paragraph.add(new Chunk("\n", font(0, size, colour)));
                }
            }
            return paragraph;
        }

        private Paragraph paragraph(String text, int face, float size, Color colour) {
            Paragraph paragraph = new Paragraph(size * 1.3f);
            paragraph.add(new Chunk(text, font(face, size, colour)));
            return paragraph;
        }

        private Font font(int face, float size, Color colour) {
            return new Font(faces[face], size, Font.NORMAL, colour);
        }

        private void flow(List<? extends Element> elements) {
            PdfPCell cell = flowCell();
            elements.forEach(cell::addElement);
            PdfPTable table = full(1);
            table.setSplitLate(false);
            table.addCell(cell);
            table.setSpacingAfter(2);
            document.add(table);
        }

        private static PdfPCell flowCell() {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(2);
            cell.setUseAscender(true);
            return cell;
        }

        private PdfPCell header(String text, int alignment) {
            PdfPCell cell = body(paragraph(text, 1, 9, TEXT), alignment);
            cell.setBackgroundColor(HEADER_FILL);
            return cell;
        }

        private static PdfPCell body(Paragraph content, int alignment) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPadding(4);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(5);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            if (content != null) {
                content.setAlignment(alignment);
                cell.addElement(content);
            }
            return cell;
        }

        private static PdfPTable full(int columns) {
            PdfPTable table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            return table;
        }
    }

    /** The running header from page 2 on and "Page N of M" at the foot of every page. */
    private static final class Furniture extends PdfPageEventHelper {
        private final BaseFont font;
        private final String title;
        private PdfTemplate total;

        Furniture(BaseFont font, String title) {
            this.font = font;
            this.title = title;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 13);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            int number = writer.getPageNumber();
            if (number > 1) {
                float base = document.top() + 16;
                ColumnText column = new ColumnText(cb);
                column.setSimpleColumn(document.left(), base, document.right(), base + 22);
                column.setLeading(8.5f * 1.2f);
                column.addText(new Phrase(title, new Font(font, 8.5f, Font.NORMAL, MUTED)));
                column.go();
                cb.saveState();
                cb.setColorStroke(RULE);
                cb.setLineWidth(0.5f);
                cb.moveTo(document.left(), base);
                cb.lineTo(document.right(), base);
                cb.stroke();
                cb.restoreState();
            }
            String text = "Page " + number + " of ";
            float width = font.getWidthPoint(text, 8.5f);
            float x = document.right() - 30 - width;
            float y = document.bottom() - 24;
            cb.beginText();
            cb.setFontAndSize(font, 8.5f);
            cb.setColorFill(MUTED);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8.5f);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
