package io.github.actionplan.report;

import io.github.actionplan.model.Status;
import io.github.actionplan.rules.PlanAssessment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The report templates core ships. Each is a value you can adjust; see
 * {@link RecommendationTableTemplate} and {@link ActionPlanTemplate}.
 *
 * <pre>{@code
 * PlanAssessment assessment = Assessor.standard().assess(plan, LocalDate.of(2023, 11, 1));
 * Report summary = ReportTemplates.summary().build(assessment);
 * Report worst = ReportTemplates.named("exceptions").orElseThrow().build(assessment);
 * }</pre>
 */
public final class ReportTemplates {

    /**
     * The names of the reports services publish on one assessment, which {@link #named(String)} knows, as it knows
     * {@code "register"}, the data of the plan to work with ({@link #register()}). Two
     * take more and have no name here: {@link #progress(PlanAssessment)}, built from the earlier assessment it
     * compares with, and {@link #portfolio()}, from several plans'. A template found by name is a
     * {@link ReportTemplate}; to change its words, title or columns, take it from its own method instead
     * ({@code summary().withWords(...)}).
     */
    public static final List<String> NAMES = List.of("summary", "action-plan", "exceptions", "owners");

    /** The statuses of an exception, by the rule or, where worse, by its owner's rating for the period. */
    static final Set<Status> EXCEPTIONAL = Set.of(Status.OFF_TRACK, Status.AT_RISK);

    private ReportTemplates() {}

    /**
     * The summary report, as Derbyshire's appendix: the key facts, the status counts, then one
     * row per recommendation with its ref and text, number of sub-actions, deadline, status (with
     * its reason) and overall %, in the plan's order; then the key to the colours.
     */
    public static RecommendationTableTemplate summary() {
        return new RecommendationTableTemplate("summary", "Summary",
                List.of(ReportColumn.SUMMARY, ReportColumn.SUB_ACTIONS, ReportColumn.DEADLINE, ReportColumn.STATUS,
                        ReportColumn.PROGRESS),
                ReportOrder.PLAN, Set.of(Status.values()), Shape.standard(true));
    }

    /** The full action plan, as Merseyside's: one chapter per recommendation, with the latest update. */
    public static ActionPlanTemplate actionPlan() {
        return new ActionPlanTemplate(ReportOrder.PLAN, false, Shape.standard(true));
    }

    /**
     * The exceptions report: only the items at risk or off track, worst first (off track before
     * at risk, then the longest overdue), each with the reason in words; an item the rule has on
     * track is listed where its owner rates it at risk or off track for the period, with the owner's
     * rating beside the computed status.
     */
    public static RecommendationTableTemplate exceptions() {
        return new RecommendationTableTemplate("exceptions", "Exceptions",
                List.of(ReportColumn.REF, ReportColumn.TEXT, ReportColumn.OWNER, ReportColumn.DUE_DATE,
                        ReportColumn.PROGRESS, ReportColumn.STATUS, ReportColumn.REASON),
                ReportOrder.WORST_FIRST, EXCEPTIONAL, Shape.standard(true));
    }

    /**
     * Each owner's list: off track, at risk or due within {@value OwnersTemplate#DEFAULT_DUE_WITHIN}
     * days, one chapter per owner, after the counts by owner.
     */
    public static OwnersTemplate owners() {
        return new OwnersTemplate(OwnersTemplate.DEFAULT_DUE_WITHIN, Shape.standard(true));
    }

    /**
     * The direction of travel since {@code previous}, an earlier assessment of the same plan: build
     * it from the later one.
     */
    public static ProgressTemplate progress(PlanAssessment previous) {
        return new ProgressTemplate(previous, Shape.standard(true));
    }

    /**
     * The register: every recommendation and sub-action a row of one table, each fact (status, its colour's name, its
     * reason, the owner's rating, progress, due and reporting dates) in a column of its own, under the same table name
     * and columns every quarter, for a spreadsheet's filters, pivots and queries. Not among {@link #NAMES}: it is data
     * to work with, not a report services publish.
     */
    public static RegisterTemplate register() {
        return new RegisterTemplate(Shape.standard(false));
    }

    /** Several plans together, built from their assessments at one date. */
    public static PortfolioTemplate portfolio() {
        return new PortfolioTemplate(Shape.standard(true));
    }

    /**
     * The template with this name ("summary", "action-plan", "exceptions", "owners" or "register"); case does not
     * matter, as it does not for a format's id.
     */
    public static Optional<ReportTemplate> named(String name) {
        Map<String, ReportTemplate> templates = Map.of("summary", summary(), "action-plan", actionPlan(),
                "exceptions", exceptions(), "owners", owners(), "register", register());
        return Optional.ofNullable(templates.get(Objects.requireNonNull(name, "name").strip()
                .toLowerCase(Locale.ROOT)));
    }
}
