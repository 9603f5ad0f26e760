/**
 * The XLSX renderer plugin: {@link io.github.actionplan.report.xlsx.XlsxReportRenderer}, found by
 * {@link io.github.actionplan.report.spi.ReportRenderers#load()} through
 * {@code META-INF/services}. Everything else in the package is internal.
 *
 * <h2>How the workbook is laid out</h2>
 * Read sheet by sheet, each top to bottom, the workbook reads as the report does:
 * the first sheet ("Overview") has the title, subtitle and the sections before the first table;
 * a lone table and the legend have a sheet of their own, with what introduces them above and what
 * follows them below; chapters (groups each opened by a heading of the same level, as in the
 * action plan) follow one another on one "Chapters" sheet; a "Full text" sheet, last, appears only
 * when some text was too long for a cell. See {@code Layout} for the exact rule. The number of
 * sheets does not grow with the plan: POI, like spreadsheet programs, slows with every sheet
 * (creating one checks every name, writing one searches the others), and a workbook of 40,000
 * sheets is not one anybody can read.
 *
 * <h2>Why the zip entries are stamped here, not with POI's reproducible mode</h2>
 * POI's {@code Reproducibility.runWithSourceDateEpoch} sets a static flag for the whole JVM and
 * resets it afterwards, without synchronisation, so concurrent renders (which the renderer
 * contract requires to work) would switch it off under each other. {@code ReproducibleWorkbook}
 * stamps the entries of its own archive instead. The flag still changes how POI writes those
 * entries (without their extended timestamp), and the DOCX renderer turns it on for its own
 * writes while holding the monitor of {@code Reproducibility.class}; so the workbook is written
 * holding that monitor too, and the same report gives the same bytes whatever renders beside it.
 *
 * <h2>What a spreadsheet cannot show</h2>
 * Table sheets stream their rows as inline strings, which hold no formatting, so emphasis in
 * narrative shows on the first sheet only; elsewhere the words are kept, unstyled.
 */
package io.github.actionplan.report.xlsx;
