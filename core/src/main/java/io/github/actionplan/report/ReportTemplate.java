package io.github.actionplan.report;

import io.github.actionplan.rules.PlanAssessment;

/**
 * Turns an assessed plan into a {@link Report}. A template builds from the assessment alone, so
 * the report shows the statuses of the rule the caller chose, and its legend describes that rule.
 * The templates core ships are in {@link ReportTemplates}, each adjustable (title, words, columns,
 * items, parts, order, orientation); a template of your own is a lambda, and can reuse the
 * standard parts in {@link StandardSections}:
 *
 * <pre>{@code
 * ReportTemplate headline = assessment -> new Report("Headline", "", assessment.asOf(),
 *         assessment.plan().period(), StandardSections.metadata(assessment, "Headline", "Where we stand"),
 *         List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(
 *                 StandardSections.statusSummary(assessment),
 *                 StandardSections.legend(assessment)))));
 * }</pre>
 */
@FunctionalInterface
public interface ReportTemplate {

    /** The report of {@code assessment}: a plan assessed at a reporting date. */
    Report build(PlanAssessment assessment);
}
