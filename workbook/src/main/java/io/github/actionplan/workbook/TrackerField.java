package io.github.actionplan.workbook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a tracker holds, as a {@link TrackerMapping} names it. Each field is read into
 * one part of the plan; a column mapped to no field is ignored.
 */
public enum TrackerField {
    /** The reference: a new one starts a recommendation, "17.1" names a sub-action. */
    REF("ref"),
    /** Whether the finding is a recommendation, an area for improvement or a cause of concern, in words. */
    KIND("kind"),
    /** The page of the inspection report the finding is on. */
    REPORT_PAGE("reportPage"),
    /** The inspection pillar the finding falls under: Effectiveness, Efficiency or People. */
    PILLAR("pillar"),
    /** The reference of the cause of concern a recommendation belongs to, such as "CoC 1". */
    CAUSE_OF_CONCERN("causeOfConcern"),
    /** The inspectorate's words: the recommendation or area for improvement itself. */
    FINDING("finding"),
    /** The outcomes the plan wants, one a line. */
    REQUIRED_OUTCOMES("requiredOutcomes"),
    /** What is to be done: one sub-action a row. */
    ACTION("action"),
    /** A sub-action's own reference, such as "1.1" or "a", where a tracker gives it a column of its own. */
    ACTION_REF("actionRef"),
    /** How many sub-actions a recommendation has, where a tracker counts them instead of listing them. */
    SUB_ACTION_COUNT("subActionCount"),
    /** Who is responsible. */
    OWNER("owner"),
    /**
     * Who carries out an action, where another column gives each recommendation's owner: an "Action owner" column
     * beside an "Accountable lead" one.
     */
    ACTION_OWNER("actionOwner"),
    /** The target date or timescale, kept as written. */
    DUE("due"),
    /**
     * A revised target date or timescale: where a row has one, it is the item's timescale, and the one in
     * {@link #DUE} is kept in the item's notes.
     */
    REVISED_DUE("revisedDue"),
    /** Progress as a percentage. */
    PROGRESS("progress"),
    /** The owner's RAG or BRAG rating, in words or as the cell's fill colour. */
    RAG("rag"),
    /** The day the work was completed. */
    COMPLETED_ON("completedOn"),
    /**
     * A progress update. A tracker with a column for each quarter's may map several, each header naming the
     * quarter or month it is for ("Update Q1 2025/26", "Update Sep 2025"): each is that period's update.
     */
    UPDATE("update"),
    /** Notes. */
    NOTES("notes");

    private final String jsonName;

    TrackerField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The field's name in a mapping's JSON, e.g. {@code "reportPage"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The field with this JSON name, ignoring case. */
    public static Optional<TrackerField> fromJsonName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.jsonName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
