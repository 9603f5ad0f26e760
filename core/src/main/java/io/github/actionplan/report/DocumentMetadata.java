package io.github.actionplan.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What a rendered file says about itself: its document properties. A format that has them writes each
 * (DOCX's core properties, a PDF's document information and XMP, an HTML page's {@code <title>},
 * {@code lang} and {@code <meta>} elements, a workbook's properties), the language where a reader's tools
 * choose a voice or dictionary by it; a format with none (CSV, Markdown, plain text) leaves them out, as
 * what it shows of the report is in its texts already.
 *
 * @param title    the document title
 * @param author   the author, usually the organisation
 * @param subject  a one-line subject
 * @param keywords keywords
 * @param language the language of the report's own words, a language tag: {@code en-GB}, as the templates' words
 *                 are; a plan's texts in another language are marked as such ({@link Block.Paragraph#language()})
 * @param created  the creation time written into the file. It is derived from the reporting
 *                 date, never the clock, so the same plan, date and options give the same bytes.
 */
public record DocumentMetadata(String title, String author, String subject, List<String> keywords,
        String language, OffsetDateTime created) {

    /** The templates' words are British English: a plan's texts in another language are marked as such. */
    static final String BRITISH_ENGLISH = "en-GB";

    /** Copies the keywords and cleans the texts. */
    public DocumentMetadata {
        title = ReportText.clean(Objects.requireNonNull(title, "title"));
        author = ReportText.clean(Objects.requireNonNull(author, "author"));
        subject = ReportText.clean(Objects.requireNonNull(subject, "subject"));
        keywords = keywords.stream().map(ReportText::clean).toList();
    }

    /**
     * The metadata of a file made from plans as of {@code date}: in British English, created at the start of that
     * day in UTC, so the file's bytes depend on the date and not on the clock or the machine's time zone.
     */
    public static DocumentMetadata asOf(LocalDate date, String title, String author, String subject,
            List<String> keywords) {
        return new DocumentMetadata(title, author, subject, keywords, BRITISH_ENGLISH,
                date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
