package io.github.actionplan.summary;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import java.math.BigDecimal;

/**
 * How one recommendation changed between two snapshots of a plan.
 *
 * @param ref            the recommendation's ref
 * @param before         its status in the earlier snapshot
 * @param after          its status in the later snapshot
 * @param progressBefore its progress in the earlier snapshot
 * @param progressAfter  its progress in the later snapshot
 * @param newlyOverdue   whether it was not overdue before and is now
 */
public record ItemChange(String ref, Status before, Status after, Percent progressBefore, Percent progressAfter,
        boolean newlyOverdue) {

    /** Whether its status changed. */
    public boolean statusChanged() {
        return before != after;
    }

    /** Whether it became complete. */
    public boolean newlyComplete() {
        return before != Status.COMPLETE && after == Status.COMPLETE;
    }

    /** Whether its status got better, worse or stayed the same (complete is best, off track worst). */
    public Movement movement() {
        if (after.isWorseThan(before)) {
            return Movement.WORSENED;
        }
        return before.isWorseThan(after) ? Movement.IMPROVED : Movement.UNCHANGED;
    }

    /** Progress after minus progress before, in percentage points; negative if it went back. */
    public BigDecimal progressChange() {
        return progressAfter.value().subtract(progressBefore.value());
    }
}
