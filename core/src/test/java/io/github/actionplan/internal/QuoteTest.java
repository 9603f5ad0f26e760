package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void aCharacterThatActsRatherThanShowsIsShownByItsCodeAndEmojiAndSpacesAsThemselves() {
        // Trial 50 F1, F7: a direction override and a soft hyphen were quoted as they are, reordering or hiding text.
        assertThat(Quote.shown("Fin\u202eexe R\u00ad1 R\u200b1 \u001b[2J")).isEqualTo(
                "Fin<U+202E>exe R<U+00AD>1 R<U+200B>1 <U+001B>[2J");
        assertThat(Quote.shown("Teulu \ud83d\udc68\u200d\ud83d\udc69 ap Siôn")).isEqualTo(
                "Teulu \ud83d\udc68\u200d\ud83d\udc69 ap Siôn");
        assertThat(Quote.isHidden('\u200d')).as("the joiner emoji are made with").isFalse();
        assertThat(Quote.isHidden('\u0085')).isTrue();
    }

    @Test
    void aNameIsShownWholeUpToAHundredCharactersAndAnyOtherTextUpToForty() {
        String name = "Area Manager, Community Risk Management and Prevention – Siân O'Neill";

        assertThat(Quote.singleName(name)).isEqualTo("'" + name + "'");
        assertThat(Quote.single(name)).isEqualTo("'Area Manager, Community Risk Management …'");
        assertThat(Quote.name("x".repeat(150))).isEqualTo("x".repeat(100) + "…");
    }

    @Test
    void namesListedAreEachShownWholeUpToAHundredCharacters() {
        String name = "Area Manager, Community Risk Management and Prevention – Siân O'Neill";

        assertThat(Quote.firstNamed(List.of("Protection", name, "ICT"), 2)).isEqualTo(
                "'Protection', '" + name + "' and 1 other");
    }

    @Test
    void wordsAreListedWithCommasAndTheConjunctionBeforeTheLast() {
        assertThat(Quote.listed(List.of("a.xlsx"), "and")).isEqualTo("a.xlsx");
        assertThat(Quote.listed(List.of("a.xlsx", "b.xlsx"), "and")).isEqualTo("a.xlsx and b.xlsx");
        assertThat(Quote.listed(List.of("Blue", "Red", "Amber", "Green"), "or")).isEqualTo("Blue, Red, Amber or Green");
    }
}
