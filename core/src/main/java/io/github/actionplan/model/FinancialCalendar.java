package io.github.actionplan.model;

import io.github.actionplan.internal.Spacing;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of UK financial years and quarters, which {@link Timescale} and
 * {@link ReportingPeriod} both read, so a quarter one understands the other understands the same way.
 * {@link ReportingPeriod}'s Javadoc documents it.
 */
final class FinancialCalendar {

    /**
     * Words a deadline may start with: "In FDP 24/25", "By Q2 2024/25", "By the end of 2024/25"; in Welsh, "Erbyn Ch4
     * 2024/25" (by), "Erbyn diwedd" (by the end of), "Yn ystod" (during), "Ym mis" (in the month of), "Yn" (in).
     */
    private static final String LEAD_WORDS = "(?:by the end of|by end of|the end of|end of|during|in|by"
            + "|erbyn diwedd|erbyn|yn ystod|diwedd|ym mis|yn)\\s+";
    private static final String LEAD = "(?:" + LEAD_WORDS + ")?";
    private static final Pattern LEADING = Pattern.compile(LEAD_WORDS);
    /**
     * "2024/25", "24/25", "2024-25", "2024/2025", perhaps after "FY", "FDP" or "financial year", or the Welsh "BA" or
     * "blwyddyn ariannol".
     */
    private static final String YEAR = "(?:(?:fy|fdp|financial year|ba|blwyddyn ariannol)\\s*)?(\\d{2}|\\d{4})\\s*[/-]"
            + "\\s*(\\d{2}|\\d{4})";
    /** "Q" for quarter, or "Ch" for chwarter, as the services of Wales write it: "Ch4 2025/26". */
    private static final String Q = "(?:q|ch)";
    private static final String QUARTER_FIRST_FORM = Q + "([1-4])\\s+" + YEAR;
    private static final String QUARTER_LAST_FORM = YEAR + "\\s+" + Q + "([1-4])";
    /** The financial year starting in that year, not a calendar quarter. */
    private static final String COMPACT_FORM = "(\\d{4})-q([1-4])";
    /**
     * A month is 3 to 10 letters ("may", "september", the Welsh "gorffennaf"): bounded, so a long run of letters is
     * read in linear time. Between the two, a dash, "to", or the Welsh "i" ("Ebrill i Fehefin 2025").
     */
    private static final String MONTHS_FORM = "([a-z]{3,10})\\s*(?:-|–|to|i\\s)\\s*([a-z]{3,10}),?\\s+(\\d{4})";

    private static final Pattern FINANCIAL_YEAR = Pattern.compile(LEAD + YEAR);
    private static final Pattern QUARTER_FIRST = Pattern.compile(LEAD + QUARTER_FIRST_FORM);
    private static final Pattern QUARTER_LAST = Pattern.compile(LEAD + QUARTER_LAST_FORM);
    private static final Pattern COMPACT = Pattern.compile(LEAD + COMPACT_FORM);
    private static final Pattern MONTHS = Pattern.compile(LEAD + MONTHS_FORM);
    /** A quarter given one year, "Q2 2025" or "2025 Q2": which year's quarter, calendar or financial, is not said. */
    private static final Pattern ONE_YEAR_QUARTER = Pattern.compile(LEAD + "(?:" + Q + "([1-4])\\s*(?:fy\\s*)?"
            + "(\\d{4})|(?:fy\\s*)?(\\d{4})\\s*" + Q + "([1-4]))");
    /** Any form of a quarter, standing alone in running text such as a heading. */
    private static final Pattern QUARTER_IN_TEXT = Pattern.compile("(?<![\\p{Alnum}])(?:" + QUARTER_FIRST_FORM + "|"
            + QUARTER_LAST_FORM + "|" + COMPACT_FORM + "|" + MONTHS_FORM + ")(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE);

    private FinancialCalendar() {}

    /**
     * The text as the grammar reads it: trimmed, runs of spaces as one space (a no-break space too: text copied from
     * Word or Excel has them), lower case.
     */
    static String normalise(String text) {
        return Spacing.folded(text);
    }

    /**
     * {@code normalised} without the words a deadline may start with, for the forms that name a day or a month:
     * "by 31 March 2026" and "end of March 2026" as "31 march 2026" and "march 2026".
     */
    static String withoutLead(String normalised) {
        Matcher lead = LEADING.matcher(normalised);
        return lead.lookingAt() ? normalised.substring(lead.end()) : normalised;
    }

    /**
     * The year a financial year written alone ("FY 2024/25") starts in.
     *
     * @param normalised text as {@link #normalise(String)} leaves it
     */
    static Optional<Integer> financialYear(String normalised) {
        Matcher m = FINANCIAL_YEAR.matcher(normalised);
        return m.matches() ? startYear(m.group(1), m.group(2)) : Optional.empty();
    }

    /**
     * The quarter the text names, if it is written as one.
     *
     * @param normalised text as {@link #normalise(String)} leaves it
     * @throws IllegalArgumentException if the text is a quarter of a year a {@link ReportingPeriod} cannot hold
     */
    static Optional<ReportingPeriod> quarter(String normalised) {
        Matcher m;
        if ((m = QUARTER_FIRST.matcher(normalised)).matches()) {
            return quarter(startYear(m.group(2), m.group(3)), m.group(1));
        }
        if ((m = QUARTER_LAST.matcher(normalised)).matches()) {
            return quarter(startYear(m.group(1), m.group(2)), m.group(3));
        }
        if ((m = COMPACT.matcher(normalised)).matches()) {
            return quarter(Optional.of(Integer.parseInt(m.group(1))), m.group(2));
        }
        if ((m = MONTHS.matcher(normalised)).matches()) {
            return months(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
        }
        return Optional.empty();
    }

    /**
     * For a quarter given one year, as {@code "Q2 2025"}, the two quarters it may mean: the calendar's, which starts in
     * January, and the financial year's starting in April of that year.
     *
     * @param normalised text as {@link #normalise(String)} leaves it
     */
    static Optional<String> oneYearQuarter(String normalised) {
        Matcher m = ONE_YEAR_QUARTER.matcher(normalised);
        if (!m.matches()) {
            return Optional.empty();
        }
        int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        int year = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
        if (year < 1900 || year > 9998) {
            return Optional.empty();
        }
        ReportingPeriod calendar = ReportingPeriod.containing(LocalDate.of(year, 3 * quarter - 2, 1));
        ReportingPeriod financial = ReportingPeriod.of(year, quarter);
        return Optional.of("a quarter of one year may be the calendar's, " + calendar.displayName() + " ("
                + calendar + "), or the financial year's, " + financial.displayName() + " (" + financial
                + "); write the financial quarter meant, such as '" + financial + "'");
    }

    /** The first quarter named in running text ("April-June 2025 update"), skipping any of a year out of range. */
    static Optional<ReportingPeriod> findQuarter(String text) {
        Matcher m = QUARTER_IN_TEXT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            try {
                Optional<ReportingPeriod> quarter = quarter(normalise(m.group()));
                if (quarter.isPresent()) {
                    return quarter;
                }
            } catch (IllegalArgumentException e) {
                // a quarter of a year no plan reports on: read on
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static Optional<ReportingPeriod> quarter(Optional<Integer> financialYearStart, String quarter) {
        return financialYearStart.map(year -> ReportingPeriod.of(year, Integer.parseInt(quarter)));
    }

    /** "April-June 2025": the quarter whose first and last months these are, in the first month's year. */
    private static Optional<ReportingPeriod> months(String first, String last, int year) {
        Optional<Month> from = Timescale.month(first);
        Optional<Month> to = Timescale.month(last);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        ReportingPeriod period = ReportingPeriod.containing(LocalDate.of(year, from.get(), 1));
        return period.start().getMonth() == from.get() && period.end().getMonth() == to.get()
                ? Optional.of(period) : Optional.empty();
    }

    /** "2024/25", "24/25", "2024/2025": the year the financial year starts in, if the years follow on. */
    private static Optional<Integer> startYear(String first, String second) {
        int start = Integer.parseInt(first);
        if (first.length() == 2) {
            start += 2000;
        }
        int end = Integer.parseInt(second);
        boolean followsOn = second.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
        return followsOn ? Optional.of(start) : Optional.empty();
    }
}
