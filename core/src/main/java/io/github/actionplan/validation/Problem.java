package io.github.actionplan.validation;

import io.github.actionplan.internal.Quote;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with a plan: what, where (a JSON Pointer into the plan's JSON, and the line and
 * column where the JSON was read from text) and how serious.
 *
 * <pre>{@code
 * /recommendations/3/subActions/1/progress: 120 is not a percentage; write a number from 0 to 100, such as 50
 *     (line 40, column 27)
 * }</pre>
 *
 * @param severity an error or a warning
 * @param path     a JSON Pointer (RFC 6901) to the value, e.g. {@code /recommendations/3/ref};
 *                 {@code ""} for the whole document
 * @param message  what is wrong and what is allowed
 * @param line     the 1-based line in the JSON text, where known
 * @param column   the 1-based column in the JSON text, where known
 */
public record Problem(Severity severity, String path, String message, OptionalInt line, OptionalInt column)
        implements Serializable {

    /**
     * Checks nothing is null, and that a line and column given count from 1.
     *
     * @throws IllegalArgumentException if a line or column is given below 1
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        if (line.orElse(1) < 1 || column.orElse(1) < 1) {
            throw new IllegalArgumentException("a line and column count from 1: line " + line.orElse(0) + ", column "
                    + column.orElse(0));
        }
    }

    /** Serialized as its {@link SerialForm}: an {@code OptionalInt} is not serializable. */
    @Serial
    private Object writeReplace() {
        return new SerialForm(severity, path, message, line.orElse(0), column.orElse(0));
    }

    /** A problem as serialized, 0 for no line or column. */
    private record SerialForm(Severity severity, String path, String message, int line, int column)
            implements Serializable {
        @Serial
        private Object readResolve() {
            // Each on its own: a problem may give a line and no column.
            return new Problem(severity, path, message, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                    column > 0 ? OptionalInt.of(column) : OptionalInt.empty());
        }
    }

    /** An error at {@code path}, with no text position. */
    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message, OptionalInt.empty(), OptionalInt.empty());
    }

    /** A warning at {@code path}, with no text position. */
    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message, OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * This problem at a line and column of the JSON text, each counted from 1.
     *
     * @throws IllegalArgumentException if either is below 1
     */
    public Problem at(int line, int column) {
        return new Problem(severity, path, message, OptionalInt.of(line), OptionalInt.of(column));
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The path as shown to people: {@code "/"} for the whole document, and each field name in it shortened and on one
     * line, as messages quote values, so that a line break or a page of text written as a name (a missing quote
     * turns a value into one) does not spill over the message.
     */
    public String displayPath() {
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder shown = new StringBuilder();
        for (String name : path.substring(1).split("/", -1)) {
            shown.append('/').append(Quote.shown(name));
        }
        return shown.toString();
    }

    /**
     * {@code "/recommendations/3/ref: duplicate ref 'Rec 4' (line 40, column 12)"}, warnings
     * starting with {@code "warning: "}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        text.append(displayPath()).append(": ").append(message);
        if (line.isPresent()) {
            text.append(" (line ").append(line.getAsInt());
            column.ifPresent(c -> text.append(", column ").append(c));
            text.append(')');
        }
        return text.toString();
    }
}
