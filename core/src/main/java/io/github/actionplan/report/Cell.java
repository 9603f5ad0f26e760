package io.github.actionplan.report;

import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a {@link Section.Table}. Every cell carries its final display text, worked out in
 * core; typed cells carry the value too, so a spreadsheet can store a real date or number.
 */
public sealed interface Cell {

    /**
     * Everything a reader sees in the cell as one string, lines separated by {@code '\n'}: what a
     * format without rich text (a spreadsheet cell) writes. For narrative, {@link Narrative#plainText()}.
     */
    String text();

    /**
     * Every string the cell shows, in reading order, for the renderer contract kit: one per line
     * (a status's label, note and reason), or a narrative's {@link Narrative#texts()}. Empty for an
     * empty cell.
     */
    default List<String> texts() {
        return List.of(text());
    }

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

        @Override
        public List<String> texts() {
            return List.of();
        }
    }

    /**
     * Plain text.
     *
     * @param text     the text
     * @param language the language it is written in, an IETF BCP 47 tag, where it is not the report's ({@link
     *                 DocumentMetadata#language()}): a plan's own word for a status, in Welsh, in a report whose words
     *                 are English. A format that can mark a passage's language marks it (WCAG 3.1.2).
     */
    record TextCell(String text, Optional<String> language) implements Cell {
        /** Cleans the text (see {@link ReportText}) and checks the language is a language tag. */
        public TextCell {
            text = ReportText.clean(Objects.requireNonNull(text, "text"));
            Objects.requireNonNull(language, "language").ifPresent(LanguageTags::checked);
        }

        /** Text in the report's language. */
        public TextCell(String text) {
            this(text, Optional.empty());
        }
    }

    /**
     * Narrative: paragraphs and lists.
     *
     * @param narrative the parsed narrative
     */
    record NarrativeCell(Narrative narrative) implements Cell {
        /** Refuses a null narrative. */
        public NarrativeCell {
            Objects.requireNonNull(narrative, "narrative");
        }

        @Override
        public String text() {
            return narrative.plainText();
        }

        @Override
        public List<String> texts() {
            return narrative.texts();
        }
    }

    /**
     * A calendar date.
     *
     * @param date the date
     * @param text the date as shown, e.g. "1 Jun 2023"
     */
    record DateCell(LocalDate date, String text) implements Cell {
        /** Refuses a null date and cleans the text (see {@link ReportText}). */
        public DateCell {
            Objects.requireNonNull(date, "date");
            text = ReportText.clean(Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A timescale as the plan wrote it, with the date it resolves to. Shown as the plan's words,
     * then the due date on a line of its own where the template shows one.
     *
     * @param words   the plan's words, e.g. "In FDP 24/25"
     * @param dueDate the date it means, if any
     * @param dueText the due date as shown, e.g. "31 Mar 2025" for "In FDP 24/25", and where the timescale was
     *                revised, the one first given ("31 Mar 2025, originally Dec 2024"), or how the date was set
     *                ("set by its actions"); a line of its own, under the words; empty where there is nothing to
     *                add (no due date, or the words already give it)
     */
    record TimescaleCell(String words, Optional<LocalDate> dueDate, String dueText) implements Cell {
        /** Cleans the texts (see {@link ReportText}). */
        public TimescaleCell {
            words = ReportText.clean(Objects.requireNonNull(words, "words"));
            Objects.requireNonNull(dueDate, "dueDate");
            dueText = ReportText.clean(Objects.requireNonNull(dueText, "dueText"));
        }

        @Override
        public String text() {
            return dueText.isEmpty() ? words : words + "\n" + dueText;
        }

        @Override
        public List<String> texts() {
            return dueText.isEmpty() ? List.of(words) : List.of(words, dueText);
        }
    }

    /**
     * A percentage.
     *
     * @param value   the exact percentage, 0-100
     * @param rounded the whole percent shown, as {@link io.github.actionplan.model.Percent#rounded()} gives it:
     *                half-up, but never 100 for work short of complete (99.5 is 99)
     * @param text    as shown, e.g. "87%"
     */
    record PercentCell(BigDecimal value, int rounded, String text) implements Cell {
        /** Refuses a null value and cleans the text (see {@link ReportText}). */
        public PercentCell {
            Objects.requireNonNull(value, "value");
            text = ReportText.clean(Objects.requireNonNull(text, "text"));
        }

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
    record NumberCell(long value, String text) implements Cell {
        /** Cleans the text (see {@link ReportText}). */
        public NumberCell {
            text = ReportText.clean(Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A status, written as a word on its BRAG colour: the label in bold, then the note and the
     * reason, each on a line of its own, where the template shows them. Colour is never the only
     * carrier of the status.
     *
     * <p>Its BRAG rating is {@code status().brag()}, core's one mapping of a status to its colour, which
     * {@code fill} is drawn from, never a mapping of the renderer's own. A format without colour (plain text, CSV)
     * shows the label alone: the report's key says which colour each label has, and its own cells, whose labels are
     * the colours' names, would read "Blue (Blue)" with a colour word beside them (trial 57 F5).
     *
     * @param status     the status, whose {@link Status#brag()} is the rating shown
     * @param label      the plan's word for it, e.g. "Open - Actions on going off track"; in a
     *                   legend, the colour's name
     * @param note       a warning to show with the status, e.g. "Owner's assessment: On track"
     *                   where the owner's own assessment differs from the computed one
     * @param reason     why the item has this status, in words, where the template shows it
     * @param fill          the cell's background colour
     * @param textColour    the colour the texts are written in
     * @param labelLanguage the language the label is written in, an IETF BCP 47 tag, where it is not the report's:
     *                      the plan's own word for the status, in Welsh, in a report whose words are English. A
     *                      format that can mark a passage's language marks the label so (WCAG 3.1.2); the note and
     *                      reason are the report's.
     */
    record StatusCell(Status status, String label, Optional<String> note, Optional<String> reason, Colour fill,
            Colour textColour, Optional<String> labelLanguage) implements Cell {
        /** Cleans the texts (see {@link ReportText}) and checks the language is a language tag. */
        public StatusCell {
            Objects.requireNonNull(status, "status");
            label = ReportText.clean(Objects.requireNonNull(label, "label"));
            note = note.map(ReportText::clean);
            reason = reason.map(ReportText::clean).filter(r -> !r.isEmpty());
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(textColour, "textColour");
            Objects.requireNonNull(labelLanguage, "labelLanguage").ifPresent(LanguageTags::checked);
        }

        /** A status whose label is in the report's language. */
        public StatusCell(Status status, String label, Optional<String> note, Optional<String> reason, Colour fill,
                Colour textColour) {
            this(status, label, note, reason, fill, textColour, Optional.empty());
        }

        /** The label, note and reason, one per line. */
        @Override
        public String text() {
            return String.join("\n", texts());
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>(3);
            texts.add(label);
            note.ifPresent(texts::add);
            reason.ifPresent(texts::add);
            return List.copyOf(texts);
        }
    }
}
