package io.github.actionplan.model;

import java.util.Locale;
import java.util.Optional;

/** What an inspectorate's finding is: the plan acts on each kind the same way. */
public enum RecommendationKind {
    /** An area for improvement (AFI). */
    AREA_FOR_IMPROVEMENT("Area for improvement"),
    /** A recommendation, e.g. from a thematic report. */
    RECOMMENDATION("Recommendation"),
    /** A cause of concern; it owns one or more recommendations. */
    CAUSE_OF_CONCERN("Cause of concern");

    private final String displayName;

    RecommendationKind(String displayName) {
        this.displayName = displayName;
    }

    /** The kind in words, e.g. "Area for improvement". */
    public String displayName() {
        return displayName;
    }

    /**
     * The kind that a service's words for it name, whatever their case and punctuation: its name, also in the
     * plural ("Areas for improvement"), or the abbreviation services use ("AFI", "Rec", "CoC").
     */
    public static Optional<RecommendationKind> named(String words) {
        return switch (words.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip()) {
            case "area for improvement", "areas for improvement", "area of improvement", "afi", "afis" ->
                    Optional.of(AREA_FOR_IMPROVEMENT);
            case "recommendation", "recommendations", "rec", "recs" -> Optional.of(RECOMMENDATION);
            case "cause of concern", "causes of concern", "coc", "cocs" -> Optional.of(CAUSE_OF_CONCERN);
            default -> Optional.empty();
        };
    }
}
