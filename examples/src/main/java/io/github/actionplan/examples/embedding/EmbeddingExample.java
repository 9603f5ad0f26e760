package io.github.actionplan.examples.embedding;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SourceKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 1, embedding the model in your own tool: build a plan in code, apply the status rules at
 * a reporting date, print the summary and the items off track with the reason for each, then
 * compare two quarterly snapshots of the plan.
 *
 * <p>Run it with {@code java -cp examples/target/actionplan.jar
 * io.github.actionplan.examples.embedding.EmbeddingExample}.
 */
public final class EmbeddingExample {

    /** The end of the last quarter, January to March 2025. */
    static final LocalDate LAST_QUARTER = LocalDate.of(2025, 3, 31);
    /** The end of this quarter, April to June 2025. */
    static final LocalDate THIS_QUARTER = LocalDate.of(2025, 6, 30);

    private EmbeddingExample() {}

    /** Prints the example's output to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        ActionPlan before = lastQuarter();
        ActionPlan after = thisQuarter(before);

        // The rules work out each status at an explicit date; nothing here reads the clock.
        Assessor assessor = Assessor.standard();
        PlanAssessment now = assessor.assess(after, THIS_QUARTER);
        PlanSummary summary = PlanSummary.of(now);

        out.println(after.organisation() + ": " + after.title());
        out.println("Status at " + summary.asOf() + " (" + ReportingPeriod.containing(summary.asOf()).displayName()
                + "): " + summary.total() + " items, overall progress " + summary.overallProgress().displayText());
        for (Status status : Status.SUMMARY) {
            // A plan may use its own words for a status; the label is the plan's, the count core's.
            out.println("  " + after.statusLabels().label(status) + ": " + summary.counts().count(status));
        }

        // Every status comes with its reason in words, so a report can always explain itself.
        out.println("Off track:");
        for (RecommendationAssessment item : now.recommendations()) {
            if (item.status() == Status.OFF_TRACK) {
                out.println("  " + item.recommendation().ref() + " (" + item.recommendation().owner().orElse("no owner")
                        + "): " + item.reason());
            }
        }
        out.println("At risk:");
        for (RecommendationAssessment item : now.recommendations()) {
            if (item.status() == Status.AT_RISK) {
                out.println("  " + item.recommendation().ref() + ": " + item.reason());
            }
        }

        // Two snapshots, each assessed at its own quarter end, matched by ref.
        SnapshotComparison change = SnapshotComparison.between(assessor.assess(before, LAST_QUARTER), now);
        out.println("Changes from " + LAST_QUARTER + " to " + THIS_QUARTER + ":");
        for (ItemChange item : change.changes()) {
            out.println("  " + item.ref() + ": " + after.statusLabels().label(item.before()) + " -> "
                    + after.statusLabels().label(item.after()) + ", " + item.progressBefore().displayText() + " -> "
                    + item.progressAfter().displayText() + (item.newlyOverdue() ? ", newly overdue" : ""));
        }
        out.println("Newly complete: " + change.newlyComplete().stream().map(ItemChange::ref).toList());
        out.println("Newly overdue: " + change.newlyOverdue().stream().map(ItemChange::ref).toList());
        out.println("New this quarter: " + change.added());
    }

    /** The plan as it stood at the end of March 2025, built with the model's builders. */
    static ActionPlan lastQuarter() {
        return ActionPlan.builder()
                .title("Inspection improvement plan")
                .organisation("Example Fire and Rescue Service")
                .source(SourceInspection.builder()
                        .body("HMICFRS")
                        .title("Example Fire and Rescue Service: effectiveness, efficiency and people 2023-25")
                        .published(LocalDate.of(2024, 9, 12))
                        .kind(SourceKind.SERVICE_INSPECTION)
                        .build())
                .asOf(LAST_QUARTER)
                // The plan's own word for one status; the others keep their defaults.
                .statusLabels(StatusLabels.builder().putCustom(Status.COMPLETE, "Closed").build())
                .addRecommendation(Recommendation.builder()
                        .ref("AFI 1")
                        .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("The service should make sure its prevention work is focused on those most at risk.")
                        .owner("Prevention")
                        // A timescale keeps the plan's words and knows the date they mean: 31 March 2026.
                        .deadline(Timescale.parse("FY 2025/26"))
                        // No reported progress: it is the mean of the sub-actions' progress.
                        .addSubAction(SubAction.builder().id("1.1").description("Review the risk model.")
                                .due(Timescale.parse("Sept 2025")).progress(60).build())
                        .addSubAction(SubAction.builder().id("1.2").description("Retarget home fire safety visits.")
                                .due(Timescale.parse("Mar 2026")).progress(10).build())
                        .build())
                .addRecommendation(Recommendation.builder()
                        .ref("AFI 2")
                        .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("The service should make sure its fire safety audits are carried out on time.")
                        .owner("Protection")
                        .deadline(Timescale.parse("May 2025"))
                        .reportedProgress(30)
                        .build())
                .addRecommendation(Recommendation.builder()
                        .ref("AFI 3")
                        .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("The service should make sure staff understand how to raise concerns.")
                        .owner("People")
                        .deadline(Timescale.parse("15 July 2025"))
                        .reportedProgress(10)
                        .build())
                .addRecommendation(Recommendation.builder()
                        .ref("AFI 4")
                        .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("The service should improve how it gathers equality data.")
                        .owner("People")
                        .deadline(Timescale.parse("Q2 2025/26"))
                        .reportedProgress(80)
                        .build())
                .build();
    }

    /**
     * This quarter's update: values are immutable, so an update is a copy with the changes.
     * Progress moves on, one item is completed, one waits on a national body, one is new.
     */
    static ActionPlan thisQuarter(ActionPlan lastQuarter) {
        Recommendation afi1 = lastQuarter.recommendation("AFI 1").orElseThrow();
        Recommendation afi2 = lastQuarter.recommendation("AFI 2").orElseThrow();
        Recommendation afi3 = lastQuarter.recommendation("AFI 3").orElseThrow();
        Recommendation afi4 = lastQuarter.recommendation("AFI 4").orElseThrow();
        Recommendation afi5 = Recommendation.builder()
                .ref("AFI 5")
                .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("The service should adopt the national operational guidance.")
                .owner("Operations")
                .addSubAction(SubAction.builder().id("5.1")
                        .description("Adopt the updated guidance once it is published.")
                        .due(Timescale.parse("Mar 2026")).progress(10)
                        .blockedBy("National Fire Chiefs Council").build())
                .build();
        return lastQuarter.withAsOf(THIS_QUARTER).withRecommendations(List.of(
                afi1.withSubActions(List.of(afi1.subActions().get(0).withProgress(Percent.of(90)),
                        afi1.subActions().get(1).withProgress(Percent.of(40)))),
                // Updates are a history, oldest first: this quarter's is added, never overwritten.
                Recommendation.builder().from(afi2.withReportedProgress(Percent.of(40)))
                        .addUpdate(ProgressUpdate.builder()
                                .period(ReportingPeriod.containing(THIS_QUARTER))
                                .text("Audits are being re-planned; the backlog is now **120** premises.")
                                .build())
                        .build(),
                afi3.withReportedProgress(Percent.of(20)),
                afi4.withCompletion(LocalDate.of(2025, 5, 20)), // its progress, 80% last quarter, becomes 100%
                afi5));
    }
}
