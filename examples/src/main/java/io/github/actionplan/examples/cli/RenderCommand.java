package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.ProviderFailure;
import io.github.actionplan.report.spi.RendererNotFoundException;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code actionplan render PLAN.json}: writes the plan's reports in every format asked for. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a plan's reports in each format asked for.", "",
                "Writes DIR/<plan file name without .json>-<report>.<ext> for each report and format and prints"
                        + " each path written. Shows progress on standard error when the plan has more than "
                        + ActionPlanCommand.LARGE_PLAN + " recommendations. A renderer that failed to load is a"
                        + " warning; asked for by name, it is a failure (exit 1) that says why. A format asked for"
                        + " that no renderer provides is a usage error (exit 2); no renderer at all, with no format"
                        + " asked for, is a failure (exit 1). A file that fails to render is never left, and does not"
                        + " stop the others: every file that can be is written, and every failure is told (exit 1). An"
                        + " older file of a failed file's name, from an earlier run, is kept as it was, and the failure"
                        + " says so, with the time it was last changed."})
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PLAN.json",
            description = "The plans to render. With several, each gets its own files, and --report portfolio"
                    + " (part of all) writes DIR/portfolio.<ext> of them together.")
    List<Path> plans;

    @Option(names = "--since", paramLabel = "OLD.json",
            description = "An earlier snapshot of the plan, e.g. last quarter's file: adds the progress report"
                    + " (part of all), the direction of travel since then. One plan only.")
    Path since;

    @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "90", converter = DaysConverter.class,
            description = "How many days ahead the owners report looks for items falling due. Default: ${DEFAULT-VALUE}.")
    int dueWithin;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, YYYY-MM-DD. Default: the plan's asOf, else today in the UK.")
    LocalDate asOf;

    @Option(names = "--report", paramLabel = "REPORT", split = ",", defaultValue = "all",
            description = "summary, action-plan, exceptions, owners, progress (needs --since), portfolio,"
                    + " register (every item a row, each fact a column, for spreadsheets' filters and queries) or"
                    + " all, or a comma-separated list. Default: all: the first four, with progress when --since is"
                    + " given and portfolio when several plans are.")
    List<String> reports;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all",
            description = "A format on the class path (see 'actionplan formats'), a comma-separated list, or all."
                    + " Default: all formats found.")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "The folder to write into; made if missing. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--font", paramLabel = "FILE_OR_FOLDER",
            description = "A font file (.ttf, .otf, .ttc) or a folder of them for characters the PDF's own fonts"
                    + " lack (Chinese, Japanese, Korean; emoji in an outline font), tried in the order given;"
                    + " repeatable. Without one, such a character is drawn as U+FFFD, with a warning.")
    List<Path> fonts = List.of();

    @Mixin
    AssessmentOptions assessment;

    /** The first bytes of a TrueType or OpenType font, or a collection of them. */
    private static final List<String> FONT_SIGNATURES = List.of("\u0000\u0001\u0000\u0000", "OTTO", "true", "ttcf");

    /**
     * Why {@code font} gives no font, where it does not: a file that is not one (the PDF renderer would skip it only
     * when a character needs it, and the other formats never), or a folder holding none.
     */
    private static Optional<String> notFonts(Path font) {
        try {
            if (Files.isDirectory(font)) {
                try (Stream<Path> files = Files.walk(font, 8)) {
                    return files.anyMatch(file -> Files.isRegularFile(file) && file.getFileName().toString()
                            .toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)")) ? Optional.empty()
                            : Optional.of("the folder holds no font file");
                }
            }
            if (!Files.isRegularFile(font)) { // a pipe would be read for ever, waiting for a writer
                return Optional.of("is not a file (a device or pipe)");
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(font)) {
                start = in.readNBytes(4);
            }
            if (!FONT_SIGNATURES.contains(new String(start, StandardCharsets.ISO_8859_1))) {
                return Optional.of("is not a TrueType or OpenType font");
            }
            return unreadable(font);
        } catch (IOException e) {
            return Optional.of("cannot be read: " + PlanFiles.describe(e));
        } catch (UncheckedIOException e) { // a folder in it that cannot be listed
            return Optional.of("cannot be read: " + PlanFiles.describe(e.getCause()));
        }
    }

    /**
     * Why a file that starts as a font cannot be read as one (cut short in a download): the PDF renderer would leave
     * it out unsaid. Read as the JDK reads fonts, where it can: a runtime without its desktop module is not asked.
     */
    private static Optional<String> unreadable(Path font) {
        try {
            java.awt.Font.createFonts(font.toFile());
            return Optional.empty();
        } catch (java.awt.FontFormatException | IOException e) {
            return Optional.of("starts as a font but cannot be read as one (cut short in a download, or damaged)");
        } catch (LinkageError | RuntimeException e) { // no fonts in this runtime: the PDF renderer tells its own
            return Optional.empty();
        }
    }

    @Override
    public Integer call() throws InvalidPlanException {
        List<String> reportNames = checkedReports(spec, reports, since != null, plans.size() > 1);
        Snapshots.checkOnePlan(spec, since, plans.size());
        for (Path font : fonts) {
            Optional<String> wrong = !Files.exists(font) ? Optional.of("no such file or folder") : notFonts(font);
            if (wrong.isPresent()) {
                throw new ParameterException(spec.commandLine(), "--font " + font + ": " + wrong.get() + "; give a"
                        + " font file (.ttf, .otf, .ttc) or a folder of them");
            }
        }
        List<ReportRenderer> renderers = renderers(spec, root.renderers(), formats,
                Plugins.folder(root.plugins, System.getenv(Plugins.ENVIRONMENT)));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<PlanReader.Result> read = PlanFiles.readAll(plans);
        LocalDate common = Snapshots.commonDate(asOf, read.stream().map(PlanReader.Result::plan).toList(),
                root::today);
        Assessor assessor = assessment.assessor();
        List<Rendering.Batch> batches = new ArrayList<>();
        List<PlanAssessment> portfolio = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ActionPlan plan = read.get(i).plan();
            LocalDate date = asOf != null ? asOf : plan.asOf().orElseGet(root::today);
            PlanAssessment assessed = Snapshots.assess(spec, assessor, plan, date, plans.get(i));
            if (asOf != null) { // once assessed: a date before work completed is refused, saying more
                Snapshots.warnOutsidePeriod(plan, asOf, plans.get(i), stderr);
            }
            portfolio.add(date.equals(common) ? assessed
                    : Snapshots.assess(spec, assessor, plan, common, plans.get(i)));
            List<Rendering.NamedReport> built = new ArrayList<>();
            for (String report : reportNames) {
                switch (report) {
                    case "portfolio" -> { }
                    case "owners" -> built.add(new Rendering.NamedReport(report,
                            ReportTemplates.owners().withDueWithin(dueWithin).build(assessed)));
                    case "progress" -> built.add(new Rendering.NamedReport(report, ReportTemplates.progress(
                            Snapshots.earlier(spec, since, assessor, date, stderr, assessed)).build(assessed)));
                    default -> built.add(new Rendering.NamedReport(report,
                            ReportTemplates.named(report).orElseThrow().build(assessed)));
                }
            }
            batches.add(Rendering.batch(read.get(i), plans.get(i).toString(),
                    Rendering.baseName(String.valueOf(plans.get(i).getFileName())), assessed, built, renderers, out,
                    fonts, stderr));
        }
        if (reportNames.contains("portfolio")) {
            batches.add(Rendering.single("portfolio", "portfolio", ReportTemplates.portfolio().build(portfolio),
                    renderers, out, fonts));
        }
        Rendering.write(batches, stdout, stderr);
        return ActionPlanCommand.EXIT_OK;
    }

    /** Every report name {@code --report} takes, in the order {@code all} writes those it writes: not the register. */
    static final List<String> REPORTS = java.util.stream.Stream.concat(ReportTemplates.NAMES.stream(),
            java.util.stream.Stream.of("progress", "portfolio", "register")).toList();

    /**
     * The report names asked for, checked; an unknown one is a usage error, and so is progress
     * without {@code --since}. {@code all} is every template, with progress when there is an
     * earlier snapshot and portfolio when there are several plans.
     */
    static List<String> checkedReports(CommandSpec spec, List<String> asked, boolean since, boolean several) {
        for (String report : asked) {
            if (!report.equals("all") && !REPORTS.contains(report)) {
                throw new ParameterException(spec.commandLine(), "Unknown report '" + report
                        + "' for option '--report': choose from " + String.join(", ", REPORTS) + " or all");
            }
        }
        if (asked.contains("progress") && !since) {
            throw new ParameterException(spec.commandLine(), "--report progress needs --since OLD.json: the earlier"
                    + " snapshot of the plan to compare with");
        }
        if (!asked.contains("all")) {
            return asked.stream().distinct().toList();
        }
        List<String> all = new ArrayList<>(ReportTemplates.NAMES);
        if (since) {
            all.add("progress");
        }
        if (several) {
            all.add("portfolio");
        }
        // Asked for beside all, which does not write it: "all,register" (run 134 #2).
        asked.stream().filter(report -> !report.equals("all") && !all.contains(report)).distinct().forEach(all::add);
        return all;
    }

    /**
     * The renderers for the formats asked for. A renderer that failed to load is a warning on
     * standard error. A format asked for with no renderer is a failure that explains each renderer
     * that failed to load, where one did (it may be the one asked for), else a usage error that says
     * how to add a renderer plugin, or which jars of the plugin folder list no renderer; no renderers
     * at all, with none asked for by name, is a failure.
     */
    static List<ReportRenderer> renderers(CommandSpec spec, ReportRenderers registry, List<String> asked) {
        return renderers(spec, registry, asked, Optional.empty());
    }

    /** As {@link #renderers(CommandSpec, ReportRenderers, List)}, with the plugin folder in use, if any. */
    static List<ReportRenderer> renderers(CommandSpec spec, ReportRenderers registry, List<String> asked,
            Optional<Path> pluginFolder) {
        if (asked.contains("all")) {
            RendererProblems.warn(registry, pluginFolder, spec.commandLine().getErr());
            Plugins.warnOfJarsListingNothing(pluginFolder, spec.commandLine().getErr());
            if (registry.renderers().isEmpty()) {
                throw CliException.failure(ActionPlanCommand.NO_RENDERERS);
            }
            return registry.renderers();
        }
        Set<ReportRenderer> renderers = new LinkedHashSet<>();
        for (String format : asked) {
            try {
                renderers.add(registry.require(format));
            } catch (RendererNotFoundException e) {
                List<String> listingNothing = pluginFolder.map(Plugins::listingNothing).orElse(List.of());
                if (registry.failures().isEmpty() && !listingNothing.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), missing(format, registry) + " The plugin folder "
                            + pluginFolder.get() + " has no renderer for it: " + String.join(" ", listingNothing), e,
                            null, format);
                }
                if (registry.failures().isEmpty()) {
                    throw new ParameterException(spec.commandLine(), missing(format, registry) + " "
                            + capitalised(addPlugin(pluginFolder)), e, null, format);
                }
                throw notLoaded(format, e, registry, pluginFolder);
            }
        }
        RendererProblems.warn(registry, pluginFolder, spec.commandLine().getErr());
        Plugins.warnOfJarsListingNothing(pluginFolder, spec.commandLine().getErr());
        return new ArrayList<>(renderers);
    }

    /** "No report renderer for format 'md'. Available formats: docx, pdf." */
    private static String missing(String format, ReportRenderers registry) {
        return "No report renderer for format '" + format + "'. Available formats: " + registry.formatsListed() + ".";
    }

    /**
     * How a user of the command line adds a format, as a clause: a plugin jar in the folder given
     * with {@code --plugins} or the environment variable, since {@code java -jar} ignores the class
     * path and a command-line user has no {@code ReportRenderers.of(...)}.
     */
    private static String addPlugin(Optional<Path> pluginFolder) {
        return pluginFolder.map(folder -> "put the jar of a renderer plugin for it in the plugin folder, " + folder
                + ".")
                .orElse("put the jar of a renderer plugin for it in a folder and give the folder with --plugins DIR,"
                        + " or set " + Plugins.ENVIRONMENT + " to it.");
    }

    private static String capitalised(String clause) {
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    /**
     * A format asked for is missing while renderers failed to load: each failure once, with its
     * causes (a format that two renderers claim says so here, and only here), exit 1.
     */
    private static CliException notLoaded(String format, RendererNotFoundException e, ReportRenderers registry,
            Optional<Path> pluginFolder) {
        String wanted = format.toLowerCase(Locale.ROOT).strip();
        boolean blocked = registry.failures().stream().anyMatch(f -> f.format().filter(wanted::equals).isPresent());
        boolean unknown = registry.failures().stream().anyMatch(f -> f.format().isEmpty());
        List<String> lines = new ArrayList<>();
        lines.add(missing(format, registry) + (blocked ? ""
                : unknown ? " It may be a renderer that failed to load, below; else " + addPlugin(pluginFolder)
                : " " + capitalised(addPlugin(pluginFolder))));
        registry.failures().forEach(failure -> lines.addAll(RendererProblems.describe(failure, pluginFolder)));
        registry.failures().stream().map(ProviderFailure::cause).filter(cause -> cause != e.getCause())
                .forEach(e::addSuppressed);
        return new CliException(ActionPlanCommand.EXIT_FAILURE, lines, e);
    }
}
