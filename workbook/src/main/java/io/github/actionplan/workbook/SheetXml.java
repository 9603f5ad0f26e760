package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as a stream of rows, as POI's event API does, but keeping what each cell
 * holds (number, text, its format, its formula) rather than only the text a formatter would show:
 * a percentage or a date is read from its value, not from how one locale displays it.
 */
final class SheetXml extends DefaultHandler {

    /** Thrown, unchecked, to stop reading a sheet that has too many rows. */
    static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /**
     * Counts what the sheets read hold, and stops reading where they hold more than allowed: a workbook that is to be
     * loaded whole into POI's user model, which takes about a kilobyte for each cell, must be small.
     */
    interface Budget {
        /** No bounds, for sheets that are streamed and never loaded whole. */
        Budget NONE = new Budget() {
            @Override
            public void row(String sheet, int row) { }

            @Override
            public void cell(String sheet, String reference, long characters) { }
        };

        /**
         * A row of {@code sheet} is read.
         *
         * @throws TooLarge where it is more than allowed
         */
        void row(String sheet, int row);

        /**
         * A cell of {@code sheet} is read that holds {@code characters} characters of its own, as stored.
         *
         * @throws TooLarge where it is more than allowed
         */
        void cell(String sheet, String reference, long characters);
    }

    /** A cell the sheet's XML gives wrongly, so that the sheet cannot be read: named by its reference. */
    static final class CellFault extends SAXException {
        private static final long serialVersionUID = 1L;

        /** The cell's reference, "L6". */
        final String reference;

        CellFault(String reference, String message) {
            super(message);
            this.reference = reference;
        }
    }

    /** Thrown, unchecked, to stop reading a workbook that holds more than its {@link Budget} allows. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The most merged ranges a sheet may have: each is checked against the cells typed under it, and a copy of 10 MB
     * held 38 million, which took a minute to tell.
     */
    static final int MAX_MERGED_RANGES = 100_000;

    private static final Pattern ROW = Pattern.compile("[0-9]{1,7}");
    private static final Pattern CELL = Pattern.compile("([A-Za-z]{1,3})([0-9]{1,7})");
    private static final Pattern RANGE = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})(?::\\$?([A-Za-z]{1,3})"
            + "\\$?([0-9]{1,7}))?");

    private final UntrustedWorkbook.Cells cells;
    private final String sheet;
    private final int maxRows;
    private final UntrustedWorkbook.RowHandler handler;
    private final Budget budget;

    private int rows;
    private int merged;
    private int row;
    private int nextRow = 1;
    private int nextColumn;
    private Map<Integer, CellContent> rowCells = new HashMap<>();
    /** Whether the row read holds a cell that is not blank: one of coloured blank cells alone is no row. */
    private boolean rowHolds;

    private String reference;
    private int column;
    private String type;
    private String style;
    // Each kept only up to what a cell can hold: a cell's text is read into memory whole, and one of hundreds of
    // millions of characters compresses well enough to pass the zip-bomb check.
    private final SharedStringsXml.BoundedText value = new SharedStringsXml.BoundedText();
    private final SharedStringsXml.BoundedText inline = new SharedStringsXml.BoundedText();
    private boolean inInline;
    private boolean hasInline;
    private final SharedStringsXml.BoundedText formula = new SharedStringsXml.BoundedText();
    private boolean hasValue;
    private boolean hasFormula;
    /** The shared formula ({@code t="shared"}) the cell is one of, by its index; null for none. */
    private String sharedIndex;
    /**
     * The formulas of the sheet's shared formulas by index, as their first cell writes them: a formula filled down is
     * saved once, and its other cells name it (run 93 #5: a link filled down was told at its first cell alone). Each
     * is counted in the sheet's budget where its first cell is read.
     */
    private final Map<String, Shared> sharedFormulas = new HashMap<>();

    /** A shared formula as its first cell writes it, and that cell's 1-based row and 0-based column. */
    private record Shared(String formula, int row, int column) {}

    /**
     * A reference to one cell in a formula, {@code A1} or {@code $A$1}, that is no part of a name (in any script), a
     * function's name or a table's column ({@code Table1[Q1]}) before it or after it; texts in quotes are skipped
     * apart.
     */
    private static final Pattern CELL_IN_FORMULA = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.$\\[])(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})(?![\\p{L}\\p{N}_(!\\]])");
    /** A text ({@code "..."}) or a sheet's name in quotes ({@code '...'}), in a formula. */
    private static final Pattern QUOTED_IN_FORMULA = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineText;
    private boolean inPhonetic;

    private SheetXml(UntrustedWorkbook.Cells cells, String sheet, int maxRows, UntrustedWorkbook.RowHandler handler,
            Budget budget) {
        this.cells = cells;
        this.sheet = sheet;
        this.maxRows = maxRows;
        this.handler = handler;
        this.budget = budget;
    }

    /**
     * Streams {@code xml}, a worksheet part, to {@code handler}.
     *
     * @throws TooManyRows where the sheet has more than {@code maxRows} rows
     * @throws TooLarge    where it holds more than {@code budget} allows
     */
    static void read(InputStream xml, UntrustedWorkbook.Cells cells, String sheet, int maxRows,
            UntrustedWorkbook.RowHandler handler, Budget budget)
            throws IOException, SAXException, InvalidWorkbookException {
        SheetXml reader = new SheetXml(cells, sheet, maxRows, handler, budget);
        XMLReader parser = XmlReaders.newReader();
        parser.setContentHandler(reader);
        try {
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof InvalidWorkbookException invalid) {
                throw invalid;
            }
            throw e;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                if (++rows > maxRows) {
                    throw new TooManyRows();
                }
                String r = attributes.getValue("r");
                row = r == null ? nextRow : rowNumber(r);
                nextRow = row + 1;
                nextColumn = 0;
                rowCells = new HashMap<>();
                rowHolds = false;
                budget.row(sheet, row);
            }
            case "c" -> {
                String r = attributes.getValue("r");
                if (r == null && nextColumn > SpreadsheetVersion.EXCEL2007.getLastColumnIndex()) {
                    throw new SAXException("row " + row + " has more cells than a sheet has columns ("
                            + SpreadsheetVersion.EXCEL2007.getMaxColumns() + ")");
                }
                column = r == null ? nextColumn : column(r);
                if (column < nextColumn) { // else the second of two cells at one place would silently win
                    throw new CellFault(r, "a cell on row " + row + " is at " + Quote.single(r) + " once more, or"
                            + " after a cell to its right: a sheet lists a row's cells once each, left to right");
                }
                reference = r == null ? CellReference.convertNumToColString(column) + row : r;
                nextColumn = column + 1;
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.clear();
                inline.clear();
                formula.clear();
                sharedIndex = null;
                hasInline = false;
                hasValue = false;
                hasFormula = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
                sharedIndex = "shared".equals(attributes.getValue("t")) ? attributes.getValue("si") : null;
            }
            case "is" -> {
                inInline = true;
                hasInline = true;
            }
            case "t" -> inInlineText = inInline;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> mergedCell(attributes.getValue("ref"));
            default -> { }
        }
    }

    /**
     * A merged cell's range, given to the handler; refused where it is no range of cells of a sheet: the user model of
     * a tracker reads it into a {@code CellRangeAddress}, which throws on what it cannot parse and takes what it can to
     * odd places.
     */
    private void mergedCell(String ref) throws SAXException {
        Matcher range = RANGE.matcher(String.valueOf(ref));
        boolean within = range.matches();
        for (int corner = 0; within && corner < 2; corner++) {
            String letters = range.group(1 + 2 * corner);
            within = letters == null || columnOf(letters) >= 0 && rowOf(range.group(2 + 2 * corner)) > 0;
        }
        if (!within) {
            throw new SAXException("a merged cell is at " + Quote.single(String.valueOf(ref)) + ", which is no range"
                    + " of cells of a sheet (such as A1:B2)");
        }
        budget.cell(sheet, ref, 0); // the user model keeps an object for each, as for a cell
        if (++merged > MAX_MERGED_RANGES) {
            throw new TooLarge(String.format(Locale.ROOT, "is too large to read: its sheet %s has more than %,d merged"
                    + " ranges, where a workbook of a plan, or a tracker, has some hundreds at most; unmerge its cells"
                    + " (in Excel: Home > Merge & Center) and save it again", Quote.single(sheet), MAX_MERGED_RANGES));
        }
        try {
            handler.merged(CellRangeAddress.valueOf(ref.replace("$", "")));
        } catch (InvalidWorkbookException e) {
            throw new SAXException(e);
        }
    }

    /**
     * A row's number as its {@code r} attribute gives it, refused where it is no row of a sheet: the user model
     * would index the row, and its cells, by it.
     */
    private static int rowNumber(String r) throws SAXException {
        int number = rowOf(r.strip());
        if (number < 1) {
            throw new SAXException("a row is numbered " + Quote.single(r) + ", which is no row of a sheet (1 to "
                    + SpreadsheetVersion.EXCEL2007.getMaxRows() + ")");
        }
        return number;
    }

    /** The row numbered by {@code digits}, 1 to 1,048,576; 0 where they are no row of a sheet. */
    private static int rowOf(String digits) {
        int number = ROW.matcher(digits).matches() ? Integer.parseInt(digits) : 0;
        return number <= SpreadsheetVersion.EXCEL2007.getMaxRows() ? number : 0;
    }

    /** The 0-based column named by {@code letters} (A to XFD, in either case); -1 past XFD. */
    private static int columnOf(String letters) {
        int column = CellReference.convertColStringToIndex(letters.toUpperCase(Locale.ROOT));
        return column <= SpreadsheetVersion.EXCEL2007.getLastColumnIndex() ? column : -1;
    }

    /**
     * The 0-based column of a cell reference such as {@code "AB12"}, its letters read in base 26; refused where the
     * reference is no cell of a sheet, whose column the user model would take as negative or past XFD.
     */
    private int column(String reference) throws SAXException {
        Matcher cell = CELL.matcher(reference);
        int column = cell.matches() ? columnOf(cell.group(1)) : -1;
        if (column < 0 || rowOf(cell.group(2)) != row) {
            throw new SAXException("a cell on row " + row + " is at " + Quote.single(reference) + ", which is no"
                    + " cell of that row (A" + row + " to " + SpreadsheetVersion.EXCEL2007.getLastColumnName() + row
                    + ")");
        }
        return column;
    }

    /**
     * The cell's formula: as it writes it, or, where it is one of a shared formula's other cells and writes none, as
     * the shared formula's first cell writes it, its references moved as far as the cell is from that one, as a
     * program filling it down or across moves them (run 95 #5: L8 was told it holds L6's "=[1]Data!A1").
     */
    private String sharedFormula(String written) {
        if (sharedIndex == null) {
            return written;
        }
        if (!written.isEmpty()) {
            sharedFormulas.putIfAbsent(sharedIndex, new Shared(written, row, column));
            return written;
        }
        Shared first = sharedFormulas.get(sharedIndex);
        return first == null ? written : moved(first.formula(), row - first.row(), column - first.column());
    }

    /** {@code formula} with its relative references to cells moved by {@code rows} and {@code columns}. */
    static String moved(String formula, int rows, int columns) {
        StringBuilder out = new StringBuilder(formula.length());
        Matcher quoted = QUOTED_IN_FORMULA.matcher(formula);
        int from = 0;
        while (from < formula.length()) {
            int to = quoted.find(from) ? quoted.start() : formula.length();
            Matcher cell = CELL_IN_FORMULA.matcher(formula).region(from, to).useTransparentBounds(true);
            int at = from;
            while (cell.find()) {
                int letters = columnOf(cell.group(2));
                if (letters < 0) { // past XFD: a name such as YTD1, not a cell's reference
                    continue;
                }
                int column = letters + (cell.group(1).isEmpty() ? columns : 0);
                long row = Long.parseLong(cell.group(4)) + (cell.group(3).isEmpty() ? rows : 0);
                out.append(formula, at, cell.start()).append(column < 0 || column > SpreadsheetVersion.EXCEL2007
                        .getLastColumnIndex() || row < 1 || row > SpreadsheetVersion.EXCEL2007.getMaxRows() ? "#REF!"
                        : cell.group(1) + CellReference.convertNumToColString(column) + cell.group(3) + row);
                at = cell.end();
            }
            out.append(formula, at, to);
            from = to < formula.length() ? quoted.end() : to;
            out.append(formula, to, from);
        }
        return out.toString();
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                // An inline string's text is in <is>; any other value in <v>. A cell that a writer left
                // holding both is read by its type.
                boolean inlineString = "inlineStr".equals(type);
                SharedStringsXml.BoundedText text = inlineString ? inline : value;
                budget.cell(sheet, reference, value.length() + inline.length() + formula.length());
                OptionalLong tooLong = text.tooLong();
                tooLong = tooLong.isPresent() ? tooLong : formula.tooLong();
                CellContent cell = tooLong.isPresent() ? cells.tooLong(reference, style, tooLong.getAsLong())
                        : cells.cell(reference, type, style, hasFormula ? Optional.of(sharedFormula(formula.stored()))
                                : Optional.empty(), text.stored(), inlineString ? hasInline : hasValue);
                // A blank cell is kept for its fill alone, where the cells give it one: on a row that holds more.
                if (!cell.isBlank() || cell.fill().isPresent()) {
                    rowCells.put(column, cell);
                    rowHolds |= !cell.isBlank();
                }
            }
            case "row" -> {
                if (rowHolds) {
                    try {
                        handler.row(row, rowCells);
                    } catch (InvalidWorkbookException e) {
                        throw new SAXException(e);
                    }
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText && !inPhonetic) {
            inline.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    @Override
    public String toString() {
        return "SheetXml[" + sheet + "]";
    }
}
