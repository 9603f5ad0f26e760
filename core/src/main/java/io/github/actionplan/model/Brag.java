package io.github.actionplan.model;

/**
 * The four colours of a BRAG rating, as fire and rescue services use them: Blue for complete,
 * Red, Amber and Green for open items.
 */
public enum Brag {
    /** Complete. */
    BLUE,
    /** Off track. */
    RED,
    /** At risk. */
    AMBER,
    /** On track. */
    GREEN;

    /** The colour's name in words, e.g. "Amber". */
    public String displayName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
