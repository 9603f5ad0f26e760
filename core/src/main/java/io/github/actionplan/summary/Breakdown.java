package io.github.actionplan.summary;

import io.github.actionplan.model.Percent;

/**
 * The status counts and mean progress of one group of recommendations (one owner's, one kind's
 * or one pillar's) or of sub-actions (those one owner carries out in others' recommendations).
 *
 * @param name             the group, e.g. "People and Organisational Development"
 * @param counts           the status counts within it
 * @param progress         the mean progress of its items, an item with none reported counted at 0%
 * @param progressReported whether any of its items has progress reported: where none has, reports show no figure,
 *                         as "0%" would read as work reported not started
 */
public record Breakdown(String name, StatusCounts counts, Percent progress, boolean progressReported) {

    /** A group whose progress is reported. */
    public Breakdown(String name, StatusCounts counts, Percent progress) {
        this(name, counts, progress, true);
    }
}
