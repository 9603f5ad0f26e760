package io.github.actionplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The semantic checks on a plan built in code: paths, words, severities, document order. */
class PlanValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 11, 1);

    @Test
    void theSeedPlansHaveNoProblems() {
        assertThat(PlanValidator.validate(SeedPlans.derbyshire())).isEmpty();
        assertThat(PlanValidator.validate(SeedPlans.merseyside())).isEmpty();
    }

    @Test
    void noPlanIsRefusedNamingTheParameterAsTheRestOfTheApiDoes() {
        assertThatThrownBy(() -> PlanValidator.validate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
    }

    @Test
    void aPeriodOrAnUpdateAfterThePlansReportingDateIsAWarningAtItsPath() {
        ReportingPeriod later = ReportingPeriod.parse("Q4 2026/27");
        ActionPlan merseyside = SeedPlans.merseyside(); // as of 30 Jun 2025, Q1 2025/26
        Recommendation first = merseyside.recommendations().get(0);
        ActionPlan plan = merseyside.withPeriod(later).withRecommendations(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(Recommendation.builder().from(first).addUpdates(ProgressUpdate.builder()
                        .period(later).date(LocalDate.of(2027, 1, 1)).text("Done next year.").build())
                        .assessment(io.github.actionplan.model.OwnerAssessment.builder()
                                .status(io.github.actionplan.model.Status.ON_TRACK).period(later).build()).build()),
                merseyside.recommendations().stream().skip(1)).toList());
        int last = plan.recommendations().get(0).updates().size() - 1;

        String after = "Q4 2026/27 (January-March 2027) begins after the reporting date 30 Jun 2025 (/asOf); give"
                + " the period the plan reports on, or a reporting date in it";
        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/updates/" + last + "/period: the update's period " + after,
                "warning: /recommendations/0/updates/" + last + "/date: the update is dated 1 Jan 2027, after the"
                        + " reporting date 30 Jun 2025 (/asOf); an update reports what was done by then",
                "warning: /recommendations/0/assessment/period: the owner's assessment's period " + after,
                "warning: /period: the plan's period " + after);
        assertThat(PlanValidator.validate(plan)).noneMatch(Problem::isError);
    }

    @Test
    void aReportingDatePastThePlansPeriodThatChangesStatusesIsAWarningNamingEachChange() {
        Recommendation dueAtTheQuartersEnd = Recommendation.builder().ref("Rec 5")
                .kind(RecommendationKind.RECOMMENDATION).text("Improve.").deadline(Timescale.parse("31 Mar 2026"))
                .addSubAction(SubAction.builder().id("5.1").due(Timescale.parse("31 Mar 2026")).progress(8).build())
                .build();
        Recommendation dueLater = Recommendation.builder().ref("Rec 6").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").deadline(Timescale.parse("Mar 2027"))
                .addSubAction(SubAction.builder().id("6.1").due(Timescale.parse("Mar 2027")).progress(50).build())
                .build();
        ActionPlan quarter = plan(dueAtTheQuartersEnd, dueLater).withPeriod(ReportingPeriod.parse("Q4 2025/26"));

        assertThat(PlanValidator.validate(quarter.withAsOf(LocalDate.of(2026, 4, 1)))).extracting(Problem::toString)
                .containsExactly("warning: /asOf: the reporting date 1 Apr 2026 is after Q4 2025/26 (January-March"
                        + " 2026) ends, on 31 Mar 2026, and statuses at it are not those at the period's end: Rec 5"
                        + " is Off track (At risk at 31 Mar 2026); give 31 Mar 2026 as the reporting date to report"
                        + " the period as it ended");
        assertThat(PlanValidator.validate(quarter.withAsOf(LocalDate.of(2026, 3, 31)))).isEmpty();
        // A later date that changes no status is taken as meant: a report of the quarter at its board meeting.
        assertThat(PlanValidator.validate(plan(dueLater).withPeriod(ReportingPeriod.parse("Q4 2025/26"))
                .withAsOf(LocalDate.of(2026, 4, 15)))).isEmpty();
        // Nor is an item compared where its work is recorded completed after the period: no status at its end is
        // known; the others still are (run 63, 5: one such completion silenced the warning for them all).
        ActionPlan completedLate = plan(Recommendation.builder().from(dueAtTheQuartersEnd).ref("Rec 4").subActions(
                List.of(SubAction.builder().id("4.1").due(Timescale.parse("31 Mar 2026"))
                        .completedOn(LocalDate.of(2026, 4, 2)).build())).build(), dueAtTheQuartersEnd, dueLater)
                .withPeriod(ReportingPeriod.parse("Q4 2025/26")).withAsOf(LocalDate.of(2026, 4, 3));
        assertThat(PlanValidator.validate(completedLate)).extracting(Problem::toString).singleElement().asString()
                .contains(": Rec 5 is Off track (At risk at 31 Mar 2026);");
        // Quarters after the period, a year mistyped, whatever it changes (run 63, 5).
        assertThat(PlanValidator.validate(plan(dueLater).withPeriod(ReportingPeriod.parse("Q4 2025/26"))
                .withAsOf(LocalDate.of(2027, 6, 30)))).extracting(Problem::toString).containsExactly("warning:"
                        + " /asOf: the reporting date 30 Jun 2027 is after Q4 2025/26 (January-March 2026) ends, on 31"
                        + " Mar 2026, in Q1 2027/28, 5 quarters after it: reports would show the period's updates as of"
                        + " then; give the period the plan reports on, or a reporting date in it");
    }

    @Test
    void twoStatusesOfOneLabelAreAWarningAtTheSecond() {
        // Run 61, 7: "Of 5 items: 0 Iawn, ... and 1 Iawn." told complete from on track by colour alone.
        ActionPlan plan = ActionPlan.builder().from(plan(Recommendation.builder().ref("AFI 1")
                .kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Improve.").build()))
                .statusLabels(io.github.actionplan.model.StatusLabels.builder()
                        .putCustom(io.github.actionplan.model.Status.COMPLETE, "Iawn")
                        .putCustom(io.github.actionplan.model.Status.ON_TRACK, "iawn ").build()).build();

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly("warning:"
                + " /statusLabels/ON_TRACK: the label 'iawn ' is COMPLETE's too, so reports tell the two statuses apart"
                + " by colour alone, which a reader who cannot see it cannot; give each status a label of its own");
        // One the plan gives that is another status's default is as alike.
        assertThat(PlanValidator.validate(ActionPlan.builder().from(plan).statusLabels(io.github.actionplan.model
                .StatusLabels.builder().putCustom(io.github.actionplan.model.Status.COMPLETE, "On track").build())
                .build())).extracting(Problem::path).containsExactly("/statusLabels/ON_TRACK");
    }

    @Test
    void aStatusLabelNamingTheColourOfAnotherStatusIsAWarning() {
        // Run 122 #5: Off track labelled "Amber", keyed "Red: Amber", and an owner's "Amber" read as At risk.
        ActionPlan plan = ActionPlan.builder().from(plan(Recommendation.builder().ref("AFI 1")
                .kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Improve.").build()))
                .statusLabels(io.github.actionplan.model.StatusLabels.builder()
                        .putCustom(io.github.actionplan.model.Status.OFF_TRACK, "amber")
                        .putCustom(io.github.actionplan.model.Status.ON_TRACK, "Green").build()).build();

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly("warning:"
                + " /statusLabels/OFF_TRACK: the label 'amber' for OFF_TRACK names the colour of AT_RISK, while"
                + " OFF_TRACK is shown Red: the key reads 'Red: amber', and an owner's 'amber' is read as AT_RISK; give"
                + " it a label that names no colour, or the colour it is shown in");
    }

    @Test
    void aSubActionNumberedAsAnotherRecommendationsIsAWarningWhereTheRestAreNumberedByTheirOwn() {
        // Run 84 #6: "R1.1" under R2 passed every check, and R2's next id was "R1.3".
        Recommendation r1 = Recommendation.builder().ref("R1").kind(RecommendationKind.RECOMMENDATION).text("One.")
                .addSubActions(SubAction.builder().id("R1.1").description("a").build()).build();
        Recommendation r2 = Recommendation.builder().ref("R2").kind(RecommendationKind.RECOMMENDATION).text("Two.")
                .addSubActions(SubAction.builder().id("R2.1").description("b").build(), SubAction.builder()
                        .id("R1.1").description("c").build(), SubAction.builder().id("R2.3").description("d")
                        .build()).build();

        assertThat(PlanValidator.validate(plan(r1, r2))).extracting(Problem::toString).containsExactly("warning:"
                + " /recommendations/1/subActions/1/id: sub-action 'R1.1' of recommendation 'R2' is numbered in the"
                + " series of recommendation 'R1', where the plan's other sub-actions are numbered by their own"
                + " recommendation's ref: give it an id in the series of 'R2', or move it to 'R1'");
        // The seeds number sub-actions their own way, or by their recommendation's ref: nothing to say.
        assertThat(PlanValidator.validate(SeedPlans.merseyside())).extracting(Problem::path)
                .noneMatch(path -> path.endsWith("/id"));
        assertThat(PlanValidator.validate(SeedPlans.derbyshire())).extracting(Problem::path)
                .noneMatch(path -> path.endsWith("/id"));
    }

    @Test
    void theProblemsFoundCannotBeChanged() {
        ActionPlan plan = plan(Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").deadline(Timescale.parse("Soon")).build());

        List<Problem> problems = PlanValidator.validate(plan);

        assertThat(problems).hasSize(1);
        assertThatThrownBy(problems::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void openWorkDueAfterItsRecommendationsOwnDeadlineIsAWarningNamingBothDatesAndWorkDoneIsNot() {
        ActionPlan plan = plan(Recommendation.builder().ref("Rec 9").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").deadline(Timescale.parse("Sept 2024"))
                .addSubAction(SubAction.builder().id("9.1").due(Timescale.parse("Mar 2026")).progress(20).build())
                .addSubAction(SubAction.builder().id("9.2").due(Timescale.parse("Sept 2024")).build())
                .addSubAction(SubAction.builder().id("9.3").due(Timescale.parse("Mar 2026"))
                        .completedOn(LocalDate.of(2023, 10, 1)).build())
                .build(),
                Recommendation.builder().ref("Rec 10").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .deadline(Timescale.parse("Sept 2023")).completedOn(LocalDate.of(2023, 10, 1))
                        .reportedProgress(100)
                        .addSubAction(SubAction.builder().id("10.1").due(Timescale.parse("Mar 2026")).build())
                        .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/0/due: 'Mar 2026' is due on 31 Mar 2026, after 30 Sep 2024,"
                        + " the deadline of its recommendation 'Rec 9' ('Sept 2024', /recommendations/0/deadline);"
                        + " the recommendation will be late too unless it is given a later deadline or this"
                        + " sub-action an earlier timescale");
    }

    @Test
    void aRecommendationCompletedWhileItsSubActionsAreOpenIsAWarningWhetherByADateOr100Percent() {
        // Reports show either Complete at 100%, with work still to do: only this says so.
        ActionPlan plan = plan(
                Recommendation.builder().ref("4").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .completedOn(AS_OF.minusDays(10))
                        .addSubAction(SubAction.builder().id("4.1").completedOn(AS_OF.minusDays(20)).build())
                        .addSubAction(SubAction.builder().id("4.2").progress(40).build())
                        .build(),
                Recommendation.builder().ref("5").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .reportedProgress(100)
                        .addSubAction(SubAction.builder().id("5.1").progress(0).build())
                        .addSubAction(SubAction.builder().id("5.2").build())
                        .build(),
                Recommendation.builder().ref("6").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .completedOn(AS_OF.minusDays(10))
                        .addSubAction(SubAction.builder().id("6.1").progress(100).build())
                        .build(),
                // its sub-actions' completion is tracked, so one with nothing recorded is open
                Recommendation.builder().ref("7").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .completedOn(AS_OF.minusDays(10))
                        .addSubAction(SubAction.builder().id("7.1").completedOn(AS_OF.minusDays(20)).build())
                        .addSubAction(SubAction.builder().id("7.2").build())
                        .build(),
                // none of its sub-actions is tracked, as the Derbyshire summary's are counted and no more
                Recommendation.builder().ref("8").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .completedOn(AS_OF.minusDays(10))
                        .addSubAction(SubAction.builder().id("8.1").build())
                        .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/completedOn: completed on 22 Oct 2023 but sub-action '4.2' is at 40%"
                        + " and not completed",
                "warning: /recommendations/1/progress: progress is 100% but sub-actions '5.1' at 0%, and '5.2' with"
                        + " no progress recorded, are not completed",
                "warning: /recommendations/3/completedOn: completed on 22 Oct 2023 but sub-action '7.2' is not"
                        + " completed, with no progress recorded");
    }

    @Test
    void refsOrIdsThatDifferOnlyInTheirSpacesAreAWarningAsReportsShowThemAlike() {
        // A space at a ref's or id's start or end is refused when it is built (Checks.reference): these are within.
        ActionPlan plan = plan(
                Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT).text("Improve.")
                        .addSubAction(SubAction.builder().id("1.1 a").build())
                        .addSubAction(SubAction.builder().id("1.1  a").build())
                        .build(),
                Recommendation.builder().ref("AFI\u00a01").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("Improve.").build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/1/id: '1.1  a' differs from '1.1 a' (/recommendations/0/"
                        + "subActions/0/id) only in its spaces, so reports show the two alike; write them the same if"
                        + " they are one item, or tell them apart",
                "warning: /recommendations/1/ref: 'AFI<U+00A0>1' differs from 'AFI 1' (/recommendations/0/ref) only"
                        + " in its spaces, so reports show the two alike; write them the same if they are one item,"
                        + " or tell them apart");
    }

    @Test
    void aTimescaleGivingAQuarterOneYearIsWarnedOfWithTheTwoQuartersItMayMean() {
        ActionPlan plan = plan(Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").deadline(Timescale.parse("Q2 2025")).build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/deadline: 'Q2 2025' is not a timescale actionplan understands, so it has"
                        + " no due date: a quarter of one year may be the calendar's, April-June 2025 (Q1 2025/26), or"
                        + " the financial year's, July-September 2025 (Q2 2025/26); write the financial quarter meant,"
                        + " such as 'Q2 2025/26'");
    }

    @Test
    void aTimescaleDueOutsideTheQuartersAPlanReportsOnIsWarnedOfAsAMistypedYear() {
        ActionPlan plan = plan(Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").deadline(Timescale.parse("Dec 0000")).build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/deadline: 'Dec 0000' is due on 31 Dec 0000, outside the financial quarters"
                        + " a plan reports on (1900/01 to 9998/99), so its status means little; most likely its year"
                        + " is mistyped: correct it");
    }

    @Test
    void everyProblemIsReportedInDocumentOrderWithItsPathAndNoLineForAPlanBuiltInCode() {
        ActionPlan plan = plan(
                Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("Improve.").causeOfConcern("CoC 9").reportedProgress(100)
                        .addSubAction(SubAction.builder().id("1.1").progress(40).due(Timescale.parse("Soon")).build())
                        .build(),
                Recommendation.builder().ref("AFI 2").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("Improve more.").causeOfConcern("AFI 1").completedOn(AS_OF.plusDays(1))
                        .addUpdate(update("Q2 2023/24")).addUpdate(update("Q1 2023/24"))
                        .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "/recommendations/0/causeOfConcern: no cause of concern in this plan has the ref 'CoC 9';"
                        + " causeOfConcern names the ref of the cause of concern this belongs to",
                "warning: /recommendations/0/progress: progress is 100% but sub-action '1.1' is at 40% and not completed",
                "warning: /recommendations/0/subActions/0/due: 'Soon' is not a timescale actionplan understands,"
                        + " so it has no due date; write a date ('1 June 2023'), a month ('Dec 2024'), a financial"
                        + " year ('2024/25'), a quarter ('Q2 2024/25'), 'With immediate effect' or 'Ongoing'",
                "/recommendations/1/causeOfConcern: 'AFI 1' is an area for improvement, not a cause of concern",
                "/recommendations/1/completedOn: completed on 2 Nov 2023, after the reporting date 1 Nov 2023"
                        + " (/asOf); nothing can be completed after the date the plan reports on",
                "warning: /recommendations/1/updates/1/period: updates are not oldest first: Q1 2023/24 comes"
                        + " after Q2 2023/24");
        assertThat(PlanValidator.validate(plan)).allMatch(p -> p.line().isEmpty() && p.column().isEmpty());
    }

    @Test
    void datesInTheWrongOrderAreWarnedOfNamingBoth() {
        // Trial 37 F5: a start after the due date, a completion before the start, a report published after the plan.
        Recommendation r = Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").addSubAction(SubAction.builder().id("1.1").start(LocalDate.of(2023, 9, 1))
                        .due(Timescale.parse("Jan 2023")).completedOn(LocalDate.of(2023, 8, 1)).build())
                .build();
        ActionPlan plan = plan(r);
        ActionPlan publishedLater = ActionPlan.builder().from(plan).source(SourceInspection.builder()
                .from(plan.source()).published(AS_OF.plusDays(1)).build()).build();

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/0/start: starts on 1 Sep 2023, after it is due on 31 Jan 2023"
                        + " ('Jan 2023'); one of the dates is mistyped, or its timescale is to be revised",
                "warning: /recommendations/0/subActions/0/completedOn: completed on 1 Aug 2023, before it started on"
                        + " 1 Sep 2023; one of the dates is mistyped");
        assertThat(PlanValidator.validate(publishedLater)).extracting(Problem::toString).startsWith(
                "warning: /source/published: published on 2 Nov 2023, after the reporting date 1 Nov 2023 (/asOf); a"
                        + " plan reports on a report already published: one of the dates is mistyped");
    }

    @Test
    void aSubActionCompletedAfterItsRecommendationIsWarnedOfNamingBothDays() {
        // Run 73 #4: a day typed for a sub-action after the day its recommendation was completed went without a word.
        Recommendation r = Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").completedOn(LocalDate.of(2023, 6, 15))
                .addSubAction(SubAction.builder().id("1.1").completedOn(LocalDate.of(2023, 6, 15)).build())
                .addSubAction(SubAction.builder().id("1.2").completedOn(LocalDate.of(2023, 8, 1)).build())
                .build();

        assertThat(PlanValidator.validate(plan(r))).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/1/completedOn: completed on 1 Aug 2023, after its"
                        + " recommendation 'AFI 1' was completed on 15 Jun 2023; one of the days is mistyped, or the"
                        + " recommendation was completed before its work was");
    }

    @Test
    void aSecondUpdateForOnePeriodIsAWarningAndTheLatestUpdateIsTheLatestPeriodsLastListed() {
        // Trial 37 F2: a late note for an earlier quarter, appended, was taken as the latest update.
        Recommendation r = Recommendation.builder().ref("AFI 1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                .text("Improve.").addUpdate(update("Q1 2023/24")).addUpdate(update("Q2 2023/24"))
                .addUpdate(ProgressUpdate.builder().period(ReportingPeriod.parse("Q2 2023/24")).text("Correction.")
                        .build())
                .addUpdate(update("Q1 2023/24")).build();

        assertThat(r.latestUpdate()).map(ProgressUpdate::text).contains("Correction.");
        assertThat(PlanValidator.validate(plan(r))).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/updates/3/period: updates are not oldest first: Q1 2023/24 comes after"
                        + " Q2 2023/24",
                "warning: /recommendations/0/updates/1/period: a second update for Q2 2023/24 follows at"
                        + " /recommendations/0/updates/2, and a report of the latest update shows only the last: make"
                        + " them one update",
                "warning: /recommendations/0/updates/0/period: a second update for Q1 2023/24 follows at"
                        + " /recommendations/0/updates/3, and a report of the latest update shows only the last: make"
                        + " them one update");
    }

    @Test
    void aTimescaleWrittenAsADayThatDoesNotExistIsAWarningSayingWhy() {
        ActionPlan plan = plan(Recommendation.builder().ref("R1").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.")
                .addSubAction(SubAction.builder().id("1.1").due(Timescale.parse("31/02/26")).build()).build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/0/due: '31/02/26' is not a date: February 2026 has 28 days,"
                        + " so it has no due date; correct the day or month");
    }

    @Test
    void aCauseOfConcernThatIsOneIsAccepted() {
        ActionPlan plan = plan(
                Recommendation.builder().ref("CoC 1").kind(RecommendationKind.CAUSE_OF_CONCERN).text("Concern.").build(),
                Recommendation.builder().ref("Rec 1").kind(RecommendationKind.RECOMMENDATION).text("Act.")
                        .causeOfConcern("CoC 1").build());

        assertThat(PlanValidator.validate(plan)).isEmpty();
    }

    @Test
    void aReportedProgressBelow100WithEverySubActionCompleteIsAWarningThatKeepsItOpen() {
        Recommendation.Builder rec5 = Recommendation.builder().ref("Rec 5").kind(RecommendationKind.RECOMMENDATION)
                .text("Act.").reportedProgress(68)
                .addSubAction(SubAction.builder().id("5.1").progress(100).build())
                .addSubAction(SubAction.builder().id("5.2").completedOn(AS_OF.minusDays(3)).build());

        assertThat(PlanValidator.validate(plan(rec5.build()))).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/progress: progress is 68% but every sub-action is complete; make it"
                        + " 100, with completedOn, if the recommendation is done, or leave it out to take its"
                        + " sub-actions'");
        assertThat(PlanValidator.validate(plan(rec5.completedOn(AS_OF).build()))).extracting(Problem::toString)
                .containsExactly("warning: /recommendations/0/progress: progress is 68% but the item was completed on"
                        + " 1 Nov 2023; make it 100 or leave it out");
        assertThat(PlanValidator.validate(plan(Recommendation.builder().from(rec5.build()).completedOn(Optional.empty())
                .subActions(List.of(SubAction.builder().id("5.1").progress(100).build(), SubAction.builder().id("5.2")
                        .progress(90).build())).build()))).isEmpty();
    }

    @Test
    void withImmediateEffectNeedsThePublicationDateToHaveADueDate() {
        Recommendation immediate = Recommendation.builder().ref("Rec 17").kind(RecommendationKind.RECOMMENDATION)
                .text("Notify HMICFRS.").deadline(Timescale.parse("With immediate effect")).build();

        assertThat(PlanValidator.validate(plan(immediate))).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/deadline: 'With immediate effect' means the source's publication date,"
                        + " which /source/published does not give, so it has no due date");
        assertThat(PlanValidator.validate(ActionPlan.builder().from(plan(immediate))
                .source(SourceInspection.builder().body("HMICFRS")
                        .title("Values and culture in fire and rescue services").published(LocalDate.of(2023, 3, 30))
                        .build())
                .build())).isEmpty();
    }

    @Test
    void aPlanWithoutAReportingDateHasNoCompletionDateInTheFuture() {
        ActionPlan plan = ActionPlan.builder()
                .title("Action plan")
                .organisation("Anyshire Fire and Rescue Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Inspection report").build())
                .addRecommendation(Recommendation.builder().ref("1").kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                        .text("Improve.").completedOn(LocalDate.of(2099, 1, 1)).build())
                .build();

        assertThat(PlanValidator.validate(plan)).isEmpty();
    }

    private static ProgressUpdate update(String period) {
        return ProgressUpdate.builder().period(ReportingPeriod.parse(period)).text("Progress.").build();
    }

    @Test
    void anOwnerNamedALetterOrTwoFromAnotherOrOnlyInCaseIsAWarningAtTheLessUsedName() {
        ActionPlan plan = plan(
                Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .owner("Protection")
                        .addSubAction(SubAction.builder().id("1.1").owner("Protection").build())
                        .addSubAction(SubAction.builder().id("1.2").owner("Protecton").build())
                        .build(),
                Recommendation.builder().ref("2").kind(RecommendationKind.RECOMMENDATION).text("Improve.")
                        .owner("community  safety")
                        .addSubAction(SubAction.builder().id("2.1").owner("Community Safety").build())
                        .addSubAction(SubAction.builder().id("2.2").owner("Community Safety").build())
                        // a letter apart, but neither is short enough to be a slip of the other's: "HR" and "ICT"
                        .addSubAction(SubAction.builder().id("2.3").owner("HR").build())
                        .addSubAction(SubAction.builder().id("2.4").owner("HRs").build())
                        // named as often: either may be the slip (run 67 #13)
                        .addSubAction(SubAction.builder().id("2.5").owner("Comms Team").build())
                        .addSubAction(SubAction.builder().id("2.6").owner("Coms Team").build())
                        .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/1/owner: owner 'Protecton' is a letter or two from"
                        + " 'Protection' (/recommendations/0/owner), named on 2 items: each name is an owner of its"
                        + " own, with an update workbook of its own; if it is a slip, write 'Protection'",
                "warning: /recommendations/1/owner: owner 'community  safety' differs only in its case or spacing"
                        + " from 'Community Safety' (/recommendations/1/subActions/0/owner), named on 2 items: each"
                        + " name is an owner of its own, with an update workbook of its own; if it is a slip, write"
                        + " 'Community Safety'",
                "warning: /recommendations/1/subActions/5/owner: owner 'Coms Team' is a letter or two from 'Comms"
                        + " Team' (/recommendations/1/subActions/4/owner), named on 1 item too: each name is an owner"
                        + " of its own, with an update workbook of its own; if it is a slip, write the two alike, as"
                        + " whichever is right");
    }

    @Test
    void theOwnerASlipLooksLikeIsNamedWholeUpToAHundredCharacters() {
        String meant = "Group Manager Prevention – Rhys Llewellyn";
        ActionPlan plan = plan(Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").owner(meant)
                .addSubAction(SubAction.builder().id("1.1").owner(meant).build())
                .addSubAction(SubAction.builder().id("1.2").owner("Group Manager Prevention – Rhys Llewelyn").build())
                .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::message).singleElement().asString()
                .contains("is a letter or two from '" + meant + "' (/recommendations/0/owner)")
                .endsWith("if it is a slip, write '" + meant + "'");
        // Run 121 #5: names of 81 to 100 characters, which messages show whole, were not compared.
        String long100 = "Head of Organisational Development Culture Inclusion Wellbeing and Professional Standards"
                + " Directorat";
        ActionPlan longNames = plan(Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").owner(long100)
                .addSubAction(SubAction.builder().id("1.1").owner(long100).build())
                .addSubAction(SubAction.builder().id("1.2").owner(long100.replace("Culture", "Cultrue")).build())
                .build());
        assertThat(long100).hasSize(100);
        assertThat(PlanValidator.validate(longNames)).extracting(Problem::message).singleElement().asString()
                .contains("is a letter or two from '" + long100 + "'");
    }

    @Test
    void anOwnerWhoseAccentIsStoredAsALetterAndAnAccentApartIsWarnedOfAsTheOwnerItLooksLike() {
        // Run 90 #3: "Tân" typed on a Mac, "a" and U+0302, was a second owner, alike in every report, without a word.
        ActionPlan plan = plan(Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").owner("Diogelwch T\u00e2n")
                .addSubAction(SubAction.builder().id("1.1").owner("Diogelwch T\u00e2n").build())
                .addSubAction(SubAction.builder().id("1.2").owner("Diogelwch Ta\u0302n").build())
                .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).containsExactly(
                "warning: /recommendations/0/subActions/1/owner: owner 'Diogelwch Ta\u0302n' differs only in its"
                        + " case, spacing or how its accents are stored (a letter and an accent after it, or the two as"
                        + " one character, which look alike) from 'Diogelwch T\u00e2n' (/recommendations/0/owner),"
                        + " named on 2 items: each"
                        + " name is an owner of its own, with an update workbook of its own; if it is a slip, write"
                        + " 'Diogelwch T\u00e2n'");
    }

    @Test
    void anOwnerNamedWithAnotherDashIsWarnedOfAsTheOwnerItLooksLikeSayingSo() {
        // Run 113 #4: the warning said case, spacing or accents, of names told apart by their dash alone.
        ActionPlan plan = plan(Recommendation.builder().ref("1").kind(RecommendationKind.RECOMMENDATION)
                .text("Improve.").owner("Protection \u2013 North")
                .addSubAction(SubAction.builder().id("1.1").owner("Protection \u2013 North").build())
                .addSubAction(SubAction.builder().id("1.2").owner("Protection - North").build())
                .addSubAction(SubAction.builder().id("1.3").owner("Prevention\u2014South").build())
                .addSubAction(SubAction.builder().id("1.4").owner("Prevention\u2014South").build())
                .addSubAction(SubAction.builder().id("1.5").owner("prevention - south").build())
                .build());

        assertThat(PlanValidator.validate(plan)).extracting(Problem::message).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("owner 'Protection - North' differs only in its dashes, case or"
                        + " spacing from 'Protection \u2013 North' (/recommendations/0/owner), named on 2 items"),
                second -> assertThat(second).startsWith("owner 'prevention - south' differs only in its dashes, case"
                        + " or spacing from 'Prevention\u2014South' (/recommendations/0/subActions/2/owner), named on 2"
                        + " items"));
    }

    private static ActionPlan plan(Recommendation... recommendations) {
        return ActionPlan.builder()
                .title("Action plan")
                .organisation("Anyshire Fire and Rescue Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Inspection report").build())
                .asOf(AS_OF)
                .recommendations(List.of(recommendations))
                .build();
    }
}
