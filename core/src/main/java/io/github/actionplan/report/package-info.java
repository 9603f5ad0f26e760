/**
 * The report view model: what every renderer receives, and the templates that build it.
 *
 * <p>A {@link io.github.actionplan.report.Report} is a title, its metadata and an ordered list of
 * {@link io.github.actionplan.report.Section}s: headings, key facts, a status summary with chart
 * data, tables with typed {@link io.github.actionplan.report.Cell}s, narrative, and a legend.
 * {@link io.github.actionplan.report.ReportTemplates} builds the three standard reports (summary,
 * action plan, exceptions) from an assessed plan.
 *
 * <h2>Why the report is precomputed</h2>
 * Every status, percentage, colour, label, reason, sort order and display string is decided here,
 * in core, before a renderer sees the report. A renderer only lays sections out. So DOCX, PDF and
 * XLSX never disagree about a figure, the rules live in one place, and a new format is a small
 * class: see {@link io.github.actionplan.report.spi.ReportRenderer}.
 *
 * <p>Text in a report has been cleaned once, for every format, by
 * {@link io.github.actionplan.report.ReportText#clean(String)}.
 */
package io.github.actionplan.report;
