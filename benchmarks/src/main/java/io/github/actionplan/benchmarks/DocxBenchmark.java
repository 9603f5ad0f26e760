package io.github.actionplan.benchmarks;

import io.github.actionplan.benchmarks.baseline.DocxBaseline;
import io.github.actionplan.report.docx.DocxReportRenderer;

/** report-docx beside the same document written with POI XWPF directly ({@link DocxBaseline}). */
public class DocxBenchmark extends RenderState {

    /** The renderer and its baseline. */
    public DocxBenchmark() {
        super(new DocxReportRenderer(), DocxBaseline::write);
    }
}
