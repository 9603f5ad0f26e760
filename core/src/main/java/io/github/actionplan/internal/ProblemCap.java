package io.github.actionplan.internal;

/**
 * How many problems of one kind a read tells at most, a plan file's and a workbook's alike: beyond them it says how
 * many more there are. A file of a million faults would otherwise keep a problem for each until the read ends
 * (hundreds of megabytes), for a message no one reads past its first screens.
 */
public final class ProblemCap {

    /** The most problems of one kind told. */
    public static final int MOST = 1_000;

    private ProblemCap() {}
}
