package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.LayoutWords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The text of a workbook in reading order, as a person reads it: sheet by sheet, each sheet's name on its tab (which
 * alone names a table of data that starts its sheet), then row by row, cell by cell, each value as the spreadsheet
 * displays it (dates and percentages formatted).
 *
 * <p>A cell whose text was too long for it shows only the start and a marker; its whole text is
 * in pieces on the "Full text" sheet, each piece's row naming the cell. This reader puts the
 * pieces, joined in row order, in place of that cell's shown text and skips the "Full text" sheet
 * itself. So a long string is found in the reader's output only if every piece is there, in order:
 * the renderer's continuation is checked, not assumed.
 */
final class XlsxText {

    private XlsxText() {}

    static String extract(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return extract(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extract(XSSFWorkbook workbook) {
        Sheet fullText = fullTextSheet(workbook);
        Map<String, String> continued = continued(fullText);
        // US month names: Java's UK data abbreviates September "Sept", which Excel never shows.
        DataFormatter formatter = new DataFormatter(Locale.US);
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            if (sheet == fullText) {
                continue;
            }
            text.append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String ref = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(),
                            false, false).formatAsString();
                    String value = continued.getOrDefault(ref, formatter.formatCellValue(cell));
                    if (!value.isEmpty()) {
                        text.append(value).append('\t');
                    }
                }
                text.append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The "Full text" sheet, if there is one. The renderer reserves its name before naming any
     * table, so a table called "Full text" is "Full text (2)" and cannot be mistaken for it.
     */
    static Sheet fullTextSheet(XSSFWorkbook workbook) {
        return workbook.getSheet(LayoutWords.standard().fullText());
    }

    /** Each continued cell's whole text: its pieces on the "Full text" sheet, joined in row order. */
    static Map<String, String> continued(Sheet fullText) {
        Map<String, StringBuilder> pieces = new HashMap<>();
        if (fullText != null) {
            for (Row row : fullText) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                pieces.computeIfAbsent(row.getCell(0).getStringCellValue(), k -> new StringBuilder())
                        .append(row.getCell(2).getStringCellValue());
            }
        }
        Map<String, String> joined = new HashMap<>();
        pieces.forEach((ref, text) -> joined.put(ref, text.toString()));
        return joined;
    }
}
