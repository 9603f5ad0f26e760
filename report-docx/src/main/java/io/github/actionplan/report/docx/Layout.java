package io.github.actionplan.report.docx;

import io.github.actionplan.ooxml.DocumentProperties;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Lays one report out in one document: the walk over its chapters and sections. Made for a single
 * render and thrown away, so it may keep state (the current page orientation, the list and drawing
 * counters).
 */
final class Layout {

    static final String HEADER_FILL = Palette.HEADER_FILL.hex();
    private static final String BORDER_COLOUR = Palette.RULE.hex();
    /** The rule above a total row: 1.5 points, in the text colour. */
    private static final String TOTAL_RULE_COLOUR = Palette.TEXT.hex();
    private static final int TOTAL_RULE_EIGHTHS = 12;

    /**
     * The width of one character of table text, in twips, for sizing columns so that no word is
     * broken: 0.7 em of the 9-point table font. Arial Bold averages 0.50 to 0.56 em over long
     * words such as "Organisational" and "Development"; DejaVu Sans Bold, which LibreOffice
     * draws where Arial is not installed, 0.59 to 0.68 em. Headers and status labels are bold, so
     * the wider of the two, rounded up.
     */
    static final double CHARACTER_WIDTH = 0.7 * 9 * 20;
    /** A cell's left and right margins (85 twips each in the table style) and its borders. */
    static final double CELL_PADDING = 2 * 85 + 2 * 10;
    /** A line of 9-point table text on single spacing, in twips. */
    private static final int LINE_HEIGHT = 207;
    /** The width of an average character of table text, in twips: 0.55 em, Arial's over English text. */
    private static final double AVERAGE_CHARACTER_WIDTH = 0.55 * 9 * 20;
    /** The space around each paragraph of a cell (20 twips before, 40 after, in TableText). */
    private static final int PARAGRAPH_SPACE = 60;

    private final XWPFDocument document;
    /** Each paragraph style's size in half points, found once: a table of thousands of rows asks for every cell's. */
    private final Map<String, Integer> halfPoints = new HashMap<>();
    private final Report report;
    private final RenderOptions options;
    private final PageSetup pages;
    private final Lists lists;
    private final CTSectPr lastSection;
    private Orientation orientation;
    private long drawings;
    /** The text of the last heading, which names a table core gives no title of its own; the title's first. */
    private String lastHeading;

    Layout(XWPFDocument document, Report report, RenderOptions options) {
        this.document = document;
        this.report = report;
        this.options = options;
        this.lastHeading = report.title();
        this.pages = new PageSetup(options.pageSize());
        Styles.install(document, report.metadata().language());
        this.lists = new Lists(document);
        CTBody body = document.getDocument().getBody();
        this.lastSection = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        // The title goes on the first chapter's first page, the way up that chapter is.
        this.orientation = report.chapters().isEmpty() ? Orientation.PORTRAIT : report.chapters().get(0).orientation();
    }

    /** Lays the whole report out; stops, throwing, if the thread is interrupted (a render cancelled). */
    void lay() throws IOException, InvalidFormatException {
        DocumentProperties.write(document.getProperties(), report.metadata());
        settings(report.metadata().language());
        headerAndFooter();
        if (options.logo().isPresent()) {
            logo(options.logo().get());
        }
        Runs.write(paragraph(Styles.TITLE), report.title(), Runs.Look.PLAIN, report.titleLanguage());
        if (!report.subtitle().isEmpty()) {
            paragraph(Styles.SUBTITLE, report.subtitle());
        }
        for (Chapter chapter : report.chapters()) {
            if (chapter.orientation() != orientation) {
                endSection();
                orientation = chapter.orientation();
            }
            if (!chapter.heading().isEmpty()) {
                heading(new Section.Heading(1, chapter.heading()));
            }
            for (Section section : chapter.sections()) {
                section(section);
            }
        }
        if (lastBodyElement().filter(XWPFTable.class::isInstance).isPresent()) {
            // Word always keeps a paragraph after a table; a tiny one takes no space.
            document.createParagraph().setStyle(Styles.SECTION_BREAK);
        }
        pages.apply(lastSection, orientation);
    }

    /** Draws the types this renderer knows and, for any other, its fallback of basic sections. */
    private void section(Section section) throws IOException, InvalidFormatException {
        Cancellation.checkInterrupted();
        switch (section) {
            case Section.Heading heading -> heading(heading);
            case Section.NarrativeText text -> blocks(document::createParagraph, text.narrative().blocks(), 0,
                    Styles.NORMAL, Styles.LIST_PARAGRAPH);
            case Section.Table table -> table(table);
            case Section.KeyFacts facts -> keyFacts(facts);
            case Section.StatusSummary summary -> statusSummary(summary);
            case Section.Legend legend -> table(legend.table());
            default -> {
                for (Section part : section.fallback()) {
                    section(part);
                }
            }
        }
    }

    // ---------------------------------------------------------------- document parts

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

    /**
     * The running header at the top of every page; at the bottom, the running footer where there
     * is one, then "Page X of Y".
     */
    private void headerAndFooter() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        top.setStyle(Styles.HEADER);
        String running = options.runningHeader(report);
        Runs.write(top, running, Runs.Look.PLAIN, running.equals(report.title()) ? report.titleLanguage()
                : Optional.empty());

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph first = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        XWPFParagraph pageNumber = first;
        if (!options.runningFooter().isEmpty()) {
            first.setStyle(Styles.FOOTER);
            first.setAlignment(ParagraphAlignment.LEFT);
            Runs.write(first, options.runningFooter(), Runs.Look.PLAIN);
            pageNumber = footer.createParagraph();
        }
        pageNumber.setStyle(Styles.FOOTER);
        Runs.write(pageNumber, RenderOptions.PAGE_NUMBER_WORDS.get(0), Runs.Look.PLAIN);
        field(pageNumber, "PAGE");
        Runs.write(pageNumber, RenderOptions.PAGE_NUMBER_WORDS.get(1), Runs.Look.PLAIN);
        field(pageNumber, "NUMPAGES");
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
     * The service's logo at the top of the first page, in line with the text (a floating picture
     * has no place in the reading order), {@link Logo#HEIGHT_POINTS} high, with its alt text.
     */
    private void logo(Logo logo) throws IOException, InvalidFormatException {
        XWPFParagraph holder = document.createParagraph();
        holder.setStyle(Styles.NORMAL);
        holder.setKeepNext(true);
        XWPFRun run = holder.createRun();
        PictureType type = logo.type() == Logo.ImageType.PNG ? PictureType.PNG : PictureType.JPEG;
        run.addPicture(new ByteArrayInputStream(logo.image()), type, "logo." + logo.type().extension(),
                Units.toEMU(logo.widthPoints()), Units.toEMU(Logo.HEIGHT_POINTS));
        // POI describes a picture by its file name; a screen reader should read the service's words.
        CTNonVisualDrawingProps drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        drawing.setId(nextDrawingId());
        drawing.setName("Logo");
        drawing.setDescr(logo.altText());
    }

    /** A document-wide id for a drawing: Word expects each to be unique and none to be 0. */
    private long nextDrawingId() {
        return ++drawings;
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
        pages.apply(section, orientation);
        (carrier.getCTP().isSetPPr() ? carrier.getCTP().getPPr() : carrier.getCTP().addNewPPr()).setSectPr(section);
    }

    private Optional<IBodyElement> lastBodyElement() {
        List<IBodyElement> elements = document.getBodyElements();
        return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(elements.size() - 1));
    }

    // ---------------------------------------------------------------- sections

    /** A heading in the Heading style of its level; it names a table core gives no title of its own. */
    private void heading(Section.Heading heading) {
        lastHeading = heading.text();
        paragraph(Styles.heading(heading.level()), heading.text());
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = paragraph(style);
        Runs.write(paragraph, text, Runs.Look.PLAIN);
        return paragraph;
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /**
     * The facts as core's two-column table: its header row, marked as the header and repeated on
     * every page as any table's is, then a row per fact, sized like any other table so no label or
     * value word is broken. The labels are row headers: in bold on the header shading,
     * and the column Word's table look calls the first column. Their paragraphs are ordinary table
     * text, not the table-heading style: LibreOffice tags a cell in that style as a column header,
     * which would say each label heads the labels below it.
     */
    private void keyFacts(Section.KeyFacts facts) throws InterruptedIOException {
        if (facts.facts().isEmpty()) {
            return;
        }
        Section.Table section = facts.table();
        if (!section.caption().isEmpty()) {
            paragraph(Styles.CAPTION, section.caption());
        }
        double scale = textScale(section);
        int[] widths = widths(section, scale);
        XWPFTable table = newTable(widths);
        caption(table, section);
        look(table, true, true);
        TableHeight height = new TableHeight(widths, scale);
        List<XWPFTableRow> rows = new ArrayList<>();
        rows.add(headerRow(table, section.columns(), height));
        scaleText(table.getRow(0), scale);
        for (Section.KeyFact fact : facts.facts()) {
            Cancellation.checkInterrupted();
            XWPFTableRow row = newRow(table, widths);
            rows.add(row);
            if (height.keptWhole(List.of(fact.label(), fact.value()))) {
                row.setCantSplitRow(true);
            }
            XWPFTableCell label = row.getCell(0);
            label.setColor(HEADER_FILL);
            Runs.write(firstParagraph(label, Styles.TABLE_TEXT), fact.label(), Runs.Look.BOLD);
            Runs.write(firstParagraph(row.getCell(1), Styles.TABLE_TEXT), fact.value(), Runs.Look.PLAIN,
                    fact.language());
            scaleText(row, scale);
        }
        keepSmallTableWhole(rows, height);
    }

    /**
     * The title as the heading core made it, the chart of the counts with its name as its alt text, the description
     * under it, and the counts as an ordinary table, which the heading names.
     */
    private void statusSummary(Section.StatusSummary summary) throws IOException, InvalidFormatException {
        summary.heading().ifPresent(this::heading);
        if (!summary.counts().isEmpty()) {
            XWPFParagraph holder = document.createParagraph();
            holder.setStyle(Styles.NORMAL);
            holder.setAlignment(ParagraphAlignment.CENTER);
            holder.setKeepNext(true);
            StatusChart.add(document, holder.createRun(), summary, pages.usableWidth(orientation), nextDrawingId(),
                    Date.from(report.metadata().created().toInstant()), report.metadata().author(),
                    report.layoutWords().chart());
        }
        // The heading and chart keep with next by style and by hand; the description leads into the counts too.
        paragraph(Styles.CHART_DESCRIPTION, summary.description()).setKeepNext(true);
        table(summary.table());
    }

    /**
     * A table: named as core says, by its caption or by the heading before it (its title as a heading, or the heading
     * it sits under), a header row marked as the header and repeated on every page, the
     * rows, and the total row last, in bold under a rule. Columns are at least as wide as their
     * longest word; figures line up on the right.
     */
    private void table(Section.Table section) throws InterruptedIOException {
        section.heading().ifPresent(this::heading);
        if (!section.caption().isEmpty()) {
            paragraph(Styles.CAPTION, section.caption());
        }
        List<Column> columns = section.columns();
        double scale = textScale(section);
        int[] widths = widths(section, scale);
        XWPFTable table = newTable(widths);
        caption(table, section);
        look(table, true, false);
        TableHeight height = new TableHeight(widths, scale);
        List<XWPFTableRow> rows = new ArrayList<>();
        rows.add(headerRow(table, columns, height));
        scaleText(table.getRow(0), scale);
        for (List<Cell> cells : section.rows()) {
            // A table of thousands of rows is most of a render's time.
            Cancellation.checkInterrupted();
            XWPFTableRow row = newRow(table, widths);
            boolean kept = height.keptWhole(cells.stream().map(Cell::text).toList());
            if (kept) {
                row.setCantSplitRow(true);
            }
            if (height.small()) {
                rows.add(row);
            }
            for (int c = 0; c < cells.size(); c++) {
                cell(row.getCell(c), cells.get(c), columns.get(c).type(), Styles.TABLE_TEXT);
            }
            scaleText(row, scale);
            if (!kept) {
                fillBehindWordsOnly(row, cells);
            }
        }
        section.totalRow().ifPresent(cells -> {
            XWPFTableRow row = newRow(table, widths);
            rows.add(row);
            boolean kept = height.keptWhole(cells.stream().map(Cell::text).toList());
            if (kept) {
                row.setCantSplitRow(true);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                ruleAbove(cell);
                cell(cell, cells.get(c), columns.get(c).type(), Styles.TABLE_TOTAL);
            }
            scaleText(row, scale);
            if (!kept) {
                fillBehindWordsOnly(row, cells);
            }
        });
        keepSmallTableWhole(rows, height);
    }

    /**
     * Keeps a table of at most half a page on one page, as the PDF does, and so with what leads it in (its heading,
     * a caption, a status summary's chart and description), which keep with next: Word's way is that no row splits
     * and every row but the last keeps with the next. A longer table runs on as it falls, its heading with its first
     * row.
     */
    private static void keepSmallTableWhole(List<XWPFTableRow> rows, TableHeight height) {
        if (!height.small()) {
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            row.setCantSplitRow(true);
            if (r < rows.size() - 1) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true));
                }
            }
        }
    }

    /**
     * A table's height, estimated row by row as it is written: each row's tallest cell's lines, counted at the
     * average width of a character. Near enough for the choices it makes, which leave room for its error.
     */
    private final class TableHeight {

        private final int[] widths;
        private final double scale;
        private final double page = pages.usableHeight(orientation);
        private double total;

        TableHeight(int[] widths, double scale) {
            this.widths = widths;
            this.scale = scale;
        }

        /**
         * Adds a row of {@code cells}, and says whether it takes at most about half a page, so that it is kept on
         * one page (cantSplit) and no reader finds a row, or a status, cut in two, as in the PDF. A taller row may
         * split where it falls, so that it never leaves more than half a page blank, nor, taller than a page, runs
         * off it.
         */
        boolean keptWhole(List<String> cells) {
            double tallest = 0;
            for (int c = 0; c < cells.size(); c++) {
                double perLine = Math.max(1, (widths[c] - CELL_PADDING) / (AVERAGE_CHARACTER_WIDTH * scale));
                double height = 0;
                for (String line : cells.get(c).split("\n", -1)) {
                    height += PARAGRAPH_SPACE + LINE_HEIGHT * scale * Math.max(1, Math.ceil(line.length() / perLine));
                }
                tallest = Math.max(tallest, height);
            }
            total += tallest;
            return tallest <= page / 2;
        }

        /** Whether the rows so far take at most half a page. */
        boolean small() {
            return total <= page / 2;
        }
    }

    /**
     * The table's name as its caption in the table's own properties ({@code w:tblCaption}, Word's alt text title),
     * which a screen reader announces on entering it: its title, or else the heading it sits under.
     */
    private void caption(XWPFTable table, Section.Table section) {
        String name = section.title().isEmpty() ? lastHeading : section.title();
        if (!name.isEmpty()) {
            table.getCTTbl().getTblPr().addNewTblCaption().setVal(name);
        }
    }

    /**
     * The table's first row as its header row, repeated on every page the table runs onto; its height added to
     * {@code height}.
     */
    private static XWPFTableRow headerRow(XWPFTable table, List<Column> columns, TableHeight height) {
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
        height.keptWhole(columns.stream().map(Column::header).toList());
        return header;
    }

    /** Draws one cell's content, its text in {@code style} (a total row's is bold). */
    private void cell(XWPFTableCell cell, Cell content, Column.ColumnType type, String style) {
        switch (content) {
            case Cell.EmptyCell empty -> firstParagraph(cell, style);
            case Cell.NarrativeCell narrative -> {
                if (narrative.narrative().isEmpty()) {
                    firstParagraph(cell, style);
                } else {
                    blocks(cellParagraphs(cell, style), narrative.narrative().blocks(), 0, style, style);
                }
            }
            case Cell.StatusCell status -> statusCell(cell, status, style);
            case Cell.TimescaleCell timescale -> {
                Runs.write(firstParagraph(cell, style), timescale.words(), Runs.Look.PLAIN);
                if (!timescale.dueText().isEmpty()) {
                    note(cell, timescale.dueText(), Runs.Look.PLAIN);
                }
            }
            case Cell.TextCell text -> {
                XWPFParagraph paragraph = firstParagraph(cell, style);
                align(paragraph, type);
                // A plan's own word for a status, or its title, may be in the plan's language (WCAG 3.1.2).
                Runs.write(paragraph, text.text(), Runs.Look.PLAIN, text.language());
            }
            default -> {
                XWPFParagraph paragraph = firstParagraph(cell, style);
                align(paragraph, type);
                Runs.write(paragraph, content.text(), Runs.Look.PLAIN);
            }
        }
    }

    /**
     * The status as words on its BRAG shading: the label in bold, then the note on a line of its
     * own, then the reason in smaller type, each where the report gives it, all in the status's
     * text colour. Nothing is said by the colour alone. The label is the plan's own word where it names one, and so
     * marked with the plan's language; the note and reason are the report's.
     */
    private static void statusCell(XWPFTableCell cell, Cell.StatusCell status, String style) {
        cell.setColor(status.fill().hex());
        Colour ink = status.textColour();
        Runs.write(firstParagraph(cell, style), status.label(), Runs.Look.coloured(true, ink), status.labelLanguage());
        status.note().ifPresent(note -> {
            XWPFParagraph paragraph = cell.addParagraph();
            paragraph.setStyle(style);
            Runs.write(paragraph, note, Runs.Look.coloured(false, ink));
        });
        status.reason().ifPresent(reason -> note(cell, reason, Runs.Look.coloured(false, ink)));
    }

    /**
     * Moves each status's fill in {@code row}, one that may split across pages, from its cell to its label's paragraph,
     * its note and reason following in the text's own colour: Word and LibreOffice carry a cell's fill onto the next
     * page, where its words are not, and there the colour alone would say the status, on a row with no ref either
     * (run 126 #1); LibreOffice splits even a paragraph kept whole, so a note's last line went over with the colour
     * behind it (run 127 #5). The label is one paragraph, kept with the note after it. The PDF repeats the ref and
     * status at the top of a row's rest instead, which Word cannot.
     */
    private static void fillBehindWordsOnly(XWPFTableRow row, List<Cell> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) instanceof Cell.StatusCell status) {
                XWPFTableCell cell = row.getCell(c);
                cell.getCTTc().getTcPr().unsetShd();
                List<XWPFParagraph> words = cell.getParagraphs();
                XWPFParagraph label = words.getFirst();
                CTPPr properties = label.getCTP().isSetPPr() ? label.getCTP().getPPr() : label.getCTP().addNewPPr();
                CTShd shading = properties.isSetShd() ? properties.getShd() : properties.addNewShd();
                shading.setVal(STShd.CLEAR);
                shading.setColor("auto");
                shading.setFill(status.fill().hex());
                if (!properties.isSetKeepLines()) {
                    properties.addNewKeepLines();
                }
                if (words.size() > 1) {
                    label.setKeepNext(true);
                }
                words.stream().skip(1).flatMap(paragraph -> paragraph.getRuns().stream())
                        .forEach(run -> run.setColor(Palette.TEXT.hex()));
            }
        }
    }

    /** A line of smaller type at the end of a cell. */
    private static void note(XWPFTableCell cell, String text, Runs.Look look) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setStyle(Styles.CELL_NOTE);
        Runs.write(paragraph, text, look);
    }

    private static void align(XWPFParagraph paragraph, Column.ColumnType type) {
        if (type.isFigure()) {
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
                    inlines(p, paragraph);
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
                inlines(marked, first);
                rest = 1;
            }
            // Further paragraphs of the item line up with its text; nested lists go one level in.
            blocks(next, blocks.subList(rest, blocks.size()), level + 1, listStyle, listStyle);
        }
    }

    /** Writes a block paragraph's text into {@code paragraph}, each run marked with its language where it has one. */
    private static void inlines(XWPFParagraph paragraph, Block.Paragraph block) {
        Optional<String> language = block.language();
        for (Inline inline : block.inlines()) {
            switch (inline) {
                case Inline.Span span -> {
                    Runs.Look look = new Runs.Look(span.strong(), span.emphasis(), Optional.empty());
                    if (span.link().isPresent()) {
                        Runs.writeLink(paragraph, span.text(), span.link().get(), look, language);
                    } else {
                        Runs.write(paragraph, span.text(), look, language);
                    }
                }
                case Inline.LineBreak lineBreak -> Runs.lineBreak(paragraph, language);
            }
        }
    }

    // ---------------------------------------------------------------- tables

    /**
     * The columns' widths in twips over the width between the margins: core's
     * {@link Section.Table#columnWidths} for text at {@code scale} of its size, each at least its longest word, in
     * whole twips; the last column takes what rounding leaves.
     */
    private int[] widths(Section.Table table, double scale) {
        int total = pages.usableWidth(orientation);
        double[] exact = table.columnWidths(total, CHARACTER_WIDTH * scale, CELL_PADDING);
        int[] widths = new int[exact.length];
        int used = 0;
        for (int i = 0; i < exact.length - 1; i++) {
            widths[i] = (int) Math.round(exact[i]);
            used += widths[i];
        }
        widths[exact.length - 1] = total - used;
        return widths;
    }

    /** Core's scale for {@code table}'s text: below 1 where its words are wider than the page. */
    private double textScale(Section.Table table) {
        return table.textScale(pages.usableWidth(orientation), CHARACTER_WIDTH, CELL_PADDING);
    }

    /**
     * Sets every run of {@code row} in its paragraph style's size times {@code scale}, to the nearest half point, so
     * that the words fit the widths core gave for that scale (the register's fourteen columns on a landscape page).
     */
    private void scaleText(XWPFTableRow row, double scale) {
        if (scale >= 1) {
            return;
        }
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                // To the nearest half point: 6.3 points is 6.5, not 6, the floor core keeps to (run 139 #3).
                double size = Math.round(halfPoints.computeIfAbsent(paragraph.getStyle(),
                        style -> Styles.halfPoints(document, style)) * scale) / 2.0;
                for (XWPFRun run : paragraph.getRuns()) {
                    run.setFontSize(size);
                    run.setComplexScriptFontSize(size);
                }
            }
        }
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

    /**
     * Says which of the table's edges hold headers ({@code w:tblLook}): the first row, what Word
     * shows as "Header Row" in Table Design, or the first column, its "First Column". The table
     * style draws no banding, and says so.
     */
    private static void look(XWPFTable table, boolean headerRow, boolean headerColumn) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblLook look = properties.isSetTblLook() ? properties.getTblLook() : properties.addNewTblLook();
        look.setFirstRow(headerRow ? STOnOff1.ON : STOnOff1.OFF);
        look.setLastRow(STOnOff1.OFF);
        look.setFirstColumn(headerColumn ? STOnOff1.ON : STOnOff1.OFF);
        look.setLastColumn(STOnOff1.OFF);
        look.setNoHBand(STOnOff1.ON);
        look.setNoVBand(STOnOff1.ON);
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

    /** The cell's first paragraph, then new ones, in {@code style}. */
    private static Supplier<XWPFParagraph> cellParagraphs(XWPFTableCell cell, String style) {
        boolean[] used = {false};
        return () -> {
            if (!used[0]) {
                used[0] = true;
                return firstParagraph(cell, style);
            }
            return cell.addParagraph();
        };
    }

    /** A heavier rule along the top of a total row's cell, so the row reads as the total. */
    private static void ruleAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
        CTBorder top = borders.isSetTop() ? borders.getTop() : borders.addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(TOTAL_RULE_EIGHTHS));
        top.setSpace(BigInteger.ZERO);
        top.setColor(TOTAL_RULE_COLOUR);
    }
}
