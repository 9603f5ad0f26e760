package io.github.actionplan.report.pdf;

import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;

/**
 * The renderer contract kit, run on the PDF renderer. Text is read back with PDFBox in reading
 * order ({@link Pdfs#contentText(byte[])}), and the expected strings get the renderer's one
 * documented replacement rule ({@link Glyphs#drawnText}) for the bundled fonts.
 */
class PdfRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new PdfReportRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return Pdfs.contentText(output);
    }

    @Override
    protected String normaliseExpected(String expected) {
        return Glyphs.drawnText(expected, FontLibrary::bundledCovers);
    }

    @Override
    protected RenderOptions options() {
        // The hostile plan has hundreds of characters no bundled font has; their warnings are
        // tested on their own.
        return RenderOptions.builder().warnings(warning -> { }).build();
    }
}
