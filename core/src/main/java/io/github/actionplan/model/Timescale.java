package io.github.actionplan.model;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Spacing;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timescale as a plan writes it, kept verbatim for display, with the due date it means.
 *
 * <p>People who write action plans give deadlines in many forms; a timescale keeps their words
 * and resolves them the way a person would read them:
 *
 * <table>
 * <caption>Forms understood</caption>
 * <tr><th>written</th><th>kind</th><th>due date</th></tr>
 * <tr><td>{@code 2024-12-31}, {@code 1 June 2023}, {@code 01 Jun 2023}, {@code 1/6/2023},
 *     {@code 1/6/23}</td>
 *     <td>{@link Kind#DATE}</td><td>that day</td></tr>
 * <tr><td>{@code 2024-12}, {@code Dec 2024}, {@code December 2024}, {@code Sept 2024}, {@code Dec-24}</td>
 *     <td>{@link Kind#MONTH}</td><td>the last day of the month</td></tr>
 * <tr><td>{@code 2024/25}, {@code FY 2024/25}, {@code In FDP 24/25}</td>
 *     <td>{@link Kind#FINANCIAL_YEAR}</td><td>31 March of the second year</td></tr>
 * <tr><td>{@code Q2 2024/25}, {@code 2024/25 Q2}, {@code 2024-Q2}, {@code July-September 2024}</td>
 *     <td>{@link Kind#FINANCIAL_QUARTER}</td><td>the quarter's last day (UK financial
 *     quarters: Q1 is April to June)</td></tr>
 * <tr><td>{@code With immediate effect}</td><td>{@link Kind#IMMEDIATE}</td>
 *     <td>the source report's publication date, where known</td></tr>
 * <tr><td>{@code Ongoing}, {@code Business as usual}</td><td>{@link Kind#ONGOING}</td><td>none</td></tr>
 * <tr><td>anything else</td><td>{@link Kind#UNRECOGNISED}</td><td>none, and a validation
 *     warning</td></tr>
 * </table>
 *
 * <pre>{@code
 * Timescale.parse("In FDP 24/25").dueDate();   // Optional[2025-03-31]
 * Timescale.parse("Sept 2024").dueDate();      // Optional[2024-09-30]
 * Timescale.parse("Ongoing").dueDate();        // Optional.empty
 * }</pre>
 *
 * <p>Financial years and quarters are read with the one grammar that {@link ReportingPeriod}
 * documents, so a quarter written in any form a reporting period takes is the same quarter here.
 *
 * <p>As the services of Wales write deadlines, each form may be in Welsh: months by their Welsh names or
 * abbreviations ({@code 31 Mawrth 2025}, {@code Rhag-24}), days with Welsh ordinals ({@code 31ain Mawrth
 * 2025}, {@code 2il Rhagfyr 2024}), {@code Erbyn} (by) before a date or quarter, {@code Parhaus},
 * {@code Parhaol} or {@code Busnes fel arfer} for ongoing work, and {@code Ar unwaith} (immediately).
 *
 * <p>Two timescales are equal when their text, kind and due date are equal. A plan built in code
 * that uses "With immediate effect" should parse it with {@link #parse(String, LocalDate)} and the
 * source's publication date, as the JSON reader does, so that it resolves, and equals the same plan
 * read back from JSON.
 */
public final class Timescale {

    /** How a timescale's text was understood. */
    public enum Kind {
        /** A calendar date. */
        DATE,
        /** A calendar month, due on its last day. */
        MONTH,
        /** A UK financial year (April to March), due on 31 March. */
        FINANCIAL_YEAR,
        /** A UK financial quarter, due on its last day. */
        FINANCIAL_QUARTER,
        /** "With immediate effect": due when the source report was published. */
        IMMEDIATE,
        /** Continuing work with no due date. */
        ONGOING,
        /** Text that names no date a reader could rely on. */
        UNRECOGNISED
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    // "31 March 2025", "1 Apr 25", and as a spreadsheet shows a date, "30-Sep-2025" or "30-Sep-25".
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|af|ail|il|ydd|ed|fed|eg|ain)?(?:\\s+|-)([a-z]+)\\.?,?(?:\\s+|-)"
                    + "(\\d{4}|\\d{2})");
    // Day first, as in the UK, between slashes, dots or dashes ("31.03.25"); a two-digit year, as people type one
    // ("31/03/26"), is this century's.
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?,?\\s+(\\d{4})");
    // A month as a spreadsheet shows one ("Mar-26"), copied into a tracker or typed as it is shown.
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile("([a-z]+)-(\\d{2})");
    private static final Pattern IMMEDIATE = Pattern.compile("(?:with\\s+)?immediate(?:ly|\\s+effect)?"
            + "|with immediate effect\\b.*|ar unwaith|yn syth");
    /** The words {@link #month(String)} knows, made once: every timescale naming a month looks one up. */
    private static final Map<String, Month> MONTH_WORDS = monthWords();
    /** In English, or Welsh: "Parhaus" (ongoing), "Parhaol" (continuing), "Busnes fel arfer" (business as usual). */
    private static final Pattern ONGOING = Pattern.compile("on-?\\s?going|continuous|business as usual|parhaus|parhaol"
            + "|busnes fel arfer");

    private final String text;
    private final Kind kind;
    private final LocalDate dueDate;
    /** Why text written as a day names none ("February 2026 has 28 days"); null otherwise. */
    private final String noSuchDay;

    private Timescale(String text, Kind kind, LocalDate dueDate) {
        this(text, kind, dueDate, null);
    }

    private Timescale(String text, Kind kind, LocalDate dueDate, String noSuchDay) {
        this.text = text;
        this.kind = kind;
        this.dueDate = dueDate;
        this.noSuchDay = noSuchDay;
    }

    /**
     * Reads a timescale as written. "With immediate effect" gets no due date, since the
     * publication date it means is not known here; use {@link #parse(String, LocalDate)} when it is.
     *
     * @param text the plan's words, kept verbatim
     * @throws IllegalArgumentException if {@code text} is blank, or is a financial year or quarter of a year a
     *         {@link ReportingPeriod} cannot hold (before 1900/01 or after 9998/99)
     */
    public static Timescale parse(String text) {
        return parse(text, Optional.empty());
    }

    /**
     * Reads a timescale as written, resolving "With immediate effect" to {@code published}, the
     * source report's publication date.
     *
     * @throws IllegalArgumentException if {@code text} is blank, or is a financial year or quarter of a year a
     *         {@link ReportingPeriod} cannot hold (before 1900/01 or after 9998/99)
     */
    public static Timescale parse(String text, LocalDate published) {
        return parse(text, Optional.of(Objects.requireNonNull(published, "published")));
    }

    /**
     * Reads a timescale as written, resolving "With immediate effect" to the publication date
     * where one is given.
     *
     * @throws IllegalArgumentException if {@code text} is blank, or is a financial year or quarter of a
     *         year a {@link ReportingPeriod} cannot hold (before 1900/01 or after 9998/99)
     */
    public static Timescale parse(String text, Optional<LocalDate> published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        if (Spacing.isBlank(text)) {
            throw new IllegalArgumentException("a timescale cannot be blank");
        }
        String s = FinancialCalendar.normalise(text);
        // A day or a month may follow the words a deadline starts with ("by 31 March 2026", "end of March 2026").
        String dated = FinancialCalendar.withoutLead(s);
        Matcher m;
        if ((m = ISO_DATE.matcher(dated)).matches()) {
            return date(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = NUMERIC_DATE.matcher(dated)).matches()) {
            return date(text, (m.group(4).length() == 2 ? "20" : "") + m.group(4), m.group(3), m.group(1));
        }
        if ((m = DAY_MONTH_YEAR.matcher(dated)).matches()) {
            Optional<Month> month = month(m.group(2));
            if (month.isPresent()) {
                return date(text, (m.group(3).length() == 2 ? "20" : "") + m.group(3),
                        Integer.toString(month.get().getValue()), m.group(1));
            }
        }
        if ((m = ISO_MONTH.matcher(dated)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(text, YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        if ((m = MONTH_YEAR.matcher(dated)).matches()) {
            Optional<Month> month = month(m.group(1));
            if (month.isPresent()) {
                return month(text, YearMonth.of(Integer.parseInt(m.group(2)), month.get()));
            }
        }
        if ((m = MONTH_SHORT_YEAR.matcher(dated)).matches()) {
            Optional<Month> month = month(m.group(1));
            if (month.isPresent()) {
                return month(text, YearMonth.of(2000 + Integer.parseInt(m.group(2)), month.get()));
            }
        }
        Optional<ReportingPeriod> quarter = FinancialCalendar.quarter(s);
        if (quarter.isPresent()) {
            return new Timescale(text, Kind.FINANCIAL_QUARTER, quarter.get().end());
        }
        Optional<Integer> financialYear = FinancialCalendar.financialYear(s);
        if (financialYear.isPresent()) { // its last quarter's end, refused for a year no quarter can be of
            return new Timescale(text, Kind.FINANCIAL_YEAR, ReportingPeriod.of(financialYear.get(), 4).end());
        }
        if (IMMEDIATE.matcher(s).matches()) {
            return new Timescale(text, Kind.IMMEDIATE, published.orElse(null));
        }
        if (ONGOING.matcher(s).matches()) {
            return new Timescale(text, Kind.ONGOING, null);
        }
        return new Timescale(text, Kind.UNRECOGNISED, null);
    }

    /**
     * A timescale that is simply a date, written as plans write a deadline ({@code "31 Dec 2024"}), so that a date
     * from a database reads in reports as the dates core works out do; {@link #parse} reads the text back as the
     * same timescale.
     *
     * @throws IllegalArgumentException if the year is not 0000 to 9999, which a timescale writes in four digits
     */
    public static Timescale of(LocalDate date) {
        if (!Checks.isWritable(Objects.requireNonNull(date, "date"))) {
            throw new IllegalArgumentException("the timescale " + date + " is not a date of the years 0000 to 9999,"
                    + " which a timescale writes");
        }
        return new Timescale(Dates.shortDate(date), Kind.DATE, date);
    }

    private static Timescale date(String text, String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12) {
            return new Timescale(text, Kind.UNRECOGNISED, null, "there is no month " + m);
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), m);
        if (!yearMonth.isValidDay(d)) {
            return new Timescale(text, Kind.UNRECOGNISED, null, d == 0 ? "there is no day 0"
                    : yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + yearMonth.getYear()
                            + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return new Timescale(text, Kind.DATE, yearMonth.atDay(d));
    }

    private static Timescale month(String text, YearMonth month) {
        return new Timescale(text, Kind.MONTH, month.atEndOfMonth());
    }

    /**
     * A month's full English name, its three-letter abbreviation, or "Sept"; or its Welsh name, as the services of
     * Wales write their plans' timescales ("Mawrth 2026"), its abbreviation as a spreadsheet set to Welsh shows it
     * ("Rhag-24"), or its name as it follows "i" (to) or "erbyn" (by), softened ("Ebrill i Fehefin 2025").
     */
    static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTH_WORDS.get(word));
    }

    private static Map<String, Month> monthWords() {
        Map<String, Month> words = new HashMap<>(Map.of("sept", Month.SEPTEMBER));
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            words.put(name, month);
            words.put(name.substring(0, 3), month);
        }
        List<String> welsh = List.of("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
                "medi", "hydref", "tachwedd", "rhagfyr");
        List<String> abbreviated = List.of("ion", "chwef", "maw", "ebr", "mai", "meh", "gorff", "awst", "medi", "hyd",
                "tach", "rhag");
        List<String> softened = List.of("ionawr", "chwefror", "fawrth", "ebrill", "fai", "fehefin", "orffennaf", "awst",
                "fedi", "hydref", "dachwedd", "ragfyr");
        for (int i = 0; i < welsh.size(); i++) {
            for (List<String> names : List.of(welsh, abbreviated, softened)) {
                words.put(names.get(i), Month.of(i + 1));
            }
        }
        return Map.copyOf(words);
    }

    /** The plan's words, exactly as written. */
    public String text() {
        return text;
    }

    /** How the text was understood. */
    public Kind kind() {
        return kind;
    }

    /** The date the timescale means, if it means one. */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /**
     * Why text written as a day, such as {@code 31/02/26}, names no day: {@code "February 2026 has 28 days"} or
     * {@code "there is no month 13"}. Empty for every other timescale, recognised or not.
     */
    public Optional<String> noSuchDay() {
        return Optional.ofNullable(noSuchDay);
    }

    /** Whether the text was understood; unrecognised text is kept, with no due date. */
    public boolean isRecognised() {
        return kind != Kind.UNRECOGNISED;
    }

    /** Whether this is continuing work with no due date ("Ongoing"). */
    public boolean isOngoing() {
        return kind == Kind.ONGOING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timescale t
                && text.equals(t.text) && kind == t.kind && Objects.equals(dueDate, t.dueDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, dueDate);
    }

    /** The plan's words, exactly as written. */
    @Override
    public String toString() {
        return text;
    }
}
