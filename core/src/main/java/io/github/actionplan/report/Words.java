package io.github.actionplan.report;

import java.util.List;

/**
 * What a word and a line are when a column is sized so that no word is broken and, where there is room, no line
 * wraps: a run of characters between white space, and one between line breaks. A word longer than
 * {@value #LONG_WORD} characters (a web address, a file's path) counts as its longest part after a '/' or '-',
 * where every renderer may break it: as one word it would squeeze every other column of its table to a few letters.
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
            if (Character.isWhitespace(c)) {
                longest = Math.max(longest, word <= LONG_WORD ? word : longestPart);
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
