package io.github.actionplan.testkit;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tiny plain-text renderer, in the kit's own tests only: it proves the kit passes a renderer
 * that shows everything, before any real format exists.
 */
public final class PlainTextRenderer implements ReportRenderer {

    /** The format id. */
    public static final String FORMAT = "txt";

    /** Makes the renderer; it keeps no state. */
    public PlainTextRenderer() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(report.title() + "\n" + report.subtitle() + "\n\n");
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading h -> text.write("#".repeat(h.level()) + " " + h.text() + "\n\n");
                case Section.KeyFacts k -> {
                    for (Section.KeyFact fact : k.facts()) {
                        text.write(fact.label() + ": " + fact.value() + "\n");
                    }
                    text.write("\n");
                }
                case Section.StatusSummary s -> {
                    text.write(s.title() + "\n" + String.join(" | ", s.headers()) + "\n");
                    for (Section.StatusCount count : s.counts()) {
                        text.write(count.label() + " | " + count.countText() + " | " + count.shareText() + "\n");
                    }
                    text.write(s.totalLabel() + " | " + s.totalText() + "\n\n");
                }
                case Section.Table t -> {
                    text.write(t.title() + "\n");
                    text.write(String.join(" | ", t.columns().stream().map(Column::header).toList()) + "\n");
                    for (List<Cell> row : t.rows()) {
                        text.write(String.join(" | ", row.stream().map(PlainTextRenderer::cell).toList()) + "\n");
                    }
                    text.write("\n");
                }
                case Section.NarrativeText n -> text.write(n.narrative().plainText() + "\n\n");
                case Section.Legend l -> {
                    text.write(l.title() + "\n" + String.join(" | ", l.headers()) + "\n");
                    for (Section.LegendEntry entry : l.entries()) {
                        text.write(entry.colourName() + ": " + entry.label() + ": " + entry.meaning() + "\n");
                    }
                }
            }
        }
        text.flush();
    }

    /** A cell's text, with a timescale's due date and a status's reason after it. */
    static String cell(Cell cell) {
        return switch (cell) {
            case Cell.TimescaleCell t -> t.dueText().isEmpty() ? t.text() : t.text() + " (due " + t.dueText() + ")";
            case Cell.StatusCell s -> s.text() + ": " + s.reason();
            default -> cell.text();
        };
    }
}
