package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tracker kept as a sheet per quarter, each sheet the same items at its quarter's date: the latest is the plan as it
 * stands, and the earlier ones' updates its history.
 */
class TrackerQuartersTest {

    @TempDir
    Path folder;

    private static final Object[] HEADER = {"Ref", "Area for improvement", "Action", "Owner", "% complete", "RAG",
        "Update"};

    private Path tracker(Map<String, Object[][]> sheets) throws IOException {
        return TrackerWorkbooks.write(folder.resolve("t.xlsx"), sheets);
    }

    /**
     * A quarter's sheet: the title rows, dated {@code date} where one is given, the header in row 3, and a row for
     * each of {@code refs} with its progress, RAG and update of that quarter ({@code "Q2 update on AFI 1"}).
     */
    private static Object[][] quarter(String quarter, String date, int progress, String rag, String... refs) {
        Object[][] rows = new Object[3 + refs.length][];
        rows[0] = new Object[] {"Anyshire Fire and Rescue Service – HMICFRS action plan"};
        rows[1] = date == null ? new Object[] {} : new Object[] {"Position at " + date};
        rows[2] = HEADER;
        for (int i = 0; i < refs.length; i++) {
            rows[3 + i] = new Object[] {refs[i], "Finding " + refs[i], "Do " + refs[i], "Head of Prevention",
                progress, rag, quarter + " update on " + refs[i]};
        }
        return rows;
    }

    private static Map<String, Object[][]> sheets(Object... namesAndRows) {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRows.length; i += 2) {
            sheets.put((String) namesAndRows[i], (Object[][]) namesAndRows[i + 1]);
        }
        return sheets;
    }

    private static ReportingPeriod q(int quarter) {
        return ReportingPeriod.of(2025, quarter);
    }

    @Test
    void sheetsOfTheSameItemsDatedAQuarterEachAreTheLatestSheetWithTheEarlierOnesUpdatesAsItsHistory()
            throws IOException {
        Path file = tracker(sheets(
                "Q1 2025-26", quarter("Q1", "30/06/2025", 10, "Green", "AFI 1", "AFI 2"),
                "Q2 2025-26", quarter("Q2", "30/09/2025", 30, "Amber", "AFI 1", "AFI 2"),
                "Q3 2025-26", quarter("Q3", "31/12/2025", 60, "Red", "AFI 1", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: warning:"
                + " 'Q3 2025-26'!A3: the sheets read are a tracker kept as a sheet per quarter, each dated to a"
                + " quarter of its own (Q1 2025/26, Q2 2025/26 and Q3 2025/26) and listing the same references:"
                + " 'Q3 2025-26', the latest, is read as the plan as it stands, and the updates on sheets"
                + " 'Q1 2025-26' and 'Q2 2025-26' as its items' updates for their quarters; where a sheet is more of"
                + " the plan, not an earlier quarter's copy, give its items references of their own and onboard again");
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.asOf()).contains(LocalDate.of(2025, 12, 31));
        assertThat(plan.period()).contains(q(3));
        assertThat(plan.title()).isEqualTo("HMICFRS action plan");
        assertThat(plan.recommendations()).extracting(Recommendation::ref, r -> r.progress().toString(),
                r -> r.assessment().orElseThrow().status()).containsExactly(
                        tuple("AFI 1", "60%", Status.OFF_TRACK), tuple("AFI 2", "60%", Status.OFF_TRACK));
        for (Recommendation recommendation : plan.recommendations()) {
            String ref = recommendation.ref();
            assertThat(recommendation.updates()).extracting(ProgressUpdate::period, ProgressUpdate::text)
                    .containsExactly(tuple(q(1), "Q1 update on " + ref), tuple(q(2), "Q2 update on " + ref),
                            tuple(q(3), "Q3 update on " + ref));
        }
        assertThat(result.mapping().sheets()).containsExactly("Q1 2025-26", "Q2 2025-26", "Q3 2025-26");
        assertThat(result.recommendations()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"Q1 2025-26, Q2 2025-26", "Apr-Jun 2025, Jul-Sep 2025",
        // Run 61, 5: named for the month that ends each quarter, they were refused one reference at a time.
        "June 2025, Sept 2025"})
    void sheetsWithNoDateAreTakenForQuartersByTheirNames(String first, String second) throws IOException {
        Path file = tracker(sheets(
                first, quarter("Q1", null, 10, "Green", "AFI 1"),
                second, quarter("Q2", null, 30, "Green", "AFI 1")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.period()).contains(q(2));
        assertThat(plan.recommendations().getFirst().updates()).extracting(ProgressUpdate::period)
                .containsExactly(q(1), q(2));
    }

    @Test
    void sheetsNamedForAMonthWithinTheirQuarterAreNotTakenForQuarters() throws IOException {
        // A month's sheet, not its quarter's: May's and August's are no quarter's end.
        Path file = tracker(sheets(
                "May 2025", quarter("May", null, 10, "Green", "AFI 1"),
                "August 2025", quarter("August", null, 30, "Green", "AFI 1")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).filteredOn(problem -> problem.message().contains("already used"))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .contains("is already used at 'May 2025'!A4"));
        assertThat(result.problems()).noneSatisfy(problem -> assertThat(problem.message()).contains("per quarter"));
    }

    @Test
    void sheetsNamedForQuartersWithNoYearAreOneErrorSayingHowToDateThem() throws IOException {
        // Run 61, 5: "Q1" and "Q2" were refused one reference at a time, with advice to leave a copy out.
        Path file = tracker(sheets(
                "Q1", quarter("Q1", null, 10, "Green", "AFI 1", "AFI 2"),
                "Q2", quarter("Q2", null, 30, "Green", "AFI 1", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Q1!A3: sheets"
                + " 'Q1' and 'Q2' list the same references, as a tracker kept as a sheet per quarter does, but their"
                + " names give no year, so which quarter each is cannot be told: name each sheet with its quarter and"
                + " year ('Q1 2025-26') or give a date in its title rows ('Position at 30/06/2025'), and onboard"
                + " again");
        assertThat(result.problems()).noneSatisfy(problem -> assertThat(problem.message()).contains("up to date"));
        // Dated in their title rows, the same sheets are read.
        Path dated = tracker(sheets(
                "Q1", quarter("Q1", "30/06/2025", 10, "Green", "AFI 1", "AFI 2"),
                "Q2", quarter("Q2", "30/09/2025", 30, "Green", "AFI 1", "AFI 2")));
        assertThat(TrackerImport.defaults().read(dated).plan()).isPresent();
    }

    @Test
    void anEarlierQuartersSheetLaidOutOtherwiseIsLeftOutSayingItsUpdatesAreNotKept() throws IOException {
        // Run 61, 8: Q1's sheet, before "% complete" was added, was left out with advice to make it a plan of its own.
        Object[][] q1 = quarter("Q1", "30/06/2025", 10, "Green", "AFI 1");
        for (int r = 2; r < q1.length; r++) {
            java.util.List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(q1[r]));
            row.remove(4); // no "% complete" column yet
            q1[r] = row.toArray();
        }
        Path file = tracker(sheets(
                "Q1 2025-26", q1,
                "Q2 2025-26", quarter("Q2", "30/09/2025", 30, "Green", "AFI 1"),
                "Q3 2025-26", quarter("Q3", "31/12/2025", 60, "Green", "AFI 1")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).filteredOn(problem -> problem.sheet().equals(Optional.of("Q1 2025-26")))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .startsWith("this sheet has a tracker's header row too, and is not read, as its columns differ")
                        .endsWith("; named for Q1 2025/26, it is most likely that quarter's copy of the tracker, whose"
                                + " updates are then not kept as the items' Q1 2025/26 updates")
                        .doesNotContain("plan of its own"));
        assertThat(result.plan().orElseThrow().recommendations().getFirst().updates())
                .extracting(ProgressUpdate::period).containsExactly(q(2), q(3));
    }

    @Test
    void anItemAnEarlierQuarterListsAndTheLatestDoesNotIsWarnedOfAndNotRead() throws IOException {
        Path file = tracker(sheets(
                "Q1 2025-26", quarter("Q1", "30/06/2025", 10, "Green", "AFI 1", "AFI 2", "AFI 3"),
                "Q2 2025-26", quarter("Q2", "30/09/2025", 30, "Green", "AFI 1", "AFI 2", "AFI 3"),
                "Q3 2025-26", quarter("Q3", "31/12/2025", 60, "Green", "AFI 1", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations()).extracting(Recommendation::ref)
                .containsExactly("AFI 1", "AFI 2");
        assertThat(result.problems()).extracting(WorkbookProblem::toString).contains("t.xlsx: warning:"
                + " 'Q2 2025-26'!A6 (AFI 3): AFI 3, listed on this sheet, the Q2 2025/26 one, is not listed on"
                + " 'Q3 2025-26', the latest quarter's, which is the plan as it stands, so it is not read (an item"
                + " closed and taken off the tracker is not); where one is still open, add it to 'Q3 2025-26' and"
                + " onboard again");
        assertThat(result.problems()).hasSize(2);
    }

    @Test
    void anUpdateCarriedForwardUnchangedIsKeptOnceAtTheQuarterItWasWrittenIn() throws IOException {
        // Run 61, 3: kept at the latest quarter, nine-month-old words read as this quarter's news.
        Object[][] second = quarter("Q2", "30/09/2025", 30, "Green", "AFI 1");
        second[3][6] = "q1 update on AFI 1 ";
        Object[][] third = quarter("Q3", "31/12/2025", 60, "Green", "AFI 1");
        third[3][6] = "Q1 update on AFI 1";
        Path file = tracker(sheets(
                "Q1 2025-26", quarter("Q1", "30/06/2025", 10, "Green", "AFI 1"),
                "Q2 2025-26", second,
                "Q3 2025-26", third));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.plan().orElseThrow().recommendations().getFirst().updates())
                .extracting(ProgressUpdate::period, ProgressUpdate::text)
                .containsExactly(tuple(q(1), "Q1 update on AFI 1"));
    }

    @Test
    void twoSheetsOfOneQuarterAmongQuartersAreOneErrorNamingBoth() throws IOException {
        // Run 61, 2: a quarter's sheet issued again turned the reading off, with an error a reference and advice to
        // bring the sheets up to date, and nothing naming the cause.
        Path file = tracker(sheets(
                "Q1 2025-26", quarter("Q1", "30/06/2025", 10, "Green", "AFI 1", "AFI 2"),
                "Q2 2025-26", quarter("Q2", "30/09/2025", 30, "Amber", "AFI 1", "AFI 2"),
                "Q2 2025-26 (2)", quarter("Q2", "30/09/2025", 30, "Amber", "AFI 1", "AFI 2"),
                "Q3 2025-26", quarter("Q3", "31/12/2025", 60, "Red", "AFI 1", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).first().extracting(WorkbookProblem::toString).isEqualTo("t.xlsx: 'Q2 2025-26"
                + " (2)'!A3: sheets 'Q2 2025-26' and 'Q2 2025-26 (2)' are both dated Q2 2025/26, and the other sheets"
                + " read list the same references, a quarter each: a tracker kept as a sheet per quarter has one"
                + " sheet a quarter, so leave one of the two out (save the mapping with --save-mapping, take it out of"
                + " the mapping's \"sheets\" and onboard again with --mapping), or date it to its own quarter");
        assertThat(result.problems()).noneSatisfy(problem -> assertThat(problem.message()).contains("up to date"));
    }

    @Test
    void sheetsPerDirectorateNumberingTheirOwnItemsAndDatedApartAreNotTakenForQuarters() throws IOException {
        // Run 61, 1 (High): each directorate's items 1 to 3, dated when each was last updated, were read as quarters
        // of one set of items, and one directorate's findings dropped with exit 0.
        Object[][] prevention = quarter("Q1", "14/05/2025", 10, "Green", "1", "2", "3");
        Object[][] protection = quarter("Q2", "02/09/2025", 30, "Green", "1", "2", "3");
        for (int i = 3; i < 6; i++) {
            prevention[i][1] = "Prevention finding " + prevention[i][0];
            protection[i][1] = "Protection finding " + protection[i][0];
        }
        Path file = tracker(sheets("Prevention", prevention, "Protection", protection));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).hasSize(3).allSatisfy(problem -> assertThat(problem.message())
                .contains("is already used at Prevention!"));
        assertThat(result.problems()).noneSatisfy(problem -> assertThat(problem.message()).contains("per quarter"));
    }

    @Test
    void sheetsOfTheSameReferencesNotDatedAsQuartersAreStillRefusedWithTheAdviceOnceASheet() throws IOException {
        Path file = tracker(sheets(
                "Tracker", quarter("This", null, 10, "Green", "AFI 1", "AFI 2"),
                "Copy", quarter("That", null, 30, "Green", "AFI 1", "AFI 2")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).filteredOn(problem -> problem.message().contains("already used"))
                .extracting(WorkbookProblem::toString).containsExactly("t.xlsx: Copy!A4 (AFI 1): the reference"
                        + " AFI 1 is already used at Tracker!A4; each"
                        + " recommendation's reference is unique across the sheets read, so give this one its own; if"
                        + " sheet 'Copy' is a copy of the tracker (an earlier quarter's), not more of it, leave it"
                        + " out: save the mapping (--save-mapping), take it out of the mapping's \"sheets\" and"
                        + " onboard again with --mapping; if it is another inspection's plan, onboard each sheet as a"
                        + " plan of its own, with a mapping whose \"sheet\" is that one and whose \"title\" is its"
                        + " own", "t.xlsx: Copy!A5 (AFI 2): the reference AFI 2 is already used at Tracker!A5; each"
                        + " recommendation's reference is unique across the sheets read, so give this one its own");
    }

    @Test
    void sheetsOfOneDateRepeatingTheReferencesAreStillRefused() throws IOException {
        Path file = tracker(sheets(
                "Q3 2025-26", quarter("Q3", "31/12/2025", 10, "Green", "AFI 1"),
                "Q3 copy", quarter("Q3", "31/12/2025", 10, "Green", "AFI 1")));

        TrackerResult result = TrackerImport.defaults().read(file);

        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).hasSize(1);
    }
}
