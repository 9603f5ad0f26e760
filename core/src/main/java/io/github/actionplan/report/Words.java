package io.github.actionplan.report;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * What a word and a line are when a column is sized so that no word is broken and, where there is room, no line
 * wraps: a run of characters between white space, and one between line breaks.
 */
final class Words {

    private static final IntPredicate WHITE_SPACE = Character::isWhitespace;
    private static final IntPredicate LINE_BREAK = c -> c == '\n';

    private Words() {}

    /** The length, in characters a reader sees (code points), of the longest word in {@code texts}. */
    static int longest(List<String> texts) {
        return longestRun(texts, WHITE_SPACE);
    }

    static int longest(String text) {
        return longestRun(text, WHITE_SPACE);
    }

    /** The length, in characters a reader sees (code points), of the longest line in {@code texts}. */
    static int longestLine(List<String> texts) {
        return longestRun(texts, LINE_BREAK);
    }

    private static int longestRun(List<String> texts, IntPredicate between) {
        int longest = 0;
        for (String text : texts) {
            longest = Math.max(longest, longestRun(text, between));
        }
        return longest;
    }

    /** The longest run of code points in {@code text} with none that {@code between} holds for. */
    private static int longestRun(String text, IntPredicate between) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (between.test(c)) {
                current = 0;
            } else if (!Character.isLowSurrogate(c)) {
                current++;
                longest = Math.max(longest, current);
            }
        }
        return longest;
    }
}
