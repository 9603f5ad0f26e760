package io.github.actionplan.report;

import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What every standard template lets a user shape, held once for both: the title, the words, the
 * palette, the parts, the orientation, which items the report is about, and whether reasons show.
 */
record Shape(Optional<String> title, Vocabulary words, Palette palette, Set<ReportPart> parts,
        Optional<Orientation> orientation, Predicate<RecommendationAssessment> items, boolean reasons) {

    static final Predicate<RecommendationAssessment> ALL = r -> true;

    Shape {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(palette, "palette");
        parts = Set.copyOf(parts);
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(items, "items");
    }

    static Shape standard(boolean reasons) {
        return new Shape(Optional.empty(), Vocabulary.standard(), Palette.standard(), Set.of(ReportPart.values()),
                Optional.empty(), ALL, reasons);
    }

    Shape withTitle(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("a report's title cannot be blank");
        }
        return new Shape(Optional.of(title), words, palette, parts, orientation, items, reasons);
    }

    Shape withWords(Map<String, String> more, List<String> known, String template) {
        Objects.requireNonNull(more, "replacements");
        return new Shape(title, words.with(more, known, "the " + template + " template"), palette, parts, orientation,
                items, reasons);
    }

    Shape withPalette(Palette palette) {
        return new Shape(title, words, palette, parts, orientation, items, reasons);
    }

    Shape withParts(ReportPart... parts) {
        return new Shape(title, words, palette, Set.of(parts), orientation, items, reasons);
    }

    Shape withOrientation(Orientation orientation) {
        return new Shape(title, words, palette, parts, Optional.of(orientation), items, reasons);
    }

    Shape withItems(Predicate<RecommendationAssessment> items) {
        return new Shape(title, words, palette, parts, orientation, Objects.requireNonNull(items, "items"), reasons);
    }

    Shape withReasons(boolean reasons) {
        return new Shape(title, words, palette, parts, orientation, items, reasons);
    }

    /**
     * The items of {@code whole} the report is about; an owner's items, where the plan names the owner.
     *
     * @throws IllegalArgumentException if the items are chosen by an owner ({@link ItemFilters#owner}, alone or
     *                                  combined) the plan does not name: a name mistyped would otherwise give a
     *                                  report of nothing
     */
    PlanAssessment selected(PlanAssessment whole) {
        Objects.requireNonNull(whole, "assessment");
        if (items instanceof ItemFilters.Selection selection) {
            selection.owners().forEach(owner -> owner.check(whole.plan()));
        }
        return whole.select(items);
    }

    boolean shows(ReportPart part) {
        return parts.contains(part);
    }
}
