package io.github.actionplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where an item stands at a reporting date, each shown with a {@link Brag} colour.
 *
 * <p>Statuses are listed in one of four named orders, never in one spelled out where it is used:
 * <ul>
 *   <li>{@link #SEVERITY}, worst first: off track, at risk, on track, complete;
 *   <li>{@link #SUMMARY}, as councils count them: on track, at risk, off track, complete;
 *   <li>{@link #BRAG_ORDER}, as BRAG reads: complete (Blue), off track (Red), at risk (Amber),
 *       on track (Green);
 *   <li>{@link #JSON_ORDER}, as the JSON formats list them: complete, on track, at risk, off track.
 * </ul>
 *
 * <p>The constants are declared in {@link #SEVERITY} order, so their natural order
 * ({@link #compareTo}, {@code EnumMap}, {@code EnumSet}, {@link #values()}) is worst first.
 */
public enum Status {
    /** Not complete and the due date has passed. Red. */
    OFF_TRACK(Brag.RED, "Off track"),
    /** Not complete, due soon and behind, or blocked. Amber. */
    AT_RISK(Brag.AMBER, "At risk"),
    /** Not complete and on course to meet its due date, or with no due date. Green. */
    ON_TRACK(Brag.GREEN, "On track"),
    /** Done. Blue. */
    COMPLETE(Brag.BLUE, "Complete");

    /**
     * Worst first: off track, at risk, on track, complete; the declaration order. Used wherever the
     * worst matters most: the exceptions report's worst-first order, the worst-sub-action roll-up,
     * the majority roll-up's tie-break (the worse status wins), an owner's worst rating in a tracker
     * row, and {@link StatusLabels#all()}.
     */
    public static final List<Status> SEVERITY = List.of(OFF_TRACK, AT_RISK, ON_TRACK, COMPLETE);

    /**
     * As councils report them: the open items from green to red, then complete: on track, at risk,
     * off track, complete. Used by every status summary: the reports' status summary and chart, and
     * the counts {@code actionplan status} and {@code actionplan tracker} print.
     */
    public static final List<Status> SUMMARY = List.of(ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE);

    /**
     * As the letters of BRAG read, Blue, Red, Amber, Green: complete, off track, at risk, on track.
     * Used where the colours are listed: the reports' key to BRAG ratings, and the BRAG choices and
     * messages of the update workbook and tracker import.
     */
    public static final List<Status> BRAG_ORDER = List.of(COMPLETE, OFF_TRACK, AT_RISK, ON_TRACK);

    /**
     * As the JSON formats list them: complete, on track, at risk, off track. Used by the plan schema's
     * status enumeration, the {@code statusLabels} keys a plan file is written with, and the counts of
     * {@code actionplan status --json}. Spelled out rather than taken from the declaration order, so
     * that a file format never changes when the constants are reordered.
     */
    public static final List<Status> JSON_ORDER = List.of(COMPLETE, ON_TRACK, AT_RISK, OFF_TRACK);

    private final Brag brag;
    private final String defaultLabel;

    Status(Brag brag, String defaultLabel) {
        this.brag = brag;
        this.defaultLabel = defaultLabel;
    }

    /** The status shown in {@code brag}: Blue is complete, Red off track, Amber at risk, Green on track. */
    public static Status of(Brag brag) {
        Objects.requireNonNull(brag, "brag");
        return Arrays.stream(values()).filter(status -> status.brag == brag).findFirst().orElseThrow();
    }

    /** The BRAG colour this status is shown in. */
    public Brag brag() {
        return brag;
    }

    /** The label used when a plan does not name this status in its own words. */
    public String defaultLabel() {
        return defaultLabel;
    }

    /** Whether this status is worse than {@code other} in {@link #SEVERITY} order (off track is worst). */
    public boolean isWorseThan(Status other) {
        // The declaration order is SEVERITY (StatusTest holds them together); ordinals are cheapest
        // for the roll-up of a million sub-actions.
        return ordinal() < other.ordinal();
    }
}
