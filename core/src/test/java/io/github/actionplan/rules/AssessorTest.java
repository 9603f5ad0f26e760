package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessorTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 9, 1);

    /** Own deadline far off; sub-actions: one overdue, two on track. */
    private static Recommendation mixed() {
        return Recommendation.builder().ref("AFI 2").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Words.")
                .deadline(Timescale.parse("Dec 2025"))
                .addSubAction(SubAction.builder().id("2.1").due(Timescale.parse("Aug 2024")).progress(20).build())
                .addSubAction(SubAction.builder().id("2.2").due(Timescale.parse("Dec 2025")).progress(20).build())
                .addSubAction(SubAction.builder().id("2.3").due(Timescale.parse("Ongoing")).build())
                .assessment(OwnerAssessment.of(Status.ON_TRACK))
                .build();
    }

    @Test
    void aRuleOfOnesOwnThatFailsOrGivesNoAssessmentIsToldWithTheItemAndDate() {
        // Run 99 #8: "No value present", and "status rule Repro$$Lambda/0x... returned null".
        StatusRule failing = (item, asOf) -> Assessment.of(Status.ON_TRACK, "due " + item.dueDate().orElseThrow());
        StatusRule none = (item, asOf) -> item.ref().equals("2.2") ? null : Assessment.of(Status.ON_TRACK, "fine");

        assertThatThrownBy(() -> Assessor.of(failing, RollUp.RECOMMENDATION).assess(mixed(), AS_OF))
                .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageStartingWith("the status rule failed to assess sub-action 2.3 of AFI 2"
                        + " at 2024-09-01: java.util.NoSuchElementException");
        assertThatThrownBy(() -> Assessor.of(none, RollUp.MAJORITY).assess(mixed(), AS_OF))
                .isInstanceOf(NullPointerException.class).hasMessage("the status rule gave no assessment of sub-action"
                        + " 2.2 of AFI 2 at 2024-09-01; a rule gives one for every item");
    }

    @Test
    void assessorsOfEqualRulesRolledUpAlikeAreEqualAndSoAreTheirAssessments() {
        // Run 99 #11: two assessments made alike compared unequal, as the assessor had no equality of its own.
        StatusRule own = (item, asOf) -> Assessment.of(Status.ON_TRACK, "fine");
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build()).addRecommendations(mixed())
                .build();

        assertThat(Assessor.of(own, RollUp.MAJORITY).assess(plan, AS_OF))
                .isEqualTo(Assessor.of(own, RollUp.MAJORITY).assess(plan, AS_OF));
        assertThat(Assessor.of(DefaultStatusRule.builder().build(), RollUp.RECOMMENDATION))
                .isEqualTo(Assessor.standard()).hasSameHashCodeAs(Assessor.standard());
        assertThat(Assessor.of(ScheduleStatusRule.of(90, 50), RollUp.RECOMMENDATION))
                .isEqualTo(Assessor.of(ScheduleStatusRule.of(90, 50), RollUp.RECOMMENDATION))
                .isNotEqualTo(Assessor.of(ScheduleStatusRule.of(80, 50), RollUp.RECOMMENDATION))
                .isNotEqualTo(Assessor.of(ScheduleStatusRule.of(90, 50), RollUp.MAJORITY));
    }

    @Test
    void aCauseOfConcernWithNothingOfItsOwnStandsAsTheWorstOfTheRecommendationsItOwns() {
        // Trial 47 F3: CoC 1 showed On track, green, with nothing in it, while its recommendations were off track.
        Recommendation cause = Recommendation.builder().ref("CoC 1").kind(RecommendationKind.CAUSE_OF_CONCERN)
                .text("The service does not prevent fires well enough.").build();
        Recommendation late = Recommendation.builder().ref("R1").kind(RecommendationKind.RECOMMENDATION)
                .text("Target visits.").causeOfConcern("CoC 1").deadline(Timescale.parse("Jun 2024")).build();
        Recommendation onTime = Recommendation.builder().ref("R2").kind(RecommendationKind.RECOMMENDATION)
                .text("Evaluate.").causeOfConcern("CoC 1").deadline(Timescale.parse("Dec 2025")).build();
        Recommendation dated = Recommendation.builder().from(cause).ref("CoC 2").deadline(Timescale.parse("Dec 2025"))
                .build();
        Recommendation itsOwn = Recommendation.builder().from(onTime).ref("R3").causeOfConcern("CoC 2")
                .deadline(Timescale.parse("Jun 2024")).build();
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendations(cause, late, onTime, dated, itsOwn).build();

        PlanAssessment assessment = Assessor.standard().assess(plan, AS_OF);

        assertThat(assessment.recommendation("CoC 1").orElseThrow().status()).isEqualTo(Status.OFF_TRACK);
        assertThat(assessment.recommendation("CoC 1").orElseThrow().reason()).isEqualTo("as its recommendations"
                + " stand, the worst R1: " + assessment.recommendation("R1").orElseThrow().reason());
        // one with a timescale of its own goes by it
        assertThat(assessment.recommendation("CoC 2").orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        Recommendation done = late.withCompletion(LocalDate.of(2024, 5, 1));
        ActionPlan allDone = plan.withRecommendations(java.util.List.of(cause, done, onTime.withCompletion(
                LocalDate.of(2024, 5, 1))));
        assertThat(Assessor.standard().assess(allDone, AS_OF).recommendation("CoC 1").orElseThrow().reason())
                .isEqualTo("its recommendations are complete");
    }

    @Test
    void aDateOutsideTheQuartersAPlanCanNameIsRefusedAsThePlansOwnDateIs() {
        // Trial 46 F2: assessed at 30 Jun +10000, every format rendered "as of 30 June +10000".
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build()).addRecommendations(mixed())
                .build();

        assertThatThrownBy(() -> Assessor.standard().assess(plan, LocalDate.of(10000, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'+10000-06-30' is not a date from 1900-04-01"
                        + " to 9999-03-31, the financial quarters a plan can name");
    }

    @Test
    void byDefaultTheRecommendationsOwnDeadlineAndProgressDecide() {
        RecommendationAssessment a = Assessor.standard().assess(mixed(), AS_OF);

        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.subActions()).extracting(Assessment::status)
                .containsExactly(Status.OFF_TRACK, Status.ON_TRACK, Status.ON_TRACK);
        assertThat(a.disagreesWithOwner()).isFalse();
    }

    @Test
    void aDeadlineThatNamesNoDateLeavesTheRecommendationDueWithItsSubActionsNotOnTrack() {
        // Trial 37 F1: "TBC" or a day that does not exist made sub-actions months past due read On track.
        for (String deadline : java.util.List.of("TBC", "31/02/2024", "31 Febuary 2024")) {
            Recommendation r = Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                    .text("Words.").deadline(Timescale.parse(deadline))
                    .addSubAction(SubAction.builder().id("1.1").due(Timescale.parse("Jan 2024")).progress(10).build())
                    .addSubAction(SubAction.builder().id("1.2").due(Timescale.parse("Mar 2024")).progress(20).build())
                    .build();

            RecommendationAssessment a = Assessor.standard().assess(r, AS_OF);

            assertThat(r.dueDate()).as(deadline).contains(LocalDate.of(2024, 3, 31));
            assertThat(a.status()).as(deadline).isEqualTo(Status.OFF_TRACK);
        }
        Recommendation ongoing = Recommendation.builder().ref("AFI 2").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Words.").deadline(Timescale.parse("Ongoing"))
                .addSubAction(SubAction.builder().id("2.1").due(Timescale.parse("Jan 2024")).build()).build();
        assertThat(ongoing.dueDate()).isEmpty(); // continuing work, as its plan says
    }

    @Test
    void aSubActionWithNoTimescaleOfItsOwnIsDueWithItsRecommendation() {
        Recommendation overdue = Recommendation.builder().ref("Rec 4").kind(RecommendationKind.RECOMMENDATION)
                .text("Words.").deadline(Timescale.parse("01 Jun 2023"))
                .addSubAction(SubAction.builder().id("4.1").build())
                .addSubAction(SubAction.builder().id("4.2").due(Timescale.parse("Ongoing")).build())
                .addSubAction(SubAction.builder().id("4.3").progress(100).build())
                .build();

        RecommendationAssessment a = Assessor.standard().assess(overdue, AS_OF);

        // Not green under a recommendation 15 months overdue; "Ongoing" is a timescale of its own, and kept.
        assertThat(a.subActions()).extracting(Assessment::status).containsExactly(Status.OFF_TRACK, Status.ON_TRACK,
                Status.COMPLETE);
        assertThat(a.subAction("4.1").orElseThrow().reason()).startsWith("deadline 1 Jun 2023 passed")
                .endsWith("; due with Rec 4");
        assertThat(a.subAction("4.3").orElseThrow().reason()).doesNotContain("due with");
        // With no deadline of its own either, the recommendation is due with its last sub-action, and those with no
        // timescale have none.
        Recommendation noDeadline = Recommendation.builder().from(overdue).deadline(Optional.empty()).build();
        assertThat(Assessor.standard().assess(noDeadline, AS_OF).subAction("4.1")).map(Assessment::status)
                .contains(Status.ON_TRACK);
    }

    @Test
    void aSubActionsAssessmentIsFoundByItsIdAndOneIsNeededForEachSubAction() {
        RecommendationAssessment a = Assessor.standard().assess(mixed(), AS_OF);

        assertThat(a.subAction("2.1")).map(Assessment::status).contains(Status.OFF_TRACK);
        assertThat(a.subAction("2.3")).map(Assessment::status).contains(Status.ON_TRACK);
        assertThat(a.subAction("2.9")).isEmpty();
        assertThatThrownBy(() -> new RecommendationAssessment(mixed(), AS_OF, Assessment.of(Status.COMPLETE, "x"),
                java.util.List.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("recommendation AFI 2"
                + " has 3 sub-actions, but 0 assessments were given for them: one a sub-action, in its order");
    }

    @Test
    void worstSubActionRollUpTakesTheWorstAndSaysWhich() {
        RecommendationAssessment a = Assessor.of(DefaultStatusRule.standard(), RollUp.WORST_SUB_ACTION)
                .assess(mixed(), AS_OF);

        assertThat(a.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(a.reason()).isEqualTo("worst sub-action 2.1: deadline 31 Aug 2024 passed 1 day before 1 Sep 2024 at 20%");
        assertThat(a.disagreesWithOwner()).isTrue();
    }

    @Test
    void majorityRollUpTakesTheCommonestStatus() {
        RecommendationAssessment a = Assessor.of(DefaultStatusRule.standard(), RollUp.MAJORITY).assess(mixed(), AS_OF);

        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.reason()).isEqualTo("2 of 3 open sub-actions are on track");
    }

    /** Run 99 #2: the status cell said the plan's word, and the reason under it the default one. */
    @Test
    void majorityRollUpNamesTheStatusByThePlansOwnWordOnOneLineAndADefaultInLowerCase() {
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendation(mixed())
                .statusLabels(StatusLabels.builder().putCustom(Status.ON_TRACK, "Ar y\ntrywydd").build()).build();
        Assessor majority = Assessor.of(DefaultStatusRule.standard(), RollUp.MAJORITY);

        assertThat(majority.assess(plan, AS_OF).recommendations().getFirst().reason())
                .isEqualTo("2 of 3 open sub-actions are Ar y trywydd");
        assertThat(majority.assess(ActionPlan.builder().from(plan).statusLabels(StatusLabels.defaults()).build(), AS_OF)
                .recommendations().getFirst().reason()).isEqualTo("2 of 3 open sub-actions are on track");
        // A plan's own word that is the default one reads as the default does, mid-sentence (run 109 #8).
        assertThat(majority.assess(ActionPlan.builder().from(plan).statusLabels(StatusLabels.builder().putCustom(
                Status.ON_TRACK, "On track").build()).build(), AS_OF).recommendations().getFirst().reason())
                .isEqualTo("2 of 3 open sub-actions are on track");
    }

    @Test
    void aMajorityTieGoesToTheWorseStatus() {
        Recommendation tie = Recommendation.builder().from(mixed())
                .subActions(mixed().subActions().subList(0, 2))
                .build();

        assertThat(Assessor.of(DefaultStatusRule.standard(), RollUp.MAJORITY).assess(tie, AS_OF).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    /** {@link #mixed()} with {@code complete} more sub-actions, each completed on 1 Aug 2024. */
    private static Recommendation withCompleteSubActions(Recommendation recommendation, int complete) {
        Recommendation.Builder builder = Recommendation.builder().from(recommendation);
        for (int i = 1; i <= complete; i++) {
            builder.addSubAction(SubAction.builder().id("9." + i).due(Timescale.parse("Aug 2024"))
                    .completedOn(LocalDate.of(2024, 8, 1)).build());
        }
        return builder.build();
    }

    @Test
    void majorityRollUpLeavesARecommendationWithOpenWorkOpenWhenMostOfItsSubActionsAreComplete() {
        Recommendation mostlyDone = withCompleteSubActions(Recommendation.builder().from(mixed())
                .subActions(mixed().subActions().subList(1, 2)).build(), 2);

        RecommendationAssessment a = Assessor.of(DefaultStatusRule.standard(), RollUp.MAJORITY)
                .assess(mostlyDone, AS_OF);

        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.reason()).isEqualTo("1 of 1 open sub-action is on track; 2 of 3 complete");
    }

    @Test
    void majorityRollUpCountsOnlyOpenSubActionsAndATieAmongThemGoesToTheWorse() {
        Recommendation tie = withCompleteSubActions(Recommendation.builder().from(mixed())
                .subActions(mixed().subActions().subList(0, 2)).build(), 2);

        RecommendationAssessment a = Assessor.of(DefaultStatusRule.standard(), RollUp.MAJORITY).assess(tie, AS_OF);

        assertThat(a.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(a.reason()).isEqualTo("1 of 2 open sub-actions are off track; 2 of 4 complete");
    }

    @Test
    void aRecommendationOpenWithEverySubActionCompleteIsAssessedOnItsOwnUnderEitherSubActionRollUp() {
        Recommendation partsDone = withCompleteSubActions(Recommendation.builder().from(mixed()).reportedProgress(80)
                .subActions(java.util.List.of()).build(), 2);

        for (RollUp rollUp : java.util.List.of(RollUp.MAJORITY, RollUp.WORST_SUB_ACTION)) {
            RecommendationAssessment a = Assessor.of(DefaultStatusRule.standard(), rollUp).assess(partsDone, AS_OF);

            assertThat(a.status()).as(rollUp.id()).isEqualTo(Status.ON_TRACK);
            assertThat(a.reason()).as(rollUp.id()).isEqualTo("every sub-action is complete but the recommendation is"
                    + " not: due 31 Dec 2025, in 486 days at 80%");
        }
    }

    @Test
    void subActionsOfACompletedRecommendationThatTracksNoneOfThemAreCompleteWithIt() {
        Recommendation done = Recommendation.builder().from(mixed()).reportedProgress(100)
                .subActions(java.util.List.of(
                        SubAction.builder().id("2.1").due(Timescale.parse("Aug 2024")).build(),
                        SubAction.builder().id("2.2").due(Timescale.parse("Aug 2024")).build()))
                .build();

        assertThat(Assessor.standard().assess(done, AS_OF).subActions()).containsOnly(
                Assessment.of(Status.COMPLETE, "complete with AFI 2"));
        assertThat(done.subActionsDoneWithIt()).isTrue();
    }

    @Test
    void aSubActionWithNothingRecordedIsNotStartedNotCompleteWhereItsCompletedRecommendationTracksAnother() {
        // Trial 24: "Complete" for two actions never started, beside their sibling off track at 60%.
        Recommendation done = Recommendation.builder().from(mixed()).reportedProgress(100)
                .subActions(java.util.List.of(
                        SubAction.builder().id("2.1").due(Timescale.parse("Aug 2024")).build(),
                        SubAction.builder().id("2.2").due(Timescale.parse("Aug 2024")).progress(20).build()))
                .build();

        RecommendationAssessment a = Assessor.standard().assess(done, AS_OF);

        assertThat(done.subActionsDoneWithIt()).isFalse();
        assertThat(a.status()).isEqualTo(Status.COMPLETE);
        assertThat(a.subActions()).containsExactly(
                Assessment.of(Status.OFF_TRACK, "deadline 31 Aug 2024 passed 1 day before 1 Sep 2024, with no progress"
                        + " reported"),
                Assessment.of(Status.OFF_TRACK, "deadline 31 Aug 2024 passed 1 day before 1 Sep 2024 at 20%"));
    }

    @Test
    void aSubActionCompleteWithItsRecommendationNamesItAsReportsDoWhereItsRefIsABareNumber() {
        Recommendation done = Recommendation.builder().from(mixed()).ref("1").reportedProgress(100)
                .subActions(java.util.List.of(SubAction.builder().id("1.1").due(Timescale.parse("Aug 2024")).build()))
                .build();

        assertThat(Assessor.standard().assess(done, AS_OF).subActions()).containsExactly(
                Assessment.of(Status.COMPLETE, "complete with " + done.kind().displayName() + " 1"));
    }

    @Test
    void aCompleteRecommendationIsCompleteWhateverItsSubActions() {
        Recommendation done = Recommendation.builder().from(mixed()).reportedProgress(100).build();

        assertThat(Assessor.of(DefaultStatusRule.standard(), RollUp.WORST_SUB_ACTION).assess(done, AS_OF).status())
                .isEqualTo(Status.COMPLETE);
    }

    /** {@link #mixed()} with its sub-action 2.2 completed on 15 Nov 2024, and a second item completed on 1 Jan 2030. */
    private static ActionPlan completedLater() {
        Recommendation partDone = Recommendation.builder().from(mixed())
                .subActions(java.util.List.of(mixed().subActions().get(0),
                        mixed().subActions().get(1).withCompletion(LocalDate.of(2024, 11, 15))))
                .build();
        Recommendation done = Recommendation.builder().from(mixed()).ref("AFI 3")
                .completedOn(LocalDate.of(2030, 1, 1)).build();
        return ActionPlan.builder().title("Plan").organisation("Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendations(partDone, done).build();
    }

    @Test
    void assessingAPlanBeforeACompletionItRecordsIsRefusedNamingEveryLaterCompletionAndTheEarliestDate() {
        assertThatThrownBy(() -> Assessor.standard().assess(completedLater(), LocalDate.of(2024, 9, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot assess at 30 Sep 2024: work recorded as completed after that date was not"
                        + " complete on it (AFI 2 sub-action 2.2 on 15 Nov 2024, AFI 3 on 1 Jan 2030); assess at"
                        + " 1 Jan 2030 or later, or assess the plan as it stood on 30 Sep 2024");
    }

    @Test
    void aRefusalForManyLaterCompletionsNamesTheFirstFiveAndCountsTheRest() {
        // Trial 59 F5: 19,000 completions made the message a line of a megabyte.
        Recommendation many = Recommendation.builder().from(mixed()).subActions(java.util.stream.IntStream
                .rangeClosed(1, 7).mapToObj(i -> SubAction.builder().from(mixed().subActions().get(0)).id("2." + i)
                .build().withCompletion(LocalDate.of(2024, 11, i))).toList()).build();
        ActionPlan plan = ActionPlan.builder().from(completedLater()).recommendations(java.util.List.of(many)).build();

        assertThatThrownBy(() -> Assessor.standard().assess(plan, LocalDate.of(2024, 9, 30)))
                .hasMessageContaining("(AFI 2 sub-action 2.1 on 1 Nov 2024, AFI 2 sub-action 2.2 on 2 Nov 2024,"
                        + " AFI 2 sub-action 2.3 on 3 Nov 2024, AFI 2 sub-action 2.4 on 4 Nov 2024, AFI 2 sub-action"
                        + " 2.5 on 5 Nov 2024 and 2 more); assess at 7 Nov 2024 or later");
    }

    @Test
    void assessingOneRecommendationBeforeItsCompletionIsRefused() {
        Recommendation done = completedLater().recommendations().get(1);

        assertThatThrownBy(() -> Assessor.standard().assess(done, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot assess at 31 Dec 2024: ")
                .hasMessageContaining("(AFI 3 on 1 Jan 2030); assess at 1 Jan 2030 or later");
    }

    @Test
    void aPlanCanBeAssessedOnItsLatestCompletionDateAndAfter() {
        ActionPlan plan = completedLater();

        assertThat(Assessor.earliestAsOf(plan)).contains(LocalDate.of(2030, 1, 1));
        assertThat(Assessor.standard().assess(plan, LocalDate.of(2030, 1, 1)).recommendation("AFI 3")
                .orElseThrow().reason()).isEqualTo("completed on 1 Jan 2030");
        assertThat(Assessor.earliestAsOf(ActionPlan.builder().from(plan).recommendations(java.util.List.of(mixed()))
                .build())).isEqualTo(Optional.empty());
        // Each recommendation's own: the date its latest completion, its own or a sub-action's, is on.
        assertThat(plan.recommendations()).extracting(Assessor::earliestAsOf).contains(Optional.of(LocalDate.of(2030,
                1, 1)));
        Recommendation done = plan.recommendations().get(1);
        assertThat(Assessor.standard().assess(done, Assessor.earliestAsOf(done).orElseThrow()).reason())
                .isEqualTo("completed on 1 Jan 2030");
        assertThat(Assessor.earliestAsOf(mixed())).isEmpty();
    }
}
