package io.github.actionplan.model;

import io.github.actionplan.internal.Quote;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A reporting period: one quarter of a UK financial year, which runs from April to March.
 * Q1 is April to June, Q2 July to September, Q3 October to December, Q4 January to March.
 *
 * <pre>{@code
 * ReportingPeriod q = ReportingPeriod.parse("April-June 2025");
 * q.toString();      // "Q1 2025/26"
 * q.displayName();   // "April-June 2025"
 * q.end();           // 2025-06-30
 * }</pre>
 *
 * <h2>How financial years and quarters are written</h2>
 * This is the one grammar of financial years and quarters: {@link #parse(String)} reads a quarter in
 * these forms, and {@link Timescale} reads the same forms, with the same meaning, as a deadline on
 * the quarter's last day.
 *
 * <table>
 * <caption>Forms of the second quarter of 2024/25 (July to September 2024)</caption>
 * <tr><th>written</th><th>how it is read</th></tr>
 * <tr><td>{@code Q2 2024/25}, {@code Q2 FY 2024/25}</td><td>the quarter, then its financial year</td></tr>
 * <tr><td>{@code 2024/25 Q2}, {@code FY24/25 Q2}</td><td>the financial year, then the quarter</td></tr>
 * <tr><td>{@code 2024-Q2}</td><td>the quarter of the financial year that starts in April 2024 (not
 *     the calendar's second quarter)</td></tr>
 * <tr><td>{@code July-September 2024}, {@code Jul-Sep 2024}, {@code July to September 2024}</td>
 *     <td>the quarter's first and last months, in the year of the first month; so
 *     {@code January-March 2025} is Q4 2024/25</td></tr>
 * </table>
 *
 * <ul>
 *   <li>A financial year is written {@code 2024/25}, {@code 24/25}, {@code 2024-25} or
 *       {@code 2024/2025}, perhaps after {@code FY}, {@code FDP} or {@code financial year}; its
 *       second year must follow the first. Two-digit years are in 2000-2099.
 *   <li>As deadlines are written, any form may start with {@code In}, {@code By}, {@code During},
 *       {@code By the end of} or {@code End of}: {@code By Q2 24/25}.
 *   <li>Case and spacing do not matter; months are full English names, their three-letter
 *       abbreviations or {@code Sept}; a dash may be a hyphen, an en or em dash, or another of Unicode's
 *       dashes, as Word may make one typed: {@code Q2 2024–25}.
 *   <li>As the services of Wales write them, a quarter may be {@code Ch2} (chwarter) for {@code Q2},
 *       a financial year may follow {@code BA} or {@code blwyddyn ariannol}, months may be their Welsh
 *       names or a spreadsheet's abbreviations of them, joined by {@code i} (to), after which the
 *       second is softened, and a deadline may start with {@code Erbyn} (by), {@code Erbyn diwedd},
 *       {@code Yn ystod} (during) or {@code Yn}: {@code Ch2 2024/25}, {@code Gorffennaf-Medi 2024},
 *       {@code Gorff-Medi 2024}, {@code Gorffennaf i Fedi 2024}, {@code Erbyn Ch2 2024/25}.
 *   <li>Not read: a quarter with one calendar year ({@code Q2 2024}, which could mean either
 *       year), months that are not one quarter ({@code May-July 2024}), and a quarter of a
 *       financial year before 1900/01 or after 9998/99.
 * </ul>
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    private static final Comparator<ReportingPeriod> ORDER =
            Comparator.comparingInt(ReportingPeriod::financialYearStart).thenComparingInt(ReportingPeriod::quarter);

    /** Q1 1900/01, the first quarter a plan can name. */
    public static final ReportingPeriod FIRST = new ReportingPeriod(1900, 1);

    /** Q4 9998/99, the last quarter a plan can name. */
    public static final ReportingPeriod LAST = new ReportingPeriod(9998, 4);

    private final int financialYearStart;
    private final int quarter;

    private ReportingPeriod(int financialYearStart, int quarter) {
        this.financialYearStart = financialYearStart;
        this.quarter = quarter;
    }

    /**
     * The given quarter of the financial year that starts in April of {@code financialYearStart}.
     *
     * @throws IllegalArgumentException if {@code quarter} is not 1-4 or the year is not 1900-9998
     */
    public static ReportingPeriod of(int financialYearStart, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1, 2, 3 or 4");
        }
        if (financialYearStart < FIRST.financialYearStart() || financialYearStart > LAST.financialYearStart()) {
            throw new IllegalArgumentException("financial year " + financialYearStart + " is not between 1900 and 9998");
        }
        return new ReportingPeriod(financialYearStart, quarter);
    }

    /**
     * The quarter that {@code date} falls in.
     *
     * @throws IllegalArgumentException if {@code date} is outside the quarters a plan can name, 1 April 1900 to 31 March
     *                                  9999
     */
    public static ReportingPeriod containing(LocalDate date) {
        if (Objects.requireNonNull(date, "date").isBefore(FIRST.start()) || date.isAfter(LAST.end())) {
            throw new IllegalArgumentException(Quote.single(date.toString()) + " is not a date from 1900-04-01 to 9999-03-31, the financial"
                    + " quarters a plan can name");
        }
        int month = date.getMonthValue();
        int start = month >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return of(start, quarter);
    }

    /**
     * Reads a reporting period written in any form of the grammar above: {@code "Q1 2025/26"},
     * {@code "2025/26 Q1"}, {@code "2025-Q1"} (the financial year starting in 2025), the quarter's
     * months, {@code "April-June 2025"}, and their variants.
     *
     * @throws IllegalArgumentException naming the forms understood, if {@code text} is none of them
     */
    public static ReportingPeriod parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(Quote.single(text)
                + " is not a reporting period" + oneYearQuarter(text).map(why -> ": " + why).orElse("; write a UK"
                        + " financial quarter such as 'Q1 2025/26' or 'April-June 2025'")));
    }

    /**
     * Why text that names a quarter by one year, {@code "Q2 2025"}, is neither a reporting period nor a timescale, and
     * what to write instead: {@code "a quarter of one year may be the calendar's, April-June 2025 (Q1 2025/26), or the
     * financial year's, July-September 2025 (Q2 2025/26); write the financial quarter meant, such as 'Q2 2025/26'"}.
     * Empty for any other text.
     */
    public static Optional<String> oneYearQuarter(String text) {
        return FinancialCalendar.oneYearQuarter(FinancialCalendar.normalise(Objects.requireNonNull(text, "text")));
    }

    /** Like {@link #parse(String)}, but empty where the text is not a reporting period. */
    public static Optional<ReportingPeriod> tryParse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return FinancialCalendar.quarter(FinancialCalendar.normalise(text));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first reporting period named in running text, such as a heading
     * {@code "Action plan: April-June 2025 update"}, written in any of the forms {@link #parse(String)}
     * reads (without a leading "In" or "By").
     */
    public static Optional<ReportingPeriod> findIn(String text) {
        Objects.requireNonNull(text, "text");
        return FinancialCalendar.findQuarter(text);
    }

    /** The calendar year in whose April the financial year starts: 2025 for 2025/26. */
    public int financialYearStart() {
        return financialYearStart;
    }

    /** The quarter, 1 to 4. */
    public int quarter() {
        return quarter;
    }

    /** The first day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(financialYearStart, 4, 1).plusMonths(3L * (quarter - 1));
    }

    /** The last day of the quarter. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** Whether {@code date} falls in this quarter. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * The quarter after this one.
     *
     * @throws IllegalArgumentException if this is Q4 9998/99, the last quarter a plan can name
     */
    public ReportingPeriod next() {
        if (equals(LAST)) {
            throw new IllegalArgumentException("there is no quarter after " + this + ", the last a plan can name");
        }
        return quarter == 4 ? of(financialYearStart + 1, 1) : of(financialYearStart, quarter + 1);
    }

    /**
     * The quarter before this one.
     *
     * @throws IllegalArgumentException if this is Q1 1900/01, the first quarter a plan can name
     */
    public ReportingPeriod previous() {
        if (equals(FIRST)) {
            throw new IllegalArgumentException("there is no quarter before " + this + ", the first a plan can name");
        }
        return quarter == 1 ? of(financialYearStart - 1, 4) : of(financialYearStart, quarter - 1);
    }

    private Month firstMonth() {
        return start().getMonth();
    }

    private Month lastMonth() {
        return end().getMonth();
    }

    /** The financial year in its usual form, e.g. {@code "2025/26"}. */
    public String financialYear() {
        int end = (financialYearStart + 1) % 100; // not String.format: every update's check names its quarter
        return financialYearStart + (end < 10 ? "/0" : "/") + end;
    }

    /** The quarter's months as plans head their updates, e.g. {@code "April-June 2025"}. */
    public String displayName() {
        return firstMonth().getDisplayName(TextStyle.FULL, Locale.UK) + "-"
                + lastMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + start().getYear();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportingPeriod p && financialYearStart == p.financialYearStart && quarter == p.quarter;
    }

    @Override
    public int hashCode() {
        return financialYearStart * 4 + quarter;
    }

    /** The canonical form, e.g. {@code "Q1 2025/26"}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return "Q" + quarter + " " + financialYear();
    }
}
