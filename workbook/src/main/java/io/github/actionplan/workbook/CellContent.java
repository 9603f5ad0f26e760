package io.github.actionplan.workbook;

import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.report.Colour;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.w3c.dom.Element;

/**
 * What one cell holds, as stored in the file, whichever POI API read it: the streaming reader of
 * the update import builds these from the sheet's XML, a reader of a small tracker from
 * {@link #of(Cell, boolean)}. {@link CellValues} turns them into plan values.
 *
 * @param reference   the cell's reference on its sheet, e.g. {@code "L12"}
 * @param type        what kind of value it holds (for a formula, the kind of its saved result)
 * @param text        the text, for {@link Type#TEXT}, the error code ({@code "#REF!"}) for
 *                    {@link Type#ERROR}, {@code "TRUE"}/{@code "FALSE"} for {@link Type#BOOLEAN},
 *                    the number as stored for {@link Type#NUMBER}; empty for a blank cell, and one too long
 * @param number      the value of a {@link Type#NUMBER} cell; the length of a {@link Type#TOO_LONG} one; 0
 *                    otherwise
 * @param format      the number format's code, e.g. {@code "0%"}, {@code "d mmm yyyy"}, {@code "General"}
 * @param formula     the formula, without its {@code =}, when the cell holds one
 * @param date1904    whether the workbook counts dates from 1904 (old Mac workbooks) instead of 1900
 * @param fill        the cell's solid fill colour, where it has one (trackers colour RAG cells)
 */
record CellContent(String reference, Type type, String text, double number, String format,
        Optional<String> formula, boolean date1904, Optional<Colour> fill) {

    /** What kind of value a cell holds. */
    enum Type {
        /** Nothing, or only spaces; also a formula whose saved result is that. */
        BLANK,
        /** A number, which a format may show as a date or a percentage. */
        NUMBER,
        /** Text. */
        TEXT,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error such as {@code #REF!}. */
        ERROR,
        /** A formula whose result was never saved, so the value is unknown without evaluating it. */
        UNSAVED_FORMULA,
        /**
         * Text longer than a cell can hold ({@value io.github.actionplan.internal.SpreadsheetCells#CELL_LIMIT}
         * characters, Excel's limit), which no spreadsheet wrote: not kept, its length is the {@code number}.
         */
        TOO_LONG
    }

    CellContent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(fill, "fill");
    }

    /**
     * A formula's reference to another workbook: "[1]Totals!A1" by the link's number, as Excel and LibreOffice keep it,
     * or "[totals.xlsx]Totals!A1" by its name; a table's column, "Table1[Owner]", follows a name and has no sheet.
     */
    private static final Pattern OTHER_WORKBOOK = Pattern.compile("(?<![\\w.\\]])'?\\[[^\\[\\]]+][^!\\[\\]]*!");
    /** A text in a formula, which may hold anything, a workbook's reference too. */
    private static final Pattern FORMULA_TEXT = Pattern.compile("\"[^\"]*\"");

    /**
     * Whether the cell's value is one its formula took from another workbook, as the other file was when this one was
     * last saved: read, but maybe stale (run 87 #2). Not an error, nor a formula saved with no value: no value is read
     * of those, and their cells are refused saying why (run 94 #3).
     */
    boolean takesFromOtherWorkbook() {
        return type != Type.ERROR && type != Type.UNSAVED_FORMULA && formula.filter(f -> OTHER_WORKBOOK.matcher(
                FORMULA_TEXT.matcher(f).replaceAll("")).find()).isPresent();
    }

    /** What a warning says of a cell that {@linkplain #takesFromOtherWorkbook takes} its value from another file. */
    String takenFromOtherWorkbook() {
        return "takes its value from another workbook, by the formula =" + formula.orElse("") + ", as that file was"
                + " when this one was last saved, and is read so; if it is not the value meant, type it in place of"
                + " the formula";
    }

    /**
     * The same cell as the 1900 date system, the one the workbook is written in, reads it: the number a date written
     * was given, shown as written, where the workbook was switched to 1904 since.
     */
    CellContent asWritten() {
        return new CellContent(reference, type, text, number, format, formula, false, fill);
    }

    /** A blank cell. */
    static CellContent blank(String reference) {
        return new CellContent(reference, Type.BLANK, "", 0, "General", Optional.empty(), false, Optional.empty());
    }

    /** A text cell. */
    static CellContent text(String reference, String text) {
        return text(reference, text, "General", Optional.empty(), false, Optional.empty());
    }

    /**
     * A cell holding {@code text}, without the spaces around it, no-break and zero-width ones too (text pasted from a
     * web page or an e-mail brings them): blank where that leaves nothing, as a cell whose formula gives {@code ""}
     * ({@code =IF(A1="", "", A1)}) shows.
     */
    static CellContent text(String reference, String text, String format, Optional<String> formula, boolean date1904,
            Optional<Colour> fill) {
        String trimmed = trimmed(text);
        return new CellContent(reference, trimmed.isEmpty() ? Type.BLANK : Type.TEXT, trimmed, 0, format, formula,
                date1904, fill);
    }

    /** {@code text} without the characters around it that show as nothing: spaces of every kind, zero-width ones. */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && showsNothing(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && showsNothing(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean showsNothing(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** A cell holding {@code text}, or {@link Type#TOO_LONG} where that is more than a cell can hold. */
    private static CellContent textOrTooLong(String reference, String text, String format, Optional<String> formula,
            boolean date1904, Optional<Colour> fill) {
        return text.length() <= SpreadsheetCells.CELL_LIMIT ? text(reference, text, format, formula, date1904, fill)
                : new CellContent(reference, Type.TOO_LONG, "", text.length(), format, formula, date1904, fill);
    }

    /** A number cell shown in {@code format}. */
    static CellContent number(String reference, double number, String format) {
        return new CellContent(reference, Type.NUMBER, Double.toString(number), number, format, Optional.empty(),
                false, Optional.empty());
    }

    /**
     * What a cell of a workbook read whole (XSSF or HSSF user model) holds; a formula cell by its
     * saved result, never evaluated.
     *
     * @param date1904 whether the workbook counts dates from 1904
     */
    static CellContent of(Cell cell, boolean date1904) {
        String reference = cell.getAddress().formatAsString();
        String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
        if (format == null) {
            format = "General";
        }
        Optional<Colour> fill = fill(cell);
        Optional<String> formula = Optional.empty();
        if (cell instanceof XSSFCell xssf && xssf.getCTCell().getDomNode() instanceof Element element
                && element.getAttribute("t").equals("d")) { // POI's schema has no date type: it would refuse the cell
            formula = xssf.getCTCell().isSetF() ? Optional.of(xssf.getCTCell().getF().getStringValue()) : formula;
            return text(reference, isoDate(xssf.getCTCell().isSetV() ? xssf.getCTCell().getV() : ""), format, formula,
                    date1904, fill);
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            formula = Optional.of(cell.getCellFormula());
            type = cell.getCachedFormulaResultType();
        }
        // XSSF calls a number or truth value saved without a value, or with an empty one (<v></v>, as a script that
        // works out no formula saves one), 0 or false: it is not one.
        if ((type == CellType.NUMERIC || type == CellType.BOOLEAN) && cell instanceof XSSFCell xssf
                && (!xssf.getCTCell().isSetV() || xssf.getCTCell().getV().isEmpty())) {
            type = CellType.BLANK;
        }
        return switch (type) {
            case NUMERIC -> new CellContent(reference, Type.NUMBER, Double.toString(cell.getNumericCellValue()),
                    cell.getNumericCellValue(), format, formula, date1904, fill);
            // A shared string with no text element in it reads as null.
            case STRING -> textOrTooLong(reference, Objects.requireNonNullElse(cell.getStringCellValue(), ""), format,
                    formula, date1904, fill);
            case BOOLEAN -> new CellContent(reference, Type.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    0, format, formula, date1904, fill);
            // XSSF gives the code as saved, as the streaming reader does; as a byte it refuses a code it does not know.
            case ERROR -> new CellContent(reference, Type.ERROR, cell instanceof XSSFCell xssf
                    ? xssf.getErrorCellString() : errorCode(cell.getErrorCellValue()), 0, format, formula, date1904,
                    fill);
            case BLANK, _NONE, FORMULA -> new CellContent(reference,
                    formula.isPresent() ? Type.UNSAVED_FORMULA : Type.BLANK, "", 0, format, formula, date1904, fill);
        };
    }

    /**
     * The date of an ISO 29500 date cell ({@code t="d"}), which holds ISO 8601 text, a date and perhaps a time: read
     * as the text of its date, which {@link CellValues} reads as any date typed as text.
     */
    static String isoDate(String value) {
        return value.contains("T") ? value.substring(0, value.indexOf('T')) : value;
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /**
     * The colours of the Office theme, by a theme colour's index (light 1, dark 1, light 2, dark 2, accents 1 to 6,
     * links), that Excel shows a theme colour in where the file carries no theme of its own.
     */
    private static final int[] OFFICE_THEME = {0xFFFFFF, 0x000000, 0xE7E6E6, 0x44546A, 0x4472C4, 0xED7D31, 0xA5A5A5,
        0xFFC000, 0x5B9BD5, 0x70AD47, 0x0563C1, 0x954F72};

    private static Optional<Colour> fill(Cell cell) {
        return cell.getCellStyle() instanceof XSSFCellStyle style ? fill(style) : Optional.empty();
    }

    /** The colour a style fills a cell with, solid; none for no fill or a pattern. */
    static Optional<Colour> fill(XSSFCellStyle style) {
        if (style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
            XSSFColor colour = style.getFillForegroundXSSFColor();
            if (colour == null) {
                return Optional.empty();
            }
            // An RGB colour, or a theme colour of the file's theme, which POI has resolved to one; else a colour of
            // the indexed palette (Excel 97's, or the file's own), else a theme colour of a file with no theme.
            byte[] rgb = colour.getRGB();
            if (rgb == null && colour.isThemed() && colour.getTheme() >= 0 && colour.getTheme() < OFFICE_THEME.length) {
                int office = OFFICE_THEME[colour.getTheme()];
                rgb = new byte[] {(byte) (office >> 16), (byte) (office >> 8), (byte) office};
            }
            if (rgb != null && rgb.length == 4) { // ARGB
                rgb = new byte[] {rgb[1], rgb[2], rgb[3]};
            }
            if (rgb != null && rgb.length == 3) {
                double tint = colour.getTint();
                return Optional.of(new Colour(tinted(rgb[0], tint), tinted(rgb[1], tint), tinted(rgb[2], tint)));
            }
        }
        return Optional.empty();
    }

    /** One channel of a colour lightened (tint above 0) or darkened (below), as SpreadsheetML defines a tint. */
    private static int tinted(byte channel, double tint) {
        int value = channel & 0xFF;
        double result = tint < 0 ? value * (1 + tint) : value + (255 - value) * tint;
        return (int) Math.round(Math.max(0, Math.min(255, result)));
    }

    /** Whether the cell holds nothing. */
    boolean isBlank() {
        return type == Type.BLANK;
    }
}
