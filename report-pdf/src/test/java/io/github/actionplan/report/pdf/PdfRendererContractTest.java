package io.github.actionplan.report.pdf;

import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The renderer contract kit, run on the PDF renderer. Text is read back with PDFBox in reading
 * order ({@link Pdfs#contentText(byte[])}), then the first page's furniture, and the expected
 * strings get the renderer's one documented rule for what its structure tree reads
 * ({@link Glyphs#readText}) for the bundled fonts.
 */
class PdfRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new PdfReportRenderer();
    }

    /**
     * The content as a screen reader reads it, then the running header and footer of the first
     * page as a sighted reader sees them: a tagged PDF marks them as artifacts, which content
     * extraction skips. After the content, so that the header, by default the report's title, never
     * stands in for the title itself.
     */
    @Override
    protected String extractText(byte[] output) throws IOException {
        return Pdfs.contentText(output) + "\n" + firstPageFurniture(output);
    }

    @Override
    protected String normaliseExpected(String expected) {
        return Glyphs.readText(expected, FontLibrary::bundledCovers);
    }

    @Override
    protected RenderOptions options() {
        // The hostile plan has hundreds of characters no bundled font has; their warnings are
        // tested on their own.
        return RenderOptions.builder().warnings(warning -> { }).build();
    }

    /** The text the first page marks as an artifact: its running header, running footer and page number. */
    private static String firstPageFurniture(byte[] pdf) throws IOException {
        StringBuilder furniture = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int depth;
            private int artifactDepth;
            private TextPosition previous;

            @Override
            public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                depth++;
                if (artifactDepth == 0 && COSName.ARTIFACT.equals(tag)) {
                    artifactDepth = depth;
                }
                super.beginMarkedContentSequence(tag, properties);
            }

            @Override
            public void endMarkedContentSequence() {
                if (depth == artifactDepth) {
                    artifactDepth = 0;
                    furniture.append('\n');
                    previous = null;
                }
                depth--;
                super.endMarkedContentSequence();
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (artifactDepth == 0) {
                    return;
                }
                if (previous != null && Math.abs(text.getYDirAdj() - previous.getYDirAdj()) > text.getHeightDir() / 2) {
                    furniture.append('\n');
                } else if (previous != null && text.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                        > text.getWidthOfSpace() / 2) {
                    furniture.append(' ');
                }
                furniture.append(text.getUnicode());
                previous = text;
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        try (PDDocument document = Pdfs.load(pdf)) {
            stripper.getText(document);
        }
        return furniture.toString();
    }
}
