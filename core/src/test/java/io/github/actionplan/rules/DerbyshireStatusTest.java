package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerbyshireStatusTest {

    private final ActionPlan plan = SeedPlans.derbyshire();
    private final PlanAssessment assessed = Assessor.standard().assess(plan, SeedPlans.DERBYSHIRE_AS_OF);

    @Test
    void derbyshireAtFirstNovember2023HasThreeOnTrackFifteenOffTrackTwoComplete() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        assessed.recommendations().forEach(r -> counts.merge(r.status(), 1, Integer::sum));

        assertThat(assessed.recommendations()).hasSize(20);
        assertThat(counts).containsOnly(
                Map.entry(Status.ON_TRACK, 3), Map.entry(Status.OFF_TRACK, 15), Map.entry(Status.COMPLETE, 2));
    }

    @Test
    void everyComputedStatusMatchesTheStatusDerbyshirePrinted() {
        for (RecommendationAssessment r : assessed.recommendations()) {
            assertThat(r.status())
                    .as("%s: %s", r.recommendation().ref(), r.reason())
                    .isEqualTo(r.ownerAssessment().orElseThrow().status());
            assertThat(r.disagreesWithOwner()).isFalse();
        }
    }

    @Test
    void everyOverallPercentIsAsPrinted() {
        Map<String, Integer> printed = Map.ofEntries(
                Map.entry("Rec 17", 87), Map.entry("Recommendation 34", 87), Map.entry("Rec:3", 6),
                Map.entry("Rec 4", 44), Map.entry("Rec 5", 68), Map.entry("Rec 20", 100), Map.entry("Rec 21", 43),
                Map.entry("Rec 23", 50), Map.entry("Rec 27", 75), Map.entry("Rec 28", 25), Map.entry("Rec 32", 50),
                Map.entry("Rec 33", 2), Map.entry("Rec 22", 7), Map.entry("Rec 1", 59), Map.entry("Rec 24", 5),
                Map.entry("Rec 26", 10), Map.entry("Rec 9", 85), Map.entry("Rec 12", 0), Map.entry("Rec 14", 0),
                Map.entry("Rec 18", 100));

        assertThat(plan.recommendations()).extracting(Recommendation::ref).containsExactlyInAnyOrderElementsOf(printed.keySet());
        for (Recommendation r : plan.recommendations()) {
            assertThat(r.progress().rounded()).as(r.ref()).isEqualTo(printed.get(r.ref()));
        }
    }

    @Test
    void theReasonForAnOffTrackItemGivesTheDeadlineTheDaysAndTheProgress() {
        RecommendationAssessment rec4 = assessed.recommendation("Rec 4").orElseThrow();

        assertThat(rec4.reason()).isEqualTo("deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%");
    }
}
