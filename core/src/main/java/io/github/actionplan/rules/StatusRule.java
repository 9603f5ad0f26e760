package io.github.actionplan.rules;

import io.github.actionplan.model.Status;
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

    /**
     * What {@code status} means under this rule, in words a report's legend prints, e.g. "Off
     * track: not complete and the due date has passed". A rule of your own should say what it
     * decides; the default only names the status, because a lambda's reasoning is unknown here.
     */
    default String meaning(Status status) {
        return status.defaultLabel() + ": as this plan's own status rule decides";
    }
}
