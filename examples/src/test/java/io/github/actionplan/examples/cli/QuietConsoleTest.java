package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No log lines from dependencies on the console: the command line silences the notice Apache POI's
 * Log4j API prints when no Log4j back end is on the class path (the README tells embedders the
 * same setting), and POI's own error log unless {@code --verbose} asks for detail. It runs in a JVM of its own, started with nothing but the
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

    @Test
    void aWorkbookWithABrokenPartIsToldInOneLineWithoutPoisLogUnlessVerbose() throws Exception {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path workbook = folder.resolve("update.xlsx");
        assertThat(java(ActionPlanCommand.class, "workbook", plan, "--period", "Q2 2025/26", "--out",
                workbook.toString()).exitCode()).isZero();
        Path broken = folder.resolve("broken.xlsx");
        Files.write(broken, withPart(Files.readAllBytes(workbook), "_rels/.rels", "<Relationships <"));

        Run quiet = java(ActionPlanCommand.class, "import", plan, broken.toString(), "--out", folder.resolve(
                "new.json").toString());
        Run verbose = java(ActionPlanCommand.class, "import", plan, broken.toString(), "--out", folder.resolve(
                "new.json").toString(), "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(quiet.err().lines()).singleElement().asString().startsWith(broken + ": is damaged:");
        assertThat(verbose.err()).contains("XMLHelper"); // POI's own log, for whoever asks for detail
    }

    /** The zip {@code bytes} with the part {@code name} holding {@code content} instead. */
    private static byte[] withPart(byte[] bytes, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
