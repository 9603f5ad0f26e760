package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void formulaTriggersAreTheOwaspCharactersTabCarriageReturnAndLineFeed() {
        for (String text : List.of("=1+1", "+44", "-5", "@SUM(1)", "\tx", "\rx", "\nx")) {
            assertThat(Texts.startsLikeFormula(text)).as(text).isTrue();
        }
        for (String text : List.of("", "1=1", " =1", "'=1", "Rec 1", "£5")) {
            assertThat(Texts.startsLikeFormula(text)).as(text).isFalse();
        }
    }

    @Test
    void escapeLikeSequencesGetTheirUnderscoreEscaped() {
        assertThat(Texts.escape("code _x0041_ here")).isEqualTo("code _x005F_x0041_ here");
        assertThat(Texts.escape("_x005F_x0041_")).isEqualTo("_x005F_x005F_x005F_x0041_");
        assertThat(Texts.escape("_x004 and _xZZZZ_ and x0041_")).isEqualTo("_x004 and _xZZZZ_ and x0041_");
    }

    @Test
    void escapedIndexMovesPastEveryEscapeBeforeIt() {
        String text = "a_x0041_b_x0042_c";
        assertThat(Texts.escapedIndex(text, 0)).isEqualTo(0);
        assertThat(Texts.escapedIndex(text, 2)).isEqualTo(8);
        assertThat(Texts.escape(text).substring(Texts.escapedIndex(text, 8), Texts.escapedIndex(text, 9))).isEqualTo("b");
    }

    @Test
    void piecesJoinToTheTextFitTheLimitEscapedAndNeverSplitAPair() {
        String text = Fixtures.longString(100_000);
        List<String> pieces = Texts.split(text, 32_000);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).hasSize(4);
        for (String piece : pieces) {
            assertThat(Texts.escape(piece).length()).isLessThanOrEqualTo(32_000);
            assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
        }
    }

    @Test
    void aCutThatWouldLandInsideASurrogatePairStopsBeforeIt() {
        assertThat(Texts.prefixEnd("ab🔥", 0, 3)).isEqualTo(2);
        assertThat(Texts.prefixEnd("ab🔥", 0, 4)).isEqualTo(4);
    }

    @Test
    void textFitsInACellUpToTheLimitCountedAfterEscaping() {
        assertThat(Texts.fitsInCell("x".repeat(32_767))).isTrue();
        assertThat(Texts.fitsInCell("x".repeat(32_768))).isFalse();
        assertThat(Texts.fitsInCell("_x0041_".repeat(4_000))).isFalse();
    }

    @Test
    void widthsCountWideCharactersTwiceAndLinesWrapAtTheWidth() {
        assertThat(Texts.widestLine("abc\nabcdef")).isEqualTo(6);
        assertThat(Texts.widestLine("漢字")).isEqualTo(4);
        assertThat(Texts.widestLine("🔥")).isEqualTo(2);
        assertThat(Texts.wrappedLines("x".repeat(24), 10)).isEqualTo(2);
        assertThat(Texts.wrappedLines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(Texts.wrappedLines("a\n\nb", 10)).isEqualTo(3);
    }
}
