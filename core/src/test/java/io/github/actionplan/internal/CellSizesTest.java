package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellSizesTest {

    @Test
    void widthsCountWideCharactersTwiceAndLinesWrapAtTheWidth() {
        assertThat(CellSizes.widestLine("abc\nabcdef")).isEqualTo(6);
        assertThat(CellSizes.widestLine("漢字")).isEqualTo(4);
        assertThat(CellSizes.widestLine("🔥")).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("x".repeat(24), 10)).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(CellSizes.wrappedLines("a\n\nb", 10)).isEqualTo(3);
    }

    @Test
    void linesWrapWordByWordAndBoldTextTakesMoreOfThem() {
        // 12 characters to a line at width 10: "aaaaa bbbbb" fits, "ccccc" does not fit beside it
        assertThat(CellSizes.wrappedLines("aaaaa bbbbb ccccc", 10)).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("aaaaaaa bbbbbbb", 10)).as("a whole word moves to the next line").isEqualTo(2);
        assertThat(CellSizes.wrappedLines("aaaaaaa " + "b".repeat(30), 10)).as("a long word breaks").isEqualTo(4);
        assertThat(CellSizes.wrappedLines("", 10)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("x".repeat(12), 10)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("x".repeat(12), 10, true)).isEqualTo(2);
    }

    @Test
    void theLongestWordIsMeasuredAsALineIs() {
        assertThat(CellSizes.longestWord("Progress reported")).isEqualTo(8);
        assertThat(CellSizes.longestWord("a 漢字漢字\nb")).isEqualTo(8);
        assertThat(CellSizes.longestWord("")).isZero();
    }

    @Test
    void aRowIsAsTallAsItsLinesFromOneLineToTheTallestRowExcelDraws() {
        assertThat(CellSizes.lineHeight(11)).isEqualTo(15);
        assertThat(CellSizes.rowHeight(3, 11)).isEqualTo(45f);
        assertThat(CellSizes.rowHeight(0, 11)).isEqualTo(15f);
        assertThat(CellSizes.rowHeight(1_000, 11)).isEqualTo(409f);
    }
}
