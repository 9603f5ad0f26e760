package io.github.actionplan.examples.quickstart;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The README's change of one item, exactly, as {@link QuickStart} is its quick start: the lines between
 * {@code README:begin} and {@code README:end} are the README's Java block, and a test keeps the two the same.
 */
public final class ChangeOneItem {

    private ChangeOneItem() {}

    /** Reads Merseyside's plan from {@code planFile}, moves it on to Q2 2025/26 with one item changed, writes it. */
    static ActionPlan run(Path planFile, Path out) throws IOException {
        // README:begin
        ActionPlan plan = PlanJson.read(planFile);              // Merseyside's, as of 30 Jun 2025 (Q1)
        ReportingPeriod q2 = ReportingPeriod.parse("Q2 2025/26");
        Recommendation afi2 = plan.recommendation("2").orElseThrow();
        SubAction done = afi2.subActions().get(0).withCompletion(LocalDate.of(2025, 9, 12));
        ProgressUpdate update = ProgressUpdate.builder().period(q2).text("Policy approved.").build();
        ActionPlan next = plan.withPeriod(q2).withAsOf(q2.end()) // on to Q2 first: a plan holds no
                .withRecommendation(afi2                        // work done after its own date
                        .withSubAction(done)                    // in place of the sub-action with its id
                        .withUpdate(update));                   // the period's update, in period order
        PlanJson.write(next, out);                              // out, a Path: checked, not written
                                                                // where the plan has errors
        // README:end
        return next;
    }
}
