package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static Percent percent(String value) {
        return Percent.of(new BigDecimal(value));
    }

    @Test
    void wholePercentagesHaveNoDecimalsHowEverTheyWereWritten() {
        assertThat(Phrases.percent(percent("0"))).isEqualTo("0%");
        assertThat(Phrases.percent(percent("0.00"))).isEqualTo("0%");
        assertThat(Phrases.percent(percent("44"))).isEqualTo("44%");
        assertThat(Phrases.percent(percent("100.0"))).isEqualTo("100%");
        assertThat(Phrases.percent(percent("1E+2"))).isEqualTo("100%");
    }

    @Test
    void otherPercentagesHaveOneDecimalPlaceRoundedHalfUp() {
        assertThat(Phrases.percent(percent("74.9"))).isEqualTo("74.9%");
        assertThat(Phrases.percent(percent("12.50"))).isEqualTo("12.5%");
        assertThat(Phrases.percent(percent("33.333"))).isEqualTo("33.3%");
        assertThat(Phrases.percent(percent("74.96"))).isEqualTo("75%");
    }

    @Test
    void daysAreCountedInWords() {
        assertThat(Phrases.days(0)).isEqualTo("0 days");
        assertThat(Phrases.days(1)).isEqualTo("1 day");
        assertThat(Phrases.days(153)).isEqualTo("153 days");
    }
}
