package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void anOldJavaIsToldInOneLineWhatItNeeds() {
        assertThat(Launcher.javaTooOld("17", "/usr/lib/jvm/java-17")).isEqualTo("actionplan needs Java 21 or newer,"
                + " but this is Java 17 (/usr/lib/jvm/java-17). Run it with a newer java, e.g. $JAVA_HOME/bin/java"
                + " -jar actionplan.jar");
        assertThat(Launcher.javaTooOld("1.8", "/opt/java8")).startsWith("actionplan needs Java 21 or newer, but this is Java 1.8 (");
    }

    @Test
    void aRuntimeLackingAModuleTheCommandLineNeedsIsToldInOneLineWhichAndHowToMakeOne() {
        // Run 133 #2: a runtime made with jlink without java.desktop failed with a stack trace, even for --version.
        assertThat(Launcher.modulesMissing(name -> !name.startsWith("java.awt."), "/opt/rt")).isEqualTo("actionplan"
                + " needs the Java module java.desktop, which this Java (/opt/rt) lacks. Run it with a full JDK, or"
                + " make the runtime with jlink --add-modules java.base,java.desktop,java.logging");
        assertThat(Launcher.modulesMissing(name -> false, "/opt/rt")).startsWith("actionplan needs the Java modules"
                + " java.desktop and java.logging, which");
        assertThat(Launcher.modulesMissing(name -> true, "/opt/rt")).isNull();
    }

    @Test
    void theRuntimeTheTestsRunOnHasEveryModuleTheCommandLineNeeds() throws ClassNotFoundException {
        for (String[] module : Launcher.MODULES) {
            assertThat(Class.forName(module[1], false, null).getModule().getName()).isEqualTo(module[0]);
        }
    }

    @Test
    void java21AndNewerRunTheCommandLine() {
        assertThat(Launcher.javaTooOld("21", "/x")).isNull();
        assertThat(Launcher.javaTooOld("25", "/x")).isNull();
        assertThat(Launcher.javaTooOld(Runtime.version().feature() + "", "/x")).isNull();
    }

    @Test
    void theLauncherIsCompiledForJava8() throws IOException {
        try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class")) {
            byte[] header = in.readNBytes(8);
            int major = (header[6] & 0xFF) << 8 | header[7] & 0xFF;
            assertThat(major).as("class file major version").isEqualTo(52);
        }
    }

    @Test
    void theLauncherRunsTheCommandLineInAJavaOfItsOwn() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--version")).redirectErrorStream(true).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("actionplan " + VersionProvider.version() + System.lineSeparator());
        assertThat(process.exitValue()).isZero();
    }
}
