package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.DocxBaseline;
import io.github.actionplan.benchmarks.baseline.PdfBaseline;
import io.github.actionplan.benchmarks.baseline.XlsxBaseline;
import io.github.actionplan.benchmarks.peer.JasperSummary;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.docx.DocxReportRenderer;
import io.github.actionplan.report.pdf.PdfReportRenderer;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.xlsx.XlsxReportRenderer;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.summary.PlanSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap used by one operation, in this JVM or in child JVMs with smaller and smaller heaps.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.actionplan.benchmarks.HeapCheck SCENARIO
 * java -cp benchmarks/target/benchmarks.jar io.github.actionplan.benchmarks.HeapCheck --ladder SCENARIO...
 * </pre>
 *
 * <p>Scenarios: {@code rules:SUBACTIONS}, {@code json-read:SUBACTIONS}, {@code json-write:SUBACTIONS},
 * {@code FORMAT:REPORT:ROWS:IMPL} with FORMAT docx, xlsx or pdf, REPORT summary or action-plan,
 * IMPL library, baseline or (summary only) jasper, the JasperReports peer ({@link JasperSummary});
 * e.g. {@code xlsx:summary:100000:library}. A part {@code :tiled} after these makes the report from a
 * 1,000-row one repeated ({@link Reports#tiled}), so that a small heap holds the renderer's own
 * memory and little else; a part {@code :swap} has Jasper page its filled report out to a swap file.
 *
 * <p>One run prints the live heap after the input is made (plan, report or JSON bytes, after a
 * full GC), the peak heap in use during the operation (the sum of the heap pools' peaks, an upper
 * bound), the largest heap left after any collection during it (a lower bound of what it needs),
 * and the time. {@code --ladder} runs each scenario in child JVMs at -Xmx 8g, then from the
 * largest live heap seen upwards through 16m, 24m, 32m, 48m, 64m, 96m, 128m, 192m, 256m, 384m, 512m, 768m, 1g, 1536m,
 * 2g, 3g, 4g, 6g and 8g, and prints the smallest that completes.
 */
public final class HeapCheck {

    private static final long[] LADDER_MIB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144,
        8192};

    private HeapCheck() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--ladder")) {
            for (int i = 1; i < args.length; i++) {
                ladder(args[i]);
            }
            return;
        }
        run(args[0]);
    }

    /** Runs one scenario here and prints one line: RESULT scenario input peak afterGcMax ms. */
    private static void run(String scenario) throws Exception {
        Runnable op = prepare(scenario);
        System.gc();
        System.gc();
        long input = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        AtomicLong afterGcMax = new AtomicLong();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    afterGcMax.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long start = System.nanoTime();
        op.run();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Thread.sleep(200); // let the last GC notifications arrive
        System.out.printf(Locale.ROOT, "RESULT %s input %d MiB, peak %d MiB, after-GC max %d MiB, %d ms, -Xmx %d MiB%n",
                scenario, input >> 20, peak >> 20, afterGcMax.get() >> 20, millis,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Runnable prepare(String scenario) throws IOException {
        String[] parts = scenario.split(":");
        int size = Integer.parseInt(parts[parts.length >= 4 ? 2 : 1]);
        switch (parts[0]) {
            case "rules" -> {
                ActionPlan plan = PlanGenerator.withSubActions(size);
                return () -> {
                    PlanSummary summary = PlanSummary.of(Assessor.standard().assess(plan, PlanGenerator.AS_OF));
                    if (summary.counts().total() + summary.overdue().size() + summary.blockedSubActions()
                            + summary.byOwner().size() < 0) {
                        throw new AssertionError();
                    }
                };
            }
            case "json-read" -> {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                Sizes.WRITER.write(PlanGenerator.withSubActions(size), buffer);
                byte[] json = buffer.toByteArray();
                buffer = null;
                return () -> {
                    try {
                        Sizes.readerFor(json.length).read(new ByteArrayInputStream(json), "generated.json");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
            case "json-write" -> {
                ActionPlan plan = PlanGenerator.withSubActions(size);
                return () -> {
                    try {
                        Sizes.WRITER.write(plan, new Discard());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
            default -> {
                List<String> extras = List.of(parts).subList(Math.min(4, parts.length), parts.length);
                Report report = extras.contains("tiled") ? Reports.tiled(parts[1], size)
                        : Reports.build(parts[1], size);
                RenderOptions options = RenderOptions.builder().warnings(message -> { }).build();
                if (parts[3].equals("jasper")) {
                    JasperSummary jasper = JasperSummary.compile(report);
                    JasperSummary.Format format = JasperSummary.Format.valueOf(parts[0].toUpperCase(Locale.ROOT));
                    boolean swap = extras.contains("swap");
                    return () -> {
                        try {
                            jasper.write(report, format, swap, new Discard());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    };
                }
                boolean library = parts[3].equals("library");
                ReportRenderer renderer = switch (parts[0]) {
                    case "docx" -> new DocxReportRenderer();
                    case "xlsx" -> new XlsxReportRenderer();
                    case "pdf" -> new PdfReportRenderer();
                    default -> throw new IllegalArgumentException("no format " + parts[0]);
                };
                return () -> {
                    try {
                        Discard out = new Discard();
                        if (library) {
                            renderer.render(report, options, out);
                        } else {
                            switch (parts[0]) {
                                case "docx" -> DocxBaseline.write(report, out);
                                case "xlsx" -> XlsxBaseline.write(report, out);
                                default -> PdfBaseline.write(report, out);
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
        }
    }

    /** Finds the smallest -Xmx of the ladder at which {@code scenario} completes. */
    private static void ladder(String scenario) throws Exception {
        Child first = child(scenario, 8192, 3600);
        System.out.println("  -Xmx8g: " + first.output);
        if (!first.ok) {
            System.out.printf("LADDER %s does not complete at -Xmx8g%n", scenario);
            return;
        }
        long timeout = Math.max(120, first.millis / 1000 * 10);
        long live = Math.max(first.afterGcMib, first.inputMib);
        Long smallest = 8192L;
        for (long mib : LADDER_MIB) {
            if (mib >= 8192) {
                break;
            }
            if (mib < live) {
                continue;
            }
            Child run = child(scenario, mib, timeout);
            System.out.printf("  -Xmx%dm: %s%n", mib, run.ok ? run.output : "failed (" + run.output + ")");
            if (run.ok) {
                smallest = mib;
                break;
            }
        }
        System.out.printf(Locale.ROOT, "LADDER %s completes at -Xmx%dm (smallest tried that does)%n", scenario, smallest);
    }

    private record Child(boolean ok, String output, long millis, long afterGcMib, long inputMib) {}

    private static Child child(String scenario, long mib, long timeoutSeconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + mib + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-Dlog4j2.statusLoggerLevel=OFF",
                "-cp", System.getProperty("java.class.path"), HeapCheck.class.getName(), scenario)
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
            return new Child(false, "timed out after " + timeoutSeconds + " s", 0, 0, 0);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String result = output.lines().filter(l -> l.startsWith("RESULT")).findFirst().orElse("");
        if (process.exitValue() != 0 || result.isEmpty()) {
            String last = output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("exit " + process.exitValue());
            return new Child(false, last, 0, 0, 0);
        }
        long millis = Long.parseLong(result.replaceAll(".* (\\d+) ms.*", "$1"));
        long afterGc = Long.parseLong(result.replaceAll(".*after-GC max (\\d+) MiB.*", "$1"));
        long input = Long.parseLong(result.replaceAll(".* input (\\d+) MiB.*", "$1"));
        return new Child(true, result, millis, afterGc, input);
    }
}
