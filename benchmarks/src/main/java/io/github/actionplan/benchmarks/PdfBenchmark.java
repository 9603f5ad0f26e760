package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.PdfBaseline;
import io.github.actionplan.report.pdf.PdfReportRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** report-pdf beside the same document written with the format library directly ({@link PdfBaseline}). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Djava.awt.headless=true"})
public class PdfBenchmark extends RenderState {

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Benchmark
    public long library() throws IOException {
        Discard out = new Discard();
        renderer.render(built, options, out);
        return out.count();
    }

    @Benchmark
    public long baseline() throws IOException {
        Discard out = new Discard();
        PdfBaseline.write(built, out);
        return out.count();
    }
}
