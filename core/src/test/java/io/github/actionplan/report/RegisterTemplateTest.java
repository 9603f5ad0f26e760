package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Run 132: the XLSX reports, used as a data source, gave statuses with their reasons and names that changed. */
class RegisterTemplateTest {

    private static final List<String> HEADERS = List.of("Organisation", "Ref", "Sub-action", "Kind", "Text",
            "Responsible function", "Due date", "Status", "BRAG", "Reason", "Owner's BRAG", "Owner's BRAG for",
            "Progress", "Reporting date");

    private static PlanAssessment assessed(ActionPlan plan, LocalDate asOf) {
        return Assessor.standard().assess(plan, asOf);
    }

    private static Section.Table table(Report report) {
        assertThat(report.chapters()).singleElement();
        return report.tables().getFirst();
    }

    @Test
    void everyRecommendationAndSubActionIsARowOfOneTableInThePlansOrder() {
        PlanAssessment assessment = assessed(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        Section.Table table = table(ReportTemplates.register().build(assessment));

        List<String> expected = assessment.plan().recommendations().stream().flatMap(r -> java.util.stream.Stream
                .concat(java.util.stream.Stream.of(r.ref() + "/"), r.subActions().stream().map(s -> r.ref() + "/"
                + s.id()))).toList();
        assertThat(table.rows()).extracting(row -> row.get(1).text() + "/" + row.get(2).text())
                .containsExactlyElementsOf(expected);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.get(0).text()).isEqualTo(assessment.plan()
                .organisation()));
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.get(13)).isEqualTo(new Cell.DateCell(
                SeedPlans.MERSEYSIDE_AS_OF, Formats.shortDate(SeedPlans.MERSEYSIDE_AS_OF))));
    }

    @Test
    void aStatusIsItsLabelAloneWithItsColoursNameAndReasonInColumnsOfTheirOwn() {
        PlanAssessment assessment = assessed(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF);
        Section.Table table = table(ReportTemplates.register().build(assessment));
        RecommendationAssessment first = assessment.recommendations().getFirst();
        List<Cell> row = table.rows().getFirst();

        Cell.StatusCell status = (Cell.StatusCell) row.get(7);
        assertThat(status.text()).isEqualTo(assessment.plan().statusLabels().label(first.status()));
        assertThat(status.note()).isEmpty();
        assertThat(status.reason()).isEmpty();
        assertThat(row.get(8).text()).isEqualTo(first.status().brag().displayName());
        assertThat(row.get(9).text()).isEqualTo(first.reason());
        assertThat(row.get(6)).isEqualTo(Formats.dateCell(first.dueDate()));
        // Within one plan, as many status words as statuses: a pivot by status has a row a status.
        long statuses = table.rows().stream().map(r -> ((Cell.StatusCell) r.get(7)).status()).distinct().count();
        assertThat(table.rows().stream().map(r -> r.get(7).text()).distinct().count()).isEqualTo(statuses);
        assertThat(table.rows()).extracting(r -> r.get(8).text()).isSubsetOf("Blue", "Red", "Amber", "Green");
        // The owner's rating, where one stands, as its BRAG colour, to compare with the BRAG column in any plan.
        assertThat(table.rows()).filteredOn(r -> !(r.get(10) instanceof Cell.EmptyCell)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(10).text()).isIn("Blue", "Red", "Amber", "Green"));
        assertThat(row.get(10).text()).isEqualTo(assessment.ownerRatingStanding(first).orElseThrow().status().brag()
                .displayName());
        // Run 134 #3: with the quarter it was given for, which may be earlier than the reporting date's.
        assertThat(row.get(11).text()).isEqualTo(assessment.ratedFor(assessment.ownerRatingStanding(first)
                .orElseThrow()).toString()).matches("Q[1-4] [0-9]{4}/[0-9]{2}");
        // Run 136 #2: one that names no period is the plan's, not that of a later reporting date it still stands at.
        PlanAssessment later = assessed(SeedPlans.derbyshire(), LocalDate.of(2024, 5, 1));
        assertThat(later.recommendations().getFirst().ownerAssessment().orElseThrow().period()).isEmpty();
        assertThat(table(ReportTemplates.register().build(later)).rows().getFirst().get(11).text())
                .isEqualTo("Q3 2023/24");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.get(10) instanceof Cell.EmptyCell)
                .isEqualTo(r.get(11) instanceof Cell.EmptyCell));
    }

    @Test
    void aSubActionWithNoTimescaleOfItsOwnIsDueWhenItsRecommendationIs() {
        // Run 134 #4: its row said "due with Rec 17" and overdue, with a blank Due date.
        PlanAssessment assessment = assessed(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF);
        RecommendationAssessment first = assessment.recommendations().getFirst();
        assertThat(first.recommendation().subActions().getFirst().due()).isEmpty();
        Section.Table table = table(ReportTemplates.register().build(assessment));

        assertThat(table.rows().get(1).get(6)).isEqualTo(Formats.dateCell(first.recommendation().deadline()
                .flatMap(io.github.actionplan.model.Timescale::dueDate)));
        assertThat(first.subActionDueDate(0)).isPresent();
        // One with a timescale of its own is due by it.
        RecommendationAssessment own = assessed(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF).recommendations()
                .getFirst();
        assertThat(own.recommendation().subActions().getFirst().due()).isPresent();
        assertThat(own.subActionDueDate(0)).isEqualTo(own.recommendation().subActions().getFirst().due()
                .flatMap(io.github.actionplan.model.Timescale::dueDate));
    }

    @Test
    void aHeaderNoSpreadsheetTableCanNameItsColumnWithIsRefused() {
        // Run 137 #1: each was accepted, and the XLSX then had no Excel table, saying nothing.
        for (String header : List.of("Ref\nnumber", "Ref\tno", "R".repeat(256))) {
            assertThatIllegalArgumentException().as(header).isThrownBy(() -> ReportTemplates.register().withWords(
                    Map.of("Ref", header))).withMessageEndingWith("'Ref' would be headed "
                    + io.github.actionplan.internal.Quote.single(header)).withMessageNotContaining("\n");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.register().withWords(Map.of("Ref", " ")))
                .withMessage("the replacement for 'Ref' is blank");
        assertThat(ReportTemplates.register().withWords(Map.of("Ref", "R".repeat(255))).build(assessed(SeedPlans
                .merseyside(), SeedPlans.MERSEYSIDE_AS_OF)).tables().getFirst().headers()).contains("R".repeat(255));
    }

    @Test
    void aSubActionThatIsNoneOfTheRecommendationsIsRefusedSayingWhichItHas() {
        // Run 137 #4: "Index: 0", naming no recommendation.
        RecommendationAssessment first = assessed(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF)
                .recommendations().getFirst();
        int count = first.recommendation().subActions().size();
        assertThatThrownBy(() -> first.subActionDueDate(count)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("recommendation " + first.recommendation().ref() + " has " + count + " sub-actions, index 0"
                        + " to " + (count - 1) + "; " + count + " is none of them");
        assertThatThrownBy(() -> first.subActionDueDate(-1)).hasMessageEndingWith("; -1 is none of them");
        assertThatThrownBy(() -> assessed(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF).recommendation(null))
                .isInstanceOf(NullPointerException.class).hasMessage("ref");
    }

    @Test
    void progressIsAPercentageOrBlankWhereNobodyReportedOne() {
        PlanAssessment assessment = assessed(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        Section.Table table = table(ReportTemplates.register().build(assessment));

        assertThat(table.rows()).extracting(row -> row.get(12))
                .allSatisfy(cell -> assertThat(cell).isInstanceOfAny(Cell.PercentCell.class, Cell.EmptyCell.class))
                .anySatisfy(cell -> assertThat(cell).isInstanceOf(Cell.PercentCell.class))
                .anySatisfy(cell -> assertThat(cell).isInstanceOf(Cell.EmptyCell.class));
        assertThat(table.texts()).doesNotContain("Not reported");
    }

    @Test
    void aSubActionsRowNamesItsOwnerElseItsRecommendationsAndIsOfKindSubAction() {
        ActionPlan plan = SeedPlans.derbyshire(); // which names no owner
        Recommendation first = plan.recommendations().getFirst();
        assertThat(first.subActions()).hasSize(2);
        ActionPlan owned = plan.withRecommendations(List.of(first.withOwner("Protection").withSubActions(List.of(
                first.subActions().getFirst().withOwner("Prevention"), first.subActions().get(1)))));
        Section.Table table = table(ReportTemplates.register().build(assessed(owned, SeedPlans.DERBYSHIRE_AS_OF)));

        assertThat(table.rows()).extracting(row -> row.get(3).text() + ": " + row.get(5).text()).containsExactly(
                first.kind().displayName() + ": Protection", "Sub-action: Prevention", "Sub-action: Protection");
    }

    @Test
    void theTableItsNameAndColumnsAreTheSameWhateverThePlanHoldsAndWhicheverQuarter() {
        // A plan naming no owner, of another kind of item, at another date: the same columns, blank where empty.
        List<Report> reports = List.of(
                ReportTemplates.register().build(assessed(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF)),
                ReportTemplates.register().build(assessed(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF)),
                ReportTemplates.register().build(assessed(SeedPlans.merseyside(),
                        SeedPlans.MERSEYSIDE_AS_OF.plusMonths(3))));

        assertThat(reports).allSatisfy(report -> {
            Section.Table table = table(report);
            assertThat(table.title()).isEqualTo("Register");
            assertThat(table.data()).as("its values kept whole").isTrue();
            assertThat(table.heading()).contains(new Section.Heading(1, "Register"));
            assertThat(table.columns()).extracting(Column::header).containsExactlyElementsOf(HEADERS);
            assertThat(report.chapters().getFirst().orientation()).isEqualTo(Orientation.LANDSCAPE);
        });
        assertThat(reports.getFirst().title()).isEqualTo("Register: " + SeedPlans.derbyshire().title());
    }

    @Test
    void itsWordsAreReplacedAsAnyTemplatesAreAndItIsFoundByName() {
        RegisterTemplate welsh = ReportTemplates.register().withWords(Map.of("Register", "Cofrestr",
                "Sub-action", "Is-gam"));
        Report report = welsh.withTitle("Cofrestr y cynllun").build(assessed(SeedPlans.merseyside(),
                SeedPlans.MERSEYSIDE_AS_OF));

        assertThat(report.title()).isEqualTo("Cofrestr y cynllun");
        assertThat(table(report).title()).isEqualTo("Cofrestr");
        assertThat(table(report).rows()).extracting(row -> row.get(3).text()).contains("Is-gam")
                .doesNotContain("Sub-action");
        assertThat(ReportTemplates.register().words()).containsAll(HEADERS).contains("Register", "Sub-action",
                "Overview", "Full text").doesNotHaveDuplicates();
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.register().withWords(Map.of(
                "Deadline date", "Dyddiad"))).withMessageContaining("Deadline date");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.register().withWords(Map.of(
                "Kind", "ref"))).withMessage("the register's columns need a header each, unlike the others' ignoring"
                + " case, on one line without tabs, at most 255 characters: 'Ref' and 'Kind' would both be"
                + " headed 'Ref'");
        assertThat(ReportTemplates.named("Register")).map(template -> template.build(assessed(SeedPlans.merseyside(),
                SeedPlans.MERSEYSIDE_AS_OF))).contains(ReportTemplates.register().build(assessed(SeedPlans
                .merseyside(), SeedPlans.MERSEYSIDE_AS_OF)));
        assertThat(ReportTemplates.NAMES).doesNotContain("register");
    }

    @Test
    void itListsOnlyTheItemsAFilterAcceptsWithTheirSubActions() {
        ActionPlan plan = SeedPlans.merseyside();
        String ref = plan.recommendations().get(1).ref();
        Section.Table table = table(ReportTemplates.register().withItems(item -> item.recommendation().ref()
                .equals(ref)).build(assessed(plan, SeedPlans.MERSEYSIDE_AS_OF)));

        assertThat(table.rows()).hasSize(1 + plan.recommendations().get(1).subActions().size())
                .allSatisfy(row -> assertThat(row.get(1).text()).isEqualTo(ref));
        assertThat(Optional.of(table.rows().getFirst().get(2))).contains(Cell.empty());
    }
}
