package io.github.actionplan.rules;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a {@link StatusRule} judges: the same for a recommendation and a sub-action.
 *
 * @param ref         the item's ref or id, for messages
 * @param progress    how far along it is
 * @param due         its timescale, where it has one
 * @param dueDate     the date it is due, where there is one
 * @param start       when work started, where known
 * @param completedOn when it was completed, where known
 * @param blockedBy   who must act first, where the work is blocked
 * @param progressReported whether anyone gave its progress, or a completion date: where not, {@code progress} is
 *                    0% and a reason says no progress is reported rather than "at 0%"
 */
public record WorkItem(String ref, Percent progress, Optional<Timescale> due, Optional<LocalDate> dueDate,
        Optional<LocalDate> start, Optional<LocalDate> completedOn, Optional<String> blockedBy,
        boolean progressReported) {

    /** An item whose progress was reported. */
    public WorkItem(String ref, Percent progress, Optional<Timescale> due, Optional<LocalDate> dueDate,
            Optional<LocalDate> start, Optional<LocalDate> completedOn, Optional<String> blockedBy) {
        this(ref, progress, due, dueDate, start, completedOn, blockedBy, true);
    }

    /** Checks nothing is null. */
    public WorkItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(blockedBy, "blockedBy");
    }

    /**
     * A recommendation's own facts: its {@linkplain Recommendation#progress() progress} and
     * {@linkplain Recommendation#dueDate() due date}, blocked when any of its sub-actions is.
     */
    public static WorkItem of(Recommendation recommendation) {
        Optional<String> blockedBy = recommendation.subActions().stream()
                .filter(s -> s.completedOn().isEmpty() && !s.effectiveProgress().isComplete())
                .map(SubAction::blockedBy)
                .flatMap(Optional::stream)
                .findFirst();
        Optional<LocalDate> start = recommendation.subActions().stream()
                .map(SubAction::start)
                .flatMap(Optional::stream)
                .min(LocalDate::compareTo);
        return new WorkItem(recommendation.ref(), recommendation.progress(), recommendation.deadline(),
                recommendation.dueDate(), start, recommendation.completedOn(), blockedBy,
                recommendation.progressReported());
    }

    /** A sub-action's facts. */
    public static WorkItem of(SubAction subAction) {
        return of(subAction, subAction.due());
    }

    /** A sub-action judged by the timescale {@code due}: its own, or its recommendation's where it has none. */
    static WorkItem of(SubAction subAction, Optional<Timescale> due) {
        return new WorkItem(subAction.id(), subAction.effectiveProgress(), due, due.flatMap(Timescale::dueDate),
                subAction.start(), subAction.completedOn(), subAction.blockedBy(), subAction.progressReported());
    }

    /** Whether it is done: 100% or a completion date. */
    public boolean isComplete() {
        return completedOn.isPresent() || progress.isComplete();
    }

    /** Whether work is waiting on someone else. */
    public boolean isBlocked() {
        return blockedBy.isPresent();
    }
}
