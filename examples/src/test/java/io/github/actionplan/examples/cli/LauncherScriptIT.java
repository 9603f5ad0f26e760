package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distribution's launcher, {@code bin/actionplan}, run as users run it: unpacked from the
 * tar.gz the package phase built into a folder with spaces in its path, in a shell of its own.
 * Each test has its own installation and its own cache folder for the class-data archive.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/actionplan is a POSIX shell script")
class LauncherScriptIT {

    /** What a class loaded from the class-data archive logs with {@code -Xlog:class+load}. */
    private static final String FROM_THE_ARCHIVE = ActionPlanCommand.class.getName() + " source: shared objects file";

    @TempDir
    Path temp;

    private Path script;
    private Path jar;

    @BeforeEach
    void install() throws IOException, InterruptedException {
        Path distribution = Path.of(System.getProperty("actionplan.distribution", "target/actionplan-"
                + VersionProvider.version() + ".tar.gz"));
        assertThat(distribution).as("built by the package phase: run with mvn verify").exists();
        Path into = Files.createDirectories(temp.resolve("install dir"));
        Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", into.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        Path home = into.resolve("actionplan-" + VersionProvider.version());
        script = home.resolve("bin/actionplan");
        jar = home.resolve("lib/actionplan.jar");
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsLoadTheCommandLineFromIt() throws Exception {
        Path cache = temp.resolve("cache dir");

        Run first = launcher().cache(cache).run("--version");
        Run second = launcher().cache(cache).options("-Xshare:on -Xlog:class+load=info").run("--version");
        Run without = launcher().cache(null).options("-Xlog:class+load=info").run("--version");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo(versionLine());
        assertThat(first.err()).startsWith("actionplan: making a class-data archive for faster starts");
        assertThat(archives(cache)).singleElement().satisfies(archive -> assertThat(Files.size(archive)).isPositive());
        assertThat(second.exit()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).contains(FROM_THE_ARCHIVE);
        assertThat(second.out().lines()).contains(versionText());
        assertThat(without.out()).doesNotContain(FROM_THE_ARCHIVE).contains(ActionPlanCommand.class.getName() + " source: ");
    }

    @Test
    void aRuntimeMadeWithJlinkGetsItsArchiveToo() throws Exception {
        // Run 133 #5: its release file gives no JAVA_RUNTIME_VERSION, and the launcher made no archive for it.
        Path runtime = temp.resolve("runtime");
        Process jlink = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jlink").toString(),
                "--add-modules", "java.base,java.desktop,java.logging", "--output", runtime.toString())
                .redirectErrorStream(true).start();
        String output = new String(jlink.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jlink.waitFor()).as(output).isZero();
        assertThat(Files.readString(runtime.resolve("release"))).doesNotContain("JAVA_RUNTIME_VERSION");
        Path cache = temp.resolve("cache dir");

        Run first = launcher().javaHome(runtime).cache(cache).run("--version");
        Run second = launcher().javaHome(runtime).cache(cache).options("-Xshare:on -Xlog:class+load=info")
                .run("--version");

        assertThat(first.exit()).isZero();
        assertThat(first.err()).startsWith("actionplan: making a class-data archive for faster starts");
        assertThat(archives(cache)).singleElement().satisfies(archive -> assertThat(Files.size(archive)).isPositive());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains(FROM_THE_ARCHIVE);
    }

    @Test
    void aChangedJarGetsANewArchiveInPlaceOfTheOld() throws Exception {
        Path cache = temp.resolve("cache dir");
        launcher().cache(cache).run("--version");
        Path old = archives(cache).get(0);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run run = launcher().cache(cache).run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("actionplan: making a class-data archive");
        assertThat(archives(cache)).singleElement().satisfies(archive -> {
            assertThat(archive).isEqualTo(old); // the same jar's path, Java and size
            assertThat(Files.getLastModifiedTime(archive)).isEqualTo(Files.getLastModifiedTime(jar));
        });
    }

    @Test
    void runsTheSerialCollectorUnlessActionplanOptsChoosesAnother() throws Exception {
        Run serial = launcher().options("-Xlog:gc=info").run("--version");
        Run parallel = launcher().options("-XX:+UseParallelGC -Xlog:gc=info").run("--version");

        assertThat(serial.exit()).isZero();
        assertThat(serial.out()).contains("Using Serial");
        assertThat(serial.out().lines()).contains(versionText());
        assertThat(parallel.exit()).as("Java refuses two collectors").isZero();
        assertThat(parallel.out()).contains("Using Parallel").doesNotContain("Using Serial");
        assertThat(parallel.out().lines()).contains(versionText());
    }

    @Test
    void javaLaysOutTextThroughJniUnlessActionplanOptsSaysOtherwise() throws Exception {
        Run jni = launcher().options("-XshowSettings:properties").run("--version");
        Run ffm = launcher().options("-XshowSettings:properties -Dsun.font.layout.ffm=true").run("--version");

        assertThat(jni.exit()).isZero();
        assertThat(jni.err()).contains("sun.font.layout.ffm = false");
        // So that advice gives Java options as ACTIONPLAN_OPTS (run 133 #6).
        assertThat(jni.err()).contains("actionplan.launcher = true");
        assertThat(ffm.exit()).isZero();
        assertThat(ffm.err()).contains("sun.font.layout.ffm = true");
    }

    @Test
    void theCommandLinesExitCodeIsTheLaunchers() throws Exception {
        assertThat(launcher().run("--version").exit()).isEqualTo(ActionPlanCommand.EXIT_OK);
        assertThat(launcher().run("validate", temp.resolve("missing.json").toString()).exit())
                .isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(launcher().run("--no-such-option").exit()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
    }

    @Test
    void argumentsReachTheCommandLineAsGiven() throws Exception {
        Path plan = Files.createDirectories(temp.resolve("my plans")).resolve("derbyshire plan.json");
        try (InputStream in = LauncherScriptIT.class.getResourceAsStream("/plans/derbyshire-2023-11-01.json")) {
            Files.copy(in, plan);
        }

        Run run = launcher().run("validate", plan.toString(), "*", "$HOME");

        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(), plan + ": valid", "*: not read",
                "$HOME: not read", ""));
        assertThat(run.err()).contains("*: no such file", "$HOME: no such file");
        assertThat(run.exit()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
    }

    @ParameterizedTest
    @CsvSource({"LC_ALL, POSIX", "LANG, en_XX.UTF-8", "LC_TIME, en_XX.UTF-8"})
    void aFileNameOutsideAsciiIsReadWhereTheLocaleIsAsciiAsCronAndSlimContainersLeaveIt(String variable, String locale)
            throws Exception {
        // Run 92 #6: "Plan – Q1 é.json" could not be converted to a path, in cron's POSIX locale; run 95 #7: in a
        // locale named that is not installed, as slim containers name one. The shell makes the name, as this test's
        // own Java may have no character set to write it in.
        try (InputStream in = LauncherScriptIT.class.getResourceAsStream("/plans/derbyshire-2023-11-01.json")) {
            Files.copy(in, temp.resolve("plan.json"));
        }

        Run run = launcher().locale(variable, locale).run(Path.of("/bin/sh"), "-c", "name=$(printf 'Plan \\342\\200\\223 Q1"
                + " \\303\\251.json') && cp plan.json \"$name\" && exec \"$0\" validate \"$name\"", script.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).endsWith(".json: valid");
    }

    @Test
    void runsFromAnyFolderThroughARelativeSymbolicLink() throws Exception {
        Path links = Files.createDirectories(temp.resolve("my bin"));
        Path link = Files.createSymbolicLink(links.resolve("actionplan"), links.relativize(script));
        Path elsewhere = Files.createDirectories(temp.resolve("some other folder"));

        Run run = launcher().in(elsewhere).run(link, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(versionLine());
    }

    @Test
    void withoutJavaHomeTheJavaOnThePathRunsItWithAnArchive() throws Exception {
        Path cache = temp.resolve("cache dir");

        Run run = launcher().javaHome(null).cache(cache)
                .path(Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin").run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(versionLine());
        assertThat(archives(cache)).singleElement();
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheCommandToRunWithoutAnArchive() throws Exception {
        // A file where a folder would go: unwritable even for root, which permissions do not stop.
        Path file = Files.writeString(temp.resolve("a file"), "");

        Run run = launcher().cache(file.resolve("cache")).run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(versionLine());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aJavaHomeWithoutJavaIsToldInOneLine() throws Exception {
        Run run = launcher().javaHome(temp.resolve("no java")).run("--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("actionplan: JAVA_HOME is " + temp.resolve("no java") + ", which has no"
                + " bin/java; point it at a Java 21 or newer." + System.lineSeparator());
    }

    private static String versionLine() {
        return versionText() + System.lineSeparator();
    }

    /**
     * The version as a line of its own among Java's log lines, which share standard output. Not
     * necessarily the last: the JVM may load a class, and log it, after the command has printed.
     */
    private static String versionText() {
        return "actionplan " + VersionProvider.version();
    }

    @Test
    void javaInALocaleWithoutTheLettersOfAFileNameSaysSoAndWhatToDo() throws Exception {
        // Run 125 #4: under cron's LANG=C, an owner's accented name was "unexpected error: InvalidPathException".
        Path plan = temp.resolve("plan.json");
        try (InputStream in = LauncherScriptIT.class.getResourceAsStream("/plans/merseyside-2025-q1.json")) {
            Files.writeString(plan, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(
                    "People and Organisational Development", "Élodie Müller"));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Run run = launcher().locale("LC_ALL", "C").run(java, "-jar", jar.toString(), "workbook", plan.toString(),
                "--period", "Q2 2025/26", "--each-owner", "--out", temp.resolve("copies").toString());

        assertThat(run.exit()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(run.err()).contains("cannot be made: this Java takes file names and arguments in",
                "run it with LC_ALL=C.UTF-8 before java, or with the launcher").doesNotContain("unexpected error");
    }

    @Test
    void outputToAFullDiskIsAFailureNotSuccess() throws Exception {
        // Run 125 #1: "status --json > status.json" on a full disk exited 0, leaving an empty file.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "Linux's /dev/full");
        Path plan = temp.resolve("plan.json");
        try (InputStream in = LauncherScriptIT.class.getResourceAsStream("/plans/merseyside-2025-q1.json")) {
            Files.copy(in, plan);
        }
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "status", plan.toString(), "--json").redirectOutput(new java.io.File("/dev/full"))
                .start();
        String err = Launch.read(java.getErrorStream());

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).isEqualTo(ActionPlanCommand.EXIT_FAILURE);
        assertThat(err).isEqualTo("actionplan: standard output could not be written (No space left on device): what"
                + " the command printed there is lost" + System.lineSeparator());
    }

    @Test
    void aPipeItsReaderClosedIsNoFailureWhateverTheLanguage() throws Exception {
        // Run 127 #2: under de_DE.UTF-8, "status | head" exited 1, the system's words for it being German.
        Path plan = temp.resolve("plan.json");
        try (InputStream in = LauncherScriptIT.class.getResourceAsStream("/plans/merseyside-2025-q1.json")) {
            Files.copy(in, plan);
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "status", plan.toString(), "--json");
        builder.environment().put("LC_ALL", "de_DE.UTF-8");
        Process java = builder.start();
        java.getInputStream().close(); // as head does, once it has its lines
        String err = Launch.read(java.getErrorStream());

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).isZero();
        assertThat(err).isEmpty();
    }

    @Test
    void withNoHomeThereIsNoArchiveNotOneAtTheFileSystemsRoot() throws Exception {
        // Run 125 #5: with HOME unset, the archive went to /.cache/actionplan.
        boolean there = Files.exists(Path.of("/.cache/actionplan"));

        Run run = launcher().withoutHome().run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(versionLine());
        assertThat(run.err()).isEmpty();
        assertThat(Files.exists(Path.of("/.cache/actionplan"))).isEqualTo(there);
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    private Launch launcher() {
        return new Launch();
    }

    /** What a run printed and returned. */
    private record Run(int exit, String out, String err) {}

    /** One start of the script, with the environment a test gives it. */
    private final class Launch {

        private Path javaHome = Path.of(System.getProperty("java.home"));
        private Path cache;
        private String options;
        private String path;
        private Path folder = temp;
        private Map.Entry<String, String> locale;
        private boolean homeless;

        /** No HOME, XDG_CACHE_HOME nor ACTIONPLAN_CACHE, as under {@code env -i} or a service's unit. */
        Launch withoutHome() {
            homeless = true;
            return this;
        }

        Launch javaHome(Path home) {
            javaHome = home;
            return this;
        }

        /** The archive's folder; null for none (ACTIONPLAN_CACHE set empty), the default. */
        Launch cache(Path folder) {
            cache = folder;
            return this;
        }

        Launch options(String javaOptions) {
            options = javaOptions;
            return this;
        }

        Launch path(String searchPath) {
            path = searchPath;
            return this;
        }

        Launch in(Path workingFolder) {
            folder = workingFolder;
            return this;
        }

        /** The locale, as {@code variable} alone names it: {@code LC_ALL=POSIX}, as a cron job runs in, say. */
        Launch locale(String variable, String name) {
            locale = Map.entry(variable, name);
            return this;
        }

        Run run(String... args) throws IOException, InterruptedException {
            return run(script, args);
        }

        Run run(Path command, String... args) throws IOException, InterruptedException {
            List<String> commandLine = new ArrayList<>(List.of(command.toString()));
            commandLine.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(commandLine).directory(folder.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeAll(List.of("JAVA_HOME", "ACTIONPLAN_OPTS", "ACTIONPLAN_CACHE",
                    "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
            if (javaHome != null) {
                environment.put("JAVA_HOME", javaHome.toString());
            }
            if (homeless) {
                environment.remove("HOME");
            } else {
                environment.put("ACTIONPLAN_CACHE", cache == null ? "" : cache.toString());
            }
            if (options != null) {
                environment.put("ACTIONPLAN_OPTS", options);
            }
            if (path != null) {
                environment.put("PATH", path);
            }
            if (locale != null) {
                environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
                environment.put(locale.getKey(), locale.getValue());
            }
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            // Making the archive takes seconds on a quiet machine, and more on a busy one.
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
            return new Run(process.exitValue(), out.join(), err.join());
        }

        private static String read(InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
