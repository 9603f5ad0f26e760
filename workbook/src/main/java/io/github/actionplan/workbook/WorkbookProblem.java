package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Severity;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One thing wrong with a workbook: what, where (which workbook, and a sheet and cell, as a
 * spreadsheet names it) and, where known, which item of the plan the row is about.
 *
 * <pre>{@code
 * updates-q2.xlsx: Updates!L12 (Rec 3 / 3.1): 120 is not a percentage; type a number from 0 to 100, such as 50 or 50%
 * updates-q2.xlsx: warning: Updates!L20 (Rec 5): every sub-action is now complete, but ...
 * }</pre>
 *
 * @param severity an error or a warning
 * @param workbook the workbook it is in, by its name as it was given ({@link WorkbookFile#name()}, or the path
 *                 given): every problem an import finds names it, but one about all the copies of an update
 *                 workbook read together
 * @param cell     where, as a spreadsheet names a cell, which POI's {@code CellReference} reads:
 *                 {@code Updates!L12}, {@code 'New sub-actions'!B3}; or a sheet name alone, or
 *                 {@code ""} for the whole workbook
 * @param item     the item the row is about, e.g. {@code "Rec 3 / 3.1"} for a sub-action or
 *                 {@code "Rec 3"} for a recommendation, where known
 * @param message  what is wrong and what is allowed
 */
public record WorkbookProblem(Severity severity, Optional<String> workbook, String cell, Optional<String> item,
        String message) implements Serializable {

    /** A sheet name a reference gives unquoted: letters, digits and underscores, not starting with a digit. */
    private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    /** Checks nothing is null. */
    public WorkbookProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(message, "message");
    }

    /** Serialized as its {@link SerialForm}: an {@code Optional} is not serializable. */
    @Serial
    private Object writeReplace() {
        return new SerialForm(severity, workbook.orElse(null), cell, item.orElse(null), message);
    }

    /** A problem as serialized, null for no workbook or item. */
    private record SerialForm(Severity severity, String workbook, String cell, String item, String message)
            implements Serializable {
        @Serial
        private Object readResolve() {
            return new WorkbookProblem(severity, Optional.ofNullable(workbook), cell, Optional.ofNullable(item),
                    message);
        }
    }

    /** An error about the whole workbook. */
    public static WorkbookProblem error(String message) {
        return new WorkbookProblem(Severity.ERROR, Optional.empty(), "", Optional.empty(), message);
    }

    /** An error at {@code cell} ({@code Updates!L12}), about no particular item. */
    public static WorkbookProblem error(String cell, String message) {
        return new WorkbookProblem(Severity.ERROR, Optional.empty(), cell, Optional.empty(), message);
    }

    /** An error at {@code cell} about {@code item}. */
    public static WorkbookProblem error(String cell, String item, String message) {
        return new WorkbookProblem(Severity.ERROR, Optional.empty(), cell, Optional.of(item), message);
    }

    /** A warning at {@code cell}, about {@code item} where given. */
    public static WorkbookProblem warning(String cell, Optional<String> item, String message) {
        return new WorkbookProblem(Severity.WARNING, Optional.empty(), cell, item, message);
    }

    /** This problem, said to be in {@code workbook}. */
    WorkbookProblem in(String workbook) {
        return new WorkbookProblem(severity, Optional.of(workbook), cell, item, message);
    }

    /**
     * The cell as a spreadsheet names it: {@code "Updates!L12"}, {@code "'New sub-actions'!B3"} (a name of more than
     * letters, digits and underscores in quotes, a quote in it doubled); the sheet's name shortened and on one line,
     * as messages quote values, for a damaged file's may be any length and hold line breaks.
     */
    static String cell(String sheet, String reference) {
        String shown = Quote.shown(sheet);
        return (PLAIN_SHEET.matcher(shown).matches() ? shown : "'" + shown.replace("'", "''") + "'") + "!" + reference;
    }

    /** Sheets as messages name them: {@code 'Actions', 'Plan'}, each shortened, at most 10 and how many more. */
    static String sheets(List<String> names) {
        String listed = names.stream().limit(10).map(Quote::single).collect(Collectors.joining(", "));
        return names.size() <= 10 ? listed : listed + " and " + (names.size() - 10) + " more";
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code "Updates!L12 (Rec 3 / 3.1): 120 is not a percentage ..."}, after the workbook where it is
     * given ({@code "updates-alice.xlsx: Updates!L12 ..."}), a warning's after {@code "warning: "}, as
     * compilers and the command line's other messages put them: {@code "updates-alice.xlsx: warning: ..."};
     * the workbook's name and the item shortened and on one line, as messages quote values, for a ref or
     * id is whatever its cell holds, and a name whatever its user called the file.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        workbook.ifPresent(w -> text.append(WorkbookFile.shown(w)).append(": "));
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        text.append(cell);
        item.ifPresent(i -> text.append(cell.isEmpty() ? "" : " ").append('(').append(Quote.shown(i)).append(')'));
        if (!cell.isEmpty() || item.isPresent()) {
            text.append(": ");
        }
        return text.append(message).toString();
    }
}
