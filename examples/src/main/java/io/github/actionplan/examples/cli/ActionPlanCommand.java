package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Typos;
import io.github.actionplan.report.spi.RendererConfigurationException;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.OutputStreamWriter;
import java.lang.ref.Reference;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code actionplan} command line: render reports, show where a plan stands, validate plans
 * and list the report formats on the class path.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_FAILURE} a plan is invalid or cannot be
 * read, or reports cannot be written (every problem is printed to standard error);
 * {@value #EXIT_USAGE} a usage error (picocli's message, or the registry's for a format that is
 * not on the class path). No stack trace is printed unless {@code --verbose} is given, not even for
 * an {@link Error} such as {@code OutOfMemoryError}: it is one line saying what to do.
 */
@Command(name = "actionplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Improvement action plans after an HMICFRS inspection: reports, status, validation,"
                + " the quarterly update workbook and onboarding an existing tracker.",
        subcommands = {RenderCommand.class, StatusCommand.class, ValidateCommand.class, FormatsCommand.class,
                DemoCommand.class, WorkbookCommand.class, ImportCommand.class, TrackerCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 a plan is invalid or cannot be read, or reports cannot be written;"
                + " 2 usage error."})
public final class ActionPlanCommand implements Runnable {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** A plan is invalid or cannot be read, or reports cannot be written. */
    public static final int EXIT_FAILURE = 1;
    /** The command line is wrong. */
    public static final int EXIT_USAGE = 2;

    /** The number of recommendations above which a plan is large, and {@code render} shows progress. */
    public static final int LARGE_PLAN = 500;

    /** What {@code render} and {@code demo} say when no renderer is on the class path at all. */
    static final String NO_RENDERERS = "No report renderers found on the class path: add actionplan-report-pdf,"
            + " actionplan-report-docx or actionplan-report-xlsx (or a renderer plugin of your own) to it.";

    private static final String LOG4J_STATUS_LEVEL = "log4j2.statusLoggerLevel";
    private static final String LOG4J_SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean verbose;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder of renderer plugin jars: each jar's formats are added to those on the class"
                    + " path. Default: the " + Plugins.ENVIRONMENT + " environment variable, if set.")
    java.nio.file.Path plugins;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Supplier<ReportRenderers> registry;
    private ReportRenderers renderers;

    /**
     * The command line as users run it: the system clock, read as the day in the UK, whose services' plans these are,
     * wherever it runs (run 86 #7: on a server set to another time zone, an item due today was a day overdue), and
     * the renderers on the class path.
     */
    public ActionPlanCommand() {
        this(Clock.system(ZoneId.of("Europe/London")), ReportRenderers::load);
    }

    /**
     * A command line with a given clock (for "today" where a plan gives no reporting date) and
     * renderers; for tests.
     */
    ActionPlanCommand(Clock clock, Supplier<ReportRenderers> renderers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.registry = Objects.requireNonNull(renderers, "renderers");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PlanFiles.readyInBackground();
        // Core logs a renderer that fails to load through System.Logger; the command line reports
        // it in its own words, so the log record would only repeat it, with a time stamp.
        Logger coreLog = Logger.getLogger("io.github.actionplan");
        if (!List.of(args).contains("--verbose")) {
            coreLog.setLevel(Level.OFF);
            // Apache POI logs through the Log4j API, which with no Log4j back end on the class path
            // says so on standard error ("could not find a logging provider") at its first use.
            // POI's own errors (a damaged part of a workbook, logged with its stack trace) come with an exception
            // that the command line tells in one line.
            for (String level : List.of(LOG4J_STATUS_LEVEL, LOG4J_SIMPLE_LEVEL)) {
                if (System.getProperty(level) == null) {
                    System.setProperty(level, "OFF");
                }
            }
        } else if (System.getProperty(LOG4J_SIMPLE_LEVEL) == null) {
            // The fallback's logger is quiet unless its level is set: with --verbose, POI's errors are shown.
            System.setProperty(LOG4J_SIMPLE_LEVEL, "ERROR");
        }
        // Java 24's XML parser stops at a part's 100,000th &amp;, &lt; or &gt;, and POI's tree of a tracker's parts is
        // read by parsers the workbook module cannot set: the workbook module bounds what a part may hold itself.
        for (String limit : List.of("jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit",
                "jdk.xml.entityReplacementLimit")) {
            if (System.getProperty(limit) == null) {
                System.setProperty(limit, "0");
            }
        }
        WatchedOutput standardOutput = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(standardOutput, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Standard output is the paths written, which scripts read: what a renderer plugin or a library prints there
        // against its contract goes to standard error instead. The command line itself writes only through out.
        System.setOut(System.err);
        int exitCode = execute(new ActionPlanCommand(), out, err, args);
        exitCode = written(standardOutput.failure(), standardOutputIsPipe(), exitCode, err);
        Reference.reachabilityFence(coreLog); // JUL holds loggers weakly: keep the level set until the end
        System.exit(exitCode);
    }

    /**
     * {@code exitCode}, or a failure where it is success but standard output lost what was printed, with {@code
     * failure}, said on {@code err}: output lost to a full disk read as success, an empty file where a script's JSON
     * should be (run 125 #1). A pipe its reader closed, as {@code | head} does, is no failure: the reader has what it
     * wanted. {@code toPipe}: whether standard output is a pipe.
     */
    static int written(Optional<IOException> failure, boolean toPipe, int exitCode, PrintWriter err) {
        if (failure.isPresent() && exitCode == EXIT_OK && !toPipe && !String.valueOf(failure.get().getMessage())
                .toLowerCase(Locale.ROOT).contains("broken pipe")) {
            err.println("actionplan: standard output could not be written (" + failure.get().getMessage() + "): what"
                    + " the command printed there is lost");
            err.flush();
            return EXIT_FAILURE;
        }
        return exitCode;
    }

    /**
     * Whether standard output is a pipe, where Linux says: a failure to write one is its reader closing it, which the
     * system tells in the user's language ("Datenübergabe unterbrochen (broken pipe)", "Relais brisé (pipe fermé)"),
     * and elsewhere only the English words tell (run 127 #2).
     */
    private static boolean standardOutputIsPipe() {
        try {
            return java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no /proc: the words alone tell it
        }
    }

    /** An output stream that keeps the first failure to write to it, which a print writer keeps to itself. */
    static final class WatchedOutput extends FilterOutputStream {
        private Optional<IOException> failure = Optional.empty();

        WatchedOutput(OutputStream out) {
            super(out);
        }

        Optional<IOException> failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            watched(() -> out.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            watched(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            watched(out::flush);
        }

        private interface Write {
            void run() throws IOException;
        }

        private void watched(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException e) {
                failure = failure.or(() -> Optional.of(e));
                throw e;
            }
        }
    }

    /**
     * Runs {@code args} against {@code command}, writing to {@code out} and {@code err}, each as {@link TerminalText}
     * shows text; returns the exit code.
     */
    static int execute(ActionPlanCommand command, PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
        PrintWriter out = new PrintWriter(new TerminalText(terminalOut), true);
        PrintWriter err = new PrintWriter(new TerminalText(terminalErr), true);
        CommandLine commandLine = new CommandLine(command)
                // An empty argument names no file: Path.of("") would be the current folder, read or written into.
                .registerConverter(Path.class, value -> {
                    if (value.isBlank()) {
                        throw new CommandLine.TypeConversionException("an empty name; give a file or folder");
                    }
                    return Path.of(value);
                })
                .setOut(out)
                .setErr(err)
                // Plain: TerminalText would show a colour's escape codes as text (run 125 #2).
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setParameterExceptionHandler(ActionPlanCommand::usageError)
                .setExecutionExceptionHandler((e, cl, parseResult) -> command.failure(e, cl.getErr()));
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            // picocli passes on what is not an Exception; a user must still get one line, not a trace.
            boolean verbose = List.of(args).contains("--verbose");
            err.println("actionplan: " + describe(e, List.of(args)) + (verbose ? "" : " (run again with --verbose to"
                    + " see the stack trace)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * An {@link Error} in words, with what to do about it: for a command reading a spreadsheet, that the spreadsheet is
     * the likelier cause, since any workbook or tracker a plan needs is read in far less than the default heap; or, for
     * an import of many copies, that they are held together (run 80 #3: 200 copies of 20 KB in 128 MB).
     */
    static String describe(Error e, List<String> args) {
        return describe(e, args, Runtime.getRuntime().maxMemory());
    }

    /** The heap below which a plan's own spreadsheets may not be read: the workbook of 11,600 items needs 128 MB. */
    private static final long SMALL_HEAP = 256L << 20;

    /**
     * {@link #describe(Error, List)} in a heap of at most {@code maxHeap} bytes: one smaller than {@link #SMALL_HEAP}
     * is the likelier cause, named first (run 133 #7: the tool's own workbook, at 64 MB, was blamed).
     */
    static String describe(Error e, List<String> args, long maxHeap) {
        if (e instanceof OutOfMemoryError && maxHeap < SMALL_HEAP) {
            return "out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + " in a heap of "
                    + (maxHeap >> 20) + " MB, which is small: use a bigger -Xmx (" + withJavaOption("-Xmx4g") + ")";
        }
        if (e instanceof OutOfMemoryError) {
            boolean spreadsheet = args.contains("import") || args.contains("tracker");
            long copies = args.contains("import") ? args.stream().filter(arg -> arg.toLowerCase(Locale.ROOT)
                    .matches(".*\\.xls[xm]")).count() : 0;
            String bigger = "use a bigger -Xmx (" + withJavaOption("-Xmx4g") + ")";
            return "out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; " + (copies > 1
                    ? "the " + copies + " copies given are read together, or one is far larger than a plan needs,"
                    + " or damaged: " + bigger + ", or import them a few at a time, each import into the plan the"
                    + " one before wrote" : spreadsheet ? "a spreadsheet given is far larger than a plan needs, or"
                    + " damaged: check the files given, or " + bigger : bigger + (args.contains("render")
                    || args.contains("demo") ? " or a smaller report" : ""));
        }
        return "internal error: " + e + "; please report it with the plan that caused it";
    }

    /**
     * How to start this command line with a Java {@code option} ("-Xmx4g"), as it was started: through the launcher
     * script, which takes Java's options from {@code ACTIONPLAN_OPTS} (run 133 #6), or with {@code java -jar}.
     */
    static String withJavaOption(String option) {
        return Boolean.getBoolean("actionplan.launcher") ? "ACTIONPLAN_OPTS=" + option + " actionplan ..."
                : "java " + option + " -jar actionplan.jar ...";
    }

    /** Without a command: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: " + Quote.listed(commands(spec
                .commandLine()), "or"));
    }

    /** Today, where a plan gives no reporting date. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The renderers on the class path and in the plugin folder, if one is given, loaded once per run. */
    ReportRenderers renderers() {
        if (renderers == null) {
            try {
                renderers = Plugins.folder(plugins, System.getenv(Plugins.ENVIRONMENT)).map(Plugins::load)
                        .orElseGet(registry);
            } catch (RendererConfigurationException e) {
                throw CliException.failure(e.getMessage(), e);
            }
        }
        return renderers;
    }

    /** The commands, as their help lists them. */
    private static List<String> commands(CommandLine root) {
        return root.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        if (e instanceof UnmatchedArgumentException unmatched && commandLine.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            // In the words of the rest, not picocli's, whose suggestions for a word like none were any two
            // (run 108 #6).
            String typed = unmatched.getUnmatched().getFirst();
            List<String> commands = commands(commandLine);
            err.println(Quote.single(typed) + " is not a command" + commands.stream().filter(command -> Typos.mistyped(
                    typed.toLowerCase(Locale.ROOT), command)).findFirst().map(command -> " (did you mean " + command
                    + "?)").orElse("") + "; the commands are " + Quote.listed(commands, "and")
                    // A file given first, as to a program of one command: the command comes before it (run 109 #11).
                    + (typed.contains(".") ? "; one comes first: " + Suggested.command("status", typed) : ""));
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            return EXIT_USAGE;
        }
        err.println(e.getMessage());
        if (namesNotInUtf8() && Arrays.stream(args).anyMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
            err.println("A letter of an argument was not read: " + LOCALE_ADVICE);
        }
        // A file whose name starts with '-' is read as an option, and the error is of the file then missing.
        if (e instanceof MissingParameterException) {
            Arrays.stream(args).filter(arg -> arg.startsWith("-") && arg.contains(".") && !arg.startsWith("--"))
                    .findFirst().ifPresent(file -> err.println("'" + file + "' was read as an option, as it starts"
                            + " with '-'; for a file of that name, write ./" + file));
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_USAGE;
    }

    /**
     * What to do where Java takes file names and arguments in the locale's character set, not UTF-8: a cron job's
     * {@code LANG=C}, where a name with a letter such as é cannot be made or given (run 125 #4).
     */
    private static final String LOCALE_ADVICE = "this Java takes file names and arguments in "
            + System.getProperty("sun.jnu.encoding") + ", the locale's (LANG=C, say), which has no such letters: run"
            + " it with LC_ALL=C.UTF-8 before java, or with the launcher, bin/actionplan, which sets a UTF-8 locale";

    private static boolean namesNotInUtf8() {
        return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    private int failure(Exception e, PrintWriter err) {
        int exitCode = EXIT_FAILURE;
        if (e instanceof CliException cli) {
            cli.lines().forEach(err::println);
            exitCode = cli.exitCode();
        } else if (e instanceof InvalidPlanException invalid) {
            PlanFiles.told(invalid).forEach(err::println);
        } else if (e instanceof InvalidPathException name && namesNotInUtf8()) {
            err.println("actionplan: the file name " + Quote.single(name.getInput()) + " cannot be made: "
                    + LOCALE_ADVICE);
        } else {
            err.println("actionplan: unexpected error: " + e + (verbose ? "" : " (run again with --verbose to see the stack trace)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return exitCode;
    }
}
