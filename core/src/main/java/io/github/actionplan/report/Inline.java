package io.github.actionplan.report;

/** A piece of a paragraph: a span of text, or a line break. */
public sealed interface Inline {

    /**
     * A run of text in one style.
     *
     * @param text     the text; never markup
     * @param emphasis shown in italics ({@code *text*} in the source)
     * @param strong   shown in bold ({@code **text**} in the source)
     */
    record Span(String text, boolean emphasis, boolean strong) implements Inline {
        /** A span in the normal style. */
        public static Span plain(String text) {
            return new Span(text, false, false);
        }
    }

    /** A line break inside a paragraph. */
    record LineBreak() implements Inline {}
}
