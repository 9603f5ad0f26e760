package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks of thousands of faulty rows: the imports tell the first thousand problems, errors before warnings, and
 * how many more there are, in one line, rather than a line for each row.
 */
class ThousandsOfFaultyRowsTest {

    private static final int ROWS = 5_000;
    /** Rows of warnings: more than are told, fewer than {@link #ROWS}, as each row's is slower to find. */
    private static final int WARNING_ROWS = 2_000;

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    /** A row added below the Updates sheet's rows, as one added by hand. */
    @FunctionalInterface
    private interface AddedRow {
        void fill(XSSFRow row, int number);
    }

    /** The exported workbook with {@code count} rows added below its own by {@code filling}, then {@code more}. */
    private Path withRows(String name, int count, AddedRow filling, int moreCount, AddedRow more) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = Files.newInputStream(seed.file()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(UpdateWorkbookWriter.UPDATES);
            int last = sheet.getLastRowNum();
            for (int i = 1; i <= count; i++) {
                filling.fill(sheet.createRow(last + i), i);
            }
            for (int i = 1; i <= moreCount; i++) {
                more.fill(sheet.createRow(last + count + i), i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /** A row naming a recommendation the plan does not have, with a progress typed in: an error at its Ref. */
    private static void unknownRef(XSSFRow row, int number) {
        row.createCell(UpdateColumn.REF.ordinal()).setCellValue("X" + number);
        row.createCell(UpdateColumn.PROGRESS.ordinal()).setCellValue(50);
    }

    /** A copy of the row of sub-action 1.1, its read-only Timescale typed over: a warning at that cell. */
    private static void timescaleTypedOver(XSSFRow row, int number) {
        XSSFSheet sheet = row.getSheet();
        XSSFRow own = null;
        for (int r = UpdateWorkbookWriter.HEADER_ROW + 1; own == null; r++) {
            XSSFRow candidate = sheet.getRow(r);
            if (candidate.getCell(UpdateColumn.REF.ordinal()).getStringCellValue().equals("1") && candidate.getCell(
                    UpdateColumn.ID.ordinal()).getStringCellValue().equals("1.1")) {
                own = candidate;
            }
        }
        for (Cell cell : own) {
            switch (cell.getCellType()) {
                case STRING -> row.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue());
                case NUMERIC -> row.createCell(cell.getColumnIndex()).setCellValue(cell.getNumericCellValue());
                default -> { }
            }
        }
        row.createCell(UpdateColumn.TIMESCALE.ordinal()).setCellValue("Mar 2030");
    }

    @Test
    void anUpdateWorkbookOfThousandsOfFaultyRowsTellsTheFirstThousandAndHowManyMore() throws Exception {
        Path flood = withRows("flood.xlsx", ROWS, ThousandsOfFaultyRowsTest::unknownRef, 0, null);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(flood));

        assertThat(e.problems()).hasSize(Problems.MOST + 1);
        assertThat(e.problems().get(0).message()).startsWith("this plan has no recommendation 'X1';");
        assertThat(e.problems().get(Problems.MOST - 1).message()).startsWith("this plan has no recommendation"
                + " 'X1000';");
        assertThat(e.problems().getLast().toString()).isEqualTo("flood.xlsx: 4,000 more errors are not listed: the"
                + " first 1,000 are; correct those and import the workbook again");
        assertThat(e.getMessage().lines().count()).isEqualTo(Problems.MOST + 2);
        assertThat(e.errorsFound()).as("every error found, not the line saying how many more").isEqualTo(5_000);
        assertThat(e.getMessage()).startsWith("flood.xlsx cannot be used: 5,000 errors");
    }

    @Test
    void warningsOfThousandsOfRowsNeverCrowdOutTheErrorsAfterThem() throws Exception {
        Path flood = withRows("flood.xlsx", WARNING_ROWS, ThousandsOfFaultyRowsTest::timescaleTypedOver, 3,
                ThousandsOfFaultyRowsTest::unknownRef);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(flood));

        assertThat(e.problems()).hasSize(Problems.MOST + 1);
        assertThat(e.errors()).extracting(WorkbookProblem::message).allMatch(m -> m.startsWith("this plan has no"
                + " recommendation 'X")).hasSize(3);
        assertThat(e.problems().getLast().toString()).isEqualTo("flood.xlsx: warning: 1,003 more warnings are not"
                + " listed: the first 1,000 are, errors before warnings; correct those and import the workbook again");
    }

    @Test
    void anImportOfThousandsOfWarningsGivesThePlanWithTheFirstThousandAndHowManyMore() throws Exception {
        Path flood = withRows("flood.xlsx", WARNING_ROWS, ThousandsOfFaultyRowsTest::timescaleTypedOver, 0, null);

        ImportedUpdate result = UpdateImport.of(seed.plan()).read(flood);

        assertThat(result.warnings()).hasSize(Problems.MOST + 1);
        assertThat(result.warnings().get(0).message()).startsWith("Timescale is not read");
        // The rows' 2,000, and that nothing is filled in.
        assertThat(result.warnings().getLast().toString()).isEqualTo("flood.xlsx: warning: 1,001 more warnings are not"
                + " listed: the first 1,000 are; correct those and import the workbook again");
    }

    @Test
    void copiesOfThousandsOfFaultyRowsTellTheFirstThousandOfThemAllTogether() throws Exception {
        Path first = withRows("first.xlsx", 3_000, ThousandsOfFaultyRowsTest::unknownRef, 0, null);
        Path second = withRows("second.xlsx", 3_000, (row, number) -> unknownRef(row, 3_000 + number), 0, null);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(List.of(first, second)));

        assertThat(e.problems()).hasSize(Problems.MOST + 1);
        assertThat(e.problems().subList(0, Problems.MOST)).allMatch(p -> p.workbook().orElseThrow().equals(
                first.toString()));
        assertThat(e.problems().getLast().toString()).isEqualTo("5,000 more errors are not listed: the first 1,000"
                + " are; correct those and import the copies again");
    }

    @Test
    void aTrackerOfThousandsOfFaultyRowsTellsTheFirstThousandAndHowManyMore() throws Exception {
        Path tracker = folder.resolve("tracker.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tracker)) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            XSSFRow header = sheet.createRow(2);
            List<String> headers = List.of("Ref", "Recommendation", "Action", "% complete");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int i = 1; i <= ROWS; i++) {
                XSSFRow row = sheet.createRow(2 + i);
                row.createCell(0).setCellValue("Rec " + i);
                row.createCell(1).setCellValue("Services should do thing " + i + ".");
                row.createCell(3).setCellValue("lots");
            }
            workbook.write(out);
        }

        TrackerResult result = TrackerImport.defaults().read(tracker);

        assertThat(result.plan().isPresent()).as("a plan given").isFalse();
        assertThat(result.problems()).hasSize(Problems.MOST + 1);
        assertThat(result.problems().get(0).toString()).isEqualTo("tracker.xlsx: Tracker!D4 (Rec 1): 'lots' is not a"
                + " percentage; type a number from 0 to 100, such as 50 or 50%");
        assertThat(result.problems().getLast().toString()).isEqualTo("tracker.xlsx: 4,000 more errors are not listed:"
                + " the first 1,000 are; correct those and read the tracker again");
        assertThat(result.errors()).hasSize(Problems.MOST + 1);
        assertThat(result.errorsFound()).isEqualTo(5_000);
    }
}
