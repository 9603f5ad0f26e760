package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.ooxml.StreamedRichText;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.spi.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Puts text into cells safely: every string goes through here.
 *
 * <ul>
 *   <li>Text that a spreadsheet would read as a formula when the cell is edited gets the
 *       quote-prefix style; the stored value stays exactly the text. No text ever becomes a
 *       formula: nothing here writes one.</li>
 *   <li>Text is escaped for OOXML's {@code _xHHHH_} syntax, so it reads back unchanged.</li>
 *   <li>Text longer than a cell holds, or than the tallest row shows at the cell's width, is never
 *       cut silently: the cell shows its start and a visible marker naming the rows of the "Full
 *       text" sheet that hold all of it.</li>
 * </ul>
 */
final class CellWriter {

    /**
     * How much of an over-long text its cell shows before the marker: short enough that Excel,
     * which draws at most 1,024 characters of a cell, shows the marker too.
     */
    static final int PREVIEW = 900;

    /** The most lines of 11-point text the tallest row a spreadsheet draws shows. */
    static final int MOST_LINES = (int) (CellSizes.MAX_ROW_POINTS / CellSizes.lineHeight(11));

    /** How far back from where a cut start ends a space is looked for, to end it between words. */
    private static final int WORD_BACK = 30;

    private final Styles styles;
    private final FullText fullText;
    private final LayoutWords words;
    private final RenderOptions options;

    /** @param words the report's words for the note at a cell whose text goes on on the full-text sheet */
    CellWriter(Styles styles, FullText fullText, LayoutWords words, RenderOptions options) {
        this.styles = styles;
        this.fullText = fullText;
        this.words = words;
        this.options = options;
    }

    /** One row of text at the cursor spanning its columns, wrapped, as tall as the text needs. */
    void line(SheetCursor cursor, String text, Styles.Kind kind) {
        Row row = cursor.row();
        String shown = text(row, 0, text, styles.of(kind));
        cursor.spanFrom(row, 0);
        int points = Styles.points(kind);
        double width = SheetCursor.charsPerLine(cursor.widthFrom(0), points);
        cursor.fit(row, CellSizes.wrappedLines(shown, width, Styles.isBold(kind)), points);
    }

    /** Writes {@code text} into a new cell of {@code row}; returns the text the cell shows. */
    String text(Row row, int column, String text, CellStyle style) {
        return text(row.createCell(column), text, style);
    }

    /**
     * Writes {@code text} into a new cell of {@code row}, {@code width} character widths wide, in bold where
     * {@code bold}: its start, where the tallest row would not show it whole, but where {@code whole}, in a table of
     * {@linkplain io.github.actionplan.report.Section.Table#data() data}, the whole text wherever the cell holds it: a
     * query reads the value, not what the row shows, and a start with a note after it is a value changed. Returns the
     * lines the cell shows, counted once, for its row's height: a table of many thousand rows is most of a render's
     * time.
     */
    int lines(Row row, int column, String text, CellStyle style, double width, boolean bold, boolean whole) {
        Cell cell = row.createCell(column);
        // A text past a cell's limit is cut whatever its lines, and may be megabytes: not counted.
        int lines = Texts.fitsInCell(text) ? CellSizes.wrappedLines(text, width, bold) : Integer.MAX_VALUE;
        if (lines <= MOST_LINES) {
            put(cell, text, style);
            return lines;
        }
        if (whole) {
            // Past a cell's limit even data is cut, but to all the cell holds, not to what a row shows (run 137 #6).
            put(cell, lines == Integer.MAX_VALUE ? cut(cell, text, 0, false, SpreadsheetCells.CELL_LIMIT) : text,
                    style);
            return MOST_LINES;
        }
        return CellSizes.wrappedLines(put(cell, cut(cell, text, width, bold, PREVIEW), style), width, bold);
    }

    /**
     * Writes {@code narrative} into a new cell of {@code row} as {@link #lines} writes its plain text, but with its
     * emphasis where the cell shows it whole. Returns the lines the cell shows.
     */
    int narrative(Row row, int column, Narrative narrative, CellStyle style, double width, boolean bold,
            boolean whole) {
        String text = narrative.plainText();
        int lines = Texts.fitsInCell(text) ? CellSizes.wrappedLines(text, width, bold) : Integer.MAX_VALUE;
        if (bold || lines > MOST_LINES) {
            return lines(row, column, text, style, width, bold, whole);
        }
        paragraph(row, column, narrative.plainInlines(), "", style);
        return lines;
    }

    /** Writes {@code text} into {@code cell}; returns the text the cell shows. */
    String text(Cell cell, String text, CellStyle style) {
        return put(cell, Texts.fitsInCell(text) ? text : cut(cell, text, 0, false, PREVIEW), style);
    }

    /** Writes {@code shown}, the text a cell shows, into {@code cell}; returns it. */
    private String put(Cell cell, String shown, CellStyle style) {
        cell.setCellStyle(SpreadsheetCells.startsLikeFormula(shown) ? styles.quoted(style) : style);
        cell.setCellValue(SpreadsheetCells.escape(shown));
        return shown;
    }

    /**
     * Writes a paragraph of narrative into a new cell of {@code row}, emphasis as italic and
     * strong as bold, and a paragraph of one web address as a cell that links to it; returns the text the cell shows.
     */
    String paragraph(Row row, int column, List<Inline> inlines, String prefix, CellStyle style) {
        StringBuilder text = new StringBuilder(prefix);
        List<Run> runs = new ArrayList<>();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Span span -> {
                    int start = text.length();
                    text.append(span.text());
                    int font = (span.strong() ? 2 : 0) + (span.emphasis() ? 1 : 0);
                    if (font != 0 && !span.text().isEmpty()) {
                        runs.add(new Run(start, text.length(), styles.runFont(Styles.RunFont.values()[font])));
                    }
                }
                case Inline.LineBreak lineBreak -> text.append('\n');
            }
        }
        String plain = text.toString();
        Cell cell = row.createCell(column);
        // A cell that is nothing but a web address ("<https://...>" as typed too) links to it; within other text an
        // address stays text, as a cell holds one link at most and Excel opens it from anywhere in the cell.
        List<String> links = inlines.stream().map(i -> i instanceof Inline.Span span ? span.link() : Optional
                .<String>empty()).flatMap(Optional::stream).toList();
        boolean onlyLink = links.size() == 1 && inlines.stream().allMatch(i -> i instanceof Inline.Span span
                && (span.link().isPresent() || span.text().strip().matches("[<>]?")));
        if (prefix.isEmpty() && onlyLink && Texts.fitsInCell(plain)) {
            Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(links.getFirst());
            cell.setHyperlink(link);
        }
        return runs.isEmpty() || !Texts.fitsInCell(plain) ? text(cell, plain, style) : rich(cell, plain, runs, style);
    }

    /**
     * Writes a status into a new cell of {@code row}: its label in the style's bold, its note and reason in regular
     * weight and the reason smaller, as the other formats set them, so that the status stands out from an owner's
     * rating beside it; in a total row, all of it bold. Returns the text the cell shows.
     */
    String status(Row row, int column, io.github.actionplan.report.Cell.StatusCell status, CellStyle style,
            boolean total) {
        String text = status.text();
        int label = status.label().length();
        if (total || text.length() == label || !Texts.fitsInCell(text)) {
            return text(row, column, text, style);
        }
        int reason = status.reason().map(r -> text.length() - r.length()).orElse(text.length());
        List<Run> runs = new ArrayList<>();
        if (status.note().isPresent()) {
            runs.add(new Run(label, reason, styles.statusDetail(status.textColour(), false)));
        }
        if (reason < text.length()) {
            runs.add(new Run(reason, text.length(), styles.statusDetail(status.textColour(), true)));
        }
        return rich(row.createCell(column), text, runs, style);
    }

    /**
     * Writes {@code plain} into {@code cell}, each run in its font, the rest in the style's; returns the text. A
     * streamed sheet's cell takes a {@link StreamedRichText}, which costs a table of thousands of rows far less.
     */
    private String rich(Cell cell, String plain, List<Run> runs, CellStyle style) {
        String escaped = SpreadsheetCells.escape(plain);
        RichTextString rich = cell instanceof XSSFCell ? new XSSFRichTextString(escaped)
                : new StreamedRichText(escaped);
        for (Run run : runs) {
            rich.applyFont(SpreadsheetCells.escapedIndex(plain, run.start()),
                    SpreadsheetCells.escapedIndex(plain, run.end()), run.font());
        }
        cell.setCellStyle(SpreadsheetCells.startsLikeFormula(plain) ? styles.quoted(style) : style);
        cell.setCellValue(rich);
        return plain;
    }

    /** Characters {@code start} to {@code end} of a cell's text, as written, in a font of their own. */
    private record Run(int start, int end, XSSFFont font) {}

    /**
     * The start of {@code text} and the marker, the whole on the Full text sheet, for a text the cell cannot hold, or
     * that {@code width} character widths wide (where known, above 0) takes more lines than the tallest row shows: a
     * row stops growing at {@link CellSizes#MAX_ROW_POINTS}, and the lines below would be there only in the formula
     * bar. The start is {@code longest} characters at most.
     */
    private String cut(Cell cell, String text, double width, boolean bold, int longest) {
        boolean holds = Texts.fitsInCell(text);
        Sheet sheet = cell.getSheet();
        String from = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false, false)
                .formatAsString();
        FullText.Rows rows = fullText.add(from, text);
        String marker = " \u2026 [" + words.continued(fullText.name(), rows.first(), rows.last()) + "]";
        if (!holds) {
            options.warn(String.format(Locale.ROOT,
                    "The text in %s is %,d characters, longer than the %,d a spreadsheet cell holds; the cell shows"
                            + " its start and the whole text is on sheet '%s', rows %d-%d.",
                    from, text.length(), SpreadsheetCells.CELL_LIMIT, fullText.name(), rows.first(), rows.last()));
        }
        return start(text, marker, width, bold, longest) + marker;
    }

    /**
     * The longest start of {@code text}, {@code longest} characters at most, that a cell holds and the tallest row
     * shows whole with {@code marker} after it at {@code width} (where known), ended at a space where one is near.
     */
    private static String start(String text, String marker, double width, boolean bold, int longest) {
        int fits = 0;
        for (int low = 0, high = Math.min(longest, text.length()); low <= high; ) {
            int mid = (low + high) >>> 1;
            String start = text.substring(0, Texts.prefixEnd(text, 0, mid));
            if (Texts.fitsInCell(start + marker)
                    && (width <= 0 || CellSizes.wrappedLines(start + marker, width, bold) <= MOST_LINES)) {
                fits = start.length();
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', fits);
        return text.substring(0, fits < text.length() && space >= 0 && space > fits - WORD_BACK ? space : fits)
                .stripTrailing();
    }
}
