package io.github.actionplan.benchmarks;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
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
 * Every renderer benchmark: a renderer beside the same document written with its format library
 * directly (its baseline), from the report built once per fork outside the measurement, with
 * options that drop warnings instead of logging them. A subclass names the two; JMH runs the
 * benchmarks and settings declared here under the subclass's name ({@code XlsxBenchmark.library}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Djava.awt.headless=true"})
public abstract class RenderState {

    /** Writes a report with the format library directly. */
    @FunctionalInterface
    protected interface Baseline {
        /** Writes {@code report} to {@code out}. */
        void write(Report report, OutputStream out) throws IOException;
    }

    /** "summary" or "action-plan". */
    @Param({"summary", "action-plan"})
    public String report;

    /** Rows in the report's tables (see {@link Reports}). */
    @Param({"1000", "10000", "100000"})
    public int rows;

    private final ReportRenderer renderer;
    private final Baseline baselineWriter;
    private Report built;
    private RenderOptions options;

    /** The renderer and its baseline. */
    protected RenderState(ReportRenderer renderer, Baseline baselineWriter) {
        this.renderer = renderer;
        this.baselineWriter = baselineWriter;
    }

    @Setup(Level.Trial)
    public void buildReport() {
        built = Reports.build(report, rows);
        options = RenderOptions.builder().warnings(message -> { }).build();
    }

    @Benchmark
    public long library() throws IOException {
        Discard out = new Discard();
        renderer.render(built, options, out);
        return out.count();
    }

    @Benchmark
    public long baseline() throws IOException {
        Discard out = new Discard();
        baselineWriter.write(built, out);
        return out.count();
    }
}
