package io.github.actionplan.report.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives sheets names Excel accepts, made from titles, the same way every time: at most 31
 * characters, none of {@code [ ] : * ? / \}, not starting or ending with an apostrophe, not
 * blank, not Excel's reserved "History", and unique ignoring case. A name that is taken gets
 * " (2)", " (3)" and so on, shortening the title to make room.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String RESERVED = "history";

    private final Set<String> taken = new HashSet<>();

    /** A new unique name made from {@code title}, or from {@code fallback} where the title has nothing usable. */
    String unique(String title, String fallback) {
        String base = clean(title);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        String name = truncate(base, MAX_LENGTH);
        for (int n = 2; isTaken(name); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private boolean isTaken(String name) {
        return taken.contains(key(name)) || key(name).equals(RESERVED);
    }

    /** Excel compares sheet names without regard to case. */
    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** {@code title} with forbidden and control characters replaced by spaces, spaces collapsed, apostrophes trimmed. */
    static String clean(String title) {
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(cp -> {
            boolean forbidden = cp == '[' || cp == ']' || cp == ':' || cp == '*' || cp == '?' || cp == '/' || cp == '\\'
                    || Character.isISOControl(cp);
            out.appendCodePoint(forbidden || Character.isWhitespace(cp) ? ' ' : cp);
        });
        String collapsed = out.toString().replaceAll(" {2,}", " ").strip();
        int start = 0;
        int end = collapsed.length();
        while (start < end && collapsed.charAt(start) == '\'') {
            start++;
        }
        while (end > start && collapsed.charAt(end - 1) == '\'') {
            end--;
        }
        return collapsed.substring(start, end).strip();
    }

    /**
     * At most {@code max} UTF-16 units of {@code text}, cut at a code point boundary, without
     * trailing space or apostrophe, and marked with an ellipsis, so that a tab does not read as a
     * word misspelt ("Actions in others' recommendat…"). A short last word with a digit in it
     * ("Actions for Area for improvement 12") is what tells sheets apart, so it is kept and the cut
     * made before it ("Actions for Area for improv… 12").
     */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ');
        String last = space < 0 ? "" : text.substring(space + 1);
        if (!last.isEmpty() && last.length() <= 10 && last.chars().anyMatch(Character::isDigit)
                && max - last.length() - 2 >= 8) {
            return cut(text.substring(0, space), max - last.length() - 2) + "\u2026 " + last;
        }
        return cut(text, max - 1) + "\u2026";
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text.stripTrailing();
        }
        int end = max;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end).stripTrailing();
        while (cut.endsWith("'")) {
            cut = cut.substring(0, cut.length() - 1).stripTrailing();
        }
        return cut;
    }
}
