package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellWidthsTest {

    @Test
    void widthsCountWideCharactersTwiceAndLinesWrapAtTheWidth() {
        assertThat(CellWidths.widestLine("abc\nabcdef")).isEqualTo(6);
        assertThat(CellWidths.widestLine("漢字")).isEqualTo(4);
        assertThat(CellWidths.widestLine("🔥")).isEqualTo(2);
        assertThat(CellWidths.wrappedLines("x".repeat(24), 10)).isEqualTo(2);
        assertThat(CellWidths.wrappedLines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(CellWidths.wrappedLines("a\n\nb", 10)).isEqualTo(3);
    }

    @Test
    void linesWrapWordByWordAndBoldTextTakesMoreOfThem() {
        // 12 characters to a line at width 10: "aaaaa bbbbb" fits, "ccccc" does not fit beside it
        assertThat(CellWidths.wrappedLines("aaaaa bbbbb ccccc", 10)).isEqualTo(2);
        assertThat(CellWidths.wrappedLines("aaaaaaa bbbbbbb", 10)).as("a whole word moves to the next line").isEqualTo(2);
        assertThat(CellWidths.wrappedLines("aaaaaaa " + "b".repeat(30), 10)).as("a long word breaks").isEqualTo(4);
        assertThat(CellWidths.wrappedLines("", 10)).isEqualTo(1);
        assertThat(CellWidths.wrappedLines("x".repeat(12), 10)).isEqualTo(1);
        assertThat(CellWidths.wrappedBoldLines("x".repeat(12), 10)).isEqualTo(2);
    }

    @Test
    void theLongestWordIsMeasuredAsALineIs() {
        assertThat(CellWidths.longestWord("Progress reported")).isEqualTo(8);
        assertThat(CellWidths.longestWord("a 漢字漢字\nb")).isEqualTo(8);
        assertThat(CellWidths.longestWord("")).isZero();
    }
}
