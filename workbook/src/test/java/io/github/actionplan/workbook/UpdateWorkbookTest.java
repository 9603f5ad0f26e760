package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the update workbook holds and how it guards itself, read back as Excel would. */
class UpdateWorkbookTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    private static XSSFWorkbook written(UpdateWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row row(XSSFSheet sheet, String ref, String id) {
        for (Row row : sheet) {
            if (row.getRowNum() > UpdateWorkbookWriter.HEADER_ROW && text(row, UpdateColumn.REF).equals(ref)
                    && text(row, UpdateColumn.ID).equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + ref + " / " + id);
    }

    private static String text(Row row, UpdateColumn column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    @Test
    void aCellToFillInIsToldByItsThickDarkBorderAsWellAsItsColourAndEachTableNamesItsColumnTitles()
            throws IOException {
        // Trial 52 F1, F3, F4: the yellow cells differed from the grey only by colour (1.00:1), and a screen reader
        // had no header to announce a cell's column by.
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            Row row = row(updates, "2", "2.1");
            XSSFCellStyle input = (XSSFCellStyle) row.getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle();
            XSSFCellStyle notApplicable = (XSSFCellStyle) row(updates, "2", "").getCell(UpdateColumn.BLOCKED
                    .ordinal()).getCellStyle();
            assertThat(List.of(input.getBorderTop(), input.getBorderBottom(), input.getBorderLeft(),
                    input.getBorderRight())).containsOnly(org.apache.poi.ss.usermodel.BorderStyle.MEDIUM);
            assertThat(input.getTopBorderXSSFColor().getARGBHex()).endsWith("7F6000");
            assertThat(notApplicable.getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(book.getSheet("Instructions")).allSatisfy(r -> r.forEach(cell -> assertThat(cell
                    .getCellStyle().getLocked()).as("Instructions!%s", cell.getAddress()).isTrue()));
            assertThat(List.of("Updates", NewSubActionsSheet.NAME)).allSatisfy(sheet -> {
                assertThat(book.getNames(UpdateWorkbookWriter.COLUMN_TITLE)).anySatisfy(n -> {
                    assertThat(n.getSheetIndex()).isEqualTo(book.getSheetIndex(sheet));
                    assertThat(n.getRefersToFormula()).isEqualTo("'" + sheet + "'!$A$2");
                });
            });
            // Run 106 #7: the Instructions' names ("Step 2") are their rows' titles; run 128 #1: the Updates rows' Ids.
            assertThat(book.getNames(UpdateWorkbookWriter.ROW_TITLE)).extracting(n -> book.getSheetName(n
                    .getSheetIndex()), n -> n.getRefersToFormula()).containsExactlyInAnyOrder(
                    tuple("Instructions", "'Instructions'!$A$1"), tuple("Updates", "'Updates'!$B$2"));
        }
    }

    @Test
    void theInstructionsListTheColumnsASheetShowsInItsOrderAndTheHiddenRowKeysLast() throws IOException {
        // Trial 52 F14: "Row key 2" came among the cells to fill in, before "Row key".
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            List<String> names = new ArrayList<>();
            for (Row row : book.getSheet("Instructions")) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(names).containsSubsequence("New timescale (fill in)", "New owner (fill in)",
                    "Owner's BRAG (fill in)", "Update for this period (fill in)", "Last update", "Row key",
                    "Row key 2");
            assertThat(names.indexOf("Row key")).isGreaterThan(names.indexOf("Last update"));
        }
    }

    @Test
    void aLastUpdateTooLongForTheHighestRowIsCutInWholeWordsWithALineSayingSo() throws IOException {
        // Trial 52 F7: recommendation 5's 6,128-character update filled a 409-point row two thirds over its edge,
        // with no sign that there was more.
        String whole = SeedPlans.merseyside().recommendation("5").orElseThrow().latestUpdate().orElseThrow().text();
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            String shown = text(row(book.getSheet("Updates"), "5", ""), UpdateColumn.LAST_UPDATE);

            assertThat(whole.length()).isGreaterThan(6_000);
            assertThat(shown).startsWith("April-June 2025 update:\n").endsWith(UpdateWorkbookWriter.CUT);
            assertThat(io.github.actionplan.internal.CellSizes.wrappedLines(shown, UpdateColumn.LAST_UPDATE
                    .maxWidth())).isLessThanOrEqualTo(UpdateWorkbookWriter.MOST_UPDATE_LINES);
            String start = shown.substring(shown.indexOf('\n') + 1, shown.length() - UpdateWorkbookWriter.CUT.length());
            assertThat(Narrative.parse(whole).plainText()).startsWith(start);
            assertThat(text(row(book.getSheet("Updates"), "1", ""), UpdateColumn.LAST_UPDATE)).as("one that fits")
                    .doesNotContain("cut to fit");
        }
    }

    @Test
    void anItemsWordsShowAsPlainTextAsLastUpdateShowsAnUpdateNotWithTheirCommonMarkMarkers() throws IOException {
        // Run 81 #1: the Finding showed "**urgently**", "*how*" and "- " lists, where Last update beside it is plain.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        SubAction first = two.subActions().getFirst();
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(two)
                .text("The service should **urgently** review *how* it manages risk:\n\n- its stations\n- its crews")
                .subActions(List.of(SubAction.builder().from(first).description("Train **every** crew:\n\n"
                        + "1. on shift\n2. off shift").build())).build());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");

            assertThat(text(row(updates, "2", ""), UpdateColumn.FINDING)).startsWith("The service should urgently"
                    + " review how it manages risk:\n• its stations\n• its crews");
            assertThat(text(row(updates, "2", first.id()), UpdateColumn.SUB_ACTION)).startsWith("Train every crew:\n"
                    + "1. on shift\n2. off shift");
        }
    }

    @Test
    void aFindingTooLongForTheHighestRowIsCutInWholeWordsWithALineSayingSoAndWhatFollowsItStillShows()
            throws IOException {
        // Run 81 #3: a finding of 10,000 characters ran past the edge of its 409-point row mid-line, with no sign
        // that there was more, and the required outcomes after it never showed.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        String words = "The service should review how it manages the risk at each of its stations. ".repeat(140);
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(two).text(words.strip())
                .requiredOutcomes(List.of("Every station has a plan for its risks")).reportPage(41).build());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            String shown = text(row(book.getSheet("Updates"), "2", ""), UpdateColumn.FINDING);

            assertThat(shown).contains(UpdateWorkbookWriter.CUT_WORDS + "\n\nRequired outcomes:\n• Every station has"
                    + " a plan for its risks\n\nInspection report, page 41");
            assertThat(io.github.actionplan.internal.CellSizes.wrappedLines(shown, UpdateColumn.FINDING.maxWidth(),
                    true)).isLessThanOrEqualTo(UpdateWorkbookWriter.MOST_UPDATE_LINES);
            String start = shown.substring(0, shown.indexOf(UpdateWorkbookWriter.CUT_WORDS));
            assertThat(words).startsWith(start + " ");
            assertThat(start.length()).as("most of the row").isGreaterThan(800);
            assertThat(text(row(book.getSheet("Updates"), "3", ""), UpdateColumn.FINDING)).as("one that fits")
                    .doesNotContain("cut to fit");
        }
    }

    @Test
    void aFindingWhoseOutcomesAloneAreTooLongForItsRowIsCutWithThemAndItsPageAndNotesStillShow() throws IOException {
        // Run 82 #3: with 25 required outcomes, the cell ended at the cut line, its page and notes gone.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation three = merseyside.recommendation("3").orElseThrow();
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(three)
                .text("Long finding. ".repeat(300).strip()).requiredOutcomes(IntStream.rangeClosed(1, 25).mapToObj(i
                        -> "Outcome " + i + ": every station has a plan for its risks and reviews it each year")
                        .toList()).reportPage(41).notes("Originally due Mar 2024; extended by SLT.").build());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            String shown = text(row(book.getSheet("Updates"), "3", ""), UpdateColumn.FINDING);

            assertThat(shown).startsWith("Long finding. Long finding.").contains(UpdateWorkbookWriter.CUT_WORDS)
                    .endsWith(UpdateWorkbookWriter.CUT_WORDS + "\n\nInspection report, page 41\n\nNotes: Originally due"
                            + " Mar 2024; extended by SLT.");
            assertThat(io.github.actionplan.internal.CellSizes.wrappedLines(shown, UpdateColumn.FINDING.maxWidth(),
                    true)).isLessThanOrEqualTo(UpdateWorkbookWriter.MOST_UPDATE_LINES);
        }
    }

    @Test
    void anOwnersCopyHasOpenItemsUnlessEveryItemTheyFillInIsComplete() {
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), ReportingPeriod.parse("Q2 2025/26"));

        // Protection's recommendation 1 and its one sub-action are complete.
        assertThat(workbook.withOwner("Protection").hasOpenItems()).isFalse();
        assertThat(workbook.withOwner("People and Organisational Development").hasOpenItems()).isTrue();
        assertThat(workbook.hasOpenItems()).isTrue();
    }

    @Test
    void anOwnerNamedWithTheirAccentStoredApartGetsTheCopyOfTheOwnerThePlanNames() {
        // Run 93 #10: "Tân" pasted from a Mac, "a" and U+0302, was no owner of the plan, quoted as one that is.
        ActionPlan seed = SeedPlans.merseyside();
        ActionPlan welsh = seed.withRecommendation(seed.recommendations().getFirst().withOwner("Diogelwch T\u00e2n"));

        UpdateWorkbook copy = UpdateWorkbook.of(welsh, Q2).withOwner("Diogelwch Ta\u0302n");

        assertThat(copy.owner()).contains("Diogelwch T\u00e2n");
        assertThatThrownBy(() -> UpdateWorkbook.of(welsh, Q2).withOwner("diogelwch t\u00e2n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no recommendation or sub-action"
                        + " of the plan has the owner 'diogelwch t\u00e2n'");
    }

    @Test
    void anOwnersCopyOfWorkCompleteHasRowsToFillInUnlessTheWorkWasCompletedBeforeThePeriod() {
        // Run 82 #5: at 100% with no day, Protection's rows keep their cells, for a closing update or a lower figure.
        ActionPlan seed = SeedPlans.merseyside();
        Recommendation first = seed.recommendations().getFirst();
        LocalDate june = LocalDate.of(2025, 6, 20);
        ActionPlan dated = seed.withRecommendation(Recommendation.builder().from(first).completedOn(june)
                .subActions(first.subActions().stream().map(s -> SubAction.builder().from(s).completedOn(june)
                .build()).toList()).build());

        assertThat(UpdateWorkbook.of(seed, Q2).withOwner("Protection").hasRowsToFillIn()).isTrue();
        assertThat(UpdateWorkbook.of(dated, Q2).withOwner("Protection").hasRowsToFillIn()).isFalse();
        assertThat(UpdateWorkbook.of(dated, Q2.next()).withOwner("Protection").hasRowsToFillIn()).isFalse();
        assertThat(UpdateWorkbook.of(dated, ReportingPeriod.parse("Q1 2025/26")).withOwner("Protection")
                .hasRowsToFillIn()).as("completed in the period: a closing update").isTrue();
    }

    @Test
    void aSubActionLeftOpenInARecommendationCompletedWhileItTracksItsPartsIsAnOpenItemToFillIn() {
        // Trial 49 F3: such rows said off track and asked for news, but their owner's copy counted them complete.
        ActionPlan seed = SeedPlans.merseyside();
        Recommendation first = seed.recommendations().getFirst();
        SubAction leftover = SubAction.builder().id("1.2").description("Train the enforcement team")
                .owner("Enforcement").build();
        SubAction tracked = SubAction.builder().from(first.subActions().getFirst()).progress(Percent.of(100)).build();
        ActionPlan plan = seed.withRecommendation(first.withSubActions(List.of(tracked, leftover)));
        ActionPlan untracked = seed.withRecommendation(first.withSubActions(List.of(first.subActions().getFirst(),
                leftover)));

        assertThat(UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26")).withOwner("Enforcement")
                .hasOpenItems()).isTrue();
        assertThat(UpdateWorkbook.of(untracked, ReportingPeriod.parse("Q2 2025/26")).withOwner("Enforcement")
                .hasOpenItems()).as("parts untracked are done with their recommendation").isFalse();
    }

    @Test
    void theSameWorkbookIsTheSameBytesEachTimeWithEntriesAndPropertiesFromThePlanNotTheClock() throws IOException {
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        workbook.write(first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        workbook.write(second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getLastModifiedTime().toMillis()).as(entry.getName()).isZero();
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first.toByteArray()))) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Merseyside Fire and Rescue Service");
            assertThat(core.getLastModifiedByUser()).isEqualTo(core.getCreator());
            assertThat(core.getCreated().toInstant()).isEqualTo(workbook.reportingDate().atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
            assertThat(core.getModified()).isEqualTo(core.getCreated());
            assertThat(core.getTitle()).isEqualTo("Quarterly update: " + SeedPlans.merseyside().title());
            assertThat(core.getSubject()).isEqualTo("Owners' updates for Q2 2025/26 (July-September 2025)");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en-GB");
        }
    }

    @Test
    void theSheetsAreInstructionsUpdatesNewSubActionsAndAHiddenPlanSheetWithTheStructureLocked() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(book.getSheetName(0)).isEqualTo("Instructions");
            assertThat(book.getSheetName(1)).isEqualTo("Updates");
            assertThat(book.getSheetName(2)).isEqualTo("New sub-actions");
            assertThat(book.getSheetName(3)).isEqualTo("Plan");
            assertThat(book.getSheetVisibility(2)).isEqualTo(SheetVisibility.VISIBLE);
            assertThat(book.getSheetVisibility(3)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(book.getActiveSheetIndex()).isEqualTo(1);
            assertThat(book.isStructureLocked()).isTrue();
            assertThat(book.getSheet("Plan").getProtect()).isTrue();
        }
    }

    @Test
    void aRecommendationsProgressReportedIsTheMeanOfItsSubActionsAsReportsRoundItNotItsEveryDecimal()
            throws IOException {
        // Trial 38 F10: 63.33333333333333 was in the cell that showed 63%.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        List<Integer> progress = List.of(100, 60, 30);
        ActionPlan plan = merseyside.withRecommendation(two.withSubActions(IntStream.range(0,
                two.subActions().size()).mapToObj(i -> two.subActions().get(i)
                .withProgress(Percent.of(progress.get(i % progress.size())))).toList()));
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26")))) {
            assertThat(row(book.getSheet("Updates"), "2", "").getCell(UpdateColumn.PROGRESS_REPORTED.ordinal())
                    .getNumericCellValue()).isEqualTo(plan.recommendation("2").orElseThrow().progress().rounded());
        }
    }

    @Test
    void aSubActionsProgressReportedIsItsOwnAsReportsRoundItSoWorkNotDoneNeverShows100(@TempDir Path folder)
            throws IOException, InvalidWorkbookException {
        // Run 138 #1: 99.6 was in a cell showing 100%, beside "Off track ... at 99.6%"; the reports said 99%.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        SubAction first = two.subActions().getFirst();
        SubAction nearlyDone = first.withProgress(Percent.of(new java.math.BigDecimal("99.6")));
        ActionPlan plan = merseyside.withRecommendation(two.withSubActions(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(nearlyDone), two.subActions().stream().skip(1)).toList()));
        UpdateWorkbook workbook = UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26"));
        try (XSSFWorkbook book = written(workbook)) {
            assertThat(row(book.getSheet("Updates"), "2", first.id()).getCell(UpdateColumn.PROGRESS_REPORTED
                    .ordinal()).getNumericCellValue()).isEqualTo(99);
        }
        // The copy returned as written says nothing of the plan's figure differing from the cell's.
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        workbook.write(copy);
        assertThat(UpdateImport.of(plan).read(new ByteArrayInputStream(copy.toByteArray()), "copy.xlsx").warnings())
                .extracting(WorkbookProblem::toString).noneMatch(warning -> warning.contains("Progress reported"));
        // Nor does a copy written before it was rounded, which holds 99.6 there (run 139 #1: 9,000 warnings, and
        // --strict refused the quarter's import), while a figure typed over it is still told.
        Path old = folder.resolve("old.xlsx");
        Files.write(old, copy.toByteArray());
        try (Owner owner = Owner.open(old)) {
            owner.type("2", first.id(), UpdateColumn.PROGRESS_REPORTED, 99.6).save(old);
        }
        assertThat(UpdateImport.of(plan).read(old).warnings()).extracting(WorkbookProblem::toString)
                .noneMatch(warning -> warning.contains("Progress reported"));
        try (Owner owner = Owner.open(old)) {
            owner.type("2", first.id(), UpdateColumn.PROGRESS_REPORTED, 80).save(old);
        }
        assertThat(UpdateImport.of(plan).read(old).warnings()).extracting(WorkbookProblem::toString)
                .anyMatch(warning -> warning.contains("Progress reported is not read, so '80%' typed here"));
    }

    @Test
    void everyRecommendationAndSubActionHasARowWithCoresStatusAndReason() throws IOException {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        LocalDate asOf = SeedPlans.DERBYSHIRE_AS_OF;
        try (XSSFWorkbook book = written(UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24"))
                .withAsOf(asOf))) {
            XSSFSheet updates = book.getSheet("Updates");
            int subActions = derbyshire.recommendations().stream().mapToInt(r -> r.subActions().size()).sum();
            assertThat(updates.getLastRowNum()).isEqualTo(UpdateWorkbookWriter.HEADER_ROW
                    + derbyshire.recommendations().size() + subActions);
            Palette palette = Palette.standard();
            for (RecommendationAssessment at : Assessor.standard().assess(derbyshire, asOf).recommendations()) {
                Row row = row(updates, at.recommendation().ref(), "");
                assertThat(text(row, UpdateColumn.STATUS)).isEqualTo(derbyshire.statusLabels().label(at.status()));
                assertThat(text(row, UpdateColumn.REASON)).isEqualTo(at.reason());
                assertThat(text(row, UpdateColumn.FINDING)).as("plain text, as the reports show it")
                        .isEqualTo(Narrative.parse(at.recommendation().text()).plainText());
                XSSFCellStyle status = (XSSFCellStyle) row.getCell(UpdateColumn.STATUS.ordinal()).getCellStyle();
                assertThat(status.getFillForegroundXSSFColor().getARGBHex()).endsWith(palette.fill(at.status()).hex()
                        .replace("#", "").toUpperCase(java.util.Locale.ROOT));
                assertThat(row.getCell(UpdateColumn.PROGRESS_REPORTED.ordinal()).getNumericCellValue())
                        .isEqualTo(at.progress().rounded());
                // The owner's BRAG from before, which the plan keeps until a new one is given.
                assertThat(text(row, UpdateColumn.BRAG_REPORTED)).isEqualTo(at.recommendation().assessment()
                        .map(a -> a.status().brag().displayName()).orElse("")).isNotEmpty();
                for (int i = 0; i < at.recommendation().subActions().size(); i++) {
                    SubAction subAction = at.recommendation().subActions().get(i);
                    Row subRow = row(updates, at.recommendation().ref(), subAction.id());
                    assertThat(text(subRow, UpdateColumn.REASON)).isEqualTo(at.subActions().get(i).reason());
                }
            }
        }
    }

    @Test
    void aWorkbookForOneOwnerHoldsOnlyTheirRecommendationsWithAllTheirSubActions() throws IOException {
        UpdateWorkbook all = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);
        assertThat(all.owners()).containsExactly("Protection", "People and Organisational Development");
        UpdateWorkbook protection = all.withOwner("Protection");
        assertThat(protection.owner()).contains("Protection");
        assertThat(protection.recommendations()).extracting(Recommendation::ref).containsExactly("1");
        assertThat(all.recommendations()).hasSize(5);
        try (XSSFWorkbook book = written(protection)) {
            XSSFSheet updates = book.getSheet("Updates");
            List<String> rows = new ArrayList<>();
            for (Row row : updates) {
                if (row.getRowNum() > UpdateWorkbookWriter.HEADER_ROW) {
                    rows.add(text(row, UpdateColumn.REF) + "/" + text(row, UpdateColumn.ID));
                }
            }
            assertThat(rows).containsExactly("1/", "1/1.1");
            // Trial 52 F8: the title started in the frozen columns, where a spreadsheet may cut it at the freeze line.
            assertThat(updates.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Updates");
            assertThat(updates.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) UpdateWorkbookWriter
                    .FIRST_SCROLLING);
            assertThat(updates.getRow(0).getCell(UpdateWorkbookWriter.FIRST_SCROLLING).getStringCellValue()).startsWith(
                    "Quarterly update for Q2 2025/26"
                    + " (July-September 2025), Protection's items: fill in the cells Tab moves to (yellow, thick"
                    + " border), as the Instructions sheet explains.");
            List<String> listed = new ArrayList<>();
            boolean listing = false;
            for (Row row : book.getSheet(PlanIdentity.SHEET)) {
                if (listing) {
                    listed.add(row.getCell(0).getStringCellValue());
                }
                listing |= row.getCell(0).getStringCellValue().equals("Ref");
            }
            assertThat(listed).containsExactly("1", "1");
        }
    }

    @Test
    void eachRowIsFilledInInItsOwnersCopyAndShownGreyWhereItBearsOnAnothersItems() throws IOException {
        UpdateWorkbook all = UpdateWorkbook.of(withSubActionOwner("2", "2.3", "Community Safety"), Q2);
        assertThat(all.owners()).containsExactly("Protection", "People and Organisational Development",
                "Community Safety");
        UpdateWorkbook people = all.withOwner("People and Organisational Development");
        UpdateWorkbook safety = all.withOwner("Community Safety");

        assertThat(people.recommendations().get(0).subActions()).extracting(SubAction::id)
                .containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(safety.recommendations()).singleElement().satisfies(r -> assertThat(r.subActions())
                .extracting(SubAction::id).containsExactly("2.3"));
        try (XSSFWorkbook book = written(safety)) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(rows(updates)).containsExactly("2/", "2/2.3");
            Row recommendation = row(updates, "2", "");
            for (UpdateColumn column : List.of(UpdateColumn.BRAG, UpdateColumn.COMPLETED_ON, UpdateColumn.UPDATE)) {
                assertThat(recommendation.getCell(column.ordinal()).getCellStyle().getLocked()).as(column.header()).isTrue();
            }
            Row subAction = row(updates, "2", "2.3");
            for (UpdateColumn column : List.of(UpdateColumn.PROGRESS, UpdateColumn.COMPLETED_ON, UpdateColumn.UPDATE)) {
                assertThat(subAction.getCell(column.ordinal()).getCellStyle().getLocked()).as(column.header()).isFalse();
            }
            assertThat(listed(book)).containsExactly("2/", "2/2.3");
            // Trial 68 F9: an owner of sub-actions alone was told the copy held their recommendations.
            assertThat(instructions(book)).contains("This copy holds the sub-actions 'Community Safety' carries out,"
                    + " under the recommendations they belong to. Each owner has a copy of their own and fills in"
                    + " their own rows. A row whose Owner is someone else has grey cells and nothing to fill in. It"
                    + " shows where your items stand: the recommendation a sub-action of yours belongs to, or a"
                    + " sub-action another owner carries out in a recommendation of yours.");
        }
        try (XSSFWorkbook book = written(people)) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(rows(updates)).startsWith("2/", "2/2.1", "2/2.2", "2/2.3", "2/2.4", "3/");
            assertThat(row(updates, "2", "").getCell(UpdateColumn.BRAG.ordinal()).getCellStyle().getLocked())
                    .isFalse();
            assertThat(row(updates, "2", "2.2").getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle().getLocked())
                    .isFalse();
            assertThat(row(updates, "2", "2.3").getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle().getLocked())
                    .as("Community Safety's row, shown").isTrue();
        }
        try (XSSFWorkbook book = written(all.withOwner("Protection"))) {
            assertThat(instructions(book)).doesNotContain("A grey row");
        }
    }

    @Test
    void workTheCompletionOfWhichThePlanKeepsHasGreyLockedCellsAndWorkAtAHundredPercentStaysOpen() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        List<SubAction> twos = new ArrayList<>(two.subActions());
        twos.set(0, SubAction.builder().from(twos.get(0)).completedOn(LocalDate.of(2025, 5, 1)).build());
        twos.set(1, SubAction.builder().from(twos.get(1)).progress(100).build());
        ActionPlan plan = merseyside.withRecommendation(two.withSubActions(twos)).withRecommendation(Recommendation
                .builder().from(merseyside.recommendation("3").orElseThrow()).completedOn(LocalDate.of(2025, 6, 15))
                .build()).withRecommendation(Recommendation.builder().from(merseyside.recommendation("4")
                        .orElseThrow()).completedOn(LocalDate.of(2025, 8, 10)).build()).withAsOf(LocalDate.of(2025, 8,
                                15));
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            // Trial 68 F5: completed rows were yellow, and a figure on 3.1 reopened 3.2 to 3.5.
            for (String[] closed : new String[][] {{"2", "2.1"}, {"3", ""}, {"3", "3.1"}, {"3", "3.5"}}) {
                Row row = row(updates, closed[0], closed[1]);
                for (UpdateColumn column : UpdateColumn.values()) {
                    if (column.isEditable()) {
                        assertThat(row.getCell(column.ordinal()).getCellStyle().getLocked())
                                .as("%s/%s %s", closed[0], closed[1], column.header()).isTrue();
                    }
                }
            }
            // At 100% with no day, work is reopened by a lower figure, its sub-actions given theirs: recommendation 1
            // and 1.1, and 2.2 (run 71 #2). Completed in the quarter, it has its closing update to give: 4 (run 71 #1).
            for (String[] open : new String[][] {{"1", ""}, {"1", "1.1"}, {"2", "2.2"}, {"2", "2.3"}, {"4", "4.1"}}) {
                assertThat(row(updates, open[0], open[1]).getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle()
                        .getLocked()).as("%s/%s", open[0], open[1]).isFalse();
            }
            assertThat(row(updates, "4", "").getCell(UpdateColumn.UPDATE.ordinal()).getCellStyle().getLocked())
                    .isFalse();
            assertThat(instructions(book)).contains("Work completed before this period has grey cells, as do the"
                    + " sub-actions done with it: the plan keeps the completion. To reopen work complete at 100% with"
                    + " no completion date, type its progress now; for work completed on a day, ask whoever sent you"
                    + " this copy to take the completion out of the plan.");
        }
    }

    @Test
    void aRecommendationWithNoOwnerWhoseSubActionsHaveOwnersIsFilledInInTheCopyForNoOwner() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation first = merseyside.recommendations().get(0);
        ActionPlan plan = merseyside.withRecommendations(List.of(Recommendation.builder().from(first)
                .owner(Optional.empty()).subActions(first.subActions().stream().map(s -> SubAction.builder().from(s)
                        .owner("Head of Protection").build()).toList()).build()));
        UpdateWorkbook all = UpdateWorkbook.of(plan, Q2);

        assertThat(all.owners()).containsExactly(PlanSummary.NO_OWNER, "Head of Protection");
        try (XSSFWorkbook book = written(all.withOwner(PlanSummary.NO_OWNER))) {
            assertThat(rows(book.getSheet("Updates"))).containsExactly("1/", "1/1.1");
            assertThat(row(book.getSheet("Updates"), "1", "1.1").getCell(UpdateColumn.PROGRESS.ordinal())
                    .getCellStyle().getLocked()).isTrue();
        }
        try (XSSFWorkbook book = written(all.withOwner("Head of Protection"))) {
            assertThat(rows(book.getSheet("Updates"))).containsExactly("1/", "1/1.1");
        }
    }

    /** Merseyside's plan with one sub-action given an owner of its own. */
    static ActionPlan withSubActionOwner(String ref, String id, String owner) {
        return withSubActionOwner(SeedPlans.merseyside(), ref, id, owner);
    }

    /** {@code plan} with sub-action {@code id} of recommendation {@code ref} given {@code owner} as its own. */
    static ActionPlan withSubActionOwner(ActionPlan plan, String ref, String id, String owner) {
        return plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref().equals(ref) ? r
                : r.withSubActions(r.subActions().stream().map(s -> !s.id().equals(id) ? s
                        : SubAction.builder().from(s).owner(owner).build()).toList())).toList());
    }

    /** The Updates sheet's rows, each as ref/id. */
    private static List<String> rows(XSSFSheet updates) {
        List<String> rows = new ArrayList<>();
        for (Row row : updates) {
            if (row.getRowNum() > UpdateWorkbookWriter.HEADER_ROW) {
                rows.add(text(row, UpdateColumn.REF) + "/" + text(row, UpdateColumn.ID));
            }
        }
        return rows;
    }

    /** The items the hidden Plan sheet lists, each as ref/id. */
    private static List<String> listed(XSSFWorkbook book) {
        List<String> listed = new ArrayList<>();
        boolean listing = false;
        for (Row row : book.getSheet(PlanIdentity.SHEET)) {
            if (listing) {
                Cell id = row.getCell(1);
                listed.add(row.getCell(0).getStringCellValue() + "/" + (id == null ? "" : id.getStringCellValue()));
            }
            listing |= row.getCell(0).getStringCellValue().equals("Ref");
        }
        return listed;
    }

    /** The text of the Instructions sheet, a line per row. */
    private static String instructions(XSSFWorkbook book) {
        StringBuilder text = new StringBuilder();
        for (Row row : book.getSheet("Instructions")) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }

    @Test
    void anOwnersCopyIsTheSameBytesWrittenAfterTheWholeWorkbookWhoseWorkItSharesAsWrittenAlone()
            throws IOException {
        UpdateWorkbook all = UpdateWorkbook.of(SeedPlans.merseyside(), Q2).withReturnBy(LocalDate.of(2025, 10, 10));
        all.write(new ByteArrayOutputStream());
        for (String owner : all.owners()) {
            ByteArrayOutputStream shared = new ByteArrayOutputStream();
            all.withOwner(owner).write(shared);
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            UpdateWorkbook.of(SeedPlans.merseyside(), Q2).withOwner(owner).withReturnBy(LocalDate.of(2025, 10, 10))
                    .write(alone);
            assertThat(shared.toByteArray()).as(owner).isEqualTo(alone.toByteArray());
        }
    }

    @Test
    void anOwnerWithNoRecommendationIsRefusedNamingThePlansOwners() {
        UpdateWorkbook all = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);
        assertThatThrownBy(() -> all.withOwner("Estates"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no recommendation or sub-action of the plan has"
                        + " the owner 'Estates'; its owners are 'Protection' and 'People and Organisational Development'");
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation first = merseyside.recommendations().get(0);
        ActionPlan rollUp = merseyside.withRecommendations(IntStream.range(0, 300)
                .mapToObj(i -> Recommendation.builder().from(first).ref("R" + i).owner("Service " + i).build())
                .toList());
        assertThatThrownBy(() -> UpdateWorkbook.of(rollUp, Q2).withOwner("Estates"))
                .hasMessageEndingWith("'Service 7', 'Service 8', 'Service 9' and 290 others");
    }

    @Test
    void aRecommendationsRowShowsItsLastUpdateAsPlainTextUnderItsPeriodForTheOwnerWritingTheNextOne()
            throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        ActionPlan listed = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("3") ? r.withUpdates(List.of(ProgressUpdate.builder()
                        .period(ReportingPeriod.parse("Q4 2024/25")).text("Older.").build(), ProgressUpdate.builder()
                        .period(ReportingPeriod.parse("Q1 2025/26")).text("Survey *done*:\n\n- staff\n- managers")
                        .build())) : r).toList());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(listed, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(text(updates.getRow(UpdateWorkbookWriter.HEADER_ROW), UpdateColumn.LAST_UPDATE))
                    .isEqualTo("Last update");
            assertThat(text(row(updates, "3", ""), UpdateColumn.LAST_UPDATE))
                    .isEqualTo("April-June 2025 update:\nSurvey done:\n• staff\n• managers");
            assertThat(text(row(updates, "3", "3.1"), UpdateColumn.LAST_UPDATE)).isEmpty();
            assertThat(text(row(updates, "2", ""), UpdateColumn.LAST_UPDATE)).startsWith("April-June 2025 update:\n"
                    + "The training courses outlined in the previous update");
            assertThat(row(updates, "3", "").getCell(UpdateColumn.LAST_UPDATE.ordinal()).getCellStyle().getLocked())
                    .isTrue();
        }
    }

    @Test
    void eachItemsRowShowsThePlansNotesOnItSoTheOwnerSeesATimescaleFirstGiven() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        ActionPlan revised = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("2") ? r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("2.1") ? s.withRevisedDue(Timescale.parse("Mar 2026")) : s).toList())
                        : r).toList());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(revised, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(text(row(updates, "2", "2.1"), UpdateColumn.SUB_ACTION)).endsWith("\n\nNotes: Originally due Aug"
                    + " 2024");
            assertThat(text(row(updates, "2", "2.1"), UpdateColumn.TIMESCALE)).isEqualTo("Mar 2026");
            assertThat(text(row(updates, "2", "2.2"), UpdateColumn.SUB_ACTION)).doesNotContain("Notes");
            assertThat(text(row(updates, "1", ""), UpdateColumn.FINDING)).endsWith("\n\nNotes: Action Complete");
        }
    }

    @Test
    void aRecommendationsRowIsTallEnoughForItsBoldTextWhichWrapsSoonerThanPlainText() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        // Without its updates, whose last one would be the row's tallest cell, and with its actions' progress given,
        // so that no reason says at length that none was reported; rec 2 and its actions owned by a long name.
        String owner = "Head of Communications, Response and Resilience";
        ActionPlan noUpdates = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.withUpdates(List.of()).withSubActions(r.subActions().stream().map(s -> s.progress()
                        .isPresent() || s.completedOn().isPresent() ? s : s.withProgress(Percent.ZERO))
                        .map(s -> r.ref().equals("2") ? SubAction.builder().from(s).owner(owner).build() : s)
                        .toList()))
                // and without its outcomes and page, which make the Finding the tallest cell
                .map(r -> r.ref().equals("2") ? Recommendation.builder().from(r).owner(owner).requiredOutcomes(
                        List.of()).reportPage(java.util.OptionalInt.empty()).build() : r).toList());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(noUpdates, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            Row recommendation = row(updates, "2", "");
            Row subAction = row(updates, "2", "2.1");
            // The same owner in the same column, 22 wide: four lines in bold, three in plain text.
            assertThat(text(recommendation, UpdateColumn.OWNER)).isEqualTo(text(subAction, UpdateColumn.OWNER))
                    .isEqualTo(owner);
            assertThat(recommendation.getHeightInPoints()).isEqualTo(4 * 15f);
            assertThat(subAction.getHeightInPoints()).isEqualTo(3 * 15f);
        }
    }

    /**
     * Run 106 #1: a row's height set by hand hid all but the first lines of an update typed into it. A row with a cell
     * to fill in has its height as one fitted to its text, which Excel and LibreOffice open at and make taller as
     * an owner types more; a row with none keeps its height as set.
     */
    @Test
    void aRowWithACellToFillInGrowsWithWhatIsTypedAndOneWithNoneKeepsItsHeight() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        // Recommendation 3 completed before the quarter, with its sub-actions: their rows have no cell to fill in.
        ActionPlan plan = merseyside.withRecommendation(Recommendation.builder().from(merseyside.recommendation("3")
                .orElseThrow()).completedOn(LocalDate.of(2025, 6, 15)).build());
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            Map<Boolean, List<Integer>> byFillingIn = new HashMap<>();
            for (int r = UpdateWorkbookWriter.HEADER_ROW + 1; r <= updates.getLastRowNum(); r++) {
                XSSFRow row = updates.getRow(r);
                boolean fillsIn = StreamSupport.stream(row.spliterator(), false)
                        .anyMatch(cell -> !cell.getCellStyle().getLocked());
                byFillingIn.computeIfAbsent(fillsIn, f -> new ArrayList<>()).add(r);
                assertThat(row.getCTRow().isSetCustomHeight()).as("row %d", r + 1).isEqualTo(!fillsIn);
                assertThat(row.getHeightInPoints()).as("row %d", r + 1).isGreaterThanOrEqualTo(15f);
            }
            assertThat(byFillingIn.get(false)).hasSize(1 + plan.recommendation("3").orElseThrow().subActions().size());
            assertThat(updates.getRow(0).getCTRow().getCustomHeight()).isTrue();
        }
    }

    @Test
    void datesShowInBritishEnglishAsCoreWritesThemWhateverTheLanguageOfTheSpreadsheetThatOpensThem()
            throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            Row recommendation = row(book.getSheet("Updates"), "2", "");
            for (UpdateColumn column : List.of(UpdateColumn.DUE, UpdateColumn.COMPLETED_ON)) {
                assertThat(recommendation.getCell(column.ordinal()).getCellStyle().getDataFormatString()).as("%s", column)
                        .isEqualTo(SpreadsheetCells.SHORT_DATE_FORMAT).startsWith("[$-809]");
            }
        }
    }

    @Test
    void onlyTheEditableCellsThatApplyAreUnlockedAndTheSheetIsProtectedWithoutAPassword() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(updates.getProtect()).isTrue();
            assertThat(updates.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(updates.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            assertThat(updates.isAutoFilterLocked()).isFalse();
            assertThat(updates.isInsertRowsLocked()).isFalse();
            Row subAction = row(updates, "2", "2.1");
            Row recommendation = row(updates, "2", "");
            for (UpdateColumn column : UpdateColumn.values()) {
                assertThat(subAction.getCell(column.ordinal()).getCellStyle().getLocked()).as(column + " on 2.1")
                        .isEqualTo(!column.isEditable() || column == UpdateColumn.BRAG);
            }
            assertThat(recommendation.getCell(UpdateColumn.BRAG.ordinal()).getCellStyle().getLocked()).isFalse();
            assertThat(recommendation.getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle().getLocked())
                    .as("recommendation 2 takes its progress from its sub-actions").isTrue();
            assertThat(recommendation.getCell(UpdateColumn.BLOCKED.ordinal()).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void theStepOnNewWorkGivesTheIdOfARecommendationStillOpenAsTheImportRefusesOpenWorkAddedToACompleteOne()
            throws IOException {
        // Merseyside's first area for improvement is at 100%.
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            assertThat(instructions(book)).contains("with the next id (2.5 for Area for improvement 2)");
        }
    }

    @Test
    void theInstructionsSayToGiveARecommendationsOwnProgressOnItsRowOnlyWhereACopyHasOne() throws IOException {
        // Run 114 #1: told its figures were worked out from its sub-actions', no owner moved a figure of its own.
        String ownFigure = "unless the plan holds a progress of the recommendation's own: then its Progress % now is"
                + " yellow on its row, and the reports show that figure, not theirs, so give it there too.";
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.derbyshire(),
                ReportingPeriod.parse("Q3 2023/24")));
                XSSFWorkbook merseyside = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            assertThat(instructions(book)).contains("its figures are worked out from theirs, " + ownFigure);
            assertThat(instructions(merseyside)).contains("its figures are worked out from theirs.\n")
                    .doesNotContain(ownFigure);
        }
    }

    @Test
    void sortingStaysLockedOnTheProtectedSheetAndTheInstructionsSayToUnprotectAndSortTheWholeTable()
            throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            // Excel sorts no range with a locked cell on a protected sheet, and Calc no protected sheet at all; a
            // sort allowed would only let a run of yellow cells be sorted away from the Ref and Id of their rows.
            assertThat(book.getSheet("Updates").isSortLocked()).isTrue();
            // What step 15 asks to allow again is what the sheet allows (run 107 #1).
            assertThat(List.of(book.getSheet("Updates").isFormatColumnsLocked(), book.getSheet("Updates")
                    .isFormatRowsLocked(), book.getSheet("Updates").isInsertRowsLocked(), book.getSheet("Updates")
                    .isAutoFilterLocked())).containsOnly(false);
            assertThat(instructions(book)).doesNotContain("You may sort").doesNotContain("nothing to unlock")
                    .contains("Step 14\nYou may filter, hide and insert rows, and widen columns. Do not change the Ref"
                            + " and Id columns: they tie each row to the plan, wherever it is.\n"
                            + "Step 15\nTo sort the rows, first lift the sheet's protection: Review > Unprotect"
                            + " Sheet in Excel, or Tools > Protect Sheet in LibreOffice. There is no password. Then"
                            + " select the whole table, every column from Ref to Last update, and sort. Sorting only"
                            + " some columns moves them away from the rest of their rows, and the import refuses such"
                            + " rows. Then protect the sheet again, so that Tab again moves between the cells to fill"
                            + " in alone, with what it allowed before: Review > Protect Sheet in Excel, ticking Format"
                            + " columns, Format rows, Insert rows and Use AutoFilter; or Tools > Protect Sheet in"
                            + " LibreOffice, ticking Insert rows.\n"
                            + "Step 16\nThe sheets are protected against accidental changes, without a password. You"
                            + " need not unlock them to fill in the cells you can type in.");
        }
    }

    @Test
    void theExampleDatesAnOwnerIsShownAreOfTheYearsOfThePeriodTheWorkbookIsFor(@TempDir Path folder)
            throws IOException {
        ReportingPeriod q3 = ReportingPeriod.parse("Q3 2023/24");
        Path file = folder.resolve("derbyshire-q3.xlsx");
        UpdateWorkbook.of(SeedPlans.derbyshire(), q3).write(file);
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Row row : book.getSheet("Instructions")) {
                row.forEach(cell -> all.append(cell.getStringCellValue()).append('\n'));
            }
            for (String sheet : List.of("Updates", NewSubActionsSheet.NAME)) {
                book.getSheet(sheet).getDataValidations().forEach(v -> all.append(v.getPromptBoxText()).append('\n'));
            }
        }
        assertThat(all).contains("Dates may be typed as 31 Dec 2023, which every spreadsheet reads alike, or"
                + " 31/12/2023 (day first, where the spreadsheet is set to UK English).",
                "a date (31/03/2025), a month (Mar 2025), a financial year (2024/25) or quarter (Q4 2024/25), or"
                        + " Ongoing", "for example Mar 2025, 31/03/2025, 2024/25 or Ongoing.");
        assertThat(all.toString()).doesNotContain("2026", "2027");
        // Written for the last financial year a plan can name, it gives examples within it.
        ActionPlan last = SeedPlans.merseyside().withPeriod(ReportingPeriod.parse("Q1 9998/99")).withAsOf(
                LocalDate.of(9998, 6, 30));
        UpdateWorkbook.of(last, ReportingPeriod.parse("Q2 9998/99")).write(folder.resolve("last.xlsx"));

        Path typed;
        try (Owner owner = Owner.open(file)) {
            typed = owner.type("Rec 17", "", UpdateColumn.NEW_TIMESCALE, "soon").save(folder.resolve("typed.xlsx"));
        }
        assertThatThrownBy(() -> UpdateImport.of(SeedPlans.derbyshire()).read(typed)).hasMessageContaining(
                "'soon' is not a timescale with a date; type a date such as 31/03/2025 (day first), a month such as"
                        + " Mar 2025, a financial year such as 2024/25, a quarter such as Q4 2024/25, or Ongoing");
    }

    @Test
    void everyEditableColumnHasAValidationWithAnInputMessage() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            List<? extends DataValidation> validations = book.getSheet("Updates").getDataValidations();
            assertThat(validations).hasSize((int) java.util.Arrays.stream(UpdateColumn.values())
                    .filter(UpdateColumn::isEditable).count());
            for (DataValidation validation : validations) {
                assertThat(validation.getShowPromptBox()).isTrue();
                assertThat(validation.getPromptBoxText()).isNotBlank();
                // Trial 52 F5: the help of a column showed on its grey, locked cells too, inviting typing.
                for (var range : validation.getRegions().getCellRangeAddresses()) {
                    assertThat(range.getFirstRow()).isGreaterThan(UpdateWorkbookWriter.HEADER_ROW);
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        assertThat(book.getSheet("Updates").getRow(r).getCell(range.getFirstColumn()).getCellStyle()
                                .getLocked()).as("row %d of %s", r + 1, validation.getPromptBoxTitle()).isFalse();
                    }
                }
            }
            assertThat(validations).anySatisfy(v -> assertThat(v.getRegions().getCellRangeAddresses())
                    .hasSizeGreaterThan(1));
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Blue", "Red", "Amber", "Green"));
        }
    }

    @Test
    void aCompletionDateIsAcceptedUpToTheReportingDateTheInstructionsGiveNotThePeriodsEnd() throws IOException {
        UpdateWorkbook early = UpdateWorkbook.of(SeedPlans.merseyside(), Q2).withAsOf(LocalDate.of(2025, 8, 31));
        try (XSSFWorkbook book = written(early)) {
            assertThat(book.getSheet("Updates").getDataValidations()).extracting(v -> v.getValidationConstraint()
                    .getFormula1()).contains("DATE(2025,8,31)").doesNotContain("DATE(2025,9,30)");
            // Trial 52 F11: the warning named neither the day nor that words are not a date.
            assertThat(book.getSheet("Updates").getDataValidations()).extracting(DataValidation::getErrorBoxText)
                    .contains("That is not a date on or before 31 Aug 2025. Type the day the work was finished, as 31"
                            + " Aug 2025 or 31/08/2025 (day first). Yes (or OK) keeps what you typed, for the import to"
                            + " check; No (or Cancel) lets you type again.");
            // Run 128 #2: the New sub-actions sheet took the period's end, which the import then refused.
            assertThat(book.getSheet(NewSubActionsSheet.NAME).getDataValidations()).extracting(v -> v
                    .getValidationConstraint().getFormula1()).contains("DATE(2025,8,31)")
                    .doesNotContain("DATE(2025,9,30)");
            assertThat(book.getSheet(NewSubActionsSheet.NAME).getDataValidations())
                    .extracting(DataValidation::getErrorBoxText).anySatisfy(text -> assertThat(text)
                            .startsWith("That is not a date on or before 31 Aug 2025."));
        }
    }

    /**
     * Run 106 #5: a value refused by a cell's check was answered with the cell's help again, never saying it was
     * refused, and the completion's at 255 characters, more than Excel's older format keeps.
     */
    @Test
    void aValueACellsCheckRefusesIsToldAsRefusedWithWhatTheCellTakesInAtMost225Characters() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            for (String sheet : List.of("Updates", NewSubActionsSheet.NAME)) {
                List<? extends DataValidation> checks = book.getSheet(sheet).getDataValidations().stream()
                        .filter(v -> v.getValidationConstraint().getValidationType()
                                != DataValidationConstraint.ValidationType.TEXT_LENGTH).toList();
                assertThat(checks).as(sheet).isNotEmpty().allSatisfy(check -> {
                    assertThat(check.getErrorBoxText()).startsWith("That is not").hasSizeLessThanOrEqualTo(225)
                            .isNotEqualTo(check.getPromptBoxText());
                    assertThat(check.getShowErrorBox()).isTrue();
                });
            }
            assertThat(book.getSheet("Updates").getDataValidations()).extracting(DataValidation::getErrorBoxText)
                    .contains("That is not Yes or No: choose one from the cell's list (Alt+Down Arrow opens it), or"
                            + " leave the cell blank.", "That is not a percentage: type a number from 0 to 100, such as"
                            + " 50 or 50%, or leave the cell blank.",
                            "That is not a BRAG rating: choose Blue (complete), Red, Amber or Green from the cell's"
                            + " list (Alt+Down Arrow opens it), or leave the cell blank.");
        }
    }

    @Test
    void theHeaderIsFrozenFilteredAndRepeatedOnEveryPrintedPageInLandscape() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(updates.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (UpdateWorkbookWriter.HEADER_ROW + 1));
            assertThat(updates.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(updates.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(updates.getPrintSetup().getLandscape()).isTrue();
            // Trial 68 F3: one page wide, its type printed a third of its size; three across, its Ref and Id on each.
            assertThat(updates.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(updates.getPrintSetup().getLeftToRight()).isTrue();
            assertThat(updates.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(updates.getFitToPage()).isTrue();
            assertThat(book.getSheet("New sub-actions").getRepeatingColumns().formatAsString()).isEqualTo("A:A");
            // Run 81 #6: two pages wide, its second held two columns, and its title cut short.
            assertThat(book.getSheet("New sub-actions").getPrintSetup().getFitWidth()).isOne();
            assertThat(book.getSheet("Instructions").getFooter().getCenter()).isEqualTo("Page &P of &N");
            // Run 112 #2: the title ran on over the pages printed side by side, cut between them mid-word. It wraps
            // within Kind to Owner, the first page across, in a row tall enough for its lines.
            assertThat(updates.getMergedRegions()).extracting(CellRangeAddress::formatAsString).contains("C1:F1");
            assertThat(UpdateColumn.values()[UpdateWorkbookWriter.FIRST_SCROLLING]).isEqualTo(UpdateColumn.KIND);
            assertThat(UpdateColumn.values()[5]).isEqualTo(UpdateColumn.OWNER);
            assertThat(updates.getRow(0).getCell(UpdateWorkbookWriter.FIRST_SCROLLING).getCellStyle().getWrapText())
                    .isTrue();
            assertThat(updates.getRow(0).getHeightInPoints()).isGreaterThan(24);
        }
    }

    @Test
    void everySheetAnOwnerSeesPrintsOnA4() throws IOException {
        // Trial 33 F13: the Instructions sheet named no paper, so it printed on US Letter beside A4 sheets.
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            List<XSSFSheet> shown = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
                    shown.add(book.getSheetAt(i));
                }
            }
            assertThat(shown).extracting(XSSFSheet::getSheetName).contains("Instructions", "Updates");
            assertThat(shown).allSatisfy(sheet -> assertThat(sheet.getPrintSetup().getPaperSize())
                    .as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE));
        }
    }

    @Test
    void planTextThatLooksLikeAFormulaIsWrittenAsQuotedTextNeverAFormula() throws IOException {
        ActionPlan hostile = ActionPlan.builder().title("=HYPERLINK(\"http://x\")").organisation("+Org")
                .source(SeedPlans.merseyside().source())
                .addRecommendations(Recommendation.builder().ref("=1+1").kind(RecommendationKind.RECOMMENDATION)
                        .text("@SUM(A1)").owner("-Owner")
                        .addSubActions(SubAction.builder().id("-1").description("=cmd|' /C calc'!A0")
                                .due(Timescale.parse("Dec 2025")).build())
                        .build())
                .build();
        try (XSSFWorkbook book = written(UpdateWorkbook.of(hostile, Q2))) {
            for (XSSFSheet sheet : List.of(book.getSheet("Updates"), book.getSheet("Plan"))) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && SpreadsheetCells.startsLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                        }
                    }
                }
            }
            assertThat(text(row(book.getSheet("Updates"), "=1+1", "-1"), UpdateColumn.SUB_ACTION))
                    .isEqualTo("=cmd|' /C calc'!A0");
        }
    }

    @Test
    void theCallersStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        UpdateWorkbook.of(SeedPlans.merseyside(), Q2).write(out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void statusesAreAtThePeriodsEndUnlessAnotherDateIsGiven() {
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);
        assertThat(workbook.reportingDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(workbook.withAsOf(LocalDate.of(2025, 9, 15)).reportingDate()).isEqualTo(LocalDate.of(2025, 9, 15));
    }

    @Test
    void theInstructionsSayWhomToReturnItToWhereGiven() throws IOException {
        // Trial 68 F1: a date alone, or "whoever sent it", to an owner who had it forwarded.
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), Q2)
                .withReturnTo("  Performance team, performance@example.gov.uk ");
        assertThat(workbook.returnTo()).contains("Performance team, performance@example.gov.uk");
        assertThat(instructions(workbook)).contains("Please return this workbook to Performance team,"
                + " performance@example.gov.uk once you have filled it in.");
        assertThat(instructions(workbook.withReturnBy(LocalDate.of(2025, 10, 10)))).contains("Please return this"
                + " workbook to Performance team, performance@example.gov.uk by 10 Oct 2025.");
        assertThatThrownBy(() -> workbook.withReturnTo("Performance\nteam")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("whom to return the workbook to is a name, a team or a"
                + " mailbox on one line, such as 'Performance team, performance@example.gov.uk', but"
                + " 'Performance\\nteam' is not one line");
        // Run 69 #2, #3: shown in one line before the date, which a long, reversed or hidden text would lose.
        assertThatThrownBy(() -> workbook.withReturnTo(" ")).hasMessageEndingWith("' ' is blank");
        assertThatThrownBy(() -> workbook.withReturnTo("Team\u2028B")).hasMessageEndingWith("is not one line");
        assertThatThrownBy(() -> workbook.withReturnTo("Team \u202eB")).hasMessageEndingWith(
                "holds an invisible character, U+202E");
        assertThatThrownBy(() -> workbook.withReturnTo("x".repeat(201))).hasMessageEndingWith(
                "is 201 characters, more than 200");
    }

    @Test
    void aRecommendationsFindingShowsTheOutcomesItIsToDeliverAndItsPageInTheReport() throws IOException {
        // Trial 68 F2: what an owner's rating is judged against was on no sheet of the copy.
        Recommendation two = SeedPlans.merseyside().recommendation("2").orElseThrow();
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(text(row(updates, "2", ""), UpdateColumn.FINDING)).startsWith(two.text() + "\n\nRequired"
                    + " outcomes:\n• " + two.requiredOutcomes().getFirst()).contains("\n\nInspection report, page "
                    + two.reportPage().getAsInt());
            assertThat(text(row(updates, "2", "2.1"), UpdateColumn.FINDING)).isEmpty();
        }
    }

    @Test
    void theStepOnANewOwnerListsThePlansOwnersALineEachAsThePlanWritesThem() throws IOException {
        // Run 69 #10: quoted in ' ', "'Chief Fire Officer's Office'" read as two names.
        ActionPlan merseyside = SeedPlans.merseyside();
        ActionPlan plan = merseyside.withRecommendation(merseyside.recommendation("1").orElseThrow().withOwner(
                "Chief Fire Officer's Office"));
        assertThat(instructions(UpdateWorkbook.of(plan, Q2))).contains("Write their name as the plan writes its"
                + " owners' names:\n• Chief Fire Officer's Office\n• People and Organisational Development\n");
        List<Recommendation> many = IntStream.range(0, 25).mapToObj(i -> Recommendation.builder().from(merseyside
                .recommendation("2").orElseThrow()).ref("R" + i).owner("Service " + i).build()).toList();
        assertThat(instructions(UpdateWorkbook.of(merseyside.withRecommendations(many), Q2))).contains("\n• Service"
                + " 19\n• and 5 others\n").doesNotContain("Service 20");
        List<Recommendation> none = merseyside.recommendations().stream().map(r -> Recommendation.builder().from(r)
                .owner(Optional.empty()).subActions(r.subActions().stream().map(s -> SubAction.builder().from(s)
                        .owner(Optional.empty()).build()).toList()).build()).toList();
        assertThat(instructions(UpdateWorkbook.of(merseyside.withRecommendations(none), Q2))).contains("Write their"
                + " name as the plan writes its owners' names: it names none yet.");
    }

    @Test
    void theInstructionsSayWhyARecommendationsTimescaleIsBlankBesideItsDueDate() throws IOException {
        // Trial 68 F10: recommendation 2's row showed no timescale and a Due date the Instructions did not explain.
        String text = instructions(UpdateWorkbook.of(SeedPlans.merseyside(), Q2));
        assertThat(text).contains("Timescale\nWhen it is due, as the plan writes it. Blank on the row of a"
                + " recommendation with no timescale of its own: it is due when its last sub-action is, where it has"
                + " sub-actions.", "Due\nThe day"
                + " the timescale"
                + " means; blank for ongoing work. For a recommendation with no timescale of its own, the day its last"
                + " sub-action is due.");
    }

    @Test
    void theInstructionsSayWhatEachStatusMeansAndWhichBragColourItIs() throws IOException {
        // Trial 68 F4: nothing tied Red to Off track, nor said when each status applies.
        String text = instructions(UpdateWorkbook.of(SeedPlans.merseyside(), Q2));
        assertThat(text).contains("Statuses\n", "Blue: Complete\nComplete: ", "Red: Off track\nOff track: ",
                "Amber: At risk\nAt risk: ", "Green: On track\nOn track: ");
        for (Status status : Status.BRAG_ORDER) {
            assertThat(text).contains(Assessor.standard().rule().meaning(status));
        }
        // Run 69 #9: each name in its colour, as the Status column shows it.
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2))) {
            List<String> filled = new ArrayList<>();
            for (Row row : book.getSheet("Instructions")) {
                Cell name = row.getCell(0);
                if (name != null && name.getStringCellValue().matches("(Blue|Red|Amber|Green): .*")) {
                    filled.add(name.getStringCellValue() + " " + ((XSSFCellStyle) name.getCellStyle())
                            .getFillForegroundXSSFColor().getARGBHex().substring(2));
                }
            }
            Palette palette = Palette.standard();
            assertThat(filled).containsExactlyElementsOf(Status.BRAG_ORDER.stream().map(status -> status.brag()
                    .displayName() + ": " + status.defaultLabel() + " " + palette.fill(status).hex()
                    .toUpperCase(java.util.Locale.ROOT)).toList());
        }
    }

    /** The Instructions sheet's text, its cells one to a line. */
    private static String instructions(UpdateWorkbook workbook) throws IOException {
        try (XSSFWorkbook book = written(workbook)) {
            StringBuilder all = new StringBuilder();
            for (Row row : book.getSheet("Instructions")) {
                for (Cell cell : row) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
            return all.toString();
        }
    }

    @Test
    void theInstructionsSayByWhenAndWhatEveryColumnMeans() throws IOException {
        try (XSSFWorkbook book = written(UpdateWorkbook.of(SeedPlans.merseyside(), Q2)
                .withReturnBy(LocalDate.of(2025, 10, 10)))) {
            StringBuilder all = new StringBuilder();
            for (Row row : book.getSheet("Instructions")) {
                for (Cell cell : row) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
            assertThat(all).contains("Please return this workbook to whoever sent it to you by 10 Oct 2025.");
            for (UpdateColumn column : UpdateColumn.values()) {
                assertThat(all).contains(column.meaning(ExampleDates.of(Q2)));
            }
        }
    }

    @Test
    void everyRowOfTheInstructionsIsANameAndItsTextWrappedInItsColumnWithNoMergedCellsOrBlankRows()
            throws IOException {
        // Trial 52 F9: paragraphs merged across both columns and blank rows between sections, which screen readers
        // announce as spanning cells and stop at as if the sheet had ended; rows no one could make taller.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        plan = plan.withTitle("HMICFRS Fire and Rescue Service Inspection 2023: Areas for Improvement, Causes of"
                + " Concern and Recommendations: Action Plan and Progress Tracker for the Service Leadership Team");
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2).withOwner("Community Safety"))) {
            XSSFSheet sheet = book.getSheet("Instructions");
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.isFormatRowsLocked()).isFalse();
            assertThat(sheet.isFormatColumnsLocked()).isFalse();
            int width = sheet.getColumnWidth(1);
            List<String> checked = new ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row).as("row %d", i + 1).isNotNull();
                assertThat(row.getCell(0).getStringCellValue()).as("row %d", i + 1).isNotBlank();
                Cell text = row.getCell(1);
                if (text == null) {
                    assertThat(row.getCell(0).getCellStyle()).as("a heading").isEqualTo(headingStyle(sheet));
                    continue;
                }
                checked.add(text.getStringCellValue());
                assertThat(text.getCellStyle().getWrapText()).as(text.getStringCellValue()).isTrue();
                double lines = Math.ceil(text.getStringCellValue().length() * 256.0 / (width * 1.2)); // Calibri 11
                assertThat(row.getHeightInPoints()).as(text.getStringCellValue()).isGreaterThanOrEqualTo(
                        (float) (lines * 13));
            }
            assertThat(checked).anyMatch(text -> text.startsWith("HMICFRS Fire and Rescue Service Inspection 2023"))
                    .anyMatch(text -> text.startsWith("This copy holds the sub-actions 'Community Safety' carries out"))
                    .anyMatch(text -> text.startsWith("Completed on: the day the work was finished"));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Quarterly update");
        }
    }

    /** The style of the Instructions' first heading, "How to fill it in". */
    private static CellStyle headingStyle(XSSFSheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals("How to fill it in")) {
                return row.getCell(0).getCellStyle();
            }
        }
        throw new AssertionError("no heading");
    }

    @Test
    void aTextLongerThanACellHoldsIsCutVisiblyNeverSilently() {
        String longText = "x".repeat(40_000);
        String cell = CellText.forCell(longText);
        assertThat(cell.length()).isLessThanOrEqualTo(SpreadsheetCells.CELL_LIMIT);
        assertThat(cell).endsWith("(cut: the plan holds the full text)");
        assertThat(CellText.forCell("a_x0041_b")).isEqualTo("a_x005F_x0041_b");
    }

    @Test
    void aRecommendationWithoutSubActionsIsOneEditableRow() throws IOException {
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendations(Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("Do better.").deadline(Timescale.parse("Dec 2025")).build())
                .build();
        try (XSSFWorkbook book = written(UpdateWorkbook.of(plan, Q2))) {
            XSSFSheet updates = book.getSheet("Updates");
            assertThat(updates.getLastRowNum()).isEqualTo(UpdateWorkbookWriter.HEADER_ROW + 1);
            Row row = row(updates, "AFI 1", "");
            assertThat(row.getCell(UpdateColumn.PROGRESS.ordinal()).getCellStyle().getLocked()).isFalse();
            assertThat(text(row, UpdateColumn.STATUS)).isEqualTo(Status.ON_TRACK.defaultLabel());
        }
    }

    @Test
    void aPlanThatNamesNoPeriodIsAtTheQuarterOfItsDateAndAWorkbookForAnEarlierOneIsRefused() {
        // Trial 22 F5: Derbyshire's published plan, as of 1 Nov 2023 (Q3 2023/24), names no period; a Q2 workbook
        // was written, and every copy of it refused on import.
        ActionPlan derbyshire = SeedPlans.derbyshire();
        assertThat(derbyshire.period()).isEmpty();

        assertThatThrownBy(() -> UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q2 2023/24")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the plan reports on Q3 2023/24 already, so a"
                        + " workbook for the earlier Q2 2023/24 could not be imported into it; write the workbook for"
                        + " Q3 2023/24 or a later period");
        assertThat(UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24")).period())
                .isEqualTo(ReportingPeriod.parse("Q3 2023/24"));
    }

    @Test
    void aWorkbookThatWouldTakeThePlanBackIsRefusedWhenItIsWritten() {
        ActionPlan merseyside = SeedPlans.merseyside();
        ActionPlan inQ2 = merseyside.withPeriod(ReportingPeriod.parse("Q2 2025/26")).withAsOf(LocalDate.of(2025, 9, 30));

        assertThatThrownBy(() -> UpdateWorkbook.of(inQ2, ReportingPeriod.parse("Q1 2025/26")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the plan reports on Q2 2025/26 already, so a"
                        + " workbook for the earlier Q1 2025/26 could not be imported into it; write the workbook for"
                        + " Q2 2025/26 or a later period");
        UpdateWorkbook q3 = UpdateWorkbook.of(inQ2, ReportingPeriod.parse("Q3 2025/26"));
        assertThatThrownBy(() -> q3.withAsOf(LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 Jan 2025 is before Q3 2025/26 begins (1 Oct 2025); the reporting date is a day in the"
                        + " period or after it");
        UpdateWorkbook q2 = UpdateWorkbook.of(inQ2, ReportingPeriod.parse("Q2 2025/26"));
        assertThatThrownBy(() -> q2.withAsOf(LocalDate.of(2025, 9, 15))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("15 Sep 2025 is before the plan's own reporting date, 30 Sep 2025, which the import would"
                        + " take the plan back from");
        assertThat(q2.withAsOf(LocalDate.of(2025, 10, 10)).reportingDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void aReturnDateBeforeThePeriodBeginsIsRefusedAsAReportingDateIs() {
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);

        assertThatThrownBy(() -> workbook.withReturnBy(LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 Jan 2020 is before Q2 2025/26 begins (1 Jul"
                        + " 2025); owners return the workbook once there is something to report, in the period or"
                        + " after it");
        assertThat(workbook.withReturnBy(LocalDate.of(2025, 9, 26)).returnBy()).contains(LocalDate.of(2025, 9, 26));
    }

    @Test
    void aPlanWithErrorsBuiltInJavaIsRefusedNamingThemAsNoWorkbookIsWrittenFromOrReadIntoIt() {
        ActionPlan merseyside = SeedPlans.merseyside();
        // Completed after the date the plan reports on: PlanValidator's error, which no plan file may hold.
        ActionPlan invalid = merseyside.withRecommendations(List.of(merseyside.recommendations().get(1)
                .withCompletion(LocalDate.of(2026, 1, 1))));

        assertThatThrownBy(() -> UpdateWorkbook.of(invalid, Q2).write(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the plan has errors, which no plan file may hold, so no update workbook is"
                        + " written from it or read into it; correct them first: /recommendations/0/completedOn:")
                .hasMessageContaining("completed on 1 Jan 2026");
    }

    @Test
    void aNullArgumentIsRefusedByItsName() {
        ActionPlan plan = SeedPlans.merseyside();
        UpdateWorkbook workbook = UpdateWorkbook.of(plan, Q2);

        assertThatThrownBy(() -> UpdateWorkbook.of(null, Q2)).hasMessage("plan");
        assertThatThrownBy(() -> UpdateWorkbook.of(plan, null)).hasMessage("period");
        assertThatThrownBy(() -> workbook.withReturnBy(null)).hasMessage("date");
        assertThatThrownBy(() -> workbook.withAsOf(null)).hasMessage("date");
        assertThatThrownBy(() -> UpdateImport.of(null)).hasMessage("plan");
        assertThatThrownBy(() -> UpdateImport.of(plan).withAsOf(null)).hasMessage("date");
        assertThatThrownBy(() -> UpdateImport.of(plan).read((java.nio.file.Path) null)).hasMessage("workbook");
        assertThatThrownBy(() -> UpdateImport.of(plan).read((WorkbookFile) null)).hasMessage("workbook");
        assertThatThrownBy(() -> UpdateImport.of(plan).readCopies(null)).hasMessage("copies");
        assertThatThrownBy(() -> TrackerImport.defaults().read((java.nio.file.Path) null)).hasMessage("tracker");
        assertThatThrownBy(() -> TrackerImport.defaults().read((WorkbookFile) null)).hasMessage("tracker");
        assertThatThrownBy(() -> new WorkbookFile(null, "culture.xlsx")).hasMessage("path");
        assertThatThrownBy(() -> new WorkbookFile(java.nio.file.Path.of("culture.xlsx"), null)).hasMessage("name");
        // Trial 54 F8: these two named no argument, and a count below zero was taken.
        var assessed = io.github.actionplan.rules.Assessor.standard().assess(plan, Q2.end());
        var unchanged = io.github.actionplan.summary.SnapshotComparison.between(assessed, assessed);
        assertThatThrownBy(() -> new ImportedUpdate(plan, plan, Q2, Q2.end(), 0, 0, 0, 0, 0, 0, 0, 0, unchanged,
                null)).hasMessage("warnings");
        assertThatThrownBy(() -> new ImportedUpdate(plan, plan, Q2, Q2.end(), -5, 0, 0, 0, 0, 0, 0, -1, unchanged,
                List.of())).hasMessage("progressChanges is -5, subActionsAdded is -1: a"
                        + " count is 0 or more");
        assertThatThrownBy(() -> new InvalidWorkbookException(null, List.of(WorkbookProblem.error("wrong"))))
                .hasMessage("source");
        assertThatThrownBy(() -> new InvalidWorkbookException("copy.xlsx", null)).hasMessage("problems");
    }

    @Test
    void theRowsAWorkbookHoldsAreAListNoOneCanChangeForEveryOwnerAndForOne() {
        // Trial 54 F5: an owner's copy gave a list its caller could clear.
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), Q2);
        for (UpdateWorkbook copy : List.of(workbook, workbook.withOwner("Protection"))) {
            assertThatThrownBy(() -> copy.recommendations().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aStreamThatFailsIsToldByItsOwnFailureNotByPoisFailingAgainAsItCleansUp() {
        // Trial 36 F5: on a full disk, "This archive contains unclosed entries" hid "No space left on device".
        java.io.OutputStream full = new java.io.OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2_000) {
                    throw new IOException("No space left on device");
                }
            }
        };

        assertThatThrownBy(() -> UpdateWorkbook.of(SeedPlans.merseyside(), ReportingPeriod.parse("Q2 2025/26"))
                .write(full)).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void onARuntimeWithoutJavaDesktopTheWorkbookNamesTheModuleEveryTime(@TempDir Path folder) throws Exception {
        // Run 136 #6: a bare NoClassDefFoundError, then "Could not initialize class", where a render names the module.
        String output = SmallHeap.run(WorkbookWithoutJavaDesktop.class, folder.resolve("unused"),
                folder.resolve("child.log"), "--limit-modules", "java.base,java.xml,java.logging,java.sql,java.naming");
        String told = "IllegalStateException: The update workbook needs the class java.beans.PropertyChangeSupport, of"
                + " the JDK's own module java.desktop, which this Java runtime lacks; run it on a full JDK, or add the"
                + " module to a runtime made with jlink (--add-modules java.desktop)";
        assertThat(output.lines().filter(line -> !line.startsWith("WARNING"))).containsExactly(told, told);
    }
}
