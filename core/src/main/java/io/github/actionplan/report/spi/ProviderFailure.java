package io.github.actionplan.report.spi;

import java.util.Optional;

/**
 * A renderer listed in {@code META-INF/services} that could not be loaded. The registry records
 * it and goes on loading the others.
 *
 * @param className the provider's class name, as far as it is known
 * @param format    its format, read from its {@code FORMAT} constant where that could be read
 * @param cause     what went wrong
 */
public record ProviderFailure(String className, Optional<String> format, Throwable cause) {

    /** {@code "com.example.PdfRenderer (java.lang.IllegalStateException: no fonts)"}. */
    public String describe() {
        return className + " (" + cause + ")";
    }
}
