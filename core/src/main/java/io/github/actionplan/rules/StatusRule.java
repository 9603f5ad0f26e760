package io.github.actionplan.rules;

import java.time.LocalDate;

/**
 * Decides where a work item stands at a reporting date, and says why.
 *
 * <p>A rule is a pure function of the item and the date: it never reads a clock, so the same
 * item at the same date always gets the same answer. Write your own as a lambda:
 *
 * <pre>{@code
 * StatusRule strict = (item, asOf) -> item.isComplete()
 *         ? Assessment.of(Status.COMPLETE, "complete")
 *         : Assessment.of(Status.OFF_TRACK, "not complete");
 * }</pre>
 */
@FunctionalInterface
public interface StatusRule {

    /**
     * Assesses {@code item} at {@code asOf}.
     *
     * @param item the facts of a recommendation or sub-action
     * @param asOf the reporting date
     * @return the status and the reason for it
     */
    Assessment assess(WorkItem item, LocalDate asOf);
}
