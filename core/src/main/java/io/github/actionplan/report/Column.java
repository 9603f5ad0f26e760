package io.github.actionplan.report;

/**
 * A column of a {@link Section.Table}. Its cells are all of the type its {@link ColumnType} names,
 * or {@link Cell.EmptyCell} where there is nothing to show.
 *
 * @param header the header text
 * @param type   what its cells hold
 * @param width  a relative width hint (a weight, not a unit): a column of width 4 should be about
 *               twice as wide as one of width 2
 */
public record Column(String header, ColumnType type, int width) {

    /** Checks the width is positive and cleans the header. */
    public Column {
        header = ReportText.clean(header);
        if (width < 1) {
            throw new IllegalArgumentException("column '" + header + "' width " + width + " is not positive");
        }
    }

    /** What a column's cells hold. */
    public enum ColumnType {
        /** Short plain text: {@link Cell.TextCell}. */
        TEXT,
        /** Paragraphs and lists: {@link Cell.NarrativeCell}. */
        NARRATIVE,
        /** Dates: {@link Cell.DateCell}. */
        DATE,
        /** A timescale as written, with its due date: {@link Cell.TimescaleCell}. */
        TIMESCALE,
        /** Percentages: {@link Cell.PercentCell}. */
        PERCENT,
        /** Counts: {@link Cell.NumberCell}. */
        NUMBER,
        /** Statuses on their BRAG colour: {@link Cell.StatusCell}. */
        STATUS
    }
}
