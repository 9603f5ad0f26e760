package io.github.actionplan.report;

/** The parts a template can include, in the order a report shows them. */
public enum ReportPart {
    /** Organisation, reporting date, period, source, counts. */
    KEY_FACTS,
    /** The status counts, with chart data. */
    STATUS_SUMMARY,
    /** The body: the table of recommendations, or one chapter per recommendation. */
    BODY,
    /** What each BRAG colour means. */
    LEGEND
}
