package io.github.actionplan.report;

import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.util.List;

/**
 * One part of a {@link Report}, in reading order. The set is sealed, so a renderer's
 * {@code switch} over it is checked by the compiler:
 *
 * <pre>{@code
 * switch (section) {
 *     case Section.Heading h -> ...
 *     case Section.KeyFacts k -> ...
 *     case Section.StatusSummary s -> ...
 *     case Section.Table t -> ...
 *     case Section.NarrativeText n -> ...
 *     case Section.Legend l -> ...
 * }
 * }</pre>
 */
public sealed interface Section {

    /**
     * A heading.
     *
     * @param level 1 (a chapter, e.g. one area for improvement) to 3
     * @param text  the heading text
     */
    record Heading(int level, String text) implements Section {
        /** Checks the level and cleans the text. */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level + " is not 1, 2 or 3");
            }
            text = ReportText.clean(text);
        }
    }

    /**
     * Label and value pairs: the reporting date, the organisation, the source report.
     *
     * @param facts the facts, in order
     */
    record KeyFacts(List<KeyFact> facts) implements Section {
        /** Copies the list. */
        public KeyFacts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One label and value.
     *
     * @param label e.g. "Reporting date"
     * @param value e.g. "1 November 2023"
     */
    record KeyFact(String label, String value) {
        /** Cleans the texts. */
        public KeyFact {
            label = ReportText.clean(label);
            value = ReportText.clean(value);
        }
    }

    /**
     * How many items have each status: the data for a chart and for the table beside it.
     *
     * @param title       e.g. "Status at 1 November 2023"
     * @param counts      one entry per status, zero counts included, in the order to show them
     * @param total       the number of items counted
     * @param description the counts in one sentence, the text alternative to a chart
     */
    record StatusSummary(String title, List<StatusCount> counts, int total, String description) implements Section {
        /** Copies the list and cleans the texts. */
        public StatusSummary {
            title = ReportText.clean(title);
            counts = List.copyOf(counts);
            description = ReportText.clean(description);
        }

        /** The header row of the counts table: status, number of items, share. */
        public List<String> headers() {
            return List.of("Status", "Items", "Share");
        }

        /** The label of the counts table's total row. */
        public String totalLabel() {
            return "Total";
        }

        /** The total as shown, e.g. "20". */
        public String totalText() {
            return Integer.toString(total);
        }
    }

    /**
     * The count of one status.
     *
     * @param status     the status
     * @param label      the plan's word for it
     * @param count      how many items have it
     * @param share      count / total, exactly (0 when there are no items)
     * @param shareText  the share as shown, e.g. "75%"
     * @param fill       its BRAG fill
     * @param textColour the colour text is written in on the fill
     */
    record StatusCount(Status status, String label, int count, BigDecimal share, String shareText, Colour fill,
            Colour textColour) {
        /** Cleans the label. */
        public StatusCount {
            label = ReportText.clean(label);
        }

        /** The count as shown, e.g. "15". */
        public String countText() {
            return Integer.toString(count);
        }
    }

    /**
     * A table with typed columns and one header row, which renderers repeat on every page.
     *
     * @param title   a caption naming the table (a spreadsheet names its sheet after it)
     * @param columns the columns
     * @param rows    the rows in display order; each has one cell per column
     * @param wide    whether the table needs a landscape page
     */
    record Table(String title, List<Column> columns, List<List<Cell>> rows, boolean wide) implements Section {
        /** Copies the lists and checks every row has one cell per column. */
        public Table {
            title = ReportText.clean(title);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns.size()) {
                    throw new IllegalArgumentException("table '" + title + "' row " + (i + 1) + " has "
                            + rows.get(i).size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * Narrative text: paragraphs and lists.
     *
     * @param narrative the text
     */
    record NarrativeText(Narrative narrative) implements Section {}

    /**
     * What each BRAG colour means.
     *
     * @param title   e.g. "Key"
     * @param entries one per status
     */
    record Legend(String title, List<LegendEntry> entries) implements Section {
        /** Copies the list. */
        public Legend {
            title = ReportText.clean(title);
            entries = List.copyOf(entries);
        }

        /** The header row of the legend's table: colour, status, meaning. */
        public List<String> headers() {
            return List.of("BRAG", "Status", "Meaning");
        }
    }

    /**
     * One line of a {@link Legend}.
     *
     * @param status     the status
     * @param colourName the BRAG colour in words, e.g. "Amber"
     * @param label      the plan's word for the status
     * @param meaning    what the status means, e.g. "Not complete and the due date has passed"
     * @param fill       the BRAG fill
     * @param textColour the colour text is written in on the fill
     */
    record LegendEntry(Status status, String colourName, String label, String meaning, Colour fill,
            Colour textColour) {
        /** Cleans the texts. */
        public LegendEntry {
            label = ReportText.clean(label);
            meaning = ReportText.clean(meaning);
        }
    }
}
