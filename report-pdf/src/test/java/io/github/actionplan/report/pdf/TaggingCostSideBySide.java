package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

/**
 * What tagging costs, measured the other way from {@link TaggingCost}: tagged and untagged
 * rendered at the same time, each on a thread of its own that keeps rendering until both have
 * made their measured renders, so that whatever else slows the machine (another process, the
 * collector, the host) slows both alike. Prints each render's CPU time, then the
 * tagged/untagged ratio by the medians, the means and the fastest renders. Running beside each
 * other, the two compete for the processor's caches, which tells against the tagged renders, whose
 * work touches more memory: at 10,000 rows this way read 1.14-1.16 where {@link TaggingCost} reads 1.09.
 * Not a test: times are not asserted. Run as {@link TaggingCost} is, with the heap for two renders:
 *
 * <pre>
 * java -Xms10g -Xmx10g -XX:+AlwaysPreTouch -Djava.awt.headless=true -cp (as for TaggingCost) \
 * io.github.actionplan.report.pdf.TaggingCostSideBySide [summary | action-plan] [rows] [renders] [warm-ups]
 * </pre>
 */
final class TaggingCostSideBySide {

    private TaggingCostSideBySide() {}

    /** Renders and prints; {@code args}: the report, its rows, renders measured of each, warm-up renders. */
    public static void main(String[] args) throws InterruptedException {
        int rows = Integer.parseInt(args[1]);
        int renders = Integer.parseInt(args[2]);
        int warmUps = Integer.parseInt(args[3]);
        Report report = TaggingCost.report(args[0], rows);
        RenderOptions options = RenderOptions.builder().warnings(warning -> { }).build();
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch measured = new CountDownLatch(2);
        double[][] seconds = new double[2][renders];
        List<Thread> threads = new ArrayList<>();
        for (int mode = 0; mode < 2; mode++) {
            PdfReportRenderer renderer = new PdfReportRenderer(mode == 0);
            String name = mode == 0 ? "tagged" : "untagged";
            double[] mine = seconds[mode];
            Thread thread = Thread.ofPlatform().name(name).unstarted(() -> {
                try {
                    start.await();
                    // Renders on past its own measured ones until the other's are made too.
                    for (int i = 0; i < warmUps + renders || measured.getCount() > 0; i++) {
                        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        try (OutputStream out = OutputStream.nullOutputStream()) {
                            renderer.render(report, options, out);
                        }
                        cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
                        if (i >= warmUps && i < warmUps + renders) {
                            mine[i - warmUps] = cpu / 1e9;
                            System.out.printf("%s %d: %.2f s, load %.1f%n", name, i - warmUps, cpu / 1e9,
                                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                        }
                        if (i == warmUps + renders - 1) {
                            measured.countDown();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double[] tagged = seconds[0];
        double[] untagged = seconds[1];
        Arrays.sort(tagged);
        Arrays.sort(untagged);
        System.out.printf("%s %d, rendering thread's CPU: untagged %.2f s (%.2f-%.2f), tagged %.2f s (%.2f-%.2f); "
                        + "tagged/untagged %.3f by the medians, %.3f by the means, %.3f by the fastest%n",
                args[0].replace('-', ' '), rows, untagged[renders / 2], untagged[0], untagged[renders - 1],
                tagged[renders / 2], tagged[0], tagged[renders - 1], tagged[renders / 2] / untagged[renders / 2],
                Arrays.stream(tagged).average().orElseThrow() / Arrays.stream(untagged).average().orElseThrow(),
                tagged[0] / untagged[0]);
    }
}
