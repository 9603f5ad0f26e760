package io.github.actionplan.rules;

import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a recommendation stands at a reporting date: its computed status and the reason, each
 * sub-action's assessment, and the owner's own assessment beside it.
 *
 * @param recommendation the recommendation
 * @param asOf           the reporting date
 * @param assessment     the computed status and reason
 * @param subActions     each sub-action's assessment, in the recommendation's order
 */
public record RecommendationAssessment(Recommendation recommendation, LocalDate asOf, Assessment assessment,
        List<Assessment> subActions) {

    /** Copies the list. */
    public RecommendationAssessment {
        subActions = List.copyOf(subActions);
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

    /** The owner's own assessment, where the plan gives one. */
    public Optional<OwnerAssessment> ownerAssessment() {
        return recommendation.assessment();
    }

    /** Whether the owner's own status differs from the computed one; reports flag these. */
    public boolean disagreesWithOwner() {
        return ownerAssessment().map(o -> o.status() != status()).orElse(false);
    }

    /** Whether it is open and its due date has passed. */
    public boolean isOverdue() {
        return status() != Status.COMPLETE && dueDate().map(d -> d.isBefore(asOf)).orElse(false);
    }
}
