package io.github.actionplan.model;

/** The three pillars HMICFRS inspects a fire and rescue service against. */
public enum Pillar {
    /** How effective the service is at keeping people safe and secure. */
    EFFECTIVENESS("Effectiveness"),
    /** How efficient the service is at keeping people safe and secure. */
    EFFICIENCY("Efficiency"),
    /** How well the service looks after its people. */
    PEOPLE("People");

    private final String displayName;

    Pillar(String displayName) {
        this.displayName = displayName;
    }

    /** The pillar in words, e.g. "People". */
    public String displayName() {
        return displayName;
    }
}
