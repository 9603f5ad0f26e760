package io.github.actionplan.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

class ReproducibleWorkbookTest {

    @Test
    void theNormalCellStyleIsNamedWithTheFirstFontSoLibreOfficeDrawsDefaultCellsInCalibri() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(10)) {
            workbook.createSheet("Sheet").createRow(0).createCell(0).setCellValue("text in the default font");
            workbook.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            CTStylesheet styles = read.getStylesSource().getCTStylesheet();
            assertThat(styles.getCellStyles().getCount()).isEqualTo(1);
            CTCellStyle normal = styles.getCellStyles().getCellStyleArray(0);
            assertThat(normal.getName()).isEqualTo("Normal");
            assertThat(normal.getBuiltinId()).isZero();
            assertThat(styles.getCellStyleXfs().getXfArray((int) normal.getXfId()).getFontId()).isZero();
            assertThat(read.getFontAt(0).getFontName()).isEqualTo("Calibri");
            assertThat(read.getFontAt(0).getFontHeightInPoints()).isEqualTo((short) 11);
        }
    }

    @Test
    void twoWorkbooksOfTheSameContentAreTheSameBytes() throws IOException {
        assertThat(written()).isEqualTo(written());
    }

    /** A workbook of one cell, its document properties from its content, as the XLSX writers set them. */
    private static byte[] written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(10)) {
            workbook.createSheet("Sheet").createRow(0).createCell(0).setCellValue("same");
            DocumentProperties.write(workbook.getXSSFWorkbook().getProperties(), DocumentMetadata.asOf(
                    LocalDate.of(2025, 6, 30), "Same", "Merseyside Fire and Rescue Service", "Same", List.of()));
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }
}
