package io.github.actionplan.report;

import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One cell of a {@link Section.Table}. Every cell carries its final display text, worked out in
 * core; typed cells carry the value too, so a spreadsheet can store a real date or number.
 */
public sealed interface Cell {

    /** The text a reader sees in the cell; for narrative, {@link Narrative#plainText()}. */
    String text();

    /** An empty cell. */
    static Cell empty() {
        return EmptyCell.INSTANCE;
    }

    /** A cell with nothing in it. */
    record EmptyCell() implements Cell {
        static final EmptyCell INSTANCE = new EmptyCell();

        @Override
        public String text() {
            return "";
        }
    }

    /**
     * Plain text.
     *
     * @param text the text
     */
    record TextCell(String text) implements Cell {
        /** Cleans the text (see {@link ReportText}). */
        public TextCell {
            text = ReportText.clean(text);
        }
    }

    /**
     * Narrative: paragraphs and lists.
     *
     * @param narrative the parsed narrative
     */
    record NarrativeCell(Narrative narrative) implements Cell {
        @Override
        public String text() {
            return narrative.plainText();
        }
    }

    /**
     * A calendar date.
     *
     * @param date the date
     * @param text the date as shown, e.g. "1 Jun 2023"
     */
    record DateCell(LocalDate date, String text) implements Cell {}

    /**
     * A timescale as the plan wrote it, with the date it resolves to.
     *
     * @param text    the plan's words, e.g. "In FDP 24/25"
     * @param dueDate the date it means, if any
     * @param dueText the due date as shown where the plan's words are not already a date, e.g.
     *                "31 Mar 2025" for "In FDP 24/25"; "" where there is no due date or the words
     *                already give it ("01 Jun 2023")
     */
    record TimescaleCell(String text, Optional<LocalDate> dueDate, String dueText) implements Cell {
        /** Cleans the text (see {@link ReportText}). */
        public TimescaleCell {
            text = ReportText.clean(text);
        }
    }

    /**
     * A percentage.
     *
     * @param value   the exact percentage, 0-100
     * @param rounded the whole percent shown, rounded half-up
     * @param text    as shown, e.g. "87%"
     */
    record PercentCell(BigDecimal value, int rounded, String text) implements Cell {
        /** The share of one, e.g. 0.87, as spreadsheets store percentages. */
        public BigDecimal fraction() {
            return value.movePointLeft(2);
        }
    }

    /**
     * A count or other number.
     *
     * @param value the number
     * @param text  as shown
     */
    record NumberCell(long value, String text) implements Cell {}

    /**
     * A status, written as a word on its BRAG colour.
     *
     * @param status     the status
     * @param label      the plan's word for it, e.g. "Open - Actions on going off track"
     * @param fill       the cell's background colour
     * @param textColour the colour the label is written in
     * @param reason     why the item has this status, in words
     * @param flag       a warning to show with the status, e.g. that the owner's own assessment
     *                   differs from the computed one
     */
    record StatusCell(Status status, String label, Colour fill, Colour textColour, String reason,
            Optional<String> flag) implements Cell {
        /** Cleans the texts (see {@link ReportText}). */
        public StatusCell {
            label = ReportText.clean(label);
            reason = ReportText.clean(reason);
            flag = flag.map(ReportText::clean);
        }

        /** The label, followed by the flag where there is one: what a text-only reader should see. */
        @Override
        public String text() {
            return flag.map(f -> label + " (" + f + ")").orElse(label);
        }
    }
}
