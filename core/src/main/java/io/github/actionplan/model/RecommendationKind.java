package io.github.actionplan.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an inspectorate's finding is: the plan acts on each kind the same way. */
public enum RecommendationKind {
    /** An area for improvement (AFI). */
    AREA_FOR_IMPROVEMENT("Area for improvement", "areas for improvement"),
    /** A recommendation, e.g. from a thematic report. */
    RECOMMENDATION("Recommendation", "recommendations"),
    /** A cause of concern; it owns one or more recommendations. */
    CAUSE_OF_CONCERN("Cause of concern", "causes of concern");

    private final String displayName;
    private final String plural;

    RecommendationKind(String displayName, String plural) {
        this.displayName = displayName;
        this.plural = plural;
    }

    /**
     * {@code count} items of {@code kinds} in their own word: "5 areas for improvement", "1 recommendation", or
     * "12 items" where the kinds are mixed or none is given. A count of a plan's areas for improvement is not one of
     * "recommendations", which HMICFRS's readers know as another kind (run 91 #1).
     */
    public static String counted(long count, Collection<RecommendationKind> kinds) {
        return count + " " + word(kinds, count != 1);
    }

    /** What items of {@code kinds} are called together: "areas for improvement", or "items" where kinds are mixed. */
    public static String plural(Collection<RecommendationKind> kinds) {
        return word(kinds, true);
    }

    private static String word(Collection<RecommendationKind> kinds, boolean plural) {
        Set<RecommendationKind> distinct = EnumSet.noneOf(RecommendationKind.class);
        distinct.addAll(kinds);
        if (distinct.size() != 1) {
            return plural ? "items" : "item";
        }
        RecommendationKind kind = distinct.iterator().next();
        return plural ? kind.plural : kind.displayName.toLowerCase(Locale.ROOT);
    }

    /**
     * The items of {@code kinds} counted: "5 areas for improvement", or, where the kinds are mixed, "12 items (8
     * areas for improvement, 4 recommendations)", the kinds in this enum's order.
     */
    public static String counted(Collection<RecommendationKind> kinds) {
        Map<RecommendationKind, Long> byKind = new EnumMap<>(RecommendationKind.class);
        kinds.forEach(kind -> byKind.merge(kind, 1L, Long::sum));
        String total = counted(kinds.size(), kinds);
        return byKind.size() < 2 ? total : total + " (" + byKind.entrySet().stream().map(entry -> counted(
                entry.getValue(), List.of(entry.getKey()))).collect(Collectors.joining(", ")) + ")";
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
