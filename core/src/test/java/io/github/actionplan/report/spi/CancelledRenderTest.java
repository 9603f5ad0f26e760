package io.github.actionplan.report.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.support.Cancellation;
import io.github.actionplan.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server gives up on a render by interrupting its thread ({@code Future.cancel(true)}): the registry then starts no
 * render, lets nothing more reach the caller's stream, and leaves no file. The interrupts here are the render's own
 * thread interrupting itself where another thread's cancel would land, so nothing depends on timing.
 */
class CancelledRenderTest {

    private static final Report REPORT = ReportTemplates.summary().build(Assessor.standard()
            .assess(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF));

    /** Writes "first half", is cancelled, then looks, as its contract says. */
    private static final class CheckingRenderer extends ReportRenderersTest.StubRenderer {
        int calls;

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            calls++;
            Cancellation.checkInterrupted();
            out.write("first half".getBytes(StandardCharsets.UTF_8));
            Thread.currentThread().interrupt();
            Cancellation.checkInterrupted();
            out.write("second half".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes "first half", is cancelled, and writes on, never looking, as a renderer deep in a library would. */
    private static final class HeedlessRenderer extends ReportRenderersTest.StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write("first half".getBytes(StandardCharsets.UTF_8));
            Thread.currentThread().interrupt();
            out.write("second half".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @TempDir
    Path folder;

    @AfterEach
    void clearTheInterrupt() {
        // JUnit runs the next test on this thread.
        Thread.interrupted();
    }

    @Test
    void aRenderAskedForOnAnInterruptedThreadDoesNotStart() {
        CheckingRenderer renderer = new CheckingRenderer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread.currentThread().interrupt();

        Throwable thrown = catchThrowable(() -> ReportRenderers.render(renderer, REPORT, RenderOptions.defaults(),
                out));

        assertThat(thrown).isInstanceOf(InterruptedIOException.class).hasMessage("The render stopped: its thread was"
                + " interrupted, as Future.cancel(true) and ExecutorService.shutdownNow() do.");
        assertThat(renderer.calls).isZero();
        assertThat(out.size()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt status").isTrue();
    }

    @Test
    void aRendererInterruptedMidwayStopsAndWritesNothingMore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> ReportRenderers.of(new CheckingRenderer()).render(REPORT, "md",
                RenderOptions.defaults(), out));

        assertThat(thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first half");
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt status").isTrue();
    }

    @Test
    void aRendererThatIgnoresTheInterruptGetsNothingMorePastTheRegistry() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> ReportRenderers.render(new HeedlessRenderer(), REPORT,
                RenderOptions.defaults(), out));

        assertThat(thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first half");
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt status").isTrue();
    }

    @Test
    void aRenderToAPathOnAnInterruptedThreadLeavesNoFileAndKeepsAnExistingOne() throws IOException {
        Path existing = Files.writeString(folder.resolve("kept.md"), "previous report");

        assertStoppedLeavingNoFile(() -> ReportRenderers.render(new CheckingRenderer(), REPORT,
                RenderOptions.defaults(), folder.resolve("fresh.md")), true);
        assertStoppedLeavingNoFile(() -> ReportRenderers.render(new CheckingRenderer(), REPORT,
                RenderOptions.defaults(), existing), true);

        assertThat(existing).hasContent("previous report");
        assertThat(names()).containsExactly("kept.md");
    }

    @Test
    void aRenderToAPathInterruptedMidwayLeavesNoFileNorItsTemporaryFile() throws IOException {
        Path existing = Files.writeString(folder.resolve("kept.md"), "previous report");

        for (ReportRenderer renderer : new ReportRenderer[] {new CheckingRenderer(), new HeedlessRenderer()}) {
            assertStoppedLeavingNoFile(() -> ReportRenderers.render(renderer, REPORT, RenderOptions.defaults(),
                    folder.resolve("fresh.md")), false);
            assertStoppedLeavingNoFile(() -> ReportRenderers.render(renderer, REPORT, RenderOptions.defaults(),
                    existing), false);
        }

        assertThat(existing).hasContent("previous report");
        assertThat(names()).containsExactly("kept.md");
    }

    /** Runs {@code render}, on an interrupted thread if {@code before}, and checks how it stopped. */
    private static void assertStoppedLeavingNoFile(ThrowingCallable render, boolean before) {
        if (before) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = catchThrowable(render);
        boolean interrupted = Thread.interrupted();

        assertThat(thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(interrupted).as("interrupt status").isTrue();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
