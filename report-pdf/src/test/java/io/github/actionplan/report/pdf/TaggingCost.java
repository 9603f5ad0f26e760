package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What tagging costs (issue 16: at most 15%): the Derbyshire summary and the Merseyside action
 * plan grown to 10,000 rows (or as many as the third argument says) rendered tagged and {@linkplain PdfReportRenderer#PdfReportRenderer(boolean)
 * untagged}, alternately in one JVM, so that a loaded machine slows both alike. Prints, for each,
 * the median (min-max) CPU time of the rendering thread and of the whole JVM (which counts the
 * garbage collector's work too), the wall time, the bytes the thread allocated, and the tagged/untagged ratios,
 * of the medians and the median of each pair of renders made one after the other. Not a test:
 * times are not asserted. Run from the
 * repository root after {@code mvn -o -q -pl report-pdf -am test-compile}:
 *
 * <pre>
 * java -Xmx2g -Djava.awt.headless=true -cp report-pdf/target/test-classes:report-pdf/target/classes:\
 * core/target/classes:renderer-testkit/target/classes:$(the rest of report-pdf's test class path) \
 * io.github.actionplan.report.pdf.TaggingCost [renders, default 7] [warm-ups, default 3] [rows, default 10000] \
 * [summary | action-plan, default both]
 * </pre>
 *
 * <p>At 100,000 rows give the heap its full size from the start ({@code -Xms6g -Xmx6g
 * -XX:+AlwaysPreTouch}): a heap that grows and shrinks between renders faults its pages in again
 * on the rendering thread, which showed as 2-4 s of system time in renders of 25-35 s. The
 * system time is printed beside the CPU time so that such renders can be told.
 */
final class TaggingCost {

    private TaggingCost() {}

    /** Renders and prints; {@code args}: renders measured of each, then warm-up renders of each. */
    public static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        List<String> names = args.length > 3 ? List.of(args[3]) : List.of(SUMMARY, ACTION_PLAN);
        Map<String, Report> reports = new LinkedHashMap<>();
        for (String name : names) {
            reports.put(name.replace('-', ' ') + " " + rows, report(name, rows));
        }
        RenderOptions options = RenderOptions.builder().warnings(warning -> { }).build();
        PdfReportRenderer tagged = new PdfReportRenderer();
        PdfReportRenderer untagged = new PdfReportRenderer(false);
        System.out.printf("load %.1f; %d renders of each after %d warm-ups; CPU seconds, median (min-max)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), renders, warmUps);
        for (Map.Entry<String, Report> entry : reports.entrySet()) {
            Report report = entry.getValue();
            for (int i = 0; i < warmUps; i++) {
                render(tagged, report, options);
                render(untagged, report, options);
            }
            long[][] on = new long[MEASURES][renders];
            long[][] off = new long[MEASURES][renders];
            for (int i = 0; i < renders; i++) {
                // Each goes first every other time, so neither always meets the other's garbage.
                boolean taggedFirst = i % 2 == 0;
                long[] first = render(taggedFirst ? tagged : untagged, report, options);
                long[] second = render(taggedFirst ? untagged : tagged, report, options);
                for (int m = 0; m < MEASURES; m++) {
                    on[m][i] = taggedFirst ? first[m] : second[m];
                    off[m][i] = taggedFirst ? second[m] : first[m];
                }
            }
            System.out.printf("%s, rendering thread: untagged %s, tagged %s, tagged/untagged %.3f by the medians, "
                            + "%.3f the median of each pair's%n", entry.getKey(), seconds(off[0]), seconds(on[0]),
                    (double) median(on[0]) / median(off[0]), pairRatio(on[0], off[0]));
            System.out.printf("%s, whole JVM (garbage collection too): untagged %s, tagged %s, tagged/untagged %.3f "
                            + "by the medians, %.3f the median of each pair's%n", entry.getKey(), seconds(off[1]),
                    seconds(on[1]), (double) median(on[1]) / median(off[1]), pairRatio(on[1], off[1]));
            System.out.printf("%s, wall: untagged %s, tagged %s, tagged/untagged %.3f by the medians, %.3f the "
                            + "median of each pair's%n", entry.getKey(), seconds(off[3]), seconds(on[3]),
                    (double) median(on[3]) / median(off[3]), pairRatio(on[3], off[3]));
            System.out.printf("%s, rendering thread's system time: untagged %s, tagged %s%n", entry.getKey(),
                    seconds(off[4]), seconds(on[4]));
            System.out.printf("%s, allocated: untagged %d MB, tagged %d MB, tagged/untagged %.3f%n", entry.getKey(),
                    median(off[2]) >> 20, median(on[2]) >> 20, (double) median(on[2]) / median(off[2]));
        }
    }

    static final String SUMMARY = "summary";
    static final String ACTION_PLAN = "action-plan";

    /**
     * The report measured: the Derbyshire summary ({@value #SUMMARY}) or the Merseyside action
     * plan ({@value #ACTION_PLAN}), grown to {@code rows} rows.
     *
     * @throws IllegalArgumentException for any other name
     */
    static Report report(String name, int rows) {
        return switch (name) {
            case SUMMARY -> PdfUaTest.withRows(ContractFixtures.derbyshireSummary(), rows);
            case ACTION_PLAN -> actionPlan(ContractFixtures.reports().get("merseyside-action-plan"), rows);
            default -> throw new IllegalArgumentException(
                    "no report '" + name + "'; measure " + SUMMARY + " or " + ACTION_PLAN);
        };
    }

    /**
     * {@code report} with its chapters that have a heading (one per recommendation) repeated, in
     * order, until their tables have {@code rows} rows.
     */
    static Report actionPlan(Report report, int rows) {
        List<Chapter> body = report.chapters().stream().filter(c -> !c.heading().isEmpty()).toList();
        long perRound = body.stream().flatMap(c -> c.sections().stream())
                .filter(Section.Table.class::isInstance).mapToLong(s -> ((Section.Table) s).rows().size()).sum();
        List<Chapter> chapters = new ArrayList<>();
        boolean bodyDone = false;
        for (Chapter chapter : report.chapters()) {
            if (chapter.heading().isEmpty()) {
                chapters.add(chapter);
            } else if (!bodyDone) {
                for (long done = 0; done < rows; done += perRound) {
                    chapters.addAll(body);
                }
                bodyDone = true;
            }
        }
        return new Report(report.title(), report.subtitle(), report.asOf(), report.period(), report.metadata(),
                chapters);
    }

    /**
     * What each render is measured by: CPU of its thread, CPU of the JVM, bytes allocated, wall
     * time, the thread's system time.
     */
    private static final int MEASURES = 5;

    /**
     * The {@link #MEASURES} of rendering {@code report}, in nanoseconds and bytes.
     */
    private static long[] render(PdfReportRenderer renderer, Report report, RenderOptions options) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long id = Thread.currentThread().threadId();
        long thread = threads.getCurrentThreadCpuTime();
        long user = threads.getCurrentThreadUserTime();
        long process = system.getProcessCpuTime();
        long allocated = threads.getThreadAllocatedBytes(id);
        long wall = System.nanoTime();
        try (OutputStream out = OutputStream.nullOutputStream()) {
            renderer.render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long cpu = threads.getCurrentThreadCpuTime() - thread;
        return new long[] {cpu, system.getProcessCpuTime() - process, threads.getThreadAllocatedBytes(id) - allocated,
            System.nanoTime() - wall, cpu - (threads.getCurrentThreadUserTime() - user)};
    }

    /** The median of the ratios of each pair of renders, made one after the other. */
    private static double pairRatio(long[] tagged, long[] untagged) {
        double[] ratios = new double[tagged.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) tagged[i] / untagged[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String seconds(long[] nanos) {
        return String.format("%.2f s (%.2f-%.2f)", median(nanos) / 1e9, Arrays.stream(nanos).min().orElseThrow() / 1e9,
                Arrays.stream(nanos).max().orElseThrow() / 1e9);
    }
}
