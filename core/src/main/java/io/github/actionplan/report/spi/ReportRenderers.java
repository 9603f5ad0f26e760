package io.github.actionplan.report.spi;

import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.internal.CountedOutputStream;
import io.github.actionplan.internal.MissingClasses;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.support.CallerStream;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An immutable registry of report renderers, one per format: the renderers found on the class
 * path or module path, or the ones you give it.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ReportRenderers renderers = ReportRenderers.load();
 * renderers.formats();                               // [docx, html, pdf, xlsx]
 * renderers.render(report, "pdf", RenderOptions.defaults(), Path.of("reports/summary.pdf"));
 *
 * ReportRenderers mine = ReportRenderers.of(new MarkdownReportRenderer());   // scans nothing
 * }</pre>
 *
 * <p>There are no priorities: two renderers claiming one format block that format, naming both
 * classes and their jars, because the order of the path must never decide which one writes a file;
 * {@link #of(ReportRenderer...)} refuses them outright. A provider that fails to load (its constructor
 * throws, a class it needs is missing, its format id is not usable), or a format claimed twice, is
 * recorded in {@link #failures()}, logged at {@code WARNING} through {@link System.Logger}, and does
 * not hide the other formats. The registry keeps no static state; keep the instance you built.
 */
public final class ReportRenderers {

    private static final System.Logger LOG = System.getLogger(ReportRenderers.class.getName());
    private static final Map<String, String> MODULES = Map.of(
            "pdf", "actionplan-report-pdf",
            "docx", "actionplan-report-docx",
            "xlsx", "actionplan-report-xlsx",
            "html", "actionplan-report-html");

    /** In a linkage error's message, the owner of a method: "com.example.Owner" of "com.example.Owner.method(". */
    private static final Pattern METHOD_OWNER = Pattern.compile("([\\w$.]+)\\.[\\w$<>]+\\(");
    /** In a linkage error's message, a qualified class name, with dots or (as some messages have it) slashes. */
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+");

    /** A file name extension without its leading dot: "pdf", "tar.gz". */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9_+-]+(?:\\.[A-Za-z0-9_+-]+)*");

    private final Map<String, ReportRenderer> renderers;
    private final List<ProviderFailure> failures;

    private ReportRenderers(Map<String, ReportRenderer> renderers, List<ProviderFailure> failures) {
        this.renderers = renderers;
        this.failures = List.copyOf(failures);
    }

    /**
     * Checks a renderer's format id and file extension; throws naming the class if either is not usable. An extension
     * is checked here, once, rather than found out in a file name: "report..txt", or a slash that puts the file in
     * another folder.
     */
    private static String formatOf(ReportRenderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        String format = renderer.format();
        if (!isFormatId(format)) {
            throw new RendererConfigurationException("Report renderer " + describe(renderer.getClass())
                    + " has the format id '" + format + "'; a format id is lower case with no spaces, e.g. 'pdf'.");
        }
        String extension = renderer.fileExtension();
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new RendererConfigurationException("Report renderer " + describe(renderer.getClass())
                    + " has the file extension '" + extension + "'; a file extension is given without its dot, of"
                    + " letters, digits, '-', '_' and '+' with no spaces or slashes, e.g. 'pdf' or 'tar.gz'"
                    + (extension != null && extension.startsWith(".") && EXTENSION.matcher(extension.substring(1))
                            .matches() ? " ('" + extension.substring(1) + "', not '" + extension + "')" : "") + ".");
        }
        return format;
    }

    private static boolean isFormatId(String format) {
        return format != null && !format.isBlank() && format.equals(format.toLowerCase(Locale.ROOT))
                && format.equals(format.strip());
    }

    /**
     * The artifact that ships {@code format} as one of actionplan's own renderers ({@code "actionplan-report-pdf"} for
     * {@code "pdf"}); none for any other format. A plugin gives its format another id: two renderers of one id block
     * the format.
     */
    public static Optional<String> shippedIn(String format) {
        return Optional.ofNullable(MODULES.get(Objects.requireNonNull(format, "format")));
    }

    /** Two renderers given to {@link #of} for one format: the caller's list, not a class path, to correct. */
    private static RendererConfigurationException givenTwice(String format, ReportRenderer first,
            ReportRenderer second) {
        return new RendererConfigurationException((first == second ? "The report renderer " + describe(
                first.getClass(), Map.of()) + " is given twice" : "Two of the report renderers given claim the format '"
                + format + "': " + describe(first.getClass(), Map.of()) + " and " + describe(second.getClass(),
                Map.of())) + ". Give ReportRenderers.of one renderer for each format.");
    }

    /** As above, each renderer also named by the files whose services lists name it, where its class is not. */
    private static RendererConfigurationException claimedTwice(String format, ReportRenderer first,
            ReportRenderer second, Map<String, List<String>> listedIn) {
        // Actionplan's own renderer of a format lives in the package named after it; the other is a plugin's.
        List<ReportRenderer> plugins = Stream.of(first, second).filter(r -> !r.getClass().getPackageName().equals(
                "io.github.actionplan.report." + format)).toList();
        Optional<ReportRenderer> plugin = shippedIn(format).filter(shipped -> plugins.size() == 1)
                .map(shipped -> plugins.getFirst());
        return new RendererConfigurationException("Two report renderers claim the format '" + format + "': "
                + describe(first.getClass(), listedIn) + " and " + describe(second.getClass(), listedIn) + ". "
                + plugin.map(other -> "'" + format + "' is the id of a format actionplan ships (" + shippedIn(format)
                        .orElseThrow() + "): give " + other.getClass().getName() + ".format() another id, e.g. '"
                        + format + "-acme', and rebuild its plugin.")
                .orElse("Remove one of them from the class path, module path or plugin folder; their order there"
                        + " never decides which one is used."));
    }

    /**
     * The files (a jar, a folder) whose services list names each renderer class. A plugin jar may list a class that a
     * parent class loader has too, and loads first: the class is then from the parent's jar, and only its list says
     * which plugin brought it.
     */
    private static Map<String, List<String>> listedIn(ClassLoader loader) {
        Map<String, List<String>> listed = new TreeMap<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + ReportRenderer.class.getName());
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                String holder = holder(file);
                try (InputStream in = file.openStream()) {
                    // A services list is a few lines; no more of one is read than a long list could need.
                    new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceFirst("#.*", "").strip()).filter(name -> !name.isEmpty())
                            .map(name -> listed.computeIfAbsent(name, n -> new ArrayList<>()))
                            .filter(holders -> !holders.contains(holder)).forEach(holders -> holders.add(holder));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only the message loses where a renderer is listed; the renderers load as ServiceLoader finds them.
        }
        return listed;
    }

    /** The jar or folder holding a services list, as a path: "/opt/plugins/csv.jar", "/work/target/classes/". */
    private static String holder(URL file) {
        String path = file.getPath();
        int inJar = path.indexOf("!/");
        String holder = inJar >= 0 ? path.substring(0, inJar) : path.substring(0, Math.max(0, path.lastIndexOf(
                "META-INF/")));
        return URLDecoder.decode(holder.startsWith("file:") ? holder.substring("file:".length()) : holder,
                StandardCharsets.UTF_8);
    }

    /**
     * The jars or folders {@code holders}, by their file names where those tell them apart, else by their paths: two
     * copies of one plugin are often two jars of one name, one on the class path and one in a plugin folder.
     */
    private static String named(List<String> holders) {
        List<String> names = holders.stream().map(ReportRenderers::lastName).toList();
        List<String> told = names.stream().distinct().count() == names.size() ? names : holders;
        return told.size() == 1 ? told.get(0)
                : String.join(", ", told.subList(0, told.size() - 1)) + " and " + told.getLast();
    }

    private static RendererConfigurationException listedTwice(String format, String className, List<String> copies) {
        return new RendererConfigurationException("Report renderer " + className + " (format '" + format
                + "') is listed in the META-INF/services of " + copies.size() + " jars, " + named(copies)
                + ": two copies of one plugin, perhaps two versions of it, and only one can load, chosen by the"
                + " order of the jars. Remove all but one of them from the class path, module path or plugin folder;"
                + " the format '" + format + "' is blocked until then.");
    }

    /**
     * The renderers listed in {@code META-INF/services} on the thread's context class loader (or,
     * where there is none, the loader of this class). A renderer that fails to load, or whose
     * format another renderer claims too, is recorded in {@link #failures()}; the others load.
     */
    public static ReportRenderers load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ReportRenderers.class.getClassLoader());
    }

    /**
     * The renderers listed in {@code META-INF/services} on {@code classLoader}. A renderer that fails
     * to load, or whose format another renderer claims too, is recorded in {@link #failures()}: a
     * broken or duplicated plugin blocks its own format only.
     */
    public static ReportRenderers load(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        List<ReportRenderer> found = new ArrayList<>();
        List<ProviderFailure> failures = new ArrayList<>();
        Iterator<ServiceLoader.Provider<ReportRenderer>> providers =
                ServiceLoader.load(ReportRenderer.class, classLoader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<ReportRenderer> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                // The class named in the services file could not be found, is not a renderer, or cannot be made.
                failures.add(unusable(providerName(e), e, classLoader));
                continue;
            } catch (LinkageError e) {
                // A class it needs is missing, or the provider was compiled for a newer Java: ServiceLoader names no
                // provider, and goes on with the next one.
                String name = missingFrom(classLoader, failures);
                failures.add(e instanceof UnsupportedClassVersionError newer ? forNewerJava(name, newer, classLoader)
                        : failed(name, jarOf(name, classLoader), e));
                continue;
            }
            try {
                ReportRenderer renderer = provider.get();
                LOG.log(System.Logger.Level.DEBUG, () -> "Found report renderer for '" + renderer.format() + "': "
                        + describe(renderer.getClass()));
                found.add(renderer);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                // Its format stays unknown: a constant of a class whose initialiser failed cannot be read.
                String name = provider.type().getName();
                failures.add(cause instanceof UnsupportedClassVersionError newer ? forNewerJava(name, newer,
                        classLoader) : cause instanceof IncompatibleClassChangeError other ? failed(name, "",
                        new ServiceConfigurationError(ReportRenderer.class.getName() + ": Provider " + name
                                + builtAgainstAnother(other, provider.type()), other))
                        : cause instanceof LinkageError && !(cause instanceof ExceptionInInitializerError)
                        ? failed(name, " (" + location(provider.type()) + ")", cause) : notMade(provider.type(),
                        cause));
            }
        }
        Map<String, ReportRenderer> byFormat = new TreeMap<>();
        Map<String, List<ReportRenderer>> claimed = new TreeMap<>();
        for (ReportRenderer renderer : found) {
            String format;
            try {
                format = formatOf(renderer);
            } catch (RendererConfigurationException e) {
                // Where only the extension is wrong, the format is known, and asking for it is told why it is missing.
                failures.add(new ProviderFailure(renderer.getClass().getName(),
                        Optional.ofNullable(renderer.format()).filter(ReportRenderers::isFormatId), e));
                LOG.log(System.Logger.Level.WARNING, e::getMessage);
                continue;
            }
            claimed.computeIfAbsent(format, f -> new ArrayList<>()).add(renderer);
        }
        Map<String, List<String>> listed = listedIn(classLoader);
        claimed.forEach((format, claimants) -> {
            if (claimants.size() == 1) {
                ReportRenderer renderer = claimants.get(0);
                List<String> copies = listed.getOrDefault(renderer.getClass().getName(), List.of());
                if (copies.size() < 2) {
                    byFormat.put(format, renderer);
                    return;
                }
                // One class name met in two jars: the shared class loader made one of them, chosen by their order.
                RendererConfigurationException twice = listedTwice(format, renderer.getClass().getName(), copies);
                failures.add(new ProviderFailure(renderer.getClass().getName(), Optional.of(format), twice));
                LOG.log(System.Logger.Level.WARNING, twice::getMessage);
                return;
            }
            RendererConfigurationException conflict = claimedTwice(format, claimants.get(0), claimants.get(1),
                    listed);
            failures.add(new ProviderFailure(String.join(" and ",
                    claimants.stream().map(r -> r.getClass().getName()).toList()), Optional.of(format), conflict));
            LOG.log(System.Logger.Level.WARNING, conflict::getMessage);
        });
        return new ReportRenderers(byFormat, failures);
    }

    /**
     * A registry of exactly these renderers; it scans nothing.
     *
     * @throws RendererConfigurationException if two of them claim one format
     */
    public static ReportRenderers of(ReportRenderer... renderers) {
        return of(Arrays.asList(renderers));
    }

    /**
     * A registry of exactly these renderers; it scans nothing.
     *
     * @throws RendererConfigurationException if two of them claim one format
     */
    public static ReportRenderers of(Collection<? extends ReportRenderer> renderers) {
        Map<String, ReportRenderer> byFormat = new TreeMap<>();
        for (ReportRenderer renderer : renderers) {
            String format = formatOf(renderer);
            ReportRenderer other = byFormat.putIfAbsent(format, renderer);
            if (other != null) {
                throw givenTwice(format, other, renderer);
            }
        }
        return new ReportRenderers(byFormat, List.of());
    }

    /** The formats available, sorted. */
    public List<String> formats() {
        return List.copyOf(renderers.keySet());
    }

    /**
     * The formats, as a message lists them: {@code "docx, html, pdf"}, or {@code "none"}; not as a Java list, in
     * brackets (run 108 #6).
     */
    public String formatsListed() {
        return renderers.isEmpty() ? "none" : String.join(", ", renderers.keySet());
    }

    /** The renderers, sorted by format. */
    public List<ReportRenderer> renderers() {
        return List.copyOf(renderers.values());
    }

    /** The providers that failed to load, in the order they were met. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** The renderer for {@code format} (case does not matter), if there is one. */
    public Optional<ReportRenderer> find(String format) {
        Objects.requireNonNull(format, "format");
        return Optional.ofNullable(renderers.get(format.toLowerCase(Locale.ROOT).strip()));
    }

    /**
     * The renderer for {@code format} (case does not matter).
     *
     * @throws RendererNotFoundException if there is none, saying which formats there are, how to
     *         add this one, and whether a provider for it is present but failed to load
     */
    public ReportRenderer require(String format) {
        Optional<ReportRenderer> renderer = find(format);
        if (renderer.isPresent()) {
            return renderer.get();
        }
        String wanted = format.toLowerCase(Locale.ROOT).strip();
        Optional<ProviderFailure> failed = failures.stream()
                .filter(f -> f.format().filter(wanted::equals).isPresent())
                .findFirst();
        StringBuilder message = new StringBuilder("No report renderer for format '").append(format).append("'");
        if (failed.isPresent() && failed.get().cause() instanceof RendererConfigurationException conflict) {
            message.append(": ").append(conflict.getMessage());
        } else if (failed.isPresent()) {
            message.append(": ").append(failed.get().className()).append(" is present but failed to load: ")
                    .append(failed.get().cause()).append('.');
        } else {
            message.append('.');
        }
        message.append(" Available formats: ").append(formatsListed()).append('.');
        if (failed.isEmpty()) {
            String module = MODULES.get(wanted);
            message.append(module != null
                    ? " Add " + module + " to the runtime class path or module path, or register a renderer with"
                            + " ReportRenderers.of(...)."
                    : " Add a renderer for it to the runtime class path or module path, or register one with"
                            + " ReportRenderers.of(...).");
            List<ProviderFailure> unknown = failures.stream().filter(f -> f.format().isEmpty()).toList();
            if (!unknown.isEmpty()) {
                String told = String.join("; ", unknown.stream().map(ProviderFailure::describe).toList());
                message.append(" Renderers that failed to load, so their formats are unknown: ").append(told)
                        .append(told.endsWith(".") ? "" : ".");
            }
        }
        List<ProviderFailure> unknown = failures.stream().filter(f -> f.format().isEmpty()).toList();
        Throwable cause = failed.map(ProviderFailure::cause)
                .orElse(unknown.size() == 1 ? unknown.get(0).cause() : null);
        throw new RendererNotFoundException(format, message.toString(), cause);
    }

    /**
     * Renders {@code report} in {@code format} to {@code out}, which is flushed, not closed.
     *
     * @throws RendererNotFoundException if no renderer serves the format
     * @throws RenderException if the renderer fails with an unchecked exception, an IOException of its own (not the
     *         stream's: a template missing from its jar), for want of a library, or writes nothing
     * @throws java.io.InterruptedIOException if the thread is interrupted, as cancelling its task does: nothing more
     *         is written to {@code out}, and the thread's interrupt status stays set
     * @throws IOException if writing fails
     */
    public void render(Report report, String format, RenderOptions options, OutputStream out) throws IOException {
        render(require(format), report, options, out);
    }

    /**
     * Renders {@code report} in {@code format} to {@code file}, creating its folder. The report is
     * written to a temporary file beside it and moved into place, so a failed render never leaves
     * a partial file, and an existing file is only replaced by a complete one.
     *
     * @return {@code file}
     * @throws RendererNotFoundException if no renderer serves the format
     * @throws RenderException if the renderer fails with an unchecked exception, an IOException of its own (not the
     *         file's: a template missing from its jar), for want of a library, or writes nothing: no file is left
     * @throws java.io.InterruptedIOException if the thread is interrupted, as cancelling its task does: no file is
     *         left, nor its temporary file, an existing file is kept, and the thread's interrupt status stays set
     * @throws IOException if writing fails
     */
    public Path render(Report report, String format, RenderOptions options, Path file) throws IOException {
        return render(require(format), report, options, file);
    }

    /**
     * Renders with a given renderer to {@code out}, wrapping its unchecked failures, and its IOExceptions that are not
     * {@code out}'s nor an interrupt's, in a {@link RenderException} that names its format, class and jar, as it does
     * a class it needs that is missing from the class path, naming that class. The renderer gets {@code out}
     * through a {@link CallerStream}, so a renderer that closes it (against its contract) cannot
     * close the caller's stream; such a renderer is named in a warning through
     * {@link RenderOptions#warn(String)}, as is one that does not flush what it writes. A renderer that writes nothing
     * fails with a {@link RenderException} naming it: no format has an empty document. Where writing to {@code out}
     * fails, that {@code IOException} is thrown, though the renderer caught it. On an interrupted thread the renderer
     * is not called, and once its thread is interrupted nothing more it writes reaches {@code out}.
     *
     * @throws java.io.InterruptedIOException if the thread is interrupted before the render, or during it where the
     *         renderer stops as its contract says
     * @throws IOException if writing fails, whether or not the renderer let the failure out
     * @throws RenderException if the renderer fails otherwise
     */
    public static void render(ReportRenderer renderer, Report report, RenderOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        // A render asked for on a cancelled thread does not start; one cancelled later writes nothing
        // more through the guard, whether or not the renderer looks.
        Cancellation.checkInterrupted();
        CountedOutputStream counted = new CountedOutputStream(out);
        CallerStream guarded = CallerStream.of(counted);
        try {
            renderer.render(report, options, guarded);
        } catch (UncheckedIOException e) {
            throw ownOrWriting(renderer, guarded, e.getCause());
        } catch (IOException e) {
            throw ownOrWriting(renderer, guarded, e);
        } catch (RuntimeException e) {
            guarded.throwFailure(e); // a library's wrapping of the stream's failure: that failure is the cause
            if (e.getCause() instanceof OutOfMemoryError memory) {
                // Closing a resource threw the OutOfMemoryError its use had, which cannot suppress itself (run 136 #7).
                throw memory;
            }
            throw new RenderException(renderer.format(), named(renderer) + " failed: " + e, e);
        } catch (NoClassDefFoundError e) {
            if (MissingClasses.ranOutOfMemoryBefore(e)) {
                // Told as what it is, as the render that ran out was, not as the renderer's failure (run 136 #7).
                OutOfMemoryError memory = new OutOfMemoryError("earlier, while a class the " + renderer.format()
                        + " renderer draws with was initialised, which cannot be used again until Java restarts");
                memory.initCause(e);
                throw memory;
            }
            // A library the renderer draws with is missing: its own classes loaded, so its format is listed, and the
            // first class it needs fails only now. That is the application's set-up to correct, not the JVM failing.
            throw new RenderException(renderer.format(), named(renderer) + missing(e).orElse(" failed: " + e), e);
        } catch (IncompatibleClassChangeError e) {
            // NoSuchMethodError, NoSuchFieldError, AbstractMethodError and the like: the renderer was compiled against
            // another version of a library than the one it runs with. That is this renderer's failure, a plugin built
            // against a newer Jackson say, not the JVM's: the other formats can still be written.
            throw new RenderException(renderer.format(), named(renderer) + builtAgainstAnother(e,
                    renderer.getClass()), e);
        } catch (LinkageError e) {
            // A class of the renderer's that cannot be initialised, or was compiled for a newer Java: its failure too.
            throw new RenderException(renderer.format(), named(renderer) + " failed: " + e, e);
        }
        if (guarded.failure().isPresent()) {
            // Writing failed, and the renderer went on as if not (a PrintWriter keeps its stream's failures): what it
            // wrote stopped there.
            throw guarded.failure().get();
        }
        if (counted.bytes() == 0) {
            // No format has an empty document: an unfinished renderer, or one that wrote to a stream of its own.
            Cancellation.checkInterrupted();
            throw new RenderException(renderer.format(), named(renderer) + " wrote nothing: a renderer writes the"
                    + " whole document to the stream it is given, every string of the report, and flushes it.", null);
        }
        if (!guarded.isFlushed()) {
            options.warn(named(renderer) + " wrote to the stream it was given without flushing it after; where it"
                    + " writes through a buffer of its own, the end of its output is missing. A renderer flushes its"
                    + " output when done.");
        }
        if (guarded.closeCalled()) {
            options.warn(named(renderer) + " closed the stream it was given; it was kept open, because the caller"
                    + " owns it. A renderer flushes its output but never closes the stream.");
        }
    }

    /**
     * The stream's failure thrown, where the stream failed; {@code e} thrown as it is, where it is an interrupt's (the
     * thread's status set); else {@code e} is the renderer's own (a template missing from its jar, a temporary file it cannot make, a server it timed out on) as a
     * {@link RenderException} with its class and jar, as any failure of its is: told as the output's, it sent the
     * reader to the disk and the folder, with two versions of a plugin not knowing which failed (runs 140 #1, 141 #2,
     * #3).
     */
    private static RenderException ownOrWriting(ReportRenderer renderer, CallerStream guarded, IOException e)
            throws IOException {
        if (guarded.failure().isPresent()) {
            // The stream's own, with its reason ("No space left on device"), not the words a renderer wrapped it in,
            // "error writing the report" (run 141 #5).
            throw guarded.failure().get();
        }
        if (e instanceof java.io.InterruptedIOException && Thread.currentThread().isInterrupted()) {
            throw e;
        }
        return new RenderException(renderer.format(), named(renderer) + " failed: " + e, e);
    }

    /**
     * Renders with a given renderer to {@code file}, creating its folder, through a temporary file moved into place.
     *
     * @return {@code file}
     * @throws java.io.InterruptedIOException if the thread is interrupted: no file is left, nor its temporary file
     * @throws IOException if writing fails
     */
    public static Path render(ReportRenderer renderer, Report report, RenderOptions options, Path file)
            throws IOException {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, out -> render(renderer, report, options, out));
        return file;
    }

    /**
     * The failure of the provider {@code className}, logged; where it failed for want of a class, a
     * {@link ServiceConfigurationError} that names that class and what to add, and the provider with {@code where} its
     * jar is (" (acme-csv-1.0.jar)"), as a provider that cannot be made is named (run 140 #4).
     */
    private static ProviderFailure failed(String className, String where, Throwable cause) {
        Throwable told = cause instanceof NoClassDefFoundError e ? missing(e).<Throwable>map(needs ->
                new ServiceConfigurationError(ReportRenderer.class.getName() + ": Provider " + className + where
                        + needs, cause)).orElse(cause) : cause;
        ProviderFailure failure = new ProviderFailure(className, Optional.empty(), told);
        LOG.log(System.Logger.Level.WARNING, () -> "Report renderer " + className + " failed to load: "
                + failure.cause());
        return failure;
    }

    /**
     * A renderer as messages name it, with the jar its class is from, as a failure to load names it: "The csv renderer
     * com.example.CsvRenderer (actionplan-csv-1.1.jar)". Of two versions of a plugin, that says which one failed.
     */
    private static String named(ReportRenderer renderer) {
        return "The " + renderer.format() + " renderer " + renderer.getClass().getName() + " ("
                + location(renderer.getClass()) + ")";
    }

    /** What a renderer needs, where {@code e} is for a class missing from the path: which class, and what to add. */
    private static Optional<String> missing(NoClassDefFoundError e) {
        // One fix, right for a library's user and the command line's alike: the two had read two (run 140 #4).
        return MissingClasses.of(e).map(name -> MissingClasses.ofTheJdk(name).orElse(" needs the class " + name
                + ", which is on neither the class path nor the module path; add the library that provides it, one of"
                + " the renderer's dependencies, where the renderer's jar is: its class path, module path or plugin"
                + " folder"));
    }

    /**
     * What a renderer, {@code type}, whose call into a library failed with {@code e} is told: that it was built against
     * another version of that library, which one where the message names its class, and what to do.
     */
    private static String builtAgainstAnother(IncompatibleClassChangeError e, Class<?> type) {
        return " was built against another version of a library than the one it runs with: " + e + "." + library(e,
                type).map(other -> " The class " + other.getName() + " (package " + other.getPackageName() + ", from "
                        + location(other) + ") is not the version the renderer was compiled against.").orElse("")
                + " Build the renderer against the versions of the libraries the application has (for one that"
                + " actionplan uses itself, such as Jackson, the version actionplan-core depends on), and bring no"
                + " other version of such a library with it.";
    }

    /**
     * The library class {@code e} is about, as its message names it: of a method's owner, or else of the classes named,
     * the first that {@code type}'s loader finds, outside the JDK and the renderer's own jar.
     */
    private static Optional<Class<?>> library(IncompatibleClassChangeError e, Class<?> type) {
        String message = String.valueOf(e.getMessage());
        // "'ReturnType com.example.Owner.method(Args)'" names the owner of a method; other messages name classes.
        Matcher owner = METHOD_OWNER.matcher(message);
        Matcher named = CLASS_NAME.matcher(message);
        List<String> candidates = new ArrayList<>();
        while (owner.find()) {
            candidates.add(owner.group(1));
        }
        while (named.find()) {
            candidates.add(named.group().replace('/', '.'));
        }
        ClassLoader loader = type.getClassLoader();
        String own = location(type);
        for (String name : candidates) {
            try {
                Class<?> found = Class.forName(name, false, loader);
                if (found.getClassLoader() != null && found.getClassLoader() != ClassLoader.getPlatformClassLoader()
                        && !location(found).equals(own)) {
                    return Optional.of(found);
                }
            } catch (ClassNotFoundException | LinkageError | RuntimeException notAClass) {
                // A method's name, a word of the message: not a class.
            }
        }
        return Optional.empty();
    }

    /**
     * The provider listed on {@code loader} that a class is missing for, where ServiceLoader does not say which: the
     * first listed whose class cannot be linked that is not yet among the {@code failures}.
     */
    private static String missingFrom(ClassLoader loader, List<ProviderFailure> failures) {
        try {
            for (URL services : Collections.list(loader.getResources("META-INF/services/"
                    + ReportRenderer.class.getName()))) {
                try (InputStream in = services.openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty() && failures.stream().noneMatch(f -> f.className().equals(name))
                                && !links(name, loader)) {
                            return name;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // ServiceLoader has read these files already; the provider stays unnamed.
        }
        return "(unknown provider)";
    }

    /**
     * " (its jar)" of the class {@code className} as {@code loader} finds its class file, which cannot be loaded; the
     * folder's name with its slash for a folder of classes; "" where it finds none.
     */
    private static String jarOf(String className, ClassLoader loader) {
        String file = className.replace('.', '/') + ".class";
        URL url = loader.getResource(file);
        if (url == null) {
            return "";
        }
        String path = URLDecoder.decode(url.getPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        int inJar = path.indexOf("!/");
        return " (" + lastName(inJar >= 0 ? path.substring(0, inJar) : path.substring(0, Math.max(0, path.length()
                - file.length()))) + ")";
    }

    private static boolean links(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader).getConstructor();
            return true;
        } catch (LinkageError e) {
            return false;
        } catch (ReflectiveOperationException e) {
            return true; // not the one: ServiceLoader reports this itself
        }
    }

    /**
     * The class a {@link ServiceConfigurationError} is about. ServiceLoader's messages read
     * "io.github...ReportRenderer: Provider com.example.X not found", "...: com.example.X not a subtype" and
     * "...: com.example.X Unable to get public no-arg constructor".
     */
    static String providerName(ServiceConfigurationError e) {
        String message = String.valueOf(e.getMessage());
        String prefix = ReportRenderer.class.getName() + ": ";
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        if (rest.startsWith("Provider ")) {
            rest = rest.substring("Provider ".length());
        }
        int end = rest.indexOf(' ');
        String name = end > 0 ? rest.substring(0, end) : rest;
        return name.matches("[\\p{javaJavaIdentifierPart}.$]+") ? name : "(unknown provider)";
    }

    /**
     * A provider ServiceLoader could not make, told as the registry tells a bad format id: the class, where it is
     * listed, the rule of {@link ReportRenderer} it breaks, and what to do.
     */
    private static ProviderFailure unusable(String className, ServiceConfigurationError e, ClassLoader loader) {
        Map<String, List<String>> listed = listedIn(loader);
        String where = listed.containsKey(className) ? named(listed.get(className)) : null;
        Optional<Class<?>> type = Optional.empty();
        try {
            type = Optional.of(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError | RuntimeException notThere) {
            // Named by where it is listed only.
        }
        String named = "Report renderer " + type.map(found -> describe(found, listed))
                .orElse(className + (where == null ? "" : " (listed in " + where + ")"));
        String message = String.valueOf(e.getMessage());
        String told;
        if (type.isEmpty() && message.endsWith(" not found")) {
            told = named + " is not found: no jar on the class path, module path or plugin folder has that class."
                    + " Correct its name in META-INF/services/" + ReportRenderer.class.getName() + ", or add the jar"
                    + " that holds it.";
        } else if (message.endsWith(" not a subtype")) {
            told = named + " does not implement " + ReportRenderer.class.getName() + ". List only renderers in"
                    + " META-INF/services/" + ReportRenderer.class.getName() + ".";
        } else if (e.getCause() instanceof NoSuchMethodException) {
            told = named + " has no public no-argument constructor, so ServiceLoader cannot make it. Give it one: a"
                    + " renderer takes what it needs from the report and the RenderOptions of each render.";
        } else {
            told = named + " failed to load: " + message;
        }
        RendererConfigurationException cause = new RendererConfigurationException(told, e);
        LOG.log(System.Logger.Level.WARNING, cause::getMessage);
        return new ProviderFailure(className, Optional.empty(), cause);
    }

    /**
     * A provider compiled for a newer Java than the one running, told as the registry tells the others: the class, the
     * jar that lists it, the two Javas, and what to do (trial 57 F3: the JVM's own message named neither jar nor fix).
     */
    private static ProviderFailure forNewerJava(String className, UnsupportedClassVersionError e,
            ClassLoader loader) {
        Map<String, List<String>> listed = listedIn(loader);
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("class file version (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        // Class file version 65 is Java 21's; each Java since adds one.
        String built = version.find() ? "Java " + (Integer.parseInt(version.group(1)) - 44) + " (class file version "
                + version.group(1) + ")" : "a newer Java";
        int running = Runtime.version().feature();
        RendererConfigurationException told = new RendererConfigurationException("Report renderer " + className
                + (listed.containsKey(className) ? " (listed in " + named(listed.get(className)) + ")" : "")
                + " was compiled for " + built + ", and this is Java " + running + ". Build the plugin with"
                + " maven.compiler.release " + JAVA_NEEDED + ", the Java actionplan needs, so that it runs wherever"
                + " actionplan does; or run on the Java it was built for.", e);
        LOG.log(System.Logger.Level.WARNING, told::getMessage);
        return new ProviderFailure(className, Optional.empty(), told);
    }

    /** The Java actionplan needs: a plugin built for it runs wherever actionplan does. */
    private static final int JAVA_NEEDED = 21;

    /** A provider whose class loaded and that could not be made: not public, or its constructor threw. */
    private static ProviderFailure notMade(Class<?> type, Throwable cause) {
        String named = "Report renderer " + describe(type);
        String told = cause instanceof IllegalAccessException
                ? named + " is not public, so ServiceLoader cannot make it. Make the class and its no-argument"
                        + " constructor public."
                : named + (cause instanceof ExceptionInInitializerError e && e.getCause() != null
                        ? " failed in its static initialiser: " + e.getCause()
                        : " failed in its constructor: " + cause) + ". A renderer's constructor does nothing that"
                        + " can fail, or the renderer is missing and its format unknown: load fonts, templates and the"
                        + " like at the first render (and keep them), or catch the failure and report it there.";
        RendererConfigurationException failure = new RendererConfigurationException(told, cause);
        LOG.log(System.Logger.Level.WARNING, failure::getMessage);
        return new ProviderFailure(type.getName(), Optional.empty(), failure);
    }

    static String describe(Class<?> type) {
        return describe(type, Map.of());
    }

    /** The class and where it is from: its jar, and any other file whose services list names it. */
    private static String describe(Class<?> type, Map<String, List<String>> listedIn) {
        String location = location(type);
        List<String> elsewhere = listedIn.getOrDefault(type.getName(), List.of()).stream()
                .map(ReportRenderers::lastName).filter(holder -> !holder.equals(location)).distinct().toList();
        return type.getName() + " (" + location + (elsewhere.isEmpty() ? "" : ", listed as a renderer in "
                + String.join(" and ", elsewhere)) + ")";
    }

    /**
     * Where a renderer's class is from, by its file name: {@code "actionplan-report-pdf-0.1.0.jar"}, a folder's with
     * its slash ({@code "classes/"}), or {@code "unknown location"} where the JVM does not say. Two versions of one
     * plugin are told apart by it.
     */
    public static String location(ReportRenderer renderer) {
        return location(Objects.requireNonNull(renderer, "renderer").getClass());
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null) {
            return "unknown location";
        }
        return lastName(url.getPath());
    }

    /** The last name of a path, a folder's with its slash: "actionplan.jar", "test-classes/". */
    private static String lastName(String path) {
        int slash = path.endsWith("/") ? path.lastIndexOf('/', path.length() - 2) : path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    @Override
    public String toString() {
        return "ReportRenderers" + formats();
    }
}
