package io.github.actionplan.model;

import static io.github.actionplan.model.RecommendationKind.AREA_FOR_IMPROVEMENT;
import static io.github.actionplan.model.RecommendationKind.CAUSE_OF_CONCERN;
import static io.github.actionplan.model.RecommendationKind.RECOMMENDATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationKindCountTest {

    @Test
    void itemsOfOneKindAreCountedInTheirKindsOwnWord() {
        // Run 91 #1: Merseyside's five areas for improvement were counted as "5 recommendations".
        assertThat(RecommendationKind.counted(List.of(AREA_FOR_IMPROVEMENT, AREA_FOR_IMPROVEMENT)))
                .isEqualTo("2 areas for improvement");
        assertThat(RecommendationKind.counted(List.of(RECOMMENDATION))).isEqualTo("1 recommendation");
        assertThat(RecommendationKind.counted(3, List.of(CAUSE_OF_CONCERN))).isEqualTo("3 causes of concern");
        assertThat(RecommendationKind.counted(1, List.of(AREA_FOR_IMPROVEMENT))).isEqualTo("1 area for improvement");
    }

    @Test
    void itemsOfMixedKindsAreItemsCountedByKindInTheKindsOrder() {
        assertThat(RecommendationKind.counted(List.of(AREA_FOR_IMPROVEMENT, RECOMMENDATION, AREA_FOR_IMPROVEMENT,
                CAUSE_OF_CONCERN))).isEqualTo("4 items (2 areas for improvement, 1 recommendation, 1 cause of"
                        + " concern)");
        assertThat(RecommendationKind.counted(2, List.of(AREA_FOR_IMPROVEMENT, RECOMMENDATION))).isEqualTo("2 items");
        assertThat(RecommendationKind.plural(List.of(AREA_FOR_IMPROVEMENT, RECOMMENDATION))).isEqualTo("items");
        assertThat(RecommendationKind.plural(List.of(CAUSE_OF_CONCERN))).isEqualTo("causes of concern");
    }

    @Test
    void theJavadocsExampleOfMixedKindsIsWhatTheyAreCountedAs() {
        // Run 119 #2: the example listed recommendations first, against the enum's order it states.
        List<RecommendationKind> kinds = new java.util.ArrayList<>(java.util.Collections.nCopies(4, RECOMMENDATION));
        kinds.addAll(java.util.Collections.nCopies(8, AREA_FOR_IMPROVEMENT));

        assertThat(RecommendationKind.counted(kinds)).isEqualTo("12 items (8 areas for improvement, 4 recommendations)");
    }

    @Test
    void noItemsAreNoneOfAnyKind() {
        assertThat(RecommendationKind.counted(List.of())).isEqualTo("0 items");
    }
}
