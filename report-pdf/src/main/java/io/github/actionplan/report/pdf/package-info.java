/**
 * The PDF renderer: {@link io.github.actionplan.report.pdf.PdfReportRenderer}, OpenPDF 3 and
 * nothing else is API here.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Every text goes through a table cell.</b> OpenPDF writes tables straight into a page's
 *       content but paragraphs into a layer written at the end of the page, so mixing them puts
 *       the text out of reading order for copy, search and extraction. Cells also run the
 *       bidirectional algorithm (and Arabic shaping), which document paragraphs do not.</li>
 *   <li><b>Marked content instead of tags.</b> OpenPDF cannot build a structure tree for tables
 *       and a tree that says nothing would claim accessibility falsely, so the file is not
 *       tagged. Page furniture (running header, page numbers, header rows repeated on later
 *       pages) is marked {@code /Artifact}; each table cell is marked with its table, row and
 *       column, so its parts on either side of a page break can be read as one; a cell whose text
 *       was reordered right to left carries its logical text as {@code /ActualText}.</li>
 *   <li><b>No character vanishes.</b> OpenPDF drops characters its font has no glyph for; here
 *       every code point is looked up in a chain of embedded fonts, and {@code Glyphs} holds the
 *       one rule for those none can draw.</li>
 *   <li><b>Same input, same bytes.</b> Dates from the report, the trailer ID and the font subset
 *       prefixes from a hash of it; nothing shared between renders but read-only font data.</li>
 * </ul>
 */
package io.github.actionplan.report.pdf;
