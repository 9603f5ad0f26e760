package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link Error} (out of memory, a stack overflow, a broken class path) is reported in one line
 * saying what to do, never as a Java stack trace unless {@code --verbose} asks for one.
 */
class ErrorReportingTest {

    @TempDir
    Path folder;

    private Cli.Result render(Error error, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "render";
        args[1] = Cli.seed(folder, "derbyshire-2023-11-01.json");
        args[2] = "--out";
        args[3] = folder.resolve("reports").toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(() -> ReportRenderers.of(new ThrowingRenderer(error)), args);
    }

    @Test
    void outOfMemoryIsALineForEachFileItStoppedSayingWhatToDo() {
        Cli.Result result = render(new OutOfMemoryError("Java heap space"));

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.errLines()).hasSize(4).allSatisfy(line -> assertThat(line).endsWith(": out of memory"
                + " writing it (Java heap space); use a bigger -Xmx (java -Xmx4g -jar actionplan.jar ...), or render"
                + " this report alone"));
        // The run's one file is not told to be rendered alone (run 142 #2).
        assertThat(render(new OutOfMemoryError("Java heap space"), "--report", "summary").errLines()).singleElement()
                .asString().endsWith(": out of memory writing it (Java heap space); use a bigger -Xmx (java -Xmx4g -jar"
                        + " actionplan.jar ...)");
        // Elsewhere, one line for the command.
        assertThat(ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("render", "plan.json")))
                .isEqualTo("out of memory (Java heap space); use a bigger -Xmx (java -Xmx4g -jar actionplan.jar ...)"
                        + " or a smaller report");
        // Run 133 #6: status makes no report to make smaller.
        assertThat(ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("status", "plan.json")))
                .isEqualTo("out of memory (Java heap space); use a bigger -Xmx (java -Xmx4g -jar actionplan.jar ...)");
    }

    @Test
    void underTheLauncherScriptAJavaOptionIsAdvisedAsItTakesThemThroughActionplanOpts() {
        // Run 133 #6: the launcher's users were told "java -Xmx4g -jar actionplan.jar", which it does not run as.
        System.setProperty("actionplan.launcher", "true");
        try {
            assertThat(ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("status", "p.json")))
                    .isEqualTo("out of memory (Java heap space); use a bigger -Xmx (ACTIONPLAN_OPTS=-Xmx4g actionplan"
                            + " ...)");
        } finally {
            System.clearProperty("actionplan.launcher");
        }
    }

    @Test
    void outOfMemoryReadingASpreadsheetNamesTheSpreadsheetsAsTheLikelyCause() {
        String described = ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("import",
                "plan.json", "copy.xlsx"));

        assertThat(described).isEqualTo("out of memory (Java heap space); a spreadsheet given is far larger than a"
                + " plan needs, or damaged: check the files given, or use a bigger -Xmx (java -Xmx4g -jar"
                + " actionplan.jar ...)");
    }

    @Test
    void outOfMemoryInASmallHeapNamesTheHeapNotTheSpreadsheet() {
        // Run 133 #7: the tool's own 2.9 MB workbook, imported at -Xmx64m, was told as a spreadsheet too large.
        String described = ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("import",
                "plan.json", "copy.xlsx"), 64L << 20);

        assertThat(described).isEqualTo("out of memory (Java heap space) in a heap of 64 MB, which is small: use a"
                + " bigger -Xmx (java -Xmx4g -jar actionplan.jar ...)");
        assertThat(ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("import", "plan.json",
                "copy.xlsx"), 1L << 30)).startsWith("out of memory (Java heap space); a spreadsheet given");
    }

    @Test
    void outOfMemoryImportingManyCopiesSaysTheyAreReadTogetherAndHowToImportThemInTurn() {
        String described = ActionPlanCommand.describe(new OutOfMemoryError("Java heap space"), List.of("import",
                "plan.json", "a.xlsx", "b.XLSX", "c.xlsm", "--out", "new.json"));

        assertThat(described).isEqualTo("out of memory (Java heap space); the 3 copies given are read together, or"
                + " one is far larger than a plan needs, or damaged: use a bigger -Xmx (java -Xmx4g -jar"
                + " actionplan.jar ...), or import them a few at a time, each import into the plan the one before"
                + " wrote");
    }

    @Test
    void aStackOverflowIsOneLine() {
        Cli.Result result = render(new StackOverflowError());

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.errLines()).containsExactly("actionplan: internal error: java.lang.StackOverflowError;"
                + " please report it with the plan that caused it (run again with --verbose to see the stack trace)");
    }

    @Test
    void anyOtherErrorIsOneLine() {
        Cli.Result result = render(new InternalError("a fault of the JVM"));

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.errLines()).containsExactly("actionplan: internal error: java.lang.InternalError:"
                + " a fault of the JVM; please report it with the plan that caused it (run again with --verbose"
                + " to see the stack trace)");
    }

    @Test
    void aRendererMissingALibraryIsARenderFailureNamingTheFileAndTheRenderer() {
        Cli.Result result = render(new NoClassDefFoundError("org/apache/poi/Missing"));

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        // Each of the plan's four reports fails, and each failure is told.
        assertThat(result.errLines()).hasSize(4).first().asString().endsWith("-summary.error: The error renderer"
                + " io.github.actionplan.examples.cli.ErrorReportingTest$ThrowingRenderer (test-classes/) failed:"
                + " java.lang.NoClassDefFoundError: org/apache/poi/Missing");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Result result = render(new StackOverflowError(), "--verbose");

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.errLines().get(0)).isEqualTo("actionplan: internal error: java.lang.StackOverflowError;"
                + " please report it with the plan that caused it");
        assertThat(result.err()).contains("\tat " + ThrowingRenderer.class.getName() + ".render");
    }

    /** A renderer that throws an {@link Error}. */
    public static final class ThrowingRenderer implements ReportRenderer {
        private final Error error;

        ThrowingRenderer(Error error) {
            this.error = error;
        }

        @Override
        public String format() {
            return "error";
        }

        @Override
        public String mediaType() {
            return "application/x-error";
        }

        @Override
        public String fileExtension() {
            return "error";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            error.fillInStackTrace();
            throw error;
        }
    }
}
