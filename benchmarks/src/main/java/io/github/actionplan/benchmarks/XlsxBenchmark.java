package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.XlsxBaseline;
import io.github.actionplan.report.xlsx.XlsxReportRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** report-xlsx beside the same document written with the format library directly ({@link XlsxBaseline}). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Djava.awt.headless=true"})
public class XlsxBenchmark extends RenderState {

    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    @Benchmark
    public long library() throws IOException {
        Discard out = new Discard();
        renderer.render(built, options, out);
        return out.count();
    }

    @Benchmark
    public long baseline() throws IOException {
        Discard out = new Discard();
        XlsxBaseline.write(built, out);
        return out.count();
    }
}
