/**
 * The report view model: what every renderer receives, and the templates that build it.
 *
 * <p>A {@link io.github.actionplan.report.Report} is a title, its metadata and an ordered list of
 * {@link io.github.actionplan.report.Chapter}s, each a heading, an
 * {@link io.github.actionplan.report.Orientation} and {@link io.github.actionplan.report.Section}s:
 * headings, key facts, a status summary with chart data and its table, tables with typed
 * {@link io.github.actionplan.report.Cell}s, narrative, and the key to the colours. Section types
 * can grow: each offers a fallback of basic sections that any renderer can draw (see
 * {@link io.github.actionplan.report.Section}). {@link io.github.actionplan.report.ReportTemplates}
 * builds the three standard reports (summary, action plan, exceptions) from a
 * {@link io.github.actionplan.rules.PlanAssessment}; each can be shaped (title, words, columns,
 * items, parts, order, orientation), and {@link io.github.actionplan.report.StandardSections}
 * gives their parts to templates of your own.
 *
 * <h2>Why the report is precomputed</h2>
 * Every status, percentage, colour, label, reason, sort order, display string, chapter, page
 * orientation, total and minimum column width is decided here, in core, before a renderer sees the
 * report. A renderer only lays chapters out. So DOCX, PDF and
 * XLSX never disagree about a figure, the rules live in one place, and a new format is a small
 * class: see {@link io.github.actionplan.report.spi.ReportRenderer}.
 *
 * <p>Text in a report has been cleaned once, for every format, by
 * {@link io.github.actionplan.report.ReportText#clean(String)}.
 */
package io.github.actionplan.report;
