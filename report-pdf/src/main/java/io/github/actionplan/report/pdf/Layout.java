package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.Cancellation;
import java.awt.Color;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * Lays one report out into an open OpenPDF document: the title block, then each chapter, its
 * heading and its sections in order, on pages of the chapter's orientation. One instance per render.
 */
final class Layout {

    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.3f;

    static final Color TEXT = colour(Palette.TEXT);
    static final Color MUTED = colour(Palette.MUTED_TEXT);
    private static final Color LINK = colour(Palette.LINK);
    static final Color RULE = colour(Palette.RULE);
    static final Color HEADER_FILL = colour(Palette.HEADER_FILL);

    private static final float TITLE = 20;
    private static final float SUBTITLE = 12;
    private static final float BODY = 10;
    private static final float TABLE_TEXT = 9;
    private static final float SMALL = 8;
    private static final float[] HEADING = {16, 13, 11.5f};
    /**
     * The width of one character of table text, for core's column widths: Liberation Sans Bold at
     * {@value #TABLE_TEXT} points averages 0.54 em over the lower-case letters and 0.69 over the
     * capitals; 0.65 em errs wide, so that a column is never narrower than its longest word.
     */
    private static final float CHARACTER_WIDTH = TABLE_TEXT * 0.65f;
    /** What a table cell's padding (4 points each side) and borders take of its width. */
    private static final float CELL_PADDING = 9;
    /** Space a heading needs below it, so that it does not end a page alone. */
    private static final float HEADING_KEEP = 90;
    /**
     * Space a chapter's heading needs below it: an item's chapter opens with its key facts, whose caption, header
     * and five rows take some 150 points, and "Area for improvement 3" had ended a page above them. Not a table's
     * heading of the same level, which the table's first rows follow (a portfolio's "Status as of …").
     */
    private static final float CHAPTER_KEEP = 200;

    private final Report report;
    private final RenderOptions options;
    private final Document document;
    private final PdfWriter writer;
    private final DocumentFonts fonts;
    private final Rectangle portrait;
    private final StructureTree tree;
    /**
     * The size of the text of the table being laid out, and of its smaller lines: the usual sizes, scaled down as core
     * says where a table's words are wider than the page ({@link #tableWidths}).
     */
    private float tableText = TABLE_TEXT;
    private float smallText = SMALL;
    /** The last bookmark made at each tag level, H1 to H6; the outline's root at 0. */
    private final PdfOutline[] outlines = new PdfOutline[7];
    private Orientation orientation;
    private int destinations;
    private String lastHeading;
    /**
     * The tag level (H1 to H6) of the last heading, the title's H1 first. As in HTML, the title
     * ranks above the chapters: a chapter's heading is an H2 and a heading of level n an H(n+1),
     * never more than one deeper than this, so the levels nest under the title and never skip.
     */
    private int headingTag = 1;
    /** Whether text laid out for the cell being made needed the bidirectional algorithm. */
    private boolean bidiInCell;

    /**
     * @param first the orientation the document was opened with: the first chapter's
     */
    Layout(Report report, RenderOptions options, Document document, PdfWriter writer, DocumentFonts fonts,
            Rectangle portrait, Orientation first, StructureTree tree) {
        this.report = report;
        this.options = options;
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.tree = tree;
        this.portrait = portrait;
        this.orientation = first;
    }

    /** The orientation of the first page: the first chapter's. */
    static Orientation firstOrientation(Report report) {
        return report.chapters().isEmpty() ? Orientation.PORTRAIT : report.chapters().getFirst().orientation();
    }

    /** The page size for {@code orientation}. */
    static Rectangle pageSize(Rectangle portrait, Orientation orientation) {
        return orientation == Orientation.LANDSCAPE ? portrait.rotate() : portrait;
    }

    /**
     * Writes the title block and every chapter; returns whether any heading became a bookmark. Stops,
     * throwing, at the next section or table row once the thread is interrupted (a render cancelled).
     */
    boolean layOut() throws InterruptedIOException {
        outlines[0] = writer.getRootOutline();
        titleBlock();
        for (Chapter chapter : report.chapters()) {
            turnPageIfNeeded(chapter.orientation());
            List<Section> sections = chapter.sections();
            // A chapter that opens with a table goes on the page with the table's first rows, as the table's own
            // heading does: a table kept whole that moves on would otherwise leave the chapter's heading behind.
            boolean leadsTable = !chapter.heading().isEmpty() && !sections.isEmpty()
                    && sections.getFirst() instanceof Section.Table;
            if (!chapter.heading().isEmpty() && !leadsTable) {
                keepRoomBelow(CHAPTER_KEEP);
                heading(1, chapter.heading());
            }
            for (int i = 0; i < sections.size(); i++) {
                if (i == 0 && leadsTable) {
                    Cancellation.checkInterrupted();
                    Section.Table first = (Section.Table) sections.getFirst();
                    List<PdfPTable> lead = new ArrayList<>(List.of(headingBlock(1, chapter.heading())));
                    first.heading().ifPresent(h -> lead.add(headingBlock(h.level(), h.text())));
                    table(first, lead);
                } else {
                    section(sections.get(i));
                }
                // Everything drawn so far is on its pages, so its structure can be written.
                tree.writeDrawn();
            }
        }
        return destinations > 0;
    }

    /**
     * Draws the section types this renderer knows and, for any other, its fallback, which core
     * guarantees is made of the basic types.
     */
    private void section(Section section) throws InterruptedIOException {
        Cancellation.checkInterrupted();
        switch (section) {
            case Section.Heading h -> heading(h.level(), h.text());
            case Section.NarrativeText n -> narrativeFlow(n.narrative().blocks(), where());
            case Section.Table t -> table(t, t.heading().map(h -> List.of(headingBlock(h.level(), h.text())))
                    .orElse(List.of()));
            case Section.KeyFacts k -> keyFacts(k);
            case Section.StatusSummary s -> statusSummary(s);
            case Section.Legend l -> section(l.table());
            default -> {
                for (Section part : section.fallback()) {
                    section(part);
                }
            }
        }
    }

    private String where() {
        return lastHeading == null ? "the text before the first heading"
                : "the text under heading \"" + shorten(lastHeading) + "\"";
    }

    private void turnPageIfNeeded(Orientation wanted) {
        if (wanted != orientation) {
            // Takes effect on the next page; newPage() on an empty page just resizes it.
            document.setPageSize(pageSize(portrait, wanted));
            document.newPage();
            orientation = wanted;
        }
    }

    private void titleBlock() {
        PdfPTable block = fullWidth(1);
        TableMarks marks = marks(block, 0);
        options.logo().ifPresent(logo -> {
            PdfPCell cell = newCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(10);
            addPart(cell, tree.figure(tree.document(), logo.altText()), logoImage(logo));
            add(marks, block, cell, null);
        });
        // A title too long for one cell to lay out in proportion to its length goes on in cells below.
        List<String> slices = Slices.of(report.title(), Slices.LENGTH);
        StructureTree.Tag heading = tree.heading(tree.document(), 1);
        StructureTree.language(heading, report.titleLanguage());
        Paragraph firstTitleSlice = null;
        for (String slice : slices.subList(0, slices.size() - 1)) {
            PdfPCell cell = newCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            Paragraph part = paragraph(slice, TextStyle.BOLD, TITLE, TEXT, "the report title");
            firstTitleSlice = firstTitleSlice == null ? part : firstTitleSlice;
            addPart(cell, heading, part);
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
        // The bookmark opens the title's first line, which the first slice starts.
        String target = destination(firstTitleSlice == null ? title : firstTitleSlice);
        if (!report.subtitle().isEmpty()) {
            addPart(cell, tree.add(tree.document(), StructureTree.PARAGRAPH),
                    paragraph(report.subtitle(), TextStyle.REGULAR, SUBTITLE, MUTED, "the subtitle"));
        }
        add(marks, block, cell, null);
        block.setSpacingAfter(4);
        document.add(block);
        bookmark(1, target, report.title());
    }

    /**
     * The logo, {@link Logo#HEIGHT_POINTS} high at its proportions; one wider than the page's
     * text is drawn as wide as the text, at the same proportions, rather than past the margin.
     */
    private Image logoImage(Logo logo) {
        Image image;
        try {
            image = Image.getInstance(logo.image());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the logo (" + logo.type() + ", " + logo.widthPixels() + " x "
                    + logo.heightPixels() + " pixels) could not be read: " + e.getMessage()
                    + "; give a PNG or JPEG file that an image viewer opens", e);
        }
        float width = (float) Math.min(logo.widthPoints(), document.right() - document.left());
        image.scaleAbsolute(width, (float) (Logo.HEIGHT_POINTS * width / logo.widthPoints()));
        image.setAlignment(Image.LEFT);
        return image;
    }

    /** A heading of {@code level} (1 for a chapter's), tagged, and a bookmark at its tag level. */
    private void heading(int level, String text) {
        keepRoomBelow(HEADING_KEEP);
        document.add(headingBlock(level, text));
    }

    /**
     * A heading of {@code level}, tagged, with its bookmark, as a block to add to the page: directly, or with the
     * table it leads in ({@link RowBreaks}).
     */
    private PdfPTable headingBlock(int level, String text) {
        lastHeading = text;
        Paragraph paragraph = paragraph(text, TextStyle.BOLD, HEADING[level - 1], TEXT,
                "heading \"" + shorten(text) + "\"");
        String target = destination(paragraph);
        headingTag = Math.min(level + 1, headingTag + 1);
        StructureTree.Tag element = tree.heading(tree.document(), headingTag);
        tag(element);
        PdfPTable block = flowBlock(List.of(tree.part(element), paragraph), level == 1 ? 12 : 8, 2);
        bookmark(headingTag, target, text);
        return block;
    }

    /**
     * Names the place {@code heading}'s first chunk is drawn, for a bookmark to jump to; null if
     * it has no text to show, and so no place to jump to.
     */
    private String destination(Paragraph heading) {
        if (heading.isEmpty() || !(heading.get(0) instanceof Chunk first)) {
            return null;
        }
        String name = "heading-" + (++destinations);
        first.setLocalDestination(name);
        return name;
    }

    /**
     * A bookmark to {@code target} under the last one of a higher tag level, so that the outline
     * nests as the tagged headings do: every heading the structure tree has is one of its
     * entries, the title's at the top (audit finding: bookmarks must match the headings).
     */
    private void bookmark(int tagLevel, String target, String text) {
        if (target == null) {
            return;
        }
        int level = Math.clamp(tagLevel, 1, outlines.length - 1);
        PdfOutline parent = outlines[level - 1];
        for (int up = level - 1; parent == null; up--) {
            parent = outlines[up];
        }
        outlines[level] = new PdfOutline(parent, PdfAction.gotoLocalPage(target, false), text);
        for (int deeper = level + 1; deeper < outlines.length; deeper++) {
            outlines[deeper] = null;
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
        document.add(flowBlock(elements, spaceBefore, spaceAfter));
    }

    /** The block {@link #flow} adds, not yet added; its total width is set, so that its height is known. */
    private PdfPTable flowBlock(List<? extends Element> elements, float spaceBefore, float spaceAfter) {
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
        table.setTotalWidth(document.right() - document.left());
        add(marks(table, 0), table, cell, null);
        return table;
    }

    /** Adds narrative text to the page as {@link #flow} does, a cell for each of its {@link Slices}. */
    private void narrativeFlow(List<Block> blocks, String where) {
        PdfPTable table = fullWidth(1);
        table.setSplitLate(false);
        // As a table is set off: under a heading, text set closer than its own paragraphs reads as part of it.
        table.setSpacingBefore(6);
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
    private void add(TableMarks marks, PdfPTable table, PdfPCell cell, StructureTree.Tag content) {
        add(marks, table, cell, content, null);
    }

    /** As above, the cell drawn with its own event too, if not null. */
    private void add(TableMarks marks, PdfPTable table, PdfPCell cell, StructureTree.Tag content,
            PdfPCellEvent own) {
        // With a null content too: whether the cell needs the bidirectional algorithm is asked
        // of its text all the same.
        tag(content);
        if (!bidiInCell) {
            // Text with nothing right to left needs no reordering: OpenPDF's bidi pass over every
            // line of every cell would cost a quarter of a table's time for the same glyphs.
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
        }
        bidiInCell = false;
        marks.add(table, cell, content, own);
    }

    /** Adds {@code content} to {@code cell} as {@code element}'s part of it. */
    private void addPart(PdfPCell cell, StructureTree.Tag element, Element content) {
        tag(element);
        cell.addElement(tree.part(element));
        cell.addElement(content);
    }

    /**
     * Gives {@code element} the text laid out since the last call, for its actual text where
     * reading its glyphs back would not give that text ({@link StructureTree#noteText}): where it
     * needed the bidirectional algorithm, holds a character no font has, or a line may break
     * between its words.
     */
    private void tag(StructureTree.Tag element) {
        DocumentFonts.Drawn drawn = fonts.takeDrawnText();
        String text = drawn.text();
        boolean reordered = Bidi.requiresBidi(text.toCharArray(), 0, text.length());
        if (reordered) {
            bidiInCell = true;
        }
        if (element != null) {
            StructureTree.noteText(element, text, reordered || drawn.replaced());
        }
    }

    private TableMarks marks(PdfPTable table, int headerRows) {
        TableMarks marks = new TableMarks(tree, table.getNumberOfColumns(), headerRows);
        if (tree.tagged()) {
            table.setTableEvent(marks);
        }
        return marks;
    }

    /**
     * A table element under the document, with a head holding one row of column headers, whose
     * head is written once its header row is drawn; returns that row.
     */
    private StructureTree.Tag tableHead(StructureTree.Tag table, TableMarks marks) {
        StructureTree.Tag head = tree.add(table, StructureTree.TABLE_HEAD);
        marks.writeWithRow(head);
        return tree.add(head, StructureTree.ROW);
    }

    /** The columns' headers, each a TH of Scope Column in {@code headerRow}. */
    private void headerCells(TableMarks marks, PdfPTable table, List<Column> columns, StructureTree.Tag headerRow,
            String tableWhere) {
        for (Column column : columns) {
            String where = tableWhere + ", header \"" + shorten(column.header()) + "\"";
            add(marks, table, headerCell(column.header(), where, alignment(column)),
                    tree.headerCell(headerRow, true));
        }
    }

    /** A row of {@code body}, written once it is drawn. */
    private StructureTree.Tag bodyRow(StructureTree.Tag body, TableMarks marks) {
        StructureTree.Tag row = tree.add(body, StructureTree.ROW);
        marks.writeWithRow(row);
        return row;
    }

    private StructureTree.Tag dataCell(StructureTree.Tag row) {
        return tree.add(row, StructureTree.DATA_CELL);
    }

    /** Starts a new page when less than {@code height} points are left on this one. */
    private void keepRoomBelow(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    /**
     * The key facts as core's table of two columns: its header row (repeated on every page it
     * runs onto), then a row per fact whose label, in bold, is the row's header.
     */
    private void keyFacts(Section.KeyFacts keyFacts) {
        if (keyFacts.facts().isEmpty()) {
            return;
        }
        Section.Table section = keyFacts.table();
        PdfPTable table = fullWidth(2);
        table.setWidths(tableWidths(section));
        table.setTotalWidth(document.right() - document.left());
        boolean captioned = !section.caption().isEmpty();
        int headerRows = captioned ? 2 : 1;
        table.setHeaderRows(headerRows);
        TableMarks marks = marks(table, headerRows);
        StructureTree.Tag tags = tree.add(tree.document(), StructureTree.TABLE);
        if (captioned) {
            caption(marks, table, tags, section.caption(), 2, "key facts");
        }
        headerCells(marks, table, section.columns(), tableHead(tags, marks), "key facts");
        StructureTree.Tag body = tree.add(tags, StructureTree.TABLE_BODY);
        // OpenPDF drops a paragraph's space after when a table follows it.
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        RowBreaks breaks = new RowBreaks(document, writer, table, List.of());
        for (Section.KeyFact fact : keyFacts.facts()) {
            String where = "key fact \"" + shorten(fact.label()) + "\"";
            StructureTree.Tag row = bodyRow(body, marks);
            add(marks, table, bodyCell(paragraph(fact.label(), TextStyle.BOLD, tableText, TEXT, where),
                    Element.ALIGN_LEFT), tree.headerCell(row, false));
            // The cell holds the value alone, so it is the cell that is marked with its language.
            StructureTree.Tag valueTag = dataCell(row);
            StructureTree.language(valueTag, fact.language());
            add(marks, table, bodyCell(paragraph(fact.value(), TextStyle.REGULAR, tableText, TEXT, where),
                    Element.ALIGN_LEFT), valueTag);
            breaks.rowAdded();
        }
        breaks.finish();
        marks.finish();
    }

    /**
     * The title as the heading core made it, the chart as a figure whose text alternative is its name, core's sentence
     * of its counts printed under it, then the counts' table, which the heading names; all on one page where they fit
     * on one.
     */
    private void statusSummary(Section.StatusSummary summary) throws InterruptedIOException {
        String where = "status summary \"" + shorten(summary.title()) + "\"";
        List<PdfPTable> lead = new ArrayList<>();
        summary.heading().ifPresent(h -> lead.add(headingBlock(h.level(), h.text())));
        float width = document.right() - document.left();
        Image chart = StatusChart.draw(writer, fonts, summary, width, where);
        StructureTree.Tag figure = tree.figure(tree.document(), report.layoutWords().chart());
        Paragraph description = paragraph(summary.description(), TextStyle.REGULAR, BODY, TEXT, where);
        description.setSpacingBefore(4);
        StructureTree.Tag descriptionTag = tree.add(tree.document(), StructureTree.PARAGRAPH);
        tag(descriptionTag);
        lead.add(flowBlock(List.of(tree.part(figure), chart, tree.part(descriptionTag), description), 2, 4));
        table(summary.table(), lead);
    }

    /**
     * A table: its caption, where core gives it one, then the header row, both repeated at the top of every
     * page it runs onto, its rows, and its total row last, in bold under a rule. Columns are as
     * wide as core says, so that no word is broken; figures line up on the right. {@code lead} (its heading, where
     * its title is one) goes on the page with it ({@link RowBreaks}).
     */
    private void table(Section.Table section, List<PdfPTable> lead) throws InterruptedIOException {
        List<Column> columns = section.columns();
        String tableWhere = "table \"" + shorten(section.title()) + "\"";
        PdfPTable table = fullWidth(columns.size());
        table.setWidths(tableWidths(section));
        // The width it will be laid out at, so that its rows' heights are known as they are added (RowBreaks).
        table.setTotalWidth(document.right() - document.left());
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);

        boolean captioned = !section.caption().isEmpty();
        List<List<Cell>> rows = section.rows();
        Optional<List<Cell>> totalRow = section.totalRow();
        boolean hasBody = !rows.isEmpty() || totalRow.isPresent();
        // The caption and the column headers repeat at the top of every page the table runs onto.
        int headerRows = hasBody ? (captioned ? 2 : 1) : 0;
        table.setHeaderRows(headerRows);
        TableMarks marks = marks(table, headerRows);
        StructureTree.Tag tags = tree.add(tree.document(), StructureTree.TABLE);
        if (captioned) {
            caption(marks, table, tags, section.caption(), columns.size(), tableWhere);
        }
        // A head needs a body beside it (PDF/UA-1 7.2); a table with no rows has its headers only.
        headerCells(marks, table, columns, hasBody ? tableHead(tags, marks) : bodyRow(tags, marks), tableWhere);
        StructureTree.Tag body = hasBody ? tree.add(tags, StructureTree.TABLE_BODY) : null;
        RowBreaks breaks = new RowBreaks(document, writer, table, lead);
        for (int r = 0; r < rows.size(); r++) {
            // A table of thousands of rows is most of a render's time.
            Cancellation.checkInterrupted();
            row(table, marks, body, section, rows.get(r), false, tableWhere + ", row " + (r + 1));
            breaks.rowAdded();
        }
        if (totalRow.isPresent()) {
            row(table, marks, body, section, totalRow.get(), true, tableWhere + ", total row");
            breaks.rowAdded();
        }
        breaks.finish();
        marks.finish();
    }

    /** The table's caption, a row across its {@code columns} tagged as the Caption of {@code tags}. */
    private void caption(TableMarks marks, PdfPTable table, StructureTree.Tag tags, String text, int columns,
            String tableWhere) {
        PdfPCell caption = newCell();
        caption.setColspan(columns);
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingLeft(0);
        caption.setPaddingBottom(6);
        caption.addElement(paragraph(text, TextStyle.BOLD, HEADING[2], TEXT, tableWhere + " title"));
        add(marks, table, caption, tree.add(tags, StructureTree.CAPTION));
    }

    /**
     * Core's column widths for {@code section} across the page, as OpenPDF takes them; its text is set to the size
     * core scales it to where its words are wider than the page, so that none of them breaks (the register's fourteen
     * columns on a landscape page).
     */
    private float[] tableWidths(Section.Table section) {
        float available = document.right() - document.left();
        float scale = (float) section.textScale(available, CHARACTER_WIDTH, CELL_PADDING);
        tableText = TABLE_TEXT * scale;
        smallText = SMALL * scale;
        double[] widths = section.columnWidths(available, CHARACTER_WIDTH * scale, CELL_PADDING);
        float[] floats = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            floats[i] = (float) widths[i];
        }
        return floats;
    }

    /**
     * One row of a table's body, headed by its first cell where core says so; the total row's texts are bold, and it
     * has a rule above it.
     */
    private void row(PdfPTable table, TableMarks marks, StructureTree.Tag body, Section.Table section,
            List<Cell> row, boolean total, String rowWhere) {
        List<Column> columns = section.columns();
        TextStyle style = total ? TextStyle.BOLD : TextStyle.REGULAR;
        // Text too long for one cell to lay out in proportion to its length goes on in the
        // same column of the rows below, the other columns left empty there; all those rows
        // are one row of the structure tree, each column's slices one cell of it.
        StructureTree.Tag rowTag = tree.add(body, StructureTree.ROW);
        StructureTree.Tag[] cellTags = new StructureTree.Tag[row.size()];
        for (int c = 0; c < cellTags.length; c++) {
            cellTags[c] = c == 0 && section.rowHeaders() ? tree.headerCell(rowTag, false) : dataCell(rowTag);
        }
        List<List<Cell>> slices = row.stream().map(Layout::slices).toList();
        int lines = slices.stream().mapToInt(List::size).max().orElse(1);
        // A row that runs on to the next page is headed there by its header cell's words again, "1.1", in its size.
        String header = section.rowHeaders() ? row.getFirst().text() : "";
        float size = tableText;
        for (int line = 0; line < lines; line++) {
            for (int c = 0; c < row.size(); c++) {
                String where = rowWhere + ", column \"" + shorten(columns.get(c).header()) + "\"";
                List<Cell> cellSlices = slices.get(c);
                int alignment = alignment(columns.get(c));
                PdfPCell pdfCell;
                StructureTree.Tag content = null;
                PdfPCellEvent continued = c == 0 && !header.isBlank() ? new RowContinued(() -> fonts.phrase(header,
                        TextStyle.ITALIC, size, MUTED, where)) : null;
                if (line < cellSlices.size()) {
                    Cell slice = cellSlices.get(line);
                    if (slice instanceof Cell.StatusCell status && continued == null) {
                        // Its fill runs on with the row: its word with it, not the colour alone (run 98 #5)
                        continued = new RowContinued(() -> fonts.phrase(status.label(), TextStyle.BOLD, size,
                                colour(status.textColour()), where));
                    }
                    StructureTree.Tag cellTag = cellTags[c];
                    pdfCell = cell(slice, style, alignment, where, cellTag);
                    content = holdsElements(slice) ? null : cellTag;
                } else {
                    pdfCell = bodyCell(null, alignment);
                }
                if (total && line == 0) {
                    pdfCell.setBorderWidthTop(1.5f);
                    pdfCell.setBorderColorTop(TEXT);
                }
                add(marks, table, pdfCell, content, continued);
            }
        }
        // Written once every line of the row is drawn, since its cells take content until then.
        marks.writeWithRow(rowTag);
    }

    private static int alignment(Column column) {
        return column.type().isFigure() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    /**
     * A cell's content as {@link Slices}, each a cell of the same kind: itself alone unless it is
     * text or narrative too long for one.
     */
    private static List<Cell> slices(Cell cell) {
        return switch (cell) {
            // Each slice in the text's language, so that every piece of a long Welsh title is read as Welsh.
            case Cell.TextCell t -> Slices.of(t.text(), Slices.LENGTH).stream()
                    .<Cell>map(slice -> new Cell.TextCell(slice, t.language())).toList();
            case Cell.NarrativeCell n -> Slices.of(n.narrative().blocks(), Slices.LENGTH).stream()
                    .<Cell>map(blocks -> new Cell.NarrativeCell(new Narrative(blocks))).toList();
            default -> List.of(cell);
        };
    }

    private PdfPCell cell(Cell cell, TextStyle style, int alignment, String where, StructureTree.Tag cellTag) {
        return switch (cell) {
            case Cell.EmptyCell e -> bodyCell(null, alignment);
            case Cell.NarrativeCell n when !hasBlocks(n) -> {
                Block.Paragraph text = (Block.Paragraph) n.narrative().blocks().getFirst();
                // The cell holds the paragraph's text, so it is the cell that is marked with its language.
                StructureTree.language(cellTag, text.language());
                Laid laid = paragraph(text, 0, tableText, TEXT, where, cellTag);
                PdfPCell pdfCell = bodyCell(null, alignment);
                if (laid.first() != cellTag) {
                    pdfCell.addElement(tree.part(laid.first()));
                }
                laid.paragraph().setAlignment(alignment);
                pdfCell.addElement(laid.paragraph());
                yield pdfCell;
            }
            case Cell.NarrativeCell n -> {
                PdfPCell pdfCell = bodyCell(null, alignment);
                for (Element element : narrative(n.narrative(), tableText, TEXT, where, cellTag)) {
                    pdfCell.addElement(element);
                }
                yield pdfCell;
            }
            case Cell.TimescaleCell t -> {
                PdfPCell pdfCell = bodyCell(paragraph(t.words(), style, tableText, TEXT, where), alignment);
                if (!t.dueText().isEmpty()) {
                    Paragraph due = paragraph(t.dueText(), style, smallText, MUTED, where);
                    due.setAlignment(alignment);
                    pdfCell.addElement(due);
                }
                yield pdfCell;
            }
            case Cell.TextCell t -> {
                // The cell holds the text, so it is the cell that is marked with its language.
                StructureTree.language(cellTag, t.language());
                yield bodyCell(paragraph(t.text(), style, tableText, TEXT, where), alignment);
            }
            case Cell.StatusCell s -> statusCell(s, alignment, where, cellTag);
            default -> bodyCell(paragraph(cell.text(), style, tableText, TEXT, where), alignment);
        };
    }

    /**
     * The status's fill, its label in bold in the colour core chose for it, then the note and
     * the reason (smaller), each on a line of its own, where core gives them. A label in a language of its own
     * marks {@code cellTag} with it where it is the cell's only line; beside a note or reason, which are the
     * report's words, each line is a P of its own under the cell and only the label's is marked
     * ({@link #labelApart}).
     */
    private PdfPCell statusCell(Cell.StatusCell status, int alignment, String where, StructureTree.Tag cellTag) {
        Color text = colour(status.textColour());
        if (labelApart(status)) {
            PdfPCell cell = bodyCell(null, alignment);
            cell.setBackgroundColor(colour(status.fill()));
            StructureTree.Tag labelTag = tree.add(cellTag, StructureTree.PARAGRAPH);
            StructureTree.language(labelTag, status.labelLanguage());
            Paragraph label = paragraph(status.label(), TextStyle.BOLD, tableText, text, where);
            label.setAlignment(alignment);
            addPart(cell, labelTag, label);
            status.note().ifPresent(note -> addPart(cell, tree.add(cellTag, StructureTree.PARAGRAPH),
                    line(note, tableText, text, alignment, where)));
            status.reason().ifPresent(reason -> addPart(cell, tree.add(cellTag, StructureTree.PARAGRAPH),
                    line(reason, smallText, text, alignment, where)));
            return cell;
        }
        StructureTree.language(cellTag, status.labelLanguage());
        PdfPCell cell = bodyCell(paragraph(status.label(), TextStyle.BOLD, tableText, text, where), alignment);
        cell.setBackgroundColor(colour(status.fill()));
        status.note().ifPresent(note -> {
            fonts.pauseAfterParagraph();
            cell.addElement(line(note, tableText, text, alignment, where));
        });
        status.reason().ifPresent(reason -> {
            fonts.pauseAfterParagraph();
            cell.addElement(line(reason, smallText, text, alignment, where));
        });
        return cell;
    }

    /**
     * Whether {@code status}'s label is in a language of its own (a Welsh plan's own word for it) and drawn beside a
     * note or reason in the report's: the label then needs an element of its own to be marked alone, since the
     * cell's Lang would mark the note and reason too, and an actual text on the cell would hide the label's.
     */
    private static boolean labelApart(Cell.StatusCell status) {
        return status.labelLanguage().isPresent() && (status.note().isPresent() || status.reason().isPresent());
    }

    private Paragraph line(String text, float size, Color colour, int alignment, String where) {
        Paragraph paragraph = paragraph(text, TextStyle.REGULAR, size, colour, where);
        paragraph.setSpacingBefore(2);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Paragraphs and lists, as OpenPDF elements, for the page or a table cell. */
    private List<Element> narrative(Narrative narrative, float size, Color colour, String where,
            StructureTree.Tag parent) {
        List<Element> elements = new ArrayList<>();
        blocks(narrative.blocks(), 0, size, colour, where, elements, parent);
        return elements;
    }

    /**
     * Blocks as OpenPDF elements, each after the part mark of its element of the structure tree:
     * P for a paragraph, L for a list; a paragraph's element marked with its language where it has one.
     */
    private void blocks(List<Block> blocks, float indent, float size, Color colour, String where,
            List<Element> out, StructureTree.Tag parent) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    StructureTree.Tag tag = tree.add(parent, StructureTree.PARAGRAPH);
                    StructureTree.language(tag, p.language());
                    Laid laid = paragraph(p, indent, size, colour, where, tag);
                    tag(tag);
                    out.add(tree.part(laid.first()));
                    out.add(laid.paragraph());
                }
                case Block.BulletList list -> list(false, 1, list.items(), indent, size, colour, where, out,
                        tree.list(parent, false));
                case Block.NumberedList list -> list(true, list.start(), list.items(), indent, size, colour,
                        where, out, tree.list(parent, true));
            }
        }
    }

    /**
     * A list as paragraphs with a hanging indent: the marker ("•", "3.") first, then a tab to the
     * text. Not OpenPDF's List, which draws each marker after its item's first line, so that
     * text read back has the marker in the middle of the item.
     */
    private void list(boolean numbered, int start, List<Block.ListItem> items, float indent, float size,
            Color colour, String where, List<Element> out, StructureTree.Tag listTag) {
        BaseFont font = fonts.primary(TextStyle.REGULAR);
        float markerWidth = numbered
                ? Math.max(font.getWidthPoint(start + ".", size), font.getWidthPoint((start + items.size() - 1) + ".",
                        size)) + size * 0.6f
                : size * 1.2f;
        float textIndent = indent + size * 0.6f + markerWidth;
        for (int i = 0; i < items.size(); i++) {
            List<Block> blocks = items.get(i).blocks();
            String marker = numbered ? (start + i) + "." : "\u2022";
            int rest = !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph ? 1 : 0;
            StructureTree.Tag item = tree.add(listTag, StructureTree.LIST_ITEM);
            StructureTree.Tag label = tree.add(item, StructureTree.LABEL);
            StructureTree.Tag body = tree.add(item, StructureTree.LIST_BODY);
            // An item of one paragraph has its text in its body, as a cell has; one element fewer.
            StructureTree.Tag firstTag = rest == 1 && blocks.size() == 1 ? body
                    : tree.add(body, StructureTree.PARAGRAPH);
            Paragraph first;
            StructureTree.Tag opening = firstTag;
            if (rest == 1) {
                Block.Paragraph text = (Block.Paragraph) blocks.get(0);
                // Its LBody or P, not the LI: the marker is the report's, in no language of the plan's.
                StructureTree.language(firstTag, text.language());
                Laid laid = inlines(text.inlines(), size, colour, where, firstTag);
                first = laid.paragraph();
                opening = laid.first();
            } else {
                first = newParagraph(size);
            }
            tag(firstTag);
            // The marker is drawn where the first line starts, by the tab that then moves on to
            // the text, so that it is tagged apart from the item's first paragraph (its Lbl)
            // and yet drawn on that paragraph's line, on whichever page that line falls.
            Chunk tab = new Chunk(tree.label(label, opening, (canvas, x, baseline) -> {
                canvas.saveState();
                canvas.beginText();
                canvas.setFontAndSize(font, size);
                canvas.setColorFill(colour);
                canvas.setTextMatrix(x, baseline);
                canvas.showText(marker);
                canvas.endText();
                canvas.restoreState();
            }), textIndent);
            tab.setFont(new org.openpdf.text.Font(font, size, 0, colour));
            first.add(0, tab);
            // OpenPDF starts each line after a line break where the first line starts, under the marker: a tab that
            // draws nothing moves the line's text on to where the first line's is (run 77 #10).
            for (int at = first.size() - 1; at > 0; at--) {
                if (first.get(at) instanceof Chunk chunk && "\n".equals(chunk.getContent())) {
                    Chunk under = new Chunk(new VerticalPositionMark(), textIndent);
                    under.setFont(tab.getFont());
                    first.add(at + 1, under);
                }
            }
            if (rest == 0) {
                // A line holding nothing but the tab would not be drawn, and the marker with it.
                first.add(new Chunk("\u00A0", new org.openpdf.text.Font(font, size, 0, colour)));
            }
            first.setIndentationLeft(textIndent);
            first.setFirstLineIndent(-markerWidth);
            first.setSpacingAfter(size * 0.25f);
            out.add(first);
            blocks(blocks.subList(rest, blocks.size()), textIndent, size, colour, where, out, body);
        }
    }

    /** A narrative's paragraph, its text held by {@code holder}. */
    private Laid paragraph(Block.Paragraph block, float indent, float size, Color colour, String where,
            StructureTree.Tag holder) {
        Laid laid = inlines(block.inlines(), size, colour, where, holder);
        laid.paragraph().setIndentationLeft(indent);
        laid.paragraph().setSpacingAfter(size * 0.4f);
        return laid;
    }

    /**
     * A paragraph laid out, and the element its text begins in: its holder's, or, in a paragraph
     * with links, the first of the elements under the holder that its text is split into.
     */
    private record Laid(Paragraph paragraph, StructureTree.Tag first) {}

    /**
     * Whether {@code cell} is narrative of more than one paragraph, or of a list: such a cell's
     * paragraphs and lists are elements of their own under it. A single paragraph is the cell's
     * text, as a text cell's is: one element fewer, of the hundreds of thousands of a large report.
     */
    private static boolean hasBlocks(Cell cell) {
        return cell instanceof Cell.NarrativeCell n
                && !(n.narrative().blocks().size() == 1 && n.narrative().blocks().getFirst() instanceof Block.Paragraph);
    }

    /**
     * Whether {@code cell}'s texts are all in elements of their own under it ({@link #hasBlocks}, {@link
     * #labelApart}), the cell holding no text itself.
     */
    private static boolean holdsElements(Cell cell) {
        return hasBlocks(cell) || cell instanceof Cell.StatusCell s && labelApart(s);
    }

    /**
     * {@code inlines} as a paragraph whose text {@code holder} holds. Where some are links, the
     * holder's text is split: each link's is a Link element, each run of text between them a Span,
     * each with its own text noted for its actual text; the holder then has none, since an actual
     * text stands for all under its element, and would hide the links from assistive technology.
     */
    private Laid inlines(List<Inline> inlines, float size, Color colour, String where, StructureTree.Tag holder) {
        Paragraph paragraph = newParagraph(size);
        if (!hasLink(inlines)) {
            for (Inline inline : inlines) {
                add(paragraph, inline, size, colour, where);
            }
            fonts.endParagraph();
            return new Laid(paragraph, holder);
        }
        StructureTree.Tag first = holder;
        // The element the text goes on in; null after a link that ends the paragraph.
        StructureTree.Tag current = null;
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Span span && span.link().isPresent()) {
                if (current != null) {
                    tag(current);
                }
                StructureTree.Tag link = tree.add(holder, StructureTree.LINK);
                // The text after the link is drawn in the same text object: it needs its element now.
                StructureTree.Tag after = i + 1 < inlines.size() ? tree.add(holder, StructureTree.SPAN) : holder;
                Phrase text = new Phrase();
                // Core's link colour, underlined, as Word and a browser show a link.
                fonts.addTo(text, span.text(), TextStyle.of(span.strong(), span.emphasis()), size, LINK, where);
                for (Element chunk : text) {
                    ((Chunk) chunk).setUnderline(size / 18, -size / 8);
                    Links.makeLink(writer, (Chunk) chunk, span.link().get(), link, after);
                    paragraph.add(chunk);
                }
                tag(link);
                current = after == holder ? null : after;
            } else {
                if (i == 0) {
                    current = tree.add(holder, StructureTree.SPAN);
                    first = current;
                }
                add(paragraph, inline, size, colour, where);
            }
        }
        if (current != null) {
            tag(current);
        }
        fonts.endParagraph();
        return new Laid(paragraph, first);
    }

    private static boolean hasLink(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span span && span.link().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void add(Paragraph paragraph, Inline inline, float size, Color colour, String where) {
        switch (inline) {
            case Inline.Span span -> fonts.addTo(paragraph, span.text(), TextStyle.of(span.strong(), span.emphasis()),
                    size, colour, where);
            case Inline.LineBreak lineBreak -> paragraph.add(newLine(size, colour));
        }
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

    private PdfPCell headerCell(String text, String where, int alignment) {
        PdfPCell cell = bodyCell(paragraph(text, TextStyle.BOLD, tableText, TEXT, where), alignment);
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
