package io.github.actionplan.workbook;

import io.github.actionplan.internal.ProblemCap;
import io.github.actionplan.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The problems an import tells: every one counted, and at most {@link #MOST} told, errors before warnings, then one
 * more saying how many are not. A workbook of ten thousand faulty rows has a problem for each, which no one reads
 * past the first screens, and which, each kept until the import ends, would take memory that grows with the file: so
 * only the first {@link #MOST} errors and the first {@link #MOST} warnings are kept, in the order they are told, and
 * the rest counted. Errors are never left untold for warnings: where there are more problems than can be told, the
 * warnings told are those there is room for after the errors.
 *
 * <p>Problems are told by their part, those of the whole workbook first, then in the order they were found, so that
 * problems found late about an early part (the copy of a workbook they are in, when copies are compared) are told
 * with it, and kept if they are among its first.
 */
final class Problems {

    /** The most problems an import tells, as core's JSON reader tells at most as many of each kind. */
    static final int MOST = ProblemCap.MOST;

    /**
     * Where a problem is told: by its part, then those of the whole workbook before those of its cells (what a copy is
     * says why its rows are refused: last quarter's, say), then in the order found.
     */
    private record Place(int part, int cells, long found) {}

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::part).thenComparingInt(Place::cells)
            .thenComparingLong(Place::found);

    private final TreeMap<Place, WorkbookProblem> errors = new TreeMap<>(ORDER);
    private final TreeMap<Place, WorkbookProblem> warnings = new TreeMap<>(ORDER);
    private long errorsFound;
    private long warningsFound;
    /** The order problems are found in, places {@linkplain #reserve() reserved} included. */
    private long sequence;

    /** Adds a problem of the first part, told after those found before it. */
    void add(WorkbookProblem problem) {
        add(0, problem);
    }

    /** Adds a problem of {@code part}, told after those of parts before it and those of its part found before it. */
    void add(int part, WorkbookProblem problem) {
        add(part, problem, sequence++);
    }

    /**
     * A place among the problems found, for one whose words are known only later (a row's, once the rows after it
     * are read) to be told where it was found: see {@link #add(int, WorkbookProblem, long)}.
     */
    long reserve() {
        return sequence++;
    }

    /** Adds a problem of {@code part}, told at the place {@link #reserve()} gave. */
    void add(int part, WorkbookProblem problem, long place) {
        TreeMap<Place, WorkbookProblem> kept = problem.isError() ? errors : warnings;
        if (problem.isError()) {
            errorsFound++;
        } else {
            warningsFound++;
        }
        kept.put(new Place(part, problem.sheet().isEmpty() ? 0 : 1, place), problem);
        if (kept.size() > MOST) {
            kept.pollLastEntry(); // of the kept and this one, the last to be told
        }
    }

    /** The problems kept of {@code severity}, in the order they are told. */
    List<WorkbookProblem> kept(Severity severity) {
        return (severity == Severity.ERROR ? errors : warnings).values().stream().toList();
    }

    /** Whether an error was found. */
    boolean hasErrors() {
        return errorsFound > 0;
    }

    /** How many errors were found, told or not. */
    long errors() {
        return errorsFound;
    }

    /** How many problems are kept: never more than twice {@link #MOST}, however many are found. */
    int kept() {
        return errors.size() + warnings.size();
    }

    /**
     * The problems to tell, in order: every error kept, and the warnings kept that there is room for after them,
     * {@link #MOST} in all at most; then, where more were found, one saying how many more, an error where an error is
     * among them, else a warning.
     *
     * @param workbook the workbook each problem that names none is said to be in, where the problems are of one
     * @param again    what to do again once the problems told are mended, e.g. {@code "read the tracker"}
     */
    List<WorkbookProblem> told(Optional<String> workbook, String again) {
        int warningsTold = Math.min(warnings.size(), MOST - errors.size());
        // At most 2,000 kept, so the two are put in order by sorting them together.
        List<Map.Entry<Place, WorkbookProblem>> chosen = new ArrayList<>(errors.entrySet());
        warnings.entrySet().stream().limit(warningsTold).forEach(chosen::add);
        long untoldErrors = errorsFound - errors.size();
        long untoldWarnings = warningsFound - warningsTold;
        // Where not all are told, the errors come first, as the line after them says: why nothing was written is not
        // to be found below pages of warnings (run 78 #7).
        Comparator<Map.Entry<Place, WorkbookProblem>> order = Map.Entry.comparingByKey(ORDER);
        Comparator<Map.Entry<Place, WorkbookProblem>> errorsFirst = Comparator.comparing(entry -> !entry.getValue()
                .isError());
        chosen.sort(untoldErrors + untoldWarnings > 0 ? errorsFirst.thenComparing(order) : order);
        List<WorkbookProblem> told = new ArrayList<>(chosen.size() + 1);
        chosen.forEach(entry -> told.add(in(workbook, entry.getValue())));
        if (untoldErrors + untoldWarnings > 0) {
            told.add(WorkbookProblem.of(untoldErrors > 0 ? Severity.ERROR : Severity.WARNING, workbook,
                    WorkbookProblem.Place.WORKBOOK, Optional.empty(), untold(untoldErrors, untoldWarnings,
                            errorsFound > 0 && warningsFound > 0)
                            + "; correct those and " + again + " again"));
        }
        return told;
    }

    /** {@code problem}, said to be in {@code workbook} where it is given and the problem names no workbook. */
    private static WorkbookProblem in(Optional<String> workbook, WorkbookProblem problem) {
        return workbook.isPresent() && problem.workbook().isEmpty() ? problem.in(workbook.get()) : problem;
    }

    /**
     * {@code "4,000 more errors are not listed: the first 1,000 are"}, in the spirit of core's JSON reader; where
     * errors and warnings were both found, how many of each are not, and that errors are told first.
     */
    private static String untold(long errors, long warnings, boolean both) {
        String more = errors == 0 ? counted(warnings, "more warning") : warnings == 0 ? counted(errors, "more error")
                : counted(errors + warnings, "more problem") + " (" + counted(errors, "error") + " and "
                + counted(warnings, "warning") + ")";
        return more + (errors + warnings == 1 ? " is" : " are") + " not listed: the first " + String.format(Locale.ROOT,
                "%,d", MOST) + " are" + (both ? ", errors before warnings" : "");
    }

    private static String counted(long count, String kind) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? kind : kind + "s");
    }
}
