package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What a developer would write by hand, with the JDK's {@code Writer}, to get the same page as
 * report-html: the same head and stylesheet size, the same elements for title, chapters (a
 * {@code section} named for its orientation, under an {@code h2}), key facts, the status summary's
 * words and table, tables (caption, column group, scoped header cells, status cells with their
 * colours inline and the note and reason on lines of their own, the total row as the foot) and
 * narrative, each text escaped for {@code & < > "}.
 *
 * <p>Left out, as one-off costs or rare cases: the SVG chart, the contents list, the logo, and the
 * replacement of characters HTML cannot carry (control characters, noncharacters, lone
 * surrogates), which the renderer checks for in every text.
 */
public final class HtmlBaseline {

    private HtmlBaseline() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        w.write("<!DOCTYPE html>\n<html lang=\"" + escape(report.metadata().language()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + escape(report.title()) + "</title>\n<style>\n"
                + "body{font-family:sans-serif}\n".repeat(100) + "</style>\n</head>\n<body>\n<main>\n<h1>"
                + escape(report.title()) + "</h1>\n");
        if (!report.subtitle().isEmpty()) {
            w.write("<p>" + escape(report.subtitle()) + "</p>\n");
        }
        int[] tables = {0};
        for (Chapter chapter : report.chapters()) {
            w.write("<section class=\"" + chapter.orientation().name().toLowerCase(Locale.ROOT) + "\">\n");
            if (!chapter.heading().isEmpty()) {
                w.write("<h2>" + escape(chapter.heading()) + "</h2>\n");
            }
            for (Section section : chapter.sections()) {
                section(w, section, tables);
            }
            w.write("</section>\n");
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    private static void section(Writer w, Section section, int[] tables) throws IOException {
        switch (section) {
            case Section.Heading h -> w.write("<h" + (h.level() + 1) + ">" + escape(h.text()) + "</h"
                    + (h.level() + 1) + ">\n");
            case Section.KeyFacts k -> table(w, k.table(), ++tables[0]);
            case Section.StatusSummary s -> {
                w.write("<p><strong>" + escape(s.title()) + "</strong></p>\n<p>" + escape(s.description()) + "</p>\n");
                table(w, s.table(), ++tables[0]);
            }
            case Section.Table t -> table(w, t, ++tables[0]);
            case Section.NarrativeText n -> blocks(w, n.narrative().blocks());
            default -> {
                for (Section part : section.fallback()) {
                    section(w, part, tables);
                }
            }
        }
    }

    private static void table(Writer w, Section.Table t, int number) throws IOException {
        String id = "t" + number;
        w.write("<div role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "\">\n<table id=\"" + id + "\">\n");
        if (!t.title().isEmpty()) {
            w.write("<caption>" + escape(t.title()) + "</caption>\n");
        }
        w.write("<colgroup>");
        int total = t.columns().stream().mapToInt(Column::width).sum();
        for (Column c : t.columns()) {
            w.write("<col style=\"width:" + (100 * c.width() / total) + "%\">");
        }
        w.write("</colgroup>\n<thead><tr>");
        for (Column c : t.columns()) {
            w.write("<th scope=\"col\">" + escape(c.header()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            row(w, row, t.columns());
        }
        w.write("</tbody>\n");
        if (t.totalRow().isPresent()) {
            w.write("<tfoot>\n");
            row(w, t.totalRow().get(), t.columns());
            w.write("</tfoot>\n");
        }
        w.write("</table>\n</div>\n");
    }

    private static void row(Writer w, List<Cell> row, List<Column> columns) throws IOException {
        w.write("<tr>");
        for (int c = 0; c < row.size(); c++) {
            cell(w, row.get(c), columns.get(c).type().isFigure());
        }
        w.write("</tr>\n");
    }

    private static void cell(Writer w, Cell cell, boolean figure) throws IOException {
        switch (cell) {
            case Cell.NarrativeCell n -> {
                w.write("<td>");
                blocks(w, n.narrative().blocks());
                w.write("</td>");
            }
            case Cell.StatusCell s -> w.write("<td style=\"background-color:" + s.fill() + ";color:" + s.textColour()
                    + "\"><div><strong>" + escape(s.label()) + "</strong>"
                    + s.note().map(note -> "<div>" + escape(note) + "</div>").orElse("")
                    + s.reason().map(reason -> "<div class=\"note\">" + escape(reason) + "</div>").orElse("")
                    + "</div></td>");
            case Cell.TimescaleCell t -> w.write("<td>" + escape(t.words()) + (t.dueText().isEmpty() ? ""
                    : "<div class=\"note\">" + escape(t.dueText()) + "</div>") + "</td>");
            default -> w.write((figure ? "<td class=\"figure\">" : "<td>") + escape(cell.text()) + "</td>");
        }
    }

    private static void blocks(Writer w, List<Block> blocks) throws IOException {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    w.write("<p>");
                    for (Inline inline : p.inlines()) {
                        if (inline instanceof Inline.Span span) {
                            String text = escape(span.text());
                            w.write(span.strong() ? "<strong>" + text + "</strong>" : span.emphasis() ? "<em>" + text
                                    + "</em>" : text);
                        } else {
                            w.write("<br>");
                        }
                    }
                    w.write("</p>\n");
                }
                case Block.BulletList list -> items(w, "ul", list.items());
                case Block.NumberedList list -> items(w, "ol", list.items());
            }
        }
    }

    private static void items(Writer w, String element, List<Block.ListItem> items) throws IOException {
        w.write("<" + element + ">\n");
        for (Block.ListItem item : items) {
            w.write("<li>");
            blocks(w, item.blocks());
            w.write("</li>\n");
        }
        w.write("</" + element + ">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
