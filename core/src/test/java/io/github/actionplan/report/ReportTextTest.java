package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void charactersXmlCannotHoldBecomeTheReplacementCharacter() {
        assertThat(ReportText.clean("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    }

    @Test
    void tabAndLineFeedAreKeptAndCarriageReturnsBecomeLineFeeds() {
        assertThat(ReportText.clean("a\tb\nc\r\nd\re")).isEqualTo("a\tb\nc\nd\ne");
    }

    @Test
    void lineAndParagraphSeparatorsBecomeLineFeedsThatNoRendererDrawsAsNothing() {
        assertThat(ReportText.clean("Line three\u2028Line four\u2029end")).isEqualTo("Line three\nLine four\nend");
        assertThat(Narrative.parse("Line three\u2028Line four").plainText()).isEqualTo("Line three Line four");
    }

    @Test
    void unpairedSurrogatesAreReplacedAndPairsKept() {
        assertThat(ReportText.clean("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(ReportText.clean("x\uDE00y")).isEqualTo("x\uFFFDy");
        assertThat(ReportText.clean("😀 ŵ 漢")).isEqualTo("😀 ŵ 漢");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Gwasanaeth Tân ac Achub";
        assertThat(ReportText.clean(text)).isSameAs(text);
        assertThat(ReportText.isRepresentable('ŵ')).isTrue();
        assertThat(ReportText.isRepresentable(0x0B)).isFalse();
    }
}
