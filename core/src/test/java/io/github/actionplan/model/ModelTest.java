package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static Recommendation.Builder afi() {
        return Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Words.");
    }

    @Test
    void withImmediateEffectBuiltInCodeIsDueOnTheSourcesPublicationDateAsTheJsonReaderMakesIt() throws Exception {
        LocalDate published = LocalDate.of(2023, 7, 20);
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Wessex FRS")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").published(published).build())
                .addRecommendation(afi().deadline(Timescale.parse("With immediate effect"))
                        .addSubAction(SubAction.builder().id("1").due(Timescale.parse("Immediately")).build())
                        .addSubAction(SubAction.builder().id("2").due(Timescale.parse("Dec 2024")).build()).build())
                .build();

        Recommendation afi = plan.recommendations().get(0);
        assertThat(afi.deadline().flatMap(Timescale::dueDate)).contains(published);
        assertThat(afi.deadline().map(Timescale::text)).contains("With immediate effect");
        assertThat(afi.subActions()).extracting(s -> s.due().flatMap(Timescale::dueDate).orElseThrow())
                .containsExactly(published, LocalDate.of(2024, 12, 31));
        assertThat(io.github.actionplan.json.PlanJson.fromJson(io.github.actionplan.json.PlanJson.toJson(plan)))
                .isEqualTo(plan);
        assertThat(plan.withRecommendations(plan.recommendations())).isEqualTo(plan);
    }

    @Test
    void aPlansOwnWordsForItsStatusesAreGivenInCodeAsItsOtherPartsAre() {
        // An embedder reached for withStatusLabels, as for withLanguage, and had to rebuild the plan (session 30).
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Wessex FRS")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build()).addRecommendation(afi()
                        .build()).build();
        StatusLabels welsh = StatusLabels.builder().putCustom(Status.OFF_TRACK, "Oddi ar y trywydd").build();

        ActionPlan relabelled = plan.withStatusLabels(welsh);

        assertThat(relabelled.statusLabels().label(Status.OFF_TRACK)).isEqualTo("Oddi ar y trywydd");
        assertThat(relabelled).isEqualTo(ActionPlan.builder().from(plan).statusLabels(welsh).build());
        assertThat(relabelled.withStatusLabels(StatusLabels.defaults())).isEqualTo(plan);
    }

    @Test
    void anItemHandedToAnotherOwnerInCodeTakesItsSubActionsWithNoOwnerOfTheirOwnAndLeavesTheOthers() {
        // Trial 25 F9: handing an item on in code meant rebuilding it and its sub-actions.
        Recommendation r = afi().owner("Prevention").addSubAction(SubAction.builder().id("1").build())
                .addSubAction(SubAction.builder().id("2").owner("Estates").build()).build();

        Recommendation handed = r.withOwner("Protection");

        assertThat(handed.owner()).contains("Protection");
        assertThat(handed.subActions()).extracting(s -> io.github.actionplan.summary.PlanSummary.ownerOf(handed, s))
                .containsExactly("Protection", "Estates");
        assertThat(r.subActions().get(1).withOwner("Fleet").owner()).contains("Fleet");
        assertThat(handed.withSubActions(handed.subActions())).isEqualTo(handed);
    }

    @Test
    void progressIsTheReportedProgressWhenThePlanGivesOne() {
        Recommendation r = afi().reportedProgress(44)
                .addSubAction(SubAction.builder().id("1").progress(100).build())
                .build();

        assertThat(r.progress()).isEqualTo(Percent.of(44));
    }

    @Test
    void aCompletedRecommendationIsAtAHundredWhateverProgressItReportsAsACompletedSubActionIs() {
        Recommendation r = afi().reportedProgress(80).completedOn(LocalDate.of(2025, 9, 15)).build();
        SubAction s = SubAction.builder().id("1").progress(80).completedOn(LocalDate.of(2025, 9, 15)).build();

        assertThat(r.progress()).isEqualTo(Percent.HUNDRED).isEqualTo(s.effectiveProgress());
        assertThat(r.reportedProgress()).contains(Percent.of(80));
    }

    @Test
    void aRefOrIdWithASpaceAtItsStartOrEndIsRefusedAsItWouldNeverBeFoundByTheRefItShows() {
        // Trial 46 F3: " R1 " was built and read without a word, and recommendation("R1") found nothing.
        assertThatThrownBy(() -> Recommendation.builder().ref(" R1 ").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").build()).isInstanceOf(IllegalStateException.class).hasMessage("recommendation ref"
                + " ' R1 ' starts or ends with a space; write it without, as items are found by it as written");
        assertThatThrownBy(() -> SubAction.builder().id("1.1\u00a0").build()).hasMessageStartingWith("sub-action id"
                + " '1.1<U+00A0>' starts or ends with a space");
        assertThat(SubAction.builder().id("1.1 a").build().id()).isEqualTo("1.1 a");
    }

    @Test
    void progressIsTheWeightedMeanOfTheSubActionsOtherwise() {
        Recommendation r = afi()
                .addSubAction(SubAction.builder().id("1").progress(100).weight(new BigDecimal("3")).build())
                .addSubAction(SubAction.builder().id("2").progress(0).build())
                .build();

        assertThat(r.progress()).isEqualTo(Percent.of(75));
    }

    @Test
    void progressIsComputedExactlyAndShownRoundedHalfUp() {
        Recommendation r = afi()
                .addSubAction(SubAction.builder().id("1").progress(Percent.of(new BigDecimal("87.5"))).build())
                .addSubAction(SubAction.builder().id("2").progress(Percent.of(new BigDecimal("37.5"))).build())
                .build();

        assertThat(r.progress().value()).isEqualByComparingTo("62.5");
        assertThat(r.progress().rounded()).isEqualTo(63);
    }

    @Test
    void aSubActionWithNoReportedProgressCountsAsZeroUnlessCompleted() {
        Recommendation r = afi()
                .addSubAction(SubAction.builder().id("1").build())
                .addSubAction(SubAction.builder().id("2").completedOn(LocalDate.of(2024, 1, 1)).build())
                .build();

        assertThat(r.progress()).isEqualTo(Percent.of(50));
    }

    @Test
    void dueDateIsTheDeadlineElseTheLatestSubActionDueDate() {
        Recommendation withDeadline = afi().deadline(Timescale.parse("Dec 2024"))
                .addSubAction(SubAction.builder().id("1").due(Timescale.parse("Jan 2025")).build())
                .build();
        Recommendation without = afi()
                .addSubAction(SubAction.builder().id("1").due(Timescale.parse("Aug 2024")).build())
                .addSubAction(SubAction.builder().id("2").due(Timescale.parse("Ongoing")).build())
                .addSubAction(SubAction.builder().id("3").due(Timescale.parse("Jan 2025")).build())
                .build();

        assertThat(withDeadline.dueDate()).contains(LocalDate.of(2024, 12, 31));
        assertThat(without.dueDate()).contains(LocalDate.of(2025, 1, 31));
    }

    @Test
    void aRecommendationIsNamedByItsRefOrWhereThatIsABareNumberByItsKindAndNumber() {
        assertThat(afi().ref("AFI 1").build().name()).isEqualTo("AFI 1");
        assertThat(afi().ref("12").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).build().name())
                .isEqualTo("Area for improvement 12");
        assertThat(afi().ref("12").kind(RecommendationKind.RECOMMENDATION).build().name())
                .isEqualTo("Recommendation 12");
        assertThat(afi().ref("1.2").build().name()).isEqualTo("1.2");
    }

    @Test
    void aKindIsNamedByItsNameInAnyCaseOrPluralOrByTheAbbreviationServicesUse() {
        assertThat(List.of("Area for improvement", "AREAS FOR IMPROVEMENT", "AFI", " afi. ")).allSatisfy(words ->
                assertThat(RecommendationKind.named(words)).as(words).contains(RecommendationKind.AREA_FOR_IMPROVEMENT));
        assertThat(RecommendationKind.named("Rec.")).contains(RecommendationKind.RECOMMENDATION);
        assertThat(RecommendationKind.named("Cause of Concern")).contains(RecommendationKind.CAUSE_OF_CONCERN);
        assertThat(RecommendationKind.named("CoC")).contains(RecommendationKind.CAUSE_OF_CONCERN);
        assertThat(RecommendationKind.named("Thematic")).isEmpty();
        assertThat(RecommendationKind.named("")).isEmpty();
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRejectedWithTheValue() {
        assertThatThrownBy(() -> Percent.of(120)).hasMessage("120 is not a percentage;"
                + " write a number from 0 to 100, such as 50");
        assertThatThrownBy(() -> Percent.of(new BigDecimal("-0.5"))).hasMessage("-0.5 is not a percentage;"
                + " write a number from 0 to 100, such as 50");
    }

    @Test
    void twoSubActionsWithOneIdAreRejectedNamingTheItem() {
        assertThatThrownBy(() -> afi()
                .addSubAction(SubAction.builder().id("1.1").build())
                .addSubAction(SubAction.builder().id("1.1").build())
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("recommendation 'AFI 1' has two sub-actions with id '1.1'");
    }

    @Test
    void aNameOnMoreThanOneLineIsRejectedNamingTheItemAndField() {
        assertThatThrownBy(() -> afi().owner("Planning and\nPerformance").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("recommendation 'AFI 1' owner 'Planning and\\nPerformance' holds a line break or other"
                        + " control character; a name is one line");
        assertThatThrownBy(() -> SubAction.builder().id("1.1").owner("Head of People\r\n").build())
                .hasMessageStartingWith("sub-action '1.1' owner 'Head of People<U+000D>\\n' holds a line break");
        assertThatThrownBy(() -> SubAction.builder().id("1.1").blockedBy("NFCC\tHome Office").build())
                .hasMessageStartingWith("sub-action '1.1' blockedBy 'NFCC<U+0009>Home Office' holds a line break");
        // The line and paragraph separators too, as the schema refuses them: shown as one line, the name was two.
        assertThatThrownBy(() -> afi().owner("Planning\u2028Performance").build())
                .hasMessageStartingWith("recommendation 'AFI 1' owner 'Planning<U+2028>Performance' holds a line"
                        + " break");
        assertThatThrownBy(() -> SubAction.builder().id("1.1\u2029").build()).hasMessage("sub-action id holds a line"
                + " break or other control character");
        assertThatThrownBy(() -> ProgressUpdate.builder().period(ReportingPeriod.parse("July-September 2023"))
                .author("Ann\nBob").text("Survey issued.").build())
                .hasMessageStartingWith("update 'Q2 2023/24' author 'Ann\\nBob' holds a line break");
    }

    @Test
    void twoRecommendationsWithOneRefAreRejected() {
        assertThatThrownBy(() -> ActionPlan.builder().title("t").organisation("o")
                .source(SourceInspection.builder().body("HMICFRS").title("r").build())
                .addRecommendation(afi().build())
                .addRecommendation(afi().build())
                .build())
                .hasMessage("plan has two recommendations with ref 'AFI 1'");
    }

    @Test
    void aDateOfAYearTheFormatCannotWriteIsRejectedWhereverItIsGiven() {
        LocalDate tooLate = LocalDate.of(10_000, 1, 1);
        LocalDate beforeYearZero = LocalDate.of(-1, 12, 31);
        SourceInspection source = SourceInspection.builder().body("HMICFRS").title("r").build();

        assertThatThrownBy(() -> Timescale.of(tooLate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the timescale +10000-01-01 is not a date of the years 0000 to 9999, which a timescale writes");
        assertThatThrownBy(() -> SubAction.builder().id("1.1").completedOn(tooLate).build())
                .hasMessage("sub-action '1.1' completedOn +10000-01-01 is not a date of the years 0000 to 9999, which the"
                        + " plan format writes");
        assertThatThrownBy(() -> SubAction.builder().id("1.1").start(beforeYearZero).build())
                .hasMessageStartingWith("sub-action '1.1' start -0001-12-31 is not a date");
        assertThatThrownBy(() -> afi().completedOn(tooLate).build())
                .hasMessageStartingWith("recommendation 'AFI 1' completedOn +10000-01-01 is not a date");
        assertThatThrownBy(() -> ProgressUpdate.builder().period(ReportingPeriod.parse("Q1 2025/26")).text("t")
                .author("a").date(tooLate).build()).hasMessageStartingWith("update date +10000-01-01 is not a date");
        assertThatThrownBy(() -> SourceInspection.builder().body("HMICFRS").title("r").published(tooLate).build())
                .hasMessageStartingWith("source published +10000-01-01 is not a date");
        assertThat(Timescale.of(LocalDate.of(9999, 12, 31)).text()).isEqualTo("31 Dec 9999");
        assertThat(Timescale.parse("1 Jan 0000")).isEqualTo(Timescale.of(LocalDate.of(0, 1, 1)));
        assertThat(Timescale.parse("31 Dec 0999")).isEqualTo(Timescale.of(LocalDate.of(999, 12, 31)));
    }

    @Test
    void aPlansReportingDateLiesInAQuarterAPlanCanName() {
        SourceInspection source = SourceInspection.builder().body("HMICFRS").title("r").build();
        ActionPlan.Builder plan = ActionPlan.builder().title("t").organisation("o").source(source);

        for (LocalDate outside : List.of(LocalDate.of(0, 1, 1), LocalDate.of(1900, 3, 31), LocalDate.of(9999, 4, 1))) {
            assertThatThrownBy(() -> plan.asOf(outside).build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("plan asOf '" + outside + "' is not a date from 1900-04-01 to 9999-03-31, the financial"
                            + " quarters a plan can name");
        }
        assertThat(plan.asOf(LocalDate.of(1900, 4, 1)).build().asOf()).contains(LocalDate.of(1900, 4, 1));
        assertThat(plan.asOf(LocalDate.of(9999, 3, 31)).build().asOf()).contains(LocalDate.of(9999, 3, 31));
    }

    @Test
    void aMissingRequiredAttributeIsNamed() {
        assertThatThrownBy(() -> Recommendation.builder().ref("AFI 1").text("Words.").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void withProgressCopiesASubActionWithOneChange() {
        SubAction before = SubAction.builder().id("1").description("Survey").progress(10).build();
        SubAction after = before.withProgress(Percent.of(80));

        assertThat(after.progress()).contains(Percent.of(80));
        assertThat(after.description()).contains("Survey");
        assertThat(before.progress()).contains(Percent.of(10));
    }

    @Test
    void aRevisedDueKeepsTheTimescaleFirstGivenInTheNotes() {
        SubAction first = SubAction.builder().id("1").due(Timescale.parse("Dec 2024")).notes("Survey by the union.")
                .build();

        SubAction revised = first.withRevisedDue(Timescale.parse("Jun 2025"));
        SubAction again = revised.withRevisedDue(Timescale.parse("Sep 2025"));

        assertThat(revised.due()).contains(Timescale.parse("Jun 2025"));
        assertThat(revised.notes()).contains("Survey by the union.\n\nOriginally due Dec 2024");
        assertThat(again.due()).contains(Timescale.parse("Sep 2025"));
        assertThat(again.notes()).isEqualTo(revised.notes());
        assertThat(again.withRevisedDue(Timescale.parse("Sep 2025"))).isSameAs(again);
    }

    @Test
    void aFirstTimescaleIsNoRevision() {
        SubAction none = SubAction.builder().id("1").build();

        assertThat(none.withRevisedDue(Timescale.parse("Ongoing")).notes()).isEmpty();
        assertThat(afi().build().withRevisedDeadline(Timescale.parse("2025/26")).notes()).isEmpty();
    }

    @Test
    void aRevisedDeadlineKeepsTheDeadlineFirstGivenInTheNotes() {
        Recommendation first = afi().deadline(Timescale.parse("With immediate effect")).build();

        Recommendation revised = first.withRevisedDeadline(Timescale.parse("31/03/2026"));

        assertThat(revised.deadline()).contains(Timescale.parse("31/03/2026"));
        assertThat(revised.dueDate()).contains(LocalDate.of(2026, 3, 31));
        // Not "Originally due With immediate effect": the words name no time to be due at.
        assertThat(revised.notes()).contains("Originally With immediate effect");
    }

    @Test
    void aFirstTimescaleStartingWithAPrepositionGoesOnTheSentenceInLowerCase() {
        // Trial 35 F6: "Originally due In FDP 24/25".
        SubAction revised = SubAction.builder().id("4.1").due(Timescale.parse("In FDP 24/25")).build()
                .withRevisedDue(Timescale.parse("Mar 2026"));

        assertThat(revised.notes()).contains("Originally due in FDP 24/25");
        assertThat(SubAction.builder().id("4.2").due(Timescale.parse("Dec 2024")).build()
                .withRevisedDue(Timescale.parse("Mar 2026")).notes()).contains("Originally due Dec 2024");
    }

    @Test
    void completingAnItemMakesTheProgressItReportsBelowAHundredAHundred() {
        LocalDate day = LocalDate.of(2023, 11, 30);
        SubAction partway = SubAction.builder().id("1").progress(40).build();
        Recommendation reported = afi().reportedProgress(6).addSubAction(SubAction.builder().id("1").build()).build();

        assertThat(partway.withCompletion(day).progress()).contains(Percent.HUNDRED);
        assertThat(partway.withCompletion(day).completedOn()).contains(day);
        assertThat(reported.withCompletion(day).reportedProgress()).contains(Percent.HUNDRED);
        assertThat(reported.withCompletion(day).progress()).isEqualTo(Percent.HUNDRED);
        assertThat(reported.withCompletion(day).completedOn()).contains(day);
    }

    @Test
    void completingAnItemThatReportsNoProgressLeavesItToTheCompletion() {
        LocalDate day = LocalDate.of(2023, 11, 30);

        assertThat(SubAction.builder().id("1").build().withCompletion(day).progress()).isEmpty();
        Recommendation computed = afi().addSubAction(SubAction.builder().id("1").progress(10).build()).build()
                .withCompletion(day);
        assertThat(computed.reportedProgress()).isEmpty();
        assertThat(computed.progress()).isEqualTo(Percent.HUNDRED);
    }

    @Test
    void aSubActionAddedIsNumberedAfterTheLastNumberedOne() {
        assertThat(withIds("2.1", "2.2", "2.3").nextSubActionId()).isEqualTo("2.4");
        assertThat(withIds("5.8", "5.9").nextSubActionId()).isEqualTo("5.10");
        assertThat(withIds("3.1", "3.3", "3.2").nextSubActionId()).isEqualTo("3.4");
        assertThat(withIds("1.01", "1.02").nextSubActionId()).isEqualTo("1.03");
        assertThat(withIds("1.09").nextSubActionId()).isEqualTo("1.10");
        assertThat(withIds("A", "4.2", "B").nextSubActionId()).isEqualTo("4.3");
        assertThat(withIds("x1", "x9").nextSubActionId()).isEqualTo("x10");
        assertThat(withIds("99999999999999999999").nextSubActionId()).isEqualTo("100000000000000000000");
    }

    @Test
    void aSubActionAddedIsNeverGivenAnIdTheRecommendationHas() {
        assertThat(withIds("2.3", "2.4", "2.2").nextSubActionId()).isEqualTo("2.5");
        assertThat(withIds("1.2", "1.1").nextSubActionId()).isEqualTo("1.3");
    }

    @Test
    void theFirstNumberedSubActionTakesTheNumberInTheRecommendationsRef() {
        assertThat(afi().build().nextSubActionId()).isEqualTo("1.1");
        assertThat(afi().ref("Rec 17").build().nextSubActionId()).isEqualTo("17.1");
        assertThat(afi().ref("AFI 2023-3").build().nextSubActionId()).isEqualTo("3.1");
        assertThat(afi().ref("Culture").build().nextSubActionId()).isEqualTo("Culture.1");
        assertThat(afi().ref("Rec 4").addSubAction(SubAction.builder().id("first").build()).build()
                .nextSubActionId()).isEqualTo("4.1");
        assertThat(afi().ref("Rec 4").addSubAction(SubAction.builder().id("4.1").build())
                .addSubAction(SubAction.builder().id("first").build()).build().nextSubActionId()).isEqualTo("4.2");
    }

    private static Recommendation withIds(String... ids) {
        Recommendation.Builder builder = afi();
        for (String id : ids) {
            builder.addSubAction(SubAction.builder().id(id).build());
        }
        return builder.build();
    }

    @Test
    void aWeightWrittenWithTrailingZerosEqualsTheSameWeightWithout() {
        assertThat(SubAction.builder().id("1").weight(new BigDecimal("2.00")).build())
                .isEqualTo(SubAction.builder().id("1").weight(new BigDecimal("2")).build());
    }

    @Test
    void withMethodsCopyAPlanWithOneChange() {
        ActionPlan plan = ActionPlan.builder().title("t").organisation("o")
                .source(SourceInspection.builder().body("HMICFRS").title("r").build())
                .addRecommendation(afi().build()).build();

        assertThat(plan.withTitle("Summary").title()).isEqualTo("Summary");
        assertThat(plan.withAsOf(LocalDate.of(2025, 6, 30)).asOf()).contains(LocalDate.of(2025, 6, 30));
        assertThat(plan.recommendations().get(0).withReportedProgress(Percent.of(40)).progress()).isEqualTo(Percent.of(40));
        assertThat(plan.title()).isEqualTo("t");
    }

    @Test
    void aTeamRenamedIsRenamedOnEveryItemOfItsAndNoOther() {
        // Run 115 #8: renaming a team meant walking every recommendation and sub-action.
        ActionPlan plan = ActionPlan.builder().title("t").organisation("o")
                .source(SourceInspection.builder().body("HMICFRS").title("r").build())
                .addRecommendation(afi().owner("People").addSubAction(SubAction.builder().id("1").build())
                        .addSubAction(SubAction.builder().id("2").owner("Estates").build()).build())
                .addRecommendation(afi().ref("AFI 2").owner("Estates").addSubAction(SubAction.builder().id("1")
                        .owner("People").build()).build()).build();

        ActionPlan renamed = plan.withOwnerRenamed("People", "Human Resources");

        assertThat(renamed.recommendations()).extracting(r -> r.owner().orElseThrow())
                .containsExactly("Human Resources", "Estates");
        assertThat(renamed.recommendations()).flatExtracting(Recommendation::subActions)
                .extracting(SubAction::owner).containsExactly(java.util.Optional.empty(),
                        java.util.Optional.of("Estates"), java.util.Optional.of("Human Resources"));
        assertThatThrownBy(() -> plan.withOwnerRenamed("people", "HR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no recommendation or sub-action has the owner 'people'; its owners are 'People' and"
                        + " 'Estates'");
        assertThatThrownBy(() -> plan.withOwnerRenamed("People", " ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("owner must not be blank");
        assertThat(plan.withOwnerRenamed("People", "People")).as("run 116 #1").isEqualTo(plan);
    }

    @Test
    void statusLabelsFallBackToTheDefaults() {
        StatusLabels labels = StatusLabels.builder().putCustom(Status.ON_TRACK, "Open - Actions on going on track").build();

        assertThat(labels.label(Status.ON_TRACK)).isEqualTo("Open - Actions on going on track");
        assertThat(labels.label(Status.AT_RISK)).isEqualTo("At risk");
        assertThat(labels.all()).hasSize(4);
    }

    @Test
    void statusesAreOrderedWorstFirst() {
        assertThat(Status.OFF_TRACK.isWorseThan(Status.AT_RISK)).isTrue();
        assertThat(Status.AT_RISK.isWorseThan(Status.ON_TRACK)).isTrue();
        assertThat(Status.ON_TRACK.isWorseThan(Status.COMPLETE)).isTrue();
        assertThat(Status.COMPLETE.brag()).isEqualTo(Brag.BLUE);
        assertThat(Brag.AMBER.displayName()).isEqualTo("Amber");
    }
    @Test
    void oneItemOfAPlanIsChangedInPlaceByItsRefIdOrPeriod() {
        // Trial 37 F7: each change of one item rebuilt the plan's lists by hand.
        ProgressUpdate q4 = update("Q4 2024/25", "Surveyed.");
        ProgressUpdate q2 = update("Q2 2025/26", "Planned.");
        Recommendation first = afi().ref("AFI 1").addSubAction(SubAction.builder().id("1.1").build())
                .addSubAction(SubAction.builder().id("1.2").build()).addUpdate(q4).addUpdate(q2).build();
        Recommendation second = afi().ref("AFI 2").build();
        ActionPlan plan = ActionPlan.builder().title("Plan").organisation("Anyshire FRS")
                .source(SourceInspection.builder().body("HMICFRS").title("Report").build())
                .addRecommendations(first, second).build();

        Recommendation changed = first.withSubAction(SubAction.builder().id("1.2").progress(100).build())
                .withUpdate(update("Q1 2025/26", "Late note.")).withUpdate(update("Q2 2025/26", "Done."));
        ActionPlan after = plan.withRecommendation(changed);

        assertThat(after.recommendations()).containsExactly(changed, second);
        assertThat(changed.subActions()).extracting(SubAction::id).containsExactly("1.1", "1.2");
        assertThat(changed.subActions().get(1).progress()).contains(Percent.of(100));
        assertThat(changed.updates()).extracting(ProgressUpdate::text).containsExactly("Surveyed.", "Late note.",
                "Done.");
        assertThat(changed.latestUpdate()).map(ProgressUpdate::text).contains("Done.");
        assertThat(changed.update(ReportingPeriod.parse("Q1 2025/26"))).map(ProgressUpdate::text)
                .contains("Late note.");
        assertThat(changed.update(ReportingPeriod.parse("Q3 2025/26"))).isEmpty();
        assertThatThrownBy(() -> plan.withRecommendation(afi().ref("AFI 9").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plan has no recommendation with the ref 'AFI 9'; add it with withRecommendations");
        assertThatThrownBy(() -> first.withSubAction(SubAction.builder().id("1.9").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'AFI 1' has no sub-action with the id '1.9'; add it with withSubActions");
    }

    @Test
    void blankNarrativeIsRefusedAsOtherBlankTextIsItIsLeftOutInstead() {
        // Trial 37 F6: a blank update printed its heading over nothing; a blank description an empty action cell.
        assertThatThrownBy(() -> SubAction.builder().id("3.2").description(" ").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("sub-action '3.2' description must not be blank");
        assertThatThrownBy(() -> update("Q1 2025/26", ""))
                .isInstanceOf(IllegalStateException.class).hasMessage("update for Q1 2025/26 text must not be blank");
        assertThatThrownBy(() -> afi().addRequiredOutcomes("Staff know the values.", "\n").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("recommendation 'AFI 1' required outcome must not be blank");
        assertThatThrownBy(() -> afi().notes("").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("recommendation 'AFI 1' notes must not be blank");
    }

    private static ProgressUpdate update(String period, String text) {
        return ProgressUpdate.builder().period(ReportingPeriod.parse(period)).text(text).build();
    }
}
