package io.github.actionplan.report.spi;

/**
 * Thrown by {@link ReportRenderers#require(String)} when no renderer serves the format asked for.
 * The message says what was asked, which formats exist, and how to add the one that was missing.
 */
public final class RendererNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String format;

    RendererNotFoundException(String format, String message, Throwable cause) {
        super(message, cause);
        this.format = format;
    }

    /** The format that was asked for. */
    public String format() {
        return format;
    }
}
