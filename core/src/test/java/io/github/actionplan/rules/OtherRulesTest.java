package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtherRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 28);   // 180 days after START
    private static final LocalDate HALFWAY = START.plusDays(90);

    private static WorkItem scheduled(String progress) {
        return new WorkItem("S1", Percent.of(new BigDecimal(progress)), Optional.empty(), Optional.of(DUE),
                Optional.of(START), Optional.empty(), Optional.empty());
    }

    private static WorkItem banded(String progress, LocalDate due) {
        return new WorkItem("B1", Percent.of(new BigDecimal(progress)), Optional.empty(), Optional.ofNullable(due),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void workStartingOnTheReportingDateIsSaidToStartThenAndWorkStartingLaterNotToBeDueToStartYet() {
        // Run 86 #8: work starting on the reporting date was "not due to start until" that date.
        assertThat(ScheduleStatusRule.standard().assess(scheduled("0"), START).reason())
                .isEqualTo("starting on 1 Apr 2025 at 0%");
        assertThat(ScheduleStatusRule.standard().assess(scheduled("0"), START.minusDays(1)).reason())
                .isEqualTo("not due to start until 1 Apr 2025 at 0%");
    }

    @Test
    void ninetyPercentOfScheduleIsOnTrack() {
        Assessment a = ScheduleStatusRule.standard().assess(scheduled("45"), HALFWAY);

        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.reason()).isEqualTo("45% done with 50% of the time from 1 Apr 2025 to 28 Sep 2025 gone: 90% of schedule");
    }

    @Test
    void justUnderNinetyPercentOfScheduleIsAtRiskAndItsReasonSaysItIsUnder() {
        Assessment a = ScheduleStatusRule.standard().assess(scheduled("44.9"), HALFWAY);

        assertThat(a.status()).isEqualTo(Status.AT_RISK);
        // 89.8% of schedule, which rounded would read "90% of schedule, below 90%".
        assertThat(a.reason()).isEqualTo("44.9% done with 50% of the time from 1 Apr 2025 to 28 Sep 2025 gone: 89% of"
                + " schedule, below 90%");
    }

    @Test
    void seventyPercentOfScheduleIsAtRiskAndBelowIsOffTrack() {
        assertThat(ScheduleStatusRule.standard().assess(scheduled("35"), HALFWAY).status()).isEqualTo(Status.AT_RISK);
        assertThat(ScheduleStatusRule.standard().assess(scheduled("34.9"), HALFWAY).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aScheduleReasonNamesTheThresholdTheItemFellBelow() {
        assertThat(ScheduleStatusRule.standard().assess(scheduled("40"), HALFWAY).reason())
                .isEqualTo("40% done with 50% of the time from 1 Apr 2025 to 28 Sep 2025 gone: 80% of schedule,"
                        + " below 90%");
        assertThat(ScheduleStatusRule.standard().assess(scheduled("30.5"), HALFWAY).reason())
                .isEqualTo("30.5% done with 50% of the time from 1 Apr 2025 to 28 Sep 2025 gone: 61% of schedule,"
                        + " below 70%");
        assertThat(ScheduleStatusRule.standard().assess(scheduled("90"), START.plusDays(60)).reason())
                .isEqualTo("90% done with 33% of the time from 1 Apr 2025 to 28 Sep 2025 gone: 270% of schedule");
        assertThat(ScheduleStatusRule.standard()).hasToString("ScheduleStatusRule[on track from 90%, off track below 70%]");
    }

    @Test
    void scheduleRuleCallsOverdueWorkOffTrack() {
        assertThat(ScheduleStatusRule.standard().assess(scheduled("99"), DUE.plusDays(1)).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void scheduleRuleFallsBackToTheDefaultRuleWithoutAStartDate() {
        Assessment a = ScheduleStatusRule.standard().assess(banded("10", LocalDate.of(2025, 12, 31)), HALFWAY);

        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.reason()).endsWith("(no schedule to measure against)");
    }

    @Test
    void theScheduleRulesMeaningsSayHowAnItemWithNoScheduleIsJudged() {
        // Trial 33 F6: a plan naming no start dates was judged by the default rule under a key that did not say so.
        ScheduleStatusRule rule = ScheduleStatusRule.standard();

        assertThat(rule.meaning(Status.AT_RISK)).isEqualTo("At risk: progress from 70% to below 90% of schedule."
                + " Without both a start and a due date: not complete, due within 30 days and below 75%, or waiting on"
                + " someone else");
        assertThat(rule.meaning(Status.ON_TRACK)).isEqualTo("On track: progress at least 90% of schedule. Without"
                + " both a start and a due date: not complete, and on course to meet its due date, or with no due"
                + " date");
        assertThat(rule.meaning(Status.OFF_TRACK)).startsWith("Off track: overdue, or");
    }

    @Test
    void scheduleThresholdsMustBeOrdered() {
        assertThatThrownBy(() -> ScheduleStatusRule.of(60, 80))
                .hasMessage("need 0 <= offTrackBelow (80) <= onTrackFrom (60)");
    }

    @Test
    void progressBandsAreRedUpToTwentyFiveAmberUpToSeventyFiveGreenAbove() {
        StatusRule bands = ProgressBandStatusRule.standard();
        LocalDate future = LocalDate.of(2030, 1, 1);

        assertThat(bands.assess(banded("25", future), HALFWAY).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(bands.assess(banded("26", future), HALFWAY).status()).isEqualTo(Status.AT_RISK);
        assertThat(bands.assess(banded("75", future), HALFWAY).status()).isEqualTo(Status.AT_RISK);
        assertThat(bands.assess(banded("76", future), HALFWAY))
                .isEqualTo(Assessment.of(Status.ON_TRACK, "76%, in the band over 75%"));
        assertThat(bands.assess(banded("100", future), HALFWAY).status()).isEqualTo(Status.COMPLETE);
    }

    @Test
    void aProgressBandsReasonHoldsItsFigureInTheBandItNamesAsTheKeyWordsIt() {
        // Run 84 #1: "25.5%, in the 26-75% band" and "25%, in the 26-75% band" for 25.000001%.
        StatusRule bands = ProgressBandStatusRule.standard();
        LocalDate future = LocalDate.of(2030, 1, 1);

        assertThat(List.of("25", "25.000001", "25.5", "75", "75.04", "75.5")).extracting(progress -> bands.assess(
                banded(progress, future), HALFWAY).reason()).containsExactly("25%, in the band up to 25%",
                        "25.000001%, in the band over 25% and up to 75%", "25.5%, in the band over 25% and up to 75%",
                        "75%, in the band over 25% and up to 75%", "75.04%, in the band over 75%",
                        "75.5%, in the band over 75%");
        assertThat(bands.meaning(Status.AT_RISK)).isEqualTo("At risk: progress over 25% and up to 75%");
    }

    @Test
    void progressBandsCallOverdueWorkUnderFiftyPercentRed() {
        StatusRule bands = ProgressBandStatusRule.standard();
        LocalDate past = HALFWAY.minusDays(3);

        assertThat(bands.assess(banded("49", past), HALFWAY))
                .isEqualTo(Assessment.of(Status.OFF_TRACK, "overdue since 27 Jun 2025 (3 days) at 49%, under 50%"));
        assertThat(bands.assess(banded("50", past), HALFWAY).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aRuleIsALambdaAway() {
        StatusRule strict = (item, asOf) -> item.isComplete()
                ? Assessment.of(Status.COMPLETE, "complete")
                : Assessment.of(Status.OFF_TRACK, "not complete");

        assertThat(strict.assess(banded("99", null), HALFWAY).status()).isEqualTo(Status.OFF_TRACK);
    }
}
