package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.testkit.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.StatusCounts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The seed plans' workbooks, read back with POI and checked against core's own assessment and
 * summary of the plan: sheet names, header rows, cell types, the status counts, every status cell.
 */
class SeedReportsTest {

    private static final Palette PALETTE = Palette.standard();

    @Test
    void derbyshireSummaryHasItsSheetsHeaderAndTypedCells() throws IOException {
        ActionPlan plan = SeedPlans.derbyshire();
        byte[] bytes = XlsxReportRendererTest.render(ReportTemplates.summary()
                .build(Assessor.standard().assess(plan, SeedPlans.DERBYSHIRE_AS_OF)));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(bytes)) {
            assertThat(XlsxReportRendererTest.sheetNames(workbook)).containsExactly("Overview", "Summary", "Key to BRAG ratings");
            XSSFSheet table = workbook.getSheet("Summary");
            XSSFRow header = header(table);
            assertThat(texts(header)).containsExactly("Summary", "Sub actions", "Deadline date", "Status", "Overall %");
            XSSFRow first = table.getRow(header.getRowNum() + 1);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("Rec 17: With immediate effect");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 30));
            assertThat(new DataFormatter(Locale.US).formatCellValue(first.getCell(2))).isEqualTo("30 Mar 2023");
            assertThat(first.getCell(3).getStringCellValue()).startsWith("Open - Actions on going off track");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(table.getTables()).singleElement().extracting(t -> t.getName()).isEqualTo("Summary");
            assertThat(table.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void derbyshireStatusCountsAndEveryStatusCellAgreeWithCoresSummary() throws IOException {
        ActionPlan plan = SeedPlans.derbyshire();
        PlanAssessment assessment = Assessor.standard().assess(plan, SeedPlans.DERBYSHIRE_AS_OF);
        byte[] bytes = XlsxReportRendererTest.render(ReportTemplates.summary().build(assessment));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(bytes)) {
            StatusCounts counts = PlanSummary.of(assessment).counts();
            assertCounts(workbook.getSheet("Overview"), plan, counts);
            assertThat(counts.count(Status.ON_TRACK)).isEqualTo(3);
            assertThat(counts.count(Status.OFF_TRACK)).isEqualTo(15);
            assertThat(counts.count(Status.COMPLETE)).isEqualTo(2);

            XSSFSheet table = workbook.getSheet("Summary");
            int headerRow = header(table).getRowNum();
            List<RecommendationAssessment> items = assessment.recommendations();
            for (int i = 0; i < items.size(); i++) {
                XSSFRow row = table.getRow(headerRow + 1 + i);
                RecommendationAssessment item = items.get(i);
                String ref = item.recommendation().ref();
                // "Rec:3 By 1 June 2023", as the appendix prints it: a ref with its own colon is given no other
                assertThat(row.getCell(0).getStringCellValue()).startsWith(ref + (ref.contains(":") ? " " : ":"));
                assertStatus(row.getCell(3), plan, item.assessment());
            }
            assertThat(table.getLastRowNum()).isEqualTo(headerRow + items.size());
        }
    }

    @Test
    void merseysideActionPlanHasItsChaptersInOrderOnOneSheetEachTableAnExcelTableAndEveryStatusAgrees()
            throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        PlanAssessment assessment = Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF);
        byte[] bytes = XlsxReportRendererTest.render(ReportTemplates.actionPlan().build(assessment));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(bytes)) {
            assertThat(XlsxReportRendererTest.sheetNames(workbook))
                    .containsExactly("Overview", "Chapters", "Key to BRAG ratings");
            assertCounts(workbook.getSheet("Overview"), plan, PlanSummary.of(assessment).counts());

            XSSFSheet chapters = workbook.getSheet("Chapters");
            // one frozen pane and one print title per sheet: a shared sheet takes none; its tables are Excel tables
            assertThat(chapters.getCTWorksheet().isSetAutoFilter()).isFalse();
            assertThat(chapters.getPaneInformation()).isNull();
            assertThat(chapters.getRepeatingRows()).isNull();
            Map<Integer, XSSFTable> tables = new HashMap<>();
            chapters.getTables().forEach(t -> tables.put(t.getStartRowIndex(), t));
            // each chapter's key facts, status and actions
            assertThat(tables).hasSize(15);
            int previous = -1;
            for (int n = 1; n <= 5; n++) {
                RecommendationAssessment item = assessment.recommendations().get(n - 1);
                XSSFRow heading = XlsxReportRendererTest.rowStarting(chapters, "Area for improvement " + n);
                assertThat(heading.getRowNum()).isGreaterThan(previous);
                assertThat(heading.getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 16);
                previous = heading.getRowNum();
                XSSFTable facts = tables.get(heading.getRowNum() + 1);
                assertThat(facts.getName()).isEqualTo("Area_for_improvement_" + n + "_Fact_Detail");
                assertThat(texts(chapters.getRow(heading.getRowNum() + 1))).containsExactly("Fact", "Detail");

                XSSFRow statusCaption = XlsxReportRendererTest.rowStarting(chapters, "Status of Area for improvement " + n);
                XSSFRow statusHeader = chapters.getRow(statusCaption.getRowNum() + 1);
                assertThat(texts(statusHeader)).containsExactly("Status", "Reason", "Due date", "Progress");
                assertThat(tables.get(statusHeader.getRowNum()).getName()).isEqualTo("Status_of_Area_for_improvement_" + n);
                assertThat(tables.get(statusHeader.getRowNum()).getEndRowIndex()).isEqualTo(statusHeader.getRowNum() + 1);
                assertStatus(chapters.getRow(statusHeader.getRowNum() + 1).getCell(0), plan, item.assessment());

                XSSFRow actionsCaption = XlsxReportRendererTest.rowStarting(chapters, "Actions for Area for improvement " + n);
                assertThat(actionsCaption.getRowNum()).isGreaterThan(statusCaption.getRowNum());
                XSSFRow header = chapters.getRow(actionsCaption.getRowNum() + 1);
                // no Progress column: Merseyside gives each area for improvement's progress, none of its actions'
                assertThat(texts(header)).containsExactly("Ref", "Action to achieve required outcomes",
                        "Responsible function", "Timescale", "Status");
                assertThat(tables.get(header.getRowNum()).getEndRowIndex())
                        .isEqualTo(header.getRowNum() + item.subActions().size());
                for (int i = 0; i < item.subActions().size(); i++) {
                    XSSFRow row = chapters.getRow(header.getRowNum() + 1 + i);
                    assertThat(row.getCell(0).getStringCellValue())
                            .isEqualTo(item.recommendation().subActions().get(i).id());
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
                    assertStatus(row.getCell(4), plan, item.subActions().get(i));
                }
            }
        }
    }

    private static void assertCounts(XSSFSheet overview, ActionPlan plan, StatusCounts counts) {
        for (Status status : Status.values()) {
            XSSFRow row = XlsxReportRendererTest.rowStarting(overview, plan.statusLabels().label(status));
            assertThat(row.getCell(1).getNumericCellValue()).as(status.name()).isEqualTo(counts.count(status));
            assertThat(row.getCell(2).getNumericCellValue()).as(status.name())
                    .isEqualTo(counts.share(status).doubleValue());
            assertThat(fill(row.getCell(0))).isEqualTo(PALETTE.fill(status).hex());
        }
        assertThat(XlsxReportRendererTest.rowStarting(overview, "Total").getCell(1).getNumericCellValue())
                .isEqualTo(counts.total());
    }

    private static void assertStatus(XSSFCell cell, ActionPlan plan, Assessment assessment) {
        assertThat(cell.getStringCellValue()).startsWith(plan.statusLabels().label(assessment.status()));
        assertThat(fill(cell)).isEqualTo(PALETTE.fill(assessment.status()).hex());
        assertThat(HexFormat.of().withUpperCase().formatHex(cell.getCellStyle().getFont().getXSSFColor().getRGB()))
                .isEqualTo(PALETTE.text(assessment.status()).hex());
    }

    /** A table's header row: the row that repeats on every printed page. */
    @Test
    void headingsAndCaptionsAreCoresAndTheKeyKeepsASheetOfItsOwnUnderItsHeading() throws IOException {
        PlanAssessment assessment = Assessor.standard().assess(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        try (XSSFWorkbook summary = XlsxReportRendererTest.open(XlsxReportRendererTest.render(
                ReportTemplates.summary().build(assessment)));
                XSSFWorkbook owners = XlsxReportRendererTest.open(XlsxReportRendererTest.render(
                        ReportTemplates.owners().build(assessment)))) {
            XSSFSheet overview = summary.getSheet("Overview");
            // A heading of level 1 is in larger type than a caption, as the title is larger still.
            assertThat(points(XlsxReportRendererTest.rowStarting(overview, "Status as of 30 June 2025"))).isEqualTo(16);
            XSSFRow keyFacts = XlsxReportRendererTest.rowStarting(overview, "Key facts");
            assertThat(points(keyFacts)).isEqualTo(11);
            assertThat(texts(overview.getRow(keyFacts.getRowNum() + 1))).containsExactly("Fact", "Detail");
            assertThat(overview.getTables()).extracting(XSSFTable::getName)
                    .containsExactly("Key_facts", "Status_as_of_30_June_2025");
            assertThat(XlsxReportRendererTest.sheetNames(owners))
                    .containsExactly("Overview", "Areas for improvement by owner", "Chapters", "Key to BRAG ratings");
            for (XSSFWorkbook workbook : List.of(summary, owners)) {
                XSSFSheet key = workbook.getSheet("Key to BRAG ratings");
                assertThat(points(key.getRow(0))).isEqualTo(16);
                assertThat(key.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Key to BRAG ratings");
                assertThat(texts(key.getRow(1))).containsExactly("BRAG", "Status", "Meaning");
                assertThat(key.getTables()).singleElement().extracting(XSSFTable::getName)
                        .isEqualTo("Key_to_BRAG_ratings");
            }
            // A caption stays a caption: an owner's list on the shared sheet.
            assertThat(points(XlsxReportRendererTest.rowStarting(owners.getSheet("Chapters"),
                    "Off track, at risk or due within 90 days"))).isEqualTo(11);
        }
    }

    /**
     * Core's heading levels read as levels: the title largest, then each heading level smaller than the one above
     * it, and a caption, which names a table and heads nothing, smaller than any heading; all in bold. In the
     * Derbyshire action plan "Recommendation", a level-2 heading, had looked like the captions "Status of Rec 17"
     * and "Actions for Rec 17" around it; Merseyside's "Required outcomes" sits among such captions now.
     */
    @Test
    void eachHeadingLevelIsSmallerThanTheOneAboveItAndACaptionSmallerThanAnyHeading() throws IOException {
        Report report = Fixtures.report("Title", "", Orientation.PORTRAIT, List.of(
                new Section.Heading(1, "Level one"), new Section.Heading(2, "Level two"),
                new Section.Heading(3, "Level three"), Fixtures.table("Captioned table", 2)));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(report))) {
            List<XSSFRow> rows = Stream.of("Title", "Level one", "Level two", "Level three", "Captioned table")
                    .map(text -> rowStartingOnAnySheet(workbook, text)).toList();
            assertThat(rows).extracting(SeedReportsTest::points).isSortedAccordingTo(Comparator.reverseOrder())
                    .doesNotHaveDuplicates();
            assertThat(rows).allMatch(row -> row.getCell(0).getCellStyle().getFont().getBold());
        }
        PlanAssessment assessment = Assessor.standard().assess(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(
                ReportTemplates.actionPlan().build(assessment)))) {
            XSSFSheet chapters = workbook.getSheet("Chapters");
            assertThat(points(XlsxReportRendererTest.rowStarting(chapters, "Required outcomes")))
                    .isGreaterThan(points(XlsxReportRendererTest.rowStarting(chapters,
                            "Status of Area for improvement 1")))
                    .isGreaterThan(points(XlsxReportRendererTest.rowStarting(chapters,
                            "Actions for Area for improvement 1")));
        }
    }

    @Test
    void progressSinceTheLongestMonthNamesEachSheetWholeWithinExcelsThirtyOneCharacters() throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        PlanAssessment before = Assessor.standard().assess(plan, LocalDate.of(2025, 9, 30));
        PlanAssessment now = Assessor.standard().assess(plan, LocalDate.of(2025, 12, 31));
        try (XSSFWorkbook workbook = XlsxReportRendererTest.open(XlsxReportRendererTest.render(
                ReportTemplates.progress(before).build(now)))) {
            // "Movements since 30 September 2025" would be cut to "Movements since 30 Septem… 2025"
            assertThat(XlsxReportRendererTest.sheetNames(workbook)).contains("Movements since 30 Sep 2025")
                    .noneMatch(name -> name.contains("\u2026"));
        }
    }

    private static XSSFRow rowStartingOnAnySheet(XSSFWorkbook workbook, String text) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Row row : workbook.getSheetAt(i)) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals(text)) {
                    return (XSSFRow) row;
                }
            }
        }
        throw new AssertionError("no row starts with '" + text + "'");
    }

    private static int points(XSSFRow row) {
        return row.getCell(0).getCellStyle().getFont().getFontHeightInPoints();
    }

    private static XSSFRow header(XSSFSheet sheet) {
        return sheet.getRow(sheet.getRepeatingRows().getFirstRow());
    }

    private static String fill(XSSFCell cell) {
        return HexFormat.of().withUpperCase().formatHex(cell.getCellStyle().getFillForegroundColorColor().getRGB());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
