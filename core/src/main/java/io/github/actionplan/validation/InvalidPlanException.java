package io.github.actionplan.validation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
    private final long errorsFound;

    /**
     * An exception for {@code problems} found in {@code source}.
     *
     * @param source   what was read, e.g. a file name, for the message
     * @param problems every problem found, errors and warnings; at least one error
     * @throws IllegalArgumentException if {@code problems} hold no error
     */
    public InvalidPlanException(String source, List<Problem> problems) {
        this(source, problems, problems.stream().filter(Problem::isError).count());
    }

    /**
     * An exception for {@code problems} found in {@code source}, which lists some of the errors found: a reader tells
     * at most 1,000 of a kind, and then one problem saying how many more there are.
     *
     * @param source      what was read, e.g. a file name, for the message
     * @param problems    the problems listed, errors and warnings; at least one error
     * @param errorsFound how many errors were found, listed or not; the problems saying how many more there are
     *                    are not among them, but each stands for one or more, so there are at least as many as
     *                    {@code problems} list
     * @throws IllegalArgumentException if {@code problems} hold no error, or {@code errorsFound} is fewer than the
     *                                  errors they hold
     */
    public InvalidPlanException(String source, List<Problem> problems, long errorsFound) {
        super(message(checked(source, problems, errorsFound), problems, errorsFound));
        this.source = source;
        this.problems = List.copyOf(problems);
        this.errorsFound = errorsFound;
    }

    /** {@code source}, where {@code problems} and {@code errorsFound} agree: an exception of no error is no refusal. */
    private static String checked(String source, List<Problem> problems, long errorsFound) {
        Objects.requireNonNull(source, "source");
        long listed = problems.stream().filter(Problem::isError).count();
        if (listed == 0 || errorsFound < listed) {
            throw new IllegalArgumentException("an invalid plan has at least one error, and at least as many errors"
                    + " found as listed: " + listed + " listed, " + errorsFound + " found, of " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
        }
        return source;
    }

    private static String message(String source, List<Problem> problems, long errors) {
        StringBuilder text = new StringBuilder(source).append(" is not a valid action plan: ")
                .append(String.format(Locale.ROOT, "%,d", errors)).append(errors == 1 ? " error" : " errors");
        long warnings = problems.size() - problems.stream().filter(Problem::isError).count();
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

    /**
     * How many errors the plan has: those {@link #errors()} lists or, where a read found more than it lists, every one
     * it found, and not the problem saying how many more there are. A plan file of 3,000 unknown fields lists 1,000 of
     * them and that problem; it has 3,000 errors.
     */
    public long errorsFound() {
        return errorsFound;
    }
}
