package io.github.actionplan.report.xlsx;

import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;

/**
 * The renderer contract kit on the XLSX renderer. Text is read back sheet by sheet, row by row,
 * cell by cell ({@link XlsxText}), with each over-long cell's pieces from the "Full text" sheet
 * joined back in its place, so the kit's check that every string appears, in order, also checks
 * that no piece of a long text was lost. No expected string needs a replacement: a cell stores its
 * text exactly (the quote prefix that guards formula-like text is a style, not a character).
 */
class XlsxRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new XlsxReportRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return XlsxText.extract(output);
    }
}
