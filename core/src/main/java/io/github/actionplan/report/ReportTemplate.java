package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.time.LocalDate;

/**
 * Turns an assessed plan into a {@link Report}. The templates core ships are in
 * {@link ReportTemplates}, each adjustable (columns, parts, order); a template of your own is a
 * lambda:
 *
 * <pre>{@code
 * ReportTemplate headline = assessment -> new Report(
 *         "Headline", "", assessment.plan().organisation(), assessment.asOf(), Optional.empty(),
 *         metadata, List.of(new Section.Heading(1, "Headline")));
 * }</pre>
 */
@FunctionalInterface
public interface ReportTemplate {

    /** The report of {@code assessment}: a plan assessed at a reporting date. */
    Report build(PlanAssessment assessment);

    /** The report of {@code plan} at {@code asOf}, assessed with the {@linkplain Assessor#standard() standard rule}. */
    default Report build(ActionPlan plan, LocalDate asOf) {
        return build(Assessor.standard().assess(plan, asOf));
    }
}
