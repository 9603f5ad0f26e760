package io.github.actionplan.report.html;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays one report out as HTML, writing as it goes: each section, and each table row, is written
 * to the stream as soon as it is laid out, so a report of any size needs no more memory than its
 * largest cell. Made for a single render and thrown away, so it may count tables and headings for
 * their ids.
 *
 * <p>Each chapter is a {@code section}: its heading an {@code h2} under the report title's
 * {@code h1}, report headings of level 1 to 3 {@code h2} to {@code h4}, never more than one
 * level below the heading before, so the page has one {@code h1} and its levels never skip. A
 * fragment may start lower, every heading as many levels down. A chapter's orientation names the page it
 * prints on.
 */
final class Page {

    /** Chapter headings from which a contents list is worth its space. */
    static final int CONTENTS_FROM = 4;

    /** Base64 turns every 3 bytes into 4 characters: the logo is encoded in slices of this many bytes. */
    private static final int LOGO_SLICE = 3 * 4096;

    /**
     * The page's one script, written last (never in a fragment): a table's scroll container is a
     * keyboard stop, and a group named by the caption, only while its table is wider than it, so a
     * page of forty tables that fit has no forty extra Tab stops and groups to pass. It follows
     * every change of width (a window resized, text zoomed, a tablet turned). Without it (scripts
     * off, a policy that forbids inline scripts, an old browser) every container stays a named
     * stop, as written: a table that scrolls can then always be scrolled from the keyboard.
     */
    static final String TABLE_SCRIPT = """

            (() => {
              if (!('ResizeObserver' in window)) return;
              const names = new Map();
              const fit = box => {
                if (box.scrollWidth > box.clientWidth) {
                  box.setAttribute('tabindex', '0');
                  box.setAttribute('role', 'group');
                  box.setAttribute('aria-labelledby', names.get(box));
                } else {
                  box.removeAttribute('tabindex');
                  box.removeAttribute('role');
                  box.removeAttribute('aria-labelledby');
                }
              };
              const watch = new ResizeObserver(changes => changes.forEach(c => fit(c.target.closest('.ap-scroll'))));
              for (const box of document.querySelectorAll('.ap-scroll')) {
                names.set(box, box.getAttribute('aria-labelledby'));
                fit(box);
                watch.observe(box);
                watch.observe(box.querySelector('table'));
              }
            })();
            """;

    private final Markup html;
    private final Report report;
    private final RenderOptions options;
    private final boolean fragment;
    /** The title's heading level: 1 but in a fragment made for a host page's outline. */
    private final int titleLevel;
    private int tables;
    private int chapters;
    /** The level of the last heading written, the title's {@code h1} first. */
    private int headingLevel;
    private int headings;
    /**
     * What every id starts with: {@code ap-} in a page; in a fragment, {@code ap-} and six letters of the report's
     * fingerprint, so that two reports' fragments on one page, as a site's quarterly reports are, name no element of
     * the other (run 129 #2). The same report gives the same ids.
     */
    private final String ids;
    /**
     * The style of a paragraph that is a line of a cell, a status's or a due date's: none in a page, whose stylesheet
     * sets it; in a fragment, no margin, which a host page's paragraphs have, a blank line above and below each of a
     * status's lines (run 130 #2). A policy that blocks it leaves the lines spaced, still apart.
     */
    private final String cellLine;
    /** The id of the last heading written, which names a table core gives no title of its own. */
    private String lastHeadingId;

    Page(Markup html, Report report, RenderOptions options, boolean fragment, int titleLevel) {
        this.html = html;
        this.report = report;
        this.options = options;
        this.fragment = fragment;
        this.titleLevel = titleLevel;
        this.headingLevel = titleLevel;
        this.ids = fragment ? "ap-" + fingerprint(report) + "-" : "ap-";
        this.cellLine = fragment ? " style=\"margin:0\"" : "";
        this.lastHeadingId = ids + "title";
    }

    /**
     * Six hexadecimal digits of the SHA-256 of the report's date and every text it shows: two reports of one plan at
     * one date, its summary and action plan, or one template's items split in two, differ in what they show, not in
     * their titles (run 130 #1).
     */
    private static String fingerprint(Report report) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(report.asOf().toString().getBytes(StandardCharsets.UTF_8));
            for (String text : report.texts()) {
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Writes the whole page, or the fragment; stops, throwing, if the thread is interrupted (a render cancelled). */
    void write() throws IOException {
        String language = report.metadata().language();
        if (fragment) {
            // Light only, as the page: a browser's forced dark mode turns the statuses' black words white on their
            // light fills (amber) otherwise (run 131 #1).
            html.raw("<article class=\"ap-report\" lang=\"").attribute(language).raw("\" style=\"color-scheme:only"
                    + " light\">\n");
        } else {
            head(report.metadata(), language);
            // The title and contents print on the first chapter's first page, so on paper of its orientation.
            html.raw("<body" + report.chapters().stream().findFirst().map(c -> " class=\"" + pageClass(c) + "\"")
                    .orElse("") + ">\n<a class=\"ap-skip\" href=\"#ap-main\">").text(report.layoutWords()
                    .skipToContent()).raw("</a>\n");
        }
        html.raw("<header class=\"ap-header\">\n");
        running(options.runningHeader(report));
        if (options.logo().isPresent()) {
            logo(options.logo().get());
        }
        language(html.raw("<h" + titleLevel + " id=\"" + ids + "title\""), report.titleLanguage()).raw(">")
                .text(report.title()).raw("</h" + titleLevel + ">\n");
        if (!report.subtitle().isEmpty()) {
            html.raw("<p class=\"ap-subtitle\">").text(report.subtitle()).raw("</p>\n");
        }
        html.raw("</header>\n");
        contents();
        html.raw(fragment ? "<div class=\"ap-body\">\n" : "<main id=\"ap-main\" tabindex=\"-1\">\n");
        for (Chapter chapter : report.chapters()) {
            chapter(chapter);
        }
        html.raw(fragment ? "</div>\n" : "</main>\n");
        if (!options.runningFooter().isEmpty()) {
            html.raw("<footer class=\"ap-footer\">\n");
            running(options.runningFooter());
            html.raw("</footer>\n");
        }
        if (!fragment) {
            html.raw("<script>").raw(TABLE_SCRIPT).raw("</script>\n");
        }
        html.raw(fragment ? "</article>\n" : "</body>\n</html>\n");
    }

    /**
     * A running header or footer line, which print shows in the page margins instead. The title, as the header runs
     * by default, is hidden from a screen reader, which reads it in the heading below (run 98 #11); other words (a
     * meeting, a protective marking) are read.
     */
    private void running(String text) throws IOException {
        if (!text.isEmpty()) {
            html.raw(text.equals(report.title()) ? "<p class=\"ap-running\" aria-hidden=\"true\">"
                    : "<p class=\"ap-running\">").text(text).raw("</p>\n");
        }
    }

    private void head(DocumentMetadata metadata, String language) throws IOException {
        html.raw("<!DOCTYPE html>\n<html lang=\"").attribute(language).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").line(metadata.title().isBlank() ? report.title() : metadata.title()).raw("</title>\n");
        meta("author", metadata.author());
        meta("description", metadata.subject());
        meta("keywords", String.join(", ", metadata.keywords()));
        html.raw("<style>\n");
        Stylesheet.write(html, options.pageSize(), options.runningHeader(report), options.runningFooter());
        html.raw("</style>\n</head>\n");
    }

    private void meta(String name, String content) throws IOException {
        if (!content.isBlank()) {
            html.raw("<meta name=\"" + name + "\" content=\"").attribute(content).raw("\">\n");
        }
    }

    /**
     * The service's logo as an image in the page itself (a {@code data:} URI, so nothing is
     * fetched), {@link Logo#HEIGHT_POINTS} high at its own proportions, with its alt text.
     */
    private void logo(Logo logo) throws IOException {
        // Its size as attributes, in CSS pixels (3/4 point), not a style a Content Security Policy blocks (run 129 #6).
        html.raw(String.format(Locale.ROOT, "<img class=\"ap-logo\" height=\"%d\" width=\"%d\" alt=\"",
                Math.round(Logo.HEIGHT_POINTS * 4 / 3.0), Math.round(logo.widthPoints() * 4 / 3)))
                .attribute(logo.altText())
                .raw("\" src=\"data:" + logo.type().mediaType() + ";base64,");
        byte[] image = logo.image();
        Base64.Encoder base64 = Base64.getEncoder();
        for (int from = 0; from < image.length; from += LOGO_SLICE) {
            html.raw(base64.encodeToString(Arrays.copyOfRange(image, from, Math.min(image.length, from + LOGO_SLICE))));
        }
        html.raw("\">\n");
    }

    /** A list of the chapters, linked to their headings, when there are enough of them to need one. */
    private void contents() throws IOException {
        List<String> headings = report.chapters().stream().map(Chapter::heading).filter(h -> !h.isEmpty()).toList();
        if (headings.size() < CONTENTS_FROM) {
            return;
        }
        String element = "h" + (titleLevel + 1);
        html.raw("<nav class=\"ap-contents\" aria-labelledby=\"" + ids + "contents\">\n<" + element + " id=\"" + ids
                + "contents\">").text(report.layoutWords().contents()).raw("</" + element + ">\n<ol>\n");
        int n = 0;
        for (String heading : headings) {
            html.raw("<li><a href=\"#" + ids + "chapter-" + ++n + "\">").text(heading).raw("</a></li>\n");
        }
        html.raw("</ol>\n</nav>\n");
    }

    /** A chapter: a {@code section} printed on pages of its orientation, under its heading where it has one. */
    private void chapter(Chapter chapter) throws IOException {
        html.raw("<section class=\"ap-chapter " + pageClass(chapter) + "\">\n");
        if (!chapter.heading().isEmpty()) {
            headingLevel = titleLevel + 1;
            lastHeadingId = ids + "chapter-" + ++chapters;
            html.raw("<h" + headingLevel + " id=\"" + lastHeadingId + "\">").text(chapter.heading())
                    .raw("</h" + headingLevel + ">\n");
        }
        for (Section section : chapter.sections()) {
            section(section);
        }
        html.raw("</section>\n");
    }

    /** The class naming the print stylesheet's page for the chapter's orientation. */
    private static String pageClass(Chapter chapter) {
        return switch (chapter.orientation()) {
            case PORTRAIT -> Stylesheet.PORTRAIT;
            case LANDSCAPE -> Stylesheet.LANDSCAPE;
        };
    }

    private void section(Section section) throws IOException {
        Cancellation.checkInterrupted();
        switch (section) {
            case Section.Heading heading -> heading(heading);
            case Section.NarrativeText text -> blocks(text.narrative().blocks());
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

    /**
     * A report heading of level n is an {@code h(n+1)}, never more than one below the heading before it. It has an
     * id, by which a table core names by it refers to it.
     */
    private void heading(Section.Heading heading) throws IOException {
        headingLevel = Math.min(heading.level() + titleLevel, headingLevel + 1);
        String element = "h" + headingLevel;
        lastHeadingId = ids + "heading-" + ++headings;
        html.raw("<" + element + " id=\"" + lastHeadingId + "\">").text(heading.text()).raw("</" + element + ">\n");
    }

    /**
     * The facts as core's table of two columns, in a container of its own as every table's: its caption, or else named
     * by the heading before it, its header row, then rows whose labels are row headers; words kept whole as a table's
     * are (run 131 #3, #5: with large text, a label pushed the page sideways, and "Recommendation" broke).
     */
    private void keyFacts(Section.KeyFacts facts) throws IOException {
        if (facts.facts().isEmpty()) {
            return;
        }
        String id = ids + "table-" + ++tables;
        String name = facts.title().isEmpty() ? lastHeadingId : id;
        scrollBox(name);
        if (facts.title().isEmpty()) {
            html.raw("<table class=\"ap-table ap-facts\" aria-labelledby=\"" + lastHeadingId + "\">\n");
        } else {
            html.raw("<table class=\"ap-table ap-facts\">\n<caption id=\"" + id + "\">").text(facts.title())
                    .raw("</caption>\n");
        }
        List<Column> columns = facts.table().columns();
        html.raw("<thead>\n<tr><th scope=\"col\"" + classes("", columns.get(0)) + ">").text(facts.labelHeader())
                .raw("</th><th scope=\"col\"" + classes("", columns.get(1)) + ">").text(facts.valueHeader())
                .raw("</th></tr>\n</thead>\n<tbody>\n");
        for (Section.KeyFact fact : facts.facts()) {
            // A value that is a plan's text alone in its cell carries the text's language (WCAG 3.1.2).
            language(html.raw("<tr><th scope=\"row\"" + classes("", columns.get(0)) + ">").text(fact.label())
                    .raw("</th><td" + classes("", columns.get(1))), fact.language()).raw(">").text(fact.value())
                    .raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n</div>\n");
    }

    /**
     * Opens a table's container of its own, which scrolls sideways when the table is wider than the screen (WCAG 1.4.10
     * reflow lets a data table scroll; the page itself must not). It can take focus, so a keyboard can scroll it, and is
     * a group named by words the page shows, {@code name}'s: the caption, or the heading over the table. Not a region:
     * tables are no landmarks. TABLE_SCRIPT takes all three off where the table fits. In a fragment, which has no
     * stylesheet, the scrolling is the container's own (run 131 #2).
     */
    private void scrollBox(String name) throws IOException {
        html.raw("<div class=\"ap-scroll\"" + (fragment ? " style=\"overflow-x:auto\"" : "")
                + " tabindex=\"0\" role=\"group\" aria-labelledby=\"" + name + "\">\n");
    }

    /**
     * The title as the heading core made it, the chart, the description printed under it, so nothing is only in the
     * picture, then the counts as an ordinary table, named by the heading. Assistive technology reads the description
     * once: the chart is hidden from it (see {@link StatusChart}).
     */
    private void statusSummary(Section.StatusSummary summary) throws IOException {
        if (summary.heading().isPresent()) {
            heading(summary.heading().get());
        }
        html.raw("<div class=\"ap-summary\">\n<figure class=\"ap-chart\">\n");
        StatusChart.write(html, summary, report.layoutWords().chart());
        html.raw("<p class=\"ap-description\">").text(summary.description()).raw("</p>\n</figure>\n");
        table(summary.table());
        html.raw("</div>\n");
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table: named as core says, by its caption or by the heading before it (its title as a heading, or the
     * heading it sits under), the header row (repeated on every printed page), the rows, then the
     * total row as the table's foot. Each column is at least as wide as core's longest word for
     * it, so no word is broken; what is left is shared by the columns' weights.
     */
    private void table(Section.Table table) throws IOException {
        if (table.heading().isPresent()) {
            heading(table.heading().get());
        }
        List<Column> columns = table.columns();
        int weights = columns.stream().mapToInt(Column::width).sum();
        String id = ids + "table-" + ++tables;
        String title = table.caption();
        String name = !title.isEmpty() ? id : lastHeadingId;
        scrollBox(name);
        html.raw("<table class=\"ap-table ap-data\"" + (title.isEmpty() ? " aria-labelledby=\"" + name + "\"" : "")
                + ">\n");
        if (!title.isEmpty()) {
            // The caption is as wide as the table; its text stays in view while the table scrolls.
            html.raw("<caption id=\"" + id + "\"><span class=\"ap-caption-text\">").text(title).raw("</span></caption>\n");
        }
        html.raw("<colgroup>");
        for (Column column : columns) {
            // As String.format's %.2f would write it, without parsing a format for each column.
            html.raw("<col style=\"width:" + BigDecimal.valueOf(100.0 * column.width() / weights)
                    .setScale(2, RoundingMode.HALF_UP).toPlainString() + "%\">");
        }
        html.raw("</colgroup>\n<thead><tr>");
        for (Column column : columns) {
            html.raw("<th scope=\"col\"" + classes(column.type().isFigure() ? "ap-num" : "", column) + " style=\"min-width:"
                    + Math.min(column.minimumCharacters(), Column.LONGEST_WORD_KEPT) + "ch\">").text(column.header())
                    .raw("</th>");
        }
        html.raw("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            // A table of thousands of rows is most of a render's time.
            Cancellation.checkInterrupted();
            row(row, columns, table.rowHeaders());
        }
        html.raw("</tbody>\n");
        if (table.totalRow().isPresent()) {
            html.raw("<tfoot class=\"ap-total\">\n");
            row(table.totalRow().get(), columns, table.rowHeaders());
            html.raw("</tfoot>\n");
        }
        html.raw("</table>\n</div>\n");
    }

    /**
     * A row; where core says its first cell names the row ({@code headed}), that cell is the row's
     * header, which a screen reader says with each of the row's other cells. An empty first cell
     * names nothing and stays a data cell.
     */
    private void row(List<Cell> row, List<Column> columns, boolean headed) throws IOException {
        html.raw("<tr>");
        for (int c = 0; c < row.size(); c++) {
            boolean header = c == 0 && headed && !(row.get(c) instanceof Cell.EmptyCell);
            cell(row.get(c), columns.get(c), header ? "th" : "td");
        }
        html.raw("</tr>\n");
    }

    /**
     * The class attribute of a cell of {@code column}: {@code kind}, and {@code ap-long} where
     * the column's longest word is too long to keep whole.
     */
    private static String classes(String kind, Column column) {
        boolean breaks = column.minimumCharacters() > Column.LONGEST_WORD_KEPT;
        if (!breaks) {
            return kind.isEmpty() ? "" : " class=\"" + kind + "\"";
        }
        return " class=\"" + (kind.isEmpty() ? "" : kind + " ") + "ap-long\"";
    }

    /** A cell as the element {@code tag}: {@code td}, or {@code th} heading its row. */
    private void cell(Cell content, Column column, String tag) throws IOException {
        String open = tag.equals("th") ? "<th scope=\"row\"" : "<" + tag;
        String close = "</" + tag + ">";
        switch (content) {
            case Cell.EmptyCell empty -> html.raw(open + ">" + close);
            case Cell.NarrativeCell narrative -> {
                html.raw(open + classes("", column) + ">");
                blocks(narrative.narrative().blocks());
                html.raw(close);
            }
            case Cell.StatusCell status -> statusCell(status, column, open, close);
            case Cell.TimescaleCell timescale -> {
                html.raw(open + classes("", column) + ">").text(timescale.words());
                if (!timescale.dueText().isEmpty()) {
                    // A paragraph, not a div: a content system's sanitiser that drops divs ran the lines together.
                    html.raw("<p class=\"ap-note\"" + cellLine + ">").text(timescale.dueText()).raw("</p>");
                }
                html.raw(close);
            }
            // The cell holds the text alone, so it carries the text's language: a plan's own word in Welsh.
            case Cell.TextCell text -> language(html.raw(open + classes(column.type().isFigure() ? "ap-num" : "",
                    column)), text.language()).raw(">").text(text.text()).raw(close);
            default -> html.raw(open + classes(column.type().isFigure() ? "ap-num" : "", column) + ">")
                    .text(content.text()).raw(close);
        }
    }

    /**
     * The status as words on its BRAG colour: the label in bold, then the note on a line of its
     * own, then the reason on a line of its own in smaller type, where core gave them. The lines
     * are paragraphs, so they stay lines in a fragment without the stylesheet, and after a content
     * system's sanitiser that keeps paragraphs but drops divs (run 129 #3). Nothing is said by the
     * colour alone. The label alone may be the plan's own word in its language; the note and reason
     * are the report's, so only the label's {@code strong} is marked. The cell's class names its BRAG
     * colour ({@code ap-brag-red}), for a site whose Content Security Policy blocks the style attribute
     * to colour it from its own stylesheet (run 129 #4).
     */
    private void statusCell(Cell.StatusCell status, Column column, String open, String close) throws IOException {
        language(html.raw(open + classes("ap-status ap-brag-" + status.status().brag().name().toLowerCase(Locale.ROOT),
                column) + colours(status.fill(), status.textColour()) + "><div class=\"ap-keep\"><p" + cellLine
                + "><strong"), status.labelLanguage()).raw(">").text(status.label()).raw("</strong></p>");
        if (status.note().isPresent()) {
            html.raw("<p" + cellLine + ">").text(status.note().get()).raw("</p>");
        }
        if (status.reason().isPresent()) {
            html.raw("<p class=\"ap-note\"" + cellLine + ">").text(status.reason().get()).raw("</p>");
        }
        html.raw("</div>" + close);
    }

    /**
     * The fill and text colour core chose, as a style attribute, so a fragment keeps them too; and as properties that
     * the print stylesheet puts behind the status's words alone.
     */
    private static String colours(Colour fill, Colour text) {
        return " style=\"--ap-fill:" + fill + ";--ap-ink:" + text + ";background-color:" + fill + ";color:" + text
                + "\"";
    }

    // ---------------------------------------------------------------- narrative

    private void blocks(List<Block> blocks) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block) {
                case Block.Paragraph paragraph -> {
                    open("p", paragraph);
                    inlines(paragraph.inlines());
                    html.raw("</p>\n");
                }
                case Block.BulletList list -> {
                    html.raw("<ul>\n");
                    items(list.items(), Optional.empty());
                    html.raw("</ul>\n");
                }
                case Block.NumberedList list -> {
                    // Numbered lists one after another are one list whose numbers jump where core starts the next (a
                    // number typed that does not count on): one ol, each jump an li's value, read as one list, spaced
                    // as one.
                    html.raw(list.start() == 1 ? "<ol>\n" : "<ol start=\"" + list.start() + "\">\n");
                    items(list.items(), Optional.empty());
                    while (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.NumberedList next) {
                        items(next.items(), Optional.of(next.start()));
                        i++;
                    }
                    html.raw("</ol>\n");
                }
            }
        }
    }

    /**
     * List items; an item of one paragraph holds its text directly, without a {@code p}, so the item is marked with
     * that paragraph's language: it holds nothing else. The first item takes {@code value} where given, the number it
     * shows in a list whose numbers jump to it.
     */
    private void items(List<Block.ListItem> items, Optional<Integer> value) throws IOException {
        for (int i = 0; i < items.size(); i++) {
            List<Block> blocks = items.get(i).blocks();
            String tag = i == 0 && value.isPresent() ? "li value=\"" + value.get() + "\"" : "li";
            if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph only) {
                open(tag, only);
                inlines(only.inlines());
            } else {
                html.raw("<" + tag + ">");
                blocks(blocks);
            }
            html.raw("</li>\n");
        }
    }

    /**
     * Opens the element {@code tag} that holds {@code paragraph}'s text, marked with its language where core says it is
     * not the report's (a plan's text in Welsh), so a screen reader reads it in that language's voice (WCAG 3.1.2).
     */
    private void open(String tag, Block.Paragraph paragraph) throws IOException {
        language(html.raw("<" + tag), paragraph.language()).raw(">");
    }

    /**
     * Writes the {@code lang} attribute of an element whose start tag {@code markup} has open, where core gave a
     * language other than the report's; nothing where it gave none, so such output is as it was.
     */
    private static Markup language(Markup markup, Optional<String> language) throws IOException {
        return language.isPresent() ? markup.raw(" lang=\"").attribute(language.get()).raw("\"") : markup;
    }

    private void inlines(List<Inline> inlines) throws IOException {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span span -> {
                    html.raw(span.strong() ? "<strong>" : "").raw(span.emphasis() ? "<em>" : "");
                    if (span.link().isPresent()) {
                        html.raw("<a href=\"").attribute(span.link().get()).raw("\">").text(span.text()).raw("</a>");
                    } else {
                        html.text(span.text());
                    }
                    html.raw(span.emphasis() ? "</em>" : "").raw(span.strong() ? "</strong>" : "");
                }
                case Inline.LineBreak lineBreak -> html.raw("<br>");
            }
        }
    }
}
