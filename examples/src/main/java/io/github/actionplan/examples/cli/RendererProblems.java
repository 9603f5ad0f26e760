package io.github.actionplan.examples.cli;

import io.github.actionplan.report.spi.ProviderFailure;
import io.github.actionplan.report.spi.RendererConfigurationException;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the command line tells its user about renderers that could not be used: one that failed to
 * load, with the chain of causes down to the root (a missing font, a class from a jar that is not
 * there), and a format two renderers claim.
 */
final class RendererProblems {

    private RendererProblems() {}

    /** Each failure of {@code registry} as warning lines, on every command that renders. */
    static void warn(ReportRenderers registry, Optional<Path> pluginFolder, PrintWriter err) {
        tell(registry, pluginFolder, "warning: ", err);
    }

    /** Each failure of {@code registry} in lines, each failure's first line after {@code prefix}. */
    static void tell(ReportRenderers registry, Optional<Path> pluginFolder, String prefix, PrintWriter err) {
        for (ProviderFailure failure : registry.failures()) {
            describe(failure, pluginFolder).forEach(line -> err.println(line.startsWith(" ") ? line : prefix + line));
        }
    }

    /**
     * {@code failure} in lines, as {@link #describe(ProviderFailure)}; where it was for want of a class while plugins
     * come from {@code pluginFolder}, a last line saying to put the library's jar there: under {@code java -jar} the
     * class path core's message speaks of is not the user's to change.
     */
    static List<String> describe(ProviderFailure failure, Optional<Path> pluginFolder) {
        List<String> lines = new ArrayList<>(describe(failure));
        pluginFolder.filter(folder -> Plugins.missingClass(failure.cause()).isPresent())
                .ifPresent(folder -> lines.add("  " + Plugins.libraryAdvice(folder)));
        return lines;
    }

    /**
     * {@code failure} in lines: what failed, then one indented {@code caused by:} line per cause
     * down to the root cause.
     */
    static List<String> describe(ProviderFailure failure) {
        List<String> lines = new ArrayList<>();
        Throwable first;
        if (failure.cause() instanceof RendererConfigurationException told) {
            // The registry's own sentence: the class, its jar, the rule and the fix. It names the exception it is
            // about, so the causes told below it start beneath that one.
            lines.add(failure.format().map(format -> "format '" + format + "' is not available: ").orElse("")
                    + told.getMessage());
            first = told.getCause() == null ? null : told.getCause().getCause();
        } else {
            lines.add("report renderer " + failure.className() + " failed to load: " + failure.cause());
            first = failure.cause().getCause();
        }
        for (Throwable cause = first; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            lines.add("  caused by: " + cause);
        }
        return lines;
    }
}
