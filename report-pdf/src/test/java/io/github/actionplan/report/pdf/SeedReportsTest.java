package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real PDF tools read every report of the seed plans (and of the hostile plan): qpdf finds no
 * syntax or stream errors, and pdffonts lists every font as embedded with a Unicode map.
 * Skipped where the tools are not installed; {@code .ci/run} installs qpdf and poppler-utils.
 */
class SeedReportsTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void qpdfFindsNoErrors(String fixture, @TempDir Path folder) throws Exception {
        assumeTrue(onPath("qpdf"), "qpdf is not installed (Debian package qpdf); .ci/run installs it");
        Path pdf = write(fixture, folder);

        Result check = run("qpdf", "--check", pdf.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("No syntax or stream encoding errors found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void pdffontsListsEveryFontEmbeddedWithAUnicodeMap(String fixture, @TempDir Path folder) throws Exception {
        assumeTrue(onPath("pdffonts"), "pdffonts is not installed (Debian package poppler-utils); .ci/run installs it");
        Path pdf = write(fixture, folder);

        Result fonts = run("pdffonts", pdf.toString());

        assertThat(fonts.exitCode()).as(fonts.output()).isZero();
        List<String> lines = fonts.output().lines().toList();
        assertThat(lines.get(0)).startsWith("name").contains("emb", "sub", "uni");
        List<String> rows = lines.subList(2, lines.size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            // name, type (two words), encoding, emb, sub, uni, object number, generation
            String[] columns = row.trim().split("\\s+");
            int n = columns.length;
            assertThat(columns[n - 5]).as("emb in: %s", row).isEqualTo("yes");
            assertThat(columns[n - 4]).as("sub in: %s", row).isEqualTo("yes");
            assertThat(columns[n - 3]).as("uni in: %s", row).isEqualTo("yes");
        });
    }

    private static Path write(String fixture, Path folder) throws IOException {
        Path pdf = folder.resolve(fixture + ".pdf");
        Files.write(pdf, Pdfs.render(ContractFixtures.reports().get(fixture)).bytes());
        return pdf;
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}
