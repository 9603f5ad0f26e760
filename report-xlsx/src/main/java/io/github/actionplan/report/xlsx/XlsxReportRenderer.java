package io.github.actionplan.report.xlsx;

import io.github.actionplan.ooxml.ReproducibleWorkbook;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.CallerStream;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a report as an Excel workbook (XLSX, Office Open XML), with Apache POI.
 *
 * <p>The first sheet has the logo, the title, the subtitle, the key facts and the status
 * summary, with a native column chart of the counts. A table such as the summary's has a sheet of
 * its own, named after it: a bold header row with the panes frozen below it, and typed cells
 * (dates, percentages and counts as values wherever their number format shows exactly the text
 * core wrote, statuses as words on their BRAG fill), then its total row. Chapters, such as the
 * action plan's one per recommendation or area for improvement, follow one another on one
 * "Chapters" sheet, each under its heading, so the workbook has the same few sheets for 5 items or
 * 50,000. Every table is an Excel table, with its own filter; sheets print the way up their
 * chapters say, with the running header and footer and page numbers. Sheets stream their rows, so
 * a plan of any size renders in bounded memory; a sheet that reaches a spreadsheet's 1,048,576
 * rows goes on over a new sheet ("Chapters (2)"), with a table's caption and header repeated.
 *
 * <p>No text ever becomes a formula, and text a spreadsheet would take for one when edited is
 * marked as text. Text longer than a cell holds (32,767 characters) is never cut silently: its
 * cell shows the start with a marker, and the whole text is on a "Full text" sheet. The same
 * report always gives the same bytes.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ReportRenderers.load().render(report, XlsxReportRenderer.FORMAT, RenderOptions.defaults(),
 *         Path.of("summary.xlsx"));
 * }</pre>
 */
public final class XlsxReportRenderer implements ReportRenderer {

    /** Rows of a streamed sheet kept in memory before they go to its temporary file. */
    static final int ROW_WINDOW = 100;

    /** The format id, {@value}. */
    public static final String FORMAT = "xlsx";

    /** Makes the renderer; it holds no state, so one instance serves any number of threads. */
    public XlsxReportRenderer() {}

    /** {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}. */
    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** {@code xlsx}. */
    @Override
    public String fileExtension() {
        return "xlsx";
    }

    /**
     * Writes {@code report} as an XLSX workbook to {@code out}, flushing it but leaving it open.
     * Table rows go through temporary files (compressed, deleted before this returns). If the
     * thread is interrupted, it stops, writing nothing more, and throws.
     *
     * @throws java.io.InterruptedIOException if the thread is interrupted
     * @throws IOException if writing to {@code out} fails
     */
    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        // POI's clean-up after a failed write (finishing the zip) fails again with a message about
        // unclosed entries that would hide the real cause: the stream remembers the first.
        CallerStream target = CallerStream.of(out);
        // Before POI is touched: a cancelled render makes no workbook, and writes nothing.
        Cancellation.checkInterrupted();
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(ROW_WINDOW)) {
            new WorkbookWriter(report, options, workbook).write();
            // The sheets' rows are copied into the zip at the end: a good part of a large workbook's time.
            Cancellation.checkInterrupted();
            workbook.write(target);
        } catch (IOException e) {
            throw interruptedOr(target.failureOr(e));
        } catch (UncheckedIOException | IllegalStateException e) { // a sheet's temporary file not made or written
            throw interruptedOr(target.failureOr(ReproducibleWorkbook.temporaryFileFailure(e)));
        }
        out.flush();
    }

    /**
     * {@code failure}, or, where the thread is interrupted, the interrupt with {@code failure} as its cause: POI
     * reads its temporary files back through channels that an interrupt closes, and then fails with an error of its
     * own ("Error reading Zip content from /tmp/actionplan-sheet-...").
     */
    static IOException interruptedOr(IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return failure;
        }
        try {
            Cancellation.checkInterrupted();
            return failure;
        } catch (InterruptedIOException interrupted) {
            interrupted.initCause(failure);
            return interrupted;
        }
    }
}
