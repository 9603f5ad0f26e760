package io.github.actionplan.examples.cli;

import io.github.actionplan.model.ReportingPeriod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --period}: a UK financial quarter in any form core's {@link ReportingPeriod} reads. */
final class PeriodConverter implements ITypeConverter<ReportingPeriod> {

    @Override
    public ReportingPeriod convert(String value) {
        try {
            return ReportingPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
