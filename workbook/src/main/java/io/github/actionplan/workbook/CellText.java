package io.github.actionplan.workbook;

import static io.github.actionplan.internal.SpreadsheetCells.CELL_LIMIT;
import static io.github.actionplan.internal.SpreadsheetCells.escape;

import io.github.actionplan.internal.SpreadsheetCells;

/**
 * Read-only text for the update workbook's cells, cut visibly where too long; the limit, formula
 * triggers and escape syntax are {@link SpreadsheetCells}'.
 */
final class CellText {

    private static final String CUT = " … (cut: the plan holds the full text)";

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
}
