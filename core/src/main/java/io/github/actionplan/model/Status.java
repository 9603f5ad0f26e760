package io.github.actionplan.model;

/**
 * Where an item stands at a reporting date, each shown with a {@link Brag} colour.
 *
 * <p>The constants are declared in severity order, worst first, which is the order the
 * exceptions report lists them in: {@link #OFF_TRACK}, {@link #AT_RISK}, {@link #ON_TRACK},
 * {@link #COMPLETE}.
 */
public enum Status {
    /** Not complete and the due date has passed. Red. */
    OFF_TRACK(Brag.RED, "Off track"),
    /** Not complete, due soon and behind, or blocked. Amber. */
    AT_RISK(Brag.AMBER, "At risk"),
    /** Not complete and on course to meet its due date. Green. */
    ON_TRACK(Brag.GREEN, "On track"),
    /** Done. Blue. */
    COMPLETE(Brag.BLUE, "Complete");

    private final Brag brag;
    private final String defaultLabel;

    Status(Brag brag, String defaultLabel) {
        this.brag = brag;
        this.defaultLabel = defaultLabel;
    }

    /** The BRAG colour this status is shown in. */
    public Brag brag() {
        return brag;
    }

    /** The label used when a plan does not name this status in its own words. */
    public String defaultLabel() {
        return defaultLabel;
    }

    /** Whether this status is worse than {@code other} (off track is worst, complete best). */
    public boolean isWorseThan(Status other) {
        return ordinal() < other.ordinal();
    }
}
