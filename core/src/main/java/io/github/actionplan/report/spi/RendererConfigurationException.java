package io.github.actionplan.report.spi;

/**
 * Thrown when a registry cannot be built: two renderers claim one format, or a renderer's
 * {@code format()} is not a usable id. The message names the classes and the jars they came from.
 */
public final class RendererConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RendererConfigurationException(String message) {
        super(message);
    }
}
