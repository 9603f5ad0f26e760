package io.github.actionplan.report.html;

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
import java.util.List;
import java.util.Locale;

/**
 * Lays one report out as HTML, writing as it goes: each section, and each table row, is written
 * to the stream as soon as it is laid out, so a report of any size needs no more memory than its
 * largest cell. Made for a single render and thrown away, so it may count tables and charts for
 * their ids.
 *
 * <p>Report headings of level 1 to 3 become {@code h2} to {@code h4} under the report title's
 * {@code h1}, so the page has one {@code h1} and its levels never skip.
 */
final class Page {

    /** Chapters (level-1 headings) from which a contents list is worth its space. */
    static final int CONTENTS_FROM = 4;

    /**
     * The narrowest a table's narrowest column may be, in em, before the table scrolls in its own
     * container instead of squeezing further; and the widest that rule may make a table.
     */
    private static final double MIN_COLUMN_EM = 7;
    private static final double MAX_MIN_TABLE_EM = 64;

    private final Markup html;
    private final Report report;
    private final RenderOptions options;
    private final boolean fragment;
    private int tables;
    private int charts;
    private int chapters;

    Page(Markup html, Report report, RenderOptions options, boolean fragment) {
        this.html = html;
        this.report = report;
        this.options = options;
        this.fragment = fragment;
    }

    /** Writes the whole page, or the fragment. */
    void write() throws IOException {
        String language = report.metadata().language();
        if (fragment) {
            html.raw("<article class=\"ap-report\" lang=\"").attribute(language).raw("\">\n");
        } else {
            head(report.metadata(), language);
            html.raw("<body>\n<a class=\"ap-skip\" href=\"#ap-main\">Skip to main content</a>\n");
        }
        html.raw("<header class=\"ap-header\">\n<h1>").text(report.title()).raw("</h1>\n");
        if (!report.subtitle().isEmpty()) {
            html.raw("<p class=\"ap-subtitle\">").text(report.subtitle()).raw("</p>\n");
        }
        html.raw("</header>\n");
        contents();
        html.raw(fragment ? "<div class=\"ap-body\">\n" : "<main id=\"ap-main\" tabindex=\"-1\">\n");
        for (Section section : report.sections()) {
            section(section);
        }
        html.raw(fragment ? "</div>\n</article>\n" : "</main>\n</body>\n</html>\n");
    }

    private void head(DocumentMetadata metadata, String language) throws IOException {
        html.raw("<!DOCTYPE html>\n<html lang=\"").attribute(language).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").line(metadata.title().isBlank() ? report.title() : metadata.title()).raw("</title>\n");
        meta("author", metadata.author());
        meta("description", metadata.subject());
        meta("keywords", String.join(", ", metadata.keywords()));
        html.raw("<style>\n").raw(Stylesheet.css(options.pageSize())).raw("</style>\n</head>\n");
    }

    private void meta(String name, String content) throws IOException {
        if (!content.isBlank()) {
            html.raw("<meta name=\"" + name + "\" content=\"").attribute(content).raw("\">\n");
        }
    }

    /** A list of the chapters, linked to their headings, when there are enough of them to need one. */
    private void contents() throws IOException {
        List<Section.Heading> chapterHeadings = report.sections().stream()
                .filter(Section.Heading.class::isInstance)
                .map(Section.Heading.class::cast)
                .filter(h -> h.level() == 1)
                .toList();
        if (chapterHeadings.size() < CONTENTS_FROM) {
            return;
        }
        html.raw("<nav class=\"ap-contents\" aria-labelledby=\"ap-contents\">\n<h2 id=\"ap-contents\">Contents</h2>\n<ol>\n");
        int n = 0;
        for (Section.Heading heading : chapterHeadings) {
            html.raw("<li><a href=\"#ap-chapter-" + ++n + "\">").text(heading.text()).raw("</a></li>\n");
        }
        html.raw("</ol>\n</nav>\n");
    }

    private void section(Section section) throws IOException {
        switch (section) {
            case Section.Heading heading -> heading(heading);
            case Section.KeyFacts facts -> keyFacts(facts);
            case Section.StatusSummary summary -> statusSummary(summary);
            case Section.Table table -> table(table);
            case Section.NarrativeText text -> blocks(text.narrative().blocks());
            case Section.Legend legend -> legend(legend);
        }
    }

    private void heading(Section.Heading heading) throws IOException {
        String element = "h" + (heading.level() + 1);
        html.raw("<" + element);
        if (heading.level() == 1) {
            html.raw(" id=\"ap-chapter-" + ++chapters + "\"");
        }
        html.raw(">").text(heading.text()).raw("</" + element + ">\n");
    }

    private void keyFacts(Section.KeyFacts facts) throws IOException {
        if (facts.facts().isEmpty()) {
            return;
        }
        html.raw("<dl class=\"ap-facts\">\n");
        for (Section.KeyFact fact : facts.facts()) {
            html.raw("<div><dt>").text(fact.label()).raw("</dt><dd>").text(fact.value()).raw("</dd></div>\n");
        }
        html.raw("</dl>\n");
    }

    // ---------------------------------------------------------------- status summary and legend

    /**
     * The counts as a table, each status written on its own colour, beside the chart; the chart's
     * description is printed under it, so nothing is only in the picture.
     */
    private void statusSummary(Section.StatusSummary summary) throws IOException {
        html.raw("<div class=\"ap-summary\">\n");
        if (!summary.counts().isEmpty()) {
            openTable(summary.title(), "ap-counts", 0, false);
            List<String> headers = summary.headers();
            html.raw("<thead><tr><th scope=\"col\">").text(headers.get(0)).raw("</th><th scope=\"col\" class=\"ap-num\">")
                    .text(headers.get(1)).raw("</th><th scope=\"col\" class=\"ap-num\">").text(headers.get(2))
                    .raw("</th></tr></thead>\n<tbody>\n");
            for (Section.StatusCount count : summary.counts()) {
                html.raw("<tr><th scope=\"row\" class=\"ap-status\"" + colours(count.fill(), count.textColour()) + ">")
                        .text(count.label()).raw("</th><td class=\"ap-num\">").text(count.countText())
                        .raw("</td><td class=\"ap-num\">").text(count.shareText()).raw("</td></tr>\n");
            }
            html.raw("</tbody>\n<tfoot><tr><th scope=\"row\">").text(summary.totalLabel()).raw("</th><td class=\"ap-num\">")
                    .text(summary.totalText()).raw("</td><td></td></tr></tfoot>\n");
            closeTable();
        } else if (!summary.title().isEmpty()) {
            html.raw("<p class=\"ap-caption\">").text(summary.title()).raw("</p>\n");
        }
        String descriptionId = "ap-chart-" + ++charts;
        html.raw("<figure class=\"ap-chart\">\n");
        if (!summary.counts().isEmpty()) {
            StatusChart.write(html, summary, descriptionId);
        }
        html.raw("<figcaption id=\"" + descriptionId + "\">").text(summary.description()).raw("</figcaption>\n</figure>\n</div>\n");
    }

    private void legend(Section.Legend legend) throws IOException {
        if (legend.entries().isEmpty()) {
            if (!legend.title().isEmpty()) {
                html.raw("<p class=\"ap-caption\">").text(legend.title()).raw("</p>\n");
            }
            return;
        }
        openTable(legend.title(), "ap-legend", 0, false);
        html.raw("<thead><tr>");
        for (String header : legend.headers()) {
            html.raw("<th scope=\"col\">").text(header).raw("</th>");
        }
        html.raw("</tr></thead>\n<tbody>\n");
        for (Section.LegendEntry entry : legend.entries()) {
            html.raw("<tr><td class=\"ap-status\"" + colours(entry.fill(), entry.textColour()) + ">")
                    .text(entry.colourName()).raw("</td><td><strong>").text(entry.label()).raw("</strong></td><td>")
                    .text(entry.meaning()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n");
        closeTable();
    }

    // ---------------------------------------------------------------- tables

    private void table(Section.Table table) throws IOException {
        List<Column> columns = table.columns();
        int total = columns.stream().mapToInt(Column::width).sum();
        int narrowest = columns.stream().mapToInt(Column::width).min().orElse(1);
        openTable(table.title(), "ap-data", (int) Math.ceil(Math.min(MAX_MIN_TABLE_EM, MIN_COLUMN_EM * total / narrowest)),
                table.wide());
        html.raw("<colgroup>");
        for (Column column : columns) {
            html.raw(String.format(Locale.ROOT, "<col style=\"width:%.2f%%\">", 100.0 * column.width() / total));
        }
        html.raw("</colgroup>\n<thead><tr>");
        for (Column column : columns) {
            html.raw("<th scope=\"col\"" + alignment(column.type()) + ">").text(column.header()).raw("</th>");
        }
        html.raw("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            html.raw("<tr>");
            for (int c = 0; c < row.size(); c++) {
                cell(row.get(c), columns.get(c).type());
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n");
        closeTable();
    }

    /**
     * Opens a table in a container of its own that scrolls sideways when the table is wider than
     * the screen (WCAG 1.4.10 reflow lets a data table scroll; the page itself must not). The
     * container can take focus, so a keyboard can scroll it, and is named by the caption.
     */
    private void openTable(String title, String kind, int minEm, boolean wide) throws IOException {
        String id = "ap-table-" + ++tables;
        html.raw("<div class=\"ap-scroll" + (wide ? " ap-wide" : "") + "\" tabindex=\"0\"");
        html.raw(title.isEmpty() ? " role=\"group\" aria-label=\"Table\">\n"
                : " role=\"region\" aria-labelledby=\"" + id + "\">\n");
        html.raw("<table class=\"ap-table " + kind + "\"" + (minEm > 0 ? " style=\"min-width:" + minEm + "em\"" : "") + ">\n");
        if (!title.isEmpty()) {
            // The caption is as wide as the table; its text stays in view while the table scrolls.
            html.raw("<caption id=\"" + id + "\"><span class=\"ap-caption-text\">").text(title).raw("</span></caption>\n");
        }
    }

    private void closeTable() throws IOException {
        html.raw("</table>\n</div>\n");
    }

    private static String alignment(Column.ColumnType type) {
        return type == Column.ColumnType.NUMBER || type == Column.ColumnType.PERCENT ? " class=\"ap-num\"" : "";
    }

    private void cell(Cell content, Column.ColumnType type) throws IOException {
        switch (content) {
            case Cell.EmptyCell empty -> html.raw("<td></td>");
            case Cell.NarrativeCell narrative -> {
                html.raw("<td>");
                blocks(narrative.narrative().blocks());
                html.raw("</td>");
            }
            case Cell.StatusCell status -> statusCell(status);
            case Cell.TimescaleCell timescale -> {
                html.raw("<td>").text(timescale.text());
                if (!timescale.dueText().isEmpty() && !timescale.dueText().equals(timescale.text())) {
                    html.raw("<span class=\"ap-note\">").text(timescale.dueText()).raw("</span>");
                }
                html.raw("</td>");
            }
            default -> html.raw("<td" + alignment(type) + ">").text(content.text()).raw("</td>");
        }
    }

    /**
     * The status as words on its BRAG colour: the label in bold, then what else core's
     * {@link Cell.StatusCell#text()} adds (the flag where the owner's assessment differs), then
     * the reason in smaller type. Nothing is said by the colour alone.
     */
    private void statusCell(Cell.StatusCell status) throws IOException {
        html.raw("<td class=\"ap-status\"" + colours(status.fill(), status.textColour()) + "><div class=\"ap-keep\"><strong>")
                .text(status.label()).raw("</strong>");
        String text = status.text();
        String rest = text.startsWith(status.label()) ? text.substring(status.label().length())
                : status.flag().map(flag -> " " + flag).orElse("");
        if (!rest.isEmpty()) {
            html.text(rest);
        }
        if (!status.reason().isEmpty()) {
            html.raw("<span class=\"ap-note\">").text(status.reason()).raw("</span>");
        }
        html.raw("</div></td>");
    }

    /** The fill and text colour core chose, as a style attribute, so a fragment keeps them too. */
    private static String colours(Colour fill, Colour text) {
        return " style=\"background-color:" + fill + ";color:" + text + "\"";
    }

    // ---------------------------------------------------------------- narrative

    private void blocks(List<Block> blocks) throws IOException {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph paragraph -> {
                    html.raw("<p>");
                    inlines(paragraph.inlines());
                    html.raw("</p>\n");
                }
                case Block.BulletList list -> {
                    html.raw("<ul>\n");
                    items(list.items());
                    html.raw("</ul>\n");
                }
                case Block.NumberedList list -> {
                    html.raw(list.start() == 1 ? "<ol>\n" : "<ol start=\"" + list.start() + "\">\n");
                    items(list.items());
                    html.raw("</ol>\n");
                }
            }
        }
    }

    /** List items; an item of one paragraph holds its text directly, without a {@code p}. */
    private void items(List<Block.ListItem> items) throws IOException {
        for (Block.ListItem item : items) {
            html.raw("<li>");
            List<Block> blocks = item.blocks();
            if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph only) {
                inlines(only.inlines());
            } else {
                blocks(blocks);
            }
            html.raw("</li>\n");
        }
    }

    private void inlines(List<Inline> inlines) throws IOException {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span span -> {
                    html.raw(span.strong() ? "<strong>" : "").raw(span.emphasis() ? "<em>" : "").text(span.text())
                            .raw(span.emphasis() ? "</em>" : "").raw(span.strong() ? "</strong>" : "");
                }
                case Inline.LineBreak lineBreak -> html.raw("<br>");
            }
        }
    }
}
