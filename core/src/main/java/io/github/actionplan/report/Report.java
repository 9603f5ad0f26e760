package io.github.actionplan.report;

import io.github.actionplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report, ready to lay out: what every {@link io.github.actionplan.report.spi.ReportRenderer}
 * receives.
 *
 * <p>Every figure, status, colour, label, sort order and display string in a report was decided in
 * core; a renderer only lays the sections out, so all formats agree and a new format is small.
 * All text has passed through {@link ReportText#clean(String)}.
 *
 * <pre>{@code
 * Report report = ReportTemplates.summary().build(plan, LocalDate.of(2023, 11, 1));
 * }</pre>
 *
 * @param title        the report's title
 * @param subtitle     a line under the title, e.g. "Derbyshire Fire &amp; Rescue Service, as of 1 November 2023"
 * @param organisation the organisation whose plan it is
 * @param asOf         the reporting date every status was worked out at
 * @param period       the reporting period, where the plan gives one
 * @param metadata     the document properties
 * @param sections     the sections, in reading order
 */
public record Report(String title, String subtitle, String organisation, LocalDate asOf,
        Optional<ReportingPeriod> period, DocumentMetadata metadata, List<Section> sections) {

    /** Copies the sections and cleans the texts. */
    public Report {
        title = ReportText.clean(title);
        subtitle = ReportText.clean(subtitle);
        organisation = ReportText.clean(organisation);
        sections = List.copyOf(sections);
    }

    /** The sections that are tables. */
    public List<Section.Table> tables() {
        return sections.stream()
                .filter(Section.Table.class::isInstance)
                .map(Section.Table.class::cast)
                .toList();
    }
}
