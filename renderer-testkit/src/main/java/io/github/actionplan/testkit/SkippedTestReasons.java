package io.github.actionplan.testkit;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why each skipped test was skipped, on standard output, where Maven shows it: Surefire
 * counts a test whose assumption failed ("soffice is not installed") as skipped and keeps the
 * reason in its XML report only. Registered with the JUnit Platform through
 * {@code META-INF/services}, so every build that has the kit on its test class path gets it.
 */
public final class SkippedTestReasons implements TestExecutionListener {

    private final PrintStream out;

    /** Prints to {@link System#out}; the JUnit Platform makes it. */
    public SkippedTestReasons() {
        this(System.out);
    }

    SkippedTestReasons(PrintStream out) {
        this.out = out;
    }

    /** A disabled test or container: its reason. */
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        out.println(line(test, reason));
    }

    /** A test or container whose assumption failed: the assumption's message. */
    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            out.println(line(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted")));
        }
    }

    /** "Skipped: LibreOfficeTest > convertsEveryReport(): soffice is not installed". */
    static String line(TestIdentifier test, String reason) {
        String where = test.getSource().map(source -> switch (source) {
            case MethodSource method -> simpleName(method.getClassName()) + " > " + test.getDisplayName();
            case ClassSource type -> simpleName(type.getClassName());
            default -> test.getDisplayName();
        }).orElse(test.getDisplayName());
        return "Skipped: " + where + ": " + reason;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
