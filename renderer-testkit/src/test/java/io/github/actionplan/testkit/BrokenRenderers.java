package io.github.actionplan.testkit;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies of {@link PlainTextRenderer} broken on purpose, as a plugin author's renderer goes wrong:
 * the kit must fail each and name what is wrong.
 */
final class BrokenRenderers {

    private BrokenRenderers() {}

    /** Writes each status's label in capitals ("AT RISK"): one string changed wherever it is. */
    static ReportRenderer upperCaseStatusLabels() {
        return new PlainTextRenderer(cell -> cell instanceof Cell.StatusCell s ? new Cell.StatusCell(s.status(),
                s.label().toUpperCase(Locale.ROOT), s.note(), s.reason(), s.fill(), s.textColour()) : cell,
                row -> true, true);
    }

    /**
     * Writes its own BRAG colour word before each status cell, from a switch on its status with Red and Amber swapped
     * ("Amber: Open - Actions on going off track" for an item off track), as the trial's plugin did.
     */
    static ReportRenderer swappedBragWords() {
        return new PlainTextRenderer(cell -> cell instanceof Cell.StatusCell s ? new Cell.StatusCell(s.status(),
                switch (s.status()) {
                    case COMPLETE -> "Blue";
                    case OFF_TRACK -> "Amber";
                    case AT_RISK -> "Red";
                    case ON_TRACK -> "Green";
                } + ": " + s.label(), s.note(), s.reason(), s.fill(), s.textColour()) : cell, row -> true, true);
    }

    /** Writes each status's own BRAG colour word after its label ("Open - Actions on going off track [Red]"). */
    static ReportRenderer ownBragWords() {
        return new PlainTextRenderer(cell -> cell instanceof Cell.StatusCell s ? new Cell.StatusCell(s.status(),
                s.label() + " [" + s.status().brag().displayName() + "]", s.note(), s.reason(), s.fill(),
                s.textColour()) : cell, row -> true, true);
    }

    /**
     * Shows each percentage as its own rounding of {@link Cell.PercentCell#value()} instead of core's text: half-even
     * shows 12.5% as "12%", half-up 99.5% as "100%", down 0.5% as "0%".
     */
    static ReportRenderer ownRounding(RoundingMode mode) {
        return new PlainTextRenderer(cell -> cell instanceof Cell.PercentCell p ? new Cell.PercentCell(p.value(),
                p.rounded(), p.value().setScale(0, mode).toPlainString() + "%") : cell, row -> true, true);
    }

    /** Leaves out every status's reason: one string dropped from each row that has one. */
    static ReportRenderer withoutReasons() {
        return new PlainTextRenderer(cell -> cell instanceof Cell.StatusCell s ? new Cell.StatusCell(s.status(),
                s.label(), s.note(), Optional.empty(), s.fill(), s.textColour()) : cell, row -> true, true);
    }

    /** Leaves out every table row with a cell that is {@code ref} or starts "{@code ref}:": a row dropped. */
    static ReportRenderer withoutRow(String ref) {
        return new PlainTextRenderer(cell -> cell, (List<Cell> row) -> row.stream().map(Cell::text)
                .noneMatch(text -> text.equals(ref) || text.startsWith(ref + ":")), true);
    }

    /**
     * Draws the sections it knows (headings, tables, narrative, status summaries) and leaves out the others, as a
     * renderer without a branch for {@link Section#fallback()} does: the key facts go missing.
     */
    static ReportRenderer withoutFallback() {
        PlainTextRenderer plain = new PlainTextRenderer();
        return new Plain() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                List<Chapter> known = report.chapters().stream().map(chapter -> new Chapter(chapter.heading(),
                        chapter.orientation(), chapter.sections().stream().filter(section -> section
                        instanceof Section.Heading || section instanceof Section.Table
                        || section instanceof Section.NarrativeText || section instanceof Section.StatusSummary)
                        .toList())).toList();
                plain.render(new Report(report.title(), report.subtitle(), report.asOf(), report.period(),
                        report.metadata(), known, report.layoutWords()), options, out);
            }
        };
    }

    /** Writes neither the running header nor the running footer. */
    static ReportRenderer withoutRunningHeaderAndFooter() {
        return new PlainTextRenderer(cell -> cell, row -> true, false);
    }

    /** Starts its output with a number that differs on every render, as a time stamp would. */
    static ReportRenderer timeStamped() {
        AtomicLong renders = new AtomicLong(1_733_000_000_000L);
        return new Wrapped("text/plain", (report, out) -> out.write(("Made at " + renders.getAndIncrement() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Builds each document in a buffer of its own, a field, emptied as a render starts, and copies it out a moment
     * after: one instance rendering on two threads at once mixes their documents, as trial 57's plugin did.
     */
    static ReportRenderer sharedBuffer() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PlainTextRenderer plain = new PlainTextRenderer();
        return new Wrapped("text/plain", (report, out) -> { }) {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                buffer.reset();
                plain.render(report, options, buffer);
                try {
                    Thread.sleep(5); // the moment another render empties the buffer in
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                buffer.writeTo(out);
            }
        };
    }

    /**
     * Claims to write Markdown, and writes the plain text as it is: headings after "#", cells
     * between "|", and not one of the report's own "#", "|" or "<" escaped.
     */
    static ReportRenderer markdownWithoutEscapes() {
        return new Wrapped("text/markdown", (report, out) -> { });
    }

    /**
     * Renders the whole report on an interrupted thread, as a renderer that never looks does, and
     * leaves the interrupt set for its caller.
     */
    static ReportRenderer heedlessOfInterrupts() {
        return new Heedless(true);
    }

    /**
     * Renders the whole report on an interrupted thread and clears the interrupt, as a library
     * that catches an {@link InterruptedException} and goes on does.
     */
    static ReportRenderer swallowingInterrupts() {
        return new Heedless(false);
    }

    /**
     * Looks for an interrupt once, before it starts, and never again, so a render cancelled part-way runs to its end:
     * it writes each section's texts, a section of a type it does not know as its fallback's.
     */
    static ReportRenderer lookingOnlyAtTheStart() {
        return new LookingSeldom(false);
    }

    /** Looks for an interrupt as each chapter begins and nowhere else, so a cancel in the last chapter goes unseen. */
    static ReportRenderer lookingOnlyAsAChapterBegins() {
        return new LookingSeldom(true);
    }

    /** Claims to write CSV, and writes the plain text, a record a line: the hostile "=cmd|..." starts a field. */
    static ReportRenderer csvWithoutNeutralising() {
        return new Wrapped("text/csv", (report, out) -> { });
    }

    /** The plain text, and a line on standard output for each render, as a plugin debugging itself may leave. */
    static ReportRenderer printingToStandardOutput() {
        return new Wrapped("text/plain", (report, out) -> System.out.println("rendered " + report.title()));
    }

    /** Writes the plain text as a file named .csv, under a media type other than CSV's: a record a line. */
    static ReportRenderer csvByItsExtensionOnly() {
        return new Wrapped("application/vnd.example.records", "csv", (report, out) -> { });
    }

    /** The plain text, but a table of no rows, which core makes where a filter leaves nothing, is an error. */
    static ReportRenderer throwingOnEmptyTables() {
        return new Wrapped("text/plain", (report, out) -> {
            if (report.tables().stream().anyMatch(table -> table.rows().isEmpty())) {
                throw new IllegalStateException("a table of no rows");
            }
        });
    }

    /** Writes the plain text through a PrintWriter, which keeps its stream's failures: a failed render returns. */
    static ReportRenderer swallowingStreamFailures() {
        return new Plain() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                new PlainTextRenderer().render(report, options, whole);
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write(whole.toString(StandardCharsets.UTF_8));
                writer.flush();
            }
        };
    }

    /**
     * Writes the plain text in ISO-8859-1, as a renderer for files opened in Excel may: a no-break space is byte
     * 0xA0, which is no UTF-8, and a character outside Latin-1 ("…", "’") a "?".
     */
    static ReportRenderer latin1() {
        return new Plain() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                new PlainTextRenderer().render(report, options, whole);
                out.write(whole.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        };
    }

    /**
     * Writes each table as CSV, every field quoted as RFC 4180 has it, in {@code charset}: in ISO-8859-1, a bullet
     * "•" is a "?", though every field of several lines is one.
     */
    static ReportRenderer quotedCsv(java.nio.charset.Charset charset) {
        return new ReportRenderer() {
            @Override
            public String format() {
                return "csv";
            }

            @Override
            public String mediaType() {
                return "text/csv";
            }

            @Override
            public String fileExtension() {
                return "csv";
            }

            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                StringBuilder csv = new StringBuilder();
                for (Section.Table table : report.tables()) {
                    csv.append(quoted(table.headers()));
                    table.rows().forEach(row -> csv.append(quoted(row.stream().map(Cell::text).toList())));
                }
                out.write(csv.toString().getBytes(charset));
                out.flush();
            }

            private static String quoted(List<String> fields) {
                return String.join(",", fields.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').toList())
                        + "\r\n";
            }
        };
    }

    /** The plain text renderer's format, for a renderer that draws otherwise. */
    private abstract static class Plain implements ReportRenderer {
        @Override
        public String format() {
            return PlainTextRenderer.FORMAT;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }
    }

    /** The plain text, rendered as if its thread had not been interrupted. */
    private static final class Heedless implements ReportRenderer {
        private final ReportRenderer plain = new PlainTextRenderer();
        private final boolean restore;

        Heedless(boolean restore) {
            this.restore = restore;
        }

        @Override
        public String format() {
            return plain.format();
        }

        @Override
        public String mediaType() {
            return plain.mediaType();
        }

        @Override
        public String fileExtension() {
            return plain.fileExtension();
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            boolean interrupted = Thread.interrupted();
            try {
                plain.render(report, options, out);
            } finally {
                if (interrupted && restore) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Does something of its own first, then writes the plain text, under a media type of its choosing. */
    private static class Wrapped implements ReportRenderer {
        private final ReportRenderer plain = new PlainTextRenderer();
        private final String mediaType;
        private final String fileExtension;
        private final Preamble preamble;

        Wrapped(String mediaType, Preamble preamble) {
            this(mediaType, new PlainTextRenderer().fileExtension(), preamble);
        }

        Wrapped(String mediaType, String fileExtension, Preamble preamble) {
            this.mediaType = mediaType;
            this.fileExtension = fileExtension;
            this.preamble = preamble;
        }

        @Override
        public String format() {
            return plain.format();
        }

        @Override
        public String mediaType() {
            return mediaType;
        }

        @Override
        public String fileExtension() {
            return fileExtension;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            preamble.write(report, out);
            plain.render(report, options, out);
        }
    }

    /** What a wrapped renderer does first: writes to the stream, prints, throws. */
    private interface Preamble {
        void write(Report report, OutputStream out) throws IOException;
    }

    /**
     * Writes each section's texts, a section of a type it does not know as its fallback's, looking for an interrupt
     * only before it starts or, {@code atEachChapter}, only as each chapter begins.
     */
    private static final class LookingSeldom extends Plain {
        private final boolean atEachChapter;

        LookingSeldom(boolean atEachChapter) {
            this.atEachChapter = atEachChapter;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            if (!atEachChapter) {
                Cancellation.checkInterrupted();
            }
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Chapter chapter : report.chapters()) {
                if (atEachChapter) {
                    Cancellation.checkInterrupted();
                }
                for (Section section : chapter.sections()) {
                    List<Section> drawn = section instanceof Section.NarrativeText
                            || section instanceof Section.Table ? List.of(section) : section.fallback();
                    for (Section part : drawn) {
                        text.write(String.join("\n", part.texts()) + "\n");
                    }
                }
            }
            text.flush();
        }
    }
}
