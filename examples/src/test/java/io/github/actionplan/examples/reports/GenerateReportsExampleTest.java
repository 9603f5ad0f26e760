package io.github.actionplan.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.examples.StandardOutput;
import io.github.actionplan.report.spi.RendererNotFoundException;
import io.github.actionplan.report.spi.ReportRenderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example writes PDF and XLSX through the registry. Whether it can depends on which renderer
 * modules are on the class path, so the test asks the registry first: with both renderers it
 * checks the files, without one it checks the registry's message naming the module to add.
 */
class GenerateReportsExampleTest {

    @TempDir
    Path folder;

    @Test
    void writesTheSummaryReportAsPdfAndXlsxOrNamesTheMissingModule() throws Exception {
        ReportRenderers renderers = ReportRenderers.load();
        Optional<String> missing = GenerateReportsExample.FORMATS.stream()
                .filter(format -> renderers.find(format).isEmpty())
                .findFirst();

        if (missing.isPresent()) {
            assertThatThrownBy(() -> GenerateReportsExample.run(folder))
                    .isInstanceOf(RendererNotFoundException.class)
                    .hasMessage("No report renderer for format '" + missing.get() + "'. Available formats: "
                            + renderers.formatsListed() + ". Add actionplan-report-" + missing.get()
                            + " to the runtime class path or module path, or register a renderer with"
                            + " ReportRenderers.of(...).");
            try (var files = Files.list(folder)) {
                assertThat(files).as("nothing is written when a renderer is missing").isEmpty();
            }
            return;
        }

        Path pdf = folder.resolve("derbyshire-summary.pdf");
        Path xlsx = folder.resolve("derbyshire-summary.xlsx");
        String output = StandardOutput.of(() -> GenerateReportsExample.main(new String[] {folder.toString()}));

        assertThat(output.lines()).containsExactly(pdf.toString(), xlsx.toString());
        assertThat(Arrays.copyOf(Files.readAllBytes(pdf), 5)).isEqualTo("%PDF-".getBytes());
        assertThat(Arrays.copyOf(Files.readAllBytes(xlsx), 4)).isEqualTo(new byte[] {'P', 'K', 3, 4});
    }
}
