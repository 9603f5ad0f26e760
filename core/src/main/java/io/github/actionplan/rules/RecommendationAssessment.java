package io.github.actionplan.rules;

import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where a recommendation stands at a reporting date: its computed status and the reason, each
 * sub-action's assessment, and the owner's own assessment beside it.
 *
 * @param recommendation the recommendation
 * @param asOf           the reporting date
 * @param assessment     the computed status and reason
 * @param subActions     each sub-action's assessment, in the recommendation's order; {@link #subAction(String)}
 *                       finds one by its id
 */
public record RecommendationAssessment(Recommendation recommendation, LocalDate asOf, Assessment assessment,
        List<Assessment> subActions) {

    /**
     * Checks nothing is null and there is one assessment a sub-action; copies the list.
     *
     * @throws IllegalArgumentException if {@code subActions} is not as long as the recommendation's sub-actions
     */
    public RecommendationAssessment {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(assessment, "assessment");
        subActions = List.copyOf(subActions);
        if (subActions.size() != recommendation.subActions().size()) {
            throw new IllegalArgumentException("recommendation " + recommendation.ref() + " has "
                    + recommendation.subActions().size() + " sub-actions, but " + subActions.size()
                    + " assessments were given for them: one a sub-action, in its order");
        }
    }

    /** The assessment of the sub-action with this id; none where the recommendation has no such sub-action. */
    public Optional<Assessment> subAction(String id) {
        Objects.requireNonNull(id, "id");
        List<SubAction> own = recommendation.subActions();
        return IntStream.range(0, own.size()).filter(i -> own.get(i).id().equals(id)).mapToObj(subActions::get)
                .findFirst();
    }

    /** The computed status. */
    public Status status() {
        return assessment.status();
    }

    /** Why it has that status. */
    public String reason() {
        return assessment.reason();
    }

    /** The recommendation's progress (see {@link Recommendation#progress()}). */
    public Percent progress() {
        return recommendation.progress();
    }

    /** The recommendation's due date (see {@link Recommendation#dueDate()}). */
    public Optional<LocalDate> dueDate() {
        return recommendation.dueDate();
    }

    /**
     * The date its sub-action {@code index} (0-based, in the recommendation's order) is due, as it is assessed: its
     * own timescale's, else, where it has none, its recommendation's deadline's, as work with no timescale of its own
     * is due when the whole is.
     *
     * @throws IndexOutOfBoundsException if the recommendation has no sub-action {@code index}
     */
    public Optional<LocalDate> subActionDueDate(int index) {
        int count = recommendation.subActions().size();
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("recommendation " + recommendation.ref() + " has " + (count == 0
                    ? "no sub-actions" : count == 1 ? "one sub-action, index 0" : count + " sub-actions, index 0 to "
                    + (count - 1)) + "; " + index + " is none of them");
        }
        SubAction subAction = recommendation.subActions().get(index);
        return Assessor.dueWithRecommendation(recommendation, subAction) ? recommendation.deadline()
                .flatMap(Timescale::dueDate) : subAction.due().flatMap(Timescale::dueDate);
    }

    /** The owner's own assessment, where the plan gives one. */
    public Optional<OwnerAssessment> ownerAssessment() {
        return recommendation.assessment();
    }

    /**
     * Whether the owner's own status, of whichever period, differs from the computed one. Reports flag the rating that
     * stands for the period they report on ({@link PlanAssessment#ownerRatingStanding}).
     */
    public boolean disagreesWithOwner() {
        return ownerAssessment().map(o -> o.status() != status()).orElse(false);
    }

    /** Whether it is open and its due date has passed. */
    public boolean isOverdue() {
        return status() != Status.COMPLETE && dueDate().map(d -> d.isBefore(asOf)).orElse(false);
    }
}
