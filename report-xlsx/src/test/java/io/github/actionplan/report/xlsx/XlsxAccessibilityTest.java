package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Excel's accessibility checker checks, on every seed and hostile report: header rows a
 * reader can find (every table an Excel table; a sheet of one table also with print titles), alt
 * text on the chart, no merged cells inside a table, sheet names that say what they hold, and no
 * status said by colour alone.
 */
class XlsxAccessibilityTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    private static XSSFWorkbook workbook(Report report) {
        return XlsxReportRendererTest.open(XlsxReportRendererTest.render(report));
    }

    /** The rows of each table: its header row and the rows under it, up to the first empty one. */
    private record TableRows(XSSFSheet sheet, int header, int last, List<String> headers) {}

    /** Every table the report shows: its tables, its status summaries' and legends', and those of fallbacks. */
    static List<Section.Table> reportTables(Report report) {
        return Layout.of(report.chapters()).stream().flatMap(page -> page.tables().stream()).toList();
    }

    private static List<TableRows> tables(XSSFWorkbook workbook, Report report) {
        List<List<String>> headers = reportTables(report).stream().map(Section.Table::headers).distinct().toList();
        List<TableRows> tables = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            for (Row row : sheet) {
                List<String> texts = new ArrayList<>();
                row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
                for (List<String> header : headers) {
                    if (texts.equals(header)) {
                        int last = row.getRowNum();
                        while (sheet.getRow(last + 1) != null && sheet.getRow(last + 1).getPhysicalNumberOfCells() > 0) {
                            last++;
                        }
                        tables.add(new TableRows(sheet, row.getRowNum(), last, header));
                    }
                }
            }
        }
        return tables;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableIsAnExcelTableWhoseHeaderRowNamesItsColumns(String fixture) throws Exception {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = workbook(report)) {
            List<TableRows> tables = tables(workbook, report);
            assertThat(tables).hasSizeGreaterThanOrEqualTo(reportTables(report).size());
            for (TableRows table : tables) {
                assertThat(table.sheet().getTables())
                        .as("an Excel table at row %d of %s", table.header() + 1, table.sheet().getSheetName())
                        .anySatisfy(excel -> {
                            assertThat(excel.getStartRowIndex()).isEqualTo(table.header());
                            assertThat(excel.getHeaderRowCount()).isEqualTo(1);
                            assertThat(excel.getColumns()).extracting(XSSFTableColumn::getName)
                                    .containsExactlyElementsOf(table.headers());
                        });
            }
        }
    }

    /**
     * A sheet of one table repeats its header row on every printed page (print titles), which is
     * also how screen readers find it. The Chapters sheet, one table per chapter one under the
     * other, cannot have print titles for each: its tables are Excel tables (checked above).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everySheetOfOneTableHasItsHeaderRowAsPrintTitles(String fixture) throws Exception {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = workbook(report)) {
            List<TableRows> tables = tables(workbook, report);
            assertThat(tables).isNotEmpty();
            for (TableRows table : tables) {
                if (tables.stream().filter(t -> t.sheet() == table.sheet()).count() > 1) {
                    continue;
                }
                CellRangeAddress titles = table.sheet().getRepeatingRows();
                assertThat(titles).as("print titles of %s", table.sheet().getSheetName()).isNotNull();
                assertThat(tables.stream().filter(t -> t.sheet() == table.sheet())
                        .anyMatch(t -> t.header() == titles.getFirstRow())).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noCellInsideATableIsMerged(String fixture) throws Exception {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = workbook(report)) {
            for (TableRows table : tables(workbook, report)) {
                for (CellRangeAddress merged : table.sheet().getMergedRegions()) {
                    assertThat(merged.getLastRow() < table.header() || merged.getFirstRow() > table.last())
                            .as("%s on %s", merged.formatAsString(), table.sheet().getSheetName()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theChartHasItsNameAsAltTextAsTheCountsAreInTheCellUnderIt(String fixture) throws Exception {
        Report report = ContractFixtures.reports().get(fixture);
        List<String> descriptions = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).filter(s -> !s.counts().isEmpty())
                .map(Section.StatusSummary::description).toList();
        try (XSSFWorkbook workbook = workbook(report)) {
            List<String> alts = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFDrawing drawing = workbook.getSheetAt(s).getDrawingPatriarch();
                if (drawing == null) {
                    continue;
                }
                for (XSSFChart chart : drawing.getCharts()) {
                    assertThat(chart).isNotNull();
                }
                drawing.getCTDrawing().getTwoCellAnchorList().forEach(anchor -> {
                    assertThat(anchor.isSetGraphicFrame()).as("only charts are drawn").isTrue();
                    alts.add(anchor.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr());
                });
            }
            // Trial 45 F2: the counts were the alt text and the cell under the chart, read twice.
            assertThat(alts).hasSameSizeAs(descriptions).allMatch(report.layoutWords().chart()::equals);
            assertThat(workbook.getAllPictures()).as("pictures").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sheetNamesSayWhatTheSheetsHold(String fixture) throws Exception {
        try (XSSFWorkbook workbook = workbook(ContractFixtures.reports().get(fixture))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                assertThat(workbook.getSheetName(s)).doesNotMatch("(?i)sheet ?\\d*").isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFilledCellSaysWhatItsColourMeansInWords(String fixture) throws Exception {
        try (XSSFWorkbook workbook = workbook(ContractFixtures.reports().get(fixture))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : workbook.getSheetAt(s)) {
                    row.forEach(cell -> {
                        if (cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                            assertThat(cell.getCellType()).as("%s!%s", workbook.getSheetName(cell.getSheet()
                                    .getWorkbook().getSheetIndex(cell.getSheet())), cell.getAddress())
                                    .isEqualTo(CellType.STRING);
                            assertThat(cell.getStringCellValue()).isNotBlank();
                        }
                    });
                }
            }
        }
    }
}
