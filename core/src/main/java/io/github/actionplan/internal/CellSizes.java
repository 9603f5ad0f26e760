package io.github.actionplan.internal;

/**
 * How much room text takes in a spreadsheet cell, for sizing columns and rows: widths estimated from the
 * text alone so that a file is the same on every machine, unlike measuring with the installed
 * fonts. One estimate for every module writing .xlsx (the XLSX renderer and the update workbook),
 * so that their columns and rows fit text alike.
 *
 * <p>The unit is a column's: the width of a digit in the default font. Wide East Asian characters
 * and emoji count two, other characters one. Text in a proportional font averages narrower (in
 * Calibri and its metric twin Carlito, a little over 1.2 characters of English text to a digit,
 * bold letters about a tenth wider), and the estimates take that, erring towards a line too many
 * rather than one too few. A row's height is its lines' (see {@link #rowHeight}).
 */
public final class CellSizes {

    private static final double CHARACTERS_PER_WIDTH = 1.2;
    private static final double BOLD_CHARACTERS_PER_WIDTH = 1.08;
    /** How many small letters' widths a capital takes, for wrapping. */
    private static final double CAPITAL = 1.3;

    /** Excel's tallest row, in points. */
    public static final double MAX_ROW_POINTS = 409;

    private CellSizes() {}

    /** The height of a line of {@code points}-point text in a row, in points: 15 for 11-point text. */
    public static double lineHeight(int points) {
        return Math.ceil(points * 1.36);
    }

    /**
     * The height of a row of {@code lines} lines of {@code points}-point text, in points: at least
     * one line, at most {@link #MAX_ROW_POINTS}. Neither Excel nor LibreOffice fits a merged cell's
     * row to its text, nor does a streamed sheet, so rows say how tall they are.
     */
    public static float rowHeight(int lines, int points) {
        return (float) Math.min(MAX_ROW_POINTS, Math.max(1, lines) * lineHeight(points));
    }

    /** How many character widths the widest line of {@code text} needs. */
    public static int widestLine(String text) {
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += width(cp);
            }
        }
        return Math.max(widest, current);
    }

    /** How many character widths the longest word of {@code text} needs. */
    public static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, widestLine(word));
        }
        return longest;
    }

    /**
     * The number of lines {@code text} takes when wrapped at {@code width} character widths, word
     * by word as a spreadsheet wraps it (a word longer than a line is broken).
     */
    public static int wrappedLines(String text, double width) {
        return wrappedLines(text, width, false);
    }

    /** {@link #wrappedLines(String, double)} for text in bold, whose letters are wider, where {@code bold}. */
    public static int wrappedLines(String text, double width, boolean bold) {
        double perLine = Math.max(1.0, width * (bold ? BOLD_CHARACTERS_PER_WIDTH : CHARACTERS_PER_WIDTH));
        int lines = 0;
        for (int start = 0; ; ) {
            int end = text.indexOf('\n', start);
            lines += wrappedLine(text, start, end < 0 ? text.length() : end, perLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** The lines {@code text} from {@code from} to {@code to}, which holds no line break, wraps to. */
    private static int wrappedLine(String text, int from, int to, double perLine) {
        int lines = 1;
        // the width of the line so far (-1 while nothing is on it) and of the word being read
        double used = -1;
        double word = 0;
        for (int i = from; i <= to; ) {
            int cp = i < to ? text.codePointAt(i) : ' ';
            i += i < to ? Character.charCount(cp) : 1;
            if (cp != ' ') {
                // a capital is a third wider than a small letter, on average, in Calibri and Carlito: a title of
                // capitals ("HMICFRS Area For Improvement") takes more of a line than the average allows
                word += Character.isUpperCase(cp) ? CAPITAL : width(cp);
                continue;
            }
            if (used >= 0 && used + 1 + word <= perLine) {
                used += 1 + word;
            } else {
                if (used >= 0) {
                    lines++;
                }
                // a word longer than a line is broken over as many as it needs
                int more = word <= perLine ? 0 : (int) Math.ceil(word / perLine) - 1;
                lines += more;
                used = word - more * perLine;
            }
            word = 0;
        }
        return lines;
    }

    private static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0xA4CF) // CJK radicals to Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) // emoji and pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions
        return wide ? 2 : 1;
    }
}
