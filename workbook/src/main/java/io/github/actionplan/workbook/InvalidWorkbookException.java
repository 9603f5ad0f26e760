package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A workbook, or one of the copies of a workbook read together, could not be read or used: carries
 * every problem found, not just the first, each with its sheet and cell (and its copy, where there
 * are several). Nothing was written.
 *
 * <pre>{@code
 * try {
 *     result = UpdateImport.of(plan).read(Path.of("updates.xlsx"));
 * } catch (InvalidWorkbookException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidWorkbookException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    @SuppressWarnings("serial") // List.copyOf's lists are serializable, as are its problems
    private final List<WorkbookProblem> problems;
    private final long errorsFound;

    /**
     * An exception for {@code problems} found in {@code source}.
     *
     * @param source   what was read, e.g. a file name, or the copies' names, for the message, which shows it on
     *                 one line
     * @param problems every problem found, errors and warnings; at least one
     */
    public InvalidWorkbookException(String source, List<WorkbookProblem> problems) {
        this(source, problems, Objects.requireNonNull(problems, "problems").stream().filter(WorkbookProblem::isError)
                .count());
    }

    /**
     * An exception for {@code problems} found in {@code source}, which lists some of the errors found: an import tells
     * at most 1,000, and then one problem saying how many more there are.
     *
     * @param source      what was read, e.g. a file name, or the copies' names, for the message, which shows it on
     *                    one line
     * @param problems    the problems listed, errors and warnings; at least one
     * @param errorsFound how many errors were found, listed or not; the problem saying how many more there are is
     *                    not among them
     */
    public InvalidWorkbookException(String source, List<WorkbookProblem> problems, long errorsFound) {
        super(message(Objects.requireNonNull(source, "source"), List.copyOf(Objects.requireNonNull(problems,
                "problems")), errorsFound));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid workbook needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
        this.errorsFound = errorsFound;
    }

    /** An exception for one problem with the whole of {@code source}. */
    static InvalidWorkbookException of(String source, String message) {
        return of(source, WorkbookProblem.Place.WORKBOOK, message);
    }

    /**
     * An exception for one problem that stops {@code source} being read, found {@code at} a sheet or cell of it: its
     * message says it of the file ("copy.xlsx is damaged: its sheet 'Updates' ..."), as one about the whole file.
     */
    static InvalidWorkbookException of(String source, WorkbookProblem.Place at, String message) {
        // The problem names the workbook, so that it reads whole where it is printed alone: "copy.xlsx: is damaged".
        return new InvalidWorkbookException(source, List.of(WorkbookProblem.error(at, message).in(source)),
                WorkbookFile.shown(source) + " " + message);
    }

    private InvalidWorkbookException(String source, List<WorkbookProblem> problems, String message) {
        super(message);
        this.source = source;
        this.problems = List.copyOf(problems);
        this.errorsFound = 1;
    }

    private static String message(String source, List<WorkbookProblem> problems, long errors) {
        if (problems.size() == 1 && problems.get(0).workbook().filter(w -> !w.equals(source)).isEmpty()
                && problems.get(0).cell().isEmpty()
                && problems.get(0).item().isEmpty()) {
            // As the problem's line reads it: "copy.xlsx: the reporting date ...". A refusal said of the file
            // itself, "copy.xlsx is damaged", is made by of(source, at, message).
            return WorkbookFile.shown(source) + ": " + problems.get(0).message();
        }
        // Of copies read together, those at fault: the others are fine, and were not imported only for them.
        List<String> faulty = problems.stream().filter(WorkbookProblem::isError).map(WorkbookProblem::workbook)
                .flatMap(java.util.Optional::stream).distinct().toList();
        boolean together = !faulty.isEmpty() && !faulty.equals(List.of(source));
        StringBuilder text = new StringBuilder(WorkbookFile.shown(source)).append(together ? " were not imported: "
                : " cannot be used: ").append(String.format(Locale.ROOT, "%,d", errors))
                .append(errors == 1 ? " error" : " errors");
        if (together) {
            text.append(", in ").append(Quote.listed(faulty.stream().map(WorkbookFile::shown).toList(), "and"));
        }
        long warnings = problems.stream().filter(problem -> !problem.isError()).count();
        if (warnings > 0) {
            text.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        for (WorkbookProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }

    /**
     * What was read, as it was given: the {@link WorkbookFile#name() name} of the workbook, or the names of the
     * copies read together, listed ({@code "culture.xlsx, prevention.xlsx and safety.xlsx"}); a workbook read by
     * its {@link java.nio.file.Path} alone is named by its file name, and copies by their paths as given.
     */
    public String source() {
        return source;
    }

    /**
     * Every problem found, errors and warnings, in the order of the workbook, or of the copies as given; of a workbook
     * of thousands of faulty rows, the first 1,000, errors before warnings, then one saying how many more there are.
     */
    public List<WorkbookProblem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<WorkbookProblem> errors() {
        return problems.stream().filter(WorkbookProblem::isError).toList();
    }

    /**
     * How many errors the workbook has: those {@link #errors()} lists or, where an import found more than it lists,
     * every one it found, and not the problem saying how many more there are.
     */
    public long errorsFound() {
        return errorsFound;
    }
}
