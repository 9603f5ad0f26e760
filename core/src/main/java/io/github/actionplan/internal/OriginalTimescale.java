package io.github.actionplan.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an item whose timescale was revised keeps the one it was first given: as a paragraph of its notes, "Originally
 * due Dec 2024", so that every report shows the slippage. One definition for the model's revisions and for trackers
 * that carry a revised date beside the original one.
 */
public final class OriginalTimescale {

    private static final String START = "Originally ";
    private static final Pattern NOT_A_TIME = Pattern.compile("ongoing|with immediate effect|immediate(ly)?",
            Pattern.CASE_INSENSITIVE);

    /** A timescale's first word that reads on in a sentence, lower case: "In FDP 24/25", "By 31/03/2024". */
    private static final Pattern PREPOSITION = Pattern.compile("(In|By|Within|Before|During|Until|End)\\b.*",
            Pattern.DOTALL);

    private OriginalTimescale() {}

    /**
     * The paragraph that says {@code timescale}, as written, was the one first given: "Originally due Dec 2024", or
     * "Originally Ongoing" for one that names no time ("Originally due Ongoing" reads as nonsense). One that starts
     * with a preposition goes on the sentence in lower case ("Originally due in FDP 24/25", not "due In").
     */
    private static String paragraph(String timescale) {
        String written = PREPOSITION.matcher(timescale).matches() ? Character.toLowerCase(timescale.charAt(0))
                + timescale.substring(1) : timescale;
        return START + (NOT_A_TIME.matcher(timescale.strip()).matches() ? "" : "due ") + written;
    }

    /**
     * The timescale first given, as written, where {@code notes} keep one ({@link #notes}): "Dec 2024" for
     * "Originally due Dec 2024"; none for an item never revised.
     */
    public static Optional<String> in(Optional<String> notes) {
        return notes.flatMap(text -> Arrays.stream(text.split("\n\n")).map(String::strip)
                .filter(OriginalTimescale::isOriginal).reduce((first, last) -> last))
                .map(part -> part.startsWith(START + "due ") ? part.substring((START + "due ").length()).strip()
                        : part.substring(START.length()).strip());
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
        if (Arrays.stream(text.split("\n\n")).anyMatch(OriginalTimescale::isOriginal)) {
            return text;
        }
        return text.stripTrailing() + "\n\n" + paragraph(timescale);
    }

    /** Whether a paragraph of notes is the one {@link #paragraph} writes: "Originally due …", "Originally Ongoing". */
    private static boolean isOriginal(String part) {
        return part.startsWith(START + "due ")
                || part.startsWith(START) && NOT_A_TIME.matcher(part.substring(START.length()).strip()).matches();
    }
}
