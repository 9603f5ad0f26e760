package io.github.actionplan.report.docx;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.TextNormalisation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Test helpers: render a report, read it back, list the strings it must contain. */
final class Rendered {

    private Rendered() {}

    /**
     * A table cell's fill: its own, or, in a row that may split across pages, the status fill behind its words
     * ({@code Layout.fillBehindWordsOnly}); null for none.
     */
    static String fill(XWPFTableCell cell) {
        if (cell.getColor() != null) {
            return cell.getColor();
        }
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP first = cell.getParagraphs().getFirst().getCTP();
        return first.isSetPPr() && first.getPPr().isSetShd() ? first.getPPr().getShd().xgetFill().getStringValue()
                : null;
    }

    static byte[] bytes(Report report) {
        return bytes(report, RenderOptions.defaults());
    }

    static byte[] bytes(Report report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxReportRenderer().render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument document(Report report) {
        return open(bytes(report));
    }

    /** A short, readable fingerprint of a file, for comparing files in assertions. */
    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] bytes) {
        try (XWPFDocument document = open(bytes); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text compared the way the contract kit compares it ({@link TextNormalisation}: NFC, no white
     * space of any kind, no-break spaces included), and without the bidirectional marks a PDF text
     * extractor adds around right-to-left words.
     */
    static String folded(String text) {
        return TextNormalisation.normalise(text).replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    /** Every string of a report that a reader must find in the document: core's list, blanks left out. */
    static List<String> strings(Report report) {
        return report.texts().stream().filter(string -> !string.isBlank()).toList();
    }

    /**
     * The sections of a report as this renderer draws them, in order: each chapter's heading as a
     * level-1 heading, then its sections, a section of a type the renderer does not know replaced
     * by its fallback.
     */
    static List<Section> drawn(Report report) {
        List<Section> drawn = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            if (!chapter.heading().isEmpty()) {
                drawn.add(new Section.Heading(1, chapter.heading()));
            }
            for (Section section : chapter.sections()) {
                if (KNOWN.stream().anyMatch(type -> type.isInstance(section))) {
                    drawn.add(section);
                } else {
                    drawn.addAll(section.fallback());
                }
            }
        }
        return drawn;
    }

    /**
     * The headings drawn, in order: the chapters' and the report's own, and the titles core makes headings, a
     * table's and a status summary's.
     */
    static List<Section.Heading> headings(Report report) {
        List<Section.Heading> headings = new ArrayList<>();
        for (Section section : drawn(report)) {
            switch (section) {
                case Section.Heading heading -> headings.add(heading);
                case Section.Table table -> table.heading().ifPresent(headings::add);
                case Section.StatusSummary summary -> summary.heading().ifPresent(headings::add);
                case Section.Legend legend -> legend.table().heading().ifPresent(headings::add);
                default -> { }
            }
        }
        return headings;
    }

    private static final List<Class<? extends Section>> KNOWN = List.of(Section.Heading.class,
            Section.NarrativeText.class, Section.Table.class, Section.KeyFacts.class, Section.StatusSummary.class,
            Section.Legend.class);

    /** The tables drawn, each with a header row, in order: the key facts', the report's own, the status summary's and the legend's. */
    static List<Section.Table> tablesWithHeaders(Report report) {
        List<Section.Table> tables = new ArrayList<>();
        for (Section section : drawn(report)) {
            switch (section) {
                case Section.Table table -> tables.add(table);
                case Section.KeyFacts facts when !facts.facts().isEmpty() -> tables.add(facts.table());
                case Section.StatusSummary summary -> tables.add(summary.table());
                case Section.Legend legend -> tables.add(legend.table());
                default -> { }
            }
        }
        return tables;
    }

    /** A body element and whether the section it is in has landscape pages. */
    record Placed(IBodyElement element, boolean landscape) {}

    /** Every body element with the orientation of the section it is in. */
    static List<Placed> placed(XWPFDocument document) {
        List<IBodyElement> pending = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            pending.add(element);
            if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                boolean landscape = isLandscape(p.getCTP().getPPr().getSectPr());
                pending.forEach(e -> placed.add(new Placed(e, landscape)));
                pending.clear();
            }
        }
        boolean landscape = isLandscape(document.getDocument().getBody().getSectPr());
        pending.forEach(e -> placed.add(new Placed(e, landscape)));
        return placed;
    }

    /** Whether a section's pages are landscape. */
    static boolean isLandscape(CTSectPr section) {
        return section.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
    }

    /** An image of {@code width} by {@code height} pixels in {@code format} ("png", "jpeg"): a red band on white. */
    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xB1, 0x0E, 0x1E));
        graphics.fillRect(0, height / 4, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A narrative with a hard line break inside a paragraph, which markdown fixtures cannot spell. */
    static Narrative withLineBreak(String first, String second) {
        return new Narrative(List.of(new Block.Paragraph(List.of(
                io.github.actionplan.report.Inline.Span.plain(first),
                new io.github.actionplan.report.Inline.LineBreak(),
                io.github.actionplan.report.Inline.Span.plain(second)))));
    }

    /** Every paragraph of the document's body, those in its tables' cells included, in the body's order. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }
}
