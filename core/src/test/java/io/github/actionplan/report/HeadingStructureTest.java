package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Core decides what is a heading, at which level, and what is a caption, so that every format has one heading
 * structure (accessibility trial findings L1, L7 and L8).
 */
class HeadingStructureTest {

    private final PlanAssessment derbyshireNow = Assessor.standard().assess(SeedPlans.derbyshire(),
            SeedPlans.DERBYSHIRE_AS_OF);
    private final PlanAssessment merseysideNow = Assessor.standard().assess(SeedPlans.merseyside(),
            SeedPlans.MERSEYSIDE_AS_OF);

    /** Each heading a renderer draws, as "level: text", in reading order: chapters' at 1, as renderers rank them. */
    private static List<String> headings(Report report) {
        List<String> headings = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            if (!chapter.heading().isEmpty()) {
                headings.add("1: " + chapter.heading());
            }
            for (Section section : chapter.sections()) {
                Optional<Section.Heading> heading = switch (section) {
                    case Section.Heading h -> Optional.of(h);
                    case Section.Table t -> t.heading();
                    case Section.StatusSummary s -> s.heading();
                    case Section.Legend l -> l.table().heading();
                    default -> Optional.empty();
                };
                heading.ifPresent(h -> headings.add(h.level() + ": " + h.text()));
            }
        }
        return headings;
    }

    @Test
    void theSummaryReachesItsStatusItsTableAndItsKeyByHeadings() {
        Report report = ReportTemplates.summary().build(derbyshireNow);

        assertThat(headings(report)).containsExactly("1: Status as of 1 November 2023", "1: Summary",
                "1: Key to BRAG ratings");
    }

    @Test
    void theExceptionsReportWithNothingToListHasItsTablesHeadingAndTheWordsThatItIsEmptyUnderItNoEmptyTable() {
        Report report = ReportTemplates.exceptions().withStatuses(Status.AT_RISK).build(derbyshireNow);
        List<Section> sections = report.sections();
        int heading = sections.indexOf(new Section.Heading(1, "Exceptions"));

        assertThat(headings(report)).containsExactly("1: Status as of 1 November 2023", "1: Exceptions",
                "1: Key to BRAG ratings");
        // trial 44 F7: a header row over nothing read as rows missing
        assertThat(report.tables()).extracting(Section.Table::title).doesNotContain("Exceptions");
        assertThat(sections.get(heading + 1)).isInstanceOfSatisfying(Section.NarrativeText.class,
                text -> assertThat(text.texts().getFirst()).startsWith("No item is At risk"));
    }

    @Test
    void theKeyToTheColoursHasAHeadingOfItsOwnAfterTheLastOwnerAndTheLastItem() {
        Report owners = ReportTemplates.owners().build(merseysideNow);
        Report actionPlan = ReportTemplates.actionPlan().build(merseysideNow);

        assertThat(headings(owners)).containsExactly("1: Areas for improvement by owner", "1: Protection",
                "1: People and Organisational Development", "1: Key to BRAG ratings");
        assertThat(headings(actionPlan)).startsWith("1: Status as of 30 June 2025", "1: Area for improvement 1")
                .endsWith("1: Area for improvement 5", "2: Area for improvement", "2: Required outcomes",
                        "2: April-June 2025 update", "1: Key to BRAG ratings");
        // The key keeps its title, which a spreadsheet names its sheet after, and has no caption besides.
        Section.Table key = ((Section.Legend) owners.sections().getLast()).table();
        assertThat(key.title()).isEqualTo("Key to BRAG ratings");
        assertThat(key.caption()).isEmpty();
        assertThat(owners.chapters().getLast().heading()).isEmpty();
    }

    @Test
    void thePortfolioAndProgressReportsHeadTheirTables() {
        Report portfolio = ReportTemplates.portfolio().build(List.of(merseysideNow,
                Assessor.standard().assess(SeedPlans.derbyshire(), SeedPlans.MERSEYSIDE_AS_OF)));
        Report progress = ReportTemplates.progress(merseysideNow).build(merseysideNow);

        // no item of either seed names its pillar: no breakdown by pillar, which would be the total again
        assertThat(headings(portfolio)).containsExactly("1: Plans", "1: Status as of 30 June 2025",
                "1: Exceptions across plans", "1: Key to BRAG ratings");
        assertThat(headings(progress)).containsExactly("1: Movements since 30 Jun 2025",
                "1: Status as of 30 June 2025", "1: Movement by item", "1: Key to BRAG ratings");
    }

    @Test
    void aPlansKeyFactsHaveACaptionAndAnItemsAreNamedByItsHeading() {
        Report actionPlan = ReportTemplates.actionPlan().build(merseysideNow);
        List<Section.KeyFacts> facts = actionPlan.sections().stream().filter(Section.KeyFacts.class::isInstance)
                .map(Section.KeyFacts.class::cast).toList();

        assertThat(facts.getFirst().title()).isEqualTo("Key facts");
        assertThat(facts.getFirst().table().caption()).isEqualTo("Key facts");
        assertThat(facts.subList(1, facts.size())).isNotEmpty()
                .allSatisfy(item -> assertThat(item.table().caption()).isEmpty());
        assertThat(actionPlan.chapters().get(1).sections().getFirst()).isInstanceOf(Section.KeyFacts.class);
        assertThat(ReportTemplates.summary().withWords(Map.of("Key facts", "At a glance")).build(derbyshireNow)
                .sections().getFirst()).isInstanceOfSatisfying(Section.KeyFacts.class,
                        renamed -> assertThat(renamed.table().caption()).isEqualTo("At a glance"));
    }

    @Test
    void theStatusSummarysTableIsNamedByItsHeadingAndItsFallbackKeepsTheHeading() {
        Section.StatusSummary summary = StandardSections.statusSummary(derbyshireNow);

        assertThat(summary.table().title()).isEmpty();
        assertThat(summary.heading()).contains(new Section.Heading(1, "Status as of 1 November 2023"));
        assertThat(summary.atLevel(2).heading()).contains(new Section.Heading(2, "Status as of 1 November 2023"));
        assertThat(summary.fallback()).first().isEqualTo(new Section.Heading(1, "Status as of 1 November 2023"));
        assertThat(summary.fallback()).last().isEqualTo(summary.table());
    }

    @Test
    void aTableTitleIsACaptionUnlessCoreMakesItAHeading() {
        Section.Table table = new Section.Table("Actions", List.of(new Column("Action", Column.ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("Train crews"))));

        assertThat(table.caption()).isEqualTo("Actions");
        assertThat(table.heading()).isEmpty();
        Section.Table headed = table.headedAt(2).withRowHeaders();
        assertThat(headed.caption()).isEmpty();
        assertThat(headed.heading()).contains(new Section.Heading(2, "Actions"));
        assertThat(headed.headingLevel()).isEqualTo(OptionalInt.of(2));
        assertThat(headed.texts()).containsExactly("Actions", "Action", "Train crews");
    }

    @Test
    void aHeadingNeedsATitleAndALevelFromOneToThree() {
        Section.Table untitled = new Section.Table("", List.of(new Column("Action", Column.ColumnType.TEXT, 1)),
                List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> untitled.headedAt(1))
                .withMessage("a table without a title has no heading to draw");
        assertThatIllegalArgumentException().isThrownBy(() -> new Section.Table("Actions", untitled.columns(),
                List.of(), Optional.empty(), false, OptionalInt.of(4)))
                .withMessage("heading level 4 is not 1, 2 or 3");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardSections.statusSummary(derbyshireNow)
                .atLevel(0)).withMessage("heading level 0 is not 1, 2 or 3");
    }
}
