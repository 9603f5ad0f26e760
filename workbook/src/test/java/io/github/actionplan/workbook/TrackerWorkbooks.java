package io.github.actionplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Trackers of several sheets written in code, as tests of how the tracker reader takes sheets need them. */
final class TrackerWorkbooks {

    private TrackerWorkbooks() {}

    /**
     * Writes to {@code file} a workbook of the sheets given, in order; each row's values go in from column A, a
     * string or a number, null for none.
     */
    static Path write(Path file, Map<String, Object[][]> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                XSSFSheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.length; r++) {
                    XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        if (rows[r][c] instanceof String s) {
                            row.createCell(c).setCellValue(s);
                        } else if (rows[r][c] instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        }
                    }
                }
            });
            workbook.write(out);
        }
        return file;
    }
}
