package io.github.actionplan.report.spi;

import java.util.Optional;

/**
 * A renderer listed in {@code META-INF/services} that could not be used: it failed to load, or
 * another renderer claims its format too. The registry records it and goes on loading the others.
 *
 * @param className the provider's class name, as far as it is known; for a format claimed twice,
 *                  both classes' names; {@code "(unknown provider)"} where a class it needs is missing
 *                  and it cannot be told which listed provider needs it
 * @param format    the format it blocks: known for a format claimed twice, empty for a renderer
 *                  that failed to load (its format cannot be asked)
 * @param cause     what went wrong: the renderer's own exception; a
 *                  {@link java.util.ServiceConfigurationError} naming a class it needs that is on
 *                  neither the class path nor the module path (its cause the
 *                  {@link NoClassDefFoundError}); or a {@link RendererConfigurationException} naming both
 *                  classes and their jars, or the format id that is not usable
 */
public record ProviderFailure(String className, Optional<String> format, Throwable cause) {

    /** {@code "com.example.PdfRenderer (java.lang.IllegalStateException: no fonts)"}. */
    public String describe() {
        return className + " (" + cause + ")";
    }
}
