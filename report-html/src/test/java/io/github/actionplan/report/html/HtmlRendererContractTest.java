package io.github.actionplan.report.html;

import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;

/**
 * The renderer contract kit, run on the HTML renderer. Text is read back with jsoup's HTML5
 * parser, as a browser builds the page; the expected strings get the renderer's one documented
 * replacement ({@link Markup#replaceInvisible}).
 */
class HtmlRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new HtmlReportRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return Html.visibleText(output);
    }

    @Override
    protected String normaliseExpected(String expected) {
        return Markup.replaceInvisible(expected);
    }
}
