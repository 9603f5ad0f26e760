package io.github.actionplan.report.docx;

import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The renderer contract kit, run on the DOCX renderer; text is read back with POI's Word extractor. */
class DocxRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new DocxReportRenderer();
    }

    @Override
    protected String extractText(byte[] output) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(output));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
