package io.github.actionplan.examples.cli;

import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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

    /** Where a plugin jar lists its renderers. */
    static final String SERVICES = "META-INF/services/" + ReportRenderer.class.getName();

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

    /**
     * The jars in {@code folder}, sorted by name. A folder that is missing, or a file given for it (the plugin's jar
     * itself, most likely), is a usage error; one that cannot be read is a failure.
     */
    static List<URL> jars(Path folder) {
        List<URL> jars = new ArrayList<>();
        // A pipe named .jar would be read for ever, waiting for a writer: only files are loaded (formats names others).
        for (Path jar : jarFiles(folder).stream().filter(Files::isRegularFile).toList()) {
            jars.add(url(jar));
        }
        return jars;
    }

    private static List<Path> jarFiles(Path folder) {
        if (Files.isRegularFile(folder)) {
            Path holder = folder.getParent() != null ? folder.getParent() : Path.of(".");
            throw new CliException(ActionPlanCommand.EXIT_USAGE, List.of(folder + ": is a file, not a plugin folder"
                    + " (from --plugins or " + ENVIRONMENT + "); give the folder that holds it, " + holder
                    + ": every jar in it is loaded"), null);
        }
        if (!Files.isDirectory(folder)) {
            throw new CliException(ActionPlanCommand.EXIT_USAGE, List.of(folder + (Files.exists(folder)
                    ? ": is not a folder (a device or pipe)" : ": no such plugin folder") + " (from --plugins or "
                    + ENVIRONMENT + "); give a folder holding renderer plugin jars"), null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw CliException.failure(folder + ": the plugin folder cannot be read: " + PlanFiles.describe(e), e);
        }
    }

    /**
     * The jars in {@code folder} that list no renderer, each told in a line: a plugin jar with its services file
     * misnamed or missing is otherwise only a format that is not there, in the folder the user put it in.
     */
    static List<String> listingNothing(Path folder) {
        List<String> told = new ArrayList<>();
        for (Path jar : jarFiles(folder)) {
            if (!Files.isRegularFile(jar)) {
                told.add(jar + " is not a file (a folder, device or pipe), so it is not loaded");
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                JarEntry services = file.getJarEntry(SERVICES);
                if (services == null) {
                    List<String> others = file.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith("META-INF/services/") && !name.endsWith("/")).toList();
                    told.add(jar + " lists no report renderer: it has no " + SERVICES + (others.isEmpty() ? ""
                            : " (it has " + String.join(", ", others) + ")") + ". A plugin jar names its renderer"
                            + " classes, one a line, in " + SERVICES + ".");
                } else if (namesNothing(file, services)) {
                    told.add(jar + " lists no report renderer: its " + SERVICES + " names no class. A plugin jar"
                            + " names its renderer classes there, one a line.");
                }
            } catch (IOException | RuntimeException e) {
                told.add(jar + " is not a jar that can be read: " + PlanFiles.describe(e instanceof IOException io
                        ? io : new IOException(e.getMessage(), e)));
            }
        }
        return told;
    }

    private static boolean namesNothing(JarFile file, JarEntry services) throws IOException {
        try (InputStream in = file.getInputStream(services)) {
            // A services list is a few lines; no more of one is read than a long list could need.
            return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip()).allMatch(String::isEmpty);
        }
    }

    /** Warns of each jar in the plugin folder, if there is one, that lists no renderer. */
    static void warnOfJarsListingNothing(Optional<Path> folder, PrintWriter err) {
        folder.ifPresent(f -> listingNothing(f).forEach(line -> err.println("warning: " + line)));
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw CliException.failure(jar + ": not a usable plugin jar path", e);
        }
    }
}
