package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.ProviderFailure;
import io.github.actionplan.report.spi.RendererNotFoundException;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.validation.InvalidPlanException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code actionplan render PLAN.json}: writes the plan's reports in every format asked for. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a plan's reports in each format asked for.", "",
                "Writes DIR/<plan file name without .json>-<report>.<ext> for each report and format and prints"
                        + " each path written. Shows progress on standard error when the plan has more than "
                        + ActionPlanCommand.LARGE_PLAN + " recommendations. A renderer that failed to load is a"
                        + " warning; asked for by name, it is a failure (exit 1) that says why. A format asked for"
                        + " that no renderer provides is a usage error (exit 2); no renderer at all, with no format"
                        + " asked for, is a failure (exit 1)."})
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan to render.")
    Path plan;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, YYYY-MM-DD. Default: the plan's asOf, else today.")
    LocalDate asOf;

    @Option(names = "--report", paramLabel = "REPORT", split = ",", defaultValue = "all",
            description = "summary, action-plan, exceptions or all, or a comma-separated list. Default: all.")
    List<String> reports;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all",
            description = "A format on the class path (see 'actionplan formats'), a comma-separated list, or all."
                    + " Default: all formats found.")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "The folder to write into; made if missing. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Mixin
    AssessmentOptions assessment;

    @Override
    public Integer call() throws InvalidPlanException {
        List<String> reportNames = checkedReports(spec, reports);
        List<ReportRenderer> renderers = renderers(spec, root.renderers(), formats);
        PlanReader.Result read = PlanFiles.read(plan);
        String name = Rendering.baseName(String.valueOf(plan.getFileName()));
        LocalDate date = asOf != null ? asOf : read.plan().asOf().orElseGet(root::today);
        Rendering.render(read, plan.toString(), name, assessment.assessor(), date, reportNames, renderers, out,
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return ActionPlanCommand.EXIT_OK;
    }

    /** The report names asked for, checked; an unknown one is a usage error. */
    static List<String> checkedReports(CommandSpec spec, List<String> asked) {
        for (String report : asked) {
            if (!report.equals("all") && !ReportTemplates.NAMES.contains(report)) {
                throw new ParameterException(spec.commandLine(), "Unknown report '" + report
                        + "' for option '--report': choose from " + String.join(", ", ReportTemplates.NAMES)
                        + " or all");
            }
        }
        return Rendering.reports(asked);
    }

    /**
     * The renderers for the formats asked for. A renderer that failed to load is a warning on
     * standard error. A format asked for with no renderer is a failure that explains each renderer
     * that failed to load, where one did (it may be the one asked for), else a usage error with the
     * registry's message; no renderers at all, with none asked for by name, is a failure.
     */
    static List<ReportRenderer> renderers(CommandSpec spec, ReportRenderers registry, List<String> asked) {
        if (asked.contains("all")) {
            RendererProblems.warn(registry, spec.commandLine().getErr());
            if (registry.renderers().isEmpty()) {
                throw CliException.failure(ActionPlanCommand.NO_RENDERERS);
            }
            return registry.renderers();
        }
        Set<ReportRenderer> renderers = new LinkedHashSet<>();
        for (String format : asked) {
            try {
                renderers.add(registry.require(format));
            } catch (RendererNotFoundException e) {
                if (registry.failures().isEmpty()) {
                    throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, format);
                }
                throw notLoaded(e, registry);
            }
        }
        RendererProblems.warn(registry, spec.commandLine().getErr());
        return new ArrayList<>(renderers);
    }

    /** A format asked for is missing while renderers failed to load: each failure with its causes, exit 1. */
    private static CliException notLoaded(RendererNotFoundException e, ReportRenderers registry) {
        List<String> lines = new ArrayList<>();
        lines.add(e.getMessage());
        registry.failures().forEach(failure -> lines.addAll(RendererProblems.describe(failure)));
        registry.failures().stream().map(ProviderFailure::cause).filter(cause -> cause != e.getCause())
                .forEach(e::addSuppressed);
        return new CliException(ActionPlanCommand.EXIT_FAILURE, lines, e);
    }
}
