package io.github.actionplan.summary;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How one recommendation changed between two snapshots of a plan.
 *
 * @param ref            the recommendation's ref
 * @param before         its status in the earlier snapshot
 * @param after          its status in the later snapshot
 * @param progressBefore its progress in the earlier snapshot
 * @param progressAfter  its progress in the later snapshot
 * @param newlyOverdue   whether it was not overdue before and is now
 * @param dueBefore      its due date in the earlier snapshot; none where it had none
 * @param dueAfter       its due date in the later snapshot; none where it has none
 */
public record ItemChange(String ref, Status before, Status after, Percent progressBefore, Percent progressAfter,
        boolean newlyOverdue, Optional<LocalDate> dueBefore, Optional<LocalDate> dueAfter) {

    /** Checks nothing is null. */
    public ItemChange {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(progressBefore, "progressBefore");
        Objects.requireNonNull(progressAfter, "progressAfter");
        Objects.requireNonNull(dueBefore, "dueBefore");
        Objects.requireNonNull(dueAfter, "dueAfter");
    }

    /**
     * Whether its due date moved: a new timescale agreed for it or for the sub-action it is due with, or one taken
     * away. A status that improved only because the date moved is not progress, and reports say so.
     */
    public boolean dueDateMoved() {
        return dueBefore.isPresent() && !dueBefore.equals(dueAfter);
    }

    /** Whether its status changed. */
    public boolean statusChanged() {
        return before != after;
    }

    /** Whether it became complete. */
    public boolean newlyComplete() {
        return before != Status.COMPLETE && after == Status.COMPLETE;
    }

    /** Whether its due date moved later or was taken away: it was given longer. */
    public boolean dueDateMovedLater() {
        return dueDateMoved() && dueAfter.map(after -> after.isAfter(dueBefore.orElseThrow())).orElse(true);
    }

    /**
     * Whether its status got better, worse or stayed the same (complete is best, off track worst); better but not
     * complete with a later due date is {@link Movement#RESCHEDULED}, not {@link Movement#IMPROVED}.
     */
    public Movement movement() {
        if (after.isWorseThan(before)) {
            return Movement.WORSENED;
        }
        if (!before.isWorseThan(after)) {
            return Movement.UNCHANGED;
        }
        return after != Status.COMPLETE && dueDateMovedLater() ? Movement.RESCHEDULED : Movement.IMPROVED;
    }

    /** Progress after minus progress before, in percentage points; negative if it went back. */
    public BigDecimal progressChange() {
        return progressAfter.value().subtract(progressBefore.value());
    }
}
