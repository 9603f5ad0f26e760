package io.github.actionplan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How core writes a date in a reason or a report cell: one form for both. */
public final class Dates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Dates() {}

    /** "1 Jun 2023", as action plans write deadlines. */
    public static String shortDate(LocalDate date) {
        int year = date.getYear();
        if (year >= 1000 && year <= 9999) {
            // Every reason names a date or two: for a million sub-actions, going through the
            // formatter was a tenth of the assessment's time and a quarter of its garbage.
            return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
        }
        // CLDR's en-GB abbreviation for September is "Sept"; plans and the seeds write "Sep".
        return SHORT.format(date).replace("Sept", "Sep");
    }

    /** "Jun 2023", the month of {@code date} as {@link #shortDate} writes it. */
    public static String shortMonth(LocalDate date) {
        String day = shortDate(date);
        return day.substring(day.indexOf(' ') + 1);
    }
}
