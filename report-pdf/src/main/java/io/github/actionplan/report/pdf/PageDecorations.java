package io.github.actionplan.report.pdf;

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
 * The running header (the report's title, from page 2 on, the first page having the title block)
 * and the footer "Page X of Y". Y is not known until the end, so each footer shows a template
 * that is filled in when the document closes (OpenPDF's own PageNumbersWatermark example).
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;
    private static final float MIN_SIZE = 4;
    private static final float TOTAL_WIDTH = 30;
    /**
     * The most characters of the title the header tries to set: two lines at {@link #MIN_SIZE}
     * hold fewer on the widest page (A3 landscape holds about 2,500 of the narrowest letter), and
     * a title the header would cut anyway costs the same on every page rather than its length.
     */
    static final int HEADER_CHARACTERS = 4_000;
    /** OpenPDF has no constant for it. */
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final DocumentFonts fonts;
    private final String title;
    /** The header's size by the width of the page's text: the title is the same on every page. */
    private final Map<Float, Float> sizes = new HashMap<>();
    private PdfTemplate total;

    PageDecorations(DocumentFonts fonts, String title) {
        this.fonts = fonts;
        int end = Math.min(title.length(), HEADER_CHARACTERS);
        this.title = title.substring(0, Character.isHighSurrogate(title.charAt(Math.max(0, end - 1))) ? end - 1 : end);
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
        int number = writer.getPageNumber();
        if (number > 1) {
            float base = document.top() + 16;
            // Two lines at most; a longer title is set smaller rather than cut.
            float size = sizes.computeIfAbsent(document.right() - document.left(), width -> {
                float fits = SIZE;
                while (fits > MIN_SIZE && ColumnText.hasMoreText(header(cb, document, base, fits).go(true))) {
                    fits -= 0.5f;
                }
                return fits;
            });
            header(cb, document, base, size).go();
            cb.saveState();
            cb.setColorStroke(Layout.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), base);
            cb.lineTo(document.right(), base);
            cb.stroke();
            cb.restoreState();
        }
        BaseFont font = fonts.primary(TextStyle.REGULAR);
        String text = "Page " + number + " of ";
        float width = font.getWidthPoint(text, SIZE);
        float x = document.right() - TOTAL_WIDTH - width;
        float y = document.bottom() - 24;
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

    private ColumnText header(PdfContentByte cb, Document document, float base, float size) {
        Phrase header = fonts.phrase(title, TextStyle.REGULAR, size, Layout.MUTED, "the running header");
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(document.left(), base, document.right(), base + 22);
        column.setLeading(size * 1.2f);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        column.setAlignment(Element.ALIGN_LEFT);
        column.addText(header);
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
