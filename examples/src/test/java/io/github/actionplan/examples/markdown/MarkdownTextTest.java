package io.github.actionplan.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract test's reader shows Markdown as a viewer does: no markup, escapes undone. */
class MarkdownTextTest {

    @Test
    void aHeadingShowsWithoutItsMarks() {
        assertThat(shown("# Not a heading\n")).isEqualTo("Not a heading\n");
        assertThat(shown("\\# Not a heading\n")).isEqualTo("# Not a heading\n");
    }

    @Test
    void aTableShowsItsCellsWithoutPipesAndDropsCellsBeyondTheHeaders() {
        assertThat(shown("| Ref | Text |\n| --- | --- |\n| H1 | | a | b | |\n| H2 | a \\| b |\n"))
                .isEqualTo("Ref\nText\nH1\nH2\na | b\n");
    }

    @Test
    void htmlShowsNoTagsAndABreakTagIsALineBreak() {
        assertThat(shown("<script>alert('x')</script>\n")).isEmpty();
        assertThat(shown("one<br>two \\<b\\>\n")).isEqualTo("one\ntwo <b>\n");
    }

    @Test
    void listsShowTheirBulletsAndNumbersAndEmphasisShowsNoMarkers() {
        assertThat(shown("- **first**\n- *second*\n\n3. third\n4. fourth\n"))
                .isEqualTo("• first\n• second\n3. third\n4. fourth\n");
    }

    /** The text a viewer shows, blank lines aside (the kit does not compare layout). */
    private static String shown(String markdown) {
        return MarkdownText.visibleText(markdown).replaceAll("\n+", "\n");
    }
}
