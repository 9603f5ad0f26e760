package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Timescale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tracker whose XML holds what the format does not allow, as a damaged file or another program's writer leaves
 * it: a clear refusal naming the cell where there is one, or a problem at the cell, never an exception from POI.
 * POI's user model checks most attributes only when it reads them, so each case is one a tracker import reaches.
 */
class DamagedTrackerTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path folder;

    /** A small, valid tracker: its recommendation's deadline is in E4 as a date, its RAG in G4 on a red fill. */
    static byte[] tracker() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            sheet.createRow(1).createCell(0).setCellValue("HMICFRS action plan tracker as at 31 March 2025");
            String[] headers = {"Rec No.", "Recommendation", "Action", "Lead", "Target date", "% complete", "RAG"};
            XSSFRow header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            XSSFRow row = sheet.createRow(3);
            row.createCell(0).setCellValue("Rec 1");
            row.createCell(1).setCellValue("Services should review support.");
            row.createCell(3).setCellValue("People");
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            row.createCell(4).setCellValue(LocalDate.of(2025, 3, 31));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(40);
            XSSFCellStyle red = workbook.createCellStyle();
            red.setFillForegroundColor(IndexedColors.RED.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            row.createCell(6).setCellValue("Red");
            row.getCell(6).setCellStyle(red);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The tracker with the first match of {@code regex} in its part {@code part} replaced. */
    private Path damaged(String part, String regex, String replacement) throws IOException {
        return damaged(tracker(), part, regex, replacement);
    }

    /** The workbook {@code xlsx} with the first match of {@code regex} in its part {@code part} replaced. */
    private Path damaged(byte[] xlsx, String part, String regex, String replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    Matcher m = Pattern.compile(regex).matcher(new String(bytes, StandardCharsets.UTF_8));
                    replaced = m.find();
                    bytes = m.replaceFirst(replacement).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(replaced).as("%s holds %s", part, regex).isTrue();
        return Files.write(folder.resolve("tracker.xlsx"), out.toByteArray());
    }

    @Test
    void aDocumentTypeInASheetIsRefusedForSafetyNamingTheSheetAndItsPart() throws IOException {
        Path file = damaged(SHEET, "<worksheet", "<!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is refused: its sheet 'Tracker' (xl/worksheets/sheet1.xml) declares a"
                        + " document type (<!DOCTYPE>), which Excel never writes and which is refused for safety, as it"
                        + " can make a reader fetch other files or expand text without end; if it is a real workbook,"
                        + " open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aPartWithNoContentTypeIsRefusedNamingThePart() throws IOException {
        // Trial 27 M4: a file put into the zip by hand, which [Content_Types].xml does not list, was told in POI's
        // words.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(tracker()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("xl/macros.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        Path file = Files.write(folder.resolve("tracker.xlsx"), out.toByteArray());

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is damaged: its part 'xl/macros.bin' has no content type in"
                        + " [Content_Types].xml, where every part of a workbook has one, as where a file was added to"
                        + " the zip by hand; open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aWorkbookSavedAsStrictOpenXmlIsToldHowToSaveItNotCalledDamaged() throws IOException {
        // Trial 36 F9: told as damaged, in POI's words, and to save it again, which keeps the format.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(tracker()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = Files.write(folder.resolve("tracker.xlsx"), out.toByteArray());

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is saved as a Strict Open XML Spreadsheet, which is not read here; open it in"
                        + " Excel and save it as an Excel Workbook (.xlsx), the format's other choice in Save As, or"
                        + " in LibreOffice as Excel 2007-365");
    }

    @Test
    void aSheetWhosePartIsNotInTheFileIsRefusedNamingTheSheetAndThePart() throws IOException {
        Path file = damaged("xl/_rels/workbook.xml.rels", "worksheets/sheet1.xml", "worksheets/sheet9.xml");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is damaged: sheet 'Tracker' (xl/worksheets/sheet9.xml) is listed in"
                        + " xl/workbook.xml but is not in the file, as where a part was deleted from it; open it in"
                        + " Excel or LibreOffice and save it again, or give a copy that is whole");
    }

    @Test
    void aControlCharacterInASheetIsRefusedNamingTheSheetAndWhereInItsPart() throws IOException {
        Path file = damaged(SHEET, "<sheetData>", "<sheetData>\u0007");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageStartingWith("tracker.xlsx is damaged: its sheet 'Tracker' (xl/worksheets/sheet1.xml) is"
                        + " not well-formed XML (at line ")
                .hasMessageEndingWith("), as where a character XML forbids (a control character) was written into"
                        + " it, or the file was cut short or changed by hand; open it in Excel or LibreOffice and save"
                        + " it again");
    }

    @Test
    void aCellOfATypeNoSpreadsheetHasIsRefusedAsDamagedNamingTheCell() throws IOException {
        Path file = damaged(SHEET, "(<c r=\"E4\"[^>]*?) t=\"n\"", "$1 t=\"4\"");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is damaged: cell E4 has the type '4', which is none of a cell's types (b,"
                        + " d, e, inlineStr, n, s, str); open it in Excel or LibreOffice and save it again");
    }

    @Test
    void sharedStringsOfMoreAmpersandsThanJavasParserTakesInOnePartAreToldAsSuchNotAsDamaged() throws IOException {
        // Trial 31 F5: from Java 24, POI's tree of the shared strings stops at their 100,000th &amp;, and that was
        // told as XML not well-formed, "as where a control character was written into it".
        Path file = damaged("xl/sharedStrings.xml", "Services should review support\\.", "Services should review"
                + " support." + " &amp;".repeat(100_001));

        if (Runtime.version().feature() >= 24 && System.getProperty("jdk.xml.maxGeneralEntitySizeLimit") == null) {
            assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                    .hasMessageStartingWith("tracker.xlsx is too large to read here: its part xl/sharedStrings.xml"
                            + " holds more than 100,000 of the characters & < > (each written as an entity), the most"
                            + " this Java's XML parser reads in one part (its jdk.xml.");
        } else {
            assertThat(TrackerImport.defaults().read(file).plan()).isPresent();
        }
    }

    @Test
    void aDamagedSheetOrCellIsTheRefusalsPlaceAsDataAsWellAsInItsWords() throws IOException {
        // Trial 30 F7: a page highlighting the sheet or cell at fault had only the words to go by.
        Path cell = damaged(SHEET, "(<c r=\"E4\"[^>]*?) t=\"n\"", "$1 t=\"4\"");
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(cell))
                .problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.sheet()).contains("Tracker");
                    assertThat(problem.cellReference()).contains("E4");
                    assertThat(problem.toString()).startsWith("tracker.xlsx: Tracker!E4: is damaged:");
                });

        Path sheet = damaged(SHEET, "<sheetData>", "<sheetData>\u0007");
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(sheet))
                .problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.sheet()).contains("Tracker");
                    assertThat(problem.cellReference()).isEmpty();
                    // The sheet its message names is not named before it too (trial 62 F6).
                    assertThat(problem.toString()).startsWith("tracker.xlsx: is damaged: its sheet 'Tracker'");
                });

        Path styles = damaged("xl/styles.xml", "<cellXfs", "<!DOCTYPE x><cellXfs");
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(styles))
                .problems()).singleElement().satisfies(problem -> assertThat(problem.sheet()).isEmpty());
    }

    @Test
    void aCellReferenceThatIsNoCellOfItsRowIsRefusedNamingIt() throws IOException {
        for (String reference : List.of("AAAA4", "E5", "4", "-0", "$E$4")) {
            Path file = damaged(SHEET, "<c r=\"E4\"", Matcher.quoteReplacement("<c r=\"" + reference + "\""));

            assertThatThrownBy(() -> TrackerImport.defaults().read(file)).as(reference)
                    .isInstanceOf(InvalidWorkbookException.class)
                    .hasMessageContaining("(a cell on row 4 is at '" + reference + "', which is no cell of that row (A4 to"
                            + " XFD4))");
        }
    }

    @Test
    void aMergedCellThatIsNoRangeOfASheetIsRefusedNamingIt() throws IOException {
        for (String range : List.of("-0", "A1:B1048577", "garbage", "A1:XFE2")) {
            Path file = damaged(SHEET, "</sheetData>", Matcher.quoteReplacement("</sheetData><mergeCells count=\"1\">"
                    + "<mergeCell ref=\"" + range + "\"/></mergeCells>"));

            assertThatThrownBy(() -> TrackerImport.defaults().read(file)).as(range)
                    .isInstanceOf(InvalidWorkbookException.class)
                    .hasMessageContaining("(a merged cell is at '" + range + "', which is no range of cells of a sheet");
        }
        Path valid = damaged(SHEET, "</sheetData>", Matcher.quoteReplacement("</sheetData><mergeCells count=\"1\">"
                + "<mergeCell ref=\"$A$1:B1\"/></mergeCells>"));
        assertThat(TrackerImport.defaults().read(valid).errors()).isEmpty();
    }

    @Test
    void aRowNumberThatIsNoRowOfASheetIsRefusedNamingIt() throws IOException {
        Path file = damaged(SHEET, "<row r=\"4\"", "<row r=\"1048577\"");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("(a row is numbered '1048577', which is no row of a sheet (1 to 1048576))");
    }

    @Test
    void aSharedStringTheWorkbookDoesNotHaveIsRefusedWithoutQuotingTheOthers() throws IOException {
        Path file = damaged(SHEET, "(<c r=\"B4\"[^>]*><v>)[0-9]+", "$19999");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("is damaged: cell B4 names shared string 9999, but the workbook has 13;")
                .message().doesNotContain("Anyshire");
    }

    @Test
    void aStyleThatIsNotANumberIsRefusedNamingTheCell() throws IOException {
        Path file = damaged(SHEET, "(<c r=\"E4\"[^>]*?) s=\"[0-9]+\"", "$1 s=\"date\"");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("is damaged: cell E4 names style 'date';");
    }

    @Test
    void aFillPatternTheFormatDoesNotHaveIsRefusedAtTheFirstCellThatUsesIt() throws IOException {
        Path file = damaged("xl/styles.xml", "patternType=\"solid\"", "patternType=\"speckled\"");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageStartingWith("tracker.xlsx is damaged: it cannot be read as an Excel workbook (.xlsx)"
                        + " (cell G4 on sheet 'Tracker': string value 'speckled' is not a valid enumeration value");
    }

    @Test
    void aSheetStateTheFormatDoesNotHaveIsRefusedAsDamaged() throws IOException {
        Path file = damaged("xl/workbook.xml", "(<sheet [^>]*?)/>", "$1 state=\"gone\"/>");

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageStartingWith("tracker.xlsx is damaged: it cannot be read as an Excel workbook (.xlsx)"
                        + " (string value 'gone' is not a valid enumeration value");
    }

    @Test
    void aSheetNameNoSpreadsheetAllowsIsShortenedToOneLineWhereverAMessageNamesIt() throws IOException {
        Path named = damaged("xl/workbook.xml", "name=\"Tracker\"", "name=\"Tracker&#10;" + "x".repeat(5_000) + "\"");
        Path file = damaged(Files.readAllBytes(named), SHEET, "<c r=\"F4\"[^>]*?>.*?</c>",
                "<c r=\"F4\" t=\"e\"><v>#WHAT?</v></c>");
        String shown = "Tracker\\n" + "x".repeat(32) + "…";

        assertThat(TrackerImport.defaults().read(file).errors()).singleElement().asString()
                .startsWith("tracker.xlsx: '" + shown + "'!F4 (Rec 1): ").hasSizeLessThan(220);
        TrackerMapping elsewhere = new TrackerMapping("Actions", 3, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> TrackerImport.defaults().withMapping(elsewhere).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx has no sheet named 'Actions'; its sheets are '" + shown + "'. Correct"
                        + " \"sheet\" in the mapping");
    }

    @Test
    void anErrorCodeExcelDoesNotHaveIsAProblemAtItsCell() throws IOException {
        Path file = damaged(SHEET, "<c r=\"F4\"[^>]*?>.*?</c>", "<c r=\"F4\" t=\"e\"><v>#WHAT?</v></c>");

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("Tracker!F4", "holds the error #WHAT?");
    }

    @Test
    void aFormulaSavedWithAnEmptyValueAsAScriptSavesItIsAProblemAtItsCellNotADamagedWorkbook() throws IOException {
        // openpyxl writes <v></v>, or <v/>, for a formula's value, which it does not work out.
        Path file = damaged(SHEET, "<c r=\"F4\"[^>]*?>.*?</c>", "<c r=\"F4\"><f>25*2</f><v></v></c>");

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("Tracker!F4", "holds the formula =25*2 with"
                + " no saved value", "open the file in Excel or LibreOffice and save it");
    }

    @Test
    void aDateBeyondTheLastASpreadsheetShowsIsAProblemAtItsCellNotADeadlineInAnotherMillennium() throws IOException {
        Path file = damaged(SHEET, "(<c r=\"E4\"[^>]*><v>)[0-9.E]+", "$199999999999");

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("Tracker!E4",
                "99999999999 is not a date a spreadsheet can show");
    }

    @Test
    void aDateCellOfIso29500ReadsAsTheDateItHolds() throws IOException {
        Path file = damaged(SHEET, "<c r=\"E4\"[^>]*?>.*?</c>", "<c r=\"E4\" t=\"d\"><v>2025-03-31T00:00:00</v></c>");

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        Recommendation recommendation = result.plan().orElseThrow().recommendations().get(0);
        assertThat(recommendation.deadline().flatMap(Timescale::dueDate)).contains(LocalDate.of(2025, 3, 31));
    }
}
