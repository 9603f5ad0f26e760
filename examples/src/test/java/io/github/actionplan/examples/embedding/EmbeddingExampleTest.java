package io.github.actionplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.examples.StandardOutput;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.PlanValidator;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void printsTheSummaryTheOffTrackItemsWithReasonsAndTheChangesBetweenQuarters() throws Exception {
        String output = StandardOutput.of(() -> EmbeddingExample.main(new String[0]));

        assertThat(output.lines()).containsExactly(
                "Example Fire and Rescue Service: Inspection improvement plan",
                "Status at 2025-06-30 (April-June 2025): 5 items, overall progress 47%",
                "  On track: 1",
                "  At risk: 2",
                "  Off track: 1",
                "  Closed: 1",
                "Off track:",
                "  AFI 2 (Protection): deadline 31 May 2025 passed 30 days before 30 Jun 2025 at 40%",
                "At risk:",
                "  AFI 3: due 15 Jul 2025, in 15 days at 20%, below 75%",
                "  AFI 5: blocked: waiting on National Fire Chiefs Council, due 31 Mar 2026 at 10%",
                "Changes from 2025-03-31 to 2025-06-30:",
                "  AFI 1: On track -> On track, 35% -> 65%",
                "  AFI 2: On track -> Off track, 30% -> 40%, newly overdue",
                "  AFI 3: On track -> At risk, 10% -> 20%",
                "  AFI 4: On track -> Closed, 80% -> 100%",
                "Newly complete: [AFI 4]",
                "Newly overdue: [AFI 2]",
                "New this quarter: [AFI 5]");
    }

    @Test
    void thePlansBuiltInCodeAreValidAndSurviveAJsonRoundTrip() throws Exception {
        ActionPlan lastQuarter = EmbeddingExample.lastQuarter();
        ActionPlan thisQuarter = EmbeddingExample.thisQuarter(lastQuarter);

        for (ActionPlan plan : new ActionPlan[] {lastQuarter, thisQuarter}) {
            assertThat(PlanValidator.validate(plan)).isEmpty();
            assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
        }
    }
}
