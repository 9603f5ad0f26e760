package io.github.actionplan.rules;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A whole plan assessed at one reporting date, with the {@link Assessor} (rule and roll-up) that
 * assessed it, so that a report built from it describes the statuses in that rule's own words.
 * Made by {@link Assessor#assess(ActionPlan, LocalDate)}.
 *
 * @param plan            the plan
 * @param asOf            the reporting date
 * @param assessor        the rule and roll-up every status was decided by
 * @param recommendations each recommendation's assessment, in the plan's order (or the order and
 *                        selection {@link #select(Predicate)} kept)
 */
public record PlanAssessment(ActionPlan plan, LocalDate asOf, Assessor assessor,
        List<RecommendationAssessment> recommendations) {

    /** Copies the list. */
    public PlanAssessment {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(assessor, "assessor");
        recommendations = List.copyOf(recommendations);
    }

    /**
     * The same assessment of only the recommendations {@code filter} accepts, in the same order:
     * what a report about one owner's, kind's or pillar's items counts and lists.
     */
    public PlanAssessment select(Predicate<RecommendationAssessment> filter) {
        return new PlanAssessment(plan, asOf, assessor, recommendations.stream().filter(filter).toList());
    }

    /**
     * The reporting period reported on: the plan's, else the quarter holding the reporting date. An owner's
     * assessment given for an earlier one ({@link io.github.actionplan.model.OwnerAssessment#isBefore}) is reported
     * as that period's.
     */
    public ReportingPeriod period() {
        return plan.period().orElseGet(() -> ReportingPeriod.containing(asOf));
    }

    /**
     * The status {@code item}'s owner gives it, where worse than the computed one: an item its owner rates at risk is
     * an exception to them whatever the rule says, and the exceptions and owners reports list it. See
     * {@link #ownerRatingWorse} for which rating counts. None where the owner gives none that counts, or rates it no
     * worse.
     */
    public Optional<Status> ownerRatesWorse(RecommendationAssessment item) {
        return ownerRatingWorse(item).map(OwnerAssessment::status);
    }

    /**
     * The owner's assessment behind {@link #ownerRatesWorse}: the one that {@linkplain #ownerRatingStanding stands}
     * for the period reported on, where worse than the computed status; none for an item complete: its completion is
     * recorded, and a rating of done work as open is one given before it was done (a published plan's status,
     * onboarded as the plan stood), not a reason to list it.
     */
    public Optional<OwnerAssessment> ownerRatingWorse(RecommendationAssessment item) {
        return ownerRatingStanding(item).filter(owner -> item.status() != Status.COMPLETE
                && owner.status().isWorseThan(item.status()));
    }

    /**
     * The owner's assessment that stands for the period reported on, as every report shows and counts it: one for that
     * period, or for an earlier one where the item has had no update since, up to the period reported on (an owner who
     * rated their item at risk and then said nothing has not taken it back). An update since without a rating leaves
     * it behind, whoever gave it: a plan does not record who wrote an update, so one from a sub-action's owner counts
     * too. An owner's assessment with no period is for the plan's own: its period, else the quarter holding its
     * reporting date. None where the owner gives none, gives it for a later period, or gave it for an earlier one of an
     * item complete now. {@link RecommendationAssessment#disagreesWithOwner()} compares any rating the plan holds.
     */
    public Optional<OwnerAssessment> ownerRatingStanding(RecommendationAssessment item) {
        ReportingPeriod now = period();
        return item.ownerAssessment().filter(owner -> {
            ReportingPeriod rated = ratedFor(owner);
            return rated.equals(now) || rated.compareTo(now) < 0 && item.status() != Status.COMPLETE
                    && item.recommendation().updates().stream().noneMatch(update -> update.period().compareTo(rated)
                    > 0 && update.period().compareTo(now) <= 0);
        });
    }

    /**
     * The period {@code owner}'s assessment is for: its own, or, where it names none, the plan's (its period, else the
     * quarter holding its own reporting date), not the period this assessment reports on, which may be later.
     */
    public ReportingPeriod ratedFor(OwnerAssessment owner) {
        return owner.period().orElseGet(() -> plan.reportedPeriod().orElseGet(this::period));
    }

    /** The assessment of the recommendation with this ref. */
    public Optional<RecommendationAssessment> recommendation(String ref) {
        Objects.requireNonNull(ref, "ref");
        return recommendations.stream().filter(r -> r.recommendation().ref().equals(ref)).findFirst();
    }
}
