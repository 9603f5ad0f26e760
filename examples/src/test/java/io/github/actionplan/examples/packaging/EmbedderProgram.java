package io.github.actionplan.examples.packaging;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.ProviderFailure;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.workbook.UpdateWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An embedder's program, run by {@link EmbedderJvmTest} in a JVM of its own: renders a plan's
 * summary in every format the registry finds and writes its update workbook, printing one line per
 * output, {@code name module bytes}, and one {@code failed class cause} line per renderer that
 * failed to load. One class with no nested classes, so the test can copy it alone.
 */
public final class EmbedderProgram {

    private EmbedderProgram() {}

    /** {@code args}: the plan's JSON file and the reporting date. */
    public static void main(String[] args) throws IOException {
        ActionPlan plan = PlanJson.read(Path.of(args[0]));
        LocalDate asOf = LocalDate.parse(args[1]);
        Report report = ReportTemplates.summary().build(Assessor.standard().assess(plan, asOf));
        ReportRenderers renderers = ReportRenderers.load();
        System.out.println("core " + module(ReportRenderers.class) + " 0");
        for (ProviderFailure failure : renderers.failures()) {
            System.out.println("failed " + failure.className() + " " + failure.cause());
        }
        for (ReportRenderer renderer : renderers.renderers()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportRenderers.render(renderer, report, RenderOptions.defaults(), out);
            System.out.println(renderer.format() + " " + module(renderer.getClass()) + " " + out.size());
        }
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        UpdateWorkbook.of(plan, ReportingPeriod.containing(asOf)).write(workbook);
        System.out.println("workbook " + module(UpdateWorkbook.class) + " " + workbook.size());
    }

    /** The module's name, "automatic:" before it for an automatic module; "unnamed" on the class path. */
    private static String module(Class<?> type) {
        Module module = type.getModule();
        if (!module.isNamed()) {
            return "unnamed";
        }
        return (module.getDescriptor().isAutomatic() ? "automatic:" : "") + module.getName();
    }
}
