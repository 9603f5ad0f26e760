package io.github.actionplan.report.html;

import io.github.actionplan.internal.LineBreaks;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The status summary's chart as horizontal bars in inline SVG, as the PDF draws it: for each
 * status its label, a bar in its BRAG fill whose length is its count out of all the counts (a
 * full bar is every item), and the count after the bar. The summary's description, printed under
 * the chart, says all the chart shows, and the table beside it gives the counts: assistive
 * technology reads those, and the chart is an image named by core's name for it alone ("Status chart"), as the
 * PDF's figure and the Office formats' picture are; its labels and counts, which would have it read the
 * description twice, are the image's and not read (trial 64 F5: hidden, it was no chart at all to a screen reader).
 */
final class StatusChart {

    private static final int WIDTH = 400;
    private static final int ROW = 46;
    private static final int BAR = 16;
    private static final int BAR_ROOM = 300;
    private static final int LABEL_SIZE = 15;
    /** The step from one line of a label to the next. */
    private static final int LINE = 18;
    /** A generous mean advance of a sans-serif character, as a share of the font size. */
    private static final double MEAN_ADVANCE = 0.58;

    private StatusChart() {}

    /** Writes the chart, named {@code name}; nothing where there are no counts. */
    static void write(Markup html, Section.StatusSummary summary, String name) throws IOException {
        if (summary.counts().isEmpty()) {
            return;
        }
        List<List<String>> labels = summary.counts().stream().map(count -> lines(count.label())).toList();
        int height = labels.stream().mapToInt(lines -> ROW + (lines.size() - 1) * LINE).sum() + 4;
        long all = summary.counts().stream().mapToLong(Section.StatusCount::count).sum();
        html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ap-bars\" role=\"img\" aria-label=\"")
                .attribute(name).raw("\" focusable=\"false\" viewBox=\"0 0 " + WIDTH + " " + height + "\">\n");
        int top = 2;
        for (int i = 0; i < labels.size(); i++) {
            Section.StatusCount count = summary.counts().get(i);
            for (String line : labels.get(i)) {
                html.raw("<text x=\"0\" y=\"" + (top + LABEL_SIZE) + "\" font-size=\"" + LABEL_SIZE + "\"");
                if (estimated(line) > WIDTH) {
                    // A word wider than the chart is squeezed rather than cut; the table beside says it in full.
                    html.raw(" textLength=\"" + WIDTH + "\" lengthAdjust=\"spacingAndGlyphs\"");
                }
                html.raw(">").line(line).raw("</text>\n");
                top += LINE;
            }
            top -= LINE;
            int barTop = top + LABEL_SIZE + 8;
            // Its grey as an attribute too: a fragment has no stylesheet, and SVG fills a shape black (run 129 #1).
            html.raw("<rect class=\"ap-track\" x=\"0\" y=\"" + barTop + "\" width=\"" + BAR_ROOM + "\" height=\"" + BAR
                    + "\" fill=\"" + Palette.HEADER_FILL + "\"/>\n");
            double length = all == 0 ? 0 : (double) count.count() / all * BAR_ROOM;
            if (length > 0) {
                html.raw(String.format(Locale.ROOT, "<rect class=\"ap-bar\" x=\"0\" y=\"%d\" width=\"%.1f\""
                        + " height=\"%d\" fill=\"%s\" stroke=\"%s\" stroke-width=\"0.5\"/>%n", barTop, length, BAR,
                        count.fill(), Palette.TEXT));
            }
            html.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">", BAR_ROOM + 8,
                    barTop + BAR - 3, LABEL_SIZE)).line(Integer.toString(count.count()))
                    .raw("</text>\n");
            top += ROW;
        }
        html.raw("</svg>\n");
    }

    /**
     * A label as the lines it is drawn on: SVG text does not wrap, and a long label squeezed onto one line was
     * drawn narrower than the others (run 81 #8), so it is broken between words where it would be wider than the
     * chart.
     */
    private static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher pieces = LineBreaks.PIECE.matcher(label.strip().replaceAll("\\s+", " "));
        String before = "";
        while (pieces.find()) {
            String piece = pieces.group();
            if (piece.isEmpty()) {
                continue;
            }
            // After a space, or between two characters of a script written without them (run 88 #7).
            boolean breaks = LineBreaks.between(before, piece);
            before = piece;
            if (breaks && !line.isEmpty() && estimated((line + piece).strip()) > WIDTH) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
        }
        lines.add(line.toString().strip());
        return lines;
    }

    /** A line's width, a character of a script written without spaces taken as a square, any other as a mean one. */
    private static double estimated(String text) {
        return text.codePoints().mapToDouble(c -> LineBreaks.isWide(c) ? 1 : MEAN_ADVANCE).sum() * LABEL_SIZE;
    }
}
