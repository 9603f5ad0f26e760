package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server cancels a slow render by interrupting its thread; the workbook stops within a table, between its rows,
 * writes nothing more, and leaves the interrupt set. The interrupts land where the renderer itself calls out: the
 * warning for a text longer than a cell, sent from the row that holds it, and the caller's stream, as the workbook
 * is written into it. Each interrupts the thread as another thread's {@code Future.cancel(true)} would at that
 * moment. No timing.
 */
class CancelledXlsxTest {

    /** Longer than the 32,767 characters a cell holds, so that its row warns. */
    private static final String TOO_LONG = "inspection ".repeat(3_000);

    @AfterEach
    void clearTheInterrupt() {
        // JUnit runs the next test on this thread.
        Thread.interrupted();
    }

    @Test
    void anInterruptWithinATableStopsTheRenderBeforeTheNextRowAndNothingIsWritten() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            // Rows 2 and 4 warn: a render that went on past row 2 would warn again.
            String description = i % 2 == 0 ? TOO_LONG : "short";
            rows.add(List.of(new Cell.TextCell(Integer.toString(i)), new Cell.TextCell(description)));
        }
        Section.Table table = new Section.Table("Actions", List.of(new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Description", Column.ColumnType.TEXT, 4)), rows);
        List<String> warnings = new ArrayList<>();
        RenderOptions cancelOnWarning = RenderOptions.builder().warnings(warning -> {
            warnings.add(warning);
            Thread.currentThread().interrupt();
        }).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> new XlsxReportRenderer().render(withChapter(table), cancelOnWarning,
                out));
        boolean interrupted = Thread.interrupted();

        assertThat(thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(interrupted).as("interrupt status").isTrue();
        assertThat(warnings).singleElement().asString().startsWith("The text in Actions!B4 is 33,000 characters");
        assertThat(out.size()).isZero();
    }

    @Test
    void anInterruptWhileTheWorkbookIsWrittenOutStopsTheWriting() {
        InterruptingStream out = new InterruptingStream();

        Throwable thrown = catchThrowable(() -> new XlsxReportRenderer().render(ContractFixtures.derbyshireSummary(),
                RenderOptions.defaults(), out));
        boolean interrupted = Thread.interrupted();

        assertThat(thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(interrupted).as("interrupt status").isTrue();
        assertThat(out.writes).as("writes that reached the stream").isOne();
    }

    @Test
    void aFailureOfPoiOnAnInterruptedThreadIsToldAsTheInterruptWithItsCause() {
        // What POI throws when the interrupt closes the channel it reads its temporary workbook through.
        IOException poi = new IOException("Error reading Zip content from /tmp/poifiles/poi-sxssf-template1.xlsx");
        Thread.currentThread().interrupt();
        IOException told = XlsxReportRenderer.interruptedOr(poi);
        boolean interrupted = Thread.interrupted();

        assertThat(told).isInstanceOf(InterruptedIOException.class).hasCause(poi);
        assertThat(interrupted).as("interrupt status").isTrue();
        assertThat(XlsxReportRenderer.interruptedOr(poi)).as("on a thread not interrupted").isSameAs(poi);
    }

    /** Takes the first write, then interrupts the thread, as a cancel landing while POI writes the zip. */
    private static final class InterruptingStream extends OutputStream {
        int writes;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            Thread.currentThread().interrupt();
        }
    }

    /** The Derbyshire summary with a last chapter of {@code table}. */
    private static Report withChapter(Section.Table table) {
        Report report = ContractFixtures.derbyshireSummary();
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        chapters.add(Chapter.untitled(Orientation.LANDSCAPE, List.of(table)));
        return new Report(report.title(), report.subtitle(), report.asOf(), report.period(), report.metadata(),
                chapters, report.layoutWords());
    }
}
