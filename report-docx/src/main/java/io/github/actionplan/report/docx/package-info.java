/**
 * The DOCX renderer plugin: {@link io.github.actionplan.report.docx.DocxReportRenderer} lays a
 * {@link io.github.actionplan.report.Report} out as a Word document with Apache POI XWPF.
 *
 * <p>Everything but the renderer class is internal. The document gets real styles (Title, Heading
 * 1-3 with outline levels), a numbering part for lists, a section per run of chapters of one
 * orientation, the running header and a footer ending "Page X of Y", the logo and native charts
 * with alt text, and reproducible bytes.
 */
package io.github.actionplan.report.docx;
