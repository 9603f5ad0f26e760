package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mistakes a plugin author makes first, each failing the kit with a message that says the rule
 * broken and what to do, and the first failure the real mistake rather than one it causes.
 */
class PluginMistakesTest {

    @Test
    void aRendererThatWritesNothingIsToldSoByEveryTestItFailsNotBlamedOnTheExtractor(@TempDir Path folder) {
        RendererContractTest kit = new Kit(new Renderer("text/csv", (report, out) -> { }), Function.identity());

        assertThatThrownBy(kit::theExtractedTextIsReadFromTheFormatNotItsBytes).hasMessage("hostile-action-plan: the"
                + " renderer wrote nothing. A render writes the whole document to the stream it is given, every string"
                + " of the report, and flushes it; the registry fails a render that writes nothing. Is render()"
                + " unfinished, or does it write to a stream of its own?");
        assertThatThrownBy(kit::theCallersStreamIsFlushedButNotClosed)
                .hasMessageStartingWith("derbyshire-summary: the renderer wrote nothing. ");
        assertThatThrownBy(() -> kit.aFailedRenderToAPathLeavesNoFileBehindAndKeepsTheOldOne(folder))
                .hasMessageStartingWith("derbyshire-summary: the renderer wrote nothing. ");
    }

    @Test
    void aRendererThatClosesTheStreamIsToldTheRuleAndTheFix() {
        RendererContractTest kit = new Kit(new Renderer("text/plain", (report, out) -> {
            try (OutputStream own = out) {
                own.write(report.title().getBytes(StandardCharsets.UTF_8));
            }
        }), Function.identity());

        assertThatThrownBy(kit::theCallersStreamIsFlushedButNotClosed).hasMessage("derbyshire-summary: the renderer"
                + " closed the stream it was given and never flushed it. A renderer flushes the stream when it is done"
                + " but never closes it: the caller owns the stream, and may write more to it (a zip's next entry) or"
                + " close it itself. Call out.flush() last; close neither out nor a writer wrapping it (no"
                + " try-with-resources on them): flush the writer instead, or give a library that closes its stream"
                + " CallerStream.of(out) (io.github.actionplan.report.spi.support), whose close() only flushes.");
    }

    @Test
    void aRendererWithoutANoArgumentConstructorIsToldWhyItNeedsOne() {
        RendererContractTest kit = new Kit(new Configured("txt"), Function.identity());

        assertThatThrownBy(kit::formatMediaTypeAndExtensionAreWellFormed).hasMessage(Configured.class.getName()
                + " has no public no-argument constructor, so ServiceLoader cannot make it: ReportRenderers.load() and"
                + " the command line would tell it failed to load, and its format would be missing. Give it one"
                + " (ReportRenderer's contract: \"has a public no-argument constructor\"): a renderer takes what it"
                + " needs from the report and the RenderOptions of each render.");
    }

    @Test
    void aRendererThatThrowsIsToldWithTheFixtureByName() {
        RendererContractTest kit = new Kit(new Renderer("text/plain", (report, out) -> {
            throw new IllegalStateException("unsupported cell TimescaleCell");
        }), Function.identity());

        assertThatThrownBy(() -> kit.everyStringOfTheReportAppearsInTheExtractedTextInOrder("merseyside-action-plan"))
                .hasMessageStartingWith("merseyside-action-plan: the renderer threw java.lang.IllegalStateException:"
                        + " unsupported cell TimescaleCell. A renderer renders every report it is given and throws"
                        + " only an IOException, when writing fails: ")
                .hasCauseInstanceOf(IllegalStateException.class);
        // Run 140 #6: the cancel check said the renderer "never asked for its fallback()", naming a rule it kept.
        assertThatThrownBy(kit::aRenderInterruptedPartWayThrowsAndLeavesTheInterruptSet).hasMessage("derbyshire-summary"
                + " with a section of a type the renderer does not know: the renderer threw"
                + " java.lang.IllegalStateException: unsupported cell TimescaleCell before it came to that section. A"
                + " renderer renders every report; see the other tests' failures for this fixture.");
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"HALF_EVEN", "HALF_UP", "DOWN"})
    void aRendererThatRoundsCoresPercentagesItselfFailsSayingCoreDecidesTheFigure(RoundingMode mode) {
        RendererContractTest kit = new Kit(BrokenRenderers.ownRounding(mode), Function.identity());
        String told = switch (mode) {
            case HALF_EVEN -> "12.5% as \"12%\" where core's figure is \"13%\", 0.5% as \"0%\" where core's figure is"
                    + " \"1%\", 99.5% as \"100%\" where core's figure is \"99%\", 99.96% as \"100%\" where core's"
                    + " figure is \"99%\"";
            case HALF_UP -> "99.5% as \"100%\" where core's figure is \"99%\", 99.96% as \"100%\" where core's"
                    + " figure is \"99%\"";
            default -> "12.5% as \"12%\" where core's figure is \"13%\", 0.5% as \"0%\" where core's figure is"
                    + " \"1%\"";
        };

        assertThatThrownBy(kit::everyPercentageIsCoresFigureNotOneTheRendererRounded).hasMessage("rounding-summary:"
                + " the renderer shows " + told + ". Core decides every figure a report shows: PercentCell.text() is"
                + " the exact value rounded half-up to a whole percent, and work short of 100% is at most 99%, so that"
                + " nothing reads \"100%\" beside a status that says it is not done. Show text(); never round value()"
                + " or fraction() yourself (a format that stores numbers stores one only with a number format that"
                + " shows exactly text()).");
        assertThatThrownBy(() -> kit.everyStringOfTheReportAppearsInTheExtractedTextInOrder("rounding-summary"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRendererThatShowsCoresPercentagesPassesTheRoundingCheck() throws Exception {
        new Kit(new PlainTextRenderer(), Function.identity()).everyPercentageIsCoresFigureNotOneTheRendererRounded();
    }

    @Test
    void aRendererNotListedForServiceLoaderIsToldWhereToListIt() {
        RendererContractTest kit = new Kit(new Unlisted(), Function.identity());

        assertThatThrownBy(kit::theRegistryFindsTheRendererByItsFormat).hasMessageStartingWith(
                "ReportRenderers.load() finds no renderer for 'unlisted' (it finds [txt]). List the class in"
                        + " META-INF/services/io.github.actionplan.report.spi.ReportRenderer (src/main/resources), one"
                        + " class name a line: " + Unlisted.class.getName() + ". In a module, declare it in"
                        + " module-info.java too: provides io.github.actionplan.report.spi.ReportRenderer with "
                        + Unlisted.class.getName() + ";");
    }

    @Test
    void aRendererInANamedModuleThatProvidesNothingIsToldToDeclareProvides() {
        // A class of a named module whose module-info provides no renderer: what a plugin without "provides" is.
        assertThat(RendererContractTest.howToList(String.class)).isEqualTo("The renderer is in the module java.base,"
                + " which runs on the module path, where ServiceLoader reads what a module declares and ignores its"
                + " META-INF/services. Declare it in module-info.java: provides"
                + " io.github.actionplan.report.spi.ReportRenderer with java.lang.String;");
    }

    @Test
    void anExtractorThatReturnsTheBytesLessAByteOrderMarkFailsTheKit() {
        // The trial's CSV with no quoting at all, read back by dropping the BOM: every other check passed.
        RendererContractTest kit = new Kit(new Renderer("text/csv", (report, out) -> {
            out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
            new PlainTextRenderer().render(report, RenderOptions.defaults(), out);
        }), text -> text.startsWith("\uFEFF") ? text.substring(1) : text);

        assertThatThrownBy(kit::theExtractedTextIsReadFromTheFormatNotItsBytes)
                .hasMessageStartingWith("extractText returns the output's bytes as they are written: for text/csv");
    }

    @Test
    void theBytesGiveOrTakeWhiteSpaceABomOrAnEdgeAreTheBytesAndAParsedTextIsNot() {
        String csv = "\uFEFFRef,Text\r\nRec 1,\"Say \"\"no\"\", then go\"\r\n" + "Rec 2,plain text\r\n".repeat(200);

        assertThat(RendererContractTest.readsTheBytes(csv.substring(1), csv)).isTrue();
        assertThat(RendererContractTest.readsTheBytes(csv.strip().replace("\r\n", "\n"), csv)).isTrue();
        assertThat(RendererContractTest.readsTheBytes(csv.substring(csv.indexOf('\n') + 1), csv)).isTrue();
        // Parsed: the quotes that are CSV's syntax gone, the quotes of the text kept.
        assertThat(RendererContractTest.readsTheBytes(csv.substring(1).replace("\"Say \"\"no\"\", then go\"",
                "Say \"no\", then go"), csv)).isFalse();
    }

    @Test
    void aRendererThatAddsWordsOfItsOwnFailsTheKitNamingThem() throws Exception {
        RendererContractTest kit = new Kit(new Renderer("text/plain", (report, out) -> {
            out.write("Generated by the plugin\nRAG: OFF_TRACK\n".getBytes(StandardCharsets.UTF_8));
            new PlainTextRenderer().render(report, RenderOptions.defaults(), out);
        }), Function.identity());

        assertThatThrownBy(kit::theRendererWritesNoWordOfItsOwn).hasMessageStartingWith("the extracted text has words"
                + " that are not the report's: derbyshire-summary: [\"GeneratedbythepluginRAG\", \"OFF\","
                + " \"TRACK\"]");
        new Kit(new PlainTextRenderer(), Function.identity()).theRendererWritesNoWordOfItsOwn();
    }

    @Test
    void aRendererThatMisEncodesStringsIsSentToTheMissingStringsNotToPiecesOfThem() {
        RendererContractTest kit = new Kit(BrokenRenderers.latin1(), Function.identity());

        assertThatThrownBy(kit::theRendererWritesNoWordOfItsOwn).hasMessageStartingWith("the extracted text has pieces"
                + " of the report's strings that are not whole, and no other word. Where a string of the report is"
                + " missing or changed (derbyshire-summary: string 63 of 182 is missing in the extracted text;")
                .hasMessageEndingWith("), the pieces of it left in the text are not listed: see the failure of"
                        + " everyStringOfTheReportAppearsInTheExtractedTextInOrder, which names the string and where it"
                        + " differs. Once every string is whole, this test tells whether the renderer writes a word of"
                        + " its own.");
    }

    @Test
    void aRendererThatMisEncodesStringsAndAddsAWordOfItsOwnIsToldTheWord() {
        ReportRenderer latin1 = BrokenRenderers.latin1();
        RendererContractTest kit = new Kit(new Renderer("text/plain", (report, out) -> {
            out.write("Generated by the plugin\n".getBytes(StandardCharsets.UTF_8));
            latin1.render(report, RenderOptions.defaults(), out);
        }), Function.identity());

        assertThatThrownBy(kit::theRendererWritesNoWordOfItsOwn).hasMessageStartingWith("the extracted text has words"
                + " that are not the report's: derbyshire-summary: [\"Generatedbytheplugin\"];")
                .hasMessageContaining(" Where a string of the report is missing or changed (derbyshire-summary:"
                        + " string 63 of 182 is missing in the extracted text;");
    }

    @Test
    void aRendererThatWritesAnotherStatussColourWordBesideAStatusFailsNamingIt() {
        RendererContractTest kit = new Kit(BrokenRenderers.swappedBragWords(), Function.identity());

        assertThatThrownBy(kit::eachStatusIsShownWithNoOtherStatussColourOrLabel).hasMessageStartingWith("the"
                + " extracted text shows a status with another status's colour or label beside it:"
                + " derbyshire-summary: \"Red\" before \"At risk\" (a status cell of At risk, whose colour is"
                + " Amber), \"Amber\" before \"Open - Actions on going off track\" (a status cell of Off track,"
                + " whose colour is Red) (16 times), ")
                .hasMessageEndingWith(". A renderer decides no status, colour or label: it shows each status cell's"
                        + " label, note and reason as the report gives them, and its colour by fill and textColour. Is"
                        + " a switch on StatusCell.status() choosing words? A format without colour shows the label"
                        + " alone, and the legend says which colour each label has.");
    }

    @Test
    void aRendererThatWritesEachStatussOwnColourWordPassesTheStatusWordsCheck() throws Exception {
        new Kit(BrokenRenderers.ownBragWords(), Function.identity()).eachStatusIsShownWithNoOtherStatussColourOrLabel();
        new Kit(new PlainTextRenderer(), Function.identity()).eachStatusIsShownWithNoOtherStatussColourOrLabel();
    }

    @Test
    void aRendererClaimingTheIdOfABuiltInFormatIsToldToGiveFormatAnotherId() {
        RendererContractTest kit = new Kit(new ClaimsPdf(), Function.identity());

        assertThatThrownBy(kit::theFormatIsNotOneActionplanShips).hasMessage(ClaimsPdf.class.getName() + ".format()"
                + " is \"pdf\", the id of a format actionplan ships (actionplan-report-pdf): installed beside"
                + " actionplan, two renderers would claim 'pdf', and the registry would block the format for every"
                + " user, the built-in one with it. Give format() another id, e.g. \"pdf-acme\" (fileExtension() may"
                + " stay \"txt\").");
        new Kit(new PlainTextRenderer(), Function.identity()).theFormatIsNotOneActionplanShips();
    }

    @Test
    void theFormatsActionplanShipsAreCoresFour() {
        for (String format : java.util.List.of("pdf", "docx", "xlsx", "html")) {
            assertThat(ReportRenderers.shippedIn(format)).contains("actionplan-report-" + format);
        }
        assertThat(ReportRenderers.shippedIn("txt")).isEmpty();
        assertThat(ReportRenderers.shippedIn("pdf-acme")).isEmpty();
    }

    @Test
    void aMisspeltMediaTypeIsToldTheOneItIsALetterOrTwoFrom() {
        RendererContractTest kit = new Kit(new MisspeltPlainText(), Function.identity());

        assertThatThrownBy(kit::formatMediaTypeAndExtensionAreWellFormed).hasMessage("mediaType() is \"text/plian\","
                + " a letter or two from \"text/plain\": did you mean 'text/plain'? The kit, the command line and a"
                + " web server treat a file by its media type (a text/plain file's extracted text may be its bytes, a"
                + " text/csv file is read field by field, a browser picks its viewer by it), so a misspelt one is a"
                + " format nothing knows.");
        assertThatThrownBy(kit::theExtractedTextIsReadFromTheFormatNotItsBytes).hasMessageEndingWith("See"
                + " extractText's Javadoc. (or, if this is plain text, is mediaType() \"text/plian\" meant to be"
                + " 'text/plain'? See formatMediaTypeAndExtensionAreWellFormed.)");
    }

    @Test
    void onlyAMediaTypeALetterOrTwoFromAKnownOneThatIsNoRealTypeIsANearMiss() {
        assertThat(RendererContractTest.nearMiss("text/cvs")).contains("text/csv");
        assertThat(RendererContractTest.nearMiss("application/pfd")).contains("application/pdf");
        assertThat(RendererContractTest.nearMiss("application/vnd.openxmlformats-officedocument.spreadsheetml.shet"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        for (String fine : java.util.List.of("text/plain", "text/csv", "text/css", "text/xml", "text/markdown",
                "application/json", "application/vnd.example.records", "application/vnd.oasis.opendocument.text")) {
            assertThat(RendererContractTest.nearMiss(fine)).as(fine).isEmpty();
        }
    }

    @Test
    void aMediaTypeWithAParameterIsToldParametersAreNotPartOfIt() {
        RendererContractTest kit = new Kit(new PlainTextWithCharset(), Function.identity());

        assertThatThrownBy(kit::formatMediaTypeAndExtensionAreWellFormed).hasMessage("mediaType() is \"text/plain;"
                + " charset=utf-8\": a renderer's media type is its type/subtype only, e.g. \"text/csv\"; parameters"
                + " such as \"; charset=utf-8\" are not part of it. Return \"text/plain\".");
        // Plain text all the same: the extractor is not blamed for what the media type's parameter is.
        assertThatThrownBy(kit::theExtractedTextIsReadFromTheFormatNotItsBytes)
                .isInstanceOf(org.opentest4j.TestAbortedException.class);
    }

    @Test
    void anExtensionOfPartsTheRegistryTakesPassesAndOneItRefusesIsToldAsTheRegistryTellsIt() throws Exception {
        // Run 140 #3: "csv.gz", which ReportRenderer's Javadoc allows and the command line renders, failed the kit.
        new Kit(new GzippedPlainText("txt.gz"), Function.identity()).formatMediaTypeAndExtensionAreWellFormed();
        new Kit(new GzippedPlainText("tar_x+y-z"), Function.identity()).formatMediaTypeAndExtensionAreWellFormed();

        assertThatThrownBy(new Kit(new GzippedPlainText(".txt"), Function.identity())
                ::formatMediaTypeAndExtensionAreWellFormed).hasMessage("Report renderer " + GzippedPlainText.class
                .getName() + " (test-classes/) has the file extension '.txt'; a file extension is given without its"
                + " dot, of letters, digits, '-', '_' and '+' with no spaces or slashes, e.g. 'pdf' or 'tar.gz' ('txt',"
                + " not '.txt').");
    }

    /** The kit on a renderer, its text read by {@code extractor}. */
    private static final class Kit extends RendererContractTest {
        private final ReportRenderer renderer;
        private final Function<String, String> extractor;

        Kit(ReportRenderer renderer, Function<String, String> extractor) {
            this.renderer = renderer;
            this.extractor = extractor;
        }

        @Override
        protected ReportRenderer renderer() {
            return renderer;
        }

        @Override
        protected String extractText(byte[] output) {
            return extractor.apply(new String(output, StandardCharsets.UTF_8));
        }
    }

    /** What a renderer under test writes. */
    private interface Body {
        void write(Report report, OutputStream out) throws IOException;
    }

    /** A renderer of format "txt" and the given media type that writes {@code body}. */
    private static final class Renderer implements ReportRenderer {
        private final String mediaType;
        private final Body body;

        Renderer(String mediaType, Body body) {
            this.mediaType = mediaType;
            this.body = body;
        }

        @Override
        public String format() {
            return "txt";
        }

        @Override
        public String mediaType() {
            return mediaType;
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            body.write(report, out);
        }
    }

    /** The plain text, under a format id of its own. */
    abstract static class Named implements ReportRenderer {
        private final String format;

        Named(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            new PlainTextRenderer().render(report, options, out);
        }
    }

    /** Takes its format in its constructor, with none without an argument. */
    public static final class Configured extends Named {
        public Configured(String format) {
            super(format);
        }
    }

    /** Claims the format id of actionplan's own PDF renderer. */
    public static final class ClaimsPdf extends Named {
        public ClaimsPdf() {
            super("pdf");
        }
    }

    /** The plain text under "text/plian", its extractor right for text/plain. */
    public static final class MisspeltPlainText extends Named {
        public MisspeltPlainText() {
            super("typo");
        }

        @Override
        public String mediaType() {
            return "text/plian";
        }
    }

    /** The plain text under a file extension of the test's choosing. */
    public static final class GzippedPlainText extends Named {
        private final String extension;

        public GzippedPlainText() {
            this("txt.gz");
        }

        GzippedPlainText(String extension) {
            super("gz");
            this.extension = extension;
        }

        @Override
        public String fileExtension() {
            return extension;
        }
    }

    /** The plain text under "text/plain; charset=utf-8". */
    public static final class PlainTextWithCharset extends Named {
        public PlainTextWithCharset() {
            super("charset");
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=utf-8";
        }
    }

    /** Listed in no services file. */
    public static final class Unlisted extends Named {
        public Unlisted() {
            super("unlisted");
        }
    }
}
