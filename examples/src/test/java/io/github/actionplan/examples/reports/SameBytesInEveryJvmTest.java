package io.github.actionplan.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report of both seed plans, in every format on the class path, is the same bytes in a JVM
 * whose default locale is Turkish (whose "i" upper-cases to a dotted capital), whose time zone is
 * fourteen hours ahead of UTC and whose default charset is ISO-8859-1, as in this one: nothing a
 * renderer or core writes may follow the machine's defaults.
 */
class SameBytesInEveryJvmTest {

    private static final List<String> SEEDS = List.of("derbyshire-2023-11-01.json", "merseyside-2025-q1.json");

    private static final List<String> HOSTILE_DEFAULTS = List.of("-Duser.language=tr", "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1");

    @TempDir
    Path folder;

    @Test
    void everyReportInEveryFormatIsTheSameBytesUnderATurkishLocaleAnotherTimeZoneAndLatin1() throws Exception {
        Path here = folder.resolve("default");
        Path there = folder.resolve("hostile");
        List<String> written = renderAll(here);

        Process process = forkedJvm(there).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the forked JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(written).as("every seed, report and format").hasSize(
                SEEDS.size() * ReportTemplates.NAMES.size() * ReportRenderers.load().formats().size());
        try (Stream<Path> files = Files.list(there)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(written.stream().sorted().toList());
        }
        List<String> differ = new ArrayList<>();
        for (String name : written) {
            if (!Arrays.equals(Files.readAllBytes(there.resolve(name)), Files.readAllBytes(here.resolve(name)))) {
                differ.add(name);
            }
        }
        assertThat(differ).as("files whose bytes differ").isEmpty();
    }

    /** This test's class path, run with the hostile defaults on {@link #main}. */
    private static ProcessBuilder forkedJvm(Path folder) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HOSTILE_DEFAULTS);
        command.add("-Dlog4j2.statusLoggerLevel=OFF");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SameBytesInEveryJvmTest.class.getName());
        command.add(folder.toString());
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Renders every seed's reports in every format into the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        renderAll(Path.of(args[0]));
    }

    /** Writes every report of every seed in every format into {@code folder}; the names of the files. */
    private static List<String> renderAll(Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        for (String seed : SEEDS) {
            ActionPlan plan;
            try (InputStream in = SameBytesInEveryJvmTest.class.getResourceAsStream("/plans/" + seed)) {
                plan = PlanJson.reader().read(in, seed).plan();
            }
            for (String template : ReportTemplates.NAMES) {
                Report report = ReportTemplates.named(template).orElseThrow().build(Assessor.standard().assess(plan, plan.asOf().orElseThrow()));
                for (ReportRenderer renderer : ReportRenderers.load().renderers()) {
                    String name = seed.replace(".json", "") + "-" + template + "." + renderer.fileExtension();
                    ReportRenderers.render(renderer, report, RenderOptions.defaults(), folder.resolve(name));
                    written.add(name);
                }
            }
        }
        return written;
    }
}
