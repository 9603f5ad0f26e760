package io.github.actionplan.report.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {

    /** A renderer that writes its format's name: the smallest thing that is a renderer. */
    public static class StubRenderer implements ReportRenderer {
        private final String format;

        public StubRenderer() {
            this("md");
        }

        StubRenderer(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/markdown";
        }

        @Override
        public String fileExtension() {
            return format;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write(format.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The renderer core's test class path lists in META-INF/services. */
    public static final class ListedRenderer extends StubRenderer {
        public ListedRenderer() {
            super("txt");
        }
    }

    /** Another renderer claiming "md". */
    public static final class OtherMarkdownRenderer extends StubRenderer {}

    /** A provider that fails while loading, as one with a missing font or dependency would. */
    public static final class BrokenPdfRenderer extends StubRenderer {
        public static final String FORMAT = "pdf";

        public BrokenPdfRenderer() {
            throw new IllegalStateException("no fonts installed", new java.io.FileNotFoundException("fonts/DejaVuSans.ttf"));
        }
    }

    /** A provider whose static initialiser fails: its FORMAT constant cannot be read either. */
    public static final class StaticallyBrokenRenderer extends StubRenderer {
        public static final String FORMAT = "odt";
        private static final String TEMPLATE = load();

        public StaticallyBrokenRenderer() {
            super(TEMPLATE);
        }

        private static String load() {
            throw new IllegalStateException("template missing");
        }
    }

    /** A provider built against a newer library than the one it runs with, which calls it in its constructor. */
    public static final class NewerLibraryRenderer extends StubRenderer {
        public NewerLibraryRenderer() {
            throw new NoSuchMethodError(NEWER_METHOD);
        }
    }

    /** Gives its file extension with its dot, which would make "report..txt". */
    public static final class DotExtensionRenderer extends StubRenderer {
        public DotExtensionRenderer() {
            super("dotext");
        }

        @Override
        public String fileExtension() {
            return ".txt";
        }
    }

    /** Takes its format in its constructor, as a renderer written for {@link ReportRenderers#of} alone might. */
    public static final class ConfiguredRenderer extends StubRenderer {
        public ConfiguredRenderer(String format) {
            super(format);
        }
    }

    /** Writes nothing at all, as an unfinished renderer does. */
    public static final class SilentRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            // Nothing: the mistake under test.
        }
    }

    /** Closes the caller's stream, as a renderer wrapping it in a library's writer might. */
    private static final class ClosingRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            try (OutputStream own = new java.io.BufferedOutputStream(out)) {
                own.write("closing".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Writes through a PrintWriter, which keeps its stream's failures to itself. */
    private static final class PrintWriterRenderer extends StubRenderer {
        private final boolean flushes;

        PrintWriterRenderer(boolean flushes) {
            this.flushes = flushes;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            java.io.PrintWriter writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(out,
                    StandardCharsets.UTF_8));
            for (int i = 0; i < 2_000; i++) {
                writer.println("line " + i);
            }
            if (flushes) {
                writer.flush();
            }
        }
    }

    private static final class ThrowingRenderer extends StubRenderer {
        private final RuntimeException failure;

        ThrowingRenderer(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            throw failure;
        }
    }

    private static final class PartialThenFailingRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }
    }

    /** A type of a library the class path lacks, as openpdf's {@code PdfPageEvent} is where openpdf is missing. */
    public interface AbsentLibraryType {}

    /** Implements a type of the missing library: the class itself cannot be loaded. */
    public static final class ImplementsAbsentTypeRenderer extends StubRenderer implements AbsentLibraryType {}

    /** A public constructor takes a type of the missing library: the class loads, its constructors cannot be listed. */
    public static final class NeedsAbsentTypeRenderer extends StubRenderer {
        public NeedsAbsentTypeRenderer() {}

        public NeedsAbsentTypeRenderer(AbsentLibraryType library) {}
    }

    /** Loads, and draws with a type of the missing library: what fails is its first render. */
    public static final class DrawsWithAbsentTypeRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write(AbsentLibraryType.class.getName().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Claims an upper-case format id. */
    public static final class UpperCaseRenderer extends StubRenderer {
        public UpperCaseRenderer() {
            super("MD");
        }
    }

    /**
     * Lists {@code renderers} in {@code folder}'s services file and defines them itself, from this class path's
     * bytes, so that they resolve their references through it; it has no {@link AbsentLibraryType}, as a class path
     * missing a renderer's dependency has no class of it.
     */
    private static ClassLoader withoutTheLibrary(Path folder, Class<?>... renderers) throws IOException {
        java.util.Set<String> own = java.util.Arrays.stream(renderers).map(Class::getName)
                .collect(java.util.stream.Collectors.toSet());
        ClassLoader parent = withServices(folder, own.stream().sorted().toArray(String[]::new));
        return new ClassLoader(parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(AbsentLibraryType.class.getName())) {
                    throw new ClassNotFoundException(name);
                }
                if (!own.contains(name)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded != null) {
                        return loaded;
                    }
                    try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        return defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
            }
        };
    }

    /** Runs {@code action}, giving what it logged at WARNING through {@link ReportRenderers}'s logger. */
    private static java.util.List<String> warningsOf(Runnable action) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(ReportRenderers.class.getName());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel() == java.util.logging.Level.WARNING) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return warnings;
    }

    private static ClassLoader withServices(Path folder, String... classNames) throws IOException {
        Path services = folder.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ReportRenderer.class.getName()), String.join("\n", classNames) + "\n");
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, ReportRenderersTest.class.getClassLoader());
    }

    @Test
    void ofScansNothingAndListsTheFormatsSorted() {
        ReportRenderers registry = ReportRenderers.of(new StubRenderer("xlsx"), new StubRenderer("docx"));

        assertThat(registry.formats()).containsExactly("docx", "xlsx");
        assertThat(registry.find("txt")).isEmpty();
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void loadFindsRenderersListedInMetaInfServices() {
        assertThat(ReportRenderers.load().find("txt")).get().isInstanceOf(ListedRenderer.class);
    }

    @Test
    void findIgnoresCaseAndRequireReturnsTheRenderer() {
        StubRenderer md = new StubRenderer("md");
        ReportRenderers registry = ReportRenderers.of(md);

        assertThat(registry.find("MD")).containsSame(md);
        assertThat(registry.require("md")).isSameAs(md);
    }

    @Test
    void anUnknownFormatNamesWhatExistsAndTheModuleThatAddsIt() {
        ReportRenderers registry = ReportRenderers.of(new StubRenderer("docx"), new StubRenderer("xlsx"));

        assertThatThrownBy(() -> registry.require("pdf"))
                .isInstanceOf(RendererNotFoundException.class)
                .hasMessage("No report renderer for format 'pdf'. Available formats: docx, xlsx. Add"
                        + " actionplan-report-pdf to the runtime class path or module path, or register a renderer"
                        + " with ReportRenderers.of(...).");
    }

    @Test
    void anUnknownFormatWithNoModuleOfOursSaysHowToAddOne() {
        assertThatThrownBy(() -> ReportRenderers.of().require("odt"))
                .hasMessage("No report renderer for format 'odt'. Available formats: none. Add a renderer for it to"
                        + " the runtime class path or module path, or register one with ReportRenderers.of(...).");
    }

    @Test
    void aRegistryOfRenderersGivenFailsWhereTwoOfThemClaimOneFormatSayingToCorrectWhatIsGiven() {
        assertThatThrownBy(() -> ReportRenderers.of(new StubRenderer(), new OtherMarkdownRenderer()))
                .isInstanceOf(RendererConfigurationException.class)
                .hasMessage("Two of the report renderers given claim the format 'md': "
                        + "io.github.actionplan.report.spi.ReportRenderersTest$StubRenderer (test-classes/) and "
                        + "io.github.actionplan.report.spi.ReportRenderersTest$OtherMarkdownRenderer (test-classes/)."
                        + " Give ReportRenderers.of one renderer for each format.");
        StubRenderer twice = new StubRenderer();
        assertThatThrownBy(() -> ReportRenderers.of(twice, twice)).hasMessage("The report renderer"
                + " io.github.actionplan.report.spi.ReportRenderersTest$StubRenderer (test-classes/) is given twice."
                + " Give ReportRenderers.of one renderer for each format.");
    }

    @Test
    void aFormatIdMustBeLowerCaseWithoutSpaces() {
        assertThatThrownBy(() -> ReportRenderers.of(new StubRenderer("PDF")))
                .isInstanceOf(RendererConfigurationException.class)
                .hasMessageContaining("has the format id 'PDF'; a format id is lower case with no spaces, e.g. 'pdf'.");
    }

    @Test
    void aFileExtensionGivenWithItsDotIsRefusedAsABadFormatIdIsSayingWhatToGive() {
        assertThatThrownBy(() -> ReportRenderers.of(new DotExtensionRenderer()))
                .isInstanceOf(RendererConfigurationException.class)
                .hasMessage("Report renderer " + DotExtensionRenderer.class.getName() + " (test-classes/) has the file"
                        + " extension '.txt'; a file extension is given without its dot, of letters, digits, '-', '_'"
                        + " and '+' with no spaces or slashes, e.g. 'pdf' or 'tar.gz' ('txt', not '.txt').");
    }

    @Test
    void aFileExtensionWithASlashSpaceOrNothingIsRefusedAndOneOfTwoPartsIsKept() {
        for (String extension : new String[] {"../txt", "t xt", "", "txt.", "a/b"}) {
            assertThatThrownBy(() -> ReportRenderers.of(new StubRenderer() {
                @Override
                public String fileExtension() {
                    return extension;
                }
            })).as(extension).isInstanceOf(RendererConfigurationException.class)
                    .hasMessageContaining("has the file extension '" + extension + "'; a file extension is given"
                            + " without its dot");
        }
        assertThat(ReportRenderers.of(new StubRenderer() {
            @Override
            public String fileExtension() {
                return "tar.gz";
            }
        }).formats()).containsExactly("md");
    }

    @Test
    void aProviderWithABadFileExtensionIsRecordedUnderItsFormatAndLoggedAndTheOthersLoad(@TempDir Path folder)
            throws IOException {
        ClassLoader loader = withServices(folder, DotExtensionRenderer.class.getName(), StubRenderer.class.getName());

        ReportRenderers[] loaded = new ReportRenderers[1];
        java.util.List<String> warnings = warningsOf(() -> loaded[0] = ReportRenderers.load(loader));

        assertThat(loaded[0].formats()).containsExactly("md", "txt");
        assertThat(loaded[0].failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo(DotExtensionRenderer.class.getName());
            assertThat(f.format()).contains("dotext");
        });
        assertThat(warnings).singleElement().asString().contains(DotExtensionRenderer.class.getName())
                .contains("has the file extension '.txt'");
        assertThatThrownBy(() -> loaded[0].require("dotext")).isInstanceOf(RendererNotFoundException.class)
                .hasMessageStartingWith("No report renderer for format 'dotext': Report renderer "
                        + DotExtensionRenderer.class.getName() + " (test-classes/) has the file extension '.txt'");
    }

    @Test
    void aProviderThatFailsToLoadIsRecordedAndDoesNotHideTheOthers(@TempDir Path folder) throws IOException {
        ClassLoader loader = withServices(folder, BrokenPdfRenderer.class.getName(), StubRenderer.class.getName(),
                "com.example.MissingRenderer");

        ReportRenderers registry = ReportRenderers.load(loader);

        assertThat(registry.formats()).containsExactly("md", "txt");
        assertThat(registry.failures()).extracting(ProviderFailure::className)
                .containsExactly(BrokenPdfRenderer.class.getName(), "com.example.MissingRenderer");
        assertThat(registry.failures()).allSatisfy(f -> assertThat(f.format()).isEmpty());
        assertThat(registry.failures().get(0).cause()).isInstanceOf(RendererConfigurationException.class)
                .hasMessage("Report renderer " + BrokenPdfRenderer.class.getName() + " (test-classes/) failed in its"
                        + " constructor: java.lang.IllegalStateException: no fonts installed. A renderer's constructor"
                        + " does nothing that can fail, or the renderer is missing and its format unknown: load fonts,"
                        + " templates and the like at the first render (and keep them), or catch the failure and"
                        + " report it there.")
                .hasRootCauseMessage("fonts/DejaVuSans.ttf");
    }

    @Test
    void aProviderBuiltAgainstAnotherVersionOfALibraryIsRecordedNamingTheLibraryAndTheOthersLoad(@TempDir Path folder)
            throws IOException {
        ClassLoader loader = withServices(folder, NewerLibraryRenderer.class.getName(), StubRenderer.class.getName());

        ReportRenderers registry = ReportRenderers.load(loader);

        assertThat(registry.formats()).containsExactly("md", "txt");
        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo(NewerLibraryRenderer.class.getName());
            assertThat(f.cause()).isInstanceOf(java.util.ServiceConfigurationError.class)
                    .hasMessageStartingWith(ReportRenderer.class.getName() + ": Provider "
                            + NewerLibraryRenderer.class.getName() + " was built against another version of a library"
                            + " than the one it runs with: java.lang.NoSuchMethodError: " + NEWER_METHOD
                            + ". The class org.assertj.core.api.Assertions (package org.assertj.core.api, from")
                    .hasCauseInstanceOf(NoSuchMethodError.class);
        });
    }

    @Test
    void aProviderCompiledForANewerJavaIsToldWithTheJarBothJavasAndWhatToDo(@TempDir Path folder)
            throws IOException {
        // Trial 57 F3: the JVM's own message named no jar and no fix. A class file whose version is Java 26's is
        // refused as soon as its version is read.
        Path plugin = folder.resolve("newer-plugin");
        Files.createDirectories(plugin.resolve("com/example"));
        Files.write(plugin.resolve("com/example/Newer.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
                (byte) 0xBE, 0, 0, 0, 70, 0, 0});
        ReportRenderers registry = ReportRenderers.load(withServices(plugin, "com.example.Newer"));

        assertThat(registry.formats()).containsExactly("txt");
        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo("com.example.Newer");
            assertThat(f.cause()).isInstanceOf(RendererConfigurationException.class).hasMessage("Report renderer"
                    + " com.example.Newer (listed in newer-plugin/) was compiled for Java 26 (class file version 70),"
                    + " and this is Java " + Runtime.version().feature() + ". Build the plugin with"
                    + " maven.compiler.release 21, the Java actionplan needs, so that it runs wherever actionplan"
                    + " does; or run on the Java it was built for.")
                    .hasCauseInstanceOf(UnsupportedClassVersionError.class);
        });
    }

    @Test
    void aProviderWhoseStaticInitialiserFailsIsRecordedWithoutReadingItsConstant(@TempDir Path folder)
            throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, StaticallyBrokenRenderer.class.getName()));

        assertThat(registry.formats()).containsExactly("txt");
        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo(StaticallyBrokenRenderer.class.getName());
            assertThat(f.format()).isEmpty();
            assertThat(f.cause()).hasMessageContaining("(test-classes/) failed in its static initialiser:"
                    + " java.lang.IllegalStateException: template missing. A renderer's constructor does nothing")
                    .hasCauseInstanceOf(ExceptionInInitializerError.class).hasRootCauseMessage("template missing");
        });
    }

    @Test
    void askingForAFormatWhileAProviderFailedNamesTheFailureAndCarriesItsCause(@TempDir Path folder)
            throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, BrokenPdfRenderer.class.getName()));

        assertThatThrownBy(() -> registry.require("pdf"))
                .isInstanceOf(RendererNotFoundException.class)
                .hasMessage("No report renderer for format 'pdf'. Available formats: txt. Add actionplan-report-pdf"
                        + " to the runtime class path or module path, or register a renderer with"
                        + " ReportRenderers.of(...). Renderers that failed to load, so their formats are unknown: "
                        + "Report renderer io.github.actionplan.report.spi.ReportRenderersTest$BrokenPdfRenderer"
                        + " (test-classes/) failed in its constructor: java.lang.IllegalStateException: no fonts"
                        + " installed. A renderer's constructor does nothing that can fail, or the renderer is missing"
                        + " and its format unknown: load fonts, templates and the like at the first render (and keep"
                        + " them), or catch the failure and report it there.")
                .hasRootCauseMessage("fonts/DejaVuSans.ttf");
    }

    @Test
    void twoRenderersClaimingOneFormatOnTheClassPathBlockOnlyThatFormat(@TempDir Path folder) throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, StubRenderer.class.getName(),
                OtherMarkdownRenderer.class.getName()));

        assertThat(registry.formats()).containsExactly("txt");
        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.format()).contains("md");
            assertThat(f.className()).isEqualTo(StubRenderer.class.getName() + " and "
                    + OtherMarkdownRenderer.class.getName());
        });
        // Their classes are loaded from the test classes, a parent of the loader that lists them, as a plugin jar's
        // are from actionplan.jar where both hold them: the folder listing them is named too, which is what to remove.
        String listed = ", listed as a renderer in " + folder.getFileName() + "/)";
        assertThatThrownBy(() -> registry.require("md"))
                .isInstanceOf(RendererNotFoundException.class)
                .hasMessage("No report renderer for format 'md': Two report renderers claim the format 'md': "
                        + "io.github.actionplan.report.spi.ReportRenderersTest$StubRenderer (test-classes/" + listed
                        + " and io.github.actionplan.report.spi.ReportRenderersTest$OtherMarkdownRenderer"
                        + " (test-classes/" + listed + ". Remove one of them from the class path, module path or"
                        + " plugin folder; their order there never decides which one is used."
                        + " Available formats: txt.");
    }

    @Test
    void aProviderNeedingAClassMissingFromThePathIsRecordedNamingItAndTheOtherFormatsLoad(@TempDir Path folder)
            throws IOException {
        ClassLoader loader = withoutTheLibrary(folder, ImplementsAbsentTypeRenderer.class,
                NeedsAbsentTypeRenderer.class, StubRenderer.class);

        ReportRenderers[] loaded = new ReportRenderers[1];
        java.util.List<String> warnings = warningsOf(() -> loaded[0] = ReportRenderers.load(loader));

        ReportRenderers registry = loaded[0];
        assertThat(registry.formats()).containsExactly("md", "txt");
        String missing = AbsentLibraryType.class.getName();
        assertThat(registry.failures()).extracting(ProviderFailure::className).containsExactly(
                ImplementsAbsentTypeRenderer.class.getName(), NeedsAbsentTypeRenderer.class.getName());
        assertThat(registry.failures()).allSatisfy(f -> {
            assertThat(f.format()).isEmpty();
            // Named with where its class is, as one that cannot be made is (run 140 #4); one fix, not two.
            assertThat(f.cause()).isInstanceOf(java.util.ServiceConfigurationError.class)
                    .hasMessageStartingWith(ReportRenderer.class.getName() + ": Provider " + f.className() + " (")
                    .hasMessageEndingWith("/) needs the class " + missing + ", which is on neither the class path nor"
                            + " the module path; add the library that provides it, one of the renderer's"
                            + " dependencies, where the renderer's jar is: its class path, module path or plugin"
                            + " folder")
                    .hasCauseInstanceOf(NoClassDefFoundError.class);
        });
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("needs the class " + missing));
    }

    @Test
    void aRendererDrawingWithAClassMissingFromThePathFailsAsARenderNamingTheClassAndLeavesNoFile(@TempDir Path folder)
            throws IOException {
        ReportRenderers registry = ReportRenderers.load(withoutTheLibrary(folder, DrawsWithAbsentTypeRenderer.class));
        Path file = folder.resolve("out/report.md");

        assertThat(registry.formats()).contains("md");
        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), file))
                .isInstanceOf(RenderException.class)
                .hasMessage("The md renderer " + DrawsWithAbsentTypeRenderer.class.getName() + " (unknown location)"
                        + " needs the class " + AbsentLibraryType.class.getName() + ", which is on neither the class"
                        + " path nor the module path; add the library that provides it, one of the renderer's"
                        + " dependencies, where the renderer's jar is: its class path, module path or plugin folder")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    /** Draws with a class of the JDK that a runtime made with jlink without java.desktop lacks. */
    public static final class DrawsWithAbsentJdkClassRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            NoClassDefFoundError lacking = new NoClassDefFoundError("java/awt/Color");
            lacking.initCause(new ClassNotFoundException("java.awt.Color"));
            throw lacking;
        }
    }

    /** Draws with a library class that failed to initialise in an earlier render, for want of a JDK class. */
    public static final class DrawsWithClassFailedBeforeRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            NoClassDefFoundError again = new NoClassDefFoundError("Could not initialize class org.apache.poi.X");
            again.initCause(new ExceptionInInitializerError("Exception java.lang.NoClassDefFoundError:"
                    + " java/beans/PropertyChangeSupport [in thread \"main\"]"));
            throw again;
        }
    }

    @Test
    void aRenderAfterALibraryClassFailedToInitialiseForWantOfAJdkClassIsToldItsModuleToo() {
        // Run 134 #5: the first render named the module; every later one "Could not initialize class ...".
        assertThatThrownBy(() -> ReportRenderers.of(new DrawsWithClassFailedBeforeRenderer()).render(report(), "md",
                RenderOptions.defaults(), new java.io.ByteArrayOutputStream())).isInstanceOf(RenderException.class)
                .hasMessageEndingWith(" needs the class java.beans.PropertyChangeSupport, of the JDK's own module"
                        + " java.desktop, which this Java runtime lacks; run it on a full JDK, or add the module to a"
                        + " runtime made with jlink (--add-modules java.desktop)");
    }

    /** Draws with a library class whose initialising ran out of memory in an earlier render. */
    public static final class DrawsWithClassOutOfMemoryBeforeRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            NoClassDefFoundError again = new NoClassDefFoundError("Could not initialize class org.example.Fonts");
            again.initCause(new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: Java heap space"
                    + " [in thread \"main\"]"));
            throw again;
        }
    }

    /** Runs out of memory, and its resource's closing throws the same error again, as try-with-resources then does. */
    public static final class OutOfMemoryOnCloseRenderer extends StubRenderer {
        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
            throw new IllegalArgumentException("Self-suppression not permitted", memory);
        }
    }

    @Test
    void aRenderAfterOneRanOutOfMemoryIsToldAsOutOfMemoryNotAsTheRenderersFailure() {
        // Run 136 #7: at -Xmx20m, later files were "The pdf renderer ... failed: NoClassDefFoundError: Could not
        // initialize class ...", or "... failed: IllegalArgumentException: Self-suppression not permitted".
        assertThatThrownBy(() -> ReportRenderers.of(new DrawsWithClassOutOfMemoryBeforeRenderer()).render(report(),
                "md", RenderOptions.defaults(), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(OutOfMemoryError.class).hasMessage("earlier, while a class the md renderer draws with"
                        + " was initialised, which cannot be used again until Java restarts")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
        assertThatThrownBy(() -> ReportRenderers.of(new OutOfMemoryOnCloseRenderer()).render(report(), "md",
                RenderOptions.defaults(), new java.io.ByteArrayOutputStream())).isInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space");
    }

    @Test
    void aRendererLackingAClassOfTheJdkItselfIsToldTheModuleToAddNotALibrary(@TempDir Path folder) {
        // Run 133 #4: "add the library that provides it" for java.awt.Color, which no library provides.
        Path file = folder.resolve("report.md");

        assertThatThrownBy(() -> ReportRenderers.of(new DrawsWithAbsentJdkClassRenderer()).render(report(), "md",
                RenderOptions.defaults(), file)).isInstanceOf(RenderException.class)
                .hasMessageEndingWith(" needs the class java.awt.Color, of the JDK's own module java.desktop, which"
                        + " this Java runtime lacks; run it on a full JDK, or add the module to a runtime made with"
                        + " jlink (--add-modules java.desktop)");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownHtmlFormatNamesTheHtmlModule() {
        assertThatThrownBy(() -> ReportRenderers.of(new StubRenderer("pdf")).require("html"))
                .hasMessage("No report renderer for format 'html'. Available formats: pdf. Add actionplan-report-html"
                        + " to the runtime class path or module path, or register a renderer with"
                        + " ReportRenderers.of(...).");
    }

    @Test
    void aProviderWithAnInvalidFormatIdIsRecordedAndLoggedAtWarning(@TempDir Path folder) throws IOException {
        ClassLoader loader = withServices(folder, UpperCaseRenderer.class.getName());

        java.util.List<String> warnings = warningsOf(() -> assertThat(ReportRenderers.load(loader).failures())
                .singleElement().extracting(ProviderFailure::className).isEqualTo(UpperCaseRenderer.class.getName()));

        assertThat(warnings).singleElement().asString().contains(UpperCaseRenderer.class.getName())
                .contains("has the format id 'MD'; a format id is lower case with no spaces, e.g. 'pdf'.");
    }

    @Test
    void theRegistryKeepsTheCallersStreamOpenAndNamesARendererThatClosesIt() throws IOException {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        RenderOptions options = RenderOptions.builder().warnings(warnings::add).build();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("first.md"));
            ReportRenderers.render(new ClosingRenderer(), report(), options, zip);
            zip.putNextEntry(new java.util.zip.ZipEntry("second.md"));
            ReportRenderers.render(new StubRenderer(), report(), options, zip);
        }

        assertThat(zipped.size()).isPositive();
        assertThat(warnings).containsExactly("The md renderer "
                + "io.github.actionplan.report.spi.ReportRenderersTest$ClosingRenderer (test-classes/) closed the stream"
                + " it was given; it was kept open, because the caller owns it. A renderer flushes its output but never"
                + " closes the stream.");
    }

    @Test
    void aFailureWritingIsThrownThoughTheRendererKeptItToItself() {
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 4_000) {
                    throw new IOException("No space left on device");
                }
            }
        };

        // A PrintWriter goes on as if it wrote: without the registry, the render would return, its output cut short.
        assertThatThrownBy(() -> ReportRenderers.render(new PrintWriterRenderer(true), report(), RenderOptions
                .defaults(), full)).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void aRendererThatDoesNotFlushWhatItWritesIsNamedInAWarning() throws IOException {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        RenderOptions options = RenderOptions.builder().warnings(warnings::add).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportRenderers.render(new PrintWriterRenderer(false), report(), options, out);
        ReportRenderers.render(new PrintWriterRenderer(true), report(), options, new ByteArrayOutputStream());

        assertThat(out.size()).as("what its buffer passed on when full").isPositive();
        assertThat(warnings).containsExactly("The md renderer io.github.actionplan.report.spi.ReportRenderersTest"
                + "$PrintWriterRenderer (test-classes/) wrote to the stream it was given without flushing it after;"
                + " where it writes through a buffer of its own, the end of its output is missing. A renderer flushes"
                + " its output when done.");
    }

    @Test
    void aMissingFormatListsProvidersWhoseFormatIsUnknownBecauseTheyFailed(@TempDir Path folder) throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, "com.example.MissingRenderer"));

        assertThatThrownBy(() -> registry.require("docx"))
                .hasMessageStartingWith("No report renderer for format 'docx'. Available formats: txt. Add"
                        + " actionplan-report-docx to the runtime class path or module path, or register a renderer"
                        + " with ReportRenderers.of(...). Renderers that failed to load, so their formats are unknown:"
                        + " Report renderer com.example.MissingRenderer (listed in " + folder.getFileName() + "/) is"
                        + " not found");
    }

    @Test
    void aRenderersRuntimeFailureIsWrappedWithItsFormatClassAndJar() {
        ReportRenderers registry = ReportRenderers.of(new ThrowingRenderer(new IllegalStateException("boom")));

        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessage("The md renderer io.github.actionplan.report.spi.ReportRenderersTest$ThrowingRenderer"
                        + " (test-classes/) failed: java.lang.IllegalStateException: boom")
                .satisfies(e -> assertThat(((RenderException) e).format()).isEqualTo("md"));
    }

    /** What a renderer built against a newer AssertJ than the one it runs with throws, at its call of a new method. */
    private static final String NEWER_METHOD = "'org.assertj.core.api.AbstractStringAssert"
            + " org.assertj.core.api.Assertions.assertThatNewer(java.lang.String)'";

    @Test
    void aRendererBuiltAgainstAnotherVersionOfALibraryFailsAsARenderNamingTheLibraryAndWhatToDo(
            @TempDir Path folder) {
        ReportRenderers registry = ReportRenderers.of(new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) {
                throw new NoSuchMethodError(NEWER_METHOD);
            }
        });
        Path file = folder.resolve("report.md");

        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), file))
                .isInstanceOf(RenderException.class)
                .hasCauseInstanceOf(NoSuchMethodError.class)
                .hasMessageStartingWith("The md renderer io.github.actionplan.report.spi.ReportRenderersTest$")
                .hasMessageContaining(" (test-classes/) was built against another version of a library than the one"
                        + " it runs with: java.lang.NoSuchMethodError: " + NEWER_METHOD + ". The class"
                        + " org.assertj.core.api.Assertions (package org.assertj.core.api, from assertj-core-")
                .hasMessageEndingWith(".jar) is not the version the renderer was compiled against. Build the renderer"
                        + " against the versions of the libraries the application has (for one that actionplan uses"
                        + " itself, such as Jackson, the version actionplan-core depends on), and bring no other"
                        + " version of such a library with it.")
                .satisfies(e -> assertThat(((RenderException) e).format()).isEqualTo("md"));
        assertThat(file).doesNotExist();
    }

    @Test
    void aLinkageErrorNamingNoClassOfALibraryStillSaysTheRendererWasBuiltAgainstAnotherVersion() {
        ReportRenderer renderer = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) {
                throw new AbstractMethodError("Receiver class com.example.Gone does not define a method");
            }
        };

        assertThatThrownBy(() -> ReportRenderers.render(renderer, report(), RenderOptions.defaults(),
                new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining(" was built against another version of a library than the one it runs with:"
                        + " java.lang.AbstractMethodError: Receiver class com.example.Gone does not define a method."
                        + " Build the renderer against");
    }

    @Test
    void anyOtherLinkageErrorOfARendererIsItsFailureNamingIt() {
        ReportRenderer renderer = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) {
                throw new ExceptionInInitializerError(new IllegalStateException("no template"));
            }
        };

        assertThatThrownBy(() -> ReportRenderers.render(renderer, report(), RenderOptions.defaults(),
                new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("The md renderer ")
                .hasMessageEndingWith(" (test-classes/) failed: java.lang.ExceptionInInitializerError")
                .hasCauseInstanceOf(ExceptionInInitializerError.class);
    }

    @Test
    void anUncheckedIoExceptionFromARendererReachesTheCallerAsAnIoException() {
        ReportRenderers registry = ReportRenderers.of(
                new ThrowingRenderer(new UncheckedIOException(new IOException("disk full"))));

        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), new ByteArrayOutputStream()))
                .isExactlyInstanceOf(RenderException.class)
                .hasMessageStartingWith("The md renderer " + ThrowingRenderer.class.getName() + " (")
                .hasMessageEndingWith(") failed: java.io.IOException: disk full")
                .hasCauseExactlyInstanceOf(IOException.class);
    }

    @Test
    void anIoExceptionOfTheRenderersOwnNamesItButTheStreamsIsToldAsItIs() {
        // Run 140 #1: a template missing from a plugin's jar was told "FILE: cannot be written", naming no plugin.
        ReportRenderer missingTemplate = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                throw new java.io.FileNotFoundException("com/example/header.csv");
            }
        };
        assertThatThrownBy(() -> ReportRenderers.render(missingTemplate, report(), RenderOptions.defaults(),
                new ByteArrayOutputStream())).isInstanceOf(RenderException.class).hasMessageContaining(
                missingTemplate.getClass().getName()).hasMessageEndingWith(" failed:"
                + " java.io.FileNotFoundException: com/example/header.csv")
                .hasCauseInstanceOf(java.io.FileNotFoundException.class);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> ReportRenderers.render(new StubRenderer(), report(), RenderOptions.defaults(), full))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
        // Nor the renderer's own words for it (run 141 #5: "error writing the report").
        ReportRenderer rewording = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                try {
                    out.write(1);
                } catch (IOException e) {
                    throw new IOException("error writing the report");
                }
            }
        };
        assertThatThrownBy(() -> ReportRenderers.render(rewording, report(), RenderOptions.defaults(), full))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
        // A time-out is an InterruptedIOException, but no interrupt (run 141 #2).
        ReportRenderer timedOut = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
                throw new java.net.SocketTimeoutException("Read timed out");
            }
        };
        assertThatThrownBy(() -> ReportRenderers.render(timedOut, report(), RenderOptions.defaults(),
                new ByteArrayOutputStream())).isInstanceOf(RenderException.class).hasMessageEndingWith(" failed:"
                + " java.net.SocketTimeoutException: Read timed out");
    }

    @Test
    void errorsAreNeverSwallowed() {
        ReportRenderer oom = new StubRenderer() {
            @Override
            public void render(Report report, RenderOptions options, OutputStream out) {
                throw new OutOfMemoryError("simulated");
            }
        };

        assertThatThrownBy(() -> ReportRenderers.render(oom, report(), RenderOptions.defaults(), new ByteArrayOutputStream()))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void renderingToAPathCreatesTheFolderAndWritesTheFile(@TempDir Path folder) throws IOException {
        Path file = ReportRenderers.of(new StubRenderer()).render(report(), "md", RenderOptions.defaults(),
                folder.resolve("nested/deeper/report.md"));

        assertThat(file).hasContent("md");
    }

    @Test
    void aRenderedFileGetsTheSamePermissionsAsAnyNewFileInItsFolder(@TempDir Path folder) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path report = ReportRenderers.of(new StubRenderer()).render(report(), "md", RenderOptions.defaults(),
                folder.resolve("report.md"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFailedRenderToAPathLeavesNoPartialFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("report.md");
        Path existing = Files.writeString(folder.resolve("kept.md"), "previous report");
        ReportRenderers registry = ReportRenderers.of(new PartialThenFailingRenderer());

        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), target))
                .isInstanceOf(RenderException.class).hasMessageEndingWith("disk full");
        assertThatThrownBy(() -> registry.render(report(), "md", RenderOptions.defaults(), existing))
                .isInstanceOf(RenderException.class);

        assertThat(target).doesNotExist();
        assertThat(existing).hasContent("previous report");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(existing);
        }
    }

    private static Report report() {
        return io.github.actionplan.report.ReportTemplates.summary().build(io.github.actionplan.rules.Assessor.standard()
                .assess(io.github.actionplan.fixtures.SeedPlans.derbyshire(), io.github.actionplan.fixtures.SeedPlans.DERBYSHIRE_AS_OF));
    }

    @Test
    void oneRendererListedByTwoJarsBlocksItsFormatNamingBothJars(@TempDir Path folder) throws IOException {
        // Two versions of one plugin, as a user who drops the new jar beside the old one has them: one class name,
        // and a class loader that makes it once, from whichever jar comes first.
        withServices(folder.resolve("csv-1.0.0"), StubRenderer.class.getName());
        withServices(folder.resolve("csv-1.1.0"), StubRenderer.class.getName());
        ClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("csv-1.0.0").toUri().toURL(),
                folder.resolve("csv-1.1.0").toUri().toURL()}, ReportRenderersTest.class.getClassLoader());

        ReportRenderers registry = ReportRenderers.load(loader);

        assertThat(registry.formats()).containsExactly("txt");
        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo(StubRenderer.class.getName());
            assertThat(f.format()).contains("md");
            assertThat(f.cause()).isInstanceOf(RendererConfigurationException.class).hasMessage("Report renderer "
                    + StubRenderer.class.getName() + " (format 'md') is listed in the META-INF/services of 2 jars,"
                    + " csv-1.0.0/ and csv-1.1.0/: two copies of one plugin, perhaps two versions of it, and only one"
                    + " can load, chosen by the order of the jars. Remove all but one of them from the class path,"
                    + " module path or plugin folder; the format 'md' is blocked until then.");
        });
        assertThatThrownBy(() -> registry.require("md")).isInstanceOf(RendererNotFoundException.class)
                .hasMessageContaining("listed in the META-INF/services of 2 jars, csv-1.0.0/ and csv-1.1.0/");
    }

    @Test
    void twoCopiesOfOneNameAreToldByTheirPaths(@TempDir Path folder) throws IOException {
        withServices(folder.resolve("lib/plugin"), StubRenderer.class.getName());
        withServices(folder.resolve("plugins/plugin"), StubRenderer.class.getName());
        ClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("lib/plugin").toUri().toURL(),
                folder.resolve("plugins/plugin").toUri().toURL()}, ReportRenderersTest.class.getClassLoader());

        assertThat(ReportRenderers.load(loader).failures()).singleElement().satisfies(f -> assertThat(f.cause())
                .hasMessageContaining(" jars, " + folder.resolve("lib/plugin") + "/ and "
                        + folder.resolve("plugins/plugin") + "/: two copies"));
    }

    @Test
    void aRendererListedTwiceInOneServicesFileIsOneRenderer(@TempDir Path folder) throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, StubRenderer.class.getName(),
                StubRenderer.class.getName()));

        assertThat(registry.formats()).containsExactly("md", "txt");
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void aRendererWithoutANoArgumentConstructorIsToldWithItsJarAndWhatToDo(@TempDir Path folder) throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder, ConfiguredRenderer.class.getName()));

        assertThat(registry.failures()).singleElement().satisfies(f -> {
            assertThat(f.className()).isEqualTo(ConfiguredRenderer.class.getName());
            assertThat(f.describe()).isEqualTo("Report renderer " + ConfiguredRenderer.class.getName()
                    + " (test-classes/, listed as a renderer in " + folder.getFileName() + "/) has no public"
                    + " no-argument constructor, so ServiceLoader cannot make it. Give it one: a renderer takes"
                    + " what it needs from the report and the RenderOptions of each render.");
            assertThat(f.cause()).hasRootCauseInstanceOf(NoSuchMethodException.class);
        });
    }

    @Test
    void aListedClassThatIsMissingOrNoRendererIsToldWithTheFileThatListsIt(@TempDir Path folder) throws IOException {
        ReportRenderers registry = ReportRenderers.load(withServices(folder.resolve("plugin"),
                "com.example.MissingRenderer", ReportRenderersTest.class.getName()));

        assertThat(registry.failures()).extracting(ProviderFailure::describe).containsExactly(
                "Report renderer com.example.MissingRenderer (listed in plugin/) is not found: no jar on the class"
                        + " path, module path or plugin folder has that class. Correct its name in"
                        + " META-INF/services/io.github.actionplan.report.spi.ReportRenderer, or add the jar that"
                        + " holds it.",
                "Report renderer " + ReportRenderersTest.class.getName() + " (test-classes/, listed as a renderer in"
                        + " plugin/) does not implement io.github.actionplan.report.spi.ReportRenderer. List only"
                        + " renderers in META-INF/services/io.github.actionplan.report.spi.ReportRenderer.");
    }

    @Test
    void aRendererThatWritesNothingFailsNamingItAndLeavesNoFile(@TempDir Path folder) {
        Path file = folder.resolve("out/report.md");

        assertThatThrownBy(() -> ReportRenderers.render(new SilentRenderer(), report(), RenderOptions.defaults(), file))
                .isInstanceOf(RenderException.class)
                .hasMessage("The md renderer " + SilentRenderer.class.getName() + " (test-classes/) wrote nothing: a"
                        + " renderer writes the whole document to the stream it is given, every string of the report,"
                        + " and flushes it.");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> ReportRenderers.render(new SilentRenderer(), report(), RenderOptions.defaults(),
                new ByteArrayOutputStream())).isInstanceOf(RenderException.class);
    }
}
