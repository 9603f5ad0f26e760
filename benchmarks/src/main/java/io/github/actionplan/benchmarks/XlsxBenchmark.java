package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.XlsxBaseline;
import io.github.actionplan.report.xlsx.XlsxReportRenderer;

/** report-xlsx beside the same document written with the format library directly ({@link XlsxBaseline}). */
public class XlsxBenchmark extends RenderState {

    /** The renderer and its baseline. */
    public XlsxBenchmark() {
        super(new XlsxReportRenderer(), XlsxBaseline::write);
    }
}
