package io.github.actionplan.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The rendered seed and hostile reports in a real browser: Debian's Chromium, headless, driven by
 * Debian's chromedriver (no browser or driver is downloaded; Selenium Manager is never asked, as
 * both paths are given). One browser serves every test. Screenshots are left in
 * {@code target/browser/} for a person to look at.
 *
 * <p>Skipped, saying why, where {@value #CHROMIUM} or {@value #CHROMEDRIVER} is missing;
 * {@code .ci/run} installs both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final int WIDE = 1280;
    private static final int NARROW = 320;
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Path folder = Path.of("target", "browser");
    private final Map<String, Report> reports = fixtureReports();
    private final java.util.Set<String> written = new java.util.HashSet<>();
    private ChromeDriver browser;

    static Stream<String> fixtures() {
        return Stream.of("derbyshire-summary", "merseyside-action-plan", "hostile-summary",
                "hostile-action-plan", "unknown-section-type");
    }

    /** Merseyside's plan as written in Welsh, whose texts are marked {@code cy}: axe's valid-lang checks the tag. */
    static final String WELSH = "welsh-merseyside-action-plan";

    /** The Welsh plan naming a status in its own Welsh word, whose label alone in a status cell is marked. */
    static final String WELSH_LABELLED = "welsh-labelled-merseyside-action-plan";

    /** The fixtures, and the Welsh plans' reports, which only axe need see: their layout is the English one's. */
    static Stream<String> checkedByAxe() {
        return Stream.concat(fixtures(), Stream.of(WELSH, WELSH_LABELLED));
    }

    private static Map<String, Report> fixtureReports() {
        Map<String, Report> reports = new LinkedHashMap<>(ContractFixtures.reports());
        reports.put(WELSH, Html.welshMerseyside("action-plan"));
        reports.put(WELSH_LABELLED, Html.labelledMerseyside("action-plan", Optional.of("cy")));
        reports.put(LONG_LABELLED, Html.labelledMerseyside("action-plan", Optional.of("cy"), Html.LONG_OFF_TRACK));
        reports.put(LONG_JAPANESE, Html.labelledMerseyside("action-plan", Optional.of("ja"), Html.LONG_JAPANESE));
        return reports;
    }

    /** Merseyside's action plan naming a status in words longer than the chart is wide. */
    static final String LONG_LABELLED = "long-labelled-merseyside-action-plan";

    /** As {@link #LONG_LABELLED}, in Japanese, written without spaces. */
    static final String LONG_JAPANESE = "long-japanese-merseyside-action-plan";

    /** Reports with a status chart. */
    static Stream<String> charted() {
        return Stream.of("derbyshire-summary", "merseyside-action-plan", "hostile-summary");
    }

    /** The seed plans' reports, whose words are real words: none may be broken. */
    static Stream<String> seedReports() {
        return Stream.of("derbyshire-summary", "derbyshire-action-plan", "derbyshire-exceptions",
                "merseyside-summary", "merseyside-action-plan", "merseyside-exceptions");
    }

    /**
     * The words of each table cell that a line break splits, as "word in <cell>", for the tables
     * of chapters of the given class. A word is a run of characters between white space, hyphens
     * and slashes in one text node; it is split when its boxes are not all on one line.
     */
    private static final String BROKEN_WORDS = """
            const broken = [];
            for (const cell of document.querySelectorAll(['.ap-data th', '.ap-data td', '.ap-facts th', '.ap-facts td']
                .map(cells => '.' + arguments[0] + ' ' + cells).join(', '))) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                // A line may break after a hyphen or slash, as in "360-" / "degree": that breaks no word.
                for (const match of node.data.matchAll(/[^\\s\\-\u2010\u2013\u2014\\/]+[\\-\u2010\u2013\u2014\\/]?/g)) {
                  if (match[0].length > arguments[1]) continue;
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                      .map(r => Math.round(r.bottom)));
                  if (tops.size > 1) broken.push(match[0] + ' in ' + cell.outerHTML.slice(0, 120));
                }
              }
            }
            return broken;
            """;

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. Install Debian's "
                        + "chromium and chromium-driver (apt-get install chromium chromium-driver), as .ci/run does.");
        Files.createDirectories(folder);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--force-device-scale-factor=1", "--window-size=" + WIDE + ",900", "--lang=en-GB",
                "--no-first-run", "--disable-extensions", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void thePageReflowsAt320PixelsWithoutScrollingSidewaysExceptInsideATable(String fixture) throws IOException {
        open(fixture, NARROW);
        Map<?, ?> widths = (Map<?, ?>) script("""
                const root = document.documentElement;
                return {scroll: root.scrollWidth, client: root.clientWidth, body: document.body.scrollWidth};
                """);
        assertThat(((Number) widths.get("scroll")).longValue()).as("%s: document scroll width at %d px, %s", fixture,
                NARROW, widths).isLessThanOrEqualTo(((Number) widths.get("client")).longValue());
        // Whatever is wider than the screen sits inside a table's own scroll container.
        Object outside = script("""
                const limit = document.documentElement.clientWidth;
                for (const e of document.body.querySelectorAll('*')) {
                  if (e.closest('.ap-scroll')) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && (r.right > limit + 0.5 || r.left < -0.5)) return e.outerHTML.slice(0, 200);
                }
                return null;
                """);
        assertThat(outside).as("%s: an element outside a table reaching past %d px", fixture, NARROW).isNull();
        screenshot(fixture + "-320.png", NARROW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void noWordInATableIsBrokenOnAWideOrNarrowScreenOrOnPaper(String fixture) throws IOException {
        for (int width : new int[] {WIDE, NARROW}) {
            open(fixture, width);
            for (String page : List.of(Stylesheet.PORTRAIT, Stylesheet.LANDSCAPE)) {
                assertThat((List<?>) script(BROKEN_WORDS, page, Column.LONGEST_WORD_KEPT)).as("%s at %d px", fixture,
                        width).isEmpty();
            }
        }
        // On paper: the print stylesheet at the width of an A4 page's text, each way up.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String page : List.of(Stylesheet.PORTRAIT, Stylesheet.LANDSCAPE)) {
                double textWidthMillimetres = (page.equals(Stylesheet.PORTRAIT) ? 210 : 297) - 2 * 12;
                open(fixture, (int) Math.floor(textWidthMillimetres / 25.4 * 96));
                assertThat((List<?>) script(BROKEN_WORDS, page, Column.LONGEST_WORD_KEPT)).as("%s printed, %s", fixture,
                        page).isEmpty();
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aScreenshotAt1280PixelsShowsThePage(String fixture) throws IOException {
        open(fixture, WIDE);
        BufferedImage image = screenshot(fixture + "-1280.png", WIDE);
        assertThat(image.getWidth()).isEqualTo(WIDE);
        assertThat(image.getHeight()).isGreaterThan(200);
        assertThat(script("return performance.getEntriesByType('resource').length")).as("requests made").isEqualTo(0L);
        assertThat(script("return document.scripts.length")).as("scripts: the tables' own").isEqualTo(1L);
    }

    /**
     * Each table container that is wrong for its table's width now: one that scrolls but is not a
     * keyboard stop named as a group, or one that fits but is still a stop, a group or named.
     */
    private static final String MISFIT_CONTAINERS = """
            const wrong = [];
            for (const box of document.querySelectorAll('.ap-scroll')) {
              const scrolls = box.scrollWidth > box.clientWidth;
              const stop = box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'group'
                  && document.getElementById(box.getAttribute('aria-labelledby')) !== null;
              const plain = !box.hasAttribute('tabindex') && !box.hasAttribute('role')
                  && !box.hasAttribute('aria-labelledby');
              if (scrolls ? !stop : !plain) {
                wrong.push((scrolls ? 'scrolls but is no named stop: ' : 'fits but is a stop: ')
                    + box.outerHTML.slice(0, 160));
              }
            }
            return wrong;
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aTableIsAKeyboardStopAndANamedGroupOnlyWhileItScrolls(String fixture) throws IOException {
        open(fixture, WIDE);
        assertThat((List<?>) script(MISFIT_CONTAINERS)).as("%s at %d px", fixture, WIDE).isEmpty();
        long tables = (Long) script("return document.querySelectorAll('.ap-scroll').length");
        long wideStops = (Long) script("return document.querySelectorAll('.ap-scroll[tabindex]').length");
        if (fixture.equals("derbyshire-summary") || fixture.equals("merseyside-action-plan")) {
            assertThat(wideStops).as("%s: stops among %d tables at %d px", fixture, tables, WIDE).isLessThan(tables);
        }
        // Narrowed and widened again without a reload, as when a window is resized or a tablet turned.
        for (int width : new int[] {NARROW, WIDE}) {
            resize(width);
            assertThat((List<?>) script(MISFIT_CONTAINERS)).as("%s resized to %d px", fixture, width).isEmpty();
        }
        assertThat((Long) script("return document.querySelectorAll('.ap-scroll[tabindex]').length"))
                .isEqualTo(wideStops);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedByAxe")
    void axeFindsNoWcag22AaViolationAtEitherWidth(String fixture) throws IOException {
        for (int width : new int[] {WIDE, NARROW}) {
            open(fixture, width);
            Results results = axe();
            assertThat(results.isErrored()).as("%s: axe failed: %s", fixture, results.getErrorMessage()).isFalse();
            assertThat(results.getViolations()).as("%s at %d px: %s", fixture, width, describe(results.getViolations()))
                    .isEmpty();
            if (fixture.equals(WELSH) || fixture.equals(WELSH_LABELLED)) {
                // The rule ran on the marked texts, and found their tag valid.
                assertThat(results.getPasses()).extracting(Rule::getId).contains("valid-lang");
            }
        }
    }

    /**
     * Axe's findings on the open page. The hostile pages are long; axe's own 30-second limit is too short on a busy
     * machine. Where Chrome's renderer did not answer its driver in time (a machine under load), the run is no finding,
     * and runs again once.
     */
    private Results axe() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).setTimeout(300).analyze(browser);
        if (results.isErrored() && String.valueOf(results.getErrorMessage()).contains("Timed out receiving message"
                + " from renderer")) {
            results = new AxeBuilder().withTags(WCAG_22_AA).setTimeout(300).analyze(browser);
        }
        return results;
    }

    /**
     * What forced colours (Windows High Contrast) leaves hard to see, against the page's
     * background: text under 4.5:1; a bar, table border or focus ring under 3:1; a bar that
     * cannot be told from its track; a focused element without an outline.
     */
    private static final String FORCED_COLOUR_FAILURES = """
            const rgb = s => (s.match(/[\\d.]+/g) || [0, 0, 0]).slice(0, 3).map(Number);
            const lum = c => c.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
            const ratio = (a, b) => { const x = lum(rgb(a)), y = lum(rgb(b));
                return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const failures = [];
            const page = getComputedStyle(document.body).backgroundColor;
            const check = (what, colour, on, least) => {
              if (colour === 'none' || ratio(colour, on) < least) {
                failures.push(what + ': ' + colour + ' on ' + on + ' is ' + ratio(colour, on).toFixed(2) + ':1');
              }
            };
            if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
            for (const text of document.querySelectorAll('svg.ap-bars text')) {
              check('chart text "' + text.textContent + '"', getComputedStyle(text).fill, page, 4.5);
            }
            for (const track of document.querySelectorAll('svg.ap-bars rect.ap-track')) {
              const bar = track.nextElementSibling;
              if (bar === null || bar.tagName !== 'rect') continue;
              check('bar', getComputedStyle(bar).fill, page, 3);
              check('bar on its track', getComputedStyle(bar).fill, getComputedStyle(track).fill, 3);
            }
            for (const cell of [...document.querySelectorAll('.ap-status')].slice(0, 20)) {
              const style = getComputedStyle(cell);
              check('status "' + cell.textContent.slice(0, 30) + '"', style.color, style.backgroundColor, 4.5);
            }
            for (const cell of [...document.querySelectorAll('.ap-data td, .ap-data th')].slice(0, 20)) {
              check('table border', getComputedStyle(cell).borderTopColor, page, 3);
            }
            const focusable = document.querySelector('.ap-scroll[tabindex], a[href]');
            if (focusable !== null) {
              focusable.focus();
              const style = getComputedStyle(focusable);
              if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
                failures.push('focus ring: ' + style.outlineStyle + ' ' + style.outlineWidth);
              } else {
                check('focus ring', style.outlineColor, page, 3);
              }
              focusable.blur();
            }
            return failures;
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("charted")
    void inForcedColoursTheChartStatusesBordersAndFocusRingAreSeenInTheSystemsColours(String fixture)
            throws IOException {
        // Windows' High Contrast themes come dark (white on black) and light (black on white).
        for (String scheme : List.of("dark", "light")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(
                    Map.of("name", "forced-colors", "value", "active"),
                    Map.of("name", "prefers-color-scheme", "value", scheme))));
            try {
                open(fixture, WIDE);
                assertThat(script("return document.querySelectorAll('svg.ap-bars text').length"))
                        .as("%s: chart texts", fixture).isNotEqualTo(0L);
                assertThat((List<?>) script(FORCED_COLOUR_FAILURES)).as("%s in forced colours, %s", fixture, scheme)
                        .isEmpty();
                screenshot(fixture + "-forced-" + scheme + ".png", WIDE);
            } finally {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            }
        }
    }

    @Test
    void aStatusLabelWiderThanTheChartIsBrokenBetweenWordsAtTheSizeOfTheOthers() throws IOException {
        // Run 81 #8: squeezed onto one line, the label was drawn narrower than the others.
        open(LONG_LABELLED, WIDE);
        List<String> lines = chartLinesOf(Html.LONG_OFF_TRACK);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(Html.LONG_OFF_TRACK);
        screenshot(LONG_LABELLED + ".png", WIDE);
    }

    @Test
    void aStatusLabelWrittenWithoutSpacesIsBrokenBetweenCharactersWithinTheChart() throws IOException {
        // Run 88 #7: a long Japanese label ran out of the chart, cut off part-way.
        open(LONG_JAPANESE, WIDE);
        List<String> lines = chartLinesOf(Html.LONG_JAPANESE);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(Html.LONG_JAPANESE);
        screenshot(LONG_JAPANESE + ".png", WIDE);
    }

    /**
     * The lines of the open page's chart that are parts of {@code label}, checking that every text of the chart is
     * drawn at its own size (none squeezed) and within the chart.
     */
    private List<String> chartLinesOf(String label) {
        @SuppressWarnings("unchecked")
        List<List<Object>> texts = (List<List<Object>>) script("return [...document.querySelectorAll('svg.ap-bars"
                + " text')].map(t => [t.textContent, t.getComputedTextLength(), t.hasAttribute('textLength'),"
                + " t.ownerSVGElement.viewBox.baseVal.width])");

        assertThat(texts).extracting(text -> text.get(2)).containsOnly(false);
        assertThat(texts).allSatisfy(text -> assertThat(((Number) text.get(1)).doubleValue()).as("%s", text)
                .isLessThanOrEqualTo(((Number) text.get(3)).doubleValue()));
        return texts.stream().map(text -> ((String) text.get(0)).strip())
                .filter(text -> !text.isEmpty() && label.contains(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printingToPdfGivesA4PagesWithTheReportsText(String fixture) throws IOException {
        open(fixture, WIDE);
        // Through the DevTools protocol: chromedriver's own print command gives up after 10 seconds,
        // which the long hostile pages take on a busy machine. A4 unless the page's CSS says otherwise.
        Map<String, Object> print = Map.of("paperWidth", 210 / 25.4, "paperHeight", 297 / 25.4, "printBackground", true,
                "preferCSSPageSize", true);
        Map<String, Object> printed;
        try {
            printed = browser.executeCdpCommand("Page.printToPDF", print);
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium's own "Printing failed" comes now and then on a busy machine (once in a local build of
            // 5 Dec 2026, the page printing at once when tried again): one more try, as a person would.
            if (!String.valueOf(e.getMessage()).contains("Printing failed")) {
                throw e;
            }
            printed = browser.executeCdpCommand("Page.printToPDF", print);
        }
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Files.write(folder.resolve(fixture + ".pdf"), pdf);
        Report report = reports.get(fixture);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            // The title is on the first chapter's first page, on paper of its orientation.
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points, the first chapter's way up")
                    .isBetween(width(report.chapters().get(0).orientation()) - 1.5f,
                            width(report.chapters().get(0).orientation()) + 1.5f);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeeze(report.title().substring(0, Math.min(40, report.title().length()))));
            for (Section.Table table : report.tables()) {
                if (!table.title().isBlank()) {
                    assertThat(text).contains(squeeze(table.title().substring(0, Math.min(30, table.title().length()))));
                }
            }
            PDFTextStripper pages = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                pages.setStartPage(p);
                pages.setEndPage(p);
                String pageText = squeeze(pages.getText(document));
                // The running header and page number are in every page's margins.
                if (!fixture.startsWith("hostile")) {
                    assertThat(pageText).as("page %d", p).contains(squeeze(report.title()),
                            squeeze(RenderOptions.pageNumber(p, document.getNumberOfPages())));
                }
                // Header rows repeat: every page the long table runs over starts it with its header row.
                if (fixture.equals("derbyshire-summary") && pageText.contains("Rec")) {
                    Section.Table table = report.tables().get(report.tables().size() - 1);
                    assertThat(pageText).as("page %d", p).contains(squeeze(table.columns().get(2).header()));
                }
            }
            // A new page where the orientation changes: the chapter after the portrait opening is landscape.
            if (fixture.equals("unknown-section-type")) {
                assertThat(report.chapters()).extracting(Chapter::orientation)
                        .containsExactly(Orientation.PORTRAIT, Orientation.LANDSCAPE);
                int milestones = 0;
                for (int p = 1; p <= document.getNumberOfPages() && milestones == 0; p++) {
                    pages.setStartPage(p);
                    pages.setEndPage(p);
                    milestones = squeeze(pages.getText(document)).contains("Beforetheunknownsection") ? p : 0;
                }
                assertThat(milestones).as("the page the landscape chapter starts on").isGreaterThan(1);
                assertThat(document.getPage(milestones - 1).getMediaBox().getWidth()).isBetween(840f, 844f);
                assertThat(document.getPage(milestones - 2).getMediaBox().getWidth()).isBetween(594f, 597f);
            }
        }
    }

    private static float width(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? 595.3f : 841.9f;
    }

    private void open(String fixture, int width) throws IOException {
        Path file = folder.resolve(fixture + ".html");
        if (written.add(fixture)) {
            Files.writeString(file, Html.page(reports.get(fixture)), StandardCharsets.UTF_8);
        }
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.get(file.toAbsolutePath().toUri().toString());
    }

    /** The viewport made {@code width} wide in the open page, and two frames let pass for it to settle. */
    private void resize(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(null)));");
    }

    private Object script(String body, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(body, arguments);
    }

    /** A screenshot of the top of the page, at most 6,000 pixels of it, saved for a person to look at. */
    private BufferedImage screenshot(String name, int width) throws IOException {
        long height = Math.min(6000, (Long) script("return document.documentElement.scrollHeight"));
        Map<String, Object> result = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) result.get("data"));
        Files.write(folder.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .limit(3).map(node -> node.getHtml() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
