package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reader's {@code main} in a JVM of its own with a 256 MB heap, as a web service shares its heap with every
 * other request: a file that would fill it shows as an {@link OutOfMemoryError} there, not in the test's own JVM.
 */
final class SmallHeap {

    private SmallHeap() {}

    /**
     * What {@code main} printed reading {@code file}, with the JVM {@code options} given; its output is kept in
     * {@code log}. Fails where it did not end within two minutes, or ended other than normally.
     */
    static String run(Class<?> main, Path file, Path log, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("finished within 2 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
