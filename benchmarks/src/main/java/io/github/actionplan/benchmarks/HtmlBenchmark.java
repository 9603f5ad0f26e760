package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.HtmlBaseline;
import io.github.actionplan.report.html.HtmlReportRenderer;

/** report-html beside the same page written by hand with a {@code Writer} ({@link HtmlBaseline}). */
public class HtmlBenchmark extends RenderState {

    /** The renderer and its baseline. */
    public HtmlBenchmark() {
        super(new HtmlReportRenderer(), HtmlBaseline::write);
    }
}
