package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class PercentTest {

    private static Percent percent(String value) {
        return Percent.of(new BigDecimal(value));
    }

    @Test
    void aPercentageIsShownRoundedHalfUpToAWholePercent() {
        assertThat(percent("62.5").displayText()).isEqualTo("63%");
        assertThat(percent("87.49").displayText()).isEqualTo("87%");
        assertThat(percent("0.5").displayText()).isEqualTo("1%");
        assertThat(percent("0.00").displayText()).isEqualTo("0%");
        assertThat(percent("1E+2").displayText()).isEqualTo("100%");
        assertThat(Percent.of(44).displayText()).isEqualTo(Percent.of(44).rounded() + "%");
    }

    @Test
    void aShareOfOneIsShownAsAWholePercentRoundedHalfUp() {
        assertThat(Percent.displayShare(new BigDecimal("0.75"))).isEqualTo("75%");
        assertThat(Percent.displayShare(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64)))
                .isEqualTo("67%");
        assertThat(Percent.displayShare(new BigDecimal("0.125"))).isEqualTo("13%");
        assertThat(Percent.displayShare(BigDecimal.ZERO)).isEqualTo("0%");
        assertThat(Percent.displayShare(BigDecimal.ONE)).isEqualTo("100%");
        assertThat(Percent.displayShare(new BigDecimal("1E+0"))).isEqualTo("100%");
    }

    @Test
    void aShareIsShownAsThePercentageOfTheSameValueIs() {
        for (String value : new String[] {"0", "0.5", "12.5", "33.333", "62.5", "99.5", "100"}) {
            assertThat(Percent.displayShare(percent(value).fraction())).as(value)
                    .isEqualTo(percent(value).displayText());
        }
    }

    @Test
    void aShareMayBeMoreThanOneButNotNegative() {
        assertThat(Percent.displayShare(new BigDecimal("1.5"))).isEqualTo("150%");
        assertThatThrownBy(() -> Percent.displayShare(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("share -0.1 is negative");
    }

    @Test
    void aWholePercentageIsPreciseWithNoDecimalsHowEverItWasWritten() {
        assertThat(percent("0").preciseText()).isEqualTo("0%");
        assertThat(percent("0.00").preciseText()).isEqualTo("0%");
        assertThat(percent("44").preciseText()).isEqualTo("44%");
        assertThat(percent("100.0").preciseText()).isEqualTo("100%");
        assertThat(percent("1E+2").preciseText()).isEqualTo("100%");
    }

    @Test
    void anyOtherPercentageIsCutToOneDecimalPlaceSoItIsNeverShownOnTheOtherSideOfAThreshold() {
        assertThat(percent("74.9").preciseText()).isEqualTo("74.9%");
        assertThat(percent("12.50").preciseText()).isEqualTo("12.5%");
        assertThat(percent("33.333").preciseText()).isEqualTo("33.3%");
        assertThat(percent("62.55").preciseText()).isEqualTo("62.5%");
        // Rounded, these read "at 75%, below 75%" and "at 100%" beside Off track.
        assertThat(percent("74.9999").preciseText()).isEqualTo("74.9%");
        assertThat(percent("99.9999").preciseText()).isEqualTo("99.9%");
    }

    @Test
    void workShortOf100PercentIsNeverShownAs100Percent() {
        assertThat(percent("99.5").displayText()).isEqualTo("99%");
        assertThat(percent("99.999999").rounded()).isEqualTo(99);
        assertThat(percent("99.4").displayText()).isEqualTo("99%");
        assertThat(percent("100").displayText()).isEqualTo("100%");
    }
}
