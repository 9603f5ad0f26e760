package io.github.actionplan.report.docx;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian tools the real-client tests use: LibreOffice and poppler. */
final class ExternalTools {

    /** What a finished command gave. */
    record Result(int exitCode, String output) {}

    private ExternalTools() {}

    /** Whether {@code command} is an executable on the PATH. */
    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command to its end (at most five minutes, so a hung tool cannot hang the build). */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Read before waiting, so a chatty tool never blocks on a full pipe.
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("gave up waiting for " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /**
     * Converts {@code docx} to PDF with headless LibreOffice, in a profile folder of its own so
     * that conversions running at the same time do not share (and lock) one profile.
     */
    static Path toPdf(Path docx, Path folder) throws IOException, InterruptedException {
        return convert(docx, folder, "pdf");
    }

    /** Converts {@code docx} to a tagged PDF, whose structure tree says what LibreOffice made of each table cell. */
    static Path toTaggedPdf(Path docx, Path folder) throws IOException, InterruptedException {
        return convert(docx, folder, "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}");
    }

    private static Path convert(Path docx, Path folder, String filter) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "lo-profile-");
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", filter, "--outdir", folder.toString(),
                docx.toString()));
        Result result = run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError("soffice exited with " + result.exitCode() + ": " + result.output());
        }
        String name = docx.getFileName().toString();
        return folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    /**
     * The text of a PDF, as poppler's pdftotext reads it in the order it was drawn ({@code -raw}).
     * Its default order guesses columns from positions, and in a table it may put a cell's second
     * line after the next cell's text; LibreOffice draws cell by cell, so drawing order keeps each
     * cell's text together.
     */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Result result = run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"));
        if (result.exitCode() != 0) {
            throw new AssertionError("pdftotext exited with " + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }
}
