package io.github.actionplan.report.docx;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Lays one report out in one document: the walk over its sections. Made for a single render and
 * thrown away, so it may keep state (the current page orientation, the list counter).
 */
final class Layout {

    /** Light grey behind header cells and key-fact labels. */
    static final String HEADER_FILL = "F3F2F1";
    private static final String BORDER_COLOUR = "B1B4B6";

    private final XWPFDocument document;
    private final Report report;
    private final PageSetup pages;
    private final Lists lists;
    private final CTSectPr lastSection;
    private boolean landscape;

    Layout(XWPFDocument document, Report report, RenderOptions options) {
        this.document = document;
        this.report = report;
        this.pages = new PageSetup(options.pageSize());
        Styles.install(document, report.metadata().language());
        this.lists = new Lists(document);
        CTBody body = document.getDocument().getBody();
        this.lastSection = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /** Lays the whole report out. */
    void lay() throws IOException, InvalidFormatException {
        properties(report.metadata());
        settings(report.metadata().language());
        headerAndFooter();
        paragraph(Styles.TITLE, report.title());
        if (!report.subtitle().isEmpty()) {
            paragraph(Styles.SUBTITLE, report.subtitle());
        }
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            boolean wanted = needsLandscape(sections, i);
            if (wanted != landscape) {
                endSection();
                landscape = wanted;
            }
            section(sections.get(i));
        }
        if (lastBodyElement().filter(XWPFTable.class::isInstance).isPresent()) {
            // Word always keeps a paragraph after a table; a tiny one takes no space.
            document.createParagraph().setStyle(Styles.SECTION_BREAK);
        }
        pages.apply(lastSection, landscape);
    }

    /**
     * Whether section {@code i} goes on a landscape page: a wide table does, and so do the
     * headings just before it, so that a heading is never left alone on the page before its table.
     */
    private static boolean needsLandscape(List<Section> sections, int i) {
        for (int j = i; j < sections.size(); j++) {
            Section section = sections.get(j);
            if (section instanceof Section.Heading) {
                continue;
            }
            return section instanceof Section.Table table && table.wide();
        }
        return false;
    }

    private void section(Section section) throws IOException, InvalidFormatException {
        switch (section) {
            case Section.Heading heading -> paragraph(Styles.heading(heading.level()), heading.text());
            case Section.KeyFacts facts -> keyFacts(facts);
            case Section.StatusSummary summary -> statusSummary(summary);
            case Section.Table table -> table(table);
            case Section.NarrativeText text -> blocks(document::createParagraph, text.narrative().blocks(), 0,
                    Styles.NORMAL, Styles.LIST_PARAGRAPH);
            case Section.Legend legend -> legend(legend);
        }
    }

    // ---------------------------------------------------------------- document parts

    private void properties(DocumentMetadata metadata) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Optional<Date> created = Optional.of(Date.from(metadata.created().toInstant()));
        core.setTitle(metadata.title());
        core.setCreator(metadata.author());
        core.setLastModifiedByUser(metadata.author());
        core.setSubjectProperty(metadata.subject());
        core.setKeywords(String.join(", ", metadata.keywords()));
        core.setCreated(created);
        core.setModified(created);
        core.getUnderlyingProperties().setLanguageProperty(metadata.language());
    }

    /**
     * Marks the file as written for current Word (compatibility mode 15), so Word does not open it
     * in compatibility mode, and gives the language of theme fonts.
     */
    private void settings(String language) {
        CTSettings settings = document.getSettings().getCTSettings();
        CTCompatSetting mode = settings.addNewCompat().addNewCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        settings.addNewThemeFontLang().setVal(language);
    }

    /** The title at the top of every page, "Page X of Y" at the bottom. */
    private void headerAndFooter() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph title = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        title.setStyle(Styles.HEADER);
        Runs.write(title, report.title(), Runs.Look.PLAIN);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pages = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        pages.setStyle(Styles.FOOTER);
        Runs.write(pages, "Page ", Runs.Look.PLAIN);
        field(pages, "PAGE");
        Runs.write(pages, " of ", Runs.Look.PLAIN);
        field(pages, "NUMPAGES");
    }

    /**
     * A field that Word and LibreOffice work out when they lay the pages out. No cached result is
     * written (POI cannot paginate), and fields are not forced to update on open, which would make
     * Word ask the reader whether to update them.
     */
    private static void field(XWPFParagraph paragraph, String instruction) {
        XWPFFieldRun run = paragraph.createFieldRun();
        run.setFieldInstruction(" " + instruction + " ");
    }

    /**
     * Ends the current section at the last paragraph so far, with the current orientation, and
     * starts a new one on a new page. In OOXML every section but the last keeps its properties in
     * the last paragraph's {@code w:pPr}; a table cannot hold them, so after a table a tiny empty
     * paragraph does.
     */
    private void endSection() {
        XWPFParagraph carrier = lastBodyElement()
                .filter(XWPFParagraph.class::isInstance)
                .map(XWPFParagraph.class::cast)
                .filter(p -> p.getCTP().getPPr() == null || !p.getCTP().getPPr().isSetSectPr())
                .orElseGet(() -> {
                    XWPFParagraph empty = document.createParagraph();
                    empty.setStyle(Styles.SECTION_BREAK);
                    return empty;
                });
        // The copy keeps the header and footer references, so every section shows them.
        CTSectPr section = (CTSectPr) lastSection.copy();
        pages.apply(section, landscape);
        (carrier.getCTP().isSetPPr() ? carrier.getCTP().getPPr() : carrier.getCTP().addNewPPr()).setSectPr(section);
    }

    private Optional<IBodyElement> lastBodyElement() {
        List<IBodyElement> elements = document.getBodyElements();
        return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(elements.size() - 1));
    }

    // ---------------------------------------------------------------- sections

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        Runs.write(paragraph, text, Runs.Look.PLAIN);
        return paragraph;
    }

    private void keyFacts(Section.KeyFacts facts) {
        if (facts.facts().isEmpty()) {
            return;
        }
        int[] widths = widths(new int[] {1, 2});
        XWPFTable table = newTable(widths);
        boolean first = true;
        for (Section.KeyFact fact : facts.facts()) {
            XWPFTableRow row = first ? table.getRow(0) : newRow(table, widths);
            first = false;
            XWPFTableCell label = row.getCell(0);
            label.setColor(HEADER_FILL);
            Runs.write(firstParagraph(label, Styles.TABLE_TEXT), fact.label(), Runs.Look.BOLD);
            Runs.write(firstParagraph(row.getCell(1), Styles.TABLE_TEXT), fact.value(), Runs.Look.PLAIN);
        }
    }

    private void statusSummary(Section.StatusSummary summary) throws IOException, InvalidFormatException {
        if (!summary.title().isEmpty()) {
            paragraph(Styles.CAPTION, summary.title());
        }
        if (!summary.counts().isEmpty()) {
            XWPFParagraph holder = document.createParagraph();
            holder.setStyle(Styles.NORMAL);
            holder.setAlignment(ParagraphAlignment.CENTER);
            holder.setKeepNext(true);
            StatusChart.add(document, holder.createRun(), summary, pages.usableWidth(landscape),
                    Date.from(report.metadata().created().toInstant()), report.metadata().author());
        }
        // The chart's alt text is not seen by everyone: the same words are printed under it.
        paragraph(Styles.CHART_DESCRIPTION, summary.description());

        if (summary.counts().isEmpty()) {
            return;
        }
        // The counts as a table, so nothing is only in the picture; each row starts with the
        // status written on its own colour.
        int[] widths = widths(new int[] {4, 1, 1});
        XWPFTable table = newTable(widths);
        headerRow(table.getRow(0), summary.headers());
        for (Section.StatusCount count : summary.counts()) {
            XWPFTableRow row = newRow(table, widths);
            XWPFTableCell status = row.getCell(0);
            status.setColor(count.fill().hex());
            Runs.write(firstParagraph(status, Styles.TABLE_TEXT), count.label(),
                    Runs.Look.coloured(true, count.textColour()));
            number(row.getCell(1), count.countText());
            number(row.getCell(2), count.shareText());
        }
        XWPFTableRow total = newRow(table, widths);
        Runs.write(firstParagraph(total.getCell(0), Styles.TABLE_TEXT), summary.totalLabel(), Runs.Look.BOLD);
        number(total.getCell(1), summary.totalText());
    }

    /**
     * A header row in the table-heading style, for the small tables that fit on one page; marked
     * as the header row all the same, which is how Word and screen readers know it for one.
     */
    private void headerRow(XWPFTableRow row, List<String> headers) {
        row.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setColor(HEADER_FILL);
            Runs.write(firstParagraph(cell, Styles.TABLE_HEADING), headers.get(c), Runs.Look.BOLD);
        }
    }

    private void number(XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = firstParagraph(cell, Styles.TABLE_TEXT);
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        Runs.write(paragraph, text, Runs.Look.PLAIN);
    }

    private void legend(Section.Legend legend) {
        if (!legend.title().isEmpty()) {
            paragraph(Styles.CAPTION, legend.title());
        }
        if (legend.entries().isEmpty()) {
            return;
        }
        int[] widths = widths(new int[] {1, 2, 4});
        XWPFTable table = newTable(widths);
        headerRow(table.getRow(0), legend.headers());
        for (Section.LegendEntry entry : legend.entries()) {
            XWPFTableRow row = newRow(table, widths);
            XWPFTableCell colour = row.getCell(0);
            colour.setColor(entry.fill().hex());
            Runs.write(firstParagraph(colour, Styles.TABLE_TEXT), entry.colourName(),
                    Runs.Look.coloured(true, entry.textColour()));
            Runs.write(firstParagraph(row.getCell(1), Styles.TABLE_TEXT), entry.label(), Runs.Look.BOLD);
            Runs.write(firstParagraph(row.getCell(2), Styles.TABLE_TEXT), entry.meaning(), Runs.Look.PLAIN);
        }
    }

    private void table(Section.Table section) {
        if (!section.title().isEmpty()) {
            paragraph(Styles.CAPTION, section.title());
        }
        List<Column> columns = section.columns();
        int[] weights = columns.stream().mapToInt(Column::width).toArray();
        int[] widths = widths(weights);
        XWPFTable table = newTable(widths);
        XWPFTableRow header = table.getRow(0);
        // Word repeats a row on each page only if every row above it repeats too: it is row one.
        header.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            XWPFParagraph paragraph = firstParagraph(cell, Styles.TABLE_HEADING);
            align(paragraph, columns.get(c).type());
            Runs.write(paragraph, columns.get(c).header(), Runs.Look.PLAIN);
        }
        for (List<Cell> cells : section.rows()) {
            // Rows may split across pages (no cantSplit), so a long narrative is never pushed off a page.
            XWPFTableRow row = newRow(table, widths);
            for (int c = 0; c < cells.size(); c++) {
                cell(row.getCell(c), cells.get(c), columns.get(c).type());
            }
        }
    }

    private void cell(XWPFTableCell cell, Cell content, Column.ColumnType type) {
        switch (content) {
            case Cell.EmptyCell empty -> firstParagraph(cell, Styles.TABLE_TEXT);
            case Cell.NarrativeCell narrative -> {
                if (narrative.narrative().isEmpty()) {
                    firstParagraph(cell, Styles.TABLE_TEXT);
                } else {
                    blocks(cellParagraphs(cell), narrative.narrative().blocks(), 0, Styles.TABLE_TEXT, Styles.TABLE_TEXT);
                }
            }
            case Cell.StatusCell status -> statusCell(cell, status);
            case Cell.TimescaleCell timescale -> {
                XWPFParagraph paragraph = firstParagraph(cell, Styles.TABLE_TEXT);
                Runs.write(paragraph, timescale.text(), Runs.Look.PLAIN);
                if (!timescale.dueText().isEmpty() && !timescale.dueText().equals(timescale.text())) {
                    XWPFParagraph due = cell.addParagraph();
                    due.setStyle(Styles.CELL_NOTE);
                    Runs.write(due, timescale.dueText(), Runs.Look.PLAIN);
                }
            }
            default -> {
                XWPFParagraph paragraph = firstParagraph(cell, Styles.TABLE_TEXT);
                align(paragraph, type);
                Runs.write(paragraph, content.text(), Runs.Look.PLAIN);
            }
        }
    }

    /**
     * The status as words on its BRAG shading: the label in bold, then what else core's
     * {@link Cell.StatusCell#text()} adds (the flag when the owner's assessment differs), then
     * the reason in smaller type. Nothing is said by the colour alone.
     */
    private static void statusCell(XWPFTableCell cell, Cell.StatusCell status) {
        cell.setColor(status.fill().hex());
        Colour ink = status.textColour();
        XWPFParagraph first = firstParagraph(cell, Styles.TABLE_TEXT);
        Runs.write(first, status.label(), Runs.Look.coloured(true, ink));
        String text = status.text();
        String rest = text.startsWith(status.label()) ? text.substring(status.label().length())
                : status.flag().map(flag -> "\n" + flag).orElse("");
        if (!rest.isEmpty()) {
            Runs.write(first, rest, Runs.Look.coloured(false, ink));
        }
        if (!status.reason().isEmpty()) {
            XWPFParagraph reason = cell.addParagraph();
            reason.setStyle(Styles.CELL_NOTE);
            Runs.write(reason, status.reason(), Runs.Look.coloured(false, ink));
        }
    }

    private static void align(XWPFParagraph paragraph, Column.ColumnType type) {
        if (type == Column.ColumnType.NUMBER || type == Column.ColumnType.PERCENT) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    // ---------------------------------------------------------------- narrative

    /**
     * Lays out narrative blocks as paragraphs from {@code next}: paragraphs in {@code style}, list
     * items in {@code listStyle} with the numbering part's bullets or numbers at {@code level}.
     */
    private void blocks(Supplier<XWPFParagraph> next, List<Block> blocks, int level, String style, String listStyle) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph paragraph -> {
                    XWPFParagraph p = next.get();
                    p.setStyle(style);
                    if (level > 0) {
                        p.setIndentationLeft(Lists.indent(level - 1));
                    }
                    inlines(p, paragraph.inlines());
                }
                case Block.BulletList list -> items(next, list.items(), lists.newBulletList(level), level, style, listStyle);
                case Block.NumberedList list ->
                        items(next, list.items(), lists.newNumberedList(level, list.start()), level, style, listStyle);
            }
        }
    }

    private void items(Supplier<XWPFParagraph> next, List<Block.ListItem> items, BigInteger numId, int level,
            String style, String listStyle) {
        for (Block.ListItem item : items) {
            List<Block> blocks = item.blocks();
            XWPFParagraph marked = next.get();
            marked.setStyle(listStyle);
            marked.setNumID(numId);
            marked.setNumILvl(BigInteger.valueOf(level));
            int rest = 0;
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                inlines(marked, first.inlines());
                rest = 1;
            }
            // Further paragraphs of the item line up with its text; nested lists go one level in.
            blocks(next, blocks.subList(rest, blocks.size()), level + 1, listStyle, listStyle);
        }
    }

    private static void inlines(XWPFParagraph paragraph, List<Inline> inlines) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span span -> Runs.write(paragraph, span.text(),
                        new Runs.Look(span.strong(), span.emphasis(), Optional.empty()));
                case Inline.LineBreak lineBreak -> paragraph.createRun().addBreak();
            }
        }
    }

    // ---------------------------------------------------------------- tables

    /** Splits the usable width in proportion to {@code weights}; the last column takes what rounding leaves. */
    private int[] widths(int[] weights) {
        int total = pages.usableWidth(landscape);
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            widths[i] = (int) (total * (long) weights[i] / sum);
            used += widths[i];
        }
        widths[weights.length - 1] = total - used;
        return widths;
    }

    /**
     * A table of fixed column widths with a grid ({@code w:tblGrid}: LibreOffice ignores cell
     * widths without one), the grid style, direct borders and one row of empty cells.
     */
    private XWPFTable newTable(int[] widths) {
        XWPFTable table = document.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr properties = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        (properties.isSetTblStyle() ? properties.getTblStyle() : properties.addNewTblStyle()).setVal(Styles.TABLE_GRID);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(total));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        borders(properties);

        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow row = table.getRow(0);
        while (row.getTableCells().size() < widths.length) {
            row.addNewTableCell();
        }
        for (int c = 0; c < widths.length; c++) {
            cellWidth(row.getCell(c), widths[c]);
        }
        return table;
    }

    /** A new row of empty cells, each as wide as its grid column. */
    private static XWPFTableRow newRow(XWPFTable table, int[] widths) {
        // Not table.createRow(): it counts the table's rows in the XML (XMLBeans walks them all)
        // to find the first row's width, so a table of n rows took n^2 steps. The row is written
        // straight into the XML; the renderer never reads rows back through the table object.
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        for (int width : widths) {
            cellWidth(row.createCell(), width);
        }
        return row;
    }

    private static void borders(CTTblPr properties) {
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        border(borders.isSetTop() ? borders.getTop() : borders.addNewTop());
        border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft());
        border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom());
        border(borders.isSetRight() ? borders.getRight() : borders.addNewRight());
        border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH());
        border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV());
    }

    private static void border(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.ZERO);
        border.setColor(BORDER_COLOUR);
    }

    private static void cellWidth(XWPFTableCell cell, int width) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth tcW = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
    }

    /** The cell's first, empty paragraph, in {@code style}. */
    private static XWPFParagraph firstParagraph(XWPFTableCell cell, String style) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        return paragraph;
    }

    /** The cell's first paragraph, then new ones. */
    private static Supplier<XWPFParagraph> cellParagraphs(XWPFTableCell cell) {
        boolean[] used = {false};
        return () -> {
            if (!used[0]) {
                used[0] = true;
                return firstParagraph(cell, Styles.TABLE_TEXT);
            }
            return cell.addParagraph();
        };
    }
}
