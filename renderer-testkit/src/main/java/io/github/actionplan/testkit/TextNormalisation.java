package io.github.actionplan.testkit;

import java.text.Normalizer;

/**
 * How the contract kit compares a report's strings with the text extracted from a rendered
 * file. Both sides are put in Unicode NFC, and white space is removed altogether: line breaks,
 * wrapping, cell borders and indentation are layout, which each format decides, so the kit does
 * not compare them. A renderer that must replace characters its format cannot show (a PDF font
 * without a glyph, say) documents the replacement and applies it to the expected strings through
 * {@link RendererContractTest#normaliseExpected(String)}.
 */
public final class TextNormalisation {

    private TextNormalisation() {}

    /** {@code text} in NFC with every white-space character removed. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !isSpace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Java's white space and Unicode's space separators (which include no-break spaces). */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
