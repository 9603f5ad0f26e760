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
 * One thing wrong with a workbook: what, where (which workbook, which sheet, and which cell, range or row on it) and,
 * where known, which item of the plan the row is about, each as data, so that a page can highlight the cell or group
 * problems by recommendation without reading a spreadsheet's cell syntax.
 *
 * <pre>{@code
 * updates-q2.xlsx: Updates!L12 (Rec 3 / 3.1): 120 is not a percentage; type a number from 0 to 100, such as 50 or 50%
 * updates-q2.xlsx: warning: Updates!L20 (Rec 5): every sub-action is now complete, but ...
 * }</pre>
 *
 * <p>{@link #toString()} is that line; {@link #cell()} and {@link #item()} are its parts as it shows them.
 *
 * <p>Of an update workbook, {@link #ref()} and {@link #subActionId()} are always an item the plan has, or had when
 * the workbook was written, never text typed in a Ref or Id cell that names none, so that a page groups problems
 * under items that exist; the message quotes what was typed:
 * <ul>
 * <li>a row whose Ref or Id was typed over or cleared is about the item whose row it is, as its hidden Row key says;
 *     where that is gone too (a workbook written before it), about the one recommendation its Ref differs from only
 *     in case, spacing, punctuation or a word such as "Rec" or "AFI" ({@code "Rec 2"} for {@code "2"}), as on the
 *     New sub-actions sheet, and about none where no one recommendation does;
 * <li>a problem on a row of the New sub-actions sheet is about its recommendation only, whenever it is found: the
 *     sub-action the row adds has no id until the import gives it one, an id of the plan that import gives only;
 * <li>an item removed from the plan since the workbook was written is named as the workbook has it;
 * <li>a problem about several items is told once for each, about it (a row deleted from the Updates sheet, an item
 *     changed in the plan since the workbook was written), so that no item is named in words only.
 * </ul>
 *
 * @param severity      an error or a warning
 * @param workbook      the workbook it is in, by its name as it was given ({@link WorkbookFile#name()}, or the path
 *                      given): every problem an import finds names it, but one about all the copies of an update
 *                      workbook read together
 * @param sheet         the sheet it is on, by its name as the workbook gives it; none for the whole workbook
 * @param cellReference where on {@code sheet}: a cell ({@code L12}), a range ({@code A3:C3}) or a whole row
 *                      ({@code 12:12}), as a spreadsheet names them; none for the whole sheet
 * @param ref           the ref of the recommendation the problem is about, e.g. {@code "Rec 3"}, where known: one
 *                      the plan has (see above)
 * @param subActionId   the id of the sub-action the problem is about, e.g. {@code "3.1"}, where it is one; only with
 *                      a {@code ref}; never one the import gives a sub-action it adds
 * @param message       what is wrong and what is allowed; of the whole workbook (no {@code sheet}), said of the
 *                      workbook and following its name, as {@link #toString()} writes it ("copy.xlsx: is damaged:
 *                      ..."), so a page showing it alone puts {@code workbook}'s name before it
 */
public record WorkbookProblem(Severity severity, Optional<String> workbook, Optional<String> sheet,
        Optional<String> cellReference, Optional<String> ref, Optional<String> subActionId, String message)
        implements Serializable {

    /** A sheet name a reference gives unquoted: letters, digits and underscores, not starting with a digit. */
    private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    /**
     * Checks nothing is null, and that there is a place on a sheet only with a sheet, and a sub-action only with its
     * recommendation.
     *
     * @throws IllegalArgumentException if there is a cell reference but no sheet, or a sub-action id but no ref
     */
    public WorkbookProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cellReference, "cellReference");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(subActionId, "subActionId");
        Objects.requireNonNull(message, "message");
        if (cellReference.isPresent() && sheet.isEmpty()) {
            throw new IllegalArgumentException("a cell reference is on a sheet: give the sheet too");
        }
        if (subActionId.isPresent() && ref.isEmpty()) {
            throw new IllegalArgumentException("a sub-action is of a recommendation: give its ref too");
        }
    }

    /** Where in a workbook: a sheet, and a cell, range or row on it; shown as a spreadsheet names it. */
    record Place(Optional<String> sheet, Optional<String> reference) {

        /** The whole workbook. */
        static final Place WORKBOOK = new Place(Optional.empty(), Optional.empty());

        /** A whole sheet. */
        static Place sheet(String name) {
            return new Place(Optional.of(name), Optional.empty());
        }

        /** {@code Updates!L12}, {@code 'New sub-actions'!B3}, a sheet's name alone, or {@code ""}. */
        @Override
        public String toString() {
            return sheet.map(name -> reference.map(r -> shown(name, r)).orElse(Quote.shown(name))).orElse("");
        }
    }

    /** An item of the plan a row is about: a recommendation, or one of its sub-actions. */
    record Item(String ref, Optional<String> subActionId) {

        /** A recommendation. */
        static Item of(String ref) {
            return new Item(ref, Optional.empty());
        }

        /** A sub-action of the recommendation {@code ref}. */
        static Item of(String ref, String subActionId) {
            return new Item(ref, Optional.of(subActionId));
        }

        /** {@code "Rec 3 / 3.1"} for a sub-action, {@code "Rec 3"} for a recommendation. */
        @Override
        public String toString() {
            return subActionId.map(id -> ref + " / " + id).orElse(ref);
        }
    }

    /** Serialized as its {@link SerialForm}: an {@code Optional} is not serializable. */
    @Serial
    private Object writeReplace() {
        return new SerialForm(severity, workbook.orElse(null), sheet.orElse(null), cellReference.orElse(null),
                ref.orElse(null), subActionId.orElse(null), message);
    }

    /** A problem as serialized, null for what it does not give. */
    private record SerialForm(Severity severity, String workbook, String sheet, String cellReference, String ref,
            String subActionId, String message) implements Serializable {
        @Serial
        private Object readResolve() {
            return new WorkbookProblem(severity, Optional.ofNullable(workbook), Optional.ofNullable(sheet),
                    Optional.ofNullable(cellReference), Optional.ofNullable(ref), Optional.ofNullable(subActionId),
                    message);
        }
    }

    /** A problem of {@code severity} at {@code at}, about {@code item} where given. */
    static WorkbookProblem of(Severity severity, Optional<String> workbook, Place at, Optional<Item> item,
            String message) {
        return new WorkbookProblem(severity, workbook, at.sheet(), at.reference(), item.map(Item::ref),
                item.flatMap(Item::subActionId), message);
    }

    /** An error about the whole workbook. */
    static WorkbookProblem error(String message) {
        return error(Place.WORKBOOK, message);
    }

    /** An error at {@code at}, about no particular item. */
    static WorkbookProblem error(Place at, String message) {
        return of(Severity.ERROR, Optional.empty(), at, Optional.empty(), message);
    }

    /** An error at {@code at} about {@code item}. */
    static WorkbookProblem error(Place at, Item item, String message) {
        return of(Severity.ERROR, Optional.empty(), at, Optional.of(item), message);
    }

    /** A warning at {@code at}, about {@code item} where given. */
    static WorkbookProblem warning(Place at, Optional<Item> item, String message) {
        return of(Severity.WARNING, Optional.empty(), at, item, message);
    }

    /** This problem, said to be in {@code workbook}. */
    WorkbookProblem in(String workbook) {
        return new WorkbookProblem(severity, Optional.of(workbook), sheet, cellReference, ref, subActionId, message);
    }

    /** The place of {@code reference} (a cell, range or row) on {@code sheet}. */
    static Place cell(String sheet, String reference) {
        return new Place(Optional.of(sheet), Optional.of(reference));
    }

    /**
     * {@code reference} on {@code sheet} as a spreadsheet names it, {@code "Updates!L12"},
     * {@code "'New sub-actions'!B3"} (a name of more than letters, digits and underscores in quotes, a quote in it
     * doubled); the sheet's name shortened and on one line, as messages quote values, for a damaged file's may be
     * any length and hold line breaks.
     */
    private static String shown(String sheet, String reference) {
        String shown = Quote.shown(sheet);
        return (PLAIN_SHEET.matcher(shown).matches() ? shown : "'" + shown.replace("'", "''") + "'") + "!" + reference;
    }

    /** Sheets as messages name them: {@code 'Actions', 'Plan'}, each shortened, at most 10 and how many more. */
    static String sheets(List<String> names) {
        String listed = names.stream().limit(10).map(Quote::single).collect(Collectors.joining(", "));
        return names.size() <= 10 ? listed : listed + " and " + (names.size() - 10) + " more";
    }

    /**
     * Where it is, as a spreadsheet names it and {@link #toString()} shows it: {@code "Updates!L12"},
     * {@code "'New sub-actions'!B3"} (a sheet's name of more than letters, digits and underscores in quotes), a sheet's
     * name alone, or {@code ""} for the whole workbook; the sheet's name shortened and on one line, as messages quote
     * values. {@link #sheet()} and {@link #cellReference()} give it as data.
     */
    public String cell() {
        return new Place(sheet, cellReference).toString();
    }

    /**
     * The item the row is about as {@link #toString()} shows it after a cell: {@code "Rec 3 / 3.1"} for a sub-action,
     * {@code "Rec 3"} for a recommendation; none where it is about no item. A problem about an item at no cell names
     * the item in its message, as reports name it. {@link #ref()} and {@link #subActionId()}
     * give it as data.
     */
    public Optional<String> item() {
        return ref.map(r -> new Item(r, subActionId).toString());
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code "Updates!L12 (Rec 3 / 3.1): 120 is not a percentage ..."}, after the workbook where it is
     * given ({@code "updates-alice.xlsx: Updates!L12 ..."}), a warning's after {@code "warning: "}, as
     * compilers and the command line's other messages put them: {@code "updates-alice.xlsx: warning: ..."}; the
     * item in brackets after a cell only, as a bare ref with nothing before it would read as a count;
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
        String cell = cell();
        // A sheet the message names already ("is refused: its sheet 'Updates' ...") is not named before it too.
        boolean named = cellReference.isEmpty() && sheet.filter(name -> message.contains("sheet "
                + Quote.single(name))).isPresent();
        // Without a cell, "(3): " would read as a count: the message names the item instead.
        if (!cell.isEmpty() && !named) {
            text.append(cell);
            item().ifPresent(i -> text.append(" (").append(Quote.shown(i)).append(')'));
            text.append(": ");
        }
        return text.append(message).toString();
    }
}
