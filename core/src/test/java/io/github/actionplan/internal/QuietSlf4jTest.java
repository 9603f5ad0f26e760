package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What an embedder's program hears of SLF4J, which the JSON Schema validator logs through, asked in a
 * JVM of its own (SLF4J binds once per JVM) with this module's test class path and none of Surefire's
 * settings: with no provider, nothing, and SLF4J's properties as they were; with a provider, that one,
 * and no word about several providers.
 */
class QuietSlf4jTest {

    /**
     * Reads a seed plan and a plan that is not valid (only such a plan loads the validator), then prints SLF4J's
     * logger factory and what is left of the two properties.
     */
    public static void main(String[] args) {
        System.out.println(SeedPlans.derbyshire().title());
        try {
            PlanJson.fromJson("{}");
        } catch (InvalidPlanException expected) {
            // the validator has told what is wrong, and logged nothing
        }
        System.out.println(LoggerFactory.getILoggerFactory().getClass().getName());
        System.out.println(System.getProperty("slf4j.provider") + " " + System.getProperty("slf4j.internal.verbosity"));
    }

    @Test
    void withNoProviderReadingAPlanPrintsNothingButTheProgramsOwnLines() throws Exception {
        Run run = java(classPath(entry -> !entry.contains("slf4j-simple")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(SeedPlans.derbyshire().title() + "\norg.slf4j.helpers.NOPLoggerFactory\nnull null\n");
    }

    @Test
    void aProviderOnTheClassPathIsBoundAsAlways() throws Exception {
        Run run = java(classPath(entry -> true));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).element(1).isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
    }

    private static String classPath(Predicate<String> keep) {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(entries).as("the test class path").anyMatch(entry -> entry.contains("slf4j-simple"))
                .noneMatch(entry -> entry.contains("slf4j-nop"));
        return entries.stream().filter(keep).collect(Collectors.joining(File.pathSeparator));
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run java(String classPath) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, QuietSlf4jTest.class.getName()).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM finished").isTrue();
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
