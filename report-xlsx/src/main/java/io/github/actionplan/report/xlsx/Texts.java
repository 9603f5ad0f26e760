package io.github.actionplan.report.xlsx;

import static io.github.actionplan.internal.SpreadsheetCells.CELL_LIMIT;
import static io.github.actionplan.internal.SpreadsheetCells.ESCAPE_GROWTH;
import static io.github.actionplan.internal.SpreadsheetCells.escape;

import io.github.actionplan.internal.SpreadsheetCells;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting cell text; the length limit, formula triggers and escape syntax are
 * {@link SpreadsheetCells}', its widths {@link io.github.actionplan.internal.CellSizes}'.
 */
final class Texts {

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
}
