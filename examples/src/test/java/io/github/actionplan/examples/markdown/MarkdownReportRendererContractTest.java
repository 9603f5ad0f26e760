package io.github.actionplan.examples.markdown;

import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;
import java.nio.charset.StandardCharsets;

/**
 * The Markdown renderer passes the same contract kit as the PDF, DOCX and XLSX renderers: this
 * class is all a plugin author writes to run it.
 */
class MarkdownReportRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new MarkdownReportRenderer();
    }

    /**
     * What a reader of the rendered Markdown sees: the renderer's escapes undone (a backslash
     * before punctuation), {@code <br>} as a line break, and the emphasis markers it adds dropped.
     */
    @Override
    protected String extractText(byte[] output) {
        return MarkdownText.visibleText(new String(output, StandardCharsets.UTF_8));
    }
}
