package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final Orientation P = Orientation.PORTRAIT;
    private static final Orientation L = Orientation.LANDSCAPE;
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

    private static Chapter untitled(Orientation orientation, Section... sections) {
        return Chapter.untitled(orientation, List.of(sections));
    }

    private static Layout.Page page(String name, Orientation orientation, Section... sections) {
        return new Layout.Page(name, orientation, List.of(sections), false);
    }

    private static Layout.Page first(Orientation orientation, Section... sections) {
        return new Layout.Page(LayoutWords.standard().overview(), orientation, List.of(sections), true);
    }

    @Test
    void aReportOfOneUntitledChapterWithoutTablesIsAllOnTheFirstSheet() {
        assertThat(Layout.of(List.of(untitled(P, FACTS, SUMMARY, h(1, "Notes"), text("n")))))
                .containsExactly(first(P, FACTS, SUMMARY, h(1, "Notes"), text("n")));
    }

    @Test
    void theSummaryReportHasFactsAndCountsFirstThenTheTableThenTheKeyEachOnASheetNamedAfterIt() {
        Section.Table table = table("Summary");
        assertThat(Layout.of(List.of(untitled(L, FACTS, SUMMARY, table, LEGEND)))).containsExactly(
                first(L, FACTS, SUMMARY),
                page("Summary", L, table),
                page("Key", L, LEGEND));
    }

    @Test
    void chaptersWithAHeadingShareOneSheetUnderTheirHeadingsWhateverTheirNumber() {
        List<Chapter> chapters = new ArrayList<>(List.of(untitled(P, FACTS, SUMMARY)));
        List<Section> shared = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Section.Table status = table("Status of " + n);
            Section.Table actions = table("Actions for " + n);
            chapters.add(new Chapter("AFI " + n, P, List.of(FACTS, status, h(2, "Words"), text("w" + n), actions,
                    h(2, "Notes"), text("n" + n))));
            shared.addAll(List.of(h(1, "AFI " + n), FACTS, status, h(2, "Words"), text("w" + n), actions,
                    h(2, "Notes"), text("n" + n)));
        }
        chapters.add(untitled(P, LEGEND));
        assertThat(Layout.of(chapters)).containsExactly(
                first(P, FACTS, SUMMARY),
                new Layout.Page(LayoutWords.standard().chapters(), P, shared, false),
                page("Key", P, LEGEND));
    }

    @Test
    void aLoneChapterWithAHeadingHasASheetNamedAfterItWithItsLegendInside() {
        Section.Table t = table("Milestones table");
        assertThat(Layout.of(List.of(untitled(P, FACTS), new Chapter("Milestones", L, List.of(text("x"), t, LEGEND)))))
                .containsExactly(first(P, FACTS), page("Milestones", L, h(1, "Milestones"), text("x"), t, LEGEND));
    }

    @Test
    void headingsAreNotChaptersTablesAfterHeadingsInAnUntitledChapterHaveASheetEach() {
        Section.Table a = table("A");
        Section.Table b = table("B");
        assertThat(Layout.of(List.of(untitled(P, h(1, "First"), a, text("after a"), h(1, "Second"), b)))).containsExactly(
                first(P),
                page("A", P, h(1, "First"), a, text("after a")),
                page("B", P, h(1, "Second"), b));
    }

    @Test
    void aHeadingFollowedByTextStaysWhereItIsAndWhatFollowsATableStaysBelowIt() {
        Section.Table t = table("T");
        assertThat(Layout.of(List.of(untitled(P, FACTS, h(1, "Intro"), text("intro"), t, h(2, "After"), text("a")))))
                .containsExactly(first(P, FACTS, h(1, "Intro"), text("intro")), page("T", P, t, h(2, "After"), text("a")));
    }

    @Test
    void aChapterWhoseOrientationDiffersStartsASheetPrintedItsWay() {
        List<Chapter> chapters = List.of(untitled(P, FACTS), new Chapter("A", L, List.of(text("a"))),
                new Chapter("B", L, List.of(text("b"))), new Chapter("C", P, List.of(text("c"))),
                untitled(L, h(2, "Closing"), text("z")));
        assertThat(Layout.of(chapters)).containsExactly(
                first(P, FACTS),
                page(LayoutWords.standard().chapters(), L, h(1, "A"), text("a"), h(1, "B"), text("b")),
                page("C", P, h(1, "C"), text("c")),
                page("Closing", L, h(2, "Closing"), text("z")));
    }

    @Test
    void theFirstSheetPrintsTheWayOfTheFirstChapter() {
        assertThat(Layout.of(List.of(untitled(L, FACTS))).get(0).orientation()).isEqualTo(L);
        assertThat(Layout.of(List.of()).get(0)).isEqualTo(first(P));
    }

    @Test
    void aSectionOfATypeThisRendererDoesNotKnowIsReplacedByItsFallback() {
        Section.Table inside = table("Inside");
        Section unknown = new Section() {
            @Override
            public List<String> texts() {
                return List.of();
            }

            @Override
            public List<Section> fallback() {
                return List.of(h(2, "Unknown"), text("u"), inside);
            }
        };
        assertThat(Layout.of(List.of(untitled(P, FACTS, unknown)))).containsExactly(
                first(P, FACTS, h(2, "Unknown"), text("u")), page("Inside", P, inside));
    }

    @Test
    void aTableWithoutATitleIsNamedAfterTheHeadingAboveItOrElseTable() {
        Section.Table untitledTable = new Section.Table("", Fixtures.columns(), List.of(Fixtures.row(0)));
        assertThat(Layout.of(List.of(untitled(P, h(2, "Milestones"), untitledTable, untitledTable))))
                .extracting(Layout.Page::name).containsExactly("Overview", "Milestones", "Table");
    }
}
