package io.github.actionplan.report.html;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders reports as one accessible, self-contained HTML5 page: UTF-8, the report's language, its
 * own inline stylesheet with a print stylesheet, nothing fetched from elsewhere, and one small
 * inline script, the same on every page, which makes a table that scrolls sideways a Tab stop only
 * while it scrolls. A page served where scripts may not run (a Content-Security-Policy of
 * {@code script-src 'none'}) works without it, every table's container then a Tab stop; a policy
 * may allow it by its hash, {@link #scriptHash()}. The {@link #fragment()} has no script.
 *
 * <p>Styles are inline too: the page's {@code style} element and, on each status cell, its BRAG
 * colours as a {@code style} attribute, which a fragment keeps. A policy without {@code style-src
 * 'unsafe-inline'} blocks both: the report stays readable, each status in words, but uncoloured. A
 * site that keeps such a policy colours the statuses from its own stylesheet by the class naming
 * each one's BRAG colour, {@code ap-brag-red}, {@code ap-brag-amber}, {@code ap-brag-green} or
 * {@code ap-brag-blue}, and gives {@code .ap-scroll{overflow-x:auto}}, the fragment's tables' sideways
 * scrolling; the chart's bars and tracks and the logo's size are attributes, which a policy does
 * not block. A logo is a {@code data:} image, which needs {@code img-src data:}.
 *
 * <p>The title is the page's {@code h1}, under the running header and the logo (an image in the
 * page, with its alt text); each chapter is a {@code section} under an {@code h2}, and report
 * headings follow as {@code h2} to {@code h4}. Tables have a caption, column headers and their
 * total row as the table's foot; no column is narrower than its longest word, and a table scrolls
 * sideways in a container of its own on a narrow screen. Narrative is real paragraphs and lists;
 * statuses are words on their BRAG colour, with their note and reason on lines of their own; a
 * status summary is an SVG bar chart whose alternative text is the printed description, then its
 * table. A section type the renderer does not know is drawn as its fallback. In print, each
 * chapter is on pages of its orientation, with the running header, running footer and page
 * number in the margins. A skip link leads past the header, and a report of
 * {@value Page#CONTENTS_FROM} chapter headings or more starts with a linked list of them. All text
 * is escaped: no input becomes markup. The page is written to the stream as it is laid out, so a
 * large report is never held in memory as text. The same report always gives the same bytes.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ReportRenderers.load().render(report, "html", RenderOptions.defaults(), Path.of("summary.html"));
 *
 * // Only the report, to paste into a content system's page:
 * HtmlReportRenderer.fragment().render(report, RenderOptions.defaults(), out);
 * }</pre>
 *
 * <p>Stateless and safe to use from many threads at once.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    /** The format id, {@code "html"}. */
    public static final String FORMAT = "html";

    /** The most a fragment's title level may be: its report's headings, three levels below it, go to h6. */
    private static final int DEEPEST_TITLE = 3;

    private final boolean fragment;
    /** The level of the title's heading, {@code h1} for a page; the others below it. */
    private final int titleLevel;

    /** Makes the renderer of whole pages; {@link java.util.ServiceLoader} calls this. */
    public HtmlReportRenderer() {
        this(false, 1);
    }

    private HtmlReportRenderer(boolean fragment, int titleLevel) {
        this.fragment = fragment;
        this.titleLevel = titleLevel;
    }

    /**
     * The hash of the one inline script of every page this renders, as a Content-Security-Policy allows it:
     * {@code Content-Security-Policy: script-src 'sha256-...'}, with the value this returns, {@code sha256-} and the
     * Base64 of the script's SHA-256.
     */
    public static String scriptHash() {
        try {
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance(
                    "SHA-256").digest(Page.TABLE_SCRIPT.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A renderer that writes only the report, for pasting into a page of a content system: an
     * {@code <article lang="...">} holding the header, contents and sections, with no
     * {@code html}, {@code head}, {@code body}, stylesheet or skip link. The host page's styles
     * apply; status colours are on the cells themselves, so they survive the paste. Its ids start
     * with {@code ap-} and six letters of the report's fingerprint, so that fragments of several
     * reports on one page link and name within their own. Its title is an {@code h1}; for a page
     * with an {@code h1} of its own, see {@link #fragment(int)}. Register it with
     * {@code ReportRenderers.of(HtmlReportRenderer.fragment())} or call it directly.
     */
    public static HtmlReportRenderer fragment() {
        return new HtmlReportRenderer(true, 1);
    }

    /**
     * A renderer of fragments, as {@link #fragment()}, whose title is a heading of {@code titleLevel}, its chapters'
     * headings one level below it and theirs below those, never skipping a level: {@code fragment(2)} for a host
     * page whose own {@code h1} the report sits under, so that the page keeps one {@code h1} and its outline holds.
     *
     * @param titleLevel 1, 2 or 3: a report's headings go three levels below its title, and HTML's end at
     *                   {@code h6}
     * @throws IllegalArgumentException if {@code titleLevel} is not 1, 2 or 3
     */
    public static HtmlReportRenderer fragment(int titleLevel) {
        if (titleLevel < 1 || titleLevel > DEEPEST_TITLE) {
            throw new IllegalArgumentException("a fragment's title level must be 1, 2 or 3 (h1 to h3), so that its"
                    + " headings, three levels below, end at h6: " + titleLevel);
        }
        return new HtmlReportRenderer(true, titleLevel);
    }

    /** Whether this renderer writes a fragment rather than a whole page. */
    public boolean writesFragment() {
        return fragment;
    }

    /** {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code "text/html"}. */
    @Override
    public String mediaType() {
        return "text/html";
    }

    /** {@code "html"}. */
    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * Writes {@code report} as HTML in UTF-8 to {@code out}, which is flushed and left open. If the
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
        // A cancelled render writes nothing; one cancelled later stops at its next section or table
        // row, leaving what is still buffered unwritten.
        Cancellation.checkInterrupted();
        // Not closed: closing would close the caller's stream.
        Markup html = new Markup(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14));
        new Page(html, report, options, fragment, titleLevel).write();
        html.flush();
    }
}
