package io.github.actionplan.report.spi;

import io.github.actionplan.report.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Report} in one file format. The plugin interface: implement it, list the class
 * in {@code META-INF/services/io.github.actionplan.report.spi.ReportRenderer}, and
 * {@link ReportRenderers#load()} finds it on the class path. A plugin that is a named module (it
 * has a {@code module-info.java}) declares it there too, {@code provides
 * io.github.actionplan.report.spi.ReportRenderer with com.example.MarkdownReportRenderer;}: on the module
 * path, where a modular project's tests run, {@link java.util.ServiceLoader} reads only that.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * public final class MarkdownReportRenderer implements ReportRenderer {
 *     public static final String FORMAT = "md";
 *     public String format() { return FORMAT; }
 *     public String mediaType() { return "text/markdown"; }
 *     public String fileExtension() { return "md"; }
 *     public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
 *         Cancellation.checkInterrupted();            // a cancelled render writes nothing
 *         Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
 *         writer.write(escaped(options.runningHeader(report)) + "\n\n");   // every text escaped for the format
 *         writer.write("# " + escaped(report.title()) + "\n\n" + escaped(report.subtitle()) + "\n\n");
 *         for (Chapter chapter : report.chapters()) {
 *             // chapter.heading() as a heading, where it is not empty
 *             for (Section section : chapter.sections()) {
 *                 Cancellation.checkInterrupted();    // before each section, and each table row
 *                 // Heading, NarrativeText and Table, and the fallback() of any other section type
 *             }
 *         }
 *         writer.write(escaped(options.runningFooter()) + "\n");
 *         writer.flush();                             // flushed, never closed: the caller owns the stream
 *     }
 *
 *     private static String escaped(String text) {    // Markdown's own characters shown as text
 *         return text.replaceAll("[\\\\`*_\\[\\]<>&|~#!]", "\\\\$0");
 *     }
 * }
 * }</pre>
 *
 * <p>The examples module's {@code MarkdownReportRenderer} is a whole one, which the contract kit passes.
 *
 * @implSpec An implementation
 * <ul>
 *   <li>is stateless, reusable, and safe to call from many threads at once;</li>
 *   <li>has a public no-argument constructor, so {@link java.util.ServiceLoader} can make it, and
 *       does nothing there that can fail (load fonts or templates lazily, or catch and report):
 *       a renderer whose constructor throws is missing, and the registry cannot tell its format;</li>
 *   <li>lays out what the report says and decides nothing: no status, percentage, colour, label,
 *       order, orientation, total or choice of what to show is computed in a renderer; a section
 *       type it does not know it draws as that section's {@code fallback()};</li>
 *   <li>writes every string of the report, so that text extracted from the output contains it (the
 *       registry fails a render that writes nothing, naming the renderer);</li>
 *   <li>gives byte-identical output for equal reports and options (no clock, no random IDs);</li>
 *   <li>flushes {@code out} when done but never closes it: the caller owns the stream (the
 *       registry keeps it open all the same, and names a renderer that tries);</li>
 *   <li>writes to {@code out} only, never to standard output or error, where a command line prints
 *       the paths of the files it writes: what a reader should know is a warning, through
 *       {@link RenderOptions#warn(String)};</li>
 *   <li>throws {@link IOException} when writing fails, and never returns a "could not" flag;</li>
 *   <li>stops soon when its thread is interrupted (a server that gives up on a slow request calls
 *       {@code Future.cancel(true)}): it throws {@link java.io.InterruptedIOException}, writes
 *       nothing more to {@code out} (nothing at all if the thread was interrupted before it began),
 *       and leaves the thread's interrupt status set. It looks with
 *       {@link io.github.actionplan.report.spi.support.Cancellation#checkInterrupted()} before it
 *       writes anything, between sections, between the rows of a table, and before a library writes
 *       the whole document.</li>
 * </ul>
 * Renderers can be checked against this contract with the contract kit,
 * {@code io.github.actionplan.testkit.RendererContractTest} in the artifact
 * {@code io.github.actionplan:actionplan-renderer-testkit}.
 */
public interface ReportRenderer {

    /** The format's id: lower case, unique among renderers, e.g. {@code "pdf"}. */
    String format();

    /**
     * The IANA media type of the output, type and subtype only, with no parameters: {@code "application/pdf"},
     * {@code "text/plain"}, never {@code "text/plain; charset=utf-8"}.
     */
    String mediaType();

    /**
     * The file name extension without its dot, e.g. {@code "pdf"}: letters, digits, {@code -}, {@code _} and
     * {@code +}, with dots only between parts ({@code "tar.gz"}). The registry refuses a renderer whose extension is
     * not, as it does one whose format id is not usable.
     */
    String fileExtension();

    /**
     * Writes {@code report} to {@code out}.
     *
     * @param report  the report to lay out
     * @param options page size, logo, running header and footer, fonts, where warnings go
     * @param out     where to write; flushed, not closed
     * @throws IOException if writing to {@code out} fails
     * @throws java.io.InterruptedIOException if the thread is interrupted: the render stops, writing
     *         nothing more, and the thread's interrupt status stays set
     */
    void render(Report report, RenderOptions options, OutputStream out) throws IOException;
}
