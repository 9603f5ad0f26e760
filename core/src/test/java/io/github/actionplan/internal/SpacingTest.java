package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacingTest {

    /**
     * The definition by the space class: spaces around the text gone, each run within it one space. The end is
     * {@code \\z}: Java's {@code $} also matches before a final line terminator, such as U+0085, which is no space.
     */
    private static String collapsedByPattern(String text) {
        return text.replaceAll("^" + Spacing.SPACE + "+|" + Spacing.SPACE + "+\\z", "")
                .replaceAll(Spacing.SPACE + "+", " ");
    }

    @Test
    void collapsingTrimsTheEndsAndMakesEachRunOfSpacesOneSpace() {
        assertThat(Spacing.collapsed("  Rec\u00a0 1\t\n")).isEqualTo("Rec 1");
        assertThat(Spacing.collapsed("1.3")).isEqualTo("1.3");
        assertThat(Spacing.collapsed("Head of  HR")).isEqualTo("Head of HR");
        assertThat(Spacing.collapsed("Head\u2003of\ufeffHR")).isEqualTo("Head of HR");
        assertThat(Spacing.collapsed(" \u3000 ")).isEmpty();
        assertThat(Spacing.collapsed("")).isEmpty();
    }

    @Test
    void collapsingAgreesWithTheSchemasSpaceClassOnAnyText() {
        char[] alphabet = ("ab \t\n\u000b\f\r\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
                + "\ufeff\u001c\u0085").toCharArray();
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(8)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(Spacing.collapsed(s)).as("%s", s.chars().mapToObj(c -> Integer.toHexString(c)).toList())
                    .isEqualTo(collapsedByPattern(s));
        }
    }

    @Test
    void foldingReadsNamesAsAPersonDoesWhateverTheirSpacingCaseAccentsOrDashes() {
        // Run 110 #6: the plan's "Cymraeg \u2013 Si\u00e2n" typed with a hyphen was an owner of their own.
        String plans = "Gwasanaethau Cymraeg \u2013 Si\u00e2n H\u00e2f";
        for (String typed : new String[] {"gwasanaethau cymraeg - si\u00e2n h\u00e2f", "Gwasanaethau  Cymraeg"
                + " \u2014 Sia\u0302n H\u00e2f", "Gwasanaethau Cymraeg \u2011 Si\u00e2n\u00a0H\u00e2f"}) {
            assertThat(Spacing.folded(typed)).as(typed).isEqualTo(Spacing.folded(plans));
        }
        assertThat(Spacing.folded("Blue-Watch")).isNotEqualTo(Spacing.folded("Blue Watch"));
        // Run 113 #5: an em dash written without spaces, typed as a hyphen with them
        assertThat(Spacing.folded("Prevention\u2014South")).isEqualTo(Spacing.folded("Prevention - South"))
                .isEqualTo(Spacing.folded("prevention-south"));
        assertThat(Spacing.hyphenated("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")).isEqualTo("-------");
        String plain = "Rec 1 - done";
        assertThat(Spacing.hyphenated(plain)).isSameAs(plain);
    }

    @Test
    void textThatNeedsNoCollapsingIsReturnedAsItIs() {
        String ref = "Rec 12";
        assertThat(Spacing.collapsed(ref)).isSameAs(ref);
    }
}
