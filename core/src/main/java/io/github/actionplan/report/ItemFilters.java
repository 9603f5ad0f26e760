package io.github.actionplan.report;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.internal.Typos;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Choices of the items a report is about, for a template's {@code withItems}: combine them with
 * {@link Predicate#and}, {@link Predicate#or} and {@link Predicate#negate}. An owner the plan does not
 * name, alone or combined, is an error when the report is built, not a report of nothing; start a
 * combination with one of these, as a filter of your own combines by {@link Predicate}'s own methods,
 * which know nothing of owners.
 *
 * <pre>{@code
 * ReportTemplate prevention = ReportTemplates.summary()
 *         .withItems(ItemFilters.owner("Prevention").and(ItemFilters.kind(RecommendationKind.AREA_FOR_IMPROVEMENT)));
 * }</pre>
 */
public final class ItemFilters {

    private ItemFilters() {}

    /**
     * Items {@code owner} is responsible for: the recommendation's responsible function, or any of
     * its sub-actions', compared as {@code validate} and the update import compare owners: case and spacing
     * aside.
     */
    public static Predicate<RecommendationAssessment> owner(String owner) {
        String wanted = key(Objects.requireNonNull(owner, "owner"));
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("an owner to select by cannot be blank");
        }
        return new Owner(owner, wanted);
    }

    /** Items of this kind: areas for improvement, recommendations or causes of concern. */
    public static Predicate<RecommendationAssessment> kind(RecommendationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return new Combined(r -> r.recommendation().kind() == kind, List.of());
    }

    /** Items under this inspection pillar. */
    public static Predicate<RecommendationAssessment> pillar(Pillar pillar) {
        Objects.requireNonNull(pillar, "pillar");
        return new Combined(r -> r.recommendation().pillar().filter(pillar::equals).isPresent(), List.of());
    }

    /**
     * Items with one of these statuses.
     *
     * @throws IllegalArgumentException if no status is given: a report about no item would say nothing
     */
    public static Predicate<RecommendationAssessment> status(Status... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("items chosen by status need at least one status; give the statuses,"
                    + " such as Status.OFF_TRACK, Status.AT_RISK");
        }
        Set<Status> wanted = Set.copyOf(List.of(statuses));
        return new Combined(r -> wanted.contains(r.status()), List.of());
    }

    /**
     * A filter that keeps the owners it selects by through {@code and}, {@code or} and {@code negate}, so that a
     * template checks the plan names each (run 96 #3: combined by Predicate's own {@code and}, a mistyped owner gave
     * a committee an empty report, without a word).
     */
    sealed interface Selection extends Predicate<RecommendationAssessment> {

        /** The owners selected by, each checked against the plan. */
        List<Owner> owners();

        @Override
        default Predicate<RecommendationAssessment> and(Predicate<? super RecommendationAssessment> other) {
            Objects.requireNonNull(other, "other");
            return new Combined(r -> test(r) && other.test(r), owners(this, other));
        }

        @Override
        default Predicate<RecommendationAssessment> or(Predicate<? super RecommendationAssessment> other) {
            Objects.requireNonNull(other, "other");
            return new Combined(r -> test(r) || other.test(r), owners(this, other));
        }

        @Override
        default Predicate<RecommendationAssessment> negate() {
            return new Combined(r -> !test(r), owners());
        }

        private static List<Owner> owners(Selection first, Predicate<?> second) {
            return second instanceof Selection selection
                    ? Stream.concat(first.owners().stream(), selection.owners().stream()).toList()
                    : first.owners();
        }
    }

    /** Filters combined, and the owners they select by. */
    private record Combined(Predicate<RecommendationAssessment> filter, List<Owner> owners) implements Selection {
        @Override
        public boolean test(RecommendationAssessment r) {
            return filter.test(r);
        }
    }

    /**
     * The items of one owner: a filter a template can ask, as it builds, whether the plan names the owner at all, so
     * that a name mistyped ("Planing") is an error, not a report of nothing.
     */
    record Owner(String owner, String folded) implements Selection {

        /** How many of a plan's owners the error names. */
        private static final int NAMED = 10;

        @Override
        public List<Owner> owners() {
            return List.of(this);
        }

        @Override
        public boolean test(RecommendationAssessment r) {
            Recommendation recommendation = r.recommendation();
            return recommendation.owner().map(ItemFilters::key).filter(folded::equals).isPresent()
                    || recommendation.subActions().stream()
                            .anyMatch(s -> s.owner().map(ItemFilters::key).filter(folded::equals).isPresent());
        }

        /**
         * Checks that {@code plan} names the owner.
         *
         * @throws IllegalArgumentException if no recommendation or sub-action of the plan has the owner, naming the
         *                                  one most like it and the owners it has
         */
        void check(ActionPlan plan) {
            List<String> owners = PlanSummary.owners(plan);
            if (owners.stream().map(ItemFilters::key).noneMatch(folded::equals)) {
                String meant = owners.stream().filter(known -> Typos.mistypedName(folded, key(known))).findFirst()
                        .map(known -> " (did you mean " + Quote.singleName(known) + "?)").orElse("");
                throw new IllegalArgumentException("the report is about the items of " + Quote.singleName(owner)
                        + meant + ", but no recommendation or sub-action of the plan has that owner; its owners are "
                        + Quote.firstNamed(owners, NAMED));
            }
        }
    }

    private static String key(String owner) {
        return Spacing.folded(owner);
    }
}
