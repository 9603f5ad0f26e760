package io.github.actionplan.rules;

/** How sub-action statuses become a recommendation's status. */
public enum RollUp {
    /** The recommendation's own deadline and progress decide, as Derbyshire reports. The default. */
    RECOMMENDATION,
    /** The worst status of its open sub-actions. */
    WORST_SUB_ACTION,
    /** The status most of its sub-actions have; a tie goes to the worse status. */
    MAJORITY
}
