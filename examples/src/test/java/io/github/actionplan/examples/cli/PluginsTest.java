package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --plugins DIR} adds each jar in a folder to the renderers, as a user adds their own format. */
class PluginsTest {

    /** A plugin as a user writes it: one class, one services line, compiled against core only. */
    private static final String PLUGIN_SOURCE = """
            package com.example.plugin;

            import io.github.actionplan.report.Report;
            import io.github.actionplan.report.spi.RenderOptions;
            import io.github.actionplan.report.spi.ReportRenderer;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;

            public final class TitleRenderer implements ReportRenderer {
                public String format() { return "title"; }
                public String mediaType() { return "text/plain"; }
                public String fileExtension() { return "txt"; }
                public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                    out.write(("From the plugin: " + report.title()).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
            """;

    @TempDir
    static Path plugins;

    /** A plugin whose renderer fails at every render, as one missing a template of its own does. */
    private static final String BROKEN_SOURCE = """
            package com.example.plugin;

            import io.github.actionplan.report.Report;
            import io.github.actionplan.report.spi.RenderOptions;
            import io.github.actionplan.report.spi.ReportRenderer;
            import java.io.OutputStream;

            public final class BrokenRenderer implements ReportRenderer {
                public String format() { return "broken"; }
                public String mediaType() { return "text/csv"; }
                public String fileExtension() { return "csv"; }
                public void render(Report report, RenderOptions options, OutputStream out) {
                    throw new IllegalStateException("template intranet.csvt not found");
                }
            }
            """;

    @BeforeAll
    static void buildThePluginJar(@TempDir Path build) throws IOException, URISyntaxException {
        pluginJar(build, plugins.resolve("title-plugin.jar"), "TitleRenderer", PLUGIN_SOURCE);
        Files.writeString(plugins.resolve("README.txt"), "not a jar: ignored");
    }

    /** Compiles {@code source}, the class {@code com.example.plugin.<name>}, against core into a jar listing it. */
    private static void pluginJar(Path build, Path target, String name, String source)
            throws IOException, URISyntaxException {
        pluginJar(build, target, name, source, null);
    }

    /**
     * As above, compiled also against {@code library}, the source of a class of a library's newer version, which is
     * left out of the jar: at run time the plugin meets the older version on the command line's class path.
     */
    private static void pluginJar(Path build, Path target, String name, String source, String library)
            throws IOException, URISyntaxException {
        Path file = Files.createDirectories(build.resolve("src/com/example/plugin")).resolve(name + ".java");
        Files.writeString(file, source);
        Path classes = Files.createDirectories(build.resolve("classes"));
        String core = Path.of(ReportRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String classPath = core;
        if (library != null) {
            Path newer = Files.createDirectories(build.resolve("newer"));
            Path librarySource = Files.createDirectories(build.resolve("library")).resolve(
                    library.replaceFirst("(?s).*? class (\\w+).*", "$1") + ".java");
            Files.writeString(librarySource, library);
            assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21", "-d",
                    newer.toString(), librarySource.toString())).isZero();
            classPath = newer + java.io.File.pathSeparator + core;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "--release", "21", "-cp", classPath, "-d", classes.toString(),
                file.toString())).isZero();
        try (OutputStream out = Files.newOutputStream(target);
                JarOutputStream jar = new JarOutputStream(out);
                Stream<Path> compiled = Files.walk(classes)) {
            for (Path path : compiled.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(path));
            }
            jar.putNextEntry(new JarEntry("META-INF/services/" + ReportRenderer.class.getName()));
            jar.write(("com.example.plugin." + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPluginThatFailsToRenderIsNamedWithItsJar(@TempDir Path folder) throws IOException, URISyntaxException {
        Path broken = Files.createDirectories(folder.resolve("plugins"));
        pluginJar(folder.resolve("build"), broken.resolve("broken-plugin-2.0.jar"), "BrokenRenderer", BROKEN_SOURCE);
        Path reports = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", broken.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--format", "broken",
                "--out", reports.toString());

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.errLines()).containsExactly(reports.resolve("derbyshire-2023-11-01-summary.csv")
                + ": The broken renderer com.example.plugin.BrokenRenderer (broken-plugin-2.0.jar) failed:"
                + " java.lang.IllegalStateException: template intranet.csvt not found");
    }

    /** A plugin that calls a method of a newer Jackson than the command line's. */
    private static final String NEWER_JACKSON_SOURCE = """
            package com.example.plugin;

            import com.fasterxml.jackson.databind.InjectableValues;
            import io.github.actionplan.report.Report;
            import io.github.actionplan.report.spi.RenderOptions;
            import io.github.actionplan.report.spi.ReportRenderer;
            import java.io.OutputStream;

            public final class JacksonRenderer implements ReportRenderer {
                public String format() { return "jx"; }
                public String mediaType() { return "text/plain"; }
                public String fileExtension() { return "jx"; }
                public void render(Report report, RenderOptions options, OutputStream out) {
                    InjectableValues.fromAFutureRelease();
                }
            }
            """;

    @Test
    void aPluginBuiltAgainstANewerJacksonFailsAloneNamedWithItsJarAndTheOtherFormatsAreWrittenAndPrinted(
            @TempDir Path folder) throws IOException, URISyntaxException {
        // Trial 40 F1: the NoSuchMethodError was an "internal error" blamed on the plan, and stopped the whole run.
        Path newer = Files.createDirectories(folder.resolve("plugins"));
        pluginJar(folder.resolve("build"), newer.resolve("jx-plugin-1.0.jar"), "JacksonRenderer",
                NEWER_JACKSON_SOURCE, """
                        package com.fasterxml.jackson.databind;

                        public abstract class InjectableValues {
                            public static InjectableValues fromAFutureRelease() { return null; }
                        }
                        """);
        Path reports = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", newer.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--out", reports.toString());

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.outLines()).contains(reports.resolve("derbyshire-2023-11-01-summary.md").toString(),
                reports.resolve("derbyshire-2023-11-01-summary.pdf").toString())
                .noneMatch(line -> line.endsWith(".jx"));
        assertThat(result.errLines()).singleElement().asString()
                .startsWith(reports.resolve("derbyshire-2023-11-01-summary.jx") + ": The jx renderer"
                        + " com.example.plugin.JacksonRenderer (jx-plugin-1.0.jar) was built against another version"
                        + " of a library than the one it runs with: java.lang.NoSuchMethodError:")
                .contains("The class com.fasterxml.jackson.databind.InjectableValues (package"
                        + " com.fasterxml.jackson.databind, from jackson-databind-")
                .endsWith("and bring no other version of such a library with it.");
        assertThat(reports.resolve("derbyshire-2023-11-01-summary.jx")).doesNotExist();
    }

    /** A plugin that draws with a library of its own, {@code com.example.lib.Shout}. */
    private static final String NEEDS_LIBRARY_SOURCE = """
            package com.example.plugin;

            import com.example.lib.Shout;
            import io.github.actionplan.report.Report;
            import io.github.actionplan.report.spi.RenderOptions;
            import io.github.actionplan.report.spi.ReportRenderer;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;

            public final class LoudRenderer implements ReportRenderer {
                public String format() { return "loud"; }
                public String mediaType() { return "text/plain"; }
                public String fileExtension() { return "loud"; }
                public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                    out.write(Shout.shout(report.title()).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
            """;

    private static final String LIBRARY_SOURCE = """
            package com.example.lib;

            public final class Shout {
                public static String shout(String text) { return text.toUpperCase(java.util.Locale.ROOT); }
            }
            """;

    @Test
    void aPluginsLibraryJarBesideItInTheFolderIsLoadedWithItAndIsNoPluginMistake(@TempDir Path folder)
            throws IOException, URISyntaxException {
        // Trial 40 F2: each library jar was warned of as a plugin listing no renderer, and formats exited 1.
        Path loud = Files.createDirectories(folder.resolve("plugins"));
        Path build = folder.resolve("build");
        pluginJar(build, loud.resolve("loud-plugin-1.0.jar"), "LoudRenderer", NEEDS_LIBRARY_SOURCE, LIBRARY_SOURCE);
        Path reports = folder.resolve("reports");
        String[] render = {"render", "--plugins", loud.toString(), Cli.seed(folder, "derbyshire-2023-11-01.json"),
            "--report", "summary", "--format", "loud", "--out", reports.toString()};

        Cli.Result without = Cli.run(Cli.MARKDOWN_ONLY, render);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(loud.resolve("shout-lib-2.1.jar")))) {
            jar.putNextEntry(new JarEntry("com/example/lib/Shout.class"));
            jar.write(Files.readAllBytes(build.resolve("newer/com/example/lib/Shout.class")));
        }
        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", loud.toString(), "formats");
        Cli.Result with = Cli.run(Cli.MARKDOWN_ONLY, render);

        assertThat(without.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(without.errLines()).containsExactly(reports.resolve("derbyshire-2023-11-01-summary.loud")
                + ": The loud renderer com.example.plugin.LoudRenderer (loud-plugin-1.0.jar) needs the class"
                + " com.example.lib.Shout, which is in no jar of the plugin folder " + loud + " nor on the command"
                + " line's class path; put the jar of the library that provides it, one of the renderer's"
                + " dependencies, in the plugin folder " + loud + ", beside the plugin's jar");
        assertThat(formats.exitCode()).as(formats.err()).isZero();
        assertThat(formats.err()).isEmpty();
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.err()).isEmpty();
        assertThat(reports.resolve("derbyshire-2023-11-01-summary.loud"))
                .hasContent("HMICFRS AREA FOR IMPROVEMENT SUMMARY REPORT");
    }

    @Test
    void aPluginThatCannotLoadForWantOfALibraryIsToldToHaveItsJarInThePluginFolder(@TempDir Path folder)
            throws IOException, URISyntaxException {
        // Its class extends the library's, so it fails as it loads, not at its first render.
        Path loud = Files.createDirectories(folder.resolve("plugins"));
        pluginJar(folder.resolve("build"), loud.resolve("loud-plugin-1.0.jar"), "LoudRenderer",
                NEEDS_LIBRARY_SOURCE.replace("public final class LoudRenderer implements",
                        "public final class LoudRenderer extends Shout implements"),
                LIBRARY_SOURCE.replace("public final class Shout", "public class Shout"));

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", loud.toString(), "formats");

        assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.errLines()).anyMatch(line -> line.contains("needs the class com.example.lib.Shout"))
                .endsWith("  put the jar of the library that provides it, one of the renderer's dependencies, in the"
                        + " plugin folder " + loud + ", beside the plugin's jar");
    }

    @Test
    void aLibraryJarInTheFolderHoldingALibraryTheCommandLineHasIsAWarningThatItIsNeverUsed(@TempDir Path folder)
            throws IOException {
        // A plugin's newer Jackson beside it: the plugin loader asks the command line first, so it is never used.
        Path withJackson = Files.createDirectories(folder.resolve("plugins"));
        Path jar = withJackson.resolve("jackson-databind-9.9.jar");
        String mapper = "com/fasterxml/jackson/databind/ObjectMapper.class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                var in = PluginsTest.class.getClassLoader().getResourceAsStream(mapper)) {
            out.putNextEntry(new JarEntry(mapper));
            out.write(in.readAllBytes());
        }

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", withJackson.toString(), "formats");

        assertThat(formats.exitCode()).isZero();
        assertThat(formats.errLines()).singleElement().asString()
                .startsWith("warning: " + jar + " holds classes the command line has already, such as"
                        + " com.fasterxml.jackson.databind.ObjectMapper (in jackson-databind-")
                .endsWith(".jar): where both have a class, the command line's is used, never this jar's. A plugin"
                        + " uses such a library at the version the command line has: remove jackson-databind-9.9.jar"
                        + " from the plugin folder, and"
                        + " build the plugin against the command line's version.");
    }

    @Test
    void aJarWithARendererClassButNoServicesFileIsStillToldAsAPluginMistake(@TempDir Path folder)
            throws IOException, URISyntaxException {
        Path unlisted = Files.createDirectories(folder.resolve("plugins"));
        Path listed = folder.resolve("listed.jar");
        pluginJar(folder.resolve("build"), listed, "TitleRenderer", PLUGIN_SOURCE);
        Path jar = unlisted.resolve("title-plugin.jar");
        try (java.util.jar.JarFile from = new java.util.jar.JarFile(listed.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (JarEntry entry : from.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(from.getInputStream(entry).readAllBytes());
            }
        }

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", unlisted.toString(), "formats");

        assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.errLines()).containsExactly(jar + " lists no report renderer: it has no"
                + " META-INF/services/io.github.actionplan.report.spi.ReportRenderer. A plugin jar names its renderer"
                + " classes, one a line, in META-INF/services/io.github.actionplan.report.spi.ReportRenderer.");
    }

    /** A plugin that prints its progress to standard output, against the renderer contract. */
    private static final String CHATTY_SOURCE = """
            package com.example.plugin;

            import io.github.actionplan.report.Report;
            import io.github.actionplan.report.spi.RenderOptions;
            import io.github.actionplan.report.spi.ReportRenderer;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;

            public final class ChattyRenderer implements ReportRenderer {
                public String format() { return "chatty"; }
                public String mediaType() { return "text/plain"; }
                public String fileExtension() { return "chatty"; }
                public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                    System.out.println("Rendering " + report.title() + " ...");
                    out.write(report.title().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    System.out.println("done");
                }
            }
            """;

    @Test
    void whatAPluginPrintsToStandardOutputGoesToStandardErrorLeavingThePathsAlone(@TempDir Path folder)
            throws Exception {
        // Trial 40 F10: scripts read the paths from standard output; a renderer's news landed among them.
        Path chatty = Files.createDirectories(folder.resolve("plugins"));
        pluginJar(folder.resolve("build"), chatty.resolve("chatty-plugin-1.0.jar"), "ChattyRenderer", CHATTY_SOURCE);
        Path reports = folder.resolve("reports");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ActionPlanCommand.class.getName(), "--plugins", chatty.toString(), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--format", "chatty", "--out",
                reports.toString());
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");

        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();

        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(
                reports.resolve("derbyshire-2023-11-01-summary.chatty").toString());
        assertThat(Files.readString(err)).contains("Rendering HMICFRS Area For Improvement Summary Report ...",
                "done");
    }

    @Test
    void renderWritesAFormatFromAPluginJarInTheFolder(@TempDir Path folder) throws IOException {
        Path reports = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", plugins.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--format", "title",
                "--out", reports.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(reports.resolve("derbyshire-2023-11-01-summary.txt"))
                .hasContent("From the plugin: HMICFRS Area For Improvement Summary Report");
    }

    @Test
    void formatsListsThePluginsFormatBesideTheClassPathOnes() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", plugins.toString(), "formats");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines())
                .anyMatch(line -> line.matches("title +text/plain +com\\.example\\.plugin\\.TitleRenderer +.*"))
                .anyMatch(line -> line.startsWith("md "));
    }

    @Test
    void aPipeOrFolderNamedAsAJarInThePluginFolderIsNamedAndNotLoadedNotReadForEver(@TempDir Path folder)
            throws Exception {
        // Trial 36 F2: a pipe is read for ever, waiting for a writer; render and formats hung, saying nothing.
        Path mixed = Files.createDirectories(folder.resolve("plugins"));
        Files.copy(Files.list(plugins).filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow(),
                mixed.resolve("title.jar"));
        Path pipe = mixed.resolve("pipe.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()
                == 0, "mkfifo makes a named pipe");
        Path font = folder.resolve("font.ttf");
        new ProcessBuilder("mkfifo", font.toString()).start().waitFor();

        Cli.Result formats = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration
                .ofSeconds(60), () -> Cli.run(Cli.MARKDOWN_ONLY, "--plugins", mixed.toString(), "formats"));
        Cli.Result render = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration
                .ofSeconds(60), () -> Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--font", font.toString(), "--out", folder.resolve("reports").toString()));

        // As formats exits for a jar that cannot be read: the folder is not as its owner meant.
        assertThat(formats.exitCode()).as(formats.err()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.outLines()).anyMatch(line -> line.startsWith("title "));
        assertThat(formats.err() + formats.out()).contains(pipe + " is not a file (a folder, device or pipe), so it is"
                + " not loaded");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.err()).contains("--font " + font + ": is not a file (a device or pipe)");
    }

    @Test
    void withoutPluginsThePluginsFormatIsUnknown() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "formats");

        assertThat(result.outLines()).noneMatch(line -> line.startsWith("title "));
    }

    @Test
    void theOptionWinsOverTheEnvironmentVariableWhichIsUsedWithoutIt() {
        assertThat(Plugins.folder(Path.of("given"), "from-env")).contains(Path.of("given"));
        assertThat(Plugins.folder(null, "from-env")).contains(Path.of("from-env"));
        assertThat(Plugins.folder(null, " ")).isEmpty();
        assertThat(Plugins.folder(null, null)).isEmpty();
    }

    @Test
    void aMissingPluginFolderIsAFailureThatSaysWhereItCameFrom(@TempDir Path folder) {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", folder.resolve("nope").toString(), "formats");

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(result.errLines()).containsExactly(folder.resolve("nope")
                + ": no such plugin folder (from --plugins or ACTIONPLAN_PLUGINS); give a folder holding renderer plugin jars");
    }

    @Test
    void aDeviceGivenForThePluginFolderIsNotCalledMissing() {
        // Trial 36 F13: /dev/zero was "no such plugin folder".
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", "/dev/zero", "formats");

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(result.errLines()).containsExactly("/dev/zero: is not a folder (a device or pipe) (from --plugins or"
                + " ACTIONPLAN_PLUGINS); give a folder holding renderer plugin jars");
    }

    @Test
    void thePluginJarGivenForItsFolderIsAUsageErrorNamingTheFolderToGive() {
        Path jar = plugins.resolve("title-plugin.jar");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", jar.toString(), "formats");

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(result.errLines()).containsExactly(jar + ": is a file, not a plugin folder (from --plugins or"
                + " ACTIONPLAN_PLUGINS); give the folder that holds it, " + plugins + ": every jar in it is loaded");
    }

    @Test
    void formatsNamesTheJarEachRendererIsFrom() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", plugins.toString(), "formats");

        assertThat(result.outLines()).anyMatch(line -> line.matches("title +text/plain +"
                + "com\\.example\\.plugin\\.TitleRenderer +title-plugin\\.jar"));
    }

    @Test
    void aPluginClaimingTheIdOfAFormatActionplanShipsIsToldToGiveItsFormatAnotherId(@TempDir Path folder)
            throws IOException, URISyntaxException {
        // Trial 40 F4: "Remove one of them from the class path" cannot be done to the PDF renderer in actionplan.jar.
        Path clash = Files.createDirectories(folder.resolve("plugins"));
        pluginJar(folder.resolve("build"), clash.resolve("clash.jar"), "PdfClashRenderer", PLUGIN_SOURCE.replace(
                "TitleRenderer", "PdfClashRenderer").replace("return \"title\"", "return \"pdf\""));

        Cli.Result result = Cli.run("--plugins", clash.toString(), "formats");

        assertThat(result.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(result.err()).contains("'pdf' is the id of a format actionplan ships (actionplan-report-pdf):"
                + " give com.example.plugin.PdfClashRenderer.format() another id, e.g. 'pdf-acme', and rebuild its"
                + " plugin.");
    }

    @Test
    void twoVersionsOfOnePluginInTheFolderBlockItsFormatNamingBothJars(@TempDir Path folder) throws IOException {
        Path twice = Files.createDirectories(folder.resolve("plugins"));
        Files.copy(plugins.resolve("title-plugin.jar"), twice.resolve("title-plugin-1.0.jar"));
        Files.copy(plugins.resolve("title-plugin.jar"), twice.resolve("title-plugin-1.1.jar"));

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", twice.toString(), "formats");
        Cli.Result render = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", twice.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--format", "title",
                "--out", folder.resolve("reports").toString());

        String blocked = "format 'title' is not available: Report renderer com.example.plugin.TitleRenderer (format"
                + " 'title') is listed in the META-INF/services of 2 jars, title-plugin-1.0.jar and"
                + " title-plugin-1.1.jar: two copies of one plugin, perhaps two versions of it, and only one can load,"
                + " chosen by the order of the jars. Remove all but one of them from the class path, module path or"
                + " plugin folder; the format 'title' is blocked until then.";
        assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.outLines()).noneMatch(line -> line.startsWith("title "))
                .anyMatch(line -> line.startsWith("md "));
        assertThat(formats.errLines()).containsExactly(blocked);
        assertThat(render.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(render.errLines()).contains(blocked);
        assertThat(folder.resolve("reports")).doesNotExist();
        // Every format found, none named: the others are written, and the blocked one is named in a warning.
        Cli.Result all = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", twice.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--out",
                folder.resolve("all").toString());
        assertThat(all.exitCode()).isZero();
        assertThat(all.errLines()).containsExactly("warning: " + blocked);
        assertThat(folder.resolve("all/derbyshire-2023-11-01-summary.md")).isNotEmptyFile();
    }

    @Test
    void aJarThatIsNoZipIsToldInTheCommandLinesWordsWithWhatToDo(@TempDir Path folder) throws IOException {
        // Run 108 #9: "is not a jar that can be read: zip END header not found".
        Path damaged = Files.createDirectories(folder.resolve("plugins"));
        Path jar = Files.writeString(damaged.resolve("x.jar"), "half a download");

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", damaged.toString(), "formats");

        assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.errLines()).first().isEqualTo(jar + ": is not a jar file (it is damaged, or was cut short"
                + " when copied); copy the plugin jar again, or take it out of the plugin folder");
    }

    @Test
    void aJarInTheFolderThatListsNoRendererIsNamedWithWhatItHasInstead(@TempDir Path folder) throws IOException {
        Path noServices = Files.createDirectories(folder.resolve("plugins"));
        Path jar = noServices.resolve("csv-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + ReportRenderer.class.getName() + "s"));
            out.write("com.example.plugin.CsvRenderer\n".getBytes(StandardCharsets.UTF_8));
        }

        Cli.Result formats = Cli.run(Cli.MARKDOWN_ONLY, "--plugins", noServices.toString(), "formats");
        Cli.Result render = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", noServices.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--format", "csv", "--out", folder.toString());

        String told = jar + " lists no report renderer: it has no"
                + " META-INF/services/io.github.actionplan.report.spi.ReportRenderer (it has"
                + " META-INF/services/io.github.actionplan.report.spi.ReportRenderers). A plugin jar names its renderer"
                + " classes, one a line, in META-INF/services/io.github.actionplan.report.spi.ReportRenderer.";
        assertThat(formats.exitCode()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(formats.errLines()).containsExactly(told);
        assertThat(render.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(render.errLines().getFirst()).startsWith("No report renderer for format 'csv'. Available formats:"
                + " ").endsWith(". The plugin folder " + noServices + " has no renderer for it: " + told);
    }

    @Test
    void pluginJarsAreTheJarsOfTheFolderInNameOrder() {
        assertThat(Plugins.jars(plugins)).extracting(url -> Path.of(url.getPath()).getFileName().toString())
                .isEqualTo(List.of("title-plugin.jar"));
    }
}
