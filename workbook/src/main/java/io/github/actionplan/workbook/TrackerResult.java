package io.github.actionplan.workbook;

import io.github.actionplan.model.ActionPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TrackerImport} read from a tracker: the plan (only when there are no errors), the
 * mapping it used, every problem with its cell, and a summary of what was read.
 *
 * @param plan               the plan, validated by core; empty when there are errors
 * @param mapping            the mapping used: the one given, with each column it does not list that has a header
 *                           or data added as ignored, or the one chosen from the headers
 * @param problems           every problem found, errors and warnings, in sheet order; of a tracker of thousands of
 *                           faulty rows, the first 1,000, errors before warnings, then one saying how many more
 *                           there are
 * @param recommendations    how many recommendations were read
 * @param subActions         how many sub-actions were read
 * @param skippedRows        rows read past on purpose, e.g. {@code "'Action plan'!A31: a total row"}; of a tracker
 *                           of thousands, the first 1,000, then one saying how many more there are
 * @param progressAsFractions whether the progress column held fractions (0.5 for 50%)
 * @param errorsFound        how many errors were found, listed in {@code problems} or not; the problem saying how
 *                           many more there are is not among them
 */
public record TrackerResult(Optional<ActionPlan> plan, TrackerMapping mapping, List<WorkbookProblem> problems,
        int recommendations, int subActions, List<String> skippedRows, boolean progressAsFractions,
        long errorsFound) {

    /** A result whose problems list every error found. */
    public TrackerResult(Optional<ActionPlan> plan, TrackerMapping mapping, List<WorkbookProblem> problems,
            int recommendations, int subActions, List<String> skippedRows, boolean progressAsFractions) {
        this(plan, mapping, problems, recommendations, subActions, skippedRows, progressAsFractions,
                problems.stream().filter(WorkbookProblem::isError).count());
    }

    /** Copies the lists; a plan is given only when no problem is an error. */
    public TrackerResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(mapping, "mapping");
        problems = List.copyOf(problems);
        skippedRows = List.copyOf(skippedRows);
        if (plan.isPresent() && problems.stream().anyMatch(WorkbookProblem::isError)) {
            throw new IllegalArgumentException("a tracker with errors gives no plan");
        }
    }

    /** Only the errors; when there are any, there is no plan. */
    public List<WorkbookProblem> errors() {
        return problems.stream().filter(WorkbookProblem::isError).toList();
    }

    /** The columns read into no field of the plan: mapped to ignore, or with a header or data but not mapped. */
    public List<TrackerMapping.Column> ignoredColumns() {
        return mapping.ignoredColumns();
    }
}
