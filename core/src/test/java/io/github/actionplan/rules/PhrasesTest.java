package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void daysAreCountedInWords() {
        assertThat(Phrases.days(0)).isEqualTo("0 days");
        assertThat(Phrases.days(1)).isEqualTo("1 day");
        assertThat(Phrases.days(153)).isEqualTo("153 days");
    }
}
