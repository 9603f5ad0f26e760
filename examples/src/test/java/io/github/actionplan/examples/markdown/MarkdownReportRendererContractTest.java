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
     * What a reader of the rendered Markdown sees, read by CommonMark's parser and GitHub's table
     * rules ({@link MarkdownText}): escapes undone, {@code <br>} a line break, and no markup. Not the
     * Markdown as written: then a string the renderer failed to escape, which a viewer shows as a
     * heading, splits into table cells or hides as HTML, would still be found, and the renderer would
     * pass ({@link UnescapedMarkdownTest}).
     */
    @Override
    protected String extractText(byte[] output) {
        return MarkdownText.visibleText(new String(output, StandardCharsets.UTF_8));
    }
}
