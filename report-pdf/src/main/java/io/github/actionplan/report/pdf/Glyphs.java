package io.github.actionplan.report.pdf;

import io.github.actionplan.internal.Spacing;
import java.util.function.IntPredicate;

/**
 * The one rule for what the PDF draws for each character, used by the renderer and, to work out
 * the text a reader will find, by the tests.
 *
 * <p>OpenPDF silently drops a character its font has no glyph for. So every code point is looked
 * up in the fonts, and one that no font can draw is treated by its kind:
 * <ul>
 *   <li>a space of any kind (tab, ideographic space, line separator...) becomes an ordinary space;</li>
 *   <li>an invisible format character (zero-width space and joiners, byte order mark, direction
 *       marks, variation selectors, tags: Unicode's default-ignorable code points) is left out
 *       without a warning, whether a font has a glyph for it or not: it has no visible form to
 *       lose, and the zero-width glyphs some fonts have for them are read back inconsistently;</li>
 *   <li>a combining mark is left out, with a warning: drawing a replacement after its base letter
 *       would look like a separate character;</li>
 *   <li>anything else is drawn as {@value #REPLACEMENT_NAME} (or {@code '?'} where no font has
 *       that either), with a warning naming the character and where it was.</li>
 * </ul>
 * The soft hyphen U+00AD, default-ignorable too, is always left out: OpenPDF does not hyphenate
 * at it, and fonts draw it as a visible hyphen in the middle of the word.
 */
final class Glyphs {

    /** What a character no font can draw becomes: U+FFFD REPLACEMENT CHARACTER. */
    static final int REPLACEMENT = 0xFFFD;
    /** The replacement when no font has U+FFFD either. */
    static final int LAST_RESORT = '?';
    static final String REPLACEMENT_NAME = "U+FFFD";

    private static final int SOFT_HYPHEN = 0x00AD;

    private Glyphs() {}

    /** How one code point is drawn. */
    enum Treatment {
        /** Drawn with a font that has it. */
        DRAW(false),
        /** Drawn as an ordinary space. */
        SPACE(false),
        /** Left out; it has no visible form. */
        OMIT(false),
        /** Left out, and reported: a combining mark no font has. */
        OMIT_REPORTED(true),
        /** Drawn as the replacement character, and reported. */
        REPLACE(true);

        private final boolean reported;

        Treatment(boolean reported) {
            this.reported = reported;
        }

        /** Whether a warning names the character. */
        boolean reported() {
            return reported;
        }
    }

    /**
     * How {@code codePoint} is drawn, given whether some font in the chain has a glyph for it.
     * Line feeds are line breaks and never reach this method.
     */
    static Treatment treatment(int codePoint, boolean drawable) {
        // Invisible by definition: drawing them gains nothing, and readers of the PDF treat the
        // zero-width glyphs some fonts have for them differently (PDFBox drops some).
        if (codePoint == SOFT_HYPHEN || isDefaultIgnorable(codePoint)) {
            return Treatment.OMIT;
        }
        if (drawable) {
            return Treatment.DRAW;
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return Treatment.SPACE;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return Treatment.OMIT_REPORTED;
        }
        return Treatment.REPLACE;
    }

    /**
     * The text a reader finds in the PDF for {@code text}, line breaks kept: every code point
     * treated as {@link #treatment} says. {@code drawable} says whether some font has a glyph
     * for a code point, U+FFFD included.
     */
    static String drawnText(String typed, IntPredicate drawable) {
        return text(typed, drawable, drawable.test(REPLACEMENT) ? REPLACEMENT : LAST_RESORT);
    }

    /**
     * The text a screen reader reads in the PDF's structure tree for {@code text}: as {@link #drawnText} has it, but
     * for a character drawn as a replacement, which reads as itself (its element's actual text).
     */
    static String readText(String typed, IntPredicate drawable) {
        return text(typed, drawable, -1);
    }

    /** The text as {@link #treatment} leaves it, a character replaced becoming {@code replacement}, or itself if -1. */
    private static String text(String typed, IntPredicate drawable, int replacement) {
        String text = Spacing.composed(typed);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
                return;
            }
            switch (treatment(cp, drawable.test(cp))) {
                case DRAW -> out.appendCodePoint(cp);
                case SPACE -> out.append(' ');
                case OMIT, OMIT_REPORTED -> { }
                case REPLACE -> out.appendCodePoint(replacement < 0 ? cp : replacement);
            }
        });
        return out.toString();
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): characters
     * that have no visible form unless a renderer shows them specially.
     */
    static boolean isDefaultIgnorable(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            // Cf, except the few format characters that are visible (e.g. Arabic number signs),
            // which the property leaves out; they then count as ordinary characters.
            return !(cp >= 0x0600 && cp <= 0x0605) && cp != 0x06DD && cp != 0x070F && cp != 0x0890
                    && cp != 0x0891 && cp != 0x08E2 && cp != 0x110BD && cp != 0x110CD
                    && !(cp >= 0xFFF9 && cp <= 0xFFFB) && !(cp >= 0x13430 && cp <= 0x1343F);
        }
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x2060 && cp <= 0x206F)
                || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    /** {@code "U+1F600"}: how a warning names a code point. */
    static String name(int codePoint) {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }
}
