package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.testkit.SeedPlans;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables that share a sheet share its one grid of columns: each has the room its own lines need as far as the sheet
 * allows, the key facts' details beside their labels as much as the status table under them, without merged cells
 * (which no Excel table may hold) and without the sheet printing wider.
 */
class SharedColumnsTest {

    /** The seed plans' reports whose first sheet has key facts over a status table. */
    static Stream<Arguments> overviews() {
        return Stream.of(
                Arguments.of("derbyshire summary", report(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF, 0)),
                Arguments.of("derbyshire exceptions", report(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF, 1)),
                Arguments.of("derbyshire action plan", report(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF, 2)),
                Arguments.of("merseyside summary", report(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF, 0)),
                Arguments.of("merseyside exceptions", report(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF, 1)),
                Arguments.of("merseyside action plan", report(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF, 2)));
    }

    private static Report report(ActionPlan plan, LocalDate asOf, int template) {
        PlanAssessment assessment = Assessor.standard().assess(plan, asOf);
        return switch (template) {
            case 0 -> ReportTemplates.summary().build(assessment);
            case 1 -> ReportTemplates.exceptions().build(assessment);
            default -> ReportTemplates.actionPlan().build(assessment);
        };
    }

    /** The first sheet's key facts, as core makes their table. */
    private static Section.KeyFacts keyFacts(Report report) {
        return KeyFactsTest.keyFacts(report).get(0);
    }

    /** The width of a column in character widths, as the sheet has it. */
    private static double width(XSSFSheet sheet, int column) {
        return sheet.getColumnWidth(column) / 256.0;
    }

    /** The width the sheet's columns may take, as it prints. */
    private static double available(Report report, XSSFSheet sheet) {
        return new PageSetup(report, RenderOptions.defaults())
                .available(sheet.getPrintSetup().getLandscape() ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
    }

    /** The width a line of {@code text} needs not to wrap: a tenth more than its characters, and the padding. */
    private static double lineNeeds(String text) {
        return text.length() * TableWriter.CHARACTER_WIDTH * TableWriter.LINE_ROOM + TableWriter.CELL_PADDING;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overviews")
    void theKeyFactsDetailColumnIsAsWideAsItsOrganisationsLineNeedsAndOnALandscapeSheetEveryDetailIsOneLine(
            String name, Report report) throws IOException {
        Section.KeyFacts facts = keyFacts(report);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            double core = facts.table().columnWidths(available(report, sheet), TableWriter.CHARACTER_WIDTH,
                    TableWriter.CELL_PADDING)[1];
            String organisation = facts.facts().get(0).value();
            // every plan's organisation has the room of its line, whichever way up the sheet prints
            assertThat(width(sheet, 1)).as("%s: the detail column", name).isGreaterThanOrEqualTo(
                    Math.min(core, lineNeeds(organisation)) - 0.01);
            List<Section.KeyFact> oneLine = sheet.getPrintSetup().getLandscape() ? facts.facts()
                    : facts.facts().subList(0, 1);
            for (Section.KeyFact fact : oneLine) {
                assertThat(XlsxReportRendererTest.rowStarting(sheet, fact.label()).getHeightInPoints())
                        .as("%s: '%s' on one line", name, fact.value()).isEqualTo(15f);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overviews")
    void theKeyFactsLabelsAreNotLeftBesideAColumnWiderThanTheirDetails(String name, Report report)
            throws IOException {
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(width(sheet, 0)).as(name).isLessThan(width(sheet, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overviews")
    void theStatusTableUnderTheKeyFactsKeepsEachStatusOnOneLineAndTheSheetPrintsNoWiderThanThePage(String name,
            Report report) throws IOException {
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = XlsxReportRendererTest.rowStarting(sheet, "Status");
            for (int r = header.getRowNum(); r <= header.getRowNum() + 5; r++) {
                assertThat(sheet.getRow(r).getHeightInPoints()).as("%s: row %d", name, r + 1).isEqualTo(15f);
            }
            double available = available(report, sheet);
            double used = width(sheet, 0) + width(sheet, 1) + width(sheet, 2);
            assertThat(used).as(name).isLessThanOrEqualTo(available + 0.01);
            // the status table's header still repeats on every printed page, and nothing on it is merged
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
            assertThat(sheet.getMergedRegions()).noneMatch(r -> r.getFirstRow() >= header.getRowNum() - 1
                    && r.getFirstRow() <= header.getRowNum() + 5);
        }
    }

    private static Section.Table table(int... characters) {
        List<Column> columns = Arrays.stream(characters).mapToObj(n -> new Column("c" + n, Column.ColumnType.TEXT, 1))
                .toList();
        List<Cell> row = Arrays.stream(characters).<Cell>mapToObj(n -> new Cell.TextCell("x".repeat(n))).toList();
        return new Section.Table("", columns, List.of(row));
    }

    @Test
    void aColumnWiderThanEveryTableNeedsGivesTheRoomToTheColumnThatLacksIt() {
        // a first column of 60 where no line needs more than 13.1, a second of 20 where core gives a table 45
        Section.Table lacking = table(10, 40);
        double[] shared = TableWriter.shared(new double[] {60, 20}, List.of(table(10, 3), lacking), 80);
        assertThat(shared[0] + shared[1]).isCloseTo(80, within(1e-9));
        assertThat(shared[1]).isGreaterThanOrEqualTo(lacking.columnWidths(80, TableWriter.CHARACTER_WIDTH,
                TableWriter.CELL_PADDING)[1]);
        assertThat(shared[0]).isGreaterThanOrEqualTo(10 * 1.1 * 1.1 + 1);
        // what neither needs is shared as they need it, not left beside the short lines
        assertThat(shared[0] / shared[1]).isCloseTo((10 * 1.1 * 1.1 + 1) / 45, within(1e-9));
    }

    @Test
    void whereColumnsCannotSpareAllThatIsLackingTheyGiveWhatNoTableNeedsAndKeepTheRest() {
        // the first column needs 33.67 of its 60 for its line of 27; the second lacks far more than the 26.33 left
        double[] shared = TableWriter.shared(new double[] {60, 20}, List.of(table(27, 3), table(10, 200)), 80);
        assertThat(shared[0]).isCloseTo(27 * 1.1 * 1.1 + 1, within(1e-9));
        assertThat(shared[1]).isCloseTo(80 - shared[0], within(1e-9));
    }

    @Test
    void columnsThatEveryTableFillsKeepTheirWidths() {
        // lines longer than the sheet is wide: core gives the table no more than it needs anywhere
        Section.Table full = table(40, 60);
        double[] widths = full.columnWidths(80, TableWriter.CHARACTER_WIDTH, TableWriter.CELL_PADDING);
        assertThat(TableWriter.shared(widths, List.of(full, table(3, 3)), 80)).containsExactly(widths);
    }

    @Test
    void aColumnNoneOfTheTablesReachesKeepsItsWidth() {
        double[] shared = TableWriter.shared(new double[] {40, 10, 12}, List.of(table(3, 3), table(3, 30)), 62);
        assertThat(shared[2]).isEqualTo(12);
        assertThat(shared[1]).isGreaterThanOrEqualTo(30 * 1.1 * 1.1 + 1);
        assertThat(shared[0] + shared[1] + shared[2]).isCloseTo(62, within(1e-9));
    }
}
