package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracker kept as a sheet per directorate or per pillar, each sheet laid out alike, onboarded as one plan. */
class TrackerSheetsTest {

    @TempDir
    Path folder;

    private static final Object[] HEADER = {"Ref", "Finding", "Action", "Owner", "Progress"};

    private Path tracker(Map<String, Object[][]> sheets) throws IOException {
        return TrackerWorkbooks.write(folder.resolve("t.xlsx"), sheets);
    }

    /** A directorate's sheet: the title rows, the header in row 3 and one action for each ref. */
    private static Object[][] directorate(String name, String date, String... refs) {
        Object[][] rows = new Object[3 + refs.length][];
        rows[0] = new Object[] {"Anyshire Fire and Rescue Service – HMICFRS tracker – " + name};
        rows[1] = new Object[] {"Position at " + date};
        rows[2] = HEADER;
        for (int i = 0; i < refs.length; i++) {
            rows[3 + i] = new Object[] {refs[i], "Finding " + refs[i], "Do " + refs[i], name, 10};
        }
        return rows;
    }

    /** {@code rows} with a blank row inserted above the header row, the third, so that it is the fourth. */
    private static Object[][] headedARowLower(Object[][] rows) {
        Object[][] lower = new Object[rows.length + 1][];
        lower[0] = rows[0];
        lower[1] = rows[1];
        lower[2] = new Object[] {};
        System.arraycopy(rows, 2, lower, 3, rows.length - 2);
        return lower;
    }

    private static Map<String, Object[][]> sheets(Object... namesAndRows) {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRows.length; i += 2) {
            sheets.put((String) namesAndRows[i], (Object[][]) namesAndRows[i + 1]);
        }
        return sheets;
    }

    @Test
    void aQuartersUpdateColumnBlankOnTheFirstSheetIsReadWhereAnotherSheetFillsIt() throws IOException {
        // Prevention has not reported for Q2 yet; Protection has. Told by the first sheet alone, Q2's column would
        // be blank, and not read, and Protection's update lost.
        Object[] header = {"Ref", "Finding", "Action", "Owner", "Update Q1 2026/27", "Update Q2 2026/27"};
        Object[][] prevention = {{"Anyshire Fire and Rescue Service – HMICFRS tracker"}, {"Position at 30/09/2026"},
                header, {"AFI 1", "Finding AFI 1", "Do AFI 1", "Prevention", "Visits planned."}};
        Object[][] protection = {{"Anyshire Fire and Rescue Service – HMICFRS tracker"}, {"Position at 30/09/2026"},
                header, {"AFI 2", "Finding AFI 2", "Do AFI 2", "Protection", "Audits planned.", "Audits begun."}};

        TrackerResult result = TrackerImport.defaults().read(tracker(sheets("Prevention", prevention,
                "Protection", protection)));

        assertThat(result.mapping().sheets()).containsExactly("Prevention", "Protection");
        assertThat(result.mapping().columns()).filteredOn(column -> column.field().equals(Optional.of(
                TrackerField.UPDATE))).extracting(TrackerMapping.Column::column).containsExactly("E", "F");
        Recommendation second = result.plan().orElseThrow().recommendation("AFI 2").orElseThrow();
        assertThat(second.updates()).extracting(update -> update.period().toString())
                .containsExactly("Q1 2026/27", "Q2 2026/27");
        assertThat(result.problems()).noneMatch(problem -> problem.message().contains("not read"));
    }

    @Test
    void sheetsLaidOutAlikeAreReadInSheetOrderIntoOnePlan() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1", "AFI 2"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 3"),
                "Response", directorate("Response", "30/06/2026", "AFI 4")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.problems()).isEmpty();
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.recommendations()).extracting(Recommendation::ref, r -> r.owner().orElse("")).containsExactly(
                tuple("AFI 1", "Prevention"), tuple("AFI 2", "Prevention"), tuple("AFI 3", "Protection"),
                tuple("AFI 4", "Response"));
        assertThat(plan.recommendations().get(2).subActions()).extracting(SubAction::description)
                .containsExactly(Optional.of("Do AFI 3"));
        assertThat(plan.organisation()).isEqualTo("Anyshire Fire and Rescue Service");
        assertThat(plan.title()).isEqualTo("HMICFRS tracker");
        assertThat(plan.asOf()).contains(LocalDate.of(2026, 6, 30));
        assertThat(result.mapping().sheets()).containsExactly("Prevention", "Protection", "Response");
        assertThat(result.mapping().sheet()).isEqualTo("Prevention");
        assertThat(result.recommendations()).isEqualTo(4);
    }

    @Test
    void aRefUsedOnTwoSheetsIsAnErrorAtTheSecondNamingTheFirst() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 1")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Protection!A4"
                + " (AFI 1): the reference AFI 1 is already used at Prevention!A4; each recommendation's reference is"
                + " unique across the sheets read, so give this one its own; if sheet 'Protection' is a copy of the"
                + " tracker (an earlier quarter's), not more of it, leave it out: save the mapping (--save-mapping),"
                + " take it out of the mapping's \"sheets\" and onboard again with --mapping; if it is another"
                + " inspection's plan, onboard each sheet as a plan of its own, with a mapping whose \"sheet\" is that"
                + " one and whose \"title\" is its own");
    }

    @Test
    void aProblemOnALaterSheetNamesThatSheetsCell() throws IOException {
        Object[][] protection = directorate("Protection", "30/06/2026", "AFI 2");
        protection[3][4] = "half";
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", protection));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).extracting(WorkbookProblem::cell).containsExactly("Protection!E4");
    }

    @Test
    void cellsListedInAWarningAcrossSheetsEachNameTheirSheet() throws IOException {
        Object[][] protection = directorate("Protection", "30/06/2026", "AFI 2");
        protection[3][3] = "Head of Prevention";
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", protection));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Prevention!D4: the owner 'Prevention' (Prevention!D4) is most likely 'Head of Prevention'"
                + " (Protection!D4), written short; each name is an owner of its own, with an update workbook and a"
                + " chapter in the owners report of its own; write one name for each owner in column D, then onboard"
                + " again");
    }

    @Test
    void aSheetWhoseColumnsDifferIsNotReadAndAWarningSaysWhichColumnsDiffer() throws IOException {
        Object[][] response = directorate("Response", "30/06/2026", "AFI 3");
        response[2] = new Object[] {"Ref", "Finding", "Owner", "Action", "Progress"};
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 2"),
                "Response", response));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().sheets()).containsExactly("Prevention", "Protection");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 1", "AFI 2");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Response!A3: this sheet has a tracker's header row too, and is not read, as its columns differ from"
                + " those of sheet 'Prevention', which is read: C is headed 'Owner' here and 'Action' there, D is"
                + " headed 'Action' here and 'Owner' there; move its columns to where 'Prevention' has them, and"
                + " onboard again, or onboard"
                + " it as a plan of its own with a mapping whose \"sheet\" is 'Response' and \"headerRow\" 3"
                + " (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void aSheetWithAColumnTheOthersLackIsTheOneLeftOutNotTheSheetsLaidOutAlike() throws IOException {
        // Trial 39 F2: the odd sheet, naming the most fields, was read alone and two of three sheets dropped.
        Object[][] protection = directorate("Protection", "30/06/2026", "AFI 2");
        protection[2] = new Object[] {"Ref", "Finding", "Action", "Owner", "Progress", "Comments", "Update"};
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", protection,
                "Response", directorate("Response", "30/06/2026", "AFI 3")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().sheets()).containsExactly("Prevention", "Response");
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 1", "AFI 3");
        assertThat(result.plan().orElseThrow().title()).isEqualTo("HMICFRS tracker");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Protection!A3: this sheet has a tracker's header row too, and is not read, as its columns differ"
                + " from those of sheet 'Prevention', which is read: F is headed 'Comments' here and blank there, G is"
                + " headed 'Update' here and blank there; give it the headers 'Prevention' has, in the same columns,"
                + " and onboard again, or onboard it as a plan of its own with a mapping whose \"sheet\" is"
                + " 'Protection' and \"headerRow\" 3 (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void aSheetWhoseHeaderRowIsAnotherIsNotReadAndAWarningSaysSo() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", headedARowLower(directorate("Protection", "30/06/2026", "AFI 2"))));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().sheets()).containsExactly("Prevention");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).singleElement().asString().startsWith(
                "t.xlsx: warning: Protection!A4: this sheet has a tracker's header row too, and is not read, as its"
                + " header row is row 4, not row 3 as on sheet 'Prevention', which is read;");
    }

    @Test
    void aSheetWhoseHeaderRowAndColumnsDifferIsToldEveryDifferenceAtOnceAndToBeOnboardedApartWhereTheyMeanOtherThings()
            throws IOException {
        // Trial 42 F12: told its header row alone, and once that was moved, to head its dates "Progress".
        Object[][] closed = headedARowLower(directorate("Closed", "30/06/2026", "AFI 2"));
        closed[3] = new Object[] {"Ref", "Finding", "Action", "Owner", "Date completed"};
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Closed", closed));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.mapping().sheets()).containsExactly("Prevention");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Closed!A4: this sheet has a tracker's header row too, and is not read, as its header row is row 4,"
                + " not row 3 as on sheet 'Prevention', which is read, and its columns differ from those of"
                + " 'Prevention': E is headed 'Date completed' here and 'Progress' there; its columns hold other things"
                + " than those of 'Prevention', so onboard it as a plan of its own with a mapping whose \"sheet\" is"
                + " 'Closed' and \"headerRow\" 4 (--save-mapping writes one to edit, --mapping reads it)");
    }

    @Test
    void aSheetDatedOtherwiseIsReadAndWarnedOfThePlanTakingTheFirstSheetsDate() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "31/03/2026", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().orElseThrow().asOf()).contains(LocalDate.of(2026, 6, 30));
        assertThat(result.plan().orElseThrow().recommendations()).hasSize(2);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Protection!A2: this sheet's title rows date it 31 Mar 2026, but the plan is dated 30 Jun 2026, as"
                + " the first sheet read, 'Prevention', is; if its items stand at 31 Mar 2026, bring them up to date,"
                + " or give the plan's date with --as-of");
    }

    @Test
    void aSheetNamingAnotherServiceIsReadAndWarnedOfThePlanBeingTheFirstSheetsService() throws IOException {
        Object[][] protection = directorate("Protection", "30/06/2026", "AFI 2");
        protection[0] = new Object[] {"Otherwise Fire and Rescue Service – HMICFRS tracker – Protection"};
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", protection,
                "Response", directorate("Response", "30/06/2026", "AFI 3")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan().orElseThrow().organisation()).isEqualTo("Anyshire Fire and Rescue Service");
        assertThat(result.plan().orElseThrow().recommendations()).hasSize(3);
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " Protection!A1: this sheet's title rows name Otherwise Fire and Rescue Service, but the first sheet"
                + " read, 'Prevention', names Anyshire Fire and Rescue Service, and the plan is Anyshire Fire and"
                + " Rescue Service's; a plan is one service's: if this sheet is another service's tracker, onboard it"
                + " as a plan of its own with a mapping whose \"sheet\" is 'Protection' (--save-mapping writes one"
                + " to edit, --mapping reads it)");
    }

    @Test
    void aColumnOfSubActionCountsOnTheFirstSheetAndActionsOnAnotherIsReadAsActionsOnEvery() throws IOException {
        // Prevention has not filled in its actions; told by the first sheet alone, the blank "Sub actions" column
        // would be a count, and Protection's actions refused as counts.
        Object[] header = {"Ref", "Finding", "Sub actions", "Owner"};
        Object[][] prevention = {{"Anyshire Fire and Rescue Service – HMICFRS tracker"}, {"Position at 30/09/2026"},
                header, {"AFI 1", "Finding AFI 1", null, "Prevention"}};
        Object[][] protection = {{"Anyshire Fire and Rescue Service – HMICFRS tracker"}, {"Position at 30/09/2026"},
                header, {"AFI 2", "Finding AFI 2", "Audit high-risk premises", "Protection"}};

        TrackerResult result = TrackerImport.defaults().read(tracker(sheets("Prevention", prevention,
                "Protection", protection)));

        assertThat(result.mapping().column(TrackerField.ACTION)).map(TrackerMapping.Column::column).contains("C");
        assertThat(result.plan().orElseThrow().recommendation("AFI 2").orElseThrow().subActions())
                .extracting(SubAction::description).containsExactly(Optional.of("Audit high-risk premises"));
        assertThat(result.problems()).noneMatch(WorkbookProblem::isError);
    }

    @Test
    void sheetsNamingOneServiceInOtherWordsAreNotWarnedOf() throws IOException {
        Object[][] protection = directorate("Protection", "30/06/2026", "AFI 2");
        protection[0] = new Object[] {"ANYSHIRE FIRE & RESCUE AUTHORITY – HMICFRS tracker – Protection"};
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", protection));

        assertThat(TrackerImport.defaults().read(file).problems()).isEmpty();
    }

    @Test
    void aDateGivenWithAsOfIsThePlansWhateverEachSheetSays() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "31/03/2026", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().withAsOf(LocalDate.of(2026, 9, 30)).read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().orElseThrow().asOf()).contains(LocalDate.of(2026, 9, 30));
    }

    @Test
    void sheetsNamedForPillarsGiveTheirFindingsThosePillars() throws IOException {
        Path file = tracker(sheets(
                "Effectiveness", directorate("Effectiveness", "30/06/2026", "AFI 1"),
                "Efficiency", directorate("Efficiency", "30/06/2026", "AFI 2"),
                "People", directorate("People", "30/06/2026", "AFI 3")));

        ActionPlan plan = TrackerImport.defaults().read(file).plan().orElseThrow();

        assertThat(plan.recommendations()).extracting(Recommendation::ref, Recommendation::pillar).containsExactly(
                tuple("AFI 1", Optional.of(Pillar.EFFECTIVENESS)), tuple("AFI 2", Optional.of(Pillar.EFFICIENCY)),
                tuple("AFI 3", Optional.of(Pillar.PEOPLE)));
    }

    @Test
    void aDirectorateNamedPeopleAmongSheetsNamedForNoPillarGivesNoPillar() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "People", directorate("People", "30/06/2026", "AFI 2")));

        ActionPlan plan = TrackerImport.defaults().read(file).plan().orElseThrow();

        assertThat(plan.recommendations()).extracting(Recommendation::pillar).containsOnly(Optional.empty());
    }

    @Test
    void aHiddenSheetIsNotRead() throws IOException {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Old", directorate("Old", "30/06/2025", "AFI 1")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.mapping().sheets()).containsExactly("Prevention");
    }

    @Test
    void theSavedMappingNamesEachSheetReadAndReadsTheSamePlanAgain() throws Exception {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 2")));
        TrackerResult chosen = TrackerImport.defaults().read(file);

        String json = chosen.mapping().toJson();
        TrackerResult again = TrackerImport.defaults().withMapping(TrackerMapping.fromJson(json)).read(file);

        assertThat(json).contains("\"sheets\" : [ \"Prevention\", \"Protection\" ]").doesNotContain("\"sheet\" :");
        assertThat(TrackerMapping.fromJson(json)).isEqualTo(chosen.mapping());
        assertThat(again.problems()).isEmpty();
        assertThat(again.plan()).isEqualTo(chosen.plan());
        assertThat(again.mapping()).isEqualTo(chosen.mapping());
    }

    @Test
    void aMappingOfOneSheetIsWrittenWithSheetAsBefore() throws Exception {
        Path file = tracker(sheets("Prevention", directorate("Prevention", "30/06/2026", "AFI 1")));

        String json = TrackerImport.defaults().read(file).mapping().toJson();

        assertThat(json).contains("\"sheet\" : \"Prevention\"").doesNotContain("\"sheets\"");
        assertThat(TrackerMapping.fromJson(json).sheets()).containsExactly("Prevention");
    }

    @Test
    void aMappingsSheetsAreEachReadAndAMissingOneIsRefusedNamingTheSheetsThereAre() throws Exception {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 2")));
        String mapping = TrackerImport.defaults().read(file).mapping().toJson();

        assertThatThrownBy(() -> TrackerImport.defaults().withMapping(TrackerMapping.fromJson(
                mapping.replace("\"Protection\" ]", "\"Response\" ]"))).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("has no sheet named 'Response'; its sheets are 'Prevention', 'Protection'."
                        + " Correct \"sheets\" in the mapping");
    }

    @Test
    void aMappingListingSomeOfTheSheetsReadsThoseAloneInItsOrder() throws Exception {
        Path file = tracker(sheets(
                "Prevention", directorate("Prevention", "30/06/2026", "AFI 1"),
                "Protection", directorate("Protection", "30/06/2026", "AFI 2"),
                "Response", directorate("Response", "30/06/2026", "AFI 3")));
        String mapping = TrackerImport.defaults().read(file).mapping().toJson()
                .replace("[ \"Prevention\", \"Protection\", \"Response\" ]", "[\"Response\", \"Prevention\"]");

        TrackerResult result = TrackerImport.defaults().withMapping(TrackerMapping.fromJson(mapping)).read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 3", "AFI 1");
    }

    @Test
    void aMappingGivingOneSheetTwiceOrBothSheetAndSheetsIsRefusedSayingWhatIsAllowed() {
        String columns = ", \"headerRow\": 3, \"columns\": [{\"column\": \"A\", \"header\": \"Ref\","
                + " \"field\": \"ref\"}]}";

        assertThatThrownBy(() -> TrackerMapping.fromJson("{\"sheets\": [\"A\", \"a\"]" + columns))
                .isInstanceOf(InvalidTrackerMappingException.class)
                .hasMessageContaining("/sheets/1: 'a' is listed already, as 'A'; list each sheet once");
        assertThatThrownBy(() -> TrackerMapping.fromJson("{\"sheet\": \"A\", \"sheets\": [\"B\"]" + columns))
                .isInstanceOf(InvalidTrackerMappingException.class)
                .hasMessageContaining("/sheets: give either \"sheet\" (one sheet) or \"sheets\" (a list of them),"
                        + " not both");
        assertThatThrownBy(() -> TrackerMapping.fromJson("{\"sheets\": []" + columns))
                .isInstanceOf(InvalidTrackerMappingException.class)
                .hasMessageContaining("/sheets: an empty list; list the sheets to read, in order, e.g."
                        + " [\"Prevention\", \"Protection\"]");
        assertThatThrownBy(() -> TrackerMapping.fromJson("{\"sheets\": [\"A\", 3]" + columns))
                .isInstanceOf(InvalidTrackerMappingException.class)
                .hasMessageContaining("/sheets/1: 3 is not a non-blank string");
        assertThatThrownBy(() -> TrackerMapping.fromJson("{\"headerRow\": 3, \"columns\": []}"))
                .isInstanceOf(InvalidTrackerMappingException.class)
                .hasMessageContaining("/sheet: missing; give the sheet's name, or \"sheets\", a list of them");
    }

    @Test
    void aMappingOfOneSheetAsListOrAsSheetIsTheSameMapping() throws Exception {
        String columns = ", \"headerRow\": 3, \"columns\": [{\"column\": \"A\", \"header\": \"Ref\","
                + " \"field\": \"ref\"}]}";

        assertThat(TrackerMapping.fromJson("{\"sheets\": [\"A\"]" + columns))
                .isEqualTo(TrackerMapping.fromJson("{\"sheet\": \"A\"" + columns));
    }

    @Test
    void aMappingIsMadeOfSheetsInOrderEachOnce() {
        assertThatThrownBy(() -> new TrackerMapping(List.of("A", "a"), 1, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sheet 'a' is listed twice");
        assertThatThrownBy(() -> new TrackerMapping(List.of(), 1, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a mapping reads at least one sheet");
    }
}
