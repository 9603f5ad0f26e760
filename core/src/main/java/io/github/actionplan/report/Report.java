package io.github.actionplan.report;

import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report, ready to lay out: what every {@link io.github.actionplan.report.spi.ReportRenderer}
 * receives.
 *
 * <p>Every figure, status, colour, label, sort order, display string, chapter, page orientation
 * and choice of what to show in a report was decided in core; a renderer only lays the chapters
 * out, so all formats agree and a new format is small. All text has passed through
 * {@link ReportText#clean(String)}. {@link #texts()} lists every string a rendered file shows,
 * but for the {@link #layoutWords()} a format writes where it needs them.
 *
 * <pre>{@code
 * PlanAssessment assessment = Assessor.standard().assess(plan, LocalDate.of(2023, 11, 1));
 * Report report = ReportTemplates.summary().build(assessment);
 * }</pre>
 *
 * @param title    the report's title
 * @param subtitle a line under the title, e.g. "Derbyshire Fire &amp; Rescue Service, as of 1
 *                 November 2023"; empty for none
 * @param asOf     the reporting date every status was worked out at
 * @param period   the reporting period, where the plan gives one
 * @param metadata the document properties
 * @param chapters the chapters, in reading order
 * @param layoutWords the words a renderer writes beyond the report's texts, where its format needs them
 * @param titleLanguage the language of the title, a language tag, where it is not the report's ({@link
 *                 DocumentMetadata#language()}): a title that is a plan's own, in Welsh, in a report whose words
 *                 are English, so that a screen reader reads it in a Welsh voice (WCAG 3.1.2); empty for the
 *                 report's
 */
public record Report(String title, String subtitle, LocalDate asOf, Optional<ReportingPeriod> period,
        DocumentMetadata metadata, List<Chapter> chapters, LayoutWords layoutWords, Optional<String> titleLanguage) {

    /** Copies the chapters and cleans the texts. */
    public Report {
        title = ReportText.clean(Objects.requireNonNull(title, "title"));
        subtitle = ReportText.clean(Objects.requireNonNull(subtitle, "subtitle"));
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metadata, "metadata");
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(layoutWords, "layoutWords");
        Objects.requireNonNull(titleLanguage, "titleLanguage").ifPresent(LanguageTags::checked);
    }

    /** A report whose title is in the report's language. */
    public Report(String title, String subtitle, LocalDate asOf, Optional<ReportingPeriod> period,
            DocumentMetadata metadata, List<Chapter> chapters, LayoutWords layoutWords) {
        this(title, subtitle, asOf, period, metadata, chapters, layoutWords, Optional.empty());
    }

    /** A report with the {@linkplain LayoutWords#standard() standard layout words}. */
    public Report(String title, String subtitle, LocalDate asOf, Optional<ReportingPeriod> period,
            DocumentMetadata metadata, List<Chapter> chapters) {
        this(title, subtitle, asOf, period, metadata, chapters, LayoutWords.standard());
    }

    /**
     * A copy whose rendered files say this about themselves (their document properties), as a service sets its own
     * author or keywords: {@code report.withMetadata(DocumentMetadata.asOf(report.asOf(), report.title(),
     * "Performance Team", "Quarterly update", List.of("HMICFRS")))}. What the report shows is unchanged.
     */
    public Report withMetadata(DocumentMetadata metadata) {
        return new Report(title, subtitle, asOf, period, metadata, chapters, layoutWords, titleLanguage);
    }

    /**
     * Every string a rendered file of this report shows, in reading order: the title, the
     * subtitle, then each chapter's heading and its sections' {@link Section#texts()}.
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        if (!subtitle.isEmpty()) {
            texts.add(subtitle);
        }
        chapters.forEach(chapter -> texts.addAll(chapter.texts()));
        return List.copyOf(texts);
    }

    /** Every section of every chapter, in reading order, chapter headings left out. */
    public List<Section> sections() {
        return chapters.stream().flatMap(chapter -> chapter.sections().stream()).toList();
    }

    /** The sections that are tables, in reading order (a status summary's or legend's table not included). */
    public List<Section.Table> tables() {
        return sections().stream()
                .filter(Section.Table.class::isInstance)
                .map(Section.Table.class::cast)
                .toList();
    }
}
