package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Palette;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles and fonts of one workbook. A workbook holds at most 64,000 styles, so each is
 * made once, on first use, and shared by every cell that needs it; the order of first use follows
 * the report, so the styles part is the same for the same report.
 */
final class Styles {

    /** What a cell is, as far as its look goes. */
    enum Kind {
        TITLE, SUBTITLE, HEADING_1, HEADING_2, HEADING_3, CAPTION, TEXT, DESCRIPTION, LABEL, HEADER, CELL_TEXT,
        DATE, PADDED_DATE, PERCENT, NUMBER, STATUS
    }

    /** Which font a run of narrative text is in. */
    enum RunFont { PLAIN, ITALIC, BOLD, BOLD_ITALIC }

    /** Core's short date as a number format; {@link TypedValues} writes a date only where it shows core's text. */
    static final String DATE_FORMAT = SpreadsheetCells.SHORT_DATE_FORMAT;
    static final String PERCENT_FORMAT = "0%";
    static final String NUMBER_FORMAT = "0";
    /** The size of a status's reason, smaller than the label and note above it, as in the other formats. */
    static final int STATUS_REASON_POINTS = 9;

    /**
     * @param right  aligned right, as figures are
     * @param total  in a table's total row: bold, with a rule above
     */
    private record Key(Kind kind, Colour fill, Colour text, int indent, boolean quoted, boolean right, boolean total) {}

    private record FontKey(int points, boolean bold, boolean italic, Colour colour) {}

    private final XSSFWorkbook workbook;
    private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
    private final Map<CellStyle, Key> keys = new IdentityHashMap<>();
    private final Map<FontKey, XSSFFont> fonts = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The style of a kind of cell. */
    CellStyle of(Kind kind) {
        return style(new Key(kind, null, null, 0, false, false, false));
    }

    /** The style of a kind of table cell: aligned right for a figure, bold with a rule above in the total row. */
    CellStyle cell(Kind kind, boolean right, boolean total) {
        return style(new Key(kind, null, null, 0, false, right, total));
    }

    /** A status written on its fill, in its text colour; bold with a rule above in the total row. */
    CellStyle status(Colour fill, Colour text, boolean total) {
        return style(new Key(Kind.STATUS, fill, text, 0, false, false, total));
    }

    /** Narrative text indented by {@code level} steps, for nested list items. */
    CellStyle text(int level) {
        return style(new Key(Kind.TEXT, null, null, Math.min(level, 15), false, false, false));
    }

    /**
     * The same look as {@code style}, a step in from the left where it is aligned left: for a cell beside a figure
     * aligned right, which LibreOffice prints with no step in from its right edge, so that "3" and "01 Jun 2023" in
     * the cells either side of their border would read as "301 Jun 2023".
     */
    CellStyle apart(CellStyle style) {
        Key key = key(style);
        return key.right() || key.kind() == Kind.STATUS ? style
                : style(new Key(key.kind(), key.fill(), key.text(), 1, key.quoted(), false, key.total()));
    }

    /**
     * The same look as {@code style}, marked as text that a spreadsheet must not read as a
     * formula when someone edits the cell (the apostrophe prefix, stored as {@code quotePrefix}).
     */
    CellStyle quoted(CellStyle style) {
        Key key = key(style);
        return key.quoted() ? style
                : style(new Key(key.kind(), key.fill(), key.text(), key.indent(), true, key.right(), key.total()));
    }

    private Key key(CellStyle style) {
        Key key = keys.get(style);
        if (key == null) {
            throw new IllegalArgumentException("style " + style.getIndex() + " was not made by Styles");
        }
        return key;
    }

    /**
     * The font of a status's note and reason after its bold label: regular, in the status's text colour, and for the
     * reason smaller.
     */
    XSSFFont statusDetail(Colour colour, boolean reason) {
        return font(reason ? STATUS_REASON_POINTS : 11, false, false, colour);
    }

    /** A font for a run of narrative text. */
    XSSFFont runFont(RunFont font) {
        return switch (font) {
            case PLAIN -> font(11, false, false, null);
            case ITALIC -> font(11, false, true, null);
            case BOLD -> font(11, true, false, null);
            case BOLD_ITALIC -> font(11, true, true, null);
        };
    }

    /**
     * The point size of the font a kind of cell is written in, also for estimating row heights. Each heading level
     * is a step smaller than the one above it, as in Word and the PDF, and a caption, which names a table and heads
     * nothing, is as small as the text, in bold: so no heading reads as a caption, nor one level as another.
     */
    static int points(Kind kind) {
        return switch (kind) {
            case TITLE -> 18;
            case HEADING_1 -> 16;
            case HEADING_2 -> 14;
            case SUBTITLE, HEADING_3 -> 12;
            default -> 11;
        };
    }

    /** Whether a kind of cell is written in bold, for estimating how its text wraps. */
    static boolean isBold(Kind kind) {
        return switch (kind) {
            case TITLE, HEADING_1, HEADING_2, HEADING_3, CAPTION, LABEL, HEADER, STATUS -> true;
            default -> false;
        };
    }

    private XSSFCellStyle style(Key key) {
        XSSFCellStyle existing = styles.get(key);
        if (existing != null) {
            return existing;
        }
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        style.setQuotePrefixed(key.quoted());
        switch (key.kind()) {
            case TITLE -> style.setFont(font(points(key.kind()), true, false, null));
            case SUBTITLE -> style.setFont(font(points(key.kind()), false, false, null));
            case HEADING_1, HEADING_2, HEADING_3, CAPTION, LABEL -> style.setFont(font(points(key.kind()), true, false, null));
            case DESCRIPTION -> style.setFont(font(11, false, true, null));
            case HEADER -> {
                style.setFont(font(11, true, false, null));
                fill(style, Palette.HEADER_FILL);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBottomBorderColor(colour(Palette.RULE));
            }
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            case PADDED_DATE -> style.setDataFormat(workbook.createDataFormat().getFormat(
                    SpreadsheetCells.PADDED_DATE_FORMAT));
            case PERCENT -> style.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
            case NUMBER -> style.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
            case STATUS -> {
                style.setFont(font(11, true, false, key.text()));
                fill(style, key.fill());
            }
            case TEXT -> {
                // spreadsheets indent only left-aligned text, not the default "general" alignment
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setIndention((short) key.indent());
            }
            case CELL_TEXT -> { }
        }
        if (key.kind() == Kind.HEADER || key.kind() == Kind.CELL_TEXT || key.kind() == Kind.DATE
                || key.kind() == Kind.PADDED_DATE || key.kind() == Kind.PERCENT || key.kind() == Kind.NUMBER
                || key.kind() == Kind.STATUS) {
            // a number's "general" alignment is to the right, text's to the left: a column lines up one way
            style.setAlignment(key.right() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            // a step in from the right, so that a figure does not run into the text beside it
            style.setIndention((short) (key.right() ? 1 : key.indent()));
        }
        if (key.total()) {
            style.setFont(font(11, true, false, key.text()));
            style.setBorderTop(BorderStyle.THIN);
            style.setTopBorderColor(colour(Palette.TEXT));
        }
        styles.put(key, style);
        keys.put(style, key);
        return style;
    }

    private static void fill(XSSFCellStyle style, Colour colour) {
        style.setFillForegroundColor(colour(colour));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(int points, boolean bold, boolean italic, Colour colour) {
        return fonts.computeIfAbsent(new FontKey(points, bold, italic, colour), key -> {
            XSSFFont font = workbook.createFont();
            font.setFontHeightInPoints((short) key.points());
            font.setBold(key.bold());
            font.setItalic(key.italic());
            if (key.colour() != null) {
                font.setColor(colour(key.colour()));
            }
            return font;
        });
    }

    /** {@code colour} as an sRGB colour of the workbook, from its hex digits. */
    static XSSFColor colour(Colour colour) {
        return new XSSFColor(java.util.HexFormat.of().parseHex(colour.hex()), null);
    }
}
