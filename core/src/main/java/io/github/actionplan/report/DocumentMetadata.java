package io.github.actionplan.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a rendered file says about itself: its document properties.
 *
 * @param title    the document title
 * @param author   the author, usually the organisation
 * @param subject  a one-line subject
 * @param keywords keywords
 * @param language the language tag, {@code en-GB}
 * @param created  the creation time written into the file. It is derived from the reporting
 *                 date, never the clock, so the same plan, date and options give the same bytes.
 */
public record DocumentMetadata(String title, String author, String subject, List<String> keywords,
        String language, OffsetDateTime created) {

    /** Copies the keywords and cleans the texts. */
    public DocumentMetadata {
        title = ReportText.clean(title);
        author = ReportText.clean(author);
        subject = ReportText.clean(subject);
        keywords = keywords.stream().map(ReportText::clean).toList();
    }
}
