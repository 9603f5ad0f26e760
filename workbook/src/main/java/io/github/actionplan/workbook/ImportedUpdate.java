package io.github.actionplan.workbook;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * @param ownerChanges       how many items were given a new owner: those of {@link #newOwners()}
 * @param subActionsAdded    how many sub-actions owners added, on the workbook's New sub-actions sheet: those of
 *                           {@link #addedSubActions()}
 * @param statusChanges      the plan before, assessed at the date it last reported on (its {@code asOf}, else the
 *                           end of its period; where it gives neither, {@code reportingDate}), and after, at
 *                           {@code reportingDate}: what moved since the last report, as the progress report's
 *                           movements and {@code status --since} tell it
 * @param warnings           what did not stop the import but may need a look, e.g. a copy of the
 *                           workbook that came back with nothing filled in; the first 1,000, then one saying
 *                           how many more there are
 * @param copies             the workbooks read, in the order given, each by its name and the owner it was written
 *                           for: a service checks that an upload is the copy of the owner who sent it, which a
 *                           workbook's cells cannot show (another owner's copy fills in other rows, and reads as
 *                           well); a copy given twice, byte for byte, is read and listed once
 */
public record ImportedUpdate(ActionPlan before, ActionPlan plan, ReportingPeriod period, LocalDate reportingDate,
        int progressChanges, int completions, int timescaleRevisions, int updates, int blockedChanges,
        int assessmentChanges, int ownerChanges, int subActionsAdded, SnapshotComparison statusChanges,
        List<WorkbookProblem> warnings, List<Copy> copies) {

    /**
     * An import of no workbook's copies, as {@link UpdateImport#awaitingUpdateFrom} makes one; the record's other
     * constructor gives them.
     *
     * @throws IllegalArgumentException naming every count below zero
     */
    public ImportedUpdate(ActionPlan before, ActionPlan plan, ReportingPeriod period, LocalDate reportingDate,
            int progressChanges, int completions, int timescaleRevisions, int updates, int blockedChanges,
            int assessmentChanges, int ownerChanges, int subActionsAdded, SnapshotComparison statusChanges,
            List<WorkbookProblem> warnings) {
        this(before, plan, period, reportingDate, progressChanges, completions, timescaleRevisions, updates,
                blockedChanges, assessmentChanges, ownerChanges, subActionsAdded, statusChanges, warnings, List.of());
    }

    /**
     * Checks nothing is null and no count is below zero; copies the list.
     *
     * @throws IllegalArgumentException naming every count below zero
     */
    public ImportedUpdate {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportingDate, "reportingDate");
        Objects.requireNonNull(statusChanges, "statusChanges");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        copies = List.copyOf(Objects.requireNonNull(copies, "copies"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("progressChanges", progressChanges);
        counts.put("completions", completions);
        counts.put("timescaleRevisions", timescaleRevisions);
        counts.put("updates", updates);
        counts.put("blockedChanges", blockedChanges);
        counts.put("assessmentChanges", assessmentChanges);
        counts.put("ownerChanges", ownerChanges);
        counts.put("subActionsAdded", subActionsAdded);
        List<String> negative = counts.entrySet().stream().filter(count -> count.getValue() < 0)
                .map(count -> count.getKey() + " is " + count.getValue()).toList();
        if (!negative.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", negative) + ": a count is 0 or more");
        }
    }

    /**
     * The items, as problems name them ("2 / 2.3"), whose news for the period {@code replaced} holds and this import
     * leaves as {@link #before()} has it: where {@code replaced} is a plan of the same title, organisation and period
     * that {@link #plan()} would be written over, news imported into it from copies not among this import's, which
     * writing over it would lose (a corrected copy imported again without the others). News is a figure, the
     * recommendation's own words or a sub-action's item in its update for the period. An item whose row is in an
     * owner's copy read here is that copy's to say, a figure it clears a correction; the whole workbook, which two
     * people may each fill in part of, says so of none. None where {@code replaced} is another plan or of another
     * period.
     *
     * <pre>{@code
     * List<String> lost = result.newsLeftOut(PlanJson.read(Path.of("q2.json")));
     * if (!lost.isEmpty()) {
     *     throw new IllegalStateException("q2.json has news of " + lost + " that these copies leave out");
     * }
     * }</pre>
     */
    public List<String> newsLeftOut(ActionPlan replaced) {
        return LeftOutNews.of(this, Objects.requireNonNull(replaced, "replaced"));
    }

    /** The same, with {@code more} warnings after its own. */
    ImportedUpdate withWarnings(List<WorkbookProblem> more) {
        return new ImportedUpdate(before, plan, period, reportingDate, progressChanges, completions, timescaleRevisions,
                updates, blockedChanges, assessmentChanges, ownerChanges, subActionsAdded, statusChanges,
                Stream.concat(warnings.stream(), more.stream()).toList(), copies);
    }

    /** The same, having read {@code read}. */
    ImportedUpdate withCopies(List<Copy> read) {
        return new ImportedUpdate(before, plan, period, reportingDate, progressChanges, completions, timescaleRevisions,
                updates, blockedChanges, assessmentChanges, ownerChanges, subActionsAdded, statusChanges, warnings,
                read);
    }

    /**
     * A workbook an import read: the whole update workbook, or one owner's copy of it.
     *
     * <pre>{@code
     * ImportedUpdate result = UpdateImport.of(plan).read(upload, "culture.xlsx");
     * if (!result.copies().stream().allMatch(copy -> copy.owner().equals(Optional.of(signedIn)))) {
     *     page.refuse("This is not your copy: download yours and fill it in.");
     * }
     * }</pre>
     *
     * @param name  its name as the import's problems give it: a {@link WorkbookFile}'s name, a file's name read alone,
 *              or its path as given among several
     * @param owner the owner it was written for ({@link UpdateWorkbook#withOwner}), as its hidden sheet says; none for
     *              the workbook of every owner
     */
    public record Copy(String name, Optional<String> owner) {

        /** Checks nothing is null. */
        public Copy {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(owner, "owner");
        }
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

    /** The date {@link #statusChanges} assesses the plan before at: the date it last reported on. */
    public LocalDate lastReported() {
        return lastReported(before, reportingDate);
    }

    /** Its {@code asOf}, else its period's end, where no later than {@code reportingDate}; else that. */
    static LocalDate lastReported(ActionPlan before, LocalDate reportingDate) {
        return before.asOf().or(() -> before.period().map(ReportingPeriod::end)).filter(day -> !day.isAfter(
                reportingDate)).orElse(reportingDate);
    }

    /**
     * The recommendations still open at the reporting date, as {@link #statusChanges} assesses them, that have no
     * progress update for the period, in the plan's order: those whose owners have not reported yet. One completed
     * before or during the period needs none.
     */
    public List<Recommendation> awaitingUpdate() {
        Set<String> complete = completeRefs();
        return plan.recommendations().stream().filter(recommendation -> !complete.contains(recommendation.ref()))
                .filter(recommendation -> ReturnedCopies.updateFor(recommendation, period).isEmpty()).toList();
    }

    /** The refs of the recommendations complete at the reporting date, as {@link #statusChanges} assesses them. */
    private Set<String> completeRefs() {
        return statusChanges.changes().stream().filter(change -> change.after() == Status.COMPLETE)
                .map(ItemChange::ref).collect(Collectors.toSet());
    }

    /**
     * An item the import gave a new owner, with its owner before and after as the owners report names them: a
     * sub-action with no owner of its own is its recommendation's, and an item with none
     * {@link PlanSummary#NO_OWNER}.
     *
     * @param ref         the recommendation's ref
     * @param subActionId the sub-action's id, where the item is a sub-action
     * @param before      who owned it before the import
     * @param after       who owns it now, whose copy of next quarter's workbook it is in
     */
    public record NewOwner(String ref, Optional<String> subActionId, String before, String after) {

        /** Checks nothing is null. */
        public NewOwner {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(subActionId, "subActionId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * The items given a new owner, in plan order, each recommendation before its sub-actions: who is responsible now,
     * which next quarter's copies follow. As many as {@link #ownerChanges()}. A recommendation handed to another owner
     * takes its open sub-actions that have no owner of their own with it; its completed ones keep the owner they were
     * completed under, named on them now, and are not listed.
     */
    public List<NewOwner> newOwners() {
        List<NewOwner> changed = new ArrayList<>();
        for (Recommendation recommendation : plan.recommendations()) {
            Optional<Recommendation> was = before.recommendation(recommendation.ref());
            if (was.isEmpty()) {
                continue;
            }
            if (!recommendation.owner().equals(was.get().owner())) {
                changed.add(new NewOwner(recommendation.ref(), Optional.empty(), PlanSummary.ownerOf(was.get()),
                        PlanSummary.ownerOf(recommendation)));
            }
            for (SubAction subAction : recommendation.subActions()) {
                // Not one whose owner is as it was, named now only as its recommendation's changes: work completed
                // keeps the owner it was completed under.
                was.get().subActions().stream().filter(s -> s.id().equals(subAction.id())
                        && !s.owner().equals(subAction.owner()) && !PlanSummary.ownerOf(was.get(), s).equals(
                        PlanSummary.ownerOf(recommendation, subAction))).findFirst().ifPresent(s -> changed.add(
                        new NewOwner(recommendation.ref(), Optional.of(s.id()), PlanSummary.ownerOf(was.get(), s),
                        PlanSummary.ownerOf(recommendation, subAction))));
            }
        }
        return List.copyOf(changed);
    }

    /**
     * A recommendation still open at the reporting date whose update for the period is not whole, and whom to chase:
     * each owner who has rows of it in their copy, one of them open, and gave an update on none.
     *
     * @param ref      the recommendation's ref
     * @param owners   who to chase, in plan order: its owner, for its own row and the sub-actions with no owner of
     *                 their own, then its sub-actions' owners; empty where the plan names none of them
     * @param updated  the rows that gave the update it has for the period, in plan order: its ref for its own row, a
     *                 sub-action's id for the sub-action's; empty where it has none
     * @param filledIn each who sent their copy with figures for it but no words, and their rows whose progress,
     *                 completion, timescale or blocking it changed, in plan order, named as {@code updated} names
     *                 them: their copy is back, and it is words that are awaited. Each is one of {@code owners}, or
     *                 one who handed rows of it on in this import and has none of it open left, whom it is not
     *                 awaited from. Only the copies of this import are known: a plan records figures, not who sent
     *                 them, so where copies come back one at a time an earlier one's are not named here
     * @param rated    the owner's rating of it given for the period, where the owner of its own row in the copies
     *                 (its owner before the import), one of {@code owners} or one who handed it on in this import,
     *                 gave one with no words in this import
     */
    public record AwaitedUpdate(String ref, List<String> owners, List<String> updated,
            Map<String, List<String>> filledIn, Optional<OwnerAssessment> rated) {

        /** Checks nothing is null; copies the lists and the map. */
        public AwaitedUpdate {
            Objects.requireNonNull(ref, "ref");
            owners = List.copyOf(owners);
            updated = List.copyOf(updated);
            Map<String, List<String>> copied = new LinkedHashMap<>();
            filledIn.forEach((owner, rows) -> copied.put(owner, List.copyOf(rows)));
            filledIn = Collections.unmodifiableMap(copied);
            Objects.requireNonNull(rated, "rated");
        }

        /** Whom to chase, of an import that names nothing sent without words. */
        public AwaitedUpdate(String ref, List<String> owners, List<String> updated) {
            this(ref, owners, updated, Map.of(), Optional.empty());
        }
    }

    /**
     * Whom to chase, in plan order: for each recommendation of {@link #awaitingUpdate()}, its owner and the owners of
     * its open sub-actions; for one whose update came from some of its owners' rows only (a copy not returned, where
     * each owner has one), the owners of its open rows whose owner in the copies gave none and who gave none either.
     * A row handed on in the import is its new owner's to give where whose it was in the copies gave no words. An
     * update that says a sub-action's item, as the import words it ({@code "- 1.3: ..."}), came from that sub-action's
     * row; any other text from the recommendation's own row.
     */
    public List<AwaitedUpdate> awaitingUpdateFrom() {
        Set<String> complete = completeRefs();
        List<AwaitedUpdate> awaited = new ArrayList<>();
        for (Recommendation recommendation : plan.recommendations()) {
            if (complete.contains(recommendation.ref())) {
                continue;
            }
            // With none, it is one of awaitingUpdate(): every owner with an open row of it is chased.
            Optional<String> text = ReturnedCopies.updateFor(recommendation, period);
            List<String> updated = new ArrayList<>();
            // The owners with an open row, in plan order (the recommendation's own row is open), and those who gave
            // an update on one of their rows; a sub-action with no owner of its own is its recommendation owner's.
            Set<Optional<String>> withOpenRows = new LinkedHashSet<>(List.of(recommendation.owner()));
            recommendation.subActions().stream().filter(subAction -> !subAction.effectiveProgress().isComplete())
                    .forEach(subAction -> withOpenRows.add(subAction.owner().or(recommendation::owner)));
            // Who gave it is whose the row was in the copies: a New owner typed beside the words hands the row on
            // after, to one who wrote none of them (run 121 #1, #2).
            Optional<Recommendation> was = before.recommendation(recommendation.ref());
            Optional<String> rater = rater(was, recommendation);
            Set<Optional<String>> gave = new HashSet<>();
            text.ifPresent(update -> ReturnedCopies.rowsGiving(recommendation, update).forEach(row -> {
                updated.add(row.map(SubAction::id).orElse(recommendation.ref()));
                gave.add(row.map(subAction -> ownerInCopies(was, rater, subAction)).orElse(rater));
            }));
            // Of an update given in part, the owners now of the open rows whose owner in the copies gave none: a row
            // handed on with no words is its new owner's to give (run 123 #4), one handed on by whoever gave words
            // is not, as when the analyst names owners through a copy for a period already reported (trial 21 F6).
            Set<Optional<String>> notGiven = new LinkedHashSet<>();
            if (!gave.contains(rater)) {
                notGiven.add(recommendation.owner());
            }
            recommendation.subActions().stream().filter(subAction -> !subAction.effectiveProgress().isComplete()
                    && !gave.contains(ownerInCopies(was, rater, subAction)))
                    .forEach(subAction -> notGiven.add(subAction.owner().or(recommendation::owner)));
            List<Optional<String>> chased = withOpenRows.stream().filter(owner -> !gave.contains(owner)
                    && (text.isEmpty() || notGiven.contains(owner))).toList();
            if (!chased.isEmpty()) {
                // Whose copy came back besides, with no words: one who handed rows of it on and has no open row of it
                // left, so is not chased (run 117 #6, run 121 #3). In plan order.
                Set<Optional<String>> sent = new LinkedHashSet<>(chased);
                handedOn(was, recommendation).stream().filter(owner -> owner.isPresent()
                        && !withOpenRows.contains(owner) && !gave.contains(owner)).forEach(sent::add);
                Map<String, List<String>> filledIn = new LinkedHashMap<>();
                sent.stream().flatMap(Optional::stream).forEach(owner -> {
                    // Not a row that gave words: it is among the rows the update so far is from.
                    List<String> rows = filledIn(was, recommendation, owner).stream().filter(row -> !updated
                            .contains(row)).toList();
                    if (!rows.isEmpty()) {
                        filledIn.put(owner, rows);
                    }
                });
                // Rated on its own row, by whose the row was in the copies: a New owner typed there hands it on after
                // (run 77 #3). In this import's copies only: one an earlier import took, from the owner before, is
                // no rating of whoever owns it now (run 114 #3).
                Optional<OwnerAssessment> rated = recommendation.assessment().filter(rating -> sent.contains(rater)
                        && !updated.contains(recommendation.ref())
                        && rating.period().equals(Optional.of(period))
                        && !was.flatMap(Recommendation::assessment).equals(Optional.of(rating)));
                awaited.add(new AwaitedUpdate(recommendation.ref(), chased.stream().flatMap(Optional::stream).toList(),
                        updated, filledIn, rated));
            }
        }
        return List.copyOf(awaited);
    }

    /** Whose rows of {@code now} were in the copies and are another's after the import, in plan order. */
    private static Set<Optional<String>> handedOn(Optional<Recommendation> was, Recommendation now) {
        Set<Optional<String>> handedOn = new LinkedHashSet<>();
        Optional<String> rater = rater(was, now);
        if (!rater.equals(now.owner())) {
            handedOn.add(rater);
        }
        now.subActions().forEach(subAction -> {
            Optional<String> then = ownerInCopies(was, rater, subAction);
            if (!then.equals(subAction.owner().or(now::owner))) {
                handedOn.add(then);
            }
        });
        return handedOn;
    }

    /** Whose a recommendation's own row was in the copies, where its rating is given: its owner before the import. */
    static Optional<String> rater(Optional<Recommendation> was, Recommendation now) {
        return was.isPresent() ? was.get().owner() : now.owner();
    }

    /**
     * The rows of {@code now} that were {@code owner}'s in the copies, as {@link AwaitedUpdate#filledIn()} names them,
     * whose figures this import changed from {@code was}: its own row where it was theirs, a sub-action of theirs, or
     * one added. Whose a row was is its owner's before the import: a New owner typed on it hands it on after, to one
     * who filled nothing in (trial 76 #3).
     */
    private static List<String> filledIn(Optional<Recommendation> was, Recommendation now, String owner) {
        List<String> rows = new ArrayList<>();
        Optional<String> recommendationOwner = rater(was, now);
        if (recommendationOwner.equals(Optional.of(owner)) && was.filter(before -> before.reportedProgress().equals(
                now.reportedProgress()) && before.completedOn().equals(now.completedOn()) && before.deadline().equals(
                now.deadline())).isEmpty()) {
            rows.add(now.ref());
        }
        // Its figures, not its owner: an item handed on by the analyst is no row its new owner filled in.
        now.subActions().stream().filter(subAction -> ownerInCopies(was, recommendationOwner, subAction).equals(
                Optional.of(owner))
                && was.stream().flatMap(before -> before.subActions().stream()).noneMatch(before -> before.id()
                .equals(subAction.id()) && before.progress().equals(subAction.progress()) && before.completedOn()
                .equals(subAction.completedOn()) && before.due().equals(subAction.due()) && before.blockedBy()
                .equals(subAction.blockedBy()))).forEach(subAction -> rows.add(subAction.id()));
        return rows;
    }

    /**
     * Whose row {@code subAction} had in the copies: its owner, or its recommendation's, in {@code was}; where it is
     * not there, added by this import, whose the recommendation's row was, {@code recommendationOwner}.
     */
    private static Optional<String> ownerInCopies(Optional<Recommendation> was, Optional<String> recommendationOwner,
            SubAction subAction) {
        if (was.isPresent()) {
            for (SubAction before : was.get().subActions()) {
                if (before.id().equals(subAction.id())) {
                    return before.owner().or(was.get()::owner);
                }
            }
        }
        return recommendationOwner.or(subAction::owner);
    }
}
