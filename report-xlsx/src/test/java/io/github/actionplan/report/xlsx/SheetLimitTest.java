package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.ooxml.ReproducibleWorkbook;
import io.github.actionplan.testkit.SeedPlans;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What happens when a sheet runs out of rows. A real sheet holds 1,048,576; these tests lower the
 * limit so that a small report crosses it, which exercises the same code at a size a test can
 * read back.
 */
class SheetLimitTest {

    /** Enough for the first sheet's title, status summary and chart, not for a table of 70 rows. */
    private static final int LIMIT = 30;

    static byte[] render(Report report, int rowLimit) throws IOException {
        return render(report, RenderOptions.defaults(), rowLimit, NamedTables.MAX);
    }

    /** {@code report} in a workbook whose sheets hold {@code rowLimit} rows and which gets {@code tableLimit} Excel tables. */
    static byte[] render(Report report, RenderOptions options, int rowLimit, int tableLimit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReproducibleWorkbook workbook = new ReproducibleWorkbook(XlsxReportRenderer.ROW_WINDOW)) {
            new WorkbookWriter(report, options, workbook, rowLimit, tableLimit).write();
            workbook.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void aTableLongerThanASheetGoesOnToNewSheetsEachWithItsCaptionHeaderExcelTableAndFrozenPanes() throws IOException {
        Report report = Fixtures.large(70);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(render(report, LIMIT))) {
            assertThat(XlsxReportRendererTest.sheetNames(workbook))
                    .containsExactly("Overview", "All actions", "All actions (2)", "All actions (3)");
            List<String> refs = new ArrayList<>();
            for (String name : List.of("All actions", "All actions (2)", "All actions (3)")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getLastRowNum()).as(name).isLessThan(LIMIT);
                XSSFRow header = XlsxReportRendererTest.rowStarting(sheet, "Ref");
                assertThat(sheet.getRow(header.getRowNum() - 1).getCell(0).getStringCellValue()).isEqualTo("All actions");
                assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getTables()).singleElement().extracting(t -> t.getArea().formatAsString()).isEqualTo(
                        new CellRangeAddress(header.getRowNum(), sheet.getLastRowNum(), 0, 7).formatAsString());
                for (Row row : sheet) {
                    if (row.getRowNum() > header.getRowNum()) {
                        refs.add(row.getCell(0).getStringCellValue());
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                expected.add(Fixtures.row(i).get(0).text());
            }
            assertThat(refs).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void chaptersLongerThanASheetGoOnToNewSheetsInReadingOrderWithNothingLost() throws IOException {
        var assessment = Assessor.standard().assess(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        Report report = ReportTemplates.actionPlan().build(assessment);
        String whole = XlsxText.extract(XlsxReportRendererTest.render(report));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(render(report, 60))) {
            List<String> names = XlsxReportRendererTest.sheetNames(workbook);
            assertThat(names).startsWith("Overview", "Chapters", "Chapters (2)", "Chapters (3)").endsWith("Key to BRAG ratings");
            for (String name : names) {
                assertThat(workbook.getSheet(name).getLastRowNum()).as(name).isLessThan(60);
            }
            // every sub-action once, in the plan's order, across the sheets
            String split = XlsxText.extract(workbook);
            int at = 0;
            for (var item : assessment.recommendations()) {
                for (SubAction action : item.recommendation().subActions()) {
                    int found = split.indexOf("\n" + action.id() + "\t", at);
                    assertThat(found).as("%s after %d", action.id(), at).isGreaterThanOrEqualTo(0);
                    at = found + 1;
                }
            }
            // the same words in the same order; only captions and headers repeat where a table goes on
            assertThat(words(split)).containsSubsequence(words(whole));
        }
    }

    @Test
    void aReportThatFitsIsTheSameWhateverTheLimit() throws IOException {
        Report report = Fixtures.sample();
        assertThat(render(report, LIMIT * 100)).isEqualTo(XlsxReportRendererTest.render(report));
    }

    @Test
    void tablesBeyondTheMostExcelTablesAWorkbookGetsKeepTheirBoldHeaderRowAndAWarningSaysSo() throws IOException {
        List<Chapter> chapters = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            chapters.add(new Chapter("Chapter " + n, Orientation.PORTRAIT,
                    List.of(Fixtures.tableWithTotal("First of " + n), Fixtures.tableWithTotal("Second of " + n))));
        }
        List<String> warnings = new ArrayList<>();
        byte[] bytes = render(new Report("T", "S", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), chapters),
                RenderOptions.builder().warnings(warnings::add).build(), SheetCursor.MAX_ROWS, 4);
        assertThat(warnings).singleElement().asString().contains("more than 4 tables", "the other 2 have only");
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Chapters");
            assertThat(sheet.getTables()).extracting(t -> t.getName())
                    .containsExactly("First_of_1", "Second_of_1", "First_of_2", "Second_of_2");
            XSSFRow lastHeader = sheet.getRow(XlsxReportRendererTest.rowStarting(sheet, "Second of 3").getRowNum() + 1);
            assertThat(lastHeader.getCell(0).getStringCellValue()).isEqualTo("Owner");
            assertThat(lastHeader.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    private static List<String> words(String text) {
        return List.of(text.split("\\s+"));
    }
}
