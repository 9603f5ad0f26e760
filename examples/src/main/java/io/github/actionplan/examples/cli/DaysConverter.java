package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Quote;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a number of days, such as {@code --due-within}'s: a whole number from 0. A bad one is a usage error saying what
 * is taken, where picocli said "'abc' is not an int" (run 108 #6).
 */
final class DaysConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int days;
        try {
            days = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            days = -1; // told as a negative number is
        }
        if (days < 0) {
            throw new TypeConversionException(Quote.single(value) + " is not a number of days; give a whole number"
                    + " from 0 to " + Integer.MAX_VALUE + ", such as 90");
        }
        return days;
    }
}
