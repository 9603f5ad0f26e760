package io.github.actionplan.examples.markdown;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 3, a new output format as a plugin: reports as GitHub-flavoured Markdown, written only
 * against core's public API ({@code report} and {@code report.spi}) and registered in
 * {@code META-INF/services/io.github.actionplan.report.spi.ReportRenderer}, so
 * {@code ReportRenderers.load()} and {@code actionplan formats} find it.
 *
 * <p>Core has already decided every figure, status, label and order; this class only lays the
 * sections out. Narrative becomes Markdown paragraphs and lists, tables become GFM tables with
 * narrative cells on one line ({@code <br>} between lines), and a status is written as its label.
 * Every character of the report's text is kept: Markdown's own characters are escaped with a
 * backslash, a line break inside a paragraph or cell becomes {@code <br>}, and only white space
 * at the start of a block is dropped, since Markdown would read it as code.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    /** The format id. */
    public static final String FORMAT = "md";

    /** Makes the renderer; it keeps no state, so one instance serves every thread. */
    public MarkdownReportRenderer() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        // Buffered and flushed, never closed: the caller owns the stream.
        Writer md = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        md.write("# " + escape(report.title()) + "\n\n");
        paragraph(md, escape(report.subtitle()));
        for (Section section : report.sections()) {
            switch (section) {
                // The report's title is the only level-1 heading; section headings sit below it.
                case Section.Heading h -> md.write("#".repeat(h.level() + 1) + " " + escape(h.text()) + "\n\n");
                case Section.KeyFacts k -> {
                    for (Section.KeyFact fact : k.facts()) {
                        md.write("- **" + escape(fact.label()) + ":** " + escape(fact.value()) + "\n");
                    }
                    md.write("\n");
                }
                case Section.StatusSummary s -> {
                    paragraph(md, "**" + escape(s.title()) + "**");
                    List<List<String>> rows = new ArrayList<>();
                    for (Section.StatusCount count : s.counts()) {
                        rows.add(List.of(escape(count.label()), String.valueOf(count.count()), escape(count.shareText())));
                    }
                    table(md, List.of("Status", "Count", "Share"), rows);
                    paragraph(md, escape(s.description()));
                }
                case Section.Table t -> {
                    paragraph(md, "**" + escape(t.title()) + "**");
                    List<List<String>> rows = new ArrayList<>();
                    for (List<Cell> row : t.rows()) {
                        rows.add(row.stream().map(MarkdownReportRenderer::cell).toList());
                    }
                    table(md, t.columns().stream().map(Column::header).map(MarkdownReportRenderer::escape).toList(), rows);
                }
                case Section.NarrativeText n -> {
                    for (String line : blocks(n.narrative().blocks())) {
                        md.write(line + "\n");
                    }
                    md.write("\n");
                }
                case Section.Legend l -> {
                    paragraph(md, "**" + escape(l.title()) + "**");
                    List<List<String>> rows = new ArrayList<>();
                    for (Section.LegendEntry e : l.entries()) {
                        rows.add(List.of(escape(e.colourName()), escape(e.label()), escape(e.meaning())));
                    }
                    table(md, List.of("Colour", "Status", "Meaning"), rows);
                }
            }
        }
        md.flush();
    }

    private static void paragraph(Writer md, String text) throws IOException {
        if (!text.isEmpty()) {
            md.write(text + "\n\n");
        }
    }

    private static void table(Writer md, List<String> headers, List<List<String>> rows) throws IOException {
        md.write("| " + String.join(" | ", headers) + " |\n");
        md.write("|" + " --- |".repeat(headers.size()) + "\n");
        for (List<String> row : rows) {
            md.write("| " + String.join(" | ", row) + " |\n");
        }
        md.write("\n");
    }

    /** A cell's text on one line. Typed cells (dates, percentages, statuses) show their display text. */
    private static String cell(Cell cell) {
        return cell instanceof Cell.NarrativeCell n ? String.join("<br>", inlineBlocks(n.narrative().blocks(), ""))
                : escape(cell.text());
    }

    /** Narrative as Markdown lines: paragraphs apart, list items nested by indentation. */
    private static List<String> blocks(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            switch (block) {
                case Block.Paragraph p -> lines.add(inlines(p.inlines()));
                case Block.BulletList list -> list.items().forEach(item -> item(lines, "- ", item));
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        item(lines, list.number(i) + ". ", list.items().get(i));
                    }
                }
            }
        }
        return lines;
    }

    private static void item(List<String> lines, String marker, Block.ListItem item) {
        List<String> content = blocks(item.blocks());
        String indent = " ".repeat(marker.length());
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            lines.add(i == 0 ? marker + line : line.isEmpty() ? "" : indent + line);
        }
    }

    /** Narrative for a table cell, where Markdown has no blocks: one line per paragraph or item. */
    private static List<String> inlineBlocks(List<Block> blocks, String indent) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> lines.add(indent + inlines(p.inlines()));
                case Block.BulletList list -> list.items().forEach(
                        item -> lines.addAll(inlineBlocks(item.blocks(), indent + "• ")));
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        lines.addAll(inlineBlocks(list.items().get(i).blocks(), indent + list.number(i) + "\\. "));
                    }
                }
            }
        }
        return lines;
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span span) {
                String escaped = escapeCharacters(span.text());
                String marker = (span.strong() ? "**" : "") + (span.emphasis() ? "*" : "");
                String trimmed = escaped.strip();
                // Markdown only sees emphasis whose markers touch the text, so spaces go outside.
                text.append(marker.isEmpty() || trimmed.isEmpty() ? escaped
                        : escaped.substring(0, escaped.indexOf(trimmed)) + marker + trimmed
                                + new StringBuilder(marker).reverse() + escaped.substring(escaped.indexOf(trimmed) + trimmed.length()));
            } else {
                text.append("<br>");
            }
        }
        return escapeBlockStart(text.toString());
    }

    /**
     * Text that Markdown shows as written: a backslash before each character Markdown or HTML
     * would read as syntax, {@code <br>} for a line break, no leading white space (code), and an
     * escaped list or heading marker at the start.
     */
    static String escape(String text) {
        return escapeBlockStart(escapeCharacters(text));
    }

    private static String escapeCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&|~#!".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("<br>");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeBlockStart(String text) {
        String start = text.stripLeading();
        if (!start.isEmpty() && "-+=".indexOf(start.charAt(0)) >= 0) {
            return "\\" + start;
        }
        // "1. text" or "1) text" would start a numbered list.
        return start.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
