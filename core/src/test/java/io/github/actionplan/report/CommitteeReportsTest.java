package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.ScheduleStatusRule;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.Movement;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The progress, owners and portfolio reports, checked against core's own comparison and summary. */
class CommitteeReportsTest {

    private static final LocalDate LAST_QUARTER = LocalDate.of(2025, 3, 31);

    private final ActionPlan merseyside = SeedPlans.merseyside();
    private final PlanAssessment now = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);

    /**
     * Last quarter's copy of the Merseyside plan: every sub-action 30 points behind (so items were
     * worse then), item 5 not yet on the plan, and an item since closed.
     */
    static ActionPlan lastQuarter(ActionPlan plan) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (Recommendation r : plan.recommendations()) {
            if (r.ref().equals("5")) {
                continue;
            }
            recommendations.add(Recommendation.builder().from(r).reportedProgress(java.util.Optional.empty())
                    .completedOn(java.util.Optional.empty())
                    .subActions(r.subActions().stream().map(s -> SubAction.builder().from(s)
                            .completedOn(java.util.Optional.empty())
                            .progress(Math.max(0, s.effectiveProgress().rounded() - 30)).build()).toList())
                    .build());
        }
        recommendations.add(Recommendation.builder().ref("9").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("The service should review its on-call availability.").reportedProgress(100).build());
        return ActionPlan.builder().from(plan).recommendations(recommendations).build();
    }

    @Test
    void aProgressReportSinceTheLastQuarterAPlanCanNameIsBuilt() {
        // No quarter follows Q4 9998/99: asked for the one after it, the report failed for the plan at that quarter.
        ActionPlan last = ActionPlan.builder().from(merseyside).period(ReportingPeriod.of(9998, 4))
                .asOf(LocalDate.of(9999, 3, 31)).build();
        PlanAssessment atLast = Assessor.standard().assess(last, LocalDate.of(9999, 3, 31));

        assertThat(ReportTemplates.progress(atLast).build(atLast).chapters()).isNotEmpty();
    }

    @Test
    void theProgressReportCountsEachMovementAsTheComparisonDoesWorsenedFirst() {
        PlanAssessment then = Assessor.standard().assess(lastQuarter(merseyside), LAST_QUARTER);
        SnapshotComparison comparison = SnapshotComparison.between(then, now);

        Report report = ReportTemplates.progress(then).build(now);

        Section.Table movements = (Section.Table) report.chapters().getFirst().sections().get(1);
        // the words explained where they are counted: "Removed" is not "done"
        assertThat(report.chapters().getFirst().sections().get(2).texts()).singleElement().asString()
                .startsWith("A movement compares an item's status then and now.").contains("whether or not its work was"
                        + " done");
        assertThat(movements.rows()).extracting(row -> row.get(0).text(), row -> row.get(1).text())
                .containsExactlyElementsOf(comparison.movements().entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey().word(), e.getValue().toString()))
                        .toList());
        assertThat(comparison.movements()).containsEntry(Movement.NEW, 1).containsEntry(Movement.REMOVED, 1);
        Section.Table byItem = report.tables().stream().filter(t -> t.title().equals("Movement by item")).findFirst()
                .orElseThrow();
        List<String> words = byItem.rows().stream().map(row -> row.get(4).text()).toList();
        assertThat(words).hasSize(merseyside.recommendations().size() + 1)
                .isSortedAccordingTo(java.util.Comparator.comparing(w -> java.util.Arrays.stream(Movement.values())
                        .filter(m -> m.word().equals(w)).findFirst().orElseThrow()));
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("9")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get(4).text()).isEqualTo("Removed");
                    assertThat(row.get(3)).isEqualTo(Cell.empty());
                });
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("5")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get(4).text()).isEqualTo("New");
                    assertThat(row.get(2)).isEqualTo(Cell.empty());
                });
        assertThat(report.title()).isEqualTo("Progress since 31 March 2025: " + merseyside.title());
        assertThat(report.texts()).contains("Previous reporting date", "31 March 2025");
    }

    @Test
    void aProgressReportOverSeveralQuartersGivesEachQuartersUpdateSinceUnderItsPeriodAndOneOverOneQuarterItsOwn() {
        // Trial 56 F1: "Progress since 30 June 2025" at the year's end showed the last quarter's updates alone, so an
        // item completed in an earlier quarter had none.
        ReportingPeriod q2 = ReportingPeriod.parse("Q2 2025/26");
        ReportingPeriod q3 = q2.next();
        ReportingPeriod q4 = q3.next();
        ActionPlan yearEnd = merseyside.withPeriod(q4).withAsOf(q4.end()).withRecommendations(merseyside
                .recommendations().stream().map(r -> !r.ref().equals("2") ? r : r.withUpdate(update(q2, "Survey sent."))
                        .withUpdate(update(q4, "Survey closed."))).toList());
        ActionPlan thirdQuarter = merseyside.withPeriod(q3).withAsOf(q3.end());

        Report year = ReportTemplates.progress(now).build(Assessor.standard().assess(yearEnd, q4.end()));
        Report quarter = ReportTemplates.progress(Assessor.standard().assess(thirdQuarter, q3.end())).build(
                Assessor.standard().assess(yearEnd, q4.end()));

        Section.Table yearByItem = byItem(year);
        assertThat(yearByItem.columns().getLast().header()).isEqualTo("Updates since 30 June 2025");
        assertThat(yearByItem.rows()).filteredOn(row -> row.getFirst().text().equals("2")).singleElement()
                .satisfies(row -> {
                    Narrative updates = ((Cell.NarrativeCell) row.getLast()).narrative();
                    assertThat(updates.plainText()).isEqualTo("July-September 2025 update\nSurvey sent.\n"
                            + "January-March 2026 update\nSurvey closed.");
                    assertThat(updates.blocks().getFirst()).isEqualTo(new Block.Paragraph(List.of(new Inline.Span(
                            "July-September 2025 update", false, true))));
                });
        Section.Table quarterByItem = byItem(quarter);
        assertThat(quarterByItem.columns().getLast().header()).isEqualTo("Update this period");
        assertThat(quarterByItem.rows()).filteredOn(row -> row.getFirst().text().equals("2")).singleElement()
                .satisfies(row -> assertThat(row.getLast().text()).isEqualTo("Survey closed."));
    }

    @Test
    void theProgressReportAndTheComparisonNameTheSubActionsCompletedSinceAtMostTwelveThenHowManyMore() {
        // Trial 56 F4: actions delivered in a quarter showed nowhere while their recommendations stayed open.
        LocalDate asOf = SeedPlans.MERSEYSIDE_AS_OF;
        ActionPlan two = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r.withSubActions(
                r.subActions().stream().map(s -> List.of("2.3", "5.1").contains(s.id()) ? s.withCompletion(asOf) : s)
                        .toList())).toList());
        ActionPlan all = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r.withSubActions(
                r.subActions().stream().map(s -> s.withCompletion(asOf)).toList())).toList());
        // Those open then: 1.1 is complete with its recommendation already.
        List<String> ids = now.recommendations().stream().flatMap(r -> r.recommendation().subActions().stream()
                .map(SubAction::id).filter(id -> r.subAction(id).orElseThrow().status() != Status.COMPLETE)).toList();

        SnapshotComparison comparison = SnapshotComparison.between(now, Assessor.standard().assess(two, asOf));
        Report report = ReportTemplates.progress(now).build(Assessor.standard().assess(two, asOf));
        Report every = ReportTemplates.progress(now).build(Assessor.standard().assess(all, asOf));

        assertThat(comparison.subActionsCompleted()).containsExactly("2.3", "5.1");
        assertThat(completedFact(report)).isEqualTo("2 (2.3, 5.1)");
        assertThat(ids).hasSizeGreaterThan(12);
        assertThat(completedFact(every)).isEqualTo(ids.size() + " (" + String.join(", ", ids.subList(0, 12))
                + " and " + (ids.size() - 12) + " more)");
        assertThat(completedFact(ReportTemplates.progress(now).build(now))).isEqualTo("0");
    }

    private static String completedFact(Report report) {
        return ((Section.KeyFacts) report.chapters().getFirst().sections().getFirst()).facts().stream()
                .filter(fact -> fact.label().equals("Sub-actions completed")).findFirst().orElseThrow().value();
    }

    private static ProgressUpdate update(ReportingPeriod period, String text) {
        return ProgressUpdate.builder().period(period).text(text).build();
    }

    private static Section.Table byItem(Report report) {
        return report.tables().stream().filter(t -> t.title().equals("Movement by item")).findFirst().orElseThrow();
    }

    @Test
    void theProgressReportWritesTheMovementsInTheWordsItIsGiven() {
        PlanAssessment then = Assessor.standard().assess(lastQuarter(merseyside), LAST_QUARTER);

        Report report = ReportTemplates.progress(then).withWords(java.util.Map.of("Removed", "Wedi dileu", "New",
                "Newydd")).build(now);

        assertThat(report.texts()).contains("Wedi dileu", "Newydd").doesNotContain("Removed");
        assertThat(ReportTemplates.progress(then).words()).contains("Worsened", "Rescheduled", "Unchanged");
    }

    @Test
    void theProgressReportsKeyFactsGiveTheOverallProgressThenBesideItsFigureNow() {
        PlanAssessment then = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        ActionPlan reported = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.withReportedProgress(Percent.of(50))).toList());

        Report report = ReportTemplates.progress(then).build(Assessor.standard().assess(reported,
                SeedPlans.MERSEYSIDE_AS_OF));

        Section.KeyFacts facts = (Section.KeyFacts) report.chapters().getFirst().sections().getFirst();
        assertThat(facts.facts()).extracting(Section.KeyFact::label, Section.KeyFact::value).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("Overall progress", "50%"),
                org.assertj.core.groups.Tuple.tuple("Overall progress then", "20%, counting as 0% the 4 of 5 items"
                        + " with no progress reported"));
    }

    @Test
    void anItemBetterOnlyForAMovedDueDateSaysFromWhenToWhenInTheProgressReport() {
        ActionPlan revised = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("5") ? r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("5.9") ? s.withRevisedDue(Timescale.parse("Mar 2026")) : s).toList())
                        : r).toList());
        PlanAssessment then = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        PlanAssessment later = Assessor.standard().assess(revised, SeedPlans.MERSEYSIDE_AS_OF);

        SnapshotComparison comparison = SnapshotComparison.between(then, later);
        Report report = ReportTemplates.progress(then).build(later);

        assertThat(comparison.dueDatesMoved()).singleElement().satisfies(change -> {
            assertThat(change.ref()).isEqualTo("5");
            assertThat(change.dueBefore()).contains(LocalDate.of(2024, 11, 30));
            assertThat(change.dueAfter()).contains(LocalDate.of(2026, 3, 31));
            assertThat(change.movement()).isEqualTo(Movement.RESCHEDULED);
        });
        Section.Table byItem = report.tables().stream().filter(t -> t.title().equals("Movement by item")).findFirst()
                .orElseThrow();
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("5")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Rescheduled; due date moved from 30 Nov 2024"
                        + " to 31 Mar 2026"));
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("4")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Unchanged"));
        assertThat(ReportTemplates.progress(then).withWords(java.util.Map.of(
                "{movement}; due date moved from {then} to {now}", "{movement} (deadline {then} now {now})"))
                .build(later).texts()).contains("Rescheduled (deadline 30 Nov 2024 now 31 Mar 2026)");
    }

    @Test
    void theProgressReportsKeyFactsCountTheItemsGivenLongerThoseWhoseStatusStayedTheSameAmongThem() {
        // Trial 24: a recommendation put back a year, still off track, counted only as Unchanged.
        ActionPlan slipped = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("5") ? r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("5.9") ? s.withRevisedDue(Timescale.parse("Dec 2024")) : s).toList())
                        : r).toList());
        PlanAssessment then = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        PlanAssessment later = Assessor.standard().assess(slipped, SeedPlans.MERSEYSIDE_AS_OF);

        assertThat(SnapshotComparison.between(then, later).changes()).filteredOn(c -> c.ref().equals("5"))
                .singleElement().extracting(ItemChange::movement).isEqualTo(Movement.UNCHANGED);
        assertThat(SnapshotComparison.between(then, later).dueDatesMovedLater()).extracting(ItemChange::ref)
                .containsExactly("5");
        assertThat(keyFact(ReportTemplates.progress(then).build(later), "Due dates moved later")).isEqualTo(
                "1 of 5, ref 5");
        assertThat(keyFact(ReportTemplates.progress(then).build(then), "Due dates moved later")).isEqualTo("0 of 5");
    }

    private static String keyFact(Report report, String label) {
        Section.KeyFacts facts = (Section.KeyFacts) report.chapters().getFirst().sections().getFirst();
        return facts.facts().stream().filter(fact -> fact.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void anItemHandedToAnotherOwnerSaysFromWhomToWhomInTheProgressReport() {
        ActionPlan handedOver = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("4") ? Recommendation.builder().from(r).owner("Head of Prevention").build()
                        : r).toList());
        PlanAssessment then = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        PlanAssessment later = Assessor.standard().assess(handedOver, SeedPlans.MERSEYSIDE_AS_OF);

        Section.Table byItem = ReportTemplates.progress(then).build(later).tables().stream()
                .filter(t -> t.title().equals("Movement by item")).findFirst().orElseThrow();

        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("4")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Unchanged; owner changed from "
                        + merseyside.recommendation("4").orElseThrow().owner().orElseThrow()
                        + " to Head of Prevention"));
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("3")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Unchanged"));
        // An owner named where the plan named none is no handover.
        ActionPlan unowned = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> Recommendation.builder().from(r).owner(java.util.Optional.empty()).build()).toList());
        assertThat(ReportTemplates.progress(Assessor.standard().assess(unowned, SeedPlans.MERSEYSIDE_AS_OF))
                .build(then).texts()).noneMatch(text -> text.contains("owner changed"));
    }

    @Test
    void anItemItsOwnerRatesWorseThanTheRuleSaysSoBesideItsMovement() {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        PlanAssessment then = Assessor.standard().assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF);
        ActionPlan rated = derbyshire.withRecommendations(derbyshire.recommendations().stream().map(r -> r.ref()
                .equals("Rec 12") ? r.withAssessment(io.github.actionplan.model.OwnerAssessment.of(Status.OFF_TRACK,
                then.period())) : r).toList());

        Section.Table byItem = ReportTemplates.progress(then).build(Assessor.standard().assess(rated,
                SeedPlans.DERBYSHIRE_AS_OF)).tables().stream().filter(t -> t.title().equals("Movement by item"))
                .findFirst().orElseThrow();

        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("Rec 12")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Unchanged; its owner rates it "
                        + derbyshire.statusLabels().label(Status.OFF_TRACK)));
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("Rec 14")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).isEqualTo("Unchanged"));
    }

    @Test
    void anOwnersRatingForAnEarlierQuarterStandsUntilTheyGiveAnUpdateSoSilenceKeepsItOnTheExceptions() {
        // Trial 21 F5: rec 4 (on track by the rule, its 4.6 not due for a year) was rated off track by its owner for
        // Q1; in Q2 they send nothing. The rating stands, named as Q1's; an update for Q2 without one ends it.
        ReportingPeriod q1 = merseyside.period().orElseThrow();
        ReportingPeriod q2 = ReportingPeriod.parse("Q2 2025/26");
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        ActionPlan silent = ActionPlan.builder().from(merseyside).period(q2).asOf(asOf).recommendations(merseyside
                .recommendations().stream().map(r -> !r.ref().equals("4") ? r : r.withAssessment(
                        OwnerAssessment.of(Status.OFF_TRACK, q1)).withSubActions(Stream.concat(r.subActions()
                        .stream(), Stream.of(SubAction.builder().id("4.6").description("Refresh succession plans")
                        .due(Timescale.parse("Sep 2026")).build())).toList())).toList()).build();
        PlanAssessment q2Silent = Assessor.standard().assess(silent, asOf);
        RecommendationAssessment four = q2Silent.recommendation("4").orElseThrow();
        assertThat(four.status()).isEqualTo(Status.ON_TRACK);

        assertThat(q2Silent.ownerRatesWorse(four)).contains(Status.OFF_TRACK);
        Section.Table exceptions = ReportTemplates.exceptions().build(q2Silent).tables().stream()
                .filter(t -> t.rows().stream().anyMatch(row -> row.getFirst().text().equals("4"))).findFirst()
                .orElseThrow();
        assertThat(exceptions.rows()).filteredOn(row -> row.getFirst().text().equals("4")).singleElement()
                .satisfies(row -> assertThat(row).filteredOn(Cell.StatusCell.class::isInstance).singleElement()
                        .satisfies(cell -> assertThat(((Cell.StatusCell) cell).note())
                                .contains("Owner's assessment for Q1 2025/26: Off track")));
        Section.Table byItem = ReportTemplates.progress(Assessor.standard().assess(merseyside,
                SeedPlans.MERSEYSIDE_AS_OF)).build(q2Silent).tables().stream()
                .filter(t -> t.title().equals("Movement by item")).findFirst().orElseThrow();
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("4")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).endsWith(
                        "; its owner rated it Off track for Q1 2025/26, with no update since"));

        ActionPlan updated = silent.withRecommendations(silent.recommendations().stream().map(r -> !r.ref()
                .equals("4") ? r : r.withUpdates(Stream.concat(r.updates().stream(), Stream.of(ProgressUpdate
                .builder().period(q2).text("Succession plans are being refreshed.").build())).toList())).toList());
        PlanAssessment q2Updated = Assessor.standard().assess(updated, asOf);
        assertThat(q2Updated.ownerRatesWorse(q2Updated.recommendation("4").orElseThrow())).isEmpty();
        assertThat(q2Updated.ownerRatingStanding(q2Updated.recommendation("4").orElseThrow())).isEmpty();
        assertThat(ReportTemplates.exceptions().build(q2Updated).tables().stream().flatMap(t -> t.rows().stream())
                .map(row -> row.getFirst().text())).doesNotContain("4");
        // Nor is it noted beside the status (trial 23 F1: the owners and progress reports still did).
        Section.Table status = ReportTemplates.actionPlan().build(q2Updated).tables().stream()
                .filter(t -> t.title().startsWith("Status of")).toList().get(3);
        assertThat(status.title()).endsWith(" 4");
        assertThat(status.rows().getFirst().getFirst()).isInstanceOfSatisfying(Cell.StatusCell.class, cell -> {
            assertThat(cell.status()).isEqualTo(Status.ON_TRACK);
            assertThat(cell.note()).isEmpty();
        });
    }

    @Test
    void aCompletedItemIsNoExceptionByARatingOfItAsOpenAndAnEarlierQuartersRatingOfItIsNotNoted() {
        // Trial 22 F1: Derbyshire's published statuses, dated as the plan moved on, made completed work lead the
        // exceptions "by the owner's rating".
        PlanAssessment then = Assessor.standard().assess(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF);
        String ref = then.recommendations().stream().filter(r -> r.status() == Status.COMPLETE).findFirst()
                .orElseThrow().recommendation().ref();
        PlanAssessment ratedNow = ratedOffTrack(ref, then.period());
        RecommendationAssessment doneNow = ratedNow.recommendation(ref).orElseThrow();
        assertThat(ratedNow.ownerRatesWorse(doneNow)).isEmpty();
        assertThat(ReportTemplates.exceptions().build(ratedNow).tables().stream().flatMap(t -> t.rows().stream())
                .map(row -> row.getFirst().text())).doesNotContain(ref);

        PlanAssessment now = ratedOffTrack(ref, then.period().previous());
        RecommendationAssessment done = now.recommendation(ref).orElseThrow();
        // The action plan's status table of the item, one a recommendation in plan order: its status, no note.
        Section.Table status = ReportTemplates.actionPlan().build(now).tables().stream()
                .filter(t -> t.title().startsWith("Status of")).toList().get(now.recommendations().indexOf(done));
        assertThat(status.rows().getFirst().getFirst()).isInstanceOfSatisfying(Cell.StatusCell.class, cell -> {
            assertThat(cell.status()).isEqualTo(Status.COMPLETE);
            assertThat(cell.note()).isEmpty();
        });
    }

    /** Derbyshire as of its date with {@code ref} rated off track by its owner for {@code period}. */
    private static PlanAssessment ratedOffTrack(String ref, ReportingPeriod period) {
        return Assessor.standard().assess(SeedPlans.derbyshire().withRecommendations(SeedPlans.derbyshire()
                .recommendations().stream().map(r -> r.ref().equals(ref) ? r.withAssessment(OwnerAssessment.of(
                        Status.OFF_TRACK, period)) : r).toList()), SeedPlans.DERBYSHIRE_AS_OF);
    }

    @Test
    void theProgressReportListsTheSubActionsAddedSinceUnderTheItemsUpdate() {
        ActionPlan added = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.ref().equals("5") ? r.withSubActions(java.util.stream.Stream.concat(r.subActions()
                        .stream(), java.util.stream.Stream.of(io.github.actionplan.model.SubAction.builder().id("5.10")
                        .description("Train station managers\n\nto use the new *targeting* model")
                        .due(Timescale.parse("Mar 2026")).build())).toList()) : r).toList());
        PlanAssessment then = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);
        PlanAssessment later = Assessor.standard().assess(added, SeedPlans.MERSEYSIDE_AS_OF);

        Section.Table byItem = ReportTemplates.progress(then).build(later).tables().stream()
                .filter(t -> t.title().equals("Movement by item")).findFirst().orElseThrow();

        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("5")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get(7).text()).endsWith("Sub-actions added:\n• 5.10: Train station managers");
                    // no date was changed: the sub-action added is what moved it
                    assertThat(row.get(4).text()).isEqualTo("Rescheduled; due date moved from 30 Nov 2024 to 31 Mar"
                            + " 2026 by 5.10, added since");
                });
        assertThat(byItem.rows()).filteredOn(row -> row.get(0).text().equals("4")).singleElement()
                .satisfies(row -> assertThat(row.get(7).text()).doesNotContain("Sub-actions added"));
    }

    @Test
    void theOwnersReportHasAChapterPerOwnerWithTheirLateRiskyOrSoonDueItems() {
        PlanSummary summary = PlanSummary.of(now);

        Report report = ReportTemplates.owners().build(now);

        assertThat(report.chapters()).extracting(Chapter::heading).filteredOn(h -> !h.isEmpty())
                .containsExactlyElementsOf(summary.byOwner().stream().map(b -> b.name()).toList());
        Section.Table byOwner = (Section.Table) report.chapters().getFirst().sections().get(1);
        assertThat(byOwner.rows()).hasSize(summary.byOwner().size());
        assertThat(byOwner.totalRow().orElseThrow().get(5).text()).isEqualTo(Integer.toString(summary.total()));
        LocalDate horizon = now.asOf().plusDays(OwnersTemplate.DEFAULT_DUE_WITHIN);
        for (Chapter chapter : report.chapters().subList(1, report.chapters().size() - 1)) {
            List<String> expected = now.recommendations().stream()
                    .filter(r -> PlanSummary.ownerOf(r.recommendation()).equals(chapter.heading()))
                    .filter(r -> r.status() == Status.OFF_TRACK || r.status() == Status.AT_RISK
                            || r.status() != Status.COMPLETE && r.dueDate().filter(d -> !d.isAfter(horizon)).isPresent())
                    .map(r -> r.recommendation().ref()).sorted().toList();
            List<String> listed = chapter.sections().stream().filter(Section.Table.class::isInstance)
                    .flatMap(t -> ((Section.Table) t).rows().stream()).map(row -> row.getFirst().text()).sorted().toList();
            assertThat(listed).as(chapter.heading()).isEqualTo(expected);
        }
    }

    @Test
    void anOwnersListHasTheSubActionsTheyCarryOutInOthersRecommendations() {
        // Sub-action 2.1 is the Community Safety team's, in People and Organisational Development's recommendation 2.
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> !r.ref().equals("2") ? r : r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("2.1") ? SubAction.builder().from(s).owner("Community Safety").build()
                                : s).toList()))
                .toList());
        PlanAssessment assessed = Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF);

        Report report = ReportTemplates.owners().build(assessed);

        assertThat(report.chapters()).extracting(Chapter::heading).filteredOn(h -> !h.isEmpty())
                .containsExactly("Protection", "People and Organisational Development", "Community Safety");
        Chapter safety = report.chapters().get(3);
        assertThat(safety.sections()).singleElement().isInstanceOfSatisfying(Section.Table.class, table -> {
            // What Merseyside's items are: areas for improvement (run 112 #9)
            assertThat(table.title()).isEqualTo("Actions in others' areas for improvement off track, at risk or due"
                    + " within 90 days");
            assertThat(table.columns()).extracting(Column::header)
                    .containsExactly("Ref", "Action", "Timescale", "Progress", "Status");
            // "2 / 2.1", "5 / 5.10": a reference of two parts, on one line, however narrow the sheet's other tables
            // make its column (trial 21 F14: "2 /" over "2.4" in the XLSX).
            assertThat(table.columns().getFirst().width()).isEqualTo(2);
            assertThat(table.columns().getFirst().minimumCharacters()).isEqualTo("2 / 2.1".length());
            assertThat(table.rows()).singleElement().satisfies(row -> {
                assertThat(row.get(0).text()).isEqualTo("2 / 2.1");
                assertThat(row.get(1).text()).isEqualTo(plan.recommendation("2").orElseThrow().subActions().get(0)
                        .description().orElseThrow());
                assertThat(row.get(4).text()).startsWith(assessed.recommendations().get(1).subActions().get(0)
                        .status().defaultLabel());
            });
        });
        Chapter people = report.chapters().get(2);
        assertThat(people.sections()).extracting(s -> ((Section.Table) s).title())
                .containsExactly("Off track, at risk or due within 90 days");
    }

    @Test
    void theOwnersCountsNameThePlansItemsAsTheyAreCalled() {
        // Run 112 #9: Merseyside's areas for improvement were counted as "Recommendations by owner".
        ActionPlan recommendations = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> Recommendation.builder().from(r).kind(RecommendationKind.RECOMMENDATION).build()).toList());
        ActionPlan mixed = merseyside.withRecommendations(Stream.concat(recommendations.recommendations().stream()
                .limit(1), merseyside.recommendations().stream().skip(1)).toList());

        assertThat(Stream.of(merseyside, recommendations, mixed).map(plan -> ReportTemplates.owners().build(Assessor
                .standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF)).chapters().getFirst().sections().get(1))
                .map(table -> ((Section.Table) table).title())).containsExactly("Areas for improvement by owner",
                        "Recommendations by owner", "Items by owner");
    }

    @Test
    void anOwnerWithOnlySubActionsInOthersRecommendationsIsCountedAtTheTop() {
        // 2.1 and 5.3 are Community Safety's, in People and Organisational Development's recommendations.
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("2.1") || s.id().equals("5.3")
                                ? SubAction.builder().from(s).owner("Community Safety").build() : s).toList()))
                .toList());
        PlanAssessment assessed = Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF);

        Report report = ReportTemplates.owners().build(assessed);

        List<Section> top = report.chapters().getFirst().sections();
        assertThat(top).hasSize(4);
        Section.Table recommendations = (Section.Table) top.get(1);
        assertThat(recommendations.title()).isEqualTo("Areas for improvement by owner");
        assertThat(recommendations.rows()).extracting(row -> row.getFirst().text())
                .containsExactly("Protection", "People and Organisational Development");
        // Trial 33 F9: People and Organisational Development's blank figure is in the total at 0%, said under it.
        assertThat(((Section.NarrativeText) top.get(2)).narrative().plainText()).isEqualTo(
                "The total progress counts as 0% the 4 of 5 areas for improvement with no progress reported.");
        Section.Table actions = (Section.Table) top.get(3);
        assertThat(actions.title()).isEqualTo("Actions in others' areas for improvement by owner");
        assertThat(actions.columns()).extracting(Column::header).containsExactly("Responsible function", "On track",
                "At risk", "Off track", "Complete", "Total", "Progress");
        Status status21 = assessed.recommendations().get(1).subActions().get(0).status();
        Status status53 = assessed.recommendations().get(4).subActions().get(2).status();
        assertThat(actions.rows()).singleElement().satisfies(row -> {
            assertThat(row.getFirst().text()).isEqualTo("Community Safety");
            assertThat(row.get(5).text()).isEqualTo("2");
            for (Status status : Status.SUMMARY) {
                assertThat(row.get(1 + Status.SUMMARY.indexOf(status)).text()).as(status.name()).isEqualTo(
                        Long.toString(Stream.of(status21, status53).filter(status::equals).count()));
            }
        });
        assertThat(actions.totalRow().orElseThrow().get(5).text()).isEqualTo("2");
        // Nobody reports progress on 2.1 and 5.3, nor on People and Organisational Development's items: no figure,
        // where 0% would read as work reported not started, but words saying so, not a blank a screen reader cannot
        // tell from a fault (run 55 N3); Protection's item reports 100%.
        assertThat(actions.rows().getFirst().get(6)).isEqualTo(new Cell.TextCell("Not reported"));
        assertThat(actions.totalRow().orElseThrow().get(6)).isEqualTo(new Cell.TextCell("Not reported"));
        assertThat(recommendations.rows()).extracting(row -> row.get(6).text()).containsExactly("100%",
                "Not reported");
        assertThat(recommendations.totalRow().orElseThrow().get(6).text()).isEqualTo("20%");
    }

    @Test
    void theTotalProgressOfOthersActionsSaysItCountsThoseWithNoneReportedAtZero() {
        // Trial 21 F9: 2.1 is Community Safety's at 50%, 5.3 Workforce Planning's with nothing reported, so the total,
        // 25%, counts 5.3 at 0% while its row shows no figure.
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> r.withSubActions(r.subActions().stream()
                        .map(s -> s.id().equals("2.1") ? SubAction.builder().from(s).owner("Community Safety")
                                .progress(Percent.of(50)).build()
                                : s.id().equals("5.3") ? SubAction.builder().from(s).owner("Workforce Planning").build()
                                : s).toList()))
                .toList());

        List<Section> top = ReportTemplates.owners().build(Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF))
                .chapters().getFirst().sections();

        Section.Table actions = (Section.Table) top.get(2);
        assertThat(actions.rows()).extracting(row -> row.get(6).text()).containsExactly("50%", "Not reported");
        assertThat(actions.totalRow().orElseThrow().get(6).text()).isEqualTo("25%");
        assertThat(top).hasSize(4);
        assertThat(((Section.NarrativeText) top.get(3)).narrative().plainText()).isEqualTo(
                "The total progress counts as 0% the 1 of 2 actions with no progress reported.");
    }

    @Test
    void anOwnersLateSubActionsInARecommendationOnTrackForItsLastSubActionAreListedAfterTheirRecommendations() {
        // 4 has no deadline of its own: a sub-action added for a year ahead puts it on track while 4.1 to 4.5 are late.
        Recommendation four = merseyside.recommendation("4").orElseThrow();
        ActionPlan plan = merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> r != four ? r
                : r.withSubActions(Stream.concat(r.subActions().stream(), Stream.of(SubAction
                        .builder().id("4.6").description("Refresh succession plans").due(Timescale.parse("Sep 2026"))
                        .build())).toList())).toList());
        PlanAssessment assessed = Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF);
        assertThat(assessed.recommendation("4").orElseThrow().status()).isEqualTo(Status.ON_TRACK);

        Report report = ReportTemplates.owners().build(assessed);

        Chapter people = report.chapters().stream().filter(c -> c.heading().equals(
                "People and Organisational Development")).findFirst().orElseThrow();
        assertThat(people.sections()).extracting(s -> ((Section.Table) s).title()).containsExactly(
                "Off track, at risk or due within 90 days",
                "Actions off track, at risk or due within 90 days in items not listed above, or worse than their"
                        + " item");
        Section.Table own = (Section.Table) people.sections().get(1);
        assertThat(own.rows()).extracting(row -> row.getFirst().text())
                .containsExactlyInAnyOrder("4 / 4.1", "4 / 4.2", "4 / 4.3", "4 / 4.4", "4 / 4.5");
        assertThat(((Section.Table) people.sections().get(0)).rows()).extracting(row -> row.getFirst().text())
                .doesNotContain("4");
    }

    @Test
    void everySubActionItsRecommendationOwnerCarriesOutLeavesNoTableOfOthersActions() {
        Report report = ReportTemplates.owners().build(Assessor.standard().assess(merseyside,
                SeedPlans.MERSEYSIDE_AS_OF));

        // the key facts, the recommendations by owner, and the note that the total counts unreported ones at 0%
        assertThat(report.chapters().getFirst().sections()).hasSize(3).noneMatch(section -> section instanceof
                Section.Table table && table.title().startsWith("Actions in others'"));
    }

    @Test
    void anOwnerWithNothingToReportIsToldSo() {
        Report report = ReportTemplates.owners().withDueWithin(0).build(Assessor.standard().assess(merseyside,
                LocalDate.of(2023, 1, 1)));

        assertThat(report.texts()).contains("Nothing is off track, at risk or due within 0 days.");
    }

    @Test
    void theOwnersListsNameTheStatusesAsThePlanDoes() {
        // Run 120 #6: a plan with Welsh labels had them in the exceptions report, and English in the owners report.
        ActionPlan welsh = ActionPlan.builder().from(merseyside).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, "Oddi ar y\ntrywydd").putCustom(Status.AT_RISK, "Mewn perygl").build())
                .build();

        Report report = ReportTemplates.owners().build(Assessor.standard().assess(welsh, SeedPlans.MERSEYSIDE_AS_OF));
        Report none = ReportTemplates.owners().withDueWithin(0).build(Assessor.standard().assess(welsh,
                LocalDate.of(2023, 1, 1)));

        assertThat(report.chapters().get(2).sections()).extracting(s -> ((Section.Table) s).title())
                .containsExactly("Oddi ar y trywydd, Mewn perygl or due within 90 days");
        assertThat(none.texts()).contains("Nothing is Oddi ar y trywydd, Mewn perygl or due within 0 days.");
    }

    @Test
    void aPlansLabelHoldingAPlaceholdersNameIsWrittenAsItIsNotFilledIn() {
        // A label is filled into a sentence once: "{date}" in it is the plan's text, not a placeholder of the words.
        ActionPlan braced = ActionPlan.builder().from(merseyside).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, "Late {date}").putCustom(Status.AT_RISK, "{days} behind").build()).build();
        PlanAssessment early = Assessor.standard().assess(braced, LocalDate.of(2023, 1, 1));

        assertThat(ReportTemplates.exceptions().build(early).texts()).contains("No item is Late {date} or {days}"
                + " behind as of 1 January 2023.");
        assertThat(ReportTemplates.owners().withDueWithin(0).build(early).texts()).contains("Nothing is Late {date},"
                + " {days} behind or due within 0 days.");
    }

    @Test
    void thePortfolioAddsUpBothSeedsAtOneDateAndNamesThePlanOnEachException() {
        LocalDate asOf = SeedPlans.MERSEYSIDE_AS_OF;
        PlanAssessment derbyshire = Assessor.standard().assess(SeedPlans.derbyshire(), asOf);
        PlanAssessment merseysideNow = Assessor.standard().assess(merseyside, asOf);
        PlanSummary d = PlanSummary.of(derbyshire);
        PlanSummary m = PlanSummary.of(merseysideNow);

        Report report = ReportTemplates.portfolio().build(List.of(derbyshire, merseysideNow));

        Section.Table plans = (Section.Table) report.chapters().getFirst().sections().getFirst();
        assertThat(plans.rows()).hasSize(2);
        assertThat(plans.rows().get(0).get(5).text()).isEqualTo(Integer.toString(d.total()));
        assertThat(plans.rows().get(1).get(5).text()).isEqualTo(Integer.toString(m.total()));
        assertThat(plans.totalRow().orElseThrow().get(5).text()).isEqualTo(Integer.toString(d.total() + m.total()));
        for (Status status : Status.SUMMARY) {
            int column = 1 + Status.SUMMARY.indexOf(status);
            assertThat(plans.totalRow().orElseThrow().get(column).text())
                    .isEqualTo(Integer.toString(d.counts().count(status) + m.counts().count(status)));
        }
        Section.Table exceptions = report.tables().stream().filter(t -> t.title().equals("Exceptions across plans"))
                .findFirst().orElseThrow();
        long open = derbyshire.recommendations().stream().filter(r -> r.status() == Status.OFF_TRACK
                || r.status() == Status.AT_RISK).count()
                + merseysideNow.recommendations().stream().filter(r -> r.status() == Status.OFF_TRACK
                || r.status() == Status.AT_RISK).count();
        // each plan named by whose it is, and in the Plans table with the date it was last reported: its counts are
        // the portfolio's date's
        assertThat(exceptions.rows()).hasSize((int) open).allSatisfy(row -> assertThat(row.getFirst().text())
                .isIn(SeedPlans.derbyshire().organisation(), merseyside.organisation()));
        // Run 98 #9: Derbyshire's, whose plan names no owners, as the owners report names them, not blank
        assertThat(exceptions.rows()).filteredOn(row -> row.getFirst().text().equals(SeedPlans.derbyshire()
                .organisation())).isNotEmpty().allSatisfy(row -> assertThat(row.get(3).text())
                .isEqualTo(PlanSummary.NO_OWNER));
        assertThat(plans.rows().get(0).getFirst().text()).isEqualTo("Derbyshire Fire & Rescue Service: HMICFRS Area"
                + " For Improvement Summary Report, last reported 1 Nov 2023");
        assertThat(plans.rows().get(1).getFirst().text()).isEqualTo("Merseyside Fire and Rescue Service: Draft"
                + " HMICFRS Report 2023 Action Plan, last reported 30 Jun 2025");
        assertThat(report.title()).isEqualTo("Action plans of Derbyshire Fire & Rescue Service and Merseyside Fire"
                + " and Rescue Service");
        assertThat(report.subtitle()).isEqualTo("2 plans, as of 30 June 2025");
        // Run 86 #5: Merseyside's 20% and the total count its 4 items with no progress reported at 0%.
        assertThat(report.chapters().getFirst().sections().get(1)).isEqualTo(Section.NarrativeText.plain("The"
                + " progress figures count as 0% the 4 of 25 items with no progress reported."));
    }

    @Test
    void aPortfolioBreaksItsItemsDownByPillarOnlyWhereAnItemNamesOne() {
        List<io.github.actionplan.model.Recommendation> recommendations = new java.util.ArrayList<>(
                merseyside.recommendations());
        recommendations.set(0, io.github.actionplan.model.Recommendation.builder().from(recommendations.getFirst())
                .pillar(io.github.actionplan.model.Pillar.EFFECTIVENESS).build());
        PlanAssessment withPillar = Assessor.standard().assess(merseyside.withRecommendations(recommendations),
                SeedPlans.MERSEYSIDE_AS_OF);
        PlanAssessment without = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);

        Report named = ReportTemplates.portfolio().build(List.of(withPillar));
        Report unnamed = ReportTemplates.portfolio().build(List.of(without));

        assertThat(named.tables()).filteredOn(t -> t.title().equals("Items by pillar across plans")).singleElement()
                .satisfies(t -> assertThat(t.rows()).extracting(row -> row.getFirst().text())
                        .containsExactly("Effectiveness", "No pillar given"));
        assertThat(unnamed.tables()).noneMatch(t -> t.title().equals("Items by pillar across plans"));
    }

    @Test
    void aPortfolioIsTitledByWhosePlansItHoldsAndSaysHowManyInItsSubtitle() {
        PlanAssessment merseysideNow = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);

        Report one = ReportTemplates.portfolio().build(List.of(merseysideNow));
        ActionPlan cheshire = ActionPlan.builder().from(merseyside).organisation("Cheshire Fire and Rescue Service")
                .build();
        Report three = ReportTemplates.portfolio().build(List.of(merseysideNow, Assessor.standard().assess(
                SeedPlans.derbyshire(), SeedPlans.MERSEYSIDE_AS_OF), Assessor.standard().assess(cheshire,
                SeedPlans.MERSEYSIDE_AS_OF)));

        assertThat(one.title()).isEqualTo("Action plans of Merseyside Fire and Rescue Service");
        assertThat(one.subtitle()).isEqualTo("1 plan, as of 30 June 2025");
        assertThat(three.title()).isEqualTo("Action plans of Merseyside Fire and Rescue Service, Derbyshire Fire &"
                + " Rescue Service and Cheshire Fire and Rescue Service");
        assertThat(three.subtitle()).isEqualTo("3 plans, as of 30 June 2025");
    }

    @Test
    void aPortfolioOfPlansAssessedAtDifferentDatesOrRulesIsRefused() {
        PlanAssessment derbyshire = Assessor.standard().assess(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF);

        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.portfolio().build(List.of(derbyshire, now)))
                .withMessage("plan 2, '" + now.plan().title() + "', is assessed as of 30 Jun 2025 and plan 1, '"
                        + derbyshire.plan().title() + "', as of 1 Nov 2023: assess every plan of a portfolio at one"
                        + " reporting date");
        // Trial 37 F15: two quarters of one plan, the progress report meant.
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.portfolio().build(List.of(now,
                Assessor.standard().assess(merseyside, now.asOf().minusMonths(3)))))
                .withMessage("plan 2, '" + merseyside.title() + "', is assessed as of 30 Mar 2025 and plan 1, the same"
                        + " plan, as of 30 Jun 2025: assess every plan of a portfolio at one reporting date; to compare"
                        + " one plan at two dates, use ReportTemplates.progress(previous)");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.portfolio().build(List.of(now,
                        Assessor.of(ScheduleStatusRule.standard(), RollUp.RECOMMENDATION).assess(merseyside, now.asOf()))))
                .withMessageContaining("assess every plan of a portfolio with one rule and roll-up");
    }
}
