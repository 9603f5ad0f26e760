package io.github.actionplan.examples.reports;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.RendererNotFoundException;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 2, generating reports from code: load a plan, build the summary report at its reporting
 * date, and write it as PDF and XLSX into a folder through the renderer registry.
 *
 * <p>The renderers are plugins: this code names formats, never renderer classes, and
 * {@link ReportRenderers#load()} finds whichever are on the class path
 * ({@code actionplan-report-pdf}, {@code actionplan-report-xlsx}).
 *
 * <p>Run it with {@code java -cp examples/target/actionplan.jar
 * io.github.actionplan.examples.reports.GenerateReportsExample [FOLDER]}; the folder defaults to
 * {@code reports/example}.
 */
public final class GenerateReportsExample {

    /** The formats this example writes. */
    static final List<String> FORMATS = List.of("pdf", "xlsx");

    private GenerateReportsExample() {}

    /** Writes the reports into the folder given, or {@code reports/example}, and prints each path. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "reports/example");
        try {
            for (Path file : run(folder)) {
                System.out.println(file);
            }
        } catch (RendererNotFoundException e) {
            // Says which formats there are and which module to add.
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Renders Derbyshire's summary report to {@code folder/derbyshire-summary.pdf} and {@code .xlsx}.
     *
     * @throws RendererNotFoundException before writing anything, if a format's renderer is not on
     *         the class path
     */
    static List<Path> run(Path folder) throws IOException {
        // 1. Load a plan. A file is PlanJson.read(Path.of("plan.json")); this one is bundled. An invalid
        //    plan throws InvalidPlanException listing every problem, with JSON path, line and column.
        ActionPlan plan;
        try (InputStream in = GenerateReportsExample.class.getResourceAsStream("/plans/derbyshire-2023-11-01.json")) {
            PlanReader.Result read = PlanJson.reader().read(in, "derbyshire-2023-11-01.json");
            plan = read.plan();
        }

        // 2. Assess the plan with a rule, then build the report from that assessment: every status,
        //    figure, label and the key's wording are decided here, in core, once for all formats.
        LocalDate asOf = plan.asOf().orElseThrow();
        PlanAssessment assessment = Assessor.standard().assess(plan, asOf);
        Report report = ReportTemplates.summary().build(assessment);

        // 3. Find the renderers. require() fails fast, before any file is written, naming the module to add.
        ReportRenderers renderers = ReportRenderers.load();
        List<ReportRenderer> wanted = new ArrayList<>();
        for (String format : FORMATS) {
            wanted.add(renderers.require(format));
        }

        // 4. Render. Each file is written to a temporary file and moved into place, so a failure
        //    never leaves half a report. To write to a stream (an HTTP response, say), use
        //    renderers.render(report, "pdf", options, outputStream).
        RenderOptions options = RenderOptions.defaults(); // A4, the title as running header, no logo
        List<Path> files = new ArrayList<>();
        for (ReportRenderer renderer : wanted) {
            Path file = folder.resolve("derbyshire-summary." + renderer.fileExtension());
            files.add(ReportRenderers.render(renderer, report, options, file));
        }
        return files;
    }
}
