package io.github.actionplan.workbook;

import io.github.actionplan.model.Recommendation;
import java.util.List;

/**
 * The columns of the Updates sheet, in order: the one definition the export writes and the import
 * reads (by header, so a column's place may move). Read-only columns tell the owner where each item
 * stands; editable ones are what the owner fills in.
 */
enum UpdateColumn {
    REF("Ref", false, 6, 20, false, "The recommendation's reference, on each of its rows. It ties the row to the"
            + " plan: do not change it."),
    ID("Id", false, 4, 10, false, "The sub-action's id, blank on a recommendation's own row. It ties the row to the"
            + " plan: do not change it."),
    KIND("Kind", false, 10, 16, true, "Area for improvement, recommendation or cause of concern; Sub-action for its actions."),
    FINDING("Finding", false, 20, 50, true, "The inspectorate's words, on the recommendation's row, the outcomes it is"
            + " to deliver and its page in the inspection report, where the plan gives them, and the plan's notes on"
            + " it."),
    SUB_ACTION("Sub-action", false, 16, 40, true, "What is to be done, on each sub-action's row, and the plan's notes"
            + " on it, such as the timescale it was first given."),
    OWNER("Owner", false, 10, 22, true, "Who is responsible."),
    TIMESCALE("Timescale", false, 9, 16, true, "When it is due, as the plan writes it. Blank on the row of a"
            + " recommendation with no timescale of its own: it is due when its last sub-action is, where it has"
            + " sub-actions."),
    DUE("Due", false, 11, 11, false, "The day the timescale means; blank for ongoing work. For a recommendation with"
            + " no timescale of its own, the day its last sub-action is due."),
    STATUS("Status", false, 9, 16, true, "Where it stands at the reporting date, worked out from the plan as it was sent."),
    REASON("Reason", false, 16, 36, true, "Why it has that status."),
    PROGRESS_REPORTED("Progress reported", false, 9, 9, true, "The progress the plan holds now. On a recommendation's"
            + " row with a grey Progress % now, it is worked out, not given: 100 once it is complete, otherwise the"
            + " average of its sub-actions' progress."),
    PROGRESS("Progress % now", true, 9, 9, true, "How far the work is now, from 0 to 100: type 50 or 50%."),
    COMPLETED_ON("Completed on", true, 12, 12, true, "The day the work was finished, if it is. It cannot be after"
            + " the reporting date."),
    NEW_TIMESCALE("New timescale", true, 12, 16, true, "Only where a new timescale has been agreed. Give when the"
            + " work will now be done, for example {timescales}. The plan keeps the old one in its notes."),
    SECOND_ROW_KEY("Row key 2", false, 8, 8, false, "Hidden, like Row key, for the columns to fill in after New"
            + " timescale."),
    NEW_OWNER("New owner", true, 12, 22, true, "Only where someone else is now responsible. Write their name as"
            + " the plan writes it. The next workbook's row is theirs."),
    BLOCKED_REPORTED("Blocked reported", false, 10, 24, true, "Who the work is waiting on, as the plan holds it now;"
            + " blank where it is not blocked."),
    BLOCKED("Blocked?", true, 8, 8, true, "Yes if the work cannot go on until someone else acts. No once it can go"
            + " on again."),
    BLOCKED_BY("Blocked by", true, 12, 24, true, "Who the work is waiting on, for example National Fire Chiefs"
            + " Council."),
    BRAG_REPORTED("BRAG reported", false, 11, 11, true, "The owner's BRAG rating the plan holds now, and the period it"
            + " was given for. Reports show it until the recommendation has an update without a rating."),
    BRAG("Owner's BRAG", true, 9, 9, true, "Your own rating of the recommendation: " + CellValues.BRAG_CHOICES + "."),
    ROW_KEY("Row key", false, 8, 8, false, "Hidden. The row's Ref and Id again, among the cells to fill in. The"
            + " import uses it to find a row whose columns were sorted apart from the rest."),
    UPDATE("Update for this period", true, 24, 50, true, "What happened this period, in a sentence or two."),
    THIRD_ROW_KEY("Row key 3", false, 8, 8, false, "Hidden, like Row key, after Update for this period."),
    LAST_UPDATE("Last update", false, 24, 50, true,
            "The recommendation's latest update in the plan, and the period it is for: what was said last time.");

    private final String header;
    private final boolean editable;
    private final int minWidth;
    private final int maxWidth;
    private final boolean wraps;
    private final String meaning;

    UpdateColumn(String header, boolean editable, int minWidth, int maxWidth, boolean wraps, String meaning) {
        this.header = header;
        this.editable = editable;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.wraps = wraps;
        this.meaning = meaning;
    }

    /** The header text, which the import finds the column by. */
    String header() {
        return header;
    }

    /**
     * The hidden columns that hold each row's Ref and Id again among the cells to fill in, so that a sort of only
     * some columns is told wherever the sort's columns take one of them along: Excel and LibreOffice Calc both move
     * a hidden column inside a sorted range with its row. Neither is among the columns of the README's examples,
     * Ref to New timescale, whose letters stay.
     */
    static final List<UpdateColumn> ROW_KEYS = List.of(SECOND_ROW_KEY, ROW_KEY);

    /**
     * {@link #ROW_KEYS} and the one after Update for this period, outside the cells to fill in, so that a sort of
     * Update and Last update, or of all but them, is told too: a row's cells to fill in cut or cleared leave it.
     */
    static final List<UpdateColumn> SORT_KEYS = List.of(SECOND_ROW_KEY, ROW_KEY, THIRD_ROW_KEY);

    /** Whether owners fill it in. */
    boolean isEditable() {
        return editable;
    }

    /** The narrowest the column is, in character widths. */
    int minWidth() {
        return minWidth;
    }

    /** The widest the column grows to fit its content, in character widths; longer text wraps. */
    int maxWidth() {
        return maxWidth;
    }

    /** Whether its text wraps within the column. */
    boolean wraps() {
        return wraps;
    }

    /**
     * Whether an owner may fill this column in on the row of {@code recommendation} (a sub-action's
     * row where {@code subActionRow}): the model holds a blocked flag only for sub-actions and an
     * owner's BRAG only for recommendations, and a recommendation whose progress or due date is worked
     * out from its sub-actions takes its progress or new timescales from their rows.
     */
    boolean appliesTo(Recommendation recommendation, boolean subActionRow) {
        return switch (this) {
            case PROGRESS -> subActionRow || recommendation.reportedProgress().isPresent()
                    || recommendation.subActions().isEmpty();
            case NEW_TIMESCALE -> subActionRow || recommendation.deadline().isPresent()
                    || recommendation.subActions().isEmpty();
            case COMPLETED_ON, NEW_OWNER, UPDATE -> true;
            case BLOCKED, BLOCKED_BY -> subActionRow;
            case BRAG -> !subActionRow;
            default -> false;
        };
    }

    /**
     * Whether the import needs the column's header to find: a column added since the first workbooks went out is
     * not needed, so that a workbook written before it imports as it did.
     */
    boolean requiredInHeader() {
        return this != NEW_TIMESCALE && this != NEW_OWNER && this != BLOCKED_REPORTED;
    }

    /** What it holds, for the Instructions sheet and the input messages, giving {@code examples} of timescales. */
    String meaning(ExampleDates examples) {
        return meaning.replace("{timescales}", examples.someTimescales());
    }
}
