package io.github.actionplan.report.docx;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds a report's document and writes it to bytes that are the same on every run. */
final class DocumentWriter {

    private DocumentWriter() {}

    /** The document's bytes. */
    static byte[] write(Report report, RenderOptions options) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new Layout(document, report, options).lay();
            return reproducibleBytes(document);
        } catch (InvalidFormatException e) {
            // POI raises this only when its own parts do not fit together: a bug, not bad input.
            throw new IllegalStateException("POI could not build the document: " + e.getMessage(), e);
        }
    }

    /**
     * Serialises {@code document} with every zip entry's time fixed, so equal reports give equal
     * bytes.
     *
     * <p>POI writes the current time into each zip entry unless {@link Reproducibility} is on, and
     * {@link Reproducibility#runWithSourceDateEpoch} switches it on through a static, non-volatile
     * flag that it saves and restores around the call. Two threads inside it at once would break
     * each other: the first to finish restores "off" while the second is still writing (its
     * entries get the clock), and the second then restores "on" for good. So the whole switch,
     * and the write that reads the flag, happen under one lock. The lock is the monitor of
     * {@code Reproducibility.class} itself, not a private one, so any other code in the process
     * that guards the flag the same way (the XLSX renderer can) is serialised with this one too.
     * Only the serialisation of a finished document, into memory, is held under the lock;
     * building it, and copying the bytes to the caller's stream, run in parallel.
     */
    static byte[] reproducibleBytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        synchronized (Reproducibility.class) {
            Reproducibility.runWithSourceDateEpoch(() -> document.write(buffer));
        }
        return buffer.toByteArray();
    }
}
