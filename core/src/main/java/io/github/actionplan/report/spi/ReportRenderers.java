package io.github.actionplan.report.spi;

import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An immutable registry of report renderers, one per format: the renderers found on a class
 * path, or the ones you give it.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ReportRenderers renderers = ReportRenderers.load();
 * renderers.formats();                               // [docx, pdf, xlsx]
 * renderers.render(report, "pdf", RenderOptions.defaults(), Path.of("reports/summary.pdf"));
 *
 * ReportRenderers mine = ReportRenderers.of(new MarkdownRenderer());   // scans nothing
 * }</pre>
 *
 * <p>There are no priorities: two renderers claiming one format is an error when the registry is
 * built, naming both classes and their jars, because class-path order must never decide which one
 * writes a file. A provider that fails to load is recorded in {@link #failures()} and does not hide
 * the others. The registry keeps no static state; keep the instance you built.
 */
public final class ReportRenderers {

    private static final System.Logger LOG = System.getLogger(ReportRenderers.class.getName());
    private static final Map<String, String> MODULES = Map.of(
            "pdf", "actionplan-report-pdf",
            "docx", "actionplan-report-docx",
            "xlsx", "actionplan-report-xlsx");

    private final Map<String, ReportRenderer> renderers;
    private final List<ProviderFailure> failures;

    private ReportRenderers(Collection<ReportRenderer> renderers, List<ProviderFailure> failures) {
        Map<String, ReportRenderer> byFormat = new TreeMap<>();
        for (ReportRenderer renderer : renderers) {
            Objects.requireNonNull(renderer, "renderer");
            String format = renderer.format();
            if (format == null || format.isBlank() || !format.equals(format.toLowerCase(Locale.ROOT))
                    || !format.equals(format.strip())) {
                throw new RendererConfigurationException("Report renderer " + describe(renderer.getClass())
                        + " has the format id '" + format + "'; a format id is lower case with no spaces, e.g. 'pdf'.");
            }
            ReportRenderer other = byFormat.putIfAbsent(format, renderer);
            if (other != null) {
                throw new RendererConfigurationException("Two report renderers claim the format '" + format + "': "
                        + describe(other.getClass()) + " and " + describe(renderer.getClass())
                        + ". Remove one of them from the class path; class-path order never decides which one is used.");
            }
        }
        this.renderers = byFormat;
        this.failures = List.copyOf(failures);
    }

    /**
     * The renderers listed in {@code META-INF/services} on the thread's context class loader (or,
     * where there is none, the loader of this class).
     *
     * @throws RendererConfigurationException if two renderers claim one format
     */
    public static ReportRenderers load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ReportRenderers.class.getClassLoader());
    }

    /**
     * The renderers listed in {@code META-INF/services} on {@code classLoader}.
     *
     * @throws RendererConfigurationException if two renderers claim one format
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
                // The class named in the services file could not be found or is not a renderer.
                failures.add(new ProviderFailure(providerName(e), Optional.empty(), e));
                LOG.log(System.Logger.Level.WARNING, () -> "A report renderer failed to load: " + e.getMessage());
                continue;
            }
            try {
                ReportRenderer renderer = provider.get();
                LOG.log(System.Logger.Level.DEBUG, () -> "Found report renderer for '" + renderer.format() + "': "
                        + describe(renderer.getClass()));
                found.add(renderer);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                Class<?> type = provider.type();
                failures.add(new ProviderFailure(type.getName(), declaredFormat(type), cause));
                LOG.log(System.Logger.Level.WARNING, () -> "Report renderer " + type.getName()
                        + " failed to load: " + cause);
            }
        }
        return new ReportRenderers(found, failures);
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
        return new ReportRenderers(List.copyOf(renderers), List.of());
    }

    /** The formats available, sorted. */
    public List<String> formats() {
        return List.copyOf(renderers.keySet());
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
        if (failed.isPresent()) {
            message.append(": ").append(failed.get().className()).append(" is present but failed to load: ")
                    .append(failed.get().cause()).append('.');
        } else {
            message.append('.');
        }
        message.append(" Available formats: ").append(formats()).append('.');
        if (failed.isEmpty()) {
            String module = MODULES.get(wanted);
            message.append(module != null
                    ? " Add " + module + " to the runtime class path, or register a renderer with ReportRenderers.of(...)."
                    : " Add a renderer for it to the runtime class path, or register one with ReportRenderers.of(...).");
            List<ProviderFailure> unknown = failures.stream().filter(f -> f.format().isEmpty()).toList();
            if (!unknown.isEmpty()) {
                message.append(" Renderers that failed to load: ")
                        .append(String.join(", ", unknown.stream().map(ProviderFailure::describe).toList()))
                        .append('.');
            }
        }
        throw new RendererNotFoundException(format, message.toString(),
                failed.map(ProviderFailure::cause).orElse(null));
    }

    /**
     * Renders {@code report} in {@code format} to {@code out}, which is flushed, not closed.
     *
     * @throws RendererNotFoundException if no renderer serves the format
     * @throws RenderException if the renderer fails with an unchecked exception
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
     * @throws RenderException if the renderer fails with an unchecked exception
     * @throws IOException if writing fails
     */
    public Path render(Report report, String format, RenderOptions options, Path file) throws IOException {
        return render(require(format), report, options, file);
    }

    /**
     * Renders with a given renderer to {@code out}, wrapping its unchecked failures in a
     * {@link RenderException} that names its format and class.
     *
     * @throws IOException if writing fails
     */
    public static void render(ReportRenderer renderer, Report report, RenderOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        try {
            renderer.render(report, options, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new RenderException(renderer.format(), "The " + renderer.format() + " renderer "
                    + renderer.getClass().getName() + " failed: " + e, e);
        }
    }

    /**
     * Renders with a given renderer to {@code file}, through a temporary file moved into place.
     *
     * @return {@code file}
     * @throws IOException if writing fails
     */
    public static Path render(ReportRenderer renderer, Report report, RenderOptions options, Path file)
            throws IOException {
        AtomicFiles.write(file, out -> render(renderer, report, options, out));
        return file;
    }

    /** The format a renderer class declares in its {@code FORMAT} constant, if it can be read. */
    private static Optional<String> declaredFormat(Class<?> type) {
        try {
            Field field = type.getField("FORMAT");
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                return Optional.ofNullable((String) field.get(null)).map(f -> f.toLowerCase(Locale.ROOT));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The class cannot tell us: the failure is still recorded, without a format.
        }
        return Optional.empty();
    }

    private static String providerName(ServiceConfigurationError e) {
        // ServiceLoader's messages read "io.github...ReportRenderer: Provider com.example.X not found".
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Provider ");
        if (start >= 0) {
            String rest = message.substring(start + "Provider ".length());
            int end = rest.indexOf(' ');
            return end > 0 ? rest.substring(0, end) : rest;
        }
        return message;
    }

    static String describe(Class<?> type) {
        return type.getName() + " (" + location(type) + ")";
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null) {
            return "unknown location";
        }
        String path = url.getPath();
        int slash = path.endsWith("/") ? path.lastIndexOf('/', path.length() - 2) : path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    @Override
    public String toString() {
        return "ReportRenderers" + formats();
    }
}
