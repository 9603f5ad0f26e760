package io.github.actionplan.report.docx;

import io.github.actionplan.ooxml.FixedTimeZip;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.CallerStream;
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
     * <p>Serialising takes a third of a large report's time, so it stops too when the thread is
     * interrupted: the buffer is behind a {@link CallerStream}, whose writes check, and which
     * keeps the interrupt when POI wraps it in an unchecked exception of its own.
     */
    static byte[] reproducibleBytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        CallerStream checked = CallerStream.of(buffer);
        try (FixedTimeZip zip = new FixedTimeZip(checked)) {
            document.write(zip);
        } catch (IOException e) {
            throw checked.failureOr(e);
        } catch (RuntimeException e) {
            checked.throwFailure(e);
            throw e;
        }
        return buffer.toByteArray();
    }
}
