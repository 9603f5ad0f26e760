package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code render} and {@code demo} write several files: together, but printed in order. */
class RenderingTest {

    @TempDir
    Path folder;

    @Test
    void pathsAndWarningsPrintInReportOrderThoughTheFirstFileFinishesLast() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new SlowFirstRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                out.resolve("derbyshire-2023-11-01-summary.slow").toString(),
                out.resolve("derbyshire-2023-11-01-action-plan.slow").toString(),
                out.resolve("derbyshire-2023-11-01-exceptions.slow").toString(),
                out.resolve("derbyshire-2023-11-01-owners.slow").toString());
        // Each warning names the file it is about (trial 34 F10: the plan's name alone did not say which).
        assertThat(result.errLines()).containsExactly(
                out.resolve("derbyshire-2023-11-01-summary.slow") + ": warning: rendered the summary report",
                out.resolve("derbyshire-2023-11-01-action-plan.slow") + ": warning: rendered the action-plan report",
                out.resolve("derbyshire-2023-11-01-exceptions.slow") + ": warning: rendered the exceptions report",
                out.resolve("derbyshire-2023-11-01-owners.slow") + ": warning: rendered the owners report");
    }

    @Test
    void filesAreWrittenTwoAtATimeWhereThereAreTwoProcessors() {
        assumeThat(Runtime.getRuntime().availableProcessors()).isGreaterThanOrEqualTo(2);
        Path out = folder.resolve("reports");

        // each render waits for another to be under way beside it; one at a time, none would finish
        Cli.Result result = Cli.run(() -> ReportRenderers.of(new PairedRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary,exceptions",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve("derbyshire-2023-11-01-summary.pair")).isNotEmptyFile();
        assertThat(out.resolve("derbyshire-2023-11-01-exceptions.pair")).isNotEmptyFile();
    }

    @Test
    void aFileThatFailsIsToldAndLeftOutAndTheFilesAfterItAreStillWritten() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new FailsOnExceptionsRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(
                out.resolve("derbyshire-2023-11-01-summary.fails").toString(),
                out.resolve("derbyshire-2023-11-01-action-plan.fails").toString(),
                out.resolve("derbyshire-2023-11-01-owners.fails").toString());
        assertThat(result.errLines()).containsExactly(out.resolve("derbyshire-2023-11-01-exceptions.fails")
                + ": The fails renderer " + FailsOnExceptionsRenderer.class.getName()
                + " (test-classes/) failed: java.lang.IllegalStateException: no exceptions today");
        assertThat(out.resolve("derbyshire-2023-11-01-exceptions.fails")).doesNotExist();
        assertThat(out.resolve("derbyshire-2023-11-01-owners.fails")).isNotEmptyFile();
    }

    @Test
    void aFileWhoseRenderRunsOutOfMemoryIsToldAndTheOthersAreStillWritten() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new ExhaustsMemoryOnExceptionsRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).hasSize(3);
        assertThat(result.errLines()).containsExactly(out.resolve("derbyshire-2023-11-01-exceptions.big")
                + ": out of memory writing it (Java heap space); use a bigger -Xmx (java -Xmx4g -jar actionplan.jar"
                + " ...), or render this report alone");
        assertThat(out.resolve("derbyshire-2023-11-01-owners.big")).isNotEmptyFile();
    }

    @Test
    void aFileThatFailsBesideAnOlderOneOfItsNameSaysTheOlderOneWasLeftAsItWasWithItsTime() throws IOException {
        Path out = Files.createDirectories(folder.resolve("reports"));
        Path older = Files.writeString(out.resolve("derbyshire-2023-11-01-exceptions.fails"), "last quarter's");
        LocalDateTime changed = LocalDateTime.of(2025, 3, 31, 9, 30, 15);
        Files.setLastModifiedTime(older, FileTime.from(changed.atZone(ZoneId.systemDefault()).toInstant()));

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new FailsOnExceptionsRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out", out.toString());

        // Never deleted without a word, and never taken for this run's: the user is told which it is, and its time.
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(older + ": The fails renderer "
                + FailsOnExceptionsRenderer.class.getName() + " (test-classes/) failed:"
                + " java.lang.IllegalStateException: no exceptions today. The file of that name already there, last"
                + " changed 2025-03-31 09:30:15, was left as it was: it is not from this run.");
        assertThat(older).hasContent("last quarter's");
        assertThat(Files.getLastModifiedTime(older).toInstant())
                .isEqualTo(changed.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(out.resolve("derbyshire-2023-11-01-owners.fails")).isNotEmptyFile();
    }

    @Test
    void anOlderFileBesideARendererThatWroteNothingIsToldOfInASentenceOfItsOwn() throws IOException {
        Path out = Files.createDirectories(folder.resolve("reports"));
        Path older = Files.writeString(out.resolve("derbyshire-2023-11-01-summary.silent"), "last quarter's");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new SilentRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith(older + ": The silent renderer ")
                .containsOnlyOnce(" and flushes it. The file of that name already there, last changed ")
                .endsWith(", was left as it was: it is not from this run.");
        assertThat(older).hasContent("last quarter's");
    }

    @Test
    void everyFailureOfABrokenFormatIsToldAtOnceAndTheOtherFormatsFilesAreWritten() throws IOException {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new AlwaysFailingRenderer(), new SlowFirstRenderer()),
                "render", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--format", "broken,slow",
                "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).filteredOn(line -> line.contains("The broken renderer"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly(out.resolve("derbyshire-2023-11-01-summary.broken").toString(),
                        out.resolve("derbyshire-2023-11-01-action-plan.broken").toString(),
                        out.resolve("derbyshire-2023-11-01-exceptions.broken").toString(),
                        out.resolve("derbyshire-2023-11-01-owners.broken").toString());
        assertThat(files(out)).extracting(file -> file.getFileName().toString()).containsExactly(
                "derbyshire-2023-11-01-action-plan.slow", "derbyshire-2023-11-01-exceptions.slow",
                "derbyshire-2023-11-01-owners.slow", "derbyshire-2023-11-01-summary.slow");
    }

    @Test
    void aRendererThatWritesNothingIsAFailureAndLeavesNoEmptyFile() throws IOException {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new SilentRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith(out.resolve(
                "derbyshire-2023-11-01-summary.silent") + ": The silent renderer " + SilentRenderer.class.getName()
                + " (test-classes/) wrote nothing: ");
        assertThat(Files.exists(out) ? files(out) : List.of()).isEmpty();
    }

    @Test
    void afterAFailureNothingIsStillBeingWrittenWhenTheCommandReturns() throws Exception {
        assumeThat(Runtime.getRuntime().availableProcessors()).isGreaterThanOrEqualTo(2);
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new SlowUnlessFailingRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary,action-plan", "--out",
                out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        List<Path> atReturn = files(out);
        Thread.sleep(600);
        // The file under way is cancelled, or finished where the interrupt came while the renderer ignored it:
        // either way nothing changes once the command has returned, and no temporary file is left.
        assertThat(files(out)).isEqualTo(atReturn)
                .allMatch(file -> file.equals(out.resolve("derbyshire-2023-11-01-action-plan.late")));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Fails at once for the summary; takes its time over the action plan, writing it all the same. */
    public static final class SlowUnlessFailingRenderer extends TestRenderer {
        public SlowUnlessFailingRenderer() {
            super("late");
        }

        @Override
        void before(Report report, RenderOptions options) {
            if (report.metadata().keywords().getLast().equals("summary")) {
                throw new IllegalStateException("no summaries today");
            }
            // like a renderer deep in a library: an interrupt does not stop it
            long until = System.nanoTime() + 400_000_000L;
            while (System.nanoTime() < until) {
                sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                Thread.interrupted();
            }
        }
    }

    /** Warns which report it rendered (named by its metadata's last keyword); the summary takes longest. */
    public static final class SlowFirstRenderer extends TestRenderer {
        public SlowFirstRenderer() {
            super("slow");
        }

        @Override
        void before(Report report, RenderOptions options) {
            String name = report.metadata().keywords().getLast();
            if (name.equals("summary")) {
                sleep(300);
            }
            options.warn("rendered the " + name + " report");
        }
    }

    /** Each render waits for a second render to reach the same point. */
    public static final class PairedRenderer extends TestRenderer {
        private final CyclicBarrier pair = new CyclicBarrier(2);

        public PairedRenderer() {
            super("pair");
        }

        @Override
        void before(Report report, RenderOptions options) {
            try {
                pair.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("no second render under way beside this one", e);
            }
        }
    }

    /** Fails for every report. */
    public static final class AlwaysFailingRenderer extends TestRenderer {
        public AlwaysFailingRenderer() {
            super("broken");
        }

        @Override
        void before(Report report, RenderOptions options) {
            throw new IllegalStateException("broken for " + report.metadata().keywords().getLast());
        }
    }

    /** Writes nothing at all, as an unfinished plugin does. */
    public static final class SilentRenderer extends TestRenderer {
        public SilentRenderer() {
            super("silent");
        }

        @Override
        void before(Report report, RenderOptions options) {}

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {}
    }

    /** Fails for the exceptions report only. */
    public static final class FailsOnExceptionsRenderer extends TestRenderer {
        public FailsOnExceptionsRenderer() {
            super("fails");
        }

        @Override
        void before(Report report, RenderOptions options) {
            if (report.metadata().keywords().getLast().equals("exceptions")) {
                throw new IllegalStateException("no exceptions today");
            }
        }
    }

    /** Runs out of memory for the exceptions report only, as a render of a huge report may. */
    public static final class ExhaustsMemoryOnExceptionsRenderer extends TestRenderer {
        public ExhaustsMemoryOnExceptionsRenderer() {
            super("big");
        }

        @Override
        void before(Report report, RenderOptions options) {
            if (report.metadata().keywords().getLast().equals("exceptions")) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    /** A renderer writing the report's title, after {@link #before}. */
    abstract static class TestRenderer implements ReportRenderer {
        private final String format;

        TestRenderer(String format) {
            this.format = format;
        }

        abstract void before(Report report, RenderOptions options);

        @Override
        public String format() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return format;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            before(report, options);
            out.write(report.title().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
