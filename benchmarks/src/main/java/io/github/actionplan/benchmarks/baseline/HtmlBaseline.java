package io.github.actionplan.benchmarks.baseline;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
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

/**
 * What a developer would write by hand, with the JDK's {@code Writer}, to get the same page as
 * report-html: the same head and stylesheet size, the same elements for title, key facts, counts,
 * tables (caption, column group, scoped header cells, status cells with their colours inline) and
 * narrative, each text escaped for {@code & < > "}.
 *
 * <p>Left out, as one-off costs or rare cases: the SVG chart, the contents list, and the
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
                + escape(report.title()) + "</h1>\n<p>" + escape(report.subtitle()) + "</p>\n");
        int tables = 0;
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading h -> w.write("<h" + (h.level() + 1) + ">" + escape(h.text()) + "</h"
                        + (h.level() + 1) + ">\n");
                case Section.KeyFacts k -> {
                    w.write("<dl>\n");
                    for (Section.KeyFact f : k.facts()) {
                        w.write("<div><dt>" + escape(f.label()) + "</dt><dd>" + escape(f.value()) + "</dd></div>\n");
                    }
                    w.write("</dl>\n");
                }
                case Section.StatusSummary s -> {
                    w.write("<table><caption>" + escape(s.title()) + "</caption>\n<tbody>\n");
                    for (Section.StatusCount c : s.counts()) {
                        w.write("<tr><th scope=\"row\" style=\"background-color:" + c.fill() + ";color:" + c.textColour()
                                + "\">" + escape(c.label()) + "</th><td>" + c.countText() + "</td><td>" + c.shareText()
                                + "</td></tr>\n");
                    }
                    w.write("</tbody>\n</table>\n<p>" + escape(s.description()) + "</p>\n");
                }
                case Section.Table t -> {
                    String id = "t" + ++tables;
                    w.write("<div role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "\">\n<table>\n<caption id=\""
                            + id + "\">" + escape(t.title()) + "</caption>\n<colgroup>");
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
                        w.write("<tr>");
                        for (Cell cell : row) {
                            cell(w, cell);
                        }
                        w.write("</tr>\n");
                    }
                    w.write("</tbody>\n</table>\n</div>\n");
                }
                case Section.NarrativeText n -> blocks(w, n.narrative().blocks());
                case Section.Legend l -> {
                    w.write("<table><caption>" + escape(l.title()) + "</caption>\n<tbody>\n");
                    for (Section.LegendEntry e : l.entries()) {
                        w.write("<tr><td style=\"background-color:" + e.fill() + ";color:" + e.textColour() + "\">"
                                + escape(e.colourName()) + "</td><td>" + escape(e.label()) + "</td><td>"
                                + escape(e.meaning()) + "</td></tr>\n");
                    }
                    w.write("</tbody>\n</table>\n");
                }
            }
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    private static void cell(Writer w, Cell cell) throws IOException {
        switch (cell) {
            case Cell.NarrativeCell n -> {
                w.write("<td>");
                blocks(w, n.narrative().blocks());
                w.write("</td>");
            }
            case Cell.StatusCell s -> w.write("<td style=\"background-color:" + s.fill() + ";color:" + s.textColour()
                    + "\"><div><strong>" + escape(s.label()) + "</strong>" + s.flag().map(f -> " (" + escape(f) + ")")
                    .orElse("") + "<span>" + escape(s.reason()) + "</span></div></td>");
            case Cell.TimescaleCell t -> w.write("<td>" + escape(t.text()) + (t.dueText().isEmpty() ? ""
                    : "<span>" + escape(t.dueText()) + "</span>") + "</td>");
            default -> w.write("<td>" + escape(cell.text()) + "</td>");
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
