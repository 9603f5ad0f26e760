package io.github.actionplan.report;

import java.util.Objects;

/**
 * A column of a {@link Section.Table}. Its cells are all of the type its {@link ColumnType} names,
 * or {@link Cell.EmptyCell} where there is nothing to show.
 *
 * @param header            the header text
 * @param type              what its cells hold
 * @param width             a relative width (a weight, not a unit): a column of width 4 should be
 *                          about twice as wide as one of width 2
 * @param minimumCharacters the longest word of the header and the cells, in characters: the
 *                          column is never narrower, so no word is broken; a word of more than 20
 *                          characters, such as a web address, counts as its longest part after a
 *                          '/' or '-', where it may break. A value read as one thing, of 12
 *                          characters at most (a status's label, a date, a ref such as "AFI 11"),
 *                          counts whole, so it stays on one line. A table works it out from its cells; see
 *                          {@link Section.Table#columnWidths}, which keeps a column no wider than
 *                          {@link #LONGEST_WORD_KEPT} for it.
 */
public record Column(String header, ColumnType type, int width, int minimumCharacters) {

    /**
     * The longest word, in characters, a column is made wide enough to keep whole: in a column with a longer one (a
     * long string with no '/' or '-' to break at) every renderer breaks words anywhere, as a page holding it whole
     * would leave the other columns a few letters each.
     */
    public static final int LONGEST_WORD_KEPT = 40;

    /**
     * The longest word, in characters, counted whole for {@link #minimumCharacters()}: a longer one (a web address, a
     * file's path) counts as its longest part after a '/' or '-', and a renderer lets it break there.
     */
    public static final int LONG_WORD = 20;

    /** Checks the widths and cleans the header; the minimum is at least the header's longest word. */
    public Column {
        header = ReportText.clean(Objects.requireNonNull(header, "header"));
        Objects.requireNonNull(type, "type");
        if (width < 1) {
            throw new IllegalArgumentException("column '" + header + "' width " + width + " is not positive");
        }
        if (minimumCharacters < 0) {
            throw new IllegalArgumentException("column '" + header + "' minimum width " + minimumCharacters
                    + " is negative");
        }
        minimumCharacters = Math.max(minimumCharacters, Words.longest(header));
    }

    /** A column as wide as its header's longest word at least; a table widens it to its cells'. */
    public Column(String header, ColumnType type, int width) {
        this(header, type, width, 0);
    }

    /** This column, renamed. */
    public Column withHeader(String header) {
        return new Column(header, type, width, 0);
    }

    Column atLeast(int characters) {
        return characters <= minimumCharacters ? this : new Column(header, type, width, characters);
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
        STATUS;

        /** Whether the column's values are figures, which line up on the right. */
        public boolean isFigure() {
            return this == PERCENT || this == NUMBER;
        }
    }
}
