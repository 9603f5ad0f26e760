package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void aWordIsMistypedWhenALetterIsLeftOutAddedChangedOrTwoSwapped() {
        assertThat(Typos.mistyped("protecton", "protection")).isTrue();
        assertThat(Typos.mistyped("protcetion", "protection")).isTrue();
        assertThat(Typos.mistyped("pretection", "protection")).isTrue();
        assertThat(Typos.mistyped("people and organisational developmnet", "people and organisational development"))
                .isTrue();
        assertThat(Typos.mistyped("recomendations", "recommendations")).isTrue();
    }

    @Test
    void anotherWordOrOneTooShortToTellIsNotMistyped() {
        assertThat(Typos.mistyped("prevention", "protection")).isFalse();
        assertThat(Typos.mistyped("hr", "it")).isFalse();
        assertThat(Typos.mistyped("red", "ref")).isFalse();
        assertThat(Typos.mistyped("finance team", "finance")).isFalse();
        assertThat(Typos.mistyped("notse", "notes")).isTrue();
        assertThat(Typos.mistyped("nots", "notes")).isTrue();
        assertThat(Typos.mistyped("owners", "owner")).isTrue();
    }

    @Test
    void aNameIsMistypedInOneWordButNotWhereANumberOrShortWordTellsOneUnitFromAnother() {
        assertThat(Typos.mistypedName("protecton", "protection")).isTrue();
        assertThat(Typos.mistypedName("people and organisational developmnet", "people and organisational development"))
                .isTrue();
        assertThat(Typos.mistypedName("comunity safety", "community safety")).isTrue();
        assertThat(Typos.mistypedName("station 1", "station 2")).isFalse();
        assertThat(Typos.mistypedName("watch a", "watch b")).isFalse();
        assertThat(Typos.mistypedName("station12", "station13")).isFalse();
        assertThat(Typos.mistypedName("comunity safty", "community safety")).isFalse(); // two words: another name
        assertThat(Typos.mistypedName("protection", "protection")).isFalse();
        // Titles of initials a letter apart are roles of their own; swapped letters or a look-alike digit are slips.
        assertThat(Typos.mistypedName("cfo", "dcfo")).isFalse();
        assertThat(Typos.mistypedName("acfo", "dcfo")).isFalse();
        assertThat(Typos.mistypedName("dfco", "dcfo")).isTrue();
        assertThat(Typos.mistypedName("dcf0", "dcfo")).isTrue();
        assertThat(Typos.mistypedName("1ct", "ict")).isTrue();
        assertThat(Typos.mistypedName("8fo", "bfo")).isTrue();
        assertThat(Typos.mistypedName("2ct", "ict")).isFalse();
        assertThat(Typos.mistypedName("dcfo", "dcfo")).isFalse();
    }
}
