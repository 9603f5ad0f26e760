package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    private final ActionPlan derbyshire = SeedPlans.derbyshire();
    private final ActionPlan merseyside = SeedPlans.merseyside();

    private static PlanAssessment assessed(ActionPlan plan, LocalDate asOf) {
        return Assessor.standard().assess(plan, asOf);
    }

    private static <T extends Section> List<T> sections(Report report, Class<T> type) {
        return report.sections().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aTemplateIsFoundByItsNameInAnyCaseAsAFormatIs() {
        Report exact = ReportTemplates.named("action-plan").orElseThrow().build(assessed(derbyshire,
                SeedPlans.DERBYSHIRE_AS_OF));
        Report anyCase = ReportTemplates.named(" Action-Plan").orElseThrow().build(assessed(derbyshire,
                SeedPlans.DERBYSHIRE_AS_OF));

        assertThat(anyCase).isEqualTo(exact);
        assertThat(ReportTemplates.named("action plan")).isEmpty();
    }

    @Test
    void theActionPlanShowsTheOwnersBragBesideTheStatusOnlyWhereTheOwnersGiveOne() {
        List<String> rated = statusHeaders(ReportTemplates.actionPlan().build(assessed(derbyshire,
                SeedPlans.DERBYSHIRE_AS_OF)));
        List<String> unrated = statusHeaders(ReportTemplates.actionPlan().build(assessed(merseyside,
                SeedPlans.MERSEYSIDE_AS_OF)));

        assertThat(rated).containsExactly("Status", "Reason", "Owner's BRAG", "Due date", "Progress");
        assertThat(unrated).containsExactly("Status", "Reason", "Due date", "Progress");
    }

    @Test
    void theActionPlanLeavesOutTheActionColumnsNoSubActionOfThePlanFills() {
        Report counted = ReportTemplates.actionPlan().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));
        List<String> described = actionHeaders(ReportTemplates.actionPlan().build(assessed(merseyside,
                SeedPlans.MERSEYSIDE_AS_OF)));
        io.github.actionplan.model.Recommendation first = derbyshire.recommendations().getFirst();
        ActionPlan oneTimescale = derbyshire.withRecommendations(List.of(first.withSubActions(List.of(
                first.subActions().getFirst().withRevisedDue(
                        io.github.actionplan.model.Timescale.parse("Mar 2024"))))));
        List<String> timed = actionHeaders(ReportTemplates.actionPlan().build(assessed(oneTimescale,
                SeedPlans.DERBYSHIRE_AS_OF)));

        // Derbyshire counts its actions and says nothing more of them: no status is made up for them, and their
        // refs are a key fact
        assertThat(counted.tables()).noneMatch(t -> t.title().startsWith("Actions for "));
        assertThat(sections(counted, Section.KeyFacts.class)).flatExtracting(Section.KeyFacts::facts)
                .contains(new Section.KeyFact("Actions", "17.1, 17.2"));
        // Merseyside gives progress for each area for improvement, none for its actions
        assertThat(described).containsExactly("Ref", "Action to achieve required outcomes", "Responsible function",
                "Timescale", "Status");
        assertThat(timed).containsExactly("Ref", "Timescale", "Status");
    }

    /** The headers of the report's first table of an item's actions, and checks every such table has them. */
    private static List<String> actionHeaders(Report report) {
        List<Section.Table> actions = report.tables().stream().filter(t -> t.title().startsWith("Actions for "))
                .toList();
        List<String> headers = actions.getFirst().columns().stream().map(Column::header).toList();
        assertThat(actions).allSatisfy(t -> {
            assertThat(t.columns()).extracting(Column::header).isEqualTo(headers);
            assertThat(t.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(t.columns()));
        });
        return headers;
    }

    /** The headers of the report's first table of an item's status, and checks every such table has them. */
    private static List<String> statusHeaders(Report report) {
        List<Section.Table> status = report.tables().stream().filter(t -> t.title().startsWith("Status of ")).toList();
        assertThat(status).isNotEmpty().allSatisfy(t -> assertThat(t.rows()).allSatisfy(row -> assertThat(row)
                .hasSameSizeAs(t.columns())));
        return status.getFirst().columns().stream().map(Column::header).toList();
    }

    @Test
    void summaryOfDerbyshireShowsTheCountsTheSeedPrints() {
        Report report = ReportTemplates.summary().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));
        Section.StatusSummary summary = sections(report, Section.StatusSummary.class).get(0);

        assertThat(report.title()).isEqualTo("HMICFRS Area For Improvement Summary Report");
        assertThat(report.subtitle()).isEqualTo("Derbyshire Fire & Rescue Service, as of 1 November 2023");
        assertThat(summary.title()).isEqualTo("Status as of 1 November 2023");
        assertThat(summary.counts()).extracting(Section.StatusCount::label, Section.StatusCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Open - Actions on going on track", 3),
                        org.assertj.core.groups.Tuple.tuple("At risk", 0),
                        org.assertj.core.groups.Tuple.tuple("Open - Actions on going off track", 15),
                        org.assertj.core.groups.Tuple.tuple("Completed - Actions done", 2));
        assertThat(summary.table().rows()).extracting(row -> row.get(0).text(), row -> row.get(1).text(),
                        row -> row.get(2).text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Open - Actions on going on track", "3", "15%"),
                        org.assertj.core.groups.Tuple.tuple("At risk", "0", "0%"),
                        org.assertj.core.groups.Tuple.tuple("Open - Actions on going off track", "15", "75%"),
                        org.assertj.core.groups.Tuple.tuple("Completed - Actions done", "2", "10%"));
        assertThat(summary.table().totalRow()).hasValueSatisfying(total ->
                assertThat(total).extracting(Cell::text).containsExactly("Total", "20", "100%"));
        assertThat(summary.description()).isEqualTo("Of 20 items: 3 Open - Actions on going on track, 0 At risk,"
                + " 15 Open - Actions on going off track and 2 Completed - Actions done.");
    }

    @Test
    void aLabelWrittenOverTwoLinesKeepsThemInItsCellsAndIsOnOneLineInTheCountsSentence() {
        // Run 61, 7: "4 Oddi ar y<br>trywydd" broke the sentence where the label broke to fit its cell.
        ActionPlan labelled = ActionPlan.builder().from(derbyshire).statusLabels(io.github.actionplan.model
                .StatusLabels.builder().putCustom(io.github.actionplan.model.Status.OFF_TRACK, "Oddi ar y\ntrywydd")
                .build()).build();
        Section.StatusSummary summary = sections(ReportTemplates.summary().build(assessed(labelled,
                SeedPlans.DERBYSHIRE_AS_OF)), Section.StatusSummary.class).get(0);

        assertThat(summary.description()).contains(" 15 Oddi ar y trywydd ");
        assertThat(summary.table().rows()).extracting(row -> row.get(0).text()).contains("Oddi ar y\ntrywydd");
    }

    @Test
    void theExceptionsCountOfItemsSaysHowManyOfEachStatusItListsInTheSameRow() {
        Section.KeyFacts derbyshireFacts = (Section.KeyFacts) ReportTemplates.exceptions().build(assessed(derbyshire,
                SeedPlans.DERBYSHIRE_AS_OF)).chapters().getFirst().sections().getFirst();
        Section.KeyFacts summaryFacts = (Section.KeyFacts) ReportTemplates.summary().build(assessed(derbyshire,
                SeedPlans.DERBYSHIRE_AS_OF)).chapters().getFirst().sections().getFirst();

        assertThat(derbyshireFacts.facts()).hasSameSizeAs(summaryFacts.facts())
                .contains(new Section.KeyFact("Items", "20, of which 15 listed below: 15 Open - Actions on going off"
                        + " track, 0 At risk"));
        assertThat(summaryFacts.facts()).contains(new Section.KeyFact("Items", "20"));
    }

    @Test
    void aRecommendationWithNoDeadlineOfItsOwnShowsTheDueDateItsActionsSetUnderTheSameHeaderInEveryReport() {
        var assessment = assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        Section.Table summary = ReportTemplates.summary().build(assessment).tables().get(0);
        Section.Table owners = ReportTemplates.owners().build(assessment).tables().stream()
                .filter(t -> t.columns().stream().anyMatch(c -> c.header().equals("Deadline date"))).findFirst()
                .orElseThrow();

        assertThat(summary.columns()).extracting(Column::header).contains("Deadline date");
        assertThat(summary.rows().get(4).get(2)).isEqualTo(new Cell.TimescaleCell("30 Nov 2024",
                java.util.Optional.of(LocalDate.of(2024, 11, 30)), "set by its actions"));
        assertThat(owners.rows()).allSatisfy(row -> assertThat(row.get(2).text()).endsWith("\nset by its actions"));
        assertThat(ReportTemplates.summary().withWords(java.util.Map.of("set by its actions", "from its sub-actions"))
                .build(assessment).tables().get(0).rows().get(4).get(2).text()).isEqualTo("30 Nov 2024\nfrom its"
                        + " sub-actions");
    }

    @Test
    void aDayWrittenInFiguresHasItsDateUnderItAsReportsWriteDatesAndOneWithItsMonthsNameNone() {
        assertThat(Formats.timescaleCell(java.util.Optional.of(Timescale.parse("31/03/2026")))).isEqualTo(
                new Cell.TimescaleCell("31/03/2026", java.util.Optional.of(LocalDate.of(2026, 3, 31)), "31 Mar 2026"));
        assertThat(Formats.timescaleCell(java.util.Optional.of(Timescale.parse("2026-03-31"))).text())
                .isEqualTo("2026-03-31\n31 Mar 2026");
        assertThat(Formats.timescaleCell(java.util.Optional.of(Timescale.parse("1 June 2023"))).text())
                .isEqualTo("1 June 2023");
        // Trial 26 F9: a day in figures with words around it is no day written as reports write them either.
        assertThat(Formats.timescaleCell(java.util.Optional.of(Timescale.parse("By 31/03/2026"))).text())
                .isEqualTo("By 31/03/2026\n31 Mar 2026");
        assertThat(Formats.timescaleCell(java.util.Optional.of(Timescale.parse("By 31 Mar 2026"))).text())
                .isEqualTo("By 31 Mar 2026");
    }

    @Test
    void summaryHasOneRowPerRecommendationAsTheAppendixPrintsIt() {
        Report report = ReportTemplates.summary().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));
        Section.Table table = report.tables().get(0);

        assertThat(table.columns()).extracting(Column::header)
                .containsExactly("Summary", "Sub actions", "Deadline date", "Status", "Overall %");
        assertThat(table.rows()).hasSize(20);
        List<Cell> rec17 = table.rows().get(0);
        assertThat(rec17.get(0).text()).startsWith("Rec 17: With immediate effect, chief fire officers should notify"
                + " HMICFRS of any allegations").contains("\n• are of a serious nature; or\n");
        // Trial 33 F11: a ref with its own colon is not given a second one, as the appendix prints it.
        assertThat(table.rows().get(2).get(0).text()).startsWith("Rec:3 By 1 June 2023, chief fire officers");
        assertThat(rec17.get(1)).isEqualTo(new Cell.NumberCell(2, "2"));
        assertThat(rec17.get(2)).isEqualTo(new Cell.TimescaleCell("30 Mar 2023",
                java.util.Optional.of(LocalDate.of(2023, 3, 30)), ""));
        assertThat(rec17.get(3)).isInstanceOfSatisfying(Cell.StatusCell.class, s -> {
            assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
            assertThat(s.label()).isEqualTo("Open - Actions on going off track");
            assertThat(s.fill()).isEqualTo(Palette.standard().fill(Status.OFF_TRACK));
            assertThat(s.reason()).contains("deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
            assertThat(s.note()).isEmpty();
        });
        assertThat(rec17.get(4).text()).isEqualTo("87%");
        assertThat(table.rows()).extracting(row -> row.get(4).text()).containsExactly("87%", "87%", "6%", "44%",
                "68%", "100%", "43%", "50%", "75%", "25%", "50%", "2%", "7%", "59%", "5%", "10%", "85%", "0%", "0%",
                "100%");
        assertThat(report.chapters()).singleElement()
                .satisfies(chapter -> assertThat(chapter.orientation()).isEqualTo(Orientation.LANDSCAPE));
    }

    @Test
    void actionPlanShowsTheOwnersAssessmentBesideTheComputedOneOnceInItsOwnColumnAndTheSummaryInTheStatusCell() {
        ActionPlan disagreeing = ActionPlan.builder().from(derbyshire)
                .recommendations(List.of(io.github.actionplan.model.Recommendation.builder()
                        .from(derbyshire.recommendations().get(0))
                        .assessment(io.github.actionplan.model.OwnerAssessment.of(Status.ON_TRACK))
                        .build()))
                .build();

        Report report = ReportTemplates.actionPlan().build(assessed(disagreeing, SeedPlans.DERBYSHIRE_AS_OF));
        Section.Table status = report.tables().get(0);

        // Trial 24 F5: "On track / Owner's assessment: At risk" beside "At risk" in the Owner's BRAG column.
        assertThat(status.rows().get(0).get(0)).isInstanceOfSatisfying(Cell.StatusCell.class, s -> {
            assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
            assertThat(s.note()).isEmpty();
        });
        assertThat(status.rows().get(0).get(2)).isInstanceOfSatisfying(Cell.StatusCell.class,
                s -> assertThat(s.status()).isEqualTo(Status.ON_TRACK));
        assertThat(ReportTemplates.summary().build(assessed(disagreeing, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                .getFirst().rows().getFirst()).filteredOn(Cell.StatusCell.class::isInstance).singleElement()
                .isInstanceOfSatisfying(Cell.StatusCell.class, s -> assertThat(s.note()).contains(
                        "Owner's assessment: Open - Actions on going on track"));
        assertThat(ReportTemplates.summary().withColumns(ReportColumn.REF, ReportColumn.STATUS,
                ReportColumn.OWNER_STATUS).build(assessed(disagreeing, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                .getFirst().rows().getFirst().get(1)).isInstanceOfSatisfying(Cell.StatusCell.class,
                s -> assertThat(s.note()).isEmpty());
    }

    @Test
    void anOwnersAssessmentGivenForAnEarlierPeriodIsNamedAsThatPeriodsNotTheCurrentOne() {
        // With no update since the rating, which an update without one would leave behind.
        io.github.actionplan.model.Recommendation first = merseyside.recommendations().get(1).withUpdates(List.of());
        ReportingPeriod q4 = ReportingPeriod.parse("Q4 2024/25");
        ActionPlan plan = merseyside.withRecommendations(List.of(
                first.withAssessment(io.github.actionplan.model.OwnerAssessment.of(Status.ON_TRACK, q4)),
                io.github.actionplan.model.Recommendation.builder().from(first).ref("2b").assessment(
                        io.github.actionplan.model.OwnerAssessment.of(Status.ON_TRACK, merseyside.period()
                                .orElseThrow())).build()));

        Report report = ReportTemplates.actionPlan().build(assessed(plan, merseyside.asOf().orElseThrow()));
        List<Section.Table> status = report.tables().stream().filter(t -> t.title().startsWith("Status of"))
                .toList();

        List<List<Cell>> summary = ReportTemplates.summary().build(assessed(plan, merseyside.asOf().orElseThrow()))
                .tables().getFirst().rows();
        assertThat(summary.getFirst()).filteredOn(Cell.StatusCell.class::isInstance).singleElement()
                .isInstanceOfSatisfying(Cell.StatusCell.class, s -> assertThat(s.note()).contains(
                        "Owner's assessment for Q4 2024/25: On track"));
        assertThat(status.get(0).rows().getFirst().get(2)).isInstanceOfSatisfying(Cell.StatusCell.class, s -> {
            assertThat(s.status()).isEqualTo(Status.ON_TRACK);
            assertThat(s.note()).contains("Given for Q4 2024/25");
        });
        assertThat(summary.get(1)).filteredOn(Cell.StatusCell.class::isInstance).singleElement()
                .isInstanceOfSatisfying(Cell.StatusCell.class, s -> assertThat(s.note()).contains(
                        "Owner's assessment: On track"));
        assertThat(status.get(1).rows().getFirst().get(2)).isInstanceOfSatisfying(Cell.StatusCell.class,
                s -> assertThat(s.note()).isEmpty());
    }

    @Test
    void anEarlierQuartersRatingThatAnUpdateSinceLeftBehindIsNotNoted() {
        io.github.actionplan.model.Recommendation first = merseyside.recommendations().get(1);
        assertThat(first.updates()).extracting(u -> u.period()).contains(merseyside.period().orElseThrow());
        io.github.actionplan.model.Recommendation second = merseyside.recommendations().get(2).withUpdates(List.of());
        ActionPlan plan = merseyside.withRecommendations(List.of(first.withAssessment(
                io.github.actionplan.model.OwnerAssessment.of(Status.ON_TRACK, ReportingPeriod.parse("Q4 2024/25"))),
                second.withAssessment(io.github.actionplan.model.OwnerAssessment.of(Status.ON_TRACK,
                        ReportingPeriod.parse("Q4 2024/25")))));

        List<Section.Table> status = ReportTemplates.actionPlan().build(assessed(plan, merseyside.asOf()
                .orElseThrow())).tables().stream().filter(t -> t.title().startsWith("Status of")).toList();

        assertThat(status.getFirst().rows().getFirst().get(0)).isInstanceOfSatisfying(Cell.StatusCell.class,
                s -> assertThat(s.note()).isEmpty());
        // Nor is it in the owner's BRAG column, as the workbook's Instructions tell owners; the other item's, with no
        // update since, still stands there, with its quarter.
        assertThat(status.getFirst().rows().getFirst().get(2)).isEqualTo(Cell.empty());
        assertThat(status.get(1).rows().getFirst().get(2)).isInstanceOfSatisfying(Cell.StatusCell.class,
                s -> assertThat(s.note()).contains("Given for Q4 2024/25"));
    }

    @Test
    void aSubActionsProgressNobodyGaveSaysNotReportedBesideAFigureButNothingBesideCompleteWork() {
        // Run 81 #7: blank beside a sibling's 40%, it read as a figure missing or as 0.
        io.github.actionplan.model.Recommendation two = merseyside.recommendation("2").orElseThrow();
        io.github.actionplan.model.Recommendation one = merseyside.recommendation("1").orElseThrow();
        ActionPlan plan = merseyside.withRecommendations(List.of(one, two.withSubActions(List.of(
                two.subActions().get(0).withProgress(io.github.actionplan.model.Percent.of(40)),
                two.subActions().get(1)))));

        Report report = ReportTemplates.actionPlan().build(assessed(plan, merseyside.asOf().orElseThrow()));
        List<Section.Table> actions = report.tables().stream().filter(t -> t.title().startsWith("Actions for"))
                .toList();
        int progress = actions.getFirst().columns().stream().map(Column::header).toList().indexOf("Progress");

        assertThat(actions.get(1).rows()).extracting(row -> row.get(progress).texts()).containsExactly(List.of("40%"),
                List.of("Not reported"));
        // 1.1, done with recommendation 1, complete
        assertThat(actions.getFirst().rows().getFirst().get(progress)).isEqualTo(Cell.empty());
    }

    @Test
    void actionPlanShowsASubActionsNotesUnderWhatIsToBeDoneAfterTheWordForThem() {
        io.github.actionplan.model.Recommendation first = merseyside.recommendations().get(1);
        ActionPlan noted = merseyside.withRecommendations(List.of(first.withSubActions(List.of(
                io.github.actionplan.model.SubAction.builder().from(first.subActions().get(0))
                        .notes("Originally due: Jan 2025").build(),
                io.github.actionplan.model.SubAction.builder().id("2.9").notes("- Waiting on NFCC\n- Then HR")
                        .build()))));

        Report report = ReportTemplates.actionPlan().withWords(java.util.Map.of("Notes", "Comments"))
                .build(assessed(noted, merseyside.asOf().orElseThrow()));
        Section.Table actions = report.tables().stream().filter(t -> t.title().startsWith("Actions for"))
                .findFirst().orElseThrow();

        assertThat(actions.rows().get(0).get(1).texts()).containsExactly(first.subActions().get(0).description()
                .orElseThrow(), "Comments: Originally due: Jan 2025");
        assertThat(actions.rows().get(1).get(1).texts()).containsExactly("Comments: ", "Waiting on NFCC", "Then HR");
    }

    @Test
    void aRevisedDeadlineIsShownWithTheOneFirstGivenWhereverADeadlineIsShown() {
        io.github.actionplan.model.Recommendation first = derbyshire.recommendations().getFirst();
        String original = first.deadline().orElseThrow().text();
        ActionPlan revised = derbyshire.withRecommendations(List.of(first.withRevisedDeadline(
                io.github.actionplan.model.Timescale.parse("Dec 2023")))); // within the owners' lists' 90 days
        PlanAssessment assessment = assessed(revised, SeedPlans.DERBYSHIRE_AS_OF);

        for (Report report : List.of(ReportTemplates.summary().build(assessment),
                ReportTemplates.owners().build(assessment))) {
            assertThat(report.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                    .filter(Cell.TimescaleCell.class::isInstance).map(Cell::texts)).as(report.title())
                    .contains(List.of("Dec 2023", "31 Dec 2023, originally " + original));
        }
        // Where the deadline is as first given, nothing is added.
        assertThat(ReportTemplates.summary().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                .stream().flatMap(t -> t.rows().stream()).flatMap(List::stream).map(Cell::text))
                .noneMatch(text -> text.contains("originally"));
    }

    @Test
    void exceptionsListOnlyAtRiskAndOffTrackItemsWorstFirstWithTheirReasons() {
        Report report = ReportTemplates.exceptions().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));
        Section.Table table = report.tables().get(0);

        assertThat(table.rows()).hasSize(15);
        // Derbyshire names no owner: no column of nothing for them
        assertThat(table.headers()).containsExactly("Ref", "Recommendation", "Due date", "Overall %", "Status",
                "Reason");
        assertThat(table.rows()).extracting(row -> ((Cell.StatusCell) row.get(4)).status()).containsOnly(Status.OFF_TRACK);
        assertThat(table.rows()).extracting(row -> row.get(0).text()).startsWith("Rec 17", "Recommendation 34", "Rec:3");
        assertThat(table.rows().get(0).get(5).text()).isEqualTo("deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
        assertThat(ReportTemplates.exceptions().build(assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF)).tables()
                .getFirst().headers()).contains("Responsible function");
        assertThat(report.title()).isEqualTo("Exceptions: HMICFRS Area For Improvement Summary Report");
    }

    /** Derbyshire with its first item the rule has on track and not due within 90 days (Rec 12) rated by its owner. */
    private ActionPlan ownerRates(Status status, ReportingPeriod period) {
        PlanAssessment assessment = assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF);
        String ref = assessment.recommendations().stream().filter(r -> r.status() == Status.ON_TRACK && r.dueDate()
                .filter(due -> due.isAfter(SeedPlans.DERBYSHIRE_AS_OF.plusDays(90))).isPresent()).findFirst()
                .orElseThrow().recommendation().ref();
        return derbyshire.withRecommendations(derbyshire.recommendations().stream().map(r -> r.ref().equals(ref)
                ? r.withAssessment(io.github.actionplan.model.OwnerAssessment.of(status, period)) : r).toList());
    }

    /** Run 99 #13: the owners template could not be shaped as the others are. */
    @Test
    void theOwnersListsAreShapedAsTheOtherTemplatesAreByItemsPartsAndReasons() {
        PlanAssessment assessment = assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        Report whole = ReportTemplates.owners().build(assessment);
        Report protection = ReportTemplates.owners().withItems(ItemFilters.owner("Protection")).build(assessment);
        Report lists = ReportTemplates.owners().withParts(ReportPart.BODY).build(assessment);
        Report noReasons = ReportTemplates.owners().withReasons(false).build(assessment);

        assertThat(whole.chapters()).extracting(Chapter::heading).contains("Protection",
                "People and Organisational Development");
        assertThat(protection.chapters()).extracting(Chapter::heading).contains("Protection")
                .doesNotContain("People and Organisational Development");
        // The lists alone: no key facts, counts or key.
        assertThat(lists.chapters()).extracting(Chapter::heading).containsExactly("Protection",
                "People and Organisational Development");
        assertThat(sections(lists, Section.KeyFacts.class)).isEmpty();
        assertThat(sections(lists, Section.Legend.class)).isEmpty();
        assertThat(statusCells(whole)).isNotEmpty().anySatisfy(cell -> assertThat(cell.reason()).isPresent());
        assertThat(statusCells(noReasons)).hasSameSizeAs(statusCells(whole))
                .allSatisfy(cell -> assertThat(cell.reason()).isEmpty());
    }

    /** The exceptions' list of actions not listed hid its reasons with the table's (run 99 #13's review). */
    @Test
    void withoutReasonsNoStatusCellOfTheExceptionsShowsOneInTheActionsNotListedNeither() {
        io.github.actionplan.model.Recommendation five = merseyside.recommendation("5").orElseThrow();
        // a sub-action added due later makes recommendation 5, due when its last is, on track: its late actions are
        // listed apart
        PlanAssessment assessment = assessed(merseyside.withRecommendation(five.withSubActions(java.util.stream.Stream
                .concat(five.subActions().stream(), java.util.stream.Stream.of(io.github.actionplan.model.SubAction
                        .builder().id("5.10").due(Timescale.parse("Dec 2025")).build())).toList())),
                SeedPlans.MERSEYSIDE_AS_OF);

        assertThat(ReportTemplates.exceptions().build(assessment).tables()).hasSizeGreaterThan(1);
        assertThat(statusCells(ReportTemplates.exceptions().withReasons(false).build(assessment)))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.reason()).isEmpty());
    }

    /** Every status cell of the report's tables but its key's and its status summary's. */
    private static List<Cell.StatusCell> statusCells(Report report) {
        return report.tables().stream().flatMap(table -> table.rows().stream()).flatMap(List::stream)
                .filter(Cell.StatusCell.class::isInstance).map(Cell.StatusCell.class::cast).toList();
    }

    @Test
    void exceptionsAndOwnersListsTakeAnItemTheRuleHasOnTrackThatItsOwnerRatesAtRiskForThePeriod() {
        ReportingPeriod period = assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF).period();
        PlanAssessment assessment = assessed(ownerRates(Status.AT_RISK, period), SeedPlans.DERBYSHIRE_AS_OF);
        int listedBefore = ReportTemplates.exceptions().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF))
                .tables().getFirst().rows().size();

        Report exceptions = ReportTemplates.exceptions().build(assessment);
        Report owners = ReportTemplates.owners().build(assessment);

        List<Cell> row = exceptions.tables().getFirst().rows().stream().filter(r -> r.getFirst().text()
                .equals("Rec 12")).findFirst().orElseThrow();
        assertThat(row).filteredOn(Cell.StatusCell.class::isInstance).singleElement().isInstanceOfSatisfying(
                Cell.StatusCell.class, s -> {
                    assertThat(s.status()).isEqualTo(Status.ON_TRACK);
                    assertThat(s.note()).contains("Owner's assessment: " + derbyshire.statusLabels().label(
                            Status.AT_RISK));
                });
        assertThat(exceptions.tables().getFirst().rows()).hasSize(listedBefore + 1);
        assertThat(sections(exceptions, Section.KeyFacts.class).getFirst().facts()).anySatisfy(fact -> assertThat(
                fact.value()).contains("of which " + (listedBefore + 1) + " listed below").endsWith(
                ", 1 by the owner's rating"));
        // Derbyshire names no owner: its one list is of "No owner given", named in its own words (run 120 #6).
        assertThat(owners.tables().stream().filter(t -> t.title().startsWith("Open - Actions on going off track, at"
                + " risk or due within")).flatMap(t -> t
                .rows().stream()).map(r -> r.getFirst().text())).contains("Rec 12");
        assertThat(ReportTemplates.portfolio().build(List.of(assessment)).tables().stream().filter(t -> t.title()
                .startsWith("Exceptions")).flatMap(t -> t.rows().stream()).filter(r -> r.get(1).text().equals("Rec 12"))
                .flatMap(List::stream).filter(Cell.StatusCell.class::isInstance).map(c -> ((Cell.StatusCell) c).note()))
                .containsExactly(Optional.of("Owner's assessment: At risk"));
        assertThat(ReportTemplates.owners().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)).tables().stream()
                .filter(t -> t.title().startsWith("Off track, at risk")).flatMap(t -> t.rows().stream())
                .map(r -> r.getFirst().text())).doesNotContain("Rec 12");
    }

    @Test
    void worstFirstPutsAnItemWithTheOthersOfItsOwnersRatingWhereThatIsWorse() {
        ReportingPeriod period = assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF).period();
        PlanAssessment assessment = assessed(ownerRates(Status.OFF_TRACK, period), SeedPlans.DERBYSHIRE_AS_OF);

        List<String> refs = ReportTemplates.exceptions().withStatuses(Status.OFF_TRACK, Status.AT_RISK,
                Status.ON_TRACK).build(assessment).tables().getFirst().rows().stream().map(row -> row.getFirst()
                .text()).toList();

        // Rec 12, on track by the rule and off track by its owner, before Rec 9, on track by both.
        assertThat(refs.indexOf("Rec 12")).isLessThan(refs.indexOf("Rec 9"));
        assertThat(refs.getLast()).isEqualTo("Rec 14");
    }

    @Test
    void anOwnersRatingForAnEarlierPeriodWithAnUpdateSinceOrNoWorseThanTheRulesListsNothingMore() {
        ReportingPeriod period = assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF).period();
        int listed = ReportTemplates.exceptions().build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                .getFirst().rows().size();
        ActionPlan earlier = ownerRates(Status.OFF_TRACK, period.previous());
        ActionPlan updatedSince = earlier.withRecommendations(earlier.recommendations().stream().map(r -> r
                .assessment().isEmpty() ? r : r.withUpdates(java.util.stream.Stream.concat(r.updates().stream(),
                java.util.stream.Stream.of(io.github.actionplan.model.ProgressUpdate.builder().period(period)
                        .text("On course.").build())).toList())).toList());

        assertThat(ReportTemplates.exceptions().build(assessed(earlier, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                .getFirst().rows()).as("a rating the owner has said nothing since").hasSize(listed + 1);
        for (ActionPlan rated : List.of(updatedSince, ownerRates(Status.COMPLETE, period))) {
            assertThat(ReportTemplates.exceptions().build(assessed(rated, SeedPlans.DERBYSHIRE_AS_OF)).tables()
                    .getFirst().rows()).hasSize(listed);
        }
    }

    @Test
    void exceptionsAndOwnersListTheActionsOfAListedItemThatAreWorseThanItsOwnStatus() {
        io.github.actionplan.model.Recommendation five = merseyside.recommendation("5").orElseThrow();
        // 5.6 blocked and 5.9 given until March 2027: recommendation 5, due when its last sub-action is, is at risk
        // while 5.1 to 5.8 are long overdue.
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r != five ? r
                : r.withSubActions(r.subActions().stream().map(s -> s.id().equals("5.6")
                        ? io.github.actionplan.model.SubAction.builder().from(s).blockedBy("ICT").build()
                        : s.id().equals("5.9") ? s.withRevisedDue(io.github.actionplan.model.Timescale.parse(
                                "Mar 2027")) : s).toList())).toList());
        PlanAssessment assessment = assessed(plan, SeedPlans.MERSEYSIDE_AS_OF);
        assertThat(assessment.recommendation("5").orElseThrow().status()).isEqualTo(Status.AT_RISK);

        Report exceptions = ReportTemplates.exceptions().build(assessment);
        Report owners = ReportTemplates.owners().build(assessment);

        assertThat(exceptions.tables().getFirst().rows()).extracting(row -> row.getFirst().text()).contains("5");
        assertThat(exceptions.tables().stream().filter(t -> t.title().startsWith("Actions in items")).flatMap(t -> t
                .rows().stream()).map(row -> row.getFirst().text())).contains("5 / 5.1", "5 / 5.8")
                .doesNotContain("5 / 5.9");
        assertThat(owners.tables().stream().filter(t -> t.title().startsWith("Actions off track")).flatMap(t -> t
                .rows().stream()).map(row -> row.getFirst().text())).contains("5 / 5.1", "5 / 5.8");
    }

    @Test
    void exceptionsListTheLateActionsOfItemsTheRollUpShowsOnTrack() {
        io.github.actionplan.model.Recommendation five = merseyside.recommendation("5").orElseThrow();
        List<io.github.actionplan.model.Recommendation> recommendations = new java.util.ArrayList<>(
                merseyside.recommendations());
        // a sub-action added due later makes recommendation 5, due when its last is, on track
        recommendations.set(4, five.withSubActions(java.util.stream.Stream.concat(five.subActions().stream(),
                java.util.stream.Stream.of(io.github.actionplan.model.SubAction.builder().id("5.10")
                        .due(io.github.actionplan.model.Timescale.parse("Dec 2025")).build())).toList()));

        Report report = ReportTemplates.exceptions().build(assessed(merseyside.withRecommendations(recommendations),
                SeedPlans.MERSEYSIDE_AS_OF));

        assertThat(report.tables().getFirst().rows()).extracting(row -> row.getFirst().text())
                .doesNotContain("5");
        Section.Table late = report.tables().stream().filter(t -> t.title().startsWith("Actions in items"))
                .findFirst().orElseThrow();
        assertThat(late.title()).isEqualTo("Actions in items not listed above, or worse than their item: Off track"
                + " or At risk");
        assertThat(late.headers()).containsExactly("Ref", "Action", "Timescale", "Progress", "Status");
        assertThat(late.rows()).extracting(row -> row.getFirst().text()).containsExactly("5 / 5.5", "5 / 5.1",
                "5 / 5.2", "5 / 5.6", "5 / 5.4", "5 / 5.3", "5 / 5.7", "5 / 5.8", "5 / 5.9");
        // the first page says what follows: the items listed, by status, and the actions counted as the table lists
        assertThat(((Section.KeyFacts) report.chapters().getFirst().sections().getFirst()).facts()).contains(
                new Section.KeyFact("Items", "5, of which 3 listed below: 3 Off track, 0 At risk; actions listed"
                        + " apart: 9"));
        assertThat(ReportTemplates.exceptions().build(assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF)).tables())
                .noneMatch(t -> t.title().startsWith("Actions in items"));
    }

    @Test
    void progressNobodyReportedIsNoFigureButWordsSayingSoAndItsReasonSaysSo() {
        Report report = ReportTemplates.exceptions().build(assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF));
        Section.Table table = report.tables().getFirst();
        int progress = table.headers().indexOf("Overall %");

        // Merseyside gives no percentage for areas for improvement 2 to 5, nor for their actions. An empty cell
        // would be read as "blank", which cannot be told from a fault (trial 45 F4).
        assertThat(table.rows()).extracting(row -> row.getFirst().text()).contains("2", "5");
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.get(progress)).isEqualTo(new Cell.TextCell(
                "Not reported")));
        assertThat(ReportTemplates.exceptions().withWords(Map.of("Not reported", "Dim adroddiad")).build(assessed(
                merseyside, SeedPlans.MERSEYSIDE_AS_OF)).tables().getFirst().rows()).allSatisfy(row -> assertThat(
                        row.get(progress).text()).isEqualTo("Dim adroddiad"));
        assertThat(table.rows().getFirst().getLast().text()).isEqualTo("due date 30 Nov 2024 passed 212 days before"
                + " 30 Jun 2025, with no progress reported");
        // its mean counts them at 0%, and says so
        assertThat(sections(report, Section.KeyFacts.class).getFirst().facts()).contains(new Section.KeyFact(
                "Overall progress", "20%, counting as 0% the 4 of 5 items with no progress reported"));
        assertThat(merseyside.recommendation("2").orElseThrow().progressReported()).isFalse();
        assertThat(merseyside.recommendation("1").orElseThrow().progressReported()).isTrue();
        // where no item gives any, that is said plainly, not as "the 4 of 4" (trial 44 F10)
        ActionPlan noneReported = merseyside.withRecommendations(merseyside.recommendations().stream()
                .filter(r -> !r.progressReported()).toList());
        assertThat(sections(ReportTemplates.exceptions().build(assessed(noneReported, SeedPlans.MERSEYSIDE_AS_OF)),
                Section.KeyFacts.class).getFirst().facts()).contains(new Section.KeyFact("Overall progress",
                "0%, as none of the 4 items has progress reported"));
        // of no items, no figure (run 86 #9)
        assertThat(sections(ReportTemplates.summary().build(assessed(merseyside.withRecommendations(List.of()),
                SeedPlans.MERSEYSIDE_AS_OF)), Section.KeyFacts.class).getFirst().facts()).contains(new Section
                .KeyFact("Overall progress", "Not reported"));
    }

    @Test
    void templatesCanBeAdjusted() {
        Report report = ReportTemplates.summary()
                .withColumns(ReportColumn.REF, ReportColumn.STATUS, ReportColumn.REASON)
                .withOrder(ReportOrder.WORST_FIRST)
                .withParts(ReportPart.BODY)
                .build(assessed(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));

        assertThat(report.sections()).hasSize(1);
        assertThat(report.tables().get(0).columns()).extracting(Column::header).containsExactly("Ref", "Status", "Reason");
        assertThat(report.tables().get(0).rows().get(19).get(0).text()).isEqualTo("Rec 18");
    }

    @Test
    void theDocumentMetadataIsFixedByTheReportingDateNotTheClock() {
        Report report = ReportTemplates.summary().build(assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF));

        assertThat(report.metadata().created()).isEqualTo(OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(report.metadata().language()).isEqualTo("en-GB");
        assertThat(report.metadata().author()).isEqualTo("Merseyside Fire and Rescue Service");
        assertThat(report.subtitle()).isEqualTo("Merseyside Fire and Rescue Service, April-June 2025 update, as of 30 June 2025");
        assertThat(ReportTemplates.summary().build(assessed(merseyside, SeedPlans.MERSEYSIDE_AS_OF))).isEqualTo(report);
    }
    @Test
    void aNullArgumentIsRefusedNamingTheArgumentAndWhatAReportListsCannotBeChanged() {
        // Trial 37 F9, F14: messages of the JVM's about local variables, and one list of the API's mutable.
        java.util.Map<String, String> words = new java.util.HashMap<>();
        words.put("Overall %", null);
        assertThat(List.<Runnable>of(() -> ReportTemplates.summary().build(null),
                () -> ReportTemplates.summary().withTitle(null), () -> ItemFilters.owner(null),
                () -> ReportTemplates.summary().withColumns(ReportColumn.REF, null),
                () -> ReportTemplates.summary().withWords(words), () -> merseyside.recommendation(null),
                () -> ReportTemplates.portfolio().build(null)))
                .extracting(call -> org.assertj.core.api.Assertions.catchThrowableOfType(NullPointerException.class,
                        call::run).getMessage())
                .containsExactly("assessment", "title", "owner", "columns[1]", "the replacement for 'Overall %'", "ref",
                        "assessments");

        Report report = ReportTemplates.summary().build(assessed(merseyside, merseyside.asOf().orElseThrow()));
        assertThat(report.texts()).isUnmodifiable();
        assertThat(report.tables().getFirst().texts()).isUnmodifiable();
        assertThat(report.chapters().getFirst().texts()).isUnmodifiable();
    }
    @Test
    void aReportsDocumentPropertiesAreSetWithoutChangingWhatItShows() {
        // Trial 37 F8: only the record's seven-argument constructor could.
        Report report = ReportTemplates.summary().build(assessed(merseyside, merseyside.asOf().orElseThrow()));
        DocumentMetadata ours = DocumentMetadata.asOf(report.asOf(), report.title(), "Performance Team",
                "Quarterly update", List.of("HMICFRS"));

        Report branded = report.withMetadata(ours);

        assertThat(branded.metadata()).isEqualTo(ours);
        assertThat(branded.texts()).isEqualTo(report.texts());
        assertThat(branded.chapters()).isEqualTo(report.chapters());
    }
}
