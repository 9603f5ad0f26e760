package io.github.actionplan.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text rules of a spreadsheet cell: formula triggers, OOXML's escape syntax, its length limit, widths. */
final class CellText {

    /** The most UTF-16 code units a cell holds (Excel's limit; POI throws past it). */
    static final int CELL_LIMIT = 32_767;

    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");
    private static final String CUT = " … (cut: the plan holds the full text)";
    private static final double CHARACTERS_PER_WIDTH = 1.2;

    private CellText() {}

    /**
     * Whether a spreadsheet would read {@code text}, typed into a cell, as a formula or a command:
     * it starts with = + - @ (OWASP's CSV-injection list), a tab, a carriage return or a line feed.
     * Such text is written with the apostrophe prefix ({@code quotePrefix}), as report-xlsx does.
     */
    static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /**
     * {@code text} as it must be stored so that a reader decodes it back: OOXML reads
     * {@code _xHHHH_} as an escaped character, which POI's writer does not encode, so the
     * underscore of such a sequence is itself escaped.
     */
    static String escape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPE_LIKE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_"));
    }

    /**
     * Read-only {@code text} ready for a cell: escaped, and where longer than a cell holds, cut
     * visibly with a note that the plan holds the rest; never cut silently.
     */
    static String forCell(String text) {
        String escaped = escape(text);
        if (escaped.length() <= CELL_LIMIT) {
            return escaped;
        }
        int end = CELL_LIMIT - CUT.length() - 8;
        if (Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        String cut = escaped.substring(0, end);
        // Never end on half of an escape sequence.
        int underscore = cut.lastIndexOf('_');
        if (underscore >= 0 && cut.length() - underscore < 7) {
            cut = cut.substring(0, underscore);
        }
        return cut + CUT;
    }

    /** How many character widths the widest line of {@code text} needs; wide East Asian characters count two. */
    static int widestLine(String text) {
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += Character.isIdeographic(cp) || Character.getType(cp) == Character.OTHER_SYMBOL ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /** The lines {@code text} takes wrapped at {@code width} character widths, erring towards one too many. */
    static int wrappedLines(String text, int width) {
        double perLine = Math.max(1.0, width * CHARACTERS_PER_WIDTH);
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            lines += Math.max(1, (int) Math.ceil(widestLine(line) / perLine));
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }
}
