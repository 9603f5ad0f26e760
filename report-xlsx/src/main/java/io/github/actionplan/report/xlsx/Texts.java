package io.github.actionplan.report.xlsx;

import static io.github.actionplan.internal.SpreadsheetCells.CELL_LIMIT;
import static io.github.actionplan.internal.SpreadsheetCells.ESCAPE_GROWTH;
import static io.github.actionplan.internal.SpreadsheetCells.escape;

import io.github.actionplan.internal.SpreadsheetCells;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting and measuring cell text; the length limit, formula triggers and escape syntax are
 * {@link SpreadsheetCells}'.
 */
final class Texts {

    private static final double CHARACTERS_PER_WIDTH = 1.2;
    /** Bold letters are about a tenth wider. */
    private static final double BOLD_CHARACTERS_PER_WIDTH = 1.08;

    private Texts() {}

    /** Whether {@code text}, escaped, fits in one cell. */
    static boolean fitsInCell(String text) {
        return text.length() <= CELL_LIMIT / (ESCAPE_GROWTH + 1) || escape(text).length() <= CELL_LIMIT;
    }

    /** How far back from a piece's end {@link #split} looks for a space to end it after. */
    static final int WORD_BREAK_LOOK_BACK = 200;

    /**
     * Splits {@code text} into pieces whose escaped form is at most {@code limit} code units, in
     * order, never between the two halves of a surrogate pair, and after a space where there is
     * one near the end of a piece, so that pieces read well. Joined, the pieces are {@code text}.
     */
    static List<String> split(String text, int limit) {
        if (limit < 2 + ESCAPE_GROWTH) {
            throw new IllegalArgumentException("limit " + limit + " is too small to hold a character");
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = prefixEnd(text, start, limit);
            if (end < text.length()) {
                for (int k = end - 1; k > start && k >= end - WORD_BREAK_LOOK_BACK; k--) {
                    if (Character.isWhitespace(text.charAt(k))) {
                        end = k + 1;
                        break;
                    }
                }
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /**
     * The end of the longest piece of {@code text} from {@code start} whose escaped form fits in
     * {@code limit} code units, on a code point boundary. Counts an escape for every sequence that
     * starts inside the piece, even one the piece cuts short, so it may stop a little early, never
     * late.
     */
    static int prefixEnd(String text, int start, int limit) {
        int used = 0;
        int i = start;
        while (i < text.length()) {
            int width = Character.charCount(text.codePointAt(i));
            int cost = width + (startsEscapeLike(text, i) ? ESCAPE_GROWTH : 0);
            if (used + cost > limit) {
                break;
            }
            used += cost;
            i += width;
        }
        return i;
    }

    private static boolean startsEscapeLike(String text, int i) {
        if (text.charAt(i) != '_' || i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many character widths (the width of a digit in the default font, the unit of a column's
     * width) the widest line of {@code text} needs: wide East Asian characters and emoji count two,
     * other characters one. An estimate from the text alone, so it is the same on every machine,
     * unlike measuring with the installed fonts.
     */
    static int widestLine(String text) {
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /**
     * The number of lines {@code text} takes when wrapped at {@code width} character widths, word
     * by word as a spreadsheet wraps it (a word longer than a line is broken). A column's width
     * unit is the width of a digit; text in a proportional font averages narrower (in Calibri and
     * its metric twin Carlito, a little over 1.2 characters of English text to a digit), and the
     * estimate takes 1.2, erring towards a line too many rather than one too few.
     */
    static int wrappedLines(String text, double width) {
        return wrappedLines(text, width, CHARACTERS_PER_WIDTH);
    }

    /** {@link #wrappedLines(String, double)} for bold text, whose letters are wider. */
    static int wrappedBoldLines(String text, double width) {
        return wrappedLines(text, width, BOLD_CHARACTERS_PER_WIDTH);
    }

    private static int wrappedLines(String text, double width, double charactersPerWidth) {
        double perLine = Math.max(1.0, width * charactersPerWidth);
        int lines = 0;
        for (int start = 0; ; ) {
            int end = text.indexOf('\n', start);
            lines += wrappedLine(text, start, end < 0 ? text.length() : end, perLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** The lines {@code text} from {@code from} to {@code to}, which holds no line break, wraps to. */
    private static int wrappedLine(String text, int from, int to, double perLine) {
        int lines = 1;
        // the width of the line so far (-1 while nothing is on it) and of the word being read
        double used = -1;
        int word = 0;
        for (int i = from; i <= to; ) {
            int cp = i < to ? text.codePointAt(i) : ' ';
            i += i < to ? Character.charCount(cp) : 1;
            if (cp != ' ') {
                word += isWide(cp) ? 2 : 1;
                continue;
            }
            if (used >= 0 && used + 1 + word <= perLine) {
                used += 1 + word;
            } else {
                if (used >= 0) {
                    lines++;
                }
                // a word longer than a line is broken over as many as it needs
                int more = word <= perLine ? 0 : (int) Math.ceil(word / perLine) - 1;
                lines += more;
                used = word - more * perLine;
            }
            word = 0;
        }
        return lines;
    }

    /** The length of the longest word of {@code text}, in character widths. */
    static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, widestLine(word));
        }
        return longest;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0xA4CF) // CJK radicals to Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) // emoji and pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions
    }
}
