package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A plan's progress, where the builders set it: a whole percent outside 0-100 is refused naming the field, and a
 * progress of more decimal places than the plan format writes is refused naming the item and the field, while a
 * {@link Percent} itself (a computed mean, say) keeps every place.
 */
class ProgressCheckTest {

    private static final Percent SEVEN_PLACES = Percent.of(new BigDecimal("12.3456789"));

    private static Recommendation.Builder afi() {
        return Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Words.");
    }

    @Test
    void aSubActionsWholePercentProgressOutsideZeroToHundredIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SubAction.builder().id("1.1").progress(120))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("progress 120 is not a percentage; write a number from 0 to 100, such as 50");
        assertThatThrownBy(() -> SubAction.builder().id("1.1").progress(-1))
                .hasMessage("progress -1 is not a percentage; write a number from 0 to 100, such as 50");
    }

    @Test
    void aRecommendationsWholePercentReportedProgressOutsideZeroToHundredIsRefusedNamingTheField() {
        assertThatThrownBy(() -> afi().reportedProgress(120))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reportedProgress 120 is not a percentage; write a number from 0 to 100, such as 50");
    }

    @Test
    void aSubActionsProgressOfMoreThanSixDecimalPlacesIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> SubAction.builder().id("1.1").progress(SEVEN_PLACES).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sub-action '1.1' progress 12.3456789 has more than the 6 decimal places a percentage"
                        + " may have; round a computed one first, as Percent.of(value.setScale(6,"
                        + " RoundingMode.HALF_UP))");
        SubAction survey = SubAction.builder().id("1.1").build();
        assertThatThrownBy(() -> survey.withProgress(SEVEN_PLACES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecommendationsReportedProgressOfMoreThanSixDecimalPlacesIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> afi().reportedProgress(SEVEN_PLACES).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("recommendation 'AFI 1' reportedProgress 12.3456789 has more than the 6 decimal places a"
                        + " percentage may have; round a computed one first, as Percent.of(value.setScale(6,"
                        + " RoundingMode.HALF_UP))");
        Recommendation afi = afi().build();
        assertThatThrownBy(() -> afi.withReportedProgress(SEVEN_PLACES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sixDecimalPlacesAndTrailingZerosBeyondThemAreAProgress() {
        Percent six = Percent.of(new BigDecimal("12.345678000"));

        assertThat(SubAction.builder().id("1.1").progress(six).build().progress()).contains(six);
        assertThat(afi().reportedProgress(six).build().reportedProgress()).contains(six);
    }

    @Test
    void aComputedPercentageKeepsEveryPlace() {
        Recommendation thirds = afi()
                .addSubAction(SubAction.builder().id("1.1").progress(30).build())
                .addSubAction(SubAction.builder().id("1.2").progress(30).build())
                .addSubAction(SubAction.builder().id("1.3").progress(70).build())
                .build();

        assertThat(thirds.progress().value().scale()).isGreaterThan(6);
        assertThat(SEVEN_PLACES.value()).isEqualByComparingTo("12.3456789");
    }
}
