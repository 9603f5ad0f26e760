package io.github.actionplan.report;

import java.util.List;

/**
 * What a word and a line are when a column is sized so that no word is broken and, where there is room, no line
 * wraps: a run of characters between white space, and one between line breaks. A word longer than
 * {@value #LONG_WORD} characters (a web address, a file's path) counts as its longest part after a '/' or '-',
 * where every renderer may break it: as one word it would squeeze every other column of its table to a few letters.
 * Chinese and Japanese, written without spaces, break between any two of their characters: each is a word of its own,
 * as wide as two letters (run 139 #4: a run of them counted as one word, which shrank a table's text for nothing).
 */
final class Words {

    static final int LONG_WORD = Column.LONG_WORD;

    private Words() {}

    /** The length, in characters a reader sees (code points), of the longest word in {@code texts}. */
    static int longest(List<String> texts) {
        int longest = 0;
        for (String text : texts) {
            longest = Math.max(longest, longest(text));
        }
        return longest;
    }

    static int longest(String text) {
        int longest = 0;
        int word = 0;
        int part = 0;
        int longestPart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean apart = i < text.length() && !Character.isLowSurrogate(c) && breaksAround(text.codePointAt(i));
            if (Character.isWhitespace(c) || apart) {
                longest = Math.max(longest, word <= LONG_WORD ? word : longestPart);
                longest = apart ? Math.max(longest, WIDE) : longest;
                word = 0;
                part = 0;
                longestPart = 0;
            } else if (!Character.isLowSurrogate(c)) {
                word++;
                part++;
                longestPart = Math.max(longestPart, part);
                part = c == '/' || c == '-' ? 0 : part; // the break comes after it
            }
        }
        return longest;
    }

    /** How many letters wide a character of a script without spaces is: an ideograph is about two. */
    private static final int WIDE = 2;

    /** Whether {@code codePoint} is of a script whose lines break before and after any of its characters. */
    private static boolean breaksAround(int codePoint) {
        if (codePoint < 0x2E80) { // below every such script: the common case, at no cost
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The length, in characters a reader sees (code points), of the longest line in {@code texts}. */
    static int longestLine(List<String> texts) {
        int longest = 0;
        for (String text : texts) {
            int current = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    current = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    current++;
                    longest = Math.max(longest, current);
                }
            }
        }
        return longest;
    }
}
