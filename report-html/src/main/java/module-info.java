/**
 * The HTML renderer: a {@link io.github.actionplan.report.spi.ReportRenderer} service; its package
 * is exported for {@link io.github.actionplan.report.html.HtmlReportRenderer#fragment()}.
 */
module io.github.actionplan.report.html {
    requires transitive io.github.actionplan.core;

    exports io.github.actionplan.report.html;

    provides io.github.actionplan.report.spi.ReportRenderer
            with io.github.actionplan.report.html.HtmlReportRenderer;
}
