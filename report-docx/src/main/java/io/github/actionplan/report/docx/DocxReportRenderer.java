package io.github.actionplan.report.docx;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Renders reports as Word documents (DOCX, Office Open XML) with Apache POI XWPF.
 *
 * <p>Headings use the built-in Title and Heading 1-3 styles (a chapter's heading is a Heading 1),
 * so Word's navigation pane and a PDF export show the structure; each chapter's pages are the way
 * up the report says, with a new section where that changes; narrative becomes real paragraphs
 * and numbered or bulleted lists; tables repeat their header row on every page, end with their
 * total row, and have columns no narrower than their longest word; status cells carry the status
 * as words on its BRAG shading; a status summary is a native chart with a text alternative and a
 * table of the same counts; a section type this renderer does not know is drawn through its
 * fallback. The options' logo, running header and running footer appear on the pages. The same
 * report always gives the same bytes.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ReportRenderers.load().render(report, "docx", RenderOptions.defaults(), Path.of("summary.docx"));
 * }</pre>
 *
 * <p>Stateless and safe to use from many threads at once.
 */
public final class DocxReportRenderer implements ReportRenderer {

    /** The format id, {@code "docx"}. */
    public static final String FORMAT = "docx";

    /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
    public DocxReportRenderer() {
        // Stateless: every render builds its own document.
    }

    /** {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** The media type of Word documents. */
    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /** {@code "docx"}. */
    @Override
    public String fileExtension() {
        return "docx";
    }

    /**
     * Writes {@code report} as a DOCX document to {@code out}, which is flushed and left open. If
     * the thread is interrupted, it stops, writing nothing, and throws.
     *
     * @throws java.io.InterruptedIOException if the thread is interrupted
     * @throws IOException if writing to {@code out} fails
     */
    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        // The document is built whole and written at the end: a cancelled render writes nothing.
        Cancellation.checkInterrupted();
        byte[] bytes = DocumentWriter.write(report, options);
        Cancellation.checkInterrupted();
        out.write(bytes);
        out.flush();
    }
}
