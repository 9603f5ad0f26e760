package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tracker is loaded whole into POI's user model, about a kilobyte a cell, so one holding far more than any tracker
 * (cells, text, sheets) is refused in one line, counted while streaming, before it is loaded: small files of that
 * kind took gigabytes. Each file here is small and would take hundreds of megabytes loaded.
 */
class TrackerBoundsTest {

    private static final String TO_DO = ", far more than a tracker needs; delete the rows, columns and sheets it does"
            + " not need (or copy the rows it needs into a new workbook) and save it again";

    @TempDir
    Path folder;

    private InvalidWorkbookException refused(Path file) {
        return catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(file));
    }

    private Path tracker() throws IOException {
        return Files.write(folder.resolve("small.xlsx"), DamagedTrackerTest.tracker());
    }

    @Test
    void aTrackerOfMoreCellsThanATrackerHasIsRefusedInOneLineBeforeItIsLoaded() throws IOException {
        // Ten rows right across the sheet: 163,840 cells, where a tracker has a few thousand.
        Path file = LongText.replacing(tracker(), folder.resolve("wide.xlsx"), "</sheetData>", out -> {
            for (int row = 10; row < 20; row++) {
                StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
                for (int column = 0; column < 16_384; column++) {
                    xml.append("<c r=\"").append(CellReference.convertNumToColString(column)).append(row)
                            .append("\"><v>1</v></c>");
                }
                out.write(xml.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(refused(file)).hasMessage("wide.xlsx is too large to read as a tracker: it holds more than"
                + " 150,000 cells (counting blank cells with formatting, rows, merged ranges and shared strings; sheet"
                + " 'Tracker', cell CRG19 is past that)"
                + TO_DO);
    }

    @Test
    void aTrackerOfMoreMergedRangesThanATrackerHasIsRefusedBeforeItIsLoaded() throws IOException {
        // A million merged pairs past the table take some 4 MB zipped, and some 300 MB loaded.
        Path file = LongText.replacing(tracker(), folder.resolve("merged.xlsx"), "</sheetData>", out -> {
            out.write("</sheetData><mergeCells>".getBytes(StandardCharsets.UTF_8));
            for (int row = 1_000; row < 201_000; row++) {
                out.write(("<mergeCell ref=\"N" + row + ":O" + row + "\"/>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</mergeCells>".getBytes(StandardCharsets.UTF_8));
        });

        // Refused at the 100,001st merged range, any sheet's bound, before the tracker's 150,000 cells are.
        assertThat(refused(file)).hasMessage("merged.xlsx is too large to read: its sheet 'Tracker' has more than"
                + " 100,000 merged ranges, where a workbook of a plan, or a tracker, has some hundreds at most; unmerge"
                + " its cells (in Excel: Home > Merge & Center) and save it again");
    }

    @Test
    void aTrackerOfMoreTextThanATrackerHasIsRefusedInOneLineBeforeItIsLoaded() throws IOException {
        Path file = LongText.replacing(tracker(), folder.resolve("long.xlsx"), "Services should review support.",
                10_000_001);

        assertThat(refused(file)).hasMessage("long.xlsx is too large to read as a tracker: it holds more than"
                + " 10,000,000 characters of text (its shared strings are past that)" + TO_DO);
    }

    @Test
    void aTrackerWithMoreSheetsOfAnythingThanATrackerHasIsRefusedInOneLine() throws IOException {
        Path file = folder.resolve("sheets.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int sheet = 1; sheet <= 51; sheet++) {
                workbook.createSheet("Area " + sheet).createRow(0).createCell(0).setCellValue("notes");
            }
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        assertThat(refused(file)).hasMessage("sheets.xlsx is too large to read as a tracker: it holds more than 50"
                + " sheets with anything on them" + TO_DO);
    }

    @Test
    void aTrackerCellLongerThanACellCanHoldIsAnErrorAtItsCellAndNoPlanIsGiven() throws IOException {
        // No spreadsheet writes such a cell; a plan holding its text would be one no other command reads.
        Path file = LongText.replacing(tracker(), folder.resolve("long-cell.xlsx"), "Services should review support.",
                150_000);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().isPresent()).as("a plan given").isFalse();
        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly("long-cell.xlsx: Tracker!B4"
                + " (Rec 1): holds 150,000 characters, more than the 32,767 a cell can hold (Excel's limit), so it was"
                + " not read; shorten it");
    }

    @Test
    void aPlanWhoseTextTheReaderWouldRefuseIsNotGivenAndTheProblemIsAtTheCellsThatMakeIt() throws IOException {
        // Cells each within what a cell holds whose text together is longer than a plan's may be: the updates of a
        // recommendation's actions, which the plan keeps as one.
        Path file = folder.resolve("joined.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            sheet.createRow(1).createCell(0).setCellValue("HMICFRS action plan tracker as at 31 March 2025");
            String[] headers = {"Rec No.", "Recommendation", "Action", "Lead", "Latest update"};
            var header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int action = 1; action <= 4; action++) {
                var row = sheet.createRow(2 + action);
                row.createCell(0).setCellValue("1." + action);
                row.createCell(1).setCellValue("Services should review support.");
                row.createCell(2).setCellValue("Action " + action);
                row.createCell(3).setCellValue("People");
                row.createCell(4).setCellValue("word ".repeat(6_000));
            }
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().isPresent()).as("a plan given").isFalse();
        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly("joined.xlsx: Tracker!E4 (1):"
                + " the text the plan keeps from this cell and the cells joined to it would be refused when the plan is"
                + " read (a string is longer than the 100000 characters allowed); shorten them");
    }
}
