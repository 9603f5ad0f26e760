package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Colour;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerImportTest {

    @TempDir
    Path folder;

    /** Writes a one-sheet workbook; each row's values go in from column A, null for an empty cell. */
    private Path tracker(String name, Object[][] rows, SheetChange change) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        XSSFCellStyle style = workbook.createCellStyle();
                        style.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
                        cell.setCellStyle(style);
                    }
                }
            }
            change.apply(workbook, sheet);
            workbook.write(out);
        }
        return file;
    }

    private interface SheetChange {
        void apply(XSSFWorkbook workbook, XSSFSheet sheet);
    }

    /**
     * The problems told but the warning that the default roll-up shows a recommendation dated only by its actions on
     * track while one of them is overdue, for the tests not about it.
     */
    private static List<String> besidesTheRollUpWarning(TrackerResult result) {
        return result.problems().stream().map(WorkbookProblem::toString).filter(p -> !p.contains("roll-up"))
                .toList();
    }

    private static final ReportingPeriod Q1 = ReportingPeriod.parse("Q1 2025/26");
    private static final SheetChange NONE = (w, s) -> { };

    private static XSSFCellStyle fill(XSSFWorkbook workbook, int rgb) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb},
                new DefaultIndexedColorMap()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    @Test
    void aTrackerLinkedToAnotherWorkbookIsReadWithAWarningThatNoLinkIsFollowed() throws IOException {
        // Run 87 #2: trackers take figures from one another; a link refused the whole tracker.
        Path file = tracker("linked.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Rec No.", "Recommendation", "Action", "Lead", "Target date", "% complete"},
                {"Rec 1", "Services should review support.", null, "People", "01 Jun 2026", 40},
        }, (workbook, sheet) -> {
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("Totals");
            workbook.linkExternalWorkbook("totals.xlsx", other);
            workbook.createSheet("Links").createRow(0).createCell(0).setCellFormula("[totals.xlsx]Totals!A1");
            // Run 93 #4: a figure taken from the other file is told at its cell.
            sheet.getRow(2).getCell(5).setCellFormula("[totals.xlsx]Totals!B7");
            sheet.getRow(2).getCell(5).setCellValue(40);
        });

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains("linked.xlsx: warning: links to"
                + " other workbooks (a formula pasted from another file takes its values from there): each cell is read"
                + " as it was last saved, and no link is followed; if a value should come from the other file as it is"
                + " now, update the links, or break them to keep the values (in Excel: Data > Edit Links; in"
                + " LibreOffice: Edit > Links to External Files), save it and read it again");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("Tracker!F3"))
                .singleElement().asString().contains("takes its value from another workbook, by the formula =");
        assertThat(result.plan().orElseThrow().recommendations()).singleElement().satisfies(r -> assertThat(
                r.reportedProgress()).contains(io.github.actionplan.model.Percent.of(40)));
    }

    @Test
    void aRecommendationRowFollowedByNumberedActionRowsGroupsByReference() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"HMICFRS action plan tracker as at 31 March 2025"},
                {},
                {"Rec No.", "Recommendation", "Action", "Lead", "Target date", "% complete", "RAG"},
                {"Rec 1", "By 1 June 2023, services should review support.", null, "People", "01 Jun 2023", 40, "Red"},
                {"1.1", null, "Review the policy", "HR", "Dec 2024", 50, null},
                {"1.2", null, "Train managers", null, "31/03/2025", "80%", null},
                {"Rec 2", "Services should publish data.", null, "Data", LocalDate.of(2025, 3, 31), 100, "Blue"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.organisation()).isEqualTo("Anyshire Fire and Rescue Service");
        assertThat(plan.title()).isEqualTo("HMICFRS action plan tracker");
        assertThat(plan.asOf()).contains(LocalDate.of(2025, 3, 31));
        Recommendation first = plan.recommendations().get(0);
        assertThat(first.kind()).isEqualTo(RecommendationKind.RECOMMENDATION);
        assertThat(first.owner()).contains("People");
        assertThat(first.deadline()).contains(Timescale.parse("01 Jun 2023"));
        assertThat(first.reportedProgress()).contains(Percent.of(40));
        assertThat(first.assessment()).contains(OwnerAssessment.of(Status.OFF_TRACK, plan.period().orElseThrow()));
        assertThat(first.subActions()).containsExactly(
                SubAction.builder().id("1.1").description("Review the policy").owner("HR")
                        .due(Timescale.parse("Dec 2024")).progress(50).build(),
                SubAction.builder().id("1.2").description("Train managers").due(Timescale.parse("31/03/2025"))
                        .progress(80).build());
        Recommendation second = plan.recommendations().get(1);
        assertThat(second.deadline().flatMap(Timescale::dueDate)).contains(LocalDate.of(2025, 3, 31));
        assertThat(second.deadline().map(Timescale::text)).contains("31 Mar 2025");
        assertThat(second.assessment()).contains(OwnerAssessment.of(Status.COMPLETE, plan.period().orElseThrow()));
        assertThat(result.mapping().headerRow()).isEqualTo(4);
    }

    @Test
    void theDateATrackerStandsAtIsReadAfterAsOfAsAtPositionAtOrAtAndLeavesTheTitle() throws IOException {
        Object[][] body = {
                {"Ref", "Recommendation", "Action", "Owner", "Target date"},
                {"Rec 1", "Services should publish data.", "Publish it", "Data", "31/03/2026"},
        };
        for (String line : List.of("HMICFRS Improvement Plan as of 31 December 2025",
                "HMICFRS Improvement Plan, as at 31/12/2025",
                "HMICFRS Improvement Plan – position at 31 December 2025",
                "HMICFRS Improvement Plan - Position as at 31 Dec 2025", "HMICFRS Improvement Plan at 31 December 2025",
                "HMICFRS Improvement Plan: at a glance, as at 31 December 2025")) {
            Object[][] rows = Stream.concat(Stream.<Object[]>of(new Object[] {"Westshire Fire and Rescue Service"},
                    new Object[] {line}, new Object[] {}), Arrays.stream(body)).toArray(Object[][]::new);

            ActionPlan plan = TrackerImport.defaults().read(tracker("t.xlsx", rows, NONE)).plan().orElseThrow();

            assertThat(plan.asOf()).as(line).contains(LocalDate.of(2025, 12, 31));
            assertThat(plan.title()).as(line).isEqualTo(line.contains("glance") ? "HMICFRS Improvement Plan: at a"
                    + " glance" : "HMICFRS Improvement Plan");
        }
    }

    @Test
    void anActionReferenceColumnGivesEachSubActionItsIdAndIsNotTakenForTheAction() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"HMICFRS action plan as at 30 September 2025"},
                {"Rec ref", "Recommendation", "Action ref", "Action", "Owner", "Target date"},
                {"R1", "Services should review support.", "R1a", "Review the policy", "HR", "Dec 2025"},
                {null, null, "R1b", "Train managers", "HR", "Mar 2026"},
                {"R2", "Services should publish data.", null, null, "Data", "Jun 2026"},
        }, (workbook, sheet) -> {
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        });

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "actionRef", "action", "owner", "due");
        assertThat(result.errors()).isEmpty();
        Recommendation first = result.plan().orElseThrow().recommendations().get(0);
        assertThat(first.subActions()).extracting(SubAction::id, s -> s.description().orElseThrow())
                .containsExactly(tuple("R1a", "Review the policy"), tuple("R1b", "Train managers"));
        assertThat(result.plan().orElseThrow().recommendations().get(1).subActions()).isEmpty();
    }

    @Test
    void aRevisedTargetDateIsTheTimescaleWhereGivenTheOriginalKeptInTheNotesAndADateColumnIsNoUpdate()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"HMICFRS action plan as at 30 September 2025"},
                {"Ref", "Recommendation", "Action", "Owner", "Target date", "Revised target date", "Progress to date",
                    "Last updated"},
                {"Rec 1", "Services should review support.", null, "People", "Mar 2025", "Dec 2025",
                    "Policy rewritten.", LocalDate.of(2025, 9, 12)},
                {"1.1", null, "Review the policy", "HR", "Dec 2024", null, null, null},
                {"1.2", null, "Train managers", "HR", "Jan 2025", "Jun 2025", null, null},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().columns()).extracting(c -> c.header() + ": " + c.field().map(
                TrackerField::jsonName).orElse("-")).containsExactly("Ref: ref", "Recommendation: finding",
                "Action: action", "Owner: owner", "Target date: due", "Revised target date: revisedDue",
                "Progress to date: update", "Last updated: -");
        assertThat(result.errors()).isEmpty();
        Recommendation rec = result.plan().orElseThrow().recommendations().get(0);
        assertThat(rec.deadline()).contains(Timescale.parse("Dec 2025"));
        assertThat(rec.notes()).contains("Originally due Mar 2025");
        assertThat(rec.latestUpdate().orElseThrow().text()).isEqualTo("Policy rewritten.");
        assertThat(rec.subActions()).extracting(SubAction::due, SubAction::notes).containsExactly(
                tuple(Optional.of(Timescale.parse("Dec 2024")), Optional.empty()),
                tuple(Optional.of(Timescale.parse("Jun 2025")), Optional.of("Originally due Jan 2025")));
    }

    @Test
    void aRevisedTargetDateThatNamesNoTimescaleLeavesTheOriginalWithAWarningAtItsCell() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "Revised target date"},
                {"Rec 1", "Services should review support.", null, "Mar 2025", "N/A"},
                {"1.1", null, "Review the policy", "Dec 2024", "-"},
                {"1.2", null, "Train managers", "Jan 2025", "Ongoing"},
                {"Rec 2", "Services should publish data.", null, null, "TBC"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        Recommendation first = result.plan().orElseThrow().recommendations().get(0);
        assertThat(first.deadline()).contains(Timescale.parse("Mar 2025"));
        assertThat(first.notes()).isEmpty();
        assertThat(first.subActions()).extracting(SubAction::due, SubAction::notes).containsExactly(
                tuple(Optional.of(Timescale.parse("Dec 2024")), Optional.empty()),
                tuple(Optional.of(Timescale.parse("Ongoing")), Optional.of("Originally due Jan 2025")));
        // With no timescale first set, the cell is the timescale, one core cannot place, as any such.
        assertThat(result.plan().orElseThrow().recommendations().get(1).deadline()).contains(Timescale.parse("TBC"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains(
                "t.xlsx: warning: Tracker!E3 (Rec 1): 'N/A' is no timescale, so the one first set, 'Mar 2025' in D3,"
                        + " stays the item's; type the revised date or timescale here, or leave the cell blank where"
                        + " there is none",
                "t.xlsx: warning: Tracker!E4 (Rec 1 / 1.1): '-' is no timescale, so the one first set, 'Dec 2024' in"
                        + " D4, stays the item's; type the revised date or timescale here, or leave the cell blank"
                        + " where there is none");
    }

    @Test
    void whatCoresChecksFindIsToldBesideTheTrackersOwnErrorsEachNamingItsItem() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "% complete"},
                {"Rec 1", "Services should review support.", "Review the policy", "Mar 2026", "120"},
                {"Rec 2", "Services should publish data.", null, null, null},
                {"2.1", null, "Publish it", "Someday", "10"},
                {"2.2", null, "Check it", "Mar 2026", "0"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::cell, p -> p.item().orElse("-"),
                WorkbookProblem::isError).containsExactly(tuple("Tracker!E3", "Rec 1 / 1.1", true),
                tuple("Tracker!D5", "Rec 2 / 2.1", false));
    }

    @Test
    void aDateCellShownAsAMonthIsThatMonthDueAtItsEndAndOneShownAsADayIsThatDay() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Target date"},
                {"Rec 1", "Services should review support.", LocalDate.of(2026, 3, 1)},
                {"Rec 2", "Services should publish data.", LocalDate.of(2026, 3, 1)},
        }, (workbook, sheet) -> {
            // As Excel keeps "Mar 2026" typed in a cell: the 1st of the month, shown as Mar-26.
            XSSFCellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            sheet.getRow(2).getCell(2).setCellStyle(month);
        });

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        List<Recommendation> recs = result.plan().orElseThrow().recommendations();
        assertThat(recs.get(0).deadline()).contains(Timescale.parse("Mar 2026"));
        assertThat(recs.get(0).dueDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(recs.get(1).dueDate()).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRecommendationOfOneActionWhoseRowsEachGiveATargetDateGivesEachItsOwn() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "% complete"},
                {"Rec 1", "Services should review support.", null, "Mar 2026", 20},
                {"1.1", null, "Review the policy", "Dec 2025", 40},
                {"Rec 2", "Services should publish data.", null, "Jun 2026", 0},
                {"2.1", null, "Publish the data", "Jun 2026", 0},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        List<Recommendation> recs = result.plan().orElseThrow().recommendations();
        assertThat(recs).extracting(Recommendation::deadline, Recommendation::reportedProgress).containsExactly(
                tuple(Optional.of(Timescale.parse("Mar 2026")), Optional.of(Percent.of(20))),
                tuple(Optional.of(Timescale.parse("Jun 2026")), Optional.of(Percent.of(0))));
        assertThat(recs).extracting(r -> r.subActions().get(0).due(), r -> r.subActions().get(0).progress())
                .containsExactly(tuple(Optional.of(Timescale.parse("Dec 2025")), Optional.of(Percent.of(40))),
                        tuple(Optional.of(Timescale.parse("Jun 2026")), Optional.of(Percent.of(0))));
    }

    @Test
    void aRecommendationsOwnFigureOtherThanItsActionsIsReadWithAWarningAtItsCell() throws IOException {
        // Run 114 #1: 25% on the recommendation's row stayed its progress for two quarters, unsaid, while its actions
        // moved on. Where the two agree, or no action has a figure, there is nothing to say.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "% complete"},
                {"AFI 3", "Services should review support.", null, "Mar 2026", 25},
                {"3.1", null, "Review the policy", "Dec 2025", 10},
                {"3.2", null, "Train the managers", "Dec 2025", null},
                {"3.3", null, "Publish the guidance", "Dec 2025", "Done"},
                {"AFI 4", "Services should publish data.", null, "Jun 2026", 50},
                {"4.1", null, "Publish the data", "Jun 2026", 50},
                {"AFI 5", "Services should listen.", null, "Jun 2026", 30},
                {"5.1", null, "Survey the staff", "Jun 2026", null},
                {"AFI 6", "Services should act.", null, "Jun 2026", 30},
                {"6.1", null, "Act on the survey", "Jun 2026", 0},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::reportedProgress)
                .containsExactly(Optional.of(Percent.of(25)), Optional.of(Percent.of(50)), Optional.of(Percent.of(30)),
                        Optional.of(Percent.of(30)));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!E3: 2 recommendations' own figures are read as their progress, which the reports show"
                + " rather than what their actions come to: AFI 3 25% (E3), its actions 37%; and AFI 6 30% (E11), its"
                + " actions 0%; each owner gives theirs on its row of each update workbook; to have one worked out"
                + " from its actions, leave its cell blank");
        TrackerResult one = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(tracker("one.xlsx",
                new Object[][] {
                        {"Anyshire Fire and Rescue Service"},
                        {"Ref", "Recommendation", "Action", "Target date", "% complete"},
                        {"AFI 3", "Services should review support.", null, "Mar 2026", 25},
                        {"3.1", null, "Review the policy", "Dec 2025", 10},
                }, NONE));
        assertThat(one.problems()).extracting(WorkbookProblem::toString).containsExactly("one.xlsx: warning:"
                + " Tracker!E3 (AFI 3): AFI 3's own figure, 25%, is read as its progress, which the reports show"
                + " rather than the 10% its actions come to; its owner gives it on its row of each update workbook; to"
                + " have it worked out from its actions, leave its cell blank");
    }

    @Test
    void aTrackerTitledInWelshNamesItsServiceTitleAndDate() throws IOException {
        // Run 120 #4: "Gwasanaeth Tân ac Achub ..." named no service, and "Sefyllfa ar 30/06/2024" no date.
        Object[][] body = {
                {"Cyf / Ref", "Maes i'w wella / Area for improvement", "Cam gweithredu / Action", "Perchennog / Owner",
                        "Amserlen / Timescale"},
                {"AFI 1", "Dylai'r gwasanaeth wella.", "Adolygu", "Tîm Diogelu", "Mawrth 2025"},
        };
        for (String date : List.of("Sefyllfa ar 30/06/2024", "Cynllun Gweithredu, fel ar 30 Mehefin 2024",
                "Diweddarwyd: 30/06/2024")) {
            Object[][] rows = Stream.concat(Stream.<Object[]>of(new Object[] {"Gwasanaeth Tân ac Achub Canolbarth a"
                    + " Gorllewin Cymru – Cynllun Gweithredu HMICFRS 2024"}, new Object[] {date}, new Object[] {}),
                    Arrays.stream(body)).toArray(Object[][]::new);

            ActionPlan plan = TrackerImport.defaults().read(tracker("t.xlsx", rows, NONE)).plan().orElseThrow();

            assertThat(plan.organisation()).as(date).isEqualTo("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru");
            assertThat(plan.title()).as(date).isEqualTo("Cynllun Gweithredu HMICFRS 2024");
            assertThat(plan.asOf()).as(date).contains(LocalDate.of(2024, 6, 30));
        }
        // Run 122 #1: "ar" alone is no Welsh "at" before a date; in English it is initials.
        Object[][] english = Stream.concat(Stream.<Object[]>of(new Object[] {"Anyshire Fire and Rescue Service"},
                new Object[] {"Prepared by AR 1 April 2025"}, new Object[] {"Position as at 31 March 2026"},
                new Object[] {}), Arrays.stream(body)).toArray(Object[][]::new);
        assertThat(TrackerImport.defaults().read(tracker("e.xlsx", english, NONE)).plan().orElseThrow().asOf())
                .contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aTitleLineThatNamesTheServiceThenTheTrackerGivesBothAndADateLineIsNoTitle() throws IOException {
        Object[][] body = {
                {"Rec No.", "Recommendation", "Action", "Lead", "Target date", "% complete", "RAG"},
                {"Rec 1", "Services should publish data.", null, "Data", "31/03/2026", 40, "Amber"},
        };
        for (Object[][] heading : List.of(
                new Object[][] {{"Anyshire Fire and Rescue Service – HMICFRS Action Plan Tracker"},
                        {"Last updated: 14/10/2025 (Q2 2025/26)"}, {}},
                new Object[][] {{"Last updated: 14/10/2025 (Q2 2025/26)"}, {"Anyshire Fire and Rescue Service"},
                        {"HMICFRS Action Plan Tracker"}},
                // Trial 39 F7: a protective marking or a logo's placeholder above was the title; no dash, no title.
                new Object[][] {{"OFFICIAL"}, {"[LOGO]"}, {"Anyshire Fire and Rescue Service"},
                        {"HMICFRS Action Plan Tracker"}, {"Last updated: 14/10/2025 (Q2 2025/26)"}},
                new Object[][] {{"OFFICIAL - SENSITIVE"}, {"Anyshire Fire and Rescue Service HMICFRS Action Plan"
                        + " Tracker"}, {"Last updated: 14/10/2025 (Q2 2025/26)"}},
                // Trial 42 F5: the title before the service's name; a directorate, not the plan, after its dash.
                new Object[][] {{"HMICFRS Action Plan Tracker for Anyshire Fire and Rescue Service"},
                        {"Last updated: 14/10/2025 (Q2 2025/26)"}},
                new Object[][] {{"Anyshire Fire and Rescue Service - Prevention Directorate"},
                        {"HMICFRS Action Plan Tracker"}, {"Last updated: 14/10/2025 (Q2 2025/26)"}})) {
            Object[][] rows = Stream.concat(Arrays.stream(heading),
                    Arrays.stream(body)).toArray(Object[][]::new);

            ActionPlan plan = TrackerImport.defaults().read(tracker("t.xlsx", rows, NONE)).plan().orElseThrow();

            assertThat(plan.organisation()).isEqualTo("Anyshire Fire and Rescue Service");
            assertThat(plan.title()).isEqualTo("HMICFRS Action Plan Tracker");
            assertThat(plan.period()).contains(ReportingPeriod.parse("Q2 2025/26"));
        }
        ActionPlan london = TrackerImport.defaults().read(tracker("l.xlsx", Stream.concat(
                Stream.<Object[]>of(new Object[] {"London Fire Brigade: HMICFRS improvement plan"},
                        new Object[] {}), Arrays.stream(body)).toArray(Object[][]::new), NONE))
                .plan().orElseThrow();
        assertThat(london.organisation()).isEqualTo("London Fire Brigade");
        assertThat(london.title()).isEqualTo("HMICFRS improvement plan");
        // Two bodies on one line, no dash: the organisation whole, not a title "and Anyshire Fire Authority".
        ActionPlan joint = TrackerImport.defaults().read(tracker("j.xlsx", Stream.concat(Stream.<Object[]>of(
                new Object[] {"Kent Fire and Rescue Service and Anyshire Fire Authority"},
                new Object[] {"HMICFRS Action Plan Tracker"}), Arrays.stream(body)).toArray(Object[][]::new), NONE))
                .plan().orElseThrow();
        assertThat(joint.organisation()).isEqualTo("Kent Fire and Rescue Service and Anyshire Fire Authority");
        assertThat(joint.title()).isEqualTo("HMICFRS Action Plan Tracker");
        ActionPlan jointTitled = TrackerImport.defaults().read(tracker("k.xlsx", Stream.concat(Stream.<Object[]>of(
                new Object[] {"Kent Fire and Rescue Service and Anyshire Fire Authority: joint improvement plan"}),
                Arrays.stream(body)).toArray(Object[][]::new), NONE)).plan().orElseThrow();
        assertThat(jointTitled.organisation()).isEqualTo("Kent Fire and Rescue Service and Anyshire Fire Authority");
        assertThat(jointTitled.title()).isEqualTo("joint improvement plan");
        ActionPlan forTheAuthority = TrackerImport.defaults().read(tracker("f.xlsx", Stream.concat(Stream.<Object[]>of(
                new Object[] {"Anyshire Fire and Rescue Service - improvement plan for the Fire Authority"}),
                Arrays.stream(body)).toArray(Object[][]::new), NONE)).plan().orElseThrow();
        assertThat(forTheAuthority.organisation()).isEqualTo("Anyshire Fire and Rescue Service");
        assertThat(forTheAuthority.title()).isEqualTo("improvement plan for the Fire Authority");
    }

    @Test
    void aTypeColumnGivesEachFindingItsKindAndAWordItDoesNotKnowIsAWarningAtItsCell() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"HMICFRS action plan tracker as at 31 March 2025"},
                {},
                {"No.", "Type", "Finding", "Action", "Target date"},
                {"1", "AFI", "The service should review its risk profile.", "Review it", "Dec 2025"},
                {null, "AFI", null, "Publish it", "Mar 2026"},
                {"2", "Cause of concern", "The service has not done enough.", null, "Dec 2025"},
                {"3", "Recommendation", "By June 2026, services should publish data.", null, "Jun 2026"},
                {"4", "Thematic", "Services should share learning.", null, "Jun 2026"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::kind).containsExactly(
                RecommendationKind.AREA_FOR_IMPROVEMENT, RecommendationKind.CAUSE_OF_CONCERN,
                RecommendationKind.RECOMMENDATION, RecommendationKind.AREA_FOR_IMPROVEMENT);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!B9 (4): 'Thematic' is not a kind of finding, so the kind is taken from the reference; use"
                + " Area for improvement, Recommendation or Cause of concern (or AFI, Rec, CoC)");
    }

    @Test
    void refsRAndAAreRecommendationsAndAreasForImprovementAndAKindNothingTellsIsOneWarning() throws IOException {
        // Trial 39 F9: R1 and R2 were read as areas for improvement unsaid, and reports headed them so.
        Object[][] body = {
                {"Ref", "Finding", "Action", "Target date"},
                {"R1", "By June 2026, services should publish data.", "Publish it", "Jun 2026"},
                {"A1", "The service should review its risk profile.", "Review it", "Dec 2025"},
                {"7", "The service should share learning.", "Share it", "Dec 2025"},
                {"8", "The service should train its managers.", "Train them", "Dec 2025"},
        };
        Path file = tracker("t.xlsx", Stream.concat(Stream.<Object[]>of(new Object[] {"Anyshire Fire and Rescue"
                + " Service"}), Arrays.stream(body)).toArray(Object[][]::new), NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::kind).containsExactly(
                RecommendationKind.RECOMMENDATION, RecommendationKind.AREA_FOR_IMPROVEMENT,
                RecommendationKind.AREA_FOR_IMPROVEMENT, RecommendationKind.AREA_FOR_IMPROVEMENT);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("Type"))
                .containsExactly("t.xlsx: warning: Tracker!B2: no Type column, reference or header tells whether 7"
                + " and 8 are an area for improvement, a recommendation or a cause of concern, so each is read as an"
                + " area for improvement; if that is wrong, add a Type column (AFI, Rec or CoC on each row), or give"
                + " the mapping's \"kind\" for all of them (--save-mapping writes one to edit)");
    }

    @Test
    void aRagColumnGivingNoRatingOnAnyRowIsAWarningAtItsHeaderSayingConditionalFormattingIsNotRead()
            throws IOException {
        // Trial 39 F10: a RAG column coloured by conditional formatting, its cells blank, gave nothing unsaid.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "% complete", "RAG"},
                {"AFI 1", "The service should improve.", "First action", 40},
                {"AFI 2", "The service should also improve.", "Only action", 90},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::assessment)
                .containsOnly(Optional.empty());
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("RAG"))
                .containsExactly("t.xlsx: warning: Tracker!E2: column E, 'RAG', is read as the owner's rating, but"
                + " none of its cells gives one, in words or as a fill, so no assessment is read (colours that"
                + " conditional formatting gives are not read); to give one, type the rating in the cell: Blue, Red,"
                + " Amber or Green, or Complete, Off track, At risk or On track");
    }

    @Test
    void actionsAndTheirTimescalesListedOneALineInOneRowAreAnActionForEachLineWithItsTimescale() throws IOException {
        // Trial 39 F4: Merseyside's plan as published gave one action due when no timescale said, shown On track.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action to achieve required outcomes", "Timescale"},
                {"AFI 1", "The service should improve.", "• Carry out a survey\n• Develop a plan\n\n• Use pulse"
                        + " surveys", "Aug 2024\nJune 2024\nOngoing"},
                {"AFI 2", "The service should also improve.", "Review the protocols\n\nAudit the processes",
                        "Dec 2024"},
                {"AFI 3", "The service should improve again.", "Brief the new policy\nto all watch managers",
                        "March 2026\n(was Dec 2025)"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        List<Recommendation> recommendations = result.plan().orElseThrow().recommendations();
        assertThat(recommendations.getFirst().deadline()).isEmpty();
        assertThat(recommendations.getFirst().subActions()).extracting(s -> s.description().orElseThrow(),
                s -> s.due().orElseThrow().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Carry out a survey", "Aug 2024"),
                org.assertj.core.groups.Tuple.tuple("Develop a plan", "June 2024"),
                org.assertj.core.groups.Tuple.tuple("Use pulse surveys", "Ongoing"));
        // One timescale for two paragraphs, or a timescale and its history: one action, as written.
        assertThat(recommendations.get(1).subActions()).hasSize(1);
        assertThat(recommendations.get(2).subActions()).hasSize(1);
        assertThat(recommendations.get(1).deadline()).contains(Timescale.parse("Dec 2024"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("line"))
                .containsExactly("t.xlsx: warning: Tracker: the action and timescale cells of 1 item (C3, D3) list"
                + " as many actions as timescales, one a line, and are read as an action for each line, with its"
                + " timescale; where a cell's lines are one action, write its timescale on one line");
    }

    @Test
    void aSharePointListsTitlesAreItsReferencesAndItsIdsAreNotReadAndAssignedToIsTheOwner() throws IOException {
        // Trial 42 F2: the list's ID column was the reference, so AFI 1's two actions were recommendations 1 and 2;
        // F3: its "Item Type" and "Path", 'Item' and '... Action plan' on each row, made each a second table's header.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"ID", "Title", "Area for improvement", "Action", "Assigned To", "Due Date", "Item Type", "Path"},
                {1, "AFI 1", "The service should improve.", "First action", "Prevention", "Dec 2025", "Item",
                        "sites/hmicfrs/Lists/Action plan"},
                {2, "AFI 1", "The service should improve.", "Second action", "Prevention", "Mar 2026", "Item",
                        "sites/hmicfrs/Lists/Action plan"},
                {3, "AFI 2", "The service should also improve.", "Only action", "Protection", "Mar 2026", "Item",
                        "sites/hmicfrs/Lists/Action plan"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().column(TrackerField.REF).orElseThrow().header()).isEqualTo("Title");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                r -> r.subActions().size(), Recommendation::owner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AFI 1", 2, Optional.of("Prevention")),
                org.assertj.core.groups.Tuple.tuple("AFI 2", 1, Optional.of("Protection")));
    }

    @Test
    void aDateStoredAsItsNumberInATextCellIsToldAsInANumberCellWithTheDayItStandsFor() throws IOException {
        // Trial 39/42 F7: '45657' in a text cell was 'not a timescale', the item undated and shown On track.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Due"},
                {"1", "Improve.", "Act", "45657"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Tracker!D3 (1):"
                + " 45657 is a number, not a date (as a date, 45657 is 31 Dec 2024: a date stored as a number, as a"
                + " paste of values stores one, with no date format to show it); type a date or a timescale (Dec"
                + " 2024, 2024/25, Ongoing) such as 31/12/2025 (day first), 31 Dec 2025 or 2025-12-31");
    }

    @Test
    void mergedReferenceCellsAndRowsWithoutReferenceAreActionsOfTheRecommendationAbove() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Owner", "Timescale", "RAG status", "Latest update"},
                {"AFI 1", "The service should improve.", "First action", "Prevention", "Dec 2024", null,
                        "Going well."},
                {null, null, "Second action", null, "Ongoing"},
                {null, null, "Third action", null, "2025/26"},
                {"AFI 2", "The service should also improve.", "Only action", "Protection", "Q2 2025/26", null, null},
                {null, null, "Unmerged second action", "Protection", "Sept 2025"},
        }, (workbook, sheet) -> {
            for (int c : new int[] {0, 1, 3, 5, 6}) {
                sheet.addMergedRegion(new CellRangeAddress(2, 4, c, c));
            }
            sheet.getRow(2).createCell(5).setCellStyle(fill(workbook, 0xFFC000));
            sheet.getRow(5).createCell(5).setCellStyle(fill(workbook, 0x00B050));
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(besidesTheRollUpWarning(result)).isEmpty();
        List<Recommendation> recommendations = result.plan().orElseThrow().recommendations();
        Recommendation first = recommendations.get(0);
        assertThat(first.owner()).contains("Prevention");
        assertThat(first.assessment()).contains(OwnerAssessment.of(Status.AT_RISK, Q1));
        assertThat(first.latestUpdate().orElseThrow().text()).isEqualTo("Going well.");
        assertThat(first.latestUpdate().orElseThrow().period()).isEqualTo(ReportingPeriod.parse("Q1 2025/26"));
        assertThat(first.subActions()).extracting(SubAction::id, s -> s.description().orElseThrow(),
                s -> s.due().orElseThrow().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.1", "First action", "Dec 2024"),
                org.assertj.core.groups.Tuple.tuple("1.2", "Second action", "Ongoing"),
                org.assertj.core.groups.Tuple.tuple("1.3", "Third action", "2025/26"));
        Recommendation second = recommendations.get(1);
        assertThat(second.owner()).contains("Protection");
        assertThat(second.subActions()).extracting(SubAction::owner).containsOnly(Optional.empty());
        assertThat(second.assessment()).contains(OwnerAssessment.of(Status.ON_TRACK, Q1));
    }

    @Test
    void aStatusColumnOfWorkflowWordsGivesNoAssessmentFromTheOtherActionsAndOneWarningOfAllTheWords()
            throws IOException {
        // "In progress", "Not started" and "On hold" are no rating: the worst of AFI 2's actions is not known, so the
        // one rated Complete does not make AFI 2 complete; AFI 3's actions both say Complete, so AFI 3 is.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "Status"},
                {"AFI 1", "The service should inspect more.", "Review the programme", "Mar 2027", "In progress"},
                {"AFI 2", "The service should tell staff.", null, null, null},
                {"2a", null, "Publish the policy", "Mar 2027", "Not started"},
                {"2b", null, "Write FAQs", "Mar 2027", "On hold"},
                {"2c", null, "Brief managers", "Mar 2026", "Complete"},
                {"AFI 3", "The service should appraise.", null, null, null},
                {"3a", null, "Redesign the form", "Mar 2026", "Complete"},
                {"3b", null, "Brief managers", "Mar 2026", "Complete"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.recommendations()).extracting(r -> r.assessment().map(a -> a.status()))
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(Status.COMPLETE));
        // An action its row rates Complete, with no progress column, is done.
        assertThat(plan.recommendation("AFI 2").orElseThrow().subActions()).extracting(s -> s.progress())
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(Percent.HUNDRED));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!E3: 'In progress' (E3), 'Not started' (E5) and 'On hold' (E6) are not BRAG"
                        + " ratings or statuses, so no owner's assessment is read from them, nor from the other"
                        + " ratings of the actions of AFI 2, whose worst is then not known; use Blue, Red, Amber or"
                        + " Green, or Complete, Off track, At risk or On track");
    }

    @Test
    void anActionRatedCompleteWithACompletionDateOfNAIsCompleteAndTheWarningSaysTheDayIsNotKnown()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "Completion date", "Status"},
                {"AFI 1", "The service should appraise.", null, null, null, null},
                {"1a", null, "Redesign the form", "Mar 2026", "N/A", "Complete"},
                {"1b", null, "Brief managers", "Mar 2027", "N/A", "Green"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations().getFirst().subActions()).extracting(
                s -> s.progress()).containsExactly(Optional.of(Percent.HUNDRED), Optional.empty());
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains(
                "t.xlsx: warning: Tracker!E4 (AFI 1 / 1a): 'N/A' is no date, so the day the work was finished is not"
                        + " known, though its rating, 'Complete' in F4, reads the item as complete, at 100%; type"
                        + " that day here, or in \"Completed on\" in the update workbook",
                "t.xlsx: warning: Tracker!E5 (AFI 1 / 1b): 'N/A' is no date, so the item is read as not completed;"
                        + " leave the cell blank until the work is finished");
    }

    @Test
    void aOneRowItemRatedCompleteAtSixtyPercentKeepsItsProgressInventsNoneForItsActionAndWarnsOnce()
            throws IOException {
        // Trial 39 F8: its one action was given 100%, nowhere in the tracker, then warned of as complete beside 60%.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "% complete", "Status"},
                {"AFI 1", "The service should appraise.", "Redesign the form", "Mar 2027", 60, "Complete"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        Recommendation afi = result.plan().orElseThrow().recommendations().getFirst();
        assertThat(afi.progress()).isEqualTo(Percent.of(60));
        assertThat(afi.subActions()).extracting(SubAction::progress).containsExactly(Optional.empty());
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!F3 (AFI 1): 'Complete' rates AFI 1 done, but its progress is 60% (E3): the progress is"
                + " kept, and the rating is its owner's assessment; if the work is done, make the progress 100%");
    }

    @Test
    void progressWrittenAsCompleteOrNotStartedIsReadAsHundredOrZeroPercent() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "% complete"},
                {"AFI 1", "The service should appraise.", null, null, null},
                {"1a", null, "Redesign the form", "Mar 2027", "Complete"},
                {"1b", null, "Brief managers", "Mar 2027", "Not started"},
                {"1c", null, "Train managers", "Mar 2027", "Done"},
                {"1d", null, "Audit the forms", "Mar 2027", 40},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.problems()).noneMatch(WorkbookProblem::isError);
        assertThat(result.plan().orElseThrow().recommendations().getFirst().subActions()).extracting(
                s -> s.progress()).containsExactly(Optional.of(Percent.HUNDRED), Optional.of(Percent.ZERO),
                Optional.of(Percent.HUNDRED), Optional.of(Percent.of(40)));
    }

    @Test
    void aTimescaleOfCompleteAtHundredPercentIsNotToldToMakeItHundredPercent() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "Revised date", "% complete"},
                {"AFI 1", "The service should appraise.", "Redesign the form", "Complete", "TBC", 100},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        // The revised "TBC" beside "Complete" is no matter: the item is done, and one warning says what is read.
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D3 (AFI 1): 'Complete' in the target date is read as the item being"
                        + " complete, at 100%, with no due date; the day it was finished is not known, so it has"
                        + " none: to give it, add a completion date column (\"Date completed\") beside the target"
                        + " date and onboard again, or type it in \"Completed on\" in the update workbook");
    }

    @Test
    void aTimescaleOfCompleteBesideACompletionDateReadIsNotToldTheDayIsUnknown() throws IOException {
        // Trial 47 F13: told to add a "Date completed" column its "Date closed" column already was.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Target date", "Date completed"},
                {"AFI 1", "The service should appraise.", "Redesign the form", "Complete", "01/06/2025"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.problems()).isEmpty();
        Recommendation afi = result.plan().orElseThrow().recommendations().getFirst();
        assertThat(afi.completedOn().or(() -> afi.subActions().getFirst().completedOn()))
                .contains(LocalDate.of(2025, 6, 1));
    }

    @Test
    void recommendationsWithNoLeadOfTheirOwnAreOneWarningWhereThereAreMoreThanThree() throws IOException {
        Object[][] rows = new Object[2 + 5 * 3][];
        rows[0] = new Object[] {"Westshire Fire and Rescue Service"};
        rows[1] = new Object[] {"Ref", "Finding", "Action", "Lead officer", "Target date"};
        for (int i = 0; i < 5; i++) {
            rows[2 + 3 * i] = new Object[] {"AFI " + (i + 1), "The service should improve " + i + ".", null, null,
                    null};
            rows[3 + 3 * i] = new Object[] {(i + 1) + "a", null, "Review " + i, "People", "Mar 2027"};
            rows[4 + 3 * i] = new Object[] {(i + 1) + "b", null, "Publish " + i, "ICT", "Mar 2027"};
        }
        Path file = tracker("t.xlsx", rows, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!A3: 5 recommendations have no lead of their own, and their actions' leads"
                        + " are not one: AFI 1, AFI 2, AFI 3, AFI 4 and AFI 5; so no one owns those recommendations"
                        + " themselves, and their own rows in the update workbooks (their Owner's BRAG and update) go"
                        + " to 'No owner given', a copy nobody can be sent; give each its lead in column D on a row of"
                        + " its own above its actions, or merged down its rows, and onboard again, or give them new"
                        + " owners in the analyst's update workbook");
    }

    @Test
    void aRecommendationWhoseActionsLeadsAreNotOneHasNoOwnerAndAWarningSayingWhereToGiveIt() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Lead officer", "Target date"},
                {"Rec 1", "Services should inspect more.", "Review the programme", "Head of Protection", "Mar 2026"},
                {null, null, "Recruit 4 inspectors", "HR", "Mar 2026"},
                {null, null, "Train crews", "Head of Protection", "Mar 2026"},
                {"AFI 8", "The service should tell staff.", "Publish the policy", "People", "Mar 2026"},
                {null, null, "Write FAQs", null, "Mar 2026"},
                {"AFI 9", "The service should appraise.", "Redesign the form", "People", "Mar 2026"},
                {null, null, "Brief managers", "People", "Mar 2026"},
        }, (workbook, sheet) -> {
            for (int c = 0; c < 2; c++) {
                sheet.addMergedRegion(new CellRangeAddress(2, 4, c, c));
                sheet.addMergedRegion(new CellRangeAddress(5, 6, c, c));
                sheet.addMergedRegion(new CellRangeAddress(7, 8, c, c));
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::owner)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of("People"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!A3 (Rec 1): Rec 1 has no lead of its own, and its actions' leads are not one:"
                        + " Head of Protection (D3, D5) and HR (D4); so no one owns Rec 1 itself, and its own row in"
                        + " the update workbooks (its Owner's BRAG and update) goes to 'No owner given', a copy nobody"
                        + " can be sent; give Rec 1's lead in column D on a row of its own above its actions, or merged"
                        + " down its rows, and onboard again, or give it a new owner in the analyst's update workbook",
                "t.xlsx: warning: Tracker!A6 (AFI 8): AFI 8 has no lead of its own, and its actions' leads are not one:"
                        + " People (D6) and none (D7); so no one owns AFI 8 itself, and its own row in the update"
                        + " workbooks (its Owner's BRAG and update) goes to 'No owner given', a copy nobody can be"
                        + " sent; give AFI 8's lead in column D on a row of its own above its actions, or merged down"
                        + " its rows, and onboard again, or give it a new owner in the analyst's update workbook");
    }

    @Test
    void ownersWrittenShortAreNamedInAWarningWithTheOwnersTheyMostLikelyAreAndTheirCells() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Lead officer"},
                {"AFI 1", "The service should target prevention.", "Build a model", "Head of Prevention"},
                {"AFI 2", "The service should evaluate.", "Evaluate", "HoP"},
                {"AFI 3", "The service should share data.", "Share it", "Prevention"},
                {"AFI 4", "The service should appraise.", "Appraise", "Head of People"},
                {"AFI 5", "The service should recruit.", "Recruit", "HR"},
                {"AFI 6", "The service should respond.", "Respond", "Head of Response"},
                {"AFI 7", "The service should update ICT.", "Update it", "Head of ICT"},
                {"AFI 8", "The service should visit.", "Visit", "HoP"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        String what = ", written short; each name is an owner of its own, with an update workbook and a chapter in"
                + " the owners report of its own; write one name for each owner in column D, then onboard again";
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D4: the owner 'HoP' (D4, D10) is most likely 'Head of Prevention' (D3) or"
                        + " 'Head of People' (D6)" + what,
                "t.xlsx: warning: Tracker!D5: the owner 'Prevention' (D5) is most likely 'Head of Prevention'"
                        + " (D3)" + what);
        assertThat(result.plan()).isPresent();
    }

    @Test
    void anActionOwnersColumnBesideAnAccountableLeadsGivesTheActionsTheirLeadsAndTheRecommendationsTheirOwners()
            throws IOException {
        // Trial 47 F10: whichever owners' column came first was read, and the other dropped.
        for (boolean leadFirst : new boolean[] {true, false}) {
            Object[] header = leadFirst ? new Object[] {"Ref", "Finding", "Action", "Accountable lead", "Action owner"}
                    : new Object[] {"Ref", "Finding", "Action", "Action owner", "Accountable lead"};
            Object[][] rows = {
                    {"AFI 1", "The service should improve.", "Refresh SSRI", "AM Response", "GM Operations"},
                    {null, null, "Launch the app", "AM Response", "SM Assurance"},
                    {"AFI 2", "The service should train.", "Train staff", "Director of People", "Head of HR"},
            };
            Object[][] body = new Object[rows.length + 2][];
            body[0] = new Object[] {"Anyshire Fire and Rescue Service"};
            body[1] = header;
            for (int i = 0; i < rows.length; i++) {
                Object[] row = rows[i].clone();
                if (!leadFirst) {
                    row[3] = rows[i][4];
                    row[4] = rows[i][3];
                }
                body[i + 2] = row;
            }

            TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(tracker(
                    "t.xlsx", body, NONE));

            assertThat(result.mapping().column(TrackerField.ACTION_OWNER)).as("leadFirst %s", leadFirst)
                    .hasValueSatisfying(c -> assertThat(c.header()).isEqualTo("Action owner"));
            assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.owner().orElseThrow(),
                    r -> r.subActions().stream().map(s -> s.owner().orElse("-")).toList()).containsExactly(
                    tuple("AM Response", List.of("GM Operations", "SM Assurance")),
                    tuple("Director of People", List.of("Head of HR")));
        }
    }

    @Test
    void ownersGivenByEmailAreReadWithoutAMailtoAndACellOfTwoAddressesIsToldAsNamingTwoOwners() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Mailshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Owner"},
                {"AFI 1", "The service should target prevention.", "Build a model", "jane.smith@mailshire-fire.gov.uk"},
                {"AFI 2", "The service should evaluate.", "Evaluate",
                        "jane.smith@mailshire-fire.gov.uk; bob.jones@mailshire-fire.gov.uk"},
                {"AFI 3", "The service should share data.", "Share it", "mailto:ann.lee@mailshire-fire.gov.uk"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.owner().orElseThrow())
                .containsExactly("jane.smith@mailshire-fire.gov.uk",
                        "jane.smith@mailshire-fire.gov.uk; bob.jones@mailshire-fire.gov.uk",
                        "ann.lee@mailshire-fire.gov.uk");
        // not "most likely ... written short": two people are no longer way of writing one
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D4 (AFI 2): this cell names 2 owners, 'jane.smith@mailshire-fire.gov.uk'"
                        + " and 'bob.jones@mailshire-fire.gov.uk', but a plan gives an item one owner, so the cell's"
                        + " text is read as one, with an update workbook and a chapter in the owners report of its"
                        + " own; write the one who leads it (the others in the action's text), then onboard again");
    }

    @Test
    void actionCellsListingSeveralActionsBesideOneTimescaleAreOneActionEachWithOneWarningNamingThem()
            throws IOException {
        // Trial 42 F11: seven listed actions became three, without a word.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Listshire Fire and Rescue Service"},
                {"Ref", "Finding", "Sub-actions", "Target date"},
                {"AFI 1", "The service should review its policy.", "1. Review the policy\n2. Consult staff",
                        "31/03/2026"},
                {"AFI 2", "The service should buy a system.", "a) Procure the system\nb) Train users", "31/03/2026"},
                {"AFI 3", "The service should audit.", "• Audit records\n• Report to SLT", "31/03/2026"},
                {"AFI 4", "The service should visit.", "Visit the stations", "31/03/2026"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).allSatisfy(r -> assertThat(r.subActions())
                .hasSize(1));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker: the action cells C3, C4 and C5 each list several"
                        + " actions, bulleted, numbered or lettered, beside one timescale, and each cell is read as"
                        + " one action, the list its text; a plan tracks each action's progress and timescale, so to"
                        + " track them apart give each action a row of its own (with its timescale), then onboard"
                        + " again");
    }

    @Test
    void anActionOnTheRecommendationsOwnRowGivenTheNextFreeIdIsListedByItWithAWarning() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"1", "Finding one", "Action on the recommendation's row", "Prevention"},
                {"1.1", null, "Explicit 1.1", "ICT"},
                {"1.2", null, "Explicit 1.2", "ICT"},
                {"2", "Finding two", "Only action of two", "Protection"},
                {"3", "Finding three", null, "Protection"},
                {null, null, "First of three", "Protection"},
                {null, null, "Second of three", "Protection"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.subActions().stream()
                .map(s -> s.id() + " " + s.description().orElseThrow()).toList()).containsExactly(
                List.of("1.1 Explicit 1.1", "1.2 Explicit 1.2", "1.3 Action on the recommendation's row"),
                List.of("2.1 Only action of two"), List.of("3.1 First of three", "3.2 Second of three"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!C3 (1 / 1.3): this action has no id of its own, and rows below it give theirs, so it is"
                + " 1.3, the next free one, and listed by that number; to keep it first, give it a row of its own with"
                + " its id, and the others theirs", "t.xlsx: warning: Tracker!A3 (1): 1 has no lead of its own, and its"
                + " actions' leads are not one: Prevention (D3) and ICT (D4, D5); so no one owns 1 itself, and its own"
                + " row in the update workbooks (its Owner's BRAG and update) goes to 'No owner given', a copy nobody"
                + " can be sent; give 1's lead in column D on a row of its own above its actions, or merged down its"
                + " rows, and onboard again, or give it a new owner in the analyst's update workbook");
    }

    @Test
    void lettersAndActionNumbersInTheReferenceColumnAreActionsAndASecondTablesHeaderRowIsSkipped() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Owner"},
                {"AFI 1", "The service should target its prevention work.", null, "Prevention"},
                {"a", null, "Review targeting", "Prevention"},
                {"b)", null, "New data model", "Data"},
                {"AFI 2", "The service should evaluate its work.", null, "Prevention"},
                {"(ii)", null, "Report to board", "Prevention"},
                {"AFI 3", "The service should improve its audits.", null, "Protection"},
                {"AFI 3a", null, "Audit plan", "Protection"},
                {"3b", null, "Audit staff", "Protection"},
                {"AFI 3 - action 3", null, "Audit report", "Protection"},
                {},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"Rec 1", "By June 2026, services should publish data.", null, "Chief Fire Officer"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref, r -> r.subActions()
                .stream().map(a -> a.id() + " " + a.description().orElseThrow()).toList()).containsExactly(
                tuple("AFI 1", List.of("a Review targeting", "b New data model")),
                tuple("AFI 2", List.of("ii Report to board")), tuple("AFI 3", List.of("3a Audit plan", "3b Audit"
                        + " staff", "3.3 Audit report")), tuple("Rec 1", List.of()));
        assertThat(result.skippedRows()).containsExactly("Tracker!A13: the header row repeated");
    }

    @Test
    void aSecondSubActionWithAnIdAndOneWithNoRecommendationAreRefusedAtTheirOwnRows() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action"},
                {"1", "Finding one"},
                {"1.1", null, "Act A"},
                {"1.2", null, "Act B"},
                {"1.1", null, "Act C"},
                {1.1, null, "Act D, typed as 1.10"},
                {"2.1", null, "Act under a recommendation not there"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!A6 (1 / 1.1): a second sub-action 1.1 of recommendation 1 (the first is on row 4);"
                        + " give this one an id of its own",
                "t.xlsx: Tracker!A7 (1 / 1.1): a second sub-action 1.1 of recommendation 1 (the first is on row 4);"
                        + " give this one an id of its own; the cell holds the number 1.1: a spreadsheet drops the last"
                        + " 0 of 5.10 typed in a cell that is not text; type the id as text: an apostrophe first,"
                        + " '5.10",
                "t.xlsx: Tracker!A8 (2 / 2.1): sub-action 2.1 has no row of recommendation 2 above it, so there is no"
                        + " finding for it to belong to; give recommendation 2 a row of its own above it, with its"
                        + " finding in column B, or, if it is an action of 1, give it an id of 1's, such as 1.5");
    }

    @Test
    void recommendationsOnTheRowsUnderACauseOfConcernWithNoActionsAreItsToTheNextHeadingWithAWarning()
            throws IOException {
        // Trial 47 F3: R1-R3 under CoC 1 were linked to nothing, and CoC 1 showed On track with nothing in it.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Fenland Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Owner"},
                {"CAUSES OF CONCERN"},
                {"CoC 1", "Cause of concern: the service does not prevent fires well enough.", null, "AM Prevention"},
                {"R1", "By 31 March 2025, the service should target its visits.", "Develop a model", "GM Prevention"},
                {"R2", "By 31 March 2025, the service should evaluate.", "Commission a framework", "SM Prevention"},
                {"EFFECTIVENESS"},
                {"R3", "The service should review its response.", "Review it", "GM Response"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                r -> r.causeOfConcern().orElse("none")).containsExactly(tuple("CoC 1", "none"), tuple("R1", "CoC 1"),
                tuple("R2", "CoC 1"), tuple("R3", "none"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains("t.xlsx: warning: Tracker!A4"
                + " (CoC 1): recommendations R1 and R2, on the rows under cause of concern CoC 1's, which has no"
                + " actions or timescale of its own, are read as its recommendations (their causeOfConcern CoC 1);"
                + " where one is not, give it a \"CoC ref\" column's cell, or move it out from under CoC 1");
    }

    @Test
    void recommendationsNumberedUnderTheirCauseOfConcernAreItsRecommendationsNotItsActions() throws IOException {
        // Trial 47 F4: "Rec 1.1" under "CoC 1" was read as action 1.1 of the cause of concern, and refused.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Fenland Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Owner"},
                {"CoC 1", "Cause of concern: the service does not prevent fires well enough.", null, "AM Prevention"},
                {"Rec 1.1", "By 31 March 2025, the service should target its visits.", "Develop a model",
                        "GM Prevention"},
                {"Rec 1.2", "By 31 March 2025, the service should evaluate.", "Commission a framework",
                        "SM Prevention"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                Recommendation::kind, r -> r.causeOfConcern().orElse("none")).containsExactly(
                tuple("CoC 1", RecommendationKind.CAUSE_OF_CONCERN, "none"),
                tuple("Rec 1.1", RecommendationKind.RECOMMENDATION, "CoC 1"),
                tuple("Rec 1.2", RecommendationKind.RECOMMENDATION, "CoC 1"));
    }

    @Test
    void aSectionHeadingNamingAPillarGivesItToTheItemsUnderItToTheNextHeading() throws IOException {
        // Trial 47 F9: AFIs grouped under EFFECTIVENESS, EFFICIENCY and PEOPLE headings got no pillar, unsaid.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Owner"},
                {"EFFECTIVENESS"},
                {"AFI 1", "Finding one", "Act one", "Prevention"},
                {"AFI 2", "Finding two", "Act two", "Protection"},
                {"PEOPLE"},
                {"AFI 3", "Finding three", "Act three", "HR"},
                {"CAUSES OF CONCERN"},
                {"CoC 1", "Finding four", "Act four", "HR"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::pillar).containsExactly(
                Optional.of(Pillar.EFFECTIVENESS), Optional.of(Pillar.EFFECTIVENESS), Optional.of(Pillar.PEOPLE),
                Optional.empty());
    }

    @Test
    void sectionHeadingsAloneInTheReferenceOrFindingColumnAreSkippedNotReadAsItems() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"Effectiveness"},
                {"1", "Finding one", null, "Prevention"},
                {"1.1", null, "Act 1.1", "Prevention"},
                {null, "PEOPLE PILLAR"},
                {"2", "Finding two", null, "HR"},
                {null, null, "Unnumbered action under two", "HR"},
                {null, "and its partners."},
        }, (workbook, sheet) -> sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 3)));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.skippedRows()).containsExactly("Tracker!A3: a section heading ('Effectiveness'), the"
                + " pillar of the items under it", "Tracker!B6: a section heading ('PEOPLE PILLAR'), the pillar of the"
                + " items under it");
        // A finding's words run on in a row of their own: that is no heading, and is refused as before.
        assertThat(result.errors()).extracting(WorkbookProblem::toString).singleElement().asString()
                .startsWith("t.xlsx: Tracker!B9 (2): a second finding");
    }

    @Test
    void originalAndRevisedUnderAMergedTargetDateAreTheTargetDateAndTheRevisedOne() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service - HMICFRS tracker"},
                {"Ref", "Area for improvement", "Action", "Target date", null, "RAG"},
                {null, null, null, "Original", "Revised", null},
                {"AFI 1", "The service should improve X.", "Action one", "Jun 2025", "Mar 2026", "Green"},
                {"AFI 2", "The service should improve Y.", "Action two", "Jul 2025", null, "Green"},
        }, (workbook, sheet) -> {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            for (int c : new int[] {0, 1, 2, 5}) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().headerRow()).isEqualTo(3);
        assertThat(result.mapping().columns()).extracting(c -> c.header() + ": " + c.field().map(
                TrackerField::jsonName).orElse("-")).containsExactly("Ref: ref", "Area for improvement: finding",
                "Action: action", "Original: due", "Revised: revisedDue", "RAG: rag");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.deadline().orElseThrow()
                .toString()).containsExactly("Mar 2026", "Jul 2025");
        assertThat(TrackerMapping.fromJson(result.mapping().toJson())).isEqualTo(result.mapping());
        // Saved again by Notepad or PowerShell 5, with a byte order mark and Windows line ends (run 102 #3)
        assertThat(TrackerMapping.fromJson("\uFEFF" + result.mapping().toJson().replace("\n", "\r\n")))
                .isEqualTo(result.mapping());
    }

    @Test
    void aHiddenRevisedColumnUnderAMergedTargetDateIsWarnedOfAsTheRevisedTargetDate() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service - HMICFRS tracker"},
                {"Ref", "Area for improvement", "Action", "Target date", null},
                {null, null, null, "Original", "Revised"},
                {"AFI 1", "The service should improve X.", "Action one", "Jun 2025", "Mar 2026"},
        }, (workbook, sheet) -> {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            sheet.setColumnHidden(4, true);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(besidesTheRollUpWarning(result)).containsExactly("t.xlsx: warning: Tracker!E3: column E,"
                + " 'Revised', is hidden, so it is not read, though its header names revisedDue (revised target date),"
                + " which no other column holds, and it holds data from E4; to read it, unhide it and onboard again, or"
                + " map it to revisedDue in a mapping (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void aHeaderOfTwoRowsIsReadByItsLowerRowWhereAHeaderMergedAcrossColumnsNamesEachBelowIt() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service - HMICFRS tracker"},
                {"Ref", "Area for improvement", "Action", "Progress", null, null},
                {null, null, null, "% complete", "RAG", "Comments"},
                {"1", "The service should improve X.", "Action one", 50, "Amber", "c1"},
                {null, null, "Action two", 25, "Green", null},
        }, (workbook, sheet) -> {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 5));
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().headerRow()).isEqualTo(3);
        assertThat(result.mapping().columns()).extracting(c -> c.header() + ": " + c.field().map(
                TrackerField::jsonName).orElse("-")).containsExactly("Ref: ref", "Area for improvement: finding",
                "Action: action", "% complete: progress", "RAG: rag", "Comments: notes");
        // The only problem: a plan keeps no rating for each action.
        assertThat(result.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).singleElement()
                .satisfies(p -> assertThat(p.toList()).first().isEqualTo("Tracker!E4"))
                .satisfies(p -> assertThat(p.toList().get(1).toString()).startsWith("the ratings on 1's action rows"));
        Recommendation first = result.plan().orElseThrow().recommendations().get(0);
        assertThat(first.assessment()).contains(OwnerAssessment.of(Status.AT_RISK, result.plan().orElseThrow().period()
                .orElseThrow()));
        assertThat(first.subActions()).extracting(SubAction::progress, SubAction::notes).containsExactly(
                tuple(Optional.of(Percent.of(50)), Optional.of("c1")), tuple(Optional.of(Percent.of(25)),
                        Optional.empty()));
        assertThat(result.plan().orElseThrow().title()).isEqualTo("HMICFRS tracker");
    }

    @Test
    void aTrackerWithNoItemsBelowItsHeaderRowGivesNoPlanButAnErrorSayingWhatToCheck() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {},
                {"Total"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Tracker!A3: no"
                + " recommendation is read below the header row, row 2: the rows below it are blank or skipped (1), or"
                + " none names a reference in column A; check that the header row is the one above the tracker's"
                + " items");
    }

    @Test
    void updatesOnActionsRowsAreItemsOfTheRecommendationsUpdateAsTheUpdateImportWordsThem() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Update"},
                {"1", "Finding one", null, "Culture work continues:\n• survey\n• workshops"},
                {"1.1", null, "Survey staff", "Survey done in July."},
                {"1.2", null, "Hold workshops"},
                {"1.3", null, "Publish results", "• Draft written\n• Board in October"},
                {"2", "Finding two", null, null},
                {null, null, "Only action of two", "Started."},
                {"3", "Finding three", "First action of three", "Consultation under way."},
                {null, null, "Second action of three", "Done in June."},
                {"4", "Finding four", "Only action of four, on its row", "Begun."},
                {"5", "Finding five", "First action of five", "Done."},
                {null, null, "Second action of five"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.latestUpdate().orElseThrow()
                .text()).containsExactly("Culture work continues:\n\n* survey\n* workshops\n\n- 1.1: Survey done in"
                + " July.\n- 1.3:\n  - Draft written\n  - Board in October", "- 2.1: Started.",
                "- 3.1: Consultation under way.\n- 3.2: Done in June.", "Begun.",
                // Beside the first of several actions, where the tracker keeps updates by action, the action's alone.
                "- 5.1: Done.");
    }

    @Test
    void ofUpdateColumnsOneEachQuarterEachIsTheUpdateForTheQuarterItsHeaderNames() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Update Sep 2025", "Update Jun 2025", "Update Mar 2025"},
                {"AFI 1", "The service should improve.", "SEPTEMBER: newest", "JUNE", "MARCH: oldest"},
                {"AFI 2", "The service should improve more.", "", "", "MARCH only"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.period()).contains(ReportingPeriod.parse("Q2 2025/26"));
        assertThat(plan.recommendations().get(0).updates()).extracting(u -> u.period().toString(), u -> u.text())
                .containsExactly(tuple("Q4 2024/25", "MARCH: oldest"), tuple("Q1 2025/26", "JUNE"),
                        tuple("Q2 2025/26", "SEPTEMBER: newest"));
        assertThat(plan.recommendations().get(1).updates()).extracting(u -> u.period().toString())
                .containsExactly("Q4 2024/25");
        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "update", "update", "update");
        assertThat(result.problems()).isEmpty();
        assertThat(TrackerMapping.fromJson(result.mapping().toJson())).isEqualTo(result.mapping());
    }

    @Test
    void anEarlierQuartersUpdatesOnActionsRowsAreItemsOfItAsTheLatestQuartersAre() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service", "", "", "", "As at 30 September 2025"},
                {"Ref", "Area for improvement", "Action", "Update Q1 2025/26", "Update Q2 2025/26"},
                {"AFI 1", "The service should improve.", "", "Started", "Going well"},
                {"", "", "Train staff", "Booked", "Half trained"},
                {"", "", "Audit", "", "Audit done"},
        }, NONE);

        Recommendation first = TrackerImport.defaults().read(file).plan().orElseThrow().recommendations().get(0);

        assertThat(first.updates()).extracting(u -> u.period().toString(), u -> u.text()).containsExactly(
                tuple("Q1 2025/26", "Started\n\n- 1.1: Booked"),
                tuple("Q2 2025/26", "Going well\n\n- 1.1: Half trained\n- 1.2: Audit done"));
    }

    @Test
    void aQuartersColumnAfterTheTrackersDateIsRefusedWhereFilledInAndPassedOverWhereBlank() throws IOException {
        Object[][] rows = {
                {"Anyshire Fire and Rescue Service – tracker as at 30 June 2025"},
                {"Ref", "Area for improvement", "Update Q1 2025/26", "Update Q2 2025/26"},
                {"AFI 1", "The service should improve.", "JUNE", ""},
        };
        Path blank = tracker("blank.xlsx", rows, NONE);
        rows[2][3] = "SEPTEMBER";
        Path filled = tracker("filled.xlsx", rows, NONE);

        TrackerResult awaiting = TrackerImport.defaults().read(blank);
        TrackerResult ahead = TrackerImport.defaults().read(filled);

        assertThat(awaiting.problems()).isEmpty();
        assertThat(awaiting.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text()).containsExactly(tuple("Q1 2025/26", "JUNE"));
        assertThat(ahead.plan()).isEmpty();
        assertThat(ahead.problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx: Tracker!D3"
                + " (AFI 1): an update for Q2 2025/26, as the column's header says, after the period the plan is read"
                + " for, Q1 2025/26 (April-June 2025), from the tracker's date; give a later reporting date with"
                + " --as-of, or map the column to ignore");
    }

    @Test
    void ofUpdateColumnsNotNamingAQuarterEachTheLatestIsReadAndTheOthersWarnedOf() throws IOException {
        Path named = tracker("named.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Latest update", "Previous update"},
                {"AFI 1", "The service should improve.", "LATEST", "PREVIOUS"},
        }, NONE);

        TrackerResult byName = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 12, 31)).read(named);

        assertThat(byName.plan().orElseThrow().recommendations().get(0).updates()).extracting(u -> u.text())
                .containsExactly("LATEST");
        assertThat(byName.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "named.xlsx: warning: Tracker!D2: 'Previous update' is an earlier update than 'Latest update' in column"
                        + " C, which is read as the update for the period, so this column is not read; to read each as"
                        + " the update for its quarter, name the quarter or month in the header of 'Latest update' and"
                        + " 'Previous update' (\"Update Q1 2025/26\", \"Update Sep 2025\"), or in a mapping that maps"
                        + " each to update");
    }

    @Test
    void updateColumnsHeadedWithAMonthAndATwoDigitYearAreEachTheUpdateForTheirQuarter() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Update Jun 25", "Update Sep-25", "Update Dec 25"},
                {"AFI 1", "The service should improve.", "JUNE", "SEPTEMBER", "DECEMBER"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text()).containsExactly(tuple("Q1 2025/26", "JUNE"),
                        tuple("Q2 2025/26", "SEPTEMBER"), tuple("Q3 2025/26", "DECEMBER"));
    }

    @Test
    void anUpdateCellKeptAsADatedLogIsAnUpdateForEachQuarterItsEntriesAreDatedIn() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Progress update"},
                {"AFI 1", "The service should improve.", "12/09/2025: Course approved.\n- 40 staff booked\n"
                        + "Jul 2025 - Course drafted.\n\nQ4 2024/25: Scoped with HR."},
                {"AFI 2", "The service should train.", "31/03/2025 was the first deadline, now moved.\nOn hold."},
                {"AFI 3", "The service should plan.", "Jun 25 – Plan drafted.\nUpdate 1 Aug 2025: Plan approved."},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        List<Recommendation> read = result.plan().orElseThrow().recommendations();
        assertThat(read.get(0).updates()).extracting(u -> u.period().toString(), u -> u.text()).containsExactly(
                tuple("Q4 2024/25", "Q4 2024/25: Scoped with HR."),
                tuple("Q2 2025/26", "12/09/2025: Course approved.\n\n- 40 staff booked\n\nJul 2025 - Course drafted."));
        // one quarter's entries, or a first line whose date is no entry's, are one update, as written
        assertThat(read.get(1).updates()).extracting(u -> u.period().toString()).containsExactly("Q2 2025/26");
        assertThat(read.get(2).updates()).extracting(u -> u.period().toString(), u -> u.text()).containsExactly(
                tuple("Q1 2025/26", "Jun 25 – Plan drafted."),
                tuple("Q2 2025/26", "Update 1 Aug 2025: Plan approved."));
        assertThat(besidesTheRollUpWarning(result)).containsExactly("t.xlsx: warning: Tracker!C3: 2 update cells"
                + " (C3 and C5) hold entries each starting with a date, as a log of updates does: each entry is read as"
                + " the update for the quarter of its date, entries of one quarter together, not all as the tracker's"
                + " latest; where a line starting with a date is not an entry of its own, start it otherwise and"
                + " onboard again");
    }

    @Test
    void datedLogsOnActionRowsAreTheUpdatesOfTheQuartersTheirEntriesAreDatedInAsOnTheRecommendationsRow()
            throws IOException {
        // Trial 47 F14: January's and March's entries on AFI 1's actions were all filed as Q3 2025/26's update.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Progress update"},
                {"AFI 1", "The service should share data.", "Sign the agreement",
                        "12/01/2025 - agreement signed\n03/03/2025 - targeting live"},
                {null, null, "Publish the data", "15/10/2025 - first data published"},
                {"AFI 2", "The service should train.", "Train the staff", "30/09/2025: half trained"},
                {null, null, "Book the rest", "02/10/2025: rest booked"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 12, 31)).read(file);

        List<Recommendation> read = result.plan().orElseThrow().recommendations();
        assertThat(read.get(0).updates()).extracting(u -> u.period().toString(), u -> u.text()).containsExactly(
                tuple("Q4 2024/25", "- 1.1: 12/01/2025 - agreement signed\n\n  03/03/2025 - targeting live"),
                tuple("Q3 2025/26", "- 1.2: 15/10/2025 - first data published"));
        // entries of their own quarters, each action's: one update a quarter, both earlier than the tracker's
        assertThat(read.get(1).updates()).extracting(u -> u.period().toString()).containsExactly("Q2 2025/26",
                "Q3 2025/26");
    }

    @Test
    void aDatedLogWithAnEntryAfterTheTrackersQuarterIsOneUpdateAsWritten() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Progress update"},
                {"AFI 1", "The service should improve.", "Jun 2025: Drafted.\nDec 2025: To be approved."},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text())
                .containsExactly(tuple("Q2 2025/26", "Jun 2025: Drafted.\n\nDec 2025: To be approved."));
        assertThat(besidesTheRollUpWarning(result)).isEmpty();
    }

    @Test
    void updateColumnsNamingTheirQuartersAreReadThoughAnotherNamesNoneWhichIsWarnedOfOnce() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Q1 update", "Update Jun 25", "Sept 2025 update", "Latest update"},
                {"AFI 1", "The service should improve.", "Q1", "JUNE", "SEPTEMBER", "LATEST"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text()).containsExactly(tuple("Q1 2025/26", "JUNE"),
                        tuple("Q2 2025/26", "SEPTEMBER"));
        assertThat(besidesTheRollUpWarning(result)).containsExactly("t.xlsx: warning: Tracker!C2: 'Q1 update' in"
                + " column C and 'Latest update' in column F name no quarter or month, where 'Update Jun 25' and"
                + " 'Sept 2025 update' each name one and are read as the update for it, so they are not read; to read"
                + " one, name its quarter or month in its header (\"Update Q2 2025/26\", \"Update Sep 2025\"), or in"
                + " a mapping that maps it to update");
    }

    @Test
    void aBlankUpdateColumnAwaitingNextQuartersIsPassedOverWhateverItsHeaderSays() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Position as at 30 September 2025"},
                {"Ref", "Area for improvement", "Q1 update", "Q2 update", "Q3 update"},
                {"AFI 1", "The service should improve.", "JUNE", "SEPTEMBER", ""},
        }, NONE);
        Path quarters = tracker("quarters.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Position as at 30 September 2025"},
                {"Ref", "Area for improvement", "Update Q1 2025/26", "Update Q2 2025/26", "Update"},
                {"AFI 1", "The service should improve.", "JUNE", "SEPTEMBER", ""},
        }, NONE);

        TrackerResult unnamed = TrackerImport.defaults().read(file);
        TrackerResult named = TrackerImport.defaults().read(quarters);

        assertThat(unnamed.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text()).containsExactly(tuple("Q2 2025/26", "SEPTEMBER"));
        assertThat(unnamed.problems()).extracting(WorkbookProblem::cell).containsExactly("Tracker!C3");
        assertThat(named.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text())
                .containsExactly(tuple("Q1 2025/26", "JUNE"), tuple("Q2 2025/26", "SEPTEMBER"));
        assertThat(named.problems()).isEmpty();
    }

    @Test
    void ofTwoUpdateColumnsForOneQuarterTheRightmostIsItsUpdateAndTheOtherQuartersAreKept() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Update Jun 2025", "Update Jul 2025", "Update Sep 2025"},
                {"AFI 1", "The service should improve.", "JUNE", "JULY", "SEPTEMBER"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().orElseThrow().recommendations().get(0).updates())
                .extracting(u -> u.period().toString(), u -> u.text())
                .containsExactly(tuple("Q1 2025/26", "JUNE"), tuple("Q2 2025/26", "SEPTEMBER"));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!D2: 'Update Jul 2025' is for Q2 2025/26, as 'Update Sep 2025' in column E is, which is read"
                + " as its update: a plan keeps one update a quarter, so this column is not read");
    }

    @Test
    void quartersUnderAMergedUpdatesHeaderAreEachTheUpdateForTheirQuarter() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Progress updates", null},
                {null, null, "Q1 2025/26", "Q2 2025/26"},
                {"AFI 1", "The service should improve.", "JUNE", "SEPTEMBER"},
        }, (workbook, sheet) -> {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        });

        // Only the group merged above a header row of its own, as trackers are laid out too.
        Path grouped = tracker("grouped.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {null, null, null, "Progress updates", null},
                {"Ref", "Area for improvement", "Owner", "Q1 2025/26", "Q2 2025/26"},
                {"AFI 1", "The service should improve.", "Protection", "JUNE", "SEPTEMBER"},
        }, (workbook, sheet) -> sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4)));

        for (Path tracker : List.of(file, grouped)) {
            TrackerResult result = TrackerImport.defaults().read(tracker);

            assertThat(result.plan().orElseThrow().recommendations().get(0).updates()).as(tracker.toString())
                    .extracting(u -> u.period().toString(), u -> u.text())
                    .containsExactly(tuple("Q1 2025/26", "JUNE"), tuple("Q2 2025/26", "SEPTEMBER"));
        }
    }

    @Test
    void aRecommendationsOwnRatingIsItsAssessmentAndItsActionsWorstOnlyWhereItHasNone() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "RAG"},
                {"Rec 1", "Services should review support.", null, "Amber"},
                {"1.1", null, "Review the policy", "Red"},
                {"1.2", null, "Train managers", "Green"},
                {"Rec 2", "Services should publish data.", null, null},
                {"2.1", null, "Publish it", "Red"},
                {"2.2", null, "Check it", "Green"},
        }, NONE);

        ActionPlan plan = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file).plan().orElseThrow();

        assertThat(plan.recommendations()).extracting(r -> r.assessment().orElseThrow().status())
                .containsExactly(Status.AT_RISK, Status.OFF_TRACK);
    }

    @Test
    void underAMergedReferenceTheFirstActionsRatingIsNoRatingOfTheRecommendationsOwnButOneOfItsActions()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Lead officer", "RAG"},
                {"Rec 1", "Services should inspect more.", "Review the risk-based inspection programme", "HoProt"},
                {null, null, "Recruit 4 inspectors", "HoProt"},
                {null, null, "Train crews", "HoProt"},
                {"AFI 8", "The service should tell staff.", "Publish the policy", "People"},
                {null, null, "Write FAQs", "People"},
                {null, null, "Brief managers", "People"},
        }, (workbook, sheet) -> {
            for (int c = 0; c < 2; c++) {
                sheet.addMergedRegion(new CellRangeAddress(2, 4, c, c));
                sheet.addMergedRegion(new CellRangeAddress(5, 7, c, c));
            }
            int[] fills = {0x00B050, 0xFF0000, 0x00B050, 0x0070C0, 0x00B050, 0x00B050};
            for (int r = 0; r < fills.length; r++) {
                sheet.getRow(r + 2).createCell(4).setCellStyle(fill(workbook, fills[r]));
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.assessment().orElseThrow())
                .containsExactly(OwnerAssessment.of(Status.OFF_TRACK, Q1), OwnerAssessment.of(Status.ON_TRACK, Q1));
        // One warning for the two, each with the rating kept and the cell it is from.
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!E3: the ratings on the action rows of 2 recommendations with no rating of"
                        + " their own differ; a plan keeps an owner's assessment for a recommendation, not for each of"
                        + " its actions (the reports show each action's status as its progress and timescale give it),"
                        + " so each one's assessment is the worst of its actions' ratings: Rec 1 Red (E4) and AFI 8"
                        + " Green (E7); to give one a rating of its own, put it on a row of its own above its actions,"
                        + " or in a RAG cell merged down its rows");
    }

    @Test
    void actionsRatingsOfManyRecommendationsAreOneWarningForEachRuleNamingTheFirstTenAndHowManyMore()
            throws IOException {
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {"Anyshire Fire and Rescue Service"});
        rows.add(new Object[] {"Ref", "Finding", "Action", "RAG rating"});
        for (int a = 1; a <= 12; a++) {
            rows.add(new Object[] {"AFI " + a, "The service should improve area " + a + "."});
            rows.add(new Object[] {a + ".1", null, "Step one", "Green"});
            rows.add(new Object[] {a + ".2", null, "Step two", "Red"});
        }
        rows.add(new Object[] {"AFI 13", "The service should improve more.", null, "Amber"});
        rows.add(new Object[] {"13.1", null, "Step one", "Red"});
        rows.add(new Object[] {"AFI 14", "The service should improve still more.", null, "Green"});
        rows.add(new Object[] {"14.1", null, "Step one", "Amber"});
        Path file = tracker("t.xlsx", rows.toArray(Object[][]::new), NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.assessment().orElseThrow()
                .status()).containsOnly(Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK);
        String why = "a plan keeps an owner's assessment for a recommendation, not for each of its actions (the"
                + " reports show each action's status as its progress and timescale give it)";
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D4: the ratings on the action rows of 12 recommendations with no rating of"
                        + " their own differ; " + why + ", so each one's assessment is the worst of its actions'"
                        + " ratings: AFI 1 Red (D5), AFI 2 Red (D8), AFI 3 Red (D11), AFI 4 Red (D14), AFI 5 Red"
                        + " (D17), AFI 6 Red (D20), AFI 7 Red (D23), AFI 8 Red (D26), AFI 9 Red (D29), AFI 10 Red"
                        + " (D32) and 2 more; to give one a rating of its own, put it on a row of its own above its"
                        + " actions, or in a RAG cell merged down its rows",
                "t.xlsx: warning: Tracker!D40: the ratings on the action rows of 2 recommendations are not kept, as"
                        + " each has a rating of its own: " + why + "; each one's assessment is the rating on its own"
                        + " row: AFI 13 Amber (D39), not Red (D40); and AFI 14 Green (D41), not Amber (D42)");
    }

    @Test
    void recommendationsDatedOnlyByTheirActionsGetOneWarningSayingWhatEachRollUpShowsOfThemAndHowToChoose()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Rec No.", "Finding", "What we will do", "Deadline", "Progress"},
                {"AFI 1", "The service should improve X."},
                {"1.1", null, "Review the policy", LocalDate.of(2026, 3, 31), 0.5},
                {"1.2", null, "Train the managers", LocalDate.of(2027, 3, 31), 0.2},
                {"AFI 2", "The service should improve Y."},
                {"2.1", null, "Audit the premises", LocalDate.of(2026, 4, 30), 0.1},
                {"2.2", null, "Publish the results", LocalDate.of(2026, 5, 31), 0.3},
                {"2.3", null, "Brief the crews", LocalDate.of(2026, 12, 31), 0},
                {"AFI 3", "The service should improve Z.", null, LocalDate.of(2027, 3, 31)},
                {"3.1", null, "Plan the work", LocalDate.of(2026, 5, 31), 0.1},
                {"AFI 4", "The service should improve W."},
                {"4.1", null, "Finish the first step", LocalDate.of(2026, 1, 31), 1},
                {"4.2", null, "Take the next step", LocalDate.of(2027, 1, 31), 0.5},
                {"AFI 5", "The service should improve V."},
                {"5.1", null, "Draft the plan", LocalDate.of(2026, 3, 31), 0.2},
                {"5.2", null, "Agree the plan", LocalDate.of(2026, 7, 15), 0.1},
        }, NONE);
        LocalDate asOf = LocalDate.of(2026, 6, 30);

        TrackerResult result = TrackerImport.defaults().withAsOf(asOf).read(file);

        // The facts the warning gives are the model's: AFI 3 has a deadline of its own, AFI 4 is on track either way.
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(io.github.actionplan.rules.Assessor.standard().assess(plan, asOf).recommendations())
                .extracting(a -> a.status()).containsExactly(Status.ON_TRACK, Status.ON_TRACK, Status.ON_TRACK,
                        Status.ON_TRACK, Status.AT_RISK);
        assertThat(io.github.actionplan.rules.Assessor.of(io.github.actionplan.rules.Assessor.standard().rule(),
                io.github.actionplan.rules.RollUp.WORST_SUB_ACTION).assess(plan, asOf).recommendations())
                .extracting(a -> a.status()).containsExactly(Status.OFF_TRACK, Status.OFF_TRACK, Status.OFF_TRACK,
                        Status.ON_TRACK, Status.OFF_TRACK);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D2: 4 of the 5 recommendations have no timescale of their own, only their"
                        + " actions have: under the default roll-up a recommendation's status is worked from its own"
                        + " due date and progress, and one with no timescale of its own is due when its last action"
                        + " is, so it can show On track while its earlier actions are overdue; at 30 Jun 2026 the"
                        + " default roll-up shows 2 of them On track and 1 At risk, though 4 of their actions are Off"
                        + " track, and worst-sub-action shows those 3 Off track; to report each recommendation as its"
                        + " worst open action, give status and render --roll-up worst-sub-action, or give each"
                        + " recommendation a timescale of its own, on its own row or in a column mapped to due, and"
                        + " onboard again");
    }

    @Test
    void recommendationsDatedOnlyByTheirActionsGetNoRollUpWarningWhereEachRollUpShowsThemAlike() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Rec No.", "Finding", "What we will do", "Deadline", "Progress"},
                {"AFI 1", "The service should improve X."},
                {"1.1", null, "Review the policy", LocalDate.of(2026, 3, 31), 0.5},
                {"1.2", null, "Train the managers", LocalDate.of(2026, 5, 31), 0.2},
                {"AFI 2", "The service should improve Y."},
                {"2.1", null, "Audit the premises", LocalDate.of(2026, 9, 30), 0.1},
                {"2.2", null, "Publish the results", LocalDate.of(2026, 12, 31), 0.3},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        // AFI 1 is off track under either roll-up, its last action being overdue; none of AFI 2's is.
        assertThat(result.plan()).isPresent();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void actionsRatingsThatAreNotTheRecommendationsOwnAreWarnedOfNotDroppedUnsaid() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "RAG"},
                {"Rec 1", "Services should review support.", null, "Amber"},
                {"1.1", null, "Review the policy", "Red"},
                {"1.2", null, "Train managers", "Amber"},
                {"Rec 2", "Services should publish data.", null, null},
                {"2.1", null, "Publish it", "Green"},
                {"2.2", null, "Check it", "Green"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 9, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.assessment().orElseThrow()
                .status()).containsExactly(Status.AT_RISK, Status.ON_TRACK);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D4 (Rec 1): the ratings on Rec 1's action rows, Red (D4), are not kept: a"
                        + " plan keeps an owner's assessment for a recommendation, not for each of its actions (the"
                        + " reports show each action's status as its progress and timescale give it); Rec 1's"
                        + " assessment is the rating on its own row, Amber (D3)");
    }

    @Test
    void aMappingMapsUpdateToAColumnEachQuarterButAnyOtherFieldToOneColumn() throws Exception {
        String columns = """
                { "sheet": "Tracker", "headerRow": 2,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Update Q1 2025/26", "field": "FIELD"},
                               {"column": "C", "header": "Update Q2 2025/26", "field": "FIELD"} ] }
                """;

        assertThatThrownBy(() -> TrackerMapping.fromJson(columns.replace("FIELD", "finding")))
                .isInstanceOfSatisfying(InvalidTrackerMappingException.class, e -> assertThat(e.problems())
                        .containsExactly("/columns/2/field: finding is already mapped to another column; map each"
                                + " field to one column (update alone to one each quarter)"));
        assertThat(TrackerMapping.fromJson(columns.replace("FIELD", "update")).columns())
                .extracting(c -> c.field().orElseThrow().jsonName()).containsExactly("ref", "update", "update");
    }

    @Test
    void aMappingOfSeveralUpdateColumnsIsRefusedAtEachHeaderNamingNoQuarterOfItsOwn() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "Update", "Update Jun 2025", "Update Q1 2025/26"},
                {"AFI 1", "The service should improve.", "NOW", "JUNE", "ALSO JUNE"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Finding", "field": "finding"},
                               {"column": "C", "header": "Update", "field": "update"},
                               {"column": "D", "header": "Update Jun 2025", "field": "update"},
                               {"column": "E", "header": "Update Q1 2025/26", "field": "update"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withMapping(mapping).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!C2: 'Update' names no quarter or month, but 3 columns are mapped to update, each the"
                        + " update for the quarter its header names; name it (\"Update Q2 2025/26\", \"Update Sep"
                        + " 2025\"), or map the column to ignore",
                "t.xlsx: Tracker!E2: 'Update Q1 2025/26' is for Q1 2025/26, as column D's header is, but a plan keeps"
                        + " one update a quarter; map one of the two to ignore");
    }

    @Test
    void aCompletionDateBesideATargetDateIsTheDayTheWorkWasDone() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Target date", "Completion date"},
                {"AFI 1", "The service should improve.", "31/03/2025", "15/02/2025"},
                {"AFI 2", "The service should improve more.", "31/03/2026"},
        }, NONE);
        Path completed = tracker("completed.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Completed date"},
                {"AFI 1", "The service should improve.", "15/02/2025"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "due", "completedOn");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::completedOn)
                .containsExactly(Optional.of(LocalDate.of(2025, 2, 15)), Optional.empty());
        assertThat(TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(completed).mapping().columns())
                .extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "completedOn");
    }

    @Test
    void notesKeysAndVersionRowsBelowTheItemsAreSkippedNotReadAsRecommendations() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"1", "Finding one", null, "Prevention"},
                {"1.1", null, "Act 1.1", "Prevention"},
                {},
                {"2", "Finding two", null, "HR"},
                {},
                {"Note", "This plan is reviewed monthly by the Service Leadership Team"},
                {"Key:", "R = off track, A = at risk, G = on track, B = complete"},
                {"Version 3.2", "Updated by PMO"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                r -> r.subActions().size()).containsExactly(tuple("1", 1), tuple("2", 0));
        assertThat(result.skippedRows()).containsExactly("Tracker!A8: a note, not an item ('Note')",
                "Tracker!A9: a note, not an item ('Key:')", "Tracker!A10: a note, not an item ('Version 3.2')");
    }

    @Test
    void anotherSheetWithATrackersHeaderRowLaidOutOtherwiseIsNamedInAWarningSayingWhyAndHowToOnboardIt()
            throws IOException {
        Object[][] protection = {
                {"Anyshire Fire and Rescue Service - Protection actions"},
                {},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"4", "Protection finding 4", "Do 4", "Protection"},
        };
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service - Prevention actions"},
                {"Ref", "Recommendation", "Action", "Owner", "Progress %"},
                {"1", "Prevention finding 1", "Do 1", "Prevention", 10},
        }, (workbook, sheet) -> {
            XSSFSheet other = workbook.createSheet("Protection");
            for (int r = 0; r < protection.length; r++) {
                XSSFRow row = other.createRow(r);
                for (int c = 0; c < protection[r].length; c++) {
                    row.createCell(c).setCellValue((String) protection[r][c]);
                }
            }
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Ref");
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().sheet()).isEqualTo("Tracker");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref).containsExactly("1");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Protection!A3: this sheet has a tracker's header row too, and is not read, as its header row is row"
                + " 3, not row 2 as on sheet 'Tracker', which is read, and its columns differ from those of 'Tracker':"
                + " E is blank here and 'Progress %' there; move its header row to row 2, as on 'Tracker', and give it"
                + " the headers 'Tracker' has, in the same columns, and onboard again, or onboard it as a plan of its"
                + " own with a mapping whose \"sheet\" is"
                + " 'Protection' and \"headerRow\" 3 (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void hiddenColumnsTotalRowsAndColumnsThatMeanNothingAreLeftOut() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "Old owner", "Owner", "Progress", "Link"},
                {"1", "Improve.", "Nobody", "Prevention", 0.25, "http://x"},
                {"2", "Improve more.", "Nobody", "Protection", 0.5, "http://y"},
                {"Total", null, null, null, 0.375},
        }, (workbook, sheet) -> sheet.setColumnHidden(2, true));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.mapping().columns()).extracting(c -> c.column() + " " + c.field().map(TrackerField::jsonName)
                .orElse("-")).containsExactly("A ref", "B finding", "C -", "D owner", "E progress", "F -");
        assertThat(result.ignoredColumns()).extracting(TrackerMapping.Column::header).containsExactly("Old owner", "Link");
        assertThat(result.skippedRows()).containsExactly("Tracker!A5: a total row");
        assertThat(result.progressAsFractions()).isTrue();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::owner, Recommendation::reportedProgress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("Prevention"), Optional.of(Percent.of(25))),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("Protection"), Optional.of(Percent.of(50))));
    }

    @Test
    void aTrackerNamingNoOrganisationIsToldSoBesideItsCellsProblemsAndHowToNameIt() throws IOException {
        // Run 108 #3: its rows were told only once the organisation was given; #7: "set" one the mapping had not.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Ref", "Recommendation", "Action", "Due", "% complete"},
                {"1", "Improve.", "Act", "Dec 2024", 120},
                {"2", "Improve more.", "Act", "not a date", 10},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains(
                "t.xlsx: Tracker: the tracker names no organisation above its header row (a line such as \"Merseyside"
                        + " Fire and Rescue Service\"); add \"organisation\": \"Anyshire Fire and Rescue Service\" to"
                        + " the mapping (--save-mapping writes one to edit, --mapping reads it)",
                "t.xlsx: Tracker!E2 (1): 120 is not a percentage from 0 to 100; type a number from 0 to 100, such as 50"
                        + " or 50%");
        // and core's warnings of the others, as of a plan with an organisation (run 109 #1)
        assertThat(result.problems()).extracting(WorkbookProblem::toString).anySatisfy(problem -> assertThat(problem)
                .startsWith("t.xlsx: warning: Tracker!D3 (2): 'not a date' is not a timescale"));
    }

    @Test
    void everyProblemIsReportedWithItsCellAndNoPlanIsGiven() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Due", "% complete", "Completed", "RAG"},
                {"1", "Improve.", "Act", "Dec 2024", 120, null, "Purple"},
                {"2", "Improve more.", "Act", 45000, 10, "soon"},
                {"1", "Improve again.", "Act", "Dec 2024"},
                {null, "A finding with no reference of its own."},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!A5 (1): the reference 1 is already used at Tracker!A3; each recommendation's reference"
                        + " is unique, so give this one its own",
                "t.xlsx: Tracker!B6 (1): a second finding (the recommendation or area for improvement) for 1, which"
                        + " already has 'Improve again.' at Tracker!B5; if this row is another recommendation, give it"
                        + " its own reference in column A",
                "t.xlsx: Tracker!E3 (1): 120 is not a percentage from 0 to 100; type a number from 0 to 100, such as 50"
                        + " or 50%",
                "t.xlsx: Tracker!D4 (2): 45000 is a number, not a date (as a date, 45000 is 15 Mar 2023: a date"
                        + " stored as a number, as a paste of values stores one, with no date format to show it); type"
                        + " a date or a timescale (Dec 2024, 2024/25, Ongoing) such as 31/12/2025 (day first), 31 Dec"
                        + " 2025 or 2025-12-31",
                "t.xlsx: Tracker!F4 (2): 'soon' is not a date; type a date such as 31/12/2025 (day first), 31 Dec 2025"
                        + " or 2025-12-31",
                // told once every rating is read, as one warning tells all that are no rating
                "t.xlsx: warning: Tracker!G3 (1): 'Purple' is not a BRAG rating or a status, so no owner's assessment"
                        + " is read from it; use Blue, Red, Amber or Green, or Complete, Off track, At risk or On"
                        + " track");
    }

    @Test
    void anErrorValueOrTrueOrFalseInTheRefColumnIsRefusedAtItsCellNotMadeARecommendation() throws IOException {
        // Trial 36 F3, F11: '#DIV/0!' and '#N/A' became recommendations, one with a sub-action '0.1'; TRUE an owner.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Owner", "Update"},
                {"1", "Improve.", "Protection", "Started."},
                {null, "Improve more.", "Protection", null},
                {null, "And more.", "Protection", null},
                {"4", "Again.", null, null},
        }, (workbook, sheet) -> {
            sheet.getRow(3).createCell(0).setCellFormula("1/0");
            sheet.getRow(3).getCell(0).setCellErrorValue(FormulaError.DIV0);
            sheet.getRow(4).createCell(0).setCellValue(true);
            sheet.getRow(5).createCell(2).setCellValue(false);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains(
                "t.xlsx: Tracker!A4: holds the error #DIV/0! (from the formula =1/0); type the value itself",
                "t.xlsx: Tracker!A5: holds the logical value TRUE, not text; type the reference itself",
                "t.xlsx: warning: Tracker!C6: holds the logical value FALSE, not text, and is read as the word 'FALSE';"
                        + " if that is not meant, type the text itself");
    }

    @Test
    void aFormulasErrorInAnOwnerOrTextColumnIsRefusedAtItsCellNotReadAsText() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Owner", "Update"},
                {"1", "Improve.", null, "Started."},
                {"2", "Improve more.", "Protection", null},
        }, (workbook, sheet) -> {
            sheet.getRow(2).createCell(2).setCellErrorValue(FormulaError.NA);
            sheet.getRow(3).createCell(3).setCellFormula("VLOOKUP(A4,Updates!A:B,2,FALSE)");
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!C3 (1): holds the error #N/A; type the value itself",
                "t.xlsx: Tracker!D4 (2): holds the formula =VLOOKUP(A4,Updates!A:B,2,FALSE) with no saved value, which"
                        + " is not worked out here (a file a script wrote, not Excel); type the value itself, or open"
                        + " the file in Excel or LibreOffice and save it, which saves the value");
    }

    @Test
    void aRatingFormulaWithNoSavedValueIsToldAsAnyFormulaWithNoneIsNotAsAWordThatIsNoRating() throws IOException {
        // Trial 47 F15: told "'' is not a BRAG rating", while the same in the progress column named the formula.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Progress", "RAG"},
                {"1", "Improve.", 40, null},
        }, (workbook, sheet) -> sheet.getRow(2).createCell(3).setCellFormula("IF(C3=1,\"Complete\",\"Green\")"));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!D3 (1): holds the formula =IF(C3=1,\"Complete\",\"Green\") with no saved value,"
                        + " which is not worked out here (a file a script wrote, not Excel); type the value itself, or"
                        + " open the file in Excel or LibreOffice and save it, which saves the value");
    }

    @Test
    void aRatingWhoseWordAndFillDisagreeIsReadByItsWordWithAWarningNamingTheFill() throws IOException {
        // Trial 47 F12: "Green" in a cell filled red was read as Green without a word.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Progress", "RAG"},
                {"1", "Improve.", 40, "Green"},
                {"2", "Improve more.", 40, "Red"},
        }, (workbook, sheet) -> {
            for (int row : new int[] {2, 3}) {
                org.apache.poi.xssf.usermodel.XSSFCellStyle red = workbook.createCellStyle();
                red.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xFF, 0, 0},
                        null));
                red.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                sheet.getRow(row).getCell(3).setCellStyle(red);
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.assessment().orElseThrow()
                .status()).containsExactly(Status.ON_TRACK, Status.OFF_TRACK);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!D3 (1): 'Green' is read as the rating, though the cell is filled red (#FF0000); where the"
                + " colour is the rating now, type Red in the cell and onboard again");
    }

    @Test
    void aWordForNoDateInACompletionDateColumnIsNoCompletionWithAWarning() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Target date", "Date completed"},
                {"1", "Improve.", "Mar 2026", "N/A"},
                {"2", "Improve more.", "Mar 2025", "14/02/2025"},
                {"3", "Improve again.", "Mar 2026", "soon"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D3 (1): 'N/A' is no date, so the item is read as not completed; leave the"
                        + " cell blank until the work is finished",
                "t.xlsx: Tracker!D5 (3): 'soon' is not a date; type a date such as 31/12/2025 (day first), 31 Dec 2025"
                        + " or 2025-12-31");
    }

    @Test
    void completeOrClosedInTheTargetDateIsReadAsCompleteWithNoCompletionDateAndAWarningSayingHowToGiveOne()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "% complete"},
                {"1", "Improve.", null, "Complete"},
                {"2", "Improve more.", null, null},
                {"2.1", null, "Train crews", "closed"},
                {"2.2", null, "Brief managers", "COMPLETED", 50},
                {"2.3", null, "Review it", "Mar 2026"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        List<Recommendation> recommendations = result.plan().orElseThrow().recommendations();
        assertThat(recommendations.get(0).reportedProgress()).contains(Percent.HUNDRED);
        assertThat(recommendations.get(0).deadline()).isEmpty();
        assertThat(recommendations.get(0).completedOn()).isEmpty();
        assertThat(recommendations.get(1).subActions()).extracting(SubAction::id, SubAction::progress,
                SubAction::due, SubAction::completedOn).containsExactly(
                tuple("2.1", Optional.of(Percent.HUNDRED), Optional.empty(), Optional.empty()),
                tuple("2.2", Optional.of(Percent.of(50)), Optional.empty(), Optional.empty()),
                tuple("2.3", Optional.empty(), Optional.of(Timescale.parse("Mar 2026")), Optional.empty()));
        // The items done are one warning, told once all are read; the one whose progress says otherwise its own.
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D6 (2 / 2.2): 'COMPLETED' is no timescale, so the item has no due date; its"
                        + " progress is read from E6, '50'; where the work is done, make that 100% and give the day"
                        + " it was finished in a completion date column (\"Date completed\"), and onboard again",
                "t.xlsx: warning: Tracker!D3: 'Complete' or 'closed' in the target date of 2 items (D3 and D5) is read"
                        + " as each being complete, at 100%, with no due date; the day each was finished is not known,"
                        + " so they have none: to give them, add a completion date column (\"Date completed\") beside"
                        + " the target date and onboard again, or type each in \"Completed on\" in the update"
                        + " workbook");
    }

    @Test
    void aShareOfOneAmongPercentagesIsReadAsAPercentageWithAWarningAtItsCell() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Due", "% complete"},
                {"1", "Improve.", "Mar 2026", 75},
                {"2", "Improve more.", "Mar 2026", 0.5},
                {"3", "Improve again.", "Mar 2026", "40%"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::reportedProgress)
                .containsExactly(Optional.of(Percent.of(75)), Optional.of(Percent.of(new java.math.BigDecimal("0.5"))),
                        Optional.of(Percent.of(40)));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker!D4 (2): 0.5 is read as 0.5%, as the column's other numbers are percentages; if it means 50%"
                + " done, type 50");
    }

    @Test
    void aTrackerOfMoreItemsThanAPlanIsReadWithGivesNoPlan() throws IOException {
        // Each row a recommendation and its update: two items a row, so within the rows a tracker may have.
        int most = io.github.actionplan.json.PlanReader.Limits.DEFAULT.maxItems();
        Object[][] rows = new Object[2 + most / 2 + 1][];
        rows[0] = new Object[] {"Anyshire Fire and Rescue Service"};
        rows[1] = new Object[] {"Ref", "Recommendation", "Update"};
        for (int r = 2; r < rows.length; r++) {
            rows[r] = new Object[] {String.valueOf(r - 1), "Improve area " + (r - 1) + ".", "Work continues."};
        }
        Path file = tracker("t.xlsx", rows, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Tracker: the plan"
                + " it would give holds 20,002 recommendations, sub-actions and updates, more than the 20,000 a plan is"
                + " read with; onboard the tracker as several plans, a sheet or a part of it each");
    }

    @Test
    void aDateFormulaThatFoundNothingIsAProblemAtItsCellNotADeadlineIn1899() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Due", "% complete"},
                {"1", "Improve.", "Act", LocalDate.of(2024, 12, 31), 50},
        }, (workbook, sheet) -> {
            // As =Actions!D7 shows a blank date: the formula's saved result is 0, in a date format.
            sheet.getRow(2).getCell(3).setCellFormula("Z99");
            sheet.getRow(2).getCell(3).setCellValue(0);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!D3 (1): 0 is not a date (Excel shows it as 0 Jan 1900 and LibreOffice as 30 Dec"
                        + " 1899, as they show a date formula that found nothing); type a date or a timescale (Dec"
                        + " 2024, 2024/25, Ongoing) such as 31/12/2025 (day first), 31 Dec 2025 or 2025-12-31");
    }

    @Test
    void aValidationProblemPointsAtTheCellItCameFrom() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Target date", "Date completed"},
                {"1", "Improve.", "Act", "By next spring", LocalDate.of(2025, 9, 1)},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::cell).contains("Tracker!D3", "Tracker!E3");
        assertThat(result.plan()).isEmpty();
    }

    @Test
    void aMappingsTitleOtherThanTheSheetsOwnIsKeptWithAWarningNamingBoth() throws Exception {
        // Trial 47 F11: a mapping saved from the 2021-22 sheet and given for the 2023-25 one titled its plan 2021-22.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Southmoor Fire and Rescue Service"},
                {"HMICFRS 2023-25 inspection action plan"},
                {"Ref", "Finding"},
                {"AFI 1", "Improve."},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 3, "title": "HMICFRS 2021-22 inspection action plan",
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Finding", "field": "finding"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).withMapping(mapping)
                .read(file);

        assertThat(result.plan().orElseThrow().title()).isEqualTo("HMICFRS 2021-22 inspection action plan");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Tracker: the plan takes the mapping's title, 'HMICFRS 2021-22 inspection action plan', though the"
                + " lines above this sheet's header give 'HMICFRS 2023-25 inspection action plan'; where that is the"
                + " plan's, give it as the mapping's \"title\", or leave \"title\" out, and onboard again");
    }

    @Test
    void aGivenMappingIsUsedExactlyAndRoundTripsThroughJson() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"No.", "Text", "Who"},
                {"7", "Improve.", "Prevention"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "tracker", "headerRow": 2, "kind": "cause_of_concern", "source": "Inspection 2024",
                  "columns": [ {"column": "A", "header": "No.", "field": "ref"},
                               {"column": "B", "header": "Text", "field": "finding"},
                               {"column": "C", "header": "Who", "field": "ignore"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withMapping(mapping).read(file);

        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecommendationKind.CAUSE_OF_CONCERN);
            assertThat(r.owner()).isEmpty();
        });
        assertThat(plan.source().title()).isEqualTo("Inspection 2024");
        assertThat(TrackerMapping.fromJson(result.mapping().toJson())).isEqualTo(result.mapping());
    }

    @Test
    void aMappingWhoseHeaderRowHoldsNoneOfItsHeadersIsRefusedNamingTheRowTheyAreOn() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"No.", "Text", "Who"},
                {"7", "Improve.", "Prevention"},
                {"8", "Improve more.", "Protection"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 3, "organisation": "Anyshire Fire and Rescue Service",
                  "columns": [ {"column": "A", "header": "No.", "field": "ref"},
                               {"column": "B", "header": "Text", "field": "finding"},
                               {"column": "C", "header": "Who", "field": "owner"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withMapping(mapping).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Tracker!A3: none"
                + " of the mapping's 3 column headers is on row 3, its \"headerRow\"; they are on row 2: correct"
                + " \"headerRow\" to 2");
    }

    @Test
    void aMappingsSheetThatIsMissingIsRefusedNamingTheSheetsThereAre() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {{"Ref", "Finding", "Owner"}}, NONE);
        TrackerMapping mapping = new TrackerMapping("Actions", 1, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> TrackerImport.defaults().withMapping(mapping).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("t.xlsx has no sheet named 'Actions'; its sheets are 'Tracker'. Correct \"sheet\" in the mapping");
    }

    @Test
    void mergedCellsCoveringMoreThanATrackerHasAreRefused() throws IOException {
        Path file = tracker("merged.xlsx", new Object[][] {{"Ref", "Finding", "Owner"}}, (workbook, sheet) -> {
            sheet.createRow(19_999);
            sheet.addMergedRegion(new CellRangeAddress(1, 19_999, 0, 99));
        });

        assertThatThrownBy(() -> TrackerImport.defaults().read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("merged.xlsx has merged cells covering more than 500000 cells on its sheet 'Tracker', far"
                        + " more than a tracker has; unmerge them (in Excel: Home > Merge & Center > Unmerge Cells)"
                        + " and save it again");
    }

    @Test
    void anAppendixWhoseFindingsBeginWithTheirReferencesIsRefusedSayingToMoveThemIntoARefColumn()
            throws IOException {
        // Trial 39 F5: Derbyshire's appendix as published; "head the column of references Ref" led to another error.
        Path file = tracker("appendix.xlsx", new Object[][] {
                {"Derbyshire Fire & Rescue Service"},
                {"Summary", "Sub actions", "Deadline date", "Status", "Overall %"},
                {"Rec 17: With immediate effect, chief fire officers should act.", 2, "30/03/2023", "Open", 87},
                {"Recommendation 34: With immediate effect, chief fire officers should act.", 2, "30/03/2023",
                        "Open", 87},
                {"Rec:3 By 1 June 2023, chief fire officers should review.", 3, "01/06/2023", "Open", 6},
        }, NONE);

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("the closest is row 2 of 'Tracker', which names finding, subActionCount, due,"
                        + " progress and rag but no reference column, its findings beginning with their references"
                        + " ('Rec 17: With immediate e…' in A3): insert a column before A, head it Ref, and move each"
                        + " finding's reference into it, or give a mapping with --mapping");
    }

    @Test
    void theUpdateColumnsHeaderGivesTheReportingPeriod() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "AFI", "Owner", "October to December 2024 update"},
                {"1", "Improve.", "Prevention", "We did:\n• one thing\n• another"},
        }, NONE);

        ActionPlan plan = TrackerImport.defaults().read(file).plan().orElseThrow();

        assertThat(plan.period()).contains(ReportingPeriod.parse("Q3 2024/25"));
        assertThat(plan.asOf()).contains(LocalDate.of(2024, 12, 31));
        assertThat(plan.recommendations().get(0).latestUpdate().orElseThrow().text())
                .isEqualTo("We did:\n\n- one thing\n- another");
    }

    @Test
    void ragFillsInPaletteAndThemeColoursAreReadAsTheRgbOnesAre() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "RAG"},
                {"1", "Finding one"},
                {"2", "Finding two"},
                {"3", "Finding three"},
                {"4", "Finding four"},
                {"5", "Finding five"},
        }, (workbook, sheet) -> {
            // As Excel 97's palette and Office's theme save them: an index, or a theme colour with a tint.
            XSSFColor accent6 = new XSSFColor(new DefaultIndexedColorMap());
            accent6.setTheme(9);
            XSSFColor accent2Darker = new XSSFColor(new DefaultIndexedColorMap());
            accent2Darker.setTheme(5);
            accent2Darker.setTint(-0.25);
            XSSFColor accent1Pale = new XSSFColor(new DefaultIndexedColorMap());
            accent1Pale.setTheme(4);
            accent1Pale.setTint(0.8);
            List<Object> colours = List.of(IndexedColors.RED.getIndex(), IndexedColors.BRIGHT_GREEN.getIndex(),
                    accent6, accent2Darker, accent1Pale);
            for (int i = 0; i < colours.size(); i++) {
                XSSFCellStyle style = workbook.createCellStyle();
                if (colours.get(i) instanceof Short index) {
                    style.setFillForegroundColor(index);
                } else {
                    style.setFillForegroundColor((XSSFColor) colours.get(i));
                }
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                sheet.getRow(2 + i).createCell(2).setCellStyle(style);
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        // A pale tint is no rating, as a pale RGB fill is not: a tracker shades its header or its zebra rows so.
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::assessment)
                .containsExactly(Optional.of(OwnerAssessment.of(Status.OFF_TRACK, Q1)),
                        Optional.of(OwnerAssessment.of(Status.ON_TRACK, Q1)),
                        Optional.of(OwnerAssessment.of(Status.ON_TRACK, Q1)),
                        Optional.of(OwnerAssessment.of(Status.AT_RISK, Q1)), Optional.empty());
    }

    @Test
    void excelsGoodNeutralAndBadFillsAreReadAsGreenAmberAndRedAndAFillOfNoRatingIsWarnedOfAtItsCell()
            throws IOException {
        // Trial 39 F1: Good and Bad (Home > Cell Styles) were dropped unsaid, Neutral read as Amber.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Owner", "RAG"},
                {"1", "Finding one", "Prevention"},
                {"2", "Finding two", "Prevention"},
                {"3", "Finding three", "Prevention"},
                {"4", "Finding four", "Prevention"},
                {"5", "Finding five", "Prevention"},
        }, (workbook, sheet) -> {
            int[] fills = {0xC6EFCE, 0xFFEB9C, 0xFFC7CE, 0x7030A0};
            for (int r = 0; r < fills.length; r++) {
                sheet.getRow(r + 2).createCell(3).setCellStyle(fill(workbook, fills[r]));
            }
            // A row shaded across, its rating cell with it, is no rating, and no warning.
            for (int c = 0; c < 4; c++) {
                Cell cell = sheet.getRow(6).getCell(c) == null ? sheet.getRow(6).createCell(c) : sheet.getRow(6)
                        .getCell(c);
                cell.setCellStyle(fill(workbook, 0xD9E1F2));
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::assessment)
                .containsExactly(Optional.of(OwnerAssessment.of(Status.ON_TRACK, Q1)),
                        Optional.of(OwnerAssessment.of(Status.AT_RISK, Q1)),
                        Optional.of(OwnerAssessment.of(Status.OFF_TRACK, Q1)), Optional.empty(), Optional.empty());
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("fill"))
                .containsExactly("t.xlsx: warning: Tracker!D6 (4): the fill #7030A0 is no colour of a BRAG rating"
                + " (red, amber, green or blue), so no owner's assessment is read from it; type the rating in the"
                + " cell: Blue, Red, Amber or Green, or Complete, Off track, At risk or On track");
    }

    @Test
    void aHiddenRowIsReadAsTheRowsShownAreWithAWarningNamingIt() throws IOException {
        // Trial 39 F3: a hidden superseded action was read unsaid, its Red the recommendation's rating.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"1", "Finding one", "First action", "Prevention"},
                {null, null, "Superseded action", "Prevention"},
                {"2", "Finding two", "Only action", "Prevention"},
        }, (workbook, sheet) -> sheet.getRow(3).setZeroHeight(true));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations().getFirst().subActions()).extracting(s -> s
                .description().orElseThrow()).containsExactly("First action", "Superseded action");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("hidden"))
                .containsExactly("t.xlsx: warning: Tracker!A4 (1): row 4 is hidden, by hand or by a filter, and is"
                + " read as the rows shown are; if it holds work no longer part of the plan (superseded, say), delete"
                + " it from the tracker and onboard it again");
    }

    @Test
    void anOwnerWithAnInvisibleCharacterPastedInIsTheOwnerItReadsAs() throws IOException {
        // Trial 50 F7: "Prot\u200bection" was an owner of its own beside "Protection", with a copy of its own.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Owner"},
                {"1", "Finding one", "Protection"},
                {"2", "Finding two", "Prot\u200bection"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.owner().orElseThrow())
                .containsExactly("Protection", "Protection");
    }

    @Test
    void aCellLinkingToEvidenceKeepsTheAddressAfterItsTextAsAReportsLink() throws IOException {
        // Trial 47 F2: "Evidence pack" was kept, and the SharePoint address it linked to dropped without a word.
        String address = "https://anyshire.sharepoint.com/sites/hmicfrs/evidence%20pack.pdf";
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Notes"},
                {"1", "Finding one", "Publish the policy", "Evidence pack"},
                {"2", "Finding two", address, "See " + address},
        }, (workbook, sheet) -> {
            for (int row : new int[] {2, 3}) {
                for (int column : new int[] {2, 3}) {
                    org.apache.poi.ss.usermodel.Hyperlink link = workbook.getCreationHelper().createHyperlink(
                            org.apache.poi.common.usermodel.HyperlinkType.URL);
                    link.setAddress(address);
                    sheet.getRow(row).getCell(column).setHyperlink(link);
                }
            }
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        // said once: a cell whose text gives the address already is as it is
        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.subActions().getFirst()
                .description().orElseThrow(), r -> r.notes().or(() -> r.subActions().getFirst().notes()).orElseThrow())
                .containsExactly(
                        tuple("Publish the policy (" + address + ")", "Evidence pack (" + address + ")"),
                        tuple(address, "See " + address));
    }

    @Test
    void aLinkWithSpacesAsSharePointWritesThemKeepsItsAddressEncodedAndAFileLinkIsNotTaken() throws IOException {
        // Trial 50 F6: POI's stand-in for an address java.net.URI refuses, http://invalid.uri, became every report's
        // link, and the evidence's address was lost without a word.
        String sharePoint = "https://anyshire.sharepoint.com/sites/x/Shared%20Documents/Evidence%20pack.pdf";
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Notes"},
                {"1", "Finding one", "Publish the policy", "Evidence pack"},
                {"2", "Finding two", "Train staff", "Our copy"},
        }, (workbook, sheet) -> {
            for (int row : new int[] {2, 3}) {
                org.apache.poi.ss.usermodel.Hyperlink link = workbook.getCreationHelper().createHyperlink(
                        org.apache.poi.common.usermodel.HyperlinkType.URL);
                link.setAddress(row == 2 ? sharePoint : "file:///C:/Users/me/Our%20copy.docx");
                sheet.getRow(row).getCell(3).setHyperlink(link);
            }
        });
        // As Excel writes them: with spaces, which java.net.URI refuses.
        try (FileSystem zip = FileSystems.newFileSystem(file)) {
            Path relationships = zip.getPath("xl/worksheets/_rels/sheet1.xml.rels");
            Files.writeString(relationships, Files.readString(relationships).replace("%20", " "));
        }

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.notes()
                .or(() -> r.subActions().getFirst().notes()).orElseThrow())
                .containsExactly("Evidence pack (" + sharePoint + ")", "Our copy");
    }

    @Test
    void progressKeptAsAStateInWordsIsNoProgressReportedWithOneWarningNamingTheWordsAndCells() throws IOException {
        // Trial 47 F5: "In progress" refused the whole tracker, asking for a made-up percentage on every row.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Progress"},
                {"1", "Finding one", "Do one", "In progress"},
                {"2", "Finding two", "Do two", "On hold"},
                {"3", "Finding three", "Do three", "In progress"},
                {"4", "Finding four", "Do four", "Complete"},
                {"5", "Finding five", "Do five", 40},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(r -> r.progressReported() ? r.progress()
                .displayText() : "none").containsExactly("none", "none", "none", "100%", "40%");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D3: 'In progress' (D3 and D5) and 'On hold' (D4) give no percentage, so their"
                        + " items have no progress reported; type a percentage (50 or 50%) where one is known, or"
                        + " leave the cell blank");
    }

    @Test
    void aRowStruckThroughIsReadAsTheOthersAreWithAWarningNamingIt() throws IOException {
        // Trial 47 F1: a struck-through superseded action was read unsaid, its Red the recommendation's rating.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action", "Owner"},
                {"1", "Finding one", "First action", "Prevention"},
                {null, null, "Superseded action", "Prevention"},
                {"2", "Finding two", "Only action, its owner struck alone", "Prevention"},
        }, (workbook, sheet) -> {
            org.apache.poi.ss.usermodel.Font struck = workbook.createFont();
            struck.setStrikeout(true);
            org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
            style.setFont(struck);
            sheet.getRow(3).forEach(cell -> cell.setCellStyle(style));
            sheet.getRow(4).getCell(3).setCellStyle(style);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations().getFirst().subActions()).extracting(s -> s
                .description().orElseThrow()).containsExactly("First action", "Superseded action");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("struck"))
                .containsExactly("t.xlsx: warning: Tracker!A4 (1): row 4 is struck through, as superseded work is"
                + " marked, and is read as any other row is; if it holds work no longer part of the plan"
                + " (superseded, say), delete it from the tracker and onboard it again");
    }

    @Test
    void rowsOfOneRecommendationSortedApartEachWithItsReferenceAndFindingAreReadAsItsActionsWithAWarning()
            throws IOException {
        // Trial 39 F6: a flat list sorted by date was refused, told to give the second row a reference of its own.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Owner"},
                {"AFI 1", "Finding one", "First", "Prevention"},
                {"AFI 2", "Finding two", "Second", "Protection"},
                {"AFI 1", "Finding one.", "Third", "Prevention"}, // a full stop more: the same finding
                {"AFI 1", "finding  one", "Fourth", "Prevention"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                r -> r.subActions().stream().map(s -> s.description().orElseThrow()).toList()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AFI 1", List.of("First", "Third", "Fourth")),
                org.assertj.core.groups.Tuple.tuple("AFI 2", List.of("Second")));
        assertThat(result.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("apart"))
                .containsExactly("t.xlsx: warning: Tracker!A5 (AFI 1): the rows of AFI 1 (3, 5 and 6) are apart,"
                + " each with its reference and finding (a list sorted by another column?), and are read as one"
                + " recommendation's actions, in the order they stand; sort the tracker by its reference column to"
                + " keep them together");
    }

    @Test
    void fillColoursReadAsTheirNearestBragColour() {
        assertThat(TrackerSheet.brag(new Colour(255, 0, 0))).contains(Brag.RED);
        assertThat(TrackerSheet.brag(Colour.parse("#B10E1E"))).contains(Brag.RED);
        assertThat(TrackerSheet.brag(Colour.parse("#FFC000"))).contains(Brag.AMBER);
        assertThat(TrackerSheet.brag(Colour.parse("#FFFF00"))).contains(Brag.AMBER);
        assertThat(TrackerSheet.brag(Colour.parse("#00B050"))).contains(Brag.GREEN);
        assertThat(TrackerSheet.brag(Colour.parse("#0070C0"))).contains(Brag.BLUE);
        assertThat(TrackerSheet.brag(Colour.WHITE)).isEmpty();
        assertThat(TrackerSheet.brag(Colour.parse("#D9E1F2"))).isEmpty();
        // Excel's Good, Neutral and Bad; pale yellow and blue, an input cell's or a header's, are no rating.
        assertThat(TrackerSheet.brag(Colour.parse("#C6EFCE"))).contains(Brag.GREEN);
        assertThat(TrackerSheet.brag(Colour.parse("#FFEB9C"))).contains(Brag.AMBER);
        assertThat(TrackerSheet.brag(Colour.parse("#FFC7CE"))).contains(Brag.RED);
        assertThat(TrackerSheet.brag(Colour.parse("#FFF2CC"))).isEmpty();
        assertThat(TrackerSheet.brag(Colour.parse("#FFFFCC"))).isEmpty();
        assertThat(TrackerSheet.brag(Colour.parse("#BDD7EE"))).isEmpty();
        assertThat(TrackerSheet.unreadFill(Colour.parse("#FFF2CC"))).isFalse();
        assertThat(TrackerSheet.unreadFill(Colour.parse("#7030A0"))).isTrue();
    }

    @Test
    void headersAreMatchedByTheNamesServicesUse() {
        assertThat(TrackerHeaders.field("Ref. No.")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("Rec No.")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("Recommendation ref")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("AFI number")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("Item No")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("Action ref")).contains(TrackerField.ACTION_REF);
        assertThat(TrackerHeaders.field("Sub-action no.")).contains(TrackerField.ACTION_REF);
        assertThat(TrackerHeaders.field("Recommendation")).contains(TrackerField.FINDING);
        assertThat(TrackerHeaders.field("Accountable director")).contains(TrackerField.OWNER);
        assertThat(TrackerHeaders.field("Current RAG")).contains(TrackerField.RAG);
        assertThat(TrackerHeaders.field("Latest position")).contains(TrackerField.UPDATE);
        assertThat(TrackerHeaders.field("Closure date")).contains(TrackerField.COMPLETED_ON);
        assertThat(TrackerHeaders.field("Action to achieve required outcomes")).contains(TrackerField.ACTION);
        assertThat(TrackerHeaders.field("Required outcomes")).contains(TrackerField.REQUIRED_OUTCOMES);
        assertThat(TrackerHeaders.field("Responsible function")).contains(TrackerField.OWNER);
        assertThat(TrackerHeaders.field("Action owner")).contains(TrackerField.OWNER);
        assertThat(TrackerHeaders.field("Deadline")).contains(TrackerField.DUE);
        assertThat(TrackerHeaders.field("% complete")).contains(TrackerField.PROGRESS);
        assertThat(TrackerHeaders.field("Progress update")).contains(TrackerField.UPDATE);
        assertThat(TrackerHeaders.field("Q2 Update")).contains(TrackerField.UPDATE);
        assertThat(TrackerHeaders.field("Progress to date")).contains(TrackerField.UPDATE);
        assertThat(TrackerHeaders.field("Current position")).contains(TrackerField.UPDATE);
        assertThat(TrackerHeaders.field("% progress to date")).contains(TrackerField.PROGRESS);
        assertThat(TrackerHeaders.field("Last updated")).isEmpty();
        assertThat(TrackerHeaders.field("Date last updated")).isEmpty();
        assertThat(TrackerHeaders.field("Update date")).isEmpty();
        assertThat(TrackerHeaders.field("Updated by")).isEmpty();
        assertThat(TrackerHeaders.field("*BRAG")).contains(TrackerField.RAG);
        assertThat(TrackerHeaders.field("Area for improvement")).contains(TrackerField.FINDING);
        assertThat(TrackerHeaders.field("Notes")).contains(TrackerField.NOTES);
        assertThat(TrackerHeaders.field("Type")).contains(TrackerField.KIND);
        assertThat(TrackerHeaders.field("Recommendation type")).contains(TrackerField.KIND);
        assertThat(TrackerHeaders.field("Link to CRMP")).isEmpty();
    }

    @Test
    void theActionsColumnIsKnownByTheWordsServicesUseAndAnActionsOwnerOrWhatWasDoneStayTheirs() {
        for (String header : List.of("What we will do", "What will we do?", "What we'll do", "What we are going to"
                + " deliver", "Actions", "Action(s)", "Planned action(s)", "Activity", "Activities", "Key tasks",
                "Action to achieve required outcomes", "Improvement actions")) {
            assertThat(TrackerHeaders.field(header)).as(header).contains(TrackerField.ACTION);
        }
        for (String header : List.of("Action owner", "Activity lead", "Responsible officer")) {
            assertThat(TrackerHeaders.field(header)).as(header).contains(TrackerField.OWNER);
        }
        for (String header : List.of("Actions taken", "Action(s) taken to date", "What we have done so far",
                "What has been done", "Activity update")) {
            assertThat(TrackerHeaders.field(header)).as(header).contains(TrackerField.UPDATE);
        }
        assertThat(TrackerHeaders.field("What we will achieve")).isEmpty();
        assertThat(TrackerHeaders.field("Progress")).contains(TrackerField.PROGRESS);
        assertThat(TrackerHeaders.field("Activity status")).contains(TrackerField.RAG);
        assertThat(TrackerHeaders.field("Activity ref")).contains(TrackerField.ACTION_REF);
        assertThat(TrackerHeaders.field("Task no.")).contains(TrackerField.ACTION_REF);
        assertThat(TrackerHeaders.field("Activity deadline")).contains(TrackerField.DUE);
        assertThat(TrackerHeaders.field("No. of actions")).contains(TrackerField.SUB_ACTION_COUNT);
    }

    @Test
    void aColumnNotReadThatHoldsTextOnMostRowsIsWarnedOfAtItsHeaderSayingHowToReadItAsTheActions() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Rec No.", "Finding", "Our plan", "Theme", "Responsible officer", "Link"},
                {"AFI 1", "The service should improve X.", null, "Prevention work", "Prevention", null},
                {"1.1", null, "Review the policy", "Prevention work", "Prevention", "http://x/1"},
                {"1.2", null, "Train the managers", "Prevention work", "Prevention", "http://x/2"},
                {"AFI 2", "The service should improve Y.", null, "Protection work", "Protection", null},
                {"2.1", null, "Audit the premises", "Protection work", "Protection", "http://x/3"},
                {"2.2", null, "Publish the results", "Protection work", "Protection", "http://x/4"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.plan().orElseThrow().recommendations()).flatExtracting(Recommendation::subActions)
                .extracting(SubAction::description).containsOnly(Optional.empty());
        // The theme is one text on many rows, the link one word: neither is an action's text.
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!C2: column C, 'Our plan', is not read, as its header names nothing a plan"
                        + " holds, though it holds text on 4 of the 6 rows read, different on each; no column is read"
                        + " as action (what is to be done), so no sub-action has a description: if it holds the"
                        + " actions, save the mapping (--save-mapping), give this column the field action, {\"column\":"
                        + " \"C\", \"header\": \"Our plan\", \"field\": \"action\"}, and onboard again with --mapping");
    }

    @Test
    void aSecondColumnHeadedForAFieldAlreadyReadThatHoldsTextIsWarnedOfWhereActionsAndNotesAreBothRead()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "Action", "Comments", "Actions", "Owner"},
                {"AFI 1", "The service should improve X.", "Review the policy", "On time", "Then brief the crews",
                        "Prevention"},
                {"AFI 2", "The service should improve Y.", "Audit the premises", "On time", "Then publish the audit",
                        "Protection"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).read(file);

        assertThat(result.plan()).isPresent();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!E2: column E, 'Actions', is not read, as its header names action, which"
                        + " column C is read as, though it holds text on 2 of the 2 rows read, different on each, so"
                        + " its text is nowhere in the plan: if the plan should keep it, move it into column C's"
                        + " cells, or"
                        + " save the mapping (--save-mapping), give column E the field action in column C's place,"
                        + " {\"column\": \"E\", \"header\": \"Actions\", \"field\": \"action\"}, and onboard again with"
                        + " --mapping");
    }

    @Test
    void aColumnAGivenMappingIgnoresThatHoldsTextOnMostRowsIsWarnedOfAsNotesWhereTheActionsAreRead() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "What we will do", "Evidence", "Officer"},
                {"AFI 1", "The service should improve X.", "Review the policy", "Policy v2 approved", "Prevention"},
                {"AFI 2", "The service should improve Y.", "Audit the premises", "Audit report 2026", "Protection"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Finding", "field": "finding"},
                               {"column": "C", "header": "What we will do", "field": "action"},
                               {"column": "D", "header": "Evidence", "field": "ignore"},
                               {"column": "E", "header": "Officer", "field": "ignore"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 6, 30)).withMapping(mapping)
                .read(file);

        assertThat(result.plan()).isPresent();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D2: the mapping maps column D, 'Evidence', to ignore, though it holds text on"
                        + " 2 of the 2 rows read, different on each; no column is read as notes, so its text is nowhere"
                        + " in the plan: if it holds notes on the items, give it the field notes in the mapping,"
                        + " {\"column\": \"D\", \"header\": \"Evidence\", \"field\": \"notes\"}, and onboard again");
    }

    @Test
    void aControlCharacterInAReferenceOrAnActionsIdIsAnErrorAtEachCellNotACrash() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action ref", "Action", "Owner"},
                {"a\u0085b", "Review support.", null, "Review the policy", "HR"},
                {"2", "Publish data."},
                {"2", null, "2.\n1", "Publish it", "Data"},
                {"2", null, "b\u0085", "Check it", "Data"},
                {"3", "Train managers.", null, "Train them", "HR"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!A3 (a<U+0085>b): the reference 'a<U+0085>b' holds a control character (U+0085), which"
                        + " comes with text pasted from another system and shows as nothing or a box; a reference is"
                        + " one line of letters, digits, spaces and punctuation: retype it",
                "t.xlsx: Tracker!C5 (2 / 2.\\n1): the sub-action id '2.\\n1' holds a line break (U+000A); an id is one"
                        + " line of letters, digits and punctuation: retype it, such as 1.1 or a",
                "t.xlsx: Tracker!C6 (2 / b<U+0085>): the sub-action id 'b<U+0085>' holds a control character (U+0085),"
                        + " which comes with text pasted from another system and shows as nothing or a box; an id is"
                        + " one line of letters, digits and punctuation: retype it, such as 1.1 or a");
    }

    @Test
    void oneColumnOfFindingsAndActionsIsRefusedSayingToGiveTheActionsAColumnOfTheirOwn() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding / action", "Owner"},
                {"R1", "The service should review support.", "HR"},
                {"a", "Review the policy", "HR"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Tracker!A2: no"
                + " column is mapped to finding (the recommendation or area for improvement); name it in the header"
                + " row, or map it in the mapping's \"columns\"; where one column, such as 'Finding / action' (column"
                + " B), holds both, findings on their rows and actions on theirs, move the actions to a column of"
                + " their own: a column is read as one field");
    }

    @Test
    void anOwnerInAnotherCaseIsWarnedOfOnceAtItsCellNamingTheOtherByItsCellNotItsJsonPath() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action ref", "Action", "Owner"},
                {"1", "Review support.", null, null, "HR"},
                {"1", null, "1.1", "Audit referrals", "Safeguarding Lead"},
                {"1", null, "1.2", "Refresh training", "Safeguarding lead"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!E5 (1 / 1.2): owner 'Safeguarding lead' differs only in its case or spacing"
                        + " from 'Safeguarding Lead' (E4), named on 1 item too: each name is an owner of its own, with"
                        + " an update workbook of its own; if it is a slip, write the two alike, as whichever is right");
    }

    @Test
    void anOwnerOnSeveralLinesIsReadOnOneAsAPlanNamesAnOwnerAndWarnedOfOnce() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Action ref", "Action", "Owner"},
                {"1", "Review support.", null, null, "Area Manager Smith\nPrevention"},
                {"1", null, "1.1", "Review the policy", "Prevention /\r\nProtection"},
                {"1", null, "1.2", "Publish it", "Area Manager Smith\nPrevention"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        Recommendation read = result.plan().orElseThrow().recommendations().getFirst();
        assertThat(read.owner()).contains("Area Manager Smith, Prevention");
        assertThat(read.subActions()).extracting(SubAction::owner).containsExactly(
                Optional.of("Prevention / Protection"), Optional.empty());
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!E3 (1): the owner 'Area Manager Smith\\nPrevention' is read as 'Area Manager"
                        + " Smith, Prevention', on one line, as a plan names an owner; if that is not who it is, write"
                        + " the name on one line in the tracker",
                "t.xlsx: warning: Tracker!E4 (1 / 1.1): the owner 'Prevention /\\nProtection' is read as"
                        + " 'Prevention / Protection', on one line, as a plan names an owner; if that is not who it is,"
                        + " write the name on one line in the tracker",
                "t.xlsx: warning: Tracker!E5 (1 / 1.2): the owner 'Area Manager Smith\\nPrevention' is read as 'Area"
                        + " Manager Smith, Prevention', on one line, as a plan names an owner; if that is not who it"
                        + " is, write the name on one line in the tracker");
    }

    @Test
    void aSubActionCountBesideAReferenceWithAControlCharacterNumbersNoSubActionsAndIsNoCrash() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "No. of sub-actions"},
                {"a\u0085b", "Review support.", 2},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::cell).containsExactly("Tracker!A3");
    }

    @Test
    void aReferenceUsedAgainFurtherDownIsAnErrorAtItNotACrash() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Owner"},
                {"1", "Review support.", "HR"},
                {"2", "Publish data.", "Data"},
                {"1", "Train managers.", "HR"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!A5 (1): the reference 1 is already used at Tracker!A3; each recommendation's reference"
                        + " is unique, so give this one its own");
    }

    @Test
    void aTrackerOfThousandsOfRowsReadPastListsTheFirstThousandAndSaysHowManyMore() throws IOException {
        Object[][] rows = new Object[2 + 1 + 10_000][];
        rows[0] = new Object[] {"Anyshire Fire and Rescue Service"};
        rows[1] = new Object[] {"Ref", "Recommendation", "Target date"};
        rows[2] = new Object[] {"1", "Review support.", "Mar 2026"};
        for (int r = 3; r < rows.length; r++) {
            rows[r] = new Object[] {"Total"};
        }
        Path file = tracker("t.xlsx", rows, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isPresent();
        assertThat(result.skippedRows()).hasSize(1_001).startsWith("Tracker!A4: a total row")
                .contains("Tracker!A1003: a total row").doesNotContain("Tracker!A1004: a total row")
                .endsWith("9,000 more rows, not listed: the first 1,000 are");
    }

    @Test
    void aNumberTypedInATrackersDateCellIsAnErrorAtItsCellNotADayOf1900() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Target date", "Completion date"},
                {"1", "Review support.", LocalDate.of(2025, 12, 31)},
                {"2", "Review training.", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)},
        }, (workbook, sheet) -> {
            // Typed over in the tracker's date cells, which keep their date format.
            sheet.getRow(2).getCell(2).setCellValue(2026);
            sheet.getRow(3).getCell(3).setCellValue(31);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!C3 (1): the cell holds the number 2026, which its date format shows as 18 Jul 1905:"
                        + " a number typed in a date cell counts days from 1900, it is not a date; type a date or a"
                        + " timescale (Dec 2024, 2024/25, Ongoing) such as 31/12/2025 (day first), 31 Dec 2025 or"
                        + " 2025-12-31",
                "t.xlsx: Tracker!D4 (2): the cell holds the number 31, which its date format shows as a day at the"
                        + " start of 1900: a"
                        + " number typed in a date cell counts days from 1900, it is not a date; type a date such as"
                        + " 31/12/2025 (day first), 31 Dec 2025 or 2025-12-31");
    }

    @Test
    void aQuarterOrDateOfAYearNoPlanReportsOnIsAnErrorAtItsCellNotACrash() throws IOException {
        Path due = tracker("due.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Recommendation", "Target date"},
                {"1", "Review support.", "Q1 1899/00"},
        }, NONE);
        Path dated = tracker("dated.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"HMICFRS action plan as at 31/12/0001"},
                {"Ref", "Recommendation", "Target date"},
                {"1", "Review support.", "Q1 2025/26"},
        }, NONE);

        TrackerResult dueResult = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(due);
        TrackerResult datedResult = TrackerImport.defaults().read(dated);

        assertThat(dueResult.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "due.xlsx: Tracker!C3 (1): 'Q1 1899/00' is not a timescale a plan can hold: financial year 1899 is not"
                        + " between 1900 and 9998; type a date or a timescale of the years 1900 to 9998 (Dec 2024,"
                        + " 2024/25, Ongoing)");
        assertThat(datedResult.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "dated.xlsx: Tracker!A2: 'HMICFRS action plan as at 31/12/0001' dates the tracker 0001-12-31, outside"
                        + " the quarters a plan reports on (1 April 1900 to 31 March 9999); correct the date, or give"
                        + " the reporting date with --as-of");
        assertThat(TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(dated).errors()).isEmpty();
    }

    @Test
    void columnsAMappingLeavesOutAreIgnoredColumnsOfTheResultAndAWarningSaysHowToMapThem() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Action", "Owner"},
                {"AFI 1", "The service should improve.", "Do it", "Prevention", null, "a note"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Area for improvement", "field": "finding"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).withMapping(mapping)
                .read(file);

        assertThat(result.plan()).isPresent();
        assertThat(result.ignoredColumns()).extracting(TrackerMapping.Column::column, TrackerMapping.Column::header)
                .containsExactly(tuple("C", "Action"), tuple("D", "Owner"), tuple("F", ""));
        assertThat(result.mapping().columns()).extracting(TrackerMapping.Column::column)
                .containsExactly("A", "B", "C", "D", "F");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!C2: the mapping does not list columns C ('Action', data from C3), D ('Owner',"
                        + " data from D3) and F (no header, data from F3), so they are not read; to read one, add it to"
                        + " the mapping's \"columns\" with the field it holds, such as {\"column\": \"C\", \"header\":"
                        + " \"Action\", \"field\": \"action\"}, or with the field ignore to leave it out"
                        + " (--save-mapping writes the mapping with every column listed)");
    }

    @Test
    void aHiddenColumnHoldingAFieldNoOtherColumnHoldsIsWarnedOfAtItsHeaderOnce() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Target date", "Revised deadline", "Old target date"},
                {"AFI 1", "The service should improve.", "Jun 2025", "Mar 2026", "Jan 2025"},
                {"AFI 2", "The service should improve more.", "Jul 2025", "", "Feb 2025"},
                {"AFI 3", "The service should improve most.", "Aug 2025", "Apr 2026", ""},
        }, (workbook, sheet) -> {
            sheet.setColumnHidden(3, true);
            sheet.setColumnHidden(4, true);
        });

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.plan()).isPresent();
        assertThat(besidesTheRollUpWarning(result)).containsExactly("t.xlsx: warning: Tracker!D2: column D, 'Revised"
                + " deadline', is hidden, so it is not read, though its header names revisedDue (revised target date),"
                + " which no other column holds, and it holds data from D3; to read it, unhide it and onboard again, or"
                + " map it to revisedDue in a mapping (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void aColumnHoldingDataUnderNoHeaderIsAnIgnoredColumnWithAWarning() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Owner"},
                {"AFI 1", "The service should improve.", "Prevention", "see the CRMP"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.ignoredColumns()).extracting(TrackerMapping.Column::column).containsExactly("D");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: warning: Tracker!D2: column D (no header, data from D3) holds data under no header of its own,"
                        + " so it is not read; to read it, give it a header naming what it holds (Action, Owner, Target"
                        + " date, Notes, ...) and onboard again, or map it in a mapping (--save-mapping writes one to"
                        + " edit, --mapping reads it)");
    }

    @Test
    void aSubActionColumnOfIdsIsTheActionsReferencesAndTheActionColumnTheirText() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "AFI", "Sub action", "Action", "Lead"},
                {"1", "The service should improve its prevention work.", "1.1", "Review the policy", "Prevention"},
                {"", "", "1.2", "Train staff", "Prevention"},
                {"2", "The service should improve its protection work.", "2.1", "Audit premises", "Protection"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "actionRef", "action", "owner");
        Recommendation first = result.plan().orElseThrow().recommendations().get(0);
        assertThat(first.text()).isEqualTo("The service should improve its prevention work.");
        assertThat(first.subActions()).extracting(SubAction::id, s -> s.description().orElseThrow())
                .containsExactly(tuple("1.1", "Review the policy"), tuple("1.2", "Train staff"));
    }

    @Test
    void aMappingReadingSubActionIdsAsTheActionsIsToldToReadThemAsActionRefsAndTheTextBesideAsTheActions()
            throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "AFI", "Sub action", "Action"},
                {"1", "The service should improve its prevention work.", "1.1", "Review the policy"},
                {"", "", "1.2", "Train staff"},
                {"2", "The service should improve its protection work.", "2.1", "Audit premises"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "AFI", "field": "finding"},
                               {"column": "C", "header": "Sub action", "field": "action"},
                               {"column": "D", "header": "Action", "field": "ignore"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).withMapping(mapping)
                .read(file);

        assertThat(besidesTheRollUpWarning(result)).containsExactly("t.xlsx: warning: Tracker!D2: column D, 'Action',"
                + " is not read, though it holds text on 3 of the 3 rows read, different on each, while column C, 'Sub"
                + " action', read as action, holds sub-actions' ids alone, so each action's description is its id: to"
                + " read the actions, give column C the field actionRef and column D the field action in the mapping"
                + " and onboard again");
    }

    @Test
    void aColumnHeadedAfiHoldingShortCodesIsTheReferenceAndOneHoldingProseTheFinding() throws IOException {
        Path codes = tracker("codes.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"AFI", "Summary", "Actions", "Lead"},
                {"AFI 1", "The service should improve its prevention work.", "Review the policy", "Prevention"},
                {"AFI 2", "The service should improve its protection work.", "Audit premises", "Protection"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(codes);

        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "action", "owner");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 1", "AFI 2");
    }

    @Test
    void aTrackerWithNoReferenceColumnIsRefusedNamingTheRowThatCameClosestAndWhatItLacks() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Area for improvement", "Action", "Lead"},
                {"The service should improve its prevention work.", "Review the policy", "Prevention"},
        }, NONE);

        assertThatThrownBy(() -> TrackerImport.defaults().read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("; the closest is row 2 of 'Tracker', which names finding, action and owner but"
                        + " no reference column: head the column of references Ref, or give a mapping with --mapping");
    }

    @Test
    void aSavedMappingListingAColumnOfDataUnderNoHeaderIsReadBackAsItWasWritten() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Area for improvement", "Owner"},
                {"AFI 1", "The service should improve.", "Prevention", "see the CRMP"},
        }, NONE);
        TrackerResult saved = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);
        assertThat(saved.mapping().toJson()).containsPattern("\"header\"\\s*:\\s*\"\"");

        TrackerMapping given = TrackerMapping.fromJson(saved.mapping().toJson());
        TrackerResult again = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).withMapping(given)
                .read(file);

        assertThat(given).isEqualTo(saved.mapping());
        assertThat(again.plan()).isPresent();
        assertThat(again.ignoredColumns()).extracting(TrackerMapping.Column::column).containsExactly("D");
        assertThatThrownBy(() -> TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2, "columns": [ {"column": "A", "header": 7, "field": "ref"} ] }
                """)).isInstanceOfSatisfying(InvalidTrackerMappingException.class, e -> assertThat(e.problems())
                .containsExactly("/columns/0/header: 7 is not a string; write the column's header as the tracker"
                        + " gives it, such as \"Ref\", or \"\" where it has none"));
    }

    @Test
    void aMappingEntryWithABadColumnAndABadFieldIsRefusedForBothAtOnce() {
        // Trial 36 F6: the column's fault came only once the field was mended.
        assertThatThrownBy(() -> TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 4, "columns": [ {"column": "ZZZZZZ", "header": "Ref",
                  "field": "reff"} ] }
                """)).isInstanceOfSatisfying(InvalidTrackerMappingException.class, e -> assertThat(e.problems())
                .extracting(problem -> problem.replaceFirst("; use one of .*", ""))
                .containsExactly("/columns/0/column: 'ZZZZZZ' is not a column; write its letters, A to XFD",
                        "/columns/0/field: 'reff' is not a field"));
    }

    @Test
    void aMappingNestedTooDeepOrHoldingAHugeStringIsRefusedSayingSoInAMappingsWords() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String huge = "{\"sheet\": \"Tracker\", \"headerRow\": 4,\n \"title\": \"" + "t".repeat(200_000)
                + "\", \"columns\": []}";

        assertThatThrownBy(() -> TrackerMapping.fromJson(deep)).isInstanceOfSatisfying(
                InvalidTrackerMappingException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .endsWith(": objects and lists nested more than 20 deep, where a mapping's go 3 deep (an"
                                + " object holding a list of columns, each an object); give the mapping"
                                + " --save-mapping wrote, corrected (line 1, column 22)"));
        assertThatThrownBy(() -> TrackerMapping.fromJson(huge)).isInstanceOfSatisfying(
                InvalidTrackerMappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "/title: a string of more than 100,000 characters, where a mapping's are a sheet's name, a"
                                + " title or a header; shorten it (line 2, column 11)"));
    }

    @Test
    void aPillarColumnGivesEachFindingItsPillarAndACauseOfConcernColumnLinksRecommendationsToIt()
            throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "Pillar", "CoC ref", "Action"},
                {"CoC 1", "The service should protect people.", "Effectiveness", "CoC 1"},
                {"Rec 1", "Recruit inspectors.", "people pillar", "CoC 1", "Advertise"},
                {"Rec 1", null, "people pillar", "CoC 1", "Interview"},
                {"AFI 1", "The service should improve.", "EFFICIENCY", null, "Do it"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.mapping().columns()).extracting(c -> c.field().map(TrackerField::jsonName).orElse("-"))
                .containsExactly("ref", "finding", "pillar", "causeOfConcern", "action");
        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref,
                Recommendation::pillar, Recommendation::causeOfConcern).containsExactly(
                tuple("CoC 1", Optional.of(Pillar.EFFECTIVENESS), Optional.empty()),
                tuple("Rec 1", Optional.of(Pillar.PEOPLE), Optional.of("CoC 1")),
                tuple("AFI 1", Optional.of(Pillar.EFFICIENCY), Optional.empty()));
    }

    @Test
    void aPillarThatIsNoneOrACauseOfConcernThatIsNotThereIsAnErrorAtItsCell() throws Exception {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "HMICFRS pillar", "Cause of concern"},
                {"Rec 1", "Recruit inspectors.", "Prevention"},
                {"Rec 2", "Train them.", null, "CoC 9"},
                {"Rec 3", "Keep them.", null, "Rec 2"},
        }, NONE);
        TrackerMapping mapping = TrackerMapping.fromJson("""
                { "sheet": "Tracker", "headerRow": 2, "organisation": "Anyshire Fire and Rescue Service",
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Finding", "field": "finding"},
                               {"column": "C", "header": "HMICFRS pillar", "field": "pillar"},
                               {"column": "D", "header": "Cause of concern", "field": "causeOfConcern"} ] }
                """);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).withMapping(mapping)
                .read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "t.xlsx: Tracker!C3 (Rec 1): 'Prevention' is not an inspection pillar; write Effectiveness, Efficiency"
                        + " or People, or leave the cell blank",
                "t.xlsx: Tracker!D4 (Rec 2): no cause of concern in this plan has the ref 'CoC 9'; causeOfConcern names"
                        + " the ref of the cause of concern this belongs to",
                "t.xlsx: Tracker!D5 (Rec 3): 'Rec 2' is a recommendation, not a cause of concern");
    }

    @Test
    void headersNamingAPillarOrACauseOfConcernsReferenceAreRecognisedAndCauseOfConcernAloneStaysTheFinding() {
        assertThat(TrackerHeaders.field("Pillar")).contains(TrackerField.PILLAR);
        assertThat(TrackerHeaders.field("HMICFRS pillar")).contains(TrackerField.PILLAR);
        assertThat(TrackerHeaders.field("CoC")).contains(TrackerField.CAUSE_OF_CONCERN);
        assertThat(TrackerHeaders.field("CoC Ref.")).contains(TrackerField.CAUSE_OF_CONCERN);
        assertThat(TrackerHeaders.field("Cause of concern no.")).contains(TrackerField.CAUSE_OF_CONCERN);
        assertThat(TrackerHeaders.field("Linked cause of concern")).contains(TrackerField.CAUSE_OF_CONCERN);
        assertThat(TrackerHeaders.field("Cause of concern")).contains(TrackerField.FINDING);
    }

    @Test
    void aSheetNamedForAPillarGivesItsFindingsThatPillarWhereNoPillarCellGivesOne() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Anyshire Fire and Rescue Service"},
                {"Ref", "Finding", "Pillar"},
                {"AFI 1", "The service should improve.", null},
                {"AFI 2", "The service should improve more.", "Efficiency"},
        }, (workbook, sheet) -> workbook.setSheetName(0, "People"));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2025, 6, 30)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::pillar)
                .containsExactly(Optional.of(Pillar.PEOPLE), Optional.of(Pillar.EFFICIENCY));
    }

    private static final Object[][] TITLED = {
            {"Westshire Fire and Rescue Service"},
            {"HMICFRS action plan"},
            {},
            {"Ref", "Area for improvement", "Action", "Owner", "Target date"},
            {"AFI 1", "The service should improve prevention.", "Review it", "Head of Prevention", "31/03/2026"},
            {"AFI 2", "The service should improve protection.", "Train staff", "Head of Protection", "30/06/2026"},
    };

    private static Object[][] with(Object[][] rows, Object[]... more) {
        return Stream.concat(Arrays.stream(rows), Arrays.stream(more)).toArray(Object[][]::new);
    }

    @Test
    void aKeyBelowTheTableIsSkippedAsABlockNotReadAsItems() throws IOException {
        Path file = tracker("t.xlsx", with(TITLED, new Object[] {}, new Object[] {"Key"},
                new Object[] {"Blue", "Complete"}, new Object[] {"Green", "On track"},
                new Object[] {"Amber", "At risk of slipping"}, new Object[] {"Red", "Off track"}), NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 3, 31)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 1", "AFI 2");
        assertThat(result.skippedRows()).containsExactly(
                "Tracker!A8:A12: a key or legend ('Key' and the rows under it to a blank row), not items");
    }

    @Test
    void subtotalRowsFootnotesAndTheDocumentsOwnerAreSkippedNotReadAsItems() throws IOException {
        Path file = tracker("t.xlsx", with(TITLED, new Object[] {"Subtotal Prevention", null, null, null, null},
                new Object[] {"Sub-total", null, null, null, null}, new Object[] {},
                new Object[] {"* BRAG: B = complete, R = off track"},
                new Object[] {"Document owner: Strategic Planning. Next review: September 2025."}), NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 3, 31)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).hasSize(2);
        assertThat(result.skippedRows()).containsExactly("Tracker!A7: a total row", "Tracker!A8: a total row",
                "Tracker!A10: a footnote, not an item ('* BRAG: B = complete, R = off track')",
                "Tracker!A11: a note, not an item ('Document owner: Strategic Planning. Next…')");
    }

    @Test
    void aSecondTableWithOtherColumnsIsRefusedAtItsHeaderRowNotReadUnderTheFirstsColumns() throws IOException {
        Path file = tracker("t.xlsx", with(TITLED, new Object[] {}, new Object[] {"Completed actions"},
                new Object[] {"Ref", "Area for improvement", "Owner", "Date completed", "Evidence of completion"},
                new Object[] {"AFI 3", "The service should improve ICT.", "Head of ICT", "10/10/2025", "Policy"}),
                NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 3, 31)).read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("Tracker!A9: a second table's header row",
                "'Owner' in C, where the header row has 'Action'", "from row 10", "move the second table");
    }

    @Test
    void aRowOfAnItemsValuesWhoseWordsNameFieldsIsReadAsTheItemNotRefusedAsASecondTablesHeader() throws IOException {
        // Trial 47 F6: 'AFI' under Type, 'Effectiveness' under Pillar and 'Complete' under RAG made AFI 1's own row a
        // second table's header, and a 323-row tracker was refused.
        Path file = tracker("t.xlsx", new Object[][] {
                {"Greatshire Fire and Rescue Service"},
                {"Ref", "Type", "Pillar", "Finding", "Action ref", "Action", "Action owner", "Due", "% complete",
                        "RAG"},
                {"AFI 1", "AFI", "Effectiveness", "The service should improve area 1.", "1.1", "Do task 1",
                        "Head of Response", LocalDate.of(2026, 12, 28), 1, "Complete"},
                {null, null, null, null, "1.2", "Do task 2", "Head of Prevention", LocalDate.of(2026, 12, 28), 0.75,
                        "Red"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 3, 31)).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecommendationKind.AREA_FOR_IMPROVEMENT);
            assertThat(r.subActions()).extracting(SubAction::id).containsExactly("1.1", "1.2");
        });
    }

    @Test
    void updatedLastUpdatedDateAndEndOfMonthLinesDateTheTrackerAndLeaveTheTitle() throws IOException {
        for (String line : List.of("Updated 31/03/2026", "Last updated: 31/03/2026", "Date: 31 March 2026",
                "Position as at end of March 2026", "HMICFRS action plan – update to end of March 2026")) {
            Object[][] rows = TITLED.clone();
            rows[2] = new Object[] {line};

            TrackerResult result = TrackerImport.defaults().read(tracker("t.xlsx", rows, NONE));

            assertThat(result.plan().orElseThrow().asOf()).as(line).contains(LocalDate.of(2026, 3, 31));
            assertThat(result.plan().orElseThrow().title()).as(line).isEqualTo("HMICFRS action plan");
            assertThat(result.problems()).as(line).noneMatch(p -> p.toString().contains("no reporting date"));
        }
    }

    @Test
    void aTrackerWithNoDateIsWarnedOnceHowToGiveIt() throws IOException {
        TrackerResult result = TrackerImport.defaults().read(tracker("t.xlsx", TITLED, NONE));

        assertThat(result.plan().orElseThrow().asOf()).isEmpty();
        assertThat(result.problems()).filteredOn(p -> p.toString().contains("no reporting date")).singleElement()
                .asString().contains("warning: Tracker: no reporting date", "--as-of 2026-03-31");
    }

    @Test
    void updatesWithNoReportingPeriodAreToldOnceNotOncePerRow() throws IOException {
        Path file = tracker("t.xlsx", new Object[][] {
                {"Westshire Fire and Rescue Service"},
                {"HMICFRS action plan"},
                {},
                {"Ref", "Area for improvement", "Action", "Owner", "Target date", "Latest update"},
                {"AFI 1", "The service should improve prevention.", "Review it", "Prevention", "31/03/2026", "Begun"},
                {"AFI 2", "The service should improve protection.", "Train staff", "Protection", "30/06/2026", "Done"},
                {"AFI 3", "The service should improve response.", "Test it", "Response", "30/06/2026", "Planned"},
        }, NONE);

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).singleElement().asString().contains("Tracker!F5", "nor for any other",
                "--as-of");
        assertThat(TrackerImport.defaults().withAsOf(LocalDate.of(2026, 3, 31)).read(file).errors()).isEmpty();
    }
}
