package io.github.actionplan.report.spi;

/**
 * Thrown when a registry cannot be built: two renderers claim one format, or a renderer's
 * {@code format()} is not a usable id. The message names the classes and the jars they came from.
 * Recorded in {@link ProviderFailure#cause()} too, for a renderer listed in two jars and one that
 * could not be made: the message says the rule it breaks and what to do, and the cause is what the
 * JVM or the renderer's constructor threw.
 */
public final class RendererConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RendererConfigurationException(String message) {
        super(message);
    }

    RendererConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
