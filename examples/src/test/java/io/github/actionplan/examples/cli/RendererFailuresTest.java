package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renderer plugin that fails to load, or a format two plugins claim, is reported, never silently missing. */
class RendererFailuresTest {

    private static final String NO_FONT = BrokenRenderers.NoFontRenderer.class.getName();

    /** The class and its jar, what it threw, the rule and the fix. */
    private static final String NO_FONT_FAILED = "Report renderer " + NO_FONT + " (test-classes/) failed"
            + " in its constructor: java.lang.IllegalStateException: no fonts installed. A"
            + " renderer's constructor does nothing that can fail, or the renderer is missing and its format unknown:"
            + " load fonts, templates and the like at the first render (and keep them), or catch the failure and"
            + " report it there.";

    @TempDir
    Path folder;

    @Test
    void aRendererThatFailsToLoadIsAWarningWhenRenderingTheDefaultFormats() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"), BrokenRenderers.NoFontRenderer.class)) {
            Cli.Result result = Cli.run(() -> ReportRenderers.load(loader), "render",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--report", "summary", "--out",
                    folder.resolve("reports").toString());

            assertThat(result.exitCode()).isZero();
            assertThat(result.errLines()).startsWith("warning: " + NO_FONT_FAILED,
                    "  caused by: java.io.FileNotFoundException: fonts/DejaVuSans.ttf");
            assertThat(result.outLines()).isNotEmpty();
        }
    }

    @Test
    void aRendererThatFailsToLoadIsAnErrorWithItsRootCauseWhenItsFormatIsAskedFor() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"), BrokenRenderers.NoFontRenderer.class)) {
            Path reports = folder.resolve("reports");
            Cli.Result result = Cli.run(() -> ReportRenderers.load(loader), "render",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--format", "odt", "--out", reports.toString());

            assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).hasSize(3);
            assertThat(result.errLines().get(0)).startsWith("No report renderer for format 'odt'. Available formats: ")
                    .endsWith(". It may be a renderer that failed to load, below; else put the jar of a renderer plugin"
                            + " for it in a folder and give the folder with --plugins DIR, or set ACTIONPLAN_PLUGINS"
                            + " to it.");
            assertThat(result.errLines()).endsWith(NO_FONT_FAILED,
                    "  caused by: java.io.FileNotFoundException: fonts/DejaVuSans.ttf");
            assertThat(reports).doesNotExist();
        }
    }

    @Test
    void formatsListsTheOthersNamesARendererThatCannotBeMadeWithItsCauseAndExitsOne() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"),
                BrokenRenderers.NoFontRenderer.class)) {
            Cli.Result result = Cli.run(() -> ReportRenderers.load(loader), "formats");

            assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(result.outLines()).anyMatch(line -> line.startsWith("md "));
            assertThat(result.errLines()).containsExactly(NO_FONT_FAILED,
                    "  caused by: java.io.FileNotFoundException: fonts/DejaVuSans.ttf");
        }
    }

    @Test
    void withVerboseTheFailedRenderersStackIsPrinted() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"), BrokenRenderers.NoFontRenderer.class)) {
            Cli.Result result = Cli.run(() -> ReportRenderers.load(loader), "render", "--verbose",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--format", "odt", "--out", folder.toString());

            assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(result.err()).contains("Caused by: java.lang.IllegalStateException: no fonts installed",
                    "Caused by: java.io.FileNotFoundException: fonts/DejaVuSans.ttf",
                    "at " + NO_FONT + ".<init>");
        }
    }

    @Test
    void twoRenderersClaimingOneFormatBlockOnlyThatFormatAndFormatsSaysSo() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"),
                BrokenRenderers.SecondMarkdownRenderer.class)) {
            Cli.Result formats = Cli.run(() -> ReportRenderers.load(loader), "formats");

            assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(formats.outLines()).noneMatch(line -> line.startsWith("md "));
            assertThat(formats.outLines()).anyMatch(line -> line.startsWith("pdf "));
            assertThat(formats.errLines()).singleElement().asString()
                    .startsWith("format 'md' is not available: Two report renderers claim the format 'md': ")
                    .contains(BrokenRenderers.SecondMarkdownRenderer.class.getName());

            Cli.Result render = Cli.run(() -> ReportRenderers.load(loader), "render",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--report", "summary", "--format", "pdf",
                    "--out", folder.resolve("reports").toString());
            assertThat(render.exitCode()).isZero();
            assertThat(Files.exists(folder.resolve("reports/merseyside-2025-q1-summary.pdf"))).isTrue();

            Cli.Result md = Cli.run(() -> ReportRenderers.load(loader), "render",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--format", "md", "--out", folder.toString());
            assertThat(md.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(md.errLines()).hasSize(2);
            assertThat(md.errLines().get(0)).startsWith("No report renderer for format 'md'. Available formats: ")
                    .doesNotContain("[").endsWith(".");
            assertThat(md.errLines().get(1))
                    .startsWith("format 'md' is not available: Two report renderers claim the format 'md': ");
        }
    }

    @Test
    void renderingAFormatThatTwoRenderersClaimPrintsTheCauseOnce() throws IOException {
        try (URLClassLoader loader = BrokenRenderers.listing(folder.resolve("plugin"),
                BrokenRenderers.SecondMarkdownRenderer.class)) {
            Cli.Result md = Cli.run(() -> ReportRenderers.load(loader), "render",
                    Cli.seed(folder, "merseyside-2025-q1.json"), "--format", "md", "--out", folder.toString());

            assertThat(md.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(md.err().split("Two report renderers claim the format 'md'", -1)).hasSize(2);
        }
    }
}
