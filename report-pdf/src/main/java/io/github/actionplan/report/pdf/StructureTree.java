package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfLiteral;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The structure tree of a tagged PDF (ISO 32000-1 14.7, ISO 14289-1): one Document element
 * holding the report's headings, paragraphs, lists, tables and chart in reading order.
 *
 * <p>Elements are made in the order the layout meets the report's parts, so the tree's order is
 * the report's. Content is tied to its element where it is drawn ({@link TableMarks}); an element
 * is written out as soon as all of its content is drawn (a table's rows with each page, the rest
 * after each section: {@link #write}, {@link #writeDrawn}), so that a report of a hundred thousand
 * rows does not keep a million dictionaries until the document closes. OpenPDF writes the root
 * and the parent tree when the document closes.
 */
final class StructureTree {

    static final PdfName DOCUMENT = PdfName.DOCUMENT;
    static final PdfName PARAGRAPH = PdfName.P;
    static final PdfName LIST = PdfName.L;
    static final PdfName LIST_ITEM = PdfName.LI;
    static final PdfName LABEL = PdfName.LBL;
    static final PdfName LIST_BODY = PdfName.LBODY;
    static final PdfName TABLE = PdfName.TABLE;
    static final PdfName CAPTION = PdfName.CAPTION;
    static final PdfName TABLE_HEAD = PdfName.THEAD;
    static final PdfName TABLE_BODY = PdfName.TBODY;
    static final PdfName ROW = new PdfName("TR");
    static final PdfName HEADER_CELL = PdfName.TH;
    static final PdfName DATA_CELL = PdfName.TD;
    static final PdfName FIGURE = PdfName.FIGURE;
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW_SCOPE = new PdfName("Row");
    /** The table attributes of a header cell, written into each: one dictionary for them all. */
    private static final PdfDictionary COLUMN_HEADER = scope(COLUMN);
    private static final PdfDictionary ROW_HEADER = scope(ROW_SCOPE);

    /** A mark for a document without a structure tree: notes nothing. */
    private static final VerticalPositionMark NO_PART = new VerticalPositionMark();

    private final PdfWriter writer;
    private final PdfStructureElement document;
    private final List<Object> drawn = new ArrayList<>();
    /** How many of the Document's kids {@link #writeDrawn()} has seen. */
    private int writtenKids;
    /** What {@link #copy} copies into, reused from table to table. */
    private byte[] scratch = new byte[1 << 16];

    private StructureTree(PdfWriter writer, PdfStructureElement document) {
        this.writer = writer;
        this.document = document;
    }

    /** The tree of a writer marked {@link PdfWriter#setTagged() tagged} before its document opened. */
    static StructureTree of(PdfWriter writer) {
        return new StructureTree(writer, new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT));
    }

    /**
     * No tree, for a document laid out the same way without tags, which is what measuring the
     * cost of tagging compares with: every element it hands out is null, and null stands for
     * "not tagged" wherever an element is taken.
     */
    static StructureTree none(PdfWriter writer) {
        return new StructureTree(writer, null);
    }

    /** Whether the document is tagged. */
    boolean tagged() {
        return document != null;
    }

    /** The Document element, the root of the report's elements; null if not {@link #tagged()}. */
    PdfStructureElement document() {
        return document;
    }

    private static PdfDictionary scope(PdfName scope) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        attributes.put(SCOPE, scope);
        return attributes;
    }

    /** A new element of {@code type}, the last child of {@code parent} so far; null under a null parent. */
    static PdfStructureElement add(PdfStructureElement parent, PdfName type) {
        if (parent == null) {
            return null;
        }
        PdfStructureElement element = new PdfStructureElement(parent, type);
        // Optional (ISO 32000-1 table 323), and some sixteen bytes of the fifty or so that each of
        // hundreds of thousands of elements writes.
        element.remove(PdfName.TYPE);
        return element;
    }

    /** A heading of level {@code level}, H1 to H6 (a deeper one is an H6). */
    static PdfStructureElement heading(PdfStructureElement parent, int level) {
        return add(parent, new PdfName("H" + Math.clamp(level, 1, 6)));
    }

    /** A header cell for its column ({@code column} true) or its row. */
    static PdfStructureElement headerCell(PdfStructureElement row, boolean column) {
        PdfStructureElement cell = add(row, HEADER_CELL);
        if (cell == null) {
            return null;
        }
        cell.put(PdfName.A, column ? COLUMN_HEADER : ROW_HEADER);
        return cell;
    }

    /** A figure with {@code alt} as its text alternative. */
    static PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement figure = add(parent, FIGURE);
        if (figure == null) {
            return null;
        }
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        return figure;
    }

    /**
     * Gives {@code element} the text of its content in logical order (ISO 32000-1 14.9.4), for
     * text whose glyphs were reordered right to left or shaped.
     */
    static void actualText(PdfStructureElement element, String text) {
        element.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }

    /**
     * An element to put in a cell before the content that belongs to {@code element}: it draws
     * nothing and takes no room, but notes, when the cell is drawn, where in the page's content
     * that content starts, for the table's {@link TableMarks} to read.
     */
    VerticalPositionMark part(PdfStructureElement element) {
        if (element == null) {
            return NO_PART;
        }
        return new VerticalPositionMark() {
            @Override
            public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
                drawn.add(new TableMarks.Part(canvas.getInternalBuffer().size(), element));
            }
        };
    }

    /** Draws a list item's marker with its line's first character at ({@code x}, {@code baseline}). */
    interface Marker {
        void draw(PdfContentByte canvas, float x, float baseline);
    }

    /**
     * What a tab chunk at the start of a list item's first line draws: its {@code marker}, as the
     * content of {@code label}, the content after it belonging to {@code next}. The tab is drawn
     * into the cell's text canvas while OpenPDF writes the paragraph's lines apart, to add them to
     * the canvas once it has laid them out; so the marker's content comes just before them.
     */
    VerticalPositionMark label(PdfStructureElement label, PdfStructureElement next, Marker marker) {
        return new VerticalPositionMark() {
            @Override
            public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
                if (label == null) {
                    marker.draw(canvas, llx, y);
                    return;
                }
                drawn.add(new TableMarks.Part(canvas.getInternalBuffer().size(), label));
                marker.draw(canvas, llx, y);
                drawn.add(new TableMarks.Part(canvas.getInternalBuffer().size(), next));
            }
        };
    }

    /**
     * What was drawn of the table being drawn, in order: where each part of a cell and each cell
     * ends in the page's text. One list serves every table, as one table is drawn at a time.
     */
    List<Object> drawn() {
        return drawn;
    }

    /**
     * The first {@code buffer.size()} bytes of the array returned are a copy of {@code buffer}'s
     * content, valid until the next call: an array reused, not one made for every table drawn.
     */
    byte[] copy(ByteBuffer buffer) {
        int size = buffer.size();
        if (scratch.length < size) {
            scratch = new byte[Math.max(size, scratch.length * 2)];
        }
        System.arraycopy(buffer.getBuffer(), 0, scratch, 0, size);
        return scratch;
    }

    /**
     * Writes {@code element} and everything under it to the file now, and leaves only its
     * reference in its parent. Only for elements whose content is all drawn: content drawn for
     * it later would be lost.
     */
    void write(PdfStructureElement element) {
        if (element == null) {
            return;
        }
        writeTree(element);
        if (element.getParent() != null && element.getParent().get(PdfName.K) instanceof PdfArray siblings) {
            // Its parent's last kids are the likeliest: rows are written in the order they were made.
            for (int i = siblings.size() - 1; i >= 0; i--) {
                if (siblings.getPdfObject(i) == element) {
                    siblings.set(i, reference(element));
                    break;
                }
            }
        }
    }

    /**
     * Writes every element of the Document made since the last call, with all under it: to call
     * when all the content drawn so far is on its pages, so that the tree of a long report does
     * not wait in memory for the document to close.
     */
    void writeDrawn() {
        if (document != null && document.get(PdfName.K) instanceof PdfArray kids) {
            for (; writtenKids < kids.size(); writtenKids++) {
                if (kids.getPdfObject(writtenKids) instanceof PdfStructureElement kid) {
                    writeTree(kid);
                    kids.set(writtenKids, reference(kid));
                }
            }
        }
    }

    /** Writes {@code element}, its kids first, each left in its K as its reference. */
    private void writeTree(PdfStructureElement element) {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
                    writeTree(kid);
                    kids.set(i, reference(kid));
                }
            }
        }
        try {
            writer.addToBody(element, element.getReference());
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
    }

    /**
     * Writes what is left of the tree: to call once the whole report is laid out, before the
     * document closes. OpenPDF then writes the root and the parent tree. It would also write, and
     * walk, every element still in the tree, and it cannot walk one whose kids are references:
     * it reads a reference back as if from a parsed file, and fails. So the root is left with the
     * Document element as a literal, which it does not walk.
     */
    void close() {
        if (document == null) {
            return;
        }
        writeDrawn();
        writeTree(document);
        if (writer.getStructureTreeRoot().get(PdfName.K) instanceof PdfArray roots) {
            for (int i = 0; i < roots.size(); i++) {
                if (roots.getPdfObject(i) == document) {
                    roots.set(i, new PdfLiteral(document.getReference().toString()));
                }
            }
        }
    }

    /** A written element as it stands in its parent's K from then on: its reference. */
    private static PdfObject reference(PdfStructureElement element) {
        return element.getReference();
    }
}
