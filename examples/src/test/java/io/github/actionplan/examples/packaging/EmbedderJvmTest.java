package io.github.actionplan.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder's program, {@link EmbedderProgram}, run as a plain {@code java} process with the
 * jars Maven built and their runtime dependencies, nothing of the test run: once with them on the
 * module path, where the renderers are found through their {@code provides} and core's
 * {@code uses}, and once on the class path, through {@code META-INF/services}. Each time every
 * format renders, the workbook is written, and nothing but the program's own lines reaches the
 * console: no "Log4j API could not find a logging provider" from POI's logging (Surefire's quiet
 * Log4j status logger does not reach the child).
 */
class EmbedderJvmTest {

    private static final String[] PLAN = {"derbyshire-2023-11-01.json", "2023-11-01"};
    private static final List<String> OUTPUTS = List.of("core", "docx", "html", "pdf", "xlsx", "workbook");
    /** A line of the program's: output, module, bytes. Log4j's status logger also writes to standard output. */
    private static final Pattern PROGRAM_LINE = Pattern.compile("[a-z]+ [\\w.:]+ \\d+");

    @TempDir
    static Path program;

    private static String runtimeClasspath;
    private static Path plan;

    @BeforeAll
    static void copyTheProgramAlone() throws IOException, URISyntaxException {
        // A folder holding only the program: the test classes beside it list renderers of their own.
        String file = EmbedderProgram.class.getName().replace('.', '/') + ".class";
        Path copy = program.resolve(file);
        Files.createDirectories(copy.getParent());
        try (InputStream in = EmbedderProgram.class.getResourceAsStream("/" + file)) {
            Files.copy(in, copy);
        }
        Path list = Path.of(System.getProperty("actionplan.runtimeClasspath", "target/runtime-classpath.txt"));
        assertThat(list).as("written by maven-dependency-plugin:build-classpath; run the tests with Maven").exists();
        runtimeClasspath = Files.readString(list).strip();
        plan = Path.of(EmbedderJvmTest.class.getResource("/plans/" + PLAN[0]).toURI());
    }

    @Test
    void onTheModulePathCoreFindsEveryRendererModuleAndNothingIsPrintedOnStandardError() throws Exception {
        Run run = java("--module-path", runtimeClasspath,
                // What an application that requires core and workbook resolves; the renderers come
                // in through service binding alone.
                "--add-modules", "io.github.actionplan.core,io.github.actionplan.workbook",
                "-cp", program.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).as("standard output").allMatch(line -> PROGRAM_LINE.matcher(line).matches());
        assertThat(run.modules()).containsExactlyEntriesOf(orderedMap(
                "core", "io.github.actionplan.core",
                "docx", "io.github.actionplan.report.docx",
                "html", "io.github.actionplan.report.html",
                "pdf", "io.github.actionplan.report.pdf",
                "xlsx", "io.github.actionplan.report.xlsx",
                "workbook", "io.github.actionplan.workbook"));
        assertThat(run.sizes()).allSatisfy((output, bytes) -> assertThat(bytes).as(output).isPositive());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void onTheClassPathEveryRendererIsFoundThroughMetaInfServicesAndNothingIsPrintedOnStandardError()
            throws Exception {
        Run run = java("-cp", runtimeClasspath + java.io.File.pathSeparator + program);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).as("standard output").allMatch(line -> PROGRAM_LINE.matcher(line).matches());
        assertThat(run.modules().keySet()).containsExactlyElementsOf(OUTPUTS);
        assertThat(run.modules().values()).containsOnly("unnamed");
        assertThat(run.sizes()).allSatisfy((output, bytes) -> assertThat(bytes).as(output).isPositive());
        assertThat(run.err()).isEmpty();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The program's outputs in the order printed, each to its module, and to its size in bytes. */
    private record Run(int exitCode, List<String> lines, String err) {
        Map<String, String> modules() {
            Map<String, String> modules = new LinkedHashMap<>();
            lines.forEach(line -> modules.put(line.split(" ")[0], line.split(" ")[1]));
            return modules;
        }

        Map<String, Long> sizes() {
            Map<String, Long> sizes = new LinkedHashMap<>();
            lines.stream().filter(line -> !line.startsWith("core ")).forEach(
                    line -> sizes.put(line.split(" ")[0], Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))));
            return sizes;
        }
    }

    private static Run java(String... options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of(options));
        command.add(EmbedderProgram.class.getName());
        command.add(plan.toString());
        command.add(PLAN[1]);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Read both streams on threads so that neither pipe fills and blocks the child.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the program finished").isTrue();
        return new Run(process.exitValue(), out.get().lines().toList(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
