package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.spi.ReportRenderers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The top-level command: help, version, usage errors and unexpected failures. */
class ActionPlanCommandTest {

    @Test
    void versionIsTheProjectVersionFromTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("actionplan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.out()).isEqualTo("actionplan " + VersionProvider.version() + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate", "formats", "demo", "workbook", "import", "tracker"})
    void everyCommandHasHelpAndVersion(String command) {
        // picocli reads a description as a format, and warns on standard error of one it cannot format ("100% b").
        PrintStream err = System.err;
        ByteArrayOutputStream warned = new ByteArrayOutputStream();
        Cli.Result help;
        try {
            System.setErr(new PrintStream(warned, true, StandardCharsets.UTF_8));
            help = Cli.run(command, "--help");
        } finally {
            System.setErr(err);
        }
        Cli.Result version = Cli.run(command, "--version");

        assertThat(warned.toString(StandardCharsets.UTF_8)).doesNotContain("picocli");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: actionplan " + command + " ").contains("--verbose");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("actionplan ");
    }

    @Test
    void todayIsTheDayInTheUkWhateverTheMachinesTimeZone() {
        // Run 86 #7: under Pacific/Kiritimati an item due on the UK's today was a day overdue.
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        // Whichever of UTC+14 and UTC-11 is on another day than London now: one always is.
        String elsewhere = java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"))
                .equals(java.time.LocalDate.now(london)) ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(elsewhere));
        try {
            java.time.LocalDate before = java.time.LocalDate.now(london);
            java.time.LocalDate today = new ActionPlanCommand().today();
            java.time.LocalDate after = java.time.LocalDate.now(london);

            assertThat(today).isIn(before, after);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("  render "))
                .anySatisfy(line -> assertThat(line).startsWith("  status "))
                .anySatisfy(line -> assertThat(line).startsWith("  validate "))
                .anySatisfy(line -> assertThat(line).startsWith("  formats "))
                .anySatisfy(line -> assertThat(line).startsWith("  demo "));
        assertThat(result.out()).contains("Exit codes: 0 success; 1 a plan is invalid or cannot be read");
    }

    @Test
    void helpOnATerminalIsPlainTextNotColourCodesShownAsText() {
        // Run 125 #2: picocli coloured help for a terminal, and the codes were shown as "<U+001B>[1m".
        String was = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true"); // as picocli finds a terminal
        try {
            Cli.Result help = Cli.run("--help");
            Cli.Result commandHelp = Cli.run("import", "--help");
            Cli.Result usage = Cli.run("status", "--no-such-option");

            assertThat(help.out()).contains("Usage: actionplan").doesNotContain("U+001B");
            assertThat(commandHelp.out()).contains("Usage: actionplan import").doesNotContain("U+001B");
            assertThat(usage.err()).contains("actionplan status --help").doesNotContain("U+001B");
        } finally {
            if (was == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", was);
            }
        }
    }

    @Test
    void outputLostToAFullDiskIsAFailureSaidOnStandardErrorWhileAPipeClosedByItsReaderIsNot() throws Exception {
        // Run 125 #1: "status --json > status.json" on a full disk exited 0, leaving an empty file.
        ActionPlanCommand.WatchedOutput full = new ActionPlanCommand.WatchedOutput(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        });
        java.io.PrintWriter json = new java.io.PrintWriter(new java.io.OutputStreamWriter(full,
                StandardCharsets.UTF_8), true);
        json.println("{}");
        java.io.StringWriter err = new java.io.StringWriter();

        int lost = ActionPlanCommand.written(full.failure(), false, ActionPlanCommand.EXIT_OK,
                new java.io.PrintWriter(err));
        int failedBefore = ActionPlanCommand.written(full.failure(), false, ActionPlanCommand.EXIT_USAGE,
                new java.io.PrintWriter(new java.io.StringWriter()));
        java.io.StringWriter headErr = new java.io.StringWriter();
        int head = ActionPlanCommand.written(java.util.Optional.of(new java.io.IOException("Broken pipe")), false,
                ActionPlanCommand.EXIT_OK, new java.io.PrintWriter(headErr));
        // Run 127 #2: in German the system says "Datenübergabe unterbrochen (broken pipe)"; in French, no English.
        int german = ActionPlanCommand.written(java.util.Optional.of(new java.io.IOException(
                "Datenübergabe unterbrochen (broken pipe)")), false, ActionPlanCommand.EXIT_OK, new java.io.PrintWriter(
                new java.io.StringWriter()));
        int french = ActionPlanCommand.written(java.util.Optional.of(new java.io.IOException("Relais brisé (pipe"
                + " fermé)")), true, ActionPlanCommand.EXIT_OK, new java.io.PrintWriter(new java.io.StringWriter()));

        assertThat(json.checkError()).isTrue();
        assertThat(lost).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(err.toString()).startsWith("actionplan: standard output could not be written (No space left on"
                + " device): what the command printed there is lost");
        assertThat(failedBefore).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(head).isEqualTo(ActionPlanCommand.EXIT_OK);
        assertThat(headErr.toString()).isEmpty();
        assertThat(german).isEqualTo(ActionPlanCommand.EXIT_OK);
        assertThat(french).isEqualTo(ActionPlanCommand.EXIT_OK);
        assertThat(ActionPlanCommand.written(java.util.Optional.empty(), false, ActionPlanCommand.EXIT_OK,
                new java.io.PrintWriter(new java.io.StringWriter()))).isEqualTo(ActionPlanCommand.EXIT_OK);
    }

    @Test
    void helpBeforeACommandPrintsThatCommandsHelpAsHelpAfterItDoes() {
        Cli.Result before = Cli.run("help", "workbook");
        Cli.Result bare = Cli.run("help");

        // trial 43 F7: it was "Missing required parameter: 'PLAN.json'", the command run with no plan
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo(Cli.run("workbook", "--help").out());
        assertThat(bare.exitCode()).isZero();
        assertThat(bare.out()).isEqualTo(Cli.run("--help").out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "Missing command: render, status, validate, formats, demo, workbook, import or tracker",
                "Try 'actionplan --help' for more information.");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Result result = Cli.run("rendr", "plan.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("'rendr' is not a command (did you mean render?); the commands"
                + " are render, status, validate, formats, demo, workbook, import and tracker",
                "Try 'actionplan --help' for more information.");
        // Run 108 #6: a word like no command was offered two unrelated ones.
        assertThat(Cli.run("bogus").errLines()).first().isEqualTo("'bogus' is not a command; the commands are render,"
                + " status, validate, formats, demo, workbook, import and tracker");
        // Run 109 #11: a plan given first, as to a program of one command.
        assertThat(Cli.run("plan.json").errLines()).first().isEqualTo("'plan.json' is not a command; the commands are"
                + " render, status, validate, formats, demo, workbook, import and tracker; one comes first: actionplan"
                + " status plan.json");
    }

    @Test
    void aNumberOfDaysThatIsNoneIsAUsageErrorSayingWhatIsTaken() {
        // Run 108 #6: "'abc' is not an int", in Java's words.
        for (String days : List.of("abc", "-5", "1.5", "99999999999")) {
            Cli.Result result = Cli.run("render", "plan.json", "--due-within", days);

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).first().isEqualTo("Invalid value for option '--due-within': '" + days
                    + "' is not a number of days; give a whole number from 0 to 2147483647, such as 90");
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("formats", "--colour");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("Unknown option: '--colour'",
                "Try 'actionplan formats --help' for more information.");
    }

    @Test
    void aPlanWhoseNameStartsWithADashIsToldAsReadForAnOptionWithTheWayToGiveIt() {
        // Trial 50 F9: only "Missing required parameter: 'PLAN.json'", though a plan was given.
        Cli.Result result = Cli.run("status", "-x.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).contains("'-x.json' was read as an option, as it starts with '-'; for a file"
                + " of that name, write ./-x.json");
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        Cli.Result result = Cli.run(() -> {
            throw new IllegalStateException("the registry broke");
        }, "formats");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("actionplan: unexpected error: java.lang.IllegalStateException:"
                + " the registry broke (run again with --verbose to see the stack trace)");
    }

    @Test
    void verboseShowsTheStackTraceOfAnUnexpectedFailure() {
        Cli.Result result = Cli.run(() -> {
            throw new IllegalStateException("the registry broke");
        }, "formats", "--verbose");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).first().isEqualTo(
                "actionplan: unexpected error: java.lang.IllegalStateException: the registry broke");
        assertThat(result.err()).contains("\tat io.github.actionplan.examples.cli.");
    }

    @Test
    void verboseWorksBeforeTheCommandAsWellAsAfterIt() {
        Cli.Result before = Cli.run("--verbose", "status", "missing.json");
        Cli.Result after = Cli.run("status", "missing.json", "--verbose");

        assertThat(before.err()).contains("java.nio.file.NoSuchFileException");
        assertThat(after.err()).contains("java.nio.file.NoSuchFileException");
    }

    @Test
    void theDefaultOutputFolderIsReports() {
        CommandLine commandLine = new CommandLine(new ActionPlanCommand(Cli.CLOCK, ReportRenderers::of));
        for (String command : List.of("render", "demo")) {
            assertThat(commandLine.getSubcommands().get(command).getCommandSpec().findOption("--out").defaultValue())
                    .as(command).isEqualTo("reports");
        }
    }
}
