package io.github.actionplan.report;

/** Which way up a {@link Chapter}'s pages are: decided by the template, laid out by renderers. */
public enum Orientation {
    /** Taller than wide: the default. */
    PORTRAIT,
    /** Wider than tall: for a table of many columns. */
    LANDSCAPE
}
