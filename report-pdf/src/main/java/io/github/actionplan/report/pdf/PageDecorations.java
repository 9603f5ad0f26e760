package io.github.actionplan.report.pdf;

import io.github.actionplan.report.spi.RenderOptions;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header at the top of every page and, at its foot, the running footer followed by
 * "Page X of Y", both as core words them. Y is not known until the end, so each footer shows a
 * template that is filled in when the document closes (OpenPDF's own PageNumbersWatermark
 * example). All of it is page furniture: an artifact, not content.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;
    private static final float MIN_SIZE = 4;
    private static final float TOTAL_WIDTH = 30;
    /** Room between the footer text and the page number. */
    private static final float GAP = 12;
    /**
     * The most characters of a header or footer the page tries to set: two lines at
     * {@link #MIN_SIZE} hold fewer on the widest page (A3 landscape holds about 2,500 of the
     * narrowest letter), and a text the page would cut anyway costs the same on every page
     * rather than its length.
     */
    static final int HEADER_CHARACTERS = 4_000;
    /** OpenPDF has no constant for it. */
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final DocumentFonts fonts;
    private final String header;
    private final String footer;
    /** A text's size by the width of its box, which is the same on every page of a width. */
    private final Map<Float, Float> headerSizes = new HashMap<>();
    private final Map<Float, Float> footerSizes = new HashMap<>();
    private PdfTemplate total;

    /**
     * @param header the text at the top of every page
     * @param footer the text at the foot of every page, before the page number; empty for none
     */
    PageDecorations(DocumentFonts fonts, String header, String footer) {
        this.fonts = fonts;
        this.header = shortened(header);
        this.footer = shortened(footer);
    }

    private static String shortened(String text) {
        int end = Math.min(text.length(), HEADER_CHARACTERS);
        return text.substring(0, end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        // Page furniture, not content: readers and text extraction skip artifacts.
        cb.beginMarkedContentSequence(ARTIFACT);
        float base = document.top() + 16;
        if (!header.isEmpty()) {
            // Two lines at most; a longer text is set smaller rather than cut.
            fitted(cb, header, headerSizes, document.left(), base, document.right(), base + 22, "the running header")
                    .go();
        }
        cb.saveState();
        cb.setColorStroke(Layout.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(document.left(), base);
        cb.lineTo(document.right(), base);
        cb.stroke();
        cb.restoreState();
        BaseFont font = fonts.primary(TextStyle.REGULAR);
        String text = RenderOptions.PAGE_NUMBER_WORDS.get(0) + writer.getPageNumber()
                + RenderOptions.PAGE_NUMBER_WORDS.get(1);
        float width = font.getWidthPoint(text, SIZE);
        float x = document.right() - TOTAL_WIDTH - width;
        float y = document.bottom() - 24;
        if (!footer.isEmpty()) {
            // Its first line on the page number's line, any more below it.
            fitted(cb, footer, footerSizes, document.left(), y - SIZE * 2.6f, x - GAP, y + SIZE * 1.2f,
                    "the running footer").go();
        }
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setColorFill(Layout.MUTED);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
        cb.restoreState();
        cb.addTemplate(total, x + width, y);
        cb.endMarkedContentSequence();
    }

    /** {@code text} in the box, at the largest size up to {@link #SIZE} at which it fits. */
    private ColumnText fitted(PdfContentByte cb, String text, Map<Float, Float> sizes, float left, float bottom,
            float right, float top, String where) {
        float size = sizes.computeIfAbsent(right - left, width -> {
            float fits = SIZE;
            while (fits > MIN_SIZE
                    && ColumnText.hasMoreText(column(cb, text, left, bottom, right, top, fits, where).go(true))) {
                fits -= 0.5f;
            }
            return fits;
        });
        return column(cb, text, left, bottom, right, top, size, where);
    }

    private ColumnText column(PdfContentByte cb, String text, float left, float bottom, float right, float top,
            float size, String where) {
        Phrase phrase = fonts.phrase(text, TextStyle.REGULAR, size, Layout.MUTED, where);
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(left, bottom, right, top);
        column.setLeading(size * 1.2f);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        column.setAlignment(Element.ALIGN_LEFT);
        column.addText(phrase);
        return column;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The page counter has already moved past the last page.
        total.beginText();
        total.setFontAndSize(fonts.primary(TextStyle.REGULAR), SIZE);
        total.setColorFill(Layout.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
