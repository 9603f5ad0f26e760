package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Key facts, wherever a workbook shows them (the first sheet, every chapter of the Chapters sheet),
 * are an Excel table of two columns headed as core heads them ("Fact", "Detail"), the label in the
 * first column and the value in the second, with no merged cell among them: Excel's accessibility
 * checker warns of merged cells, and a screen reader reads a merged range as "B5 through C5".
 */
class KeyFactsTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    /** Where one key facts section landed: its sheet and its header row. */
    private record Placed(XSSFSheet sheet, int header, Section.KeyFacts facts) {
        int last() {
            return header + facts.facts().size();
        }
    }

    /** Every key facts section of the report that shows something, in reading order. */
    static List<Section.KeyFacts> keyFacts(Report report) {
        List<Section.KeyFacts> facts = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            for (Section section : Layout.known(chapter.sections())) {
                if (section instanceof Section.KeyFacts f && !f.facts().isEmpty()) {
                    facts.add(f);
                }
            }
        }
        return facts;
    }

    /**
     * The key facts in the workbook, matched in reading order to the report's: each header row is
     * the first row whose first cell is the labels' header at or after the last one found, on the
     * sheet where the rows after it start with the facts' labels.
     */
    private static List<Placed> placed(XSSFWorkbook workbook, Report report) {
        List<Section.KeyFacts> expected = keyFacts(report);
        List<Placed> found = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < workbook.getNumberOfSheets() && next < expected.size(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            for (Row row : sheet) {
                if (next == expected.size()) {
                    break;
                }
                Section.KeyFacts facts = expected.get(next);
                if (text(row, 0).equals(facts.labelHeader()) && startsWithLabels(sheet, row.getRowNum(), facts)) {
                    found.add(new Placed(sheet, row.getRowNum(), facts));
                    next++;
                }
            }
        }
        assertThat(found).as("key facts found in the workbook").hasSize(expected.size());
        return found;
    }

    private static boolean startsWithLabels(XSSFSheet sheet, int header, Section.KeyFacts facts) {
        for (int i = 0; i < facts.facts().size(); i++) {
            XSSFRow row = sheet.getRow(header + 1 + i);
            if (row == null || !text(row, 0).equals(facts.facts().get(i).label())) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keyFactsAreAnExcelTableWhoseHeaderRowIsFactAndDetailAndWhoseRowsAreTheFacts(String fixture)
            throws IOException {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            for (Placed placed : placed(workbook, report)) {
                String where = "row " + (placed.header() + 1) + " of " + placed.sheet().getSheetName();
                XSSFRow header = placed.sheet().getRow(placed.header());
                assertThat(List.of(text(header, 0), text(header, 1))).as(where)
                        .containsExactly(placed.facts().labelHeader(), placed.facts().valueHeader());
                for (int i = 0; i < placed.facts().facts().size(); i++) {
                    XSSFRow row = placed.sheet().getRow(placed.header() + 1 + i);
                    String value = placed.facts().facts().get(i).value();
                    String shown = text(row, 1);
                    int marker = shown.indexOf(" \u2026 [continued on sheet 'Full text' from row ");
                    if (marker < 0) {
                        assertThat(shown).as(where).isEqualTo(value);
                    } else { // taller than the tallest row: its start, and the whole on the Full text sheet
                        assertThat(value).as(where).startsWith(shown.substring(0, marker));
                        assertThat(XlsxText.extract(workbook)).as(where).contains(value);
                    }
                }
                assertThat(placed.sheet().getTables()).as("an Excel table at " + where).anySatisfy(table -> {
                    assertThat(table.getStartRowIndex()).isEqualTo(placed.header());
                    assertThat(table.getEndRowIndex()).isEqualTo(placed.last());
                    assertThat(table.getStartColIndex()).isZero();
                    assertThat(table.getHeaderRowCount()).isEqualTo(1);
                    assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
                            .containsExactly(placed.facts().labelHeader(), placed.facts().valueHeader());
                    // core heads each fact's row with its label: Excel's "First Column" table option
                    assertThat(table.getStyle().isShowFirstColumn()).isTrue();
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noMergedRegionOverlapsAnyKeyFacts(String fixture) throws IOException {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            for (Placed placed : placed(workbook, report)) {
                for (CellRangeAddress merged : placed.sheet().getMergedRegions()) {
                    assertThat(merged.getLastRow() < placed.header() || merged.getFirstRow() > placed.last())
                            .as("%s on %s", merged.formatAsString(), placed.sheet().getSheetName()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void excelTablesHaveUniqueNamesAndNoTwoOnASheetOverlap(String fixture) throws IOException {
        Report report = ContractFixtures.reports().get(fixture);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            Set<String> names = new HashSet<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                List<XSSFTable> tables = workbook.getSheetAt(s).getTables();
                for (XSSFTable table : tables) {
                    assertThat(names.add(table.getName().toLowerCase(Locale.ROOT))).as(table.getName()).isTrue();
                    for (XSSFTable other : tables) {
                        if (other != table) {
                            assertThat(table.getEndRowIndex() < other.getStartRowIndex()
                                    || table.getStartRowIndex() > other.getEndRowIndex())
                                    .as("%s and %s", table.getCTTable().getRef(), other.getCTTable().getRef()).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void theLabelColumnWidensToTheLongestWordOfALabelInsteadOfMerging() throws IOException {
        Report report = new Report("T", "S", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), List.of(
                new Chapter("Chapter", Orientation.PORTRAIT, List.of(
                        new Section.KeyFacts(List.of(new Section.KeyFact("Responsible function", "Protection"))),
                        Fixtures.table("Narrow first column", 2)))));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            XSSFSheet sheet = workbook.getSheet("Chapter");
            XSSFRow fact = XlsxReportRendererTest.rowStarting(sheet, "Responsible function");
            assertThat(fact.getCell(1).getStringCellValue()).isEqualTo("Protection");
            assertThat(fact.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).noneMatch(r -> r.getFirstRow() <= fact.getRowNum()
                    && r.getLastRow() >= fact.getRowNum() - 1);
            // "Responsible", bold, without breaking: eleven characters and the cell's padding
            assertThat(sheet.getColumnWidth(0) / 256.0).isGreaterThanOrEqualTo(11 * TableWriter.CHARACTER_WIDTH + 1);
            // two lines, "Responsible" over "function"
            assertThat(fact.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
        }
    }

    @Test
    void keyFactsWhoseHeadersCannotNameColumnsKeepTheirBoldHeaderRowWithoutMerges() throws IOException {
        Report report = new Report("T", "S", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), List.of(
                new Chapter("Chapter", Orientation.PORTRAIT, List.of(
                        new Section.KeyFacts("Same", "same", List.of(new Section.KeyFact("Owner", "Protection"))),
                        Fixtures.table("Narrow first column", 2)))));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            XSSFSheet sheet = workbook.getSheet("Chapter");
            XSSFRow header = XlsxReportRendererTest.rowStarting(sheet, "Same");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("same");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getTables()).noneMatch(t -> t.getStartRowIndex() == header.getRowNum());
            assertThat(sheet.getMergedRegions()).noneMatch(r -> r.getFirstRow() == header.getRowNum()
                    || r.getFirstRow() == header.getRowNum() + 1);
        }
    }

    @Test
    void keyFactsCountAmongTheWorkbooksExcelTablesAndThoseBeyondTheMostStayUnmerged() throws IOException {
        List<Chapter> chapters = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            chapters.add(new Chapter("Chapter " + n, Orientation.PORTRAIT, List.of(
                    // An item's facts, named by its chapter's heading, as the action plan's are
                    new Section.KeyFacts("Fact", "Detail", List.of(new Section.KeyFact("Responsible function",
                            "Owner " + n))),
                    Fixtures.table("Table of " + n, 1))));
        }
        List<String> warnings = new ArrayList<>();
        byte[] bytes = SheetLimitTest.render(new Report("T", "S", Fixtures.AS_OF, Optional.empty(),
                Fixtures.metadata("T"), chapters), RenderOptions.builder().warnings(warnings::add).build(),
                SheetCursor.MAX_ROWS, 3);
        assertThat(warnings).singleElement().asString().contains("more than 3 tables", "the other 1 have only");
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Chapters");
            assertThat(sheet.getTables()).extracting(XSSFTable::getName)
                    .containsExactly("Chapter_1_Fact_Detail", "Table_of_1", "Chapter_2_Fact_Detail");
            // the third key facts, past the most tables, are plain cells under their bold header, still unmerged
            assertThat(sheet.getMergedRegions()).noneMatch(r -> sheet.getRow(r.getFirstRow()).getCell(0)
                    .getStringCellValue().matches("Fact|Responsible function"));
        }
    }
}
