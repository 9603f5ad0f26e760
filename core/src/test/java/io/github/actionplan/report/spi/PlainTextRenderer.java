package io.github.actionplan.report.spi;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tiny plain-text renderer, in core's tests only: it proves the contract kit itself before any
 * real format exists. Not in the test-jar.
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
                    text.write(s.title() + "\n");
                    for (Section.StatusCount count : s.counts()) {
                        text.write(count.label() + ": " + count.count() + " (" + count.shareText() + ")\n");
                    }
                    text.write("\n");
                }
                case Section.Table t -> {
                    text.write(t.title() + "\n");
                    text.write(String.join(" | ", t.columns().stream().map(Column::header).toList()) + "\n");
                    for (List<Cell> row : t.rows()) {
                        text.write(String.join(" | ", row.stream().map(Cell::text).toList()) + "\n");
                    }
                    text.write("\n");
                }
                case Section.NarrativeText n -> text.write(n.narrative().plainText() + "\n\n");
                case Section.Legend l -> {
                    text.write(l.title() + "\n");
                    for (Section.LegendEntry entry : l.entries()) {
                        text.write(entry.colourName() + ": " + entry.label() + ": " + entry.meaning() + "\n");
                    }
                }
            }
        }
        text.flush();
    }
}
