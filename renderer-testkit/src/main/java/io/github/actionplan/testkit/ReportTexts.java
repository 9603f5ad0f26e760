package io.github.actionplan.testkit;

import io.github.actionplan.report.Report;
import java.util.List;

/**
 * The strings a rendered report must show, in reading order: what the contract kit looks for in a
 * renderer's extracted text. They are core's own list, {@link Report#texts()}: every string core
 * decided, which a renderer lays out and drops none of.
 *
 * <p>Included: the title and subtitle; chapter headings and headings; key facts' labels and values;
 * the status summary's title, its description (printed under the chart), its table's header row,
 * each status's label, count and share, and the total row; tables' titles, headers and every
 * cell's texts: dates, percentages and numbers as core wrote them ("1 Jun 2023", "87%"), a
 * timescale's words and then its due date where the template shows one, a status cell's label,
 * note and reason where the template shows them; the legend's title, header row, and each
 * status's colour name, label and meaning under the report's rule; and the texts of the fallback
 * of any section type a renderer does not know.
 */
public final class ReportTexts {

    private ReportTexts() {}

    /** Every string {@code report} must show, in reading order. */
    public static List<String> expected(Report report) {
        return report.texts();
    }
}
