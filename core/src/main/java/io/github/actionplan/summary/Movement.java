package io.github.actionplan.summary;

/**
 * How an item moved between two snapshots of a plan: the direction-of-travel word a scrutiny
 * committee reads. Declared in the order a progress report lists them: what needs attention first.
 */
public enum Movement {
    /** Its status is worse than last time. */
    WORSENED("Worsened"),
    /**
     * Its status is better than last time, not complete, and its due date moved later or was taken away: given
     * longer, which is not progress. A committee scrutinises these apart from the items that improved.
     */
    RESCHEDULED("Rescheduled"),
    /** It was not in the earlier snapshot. */
    NEW("New"),
    /** Its status is better than last time. */
    IMPROVED("Improved"),
    /** Its status is the same as last time. */
    UNCHANGED("Unchanged"),
    /**
     * It was in the earlier snapshot and is not in the later one: taken off the plan, which says nothing of whether
     * its work was done ("closed" would read as signed off).
     */
    REMOVED("Removed");

    private final String word;

    Movement(String word) {
        this.word = word;
    }

    /** The word reports print, e.g. "Worsened". */
    public String word() {
        return word;
    }
}
