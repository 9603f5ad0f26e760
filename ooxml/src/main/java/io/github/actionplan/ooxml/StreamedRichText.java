package io.github.actionplan.ooxml;

import java.util.Arrays;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;

/**
 * A string with fonts on stretches of it, for a cell of a streamed sheet of a {@link ReproducibleWorkbook}, which
 * writes it as an inline string of runs. Unlike {@code XSSFRichTextString}, it keeps its fonts as the workbook's font
 * indexes beside the text, not as an XML tree: a table of many thousand rows makes one for each cell with emphasis.
 * A stretch with no font takes the cell's.
 */
public final class StreamedRichText implements RichTextString {

    /** Where no font is applied. */
    private static final int CELL_FONT = -1;

    private final String text;
    /** The font index of each character; made on the first font applied. */
    private int[] fonts;

    /** The text, with no font of its own yet. */
    public StreamedRichText(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
        apply(startIndex, endIndex, fontIndex);
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
        apply(startIndex, endIndex, font.getIndex());
    }

    @Override
    public void applyFont(Font font) {
        apply(0, text.length(), font.getIndex());
    }

    @Override
    public void applyFont(short fontIndex) {
        apply(0, text.length(), fontIndex);
    }

    private void apply(int start, int end, int font) {
        Objects.checkFromToIndex(start, end, text.length());
        if (font < 0) {
            throw new IllegalArgumentException("a font index is at least 0, not " + font);
        }
        if (fonts == null) {
            fonts = new int[text.length()];
            Arrays.fill(fonts, CELL_FONT);
        }
        Arrays.fill(fonts, start, end, font);
    }

    @Override
    public void clearFormatting() {
        fonts = null;
    }

    @Override
    public String getString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    /** The stretches of one font each, those with none included; none where no font is applied. */
    @Override
    public int numFormattingRuns() {
        if (fonts == null) {
            return 0;
        }
        int runs = text.isEmpty() ? 0 : 1;
        for (int i = 1; i < fonts.length; i++) {
            runs += fonts[i] != fonts[i - 1] ? 1 : 0;
        }
        return runs;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
        if (fonts != null) {
            for (int i = 0, run = 0; i < fonts.length; i++) {
                if (i == 0 || fonts[i] != fonts[i - 1]) {
                    if (run++ == index) {
                        return i;
                    }
                }
            }
        }
        throw new IndexOutOfBoundsException("no formatting run " + index + " of " + numFormattingRuns());
    }

    /** The font index of the character at {@code index}, or -1 where it takes the cell's font. */
    public int fontAt(int index) {
        Objects.checkIndex(index, text.length());
        return fonts == null ? CELL_FONT : fonts[index];
    }
}
