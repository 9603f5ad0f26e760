package io.github.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.actionplan.model.Status;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void everyNamedRuleIsFoundAndNoOther() {
        assertThat(StatusRules.NAMES).allSatisfy(name -> assertThat(StatusRules.named(name)).isPresent());
        assertThat(StatusRules.named("default")).containsSame(DefaultStatusRule.standard());
        assertThat(StatusRules.named("schedule")).containsSame(ScheduleStatusRule.standard());
        assertThat(StatusRules.named("progress-band")).containsSame(ProgressBandStatusRule.standard());
        assertThat(StatusRules.named("Default")).isEmpty();
    }

    @Test
    void noNameIsRefusedNamingTheArgumentNotAnsweredAsNoSuchRule() {
        // Run 119 #6: "because "<local1>" is null" from one, no such roll-up from the other.
        assertThatNullPointerException().isThrownBy(() -> StatusRules.named(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> RollUp.named(null)).withMessage("id");
    }

    @Test
    void rollUpsAreNamedForTheCommandLine() {
        assertThat(RollUp.values()).extracting(RollUp::id).containsExactly("recommendation", "worst-sub-action", "majority");
        assertThat(RollUp.named("worst-sub-action")).contains(RollUp.WORST_SUB_ACTION);
        assertThat(RollUp.named("WORST_SUB_ACTION")).isEmpty();
    }

    @Test
    void eachRuleDescribesEveryStatusInItsOwnWords() {
        for (String name : StatusRules.NAMES) {
            StatusRule rule = StatusRules.named(name).orElseThrow();
            for (Status status : Status.values()) {
                assertThat(rule.meaning(status)).startsWith(status.defaultLabel() + ": ");
            }
        }
        assertThat(DefaultStatusRule.builder().atRiskWindowDays(60).build().meaning(Status.AT_RISK))
                .isEqualTo("At risk: not complete, due within 60 days and below 75%, or waiting on someone else");
        // Run 112 #5: work with no due date is on track, which the key said only of work on course to meet one.
        assertThat(DefaultStatusRule.standard().meaning(Status.ON_TRACK)).endsWith(", or with no due date");
    }
}
