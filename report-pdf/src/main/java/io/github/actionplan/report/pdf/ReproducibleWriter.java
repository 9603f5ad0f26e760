package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfIndirectObject;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPage;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PdfWriter whose trailer {@code /ID} comes from the report's content instead of the clock, whose
 * pages, once {@link #tag asked}, name their entries in the structure tree's parent tree, which
 * {@link StructureTree} writes, and whose content buffers and annotations draw web addresses as
 * {@link Links}.
 *
 * <p>OpenPDF takes the trailer ID from a {@code /FileId} entry of the document information
 * dictionary when there is one (OpenPDF PR #180), and otherwise makes a random one. That entry
 * would stay in the written dictionary as a key no PDF reader knows, so this writer leaves it out
 * of the dictionary it writes, while OpenPDF still finds it for the trailer.
 */
final class ReproducibleWriter extends PdfWriter {

    private final Links links = new Links();
    private StructureTree tree;

    private ReproducibleWriter(PdfDocument pdf, OutputStream out) {
        super(pdf, out);
        // Every buffer drawn into is made from this one (PdfContentByte.getDuplicate).
        directContent = links.new Canvas(this);
    }

    /**
     * A writer for {@code document} to {@code out}, with {@code id} (16 bytes) as both halves of
     * the trailer ID, as for a file's first version.
     */
    static ReproducibleWriter open(Document document, OutputStream out, byte[] id) {
        // What PdfWriter.getInstance does, with this class instead.
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        ReproducibleWriter writer = new ReproducibleWriter(pdf, out);
        pdf.addWriter(writer);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        return writer;
    }

    /**
     * Gives every page written from now on that has marked content its key in {@code tree}'s parent
     * tree as its {@code /StructParents} (ISO 32000-1 14.7.4.4), and ties links to {@code tree}.
     */
    void tag(StructureTree tree) {
        this.tree = tree;
        links.tag(tree);
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        // OpenPDF writes a page's dictionary as the page is finished, before its number moves on.
        if (tree != null && object instanceof PdfPage page) {
            int key = tree.pageKey(getCurrentPageNumber() - 1);
            if (key >= 0) {
                page.put(PdfName.STRUCTPARENTS, new PdfNumber(key));
            }
        }
        return super.addToBody(object, ref);
    }

    @Override
    public void addAnnotation(PdfAnnotation annotation) {
        // OpenPDF places a copy of a chunk's annotation over each line of the chunk's text here.
        links.placing(annotation);
        super.addAnnotation(annotation);
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
        if (object != getInfo()) {
            return super.addToBody(object, inObjStm);
        }
        // The information dictionary is the last object before the cross-reference stream:
        // fixed-width rows of rising offsets, one per object, which zlib's default level
        // compresses ten times slower than its fastest for a few bytes less (190 ms against
        // 20 ms for 250,000 rows, the objects of a tagged 10,000-row action plan).
        // The last object stream, flushed with it, is a few kilobytes larger.
        compressionLevel = Deflater.BEST_SPEED;
        PdfDictionary written = new PdfDictionary();
        written.putAll(getInfo());
        written.remove(PdfName.FILEID);
        return super.addToBody(written, inObjStm);
    }
}
