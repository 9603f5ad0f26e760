package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.examples.reports.GenerateReportsExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No log lines from dependencies on the console: the command line is quiet by itself, and an
 * embedder's program is quiet with the setting the README gives. Each case runs in a JVM of its
 * own, started with nothing but the test class path, so no setting of the test run leaks in.
 */
class QuietConsoleTest {

    @TempDir
    Path folder;

    @Test
    void theCommandLineRendersEveryFormatWithNothingOnStandardError() throws Exception {
        Run run = java(List.of(), ActionPlanCommand.class, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--report", "summary", "--out", folder.resolve("reports").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmbeddersProgramShowsPoisLog4jNoticeUnlessTheReadmesSettingIsGiven() throws Exception {
        Run plain = java(List.of(), GenerateReportsExample.class, folder.resolve("plain").toString());
        Run quiet = java(List.of("-Dlog4j2.statusLoggerLevel=OFF"), GenerateReportsExample.class,
                folder.resolve("quiet").toString());

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.err()).contains("Log4j API could not find a logging provider");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run java(List<String> options, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(options);
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
