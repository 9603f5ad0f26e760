package io.github.actionplan.report;

import java.util.List;

/** What a word is when a column is sized so that none is broken: a run of characters between white space. */
final class Words {

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
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                current = 0;
            } else if (!Character.isLowSurrogate(c)) {
                current++;
                longest = Math.max(longest, current);
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
