package io.github.actionplan.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} with standard output captured. */
public final class StandardOutput {

    /** An example's {@code main}. */
    @FunctionalInterface
    public interface Main {
        /** Runs it. */
        void run() throws Exception;
    }

    private StandardOutput() {}

    /** What {@code main} printed to standard output. */
    public static synchronized String of(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
