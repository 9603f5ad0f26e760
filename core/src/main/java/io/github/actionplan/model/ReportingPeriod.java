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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    private static final Comparator<ReportingPeriod> ORDER =
            Comparator.comparingInt(ReportingPeriod::financialYearStart).thenComparingInt(ReportingPeriod::quarter);
    private static final String YEARS = "(\\d{4})\\s*/\\s*(\\d{2})";
    private static final Pattern QUARTER_FIRST = Pattern.compile("q([1-4])\\s+(?:fy\\s*)?" + YEARS);
    private static final Pattern QUARTER_LAST = Pattern.compile("(?:fy\\s*)?" + YEARS + "\\s+q([1-4])");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})-q([1-4])");
    private static final Pattern MONTHS = Pattern.compile("([a-z]+)\\s*(?:-|–|to)\\s*([a-z]+),?\\s+(\\d{4})");

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
        if (financialYearStart < 1900 || financialYearStart > 9998) {
            throw new IllegalArgumentException("financial year " + financialYearStart + " is not between 1900 and 9998");
        }
        return new ReportingPeriod(financialYearStart, quarter);
    }

    /** The quarter that {@code date} falls in. */
    public static ReportingPeriod containing(LocalDate date) {
        int month = date.getMonthValue();
        int start = month >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return of(start, quarter);
    }

    /**
     * Reads a reporting period: {@code "Q1 2025/26"}, {@code "2025/26 Q1"}, {@code "2025-Q1"}
     * (the financial year starting in 2025), or the quarter's months, {@code "April-June 2025"}
     * or {@code "April to June 2025"} (the year of the first month).
     *
     * @throws IllegalArgumentException naming the forms understood, if {@code text} is none of them
     */
    public static ReportingPeriod parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                Quote.single(text) + " is not a reporting period; write a UK financial quarter such as"
                        + " 'Q1 2025/26', '2025-Q1' or 'April-June 2025'"));
    }

    /** Like {@link #parse(String)}, but empty where the text is not a reporting period. */
    public static Optional<ReportingPeriod> tryParse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m;
        try {
            if ((m = QUARTER_FIRST.matcher(s)).matches() && followsOn(m.group(2), m.group(3))) {
                return Optional.of(of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER_LAST.matcher(s)).matches() && followsOn(m.group(1), m.group(2))) {
                return Optional.of(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
            }
            if ((m = COMPACT.matcher(s)).matches()) {
                return Optional.of(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTHS.matcher(s)).matches()) {
                Optional<Month> first = Timescale.month(m.group(1));
                Optional<Month> last = Timescale.month(m.group(2));
                if (first.isPresent() && last.isPresent()) {
                    ReportingPeriod period = containing(LocalDate.of(Integer.parseInt(m.group(3)), first.get(), 1));
                    if (period.firstMonth() == first.get() && period.lastMonth() == last.get()) {
                        return Optional.of(period);
                    }
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean followsOn(String start, String end) {
        return Integer.parseInt(end) == (Integer.parseInt(start) + 1) % 100;
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

    /** The quarter after this one. */
    public ReportingPeriod next() {
        return quarter == 4 ? of(financialYearStart + 1, 1) : of(financialYearStart, quarter + 1);
    }

    /** The quarter before this one. */
    public ReportingPeriod previous() {
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
        return financialYearStart + "/" + String.format(Locale.ROOT, "%02d", (financialYearStart + 1) % 100);
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
