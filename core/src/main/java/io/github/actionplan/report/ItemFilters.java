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

/**
 * Choices of the items a report is about, for a template's {@code withItems}: combine them with
 * {@link Predicate#and} and {@link Predicate#or}.
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
        return r -> r.recommendation().kind() == kind;
    }

    /** Items under this inspection pillar. */
    public static Predicate<RecommendationAssessment> pillar(Pillar pillar) {
        return r -> r.recommendation().pillar().filter(pillar::equals).isPresent();
    }

    /** Items with one of these statuses. */
    public static Predicate<RecommendationAssessment> status(Status... statuses) {
        Set<Status> wanted = Set.copyOf(List.of(statuses));
        return r -> wanted.contains(r.status());
    }

    /**
     * The items of one owner: a filter a template can ask, as it builds, whether the plan names the owner at all, so
     * that a name mistyped ("Planing") is an error, not a report of nothing.
     */
    record Owner(String owner, String folded) implements Predicate<RecommendationAssessment> {

        /** How many of a plan's owners the error names. */
        private static final int NAMED = 10;

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
                        .map(known -> " (did you mean " + Quote.single(known) + "?)").orElse("");
                throw new IllegalArgumentException("the report is about the items of " + Quote.single(owner)
                        + meant + ", but no recommendation or sub-action of the plan has that owner; its owners are "
                        + Quote.firstNamed(owners, NAMED));
            }
        }
    }

    private static String key(String owner) {
        return Spacing.folded(owner);
    }
}
