package io.github.actionplan.benchmarks;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every renderer benchmark starts from: the report, built once per fork outside the
 * measurement, and options that collect warnings instead of logging them.
 */
@State(Scope.Benchmark)
public abstract class RenderState {

    /** "summary" or "action-plan". */
    @Param({"summary", "action-plan"})
    public String report;

    /** Rows in the report's tables (see {@link Reports}). */
    @Param({"1000", "10000", "100000"})
    public int rows;

    /** The report to lay out. */
    protected Report built;

    /** Default options, warnings counted rather than logged. */
    protected RenderOptions options;

    @Setup(Level.Trial)
    public void buildReport() {
        built = Reports.build(report, rows);
        options = RenderOptions.builder().warnings(message -> { }).build();
    }
}
