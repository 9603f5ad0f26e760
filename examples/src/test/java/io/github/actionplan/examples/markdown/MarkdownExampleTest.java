package io.github.actionplan.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.examples.StandardOutput;
import io.github.actionplan.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

class MarkdownExampleTest {

    @Test
    void theRegistryFindsTheMarkdownPluginThroughItsServicesFile() {
        ReportRenderers renderers = ReportRenderers.load();

        assertThat(renderers.formats()).contains("md");
        assertThat(renderers.require("md")).isInstanceOf(MarkdownReportRenderer.class);
        assertThat(renderers.require("md").mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void printsMerseysidesExceptionsReportAsMarkdown() throws Exception {
        String output = StandardOutput.of(() -> MarkdownExample.main(new String[0]));

        assertThat(output).startsWith("""
                # Exceptions: Draft HMICFRS Report 2023 Action Plan

                Merseyside Fire and Rescue Service, April-June 2025 update, as of 30 June 2025

                **Key facts**

                | Fact | Detail |
                | --- | --- |
                | Organisation | Merseyside Fire and Rescue Service |
                """);
        assertThat(output.lines()).contains(
                "| Ref | Recommendation | Responsible function | Due date | Overall % | Status | Reason |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                "| 5 | The service should review how effective its policy on bullying, harassment and discrimination is"
                        + " in reducing unacceptable behaviour towards its staff. | People and Organisational Development"
                        + " | 30 Nov 2024 | Not reported | Off track | due date 30 Nov 2024 passed 212 days before"
                        + " 30 Jun 2025, with no progress reported |",
                "| Red | Off track | Not complete and the due date has passed |");
    }
}
