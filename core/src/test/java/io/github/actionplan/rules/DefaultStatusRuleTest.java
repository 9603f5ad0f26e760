package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultStatusRuleTest {

    static final LocalDate AS_OF = LocalDate.of(2023, 11, 1);
    private final StatusRule rule = DefaultStatusRule.standard();

    static WorkItem item(String progress, LocalDate due) {
        return new WorkItem("R1", Percent.of(new BigDecimal(progress)), Optional.ofNullable(due).map(Timescale::of),
                Optional.ofNullable(due), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void workDueWhenItsPartsAreWithNoDeadlineOfItsOwnIsSaidPastItsDueDateNotItsDeadline() {
        // Run 86 #2: a recommendation with no deadline, due when its last sub-action is, was "deadline ... passed".
        WorkItem derived = new WorkItem("R1", Percent.of(70), Optional.empty(), Optional.of(AS_OF.minusDays(30)),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(rule.assess(derived, AS_OF).reason()).isEqualTo("due date 2 Oct 2023 passed 30 days before 1 Nov"
                + " 2023 at 70%");
        // A timescale of its own with no date is no deadline either (run 88 #9).
        WorkItem quarterly = new WorkItem("R1", Percent.of(70), Optional.of(Timescale.parse("Review quarterly")),
                Optional.of(AS_OF.minusDays(30)), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(rule.assess(quarterly, AS_OF).reason()).startsWith("due date 2 Oct 2023 passed");
    }

    @Test
    void dueYesterdayAndNotCompleteIsOffTrack() {
        Assessment a = rule.assess(item("99", AS_OF.minusDays(1)), AS_OF);

        assertThat(a.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(a.reason()).isEqualTo("deadline 31 Oct 2023 passed 1 day before 1 Nov 2023 at 99%");
    }

    @Test
    void dueTodayHasNotPassed() {
        assertThat(rule.assess(item("80", AS_OF), AS_OF))
                .isEqualTo(Assessment.of(Status.ON_TRACK, "due today at 80%"));
        assertThat(rule.assess(item("10", AS_OF), AS_OF))
                .isEqualTo(Assessment.of(Status.AT_RISK, "due today at 10%, below 75%"));
    }

    @Test
    void exactlySeventyFivePercentWithinTheWindowIsOnTrack() {
        assertThat(rule.assess(item("75", AS_OF.plusDays(10)), AS_OF).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void justBelowSeventyFivePercentWithinTheWindowIsAtRisk() {
        Assessment a = rule.assess(item("74.9", AS_OF.plusDays(10)), AS_OF);

        assertThat(a.status()).isEqualTo(Status.AT_RISK);
        assertThat(a.reason()).isEqualTo("due 11 Nov 2023, in 10 days at 74.9%, below 75%");
    }

    @Test
    void theWindowIncludesItsLastDayAndNotTheDayAfter() {
        assertThat(rule.assess(item("0", AS_OF.plusDays(30)), AS_OF).status()).isEqualTo(Status.AT_RISK);
        assertThat(rule.assess(item("0", AS_OF.plusDays(31)), AS_OF).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void zeroPercentWithAFutureDueDateIsOnTrack() {
        assertThat(rule.assess(item("0", LocalDate.of(2024, 3, 1)), AS_OF))
                .isEqualTo(Assessment.of(Status.ON_TRACK, "due 1 Mar 2024, in 121 days at 0%"));
    }

    @Test
    void noDueDateIsOnTrackAndSaysSo() {
        assertThat(rule.assess(item("0", null), AS_OF))
                .isEqualTo(Assessment.of(Status.ON_TRACK, "no due date at 0%"));
        WorkItem ongoing = new WorkItem("R1", Percent.ZERO, Optional.of(Timescale.parse("Ongoing")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(rule.assess(ongoing, AS_OF).reason()).isEqualTo("ongoing, no due date at 0%");
    }

    @Test
    void hundredPercentOrACompletionDateIsComplete() {
        assertThat(rule.assess(item("100", AS_OF.minusDays(100)), AS_OF))
                .isEqualTo(Assessment.of(Status.COMPLETE, "progress is 100%"));
        WorkItem completed = new WorkItem("R1", Percent.of(40), Optional.empty(), Optional.of(AS_OF.minusDays(5)),
                Optional.empty(), Optional.of(LocalDate.of(2023, 10, 2)), Optional.empty());
        assertThat(rule.assess(completed, AS_OF))
                .isEqualTo(Assessment.of(Status.COMPLETE, "completed on 2 Oct 2023"));
    }

    @Test
    void blockedWorkNotYetDueIsAtRiskAndNamesWhoItWaitsOn() {
        WorkItem blocked = new WorkItem("R1", Percent.of(90), Optional.empty(), Optional.of(AS_OF.plusDays(90)),
                Optional.empty(), Optional.empty(), Optional.of("National Fire Chiefs Council"));

        assertThat(rule.assess(blocked, AS_OF)).isEqualTo(Assessment.of(Status.AT_RISK,
                "blocked: waiting on National Fire Chiefs Council, due 30 Jan 2024 at 90%"));
    }

    @Test
    void blockedWorkPastItsDueDateIsStillOffTrackAndSaysWhoItWaitsOn() {
        WorkItem blocked = new WorkItem("R1", Percent.of(10), Optional.of(Timescale.of(AS_OF.minusDays(2))),
                Optional.of(AS_OF.minusDays(2)), Optional.empty(), Optional.empty(), Optional.of("Home Office"));

        assertThat(rule.assess(blocked, AS_OF)).isEqualTo(Assessment.of(Status.OFF_TRACK, "deadline 30 Oct 2023"
                + " passed 2 days before 1 Nov 2023 at 10%; blocked: waiting on Home Office"));
    }

    @Test
    void blockedWorkCanCountAsOnTrackWhenTheServiceSaysSo() {
        StatusRule lenient = DefaultStatusRule.builder().blockedIsAtRisk(false).build();
        WorkItem blocked = new WorkItem("R1", Percent.of(90), Optional.empty(), Optional.of(AS_OF.plusDays(90)),
                Optional.empty(), Optional.empty(), Optional.of("Home Office"));

        assertThat(lenient.assess(blocked, AS_OF).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void theWindowAndThresholdAreConfigurable() {
        DefaultStatusRule strict = DefaultStatusRule.builder().atRiskWindowDays(60).atRiskBelow(Percent.of(90)).build();

        assertThat(strict.assess(item("80", AS_OF.plusDays(45)), AS_OF).status()).isEqualTo(Status.AT_RISK);
        assertThat(rule.assess(item("80", AS_OF.plusDays(45)), AS_OF).status()).isEqualTo(Status.ON_TRACK);
        assertThat(strict.atRiskWindowDays()).isEqualTo(60);
        assertThat(strict.atRiskBelow()).isEqualTo(Percent.of(90));
    }
}
