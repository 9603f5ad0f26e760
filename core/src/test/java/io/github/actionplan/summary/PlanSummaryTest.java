package io.github.actionplan.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.DefaultStatusRule;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.ScheduleStatusRule;
import io.github.actionplan.rules.StatusRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanSummaryTest {

    private final PlanSummary derbyshire =
            PlanSummary.of(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF, Assessor.standard());

    private static Recommendation rec(String ref, String owner, Pillar pillar, String due, int progress) {
        return Recommendation.builder().ref(ref).kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Words.")
                .owner(owner).pillar(pillar).deadline(Timescale.parse(due)).reportedProgress(progress).build();
    }

    private static ActionPlan plan(Recommendation... recommendations) {
        return ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendations(recommendations).build();
    }

    @Test
    void countsEveryStatusZeroIncluded() {
        StatusCounts counts = derbyshire.counts();

        assertThat(counts.counts()).containsOnlyKeys(Status.values());
        assertThat(counts.count(Status.AT_RISK)).isZero();
        assertThat(counts.count(Status.OFF_TRACK)).isEqualTo(15);
        assertThat(counts.total()).isEqualTo(20);
        assertThat(counts.open()).isEqualTo(18);
    }

    @Test
    void sharesAreOfAllItemsAndOfOpenItemsWithCompleteKeptApart() {
        StatusCounts counts = derbyshire.counts();

        assertThat(counts.share(Status.OFF_TRACK)).isEqualByComparingTo("0.75");
        assertThat(counts.share(Status.COMPLETE)).isEqualByComparingTo("0.1");
        assertThat(counts.shareOfOpen(Status.OFF_TRACK)).isEqualByComparingTo(
                BigDecimal.valueOf(15).divide(BigDecimal.valueOf(18), java.math.MathContext.DECIMAL64));
        assertThat(counts.shareOfOpen(Status.COMPLETE)).isZero();
        assertThat(new StatusCounts(java.util.Map.of()).share(Status.ON_TRACK)).isZero();
    }

    @Test
    void sharesAsShownAddUpToAHundredGivingTheLargestRemaindersTheMissingPercentsATieToTheWorseStatus() {
        // 5, 2, 1 and 0 of 8: rounded on their own 63% + 25% + 13% + 0% = 101%.
        StatusCounts eight = new StatusCounts(java.util.Map.of(Status.ON_TRACK, 5, Status.AT_RISK, 2,
                Status.OFF_TRACK, 1));
        // A third each: 33% + 33% + 33% = 99%.
        StatusCounts thirds = new StatusCounts(java.util.Map.of(Status.ON_TRACK, 1, Status.AT_RISK, 1,
                Status.COMPLETE, 1));
        // 1, 1 and 5 of 7: 14.29% + 14.29% + 71.43% rounded on their own add up to 99%.
        StatusCounts sevenths = new StatusCounts(java.util.Map.of(Status.ON_TRACK, 1, Status.OFF_TRACK, 1,
                Status.COMPLETE, 5));

        assertThat(eight.displayShares()).containsExactly(java.util.Map.entry(Status.OFF_TRACK, 13),
                java.util.Map.entry(Status.AT_RISK, 25), java.util.Map.entry(Status.ON_TRACK, 62),
                java.util.Map.entry(Status.COMPLETE, 0));
        assertThat(thirds.displayShares()).containsEntry(Status.AT_RISK, 34).containsEntry(Status.ON_TRACK, 33)
                .containsEntry(Status.COMPLETE, 33).containsEntry(Status.OFF_TRACK, 0);
        assertThat(sevenths.displayShares()).containsEntry(Status.OFF_TRACK, 14).containsEntry(Status.ON_TRACK, 14)
                .containsEntry(Status.COMPLETE, 72);
        for (StatusCounts counts : List.of(eight, thirds, sevenths, derbyshire.counts())) {
            assertThat(counts.displayShares().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        }
        assertThat(derbyshire.counts().displayShares()).containsEntry(Status.ON_TRACK, 15)
                .containsEntry(Status.OFF_TRACK, 75).containsEntry(Status.COMPLETE, 10);
        assertThat(new StatusCounts(java.util.Map.of()).displayShares()).containsOnlyKeys(Status.values())
                .allSatisfy((status, share) -> assertThat(share).isZero());
    }

    @Test
    void aShareShortOfEveryItemIsNeverShownAsAllOfThemNorAStatusWithItemsAsNone() {
        // Run 86 #1: 199 off track and 1 complete tied at 99.5% and 0.5%, and the tie made them 100% and 0%.
        StatusCounts tied = new StatusCounts(java.util.Map.of(Status.OFF_TRACK, 199, Status.COMPLETE, 1));
        // 99.95% and 0.05%: the larger remainder is the off track share's.
        StatusCounts lopsided = new StatusCounts(java.util.Map.of(Status.ON_TRACK, 1_999, Status.AT_RISK, 1));
        // 50%, 49.67% and 0.33%: the one percent left goes to the status that would show none.
        StatusCounts one = new StatusCounts(java.util.Map.of(Status.ON_TRACK, 150, Status.AT_RISK, 149,
                Status.OFF_TRACK, 1));

        assertThat(tied.displayShares()).containsEntry(Status.OFF_TRACK, 99).containsEntry(Status.COMPLETE, 1);
        assertThat(lopsided.displayShares()).containsEntry(Status.ON_TRACK, 99).containsEntry(Status.AT_RISK, 1);
        assertThat(one.displayShares()).containsEntry(Status.ON_TRACK, 50).containsEntry(Status.AT_RISK, 49)
                .containsEntry(Status.OFF_TRACK, 1);
        assertThat(new StatusCounts(java.util.Map.of(Status.COMPLETE, 7)).displayShares())
                .containsEntry(Status.COMPLETE, 100);
    }

    @Test
    void overallProgressIsTheMeanOfTheRecommendations() {
        // (87+87+6+44+68+100+43+50+75+25+50+2+7+59+5+10+85+0+0+100) / 20 = 903 / 20
        assertThat(derbyshire.overallProgress()).isEqualTo(Percent.of(new BigDecimal("45.15")));
        assertThat(derbyshire.overallProgress().rounded()).isEqualTo(45);
        assertThat(derbyshire.subActionCount()).isEqualTo(58);
    }

    @Test
    void theRecommendationsTheOverallProgressCountsAtZeroForReportingNoneAreCounted() {
        // Merseyside's 20% is one item's 100% among four that give none; every Derbyshire item gives its own.
        PlanSummary merseyside = PlanSummary.of(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF,
                Assessor.standard());

        assertThat(merseyside.unreported()).isEqualTo(4);
        assertThat(merseyside.overallProgress().rounded()).isEqualTo(20);
        assertThat(derbyshire.unreported()).isZero();
    }

    @Test
    void overdueItemsComeMostOverdueFirst() {
        List<OverdueItem> overdue = derbyshire.overdue();

        assertThat(overdue).hasSize(15);
        assertThat(overdue.get(0).daysOverdue()).isEqualTo(216);
        assertThat(overdue.get(0).assessment().recommendation().ref()).isEqualTo("Rec 17");
        assertThat(overdue.get(14).daysOverdue()).isEqualTo(31);
        assertThat(overdue).extracting(OverdueItem::daysOverdue).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void everyListASummaryReturnsIsUnmodifiable() {
        List<List<?>> lists = List.of(derbyshire.overdue(), derbyshire.byOwner(), derbyshire.delegatedByOwner(),
                derbyshire.byKind(), derbyshire.byPillar(), derbyshire.dueWithin(121),
                PlanSummary.owners(SeedPlans.derbyshire()));

        for (List<?> list : lists) {
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> derbyshire.counts().displayShares().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void itemsDueWithinADayWindowSoonestFirst() {
        assertThat(derbyshire.dueWithin(60)).isEmpty();
        assertThat(derbyshire.dueWithin(61)).extracting(r -> r.recommendation().ref()).containsExactly("Rec 9");
        assertThat(derbyshire.dueWithin(121)).extracting(r -> r.recommendation().ref())
                .containsExactly("Rec 9", "Rec 12", "Rec 14");
    }

    @Test
    void breaksDownByOwnerKindAndPillar() {
        ActionPlan plan = plan(rec("A", "Protection", Pillar.EFFECTIVENESS, "Dec 2024", 100),
                rec("B", "People", Pillar.PEOPLE, "Dec 2023", 10),
                rec("C", "People", Pillar.PEOPLE, "Dec 2025", 30),
                Recommendation.builder().ref("D").kind(RecommendationKind.CAUSE_OF_CONCERN).text("Words.").build());
        PlanSummary summary = PlanSummary.of(plan, LocalDate.of(2024, 6, 1), Assessor.standard());

        assertThat(summary.byOwner()).extracting(Breakdown::name)
                .containsExactly("Protection", "People", PlanSummary.NO_OWNER);
        Breakdown people = summary.byOwner().get(1);
        assertThat(people.counts().count(Status.OFF_TRACK)).isEqualTo(1);
        assertThat(people.counts().count(Status.ON_TRACK)).isEqualTo(1);
        assertThat(people.progress()).isEqualTo(Percent.of(20));
        assertThat(summary.byKind()).extracting(Breakdown::name).containsExactly("Area for improvement", "Cause of concern");
        assertThat(summary.byPillar()).extracting(Breakdown::name)
                .containsExactly("Effectiveness", "People", PlanSummary.NO_PILLAR);
        assertThat(plan.recommendations()).extracting(PlanSummary::ownerOf)
                .containsExactly("Protection", "People", "People", PlanSummary.NO_OWNER);
    }

    @Test
    void aSubActionIsItsOwnOwnersElseItsRecommendations() {
        Recommendation owned = Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION).text("Words.")
                .owner("Head of Protection").addSubAction(SubAction.builder().id("1.1").build())
                .addSubAction(SubAction.builder().id("1.2").owner("Station Manager Protection").build()).build();
        Recommendation unowned = Recommendation.builder().from(owned).ref("2").owner(Optional.empty())
                .build();

        assertThat(owned.subActions()).extracting(s -> PlanSummary.ownerOf(owned, s))
                .containsExactly("Head of Protection", "Station Manager Protection");
        assertThat(unowned.subActions()).extracting(s -> PlanSummary.ownerOf(unowned, s))
                .containsExactly(PlanSummary.NO_OWNER, "Station Manager Protection");
        assertThat(PlanSummary.owners(plan(owned, unowned))).containsExactly("Head of Protection",
                "Station Manager Protection", PlanSummary.NO_OWNER);
    }

    @Test
    void countsTheSubActionsEachOwnerCarriesOutInOthersRecommendations() {
        Recommendation first = Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION).text("Words.")
                .owner("Protection").deadline(Timescale.parse("Dec 2025"))
                .addSubAction(SubAction.builder().id("1.1").progress(90).build())
                .addSubAction(SubAction.builder().id("1.2").owner("Prevention").progress(30)
                        .due(Timescale.parse("Jan 2024")).build())
                .addSubAction(SubAction.builder().id("1.3").owner("Protection").progress(10).build()).build();
        Recommendation second = Recommendation.builder().ref("2").kind(RecommendationKind.RECOMMENDATION)
                .text("Words.").addSubAction(SubAction.builder().id("2.1").owner("Prevention").progress(100)
                        .build()).addSubAction(SubAction.builder().id("2.2").owner("Finance").build()).build();
        PlanSummary summary = PlanSummary.of(plan(first, second), LocalDate.of(2024, 6, 1), Assessor.standard());

        assertThat(summary.delegatedByOwner()).extracting(Breakdown::name).containsExactly("Prevention", "Finance");
        Breakdown prevention = summary.delegatedByOwner().getFirst();
        assertThat(prevention.counts().total()).isEqualTo(2);
        assertThat(prevention.counts().count(Status.OFF_TRACK)).isEqualTo(1);
        assertThat(prevention.counts().count(Status.COMPLETE)).isEqualTo(1);
        assertThat(prevention.progress()).isEqualTo(Percent.of(65));
        assertThat(summary.delegatedProgress().rounded()).isEqualTo(43);
        assertThat(PlanSummary.of(SeedPlans.derbyshire(), SeedPlans.DERBYSHIRE_AS_OF, Assessor.standard())
                .delegatedByOwner()).isEmpty();
    }

    @Test
    void workDoneWithItsRecommendationCountsAsDoneInTheBreakdownOfOthersWork() {
        // Run 112 #6: 13 of 13 complete, with progress "Not reported".
        Recommendation done = Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION).text("Words.")
                .owner("Protection").reportedProgress(Percent.HUNDRED)
                .addSubAction(SubAction.builder().id("1.1").owner("Prevention").build())
                .addSubAction(SubAction.builder().id("1.2").owner("Prevention").build()).build();
        PlanSummary summary = PlanSummary.of(plan(done), LocalDate.of(2024, 6, 1), Assessor.standard());

        Breakdown prevention = summary.delegatedByOwner().getFirst();
        assertThat(prevention.counts().count(Status.COMPLETE)).isEqualTo(2);
        assertThat(prevention.progress()).isEqualTo(Percent.HUNDRED);
        assertThat(prevention.progressReported()).isTrue();
        assertThat(summary.delegatedProgress()).isEqualTo(Percent.HUNDRED);
        assertThat(summary.delegatedUnreported()).isZero();
    }

    @Test
    void countsBlockedSubActionsThatAreStillOpen() {
        ActionPlan plan = plan(Recommendation.builder().ref("A").kind(RecommendationKind.RECOMMENDATION).text("Words.")
                .addSubAction(SubAction.builder().id("1").blockedBy("National Fire Chiefs Council").build())
                .addSubAction(SubAction.builder().id("2").blockedBy("Home Office").progress(100).build())
                .addSubAction(SubAction.builder().id("3").build())
                .build());

        assertThat(PlanSummary.of(plan, LocalDate.of(2024, 1, 1), Assessor.standard()).blockedSubActions()).isEqualTo(1);
    }

    @Test
    void comparingASnapshotWithALaterOneGivenAsTheEarlierIsRefusedNotReportedBackwards() {
        ActionPlan plan = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2024", 40));
        Assessor assessor = Assessor.standard();

        assertThatThrownBy(() -> SnapshotComparison.between(assessor.assess(plan, LocalDate.of(2025, 6, 30)),
                assessor.assess(plan, LocalDate.of(2025, 3, 31)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the earlier snapshot, as of 30 Jun 2025, is after the later one, as of 31 Mar 2025; give"
                        + " them the other way round");
    }

    @Test
    void snapshotsAssessedByRulesThatDecideDifferentlyAreRefusedNotCountedAsMovement() {
        ActionPlan plan = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2025", 40));
        LocalDate then = LocalDate.of(2025, 6, 30);
        LocalDate now = LocalDate.of(2025, 9, 30);
        var standard = Assessor.standard().assess(plan, then);

        assertThatThrownBy(() -> SnapshotComparison.between(standard, Assessor.of(DefaultStatusRule.standard(),
                RollUp.WORST_SUB_ACTION).assess(plan, now))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the two snapshots were assessed by different rules: the earlier rolls sub-actions up as"
                        + " RECOMMENDATION, the later as WORST_SUB_ACTION; a status the change of rule moved is no"
                        + " movement of the work, so assess both with one Assessor");
        assertThatThrownBy(() -> SnapshotComparison.between(standard, Assessor.of(ScheduleStatusRule.standard(),
                RollUp.RECOMMENDATION).assess(plan, now))).hasMessageStartingWith("the two snapshots were assessed by"
                + " different rules: the earlier's key says 'Off track: not complete and the due date has passed',"
                + " the later's 'Off track: overdue, or progress below 70%");
        // another Assessor of a rule that means the same by each status decides alike
        assertThat(SnapshotComparison.between(standard, Assessor.of(DefaultStatusRule.standard(),
                RollUp.RECOMMENDATION).assess(plan, now)).changes()).hasSize(1);
        // Run 99 #7: two rules of one's own, each with the default key, that decide otherwise
        StatusRule onTrack = (item, asOf) -> Assessment.of(Status.ON_TRACK, "fine");
        StatusRule offTrack = (item, asOf) -> Assessment.of(Status.OFF_TRACK, "late");
        assertThatThrownBy(() -> SnapshotComparison.between(Assessor.of(onTrack, RollUp.RECOMMENDATION).assess(plan,
                then), Assessor.of(offTrack, RollUp.RECOMMENDATION).assess(plan, now)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the two snapshots were assessed by different rules: the earlier's rule is ");
    }

    @Test
    void twoServicesPlansWithNoRecommendationInCommonAreRefusedNotReportedAllClosedAndNew() {
        ActionPlan ours = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2025", 40));
        ActionPlan theirs = ActionPlan.builder().from(plan(rec("B", "P", Pillar.PEOPLE, "Dec 2025", 40)))
                .organisation("Westshire Fire and Rescue Service").build();
        Assessor assessor = Assessor.standard();

        assertThatThrownBy(() -> SnapshotComparison.between(assessor.assess(ours, LocalDate.of(2025, 6, 30)),
                assessor.assess(theirs, LocalDate.of(2025, 9, 30)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the earlier snapshot is Service's plan and the later Westshire Fire and Rescue Service's,"
                        + " with no recommendation in common: every item would be reported removed or new; compare two"
                        + " snapshots of one plan");
        // a service renamed between quarters keeps its refs
        assertThat(SnapshotComparison.between(assessor.assess(ours, LocalDate.of(2025, 6, 30)), assessor.assess(
                ActionPlan.builder().from(ours).organisation("Westshire FRS").build(), LocalDate.of(2025, 9, 30)))
                .changes()).hasSize(1);
        // Trial 59 F4: two services' plans numbered 1, 2, ... share a ref or two, which no more makes them one plan.
        ActionPlan three = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2025", 40), rec("C", "P", Pillar.PEOPLE, "Dec 2025",
                40), rec("D", "P", Pillar.PEOPLE, "Dec 2025", 40));
        ActionPlan another = ActionPlan.builder().from(plan(rec("A", "P", Pillar.PEOPLE, "Dec 2025", 40), rec("X",
                "P", Pillar.PEOPLE, "Dec 2025", 40), rec("Y", "P", Pillar.PEOPLE, "Dec 2025", 40)))
                .organisation("Westshire Fire and Rescue Service").build();
        assertThatThrownBy(() -> SnapshotComparison.between(assessor.assess(three, LocalDate.of(2025, 6, 30)),
                assessor.assess(another, LocalDate.of(2025, 9, 30)))).hasMessage("the earlier snapshot is Service's"
                        + " plan and the later Westshire Fire and Rescue Service's, with 1 of 3 recommendations in"
                        + " common: one service's items would be reported as the other's; compare two snapshots of one"
                        + " plan");
    }

    @Test
    void comparingTwoQuarterlySnapshotsShowsWhatMoved() {
        ActionPlan lastQuarter = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2024", 40), rec("B", "P", Pillar.PEOPLE, "Jun 2025", 90),
                rec("C", "P", Pillar.PEOPLE, "Jan 2025", 10));
        ActionPlan thisQuarter = plan(rec("A", "P", Pillar.PEOPLE, "Dec 2024", 100), rec("B", "P", Pillar.PEOPLE, "Jun 2025", 95),
                rec("D", "P", Pillar.PEOPLE, "Dec 2026", 0));
        Assessor assessor = Assessor.standard();

        SnapshotComparison change = SnapshotComparison.between(
                assessor.assess(lastQuarter, LocalDate.of(2025, 3, 31)),
                assessor.assess(thisQuarter, LocalDate.of(2025, 6, 30)));

        assertThat(change.newlyComplete()).extracting(ItemChange::ref).containsExactly("A");
        assertThat(change.newlyOverdue()).isEmpty();
        assertThat(change.statusMoves()).extracting(ItemChange::ref, ItemChange::before, ItemChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", Status.OFF_TRACK, Status.COMPLETE));
        assertThat(change.changes().get(1).progressChange()).isEqualByComparingTo("5");
        assertThat(change.added()).containsExactly("D");
        assertThat(change.removed()).containsExactly("C");
    }

    @Test
    void anItemThatPassesItsDueDateBetweenSnapshotsIsNewlyOverdue() {
        ActionPlan plan = plan(rec("B", "P", Pillar.PEOPLE, "Jun 2025", 90));
        Assessor assessor = Assessor.standard();

        SnapshotComparison change = SnapshotComparison.between(assessor.assess(plan, LocalDate.of(2025, 3, 31)),
                assessor.assess(plan, LocalDate.of(2025, 9, 30)));

        assertThat(change.newlyOverdue()).extracting(ItemChange::ref).containsExactly("B");
        RecommendationAssessment later = assessor.assess(plan, LocalDate.of(2025, 9, 30)).recommendations().get(0);
        assertThat(later.isOverdue()).isTrue();
    }

    @Test
    void aBetterStatusThatCameWithALaterOrNoDueDateIsRescheduledNotImproved() {
        Optional<LocalDate> nov = Optional.of(LocalDate.of(2024, 11, 30));
        Optional<LocalDate> mar = Optional.of(LocalDate.of(2026, 3, 31));

        assertThat(change(Status.OFF_TRACK, Status.ON_TRACK, nov, mar).movement()).isEqualTo(Movement.RESCHEDULED);
        assertThat(change(Status.OFF_TRACK, Status.AT_RISK, nov, Optional.empty()).movement())
                .isEqualTo(Movement.RESCHEDULED);
        // Finished, or better with an earlier date or the same one, is progress.
        assertThat(change(Status.OFF_TRACK, Status.COMPLETE, nov, mar).movement()).isEqualTo(Movement.IMPROVED);
        assertThat(change(Status.OFF_TRACK, Status.ON_TRACK, mar, nov).movement()).isEqualTo(Movement.IMPROVED);
        assertThat(change(Status.AT_RISK, Status.ON_TRACK, mar, mar).movement()).isEqualTo(Movement.IMPROVED);
        assertThat(change(Status.AT_RISK, Status.ON_TRACK, Optional.empty(), mar).movement())
                .isEqualTo(Movement.IMPROVED);
        // Given longer and still worse, or no better, is said as such; the due date's move is told beside it.
        assertThat(change(Status.ON_TRACK, Status.OFF_TRACK, nov, mar).movement()).isEqualTo(Movement.WORSENED);
        assertThat(change(Status.ON_TRACK, Status.ON_TRACK, nov, mar).movement()).isEqualTo(Movement.UNCHANGED);
    }

    private static ItemChange change(Status before, Status after, Optional<LocalDate> dueBefore,
            Optional<LocalDate> dueAfter) {
        return new ItemChange("1", before, after, Percent.ZERO, Percent.ZERO, false, dueBefore, dueAfter);
    }
}
