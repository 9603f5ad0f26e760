package io.github.actionplan.workbook;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.SnapshotComparison;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * What importing a filled update workbook gave: the updated plan and what changed in it.
 *
 * @param before             the plan as it was
 * @param plan               the plan with the owners' updates, at {@code reportingDate} and {@code period}
 * @param period             the reporting period the workbook was for
 * @param reportingDate      the plan's new reporting date
 * @param progressChanges    how many items' progress changed; a sub-action added is counted in
 *                           {@code subActionsAdded} only, its progress and completion being where it starts
 * @param completions        how many items were newly given a completion date
 * @param timescaleRevisions how many items were given a new timescale; the one each had first is in its notes
 * @param updates            how many progress updates were added, or added to by a copy returned late (one per
 *                           recommendation at most)
 * @param blockedChanges     how many sub-actions became blocked or unblocked, or are now waiting on someone else
 * @param assessmentChanges  how many recommendations' owner's BRAG was given anew: another rating, or the same one
 *                           given again for this period
 * @param ownerChanges       how many items were given a new owner
 * @param subActionsAdded    how many sub-actions owners added, on the workbook's New sub-actions sheet: those of
 *                           {@link #addedSubActions()}
 * @param statusChanges      the plan before and after, both assessed at {@code reportingDate}
 * @param warnings           what did not stop the import but may need a look, e.g. a copy of the
 *                           workbook that came back with nothing filled in; the first 1,000, then one saying
 *                           how many more there are
 */
public record ImportedUpdate(ActionPlan before, ActionPlan plan, ReportingPeriod period, LocalDate reportingDate,
        int progressChanges, int completions, int timescaleRevisions, int updates, int blockedChanges,
        int assessmentChanges, int ownerChanges, int subActionsAdded, SnapshotComparison statusChanges,
        List<WorkbookProblem> warnings) {

    /** Checks nothing is null; copies the list. */
    public ImportedUpdate {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportingDate, "reportingDate");
        Objects.requireNonNull(statusChanges, "statusChanges");
        warnings = List.copyOf(warnings);
    }

    /** The same, with {@code more} warnings after its own. */
    ImportedUpdate withWarnings(List<WorkbookProblem> more) {
        return new ImportedUpdate(before, plan, period, reportingDate, progressChanges, completions, timescaleRevisions,
                updates, blockedChanges, assessmentChanges, ownerChanges, subActionsAdded, statusChanges,
                Stream.concat(warnings.stream(), more.stream()).toList());
    }

    /** Whether the owners changed anything at all (the reporting date and period aside). */
    public boolean hasChanges() {
        return progressChanges + completions + timescaleRevisions + updates + blockedChanges + assessmentChanges
                + ownerChanges + subActionsAdded > 0;
    }

    /**
     * The sub-actions owners added, by the ref of the recommendation each was added to, in plan order: each with the
     * id the import gave it, as it is in {@link #plan}. Empty where none was added.
     */
    public Map<String, List<SubAction>> addedSubActions() {
        Map<String, List<SubAction>> added = new LinkedHashMap<>();
        for (Recommendation recommendation : plan.recommendations()) {
            int had = before.recommendation(recommendation.ref()).map(r -> r.subActions().size()).orElse(0);
            List<SubAction> subActions = recommendation.subActions();
            if (subActions.size() > had) { // added last: those before are the ones it had
                added.put(recommendation.ref(), List.copyOf(subActions.subList(had, subActions.size())));
            }
        }
        return Collections.unmodifiableMap(added);
    }

    /**
     * The recommendations still open at the reporting date, as {@link #statusChanges} assesses them, that have no
     * progress update for the period, in the plan's order: those whose owners have not reported yet. One completed
     * before or during the period needs none.
     */
    public List<Recommendation> awaitingUpdate() {
        Set<String> complete = statusChanges.changes().stream().filter(change -> change.after() == Status.COMPLETE)
                .map(ItemChange::ref).collect(Collectors.toSet());
        return plan.recommendations().stream().filter(recommendation -> !complete.contains(recommendation.ref()))
                .filter(recommendation -> recommendation.updates().stream().noneMatch(update -> update.period()
                        .equals(period))).toList();
    }
}
