package io.github.actionplan.report.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Ties the content of a table's cells to the structure tree: each stretch of a cell's text
 * becomes a marked-content sequence of its structure element ({@code /TD <</MCID 7>> BDC ...
 * EMC}, ISO 32000-1 14.7.4), and everything else the table draws is an artifact
 * ({@code /Artifact BMC ... EMC}, 14.8.2.2): the cell fills and borders, and the header rows a
 * table repeats on its second and later pages, like the running header and the page numbers.
 *
 * <p>A row that runs across a page break is drawn as the first part of each of its cells, then,
 * on the next page, the rest of each; both parts are marked with the same elements, so the row is
 * one row of the tree.
 *
 * <p>How: OpenPDF writes each page's part of a table into fresh content buffers, cell by cell,
 * calls a cell's event right after writing the cell, and the table event once the part is done.
 * So each cell event notes where its cell's text ends, {@link StructureTree#part} marks note where
 * a cell's next element starts, and the table event wraps each stretch of the text buffer. One
 * instance per table.
 */
final class TableMarks implements PdfPTableEvent {

    private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "EMC\n".getBytes(StandardCharsets.US_ASCII);

    /** From {@code offset} in the text buffer on, a cell's content belongs to {@code element}. */
    record Part(int offset, PdfStructureElement element) {}

    /** A cell's content ends at {@code offset}. */
    private record End(int offset, Drawing cell) {}

    /** A row's element, to write once the row is drawn in full. */
    private record Pending(int row, PdfStructureElement element) {}

    /** A cell and the element its next content belongs to. */
    private static final class Drawing {
        final int row;
        PdfStructureElement current;

        Drawing(int row, PdfStructureElement current) {
            this.row = row;
            this.current = current;
        }
    }

    private final StructureTree tree;
    private final int columns;
    private final int headerRows;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int nextRow;
    private int nextColumn;
    private boolean firstPartDrawn;

    /**
     * @param tree       the document's structure tree
     * @param columns    the table's number of columns
     * @param headerRows how many of its first rows repeat on every page
     */
    TableMarks(StructureTree tree, int columns, int headerRows) {
        this.tree = tree;
        this.columns = columns;
        this.headerRows = headerRows;
    }

    /**
     * Adds {@code cell} to {@code pdfTable} as the next cell, its content marked as
     * {@code content}'s up to the cell's first {@link StructureTree#part} mark; null where that
     * stretch has nothing to tag (a cell that starts with such a mark).
     */
    void add(PdfPTable pdfTable, PdfPCell cell, PdfStructureElement content) {
        if (!tree.tagged()) {
            pdfTable.addCell(cell);
            return;
        }
        Drawing drawing = new Drawing(nextRow, content);
        List<Object> drawn = tree.drawn();
        cell.setCellEvent((c, position, canvases) -> drawn.add(
                new End(canvases[PdfPTable.TEXTCANVAS].getInternalBuffer().size(), drawing)));
        pdfTable.addCell(cell);
        nextColumn += Math.max(1, cell.getColspan());
        if (nextColumn >= columns) {
            nextColumn = 0;
            nextRow++;
        }
    }

    /**
     * Writes {@code element} to the file once the row whose cells are being added is drawn in
     * full, so that a long table does not keep its structure in memory.
     */
    void writeWithRow(PdfStructureElement element) {
        if (element == null) {
            return;
        }
        pending.add(new Pending(nextRow, element));
    }

    /** Writes every element still waiting: to call once the whole table is drawn. */
    void finish() {
        while (!pending.isEmpty()) {
            tree.write(pending.poll().element());
        }
    }

    @Override
    public void tableLayout(PdfPTable pdfTable, float[][] widths, float[] heights, int headerRowCount, int rowStart,
            PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
        ByteBuffer text = canvas.getInternalBuffer();
        byte[] written = text.toByteArray();
        text.reset();
        List<Object> drawn = tree.drawn();
        int start = 0;
        int lastRow = -1;
        int cellStart = 0;
        for (int i = 0; i < drawn.size(); i++) {
            if (!(drawn.get(i) instanceof End end)) {
                continue;
            }
            Drawing cell = end.cell();
            if (cell.row < headerRows && firstPartDrawn) {
                artifact(text, written, start, end.offset());
            } else {
                PdfStructureElement active = cell.current;
                for (int j = cellStart; j < i; j++) {
                    Part part = (Part) drawn.get(j);
                    mark(canvas, written, start, part.offset(), active);
                    start = part.offset();
                    active = part.element();
                }
                mark(canvas, written, start, end.offset(), active);
                cell.current = active;
                lastRow = Math.max(lastRow, cell.row);
            }
            start = end.offset();
            cellStart = i + 1;
        }
        text.append(written, start, written.length - start);
        drawn.clear();
        firstPartDrawn = true;
        wrapAsArtifact(canvases[PdfPTable.BACKGROUNDCANVAS].getInternalBuffer());
        wrapAsArtifact(canvases[PdfPTable.LINECANVAS].getInternalBuffer());
        // Only the last row of a page's part of a table can go on to the next page.
        while (!pending.isEmpty() && pending.peek().row() < lastRow) {
            tree.write(pending.poll().element());
        }
    }

    private static void mark(PdfContentByte canvas, byte[] written, int from, int to, PdfStructureElement element) {
        if (to <= from) {
            return;
        }
        if (element == null) {
            canvas.getInternalBuffer().append(written, from, to - from);
            return;
        }
        canvas.beginMarkedContentSequence(element);
        canvas.getInternalBuffer().append(written, from, to - from);
        canvas.endMarkedContentSequence();
    }

    private static void artifact(ByteBuffer text, byte[] written, int from, int to) {
        if (to > from) {
            text.append(ARTIFACT);
            text.append(written, from, to - from);
            text.append(END);
        }
    }

    private static void wrapAsArtifact(ByteBuffer buffer) {
        if (buffer.size() > 0) {
            byte[] content = buffer.toByteArray();
            buffer.reset();
            artifact(buffer, content, 0, content.length);
        }
    }
}
