package io.github.actionplan.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.testkit.RendererContractTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Why the contract test reads the Markdown with {@link MarkdownText} and not as written: the
 * hostile plan's Markdown look-alikes, written by a renderer that escapes nothing, are all still
 * in the Markdown as written, and the kit finds them there; read as a viewer shows them, they are
 * gone, and the kit fails the renderer.
 */
class UnescapedMarkdownTest {

    @Test
    void theKitFailsARendererThatEscapesNothingWhereItsTestReadsTheMarkdownAsAViewerShowsIt() {
        TestExecutionSummary summary = run(ReadAsShown.class);

        assertThat(failures(summary)).anyMatch(failure -> failure.startsWith("hostile-action-plan: string"));
    }

    @Test
    void readAsWrittenTheHostilePlanPassesAndOnlyTheKitsCheckOfTheExtractorFails() {
        TestExecutionSummary summary = run(ReadAsWritten.class);

        assertThat(failures(summary)).noneMatch(failure -> failure.startsWith("hostile-action-plan: string"))
                .anyMatch(failure -> failure.startsWith("extractText returns the output's bytes as they are written"));
    }

    private static TestExecutionSummary run(Class<?> contractTest) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contractTest)).build(),
                        listener);
        return listener.getSummary();
    }

    /**
     * The messages of the checks that failed, but the registry's: the renderer is not registered, as
     * it would be in a plugin of its own.
     */
    private static List<String> failures(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .filter(failure -> !failure.getTestIdentifier().getDisplayName().startsWith("theRegistryFinds"))
                .map(failure -> String.valueOf(failure.getException().getMessage())).toList();
    }

    /**
     * The Markdown renderer with every backslash escape taken out again and line breaks written as
     * they are: a renderer that escapes nothing.
     */
    public static final class Unescaped implements ReportRenderer {
        @Override
        public String format() {
            return MarkdownReportRenderer.FORMAT;
        }

        @Override
        public String mediaType() {
            return "text/markdown";
        }

        @Override
        public String fileExtension() {
            return "md";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            ByteArrayOutputStream escaped = new ByteArrayOutputStream();
            new MarkdownReportRenderer().render(report, options, escaped);
            out.write(escaped.toString(StandardCharsets.UTF_8).replaceAll("\\\\(\\p{Punct})", "$1")
                    .replace("<br>", "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The kit on the unescaped renderer, its output read as a viewer shows it; run by the tests above only. */
    static class ReadAsShown extends RendererContractTest {
        @Override
        protected ReportRenderer renderer() {
            return new Unescaped();
        }

        @Override
        protected String extractText(byte[] output) {
            return MarkdownText.visibleText(new String(output, StandardCharsets.UTF_8));
        }
    }

    /** The kit on the unescaped renderer, its output read as written; run by the tests above only. */
    static class ReadAsWritten extends ReadAsShown {
        @Override
        protected String extractText(byte[] output) {
            return new String(output, StandardCharsets.UTF_8);
        }
    }
}
