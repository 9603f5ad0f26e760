package io.github.actionplan.report;

import io.github.actionplan.rules.PlanAssessment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts every standard template shows, for templates of your own: the key facts, the status
 * summary, the legend and the document properties, in the standard templates' words or, given a map
 * of replacements as a template's {@code withWords} takes one, in yours.
 *
 * <pre>{@code
 * Map<String, String> welsh = Map.of("Key facts", "Ffeithiau allweddol", "Organisation", "Sefydliad");
 * Section.KeyFacts facts = StandardSections.keyFacts(assessment, welsh);
 * }</pre>
 */
public final class StandardSections {

    private static final String NAME = "StandardSections";

    private StandardSections() {}

    /** The fixed words these sections write, each as a map of replacements knows it. */
    public static List<String> words() {
        return Vocabulary.COMMON;
    }

    /** Organisation, reporting date and period, source, number of items, overall progress. */
    public static Section.KeyFacts keyFacts(PlanAssessment assessment) {
        return keyFacts(assessment, Map.of());
    }

    /**
     * The key facts, some of {@link #words()} replaced.
     *
     * @throws IllegalArgumentException naming every replacement that is blank, has a placeholder its word has not,
     *                                  or is for a word these sections do not write
     */
    public static Section.KeyFacts keyFacts(PlanAssessment assessment, Map<String, String> words) {
        return Formats.keyFacts(assessment, vocabulary(words));
    }

    /** The status counts as a chart and a table with its total row, in the standard palette. */
    public static Section.StatusSummary statusSummary(PlanAssessment assessment) {
        return statusSummary(assessment, Palette.standard());
    }

    /** The status counts as a chart and a table with its total row, in {@code palette}. */
    public static Section.StatusSummary statusSummary(PlanAssessment assessment, Palette palette) {
        return statusSummary(assessment, palette, Map.of());
    }

    /**
     * The status summary in {@code palette}, some of {@link #words()} replaced.
     *
     * @throws IllegalArgumentException as {@link #keyFacts(PlanAssessment, Map)} does
     */
    public static Section.StatusSummary statusSummary(PlanAssessment assessment, Palette palette,
            Map<String, String> words) {
        return Formats.statusSummary(assessment, palette, vocabulary(words));
    }

    /** What each colour means under the rule {@code assessment} was made with, in the standard palette. */
    public static Section.Legend legend(PlanAssessment assessment) {
        return legend(assessment, Palette.standard());
    }

    /** What each colour means under the rule {@code assessment} was made with, in {@code palette}. */
    public static Section.Legend legend(PlanAssessment assessment, Palette palette) {
        return legend(assessment, palette, Map.of());
    }

    /**
     * The legend in {@code palette}, some of {@link #words()} replaced.
     *
     * @throws IllegalArgumentException as {@link #keyFacts(PlanAssessment, Map)} does
     */
    public static Section.Legend legend(PlanAssessment assessment, Palette palette, Map<String, String> words) {
        return Formats.legend(assessment, palette, vocabulary(words));
    }

    /** Document properties: this title and subject, the organisation as author, the reporting date as the time. */
    public static DocumentMetadata metadata(PlanAssessment assessment, String title, String subject) {
        return Formats.metadata(assessment, title, subject, "custom");
    }

    /** "Derbyshire Fire &amp; Rescue Service, Q2 2025/26 update, as of 1 November 2023". */
    public static String subtitle(PlanAssessment assessment) {
        return subtitle(assessment, Map.of());
    }

    /**
     * The subtitle, some of {@link #words()} replaced.
     *
     * @throws IllegalArgumentException as {@link #keyFacts(PlanAssessment, Map)} does
     */
    public static String subtitle(PlanAssessment assessment, Map<String, String> words) {
        return Formats.subtitle(assessment, vocabulary(words));
    }

    /**
     * The words a template of one's own writes beyond its own, laid out by a renderer where its format needs them
     * (a sheet's name, a chart's), some of {@link #words()} replaced: for its {@link Report}.
     *
     * @throws IllegalArgumentException as {@link #keyFacts(PlanAssessment, Map)} does
     */
    public static LayoutWords layoutWords(Map<String, String> words) {
        return LayoutWords.of(vocabulary(words));
    }

    private static Vocabulary vocabulary(Map<String, String> words) {
        return Objects.requireNonNull(words, "words").isEmpty() ? Vocabulary.standard()
                : Vocabulary.standard().with(words, words(), NAME);
    }
}
