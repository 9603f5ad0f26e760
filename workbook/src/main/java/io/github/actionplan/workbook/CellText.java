package io.github.actionplan.workbook;

import static io.github.actionplan.internal.SpreadsheetCells.CELL_LIMIT;
import static io.github.actionplan.internal.SpreadsheetCells.escape;

import io.github.actionplan.internal.SpreadsheetCells;

/**
 * Read-only text for the update workbook's cells: cut visibly where too long, and measured for
 * widths; the limit, formula triggers and escape syntax are {@link SpreadsheetCells}'.
 */
final class CellText {

    private static final String CUT = " … (cut: the plan holds the full text)";
    private static final double CHARACTERS_PER_WIDTH = 1.2;

    private CellText() {}

    /**
     * Read-only {@code text} ready for a cell: escaped, and where longer than a cell holds, cut
     * visibly with a note that the plan holds the rest; never cut silently.
     */
    static String forCell(String text) {
        String escaped = escape(text);
        if (escaped.length() <= CELL_LIMIT) {
            return escaped;
        }
        int end = CELL_LIMIT - CUT.length() - 8;
        if (Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        String cut = escaped.substring(0, end);
        // Never end on half of an escape sequence.
        int underscore = cut.lastIndexOf('_');
        if (underscore >= 0 && cut.length() - underscore < 7) {
            cut = cut.substring(0, underscore);
        }
        return cut + CUT;
    }

    /** How many character widths the widest line of {@code text} needs; wide East Asian characters count two. */
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
                current += Character.isIdeographic(cp) || Character.getType(cp) == Character.OTHER_SYMBOL ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /** The lines {@code text} takes wrapped at {@code width} character widths, erring towards one too many. */
    static int wrappedLines(String text, int width) {
        double perLine = Math.max(1.0, width * CHARACTERS_PER_WIDTH);
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            lines += Math.max(1, (int) Math.ceil(widestLine(line) / perLine));
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }
}
