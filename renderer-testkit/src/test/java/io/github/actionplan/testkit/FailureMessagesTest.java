package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The kit's failures name what a renderer broken on purpose got wrong: the string it changed or
 * dropped, not a correct one after it; the report's strings and the extracted text as written;
 * where two renders differ.
 */
class FailureMessagesTest {

    @Test
    void aStringChangedEverywhereIsNamedNotTheCorrectStringAfterIt() throws IOException {
        // The first status label, "Open - Actions on going on track", is also in the legend, further
        // on: a search from the string before finds it there, and the next string, "0", is behind.
        String message = failure(BrokenRenderers.upperCaseStatusLabels(), "derbyshire-summary-progress-band-rule");

        assertThat(message).startsWith("string 21 of 185 is not where it belongs in the extracted text:\n"
                + "  expected:  \"Open - Actions on going on track\"\n"
                + "  where it belongs, after string 20 \"Share\" and before string 22 \"0\", the text has [[this]]"
                + " (line 18): \"...- Actions done.\\n\\nStatus | Items | Share\\n"
                + "[[OPEN - ACTIONS ON GOING ON TRACK |]] 0 | 0%\\nAT RISK | 0 | 0%\\nOPEN - ACTIONS ...\"\n");
        assertThat(message).contains("Is \"Open - Actions on going on track\" missing or changed where it belongs?")
                .contains("  elsewhere: it is found earlier and later, line 64: ");
    }

    @Test
    void sectionsLeftOutAreNamedNotTheSubtitleThatHoldsTheirWords() throws IOException {
        // Run 140 #2: the key facts' organisation and date were found inside the subtitle, "Derbyshire Fire & Rescue
        // Service, as of 1 November 2023", and the subtitle, which was there, was blamed.
        String message = failure(BrokenRenderers.withoutFallback(), "derbyshire-summary");

        assertThat(message).startsWith("strings 3 to ").contains("  expected:  \"Key facts\", \"Fact\", \"Detail\"")
                .contains("after string 2 \"Derbyshire Fire & Rescue Service, as of 1 November 2023\"")
                .doesNotContain("Is \"Derbyshire Fire & Rescue Service, as of 1 November 2023\" missing");
    }

    @Test
    void aDroppedStringIsNamedNotTheStringAfterIt() throws IOException {
        assertThat(failure(BrokenRenderers.withoutReasons(), "merseyside-summary")).isEqualTo("""
                string 49 of 94 is missing in the extracted text:
                  expected:  "progress is 100%"
                  where it belongs, after string 48 "Complete" and before string 50 "100%", the text has \
                [[this]] (line 28): "... Dec 2024\\nset by its actions | Complete [[|]] 100%\\n2: The service \
                should make sure al..."
                  elsewhere: it is nowhere in the extracted text
                  In all, 5 of the 94 strings are missing or out of place.
                """);
    }

    @Test
    void aDroppedRowIsNamedFromItsFirstStringAsWritten() throws IOException {
        String message = failure(BrokenRenderers.withoutRow("Rec 5"), "derbyshire-summary");

        assertThat(message).startsWith("strings 69 to 74 of 182 are not where they belong in the extracted text:\n"
                + "  expected:  \"Rec 5: By 1 June 2023, chief fire office... (452 characters)\", \"4\","
                + " \"01 Jun 2023\", \"Open - Actions on going off track\", \"deadline 1 Jun 2023 passed 153 days"
                + " before 1 Nov 2023 at 68%\", \"68%\"\n");
        assertThat(message).contains("elsewhere: string 69 is nowhere in the extracted text",
                "In all, 6 of the 182 strings are missing or out of place.");
    }

    @Test
    void aStringWrittenBeforeTheOnesItFollowsIsOutOfOrder() {
        assertThat(RendererContractTest.firstMissing(java.util.List.of("Title", "Rec 1", "On track"),
                "On track\nTitle\nRec 1 | Off track", UnaryOperator.identity())).hasValue("""
                string 3 of 3 is out of order in the extracted text:
                  expected:  "On track"
                  where it belongs, after string 2 "Rec 1" and before the end, the text has [[this]] (line 3): \
                "On track\\nTitle\\nRec 1 [[| Off track]]"
                  elsewhere: it is found only earlier, line 1: "[[On track]]\\nTitle\\nRec 1 | Off track"; the \
                renderer may write it before strings it should follow
                  In all, 1 of the 3 strings is missing or out of place.
                """);
    }

    @Test
    void aRenderThatDiffersEachTimeIsShownAtItsFirstDifferentByteAsText() {
        RendererContractTest kit = new Kit(BrokenRenderers.timeStamped());

        assertThatThrownBy(kit::identicalInputGivesByteIdenticalOutput).hasMessage("""
                derbyshire-summary: two renders of the same report differ first at byte 20 (line 1) of 8,947 and \
                8,947 bytes, from byte 0:
                  one:   "Made at 1733000000000\\nHMICFRS Area For Improvement Summary R..."
                  other: "Made at 1733000000001\\nHMICFRS Area For Improvement Summary R..."
                The same report renders to the same bytes, so that a file can be checked against the plan it was made \
                from: write no clock (a date is the report's metadata().created()), random id, hash order or state \
                kept from an earlier render. Tests of flushing, of writing to a path and of concurrent renders compare \
                bytes too, and fail with this one.""");
    }

    @Test
    void aRendererKeepingARendersDocumentInAFieldFailsThoughEachCallOfRendererGivesANewOne() {
        // Trial 57 F1: the kit asked for a renderer on each thread, so a field of one was never shared, and a renderer
        // that mixed documents on one shared instance, as ReportRenderers and the command line use it, passed.
        RendererContractTest kit = new Kit(null) {
            @Override
            protected ReportRenderer renderer() {
                return BrokenRenderers.sharedBuffer();
            }
        };

        assertThatThrownBy(kit::concurrentRendersFromEightThreadsGiveTheSameBytes).hasMessageContaining(
                ", one renderer rendering on eight at once, and one alone differ first at byte").hasMessageEndingWith(
                "ReportRenderers, and the command line, hand one renderer to every thread: keep what a render builds"
                + " in its own variables, not in the renderer's fields, and make what is shared (fonts, templates)"
                + " immutable or thread-safe.");
    }

    @Test
    void outputThatIsNotTextIsShownInHex() {
        byte[] one = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 1, 2, 3};
        byte[] other = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 1, 9, 3};

        assertThat(OutputDifference.of(one, other)).hasValue("differ first at byte 7 (line 1) of 9 and 9 bytes,"
                + " from byte 0:\n  one:   hex 25 50 44 46 00 ff 01[02] 03\n  other: hex 25 50 44 46 00 ff 01[09] 03");
        assertThat(OutputDifference.of(one, one.clone())).isEmpty();
    }

    @Test
    void aRendererThatDropsTheRunningHeaderAndFooterFailsTheKit() {
        RendererContractTest kit = new Kit(BrokenRenderers.withoutRunningHeaderAndFooter());

        assertThatThrownBy(kit::aRunningHeaderAndFooterSetInTheOptionsAreShown).hasMessage("derbyshire-summary"
                + " rendered with a running header and footer: the running header \"Anyshire Fire and Rescue Service:"
                + " running header\" (RenderOptions.Builder.runningHeader) and the running footer"
                + " \"OFFICIAL-SENSITIVE\" (RenderOptions.Builder.runningFooter) are not in the extracted text. A"
                + " paged format shows them on every page; a format without pages shows them once, the header at the"
                + " top and the footer at the foot.");
    }

    @Test
    void theRunningHeaderAndFooterTheKitSetsAreNoTextOfTheReport() throws IOException {
        String text = TextNormalisation.normalise(render(BrokenRenderers.withoutRunningHeaderAndFooter(),
                "derbyshire-summary"));

        assertThat(text).doesNotContain(TextNormalisation.normalise(RendererContractTest.RUNNING_HEADER),
                TextNormalisation.normalise(RendererContractTest.RUNNING_FOOTER));
    }

    @Test
    void aMarkdownRendererWhoseTestReadsItsBytesAsTheyAreFailsTheKit() {
        RendererContractTest kit = new Kit(BrokenRenderers.markdownWithoutEscapes());

        assertThatThrownBy(kit::theExtractedTextIsReadFromTheFormatNotItsBytes).hasMessage("extractText returns the"
                + " output's bytes as they are written: for text/markdown it must parse the format as a reader sees"
                + " it (escapes undone, markup left out), or the kit cannot see a string that the format's own"
                + " syntax swallowed. See extractText's Javadoc.");
    }

    @Test
    void aRendererThatIgnoresAnInterruptFailsTheKitSayingWhatToCall() {
        RendererContractTest kit = new Kit(BrokenRenderers.heedlessOfInterrupts());

        assertThatThrownBy(kit::aRenderBegunOnAnInterruptedThreadThrowsWritesNothingAndLeavesTheInterruptSet)
                .hasMessage("derbyshire-summary rendered on an interrupted thread: the renderer finished and wrote"
                        + " 8,925 bytes. A renderer whose thread is interrupted (a server cancelling a slow request"
                        + " with Future.cancel(true)) throws java.io.InterruptedIOException, writes nothing more, and"
                        + " leaves the interrupt status set: call Cancellation.checkInterrupted()"
                        + " (io.github.actionplan.report.spi.support) before writing anything, between sections and"
                        + " between a table's rows, and let what it throws out.");
        assertThat(Thread.currentThread().isInterrupted()).as("the kit clears the interrupt after").isFalse();
    }

    @Test
    void aRendererThatClearsTheInterruptFailsTheKit() {
        RendererContractTest kit = new Kit(BrokenRenderers.swallowingInterrupts());

        assertThatThrownBy(kit::aRenderBegunOnAnInterruptedThreadThrowsWritesNothingAndLeavesTheInterruptSet)
                .hasMessageStartingWith("derbyshire-summary rendered on an interrupted thread: the renderer"
                        + " finished, wrote 8,925 bytes and cleared the thread's interrupt status. ");
    }

    @Test
    void aRendererThatWritesBeforeItLooksFailsTheKit() {
        RendererContractTest kit = new Kit(BrokenRenderers.timeStamped());

        assertThatThrownBy(kit::aRenderBegunOnAnInterruptedThreadThrowsWritesNothingAndLeavesTheInterruptSet)
                .hasMessageStartingWith("derbyshire-summary rendered on an interrupted thread: the renderer wrote"
                        + " 22 bytes. ")
                .hasCauseInstanceOf(java.io.InterruptedIOException.class);
    }

    @Test
    void aRendererThatLooksForAnInterruptOnlyBeforeItStartsFailsTheKit() {
        RendererContractTest kit = new Kit(BrokenRenderers.lookingOnlyAtTheStart());

        assertThatThrownBy(kit::aRenderInterruptedPartWayThrowsAndLeavesTheInterruptSet).hasMessageStartingWith(
                "derbyshire-summary, its thread interrupted part-way (as a section of its last chapter was drawn, one"
                        + " more to come): the renderer finished. A cancelled render stops within milliseconds, not only one cancelled before it"
                        + " starts: call Cancellation.checkInterrupted()");
        assertThat(Thread.currentThread().isInterrupted()).as("the kit clears the interrupt after").isFalse();
        new Kit(new PlainTextRenderer()).aRenderInterruptedPartWayThrowsAndLeavesTheInterruptSet();
    }

    @Test
    void aRendererThatLooksForAnInterruptOnlyAsAChapterBeginsFailsTheKit() {
        // Trial 34 F7: the interrupt came in the first chapter, and the next chapter's look stopped such a renderer.
        RendererContractTest kit = new Kit(BrokenRenderers.lookingOnlyAsAChapterBegins());

        assertThatThrownBy(kit::aRenderInterruptedPartWayThrowsAndLeavesTheInterruptSet).hasMessageStartingWith(
                "derbyshire-summary, its thread interrupted part-way (as a section of its last chapter was drawn, one"
                        + " more to come): the renderer finished.");
        assertThat(Thread.currentThread().isInterrupted()).as("the kit clears the interrupt after").isFalse();
    }

    @Test
    void aRendererThatKeepsItsStreamsFailureToItselfFailsTheKitSayingWhy() {
        RendererContractTest kit = new Kit(BrokenRenderers.swallowingStreamFailures());

        assertThatThrownBy(kit::aStreamThatFailsMidwayMakesRenderThrowAnIOException).hasMessageMatching(
                "derbyshire-summary: the stream the renderer wrote to failed at byte [0-9]+, and render\\(\\.\\.\\.\\)"
                        + " returned as if it had written the whole document\\. A renderer lets the stream's"
                        + " IOException out of render\\(\\.\\.\\.\\), so that its caller keeps no half a document: a"
                        + " PrintWriter keeps its stream's failures to itself, .*");
        assertThatThrownBy(() -> kit.aFailedRenderToAPathLeavesNoFileBehindAndKeepsTheOldOne(Files.createTempDirectory(
                "kit"))).hasMessageMatching("derbyshire-summary: rendered to fresh\\.txt through a stream that"
                + " failed at byte [0-9]+, ReportRenderers\\.render\\(\\.\\.\\.\\) returned as if the renderer had"
                + " written the whole document, so it could not know to keep no half a file\\. .*"
                + " aStreamThatFailsMidwayMakesRenderThrowAnIOException tells how\\.");
    }

    @Test
    void aRenderThatDiffersEachTimeFailsTheFlushingTestShowingTheDifferenceNotItsBytes() {
        RendererContractTest kit = new Kit(BrokenRenderers.timeStamped());

        assertThatThrownBy(kit::theCallersStreamIsFlushedButNotClosed).hasMessageStartingWith("derbyshire-summary: a"
                + " render to a stream that counts flushes, and one to a plain stream, differ first at byte ")
                .hasMessageEndingWith("(identicalInputGivesByteIdenticalOutput tells whether renders differ anyway)");
    }

    @Test
    void aCsvRendererThatWritesFormulasAsTheyAreFailsTheKitNamingOne() {
        RendererContractTest kit = new Kit(BrokenRenderers.csvWithoutNeutralising());

        assertThatThrownBy(kit::noFieldOfAFileASpreadsheetOpensStartsLikeAFormula).hasMessageStartingWith(
                "hostile-action-plan: ").hasMessageContaining(" fields start as a spreadsheet formula or command,"
                + " which Excel runs on opening the file, such as \"");
    }

    @Test
    void aCsvRendererThatLeavesLineBreaksUnquotedFailsTheKitNamingACell() {
        // Trial 34 F2: a status and its reason, unquoted, were two records, the reason under the Ref column.
        RendererContractTest kit = new Kit(BrokenRenderers.csvWithoutNeutralising());

        assertThatThrownBy(kit::eachCellOfSeveralLinesIsOneFieldOfADelimitedFile).hasMessageStartingWith(
                "derbyshire-summary: ").hasMessageContaining(" cells of several lines are not each one field, such"
                + " as \"").hasMessageContaining("Quote every field that holds a line break");
    }

    @Test
    void aCsvRendererThatQuotesItsFieldsButWritesAnotherCharsetIsSentToItsTextNotItsQuoting() throws IOException {
        // Run 140 #5: "•" written "?" in a quoted field was told as "a line break in a field that is not quoted".
        assertThatThrownBy(new Kit(BrokenRenderers.quotedCsv(StandardCharsets.ISO_8859_1))
                ::eachCellOfSeveralLinesIsOneFieldOfADelimitedFile).hasMessageStartingWith("derbyshire-summary: ")
                .hasMessageContaining(" though fields of several lines are quoted: their text is written otherwise")
                .hasMessageNotContaining("Quote every field");
        new Kit(BrokenRenderers.quotedCsv(StandardCharsets.UTF_8)).eachCellOfSeveralLinesIsOneFieldOfADelimitedFile();
    }

    @Test
    void aFileNamedCsvIsCheckedAsCsvWhateverMediaTypeItClaims() {
        // Trial 34 F4: application/csv, or any other type, on a .csv file skipped the check of formulas.
        RendererContractTest kit = new Kit(BrokenRenderers.csvByItsExtensionOnly());

        assertThatThrownBy(kit::noFieldOfAFileASpreadsheetOpensStartsLikeAFormula).hasMessageStartingWith(
                "hostile-action-plan: ").hasMessageContaining(" fields start as a spreadsheet formula");
    }

    @Test
    void aRendererThatThrowsOnATableOfNoRowsFailsTheKit() {
        // Trial 34 F1: no fixture had such a table, though a summary filtered to nothing at risk is one.
        RendererContractTest kit = new Kit(BrokenRenderers.throwingOnEmptyTables());

        assertThatThrownBy(() -> kit.everyStringOfTheReportAppearsInTheExtractedTextInOrder(
                ContractFixtures.EMPTY_TABLE)).hasMessageStartingWith(ContractFixtures.EMPTY_TABLE + ":"
                + " the renderer threw java.lang.IllegalStateException: a table of no rows. A renderer renders every"
                + " report it is given");
    }

    @Test
    void aRendererThatPrintsToStandardOutputFailsTheKit() {
        // Trial 34 F5: its lines went among the paths the command line prints, for a script to read.
        RendererContractTest kit = new Kit(BrokenRenderers.printingToStandardOutput());

        assertThatThrownBy(kit::nothingIsWrittenToStandardOutputOrError).hasMessage("derbyshire-summary: the"
                + " renderer wrote to standard output or error: \"rendered HMICFRS Area For Improvement Summary"
                + " Report\\n\". A render writes to the stream it is given only: a command line prints the paths it"
                + " writes on standard output, for scripts to read. Give a reader what they should know through"
                + " RenderOptions.warn, and log nothing from a render.");
    }

    @Test
    void aCsvFileIsReadRecordByRecordAsASpreadsheetReadsIt() {
        assertThat(DelimitedText.rows("Ref,\"Text, with \"\"quotes\"\"\"\r\n=1+1,\"two\nlines\"\n\n,\n", ','))
                .containsExactly(List.of("Ref", "Text, with \"quotes\""), List.of("=1+1", "two\nlines"),
                        List.of("", ""));
        assertThat(DelimitedText.rows("a\t-b", '\t')).containsExactly(List.of("a", "-b"));
    }

    @Test
    void aRendererThatStopsAsItShouldPassesTheKit() {
        RendererContractTest kit = new Kit(new PlainTextRenderer());

        kit.aRenderBegunOnAnInterruptedThreadThrowsWritesNothingAndLeavesTheInterruptSet();

        assertThat(Thread.currentThread().isInterrupted()).as("the kit clears the interrupt after").isFalse();
    }

    @Test
    void aStringWithACharacterMisEncodedShowsTheCharacterAndSaysTheOutputIsProbablyNotUtf8() throws IOException {
        // Rec 4's text has a no-break space at index 262 (269 after "Rec 4: "), byte 0xA0 in ISO-8859-1, which UTF-8
        // reads as U+FFFD; the excerpts around the place leave out the middle of so long a string, where it is.
        String message = failure(BrokenRenderers.latin1(), "derbyshire-summary");

        assertThat(message).startsWith("string 63 of 182 is missing in the extracted text:\n");
        assertThat(message).contains("\n  first difference: at index 269 of the expected string, after \"dence in"
                + " the service response.\": U+00A0 (NO-BREAK SPACE) expected, U+FFFD (REPLACEMENT CHARACTER) found\n"
                + "  U+FFFD is what a UTF-8 decoder puts for bytes that are not UTF-8: the output is probably not"
                + " UTF-8 (write text through an OutputStreamWriter with StandardCharsets.UTF_8), or extractText does"
                + " not read it as UTF-8.\n  elsewhere: ");
    }

    @Test
    void aStringReadAsMojibakeOrWrittenWithAQuestionMarkSaysTheOutputIsProbablyNotUtf8() {
        List<String> expected = List.of("Menu", "Rec 1: The crème brûlée for the café’s guests");

        assertThat(describe(expected, "Menu\nRec 1: The crÃ¨me brÃ»lÃ©e for the cafÃ©â€™s guests")).contains(
                "  first difference: at index 13 of the expected string, after \"Rec 1: The cr\": U+00E8 (LATIN"
                        + " SMALL LETTER E WITH GRAVE) expected, U+00C3 (LATIN CAPITAL LETTER A WITH TILDE) found\n"
                        + "  What is found there is the UTF-8 bytes of U+00E8 (LATIN SMALL LETTER E WITH GRAVE) read"
                        + " as ISO-8859-1 or windows-1252 (mojibake): the output is probably not written, or not read"
                        + " by extractText, as UTF-8.\n");
        assertThat(describe(expected, "Menu\nRec 1: The crème brûlée for the café?s guests")).contains(
                "  first difference: at index 36 of the expected string, after \" The crème brûlée for the"
                        + " café\": U+2019 (RIGHT SINGLE QUOTATION MARK) expected, U+003F (QUESTION MARK) found\n"
                        + "  A '?' for a character outside ASCII is what an encoder writes for a character its charset"
                        + " lacks: the output is probably not UTF-8 (write text through an OutputStreamWriter with"
                        + " StandardCharsets.UTF_8).\n");
    }

    @Test
    void aStringWithACharacterMisEncodedSoonAfterItsStartShowsTheCharacter() throws IOException {
        // Merseyside's "FP 2024/25 – Review ...": the en dash, outside Latin-1, written as "?".
        String message = failure(BrokenRenderers.latin1(), "merseyside-action-plan");

        assertThat(message).contains("\n  first difference: at index 11 of the expected string, after \"FP"
                + " 2024/25 \": U+2013 (EN DASH) expected, U+003F (QUESTION MARK) found\n  A '?' for a character outside"
                + " ASCII is what an encoder writes for a character its charset lacks: ");
    }

    @Test
    void aStringCutShortShowsWhereTheCutIs() {
        List<String> expected = List.of("Menu", "A long text that a renderer cuts short at twenty", "Next");

        assertThat(describe(expected, "Menu\nA long text that a ... Next")).contains("  first difference: at index"
                + " 19 of the expected string, after \"A long text that a \": U+0072 (LATIN SMALL LETTER R) expected,"
                + " U+002E (FULL STOP) found\n  elsewhere: ");
    }

    @Test
    void aCharacterOfTwoCharsThatDiffersInItsSecondIsShownWhole() {
        List<String> expected = List.of("Menu", "Rec 1: the team is \uD83D\uDE00 about it");

        assertThat(describe(expected, "Menu\nRec 1: the team is \uD83D\uDE01 about it")).contains("  first"
                + " difference: at index 19 of the expected string, after \"Rec 1: the team is \": U+1F600 (GRINNING"
                + " FACE) expected, U+1F601 (GRINNING FACE WITH SMILING EYES) found\n");
    }

    /** The kit's failure for {@code expected} strings in {@code extracted}, which must have one. */
    private static String describe(List<String> expected, String extracted) {
        Optional<String> failure = RendererContractTest.firstMissing(expected, extracted, UnaryOperator.identity());
        assertThat(failure).isPresent();
        return failure.get();
    }

    private static String failure(ReportRenderer renderer, String fixture) throws IOException {
        Optional<String> failure = RendererContractTest.firstMissing(
                ReportTexts.expected(ContractFixtures.reports().get(fixture)), render(renderer, fixture),
                UnaryOperator.identity());
        assertThat(failure).as("the kit fails %s", fixture).isPresent();
        return failure.get();
    }

    private static String render(ReportRenderer renderer, String fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ContractFixtures.reports().get(fixture), RenderOptions.defaults(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The kit on a renderer broken on purpose, its text read as written. */
    private static class Kit extends RendererContractTest {
        private final ReportRenderer renderer;

        Kit(ReportRenderer renderer) {
            this.renderer = renderer;
        }

        @Override
        protected ReportRenderer renderer() {
            return renderer;
        }

        @Override
        protected String extractText(byte[] output) {
            return new String(output, StandardCharsets.UTF_8);
        }
    }
}
