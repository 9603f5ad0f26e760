/**
 * The DOCX renderer plugin: {@link io.github.actionplan.report.docx.DocxReportRenderer} lays a
 * {@link io.github.actionplan.report.Report} out as a Word document with Apache POI XWPF.
 *
 * <p>Everything but the renderer class is internal. The document gets real styles (Title, Heading
 * 1-3 with outline levels), a numbering part for lists, A4 pages with landscape sections for wide
 * tables, a header with the report title and a "Page X of Y" footer, native charts with alt text,
 * and reproducible bytes.
 */
package io.github.actionplan.report.docx;
