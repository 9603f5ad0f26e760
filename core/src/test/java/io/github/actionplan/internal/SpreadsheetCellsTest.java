package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.spi.support.SpreadsheetText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void formulaTriggersAreTheOwaspCharactersTabCarriageReturnAndLineFeed() {
        for (String text : List.of("=1+1", "+44", "-5", "@SUM(1)", "\tx", "\rx", "\nx")) {
            assertThat(SpreadsheetCells.startsLikeFormula(text)).as(text).isTrue();
            assertThat(SpreadsheetText.startsLikeFormula(text)).as("what plugins are given: " + text).isTrue();
        }
        for (String text : List.of("", "1=1", " =1", "'=1", "Rec 1", "£5")) {
            assertThat(SpreadsheetCells.startsLikeFormula(text)).as(text).isFalse();
            assertThat(SpreadsheetText.startsLikeFormula(text)).as("what plugins are given: " + text).isFalse();
        }
    }

    @Test
    void escapeLikeSequencesGetTheirUnderscoreEscaped() {
        assertThat(SpreadsheetCells.escape("code _x0041_ here")).isEqualTo("code _x005F_x0041_ here");
        assertThat(SpreadsheetCells.escape("_x005F_x0041_")).isEqualTo("_x005F_x005F_x005F_x0041_");
        assertThat(SpreadsheetCells.escape("_x004 and _xZZZZ_ and x0041_")).isEqualTo("_x004 and _xZZZZ_ and x0041_");
    }

    @Test
    void escapedIndexMovesPastEveryEscapeBeforeIt() {
        String text = "a_x0041_b_x0042_c";
        assertThat(SpreadsheetCells.escapedIndex(text, 0)).isEqualTo(0);
        assertThat(SpreadsheetCells.escapedIndex(text, 2)).isEqualTo(8);
        assertThat(SpreadsheetCells.escape(text).substring(SpreadsheetCells.escapedIndex(text, 8), SpreadsheetCells.escapedIndex(text, 9))).isEqualTo("b");
    }
}
