package io.github.actionplan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How core writes a date in a reason or a report cell: one form for both. */
public final class Dates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Dates() {}

    /** "1 Jun 2023", as action plans write deadlines. */
    public static String shortDate(LocalDate date) {
        // CLDR's en-GB abbreviation for September is "Sept"; plans and the seeds write "Sep".
        return SHORT.format(date).replace("Sept", "Sep");
    }
}
