package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job: both seed plans, every report, every format found. */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void rendersBothSeedPlansToEveryReportInEveryFormatFound() throws IOException {
        ReportRenderers renderers = ReportRenderers.load();
        // The four built-in formats and the Markdown plugin: demo writes HTML beside the others.
        assertThat(renderers.formats()).containsExactly("docx", "html", "md", "pdf", "xlsx");
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("demo", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> expected = new ArrayList<>();
        for (String plan : List.of("derbyshire-2023-11-01", "merseyside-2025-q1")) {
            for (String report : ReportTemplates.NAMES) {
                for (ReportRenderer renderer : renderers.renderers()) {
                    expected.add(out.resolve(plan + "-" + report + "." + renderer.fileExtension()).toString());
                }
            }
        }
        int files = expected.size();
        expected.add("Wrote " + files + " files to " + out + ": 2 plans, 4 reports (summary, action-plan, exceptions, owners), "
                + renderers.formats().size() + (renderers.formats().size() == 1 ? " format (" : " formats (")
                + String.join(", ", renderers.formats()) + ").");
        assertThat(result.outLines()).containsExactlyElementsOf(expected);
        for (String file : expected.subList(0, files)) {
            assertThat(Path.of(file)).isNotEmptyFile();
        }
    }

    @Test
    void rendersEachPlanAtItsOwnReportingDate() {
        Path out = folder.resolve("reports");

        Cli.run(Cli.MARKDOWN_ONLY, "demo", "--out", out.toString());

        assertThat(out.resolve("derbyshire-2023-11-01-summary.md")).content().contains("as of 1 November 2023");
        assertThat(out.resolve("merseyside-2025-q1-action-plan.md")).content().contains("as of 30 June 2025");
    }

    @Test
    void withNoRendererSaysSoInOneLineAndExitsOne() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(ReportRenderers::of, "demo", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(ActionPlanCommand.NO_RENDERERS);
        assertThat(out).doesNotExist();
    }
}
