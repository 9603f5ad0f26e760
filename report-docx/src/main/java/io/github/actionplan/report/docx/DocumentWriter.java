package io.github.actionplan.report.docx;

import io.github.actionplan.ooxml.FixedTimeZip;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds a report's document and writes it to bytes that are the same on every run. */
final class DocumentWriter {

    private DocumentWriter() {}

    /** The document's bytes; stops, throwing, if the thread is interrupted (a render cancelled). */
    static byte[] write(Report report, RenderOptions options) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new Layout(document, report, options).lay();
            // Serialising is the last quarter of a large report's time, and does not stop once begun.
            Cancellation.checkInterrupted();
            return reproducibleBytes(document);
        } catch (InvalidFormatException e) {
            // POI raises this only when its own parts do not fit together: a bug, not bad input.
            throw new IllegalStateException("POI could not build the document: " + e.getMessage(), e);
        }
    }

    /**
     * Serialises {@code document} with every zip entry's time fixed, so equal reports give equal
     * bytes, in any time zone and whatever else runs in the process. POI writes into the zip
     * stream it is given, and {@link FixedTimeZip} stamps the entries; no lock is needed.
     *
     * <p>It does not stop when the thread is interrupted, though it takes a quarter of a large
     * report's time: most of that is XMLBeans writing the XML into POI's own buffers, which no
     * stream of ours sees, and a write of ours that refused POI would have POI log an error with a
     * stack trace ("Cannot write: [Content_Types].xml in Zip !") on every cancel.
     */
    static byte[] reproducibleBytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (FixedTimeZip zip = new FixedTimeZip(buffer)) {
            document.write(zip);
        }
        return buffer.toByteArray();
    }
}
