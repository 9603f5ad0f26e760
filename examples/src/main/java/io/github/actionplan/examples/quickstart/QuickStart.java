package io.github.actionplan.examples.quickstart;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The README's quick start, exactly: the lines between {@code README:begin} and
 * {@code README:end} are the README's Java block, and a test keeps the two the same.
 */
public final class QuickStart {

    private QuickStart() {}

    /** Reads the plan given (default: Derbyshire's, from the repository root) and writes to {@code reports/}. */
    public static void main(String[] args) throws IOException {
        Path planFile = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/plans/derbyshire-2023-11-01.json");
        run(planFile, Path.of(args.length > 1 ? args[1] : "reports"));
    }

    static void run(Path planFile, Path folder) throws IOException {
        // README:begin
        ActionPlan plan = PlanJson.read(planFile);                      // strict: every problem, with its JSON path
        LocalDate asOf = LocalDate.of(2023, 11, 1);                     // status is always "as of" a date

        PlanAssessment assessment = Assessor.standard().assess(plan, asOf);  // the rule decides, once
        PlanSummary summary = PlanSummary.of(assessment);
        System.out.println(summary.counts().count(Status.OFF_TRACK) + " off track");   // 15 off track
        summary.overdue().forEach(item -> System.out.println(
                item.assessment().recommendation().ref() + ": " + item.assessment().reason()));
        // Rec 17: deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%

        Report report = ReportTemplates.summary().build(assessment);    // the same statuses, and their key
        ReportRenderers renderers = ReportRenderers.load();             // the formats on the class path
        for (String format : renderers.formats()) {
            renderers.render(report, format, RenderOptions.defaults(), folder.resolve("summary." + format));
        }
        // README:end
    }
}
