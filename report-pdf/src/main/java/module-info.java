/** The PDF renderer: a {@link io.github.actionplan.report.spi.ReportRenderer} service, no API of its own. */
module io.github.actionplan.report.pdf {
    requires io.github.actionplan.core;
    requires com.github.librepdf.openpdf;
    requires java.desktop;
    // Font files only (Liberation Sans, DejaVu Sans), read as resources.
    requires com.github.librepdf.pdfFontsExtra;
    requires net.sf.jasperreports.fonts;

    provides io.github.actionplan.report.spi.ReportRenderer
            with io.github.actionplan.report.pdf.PdfReportRenderer;
}
