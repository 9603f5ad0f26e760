package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class CellSizesTest {

    private static final Path CARLITO = Path.of("/usr/share/fonts/truetype/crosextra");

    @Test
    void widthsCountWideCharactersTwice() {
        assertThat(CellSizes.widestLine("abc\nabcdef")).isEqualTo(6);
        assertThat(CellSizes.widestLine("漢字")).isEqualTo(4);
        assertThat(CellSizes.widestLine("🔥")).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("a\n\nb", 10)).isEqualTo(3);
        assertThat(CellSizes.wrappedLines("", 10)).isEqualTo(1);
    }

    @Test
    void digitsTakeAUnitEachAndATenthMoreAsDrawnAndSpacesLessThanHalf() {
        assertThat(CellSizes.wrappedLines("1".repeat(9), 10)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("1".repeat(10), 10)).as("a long word breaks").isEqualTo(2);
        assertThat(CellSizes.wrappedLines("1".repeat(30), 10)).isEqualTo(4);
        assertThat(CellSizes.wrappedLines("11 11 11", 10)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("11 11 11 11", 10)).isEqualTo(2);
    }

    @Test
    void narrowLettersFitMoreToALineThanWideOnesAndBoldFewer() {
        assertThat(CellSizes.wrappedLines("il".repeat(9), 10)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("mw".repeat(4), 10)).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("x".repeat(10), 9.5)).isEqualTo(1);
        assertThat(CellSizes.wrappedLines("x".repeat(10), 9.5, true)).isEqualTo(2);
    }

    @Test
    void textOfDigitsIsGivenTheLinesItTakesWhereCountingCharactersGaveOneTooFew() {
        // 20.7 digits wide in Carlito: 23 characters, which at 1.2 characters a digit were taken to fit in 20
        assertThat(CellSizes.wrappedLines("2025-26 2026-27 2027-28", 20)).isEqualTo(2);
        assertThat(CellSizes.wrappedLines("2025-26 2026-27 2027-28", 23)).isEqualTo(1);
    }

    @Test
    void noTextWrapsToMoreLinesInCarlitoThanEstimatedAsLaidOutOrInWholePixels() throws Exception {
        assumeTrue(Files.exists(CARLITO.resolve("Carlito-Regular.ttf")), "Carlito is not installed; .ci/run"
                + " installs it (apt-get install fonts-crosextra-carlito). Skipping the check against its widths.");
        String letters = "abcdefghijklmnopqrstuvwxyzeeeeaaaoooiiinnnsssrrrttt";
        String others = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;%/-()'&?";
        Random random = new Random(21);
        int texts = 0;
        int exact = 0;
        long estimates = 0;
        long laidOutLines = 0;
        for (boolean bold : new boolean[] {false, true}) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, CARLITO.resolve(bold ? "Carlito-Bold.ttf"
                    : "Carlito-Regular.ttf").toFile()).deriveFont(2048f);
            FontRenderContext context = new FontRenderContext(null, false, false);
            IntToDoubleFunction advance = c -> font.getStringBounds(Character.toString(c), context).getWidth();
            double digit = advance.applyAsDouble('0');
            // 11 points at 96 dpi: 14.67 pixels to the em, each character rounded to whole pixels, the digit to 7
            double pixels = 11 * 96 / 72.0 / 2048;
            IntToDoubleFunction laidOut = c -> advance.applyAsDouble(c) / digit;
            IntToDoubleFunction whole = c -> Math.round(advance.applyAsDouble(c) * pixels) / (double) Math.round(
                    digit * pixels);
            for (int n = 0; n < 3_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int words = 1 + random.nextInt(14); words > 0; words--) {
                    for (int length = 1 + random.nextInt(10); length > 0; length--) {
                        String pool = random.nextInt(4) == 0 ? others : letters;
                        text.append(pool.charAt(random.nextInt(pool.length())));
                    }
                    text.append(words > 1 ? " " : "");
                }
                double width = 4 + random.nextInt(40) + random.nextInt(10) / 10.0;
                int estimated = CellSizes.wrappedLines(text.toString(), width, bold);
                int lines = lines(text.toString(), width, laidOut);
                assertThat(estimated).as("'%s' at %s, bold %s", text, width, bold).isGreaterThanOrEqualTo(lines)
                        .isGreaterThanOrEqualTo(lines(text.toString(), width, whole));
                texts++;
                exact += estimated == lines ? 1 : 0;
                estimates += estimated;
                laidOutLines += lines;
            }
        }
        assertThat(exact).as("estimates of as many lines as the text takes").isGreaterThan(texts * 2 / 3);
        assertThat(estimates).as("lines estimated, against lines laid out").isLessThan(laidOutLines * 11 / 10);
    }

    /** The lines {@code text} wraps to at {@code width} digits, word by word, a word too long broken anywhere. */
    private static int lines(String text, double width, IntToDoubleFunction advance) {
        int lines = 1;
        double used = 0;
        for (String word : text.split(" ")) {
            double length = word.chars().mapToDouble(advance).sum();
            double needed = used == 0 ? length : used + advance.applyAsDouble(' ') + length;
            if (needed <= width) {
                used = needed;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            used = 0;
            for (int i = 0; i < word.length(); i++) {
                double c = advance.applyAsDouble(word.charAt(i));
                if (used + c > width && used > 0) {
                    lines++;
                    used = 0;
                }
                used += c;
            }
        }
        return lines;
    }

    @Test
    void theLongestWordIsMeasuredAsALineIs() {
        assertThat(CellSizes.longestWord("Progress reported")).isEqualTo(8);
        assertThat(CellSizes.longestWord("a 漢字漢字\nb")).isEqualTo(8);
        assertThat(CellSizes.longestWord("")).isZero();
    }

    @Test
    void aRowIsAsTallAsItsLinesFromOneLineToTheTallestRowExcelDraws() {
        assertThat(CellSizes.lineHeight(11)).isEqualTo(15);
        assertThat(CellSizes.rowHeight(3, 11)).isEqualTo(45f);
        assertThat(CellSizes.rowHeight(0, 11)).isEqualTo(15f);
        assertThat(CellSizes.rowHeight(1_000, 11)).isEqualTo(409f);
    }
}
