package io.github.actionplan.report.docx;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.TextNormalisation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test helpers: render a report, read it back, list the strings it must contain. */
final class Rendered {

    private Rendered() {}

    static byte[] bytes(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxReportRenderer().render(report, RenderOptions.defaults(), out);
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

    /** Every string of a report that a reader must find in the document. */
    static List<String> strings(Report report) {
        List<String> strings = new ArrayList<>();
        strings.add(report.title());
        strings.add(report.subtitle());
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading heading -> strings.add(heading.text());
                case Section.KeyFacts facts -> facts.facts().forEach(f -> {
                    strings.add(f.label());
                    strings.add(f.value());
                });
                case Section.StatusSummary summary -> {
                    strings.add(summary.title());
                    strings.add(summary.description());
                    summary.counts().forEach(c -> {
                        strings.add(c.label());
                        strings.add(String.valueOf(c.count()));
                        strings.add(c.shareText());
                    });
                }
                case Section.Table table -> {
                    strings.add(table.title());
                    table.columns().stream().map(Column::header).forEach(strings::add);
                    for (List<Cell> row : table.rows()) {
                        for (Cell cell : row) {
                            switch (cell) {
                                case Cell.NarrativeCell n -> strings.addAll(texts(n.narrative()));
                                case Cell.StatusCell s -> {
                                    strings.add(s.label());
                                    s.flag().ifPresent(strings::add);
                                    strings.add(s.reason());
                                }
                                case Cell.TimescaleCell t -> {
                                    strings.add(t.text());
                                    strings.add(t.dueText());
                                }
                                default -> strings.add(cell.text());
                            }
                        }
                    }
                }
                case Section.NarrativeText text -> strings.addAll(texts(text.narrative()));
                case Section.Legend legend -> {
                    strings.add(legend.title());
                    legend.entries().forEach(e -> {
                        strings.add(e.colourName());
                        strings.add(e.label());
                        strings.add(e.meaning());
                    });
                }
            }
        }
        strings.removeIf(String::isBlank);
        return strings;
    }

    /** A narrative's texts, each line of a paragraph with line breaks on its own. */
    private static List<String> texts(Narrative narrative) {
        List<String> texts = new ArrayList<>();
        for (String text : narrative.texts()) {
            texts.addAll(List.of(text.split("\n")));
        }
        return texts;
    }

    /** A narrative with a hard line break inside a paragraph, which markdown fixtures cannot spell. */
    static Narrative withLineBreak(String first, String second) {
        return new Narrative(List.of(new Block.Paragraph(List.of(
                io.github.actionplan.report.Inline.Span.plain(first),
                new io.github.actionplan.report.Inline.LineBreak(),
                io.github.actionplan.report.Inline.Span.plain(second)))));
    }
}
