package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Lays out a sheet's sections as its rows, top to bottom in reading order: headings, key facts,
 * the status summary (its title, its chart, the chart's description and its table), narrative as
 * one row per paragraph or list item, and tables through {@link TableWriter}. A section of a type
 * this renderer does not know is laid out as its fallback.
 */
final class Flow {

    /** How wide the status chart is, at least, in character widths. */
    static final double CHART_WIDTH = 64;
    /** The width of the first column of a sheet without tables, key facts' labels, in character widths. */
    static final double LABEL_WIDTH = 24;

    private final Styles styles;
    private final CellWriter cells;
    private final TableWriter tables;
    private final Function<String, XSSFSheet> drawableSheet;
    private final String chartName;
    /** The text of the last heading written, which names a table without a title of its own. */
    private String lastHeading = "";

    /**
     * @param drawableSheet the plain sheet behind a sheet's name, on which a chart can be drawn
     * @param chartName     a status chart's name and alternative text,
     *                      {@link io.github.actionplan.report.LayoutWords#chart()}
     */
    Flow(Styles styles, CellWriter cells, TableWriter tables, Function<String, XSSFSheet> drawableSheet,
            String chartName) {
        this.styles = styles;
        this.cells = cells;
        this.tables = tables;
        this.drawableSheet = drawableSheet;
        this.chartName = chartName;
    }

    /**
     * Writes {@code sections} at the cursor, with a gap before each that does not follow a
     * heading; {@code alone} where the sheet holds one table, to freeze and repeat its header.
     */
    void write(SheetCursor cursor, List<Section> sections, boolean alone) throws InterruptedIOException {
        boolean afterHeading = false;
        for (Section section : sections) {
            Cancellation.checkInterrupted();
            if (!afterHeading) {
                cursor.gap();
            }
            section(cursor, section, alone);
            afterHeading = section instanceof Section.Heading;
        }
    }

    private void section(SheetCursor cursor, Section section, boolean alone) throws InterruptedIOException {
        switch (section) {
            case Section.Heading heading -> heading(cursor, heading);
            case Section.NarrativeText text -> narrative(cursor, text.narrative());
            case Section.Table table -> table(cursor, table, alone);
            case Section.KeyFacts facts -> keyFacts(cursor, facts);
            case Section.StatusSummary summary -> statusSummary(cursor, summary, alone);
            case Section.Legend legend -> table(cursor, legend.table(), alone);
            default -> write(cursor, section.fallback(), alone);
        }
    }

    private void heading(SheetCursor cursor, Section.Heading heading) {
        cursor.keepWithNext();
        cells.line(cursor, heading.text(), headingKind(heading.level()));
        lastHeading = heading.text();
    }

    /**
     * A table under its title as a heading, where core makes it one, else with its caption; but a table of data alone
     * on its sheet with neither, as core's {@link Section.Table#data()} says.
     */
    private void table(SheetCursor cursor, Section.Table table, boolean alone) throws InterruptedIOException {
        if (table.heading().isPresent() && TableWriter.titledOnSheet(table, alone)) {
            heading(cursor, table.heading().get());
        }
        tables.write(cursor, table, name(table), alone);
    }

    /** What to name a table in the workbook: its title, or else the heading it is under. */
    private String name(Section.Table table) {
        return table.title().isEmpty() ? lastHeading : table.title();
    }

    private static Styles.Kind headingKind(int level) {
        return switch (level) {
            case 1 -> Styles.Kind.HEADING_1;
            case 2 -> Styles.Kind.HEADING_2;
            default -> Styles.Kind.HEADING_3;
        };
    }

    /**
     * Core's table of the facts, labels in the first column and values in the second, each row
     * headed by its label where core says so: an Excel table like any other, named after the
     * heading it is under and its column headers. Nothing is merged, since a screen reader reads a
     * merged range as its corners and Excel's accessibility checker warns of it; the sheet's
     * columns are wide enough for the longest word of a label ({@code TableWriter.widened}), the
     * details have what room the sheet's other tables can share ({@code TableWriter.shared}), and
     * longer text wraps.
     */
    private void keyFacts(SheetCursor cursor, Section.KeyFacts facts) throws InterruptedIOException {
        if (facts.facts().isEmpty()) {
            return;
        }
        Section.Table table = facts.table();
        String name = !facts.title().isEmpty() ? facts.title() : String.join(" ", Stream.of(lastHeading,
                facts.labelHeader(), facts.valueHeader()).filter(part -> !part.isEmpty()).toList());
        // never alone: key facts neither freeze a sheet's panes nor take its print titles from its tables; printed
        // whole, as they are few
        tables.write(cursor, table, name, false, table.rowHeaders(), true);
    }

    /**
     * The title as the heading core made it, the chart with its name as its alternative text, the description, then
     * the table, named after the title.
     */
    private void statusSummary(SheetCursor cursor, Section.StatusSummary summary, boolean alone)
            throws InterruptedIOException {
        if (summary.heading().isPresent()) {
            heading(cursor, summary.heading().get());
        }
        if (!summary.counts().isEmpty()) {
            int top = cursor.rowIndex();
            int columns = 1;
            for (double width = cursor.width(0); width < CHART_WIDTH && columns < 26; columns++) {
                width += cursor.width(columns);
            }
            StatusChart.draw(drawableSheet.apply(cursor.sheet().getSheetName()), summary, top, columns, chartName);
            cursor.skip(StatusChart.rows(summary));
        }
        cells.line(cursor, summary.description(), Styles.Kind.DESCRIPTION);
        cursor.gap();
        String name = summary.table().title().isEmpty() ? summary.title() : summary.table().title();
        // printed whole: a row of the counts or two alone on the next page would read as another table (run 85 #4)
        tables.write(cursor, summary.table(), name, alone, false, true);
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
        String shown = cells.paragraph(row, 0, paragraph.inlines(), marker, styles.text(depth));
        cursor.spanFrom(row, 0);
        // an indent step is about three character widths
        double width = Math.max(4, cursor.widthFrom(0) - 3 * depth);
        cursor.fit(row, CellSizes.wrappedLines(shown, width), 11);
    }
}
