package io.github.actionplan.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page is written as it is laid out: a 100,000-row summary never exists in memory as one
 * text. Measured from inside the stream, halfway through the render, after a full collection: the
 * heap then holds the report and the renderer's small buffers, not the tens of megabytes written.
 */
class StreamingTest {

    private static final int ROWS = 100_000;
    private static final long MIB = 1024 * 1024;

    @Test
    void aHundredThousandRowSummaryIsWrittenAsItIsLaidOutNotHeldInMemory() throws IOException {
        Report report = tiledSummary(ROWS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        HeapProbe out = new HeapProbe(24 * MIB, memory);

        new HtmlReportRenderer().render(report, RenderOptions.defaults(), out);

        assertThat(out.written).as("bytes written").isGreaterThan(48 * MIB);
        assertThat(out.usedHalfway).as("heap in use halfway through the render").isPositive();
        assertThat(out.usedHalfway - before).as("heap grown by halfway through, in bytes").isLessThan(16 * MIB);
        assertThat(out.largestWrite).as("largest single write").isLessThanOrEqualTo(64 * 1024);
    }

    /** The Derbyshire summary with its table's 20 rows repeated to {@code rows}: the same cells over and over. */
    private static Report tiledSummary(int rows) {
        Report small = ContractFixtures.derbyshireSummary();
        Section.Table table = small.tables().get(small.tables().size() - 1);
        List<List<Cell>> tiled = new ArrayList<>(rows);
        while (tiled.size() < rows) {
            tiled.addAll(table.rows().subList(0, Math.min(table.rows().size(), rows - tiled.size())));
        }
        Section.Table big = new Section.Table(table.title(), table.columns(), Collections.unmodifiableList(tiled),
                table.totalRow());
        List<Chapter> chapters = small.chapters().stream().map(chapter -> new Chapter(chapter.heading(),
                chapter.orientation(), chapter.sections().stream().map(s -> s == table ? big : s).toList())).toList();
        return new Report(small.title(), small.subtitle(), small.asOf(), small.period(), small.metadata(), chapters);
    }

    /** Counts what is written, keeps none of it, and measures the heap once a threshold is passed. */
    private static final class HeapProbe extends OutputStream {
        private final long threshold;
        private final MemoryMXBean memory;
        long written;
        long largestWrite;
        long usedHalfway;

        HeapProbe(long threshold, MemoryMXBean memory) {
            this.threshold = threshold;
            this.memory = memory;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(int length) {
            largestWrite = Math.max(largestWrite, length);
            if (written < threshold && written + length >= threshold) {
                System.gc();
                usedHalfway = memory.getHeapMemoryUsage().getUsed();
            }
            written += length;
        }
    }
}
