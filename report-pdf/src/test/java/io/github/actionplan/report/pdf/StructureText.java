package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as PDFBox reads it, each element with the text of its marked
 * content, as a screen reader walks it: in tree order, an element's actual text standing for its
 * content, a figure read as its alternative text.
 */
final class StructureText {

    /**
     * One structure element: its type, its own text, its table scope if any, its kids, the text
     * of its own marked content as drawn, which its actual text, where it has one, stands for, and
     * its own Lang, null if it has none (it then has its parent's).
     */
    record Node(String type, String text, String scope, List<Node> kids, String marked, String language) {

        /** This node and every node under it, depth first, in tree order. */
        List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            kids.forEach(kid -> all.addAll(kid.flatten()));
            return all;
        }

        /** The text of this node and all under it, each element's text on lines of its own. */
        String allText() {
            StringBuilder out = new StringBuilder(text);
            for (Node kid : kids) {
                String kidText = kid.allText();
                if (!kidText.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(kidText);
                }
            }
            return out.toString();
        }
    }

    private StructureText() {}

    /** The document's structure tree: the root's kids. */
    static List<Node> read(byte[] pdf) {
        return read(pdf, true);
    }

    /**
     * The document's structure tree as tools that read only the structure and its marked content
     * see it (PAC's screen-reader preview, text export): each element's glyphs joined as they are,
     * with no space or line break guessed from where they are drawn.
     */
    static List<Node> readAsMarked(byte[] pdf) {
        return read(pdf, false);
    }

    private static List<Node> read(byte[] pdf, boolean guessBreaks) {
        try (PDDocument document = Pdfs.load(pdf)) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                throw new AssertionError("the PDF has no structure tree");
            }
            Map<String, StringBuilder> marked = markedText(document, guessBreaks);
            List<Node> nodes = new ArrayList<>();
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement element) {
                    nodes.add(node(element, document, marked, guessBreaks));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(PDStructureElement element, PDDocument document, Map<String, StringBuilder> marked,
            boolean guessBreaks) {
        String scope = null;
        for (int i = 0; i < element.getAttributes().size(); i++) {
            if (element.getAttributes().getObject(i) instanceof PDTableAttributeObject table) {
                scope = table.getScope();
            }
        }
        List<Node> kids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            switch (kid) {
                case PDStructureElement child -> kids.add(node(child, document, marked, guessBreaks));
                case Integer mcid -> append(text, marked.get(key(document, element.getPage(), mcid)), guessBreaks);
                case PDMarkedContentReference reference -> append(text,
                        marked.get(key(document, reference.getPage() == null ? element.getPage() : reference.getPage(),
                                reference.getMCID())), guessBreaks);
                default -> { }
            }
        }
        if (element.getActualText() != null) {
            return new Node(element.getStructureType(), element.getActualText().strip(), scope, List.of(),
                    text.toString(), element.getLanguage());
        }
        if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
            return new Node("Figure", element.getAlternateDescription(), scope, List.of(), text.toString(),
                    element.getLanguage());
        }
        return new Node(element.getStructureType(), text.toString(), scope, kids, text.toString(),
                element.getLanguage());
    }

    private static void append(StringBuilder text, StringBuilder part, boolean guessBreaks) {
        if (part != null && !part.isEmpty()) {
            if (guessBreaks && !text.isEmpty()) {
                text.append('\n');
            }
            text.append(part);
        }
    }

    private static String key(PDDocument document, PDPage page, int mcid) {
        return document.getPages().indexOf(page) + "/" + mcid;
    }

    /** The text of each marked-content sequence with an MCID, by page index and MCID. */
    private static Map<String, StringBuilder> markedText(PDDocument document, boolean guessBreaks)
            throws IOException {
        Map<String, StringBuilder> marked = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final Deque<String> keys = new ArrayDeque<>();
            private TextPosition previous;

            {
                setSortByPosition(false);
            }

            @Override
            public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                int mcid = properties == null ? -1 : properties.getInt(COSName.MCID);
                keys.push(mcid >= 0 ? (getCurrentPageNo() - 1) + "/" + mcid
                        : COSName.ARTIFACT.equals(tag) ? "artifact" : keys.isEmpty() ? "none" : keys.peek());
                previous = null;
                super.beginMarkedContentSequence(tag, properties);
            }

            @Override
            public void endMarkedContentSequence() {
                if (!keys.isEmpty()) {
                    keys.pop();
                }
                previous = null;
                super.endMarkedContentSequence();
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (keys.isEmpty() || keys.contains("artifact") || keys.peek().equals("none")) {
                    return;
                }
                StringBuilder out = marked.computeIfAbsent(keys.peek(), k -> new StringBuilder());
                if (guessBreaks && previous != null && !out.isEmpty()) {
                    if (Math.abs(text.getYDirAdj() - previous.getYDirAdj()) > text.getHeightDir() / 2) {
                        out.append('\n');
                    } else if (text.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                            > text.getWidthOfSpace() / 2) {
                        out.append(' ');
                    }
                }
                out.append(text.getUnicode());
                previous = text;
            }
        };
        stripper.getText(document);
        return marked;
    }
}
