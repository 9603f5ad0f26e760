package io.github.actionplan.report.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;

/**
 * Marks up the text of a table so that it can be read in order, in the absence of a structure
 * tree (OpenPDF cannot tag tables).
 *
 * <ul>
 *   <li>The header rows a table repeats on its second and later pages become artifacts
 *       ({@code /Artifact BMC ... EMC}, ISO 32000-1 14.8.2.2), like the running header and the
 *       page numbers: page furniture, not content.</li>
 *   <li>Every other cell's text is wrapped in a marked-content sequence naming its table, row and
 *       column: {@code /ActionPlanCell <</Table 3 /Row 6 /Column 2>> BDC ... EMC}. A row that
 *       runs across a page break is drawn as the first part of each of its cells, then, on the
 *       next page, the rest of each; a reader that follows these marks can put each cell's parts
 *       back together. Viewers ignore marked content they do not know.</li>
 * </ul>
 *
 * <p>How: OpenPDF writes each page's part of a table into fresh content buffers, cell by cell,
 * calls a cell's event right after writing the cell, and the table event once the part is done.
 * So each cell event notes where its cell's text ends, and the table event wraps each cell's
 * stretch of the text buffer. One instance per table.
 */
final class TableMarks implements PdfPTableEvent {

    private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "EMC\n".getBytes(StandardCharsets.US_ASCII);

    private final int table;
    private final int columns;
    private final int headerRows;
    private final List<int[]> drawn = new ArrayList<>();
    private final Map<Integer, String> actualTexts = new HashMap<>();
    private int nextRow;
    private int nextColumn;
    private boolean firstPartDrawn;

    /**
     * @param table      the table's number in the document
     * @param columns    its number of columns
     * @param headerRows how many of its first rows repeat on every page
     */
    TableMarks(int table, int columns, int headerRows) {
        this.table = table;
        this.columns = columns;
        this.headerRows = headerRows;
    }

    /** Adds {@code cell} to {@code pdfTable} as the next cell, marked with its place. */
    void add(PdfPTable pdfTable, PdfPCell cell) {
        add(pdfTable, cell, null);
    }

    /**
     * Adds {@code cell} to {@code pdfTable} as the next cell, marked with its place and, where
     * {@code actualText} is not null, with the text in logical order (ISO 32000-1 14.9.4) for
     * text whose glyphs were reordered right to left or shaped: copying or extracting it then
     * gives the text as written, which reading the reordered glyphs back does not always do.
     */
    void add(PdfPTable pdfTable, PdfPCell cell, String actualText) {
        int row = nextRow;
        int column = nextColumn;
        if (actualText != null) {
            actualTexts.put(row * columns + column, actualText);
        }
        cell.setCellEvent((c, position, canvases) -> drawn.add(
                new int[] {row, column, canvases[PdfPTable.TEXTCANVAS].getInternalBuffer().size()}));
        pdfTable.addCell(cell);
        nextColumn += Math.max(1, cell.getColspan());
        if (nextColumn >= columns) {
            nextColumn = 0;
            nextRow++;
        }
    }

    @Override
    public void tableLayout(PdfPTable pdfTable, float[][] widths, float[] heights, int headerRowCount, int rowStart,
            PdfContentByte[] canvases) {
        ByteBuffer text = canvases[PdfPTable.TEXTCANVAS].getInternalBuffer();
        byte[] written = text.toByteArray();
        text.reset();
        int start = 0;
        for (int[] cell : drawn) {
            int end = cell[2];
            if (cell[0] < headerRows && firstPartDrawn) {
                text.append(ARTIFACT);
            } else {
                String actual = actualTexts.get(cell[0] * columns + cell[1]);
                text.append(("/ActionPlanCell <</Table " + table + " /Row " + cell[0] + " /Column " + cell[1]
                        + (actual == null ? "" : " /ActualText <FEFF"
                                + HexFormat.of().withUpperCase().formatHex(actual.getBytes(StandardCharsets.UTF_16BE))
                                + ">")
                        + ">> BDC\n").getBytes(StandardCharsets.US_ASCII));
            }
            text.append(written, start, end - start);
            text.append(END);
            start = end;
        }
        text.append(written, start, written.length - start);
        drawn.clear();
        firstPartDrawn = true;
    }
}
