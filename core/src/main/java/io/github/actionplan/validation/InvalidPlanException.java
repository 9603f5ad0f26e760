package io.github.actionplan.validation;

import java.io.IOException;
import java.util.List;

/**
 * A plan could not be read or used: carries every problem found, not just the first, each with
 * its JSON path and, where the plan was read from text, its line and column.
 *
 * <pre>{@code
 * try {
 *     plan = PlanJson.read(Path.of("plan.json"));
 * } catch (InvalidPlanException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidPlanException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    @SuppressWarnings("serial") // List.copyOf's lists are serializable, as are its problems
    private final List<Problem> problems;

    /**
     * An exception for {@code problems} found in {@code source}.
     *
     * @param source   what was read, e.g. a file name, for the message
     * @param problems every problem found, errors and warnings; at least one error
     */
    public InvalidPlanException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder text = new StringBuilder(source).append(" is not a valid action plan: ")
                .append(errors).append(errors == 1 ? " error" : " errors");
        long warnings = problems.size() - errors;
        if (warnings > 0) {
            text.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        for (Problem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }

    /** What was read, e.g. a file name. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order: errors and warnings. */
    public List<Problem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
