/**
 * The XLSX renderer plugin: {@link io.github.actionplan.report.xlsx.XlsxReportRenderer}, found by
 * {@link io.github.actionplan.report.spi.ReportRenderers#load()} through
 * {@code META-INF/services}. Everything else in the package is internal.
 *
 * <h2>How the workbook is laid out</h2>
 * Read sheet by sheet, each top to bottom, the workbook reads as the report does. The chapters
 * are core's: the first sheet ("Overview") has the logo, the title, the subtitle and what comes
 * before the first table; in a chapter without a heading, each table and the legend start a
 * sheet of their own, named after them; chapters with a heading that follow one another share one
 * "Chapters" sheet, each under its heading with its tables among its other sections; a sheet
 * prints the way up its chapters say, so a change of orientation starts a new sheet; a "Full
 * text" sheet, last, appears only when some text was too long for a cell. See {@code Layout}.
 * The number of sheets does not grow with the plan: POI, like spreadsheet programs, slows with
 * every sheet (creating one checks every name, writing one searches the others), and a workbook
 * of 40,000 sheets is not one anybody can read.
 *
 * <h2>What a screen reader finds</h2>
 * Every table is an Excel table (up to {@code NamedTables.MAX} of them), so its header row names
 * the column of each cell; a sheet of one table also repeats its header row on every printed
 * page. Key facts are one too, under core's header row ("Fact", "Detail"), each row headed by its
 * bold label (the table's "First Column" option, the nearest a workbook has to a row header). No
 * cell inside a table is merged (an Excel table may hold none): a column is as wide as the longest
 * word in it, tables that share a sheet share its columns' room as their lines need it (the key
 * facts' details beside their labels, over a status table), and longer text wraps. The chart has
 * the status summary's description as its alternative text, and the logo the alternative text the
 * options give it. A status is always written as words on its colour. Sheets are named after what
 * they hold.
 *
 * <h2>Why the zip entries are stamped here, not with POI's reproducible mode</h2>
 * POI's {@code Reproducibility.runWithSourceDateEpoch} sets a static flag for the whole JVM and
 * resets it afterwards, without synchronisation, so concurrent renders (which the renderer
 * contract requires to work) would switch it off under each other. {@code ReproducibleWorkbook}
 * writes every entry of its own archive as a new entry with a fixed time instead, so the bytes
 * are the same whether or not other code in the process has the flag on, and no lock is held.
 *
 * <h2>What a spreadsheet cannot show</h2>
 * Table sheets stream their rows as inline strings, which hold no formatting, so emphasis in
 * narrative shows on the first sheet only; elsewhere the words are kept, unstyled. For the same
 * reason a status cell is one style: its label, note and reason are lines of one bold cell, where
 * other formats set the reason in smaller type.
 */
package io.github.actionplan.report.xlsx;
