package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server cancels a slow render by interrupting its thread; the renderer stops at its next section, writes nothing
 * (the document goes out whole at the end) and leaves the interrupt set. The interrupt lands mid-render where the
 * renderer reaches a section of a type of the test's own: the renderer asks for its fallback there, and the fallback
 * interrupts the thread, as another thread's {@code Future.cancel(true)} would at that moment. No timing.
 */
class CancelledDocxTest {

    /** A section of someone's own type; once armed, the renderer asking for its fallback cancels the render. */
    private static final class CancelHere implements Section {
        private final List<Section> fallback;
        boolean armed;
        int reached;

        CancelHere(List<Section> fallback) {
            this.fallback = fallback;
        }

        @Override
        public List<String> texts() {
            return fallback.stream().flatMap(section -> section.texts().stream()).toList();
        }

        @Override
        public List<Section> fallback() {
            // Chapter asks once when it is made, to check the fallback: not yet a render.
            if (armed) {
                reached++;
                Thread.currentThread().interrupt();
            }
            return fallback;
        }
    }

    /** A section of someone's own type that counts the renders that reach it. */
    private static final class Later implements Section {
        boolean armed;
        int reached;

        @Override
        public List<String> texts() {
            return List.of("Later");
        }

        @Override
        public List<Section> fallback() {
            if (armed) {
                reached++;
            }
            return List.of(new Section.Heading(2, "Later"));
        }
    }

    @AfterEach
    void clearTheInterrupt() {
        // JUnit runs the next test on this thread.
        Thread.interrupted();
    }

    @Test
    void anInterruptBetweenSectionsStopsTheRenderThereAndNothingIsWritten() {
        CancelHere cancel = new CancelHere(List.of(new Section.Heading(2, "Cancelled here")));
        Later later = new Later();
        Report report = withChapter(ContractFixtures.derbyshireSummary(), cancel, later);
        cancel.armed = true;
        later.armed = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Stopped stopped = render(() -> new DocxReportRenderer().render(report, RenderOptions.defaults(), out));

        assertThat(stopped.thrown()).isInstanceOf(InterruptedIOException.class);
        assertThat(stopped.interrupted()).as("interrupt status").isTrue();
        assertThat(cancel.reached).isOne();
        assertThat(later.reached).as("renders that went on to the next section").isZero();
        assertThat(out.size()).isZero();
    }

    @Test
    void anInterruptAfterTheLastSectionStopsTheRenderBeforeTheDocumentIsWritten() {
        // A fallback of nothing: the renderer draws no section after the interrupt, and the next thing is the write.
        CancelHere cancel = new CancelHere(List.of());
        Report report = withChapter(ContractFixtures.derbyshireSummary(), cancel);
        cancel.armed = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Stopped stopped = render(() -> new DocxReportRenderer().render(report, RenderOptions.defaults(), out));

        assertThat(stopped.thrown()).isInstanceOf(InterruptedIOException.class);
        assertThat(stopped.interrupted()).as("interrupt status").isTrue();
        assertThat(cancel.reached).isOne();
        assertThat(out.size()).isZero();
    }

    /** How a render ended: what it threw, and whether the thread was still interrupted (which is then cleared). */
    private record Stopped(Throwable thrown, boolean interrupted) {}

    private static Stopped render(ThrowingCallable render) {
        Throwable thrown = catchThrowable(render);
        return new Stopped(thrown, Thread.interrupted());
    }

    /** {@code report} with a last chapter of {@code sections}. */
    private static Report withChapter(Report report, Section... sections) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        chapters.add(new Chapter("Cancelled", Orientation.PORTRAIT, List.of(sections)));
        return new Report(report.title(), report.subtitle(), report.asOf(), report.period(), report.metadata(),
                chapters, report.layoutWords());
    }
}
