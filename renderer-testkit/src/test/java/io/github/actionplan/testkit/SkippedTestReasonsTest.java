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
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A skipped test says why on the console, not only in Surefire's XML report. */
class SkippedTestReasonsTest {

    @Test
    void anAssumptionThatFailsAndADisabledTestPrintTheirReasons() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        // Only the listener under test: the one registered through META-INF/services would print too.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SkippingExamples.class)).build(),
                new SkippedTestReasons(new PrintStream(printed, true, StandardCharsets.UTF_8)));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "Skipped: SkippingExamples > needsATool(): Assumption failed: qpdf is not installed; .ci/run installs it",
                "Skipped: SkippingExamples > later(): waits for issue 99");
    }
}

/** Tests that skip, run by {@link SkippedTestReasonsTest} only (Surefire runs classes named *Test). */
class SkippingExamples {
    @Test
    void needsATool() {
        Assumptions.assumeTrue(false, "qpdf is not installed; .ci/run installs it");
    }

    @Test
    @Disabled("waits for issue 99")
    void later() {
    }
}
