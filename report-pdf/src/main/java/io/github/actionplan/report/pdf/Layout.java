package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.awt.Color;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays one report out into an open OpenPDF document: the title block, then each section in order.
 * One instance per render.
 */
final class Layout {

    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.3f;

    static final Color TEXT = new Color(0x0B0C0C);
    static final Color MUTED = new Color(0x505A5F);
    static final Color RULE = new Color(0xB1B4B6);
    static final Color HEADER_FILL = new Color(0xE8EBEE);

    private static final float TITLE = 20;
    private static final float SUBTITLE = 12;
    private static final float BODY = 10;
    private static final float TABLE_TEXT = 9;
    private static final float SMALL = 8;
    private static final float[] HEADING = {16, 13, 11.5f};
    /** Space a heading needs below it, so that it does not end a page alone. */
    private static final float HEADING_KEEP = 90;
    /** Rows added to a table between flushes, so a long table does not sit in memory whole. */
    private static final int ROWS_PER_FLUSH = 100;

    private final Report report;
    private final Document document;
    private final PdfWriter writer;
    private final DocumentFonts fonts;
    private final Rectangle portrait;
    private final Rectangle landscape;
    private final StructureTree tree;
    private final PdfOutline[] outlines = new PdfOutline[4];
    private boolean landscapeNow;
    private int destinations;
    private String lastHeading;
    /**
     * The tag level (H1 to H6) of the last section heading: the report's title is the H1 and a
     * heading is tagged one level deeper than its own level, never skipping a level.
     */
    private int sectionTag = 1;
    /** Whether text laid out for the cell being made needed the bidirectional algorithm. */
    private boolean bidiInCell;

    Layout(Report report, Document document, PdfWriter writer, DocumentFonts fonts, Rectangle portrait,
            StructureTree tree) {
        this.report = report;
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.tree = tree;
        this.portrait = portrait;
        this.landscape = portrait.rotate();
    }

    /** Writes the title block and every section. */
    void layOut() {
        outlines[0] = writer.getRootOutline();
        titleBlock();
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            turnPageIfNeeded(orientation(sections, i));
            Section section = sections.get(i);
            String where = lastHeading == null ? "the text before the first heading"
                    : "the text under heading \"" + shorten(lastHeading) + "\"";
            switch (section) {
                case Section.Heading h -> heading(h);
                case Section.KeyFacts k -> keyFacts(k);
                case Section.StatusSummary s -> statusSummary(s);
                case Section.Table t -> table(t);
                case Section.NarrativeText n -> narrativeFlow(n.narrative().blocks(), where);
                case Section.Legend l -> legend(l);
            }
        }
    }

    /**
     * The page orientation a section asks for: TRUE landscape, FALSE portrait, null whatever the
     * current page is. A chapter (a level 1 heading and what follows, up to the next) is laid out
     * on landscape pages when it has a wide table, else on portrait, so that its pages are not
     * turned back and forth, leaving them half empty, for every wide table. Before the first
     * chapter and within a chapter, a wide table asks for landscape, and so do the headings just
     * before it, which are not to be left alone at the foot of a portrait page.
     */
    private static Boolean orientation(List<Section> sections, int index) {
        Section section = sections.get(index);
        if (section instanceof Section.Table table) {
            return table.wide() ? Boolean.TRUE : null;
        }
        if (!(section instanceof Section.Heading heading)) {
            return null;
        }
        if (heading.level() == 1) {
            for (int i = index + 1; i < sections.size(); i++) {
                Section next = sections.get(i);
                if (next instanceof Section.Heading h && h.level() == 1) {
                    break;
                }
                if (next instanceof Section.Table table && table.wide()) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }
        for (int i = index + 1; i < sections.size(); i++) {
            if (!(sections.get(i) instanceof Section.Heading)) {
                return sections.get(i) instanceof Section.Table table && table.wide() ? Boolean.TRUE : null;
            }
        }
        return null;
    }

    private void turnPageIfNeeded(Boolean wantLandscape) {
        if (wantLandscape != null && wantLandscape != landscapeNow) {
            // Takes effect on the next page; newPage() on an empty page just resizes it.
            document.setPageSize(wantLandscape ? landscape : portrait);
            document.newPage();
            landscapeNow = wantLandscape;
        }
    }

    private void titleBlock() {
        PdfPTable block = fullWidth(1);
        TableMarks marks = marks(block, 0);
        // A title too long for one cell to lay out in proportion to its length goes on in cells below.
        List<String> slices = Slices.of(report.title(), Slices.LENGTH);
        PdfStructureElement heading = StructureTree.heading(tree.document(), 1);
        for (String slice : slices.subList(0, slices.size() - 1)) {
            PdfPCell cell = newCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            addPart(cell, heading, paragraph(slice, TextStyle.BOLD, TITLE, TEXT, "the report title"));
            add(marks, block, cell, null);
        }
        PdfPCell cell = newCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(1);
        cell.setPaddingLeft(0);
        cell.setPaddingBottom(10);
        Paragraph title = paragraph(slices.getLast(), TextStyle.BOLD, TITLE, TEXT, "the report title");
        title.setSpacingAfter(4);
        addPart(cell, heading, title);
        if (!report.subtitle().isBlank()) {
            addPart(cell, StructureTree.add(tree.document(), StructureTree.PARAGRAPH),
                    paragraph(report.subtitle(), TextStyle.REGULAR, SUBTITLE, MUTED, "the subtitle"));
        }
        // The subtitle usually names the organisation already; say it only where nothing does.
        if (!report.organisation().isBlank() && !report.subtitle().contains(report.organisation())
                && !report.title().contains(report.organisation())) {
            addPart(cell, StructureTree.add(tree.document(), StructureTree.PARAGRAPH),
                    paragraph(report.organisation(), TextStyle.REGULAR, BODY, MUTED, "the organisation"));
        }
        add(marks, block, cell, null);
        block.setSpacingAfter(4);
        document.add(block);
    }

    private void heading(Section.Heading heading) {
        lastHeading = heading.text();
        keepRoomBelow(HEADING_KEEP);
        float size = HEADING[heading.level() - 1];
        Paragraph paragraph = paragraph(heading.text(), TextStyle.BOLD, size, TEXT,
                "heading \"" + shorten(heading.text()) + "\"");
        String name = "heading-" + (++destinations);
        // The first chunk carries the destination the bookmark jumps to.
        boolean target = !paragraph.isEmpty() && paragraph.get(0) instanceof Chunk;
        if (target) {
            ((Chunk) paragraph.get(0)).setLocalDestination(name);
        }
        sectionTag = Math.min(heading.level() + 1, sectionTag + 1);
        PdfStructureElement element = StructureTree.heading(tree.document(), sectionTag);
        tag(element);
        flow(List.of(tree.part(element), paragraph), heading.level() == 1 ? 12 : 8, 2);
        if (!target) {
            // A heading with no text to show has no place to jump to.
            return;
        }
        PdfOutline parent = outlines[heading.level() - 1];
        for (int level = heading.level() - 1; parent == null; level--) {
            parent = outlines[level];
        }
        outlines[heading.level()] = new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), heading.text());
        for (int level = heading.level() + 1; level < outlines.length; level++) {
            outlines[level] = null;
        }
    }

    /**
     * Adds paragraphs, lists and images to the page through a borderless one-cell table, as
     * every table is added. OpenPDF writes tables straight to the page's content but keeps
     * paragraphs in a layer of their own that it writes out at the end of the page, so mixing the
     * two would put the page's text out of reading order for anyone extracting it. Cells also do
     * what plain paragraphs cannot: lay out right-to-left scripts.
     */
    private void flow(List<? extends Element> elements, float spaceBefore, float spaceAfter) {
        PdfPCell cell = newCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        for (Element element : elements) {
            cell.addElement(element);
        }
        PdfPTable table = fullWidth(1);
        table.setSplitLate(false);
        table.setSpacingBefore(spaceBefore);
        table.setSpacingAfter(spaceAfter);
        add(marks(table, 0), table, cell, null);
        document.add(table);
    }

    /** Adds narrative text to the page as {@link #flow} does, a cell for each of its {@link Slices}. */
    private void narrativeFlow(List<Block> blocks, String where) {
        PdfPTable table = fullWidth(1);
        table.setSplitLate(false);
        table.setSpacingBefore(0);
        table.setSpacingAfter(6);
        TableMarks marks = marks(table, 0);
        for (List<Block> slice : Slices.of(blocks, Slices.LENGTH)) {
            PdfPCell cell = newCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(2);
            cell.setUseAscender(true);
            List<Element> elements = new ArrayList<>();
            blocks(slice, 0, BODY, TEXT, where, elements, tree.document());
            for (Element element : elements) {
                cell.addElement(element);
            }
            add(marks, table, cell, null);
        }
        document.add(table);
    }

    /**
     * Adds a cell whose content, up to its first part mark, belongs to {@code content} (null if
     * the cell starts with one), with the text laid out for that content as its actual text
     * where it needed the bidirectional algorithm.
     */
    private void add(TableMarks marks, PdfPTable table, PdfPCell cell, PdfStructureElement content) {
        if (content != null) {
            tag(content);
        }
        if (!bidiInCell) {
            // Text with nothing right to left needs no reordering: OpenPDF's bidi pass over every
            // line of every cell would cost a quarter of a table's time for the same glyphs.
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
        }
        bidiInCell = false;
        marks.add(table, cell, content);
    }

    /** Adds {@code content} to {@code cell} as {@code element}'s part of it. */
    private void addPart(PdfPCell cell, PdfStructureElement element, Element content) {
        tag(element);
        cell.addElement(tree.part(element));
        cell.addElement(content);
    }

    /**
     * Gives {@code element} the text laid out since the last call as its actual text (ISO
     * 32000-1 14.9.4), where that text needed the bidirectional algorithm: its glyphs were
     * reordered right to left or shaped, and reading them back does not always give the text as
     * written.
     */
    private void tag(PdfStructureElement element) {
        String text = fonts.takeDrawnText();
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            StructureTree.actualText(element, text);
            bidiInCell = true;
        }
    }

    private TableMarks marks(PdfPTable table, int headerRows) {
        TableMarks marks = new TableMarks(tree, table.getNumberOfColumns(), headerRows);
        table.setTableEvent(marks);
        return marks;
    }

    /**
     * A table element under the document, with a head holding one row of column headers, whose
     * head is written once its header row is drawn; returns that row.
     */
    private PdfStructureElement tableHead(PdfStructureElement table, TableMarks marks) {
        PdfStructureElement head = StructureTree.add(table, StructureTree.TABLE_HEAD);
        marks.writeWithRow(head);
        return StructureTree.add(head, StructureTree.ROW);
    }

    /** A row of {@code body}, written once it is drawn. */
    private static PdfStructureElement bodyRow(PdfStructureElement body, TableMarks marks) {
        PdfStructureElement row = StructureTree.add(body, StructureTree.ROW);
        marks.writeWithRow(row);
        return row;
    }

    private static PdfStructureElement dataCell(PdfStructureElement row) {
        return StructureTree.add(row, StructureTree.DATA_CELL);
    }

    /** Starts a new page when less than {@code height} points are left on this one. */
    private void keepRoomBelow(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    private void keyFacts(Section.KeyFacts keyFacts) {
        PdfPTable table = fullWidth(2);
        table.setWidths(new float[] {1, 2.6f});
        TableMarks marks = marks(table, 0);
        // A table whose rows each have their label as the row's header.
        PdfStructureElement tags = StructureTree.add(tree.document(), StructureTree.TABLE);
        for (Section.KeyFact fact : keyFacts.facts()) {
            String where = "key fact \"" + shorten(fact.label()) + "\"";
            PdfStructureElement row = bodyRow(tags, marks);
            add(marks, table, plainCell(paragraph(fact.label(), TextStyle.BOLD, BODY, TEXT, where)),
                    StructureTree.headerCell(row, false));
            add(marks, table, plainCell(paragraph(fact.value(), TextStyle.REGULAR, BODY, TEXT, where)), dataCell(row));
        }
        // OpenPDF drops a paragraph's space after when a table follows it.
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        document.add(table);
        marks.finish();
    }

    private void statusSummary(Section.StatusSummary summary) {
        String where = "status summary \"" + shorten(summary.title()) + "\"";
        keepRoomBelow(HEADING_KEEP + 60);
        Paragraph title = paragraph(summary.title(), TextStyle.BOLD, HEADING[2], TEXT, where);
        title.setSpacingAfter(4);
        PdfStructureElement titleTag = StructureTree.heading(tree.document(), sectionTag + 1);
        tag(titleTag);
        float width = document.right() - document.left();
        Image chart = StatusChart.draw(writer, fonts, summary, width, where);
        // The chart's text alternative is core's sentence of its counts.
        PdfStructureElement figure = StructureTree.figure(tree.document(), summary.description());
        Paragraph description = paragraph(summary.description(), TextStyle.REGULAR, BODY, TEXT, where);
        description.setSpacingBefore(4);
        PdfStructureElement descriptionTag = StructureTree.add(tree.document(), StructureTree.PARAGRAPH);
        tag(descriptionTag);
        flow(List.of(tree.part(titleTag), title, tree.part(figure), chart, tree.part(descriptionTag), description),
                6, 4);

        PdfPTable table = new PdfPTable(3);
        table.setSpacingBefore(4);
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setWidths(new float[] {3, 1, 1});
        table.setHeaderRows(1);
        TableMarks marks = marks(table, 1);
        PdfStructureElement tags = StructureTree.add(tree.document(), StructureTree.TABLE);
        PdfStructureElement headerRow = tableHead(tags, marks);
        for (String header : summary.headers()) {
            add(marks, table, headerCell(header, where), StructureTree.headerCell(headerRow, true));
        }
        PdfStructureElement body = StructureTree.add(tags, StructureTree.TABLE_BODY);
        for (Section.StatusCount count : summary.counts()) {
            PdfStructureElement row = bodyRow(body, marks);
            add(marks, table, statusLabelCell(count.label(), count.fill(), count.textColour(), where), dataCell(row));
            add(marks, table, bodyCell(paragraph(count.countText(), TextStyle.REGULAR, TABLE_TEXT, TEXT,
                    where), Element.ALIGN_RIGHT), dataCell(row));
            add(marks, table, bodyCell(paragraph(count.shareText(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_RIGHT), dataCell(row));
        }
        PdfStructureElement total = bodyRow(body, marks);
        add(marks, table, bodyCell(paragraph(summary.totalLabel(), TextStyle.BOLD, TABLE_TEXT, TEXT, where), Element.ALIGN_LEFT),
                dataCell(total));
        add(marks, table, bodyCell(paragraph(summary.totalText(), TextStyle.BOLD, TABLE_TEXT, TEXT, where),
                Element.ALIGN_RIGHT), dataCell(total));
        add(marks, table, bodyCell(null, Element.ALIGN_RIGHT), dataCell(total));
        table.setSpacingAfter(12);
        document.add(table);
        marks.finish();
    }

    private void table(Section.Table section) {
        List<Column> columns = section.columns();
        String tableWhere = "table \"" + shorten(section.title()) + "\"";
        PdfPTable table = fullWidth(columns.size());
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        table.setWidths(widths);
        // Rows taller than what is left of a page split where they are, instead of moving whole
        // to the next page; never setSplitRows(false), which drops such a row (FORMATS.md).
        table.setSplitLate(false);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);

        PdfPCell caption = newCell();
        caption.setColspan(columns.size());
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingLeft(0);
        caption.setPaddingBottom(6);
        caption.addElement(paragraph(section.title(), TextStyle.BOLD, HEADING[2], TEXT, tableWhere + " title"));
        // The caption and the column headers repeat at the top of every page the table runs onto.
        int headerRows = section.rows().isEmpty() ? 0 : 2;
        table.setHeaderRows(headerRows);
        TableMarks marks = marks(table, headerRows);
        PdfStructureElement tags = StructureTree.add(tree.document(), StructureTree.TABLE);
        add(marks, table, caption, StructureTree.add(tags, StructureTree.CAPTION));
        // A head needs a body beside it (PDF/UA-1 7.2); a table with no rows has its headers only.
        PdfStructureElement headerRow = section.rows().isEmpty() ? bodyRow(tags, marks) : tableHead(tags, marks);
        for (Column column : columns) {
            String where = tableWhere + ", header \"" + shorten(column.header()) + "\"";
            add(marks, table, headerCell(column.header(), where), StructureTree.headerCell(headerRow, true));
        }
        table.setComplete(section.rows().size() <= ROWS_PER_FLUSH);
        List<List<Cell>> rows = section.rows();
        PdfStructureElement body = rows.isEmpty() ? null : StructureTree.add(tags, StructureTree.TABLE_BODY);
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            // Text too long for one cell to lay out in proportion to its length goes on in the
            // same column of the rows below, the other columns left empty there; all those rows
            // are one row of the structure tree, each column's slices one cell of it.
            PdfStructureElement rowTag = StructureTree.add(body, StructureTree.ROW);
            List<PdfStructureElement> cellTags = row.stream().map(cell -> dataCell(rowTag)).toList();
            List<List<Cell>> slices = row.stream().map(Layout::slices).toList();
            int lines = slices.stream().mapToInt(List::size).max().orElse(1);
            for (int line = 0; line < lines; line++) {
                for (int c = 0; c < row.size(); c++) {
                    String where = tableWhere + ", row " + (r + 1) + ", column \""
                            + shorten(columns.get(c).header()) + "\"";
                    List<Cell> cellSlices = slices.get(c);
                    if (line < cellSlices.size()) {
                        Cell slice = cellSlices.get(line);
                        PdfStructureElement cellTag = cellTags.get(c);
                        // A narrative's paragraphs and lists are elements of their own in the cell.
                        add(marks, table, cell(slice, where, cellTag),
                                slice instanceof Cell.NarrativeCell ? null : cellTag);
                    } else {
                        add(marks, table, bodyCell(null, Element.ALIGN_LEFT), null);
                    }
                }
            }
            // Written once every line of the row is drawn, since its cells take content until then.
            marks.writeWithRow(rowTag);
            if (!table.isComplete() && (r + 1) % ROWS_PER_FLUSH == 0 && r + 1 < rows.size()) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        marks.finish();
    }

    /**
     * A cell's content as {@link Slices}, each a cell of the same kind: itself alone unless it is
     * text or narrative too long for one.
     */
    private static List<Cell> slices(Cell cell) {
        return switch (cell) {
            case Cell.TextCell t -> Slices.of(t.text(), Slices.LENGTH).stream().<Cell>map(Cell.TextCell::new).toList();
            case Cell.NarrativeCell n -> Slices.of(n.narrative().blocks(), Slices.LENGTH).stream()
                    .<Cell>map(blocks -> new Cell.NarrativeCell(new Narrative(blocks))).toList();
            default -> List.of(cell);
        };
    }

    private PdfPCell cell(Cell cell, String where, PdfStructureElement cellTag) {
        return switch (cell) {
            case Cell.EmptyCell e -> bodyCell(null, Element.ALIGN_LEFT);
            case Cell.TextCell t -> bodyCell(paragraph(t.text(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_LEFT);
            case Cell.NarrativeCell n -> {
                PdfPCell pdfCell = bodyCell(null, Element.ALIGN_LEFT);
                for (Element element : narrative(n.narrative(), TABLE_TEXT, TEXT, where, cellTag)) {
                    pdfCell.addElement(element);
                }
                yield pdfCell;
            }
            case Cell.DateCell d -> bodyCell(paragraph(d.text(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_LEFT);
            case Cell.TimescaleCell t -> {
                PdfPCell pdfCell = bodyCell(paragraph(t.text(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                        Element.ALIGN_LEFT);
                if (!t.dueText().isBlank() && !t.dueText().equals(t.text())) {
                    pdfCell.addElement(paragraph(t.dueText(), TextStyle.REGULAR, SMALL, MUTED, where));
                }
                yield pdfCell;
            }
            case Cell.PercentCell p -> bodyCell(paragraph(p.text(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_RIGHT);
            case Cell.NumberCell n -> bodyCell(paragraph(n.text(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_RIGHT);
            case Cell.StatusCell s -> statusCell(s, where);
        };
    }

    /** The label on the status's fill, in the colour core chose for it, then the flag and reason. */
    private PdfPCell statusCell(Cell.StatusCell status, String where) {
        Color text = colour(status.textColour());
        PdfPCell cell = statusLabelCell(status.label(), status.fill(), status.textColour(), where);
        status.flag().ifPresent(flag -> {
            Paragraph paragraph = paragraph(flag, TextStyle.BOLD_ITALIC, SMALL, text, where);
            paragraph.setSpacingBefore(2);
            cell.addElement(paragraph);
        });
        if (!status.reason().isBlank()) {
            Paragraph reason = paragraph(status.reason(), TextStyle.REGULAR, SMALL, text, where);
            reason.setSpacingBefore(2);
            cell.addElement(reason);
        }
        return cell;
    }

    private PdfPCell statusLabelCell(String label, Colour fill, Colour textColour, String where) {
        PdfPCell cell = bodyCell(paragraph(label, TextStyle.BOLD, TABLE_TEXT, colour(textColour), where),
                Element.ALIGN_LEFT);
        cell.setBackgroundColor(colour(fill));
        return cell;
    }

    private void legend(Section.Legend legend) {
        String where = "legend \"" + shorten(legend.title()) + "\"";
        keepRoomBelow(HEADING_KEEP);
        Paragraph title = paragraph(legend.title(), TextStyle.BOLD, HEADING[2], TEXT, where);
        PdfStructureElement titleTag = StructureTree.heading(tree.document(), sectionTag + 1);
        tag(titleTag);
        flow(List.of(tree.part(titleTag), title), 6, 0);
        PdfPTable table = fullWidth(3);
        table.setSpacingBefore(4);
        table.setWidths(new float[] {1, 2.2f, 4});
        table.setHeaderRows(1);
        TableMarks marks = marks(table, 1);
        PdfStructureElement tags = StructureTree.add(tree.document(), StructureTree.TABLE);
        PdfStructureElement headerRow = tableHead(tags, marks);
        for (String header : legend.headers()) {
            add(marks, table, headerCell(header, where), StructureTree.headerCell(headerRow, true));
        }
        PdfStructureElement body = StructureTree.add(tags, StructureTree.TABLE_BODY);
        for (Section.LegendEntry entry : legend.entries()) {
            PdfStructureElement row = bodyRow(body, marks);
            add(marks, table, bodyCell(paragraph(entry.colourName(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_LEFT), dataCell(row));
            add(marks, table, statusLabelCell(entry.label(), entry.fill(), entry.textColour(), where), dataCell(row));
            add(marks, table, bodyCell(paragraph(entry.meaning(), TextStyle.REGULAR, TABLE_TEXT, TEXT, where),
                    Element.ALIGN_LEFT), dataCell(row));
        }
        table.setSpacingAfter(12);
        document.add(table);
        marks.finish();
    }

    /** Paragraphs and lists, as OpenPDF elements, for the page or a table cell. */
    private List<Element> narrative(Narrative narrative, float size, Color colour, String where,
            PdfStructureElement parent) {
        List<Element> elements = new ArrayList<>();
        blocks(narrative.blocks(), 0, size, colour, where, elements, parent);
        return elements;
    }

    /**
     * Blocks as OpenPDF elements, each after the part mark of its element of the structure tree:
     * P for a paragraph, L for a list.
     */
    private void blocks(List<Block> blocks, float indent, float size, Color colour, String where,
            List<Element> out, PdfStructureElement parent) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    Paragraph paragraph = inlines(p.inlines(), size, colour, where);
                    paragraph.setIndentationLeft(indent);
                    paragraph.setSpacingAfter(size * 0.4f);
                    PdfStructureElement tag = StructureTree.add(parent, StructureTree.PARAGRAPH);
                    tag(tag);
                    out.add(tree.part(tag));
                    out.add(paragraph);
                }
                case Block.BulletList list -> list(false, 1, list.items(), indent, size, colour, where, out,
                        StructureTree.add(parent, StructureTree.LIST));
                case Block.NumberedList list -> list(true, list.start(), list.items(), indent, size, colour,
                        where, out, StructureTree.add(parent, StructureTree.LIST));
            }
        }
    }

    /**
     * A list as paragraphs with a hanging indent: the marker ("•", "3.") first, then a tab to the
     * text. Not OpenPDF's List, which draws each marker after its item's first line, so that
     * text read back has the marker in the middle of the item.
     */
    private void list(boolean numbered, int start, List<Block.ListItem> items, float indent, float size,
            Color colour, String where, List<Element> out, PdfStructureElement listTag) {
        BaseFont font = fonts.primary(TextStyle.REGULAR);
        float markerWidth = numbered
                ? Math.max(font.getWidthPoint(start + ".", size), font.getWidthPoint((start + items.size() - 1) + ".",
                        size)) + size * 0.6f
                : size * 1.2f;
        float textIndent = indent + size * 0.6f + markerWidth;
        for (int i = 0; i < items.size(); i++) {
            List<Block> blocks = items.get(i).blocks();
            String marker = numbered ? (start + i) + "." : "\u2022";
            int rest = 0;
            Paragraph first;
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
                first = inlines(p.inlines(), size, colour, where);
                rest = 1;
            } else {
                first = newParagraph(size);
            }
            first.add(0, new Chunk(marker, new org.openpdf.text.Font(font, size, 0, colour)));
            Chunk tab = new Chunk(new org.openpdf.text.pdf.draw.VerticalPositionMark(), textIndent);
            tab.setFont(new org.openpdf.text.Font(font, size, 0, colour));
            first.add(1, tab);
            first.setIndentationLeft(textIndent);
            first.setFirstLineIndent(-markerWidth);
            first.setSpacingAfter(size * 0.25f);
            // The marker is drawn in the line of the item's first paragraph, so it is part of it.
            PdfStructureElement body = StructureTree.add(StructureTree.add(listTag, StructureTree.LIST_ITEM),
                    StructureTree.LIST_BODY);
            PdfStructureElement firstTag = StructureTree.add(body, StructureTree.PARAGRAPH);
            tag(firstTag);
            out.add(tree.part(firstTag));
            out.add(first);
            blocks(blocks.subList(rest, blocks.size()), textIndent, size, colour, where, out, body);
        }
    }

    private Paragraph inlines(List<Inline> inlines, float size, Color colour, String where) {
        Paragraph paragraph = newParagraph(size);
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span span -> fonts.addTo(paragraph, span.text(),
                        TextStyle.of(span.strong(), span.emphasis()), size, colour, where);
                case Inline.LineBreak lineBreak -> paragraph.add(newLine(size, colour));
            }
        }
        fonts.endParagraph();
        return paragraph;
    }

    /**
     * An empty paragraph in the document's own font: OpenPDF writes the space before and after a
     * paragraph as a blank in the paragraph's font, which would otherwise be unembedded Helvetica.
     */
    private Paragraph newParagraph(float size) {
        Paragraph paragraph = new Paragraph(size * LEADING);
        paragraph.setFont(fonts.defaultFont(size));
        return paragraph;
    }

    private Chunk newLine(float size, Color colour) {
        fonts.endParagraph();
        return new Chunk("\n", new org.openpdf.text.Font(fonts.primary(TextStyle.REGULAR), size, 0, colour));
    }

    private Paragraph paragraph(String text, TextStyle style, float size, Color colour, String where) {
        Paragraph paragraph = newParagraph(size);
        fonts.addTo(paragraph, text, style, size, colour, where);
        fonts.endParagraph();
        return paragraph;
    }

    private PdfPCell headerCell(String text, String where) {
        PdfPCell cell = bodyCell(paragraph(text, TextStyle.BOLD, TABLE_TEXT, TEXT, where), Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    /** A bordered cell holding {@code content} (none if null), aligned as given. */
    private static PdfPCell bodyCell(Paragraph content, int alignment) {
        PdfPCell cell = newCell();
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

    private static PdfPCell plainCell(Paragraph content) {
        PdfPCell cell = newCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(4);
        cell.addElement(content);
        return cell;
    }

    private static PdfPTable fullWidth(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    /**
     * A cell that lays its text out with the Unicode bidirectional algorithm, so Hebrew and
     * Arabic (shaped by OpenPDF) read right to left within left-to-right text. Paragraphs outside
     * cells cannot, one more reason all text goes through cells.
     */
    private static PdfPCell newCell() {
        PdfPCell cell = new PdfPCell();
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    static Color colour(Colour colour) {
        return new Color(colour.rgb());
    }

    /** A text cut to 40 characters for a warning message. */
    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 40 ? line : line.substring(0, 39) + "\u2026";
    }
}
