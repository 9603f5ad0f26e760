package io.github.actionplan;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.SnapshotComparison;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A null where the API takes none is refused at the API's door, naming the parameter ({@code NullPointerException:
 * plan}) as the null policy in each package says, not by the JVM's account of a null met inside the library.
 */
class NullArgumentsTest {

    private static final PlanAssessment ASSESSED = Assessor.standard().assess(SeedPlans.derbyshire(),
            SeedPlans.DERBYSHIRE_AS_OF);

    @Test
    void assessingNoPlanOrRecommendationNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Assessor.standard().assess((ActionPlan) null,
                SeedPlans.DERBYSHIRE_AS_OF)).withMessage("plan");
        assertThatNullPointerException().isThrownBy(() -> Assessor.standard().assess((Recommendation) null,
                SeedPlans.DERBYSHIRE_AS_OF)).withMessage("recommendation");
    }

    @Test
    void comparingWithNoSnapshotNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> SnapshotComparison.between(null, ASSESSED))
                .withMessage("before");
        assertThatNullPointerException().isThrownBy(() -> SnapshotComparison.between(ASSESSED, null))
                .withMessage("after");
    }

    @Test
    void askingTheRegistryForNoFormatNamesTheParameter() {
        ReportRenderers registry = ReportRenderers.of();
        Report report = ReportTemplates.summary().build(ASSESSED);

        assertThatNullPointerException().isThrownBy(() -> registry.find(null)).withMessage("format");
        assertThatNullPointerException().isThrownBy(() -> registry.require(null)).withMessage("format");
        assertThatNullPointerException().isThrownBy(() -> registry.render(report, null, RenderOptions.defaults(),
                new ByteArrayOutputStream())).withMessage("format");
        assertThatNullPointerException().isThrownBy(() -> registry.render(report, null, RenderOptions.defaults(),
                Path.of("report.pdf"))).withMessage("format");
        assertThatNullPointerException().isThrownBy(() -> ReportRenderers.render((ReportRenderer) null, report,
                RenderOptions.defaults(), new ByteArrayOutputStream())).withMessage("renderer");
    }

    @Test
    void aTimescaleOrAReportingPeriodOfNoDateNamesTheParameter() {
        // Run 84 #8: the JVM's "Cannot invoke LocalDate.getYear()".
        assertThatNullPointerException().isThrownBy(() -> Timescale.of(null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> ReportingPeriod.containing(null)).withMessage("date");
    }

    @Test
    void readingOrWritingNoFileNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> PlanJson.read((Path) null)).withMessage("file");
        assertThatNullPointerException().isThrownBy(() -> PlanJson.fromJson(null)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> PlanJson.reader().read((Path) null)).withMessage("file");
        assertThatNullPointerException().isThrownBy(() -> PlanJson.reader().read((String) null))
                .withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> PlanJson.write(SeedPlans.derbyshire(), (Path) null))
                .withMessage("file");
    }
}
