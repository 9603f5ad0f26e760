package io.github.actionplan.report.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;

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
 *
 * <p>Inside a stretch, {@link Links} has already ended and begun marked content around the text of
 * each web address, noting with a {@link Switch} which element the text after it goes on in: the
 * stretch opens in the element it began in, and a cell running on to the next page goes on in the
 * element it had reached.
 */
final class TableMarks implements PdfPTableEvent {

    private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "EMC\n".getBytes(StandardCharsets.US_ASCII);

    /** From {@code offset} in the text buffer on, a cell's content belongs to {@code element}. */
    record Part(int offset, StructureTree.Tag element) {}

    /**
     * After a link's text, the content goes on in {@code element}, whose marked content {@link Links}
     * has begun inside the text: what of the cell runs on to the next page goes on in it too.
     */
    record Switch(StructureTree.Tag element) {}

    /** A row's element, to write once the row is drawn in full. */
    private record Pending(int row, StructureTree.Tag element) {}

    /**
     * A cell: its row, the element its next content belongs to, and, once it is drawn on a page,
     * where its content there ends. Its own event: OpenPDF calls it right after drawing the cell,
     * and it puts itself in the list of what was drawn. One object per cell, as there are
     * hundreds of thousands of cells in a large report.
     */
    private static final class Drawing implements PdfPCellEvent {
        final int row;
        final List<Object> drawn;
        /** The cell's event of its own, called after this one, or null. */
        final PdfPCellEvent own;
        StructureTree.Tag current;
        int end;

        Drawing(int row, StructureTree.Tag current, List<Object> drawn, PdfPCellEvent own) {
            this.row = row;
            this.current = current;
            this.drawn = drawn;
            this.own = own;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            end = canvases[PdfPTable.TEXTCANVAS].getInternalBuffer().size();
            drawn.add(this);
            if (own != null) {
                own.cellLayout(cell, position, canvases);
            }
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
    void add(PdfPTable pdfTable, PdfPCell cell, StructureTree.Tag content) {
        add(pdfTable, cell, content, null);
    }

    /** As {@link #add(PdfPTable, PdfPCell, StructureTree.Tag)}, the cell drawn with its own event too, if not null. */
    void add(PdfPTable pdfTable, PdfPCell cell, StructureTree.Tag content, PdfPCellEvent own) {
        if (!tree.tagged()) {
            if (own != null) {
                cell.setCellEvent(own);
            }
            pdfTable.addCell(cell);
            return;
        }
        cell.setCellEvent(new Drawing(nextRow, content, tree.drawn(), own));
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
    void writeWithRow(StructureTree.Tag element) {
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
        int size = text.size();
        byte[] written = tree.copy(text);
        text.reset();
        List<Object> drawn = tree.drawn();
        int start = 0;
        int lastRow = -1;
        int cellStart = 0;
        for (int i = 0; i < drawn.size(); i++) {
            if (!(drawn.get(i) instanceof Drawing cell)) {
                continue;
            }
            if (cell.row < headerRows && firstPartDrawn) {
                artifact(text, written, start, cell.end);
            } else {
                // The element the stretch being marked begins in, and the one its content has reached.
                StructureTree.Tag opening = cell.current;
                StructureTree.Tag active = opening;
                for (int j = cellStart; j < i; j++) {
                    if (drawn.get(j) instanceof Switch link) {
                        active = link.element();
                        continue;
                    }
                    Part part = (Part) drawn.get(j);
                    mark(canvas, written, start, part.offset(), opening);
                    start = part.offset();
                    opening = part.element();
                    active = opening;
                }
                mark(canvas, written, start, cell.end, opening);
                cell.current = active;
                lastRow = Math.max(lastRow, cell.row);
            }
            start = cell.end;
            cellStart = i + 1;
        }
        text.append(written, start, size - start);
        drawn.clear();
        firstPartDrawn = true;
        wrapAsArtifact(canvases[PdfPTable.BACKGROUNDCANVAS].getInternalBuffer());
        wrapAsArtifact(canvases[PdfPTable.LINECANVAS].getInternalBuffer());
        // Only the last row of a page's part of a table can go on to the next page.
        while (!pending.isEmpty() && pending.peek().row() < lastRow) {
            tree.write(pending.poll().element());
        }
    }

    private void mark(PdfContentByte canvas, byte[] written, int from, int to, StructureTree.Tag element) {
        if (to <= from) {
            return;
        }
        if (element == null) {
            canvas.getInternalBuffer().append(written, from, to - from);
            return;
        }
        tree.mark(canvas, element);
        canvas.getInternalBuffer().append(written, from, to - from);
        canvas.getInternalBuffer().append(END);
    }

    private static void artifact(ByteBuffer text, byte[] written, int from, int to) {
        if (to > from) {
            text.append(ARTIFACT);
            text.append(written, from, to - from);
            text.append(END);
        }
    }

    /** Wraps what {@code buffer} holds in an artifact sequence, in place. */
    private static void wrapAsArtifact(ByteBuffer buffer) {
        int size = buffer.size();
        if (size > 0) {
            // Room for the opening at the end, then the content moved up to make room at the start.
            buffer.append(ARTIFACT);
            byte[] bytes = buffer.getBuffer();
            System.arraycopy(bytes, 0, bytes, ARTIFACT.length, size);
            System.arraycopy(ARTIFACT, 0, bytes, 0, ARTIFACT.length);
            buffer.append(END);
        }
    }
}
