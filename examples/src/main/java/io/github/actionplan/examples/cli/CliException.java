package io.github.actionplan.examples.cli;

import java.util.List;

/**
 * A failure the command line explains to its user in a line or two, with the exit code to end
 * with. The cause, where there is one, is shown only with {@code --verbose}.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    CliException(int exitCode, List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** One line, exit code 2: options that contradict each other, such as an output that is an input. */
    static CliException usage(String line) {
        return new CliException(ActionPlanCommand.EXIT_USAGE, List.of(line), null);
    }

    /** One line, exit code 1: the plan cannot be read, or nothing can be written. */
    static CliException failure(String line) {
        return new CliException(ActionPlanCommand.EXIT_FAILURE, List.of(line), null);
    }

    /** One line, exit code 1, with the exception behind it. */
    static CliException failure(String line, Throwable cause) {
        return new CliException(ActionPlanCommand.EXIT_FAILURE, List.of(line), cause);
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
