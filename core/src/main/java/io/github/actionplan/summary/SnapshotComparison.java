package io.github.actionplan.summary;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots of a plan, say last quarter's and this quarter's: status
 * moves, newly completed and newly overdue items, and progress per item. Recommendations are
 * matched by ref.
 *
 * <pre>{@code
 * SnapshotComparison change = SnapshotComparison.between(
 *         assessor.assess(lastQuarter, LocalDate.of(2025, 3, 31)),
 *         assessor.assess(thisQuarter, LocalDate.of(2025, 6, 30)));
 * change.newlyComplete();   // the items completed this quarter
 * }</pre>
 *
 * @param changes              the recommendations in both snapshots, in the later snapshot's order
 * @param added                refs only in the later snapshot
 * @param removed              refs only in the earlier snapshot
 * @param subActionsCompleted  the sub-actions complete in the later snapshot and not in the earlier (or added since),
 *                             in the later's order, each by its id, or {@code "ref / id"} where another recommendation
 *                             of the plan has a sub-action of that id: the work delivered between the two
 */
public record SnapshotComparison(List<ItemChange> changes, List<String> added, List<String> removed,
        List<String> subActionsCompleted) {

    /** How much of a status's meaning a message quotes: a key's sentence is read whole. */
    private static final int MEANING_SHOWN = 300;

    /** Copies the lists. */
    public SnapshotComparison {
        changes = List.copyOf(changes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        subActionsCompleted = List.copyOf(subActionsCompleted);
    }

    /** A comparison that names no sub-action completed, as one made before it named them did. */
    public SnapshotComparison(List<ItemChange> changes, List<String> added, List<String> removed) {
        this(changes, added, removed, List.of());
    }

    /**
     * Compares an earlier assessment of a plan with a later one.
     *
     * @throws IllegalArgumentException if {@code before} is dated after {@code after}: the two given the other way
     *                                  round, which would report every change backwards; or if the two were assessed
     *                                  by rules that decide differently (another roll-up, or a status meaning other
     *                                  things), as a status moved by a change of rule is no movement of the work;
     *                                  or if they are plans of two organisations with fewer than half their
     *                                  recommendation refs in common, which would report one's items as the
     *                                  other's
     */
    public static SnapshotComparison between(PlanAssessment before, PlanAssessment after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.asOf().isAfter(after.asOf())) {
            throw new IllegalArgumentException("the earlier snapshot, as of " + Dates.shortDate(before.asOf())
                    + ", is after the later one, as of " + Dates.shortDate(after.asOf()) + "; give them the other way"
                    + " round");
        }
        ruleChange(before.assessor(), after.assessor()).ifPresent(change -> {
            throw new IllegalArgumentException("the two snapshots were assessed by different rules: " + change
                    + "; a status the change of rule moved is no movement of the work, so assess both with one"
                    + " Assessor");
        });
        Map<String, RecommendationAssessment> earlier = new LinkedHashMap<>();
        before.recommendations().forEach(r -> earlier.put(r.recommendation().ref(), r));
        List<ItemChange> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (RecommendationAssessment now : after.recommendations()) {
            String ref = now.recommendation().ref();
            RecommendationAssessment then = earlier.remove(ref);
            if (then == null) {
                added.add(ref);
            } else {
                changes.add(new ItemChange(ref, then.status(), now.status(), then.progress(), now.progress(),
                        !then.isOverdue() && now.isOverdue(), then.dueDate(), now.dueDate()));
            }
        }
        List<String> removed = earlier.values().stream().map(RecommendationAssessment::recommendation)
                .map(Recommendation::ref).toList();
        String was = before.plan().organisation();
        String is = after.plan().organisation();
        // A service renamed keeps its refs; two services' plans share few, "1" and "2" say (trial 59 F4).
        int most = Math.max(before.recommendations().size(), after.recommendations().size());
        if (changes.size() * 2 < most && !Spacing.folded(was).equals(Spacing.folded(is))) {
            throw new IllegalArgumentException("the earlier snapshot is " + Quote.possessive(was) + " plan and the"
                    + " later " + Quote.possessive(is) + ", with " + (changes.isEmpty() ? "no recommendation"
                    : changes.size() + " of " + most + " recommendations") + " in common: " + (changes.isEmpty()
                    ? "every item would be reported removed or new" : "one service's items would be reported as"
                    + " the other's") + "; compare two snapshots of one plan");
        }
        return new SnapshotComparison(changes, added, removed, completedBetween(before, after));
    }

    /** The sub-actions complete in {@code after} that were not in {@code before}, or not there: trial 56 F4. */
    private static List<String> completedBetween(PlanAssessment before, PlanAssessment after) {
        Map<String, RecommendationAssessment> earlier = new LinkedHashMap<>();
        before.recommendations().forEach(r -> earlier.putIfAbsent(r.recommendation().ref(), r));
        Map<String, Long> ids = after.plan().recommendations().stream().flatMap(r -> r.subActions().stream())
                .collect(Collectors.groupingBy(SubAction::id, Collectors.counting()));
        List<String> completed = new ArrayList<>();
        for (RecommendationAssessment now : after.recommendations()) {
            List<SubAction> subActions = now.recommendation().subActions();
            // Looked up by id once, not a walk for each: a recommendation may have thousands.
            Set<String> doneThen = new HashSet<>();
            Optional.ofNullable(earlier.get(now.recommendation().ref())).ifPresent(then -> {
                for (int i = 0; i < then.subActions().size(); i++) {
                    if (then.subActions().get(i).status() == Status.COMPLETE) {
                        doneThen.add(then.recommendation().subActions().get(i).id());
                    }
                }
            });
            for (int i = 0; i < subActions.size(); i++) {
                String id = subActions.get(i).id();
                if (now.subActions().get(i).status() == Status.COMPLETE && !doneThen.contains(id)) {
                    completed.add(ids.get(id) > 1 ? now.recommendation().ref() + " / " + id : id);
                }
            }
        }
        return completed;
    }

    /**
     * How the rules of two assessors differ, where they do: in how sub-actions roll up, or in what a status means,
     * which a report's key says. Rules that mean the same by each status decide alike, whatever their class.
     */
    private static Optional<String> ruleChange(Assessor before, Assessor after) {
        if (before.rollUp() != after.rollUp()) {
            return Optional.of("the earlier rolls sub-actions up as " + before.rollUp() + ", the later as "
                    + after.rollUp());
        }
        return Arrays.stream(Status.values()).filter(status -> !before.rule().meaning(status).equals(after.rule()
                .meaning(status))).findFirst().map(status -> "the earlier's key says '" + Quote.shown(before.rule()
                .meaning(status), MEANING_SHOWN) + "', the later's '" + Quote.shown(after.rule().meaning(status),
                MEANING_SHOWN) + "'")
                // Two rules of one's own, lambdas say, each with the default key, which cannot tell them apart (run 99
                // #7): rules of two classes decide differently.
                .or(() -> before.rule().getClass() == after.rule().getClass() ? Optional.empty() : Optional.of(
                        "the earlier's rule is " + before.rule() + ", the later's " + after.rule()));
    }

    /** How many items moved each way, every {@link Movement} included, in its declared order. */
    public Map<Movement, Integer> movements() {
        Map<Movement, Integer> counts = new java.util.EnumMap<>(Movement.class);
        for (Movement movement : Movement.values()) {
            counts.put(movement, 0);
        }
        changes.forEach(change -> counts.merge(change.movement(), 1, Integer::sum));
        counts.put(Movement.NEW, added.size());
        counts.put(Movement.REMOVED, removed.size());
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The items whose status changed. */
    public List<ItemChange> statusMoves() {
        return changes.stream().filter(ItemChange::statusChanged).toList();
    }

    /** The items that became complete. */
    public List<ItemChange> newlyComplete() {
        return changes.stream().filter(ItemChange::newlyComplete).toList();
    }

    /** The items whose due date moved, later or earlier, or was taken away ({@link ItemChange#dueDateMoved()}). */
    public List<ItemChange> dueDatesMoved() {
        return changes.stream().filter(ItemChange::dueDateMoved).toList();
    }

    /**
     * The items given longer: their due date moved later or was taken away ({@link ItemChange#dueDateMovedLater()}),
     * whatever their movement; one whose status stayed the same counts as {@link Movement#UNCHANGED}.
     */
    public List<ItemChange> dueDatesMovedLater() {
        return changes.stream().filter(ItemChange::dueDateMovedLater).toList();
    }

    /** The items that became overdue. */
    public List<ItemChange> newlyOverdue() {
        return changes.stream().filter(ItemChange::newlyOverdue).toList();
    }
}
