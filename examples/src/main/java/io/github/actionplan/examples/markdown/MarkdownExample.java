package io.github.actionplan.examples.markdown;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Example 3, a new output format as a plugin, in use: {@link MarkdownReportRenderer} is listed in
 * this module's {@code META-INF/services/io.github.actionplan.report.spi.ReportRenderer}, so the
 * registry finds it by its format, {@code "md"}, like any built-in format. This prints the
 * exceptions report of Merseyside's action plan as Markdown.
 *
 * <p>Run it with {@code java -cp examples/target/actionplan.jar
 * io.github.actionplan.examples.markdown.MarkdownExample}.
 */
public final class MarkdownExample {

    private MarkdownExample() {}

    /** Prints the report to standard output. */
    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    static void run(OutputStream out) throws IOException {
        ActionPlan plan;
        try (InputStream in = MarkdownExample.class.getResourceAsStream("/plans/merseyside-2025-q1.json")) {
            plan = PlanJson.reader().read(in, "merseyside-2025-q1.json").plan();
        }
        Report report = ReportTemplates.exceptions().build(Assessor.standard().assess(plan, plan.asOf().orElseThrow()));

        // Found through META-INF/services. ReportRenderers.of(new MarkdownReportRenderer()) would
        // register it explicitly instead, scanning nothing.
        ReportRenderers renderers = ReportRenderers.load();
        // The renderer flushes the stream but never closes it: System.out stays usable.
        renderers.render(report, MarkdownReportRenderer.FORMAT, RenderOptions.defaults(), out);
    }
}
