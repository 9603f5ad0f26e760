package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code actionplan demo}: the main job. Renders both bundled seed plans, at their own reporting
 * dates, to every report in every format on the class path.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renders the bundled seed plans to every report and format.", "",
                "Renders Derbyshire's summary report of 1 November 2023 and Merseyside's April-June 2025 action"
                        + " plan, each at its own reporting date, to every report in every format found, and prints"
                        + " each path written."})
final class DemoCommand implements Callable<Integer> {

    /** The bundled seed plans, as class-path resources. */
    static final List<String> SEED_PLANS = List.of("derbyshire-2023-11-01.json", "merseyside-2025-q1.json");

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "The folder to write into; made if missing. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws InvalidPlanException {
        List<ReportRenderer> renderers = RenderCommand.renderers(spec, root.renderers(), List.of("all"));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Rendering.Batch> batches = new ArrayList<>();
        for (String plan : SEED_PLANS) {
            PlanReader.Result read = PlanFiles.readResource("/plans/" + plan, plan);
            batches.add(Rendering.batch(read, plan, Rendering.baseName(plan), Assessor.standard(),
                    read.plan().asOf().orElseThrow(),
                    ReportTemplates.NAMES, renderers, out, List.of(), stderr));
        }
        // both plans' files at once, so that no processor waits at the end of the first plan
        int files = Rendering.write(batches, stdout, stderr).size();
        stdout.println("Wrote " + files + " files to " + out + ": " + SEED_PLANS.size() + " plans, "
                + ReportTemplates.NAMES.size() + " reports (" + String.join(", ", ReportTemplates.NAMES) + "), "
                + renderers.size() + (renderers.size() == 1 ? " format (" : " formats (") + String.join(", ", renderers.stream().map(ReportRenderer::format).toList())
                + ").");
        return ActionPlanCommand.EXIT_OK;
    }
}
