package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a report with one table of many rows to a file: {@code LargeTableMain <file> <rows>}.
 * {@link LargeTableTest} runs it in a JVM of its own with a small heap.
 */
final class LargeTableMain {

    private LargeTableMain() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Report report = Fixtures.large(rows);
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReportRenderer().render(report, RenderOptions.defaults(), out);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("rendered %d rows in %d ms, %d bytes; heap max %d MiB, in use %d MiB%n", rows,
                (System.nanoTime() - start) / 1_000_000, Files.size(file), runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
