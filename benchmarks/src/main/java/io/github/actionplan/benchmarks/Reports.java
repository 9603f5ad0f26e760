package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;

/**
 * The reports the renderer benchmarks lay out, by size in table rows.
 *
 * <p>A row is a row of the report's main tables: the {@code summary} report has one per
 * recommendation, so 10,000 rows is a plan of 10,000 recommendations; the {@code action-plan}
 * report has one per sub-action in each chapter's actions table, so 10,000 rows is 2,000
 * recommendations, each a chapter with its key facts, status table, text, required outcomes,
 * five actions and latest update.
 */
public final class Reports {

    private Reports() {}

    /** The plan behind a report of {@code rows} rows. */
    public static ActionPlan plan(String report, int rows) {
        return switch (report) {
            case "summary" -> PlanGenerator.plan(rows, PlanGenerator.SEED);
            case "action-plan" -> PlanGenerator.plan(Math.max(1, rows / PlanGenerator.SUB_ACTIONS), PlanGenerator.SEED);
            default -> throw new IllegalArgumentException("no report " + report);
        };
    }

    /** {@code report} ("summary" or "action-plan") of {@code rows} rows, built as users build it. */
    public static Report build(String report, int rows) {
        ActionPlan plan = plan(report, rows);
        return switch (report) {
            case "summary" -> ReportTemplates.summary().build(plan, PlanGenerator.AS_OF);
            case "action-plan" -> ReportTemplates.actionPlan().build(plan, PlanGenerator.AS_OF);
            default -> throw new IllegalArgumentException("no report " + report);
        };
    }
}
