package io.github.actionplan.report.xlsx;

import io.github.actionplan.testkit.RendererContractTest;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;

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

    /**
     * The cells, then each sheet's printed header and footer, as a reader sees them on paper. After
     * the cells, so that the header, by default the report's title, never stands in for the title's
     * cell.
     */
    @Override
    protected String extractText(byte[] output) throws IOException {
        StringBuilder text = new StringBuilder(XlsxText.extract(output));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                if (sheet.getCTWorksheet().isSetHeaderFooter()) {
                    CTHeaderFooter printed = sheet.getCTWorksheet().getHeaderFooter();
                    text.append(printedText(printed.getOddHeader())).append('\n')
                            .append(printedText(printed.getOddFooter())).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * A header or footer as printed: "&&" is an ampersand, "&L", "&C" and "&R" start its left,
     * centre and right parts, and its other codes (the page number "&P", the page count "&N") are
     * left out.
     */
    private static String printedText(String codes) {
        if (codes == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codes.length(); i++) {
            char c = codes.charAt(i);
            if (c != '&' || i + 1 == codes.length()) {
                text.append(c);
            } else if (codes.charAt(++i) == '&') {
                text.append('&');
            } else if ("LCR".indexOf(codes.charAt(i)) >= 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
