package io.github.actionplan.report.pdf;

import static io.github.actionplan.report.pdf.Glyphs.Treatment.DRAW;
import static io.github.actionplan.report.pdf.Glyphs.Treatment.OMIT;
import static io.github.actionplan.report.pdf.Glyphs.Treatment.OMIT_REPORTED;
import static io.github.actionplan.report.pdf.Glyphs.Treatment.REPLACE;
import static io.github.actionplan.report.pdf.Glyphs.Treatment.SPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.internal.Spacing;
import org.junit.jupiter.api.Test;

class GlyphsTest {

    @Test
    void aCharacterSomeFontHasIsDrawn() {
        assertThat(Glyphs.treatment('a', true)).isEqualTo(DRAW);
        assertThat(Glyphs.treatment(0x0301, true)).isEqualTo(DRAW);
    }

    @Test
    void spacesNoFontHasBecomeOrdinarySpaces() {
        assertThat(Glyphs.treatment('\t', false)).isEqualTo(SPACE);
        assertThat(Glyphs.treatment(0x3000, false)).isEqualTo(SPACE);
        assertThat(Glyphs.treatment(0x2028, false)).isEqualTo(SPACE);
    }

    @Test
    void invisibleCharactersAreLeftOutWithOrWithoutAGlyph() {
        for (int cp : new int[] {0x200B, 0x200C, 0x200D, 0x200E, 0x2060, 0xFEFF, 0xFE0F, 0xE0067, 0x00AD, 0x034F}) {
            assertThat(Glyphs.treatment(cp, true)).as(Glyphs.name(cp)).isEqualTo(OMIT);
            assertThat(Glyphs.treatment(cp, false)).as(Glyphs.name(cp)).isEqualTo(OMIT);
        }
    }

    @Test
    void visibleFormatCharactersAreNotIgnorable() {
        // The Arabic number sign is a format character with a visible form.
        assertThat(Glyphs.isDefaultIgnorable(0x0600)).isFalse();
        assertThat(Glyphs.treatment(0x0600, false)).isEqualTo(REPLACE);
    }

    @Test
    void combiningMarksNoFontHasAreLeftOutAndReported() {
        assertThat(Glyphs.treatment(0x1AB0, false)).isEqualTo(OMIT_REPORTED);
        assertThat(OMIT_REPORTED.reported()).isTrue();
    }

    @Test
    void anythingElseNoFontHasIsReplacedAndReported() {
        assertThat(Glyphs.treatment(0x6F22, false)).isEqualTo(REPLACE);
        assertThat(Glyphs.treatment(0xE000, false)).isEqualTo(REPLACE);
        assertThat(REPLACE.reported()).isTrue();
    }

    @Test
    void aLetterAndAnAccentTypedAfterItAreComposedAndTextWithoutIsKeptAsItIs() {
        String composed = "Gwasanaeth T\u00e2n";
        assertThat(Spacing.composed("Gwasanaeth Ta\u0302n")).isEqualTo(composed);
        assertThat(Spacing.composed(composed)).isSameAs(composed);
        assertThat(Glyphs.drawnText("cafe\u0301", cp -> true)).isEqualTo("caf\u00e9");
    }

    @Test
    void drawnTextAppliesTheRuleAndKeepsLineBreaks() {
        String drawn = Glyphs.drawnText("a\u200Bb\tc\n漢\u1AB0d", cp -> (cp >= 0x20 && cp < 0x80) || cp == 0xFFFD);

        assertThat(drawn).isEqualTo("ab c\n\uFFFDd");
        assertThat(Glyphs.readText("a\u200Bb\tc\n漢\u1AB0d", cp -> cp >= 0x20 && cp < 0x80))
                .as("what the structure tree reads")
                .isEqualTo("ab c\n漢d");
    }

    @Test
    void withoutAReplacementGlyphAQuestionMarkIsDrawn() {
        assertThat(Glyphs.drawnText("漢", cp -> cp < 0x80)).isEqualTo("?");
    }

    @Test
    void namesAreWrittenAsUPlusHex() {
        assertThat(Glyphs.name(0x1F600)).isEqualTo("U+1F600");
        assertThat(Glyphs.name('a')).isEqualTo("U+0061");
    }
}
