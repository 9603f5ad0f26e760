package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A skipped test says why on the console, not only in Surefire's XML report. */
class SkippedTestReasonsTest {

    /** Run by the test below, not by Surefire (it is not named *Test). */
    static class Skipping {
        @Test
        void needsATool() {
            Assumptions.assumeTrue(false, "qpdf is not installed; .ci/run installs it");
        }

        @Test
        @Disabled("waits for issue 99")
        void later() {
        }
    }

    @Test
    void anAssumptionThatFailsAndADisabledTestPrintTheirReasons() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Skipping.class)).build(),
                new SkippedTestReasons(new PrintStream(printed, true, StandardCharsets.UTF_8)));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "Skipped: SkippedTestReasonsTest$Skipping > needsATool(): qpdf is not installed; .ci/run installs it",
                "Skipped: SkippedTestReasonsTest$Skipping > later(): waits for issue 99");
    }
}
