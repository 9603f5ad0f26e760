package io.github.actionplan.report;

import io.github.actionplan.rules.PlanAssessment;

/**
 * The parts every standard template shows, for templates of your own: the key facts, the status
 * summary, the legend and the document properties, in the standard templates' words.
 */
public final class StandardSections {

    private StandardSections() {}

    /** Organisation, reporting date and period, source, number of items, overall progress. */
    public static Section.KeyFacts keyFacts(PlanAssessment assessment) {
        return Formats.keyFacts(assessment, Vocabulary.standard());
    }

    /** The status counts as a chart and a table with its total row, in the standard palette. */
    public static Section.StatusSummary statusSummary(PlanAssessment assessment) {
        return statusSummary(assessment, Palette.standard());
    }

    /** The status counts as a chart and a table with its total row, in {@code palette}. */
    public static Section.StatusSummary statusSummary(PlanAssessment assessment, Palette palette) {
        return Formats.statusSummary(assessment, palette, Vocabulary.standard());
    }

    /** What each colour means under the rule {@code assessment} was made with, in the standard palette. */
    public static Section.Legend legend(PlanAssessment assessment) {
        return legend(assessment, Palette.standard());
    }

    /** What each colour means under the rule {@code assessment} was made with, in {@code palette}. */
    public static Section.Legend legend(PlanAssessment assessment, Palette palette) {
        return Formats.legend(assessment, palette, Vocabulary.standard());
    }

    /** Document properties: this title and subject, the organisation as author, the reporting date as the time. */
    public static DocumentMetadata metadata(PlanAssessment assessment, String title, String subject) {
        return Formats.metadata(assessment, title, subject, "custom");
    }

    /** "Derbyshire Fire &amp; Rescue Service, Q2 2025/26 update, as of 1 November 2023". */
    public static String subtitle(PlanAssessment assessment) {
        return Formats.subtitle(assessment, Vocabulary.standard());
    }
}
