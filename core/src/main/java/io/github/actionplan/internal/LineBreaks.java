package io.github.actionplan.internal;

import java.util.regex.Pattern;

/**
 * Where a line of a label a format draws itself (a chart's) may break: after a space, or between two characters of a
 * script written without spaces (Chinese, Japanese, Korean, and their punctuation); not inside a word, where its font
 * changes, nor after an opening bracket. One rule for every format that wraps such a label.
 */
public final class LineBreaks {

    /** Characters of scripts written without spaces, their punctuation ("・", "、") being of the Common script. */
    private static final String WIDE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}"
            + "\\p{InCJKSymbolsAndPunctuation}\\p{InKatakana}\\p{InHalfwidthAndFullwidthForms}";
    private static final Pattern WIDE_CHARACTER = Pattern.compile("[" + WIDE + "]");

    /**
     * The pieces a line is made of: a word and the spaces after it, or one character of a script written without
     * spaces. A match may be empty, and is then no piece.
     */
    public static final Pattern PIECE = Pattern.compile("[" + WIDE + "]\\s*|[^\\s" + WIDE + "]*\\s*");

    private LineBreaks() {}

    /** Whether {@code codePoint} is of a script written without spaces, a character drawn about a square wide. */
    public static boolean isWide(int codePoint) {
        return WIDE_CHARACTER.matcher(Character.toString(codePoint)).matches();
    }

    /** Whether a line may break between the piece {@code before} (none at a line's start) and the piece {@code next}. */
    public static boolean between(String before, String next) {
        if (before.isEmpty()) {
            return true;
        }
        int last = before.codePointBefore(before.length());
        return Character.isWhitespace(last) || isWide(last) && isWide(next.codePointAt(0));
    }
}
