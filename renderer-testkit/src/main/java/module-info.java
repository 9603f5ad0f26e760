/**
 * The contract kit every report renderer passes: subclass
 * {@link io.github.actionplan.testkit.RendererContractTest} with your renderer and a text extractor.
 */
module io.github.actionplan.testkit {
    requires transitive io.github.actionplan.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires transitive org.junit.platform.launcher;
    requires org.assertj.core;

    exports io.github.actionplan.testkit;
    // JUnit calls the kit's package-private test methods and factory methods reflectively.
    opens io.github.actionplan.testkit to org.junit.platform.commons;

    provides org.junit.platform.launcher.TestExecutionListener
            with io.github.actionplan.testkit.SkippedTestReasons;
}
