package io.github.actionplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.actionplan.fixtures.PlanMutator;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every plan the reader accepts renders in every format: a bounded sample of the accepted mutants
 * of core's fuzz test (the same seeded mutator), each built from one template in turn and rendered
 * by every renderer on the class path.
 */
class FuzzRenderTest {

    /** Fixed, so every run renders the same plans; printed, so a failure can be replayed. */
    static final long SEED = 20261201L;
    static final int SAMPLE = 8;

    @Test
    void everyAcceptedMutantInTheSampleRendersInEveryFormat() {
        System.out.println("FuzzRenderTest: seed " + SEED + ", " + SAMPLE + " accepted mutants");
        ReportRenderers renderers = ReportRenderers.load();
        assertThat(renderers.formats()).contains("pdf", "docx", "xlsx");
        PlanMutator mutator = new PlanMutator(SEED);
        int rendered = 0;
        while (rendered < SAMPLE) {
            PlanMutator.Mutant mutant = mutator.next();
            ActionPlan plan;
            try {
                plan = PlanJson.reader().read(new ByteArrayInputStream(mutant.bytes()), "mutant").plan();
            } catch (InvalidPlanException e) {
                continue;
            } catch (Exception e) {
                throw new AssertionError("mutant " + mutant.index() + " (" + mutant.description() + "): " + e, e);
            }
            String template = ReportTemplates.NAMES.get(rendered % ReportTemplates.NAMES.size());
            Report report = ReportTemplates.named(template).orElseThrow()
                    .build(Assessor.standard().assess(plan, plan.asOf().orElse(LocalDate.of(2025, 6, 30))));
            for (String format : renderers.formats()) {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    renderers.render(report, format, RenderOptions.defaults(), out);
                    assertThat(out.size()).isPositive();
                } catch (Throwable t) {
                    fail("seed " + SEED + ", mutant " + mutant.index() + " (" + mutant.description() + "), "
                            + template + " as " + format + ": " + t, t);
                }
            }
            rendered++;
        }
    }
}
