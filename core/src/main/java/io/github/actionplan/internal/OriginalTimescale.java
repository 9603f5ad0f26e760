package io.github.actionplan.internal;

import java.util.Optional;

/**
 * How an item whose timescale was revised keeps the one it was first given: as a paragraph of its notes, "Originally
 * due Dec 2024", so that every report shows the slippage. One definition for the model's revisions and for trackers
 * that carry a revised date beside the original one.
 */
public final class OriginalTimescale {

    private static final String START = "Originally due ";

    private OriginalTimescale() {}

    /** The paragraph that says {@code timescale}, as written, was the one first given. */
    private static String paragraph(String timescale) {
        return START + timescale;
    }

    /**
     * {@code notes} with the paragraph saying {@code timescale} was the one first given at their end, unless they
     * have such a paragraph already: a second revision keeps the first timescale, not the one it replaces.
     */
    public static String notes(Optional<String> notes, String timescale) {
        if (notes.isEmpty()) {
            return paragraph(timescale);
        }
        String text = notes.get();
        if (text.startsWith(START) || text.contains("\n\n" + START)) {
            return text;
        }
        return text.stripTrailing() + "\n\n" + paragraph(timescale);
    }
}
