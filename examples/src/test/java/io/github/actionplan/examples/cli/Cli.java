package io.github.actionplan.examples.cli;

import io.github.actionplan.examples.markdown.MarkdownReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/** Runs the command line in-process, with its output captured. */
final class Cli {

    /** "Today" for every test: 15 August 2025. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-15T12:00:00Z"), ZoneOffset.UTC);

    /** Only the Markdown renderer: the same in every branch, whichever renderer modules have landed. */
    static final Supplier<ReportRenderers> MARKDOWN_ONLY = () -> ReportRenderers.of(new MarkdownReportRenderer());

    private Cli() {}

    /** What a run printed and its exit code. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs with the renderers on the test class path. */
    static Result run(String... args) {
        return run(ReportRenderers::load, args);
    }

    /** Runs with the given renderers. */
    static Result run(Supplier<ReportRenderers> renderers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ActionPlanCommand.execute(new ActionPlanCommand(CLOCK, renderers), new PrintWriter(out),
                new PrintWriter(err), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Copies a bundled seed plan into {@code folder}, returning its path as a string. */
    static String seed(Path folder, String name) {
        try (InputStream in = Cli.class.getResourceAsStream("/plans/" + name)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code folder/name}, returning its path as a string. */
    static String write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
