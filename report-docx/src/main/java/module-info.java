/** The DOCX renderer: a {@link io.github.actionplan.report.spi.ReportRenderer} service, no API of its own. */
module io.github.actionplan.report.docx {
    requires io.github.actionplan.core;
    requires org.apache.poi.ooxml;
    // POI's Reproducibility.runWithSourceDateEpoch takes a commons-io IORunnable.
    requires org.apache.commons.io;

    provides io.github.actionplan.report.spi.ReportRenderer
            with io.github.actionplan.report.docx.DocxReportRenderer;
}
