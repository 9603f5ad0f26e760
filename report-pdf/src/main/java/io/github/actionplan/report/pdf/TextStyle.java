package io.github.actionplan.report.pdf;

/** The four faces of a font family. */
enum TextStyle {
    REGULAR(false, false),
    BOLD(true, false),
    ITALIC(false, true),
    BOLD_ITALIC(true, true);

    private final boolean bold;
    private final boolean italic;

    TextStyle(boolean bold, boolean italic) {
        this.bold = bold;
        this.italic = italic;
    }

    /** The face for text that is {@code strong} (bold) and/or {@code emphasis} (italic). */
    static TextStyle of(boolean strong, boolean emphasis) {
        return strong ? (emphasis ? BOLD_ITALIC : BOLD) : (emphasis ? ITALIC : REGULAR);
    }

    boolean bold() {
        return bold;
    }

    boolean italic() {
        return italic;
    }
}
