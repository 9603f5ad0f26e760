package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderException;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders plans to a set of reports and formats in a folder: what {@code render} and {@code demo}
 * share. The files of an ordinary plan are written on as many threads as there are processors
 * (renderers are safe to share between threads), and their paths printed in a fixed order, so
 * the output is the same however the work interleaves.
 */
final class Rendering {

    /**
     * One file to write.
     *
     * @param source  the plan's file name, for messages
     * @param report  the report to render
     * @param renderer the format to write it in
     * @param file    where
     * @param fonts   fonts to try after the renderer's own ({@code --font})
     */
    record Job(String source, Report report, ReportRenderer renderer, Path file, List<Path> fonts) {

        /**
         * Writes the file, giving {@code warnings} each of the renderer's warnings prefixed with the file's path, and
         * where it asks for a font, in the option's words rather than Java's: of several reports and formats of one
         * plan, written together, the plan's name alone would not say which file a warning is about. {@code alone}
         * where it is the run's only file, which out of memory cannot then be told to write alone.
         */
        void write(Consumer<String> warnings, boolean alone) {
            RenderOptions.Builder builder = RenderOptions.builder()
                    .warnings(message -> warnings.accept(file + ": warning: " + message.replace(ADD_FONT_IN_JAVA,
                            "--font FILE_OR_FOLDER")));
            fonts.forEach(builder::addFont);
            RenderOptions options = builder.build();
            try {
                ReportRenderers.render(renderer, report, options, file);
            } catch (RenderException e) {
                throw CliException.failure(olderLeft(file, file + ": " + Plugins.needing(renderer, e)
                        .orElse(e.getMessage())), e);
            } catch (IOException e) {
                throw CliException.failure(olderLeft(file, file + ": cannot be written: " + PlanFiles.describe(e)), e);
            } catch (OutOfMemoryError e) {
                // This file's render held what ran out, and let go of it as it failed: the others go on.
                throw CliException.failure(olderLeft(file, file + ": out of memory writing it" + (e.getMessage() == null
                        ? "" : " (" + e.getMessage() + ")") + "; use a bigger -Xmx (" + ActionPlanCommand
                        .withJavaOption("-Xmx4g") + ")" + (alone ? "" : ", or render this report alone")), e);
            }
        }

        /**
         * The failure {@code told}, and where a file of this name was there before the run (last quarter's report,
         * say), a sentence saying it was kept and when it was last changed: beside this run's fresh files, it would
         * otherwise pass for one of them. It is not deleted: the command line deletes nothing the user made without
         * being asked.
         */
        private static String olderLeft(Path file, String told) {
            if (!Files.isRegularFile(file)) {
                return told;
            }
            String changed = OutFiles.lastChanged(file).map(time -> ", last changed " + time).orElse("");
            return told + (told.endsWith(".") ? "" : ".") + " The file of that name already there" + changed
                    + ", was left as it was: it is not from this run.";
        }
    }

    /**
     * The files of one plan.
     *
     * @param jobs  one per report and format, in the order their paths are printed
     * @param large whether the plan has more than {@link ActionPlanCommand#LARGE_PLAN} recommendations:
     *              its files are written one at a time, with progress, to bound memory
     */
    record Batch(List<Job> jobs, boolean large) {}

    /** How the PDF renderer's warning of a character no font has says to add one, from Java. */
    static final String ADD_FONT_IN_JAVA = "RenderOptions.builder().addFont(fileOrFolder)";

    private Rendering() {}

    /**
     * Writes {@code folder/<name>-<report>.<ext>} for each report and renderer, printing each path
     * written to {@code out}, and progress to {@code err} when the plan is large.
     *
     * @param name     the plan file's name without {@code .json}
     * @return the files written
     */
    static List<Path> render(PlanReader.Result read, String source, String name, Assessor assessor, LocalDate asOf,
            List<String> reports, List<ReportRenderer> renderers, Path folder, PrintWriter out, PrintWriter err) {
        return write(List.of(batch(read, source, name, assessor, asOf, reports, renderers, folder, List.of(), err)),
                out, err);
    }

    /** Assesses the plan with {@code assessor} and builds its reports: the files to write, not yet written. */
    static Batch batch(PlanReader.Result read, String source, String name, Assessor assessor, LocalDate asOf,
            List<String> reports, List<ReportRenderer> renderers, Path folder, List<Path> fonts, PrintWriter err) {
        PlanAssessment assessment = assessor.assess(read.plan(), asOf);
        return batch(read, source, name, assessment, reports.stream()
                .map(report -> new NamedReport(report, ReportTemplates.named(report).orElseThrow().build(assessment)))
                .toList(), renderers, folder, fonts, err);
    }

    /**
     * A report built, with the name its file takes after the plan's: "summary" gives
     * {@code <plan>-summary.<ext>}.
     */
    record NamedReport(String name, Report report) {}

    /** The files of one plan's reports, already built: to write, not yet written. */
    static Batch batch(PlanReader.Result read, String source, String name, PlanAssessment assessment,
            List<NamedReport> reports, List<ReportRenderer> renderers, Path folder, List<Path> fonts, PrintWriter err) {
        checkFolder(folder);
        ActionPlan plan = read.plan();
        PlanFiles.printProblems(source, read.warnings(), err);
        boolean large = plan.recommendations().size() > ActionPlanCommand.LARGE_PLAN;
        List<Job> jobs = new ArrayList<>();
        for (NamedReport report : reports) {
            for (ReportRenderer renderer : renderers) {
                jobs.add(new Job(source, report.report(), renderer,
                        folder.resolve(name + "-" + report.name() + "." + renderer.fileExtension()), fonts));
            }
        }
        if (large) {
            err.println(source + ": " + plan.recommendations().size() + " recommendations; writing " + jobs.size()
                    + (jobs.size() == 1 ? " file" : " files"));
        }
        return new Batch(List.copyOf(jobs), large);
    }

    /** The files of one report of several plans (a portfolio): {@code folder/<name>.<ext>}. */
    static Batch single(String source, String name, Report report, List<ReportRenderer> renderers, Path folder,
            List<Path> fonts) {
        checkFolder(folder);
        return new Batch(renderers.stream().map(renderer -> new Job(source, report, renderer,
                folder.resolve(name + "." + renderer.fileExtension()), fonts)).toList(), false);
    }

    private static void checkFolder(Path folder) {
        OutFiles.refuseStandardOutput(folder, "--out " + folder + ": ", "files into a folder; name one, such as"
                + " reports");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            // A slip in the option, as workbook, tracker and import tell theirs: a usage error.
            // A device or a pipe is no file either (run 142 #3: /dev/null was "a file").
            throw CliException.usage(folder + ": is " + (Files.isRegularFile(folder) ? "a file" : "a device or pipe")
                    + ", not a folder to write reports into");
        }
    }

    /**
     * Refuses, before anything is written, files that two renders would write to one path: two formats whose files
     * share an extension (a plugin's second CSV beside another's), or two plans of one name from different folders.
     * Written together, whichever finished last would be the file, the other lost unsaid.
     */
    private static void refuseTwice(List<Batch> batches) {
        // Names alike but for case, or for how an accent is stored, are one file on Windows and macOS, and in the
        // shared and synced folders such users have (run 102 #4).
        Map<String, List<Job>> byFile = new LinkedHashMap<>();
        batches.stream().flatMap(batch -> batch.jobs().stream()).forEach(job -> byFile.computeIfAbsent(
                Spacing.composed(job.file().toAbsolutePath().normalize().toString()).toLowerCase(Locale.ROOT),
                file -> new ArrayList<>()).add(job));
        List<String> lines = new ArrayList<>();
        byFile.values().stream().filter(jobs -> jobs.size() > 1).forEach(jobs -> {
            // Of names alike but for how an accent is stored, which look the same, the one not stored composed is
            // said (run 104 #10): by its file name alone, where another's is alike so (run 109 #4).
            List<Path> files = jobs.stream().map(Job::file).distinct().toList();
            List<String> names = files.stream().map(file -> file + (storedApart(file, files)
                    ? " (its accents stored another way)" : "")).toList();
            lines.add((names.size() == 1 ? names.getFirst() : Quote.listed(names, "and") + " (names that differ only"
                    + " in case or in how an accent is stored, one file on Windows and macOS)") + ": would be written "
                    + jobs.size() + " times, one over another: " + Quote.listed(jobs.stream().map(job -> "format "
                    + job.renderer().format() + " of " + job.source()).toList(), "and"));
        });
        if (!lines.isEmpty()) {
            lines.add("nothing written: give the formats whose files share an extension, or the plans of one name,"
                    + " each its own --out folder, in runs of their own");
            throw new CliException(ActionPlanCommand.EXIT_USAGE, lines, null);
        }
    }

    /** Whether {@code file}'s name is not stored composed, and another of {@code files} is the same name composed. */
    private static boolean storedApart(Path file, List<Path> files) {
        String name = String.valueOf(file.getFileName());
        return !name.equals(Spacing.composed(name)) && files.stream().map(other -> String.valueOf(other
                .getFileName())).anyMatch(other -> !other.equals(name) && Spacing.composed(other).equals(Spacing
                .composed(name)));
    }

    /**
     * Refuses, before anything is written, files in the way of the reports ({@link OutFiles#inTheWay}): a symbolic
     * link (to the plan, say) or a hard link to a plan, or a read-only report, each told.
     */
    private static void refuseInTheWay(List<Batch> batches) {
        List<Path> plans = batches.stream().flatMap(batch -> batch.jobs().stream()).map(Job::source).distinct()
                .flatMap(source -> {
                    try {
                        return Stream.of(Path.of(source));
                    } catch (InvalidPathException e) { // a name no file has, such as a portfolio's
                        return Stream.empty();
                    }
                }).toList();
        List<Path> files = batches.stream().flatMap(batch -> batch.jobs().stream()).map(Job::file).toList();
        OutFiles.refuseInTheWay(files, plans);
        OutFiles.refuseUnwritableFolders(files);
    }

    /**
     * Writes every batch's files and prints their paths in order. A large plan's files are written
     * one at a time, with progress on {@code err} and warnings as they come; the rest together on
     * a thread per processor, each file's warnings printed just before its path. A file that fails
     * is never left, whole or in part, and does not stop the others: every file is tried, and the
     * failures are thrown together at the end, each a line, so that one run tells every problem
     * (a broken plugin's four reports, a full disk) and writes every file that can be written.
     */
    static List<Path> write(List<Batch> batches, PrintWriter out, PrintWriter err) {
        refuseTwice(batches);
        refuseInTheWay(batches);
        List<Path> written = new ArrayList<>();
        List<CliException> failures = new ArrayList<>();
        List<Job> together = new ArrayList<>();
        // Out of memory in the run's one file is not told to write it alone (run 142 #2).
        boolean alone = batches.stream().mapToInt(batch -> batch.jobs().size()).sum() == 1;
        for (Batch batch : batches) {
            if (!batch.large()) {
                together.addAll(batch.jobs());
                continue;
            }
            written.addAll(together(together, alone, out, err, failures));
            together.clear();
            for (int i = 0; i < batch.jobs().size(); i++) {
                Job job = batch.jobs().get(i);
                err.println("[" + (i + 1) + "/" + batch.jobs().size() + "] " + job.file());
                try {
                    job.write(err::println, alone);
                } catch (CliException e) {
                    failures.add(e);
                    continue;
                }
                out.println(TerminalText.oneLine(job.file()));
                written.add(job.file());
            }
        }
        written.addAll(together(together, alone, out, err, failures));
        if (!failures.isEmpty()) {
            CliException all = new CliException(ActionPlanCommand.EXIT_FAILURE, failures.stream()
                    .flatMap(failure -> failure.lines().stream()).toList(), failures.getFirst().getCause());
            failures.stream().skip(1).map(Throwable::getCause).filter(java.util.Objects::nonNull)
                    .forEach(all::addSuppressed);
            throw all;
        }
        return written;
    }

    /**
     * Writes {@code jobs} on a thread per processor, printing each file's warnings and then its path in order; a file
     * that fails is added to {@code failures}. {@code alone} where the run writes one file.
     */
    private static List<Path> together(List<Job> jobs, boolean alone, PrintWriter out, PrintWriter err,
            List<CliException> failures) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(pool.submit(() -> {
                    List<String> warnings = new ArrayList<>();
                    job.write(warnings::add, alone);
                    return warnings;
                }));
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    result(results.get(i)).forEach(err::println);
                } catch (CliException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw e; // the command itself is cancelled: no more waiting for the other files
                    }
                    failures.add(e);
                    continue;
                }
                out.println(TerminalText.oneLine(jobs.get(i).file()));
                written.add(jobs.get(i).file());
            }
            return written;
        } finally {
            // On anything else thrown (a bug, an interrupt of the command itself) the files not started are dropped,
            // and those under way are cancelled (their threads interrupted; a renderer that ignores it finishes):
            // the command returns only when nothing is still writing into the folder.
            pool.shutdownNow();
            pool.close();
        }
    }

    /** The job's warnings, or what it threw, as it threw it. */
    private static List<String> result(Future<List<String>> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure("interrupted while writing reports", e);
        }
    }

    /** {@code derbyshire-2023-11-01} for {@code plans/derbyshire-2023-11-01.json}. */
    static String baseName(String fileName) {
        int dot = fileName.length() - ".json".length();
        return dot > 0 && fileName.regionMatches(true, dot, ".json", 0, ".json".length())
                ? fileName.substring(0, dot) : fileName;
    }
}
