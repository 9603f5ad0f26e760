/**
 * The HTML renderer plugin: {@link io.github.actionplan.report.html.HtmlReportRenderer} lays a
 * {@link io.github.actionplan.report.Report} out as one accessible web page, with nothing but core
 * and the JDK.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Text is escaped in one place.</b> {@code Markup} writes every string of the report;
 *       markup is only ever the renderer's own. Characters HTML cannot carry without a parse
 *       error become U+FFFD, visibly, as core does for the XML formats.</li>
 *   <li><b>Written as it goes.</b> A {@code Writer} over the caller's stream, with no document
 *       tree: a 100,000-row table is written row by row.</li>
 *   <li><b>Colours where core put them.</b> Status fills and text colours are on each cell, not in
 *       the stylesheet, so a fragment pasted into another page keeps them.</li>
 *   <li><b>Reflow, not squash.</b> Tables keep a readable width and scroll in their own focusable
 *       container on a narrow screen (WCAG 1.4.10 allows it for data tables); the page never
 *       scrolls sideways. No column is narrower than its longest word, so no word in a table is
 *       broken.</li>
 *   <li><b>Paper from the chapters.</b> Each chapter names the printed page of its orientation
 *       (CSS {@code page}), so a new page starts where the orientation changes; the running
 *       header, running footer and page number are {@code @page} margin boxes.</li>
 * </ul>
 */
package io.github.actionplan.report.html;
