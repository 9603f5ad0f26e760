package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final Section.KeyFacts FACTS = new Section.KeyFacts(List.of(new Section.KeyFact("a", "b")));
    private static final Section.StatusSummary SUMMARY = Fixtures.statusSummary();
    private static final Section.Legend LEGEND = Fixtures.legend();

    private static Section.Heading h(int level, String text) {
        return new Section.Heading(level, text);
    }

    private static Section.NarrativeText text(String text) {
        return new Section.NarrativeText(Narrative.plain(text));
    }

    private static Section.Table table(String title) {
        return Fixtures.table(title, 1);
    }

    @Test
    void aReportWithoutTablesIsAllOnTheFirstSheet() {
        List<Section> sections = List.of(FACTS, SUMMARY, h(1, "Notes"), text("n"));
        assertThat(Layout.of(sections)).containsExactly(new Layout.First(sections));
    }

    @Test
    void theSummaryReportHasFactsAndCountsFirstThenTheTableThenTheKey() {
        Section.Table table = table("Summary");
        assertThat(Layout.of(List.of(FACTS, SUMMARY, table, LEGEND))).containsExactly(
                new Layout.First(List.of(FACTS, SUMMARY)),
                new Layout.Single(table, List.of(), List.of()),
                new Layout.Single(LEGEND, List.of(), List.of()));
    }

    @Test
    void actionPlanChaptersShareOneSheetInReadingOrderWhateverTheirNumber() {
        List<Section> sections = new ArrayList<>(List.of(FACTS, SUMMARY));
        List<Section> chapters = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            chapters.addAll(List.of(h(1, "AFI " + n), FACTS, table("Status of " + n), h(2, "Words"), text("w" + n),
                    table("Actions for " + n), h(2, "Notes"), text("n" + n), h(2, "Update"), text("u" + n)));
        }
        sections.addAll(chapters);
        sections.add(LEGEND);
        assertThat(Layout.of(sections)).containsExactly(
                new Layout.First(List.of(FACTS, SUMMARY)),
                new Layout.Shared(Layout.CHAPTERS, chapters),
                new Layout.Single(LEGEND, List.of(), List.of()));
    }

    @Test
    void aSingleChapterOfSeveralTablesHasASheetNamedAfterItsHeading() {
        List<Section> chapter = List.of(h(1, "AFI 1"), FACTS, table("Status of 1"), h(2, "Words"), text("w"),
                table("Actions for 1"), h(2, "Update"), text("u"));
        List<Section> sections = new ArrayList<>(List.of(FACTS, SUMMARY));
        sections.addAll(chapter);
        assertThat(Layout.of(sections)).containsExactly(
                new Layout.First(List.of(FACTS, SUMMARY)),
                new Layout.Shared("AFI 1", chapter));
    }

    @Test
    void tablesWithNoHeadingBetweenThemHaveASheetEach() {
        Section.Table a = table("A");
        Section.Table b = table("B");
        assertThat(Layout.of(List.of(a, text("between"), b))).containsExactly(
                new Layout.First(List.of()),
                new Layout.Single(a, List.of(), List.of(text("between"))),
                new Layout.Single(b, List.of(), List.of()));
    }

    @Test
    void aChapterAtAnotherLevelFromTheNextKeepsASheetOfItsOwn() {
        Section.Table t0 = table("T0");
        List<Section> chapters = List.of(h(1, "A"), table("T1"), h(1, "B"), table("T2"));
        List<Section> sections = new ArrayList<>(List.of(h(2, "X"), t0));
        sections.addAll(chapters);
        assertThat(Layout.of(sections)).containsExactly(
                new Layout.First(List.of()),
                new Layout.Single(t0, List.of(h(2, "X")), List.of()),
                new Layout.Shared(Layout.CHAPTERS, chapters));
    }

    @Test
    void aHeadingBeforeTheFirstTableIntroducesItUnlessTheStatusSummaryFollowsIt() {
        Section.Table t = table("T");
        assertThat(Layout.of(List.of(FACTS, h(1, "Recommendations"), text("intro"), t)).get(1))
                .isEqualTo(new Layout.Single(t, List.of(h(1, "Recommendations"), text("intro")), List.of()));
        assertThat(Layout.of(List.of(h(1, "Overview"), SUMMARY, t)).get(0))
                .isEqualTo(new Layout.First(List.of(h(1, "Overview"), SUMMARY)));
    }

    @Test
    void whatFollowsTheLastTableStaysBelowIt() {
        Section.Table t = table("T");
        assertThat(Layout.of(List.of(t, h(1, "After"), text("a"))).get(1))
                .isEqualTo(new Layout.Single(t, List.of(), List.of(h(1, "After"), text("a"))));
    }
}
