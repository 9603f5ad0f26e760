package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    private static String printed(String text) {
        StringWriter terminal = new StringWriter();
        try (PrintWriter out = new PrintWriter(new TerminalText(terminal))) {
            out.print(text);
        }
        return terminal.toString();
    }

    @Test
    void controlAndFormatCharactersAreWrittenAsTheirCodesAndLineEndsTabsAndEmojiAsThemselves() {
        assertThat(printed("a\u001b[31mb\u0007\u009bc")).isEqualTo("a<U+001B>[31mb<U+0007><U+009B>c");
        assertThat(printed("over\rwrite")).isEqualTo("over<U+000D>write");
        assertThat(printed("line\r\nnext\n\tend\r")).isEqualTo("line\r\nnext\n\tend<U+000D>");
        assertThat(printed("Fin\u202eexe.xlsx R\u200b1 \u00ad")).isEqualTo("Fin<U+202E>exe.xlsx R<U+200B>1 <U+00AD>");
        assertThat(printed("Ffion ap Siôn \ud83d\udc68\u200d\ud83d\udc69 \u2013 Caerdydd"))
                .isEqualTo("Ffion ap Siôn \ud83d\udc68\u200d\ud83d\udc69 \u2013 Caerdydd");
    }

    @Test
    void aNameOrTitlePrintedOnALineOfItsOwnHasItsLineBreaksWrittenAsTheirCodes() {
        // Regression run 51: a plan named "a\nFAKE: valid.json" made render print a forged line of its own.
        assertThat(TerminalText.oneLine("o/a\nFAKE: valid-summary.html")).isEqualTo(
                "o/a<U+000A>FAKE: valid-summary.html");
        assertThat(TerminalText.oneLine("Title\r\nFAKE")).isEqualTo("Title<U+000D><U+000A>FAKE");
        assertThat(printed("a\u2028b\u2029c")).isEqualTo("a<U+2028>b<U+2029>c");
    }
}
