package io.github.actionplan.report;

import io.github.actionplan.report.Column.ColumnType;

/** A column a {@link RecommendationTableTemplate} can show, one row per recommendation. */
public enum ReportColumn {
    /** The ref, e.g. "Rec 17". */
    REF("Ref", ColumnType.TEXT, 1),
    /** The ref and the inspectorate's words together, as Derbyshire's "Summary" column. */
    SUMMARY("Summary", ColumnType.NARRATIVE, 8),
    /** The inspectorate's words. */
    TEXT("Recommendation", ColumnType.NARRATIVE, 7),
    /** Area for improvement, recommendation or cause of concern. */
    KIND("Kind", ColumnType.TEXT, 2),
    /** The responsible function. */
    OWNER("Responsible function", ColumnType.TEXT, 2),
    /** How many sub-actions it has. */
    SUB_ACTIONS("Sub actions", ColumnType.NUMBER, 1),
    /** The deadline as written, with its date. */
    DEADLINE("Deadline date", ColumnType.TIMESCALE, 2),
    /** The due date: the deadline's, else the latest sub-action's. */
    DUE_DATE("Due date", ColumnType.DATE, 2),
    /** The computed status on its BRAG colour, flagged where the owner's own differs. */
    STATUS("Status", ColumnType.STATUS, 2),
    /** The owner's own assessment, where the plan gives one. */
    OWNER_STATUS("Owner's BRAG", ColumnType.STATUS, 2),
    /** Progress, rounded to a whole percent. */
    PROGRESS("Overall %", ColumnType.PERCENT, 1),
    /** Why it has its status, in words. */
    REASON("Reason", ColumnType.TEXT, 4),
    /** The latest progress update. */
    LATEST_UPDATE("Latest update", ColumnType.NARRATIVE, 6);

    private final String header;
    private final ColumnType type;
    private final int width;

    ReportColumn(String header, ColumnType type, int width) {
        this.header = header;
        this.type = type;
        this.width = width;
    }

    /** The column's standard header, e.g. "Responsible function". */
    public String header() {
        return header;
    }

    /** The column's relative width. */
    public int width() {
        return width;
    }

    /** The column as a report shows it. */
    public Column column() {
        return new Column(header, type, width);
    }
}
