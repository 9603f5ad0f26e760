package io.github.actionplan.report.html;

import io.github.actionplan.report.Column;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes HTML to a stream: markup as given, and text escaped so that no input can become markup.
 *
 * <p>Every text goes through {@link #visible(int)} first: the characters HTML cannot carry
 * without a parse error (control characters other than tab and line feed, U+007F to U+009F,
 * noncharacters such as U+FFFE and U+FDD0, unpaired surrogates) become U+FFFD REPLACEMENT
 * CHARACTER, as core's {@code ReportText} already does for most of them. Then {@code &}, {@code <}
 * and {@code >}, and in attributes both quotes, are written as character references, so text can
 * neither open an element nor leave an attribute, and {@code ]]>} or {@code -->} is inert.
 */
final class Markup {

    /** What a character HTML cannot carry becomes: U+FFFD REPLACEMENT CHARACTER. */
    static final char REPLACEMENT = '\uFFFD';

    private final Writer out;

    Markup(Writer out) {
        this.out = out;
    }

    /** Writes markup the renderer wrote itself: element names, and attributes it made. */
    Markup raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /**
     * Writes text as element content; a line feed becomes {@code <br>}, and a '/' in a word longer than
     * {@link Column#LONG_WORD} is followed by {@code <wbr>}: core sizes a column for such a word's parts, as every
     * format may break it after a '/', which a browser does not unless told (a web address in a table made the
     * table wider than the page).
     */
    Markup text(String text) throws IOException {
        write(text, Context.CONTENT);
        return this;
    }

    /**
     * Writes text where markup is not allowed, in {@code <title>} or an SVG {@code <text>}: a line
     * feed becomes a space.
     */
    Markup line(String text) throws IOException {
        write(text, Context.LINE);
        return this;
    }

    /** Writes text as the value of an attribute in double quotes. */
    Markup attribute(String text) throws IOException {
        write(text, Context.ATTRIBUTE);
        return this;
    }

    /**
     * Writes text as a CSS string in double quotes, for the stylesheet's {@code content}: every
     * character but letters, digits and spaces as a CSS escape, so text can neither end the
     * string nor the {@code style} element; a line feed becomes a space.
     */
    Markup cssString(String text) throws IOException {
        String shown = replaceInvisible(text);
        StringBuilder css = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); ) {
            int codePoint = shown.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint) || codePoint == ' ') {
                css.appendCodePoint(codePoint);
            } else {
                // Six hex digits end the escape by themselves, so no character after it is taken into it; but CSS
                // takes one space after an escape as its end, so a space typed after it is written twice, or the
                // printed header read "Exceptions:Draft" (run 112 #1).
                css.append(String.format(Locale.ROOT, "\\%06X", codePoint == '\n' ? ' ' : codePoint));
                css.append(shown.startsWith(" ", i + Character.charCount(codePoint)) ? " " : "");
            }
            i += Character.charCount(codePoint);
        }
        out.write(css.append('"').toString());
        return this;
    }

    /** Flushes the writer and the stream under it, which stays open. */
    void flush() throws IOException {
        out.flush();
    }

    private enum Context { CONTENT, LINE, ATTRIBUTE }

    private void write(String text, Context context) throws IOException {
        int length = text.length();
        int from = 0;
        int wordStart = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c != '\u007F' && !(c >= 0x80 && c <= 0x9F) && !Character.isSurrogate(c)
                    && c < '\uFDD0') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                wordStart = i + 1;
            }
            String replacement;
            int width = 1;
            if (c == '/' && context == Context.CONTENT && inLongWord(text, wordStart, i)) {
                replacement = "/<wbr>";
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                width = 2;
                replacement = visible(codePoint) ? null : String.valueOf(REPLACEMENT);
            } else {
                replacement = escape(c, context);
            }
            if (replacement != null) {
                out.write(text, from, i - from);
                out.write(replacement);
                from = i + width;
            }
            i += width - 1;
        }
        out.write(text, from, length - from);
    }

    /** Whether the word from {@code start} that holds {@code at} is longer than {@link Column#LONG_WORD}. */
    private static boolean inLongWord(String text, int start, int at) {
        int end = at;
        while (end < text.length() && end - start <= Column.LONG_WORD && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - start > Column.LONG_WORD;
    }

    /** What a single UTF-16 unit is written as, or null where it is written as it is. */
    private static String escape(char c, Context context) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> context == Context.ATTRIBUTE ? "&quot;" : null;
            case '\'' -> context == Context.ATTRIBUTE ? "&#39;" : null;
            // Core turns line endings into line feeds; a carriage return from elsewhere is one too.
            case '\n', '\r' -> switch (context) {
                case CONTENT -> "<br>";
                case LINE -> " ";
                case ATTRIBUTE -> "&#10;";
            };
            case '\t' -> context == Context.ATTRIBUTE ? "&#9;" : null;
            default -> visible(c) ? null : String.valueOf(REPLACEMENT);
        };
    }

    /**
     * Whether HTML carries {@code codePoint} without a parse error: not a control character other
     * than tab and a line ending, not a noncharacter, not a surrogate on its own.
     */
    static boolean visible(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        return !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF) && (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** {@code text} as a reader sees it: each character {@link #visible(int)} rejects replaced. */
    static String replaceInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean lone = Character.isSurrogate(text.charAt(i)) && Character.charCount(codePoint) == 1;
            if (codePoint == '\r') {
                out.append('\n');
            } else if (lone || !visible(codePoint)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
