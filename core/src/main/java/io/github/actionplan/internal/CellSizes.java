package io.github.actionplan.internal;

/**
 * How much room text takes in a spreadsheet cell, for sizing columns and rows: widths estimated from the
 * text alone so that a file is the same on every machine, unlike measuring with the installed
 * fonts. One estimate for every module writing .xlsx (the XLSX renderer and the update workbook),
 * so that their columns and rows fit text alike.
 *
 * <p>The unit is a column's: the width of a digit in the default font. Column widths count characters (wide East
 * Asian characters and emoji two), which gives text of letters room to spare. Wrapping measures each character by
 * its width in Calibri's metric twin Carlito, the default font of the files written: a digit is one unit, a space
 * under half, an 'm' more than one and a half, so text thick with digits and capitals is not taken for average
 * text. The estimates err towards a line too many rather than one too few. A row's height is its lines' (see
 * {@link #rowHeight}).
 */
public final class CellSizes {

    /**
     * Carlito's (and Calibri's) advance widths of the printable ASCII characters, ' ' to '~', in 2048ths of an em:
     * a digit's is 1038. Other characters count as a small letter, a capital or, where wide, two digits.
     */
    private static final short[] ASCII = {
            463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038,
            1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831, 1185, 1114, 1092, 1260,
            1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162,
            1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470,
            490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644,
            1020};
    private static final double DIGIT = 1038;

    /**
     * How much wider than the font's widths text is drawn: on screen each letter is rounded to whole pixels while
     * Excel's unit, the digit, is rounded down (7.4 pixels to 7 at 11 points), so English text takes some 6-8% more
     * units than its widths add up to; bold letters take about 4% more again.
     */
    private static final double DRAWN = 1.1;
    private static final double BOLD = 1.04;

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
        double perLine = Math.max(1.0, width);
        double scale = DRAWN * (bold ? BOLD : 1) / DIGIT;
        int lines = 0;
        for (int start = 0; ; ) {
            int end = text.indexOf('\n', start);
            lines += wrappedLine(text, start, end < 0 ? text.length() : end, perLine, scale);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /**
     * The lines {@code text} from {@code from} to {@code to}, which holds no line break, wraps to, each
     * character {@code scale} times its advance wide.
     */
    private static int wrappedLine(String text, int from, int to, double perLine, double scale) {
        int lines = 1;
        double space = ASCII[0] * scale;
        // the width of the line so far (-1 while nothing is on it), and of the word being read, from wordStart
        double used = -1;
        double word = 0;
        int wordStart = from;
        for (int i = from; i <= to; ) {
            int cp = i < to ? text.codePointAt(i) : ' ';
            i += i < to ? Character.charCount(cp) : 1;
            if (cp != ' ') {
                word += advance(cp) * scale;
                continue;
            }
            if (used >= 0 && used + space + word <= perLine) {
                used += space + word;
            } else {
                if (used >= 0) {
                    lines++;
                }
                used = word;
                if (word > perLine) { // broken between characters, over as many lines as it needs
                    used = 0;
                    for (int j = wordStart; j < i - 1; ) {
                        int c = text.codePointAt(j);
                        j += Character.charCount(c);
                        double width = advance(c) * scale;
                        if (used > 0 && used + width > perLine) {
                            lines++;
                            used = 0;
                        }
                        used += width;
                    }
                }
            }
            word = 0;
            wordStart = i;
        }
        return lines;
    }

    /** The advance width of {@code cp} in Carlito, in 2048ths of an em; an estimate beyond ASCII. */
    private static double advance(int cp) {
        if (cp >= ' ' && cp <= '~') {
            return ASCII[cp - ' '];
        }
        return width(cp) == 2 ? 2 * DIGIT : Character.isUpperCase(cp) ? ASCII['O' - ' '] : DIGIT;
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
