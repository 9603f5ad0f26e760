package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ReportingPeriod;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of} and {@code --return-by}: an ISO date in a financial quarter a plan can name (1 April 1900 to 31
 * March 9999), as every command that takes one moves a plan to it or names its quarter. A bad one is a usage error
 * with an example of a good one.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            // In the plan reader's words: "'2025-02-30' is not a date: February 2025 has 28 days" (run 108 #1).
            LocalDate date = PlanJson.date(value.strip()); // as a number of days is read, spaces around it aside
            ReportingPeriod.containing(date);
            return date;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
