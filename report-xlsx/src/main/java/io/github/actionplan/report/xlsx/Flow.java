package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Section;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Lays out the sections that are not tables as rows of a sheet, top to bottom in reading order:
 * headings, key facts, the status summary with its chart, and narrative as one row per paragraph
 * or list item.
 */
final class Flow {

    /** How many rows of the default height the status chart covers. */
    static final int CHART_ROWS = 16;
    /** How wide the status chart is, at least, in character widths. */
    static final double CHART_WIDTH = 64;
    /** The most a key fact's label column needs, in character widths. */
    static final double LABEL_WIDTH = 24;

    private final Styles styles;
    private final CellWriter cells;
    private final Function<String, XSSFSheet> drawableSheet;
    private final String language;

    /**
     * @param drawableSheet the plain sheet behind a sheet's name, on which a chart can be drawn
     * @param language      the document's language tag, which the chart's text carries
     */
    Flow(Styles styles, CellWriter cells, Function<String, XSSFSheet> drawableSheet, String language) {
        this.styles = styles;
        this.cells = cells;
        this.drawableSheet = drawableSheet;
        this.language = language;
    }

    /** Writes {@code sections} at the cursor, with a gap before each that does not follow a heading. */
    void write(SheetCursor cursor, List<Section> sections) {
        boolean afterHeading = false;
        for (Section section : sections) {
            if (!afterHeading) {
                cursor.gap();
            }
            switch (section) {
                case Section.Heading heading -> line(cursor, heading.text(), headingKind(heading.level()));
                case Section.KeyFacts facts -> keyFacts(cursor, facts);
                case Section.StatusSummary summary -> statusSummary(cursor, summary);
                case Section.NarrativeText text -> narrative(cursor, text.narrative());
                case Section.Table table -> throw new IllegalArgumentException("tables are written by TableWriter");
                case Section.Legend legend -> throw new IllegalArgumentException("the legend has a sheet of its own");
            }
            afterHeading = section instanceof Section.Heading;
        }
    }

    /** One row of text spanning the cursor's columns, wrapped, as tall as the text needs. */
    void line(SheetCursor cursor, String text, Styles.Kind kind) {
        Row row = cursor.row();
        String shown = cells.text(row, 0, text, styles.of(kind));
        cursor.spanFrom(row, 0);
        int points = Styles.points(kind);
        cursor.fit(row, Texts.wrappedLines(shown, SheetCursor.charsPerLine(cursor.widthFrom(0), points)), points);
    }

    private static Styles.Kind headingKind(int level) {
        return switch (level) {
            case 1 -> Styles.Kind.HEADING_1;
            case 2 -> Styles.Kind.HEADING_2;
            default -> Styles.Kind.HEADING_3;
        };
    }

    /**
     * Labels in the first column, values spanning the rest. Where the first column is narrower
     * than the longest label (a table sheet's "Ref" column, say), labels span more columns, so
     * that no label breaks inside a word.
     */
    private void keyFacts(SheetCursor cursor, Section.KeyFacts facts) {
        int longest = facts.facts().stream().mapToInt(f -> Texts.longestWord(f.label())).max().orElse(0);
        double wanted = Math.min(LABEL_WIDTH, longest + 2);
        int valueColumn = 1;
        for (double width = cursor.width(0); width < wanted && valueColumn < cursor.span() - 1; valueColumn++) {
            width += cursor.width(valueColumn);
        }
        double labelWidth = 0;
        for (int i = 0; i < valueColumn; i++) {
            labelWidth += cursor.width(i);
        }
        for (Section.KeyFact fact : facts.facts()) {
            Row row = cursor.row();
            String label = cells.text(row, 0, fact.label(), styles.of(Styles.Kind.LABEL));
            if (valueColumn > 1) {
                cursor.merge(row, 0, valueColumn - 1);
            }
            String value = cells.text(row, valueColumn, fact.value(), styles.of(Styles.Kind.TEXT));
            cursor.spanFrom(row, valueColumn);
            int lines = Math.max(Texts.wrappedLines(label, labelWidth), Texts.wrappedLines(value, cursor.widthFrom(valueColumn)));
            cursor.fit(row, lines, 11);
        }
    }

    private void statusSummary(SheetCursor cursor, Section.StatusSummary summary) {
        line(cursor, summary.title(), Styles.Kind.CAPTION);
        Row header = cursor.row();
        List<String> headers = summary.headers();
        int headerLines = 1;
        for (int i = 0; i < headers.size(); i++) {
            String shown = cells.text(header, i, headers.get(i), styles.of(Styles.Kind.HEADER));
            headerLines = Math.max(headerLines, Texts.wrappedLines(shown, cursor.width(i) - 1));
        }
        cursor.fit(header, headerLines, 11);
        int firstCountRow = cursor.rowIndex();
        for (Section.StatusCount count : summary.counts()) {
            Row row = cursor.row();
            String label = cells.text(row, 0, count.label(), styles.status(count.fill(), count.textColour()));
            Cell number = row.createCell(1);
            number.setCellValue(count.count());
            number.setCellStyle(styles.of(Styles.Kind.NUMBER));
            Cell share = row.createCell(2);
            share.setCellValue(count.share().doubleValue());
            share.setCellStyle(styles.of(Styles.Kind.PERCENT));
            cursor.fit(row, Texts.wrappedLines(label, cursor.width(0)), 11);
        }
        int lastCountRow = cursor.rowIndex() - 1;
        Row total = cursor.row();
        cells.text(total, 0, summary.totalLabel(), styles.of(Styles.Kind.LABEL));
        Cell number = total.createCell(1);
        number.setCellValue(summary.total());
        number.setCellStyle(styles.of(Styles.Kind.NUMBER));
        cursor.fit(total, 1, 11);
        line(cursor, summary.description(), Styles.Kind.DESCRIPTION);
        if (!summary.counts().isEmpty()) {
            cursor.gap();
            int top = cursor.rowIndex();
            int columns = 1;
            for (double width = cursor.width(0); width < CHART_WIDTH && columns < 26; columns++) {
                width += cursor.width(columns);
            }
            StatusChart.draw(drawableSheet.apply(cursor.sheet().getSheetName()), summary, firstCountRow, lastCountRow,
                    top, columns, CHART_ROWS, language);
            cursor.skip(CHART_ROWS);
        }
    }

    private void narrative(SheetCursor cursor, Narrative narrative) {
        blocks(cursor, narrative.blocks(), 0);
    }

    private void blocks(SheetCursor cursor, List<Block> blocks, int depth) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph paragraph -> paragraph(cursor, paragraph, "", depth);
                case Block.BulletList list -> {
                    for (Block.ListItem item : list.items()) {
                        item(cursor, item, "\u2022 ", depth);
                    }
                }
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        item(cursor, list.items().get(i), list.number(i) + ". ", depth);
                    }
                }
            }
        }
    }

    /** A list item: its marker on the first paragraph, later blocks indented under it. */
    private void item(SheetCursor cursor, Block.ListItem item, String marker, int depth) {
        List<Block> blocks = item.blocks();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            paragraph(cursor, first, marker, depth);
            blocks(cursor, blocks.subList(1, blocks.size()), depth + 1);
        } else {
            Row row = cursor.row();
            cells.text(row, 0, marker.strip(), styles.text(depth));
            cursor.fit(row, 1, 11);
            blocks(cursor, blocks, depth + 1);
        }
    }

    private void paragraph(SheetCursor cursor, Block.Paragraph paragraph, String marker, int depth) {
        Row row = cursor.row();
        String shown = cells.paragraph(row, 0, paragraph.inlines(), marker, styles.text(depth), cursor.richText());
        cursor.spanFrom(row, 0);
        // an indent step is about three character widths
        double width = Math.max(4, cursor.widthFrom(0) - 3 * depth);
        cursor.fit(row, Texts.wrappedLines(shown, width), 11);
    }
}
