package io.github.actionplan.rules;

/** How sub-action statuses become a recommendation's status. */
public enum RollUp {
    /** The recommendation's own deadline and progress decide, as Derbyshire reports. The default. */
    RECOMMENDATION,
    /** The worst status of its open sub-actions. */
    WORST_SUB_ACTION,
    /** The status most of its sub-actions have; a tie goes to the worse status. */
    MAJORITY;

    /** Its name on a command line: "recommendation", "worst-sub-action" or "majority". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The roll-up whose {@link #id()} is {@code id}. */
    public static java.util.Optional<RollUp> named(String id) {
        for (RollUp rollUp : values()) {
            if (rollUp.id().equals(id)) {
                return java.util.Optional.of(rollUp);
            }
        }
        return java.util.Optional.empty();
    }
}
