package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The dates an update workbook's instructions, input messages and the import's messages give as examples, of the
 * years of the period the workbook is for, so that a copy for Q3 2023/24 shows no 2027 and one for 2031 no year gone
 * by: a day is the reporting date, the period's last day unless the workbook gives another ("31/12/2025"), a
 * timescale the end of the financial year after it ("31/03/2027", "Mar 2027", "2026/27", "Q4 2026/27").
 *
 * @param day the day a date is shown as
 * @param due the quarter a timescale is shown as, or as the day, month or financial year it ends
 */
record ExampleDates(LocalDate day, ReportingPeriod due) {

    /** For dates read where no period is known: a tracker's. */
    static final ExampleDates ANY = of(ReportingPeriod.of(2025, 3));

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    /** The examples for a workbook for {@code period}, its statuses at the period's end. */
    static ExampleDates of(ReportingPeriod period) {
        return of(period, period.end());
    }

    /**
     * The examples for a workbook for {@code period} with statuses at {@code reportingDate}, the last day a date in it
     * may be: the day shown. The last financial year a plan can name has none after it, so its own end is shown.
     */
    static ExampleDates of(ReportingPeriod period, LocalDate reportingDate) {
        int last = ReportingPeriod.LAST.financialYearStart();
        return new ExampleDates(reportingDate, ReportingPeriod.of(Math.min(period.financialYearStart() + 1, last), 4));
    }

    /** The day shown, written day first: "30/09/2025". */
    String dayFirst() {
        return DAY_FIRST.format(day);
    }

    /** What a date cell takes, as a message's advice. */
    String dateAllowed() {
        return "type a date such as " + DAY_FIRST.format(day) + " (day first), " + Dates.shortDate(day) + " or " + day;
    }

    /**
     * Ways of typing a date, as the Instructions sheet gives them: the month in words first, which every spreadsheet
     * reads alike; one set to US English reads 04/09 as 9 April.
     */
    String dates() {
        return Dates.shortDate(day) + ", which every spreadsheet reads alike, or " + DAY_FIRST.format(day)
                + " (day first, where the spreadsheet is set to UK English)";
    }

    /** What a timescale cell takes, as a message's advice: "type a date such as ..., or Ongoing". */
    String timescaleAllowed() {
        return "type a date such as " + dueDay() + " (day first), a month such as " + dueMonth() + ", a financial year"
                + " such as " + due.financialYear() + ", a quarter such as " + due + ", or Ongoing";
    }

    /** The kinds of timescale, each with its example: "a date (31/03/2027), a month (Mar 2027), ... or Ongoing". */
    String timescales() {
        return "a date (" + dueDay() + "), a month (" + dueMonth() + "), a financial year (" + due.financialYear()
                + ") or quarter (" + due + "), or Ongoing";
    }

    /** A few timescales, the likeliest first: "Mar 2027, 31/03/2027, 2026/27 or Ongoing". */
    String someTimescales() {
        return dueMonth() + ", " + dueDay() + ", " + due.financialYear() + " or Ongoing";
    }

    private String dueDay() {
        return DAY_FIRST.format(due.end());
    }

    private String dueMonth() {
        return Dates.shortMonth(due.end());
    }
}
