package io.github.actionplan.report.spi.support;

import io.github.actionplan.internal.SpreadsheetCells;
import java.util.Objects;

/**
 * Text that a spreadsheet would run rather than show: the one rule for every format a spreadsheet opens (XLSX, and a
 * plugin's CSV or TSV), so that a plan's text, which anyone may have typed, never becomes a formula in one file and
 * stays text in another.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * String field = cell.text();
 * if (SpreadsheetText.startsLikeFormula(field)) {
 *     field = "'" + field;   // OWASP's neutralisation: Excel shows the text, and runs nothing
 * }
 * }</pre>
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * Whether a spreadsheet would read {@code text}, typed into a cell or opened from a CSV file, as a formula or a
     * command: it starts with {@code =}, {@code +}, {@code -} or {@code @} (OWASP's CSV-injection list), a tab, a
     * carriage return or a line feed.
     */
    public static boolean startsLikeFormula(String text) {
        return SpreadsheetCells.startsLikeFormula(Objects.requireNonNull(text, "text"));
    }
}
