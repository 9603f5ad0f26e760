package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void wordsAreListedWithCommasAndTheConjunctionBeforeTheLast() {
        assertThat(Quote.listed(List.of("a.xlsx"), "and")).isEqualTo("a.xlsx");
        assertThat(Quote.listed(List.of("a.xlsx", "b.xlsx"), "and")).isEqualTo("a.xlsx and b.xlsx");
        assertThat(Quote.listed(List.of("Blue", "Red", "Amber", "Green"), "or")).isEqualTo("Blue, Red, Amber or Green");
    }
}
