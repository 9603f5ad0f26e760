package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.PdfBaseline;
import io.github.actionplan.report.pdf.PdfReportRenderer;

/** report-pdf beside the same document written with the format library directly ({@link PdfBaseline}). */
public class PdfBenchmark extends RenderState {

    /** The renderer and its baseline. */
    public PdfBenchmark() {
        super(new PdfReportRenderer(), PdfBaseline::write);
    }
}
