package io.github.actionplan.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules of a spreadsheet cell that every module writing .xlsx must apply alike (the XLSX
 * renderer and the update workbook): the length limit, formula triggers and OOXML's escape
 * syntax. One definition, so that a plan text can never become a formula in one file and not
 * the other.
 */
public final class SpreadsheetCells {

    /** The most UTF-16 code units a cell holds (Excel's limit; POI throws past it). */
    public static final int CELL_LIMIT = 32_767;

    /**
     * OOXML reads {@code _xHHHH_} in cell text as an escaped character (ECMA-376 Part 1, 22.9.2.19),
     * and Excel, LibreOffice and POI's reader all decode it, while POI's writer does not encode it.
     * So text that happens to contain such a sequence would come back changed unless its
     * underscore is itself escaped as {@code _x005F_}.
     */
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    /**
     * Core's short date ({@link Dates#shortDate}, "1 Jun 2023") as a number format, in British
     * English whatever the reader's own settings, so that a date cell shows the text core writes.
     */
    public static final String SHORT_DATE_FORMAT = "[$-809]d mmm yyyy";

    /**
     * What a spreadsheet shows of a date in {@link #SHORT_DATE_FORMAT}: Excel's English month abbreviations ("Sep",
     * where Java's British data has "Sept"), in the ISO calendar and with ASCII digits whatever the machine's locale.
     * POI's own formatter takes its calendar and digits from the JVM's locale (run 86 #3: under th-TH and ar-EG no
     * date matched, and the XLSX reports held dates as text).
     */
    public static final DateTimeFormatter SHORT_DATE_SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US);

    /**
     * A plan's own date with its day in two digits ("01 Jun 2023", as services' plans write their deadlines) as a
     * number format, so that the cell shows the text the plan wrote and is still a date.
     */
    public static final String PADDED_DATE_FORMAT = "[$-809]dd mmm yyyy";

    /** What a spreadsheet shows of a date in {@link #PADDED_DATE_FORMAT}, as {@link #SHORT_DATE_SHOWN} is for its. */
    public static final DateTimeFormatter PADDED_DATE_SHOWN = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.US);

    /** How many code units {@link #escape} adds for each sequence it escapes. */
    public static final int ESCAPE_GROWTH = "_x005F_".length() - 1;

    private SpreadsheetCells() {}

    /**
     * Whether a spreadsheet would read {@code text}, typed into a cell or opened from a CSV file, as a formula or a
     * command: it starts with = + - @ (OWASP's CSV-injection list), a tab, a carriage return or a line feed. Such text
     * is written with the apostrophe prefix ({@code quotePrefix}). Format plugins have it as
     * {@code report.spi.support.SpreadsheetText}.
     */
    public static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /** The most characters a column of a spreadsheet's table (an Excel table) is named with. */
    public static final int LONGEST_COLUMN_NAME = 255;

    /**
     * Whether {@code header} can name a column of a spreadsheet's table, as its header cell shows it: not blank, at
     * most {@value #LONGEST_COLUMN_NAME} characters, without control characters or anything the cell would escape.
     * Excel makes no table of columns named otherwise, and says nothing; the register refuses such words, and the XLSX
     * renderer makes no table of them.
     */
    public static boolean namesATableColumn(String header) {
        return !header.isBlank() && header.length() <= LONGEST_COLUMN_NAME
                && header.chars().noneMatch(Character::isISOControl) && escape(header).equals(header);
    }

    /** {@code text} as it must be stored so that a reader decodes it back to {@code text}. */
    public static String escape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPE_LIKE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_"));
    }

    /** Where the character at {@code index} of {@code text} lands after {@link #escape(String)}. */
    public static int escapedIndex(String text, int index) {
        int shift = 0;
        Matcher m = ESCAPE_LIKE.matcher(text);
        while (m.find() && m.start() < index) {
            shift += ESCAPE_GROWTH;
        }
        return index + shift;
    }
}
