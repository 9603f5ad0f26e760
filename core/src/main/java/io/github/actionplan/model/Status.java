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

    private static final java.util.List<Status> SUMMARY_ORDER = java.util.List.of(ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE);

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

    /**
     * The order summaries list statuses in, as councils report them: the open items from green to
     * red, then complete.
     */
    public static java.util.List<Status> summaryOrder() {
        return SUMMARY_ORDER;
    }

    /** Whether this status is worse than {@code other} (off track is worst, complete best). */
    public boolean isWorseThan(Status other) {
        return ordinal() < other.ordinal();
    }
}
