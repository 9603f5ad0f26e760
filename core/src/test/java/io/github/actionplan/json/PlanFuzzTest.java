package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.actionplan.fixtures.PlanMutator;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.ProgressBandStatusRule;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.ScheduleStatusRule;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz test of the reader: thousands of hostile variants of the seed plans.
 * Reading any of them throws nothing but {@link InvalidPlanException}, whose every problem is short;
 * and every plan it accepts is assessed (by each rule in turn), built into every report template, and
 * written and read back unchanged.
 */
class PlanFuzzTest {

    /** Fixed, so every run tries the same mutants; printed, so a failure can be replayed. */
    static final long SEED = 20261201L;
    static final int MUTANTS = 1_000;

    private static final List<Assessor> ASSESSORS = List.of(Assessor.standard(),
            Assessor.of(ScheduleStatusRule.standard(), RollUp.WORST_SUB_ACTION),
            Assessor.of(ProgressBandStatusRule.standard(), RollUp.MAJORITY));

    @Test
    void readingAnyMutantThrowsOnlyInvalidPlanExceptionAndEveryAcceptedPlanMakesEveryReport() {
        System.out.println("PlanFuzzTest: seed " + SEED + ", " + MUTANTS + " mutants");
        PlanMutator mutator = new PlanMutator(SEED);
        int accepted = 0;
        for (int i = 0; i < MUTANTS; i++) {
            PlanMutator.Mutant mutant = mutator.next();
            try {
                ActionPlan plan;
                try {
                    plan = PlanJson.reader().read(new ByteArrayInputStream(mutant.bytes()), "mutant").plan();
                } catch (InvalidPlanException e) {
                    assertThat(e.problems()).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(1_000));
                    continue;
                }
                accepted++;
                everyReport(plan, ASSESSORS.get(accepted % ASSESSORS.size()));
                assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
            } catch (Throwable t) {
                fail("seed " + SEED + ", mutant " + mutant.index() + " (" + mutant.description() + "): " + t
                        + "\n" + mutant.shown(), t);
            }
        }
        System.out.println("PlanFuzzTest: " + accepted + " of " + MUTANTS + " mutants accepted");
        assertThat(accepted).as("accepted mutants, so reports are tried").isGreaterThan(MUTANTS / 20);
    }

    /** Assesses the plan and builds every template and the summary. */
    static void everyReport(ActionPlan plan, Assessor assessor) {
        LocalDate asOf = plan.asOf().orElse(LocalDate.of(2025, 6, 30));
        PlanAssessment assessment = assessor.assess(plan, asOf);
        PlanSummary.of(assessment);
        for (String name : ReportTemplates.NAMES) {
            assertThat(ReportTemplates.named(name).orElseThrow().build(assessment).sections()).isNotEmpty();
        }
    }

    @Test
    void theMutatorIsDeterministic() {
        PlanMutator one = new PlanMutator(SEED);
        PlanMutator two = new PlanMutator(SEED);
        for (int i = 0; i < 50; i++) {
            assertThat(one.next().bytes()).isEqualTo(two.next().bytes());
        }
    }
}
