package io.github.actionplan.report.html;

import io.github.actionplan.report.Section;
import java.io.IOException;
import java.util.Locale;

/**
 * The status summary as a horizontal bar chart in inline SVG, as the PDF draws it: for each
 * status its label, a bar whose length is its share of all items (a full bar is 100%) in its BRAG
 * fill, and the count and share after the bar. The SVG is one image to assistive technology
 * ({@code role="img"}), named by its {@code <title>} and described by the printed description.
 */
final class StatusChart {

    private static final int WIDTH = 400;
    private static final int ROW = 46;
    private static final int BAR = 16;
    private static final int BAR_ROOM = 300;
    private static final int LABEL_SIZE = 15;
    /** A generous mean advance of a sans-serif character, as a share of the font size. */
    private static final double MEAN_ADVANCE = 0.58;

    private StatusChart() {}

    /**
     * Writes the chart.
     *
     * @param descriptionId the id of the printed description
     */
    static void write(Markup html, Section.StatusSummary summary, String descriptionId) throws IOException {
        int height = summary.counts().size() * ROW + 4;
        String chartTitleId = descriptionId + "-title";
        html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ap-bars\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" aria-labelledby=\"" + chartTitleId + "\" aria-describedby=\"" + descriptionId + "\">\n");
        html.raw("<title id=\"" + chartTitleId + "\">").line(summary.title().isEmpty() ? summary.description()
                : summary.title()).raw("</title>\n");
        int top = 2;
        for (Section.StatusCount count : summary.counts()) {
            html.raw("<text x=\"0\" y=\"" + (top + LABEL_SIZE) + "\" font-size=\"" + LABEL_SIZE + "\"");
            double estimated = count.label().codePointCount(0, count.label().length()) * LABEL_SIZE * MEAN_ADVANCE;
            if (estimated > WIDTH) {
                // Squeezed rather than cut: SVG text does not wrap, and the table beside says it in full.
                html.raw(" textLength=\"" + WIDTH + "\" lengthAdjust=\"spacingAndGlyphs\"");
            }
            html.raw(">").line(count.label()).raw("</text>\n");
            int barTop = top + LABEL_SIZE + 8;
            html.raw("<rect class=\"ap-track\" x=\"0\" y=\"" + barTop + "\" width=\"" + BAR_ROOM + "\" height=\"" + BAR
                    + "\"/>\n");
            double length = count.share().doubleValue() * BAR_ROOM;
            if (length > 0) {
                html.raw(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                        + " stroke=\"#0B0C0C\" stroke-width=\"0.5\"/>%n", barTop, length, BAR, count.fill()));
            }
            html.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">", BAR_ROOM + 8,
                    barTop + BAR - 3, LABEL_SIZE)).line(count.countText() + " (" + count.shareText() + ")")
                    .raw("</text>\n");
            top += ROW;
        }
        html.raw("</svg>\n");
    }
}
