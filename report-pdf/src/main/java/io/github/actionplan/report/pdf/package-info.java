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
 *   <li><b>Tags where the cells are drawn.</b> OpenPDF tags none of its high-level elements, so
 *       the renderer builds the structure tree itself ({@code StructureTree}) and ties each
 *       stretch of a cell's text to its element as it is drawn ({@code TableMarks}); page
 *       furniture (running header and footer, page numbers, cell fills and borders, header rows
 *       repeated on later pages) is marked {@code /Artifact}; a row split across a page break is
 *       one row of the tree; a cell whose text was reordered right to left carries its logical
 *       text as {@code /ActualText}.</li>
 *   <li><b>Core decides, the layout follows.</b> Page orientation, chapters, column minimum
 *       widths, total rows and which texts a cell shows all come from the report; nothing here
 *       looks inside a string to decide what to draw.</li>
 *   <li><b>No character vanishes.</b> OpenPDF drops characters its font has no glyph for; here
 *       every code point is looked up in a chain of embedded fonts, and {@code Glyphs} holds the
 *       one rule for those none can draw.</li>
 *   <li><b>Same input, same bytes.</b> Dates from the report, the trailer ID and the font subset
 *       prefixes from a hash of it; nothing shared between renders but read-only font data.</li>
 * </ul>
 */
package io.github.actionplan.report.pdf;
