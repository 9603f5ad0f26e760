package io.github.actionplan.examples.markdown;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.Cancellation;
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
 * Headings are core's: its headings, a status summary's title, and a table's title where core makes it a heading
 * ({@code Section.Table.heading()}); a table's caption is a bold line above it, as Markdown has no captions.
 * Every character of the report's text is kept: Markdown's own characters are escaped with a
 * backslash, a line break inside a paragraph or cell becomes {@code <br>}, and only white space
 * at the start of a block is dropped, since Markdown would read it as code. Headings skip no
 * level, and a running header and footer, a protective marking say, are shown once, at the top
 * and at the end.
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

    /**
     * A Markdown file has no pages, so a running header and footer are shown once: the header above
     * the title, unless it is the title (the default), the footer at the end, below a rule.
     */
    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        // A cancelled render (its thread interrupted) stops, and writes nothing more.
        Cancellation.checkInterrupted();
        // Buffered and flushed, never closed: the caller owns the stream.
        Writer md = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String header = options.runningHeader(report);
        if (!header.equals(report.title())) {
            paragraph(md, escape(header));
        }
        md.write("# " + escape(report.title()) + "\n\n");
        paragraph(md, escape(report.subtitle()));
        Outline outline = new Outline();
        for (Chapter chapter : report.chapters()) {
            if (!chapter.heading().isEmpty()) {
                md.write(outline.chapter() + " " + escape(chapter.heading()) + "\n\n");
            } else {
                outline.untitledChapter();
            }
            for (Section section : chapter.sections()) {
                Cancellation.checkInterrupted();
                section(md, section, outline);
            }
        }
        if (!options.runningFooter().isEmpty()) {
            md.write("---\n\n");
            paragraph(md, escape(options.runningFooter()));
        }
        md.flush();
    }

    /**
     * The heading levels of one render. The report's title is the only level-1 heading and
     * chapters' headings are level 2, so a section's heading of level n, on the chapter's scale
     * (a chapter's own heading is level 1), is written at n + 1; but never more than one level below
     * the heading before it, as Markdown viewers build their outline from the levels.
     */
    private static final class Outline {
        private int last = 1;

        String chapter() {
            last = 2;
            return "##";
        }

        void untitledChapter() {
            last = 1;
        }

        String heading(Section.Heading heading) {
            last = Math.min(heading.level() + 1, last + 1);
            return "#".repeat(last);
        }
    }

    /**
     * One section. A section type this renderer does not know is drawn as its fallback, which core
     * makes of the basic types.
     */
    private static void section(Writer md, Section section, Outline outline) throws IOException {
        switch (section) {
            case Section.Heading h -> md.write(outline.heading(h) + " " + escape(h.text()) + "\n\n");
            case Section.StatusSummary s -> {
                if (s.heading().isPresent()) {
                    section(md, s.heading().get(), outline);
                }
                paragraph(md, escape(s.description()));
                section(md, s.table(), outline);
            }
            case Section.Table t -> {
                if (t.heading().isPresent()) {
                    section(md, t.heading().get(), outline);
                }
                List<List<String>> rows = new ArrayList<>(
                        t.rows().stream().map(row -> row.stream().map(MarkdownReportRenderer::cell).toList()).toList());
                t.totalRow().ifPresent(total -> rows.add(total.stream().map(c -> c.texts().isEmpty() ? ""
                        : "**" + cell(c) + "**").toList()));
                table(md, t.caption(), t.headers().stream().map(MarkdownReportRenderer::escape).toList(), rows);
            }
            case Section.NarrativeText n -> md.write(String.join("\n", blocks(n.narrative().blocks(), false)) + "\n\n");
            default -> {
                for (Section part : section.fallback()) {
                    section(md, part, outline);
                }
            }
        }
    }

    private static void paragraph(Writer md, String text) throws IOException {
        if (!text.isBlank()) {
            md.write(escapeBlockStart(text) + "\n\n");
        }
    }

    /**
     * A GFM table, under its caption in bold where core gives it one: Markdown has no captions, and a caption is
     * no heading, since it heads nothing but its table.
     */
    private static void table(Writer md, String caption, List<String> headers, List<List<String>> rows)
            throws IOException {
        paragraph(md, caption.isBlank() ? "" : "**" + escape(caption) + "**");
        md.write("| " + String.join(" | ", headers) + " |\n|" + " --- |".repeat(headers.size()) + "\n");
        for (List<String> row : rows) {
            md.write("| " + String.join(" | ", row) + " |\n");
        }
        md.write("\n");
    }

    /**
     * A cell on one line: narrative with {@code <br>} between its lines; every other cell's lines
     * (a timescale's due date, a status's note and reason) with {@code <br>} between them.
     */
    private static String cell(Cell cell) {
        return switch (cell) {
            case Cell.NarrativeCell n -> String.join("<br>", blocks(n.narrative().blocks(), true));
            default -> String.join("<br>", cell.texts().stream().map(MarkdownReportRenderer::escape).toList());
        };
    }

    /**
     * Narrative as lines: paragraphs, and list items nested by indentation; in a table cell, where
     * Markdown has no blocks, with no blank lines and bullets as "•".
     */
    private static List<String> blocks(List<Block> blocks, boolean inCell) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (!lines.isEmpty() && !inCell) {
                lines.add("");
            }
            switch (block) {
                case Block.Paragraph p -> lines.add(escapeBlockStart(inlines(p.inlines())));
                case Block.BulletList list -> list.items().forEach(item -> item(lines, inCell ? "• " : "- ", item, inCell));
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        item(lines, list.number(i) + ". ", list.items().get(i), inCell);
                    }
                }
            }
        }
        return lines;
    }

    private static void item(List<String> lines, String marker, Block.ListItem item, boolean inCell) {
        List<String> content = blocks(item.blocks(), inCell);
        String indent = " ".repeat(marker.length());
        for (int i = 0; i < content.size(); i++) {
            lines.add(i == 0 ? marker + content.get(i) : content.get(i).isEmpty() ? "" : indent + content.get(i));
        }
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span span) {
                String escaped = escape(span.text());
                String marker = (span.strong() ? "**" : "") + (span.emphasis() ? "*" : "");
                String trimmed = escaped.strip();
                int at = escaped.indexOf(trimmed);
                // Markdown sees emphasis only where the markers touch the text, so spaces stay outside.
                text.append(marker.isEmpty() || trimmed.isEmpty() ? escaped : escaped.substring(0, at) + marker
                        + trimmed + new StringBuilder(marker).reverse() + escaped.substring(at + trimmed.length()));
            } else {
                text.append("<br>");
            }
        }
        return text.toString();
    }

    /** Text Markdown shows as written: a backslash before each character it would read as syntax, {@code <br>} for a line break. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>&|~#!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? "<br>" : String.valueOf(c));
        }
        return out.toString();
    }

    /** A paragraph without the leading white space Markdown reads as code, and with a list marker at its start escaped. */
    private static String escapeBlockStart(String text) {
        String start = text.stripLeading();
        if (!start.isEmpty() && "-+=".indexOf(start.charAt(0)) >= 0) {
            return "\\" + start;
        }
        return start.replaceFirst("^(\\d+)([.)])", "$1\\\\$2"); // "1. " or "1) " would start a numbered list
    }
}
