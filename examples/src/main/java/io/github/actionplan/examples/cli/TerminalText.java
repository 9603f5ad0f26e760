package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Quote;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, made safe for a terminal. A plan's and a workbook's texts reach it (a title, an
 * organisation, a file name), and a control character in one would act, not show: an escape sequence clears the
 * screen or sets the window's title, a carriage return writes over the start of the line, a direction override
 * reorders what follows, so a crafted tracker could hide or forge lines. Each such character is written as its code,
 * {@code <U+001B>}, as messages quote a text's: C0 and C1 controls but a line feed and a tab, and Unicode's format
 * characters but the zero-width joiner that emoji are made with. A carriage return is kept before a line feed, as
 * Windows ends a line. {@code status --json} escapes every such character itself, so its JSON reads as written.
 */
final class TerminalText extends FilterWriter {

    /** A carriage return not yet written: kept only where a line feed follows. */
    private boolean carriageReturn;

    TerminalText(Writer out) {
        super(out);
    }

    /**
     * Whether {@code c} is written as its code: as {@link Quote#isHidden}, but a line feed and a tab; and the line and
     * paragraph separators, which some terminals break a line at.
     */
    static boolean isEscaped(char c) {
        return c != '\n' && c != '\t' && Quote.isHidden(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code text} for a line of its own, a plan's title or a file's name: each line break in it written as its code,
     * so that a name holding one ("a\nFAKE: valid.json") cannot print a line of its own, forged.
     */
    static String oneLine(Object text) {
        return String.valueOf(text).replace("\r", "<U+000D>").replace("\n", "<U+000A>");
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (carriageReturn) {
            carriageReturn = false;
            out.write(ch == '\n' ? "\r" : "<U+000D>");
        }
        if (ch == '\r') {
            carriageReturn = true;
        } else if (isEscaped(ch)) {
            out.write("<" + Quote.code(ch) + ">");
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void close() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            out.write("<U+000D>");
        }
        super.close();
    }
}
