package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No log lines from dependencies on the console: the command line silences the notice Apache POI's
 * Log4j API prints when no Log4j back end is on the class path (the README tells embedders the
 * same setting), and nothing else logs. It runs in a JVM of its own, started with nothing but the
 * test class path, so no setting of the test run (Surefire sets the same property) leaks in.
 */
class QuietConsoleTest {

    @TempDir
    Path folder;

    @Test
    void renderingEveryFormatPrintsThePathsAndNothingOnStandardError() throws Exception {
        Run run = java(ActionPlanCommand.class, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--report", "summary", "--out", folder.resolve("reports").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(3).allMatch(line -> line.endsWith("-summary."
                + line.substring(line.lastIndexOf('.') + 1)));
        assertThat(run.err()).isEmpty();
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run java(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Both streams are small; read them on threads so neither pipe fills and blocks the child.
        var out = new java.util.concurrent.CompletableFuture<String>();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> out.complete(read(process.getInputStream())));
        Thread.ofVirtual().start(() -> err.complete(read(process.getErrorStream())));
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read: " + e + ")";
        }
    }
}
