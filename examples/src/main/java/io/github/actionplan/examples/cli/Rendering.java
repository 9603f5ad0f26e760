package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderException;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Renders one plan to a set of reports and formats in a folder: what {@code render} and {@code demo} share. */
final class Rendering {

    private Rendering() {}

    /**
     * Writes {@code folder/<name>-<report>.<ext>} for each report and renderer, printing each path
     * written to {@code out}, and progress to {@code err} when the plan is large.
     *
     * @param name     the plan file's name without {@code .json}
     * @return the files written
     */
    static List<Path> render(PlanReader.Result read, String source, String name, LocalDate asOf, List<String> reports,
            List<ReportRenderer> renderers, Path folder, PrintWriter out, PrintWriter err) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw CliException.failure(folder + ": is a file, not a folder to write reports into");
        }
        ActionPlan plan = read.plan();
        PlanFiles.printProblems(source, read.warnings(), err);
        RenderOptions options = RenderOptions.builder()
                .warnings(message -> err.println(source + ": warning: " + message))
                .build();
        int files = reports.size() * renderers.size();
        boolean large = plan.recommendations().size() > ActionPlanCommand.LARGE_PLAN;
        if (large) {
            err.println(source + ": " + plan.recommendations().size() + " recommendations; writing " + files
                    + (files == 1 ? " file" : " files"));
        }
        PlanAssessment assessment = Assessor.standard().assess(plan, asOf);
        List<Path> written = new ArrayList<>();
        for (String reportName : reports) {
            Report report = ReportTemplates.named(reportName).orElseThrow().build(assessment);
            for (ReportRenderer renderer : renderers) {
                Path file = folder.resolve(name + "-" + reportName + "." + renderer.fileExtension());
                if (large) {
                    err.println("[" + (written.size() + 1) + "/" + files + "] " + file);
                }
                try {
                    ReportRenderers.render(renderer, report, options, file);
                } catch (RenderException e) {
                    throw CliException.failure(file + ": " + e.getMessage(), e);
                } catch (IOException e) {
                    throw CliException.failure(file + ": cannot be written: " + PlanFiles.describe(e), e);
                }
                out.println(file);
                written.add(file);
            }
        }
        return written;
    }

    /** {@code derbyshire-2023-11-01} for {@code plans/derbyshire-2023-11-01.json}. */
    static String baseName(String fileName) {
        int dot = fileName.length() - ".json".length();
        return dot > 0 && fileName.regionMatches(true, dot, ".json", 0, ".json".length())
                ? fileName.substring(0, dot) : fileName;
    }

    /** The reports {@code --report} names: each of {@link ReportTemplates#NAMES}, or {@code all}. */
    static List<String> reports(List<String> asked) {
        if (asked.contains("all")) {
            return ReportTemplates.NAMES;
        }
        return asked.stream().distinct().toList();
    }
}
