package io.github.actionplan.testkit;

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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A tiny plain-text renderer, in the kit's own tests only: it proves the kit passes a renderer
 * that shows everything, before any real format exists. {@link BrokenRenderers} makes copies of
 * it that lose or change text on purpose.
 */
public final class PlainTextRenderer implements ReportRenderer {

    /** The format id. */
    public static final String FORMAT = "txt";

    private final UnaryOperator<Cell> cells;
    private final Predicate<List<Cell>> rows;
    private final boolean running;

    /** Makes the renderer; it keeps no state. */
    public PlainTextRenderer() {
        this(UnaryOperator.identity(), row -> true, true);
    }

    /**
     * A renderer that writes each cell as {@code cells} changes it, only the rows {@code rows}
     * keeps, and the running header and footer only if {@code running}.
     */
    PlainTextRenderer(UnaryOperator<Cell> cells, Predicate<List<Cell>> rows, boolean running) {
        this.cells = cells;
        this.rows = rows;
        this.running = running;
    }

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

    /** A format without pages: the running header once at the top, the running footer once at the end. */
    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Cancellation.checkInterrupted();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (running) {
            text.write(options.runningHeader(report) + "\n\n");
        }
        text.write(report.title() + "\n" + report.subtitle() + "\n\n");
        for (Chapter chapter : report.chapters()) {
            if (!chapter.heading().isEmpty()) {
                text.write("# " + chapter.heading() + "\n\n");
            }
            for (Section section : chapter.sections()) {
                Cancellation.checkInterrupted();
                section(text, section);
            }
        }
        if (running && !options.runningFooter().isEmpty()) {
            text.write(options.runningFooter() + "\n");
        }
        text.flush();
    }

    private void section(Writer text, Section section) throws IOException {
        switch (section) {
            case Section.Heading h -> text.write("#".repeat(h.level() + 1) + " " + h.text() + "\n\n");
            case Section.StatusSummary s -> {
                text.write(s.title() + "\n" + s.description() + "\n");
                section(text, s.table());
            }
            case Section.Table t -> {
                text.write(t.title() + "\n");
                text.write(String.join(" | ", t.headers()) + "\n");
                for (List<Cell> row : t.rows()) {
                    Cancellation.checkInterrupted();
                    if (rows.test(row)) {
                        text.write(String.join(" | ", row.stream().map(c -> cells.apply(c).text()).toList()) + "\n");
                    }
                }
                if (t.totalRow().isPresent()) {
                    text.write(String.join(" | ", t.totalRow().get().stream().map(Cell::text).toList()) + "\n");
                }
                text.write("\n");
            }
            case Section.NarrativeText n -> text.write(n.narrative().plainText() + "\n\n");
            default -> {
                for (Section part : section.fallback()) {
                    section(text, part);
                }
            }
        }
    }
}
