package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.peer.JasperSummary;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.docx.DocxReportRenderer;
import io.github.actionplan.report.pdf.PdfReportRenderer;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.xlsx.XlsxReportRenderer;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * actionplan's summary report beside the same table laid out with JasperReports 7
 * ({@link JasperSummary}), in one JVM, from the same report built once per fork outside the
 * measurement; Jasper's design is compiled there too. A Jasper operation is a fill and an export,
 * as Jasper's users run a report; with {@code virtualizer=swap}, the fill pages out to a swap file
 * ({@code JRSwapFileVirtualizer}), as they do for large reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Djava.awt.headless=true"})
public class JasperBenchmark {

    /** "pdf", "docx" or "xlsx". */
    @Param({"pdf", "docx", "xlsx"})
    public String format;

    /** Rows in the summary's table: recommendations in the plan. */
    @Param({"1000", "10000", "100000"})
    public int rows;

    /** "none", or "swap" for Jasper's swap-file virtualizer. */
    @Param({"none"})
    public String virtualizer;

    private Report built;
    private RenderOptions options;
    private ReportRenderer renderer;
    private JasperSummary jasper;
    private JasperSummary.Format jasperFormat;

    @Setup(Level.Trial)
    public void prepare() {
        built = Reports.build("summary", rows);
        options = RenderOptions.builder().warnings(message -> { }).build();
        renderer = switch (format) {
            case "pdf" -> new PdfReportRenderer();
            case "docx" -> new DocxReportRenderer();
            case "xlsx" -> new XlsxReportRenderer();
            default -> throw new IllegalArgumentException("no format " + format);
        };
        jasperFormat = JasperSummary.Format.valueOf(format.toUpperCase(Locale.ROOT));
        jasper = JasperSummary.compile(built);
    }

    @Benchmark
    public long actionplan() throws IOException {
        Discard out = new Discard();
        renderer.render(built, options, out);
        return out.count();
    }

    @Benchmark
    public long jasper() throws IOException {
        Discard out = new Discard();
        jasper.write(built, jasperFormat, virtualizer.equals("swap"), out);
        return out.count();
    }

    /**
     * Outside JMH: {@code args[0]} format, {@code args[1]} rows, {@code args[2]} measured rounds after
     * {@code args[3]} warm-up rounds (default 3 and 1), {@code args[4]} "swap" for Jasper's
     * virtualizer. Each round renders with actionplan, then with Jasper, one after the other in this
     * JVM, and prints each render's wall time, the CPU time of the thread that did it and the bytes
     * it allocated: on a machine busy with other work, CPU time is inflated far less than wall time
     * (it leaves out the collector's threads, for both alike).
     */
    public static void main(String[] args) throws IOException {
        JasperBenchmark benchmark = new JasperBenchmark();
        benchmark.format = args[0];
        benchmark.rows = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        benchmark.virtualizer = args.length > 4 ? args[4] : "none";
        benchmark.prepare();
        CpuRounds.run(String.format(Locale.ROOT, "%s %s %d rows", benchmark.format, benchmark.virtualizer,
                benchmark.rows), rounds, warmups, "actionplan", benchmark::actionplan, "jasper", benchmark::jasper);
    }
}
