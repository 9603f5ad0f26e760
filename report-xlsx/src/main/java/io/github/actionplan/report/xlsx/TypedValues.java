package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.SpreadsheetCells;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Whether a typed value, in its number format, shows exactly the text core wrote for the cell.
 * Dates, percentages and counts are stored as values, so that they sort, filter and add up,
 * only where a spreadsheet shows them as core wrote them; anywhere else the cell holds the text.
 * One per render: a {@link DataFormatter} is not safe to share between threads.
 */
final class TypedValues {

    /** Excel's earliest date in its default (1900) date system, past its phantom 29 February 1900. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 3, 1);
    /** Excel's latest date. */
    private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /**
     * How many values of one format are remembered with what they show: formatting one takes a
     * few microseconds, and a plan's dates, percentages and counts repeat.
     */
    static final int REMEMBERED = 4_096;

    // English month abbreviations as Excel writes them: Java's British data abbreviates September "Sept".
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final Map<String, Map<Double, String>> shown = new HashMap<>();

    /** Whether {@code date} in {@link Styles#DATE_FORMAT} shows as {@code text}. */
    boolean showsDate(LocalDate date, String text) {
        return shows(date, SpreadsheetCells.SHORT_DATE_SHOWN, text);
    }

    /** Whether {@code date} in {@link SpreadsheetCells#PADDED_DATE_FORMAT} shows as {@code text}: "01 Jun 2023". */
    boolean showsPaddedDate(LocalDate date, String text) {
        return shows(date, SpreadsheetCells.PADDED_DATE_SHOWN, text);
    }

    /** Whether {@code date}, one a spreadsheet can hold, shows as {@code text} in a format {@code shown} mirrors. */
    private static boolean shows(LocalDate date, java.time.format.DateTimeFormatter shown, String text) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE) && shown.format(date).equals(text);
    }

    /** Whether {@code value} in {@code format} shows as {@code text}. */
    boolean shows(double value, String format, String text) {
        Map<Double, String> remembered = shown.computeIfAbsent(format, f -> new HashMap<>());
        String formatted = remembered.get(value);
        if (formatted == null) {
            // the index only matters for built-in formats; these are all custom
            formatted = formatter.formatRawCellContents(value, -1, format);
            if (remembered.size() < REMEMBERED) {
                remembered.put(value, formatted);
            }
        }
        return formatted.equals(text);
    }
}
