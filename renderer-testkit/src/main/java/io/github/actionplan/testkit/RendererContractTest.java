package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.ProviderFailure;
import io.github.actionplan.report.spi.RenderException;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.report.spi.support.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The renderer contract kit: every {@link ReportRenderer}, ours and yours, subclasses this and
 * passes it.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * class MarkdownReportRendererContractTest extends RendererContractTest {
 *     protected ReportRenderer renderer() { return new MarkdownReportRenderer(); }
 *     // What a reader sees: the Markdown parsed, escapes undone, markup left out (see extractText).
 *     protected String extractText(byte[] output) { return MarkdownText.visibleText(new String(output, UTF_8)); }
 * }
 * }</pre>
 *
 * <p>The kit is as strong as {@link #extractText(byte[])}: it finds the report's strings in the
 * text that method returns, so that text must be what a reader of the format sees, read by a
 * parser of the format, never the output's bytes as they are (but for {@code text/plain}).
 *
 * <p>On both seed plans through every template and on a plan of over 200 {@link HostileStrings},
 * it proves that
 * <ol>
 *   <li>every string of the report ({@link ReportTexts#expected(Report)}) appears in the text
 *       extracted from the output, in order, after {@link TextNormalisation} and the renderer's own
 *       documented replacements ({@link #normaliseExpected(String)});</li>
 *   <li>every percentage is core's figure, {@code PercentCell.text()}, never the renderer's own
 *       rounding of its value: 12.5% shows as 13% and 99.5% as 99%, as core rounds them;</li>
 *   <li>the renderer writes no word of its own, and shows no status with another status's BRAG
 *       colour name or label beside it (the words of a status cell's neighbours in its row);</li>
 *   <li>identical input gives byte-identical output, across runs and across 8 threads;</li>
 *   <li>a stream that fails mid-way makes {@code render} throw an {@link IOException}, and a
 *       render to a path that fails leaves no file, partial or temporary, behind;</li>
 *   <li>every render writes something (a renderer that writes nothing is told so first, by every
 *       check it fails), and a renderer that throws is named with the fixture it threw on;</li>
 *   <li>the renderer is found through {@link ReportRenderers#load()} by its format (so its services
 *       file works, and in a named module its {@code provides}), it is public with a public
 *       no-argument constructor, its {@code format()}, {@code mediaType()} and {@code fileExtension()} are
 *       well formed (and agree with a {@code FORMAT} constant where it has one; the media type is type/subtype,
 *       without parameters, and not a letter or two from one the kit knows), its format is not the id of a
 *       format actionplan ships, its output starts
 *       with the format's magic bytes, and the caller's stream is flushed but not closed;</li>
 *   <li>a render begun on an interrupted thread, as a server's {@code Future.cancel(true)} leaves
 *       it, throws {@link InterruptedIOException}, writes nothing, and leaves the interrupt status
 *       set.</li>
 * </ol>
 *
 * <p>Add one test dependency, {@code io.github.actionplan:actionplan-renderer-testkit}: it brings
 * JUnit Jupiter's API and AssertJ, so no other test library need be declared. Maven runs JUnit 5 tests only with a
 * Surefire that knows JUnit 5: pin Surefire and the other build plugins, as the README's "Adding a format" shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RendererContractTest {

    private static final int THREADS = 8;
    /** Renders on each thread: one each seldom overlaps, in a renderer that writes a small document quickly. */
    private static final int RENDERS_PER_THREAD = 4;

    private final Map<String, Report> reports = ContractFixtures.reports();
    private final Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The renderer under test. It may be a new one at each call: the test of concurrent renders takes one and renders
     * on it from eight threads at once, as {@code ReportRenderers} hands one instance to every caller.
     */
    protected abstract ReportRenderer renderer();

    /**
     * All the text a person would see in {@code output}, in reading order, as a reader of the
     * format shows it: read by a parser of the format (PDFBox for PDF, POI for DOCX and XLSX, an
     * HTML5 parser for HTML, a CommonMark parser for Markdown), escapes undone and markup left out.
     *
     * <p>Never the output's bytes as they are, for any format but {@code text/plain}: the kit finds
     * the report's strings in this text, and in the raw bytes of a text format they are still there
     * when the format's own syntax has swallowed them. A Markdown renderer that escapes nothing
     * writes a plan's "| a | b |" as two table cells, its "# Not a heading" as a heading and its
     * {@code <script>} as live HTML; a reader sees none of those strings, but a search of the bytes
     * finds them all, and the renderer would pass. Read through a parser, they are gone, and the
     * kit names them. The kit checks this text is not the bytes decoded, give or take white space, a
     * byte order mark or a line off either end, unless the format is {@code text/plain}.
     */
    protected abstract String extractText(byte[] output) throws Exception;

    /**
     * Applies the renderer's documented replacement of characters its format cannot show to an
     * expected string. The default changes nothing.
     */
    protected String normaliseExpected(String expected) {
        return expected;
    }

    /** The options every render uses. */
    protected RenderOptions options() {
        return RenderOptions.defaults();
    }

    /**
     * The bytes every output starts with: {@code %PDF-} for PDF, {@code PK\3\4} for OOXML (a zip),
     * else none.
     */
    protected byte[] magicBytes() {
        String type = renderer().mediaType();
        if (type.equals("application/pdf")) {
            return "%PDF-".getBytes(StandardCharsets.US_ASCII);
        }
        if (type.contains("openxmlformats") || type.endsWith("+zip") || type.equals("application/zip")) {
            return new byte[] {'P', 'K', 3, 4};
        }
        return new byte[0];
    }

    static Stream<String> fixtureNames() {
        return ContractFixtures.reports().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void everyStringOfTheReportAppearsInTheExtractedTextInOrder(String fixture) throws Exception {
        Optional<String> failure = firstMissing(ReportTexts.expected(reports.get(fixture)),
                extractText(render(fixture)), this::normaliseExpected);
        if (failure.isPresent()) {
            fail(fixture + ": " + failure.get());
        }
    }

    /** A percentage as a reader sees it once white space is removed, after what separates it from its row's text. */
    private static final Pattern FIGURE = Pattern.compile("[^\\p{L}\\p{N}]{0,8}?(\\d+(?:[.,]\\d+)?%)");

    /**
     * Core decides every figure a report shows: a percentage's {@link Cell.PercentCell#text()} is its exact value
     * rounded half-up to a whole percent, and work short of 100% is at most 99%. A renderer that rounds
     * {@code value()} itself shows 12.5% as "12%" (half-even) or 99.5% as "100%" beside a status that says the work
     * is not done; in the rounding fixture each item's progress is one where such rounding differs from core's.
     */
    @Test
    void everyPercentageIsCoresFigureNotOneTheRendererRounded() throws Exception {
        String fixture = ContractFixtures.ROUNDING;
        String shown = TextNormalisation.normalise(extractText(render(fixture)));
        List<String> wrong = new ArrayList<>();
        int from = 0;
        for (Chapter chapter : reports.get(fixture).chapters()) {
            for (Section section : chapter.sections()) {
                if (!(section instanceof Section.Table table)) {
                    continue;
                }
                for (List<Cell> row : table.rows()) {
                    for (int i = 1; i < row.size(); i++) {
                        if (row.get(i) instanceof Cell.PercentCell percent
                                && percent.value().stripTrailingZeros().scale() > 0) {
                            String item = row.get(i - 1).text();
                            String after = TextNormalisation.normalise(normaliseExpected(item));
                            int at = shown.indexOf(after, from);
                            if (at < 0) {
                                continue; // a string missing altogether is the strings-in-order test's to name
                            }
                            from = at + after.length();
                            Matcher figure = FIGURE.matcher(shown).region(from, shown.length());
                            String expected = TextNormalisation.normalise(normaliseExpected(percent.text()));
                            String exact = percent.value().toPlainString() + "%";
                            if (!figure.lookingAt()) {
                                wrong.add(exact + " as no figure after \"" + item + "\", where core's is \""
                                        + percent.text() + "\"");
                            } else if (!figure.group(1).equals(expected)) {
                                wrong.add(exact + " as \"" + figure.group(1) + "\" where core's figure is \""
                                        + percent.text() + "\"");
                            }
                        }
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(fixture + ": the renderer shows " + String.join(", ", wrong) + ". Core decides every figure a"
                    + " report shows: PercentCell.text() is the exact value rounded half-up to a whole percent, and"
                    + " work short of 100% is at most 99%, so that nothing reads \"100%\" beside a status that says it"
                    + " is not done. Show text(); never round value() or fraction() yourself (a format that stores"
                    + " numbers stores one only with a number format that shows exactly text()).");
        }
    }

    /**
     * Where {@code expected} strings are not all found in {@code extracted}, in order, after
     * normalisation: a description of the first that is missing or out of place ({@link StringsInOrder}).
     */
    static Optional<String> firstMissing(List<String> expected, String extractedText,
            UnaryOperator<String> normaliseExpected) {
        return StringsInOrder.firstMissing(expected, extractedText, normaliseExpected);
    }

    @Test
    void identicalInputGivesByteIdenticalOutput() throws IOException {
        for (String fixture : List.of("derbyshire-summary", "merseyside-action-plan", "hostile-action-plan")) {
            Optional<String> difference = OutputDifference.of(render(fixture), renderFresh(fixture));
            if (difference.isPresent()) {
                fail(fixture + ": two renders of the same report " + difference.get() + "\nThe same report renders"
                        + " to the same bytes, so that a file can be checked against the plan it was made from: write"
                        + " no clock (a date is the report's metadata().created()), random id, hash order or state"
                        + " kept from an earlier render. Tests of flushing, of writing to a path and of concurrent"
                        + " renders compare bytes too, and fail with this one.");
            }
        }
    }

    @Test
    void concurrentRendersFromEightThreadsGiveTheSameBytes() throws Exception {
        // One instance for every thread, as ReportRenderers and the command line share one (trial 57 F1: a renderer
        // building each document in a field of its own passed when each thread had a renderer of its own).
        ReportRenderer shared = renderer();
        List<String> fixtures = List.of("derbyshire-summary", "hostile-summary");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String fixture = fixtures.get(i % fixtures.size());
                Callable<List<byte[]>> task = () -> {
                    start.await();
                    List<byte[]> each = new ArrayList<>();
                    for (int run = 0; run < RENDERS_PER_THREAD; run++) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        renderTo(shared, fixture, options(), out);
                        each.add(out.toByteArray());
                    }
                    return each;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < THREADS; i++) {
                String fixture = fixtures.get(i % fixtures.size());
                for (byte[] threaded : results.get(i).get(5, TimeUnit.MINUTES)) {
                    Optional<String> difference = OutputDifference.of(render(fixture), threaded);
                    if (difference.isPresent()) {
                        fail(fixture + ": a render on thread " + i + ", one renderer rendering on eight at once, and"
                                + " one alone " + difference.get() + "\nReportRenderers, and the command line, hand one"
                                + " renderer to every thread: keep what a render builds in its own variables, not in"
                                + " the renderer's fields, and make what is shared (fonts, templates) immutable or"
                                + " thread-safe.");
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStreamThatFailsMidwayMakesRenderThrowAnIOException() throws IOException {
        int half = render("derbyshire-summary").length / 2;
        Throwable thrown = catchThrowable(() -> renderer().render(reports.get("derbyshire-summary"), options(),
                new FailingOutputStream(OutputStream.nullOutputStream(), half)));
        if (!(thrown instanceof IOException)) {
            fail("derbyshire-summary: the stream the renderer wrote to failed at byte " + half + ", and render(...) "
                    + (thrown == null ? "returned as if it had written the whole document" : "threw " + thrown)
                    + ". A renderer lets the stream's IOException out of render(...), so that its caller keeps no half"
                    + " a document: a PrintWriter keeps its stream's failures to itself, so write through an"
                    + " OutputStreamWriter (in a BufferedWriter) instead; a library that wraps the failure in an"
                    + " unchecked exception is given CallerStream.of(out), whose throwFailure(e) throws it.", thrown);
        }
    }

    @Test
    void aFailedRenderToAPathLeavesNoFileBehindAndKeepsTheOldOne(@TempDir Path folder) throws IOException {
        int half = render("derbyshire-summary").length / 2;
        ReportRenderer failing = new FailingRenderer(renderer(), half);
        Path fresh = folder.resolve("fresh." + renderer().fileExtension());
        Path existing = Files.writeString(folder.resolve("existing." + renderer().fileExtension()), "old");

        for (Path file : List.of(fresh, existing)) {
            Throwable thrown = catchThrowable(() -> ReportRenderers.render(failing, reports.get("derbyshire-summary"),
                    options(), file));
            // The failure is of a stream the kit puts between the registry's and the renderer: the registry names the
            // renderer for it, as for any IOException not of the stream it gave.
            if (!(thrown instanceof IOException || thrown instanceof RenderException
                    && thrown.getCause() instanceof IOException)) {
                // Trial 57 F7: a bare "Expecting code to raise a throwable" named no fixture, rule or fix.
                fail("derbyshire-summary: rendered to " + file.getFileName() + " through a stream that failed at byte "
                        + half + ", ReportRenderers.render(...) " + (thrown == null ? "returned as if the renderer"
                        + " had written the whole document" : "threw " + thrown) + ", so it could not know to keep"
                        + " no half a file. A renderer lets the stream's IOException out of render(...):"
                        + " aStreamThatFailsMidwayMakesRenderThrowAnIOException tells how.", thrown);
            }
        }

        assertThat(fresh).doesNotExist();
        assertThat(existing).hasContent("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(existing);
        }
    }

    @Test
    void aRenderToAPathWritesTheSameBytesAsToAStream(@TempDir Path folder) throws IOException {
        Path file = ReportRenderers.render(renderer(), reports.get("derbyshire-summary"), options(),
                folder.resolve("summary." + renderer().fileExtension()));
        OutputDifference.of(render("derbyshire-summary"), Files.readAllBytes(file)).ifPresent(difference -> fail(
                "derbyshire-summary: a render to a file, and one to a stream, " + difference
                        + " (identicalInputGivesByteIdenticalOutput tells whether renders differ anyway)"));
    }

    @Test
    void theRegistryFindsTheRendererByItsFormat() {
        ReportRenderers registry = ReportRenderers.load();
        Class<?> type = renderer().getClass();
        String format = renderer().format();
        Optional<ReportRenderer> found = registry.find(format);
        String failed = registry.failures().isEmpty() ? "" : " Renderers that could not be used: " + String.join(
                " ", registry.failures().stream().map(ProviderFailure::describe).toList());
        if (found.isPresent() && !type.isInstance(found.get())) {
            fail("ReportRenderers.load() gives " + found.get().getClass().getName() + " ("
                    + ReportRenderers.location(found.get()) + ") for '" + format + "', not " + type.getName()
                    + ": list this renderer, and no other for its format." + failed);
        }
        if (found.isEmpty()) {
            fail("ReportRenderers.load() finds no renderer for '" + format + "' (it finds " + registry.formats()
                    + "). " + howToList(type) + failed);
        }
        if (!registry.failures().isEmpty()) {
            fail("ReportRenderers.load() finds the renderer, and some could not be used, which its users would be"
                    + " warned of." + failed);
        }
    }

    /** Where a renderer class is listed for ServiceLoader, told for the way the test runs it. */
    static String howToList(Class<?> type) {
        String provides = "provides " + ReportRenderer.class.getName() + " with " + type.getName() + ";";
        Module module = type.getModule();
        if (module.isNamed() && module.getDescriptor() != null && module.getDescriptor().provides().stream()
                .noneMatch(p -> p.service().equals(ReportRenderer.class.getName())
                        && p.providers().contains(type.getName()))) {
            return "The renderer is in the module " + module.getName() + ", which runs on the module path, where"
                    + " ServiceLoader reads what a module declares and ignores its META-INF/services. Declare it in"
                    + " module-info.java: " + provides;
        }
        return "List the class in META-INF/services/" + ReportRenderer.class.getName() + " (src/main/resources),"
                + " one class name a line: " + type.getName() + ". In a module, declare it in module-info.java too: "
                + provides;
    }

    /**
     * A plugin that claims the id of a format actionplan ships ("pdf", "docx", "xlsx", "html") passes every other
     * check, as the built-in renderers are not on a plugin's test class path; installed beside actionplan, two
     * renderers claim the id, and the registry blocks the format for every user, the built-in one with it.
     */
    @Test
    void theFormatIsNotOneActionplanShips() {
        ReportRenderer renderer = renderer();
        String format = renderer.format();
        Optional<String> artifact = ReportRenderers.shippedIn(format);
        // The built-in renderer itself, tested by its own module, lives in the package named after its format.
        if (artifact.isPresent()
                && !renderer.getClass().getPackageName().equals("io.github.actionplan.report." + format)) {
            fail(renderer.getClass().getName() + ".format() is \"" + format + "\", the id of a format actionplan"
                    + " ships (" + artifact.get() + "): installed beside actionplan, two renderers would claim '"
                    + format + "', and the registry would block the format for every user, the built-in one with"
                    + " it. Give format() another id, e.g. \"" + format + "-acme\" (fileExtension() may stay \""
                    + renderer.fileExtension() + "\").");
        }
    }

    @Test
    void formatMediaTypeAndExtensionAreWellFormed() throws ReflectiveOperationException {
        ReportRenderer renderer = renderer();
        Class<?> type = renderer.getClass();
        if (!Modifier.isPublic(type.getModifiers())) {
            fail(type.getName() + " is not public, so ServiceLoader cannot make it: ReportRenderers.load() and the"
                    + " command line would tell it failed to load, and its format would be missing. Make the class"
                    + " public.");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            fail(type.getName() + " has no public no-argument constructor, so ServiceLoader cannot make it:"
                    + " ReportRenderers.load() and the command line would tell it failed to load, and its format"
                    + " would be missing. Give it one (ReportRenderer's contract: \"has a public no-argument"
                    + " constructor\"): a renderer takes what it needs from the report and the RenderOptions of each"
                    + " render.", e);
        }
        // A FORMAT constant is a convenience for callers; the registry asks the renderer itself.
        Optional<Field> constant = Arrays.stream(type.getFields())
                .filter(f -> f.getName().equals("FORMAT") && Modifier.isStatic(f.getModifiers())).findFirst();
        if (constant.isPresent()) {
            assertThat(constant.get().get(null)).as("FORMAT").isEqualTo(renderer.format());
        }
        // The registry's own rules for a format id and a file extension: what it takes, the kit passes, and what it
        // refuses, it names as the registry does (run 140 #3: "csv.gz", which ReportRenderer allows, was failed).
        try {
            ReportRenderers.of(renderer);
        } catch (io.github.actionplan.report.spi.RendererConfigurationException e) {
            fail(e.getMessage());
        }
        String mediaType = renderer.mediaType();
        int parameters = mediaType.indexOf(';');
        if (parameters >= 0) {
            fail("mediaType() is \"" + mediaType + "\": a renderer's media type is its type/subtype only, e.g."
                    + " \"text/csv\"; parameters such as \"" + mediaType.substring(parameters).strip() + "\" are not"
                    + " part of it. Return \"" + mediaType.substring(0, parameters).strip() + "\".");
        }
        Optional<String> meant = nearMiss(mediaType);
        if (meant.isPresent()) {
            fail("mediaType() is \"" + mediaType + "\", a letter or two from \"" + meant.get() + "\": did you mean '"
                    + meant.get() + "'? The kit, the command line and a web server treat a file by its media type (a"
                    + " text/plain file's extracted text may be its bytes, a text/csv file is read field by field,"
                    + " a browser picks its viewer by it), so a misspelt one is a format nothing knows.");
        }
        assertThat(mediaType).as("mediaType(): an IANA media type, type/subtype, e.g. \"text/csv\"")
                .matches("[a-z]+/[a-zA-Z0-9.+-]+");
    }

    /**
     * The media types the kit and the built-in renderers know, which a misspelt one is most likely meant to be: plain
     * text, CSV and TSV (read by the kit as they are written, or field by field), HTML, Markdown, PDF and the OOXML
     * types of DOCX and XLSX.
     */
    private static final List<String> KNOWN_MEDIA_TYPES = List.of("text/plain", "text/csv", "application/csv",
            "text/tab-separated-values", "text/html", "text/markdown", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Real media types a letter or two from a known one, which a renderer may well mean: never told to change. */
    private static final List<String> REAL_NEIGHBOURS = List.of("text/css", "text/xml");

    /**
     * The known media type {@code mediaType} is a letter or two from (a letter changed, added, dropped, or two
     * swapped: "text/plian"), if it is not that type or another real one.
     */
    static Optional<String> nearMiss(String mediaType) {
        String type = mediaType.strip().toLowerCase(java.util.Locale.ROOT);
        if (KNOWN_MEDIA_TYPES.contains(type) || REAL_NEIGHBOURS.contains(type)) {
            return Optional.empty();
        }
        return KNOWN_MEDIA_TYPES.stream().filter(known -> slips(type, known) <= 2).findFirst();
    }

    /**
     * How many letters changed, added, dropped or swapped make {@code typed} of {@code known} (the optimal string
     * alignment distance). The kit's own: a plugin's tests on the module path run it in the unnamed module, which
     * core's internal package, whose "did you mean" the rest of actionplan shares, is not exported to.
     */
    private static int slips(String typed, String known) {
        int[][] d = new int[typed.length() + 1][known.length() + 1];
        for (int i = 0; i <= typed.length(); i++) {
            for (int j = 0; j <= known.length(); j++) {
                d[i][j] = i == 0 || j == 0 ? i + j : Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, d[i - 1][j - 1]
                        + (typed.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && typed.charAt(i - 1) == known.charAt(j - 2)
                        && typed.charAt(i - 2) == known.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[typed.length()][known.length()];
    }

    @Test
    void outputStartsWithTheFormatsMagicBytes() throws IOException {
        byte[] magic = magicBytes();
        for (String fixture : List.of("derbyshire-summary", "hostile-action-plan")) {
            byte[] output = render(fixture);
            assertThat(Arrays.copyOf(output, Math.min(output.length, magic.length))).as(fixture).isEqualTo(magic);
        }
    }

    /**
     * A render writes to its stream only: a command line prints the paths of the files it writes on standard output,
     * which a script reads, and a server's standard error is its log. A problem the reader should know of is a
     * warning, through {@link RenderOptions#warn(String)}.
     */
    @Test
    void nothingIsWrittenToStandardOutputOrError() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            renderFresh("derbyshire-summary");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        if (printed.size() > 0) {
            fail("derbyshire-summary: the renderer wrote to standard output or error: " + StringsInOrder.quote(
                    printed.toString(StandardCharsets.UTF_8), 60) + ". A render writes to the stream it is given"
                    + " only: a command line prints the paths it writes on standard output, for scripts to read. Give"
                    + " a reader what they should know through RenderOptions.warn, and log nothing from a render.");
        }
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        Throwable thrown = catchThrowable(() -> renderTo("derbyshire-summary", out));
        if (thrown != null && !out.closed) {
            if (thrown instanceof IOException io) {
                throw io;
            }
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) thrown;
        }
        List<String> wrong = new ArrayList<>();
        if (out.closed) {
            wrong.add("closed the stream it was given" + (thrown == null ? "" : ", and then wrote to it"));
        }
        if (out.bytes.size() == 0 && thrown == null) {
            fail(wroteNothing("derbyshire-summary"));
        }
        if (out.flushes == 0) {
            wrong.add("never flushed it");
        } else if (out.writesSinceFlush > 0) {
            wrong.add("wrote to it after its last flush()");
        }
        if (!wrong.isEmpty()) {
            fail("derbyshire-summary: the renderer " + String.join(" and ", wrong) + ". A renderer flushes the"
                    + " stream when it is done but never closes it: the caller owns the stream, and may write more to"
                    + " it (a zip's next entry) or close it itself. Call out.flush() last; close neither out nor a"
                    + " writer wrapping it (no try-with-resources on them): flush the writer instead, or give a library"
                    + " that closes its stream CallerStream.of(out) (io.github.actionplan.report.spi.support), whose"
                    + " close() only flushes.", thrown);
        }
        OutputDifference.of(render("derbyshire-summary"), out.bytes.toByteArray()).ifPresent(difference -> fail(
                "derbyshire-summary: a render to a stream that counts flushes, and one to a plain stream, "
                        + difference + " (identicalInputGivesByteIdenticalOutput tells whether renders differ"
                        + " anyway)"));
    }

    /**
     * A server that gives up on a slow request interrupts the thread rendering it
     * ({@code Future.cancel(true)}); a renderer then stops, throwing {@link InterruptedIOException},
     * writes nothing more, and leaves the interrupt status set for the code that called it
     * ({@link ReportRenderer}'s contract). Begun on a thread already interrupted, it writes nothing
     * at all. The test clears the interrupt after, so that the tests after it run on a thread as
     * they expect.
     */
    @Test
    void aRenderBegunOnAnInterruptedThreadThrowsWritesNothingAndLeavesTheInterruptSet() {
        ReportRenderer renderer = renderer();
        Report report = reports.get("derbyshire-summary");
        RenderOptions options = options();
        TrackingOutputStream out = new TrackingOutputStream();
        Thread.currentThread().interrupt();
        Throwable thrown;
        boolean stillInterrupted;
        try {
            thrown = catchThrowable(() -> renderer.render(report, options, out));
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        List<String> wrong = new ArrayList<>();
        if (thrown == null) {
            wrong.add("finished");
        } else if (!(thrown instanceof InterruptedIOException)) {
            wrong.add("threw " + thrown + " instead of a java.io.InterruptedIOException");
        }
        if (out.bytes.size() > 0) {
            wrong.add(String.format(java.util.Locale.ROOT, "wrote %,d bytes", out.bytes.size()));
        }
        if (!stillInterrupted) {
            wrong.add("cleared the thread's interrupt status");
        }
        if (!wrong.isEmpty()) {
            String told = wrong.size() == 1 ? wrong.get(0) : String.join(", ", wrong.subList(0, wrong.size() - 1))
                    + " and " + wrong.getLast();
            fail("derbyshire-summary rendered on an interrupted thread: the renderer " + told + ". A renderer"
                    + " whose thread is interrupted (a server cancelling a slow request with Future.cancel(true))"
                    + " throws java.io.InterruptedIOException, writes nothing more, and leaves the interrupt status"
                    + " set: call Cancellation.checkInterrupted() (io.github.actionplan.report.spi"
                    + ".support) before writing anything, between sections and between a table's rows, and let what"
                    + " it throws out.", thrown);
        }
    }

    /**
     * A render cancelled part-way, when the renderer draws the second section of the summary's first chapter
     * ({@link InterruptingSection}), stops: a renderer that looks for the interrupt only before it starts would run to
     * its end, and a server's cancelled request with it.
     */
    @Test
    void aRenderInterruptedPartWayThrowsAndLeavesTheInterruptSet() {
        Report whole = reports.get("derbyshire-summary");
        AtomicBoolean armed = new AtomicBoolean();
        AtomicBoolean asked = new AtomicBoolean();
        // In the last chapter, before its last section: a renderer that looks only as a chapter begins (trial 34 F7)
        // is not stopped by a later one, and would draw a whole chapter of thousands of rows after a cancel.
        List<Chapter> chapters = new ArrayList<>(whole.chapters());
        Chapter last = chapters.getLast();
        List<Section> sections = new ArrayList<>(last.sections());
        sections.add(Math.max(0, sections.size() - 1), new InterruptingSection(armed, asked));
        chapters.set(chapters.size() - 1, new Chapter(last.heading(), last.orientation(), sections));
        Report report = new Report(whole.title(), whole.subtitle(), whole.asOf(), whole.period(), whole.metadata(),
                chapters, whole.layoutWords());
        Throwable thrown;
        boolean stillInterrupted;
        ReportRenderer renderer = renderer();
        RenderOptions options = options();
        armed.set(true);
        try {
            thrown = catchThrowable(() -> renderer.render(report, options, OutputStream.nullOutputStream()));
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        if (!asked.get() && thrown != null && !(thrown instanceof InterruptedIOException)) {
            // Its failure is the rule it broke, not the fallback it never came to (run 140 #6).
            fail("derbyshire-summary with a section of a type the renderer does not know: the renderer threw "
                    + thrown + " before it came to that section. A renderer renders every report; see the other"
                    + " tests' failures for this fixture.", thrown);
        }
        if (!asked.get()) {
            fail("derbyshire-summary with a section of a type the renderer does not know: the renderer never asked for"
                    + " its fallback(), which interrupts the thread for this test. A renderer draws a section of a"
                    + " type it does not know as its fallback(), as the fixture unknown-section-type shows.", thrown);
        }
        if (!(thrown instanceof InterruptedIOException) || !stillInterrupted) {
            fail("derbyshire-summary, its thread interrupted part-way (as a section of its last chapter was drawn, one"
                    + " more to come): the renderer "
                    + (thrown == null ? "finished" : thrown instanceof InterruptedIOException ? "threw, but cleared"
                    + " the thread's interrupt status" : "threw " + thrown + " instead of a"
                    + " java.io.InterruptedIOException") + ". A cancelled render stops within milliseconds, not only"
                    + " one cancelled before it starts: call Cancellation.checkInterrupted()"
                    + " (io.github.actionplan.report.spi.support) before each section and each row of a table, as well"
                    + " as before writing anything, and let what it throws out.", thrown);
        }
    }

    /**
     * A CSV or TSV file is opened by a spreadsheet, which runs a field that starts as a formula: the hostile plan's
     * {@code =cmd|' /C calc'!A0} must come out neutralised ({@link SpreadsheetText#startsLikeFormula}).
     */
    @Test
    void noFieldOfAFileASpreadsheetOpensStartsLikeAFormula() throws IOException {
        char separator = separator();
        String text = new String(render("hostile-action-plan"), StandardCharsets.UTF_8);
        List<String> running = DelimitedText.rows(text.startsWith("\uFEFF") ? text.substring(1) : text,
                separator).stream().flatMap(List::stream).filter(SpreadsheetText::startsLikeFormula).toList();
        if (!running.isEmpty()) {
            fail(String.format(java.util.Locale.ROOT, "hostile-action-plan: %,d fields start as a spreadsheet formula"
                    + " or command, which Excel runs on opening the file, such as %s. Neutralise each field for which"
                    + " SpreadsheetText.startsLikeFormula (io.github.actionplan.report.spi.support) is true, with a"
                    + " leading ' (OWASP's advice), and declare it through normaliseExpected.", running.size(),
                    StringsInOrder.quote(running.getFirst(), 60)));
        }
    }

    /**
     * A cell of several lines (a status and its reason) is one field of a CSV or TSV file, quoted: written as it is,
     * its line break ends the record, and what follows lands in the first columns of a row of its own, every check
     * of the text in order still passing, as white space does not count there.
     */
    @Test
    void eachCellOfSeveralLinesIsOneFieldOfADelimitedFile() throws IOException {
        char separator = separator();
        String text = new String(render("derbyshire-summary"), StandardCharsets.UTF_8);
        List<String> raw = DelimitedText.rows(text.startsWith("\uFEFF") ? text.substring(1) : text, separator)
                .stream().flatMap(List::stream).toList();
        List<String> fields = raw.stream().map(field -> TextNormalisation.normalise(field)).toList();
        List<String> broken = reports.get("derbyshire-summary").tables().stream()
                .flatMap(table -> table.rows().stream()).flatMap(List::stream).map(Cell::text)
                .filter(cell -> cell.contains("\n")).filter(cell -> {
                    String expected = TextNormalisation.normalise(normaliseExpected(cell));
                    return fields.stream().noneMatch(field -> field.contains(expected));
                }).toList();
        // Where fields hold line breaks, the renderer quotes them: a cell in no field is written otherwise (not in
        // UTF-8, say), and blaming its quoting sent a plugin whose fields were quoted to its quoting (run 140 #5).
        if (!broken.isEmpty() && raw.stream().anyMatch(field -> field.indexOf('\n') >= 0)) {
            fail(String.format(java.util.Locale.ROOT, "derbyshire-summary: %,d cells of several lines are in no field"
                    + " as the report has them, such as %s, though fields of several lines are quoted: their text is"
                    + " written otherwise than the report has it (in another charset than UTF-8, say). See"
                    + " everyStringOfTheReportAppearsInTheExtractedTextInOrder's failure, which names the first"
                    + " difference.", broken.size(), StringsInOrder.quote(broken.getFirst(), 60)));
        }
        if (!broken.isEmpty()) {
            fail(String.format(java.util.Locale.ROOT, "derbyshire-summary: %,d cells of several lines are not each one"
                    + " field, such as %s: a line break in a field that is not quoted ends the record, and the rest"
                    + " of the cell lands in a row of its own under the wrong columns. Quote every field that holds a"
                    + " line break, a quote or the separator (RFC 4180: \"...\", a quote inside doubled).",
                    broken.size(), StringsInOrder.quote(broken.getFirst(), 60)));
        }
    }

    /**
     * The separator of a file a spreadsheet opens field by field, known by its media type or its extension; the test
     * skipped for any other format.
     */
    private char separator() {
        String type = renderer().mediaType().toLowerCase(java.util.Locale.ROOT);
        String extension = renderer().fileExtension().toLowerCase(java.util.Locale.ROOT);
        boolean tabs = type.equals("text/tab-separated-values") || extension.equals("tsv");
        Assumptions.assumeTrue(tabs || type.equals("text/csv") || type.equals("application/csv")
                        || extension.equals("csv"),
                "only a CSV or TSV file (by its media type or its extension) is opened by a spreadsheet as text,"
                        + " field by field");
        return tabs ? '\t' : ',';
    }

    /** The running header {@link #aRunningHeaderAndFooterSetInTheOptionsAreShown()} renders with. */
    static final String RUNNING_HEADER = "Anyshire Fire and Rescue Service: running header";

    /** The running footer {@link #aRunningHeaderAndFooterSetInTheOptionsAreShown()} renders with. */
    static final String RUNNING_FOOTER = "OFFICIAL-SENSITIVE";

    /**
     * A protective marking such as "OFFICIAL-SENSITIVE" must never disappear: a paged format shows
     * the running header and footer on every page, a format without pages once, at the top and at
     * the foot ({@link RenderOptions#runningFooter()}). That they are on every page is the format's
     * own test; the kit checks they are shown.
     */
    @Test
    void aRunningHeaderAndFooterSetInTheOptionsAreShown() throws Exception {
        RenderOptions running = options().toBuilder().runningHeader(RUNNING_HEADER).runningFooter(RUNNING_FOOTER)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderTo("derbyshire-summary", running, out);
        if (out.size() == 0) {
            fail(wroteNothing("derbyshire-summary"));
        }
        String shown = TextNormalisation.normalise(extractText(out.toByteArray()));
        List<String> missing = new ArrayList<>();
        if (!shown.contains(TextNormalisation.normalise(normaliseExpected(RUNNING_HEADER)))) {
            missing.add("the running header \"" + RUNNING_HEADER + "\" (RenderOptions.Builder.runningHeader)");
        }
        if (!shown.contains(TextNormalisation.normalise(normaliseExpected(RUNNING_FOOTER)))) {
            missing.add("the running footer \"" + RUNNING_FOOTER + "\" (RenderOptions.Builder.runningFooter)");
        }
        if (!missing.isEmpty()) {
            fail("derbyshire-summary rendered with a running header and footer: " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not in the extracted text. A paged format shows"
                    + " them on every page; a format without pages shows them once, the header at the top and the"
                    + " footer at the foot.");
        }
    }

    /**
     * A renderer writes no word of its own: every word a reader sees comes from the report, its
     * strings ({@link Report#texts()}) and the words its format may need ({@link Report#layoutWords()}),
     * or from the options (the running header and footer). A word such as "RAG", "OFF_TRACK" or
     * "Generated by" is the renderer deciding what the report says. Numbers and punctuation are the
     * format's (page numbers, list markers), so only words of letters count.
     */
    @Test
    void theRendererWritesNoWordOfItsOwn() throws Exception {
        List<String> told = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (String fixture : List.of("derbyshire-summary", "merseyside-action-plan", "merseyside-progress",
                "portfolio", "hostile-action-plan")) {
            Report report = reports.get(fixture);
            String extracted = extractText(render(fixture));
            List<String> own = wordsOfItsOwn(report, options(), extracted, this::normaliseExpected);
            if (own.isEmpty()) {
                continue;
            }
            // A string cut short or mis-encoded is not taken out whole, and leaves pieces of itself ("chieffire",
            // "ficersshould..."), which are not words the renderer added: where strings are missing, only what is
            // in no text of the report is listed, so that a word of the renderer's own is still named.
            Optional<String> missing = firstMissing(ReportTexts.expected(report), extracted, this::normaliseExpected);
            if (missing.isPresent()) {
                List<String> sources = sources(report, options(), this::normaliseExpected);
                List<String> notPieces = own.stream().filter(word -> !isPieceOf(word, sources)).toList();
                if (notPieces.size() < own.size()) {
                    cut.add(fixture + ": " + missing.get().lines().findFirst().orElse("").replaceFirst(":$", ""));
                }
                own = notPieces;
            }
            if (!own.isEmpty()) {
                told.add(fixture + ": " + own.stream().limit(20).map(w -> "\"" + w + "\"").toList()
                        + (own.size() > 20 ? " and " + (own.size() - 20) + " more" : ""));
            }
        }
        String cutShort = "Where a string of the report is missing or changed (" + String.join("; ", cut) + "), the"
                + " pieces of it left in the text are not listed: see the failure of"
                + " everyStringOfTheReportAppearsInTheExtractedTextInOrder, which names the string and where it"
                + " differs.";
        if (!told.isEmpty()) {
            fail("the extracted text has words that are not the report's: " + String.join("; ", told) + ". A"
                    + " renderer writes no word of its own: it shows the report's texts, Report.layoutWords() where"
                    + " its format needs a word (a sheet's name), and the running header and footer of the options;"
                    + " a status is shown by its label, fill and textColour, never by its enum's name."
                    + (cut.isEmpty() ? "" : " " + cutShort));
        }
        if (!cut.isEmpty()) {
            fail("the extracted text has pieces of the report's strings that are not whole, and no other word. "
                    + cutShort + " Once every string is whole, this test tells whether the renderer writes a word of"
                    + " its own.");
        }
    }

    /**
     * A status is shown with its own words only: no BRAG colour name or label of another status is beside a status
     * cell ({@link StatusWords}). "Red" and "Amber" are words of the report (its legend names every colour), so a
     * renderer that picks a status's colour word itself, and gets it wrong ("Amber: Open - Actions on going off
     * track" for an item off track), passes {@link #theRendererWritesNoWordOfItsOwn()}; this test sees it.
     */
    @Test
    void eachStatusIsShownWithNoOtherStatussColourOrLabel() throws Exception {
        List<String> told = new ArrayList<>();
        for (String fixture : List.of("derbyshire-summary", "merseyside-action-plan", "merseyside-progress",
                "portfolio", "hostile-action-plan")) {
            List<String> wrong = StatusWords.wrong(reports.get(fixture), extractText(render(fixture)),
                    this::normaliseExpected);
            if (!wrong.isEmpty()) {
                told.add(fixture + ": " + String.join(", ", wrong.stream().limit(3).toList())
                        + (wrong.size() > 3 ? " and " + (wrong.size() - 3) + " more" : ""));
            }
        }
        if (!told.isEmpty()) {
            fail("the extracted text shows a status with another status's colour or label beside it: "
                    + String.join("; ", told) + ". A renderer decides no status, colour or label: it shows each"
                    + " status cell's label, note and reason as the report gives them, and its colour by fill and"
                    + " textColour. Is a switch on StatusCell.status() choosing words? A format without colour shows"
                    + " the label alone, and the legend says which colour each label has.");
        }
    }

    /**
     * The words left in {@code extracted} once every text of the report, its layout words and the options' running
     * header and footer are taken out (longest first, white space ignored, so that a format's line wrapping and cell
     * joins do not count): runs of two letters or more, which are words nobody gave the renderer.
     */
    static List<String> wordsOfItsOwn(Report report, RenderOptions options, String extracted,
            UnaryOperator<String> normaliseExpected) {
        String left = TextNormalisation.normalise(extracted);
        for (String needle : sources(report, options, normaliseExpected)) {
            left = left.replace(needle, "\u0000");
        }
        return Pattern.compile("[\\p{L}\\p{M}]{2,}").matcher(left).results()
                .map(MatchResult::group).distinct().toList();
    }

    /**
     * Whether {@code word} is a piece of the texts the renderer was given: inside one of them, or the end of one
     * joined to the start of another, as the text between a character mis-encoded and the next string's own
     * mis-encoded character is ("...GogleddCymru" and "Hostile text plan..."). A word the renderer added is neither.
     */
    static boolean isPieceOf(String word, List<String> sources) {
        if (sources.stream().anyMatch(source -> source.contains(word))) {
            return true;
        }
        for (int k = 1; k < word.length(); k++) {
            String end = word.substring(0, k);
            String start = word.substring(k);
            if (sources.stream().anyMatch(source -> source.endsWith(end))
                    && sources.stream().anyMatch(source -> source.startsWith(start))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every text a renderer is given to show, normalised as the kit matches them, longest first: the report's texts,
     * its layout words, core's page-number words and the options' running header and footer.
     */
    private static List<String> sources(Report report, RenderOptions options,
            UnaryOperator<String> normaliseExpected) {
        List<String> sources = new ArrayList<>(report.texts());
        io.github.actionplan.report.LayoutWords layout = report.layoutWords();
        sources.addAll(List.of(layout.overview(), layout.chapters(), layout.table(), layout.notes(),
                layout.fullText(), layout.cell(), layout.part(), layout.text(), layout.skipToContent(),
                layout.contents(), options.runningHeader(report), options.runningFooter()));
        sources.addAll(RenderOptions.PAGE_NUMBER_WORDS);
        for (String placeholders : List.of(layout.pieceOf(), layout.continued(), layout.chart())) {
            sources.addAll(Arrays.asList(placeholders.split("\\{[a-z]+}")));
        }
        return sources.stream().map(normaliseExpected).map(TextNormalisation::normalise)
                .filter(n -> !n.isEmpty())
                .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The extracted text must be what a reader sees, not the bytes as written (see
     * {@link #extractText(byte[])}); only {@code text/plain} is read as it is written.
     */
    @Test
    void theExtractedTextIsReadFromTheFormatNotItsBytes() throws Exception {
        String mediaType = renderer().mediaType();
        // "text/plain; charset=utf-8" is plain text with a parameter, which formatMediaTypeAndExtensionAreWellFormed
        // tells the author to remove: this test would only repeat the failure in words about the extractor.
        String type = mediaType.split(";", 2)[0].strip();
        Assumptions.assumeFalse(type.equals("text/plain"), "a text/plain file is read as it is written");
        byte[] output = render("hostile-action-plan");
        if (readsTheBytes(extractText(output), new String(output, StandardCharsets.UTF_8))) {
            // A misspelt text/plain ("text/plian") with an extractor right for plain text fails here first.
            String misspelt = nearMiss(type).map(meant -> " (or, if this is plain text, is mediaType() \""
                    + mediaType + "\" meant to be '" + meant + "'? See formatMediaTypeAndExtensionAreWellFormed.)")
                    .orElse("");
            fail("extractText returns the output's bytes as they are written: for " + mediaType
                    + " it must parse the format as a reader sees it (escapes undone, markup left out), or the"
                    + " kit cannot see a string that the format's own syntax swallowed. See extractText's Javadoc."
                    + misspelt);
        }
    }

    /**
     * Whether {@code extracted} is the output's {@code text} as written, give or take what no parser is needed for:
     * white space and line endings, a byte order mark, a line trimmed off either end. A parser of any format but
     * plain text undoes the format's syntax where the hostile plan's strings hold it (quotes, "|", "#", "{@code <}")
     * and leaves it out elsewhere, so what it returns is neither the text nor a slice of it.
     */
    static boolean readsTheBytes(String extracted, String text) {
        String read = TextNormalisation.normalise(extracted.replace("\uFEFF", ""));
        String written = TextNormalisation.normalise(text.replace("\uFEFF", ""));
        String shorter = read.length() <= written.length() ? read : written;
        String longer = shorter == read ? written : read;
        return longer.contains(shorter) && shorter.length() >= longer.length() * 0.99;
    }

    /** The output for a fixture, rendered once per test class. */
    protected final byte[] render(String fixture) throws IOException {
        byte[] output = rendered.get(fixture);
        if (output == null) {
            output = renderFresh(fixture);
            rendered.put(fixture, output);
        }
        return output;
    }

    private byte[] renderFresh(String fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderTo(fixture, out);
        if (out.size() == 0) {
            fail(wroteNothing(fixture));
        }
        return out.toByteArray();
    }

    /** Renders a fixture to {@code out}; a renderer that throws anything but an IOException fails naming it. */
    private void renderTo(String fixture, OutputStream out) throws IOException {
        renderTo(fixture, options(), out);
    }

    private void renderTo(String fixture, RenderOptions options, OutputStream out) throws IOException {
        renderTo(renderer(), fixture, options, out);
    }

    private void renderTo(ReportRenderer renderer, String fixture, RenderOptions options, OutputStream out)
            throws IOException {
        Report report = reports.get(fixture);
        try {
            renderer.render(report, options, out);
        } catch (RuntimeException e) {
            fail(fixture + ": the renderer threw " + e + ". A renderer renders every report it is given and throws"
                    + " only an IOException, when writing fails: it draws the section types it knows and any other"
                    + " as section.fallback(), and a cell it has no better way to show as its text().", e);
        }
    }

    /** A render that wrote not a byte: the first failure such a renderer meets, whichever test meets it. */
    private static String wroteNothing(String fixture) {
        return fixture + ": the renderer wrote nothing. A render writes the whole document to the stream it is given,"
                + " every string of the report, and flushes it; the registry fails a render that writes nothing. Is"
                + " render() unfinished, or does it write to a stream of its own?";
    }

    /** Passes writes through until a number of bytes, then fails. */
    static final class FailingOutputStream extends OutputStream {
        private final OutputStream out;
        private long left;

        FailingOutputStream(OutputStream out, long failAfter) {
            this.out = out;
            this.left = failAfter;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("disk full (simulated by the contract kit)");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    /** Runs a real renderer against a stream that fails mid-way. */
    private static final class FailingRenderer implements ReportRenderer {
        private final ReportRenderer renderer;
        private final long failAfter;

        FailingRenderer(ReportRenderer renderer, long failAfter) {
            this.renderer = renderer;
            this.failAfter = failAfter;
        }

        @Override
        public String format() {
            return renderer.format();
        }

        @Override
        public String mediaType() {
            return renderer.mediaType();
        }

        @Override
        public String fileExtension() {
            return renderer.fileExtension();
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            renderer.render(report, options, new FailingOutputStream(out, failAfter));
        }
    }

    private static final class TrackingOutputStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int flushes;
        int writesSinceFlush;
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            ensureOpen();
            bytes.write(b);
            writesSinceFlush++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureOpen();
            bytes.write(b, off, len);
            writesSinceFlush++;
        }

        @Override
        public void flush() throws IOException {
            ensureOpen();
            flushes++;
            writesSinceFlush = 0;
        }

        @Override
        public void close() {
            closed = true;
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("the renderer closed the caller's stream and then used it");
            }
        }
    }
}
