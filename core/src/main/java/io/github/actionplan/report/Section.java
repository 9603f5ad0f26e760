package io.github.actionplan.report;

import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One part of a {@link Chapter}, in reading order.
 *
 * <h2>How the set of section types grows</h2>
 * Three types are <em>basic</em>: {@link Heading}, {@link NarrativeText} and {@link Table}. Every
 * renderer draws them. Every other type, the standard {@link KeyFacts}, {@link StatusSummary} and
 * {@link Legend} and any type core or a template adds later, offers a {@link #fallback()} made of
 * basic sections only, showing the same texts. A renderer draws the types it knows and the
 * fallback of any other, so a section type added in a later version never breaks a renderer
 * written before it:
 *
 * <pre>{@code
 * void section(Section section) {
 *     switch (section) {
 *         case Section.Heading h -> ...
 *         case Section.NarrativeText n -> ...
 *         case Section.Table t -> ...
 *         case Section.StatusSummary s -> ...    // a chart, then its table
 *         default -> section.fallback().forEach(this::section);
 *     }
 * }
 * }</pre>
 *
 * {@link Chapter} checks every fallback is basic; the renderer contract kit checks a renderer
 * draws the fallback of a section type it cannot know.
 */
public interface Section {

    /**
     * Every string this section shows, in reading order: what text extracted from any rendered
     * file contains. The renderer contract kit checks each renderer against it.
     */
    List<String> texts();

    /**
     * The same content as basic sections ({@link Heading}, {@link NarrativeText}, {@link Table}),
     * for a renderer that does not know this section's type. A basic section is its own fallback.
     */
    List<Section> fallback();

    /** Whether {@code section} is one of the three types every renderer draws. */
    static boolean isBasic(Section section) {
        return section instanceof Heading || section instanceof NarrativeText || section instanceof Table;
    }

    /**
     * A heading inside a chapter, on the same scale as the chapter's own heading, which is level 1:
     * a heading of level 2 sits directly under the chapter's heading (the standard templates' headings
     * are level 2, e.g. "Required outcomes" under "Area for improvement 1"), one of level 3 under
     * that, and one of level 1 ranks with a chapter's heading (for a chapter without one).
     *
     * <p>A format that ranks the report's title above the chapters writes a heading of level n one
     * level deeper, at n + 1 (HTML, Markdown and PDF's tags: the title {@code h1}, a chapter's
     * heading {@code h2}, a level-2 heading {@code h3}); one that ranks the title with them writes it
     * at n (DOCX: the Title style, then Heading 1 for a chapter's). Either way a renderer
     * never skips a level: a heading more than one level below the heading before it (a level-2
     * heading in a chapter without a heading of its own) is drawn one level below that one.
     *
     * @param level 1 to 3, on the chapter's scale
     * @param text  the heading text
     */
    record Heading(int level, String text) implements Section {
        /** Checks the level and cleans the text. */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level + " is not 1, 2 or 3");
            }
            text = ReportText.clean(Objects.requireNonNull(text, "text"));
        }

        @Override
        public List<String> texts() {
            return List.of(text);
        }

        @Override
        public List<Section> fallback() {
            return List.of(this);
        }
    }

    /**
     * Narrative text: paragraphs and lists.
     *
     * @param narrative the text
     */
    record NarrativeText(Narrative narrative) implements Section {
        /** Checks the narrative is there. */
        public NarrativeText {
            Objects.requireNonNull(narrative, "narrative");
        }

        /** One plain paragraph. */
        public static NarrativeText plain(String text) {
            return new NarrativeText(Narrative.plain(text));
        }

        @Override
        public List<String> texts() {
            return narrative.texts();
        }

        @Override
        public List<Section> fallback() {
            return List.of(this);
        }
    }

    /**
     * A table with typed columns, one header row (which renderers mark as the header and repeat on
     * every page) and an optional total row after the others.
     *
     * <p>Each column's {@link Column#minimumCharacters()} is widened here to the longest word of
     * its header and cells, so a renderer that sizes columns with {@link #columnWidths} never
     * breaks a word in the middle (a web address may break after a '/' or '-'), nor a short value
     * read as one thing ("On track", "AFI 11", "31 Mar 2026") over two lines.
     *
     * <h2>How a table is named</h2>
     * Core decides how a reader learns what a table is, and every renderer follows it:
     * <ul>
     *   <li>a {@code title} and no {@code headingLevel}: the title is the table's caption (HTML's
     *       {@code caption}, PDF's {@code Caption}, a caption paragraph and the table's caption in DOCX);</li>
     *   <li>a {@code title} and a {@code headingLevel}: the title is a {@link Heading} of that level, drawn
     *       directly before the table, which it names: heading navigation and a PDF's bookmarks reach it;</li>
     *   <li>no {@code title}: the table is named by the heading before it (the chapter's, or the heading
     *       of the section it belongs to), and core puts it directly under one.</li>
     * </ul>
     * Either way a spreadsheet names its sheet, or its table, after the title.
     *
     * @param title    the table's name, shown as its caption or as the heading before it; empty for none
     * @param columns  the columns
     * @param rows     the rows in display order; each has one cell per column
     * @param totalRow   a last row of totals, where the template gives one; one cell per column
     * @param rowHeaders whether each row's first cell names the row (a ref, an owner, a status), so that
     *                   renderers mark it as the row's header: a screen reader then says it with each
     *                   of the row's other cells, as it says the column's header
     * @param headingLevel where present, the title is a heading of this level (1 to 3, on the chapter's scale, as
     *                   {@link Heading}'s) directly before the table; where empty, the title is its caption
     * @param data       whether the table is data to work with, as the {@linkplain ReportTemplates#register()
     *                   register} is, in a spreadsheet's filters and queries: each cell's value is then kept whole
     *                   where a format would cut a text its row cannot show (a spreadsheet's rows stop growing),
     *                   and cut only where the format cannot hold it at all; and a spreadsheet's sheet that holds
     *                   it alone starts at its header row, its title naming the sheet and the table, not written
     *                   above it, so that a query on the sheet or a CSV of it reads the table alone
     */
    record Table(String title, List<Column> columns, List<List<Cell>> rows, Optional<List<Cell>> totalRow,
            boolean rowHeaders, OptionalInt headingLevel, boolean data) implements Section {
        /**
         * Copies the lists, checks every row has one cell per column and a heading has a level and a text, and widens
         * the columns to their longest word.
         */
        public Table {
            title = ReportText.clean(Objects.requireNonNull(title, "title"));
            Objects.requireNonNull(headingLevel, "headingLevel");
            if (headingLevel.isPresent()) {
                if (title.isEmpty()) {
                    throw new IllegalArgumentException("a table without a title has no heading to draw");
                }
                // The same check as a heading's, with the same message.
                new Heading(headingLevel.getAsInt(), title);
            }
            if (Objects.requireNonNull(columns, "columns").isEmpty()) {
                throw new IllegalArgumentException("table '" + title + "' has no columns");
            }
            if (firstNull(columns) >= 0) {
                throw new NullPointerException("table '" + title + "' column " + (firstNull(columns) + 1) + " is null");
            }
            List<List<Cell>> copied = new ArrayList<>(Objects.requireNonNull(rows, "rows").size());
            for (int i = 0; i < rows.size(); i++) {
                copied.add(present(title, "row " + (i + 1), rows.get(i)));
            }
            rows = List.copyOf(copied);
            String name = title;
            totalRow = Objects.requireNonNull(totalRow, "totalRow").map(row -> present(name, "the total row", row));
            int[] longest = new int[columns.size()];
            for (int i = 0; i < rows.size(); i++) {
                widen(title, "row " + (i + 1), rows.get(i), columns.size(), longest);
            }
            if (totalRow.isPresent()) {
                widen(title, "the total row", totalRow.get(), columns.size(), longest);
            }
            List<Column> widened = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                widened.add(columns.get(c).atLeast(longest[c]));
            }
            columns = List.copyOf(widened);
        }

        /** A table to read, not {@linkplain #data() data}. */
        public Table(String title, List<Column> columns, List<List<Cell>> rows, Optional<List<Cell>> totalRow,
                boolean rowHeaders, OptionalInt headingLevel) {
            this(title, columns, rows, totalRow, rowHeaders, headingLevel, false);
        }

        /** A table whose title, if any, is its caption. */
        public Table(String title, List<Column> columns, List<List<Cell>> rows, Optional<List<Cell>> totalRow,
                boolean rowHeaders) {
            this(title, columns, rows, totalRow, rowHeaders, OptionalInt.empty());
        }

        /** A table whose rows have no header cell. */
        public Table(String title, List<Column> columns, List<List<Cell>> rows, Optional<List<Cell>> totalRow) {
            this(title, columns, rows, totalRow, false);
        }

        /** A table without a total row, whose rows have no header cell. */
        public Table(String title, List<Column> columns, List<List<Cell>> rows) {
            this(title, columns, rows, Optional.empty());
        }

        /**
         * This table with each row, the total row too, headed by its first cell: a table of its own, checked and
         * widened again, as any table is made.
         */
        public Table withRowHeaders() {
            return new Table(title, columns, rows, totalRow, true, headingLevel, data);
        }

        /**
         * This table under its title as a heading of {@code level} (1 to 3, on the chapter's scale), which names
         * it, instead of a caption: for a table a reader should reach by its headings, such as a report's main
         * table or the key to the colours.
         *
         * @throws IllegalArgumentException where the table has no title, or the level is not 1, 2 or 3
         */
        public Table headedAt(int level) {
            return new Table(title, columns, rows, totalRow, rowHeaders, OptionalInt.of(level), data);
        }

        /** This table as {@linkplain #data() data}, each cell's value kept whole. */
        public Table asData() {
            return new Table(title, columns, rows, totalRow, rowHeaders, headingLevel, true);
        }

        /** The heading drawn directly before this table, naming it, where its title is one; empty where it is not. */
        public Optional<Heading> heading() {
            return headingLevel.isPresent() ? Optional.of(new Heading(headingLevel.getAsInt(), title))
                    : Optional.empty();
        }

        /** The caption this table shows: its title, where that is not a heading; empty where it has none. */
        public String caption() {
            return headingLevel.isPresent() ? "" : title;
        }

        /** {@code row} copied; refused, saying where in the table, where it or a cell of it is null. */
        private static List<Cell> present(String title, String where, List<Cell> row) {
            if (row == null || firstNull(row) >= 0) {
                throw new NullPointerException("table '" + title + "' " + where + (row == null ? "" : ", column "
                        + (firstNull(row) + 1)) + " is null");
            }
            return List.copyOf(row);
        }

        /** The index of {@code list}'s first null, or -1: {@code List.of(...).indexOf(null)} throws instead. */
        private static int firstNull(List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    return i;
                }
            }
            return -1;
        }

        private static void widen(String title, String where, List<Cell> row, int width, int[] longest) {
            if (row.size() != width) {
                throw new IllegalArgumentException("table '" + title + "' " + where + " has " + row.size()
                        + " cells for " + width + " columns");
            }
            for (int c = 0; c < width; c++) {
                longest[c] = Math.max(longest[c], Math.max(Words.longest(row.get(c).texts()), whole(row.get(c))));
            }
        }

        /** The most characters of a value kept on one line however narrow its column: "On track", "AFI 11". */
        private static final int SHORTEST_WHOLE = 12;

        /**
         * The characters of {@code cell}'s value read as one thing, which a line break would split: a status's label (a
         * character more, as it is drawn bold), a date, a timescale's words, a short text such as a ref; 0 for a
         * longer text, whose words may go on lines of their own.
         */
        private static int whole(Cell cell) {
            String value = switch (cell) {
                case Cell.StatusCell status -> status.label() + " ";
                case Cell.DateCell date -> date.text();
                case Cell.TimescaleCell timescale -> timescale.words();
                case Cell.TextCell text -> text.text();
                default -> "";
            };
            int length = value.codePointCount(0, value.length());
            return length <= SHORTEST_WHOLE && value.indexOf('\n') < 0 ? length : 0;
        }

        /** The characters every column has room for, however long the words of the others. */
        private static final int NARROWEST_CHARACTERS = 2;

        /** The header row's texts, in column order. */
        public List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }

        /**
         * The width of each column in the renderer's own unit: every column at least as wide as its
         * longest word (of {@link Column#LONGEST_WORD_KEPT} characters at most), what is left shared in proportion to the columns' weights, but no column wider than its
         * longest line needs while another could use the room: a column of short values, or of nothing but its
         * header, gives what its weight would give it beyond that to the columns whose lines wrap. Where even the
         * longest words do not fit, every column keeps room for its padding and two characters
         * (or an equal share, if not even that fits), and the longest words share what is left in
         * proportion to how much wider they are than that: one word of thousands of characters
         * must not squeeze the other columns to nothing.
         *
         * @param available      the width the table may take
         * @param characterWidth the width of one character of the table's text, on average
         * @param cellPadding    the width a cell's padding and borders take
         * @return one width per column, summing to {@code available}
         * @throws IllegalArgumentException if a size is below 0 or not finite, or the character's width is 0
         */
        public double[] columnWidths(double available, double characterWidth, double cellPadding) {
            checkSizes(available, characterWidth, cellPadding);
            int n = columns.size();
            double[] minimum = new double[n];
            double minimumSum = 0;
            for (int c = 0; c < n; c++) {
                minimum[c] = kept(c) * characterWidth + cellPadding;
                minimumSum += minimum[c];
            }
            double[] widths = new double[n];
            if (minimumSum >= available) {
                double floor = Math.min(NARROWEST_CHARACTERS * characterWidth + cellPadding, available / n);
                double beyond = 0;
                for (int c = 0; c < n; c++) {
                    beyond += Math.max(0, minimum[c] - floor);
                }
                for (int c = 0; c < n; c++) {
                    widths[c] = beyond == 0 ? available / n
                            : floor + (available - n * floor) * Math.max(0, minimum[c] - floor) / beyond;
                }
                return widths;
            }
            // Give each column its weighted share; fix those the share leaves too narrow at their
            // minimum and share the rest again among the others, until none is too narrow.
            boolean[] fixed = new boolean[n];
            boolean changed = true;
            while (changed) {
                changed = false;
                double free = available;
                long weights = 0;
                for (int c = 0; c < n; c++) {
                    if (fixed[c]) {
                        free -= minimum[c];
                    } else {
                        weights += columns.get(c).width();
                    }
                }
                for (int c = 0; c < n; c++) {
                    widths[c] = fixed[c] ? minimum[c] : free * columns.get(c).width() / weights;
                    if (!fixed[c] && widths[c] < minimum[c]) {
                        fixed[c] = true;
                        changed = true;
                    }
                }
            }
            return withinLongestLines(widths, available, characterWidth, cellPadding);
        }

        /**
         * {@code widths} with each column no wider than its longest line needs, the room that frees given to the
         * columns whose lines wrap, by their weights, none beyond its longest line. Where every line fits, the widths
         * stay as the weights share them. Widths only grow but where a column is cut to its longest line, so none
         * falls below its longest word, and they still sum to {@code available}.
         */
        private double[] withinLongestLines(double[] widths, double available, double characterWidth,
                double cellPadding) {
            int n = columns.size();
            double[] most = new double[n];
            double needed = 0;
            for (int c = 0; c < n; c++) {
                // Headers are often bold, and a line's letters wider than the average: a tenth more keeps it whole.
                most[c] = Math.max(kept(c) * characterWidth + cellPadding,
                        longestLine(c) * characterWidth * LINE_ROOM + cellPadding);
                needed += most[c];
            }
            if (needed <= available) {
                return widths;
            }
            boolean[] full = new boolean[n];
            double surplus = 0;
            for (int c = 0; c < n; c++) {
                if (widths[c] > most[c]) {
                    surplus += widths[c] - most[c];
                    widths[c] = most[c];
                    full[c] = true;
                }
            }
            // Each round gives every column that can use it its share, or fills one or more to their longest line
            // and shares the rest again; the maxima together exceed the width, so some column always takes the rest.
            while (surplus > 0) {
                long weights = 0;
                for (int c = 0; c < n; c++) {
                    weights += full[c] ? 0 : columns.get(c).width();
                }
                if (weights == 0) {
                    break; // every column filled at once, to within rounding
                }
                double given = 0;
                for (int c = 0; c < n; c++) {
                    if (!full[c] && widths[c] + surplus * columns.get(c).width() / weights >= most[c]) {
                        given += most[c] - widths[c];
                        widths[c] = most[c];
                        full[c] = true;
                    }
                }
                if (given == 0) {
                    for (int c = 0; c < n; c++) {
                        widths[c] += full[c] ? 0 : surplus * columns.get(c).width() / weights;
                    }
                    break;
                }
                surplus -= given;
            }
            return widths;
        }

        /**
         * The width, in the units of {@code characterWidth} and {@code cellPadding}, below which
         * {@link #columnWidths} breaks a word it would keep whole: a format that may make its page wider (a
         * spreadsheet, which prints scaled to the paper) gives such a table at least this.
         *
         * @throws IllegalArgumentException if a size is below 0 or not finite, or the character's width is 0
         */
        public double wordsWidth(double characterWidth, double cellPadding) {
            checkSizes(0, characterWidth, cellPadding);
            double width = 0;
            for (int c = 0; c < columns.size(); c++) {
                width += kept(c) * characterWidth + cellPadding;
            }
            return width;
        }

        /**
         * The factor by which a format that cannot make its page wider (a document's page) scales a table's text
         * down, so that {@link #columnWidths} at {@code characterWidth} times it breaks no word it keeps whole: 1
         * where the words fit already, never below 0.7, below which words break instead.
         *
         * @param available      the width the table may take
         * @param characterWidth the width of one character of the table's text at its own size, on average
         * @param cellPadding    the width a cell's padding and borders take, which does not scale
         * @return a factor from 0.7 to 1
         * @throws IllegalArgumentException if a size is below 0 or not finite, or the character's width is 0
         */
        public double textScale(double available, double characterWidth, double cellPadding) {
            checkSizes(available, characterWidth, cellPadding);
            double words = wordsWidth(characterWidth, 0);
            double room = available - columns.size() * cellPadding;
            return words <= room ? 1 : Math.max(SMALLEST_TEXT, room / words);
        }

        /**
         * The smallest {@link #textScale}: nine-point table text at 6.3 points, the smallest a printed register is
         * still read at; a single word of forty characters must not shrink a whole table to nothing.
         */
        private static final double SMALLEST_TEXT = 0.7;

        /** Refuses sizes no page has: a width or padding below 0, a character of no width, or one not a number. */
        private static void checkSizes(double available, double characterWidth, double cellPadding) {
            if (!(available >= 0 && available < Double.POSITIVE_INFINITY && characterWidth > 0
                    && characterWidth < Double.POSITIVE_INFINITY && cellPadding >= 0
                    && cellPadding < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("available " + available + ", characterWidth " + characterWidth
                        + ", cellPadding " + cellPadding + ": each is a finite number, the width and padding 0 or"
                        + " more, the character's width more than 0");
            }
        }

        /** The longest word of column {@code c} that is kept whole: no longer than {@link Column#LONGEST_WORD_KEPT}. */
        private int kept(int c) {
            return Math.min(columns.get(c).minimumCharacters(), Column.LONGEST_WORD_KEPT);
        }

        /** How much wider than its characters at the average width a line is given room for. */
        private static final double LINE_ROOM = 1.1;

        /**
         * The length, in characters a reader sees, of the longest line of column {@code c}'s cells, or of half its
         * header: a header may take two lines over a column of short values, but no value should wrap.
         */
        private int longestLine(int c) {
            int longest = (Words.longestLine(List.of(columns.get(c).header())) + 1) / 2;
            for (List<Cell> row : rows) {
                longest = Math.max(longest, Words.longestLine(row.get(c).texts()));
            }
            if (totalRow.isPresent()) {
                longest = Math.max(longest, Words.longestLine(totalRow.get().get(c).texts()));
            }
            return longest;
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            if (!title.isEmpty()) {
                texts.add(title);
            }
            texts.addAll(headers());
            for (List<Cell> row : rows) {
                row.forEach(cell -> texts.addAll(cell.texts()));
            }
            totalRow.ifPresent(row -> row.forEach(cell -> texts.addAll(cell.texts())));
            return List.copyOf(texts);
        }

        @Override
        public List<Section> fallback() {
            return List.of(this);
        }
    }

    /**
     * Facts about the plan or an item, a label and a value each, shown as a table of two columns
     * whose headers are {@code labelHeader} and {@code valueHeader}: the header row lets a screen
     * reader, and Word's accessibility checker, tell a label from its value. Facts that are empty
     * show nothing, not even the headers.
     *
     * @param title       the table's caption, e.g. "Key facts"; empty where the heading before the facts names them
     *                    (an item's facts, under the item's heading)
     * @param labelHeader the labels' column header, e.g. "Fact"
     * @param valueHeader the values' column header, e.g. "Detail"
     * @param facts       the facts, in order
     */
    record KeyFacts(String title, String labelHeader, String valueHeader, List<KeyFact> facts) implements Section {
        /** Cleans the texts and copies the list. */
        public KeyFacts {
            title = ReportText.clean(Objects.requireNonNull(title, "title"));
            labelHeader = ReportText.clean(Objects.requireNonNull(labelHeader, "labelHeader"));
            valueHeader = ReportText.clean(Objects.requireNonNull(valueHeader, "valueHeader"));
            facts = List.copyOf(facts);
        }

        /** Facts named by the heading before them, without a caption of their own. */
        public KeyFacts(String labelHeader, String valueHeader, List<KeyFact> facts) {
            this("", labelHeader, valueHeader, facts);
        }

        @Override
        public List<String> texts() {
            return facts.isEmpty() ? List.of() : table().texts();
        }

        /**
         * The facts as a table: the labels in the first column, the values, twice as wide, in the
         * second; a renderer that draws key facts of its own lays them out from this, so that they
         * are sized, headed and captioned as core decides.
         */
        public Table table() {
            return new Table(title, List.of(new Column(labelHeader, Column.ColumnType.TEXT, 1),
                    new Column(valueHeader, Column.ColumnType.TEXT, 2)),
                    facts.stream().map(f -> List.<Cell>of(new Cell.TextCell(f.label()), new Cell.TextCell(f.value(),
                            f.language()))).toList(), Optional.empty(), true);
        }

        /** These facts under the standard caption and headers, "Key facts", "Fact" and "Detail". */
        public KeyFacts(List<KeyFact> facts) {
            this(Vocabulary.KEY_FACTS, Vocabulary.FACT, Vocabulary.DETAIL, facts);
        }

        /** The {@link #table()}, or nothing where there are no facts. */
        @Override
        public List<Section> fallback() {
            return facts.isEmpty() ? List.of() : List.of(table());
        }
    }

    /**
     * One label and value.
     *
     * @param label    e.g. "Reporting date"
     * @param value    e.g. "1 November 2023"
     * @param language the value's language where it is a plan's text in a language other than the report's, as
     *                 core decides ({@code "cy"}, an inspection question of a Welsh plan): a renderer marks the value
     *                 with it, as it does a {@link Cell.TextCell}'s; empty for the report's own
     */
    record KeyFact(String label, String value, Optional<String> language) {
        /** Cleans the texts and checks the language is a well-formed tag. */
        public KeyFact {
            label = ReportText.clean(Objects.requireNonNull(label, "label"));
            value = ReportText.clean(Objects.requireNonNull(value, "value"));
            Objects.requireNonNull(language, "language").ifPresent(LanguageTags::checked);
        }

        /** A fact in the report's own language. */
        public KeyFact(String label, String value) {
            this(label, value, Optional.empty());
        }
    }

    /**
     * How many items have each status: a title, a chart of the counts, the chart's description in
     * one sentence (printed under the chart, whose alternative text is its name, {@link LayoutWords#chart()}, so
     * that a screen reader reads the sentence once), and the counts as a table with a total row, so that nothing is
     * only in the picture.
     *
     * <p>The title is a {@link Heading} of {@code headingLevel} in every format, so heading navigation and a PDF's
     * bookmarks reach it; it names the chart and the table, which, without a title of their own, is named by the
     * heading before it (see {@link Table}).
     *
     * @param title        e.g. "Status as of 1 November 2023"; empty for no heading
     * @param counts       the chart's bars: one per status, zero counts included, in the order to show them
     * @param description  the counts in one sentence
     * @param table        the counts as a table, with its total row
     * @param headingLevel the title's level, 1 to 3, on the chapter's scale, as {@link Heading}'s
     */
    record StatusSummary(String title, List<StatusCount> counts, String description, Table table, int headingLevel)
            implements Section {
        /** Copies the list, cleans the texts and checks the level. */
        public StatusSummary {
            title = ReportText.clean(Objects.requireNonNull(title, "title"));
            counts = List.copyOf(counts);
            description = ReportText.clean(Objects.requireNonNull(description, "description"));
            Objects.requireNonNull(table, "table");
            if (headingLevel < 1 || headingLevel > 3) {
                throw new IllegalArgumentException("heading level " + headingLevel + " is not 1, 2 or 3");
            }
        }

        /**
         * A summary whose title is a level-1 heading: a peer of a chapter's heading, as in a chapter without one,
         * where the standard templates put it.
         */
        public StatusSummary(String title, List<StatusCount> counts, String description, Table table) {
            this(title, counts, description, table, 1);
        }

        /** This summary with its title a heading of {@code level} (1 to 3): 2 in a chapter with a heading. */
        public StatusSummary atLevel(int level) {
            return new StatusSummary(title, counts, description, table, level);
        }

        /** The title as the heading drawn before the chart; empty where there is no title. */
        public Optional<Heading> heading() {
            return title.isEmpty() ? Optional.empty() : Optional.of(new Heading(headingLevel, title));
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(title);
            texts.add(description);
            texts.addAll(table.texts());
            return List.copyOf(texts);
        }

        /** The title as its heading, the description as a paragraph, then the table: everything but the picture. */
        @Override
        public List<Section> fallback() {
            List<Section> fallback = new ArrayList<>();
            heading().ifPresent(fallback::add);
            fallback.add(NarrativeText.plain(description));
            fallback.add(table);
            return List.copyOf(fallback);
        }
    }

    /**
     * One bar of a {@link StatusSummary}'s chart.
     *
     * @param status     the status
     * @param label      the plan's word for it
     * @param count      how many items have it
     * @param fill       its BRAG fill
     * @param textColour the colour text is written in on the fill
     */
    record StatusCount(Status status, String label, int count, Colour fill, Colour textColour) {
        /** Cleans the label. */
        public StatusCount {
            label = ReportText.clean(Objects.requireNonNull(label, "label"));
        }
    }

    /**
     * What each BRAG colour means under the rule the report was assessed with: a table of the
     * colour (in words, on its fill), the plan's word for the status, and its meaning.
     *
     * @param table the key, titled
     */
    record Legend(Table table) implements Section {
        /** Checks the table is there. */
        public Legend {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public List<String> texts() {
            return table.texts();
        }

        @Override
        public List<Section> fallback() {
            return List.of(table);
        }
    }
}
