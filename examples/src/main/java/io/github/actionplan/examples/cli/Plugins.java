package io.github.actionplan.examples.cli;

import io.github.actionplan.report.spi.RenderException;
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
import java.util.zip.ZipException;

/**
 * Renderer plugins for the command line: every jar in a folder, given with {@code --plugins DIR}
 * or the {@value #ENVIRONMENT} environment variable, added to the renderers' class loader. A
 * plugin's dependencies are jars of the same folder: a jar that lists no renderer and has no class
 * that refers to the renderer interface is such a library, loaded with the plugins and no mistake.
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

    /**
     * What a class of a plugin has in its constant pool, where it implements or uses the renderer interface (or, as its
     * name begins so, the registry): no library a plugin needs refers to either.
     */
    private static final byte[] RENDERER_REFERENCE = ReportRenderer.class.getName().replace('.', '/')
            .getBytes(StandardCharsets.UTF_8);

    /** The renderers on the class path and in every jar in {@code folder}. */
    static ReportRenderers load(Path folder) {
        return ReportRenderers.load(new Loader(folder, jars(folder).toArray(URL[]::new),
                Plugins.class.getClassLoader()));
    }

    /** The class loader of a plugin folder's jars, which knows its folder: a renderer it loaded is a plugin. */
    static final class Loader extends URLClassLoader {
        private final Path folder;

        Loader(Path folder, URL[] jars, ClassLoader parent) {
            super("actionplan-plugins", jars, parent);
            this.folder = folder;
        }
    }

    /** The plugin folder {@code renderer} is from, if it is a plugin's. */
    static Optional<Path> folderOf(ReportRenderer renderer) {
        return renderer.getClass().getClassLoader() instanceof Loader loader ? Optional.of(loader.folder)
                : Optional.empty();
    }

    /**
     * Where {@code failure} of a plugin's render is for want of a class, what the command line's user does: core's
     * advice, the class path or module path, is not theirs to change under {@code java -jar}; the plugin folder is.
     */
    static Optional<String> needing(ReportRenderer renderer, RenderException failure) {
        return missingClass(failure).flatMap(missing -> folderOf(renderer).map(folder -> "The " + renderer.format()
                + " renderer " + renderer.getClass().getName() + " (" + ReportRenderers.location(renderer)
                + ") needs the class " + missing + ", which is in no jar of the plugin folder " + folder
                + " nor on the command line's class path; " + libraryAdvice(folder)));
    }

    /** The class a failure was for want of, where it was: its chain holds a {@link ClassNotFoundException}. */
    static Optional<String> missingClass(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException missing) {
                return Optional.of(missing.getMessage());
            }
        }
        return Optional.empty();
    }

    /** How a plugin's dependency is installed: its jar beside the plugin's. */
    static String libraryAdvice(Path folder) {
        return "put the jar of the library that provides it, one of the renderer's dependencies, in the plugin folder "
                + folder + ", beside the plugin's jar";
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
     * The jars in {@code folder} that list no renderer and look like plugins, each told in a line: a plugin jar with
     * its services file misnamed or missing is otherwise only a format that is not there, in the folder the user put
     * it in.
     * A jar without a services list is a plugin's where it has a services file of a name like it
     * ({@code ...ReportRenderers}) or a class that refers to the renderer interface; any other is a library a plugin
     * needs, which is not told.
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
                if (services == null && isLibrary(file)) {
                    continue;
                }
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
            } catch (ZipException e) { // in the zip library's words ("zip END header not found"): run 108 #9
                told.add(jar + ": is not a jar file (it is damaged, or was cut short when copied); copy the plugin jar"
                        + " again, or take it out of the plugin folder");
            } catch (IOException | RuntimeException e) {
                told.add(jar + ": cannot be read as a jar: " + PlanFiles.describe(e instanceof IOException io
                        ? io : new IOException(e.getMessage(), e)));
            }
        }
        return told;
    }

    /**
     * The library jars in {@code folder} that hold classes the command line has already, each told in a line. They are
     * warnings, not failures: such a jar is never used, so it breaks nothing by being there; a plugin built against
     * its version fails at its render, where the renderer is named with the library. {@code formats} still exits 0.
     */
    static List<String> shadowedLibraries(Path folder) {
        List<String> told = new ArrayList<>();
        for (Path jar : jarFiles(folder).stream().filter(Files::isRegularFile).toList()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getJarEntry(SERVICES) == null && isLibrary(file)) {
                    shadowed(file).ifPresent(clash -> told.add(jar + " holds classes the command line has already,"
                            + " such as " + clash + ": where both have a class, the command line's is used, never this"
                            + " jar's. A plugin uses such a library at the version the command line has: remove "
                            + jar.getFileName()
                            + " from the plugin folder, and build the plugin against the command line's version."));
                }
            } catch (IOException | RuntimeException e) {
                // listingNothing tells a jar that cannot be read.
            }
        }
        return told;
    }

    /**
     * Whether {@code file}, which has no services list of renderers, is a library rather than a plugin: it has no
     * services file whose name is like that list's, and no class of it refers to the renderer interface.
     */
    private static boolean isLibrary(JarFile file) throws IOException {
        for (JarEntry entry : file.stream().toList()) {
            String name = entry.getName();
            if (name.startsWith("META-INF/services/") && nearMiss(name.substring("META-INF/services/".length()))) {
                return false;
            }
            if (name.endsWith(".class") && refersToTheRenderer(file, entry)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A class of {@code file} that the command line's own class loader has too, with where it has it:
     * "com.fasterxml.jackson.databind.ObjectMapper (in actionplan.jar)". The plugin loader asks its parent first, so
     * the jar's copy is never used: a plugin's newer Jackson beside it changes nothing but what it was built against.
     */
    private static Optional<String> shadowed(JarFile file) {
        ClassLoader commandLine = Plugins.class.getClassLoader();
        return file.stream().map(JarEntry::getName)
                .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                        && !name.endsWith("-info.class"))
                .filter(name -> commandLine.getResource(name) != null).findFirst()
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.') + " (in "
                        + holder(commandLine.getResource(name), name) + ")");
    }

    /** The file name of the jar or folder that has the resource {@code name}: "actionplan.jar", "classes/". */
    private static String holder(URL resource, String name) {
        String path = resource.getPath();
        int inJar = path.indexOf("!/");
        String holder = inJar >= 0 ? path.substring(0, inJar) : path.substring(0, path.length() - name.length());
        String bare = holder.endsWith("/") ? holder.substring(0, holder.length() - 1) : holder;
        return bare.substring(bare.lastIndexOf('/') + 1) + (holder.endsWith("/") ? "/" : "");
    }

    /** A services file name a plugin author could have meant for the renderers': "...ReportRenderers". */
    private static boolean nearMiss(String service) {
        String lower = service.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("reportrenderer") || lower.startsWith("io.github.actionplan");
    }

    private static boolean refersToTheRenderer(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return contains(in.readAllBytes(), RENDERER_REFERENCE);
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean namesNothing(JarFile file, JarEntry services) throws IOException {
        try (InputStream in = file.getInputStream(services)) {
            // A services list is a few lines; no more of one is read than a long list could need.
            return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip()).allMatch(String::isEmpty);
        }
    }

    /**
     * Warns of each jar in the plugin folder, if there is one, that lists no renderer, and of each library jar there
     * that the command line's own classes hide.
     */
    static void warnOfJarsListingNothing(Optional<Path> folder, PrintWriter err) {
        folder.ifPresent(f -> listingNothing(f).forEach(line -> err.println("warning: " + line)));
        folder.ifPresent(f -> shadowedLibraries(f).forEach(line -> err.println("warning: " + line)));
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw CliException.failure(jar + ": not a usable plugin jar path", e);
        }
    }
}
