package io.github.actionplan.testkit;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportColumn;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.StandardSections;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.ProgressBandStatusRule;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.ScheduleStatusRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports every renderer is tested on: the seed plans through each template, the Merseyside
 * plan's progress since a made-up previous quarter, both seeds as one portfolio; the Derbyshire
 * summary assessed with each of core's three status rules, so that every format shows the legend
 * of the rule the report was assessed with; a plan made of {@link HostileStrings}; a report
 * holding a section type no renderer knows, which each must draw through its fallback; a summary whose
 * filter leaves its table no row; and a summary of progress that rounds differently by any rule but
 * core's (12.5%, 0.5%, 99.5%, 99.96%).
 */
public final class ContractFixtures {

    /** The reporting date of the hostile plan. */
    public static final LocalDate HOSTILE_AS_OF = LocalDate.of(2025, 6, 30);

    private ContractFixtures() {}

    /** Every fixture report by name, e.g. "derbyshire-summary", "hostile-action-plan". */
    public static Map<String, Report> reports() {
        Map<String, Report> reports = new LinkedHashMap<>();
        ActionPlan derbyshire = SeedPlans.derbyshire();
        ActionPlan merseyside = SeedPlans.merseyside();
        ActionPlan hostile = hostilePlan();
        PlanAssessment derbyshireNow = Assessor.standard().assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF);
        PlanAssessment merseysideNow = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        for (String template : ReportTemplates.NAMES) {
            var t = ReportTemplates.named(template).orElseThrow();
            reports.put("derbyshire-" + template, t.build(derbyshireNow));
            reports.put("merseyside-" + template, t.build(merseysideNow));
        }
        reports.put("derbyshire-summary-schedule-rule", ReportTemplates.summary().build(
                Assessor.of(ScheduleStatusRule.standard(), RollUp.WORST_SUB_ACTION)
                        .assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)));
        reports.put("derbyshire-summary-progress-band-rule", ReportTemplates.summary().build(
                Assessor.of(ProgressBandStatusRule.standard(), RollUp.MAJORITY)
                        .assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)));
        PlanAssessment hostileNow = Assessor.standard().assess(hostile, HOSTILE_AS_OF);
        reports.put("hostile-summary", ReportTemplates.summary().build(hostileNow));
        reports.put("hostile-action-plan", ReportTemplates.actionPlan().build(hostileNow));
        // The register's cells are of the kinds the hostile reports above already hold: not a hostile register too,
        // which every renderer's real-client checks would convert again, at a quarter of a minute each.
        reports.put("merseyside-register", ReportTemplates.register().build(merseysideNow));
        reports.put("unknown-section-type", withUnknownSectionType(derbyshireNow));
        reports.put("merseyside-progress", ReportTemplates.progress(Assessor.standard()
                .assess(previousQuarter(merseyside), PREVIOUS_QUARTER_AS_OF)).build(merseysideNow));
        reports.put("portfolio", ReportTemplates.portfolio().build(List.of(
                Assessor.standard().assess(derbyshire, SeedPlans.MERSEYSIDE_AS_OF), merseysideNow)));
        // A table of no rows, as a template of one's own may build one where a filter leaves nothing (core's own
        // give the table's heading and the words that nothing is listed).
        reports.put(EMPTY_TABLE, withEmptyTable(merseysideNow));
        reports.put(ROUNDING, ReportTemplates.summary().withTitle("Progress as core rounds it")
                .withColumns(ReportColumn.REF, ReportColumn.TEXT, ReportColumn.PROGRESS)
                .build(Assessor.standard().assess(roundingPlan(), HOSTILE_AS_OF)));
        return reports;
    }

    /** The name of the fixture whose progress only core's rounding shows right. */
    static final String ROUNDING = "rounding-summary";

    /**
     * Progress where rounding of one's own goes wrong, each item's words naming it without a digit, so that the
     * figure after them is the item's: 12.5% and 0.5% are 13% and 1% (half-up), not 12% or 0% (half-even, or cut);
     * 99.5% and 99.96% are 99%, since work short of 100% never reads "100%".
     */
    static ActionPlan roundingPlan() {
        ActionPlan.Builder plan = ActionPlan.builder()
                .title("Progress as core rounds it")
                .organisation("Anyshire Fire and Rescue Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Rounding").build())
                .asOf(HOSTILE_AS_OF)
                .period(ReportingPeriod.of(2025, 1));
        Map<String, String> progress = new LinkedHashMap<>();
        progress.put("Progress half-way between two whole percentages, the lower one even", "12.5");
        progress.put("Progress of half a percentage point", "0.5");
        progress.put("Progress half a point short of complete", "99.5");
        progress.put("Progress a hair short of complete", "99.96");
        int i = 0;
        for (Map.Entry<String, String> item : progress.entrySet()) {
            String ref = "P" + ++i;
            plan.addRecommendation(Recommendation.builder().ref(ref).kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                    .text(item.getKey()).owner("Prevention")
                    .addSubAction(SubAction.builder().id(ref + ".1").description("Work towards it")
                            .due(Timescale.parse("March 2026"))
                            .progress(Percent.of(new BigDecimal(item.getValue()))).build())
                    .build());
        }
        return plan.build();
    }

    /** The reporting date of {@link #previousQuarter(ActionPlan)}'s copy. */
    public static final LocalDate PREVIOUS_QUARTER_AS_OF = LocalDate.of(2025, 3, 31);

    /**
     * The quarter before {@code plan}, made up for the progress report: its reporting period the one before, none of
     * the updates for that period, its last item not yet on the plan, every sub-action 30 points behind, and an item
     * since closed. Its reporting date is left for the caller to set, e.g. to {@link #PREVIOUS_QUARTER_AS_OF}.
     */
    public static ActionPlan previousQuarter(ActionPlan plan) {
        List<Recommendation> recommendations = new java.util.ArrayList<>();
        java.util.Optional<ReportingPeriod> period = plan.period()
                .map(ReportingPeriod::previous);
        for (Recommendation r : plan.recommendations().subList(0, plan.recommendations().size() - 1)) {
            recommendations.add(Recommendation.builder().from(r).reportedProgress(java.util.Optional.empty())
                    .completedOn(java.util.Optional.empty())
                    .updates(r.updates().stream().filter(u -> period.map(p -> u.period().compareTo(p) <= 0)
                            .orElse(true)).toList())
                    .subActions(r.subActions().stream().map(s -> SubAction.builder().from(s)
                            .completedOn(java.util.Optional.empty())
                            .progress(Math.max(0, s.effectiveProgress().rounded() - 30)).build()).toList())
                    .build());
        }
        recommendations.add(Recommendation.builder().ref("Closed 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("The service should review its on-call availability.").reportedProgress(100).build());
        return ActionPlan.builder().from(plan).recommendations(recommendations).period(period).build();
    }

    /** The summary report of the Derbyshire plan, as of 1 November 2023. */
    public static Report derbyshireSummary() {
        return ReportTemplates.summary().build(Assessor.standard().assess(SeedPlans.derbyshire(),
                SeedPlans.DERBYSHIRE_AS_OF));
    }

    /** The action-plan report of the hostile plan. */
    public static Report hostileActionPlan() {
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(hostilePlan(), HOSTILE_AS_OF));
    }

    /** The name of the fixture whose table has no rows. */
    static final String EMPTY_TABLE = "merseyside-empty-table";

    /**
     * The summary's table with its columns and heading and no rows, after the key facts and the status summary, before
     * the key: as a summary filtered to nothing was before core gave such a report the table's heading alone.
     */
    static Report withEmptyTable(PlanAssessment assessment) {
        Section.Table table = ReportTemplates.summary().build(assessment).tables().getFirst();
        return new Report("Items at risk", StandardSections.subtitle(assessment), assessment.asOf(),
                assessment.plan().period(), StandardSections.metadata(assessment, "Items at risk", "A table of none"),
                List.of(Chapter.untitled(Orientation.LANDSCAPE, List.of(StandardSections.keyFacts(assessment),
                        StandardSections.statusSummary(assessment), new Section.Table("Items at risk",
                                table.columns(), List.of(), Optional.empty(), table.rowHeaders(),
                                table.headingLevel()), StandardSections.legend(assessment)))));
    }

    /**
     * A report whose second chapter, landscape, holds a section of a type no renderer can know
     * between two it does: a renderer passes when it draws the unknown one's fallback.
     */
    static Report withUnknownSectionType(PlanAssessment assessment) {
        return new Report("A report from a later version", StandardSections.subtitle(assessment), assessment.asOf(),
                assessment.plan().period(), StandardSections.metadata(assessment, "A report from a later version",
                        "Sections of unknown types"),
                List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(StandardSections.keyFacts(assessment))),
                        new Chapter("Milestones", Orientation.LANDSCAPE, List.of(
                                Section.NarrativeText.plain("Before the unknown section."),
                                new FutureSection("Next milestone", "A section type from the future.",
                                        "Culture survey", "Spring 2026"),
                                StandardSections.legend(assessment)))));
    }

    /**
     * A plan whose every text is a {@link HostileStrings hostile string}: four to a
     * recommendation, as its words, its owner, a sub-action's timescale and an update. A string
     * that cannot be one of those (a blank owner, timescale or update, an owner holding a control character or an
     * invisible one, which a name may not) goes into the notes instead, after a word where the notes would be blank.
     */
    public static ActionPlan hostilePlan() {
        List<String> strings = HostileStrings.all();
        ActionPlan.Builder plan = ActionPlan.builder()
                .title("Hostile text plan: " + strings.get(0))
                .organisation("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru")
                .source(SourceInspection.builder().body("HMICFRS").title("Ελληνικά, Українська, 漢字, 😀").build())
                .asOf(HOSTILE_AS_OF)
                .period(ReportingPeriod.of(2025, 1));
        for (int i = 0; i * 4 < strings.size(); i++) {
            String ref = "H" + (i + 1);
            Recommendation.Builder r = Recommendation.builder()
                    .ref(ref)
                    .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                    .reportPage(i + 1);
            String text = strings.get(i * 4);
            StringBuilder notes = new StringBuilder();
            r.text(text.isBlank() ? "Item " + ref : text);
            if (text.isBlank()) {
                notes.append(text);
            }
            SubAction.Builder subAction = SubAction.builder().id(ref + ".1").description("Action for " + ref);
            if (i * 4 + 1 < strings.size()) {
                String owner = strings.get(i * 4 + 1);
                if (!isOwnerName(owner)) {
                    notes.append(owner);
                } else {
                    r.owner(owner);
                }
            }
            if (i * 4 + 2 < strings.size()) {
                String due = strings.get(i * 4 + 2);
                if (due.isBlank()) {
                    notes.append(due);
                } else {
                    subAction.due(Timescale.parse(due));
                }
            }
            if (i * 4 + 3 < strings.size()) {
                String update = strings.get(i * 4 + 3);
                if (update.isBlank()) {
                    notes.append(update);
                } else {
                    r.addUpdate(ProgressUpdate.builder().period(ReportingPeriod.of(2025, 1)).text(update).build());
                }
            }
            r.addSubAction(subAction.progress(i % 101).build());
            if (!notes.isEmpty()) {
                // Narrative is never blank: the blank strings go in after words, as spacing in a text.
                r.notes(notes.toString().isBlank() ? "Spacing:" + notes : notes.toString());
            }
            plan.addRecommendation(r.build());
        }
        return plan.build();
    }

    /**
     * Whether the model takes {@code owner} as an owner's name, by its own checks: the kit asks the model, not core's
     * internals, which a plugin's tests on the module path cannot reach.
     */
    private static boolean isOwnerName(String owner) {
        try {
            Recommendation.builder().ref("1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).reportPage(1).text("Item")
                    .owner(owner).build();
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }
}
