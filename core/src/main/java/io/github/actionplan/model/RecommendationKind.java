package io.github.actionplan.model;

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
}
