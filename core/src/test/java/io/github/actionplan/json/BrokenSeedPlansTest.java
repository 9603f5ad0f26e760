package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * The real plans with one thing broken, the way a person editing them might: the problem is
 * found at its place in a large file, and nothing else is reported.
 */
class BrokenSeedPlansTest {

    private static final String DERBYSHIRE = "derbyshire-2023-11-01.json";
    private static final String MERSEYSIDE = "merseyside-2025-q1.json";

    @Test
    void bothSeedPlansReadWithNoProblemsAtAll() {
        assertThatNoException().isThrownBy(() -> {
            assertThat(PlanJson.reader().read(SeedPlans.json(DERBYSHIRE)).warnings()).isEmpty();
            assertThat(PlanJson.reader().read(SeedPlans.json(MERSEYSIDE)).warnings()).isEmpty();
        });
    }

    @Test
    void derbyshireWithRec4RenamedRec17HasADuplicateRefOnLine80() {
        String json = replaceOnce(SeedPlans.json(DERBYSHIRE), "\"ref\": \"Rec 4\"", "\"ref\": \"Rec 17\"");

        assertThat(problems(json)).containsExactly(
                "/recommendations/3/ref: duplicate ref 'Rec 17': /recommendations/0 has it already; each ref must be"
                        + " unique in the plan (line 80, column 14)");
    }

    @Test
    void derbyshireWithRec17At120PercentSaysSoOnLine25() {
        String json = replaceOnce(SeedPlans.json(DERBYSHIRE), "\"progress\": 87", "\"progress\": 120");

        assertThat(problems(json)).containsExactly(
                "/recommendations/0/progress: 120 is not a percentage;"
                        + " write a number from 0 to 100, such as 50 (line 25, column 19)");
    }

    @Test
    void derbyshireWithRec17sProgressWrittenAsTheJavaAccessorIsHintedAtTheFieldItMeans() {
        // Run 84 #2: the model's reportedProgress() is "progress" in the JSON, as a sub-action's is.
        String json = replaceOnce(SeedPlans.json(DERBYSHIRE), "\"progress\": 87", "\"reportedProgress\": 87");

        assertThat(problems(json)).singleElement().asString().startsWith("/recommendations/0/reportedProgress:"
                + " unknown field 'reportedProgress' (did you mean 'progress'?)");
    }

    @Test
    void derbyshireWithAStatusLabelWrittenInWordsIsToldTheKeysAndTheNearestOne() {
        String json = replaceOnce(SeedPlans.json(DERBYSHIRE), "\"ON_TRACK\": \"Open", "\"on_track\": \"Open");

        assertThat(problems(json)).containsExactly(
                "/statusLabels/on_track: 'on_track' is not a status (did you mean 'ON_TRACK'?); the statusLabels keys"
                        + " are COMPLETE, ON_TRACK, AT_RISK, OFF_TRACK (line 15, column 17)");
    }

    @Test
    void merseysideWithTheThreeTimescalesOfItsOriginalCellInOneSubActionReadsWithAWarning() throws Exception {
        String json = replaceOnce(SeedPlans.json(MERSEYSIDE), "\"due\": \"Aug 2024\"",
                "\"due\": \"Aug 2024; June 2024; July 2024\"");

        PlanReader.Result result = PlanJson.reader().read(json);

        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/1/subActions/0/due: 'Aug 2024; June 2024; July 2024' holds several"
                        + " timescales, so it has no due date; give each its own sub-action (line 52, column 18)");
        assertThat(result.plan().recommendations().get(1).subActions().get(0).due())
                .hasValueSatisfying(due -> assertThat(due.kind()).isEqualTo(Timescale.Kind.UNRECOGNISED));
    }

    @Test
    void merseysideWithoutTheKindOfItsSecondAreaForImprovementPointsAtThatObject() {
        String json = replaceOnce(SeedPlans.json(MERSEYSIDE), "\"ref\": \"2\",\n      \"kind\": \"AREA_FOR_IMPROVEMENT\",",
                "\"ref\": \"2\",");

        assertThat(problems(json)).containsExactly(
                "/recommendations/1/kind: required field 'kind' is missing (line 39, column 5)");
    }

    private static String replaceOnce(String json, String target, String replacement) {
        int at = json.indexOf(target);
        assertThat(at).as("the seed holds %s", target).isNotNegative();
        return json.substring(0, at) + replacement + json.substring(at + target.length());
    }

    private static java.util.List<String> problems(String json) {
        return assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> PlanJson.reader().read(json))
                .actual().problems().stream().map(Problem::toString).toList();
    }
}
