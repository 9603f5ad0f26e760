package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The structure tree of a tagged PDF (ISO 32000-1 14.7, ISO 14289-1): one Document element
 * holding the report's headings, paragraphs, lists, tables and chart in reading order.
 *
 * <p>Elements are made in the order the layout meets the report's parts, so the tree's order is
 * the report's. Content is tied to its element where it is drawn ({@link TableMarks},
 * {@link #mark}); an element is written out as soon as all of its content is drawn (a table's
 * rows with each page, the rest after each section: {@link #write}, {@link #writeDrawn}), so that
 * a report of a hundred thousand rows does not keep its tree until the document closes.
 *
 * <p>The tree, its marked-content ids and its parent tree are this class's own, not OpenPDF's
 * ({@code PdfWriter.setTagged}): OpenPDF keeps each element as a hash map until it is written, a
 * reference object for each in the parent tree until the document closes, and writes each as a
 * general dictionary; a tagged action plan spent a fifth of its time on that. Here an element is a
 * few fields, written as bytes, and the parent tree keeps object numbers, a page's worth at a time.
 * The pages name their parent-tree entries through {@link ReproducibleWriter#tag}.
 *
 * <p>The parent tree's keys are given out in the order they are needed: a page's when its first
 * content is marked, a link annotation's when it is placed ({@link #annotate}). The tree is a number
 * tree of two levels whose leaves are written as they fill, so that it too is not kept until the
 * document closes; a page with no marked content has no key.
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
    static final PdfName LINK = PdfName.LINK;
    static final PdfName SPAN = PdfName.SPAN;
    /** How many keys a leaf of the parent tree holds. */
    private static final int LEAF = 512;
    /** The table attributes of a header cell (ISO 32000-1 14.8.5.7), the same bytes in each. */
    private static final byte[] COLUMN_HEADER = ascii("<</O/Table/Scope/Column>>");
    private static final byte[] ROW_HEADER = ascii("<</O/Table/Scope/Row>>");
    // How each list's items are marked, as PDF/UA-2 and list-aware readers ask (run 98 #6): "1." or "•"
    private static final byte[] NUMBERED = ascii("<</O/List/ListNumbering/Decimal>>");
    private static final byte[] BULLETED = ascii("<</O/List/ListNumbering/Disc>>");

    /** A mark for a document without a structure tree: notes nothing. */
    private static final VerticalPositionMark NO_PART = new VerticalPositionMark();

    /**
     * An element of the tree: its type, its parent and its kids (elements, and marked content by
     * page and id) in reading order, until it is written; then only its object number is used.
     */
    static final class Tag {
        private final PdfName type;
        /** The object number of its parent: an element's, or the root's. */
        private final int parent;
        private final int number;
        private byte[] attributes;
        private PdfString alternative;
        /** The language of its text where it is not the document's, its Lang; else null. */
        private PdfString language;
        /** The text drawn for it so far, as read, while it may need it as its actual text; else null. */
        private String text;
        /** Whether {@link #text} is written as its actual text. */
        private boolean actual;
        /**
         * {@link Tag}s and {@link Mark}s; null until it has one, and again once written, and
         * while its only kid is {@link #onlyMark}.
         */
        private List<Object> kids;
        /** The page (from 0) of its first marked content, its Pg; -1 until it has some. */
        private int page = -1;
        /**
         * The id on {@link #page} of its marked content while that is its only kid, as in most
         * cells and paragraphs; else -1. Saves a list and a mark for each.
         */
        private int onlyMark = -1;
        private boolean written;

        private Tag(PdfName type, int parent, int number) {
            this.type = type;
            this.parent = parent;
            this.number = number;
        }

        private void add(Object kid) {
            if (kids == null) {
                kids = new ArrayList<>(2);
                if (onlyMark >= 0) {
                    kids.add(new Mark(page, onlyMark));
                    onlyMark = -1;
                }
            }
            kids.add(kid);
        }

        private void mark(int onPage, int id) {
            if (page < 0) {
                page = onPage;
                if (kids == null) {
                    onlyMark = id;
                    return;
                }
            }
            add(new Mark(onPage, id));
        }
    }

    /** Marked content of an element: its id on its page. */
    private record Mark(int page, int id) {}

    /** An annotation of an element (a Link's): its page and its object number. */
    private record Annotation(int page, int number) {}

    private final PdfWriter writer;
    /** The object number of the StructTreeRoot. */
    private final int root;
    private final Tag document;
    private final List<Object> drawn = new ArrayList<>();
    /** How many of the Document's kids {@link #writeDrawn()} has seen. */
    private int writtenKids;
    /** What {@link #copy} copies into, reused from table to table. */
    private byte[] scratch = new byte[1 << 16];
    /** Where an element's bytes are put together before OpenPDF writes them: one for them all. */
    private final ByteBuffer bytes = new ByteBuffer(256);
    /** Where {@link #digits} writes a number's digits, right-aligned. */
    private final byte[] digits = new byte[10];
    /** The page whose marked content is being numbered, from 0; -1 before the first. */
    private int markedPage = -1;
    /** The object number of each marked-content id's element on {@link #markedPage}, by id. */
    private int[] owners = new int[64];
    private int nextId;
    /** The parent-tree key of {@link #markedPage}'s marked content; -1 before the first. */
    private int pageKey = -1;
    /** The object number {@link #finishPage()} writes {@link #markedPage}'s parent-tree array as. */
    private int pageArray;
    /** The next key of the parent tree. */
    private int nextKey;
    /** The object number each key of the leaf being filled stands for, from key {@link #leafStart} on. */
    private final int[] leaf = new int[LEAF];
    private int leafStart;
    /** The object number of each leaf written. */
    private int[] leaves = new int[16];
    private int leafCount;

    private StructureTree(PdfWriter writer, int root, Tag document) {
        this.writer = writer;
        this.root = root;
        this.document = document;
    }

    /**
     * The tree of {@code writer}'s document, made once it is open and before anything is drawn;
     * the catalog names it, and every page its entry in its parent tree.
     */
    static StructureTree of(ReproducibleWriter writer) {
        PdfIndirectReference root = writer.getPdfIndirectReference();
        PdfDictionary markInfo = new PdfDictionary();
        markInfo.put(PdfName.MARKED, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.MARKINFO, markInfo);
        writer.getExtraCatalog().put(PdfName.STRUCTTREEROOT, root);
        Tag document = new Tag(DOCUMENT, root.getNumber(), writer.getPdfIndirectReference().getNumber());
        StructureTree tree = new StructureTree(writer, root.getNumber(), document);
        writer.tag(tree);
        return tree;
    }

    /**
     * No tree, for a document laid out the same way without tags, which is what measuring the
     * cost of tagging compares with: every element it hands out is null, and null stands for
     * "not tagged" wherever an element is taken.
     */
    static StructureTree none(PdfWriter writer) {
        return new StructureTree(writer, 0, null);
    }

    /** Whether the document is tagged. */
    boolean tagged() {
        return document != null;
    }

    /** The Document element, the root of the report's elements; null if not {@link #tagged()}. */
    Tag document() {
        return document;
    }

    /** A new element of {@code type}, the last child of {@code parent} so far; null under a null parent. */
    Tag add(Tag parent, PdfName type) {
        if (parent == null) {
            return null;
        }
        Tag element = new Tag(type, parent.number, writer.getPdfIndirectReference().getNumber());
        parent.add(element);
        return element;
    }

    /** A heading of level {@code level}, H1 to H6 (a deeper one is an H6). */
    Tag heading(Tag parent, int level) {
        return add(parent, HEADINGS[Math.clamp(level, 1, 6) - 1]);
    }

    private static final PdfName[] HEADINGS = {PdfName.H1, PdfName.H2, PdfName.H3, PdfName.H4, PdfName.H5,
        PdfName.H6};

    /** A list, its items numbered ({@code numbered} true) or bulleted. */
    Tag list(Tag parent, boolean numbered) {
        Tag list = add(parent, LIST);
        if (list != null) {
            list.attributes = numbered ? NUMBERED : BULLETED;
        }
        return list;
    }

    /** A header cell for its column ({@code column} true) or its row. */
    Tag headerCell(Tag row, boolean column) {
        Tag cell = add(row, HEADER_CELL);
        if (cell != null) {
            cell.attributes = column ? COLUMN_HEADER : ROW_HEADER;
        }
        return cell;
    }

    /** A figure with {@code alt} as its text alternative. */
    Tag figure(Tag parent, String alt) {
        Tag figure = add(parent, FIGURE);
        if (figure != null) {
            figure.alternative = new PdfString(alt, PdfObject.TEXT_UNICODE);
        }
        return figure;
    }

    /**
     * Marks {@code element} (none if null) as holding text in {@code language}, a BCP 47 tag, where there is one: its
     * Lang (ISO 32000-1 14.9.2), which all under it inherit, so that a screen reader reads a plan's Welsh text in a
     * Welsh voice and the report's own words, unmarked, in the document's language (PDF/UA-1 7.2, WCAG 3.1.2).
     */
    static void language(Tag element, Optional<String> language) {
        if (element != null && language.isPresent()) {
            element.language = new PdfString(language.get());
        }
    }

    /**
     * Notes {@code drawn}, text drawn for {@code element} (its paragraphs each ending in a line
     * break, as {@link DocumentFonts#takeDrawnText()} gives them), and gives the element its
     * whole text as its actual text (ISO 32000-1 14.9.4) where reading its glyphs back would not
     * give the text as written: where they were reordered right to left or shaped, or a character
     * no font has was drawn as U+FFFD ({@code unlikeGlyphs}: read as itself, run 98 #1), and
     * wherever a line may break between two words. OpenPDF drops the
     * space at the end of a line it breaks (BidiLine trims it), and ends a paragraph with nothing
     * at all, so a tool that reads the structure tree's marked content as it is (PAC, text
     * export, screen readers) would read "Responsible function" in a narrow column as
     * "Responsiblefunction", and a status and its reason, drawn as two paragraphs, as one word.
     * The actual text keeps every space, and puts one between paragraphs; what is drawn is
     * unchanged. Text of one word needs none, as no line breaks between words in it.
     */
    static void noteText(Tag element, String drawn, boolean unlikeGlyphs) {
        int end = drawn.length();
        while (end > 0 && drawn.charAt(end - 1) == '\n') {
            end--;
        }
        String piece = drawn.substring(0, end).replace('\n', ' ');
        element.text = element.text == null ? piece : element.text + piece;
        if (unlikeGlyphs || hasSpace(piece)) {
            element.actual = true;
        }
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Begins, in {@code canvas} on the current page, a marked-content sequence of
     * {@code element}'s ({@code /TD <</MCID 7>> BDC}), for the caller to end ({@code EMC}).
     */
    void mark(PdfContentByte canvas, Tag element) {
        int page = writer.getCurrentPageNumber() - 1;
        if (page != markedPage) {
            finishPage();
            markedPage = page;
            pageArray = writer.getPdfIndirectReference().getNumber();
            pageKey = key(pageArray);
        }
        int id = nextId++;
        if (id == owners.length) {
            owners = Arrays.copyOf(owners, id * 2);
        }
        owners[id] = element.number;
        element.mark(page, id);
        ByteBuffer content = canvas.getInternalBuffer().append(element.type.getBytes()).append(" <</MCID ");
        digits(content, id).append(">> BDC\n");
    }

    /** Writes the parent-tree array of the page being marked: the element of each of its ids. */
    private void finishPage() {
        if (markedPage < 0) {
            return;
        }
        bytes.reset();
        bytes.append('[');
        for (int id = 0; id < nextId; id++) {
            reference(owners[id]);
        }
        bytes.append(']');
        writeBytes(PdfObject.ARRAY, pageArray);
        nextId = 0;
    }

    /**
     * The parent-tree key of page {@code page}'s (from 0) marked content, for its
     * {@code /StructParents}; -1 if it has none. Asked as the page is written, before the next
     * page's content is marked.
     */
    int pageKey(int page) {
        return page == markedPage ? pageKey : -1;
    }

    /**
     * Ties {@code annotation}, about to be placed on the current page, to {@code link}: the element
     * names it by an object reference, and it names the element through its {@code /StructParent}.
     */
    void annotate(Tag link, PdfAnnotation annotation) {
        int number = annotation.getIndirectReference().getNumber();
        link.add(new Annotation(writer.getCurrentPageNumber() - 1, number));
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key(link.number)));
    }

    /** The next key of the parent tree, standing for the object numbered {@code number}. */
    private int key(int number) {
        int key = nextKey++;
        leaf[key - leafStart] = number;
        if (nextKey - leafStart == LEAF) {
            writeLeaf();
        }
        return key;
    }

    /** Writes the keys given since the last leaf as a leaf of the parent tree. */
    private void writeLeaf() {
        bytes.reset();
        digits(bytes.append("<</Limits["), leafStart);
        digits(bytes.append(' '), nextKey - 1).append("]/Nums[");
        for (int key = leafStart; key < nextKey; key++) {
            digits(bytes.append(' '), key);
            reference(leaf[key - leafStart]);
        }
        bytes.append("]>>");
        if (leafCount == leaves.length) {
            leaves = Arrays.copyOf(leaves, leafCount * 2);
        }
        leaves[leafCount++] = writeBytes(PdfObject.DICTIONARY);
        leafStart = nextKey;
    }

    /**
     * An element to put in a cell before the content that belongs to {@code element}: it draws
     * nothing and takes no room, but notes, when the cell is drawn, where in the page's content
     * that content starts, for the table's {@link TableMarks} to read.
     */
    VerticalPositionMark part(Tag element) {
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
    VerticalPositionMark label(Tag label, Tag next, Marker marker) {
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
     * Writes {@code element} and everything under it to the file now; its parent then names it
     * by its reference. Only for elements whose content is all drawn: content drawn for it later
     * would be lost.
     */
    void write(Tag element) {
        if (element != null && !element.written) {
            writeTree(element);
        }
    }

    /**
     * Writes every element of the Document made since the last call, with all under it: to call
     * when all the content drawn so far is on its pages, so that the tree of a long report does
     * not wait in memory for the document to close.
     */
    void writeDrawn() {
        if (document == null || document.kids == null) {
            return;
        }
        for (; writtenKids < document.kids.size(); writtenKids++) {
            if (document.kids.get(writtenKids) instanceof Tag kid && !kid.written) {
                writeTree(kid);
            }
        }
    }

    /** Writes {@code element}'s kids not yet written, then {@code element}. */
    private void writeTree(Tag element) {
        if (element.kids != null) {
            for (Object kid : element.kids) {
                if (kid instanceof Tag tag && !tag.written) {
                    writeTree(tag);
                }
            }
        }
        bytes.reset();
        bytes.append("<</S").append(element.type.getBytes()).append("/P");
        reference(element.parent);
        if (element.page >= 0) {
            bytes.append("/Pg");
            reference(writer.getPageReference(element.page + 1).getNumber());
        }
        List<Object> kids = element.kids;
        if (element.onlyMark >= 0) {
            digits(bytes.append("/K "), element.onlyMark);
        } else if (kids != null) {
            bytes.append("/K");
            if (kids.size() > 1) {
                bytes.append('[');
            }
            for (Object kid : kids) {
                if (kid instanceof Tag tag) {
                    reference(tag.number);
                } else if (kid instanceof Mark mark && mark.page() == element.page) {
                    digits(bytes.append(' '), mark.id());
                } else if (kid instanceof Mark mark) {
                    // Marked content on a later page than the element's first (ISO 32000-1 table 324).
                    bytes.append("<</Type/MCR/Pg");
                    reference(writer.getPageReference(mark.page() + 1).getNumber());
                    digits(bytes.append("/MCID "), mark.id()).append(">>");
                } else if (kid instanceof Annotation annotation) {
                    // ISO 32000-1 table 325.
                    bytes.append("<</Type/OBJR/Pg");
                    reference(writer.getPageReference(annotation.page() + 1).getNumber());
                    bytes.append("/Obj");
                    reference(annotation.number());
                    bytes.append(">>");
                }
            }
            if (kids.size() > 1) {
                bytes.append(']');
            }
        }
        if (element.attributes != null) {
            bytes.append("/A").append(element.attributes);
        }
        try {
            if (element.language != null) {
                bytes.append("/Lang");
                element.language.toPdf(writer, bytes);
            }
            if (element.alternative != null) {
                bytes.append("/Alt");
                element.alternative.toPdf(writer, bytes);
            }
            if (element.actual && !element.text.isEmpty()) {
                bytes.append("/ActualText");
                new PdfString(element.text, PdfObject.TEXT_UNICODE).toPdf(writer, bytes);
            }
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        bytes.append(">>");
        writeBytes(PdfObject.DICTIONARY, element.number);
        element.written = true;
        element.kids = null;
        element.onlyMark = -1;
        element.alternative = null;
        element.language = null;
        element.text = null;
    }

    /** Appends {@code " N 0 R"}. */
    private void reference(int number) {
        digits(bytes.append(' '), number).append(" 0 R");
    }

    /**
     * Appends {@code number} (not negative) in decimal: ByteBuffer's own way makes a string of
     * it, and a tagged report writes a million of them.
     */
    private ByteBuffer digits(ByteBuffer buffer, int number) {
        int first = digits.length;
        int rest = number;
        do {
            digits[--first] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        return buffer.append(digits, first, digits.length - first);
    }

    /**
     * Writes what is left of the tree, the parent tree and the root: to call once the whole
     * report is laid out, before the document closes.
     */
    void close() {
        if (document == null) {
            return;
        }
        writeDrawn();
        writeTree(document);
        finishPage();
        if (nextKey > leafStart) {
            writeLeaf();
        }
        bytes.reset();
        bytes.append(leafCount == 0 ? "<</Nums[" : "<</Kids[");
        for (int i = 0; i < leafCount; i++) {
            reference(leaves[i]);
        }
        bytes.append("]>>");
        int parentTreeNumber = writeBytes(PdfObject.DICTIONARY);
        bytes.reset();
        bytes.append("<</Type/StructTreeRoot/K");
        reference(document.number);
        bytes.append("/ParentTree");
        reference(parentTreeNumber);
        digits(bytes.append("/ParentTreeNextKey "), nextKey).append(">>");
        writeBytes(PdfObject.DICTIONARY, root);
    }

    private int writeBytes(int type) {
        int number = writer.getPdfIndirectReference().getNumber();
        writeBytes(type, number);
        return number;
    }

    /** Writes {@link #bytes} as the object numbered {@code number}. */
    private void writeBytes(int type, int number) {
        try {
            // Not in an object stream: compressing hundreds of thousands of small dictionaries cost
            // a 10k-row action plan more time than the smaller file saved (BENCHMARKS.md).
            writer.addToBody(new Written(type, bytes), number, false);
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
    }

    /** An object whose bytes the tree made, written as they are. */
    private static final class Written extends PdfObject {
        private final ByteBuffer content;

        Written(int type, ByteBuffer content) {
            super(type);
            this.content = content;
        }

        @Override
        public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
            os.write(content.getBuffer(), 0, content.size());
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
