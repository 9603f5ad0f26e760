package io.github.actionplan.report.spi;

/**
 * A renderer failed with an unchecked exception, or for want of a library it draws with (a
 * {@link NoClassDefFoundError}: a dependency left off the class path). The message names the format,
 * the renderer's class and the jar it is from, and the missing class where one is; the cause is what
 * the renderer threw.
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
