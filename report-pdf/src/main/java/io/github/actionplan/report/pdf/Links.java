package io.github.actionplan.report.pdf;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.openpdf.text.Chunk;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Web addresses drawn as links (ISO 32000-1 12.5.6.5, PDF/UA-1 7.18.5): a link annotation over the
 * address's text on each line it takes, opening the address, and, in a tagged document, a Link
 * element holding that text as marked content of its own and each annotation as an object
 * reference (14.7.4.3), the annotation naming the element through the parent tree.
 *
 * <p>How: each chunk of an address's text carries an annotation for OpenPDF to copy and place over
 * the chunk on every line it is drawn on ({@link Chunk#setAnnotation}), and a horizontal scaling of
 * 1, which draws nothing different but makes OpenPDF set the text matrix just before the chunk's
 * text and just after it. OpenPDF writes a paragraph's lines as one text object into a content
 * buffer of its own ({@link Canvas}, every buffer of the document being one); when a copy of the
 * annotation is placed ({@link ReproducibleWriter#addAnnotation}), the next text matrix set is the
 * one before the address, and the next after that the one after it. There the buffer ends the
 * text object and the marked-content sequence it is in, begins the Link's, and after the address
 * goes back to the element the paragraph's text goes on in, setting the text matrix again, since
 * a text object starts with its own. A marked-content sequence cannot begin in one text object
 * and end in another (ISO 32000-1 14.6), nor the Link's sit inside the paragraph's.
 */
final class Links {

    /** The key under which an annotation made here carries its {@link Target} until it is placed. */
    private static final PdfName TARGET = new PdfName("ActionplanLinkTarget");
    private static final byte[] END_TEXT = "ET\nEMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BEGIN_TEXT = "BT\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * What an address's annotations and text belong to: the Link element, and the element the text
     * after the address goes on in; both null in a document without tags.
     */
    static final class Target extends PdfObject {
        private final StructureTree.Tag link;
        private final StructureTree.Tag after;

        private Target(StructureTree.Tag link, StructureTree.Tag after) {
            // Of any type but null, which a dictionary drops.
            super(PdfObject.NAME);
            this.link = link;
            this.after = after;
        }

        @Override
        public void toPdf(PdfWriter writer, OutputStream os) {
            throw new IllegalStateException("a link's target is taken off its annotation before it is written");
        }
    }

    private StructureTree tree;
    /** The target of the annotation placed last, until its text's first text matrix is set. */
    private Target placed;
    /** The buffer drawing a link's text and that link's target, until its last text matrix is set. */
    private Canvas drawing;
    private Target drawingTarget;

    /** Ties links to {@code tree} from now on: a tagged document's, once it is open. */
    void tag(StructureTree tree) {
        this.tree = tree;
    }

    /**
     * Makes {@code chunk} (a piece of an address's text) a link to {@code address}: with {@code link}
     * its element and {@code after} the element the text after it goes on in, both null if untagged.
     */
    static void makeLink(PdfWriter writer, Chunk chunk, String address, StructureTree.Tag link,
            StructureTree.Tag after) {
        // OpenPDF's link annotation has a border 0 wide: no visible box, the text says where it goes.
        PdfAnnotation annotation = new PdfAnnotation(writer, 0, 0, 0, 0, new PdfAction(address));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        // The address itself, not "Link to ...": assistive technology names the role already.
        annotation.put(PdfName.CONTENTS, new PdfString(address, PdfObject.TEXT_UNICODE));
        annotation.put(TARGET, new Target(link, after));
        chunk.setAnnotation(annotation);
        chunk.setHorizontalScaling(1);
    }

    /**
     * Takes the target off {@code annotation}, about to be placed on the current page, and ties the
     * two in the structure tree. Does nothing to an annotation not made by {@link #makeLink}.
     */
    void placing(PdfAnnotation annotation) {
        if (!(annotation.get(TARGET) instanceof Target target)) {
            return;
        }
        annotation.remove(TARGET);
        if (tree != null && target.link != null) {
            tree.annotate(target.link, annotation);
            placed = target;
        }
    }

    /**
     * A content buffer that ends and begins marked content where a link's text begins and ends; every
     * buffer OpenPDF makes from it is one too.
     */
    final class Canvas extends PdfContentByte {

        Canvas(PdfWriter writer) {
            super(writer);
        }

        @Override
        public PdfContentByte getDuplicate() {
            return new Canvas(writer);
        }

        @Override
        public void setTextMatrix(float a, float b, float c, float d, float x, float y) {
            if (placed != null) {
                drawingTarget = placed;
                placed = null;
                drawing = this;
                content.append(END_TEXT);
                tree.mark(this, drawingTarget.link);
                content.append(BEGIN_TEXT);
                super.setTextMatrix(a, b, c, d, x, y);
            } else if (drawing == this) {
                drawing = null;
                super.setTextMatrix(a, b, c, d, x, y);
                content.append(END_TEXT);
                tree.mark(this, drawingTarget.after);
                content.append(BEGIN_TEXT);
                super.setTextMatrix(a, b, c, d, x, y);
                tree.drawn().add(new TableMarks.Switch(drawingTarget.after));
                drawingTarget = null;
            } else {
                super.setTextMatrix(a, b, c, d, x, y);
            }
        }
    }
}
