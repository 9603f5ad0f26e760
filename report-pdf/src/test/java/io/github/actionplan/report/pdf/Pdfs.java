package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Rendering and reading back PDFs in tests, with PDFBox. */
final class Pdfs {

    private Pdfs() {}

    /** What a render gave: the bytes and the warnings. */
    record Rendered(byte[] bytes, List<String> warnings) {}

    static Rendered render(Report report) {
        return render(report, RenderOptions.builder());
    }

    static Rendered render(Report report, RenderOptions.Builder options) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfReportRenderer().render(report, options.warnings(warnings::add).build(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(out.toByteArray(), List.copyOf(warnings));
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of pages {@code from} to {@code to} (1-based, inclusive), in the order it was
     * written: cell by cell, so each cell's lines stay together. Sorting by position would
     * interleave the lines of cells side by side.
     */
    static String text(byte[] pdf, int from, int to) {
        return text(pdf, from, to, false);
    }

    /**
     * The content text in reading order, as a screen reader gets it: the structure tree's text in
     * tree order ({@link StructureText}), so without artifacts (the running header, page numbers
     * and the header rows a table repeats on later pages), with the parts of a table cell that
     * runs across a page break together, and each element's actual text where it has one.
     */
    static String contentText(byte[] pdf) {
        return String.join("\n", StructureText.read(pdf).stream().map(StructureText.Node::allText).toList());
    }

    /** The text in the order it appears on the page, line by line across the page. */
    static String sortedText(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE, true);
    }

    /** The text of page {@code page} (1-based) as {@link #sortedText(byte[])} reads it. */
    static String sortedText(byte[] pdf, int page) {
        return text(pdf, page, page, true);
    }

    private static String text(byte[] pdf, int from, int to, boolean sorted) {
        try (PDDocument document = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC, with all white space removed: forced line breaks inside long words split them. */
    static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** Every font of every page, in page content and in form XObjects (chart, page-number template). */
    static List<PDFont> fonts(byte[] pdf) {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = load(pdf)) {
            Set<PDResources> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, seen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<PDResources> seen)
            throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    /** One glyph as PDFBox saw it: its text, font, size in points, position and fill colour. */
    record Glyph(String text, String font, float size, float x, float y, float width, int page, float[] colour) {}

    /** Every glyph of the document, with the colour it was filled with. */
    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // The text stripper ignores colour operators unless told to follow them.
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    float[] colour;
                    try {
                        colour = getGraphicsState().getNonStrokingColor().getComponents();
                    } catch (RuntimeException e) {
                        colour = new float[0];
                    }
                    glyphs.add(new Glyph(text.getUnicode(), text.getFont().getName(), text.getFontSizeInPt(),
                            text.getXDirAdj(),
                            text.getYDirAdj(), text.getWidthDirAdj(), getCurrentPageNo(), colour));
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** The glyphs that spell {@code word}, the first time it occurs on a page. */
    static List<Glyph> find(List<Glyph> glyphs, String word) {
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            StringBuilder text = new StringBuilder();
            int j = i;
            while (j < glyphs.size() && text.length() < word.length()) {
                text.append(glyphs.get(j).text());
                j++;
            }
            if (text.toString().equals(word)) {
                return glyphs.subList(i, j);
            }
        }
        throw new AssertionError("'" + word + "' is not in the PDF");
    }
}
