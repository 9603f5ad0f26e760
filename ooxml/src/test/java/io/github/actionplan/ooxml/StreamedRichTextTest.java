package io.github.actionplan.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamedRichTextTest {

    @Test
    void aTextWithNoFontAppliedHasNoRunsAndTakesTheCellsFontThroughout() {
        StreamedRichText text = new StreamedRichText("plain");

        assertThat(text.numFormattingRuns()).isZero();
        assertThat(text.fontAt(4)).isEqualTo(-1);
        assertThat(text.getString()).isEqualTo("plain");
        assertThat(text.length()).isEqualTo(5);
    }

    @Test
    void eachStretchOfOneFontIsARunTheLaterFontWinningWhereTheyOverlap() {
        StreamedRichText text = new StreamedRichText("a bold then italic end");
        text.applyFont(2, 6, (short) 3);
        text.applyFont(12, 18, (short) 4);
        text.applyFont(5, 13, (short) 4);

        assertThat(text.numFormattingRuns()).isEqualTo(4);
        assertThat(text.getIndexOfFormattingRun(0)).isZero();
        assertThat(text.getIndexOfFormattingRun(1)).isEqualTo(2);
        assertThat(text.getIndexOfFormattingRun(2)).isEqualTo(5);
        assertThat(text.getIndexOfFormattingRun(3)).isEqualTo(18);
        assertThat(text.fontAt(4)).isEqualTo(3);
        assertThat(text.fontAt(17)).isEqualTo(4);
        assertThat(text.fontAt(18)).isEqualTo(-1);
        assertThatThrownBy(() -> text.getIndexOfFormattingRun(4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("no formatting run 4 of 4");
    }

    @Test
    void aFontOnTheWholeTextIsOneRunAndClearingFormattingLeavesNone() {
        StreamedRichText text = new StreamedRichText("whole");
        text.applyFont((short) 2);

        assertThat(text.numFormattingRuns()).isOne();
        assertThat(text.fontAt(0)).isEqualTo(2);
        text.clearFormatting();
        assertThat(text.numFormattingRuns()).isZero();
    }

    @Test
    void aStretchOutsideTheTextOrANegativeFontIndexIsRefused() {
        StreamedRichText text = new StreamedRichText("short");

        assertThatThrownBy(() -> text.applyFont(2, 9, (short) 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.applyFont(3, 2, (short) 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.applyFont(0, 2, (short) -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a font index is at least 0, not -1");
    }
}
