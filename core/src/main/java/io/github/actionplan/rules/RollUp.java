package io.github.actionplan.rules;

/** How sub-action statuses become a recommendation's status. */
public enum RollUp {
    /** The recommendation's own deadline and progress decide, as Derbyshire reports. The default. */
    RECOMMENDATION,
    /**
     * The worst status of its open sub-actions. Complete only when the recommendation's own work is (100% or a
     * completion date); where every sub-action is complete but it is not, its own deadline and progress decide.
     */
    WORST_SUB_ACTION,
    /**
     * The status most of its open sub-actions have, a tie going to the worse status; the reason counts them
     * ("2 of 3 open sub-actions are off track; 1 of 4 complete"). Complete only when the recommendation's own work
     * is (100% or a completion date), never because most of its sub-actions are; where every sub-action is complete
     * but it is not, its own deadline and progress decide.
     */
    MAJORITY;

    /** Its name on a command line: "recommendation", "worst-sub-action" or "majority". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The roll-up whose {@link #id()} is {@code id}. */
    public static java.util.Optional<RollUp> named(String id) {
        java.util.Objects.requireNonNull(id, "id");
        for (RollUp rollUp : values()) {
            if (rollUp.id().equals(id)) {
                return java.util.Optional.of(rollUp);
            }
        }
        return java.util.Optional.empty();
    }
}
