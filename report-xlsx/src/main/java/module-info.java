/** The XLSX renderer: a {@link io.github.actionplan.report.spi.ReportRenderer} service, no API of its own. */
module io.github.actionplan.report.xlsx {
    requires io.github.actionplan.core;
    requires io.github.actionplan.ooxml;
    requires org.apache.poi.ooxml;

    provides io.github.actionplan.report.spi.ReportRenderer
            with io.github.actionplan.report.xlsx.XlsxReportRenderer;
}
