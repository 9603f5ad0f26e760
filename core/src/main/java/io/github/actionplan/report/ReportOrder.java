package io.github.actionplan.report;

import io.github.actionplan.model.Status;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The order a report lists recommendations in. Sorting is stable: ties keep the plan's order. */
public enum ReportOrder {
    /** The plan's own order. */
    PLAN(Comparator.comparingInt(r -> 0)),
    /** Worst status first (off track, at risk, on track, complete), then the longest overdue first. */
    WORST_FIRST(worstFirst(RecommendationAssessment::status, RecommendationAssessment::dueDate)),
    /** Earliest due date first; items with no due date last. */
    DUE_DATE(Comparator.comparing((RecommendationAssessment r) -> r.dueDate().orElse(LocalDate.MAX)));

    private final Comparator<RecommendationAssessment> comparator;

    ReportOrder(Comparator<RecommendationAssessment> comparator) {
        this.comparator = comparator;
    }

    /** The comparator that puts recommendations in this order. */
    public Comparator<RecommendationAssessment> comparator() {
        return comparator;
    }

    /**
     * The comparator a report of {@code assessment} lists its items by: {@link #WORST_FIRST} by the worse of an
     * item's computed status and its owner's rating for the period ({@link PlanAssessment#ownerRatesWorse}), as the
     * exceptions list an item for either; the others as {@link #comparator()}.
     */
    Comparator<RecommendationAssessment> in(PlanAssessment assessment) {
        return this != WORST_FIRST ? comparator : worstFirst(r -> Formats.worstRated(assessment, r),
                RecommendationAssessment::dueDate);
    }

    /** Worst status first, then the longest overdue first: {@link #WORST_FIRST} for items of any kind. */
    static <T> Comparator<T> worstFirst(Function<T, Status> status, Function<T, Optional<LocalDate>> due) {
        return Comparator.comparingInt((T item) -> Status.SEVERITY.indexOf(status.apply(item)))
                .thenComparing(item -> due.apply(item).orElse(LocalDate.MAX));
    }

    static Optional<ReportOrder> named(String name) {
        for (ReportOrder order : values()) {
            if (order.name().equalsIgnoreCase(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
