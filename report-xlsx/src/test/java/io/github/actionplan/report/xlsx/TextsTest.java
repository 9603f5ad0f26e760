package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.internal.SpreadsheetCells;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void piecesJoinToTheTextFitTheLimitEscapedAndNeverSplitAPair() {
        String text = Fixtures.longString(100_000);
        List<String> pieces = Texts.split(text, 32_000);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).hasSize(4);
        for (String piece : pieces) {
            assertThat(SpreadsheetCells.escape(piece).length()).isLessThanOrEqualTo(32_000);
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
}
