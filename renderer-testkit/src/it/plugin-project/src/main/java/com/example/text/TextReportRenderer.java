package com.example.text;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A plain-text report: every string of the report, one section after another. */
public class TextReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "text";
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
        // A cancelled render (its thread interrupted) stops, and writes nothing more.
        Cancellation.checkInterrupted();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A text file has no pages: the running header once at the top, the footer once at the end.
        text.write(options.runningHeader(report) + "\n\n");
        text.write(report.title() + "\n" + report.subtitle() + "\n\n");
        for (Chapter chapter : report.chapters()) {
            text.write(chapter.heading() + "\n\n");
            for (Section section : chapter.sections()) {
                Cancellation.checkInterrupted();
                section(text, section);
            }
        }
        if (!options.runningFooter().isEmpty()) {
            text.write("\n" + options.runningFooter() + "\n");
        }
        text.flush();
    }

    private void section(Writer text, Section section) throws IOException {
        switch (section) {
            case Section.Heading h -> text.write(h.text() + "\n\n");
            case Section.NarrativeText n -> text.write(n.narrative().plainText() + "\n\n");
            case Section.Table t -> {
                text.write(t.title() + "\n" + String.join(" | ", t.headers()) + "\n");
                for (List<Cell> row : t.rows()) {
                    Cancellation.checkInterrupted();
                    text.write(String.join(" | ", row.stream().map(this::cell).toList()) + "\n");
                }
                if (t.totalRow().isPresent()) {
                    text.write(String.join(" | ", t.totalRow().get().stream().map(this::cell).toList()) + "\n");
                }
            }
            case Section.StatusSummary s -> {
                text.write(s.title() + "\n" + s.description() + "\n");
                section(text, s.table());
            }
            // Key facts, the legend and any section type added later: their plain fallback.
            default -> {
                for (Section part : section.fallback()) {
                    section(text, part);
                }
            }
        }
    }

    private String cell(Cell cell) {
        return cell instanceof Cell.StatusCell s ? status(s) : String.join(" ", cell.texts());
    }

    /** A status as shown: its label, note and reason. */
    protected String status(Cell.StatusCell status) {
        return String.join(" ", status.texts());
    }
}
