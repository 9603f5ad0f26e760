package io.github.actionplan.examples.cli;

import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Renderer plugins for the command line: every jar in a folder, given with {@code --plugins DIR}
 * or the {@value #ENVIRONMENT} environment variable, added to the renderers' class loader.
 *
 * <p>Why a folder and not {@code -cp}: {@code java -jar actionplan.jar} runs with the jar alone as
 * its class path and ignores {@code -cp} and {@code CLASSPATH}, as the {@code java} command's
 * documentation says, so a plugin jar given that way is never seen.
 */
final class Plugins {

    /** The environment variable naming the plugin folder when {@code --plugins} is not given. */
    static final String ENVIRONMENT = "ACTIONPLAN_PLUGINS";

    private Plugins() {}

    /** The plugin folder: {@code option} where given, else the environment variable's value where set and not blank. */
    static Optional<Path> folder(Path option, String environment) {
        if (option != null) {
            return Optional.of(option);
        }
        return Optional.ofNullable(environment).filter(value -> !value.isBlank()).map(Path::of);
    }

    /** The renderers on the class path and in every jar in {@code folder}. */
    static ReportRenderers load(Path folder) {
        return ReportRenderers.load(new URLClassLoader("actionplan-plugins", jars(folder).toArray(URL[]::new),
                Plugins.class.getClassLoader()));
    }

    /** The jars in {@code folder}, sorted by name; a folder that is missing or unreadable is a failure. */
    static List<URL> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw CliException.failure(folder + ": no such plugin folder (from --plugins or " + ENVIRONMENT
                    + "); give a folder holding renderer plugin jars");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> jars = new ArrayList<>();
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(url(jar));
            }
            return jars;
        } catch (IOException e) {
            throw CliException.failure(folder + ": the plugin folder cannot be read: " + PlanFiles.describe(e), e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw CliException.failure(jar + ": not a usable plugin jar path", e);
        }
    }
}
