package io.github.actionplan.testkit;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports every renderer is tested on: the seed plans through each template, and a plan
 * made of {@link HostileStrings}.
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
        for (String template : ReportTemplates.NAMES) {
            var t = ReportTemplates.named(template).orElseThrow();
            reports.put("derbyshire-" + template, t.build(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));
            reports.put("merseyside-" + template, t.build(merseyside, SeedPlans.MERSEYSIDE_AS_OF));
        }
        reports.put("hostile-summary", ReportTemplates.summary().build(hostile, HOSTILE_AS_OF));
        reports.put("hostile-action-plan", ReportTemplates.actionPlan().build(hostile, HOSTILE_AS_OF));
        return reports;
    }

    /** The summary report of the Derbyshire plan, as of 1 November 2023. */
    public static Report derbyshireSummary() {
        return ReportTemplates.summary().build(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF);
    }

    /** The action-plan report of the hostile plan. */
    public static Report hostileActionPlan() {
        return ReportTemplates.actionPlan().build(hostilePlan(), HOSTILE_AS_OF);
    }

    /**
     * A plan whose every text is a {@link HostileStrings hostile string}: four to a
     * recommendation, as its words, its owner, a sub-action's timescale and an update. A string
     * that cannot be one of those (a blank owner or timescale) goes into the notes instead.
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
                if (owner.isBlank()) {
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
                r.addUpdate(ProgressUpdate.builder().period(ReportingPeriod.of(2025, 1))
                        .text(strings.get(i * 4 + 3)).build());
            }
            r.addSubAction(subAction.progress(i % 101).build());
            if (!notes.isEmpty()) {
                r.notes(notes.toString());
            }
            plan.addRecommendation(r.build());
        }
        return plan.build();
    }
}
