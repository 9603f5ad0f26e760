package io.github.actionplan.log4j.fallback;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * Which logger context the Log4j API chooses, asked in a JVM of its own (the choice is made once
 * per JVM), started with this module's test class path and none of Surefire's settings: with no
 * other provider, this one, silently; with log4j-core beside it, log4j-core.
 */
class FallbackProviderTest {

    private static final String QUIET = QuietLoggerContextFactory.class.getName();
    private static final String LOG4J_CORE = "org.apache.logging.log4j.core.impl.Log4jContextFactory";

    /** Prints the logger context factory the Log4j API chose, then logs an error as POI would. */
    public static void main(String[] args) {
        System.out.println(LogManager.getFactory().getClass().getName());
        LogManager.getLogger("org.apache.poi.Probe").error("an error POI reports");
    }

    @Test
    void withNoBackendNothingIsPrintedNeitherLog4jsMissingProviderLineNorPoisErrors() throws Exception {
        // Trial 54 F3: a damaged upload, told to the caller as an exception, also printed POI's FATAL line and its
        // stack trace on a server's standard error.
        Run run = java(classPath(entry -> !entry.contains("log4j-core")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(QUIET + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withNoBackendAndTheSimpleLoggersLevelSetPoisErrorsAreOnStandardError() throws Exception {
        Run run = java(classPath(entry -> !entry.contains("log4j-core")), "-D" + QuietLoggerContextFactory.LEVEL
                + "=ERROR");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("ERROR Probe an error POI reports\n");
    }

    @Test
    void log4jCoreOnTheClassPathWinsOverThisProvider() throws Exception {
        Run run = java(classPath(entry -> true));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).contains(LOG4J_CORE);
        assertThat(run.out() + run.err()).doesNotContain("could not find a logging provider");
    }

    @Test
    void itsPriorityIsBelowEveryBackendOfLog4j() {
        // log4j-core 10, log4j-to-slf4j 15, log4j-to-jul 20: the Log4j API picks the highest.
        assertThat(new FallbackProvider().getPriority()).isLessThan(10);
    }

    private static String classPath(java.util.function.Predicate<String> keep) {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(entries).as("the test class path").anyMatch(entry -> entry.contains("log4j-core"));
        return entries.stream().filter(keep).collect(Collectors.joining(File.pathSeparator));
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run java(String classPath, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", classPath, FallbackProviderTest.class.getName()));
        Process process = new ProcessBuilder(command).start();
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
