package io.github.actionplan.report.pdf;

import io.github.actionplan.internal.LineBreaks;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The status summary as a horizontal bar chart, drawn with the PDF's own operators into a form
 * XObject, so it stays vector, and needs no system font: its text is text in the document's
 * embedded fonts.
 *
 * <p>Each bar's length is in proportion to its count against the sum of the counts, so a
 * full-width bar would be every item; its count is written after it.
 */
final class StatusChart {

    private static final float LABEL_SIZE = 9;
    private static final float MIN_LABEL_SIZE = 6;
    private static final float ROW = 17;
    /** The step from one line of a label to the next. */
    private static final float LINE = 11;
    private static final float BAR = 12;
    private static final float GAP = 8;
    private static final float VALUE_ROOM = 64;

    private StatusChart() {}

    /**
     * Draws the chart for {@code summary}, {@code width} points wide, as an image to add to the
     * document.
     */
    static Image draw(PdfWriter writer, DocumentFonts fonts, Section.StatusSummary summary, float width,
            String where) {
        List<Section.StatusCount> counts = summary.counts();
        List<List<DocumentFonts.Run>> labels = new ArrayList<>();
        float widest = 0;
        for (Section.StatusCount count : counts) {
            List<DocumentFonts.Run> runs = fonts.runs(count.label(), TextStyle.REGULAR, where);
            labels.add(runs);
            widest = Math.max(widest, width(fonts, runs, LABEL_SIZE));
        }
        float labelRoom = Math.min(widest, width * 0.4f);
        List<List<List<DocumentFonts.Run>>> lines = new ArrayList<>();
        float[] rows = new float[counts.size()];
        float height = 4;
        for (int i = 0; i < counts.size(); i++) {
            lines.add(lines(fonts, labels.get(i), labelRoom));
            rows[i] = Math.max(ROW, lines.get(i).size() * LINE + (ROW - LINE));
            height += rows[i];
        }
        height = Math.max(height, ROW + 4);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        float barStart = labelRoom + GAP;
        float barRoom = Math.max(10, width - barStart - VALUE_ROOM);
        long all = counts.stream().mapToLong(Section.StatusCount::count).sum();
        float top = 2;
        for (int i = 0; i < counts.size(); i++) {
            Section.StatusCount count = counts.get(i);
            float middle = top + rows[i] / 2;
            float baseline = middle - (lines.get(i).size() - 1) * LINE / 2 + LABEL_SIZE * 0.35f;
            for (List<DocumentFonts.Run> line : lines.get(i)) {
                // A word wider than the room is drawn smaller rather than cut.
                float lineWidth = width(fonts, line, LABEL_SIZE);
                float labelSize = lineWidth > labelRoom
                        ? Math.max(MIN_LABEL_SIZE, LABEL_SIZE * labelRoom / lineWidth) : LABEL_SIZE;
                text(template, fonts, line, labelSize, 0, height - baseline);
                baseline += LINE;
            }
            baseline = middle + LABEL_SIZE * 0.35f;
            // Measured down from the top, as the rows are laid out; PDF measures up from the bottom.
            float barBottom = height - (middle + BAR / 2);
            template.setColorFill(Layout.HEADER_FILL);
            template.rectangle(barStart, barBottom, barRoom, BAR);
            template.fill();
            float length = all == 0 ? 0 : (float) count.count() / all * barRoom;
            if (length > 0) {
                template.setColorFill(Layout.colour(count.fill()));
                // An outline keeps light fills (amber) visible against the white page.
                template.setColorStroke(Layout.TEXT);
                template.setLineWidth(0.5f);
                template.rectangle(barStart, barBottom, length, BAR);
                template.fillStroke();
            }
            String value = Integer.toString(count.count());
            text(template, fonts, fonts.runs(value, TextStyle.REGULAR, where), LABEL_SIZE, barStart + length + 4,
                    height - baseline);
            top += rows[i];
        }
        return Image.getInstance(template);
    }

    /**
     * A label's runs as the lines they are drawn on, broken after spaces where a line would be wider than {@code room}:
     * drawn smaller to fit one line, a long label looked another font beside the rest (run 81 #8).
     */
    private static List<List<DocumentFonts.Run>> lines(DocumentFonts fonts, List<DocumentFonts.Run> runs,
            float room) {
        List<List<DocumentFonts.Run>> lines = new ArrayList<>();
        List<DocumentFonts.Run> line = new ArrayList<>();
        float lineWidth = 0;
        String before = "";
        for (DocumentFonts.Run run : runs) {
            if (run.isLineBreak()) {
                // Drawn as a space, as text() draws it.
                line.add(run);
                lineWidth += fonts.primary(TextStyle.REGULAR).getWidthPoint(" ", LABEL_SIZE);
                before = " ";
                continue;
            }
            Matcher words = LineBreaks.PIECE.matcher(run.text());
            while (words.find()) {
                if (words.group().isEmpty()) {
                    continue;
                }
                DocumentFonts.Run word = new DocumentFonts.Run(words.group(), run.candidate());
                float inked = width(fonts, List.of(new DocumentFonts.Run(word.text().stripTrailing(),
                        run.candidate())), LABEL_SIZE);
                // After a space, or between two characters of a script written without them: not inside a word
                // whose font changes (run 88 #6), nor after an opening bracket.
                boolean breaks = LineBreaks.between(before, word.text());
                before = word.text();
                if (breaks && !line.isEmpty() && lineWidth + inked > room) {
                    lines.add(stripped(line));
                    line = new ArrayList<>();
                    lineWidth = 0;
                }
                line.add(word);
                lineWidth += width(fonts, List.of(word), LABEL_SIZE);
            }
        }
        lines.add(stripped(line));
        return lines;
    }

    /** {@code line} without the spaces it ends with, which would count against its room. */
    private static List<DocumentFonts.Run> stripped(List<DocumentFonts.Run> line) {
        List<DocumentFonts.Run> stripped = new ArrayList<>(line);
        while (!stripped.isEmpty() && (stripped.getLast().isLineBreak()
                || stripped.getLast().text().isBlank())) {
            stripped.removeLast();
        }
        if (!stripped.isEmpty()) {
            DocumentFonts.Run last = stripped.removeLast();
            stripped.add(new DocumentFonts.Run(last.text().stripTrailing(), last.candidate()));
        }
        return stripped;
    }

    private static float width(DocumentFonts fonts, List<DocumentFonts.Run> runs, float size) {
        float width = 0;
        for (DocumentFonts.Run run : runs) {
            if (!run.isLineBreak()) {
                width += fonts.baseFont(run.candidate().program()).getWidthPoint(run.text(), size);
            }
        }
        return width;
    }

    /**
     * Draws runs left to right from {@code x}, each in its own embedded font, with the PDF's text operators: Java2D,
     * through PdfGraphics2D, needs a system font to start its font manager, which a container without fonts has
     * not (run 133 #1).
     */
    private static void text(PdfTemplate template, DocumentFonts fonts, List<DocumentFonts.Run> runs, float size,
            float x, float baseline) {
        for (DocumentFonts.Run run : runs) {
            if (run.isLineBreak()) {
                x += fonts.primary(TextStyle.REGULAR).getWidthPoint(" ", size);
                continue;
            }
            BaseFont font = fonts.baseFont(run.candidate().program());
            template.beginText();
            template.setFontAndSize(font, size);
            template.setColorFill(Layout.TEXT);
            template.setTextMatrix(x, baseline);
            template.showText(run.text());
            template.endText();
            x += font.getWidthPoint(run.text(), size);
        }
    }
}
