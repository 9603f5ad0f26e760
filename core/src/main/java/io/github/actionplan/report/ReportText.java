package io.github.actionplan.report;

/**
 * The one replacement core makes to text on its way into a report, so that every format can
 * hold every string.
 *
 * <p>XML 1.0, and so DOCX and XLSX, cannot hold the C0 control characters other than tab, line
 * feed and carriage return, nor U+FFFE and U+FFFF, nor unpaired surrogates; POI would silently
 * write {@code ?} instead. Core replaces each such character with U+FFFD REPLACEMENT CHARACTER
 * ({@value #REPLACEMENT}), visibly, before any renderer sees the text. Line endings are normalised
 * to {@code '\n'}, and the line and paragraph separators U+2028 and U+2029 are spaces, as a browser
 * shows them. Nothing else is changed.
 */
public final class ReportText {

    /** What an unrepresentable character becomes: U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    private ReportText() {}

    /** {@code text} with unrepresentable characters replaced and line endings normalised. */
    public static String clean(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char replacement = c;
            boolean skipNext = false;
            if (c == '\r') {
                replacement = '\n';
                skipNext = i + 1 < length && text.charAt(i + 1) == '\n';
            } else if (c == '\u2028' || c == '\u2029') {
                // Line and paragraph separators, from Apple's apps and web forms: a font draws nothing for them, so
                // the PDF ran the words either side together (run 90 #5). A space, as a browser shows them: as line
                // feeds, two ended the list item a sub-action's update is written in (run 94 #1).
                replacement = ' ';
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF') {
                replacement = REPLACEMENT;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = REPLACEMENT;
            } else if (Character.isLowSurrogate(c)) {
                replacement = REPLACEMENT;
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
            if (skipNext) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@code c} is a code point {@link #clean(String)} would keep. */
    public static boolean isRepresentable(int c) {
        return !((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }
}
