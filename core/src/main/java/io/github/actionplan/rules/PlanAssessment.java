package io.github.actionplan.rules;

import io.github.actionplan.model.ActionPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A whole plan assessed at one reporting date.
 *
 * @param plan            the plan
 * @param asOf            the reporting date
 * @param recommendations each recommendation's assessment, in the plan's order
 */
public record PlanAssessment(ActionPlan plan, LocalDate asOf, List<RecommendationAssessment> recommendations) {

    /** Copies the list. */
    public PlanAssessment {
        recommendations = List.copyOf(recommendations);
    }

    /** The assessment of the recommendation with this ref. */
    public Optional<RecommendationAssessment> recommendation(String ref) {
        return recommendations.stream().filter(r -> r.recommendation().ref().equals(ref)).findFirst();
    }
}
