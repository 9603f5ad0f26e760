package io.github.actionplan.examples.markdown;

/** Reads the Markdown the renderer writes back to the text a reader sees. */
final class MarkdownText {

    private MarkdownText() {}

    /**
     * {@code markdown} with the renderer's escapes undone: a backslash before ASCII punctuation
     * gives the punctuation, {@code <br>} a line break, and an unescaped {@code *} (the renderer's
     * emphasis markers; text asterisks are always escaped) nothing.
     */
    static String visibleText(String markdown) {
        StringBuilder text = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
                text.append(markdown.charAt(++i));
            } else if (markdown.startsWith("<br>", i)) {
                text.append('\n');
                i += "<br>".length() - 1;
            } else if (c != '*') {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
