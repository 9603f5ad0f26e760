package io.github.actionplan.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aStreamedSheetKeepsAStringsBoldAndItalicRunsAndItsOtherTextTakesTheCellsFont(boolean streamedRichText)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(1)) {
            Sheet sheet = workbook.createSheet("Streamed");
            XSSFFont bold = workbook.getXSSFWorkbook().createFont();
            bold.setBold(true);
            bold.setColor(new XSSFColor(new byte[] {(byte) 0xD4, 0x35, 0x1C}, null));
            XSSFFont italic = workbook.getXSSFWorkbook().createFont();
            italic.setItalic(true);
            italic.setFontHeight(10.5);
            String text = " Not <started> & \"blocked\"\nby R&D ";
            RichTextString rich = streamedRichText ? new StreamedRichText(text) : new XSSFRichTextString(text);
            rich.applyFont(1, 4, bold);
            rich.applyFont(30, 34, italic);
            for (int i = 0; i < 3; i++) { // more rows than the window, so that the first are streamed
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(rich);
                row.createCell(2).setCellValue("plain");
            }
            workbook.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFCell cell = read.getSheet("Streamed").getRow(0).getCell(0);
            XSSFRichTextString runs = cell.getRichStringCellValue();
            assertThat(runs.getString()).isEqualTo(" Not <started> & \"blocked\"\nby R&D ");
            assertThat(runs.numFormattingRuns()).isEqualTo(4);
            assertThat(runs.getFontOfFormattingRun(0)).isNull();
            XSSFFont first = runs.getFontOfFormattingRun(1);
            assertThat(runs.getString().substring(runs.getIndexOfFormattingRun(1), runs.getIndexOfFormattingRun(2)))
                    .isEqualTo("Not");
            assertThat(first.getBold()).isTrue();
            assertThat(first.getItalic()).isFalse();
            assertThat(first.getXSSFColor().getRGB()).containsExactly(0xD4, 0x35, 0x1C);
            XSSFFont third = runs.getFontOfFormattingRun(3);
            assertThat(runs.getString().substring(runs.getIndexOfFormattingRun(3))).isEqualTo("R&D ");
            assertThat(third.getItalic()).isTrue();
            assertThat(third.getBold()).isFalse();
            assertThat(third.getFontHeight()).isEqualTo((short) 210);
            assertThat(read.getSheet("Streamed").getRow(2).getCell(2).getStringCellValue()).isEqualTo("plain");
            assertThat(read.getSheet("Streamed").getRow(2).getCell(0).getRichStringCellValue().numFormattingRuns())
                    .isEqualTo(4);
        }
    }

    @Test
    void twoWorkbooksOfTheSameContentAreTheSameBytes() throws IOException {
        assertThat(written()).isEqualTo(written());
    }

    @Test
    void aWorkbookIsWrittenWithoutPoisSharedTemporaryFolderItsSheetsFilesKeptToTheirOwnerAndDeleted(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // Run 124 #1: POI's folder poifiles, made by the first user of a machine, refused every other's workbooks.
        // Run 127 #6: in the folder java.io.tmpdir names at the time, as POI's were.
        String tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        List<String> poiTemporaryFiles = new java.util.ArrayList<>();
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.TempFileCreationStrategy() {
            @Override
            public java.io.File createTempFile(String prefix, String suffix) throws IOException {
                poiTemporaryFiles.add(prefix + suffix);
                throw new IOException("POI's temporary folder is not to be used");
            }

            @Override
            public java.io.File createTempDirectory(String prefix) throws IOException {
                poiTemporaryFiles.add(prefix);
                throw new IOException("POI's temporary folder is not to be used");
            }
        });
        List<java.nio.file.Path> sheetFiles = new java.util.ArrayList<>();
        List<String> permissions = new java.util.ArrayList<>();
        byte[] file;
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(10)) {
            Sheet sheet = workbook.createSheet("Sheet");
            for (int row = 0; row < 100; row++) {
                sheet.createRow(row).createCell(0).setCellValue("row " + row);
            }
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(tmp)) {
                files.filter(f -> f.getFileName().toString().startsWith("actionplan-sheet-")).forEach(sheetFiles::add);
            }
            for (java.nio.file.Path sheetFile : sheetFiles) {
                permissions.add(java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(sheetFile)));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            file = bytes.toByteArray();
        } finally {
            org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                    new org.apache.poi.util.DefaultTempFileCreationStrategy());
            System.setProperty("java.io.tmpdir", tmpdir);
        }

        assertThat(poiTemporaryFiles).isEmpty();
        assertThat(permissions).isNotEmpty().containsOnly("rw-------");
        assertThat(sheetFiles).noneMatch(java.nio.file.Files::exists);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(read.getSheet("Sheet").getRow(99).getCell(0).getStringCellValue()).isEqualTo("row 99");
        }
    }

    @Test
    void aTemporaryFolderNoFileCanBeMadeInIsAnIOExceptionNamingItAndWhatToDo(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        // Run 124 #1's repro: an unwritable one was "unexpected error: IllegalStateException: AccessDeniedException".
        String tmpdir = System.getProperty("java.io.tmpdir");
        java.nio.file.Path missing = tmp.resolve("no such folder");
        System.setProperty("java.io.tmpdir", missing.toString());
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(10)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> workbook.createSheet("Sheet"))
                    .isInstanceOf(java.io.UncheckedIOException.class).cause().isInstanceOf(IOException.class)
                    .hasMessage("no temporary file can be made in " + missing + ", the folder java.io.tmpdir names, to"
                            + " stream a sheet's rows through (no such folder); give Java a folder you can write, with"
                            + " the Java option -Djava.io.tmpdir=FOLDER");
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
    }

    @Test
    void aTemporaryFileThatCannotBeWrittenNamesItsFolderAndWhatToDo() {
        // Run 133 #3: a full java.io.tmpdir was "No space left on device" alone, and the user looked at the output's.
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        var stream = new RichInlineStrings.TemporaryFileStream(full, "/small/tmp");
        String told = "a sheet's rows cannot be written to their temporary file in /small/tmp, the folder"
                + " java.io.tmpdir names (No space left on device); give Java a folder with room that you can write,"
                + " with the Java option -Djava.io.tmpdir=FOLDER";

        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> stream.write(new byte[8], 0, 8))
                .withMessage(told).withCauseInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> stream.write('x')).withMessage(told);
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

    /** Run 106 #1: an owner's update typed into a row of a height set by hand showed its first lines alone. */
    @Test
    void aRowMarkedToGrowWithTypingKeepsItsHeightAsFittedNotSetByHandAndOtherRowsAreAsTheyWere() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String tricky = "text naming customHeight=\"1\" itself, in a row that grows";
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(1)) { // every row streamed at once
            Sheet sheet = workbook.createSheet("Updates");
            for (int i = 0; i < 4; i++) {
                Row row = sheet.createRow(i);
                row.setHeightInPoints(30 + i);
                row.createCell(0).setCellValue(i == 1 ? new StreamedRichText(tricky) : new XSSFRichTextString(tricky));
                if (i % 2 == 1) {
                    workbook.growsWithTyping(row);
                }
            }
            workbook.write(bytes);
        }
        String xml = entry(bytes.toByteArray(), "xl/worksheets/sheet1.xml");

        assertThat(xml).contains("<row r=\"1\" customHeight=\"1\" ht=\"30.0\">", "<row r=\"2\" ht=\"31.0\">",
                "<row r=\"3\" customHeight=\"1\" ht=\"32.0\">", "<row r=\"4\" ht=\"33.0\">");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < 4; i++) {
                assertThat(read.getSheetAt(0).getRow(i).getHeightInPoints()).isEqualTo(30f + i);
                assertThat(read.getSheetAt(0).getRow(i).getCell(0).getStringCellValue()).isEqualTo(tricky);
            }
        }
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
