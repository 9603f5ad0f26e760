package io.github.actionplan.report;

import java.util.Locale;
import java.util.Objects;

/**
 * The words a renderer writes beyond a report's own texts, where its format needs them: for a spreadsheet, the names
 * of sheets whose content has no heading to name them after, the sheet that holds each text too long for its cell,
 * whole, in pieces, and the note at the cell that points to it; for a chart, its alternative text; for a web page,
 * its skip link and the heading of its contents. Core gives them
 * as the report's template words them, replacements included
 * ({@code ReportTemplates.actionPlan().withWords(Map.of("Full text", "Testun llawn"))}), so that no renderer writes a
 * word of its own. {@link #standard()} holds the standard words.
 *
 * @param overview  the name of the first part, with the title: {@code "Overview"}
 * @param chapters  the name of a part that several chapters share: {@code "Chapters"}
 * @param table     the name of a part holding a table with no title or heading: {@code "Table"}
 * @param notes     the name of a part holding text with no heading: {@code "Notes"}
 * @param fullText  the name of the part that holds texts too long for their place: {@code "Full text"}
 * @param cell      the header of its column naming the place a text belongs in: {@code "Cell"}
 * @param part      the header of its column saying which piece a row holds: {@code "Part"}
 * @param text      the header of its column holding the piece: {@code "Text"}
 * @param pieceOf   which piece of how many, with the placeholders {@code {piece}} and {@code {pieces}}:
 *                  {@code "{piece} of {pieces}"}
 * @param continued the note after the start of a text whose whole is elsewhere, with the placeholders
 *                  {@code {sheet}}, {@code {first}} and, where wanted, {@code {last}}: {@code "continued on sheet
 *                  '{sheet}' from row {first}"}, one row or several, each piece saying which of how many it is
 * @param chart     the name of a chart that has no title, and every status chart's alternative text:
 *                  {@code "Status chart"}. The chart's description follows it in the text, so a screen reader
 *                  given the description as the alternative text too would read it twice
 * @param skipToContent the link a keyboard user takes past what comes before a page's content, as a web page has:
 *                  {@code "Skip to main content"}
 * @param contents  the heading of a list of a document's chapters: {@code "Contents"}
 */
public record LayoutWords(String overview, String chapters, String table, String notes, String fullText, String cell,
        String part, String text, String pieceOf, String continued, String chart, String skipToContent,
        String contents) {

    private static final LayoutWords STANDARD = of(Vocabulary.standard());

    /**
     * Checks that every word is there and not blank, and cleans each as a report's texts are
     * ({@link ReportText#clean(String)}).
     *
     * @throws IllegalArgumentException naming a blank word
     */
    public LayoutWords {
        overview = ReportText.clean(Objects.requireNonNull(overview, "overview"));
        chapters = ReportText.clean(Objects.requireNonNull(chapters, "chapters"));
        table = ReportText.clean(Objects.requireNonNull(table, "table"));
        notes = ReportText.clean(Objects.requireNonNull(notes, "notes"));
        fullText = ReportText.clean(Objects.requireNonNull(fullText, "fullText"));
        cell = ReportText.clean(Objects.requireNonNull(cell, "cell"));
        part = ReportText.clean(Objects.requireNonNull(part, "part"));
        text = ReportText.clean(Objects.requireNonNull(text, "text"));
        pieceOf = ReportText.clean(Objects.requireNonNull(pieceOf, "pieceOf"));
        continued = ReportText.clean(Objects.requireNonNull(continued, "continued"));
        chart = ReportText.clean(Objects.requireNonNull(chart, "chart"));
        skipToContent = ReportText.clean(Objects.requireNonNull(skipToContent, "skipToContent"));
        contents = ReportText.clean(Objects.requireNonNull(contents, "contents"));
        notBlank("overview", overview);
        notBlank("chapters", chapters);
        notBlank("table", table);
        notBlank("notes", notes);
        notBlank("fullText", fullText);
        notBlank("cell", cell);
        notBlank("part", part);
        notBlank("text", text);
        notBlank("pieceOf", pieceOf);
        notBlank("continued", continued);
        notBlank("chart", chart);
        notBlank("skipToContent", skipToContent);
        notBlank("contents", contents);
    }

    /**
     * Words as before the skip link and the contents heading were among them: those two are the standard ones.
     *
     * @throws IllegalArgumentException naming a blank word
     */
    public LayoutWords(String overview, String chapters, String table, String notes, String fullText, String cell,
            String part, String text, String pieceOf, String continued, String chart) {
        this(overview, chapters, table, notes, fullText, cell, part, text, pieceOf, continued, chart,
                Vocabulary.SKIP_TO_CONTENT, Vocabulary.CONTENTS);
    }

    /** The standard words, as the standard templates write them when none is replaced. */
    public static LayoutWords standard() {
        return STANDARD;
    }

    /** The words of a report shaped with {@code words}: each replacement in place of its standard word. */
    static LayoutWords of(Vocabulary words) {
        return new LayoutWords(words.text(Vocabulary.OVERVIEW), words.text(Vocabulary.CHAPTERS),
                words.text(Vocabulary.TABLE), words.text(Vocabulary.NOTES), words.text(Vocabulary.FULL_TEXT),
                words.text(Vocabulary.CELL),
                words.text(Vocabulary.PART), words.text(Vocabulary.TEXT), words.text(Vocabulary.PIECE_OF),
                words.text(Vocabulary.CONTINUED), words.text(Vocabulary.CHART), words.text(Vocabulary.SKIP_TO_CONTENT),
                words.text(Vocabulary.CONTENTS));
    }

    /** Which piece of how many a row holds, e.g. {@code "2 of 3"}. */
    public String pieceOf(int piece, int pieces) {
        return pieceOf.replace("{piece}", Integer.toString(piece)).replace("{pieces}", Integer.toString(pieces));
    }

    /**
     * The note that a text goes on, whole, on {@code sheet} in rows {@code first} to {@code last}, e.g.
     * {@code "continued on sheet 'Full text' from row 2"}.
     */
    public String continued(String sheet, int first, int last) {
        return continued.replace("{first}", String.format(Locale.ROOT, "%d", first)).replace("{last}",
                String.format(Locale.ROOT, "%d", last)).replace("{sheet}", sheet);
    }

    private static void notBlank(String name, String word) {
        if (word.isBlank()) {
            throw new IllegalArgumentException("the layout word " + name + " is blank");
        }
    }
}
