package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.workbook.ImportedUpdate;
import io.github.actionplan.workbook.UpdateImport;
import io.github.actionplan.workbook.UpdateWorkbook;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The quarterly update round trip (issue 13): writing the update workbook of a generated plan, and
 * importing it back filled in, with a 256 MB heap. Every sub-action's row has a progress and an
 * update typed in, so the import reads, checks and applies a value on every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Djava.awt.headless=true",
    "-Dlog4j2.statusLoggerLevel=OFF"})
public class WorkbookBenchmark {

    /** The period the generated plan's owners report on: the quarter after its last update. */
    static final ReportingPeriod PERIOD = ReportingPeriod.of(2025, 2);

    /**
     * Sub-actions in the plan ({@value PlanGenerator#SUB_ACTIONS} per recommendation): 9,000, the most of the generated
     * plan's shape whose import, adding an update to each recommendation, gives a plan within the reader's default
     * 20,000 items, which the round trip takes (BENCHMARKS.md, 5 December 2026).
     */
    @Param({"9000"})
    public int subActions;

    private ActionPlan plan;
    private Path folder;
    private Path filled;

    @Setup(Level.Trial)
    public void writeFilledWorkbook() throws IOException {
        plan = PlanGenerator.withSubActions(subActions);
        folder = Files.createTempDirectory("workbook-benchmark");
        Path exported = folder.resolve("exported.xlsx");
        UpdateWorkbook.of(plan, PERIOD).write(exported);
        filled = fill(exported, folder.resolve("filled.xlsx"));
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** Writes the update workbook. */
    @Benchmark
    public long export() throws IOException {
        Discard out = new Discard();
        UpdateWorkbook.of(plan, PERIOD).write(out);
        return out.count();
    }

    /** Reads the filled workbook into the plan, with every check and the status comparison. */
    @Benchmark
    public ImportedUpdate importFilled() throws IOException {
        ImportedUpdate result = UpdateImport.of(plan).read(filled);
        // Every recommendation with a row open gets an update for the period, so every row was read and applied.
        if (result.updates() != updated(plan)) {
            throw new IllegalStateException(result.updates() + " updates, not " + updated(plan));
        }
        return result;
    }

    /**
     * How many recommendations the filled workbook gives an update: those with a sub-action's row open in the period.
     * The filler types on every sub-action's row, but the row of work completed before the period, or done with its
     * recommendation so completed, is grey, and the import reads no words there (as {@code UpdateWorkbook.closed}).
     */
    static long updated(ActionPlan plan) {
        return plan.recommendations().stream().filter(r -> r.subActions().stream().anyMatch(s -> !closed(r, s)))
                .count();
    }

    private static boolean closed(Recommendation recommendation, SubAction subAction) {
        return subAction.completedOn().filter(day -> day.isBefore(PERIOD.start())).isPresent()
                || recommendation.subActionsDoneWithIt() && recommendation.completedOn().filter(day -> day
                .isBefore(PERIOD.start())).isPresent();
    }

    // The start of a blank cell, as SXSSF writes one: <c r="L5" s="12"></c>.
    private static final Pattern BLANK_CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\" s=\"(\\d+)\">");

    // The columns filled in, found by their headers on the sheet's second row, as the import finds them.
    private static final String PROGRESS = "Progress % now";
    private static final String UPDATE = "Update for this period";
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"[^>]*>");

    /**
     * {@code exported} with a progress and an update typed on every sub-action's row, rewritten as a
     * stream (the user model would not fit the heap): the cells of the Progress and Update columns
     * on each row whose Id cell holds text. The progress is 100, which the import takes for every
     * item: below the plan's, or below 100 for work the plan has completed, it would warn or refuse.
     */
    static Path fill(Path exported, Path filled) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(exported)));
                ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(filled)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    fillSheet(in, out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return filled;
    }

    private static void fillSheet(InputStream sheet, OutputStream out) throws IOException {
        Reader reader = new java.io.InputStreamReader(sheet, StandardCharsets.UTF_8);
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder tag = new StringBuilder();
        boolean subActionRow = false;
        Map<String, String> headers = new HashMap<>();
        String column = "";
        boolean headerRow = false;
        StringBuilder text = null;
        for (int c; (c = reader.read()) >= 0; ) {
            if (c == '<' || !tag.isEmpty()) {
                tag.append((char) c);
                if (c != '>') {
                    continue;
                }
                String element = tag.toString();
                tag.setLength(0);
                Matcher cell = CELL.matcher(element);
                if (element.startsWith("<row ")) {
                    subActionRow = false;
                } else if (cell.matches()) {
                    column = cell.group(1);
                    headerRow = cell.group(2).equals("2");
                    subActionRow |= column.equals("B") && element.contains("t=\"inlineStr\"");
                } else if ((element.equals("<t>") || element.startsWith("<t ")) && headerRow) {
                    text = new StringBuilder();
                } else if (element.equals("</t>") && text != null) {
                    headers.put(text.toString(), column);
                    text = null;
                }
                Matcher blank = BLANK_CELL.matcher(element);
                if (subActionRow && blank.matches() && blank.group(1).equals(headers.get(PROGRESS))) {
                    element = "<c r=\"" + blank.group(1) + blank.group(2) + "\" s=\"" + blank.group(3)
                            + "\"><v>100</v>";
                } else if (subActionRow && blank.matches() && blank.group(1).equals(headers.get(UPDATE))) {
                    element = "<c r=\"" + blank.group(1) + blank.group(2) + "\" s=\"" + blank.group(3)
                            + "\" t=\"inlineStr\"><is><t>Work went on as planned this quarter.</t></is>";
                }
                writer.write(element);
            } else {
                if (text != null) {
                    text.append((char) c);
                }
                writer.write(c);
            }
        }
        if (!headers.containsKey(PROGRESS) || !headers.containsKey(UPDATE)) {
            throw new IOException("the Updates sheet has no header '" + PROGRESS + "' or '" + UPDATE + "'");
        }
        writer.flush();
    }

    /**
     * Reads {@code copies} copies of the filled workbook together, as owners' returned copies are: each item
     * filled in in every copy, the same, so every row of every copy is read, checked and compared.
     */
    ImportedUpdate importCopies(int copies) throws IOException {
        ImportedUpdate result = UpdateImport.of(plan).read(java.util.Collections.nCopies(copies, filled));
        if (result.updates() != updated(plan)) {
            throw new IllegalStateException(result.updates() + " updates, not " + updated(plan));
        }
        return result;
    }

    /**
     * Outside JMH: writes and fills a workbook of {@code args[0]} sub-actions, then exports and imports
     * {@code args[1]} times each, printing each operation's wall time and the CPU time of the thread
     * that did it, which a machine busy with other work does not inflate as it does wall time; with
     * {@code args[2]} above 1, the import reads that many copies of the filled workbook together.
     */
    public static void main(String[] args) throws IOException {
        WorkbookBenchmark benchmark = new WorkbookBenchmark();
        benchmark.subActions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        benchmark.writeFilledWorkbook();
        try {
            for (String operation : new String[] {"export", "import"}) {
                for (int i = 1; i <= runs; i++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    if (operation.equals("export")) {
                        benchmark.export();
                    } else if (copies > 1) {
                        benchmark.importCopies(copies);
                    } else {
                        benchmark.importFilled();
                    }
                    System.out.printf(java.util.Locale.ROOT, "%s %d sub-actions, run %d: %d ms wall, %d ms CPU%n",
                            operation.equals("import") && copies > 1 ? "import of " + copies + " copies" : operation,
                            benchmark.subActions, i, (System.nanoTime() - wall) / 1_000_000,
                            (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            benchmark.deleteFiles();
        }
    }
}
