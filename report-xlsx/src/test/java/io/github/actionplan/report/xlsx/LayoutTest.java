package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Section;
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
        assertThat(Layout.of(sections)).containsExactly(new Layout.Page(null, sections, List.of()));
    }

    @Test
    void theSummaryReportHasFactsAndCountsFirstThenTheTableThenTheKey() {
        Section.Table table = table("Summary");
        assertThat(Layout.of(List.of(FACTS, SUMMARY, table, LEGEND))).containsExactly(
                new Layout.Page(null, List.of(FACTS, SUMMARY), List.of()),
                new Layout.Page(table, List.of(), List.of()),
                new Layout.Page(LEGEND, List.of(), List.of()));
    }

    @Test
    void anActionPlanChapterKeepsTogetherOverItsStatusAndActionsSheets() {
        Section.Table status1 = table("Status of 1");
        Section.Table actions1 = table("Actions for 1");
        Section.Table status2 = table("Status of 2");
        List<Section> chapter1 = List.of(h(1, "AFI 1"), FACTS, status1, h(2, "Words"), text("w"), actions1,
                h(2, "Notes"), text("n"), h(2, "Update"), text("u"));
        List<Section> sections = new java.util.ArrayList<>(List.of(FACTS, SUMMARY));
        sections.addAll(chapter1);
        sections.addAll(List.of(h(1, "AFI 2"), FACTS, status2, h(2, "Words"), text("w2"), LEGEND));
        assertThat(Layout.of(sections)).containsExactly(
                new Layout.Page(null, List.of(FACTS, SUMMARY), List.of()),
                new Layout.Page(status1, List.of(h(1, "AFI 1"), FACTS), List.of(h(2, "Words"), text("w"))),
                new Layout.Page(actions1, List.of(), List.of(h(2, "Notes"), text("n"), h(2, "Update"), text("u"))),
                new Layout.Page(status2, List.of(h(1, "AFI 2"), FACTS), List.of(h(2, "Words"), text("w2"))),
                new Layout.Page(LEGEND, List.of(), List.of()));
    }

    @Test
    void aHeadingBeforeTheFirstTableIntroducesItUnlessTheStatusSummaryFollowsIt() {
        Section.Table t = table("T");
        assertThat(Layout.of(List.of(FACTS, h(1, "Recommendations"), text("intro"), t)).get(1))
                .isEqualTo(new Layout.Page(t, List.of(h(1, "Recommendations"), text("intro")), List.of()));
        assertThat(Layout.of(List.of(h(1, "Overview"), SUMMARY, t)).get(0))
                .isEqualTo(new Layout.Page(null, List.of(h(1, "Overview"), SUMMARY), List.of()));
    }

    @Test
    void whatFollowsTheLastTableStaysBelowIt() {
        Section.Table t = table("T");
        assertThat(Layout.of(List.of(t, h(1, "After"), text("a"))).get(1))
                .isEqualTo(new Layout.Page(t, List.of(), List.of(h(1, "After"), text("a"))));
    }
}
