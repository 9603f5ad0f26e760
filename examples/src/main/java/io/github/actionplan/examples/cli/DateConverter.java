package io.github.actionplan.examples.cli;

import io.github.actionplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2023-11-01");
        }
        try {
            ReportingPeriod.containing(date);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage() + "; write it as YYYY-MM-DD, e.g. 2023-11-01");
        }
        return date;
    }
}
