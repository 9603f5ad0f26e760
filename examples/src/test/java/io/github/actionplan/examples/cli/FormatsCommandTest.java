package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.examples.markdown.MarkdownReportRenderer;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsCommandTest {

    @Test
    void listsEachFormatWithItsMediaTypeAndClass() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "formats");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "md  text/markdown  io.github.actionplan.examples.markdown.MarkdownReportRenderer  classes/");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void listsEveryRendererOnTheClassPathIncludingTheMarkdownPlugin() {
        ReportRenderers onClassPath = ReportRenderers.load();

        Cli.Result result = Cli.run("formats");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(onClassPath.formats().size());
        for (ReportRenderer renderer : onClassPath.renderers()) {
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line)
                    .matches(renderer.format() + " +" + renderer.mediaType().replace("+", "\\+") + " +"
                            + renderer.getClass().getName().replace("$", "\\$") + " +"
                            + ReportRenderers.location(renderer).replace(".", "\\.")));
        }
        assertThat(result.out()).contains(MarkdownReportRenderer.class.getName());
    }

    @Test
    void saysSoInOneLineAndExitsOneWhenThereIsNoRenderer() {
        Cli.Result result = Cli.run(ReportRenderers::of, "formats");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(ActionPlanCommand.NO_RENDERERS);
    }

    @Test
    void listsTheFormatsThatWorkNamesARendererThatFailedToLoadAndExitsOne(@TempDir Path folder) throws IOException {
        Path services = folder.resolve("META-INF/services/io.github.actionplan.report.spi.ReportRenderer");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.MissingRenderer\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
                getClass().getClassLoader())) {
            Cli.Result result = Cli.run(() -> ReportRenderers.load(loader), "formats");

            // A CI job checking that its plugins are installed tells a plugin that cannot be used by the exit code.
            assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line).matches("md +text/markdown +"
                    + MarkdownReportRenderer.class.getName() + " +classes/"));
            assertThat(result.errLines()).first().asString()
                    .isEqualTo("Report renderer com.example.MissingRenderer (listed in "
                            + folder.getFileName() + "/) is not found: no jar on the class path, module path or plugin"
                            + " folder has that class. Correct its name in META-INF/services/"
                            + "io.github.actionplan.report.spi.ReportRenderer, or add the jar that holds it.");
        }
    }

    @Test
    void twoRenderersClaimingOneFormatIsAFailureNamingBoth() {
        Cli.Result result = Cli.run(() -> ReportRenderers.of(new MarkdownReportRenderer(), new MarkdownReportRenderer()),
                "formats");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("Two of the report renderers given claim the format 'md': "
                        + "io.github.actionplan.examples.markdown.MarkdownReportRenderer");
    }
}
