package io.github.actionplan.summary;

import io.github.actionplan.rules.RecommendationAssessment;

/**
 * An open recommendation past its due date.
 *
 * @param assessment  its assessment
 * @param daysOverdue how many days its due date is before the reporting date
 */
public record OverdueItem(RecommendationAssessment assessment, long daysOverdue) {}
