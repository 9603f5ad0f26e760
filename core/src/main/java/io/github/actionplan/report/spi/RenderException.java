package io.github.actionplan.report.spi;

/**
 * A renderer failed with an unchecked exception. The message names the format and the
 * renderer's class; the cause is the renderer's own exception.
 */
public final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String format;

    RenderException(String format, String message, Throwable cause) {
        super(message, cause);
        this.format = format;
    }

    /** The format whose renderer failed. */
    public String format() {
        return format;
    }
}
