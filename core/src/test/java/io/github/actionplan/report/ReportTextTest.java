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
    void lineAndParagraphSeparatorsBecomeSpacesThatNoRendererDrawsAsNothingNorAsABreakOfAList() {
        assertThat(ReportText.clean("Line three\u2028Line four\u2029end")).isEqualTo("Line three Line four end");
        assertThat(Narrative.parse("Line three\u2028Line four").plainText()).isEqualTo("Line three Line four");
        // Run 94 #1: two, as line feeds, were a paragraph break that took the words after them out of their item.
        assertThat(Narrative.parse("- 2.1: one\u2028\u2028two").blocks()).singleElement()
                .isInstanceOf(Block.BulletList.class);
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
