package io.github.actionplan.report.pdf;

import java.util.function.Supplier;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The event of a row's header cell that heads each later page's part of the row, where a row runs on to the next
 * page, with the header cell's words again, in muted italics ("1.1"): a reader of that page sees whose text goes on
 * there, where the cell would be empty. A status cell's is its label, as it is drawn, so that its fill there is
 * not a colour alone. OpenPDF calls a cell's event once for each page's part of it, the same
 * event for every part, so the first call is the row's start and each later one a continuation. Core's words, as
 * the repeated column headers are: a word such as "(continued)" would not fit the narrow column of a ref, sized for
 * the ref, and broken in the middle would read worse than none.
 *
 * <p>The words go on the line canvas, which {@link TableMarks} marks as an artifact, as the repeated header rows
 * are: a screen reader reads the row once, from its header cell, as the structure tree has it.
 */
final class RowContinued implements PdfPCellEvent {

    private final Supplier<Phrase> words;
    private int parts;

    /**
     * @param words the words as page furniture, not noted as any element's text, made anew for each part, as it is
     *              laid out in the middle of laying out content
     */
    RowContinued(Supplier<Phrase> words) {
        this.words = words;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        if (parts++ == 0) {
            return;
        }
        // Whole or not at all: the rest of a row may be a line or two, shorter than a long ref (run 63, 6).
        if (ColumnText.hasMoreText(column(cell, position, canvases).go(true))) {
            return;
        }
        column(cell, position, canvases).go();
    }

    private ColumnText column(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        ColumnText column = new ColumnText(canvases[PdfPTable.LINECANVAS]);
        column.setSimpleColumn(position.getLeft() + cell.getPaddingLeft(), position.getBottom()
                + cell.getPaddingBottom(), position.getRight() - cell.getPaddingRight(), position.getTop()
                - cell.getPaddingTop());
        column.addElement(new Paragraph(words.get()));
        return column;
    }
}
