package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's API: its limits, and reading from a file, a string and a stream. */
class PlanReaderTest {

    private static final String MERSEYSIDE = "merseyside-2025-q1.json";
    private static final String BROKEN = """
            {
              "schemaVersion": 1,
              "title": "HMICFRS Action Plan",
              "organisation": "Anyshire Fire and Rescue Service",
              "source": { "body": "HMICFRS", "title": "Inspection report" },
              "asOf": "2023-11-01",
              "recommendations": [
                { "ref": "AFI 1", "kind": "AREA_FOR_IMPROVEMENT", "text": "Improve.", "completedOn": "2023-12-01",
                  "deadline": "When funding allows", "causeOfConcern": "CoC 9" }
              ]
            }
            """;
    private static final String COMPLETED_AFTER_AS_OF = "/recommendations/0/completedOn: completed on 1 Dec 2023,"
            + " after the reporting date 1 Nov 2023 (/asOf); nothing can be completed after the date the plan"
            + " reports on";
    private static final String BROKEN_PROBLEMS = COMPLETED_AFTER_AS_OF + " (line 8, column 90)\n" + """
            warning: /recommendations/0/deadline: 'When funding allows' is not a timescale actionplan \
            understands, so it has no due date; write a date ('1 June 2023'), a month ('Dec 2024'), a financial \
            year ('2024/25'), a quarter ('Q2 2024/25'), 'With immediate effect' or 'Ongoing' (line 9, column 19)
            /recommendations/0/causeOfConcern: no cause of concern in this plan has the ref 'CoC 9'; causeOfConcern \
            names the ref of the cause of concern this belongs to (line 9, column 60)""";

    @TempDir
    Path folder;

    @Test
    void jsonBuffersArePooledNotKeptOnEachThreadThatReadOrWrote() {
        // Run 97 #2: a server's pooled threads kept Jackson's buffers, and with them a redeployed application's
        // class loader.
        assertThat(List.of(PlanJson.mapper().getFactory(), JsonTree.factory(PlanReader.Limits.DEFAULT)))
                .allSatisfy(factory -> assertThat(factory._getRecyclerPool())
                        .isNotInstanceOf(JsonRecyclerPools.ThreadLocalPool.class));
    }

    @Test
    void theDefaultLimitsAre16MebibytesAHundredThousandCharactersAndDepth16() {
        assertThat(PlanReader.Limits.DEFAULT).isEqualTo(new PlanReader.Limits(16L * 1024 * 1024, 100_000, 16, 20_000, 8));
        assertThat(PlanJson.reader().limits()).isEqualTo(PlanReader.Limits.DEFAULT);
    }

    @Test
    void withLimitsGivesANewReaderAndLeavesTheDefaultAlone() {
        PlanReader.Limits small = new PlanReader.Limits(1_000, 100, 5, 10, 2);

        PlanReader reader = PlanJson.reader().withLimits(small);

        assertThat(reader.limits()).isEqualTo(small);
        assertThat(PlanJson.reader().limits()).isEqualTo(PlanReader.Limits.DEFAULT);
    }

    @Test
    void aLimitBelowOneOrBeyondWhatCanBeReadIsRefusedNamingEachLimit() {
        String rule = "every limit must be 1 or more, maxDepth at most 1000, and maxDocumentBytes at most 2147483638 (a"
                + " document is read into memory): ";
        assertThatIllegalArgumentException().isThrownBy(() -> new PlanReader.Limits(0, 10, 5, 20_000, 8))
                .withMessage(rule + "maxDocumentBytes 0, maxStringLength 10, maxDepth 5, maxItems 20000,"
                        + " maxListDepth 8, maxBlocks 100000");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanReader.Limits.DEFAULT.withMaxDepth(-1))
                .withMessage(rule + "maxDocumentBytes 16777216, maxStringLength 100000, maxDepth -1, maxItems 20000,"
                        + " maxListDepth 8, maxBlocks 100000");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanReader.Limits.DEFAULT.withMaxBlocks(0))
                .withMessageContaining("maxBlocks 0");
        // Read into an array, a document of more could never be, and /dev/zero would be read until the heap is full.
        assertThatIllegalArgumentException().isThrownBy(() -> PlanReader.Limits.DEFAULT.withMaxDocumentBytes(
                Long.MAX_VALUE)).withMessageContaining("maxDocumentBytes " + Long.MAX_VALUE);
        assertThatIllegalArgumentException().isThrownBy(() -> PlanReader.Limits.DEFAULT.withMaxDepth(1_001))
                .withMessageContaining("maxDepth 1001");
        assertThatNullPointerException().isThrownBy(() -> PlanJson.reader().withLimits(null)).withMessage("limits");
    }

    @Test
    void aDocumentOfExactlyTheByteLimitReadsAndOneByteLessIsRefusedFromEverySource() throws IOException {
        String json = SeedPlans.json(MERSEYSIDE);
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        Path file = Files.writeString(folder.resolve(MERSEYSIDE), json);
        PlanReader exact = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxDocumentBytes(size));
        PlanReader under = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxDocumentBytes(size - 1));

        assertThat(exact.read(json).plan()).isEqualTo(SeedPlans.merseyside());
        assertThat(exact.read(file).plan()).isEqualTo(SeedPlans.merseyside());
        assertThat(problems(() -> under.read(json))).containsExactly(
                "/: the document is longer than the " + (size - 1) + " bytes allowed");
        assertThat(problems(() -> under.read(file))).containsExactly(
                "/: the document is longer than the " + (size - 1) + " bytes allowed");
        assertThat(problems(() -> under.read(stream(json), MERSEYSIDE))).containsExactly(
                "/: the document is longer than the " + (size - 1) + " bytes allowed");
    }

    @Test
    void aStringOfExactlyTheCharacterLimitReadsAndOneCharacterLessIsRefusedAtThatString() throws IOException {
        String json = SeedPlans.json(MERSEYSIDE);
        int longest = longestString(new ObjectMapper().readTree(json));

        PlanReader exact = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxStringLength(longest));
        PlanReader under = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxStringLength(longest - 1));

        assertThat(exact.read(json).plan()).isEqualTo(SeedPlans.merseyside());
        assertThat(problems(() -> under.read(json))).singleElement().asString()
                .startsWith("/recommendations/")
                .contains(": a string is longer than the " + (longest - 1) + " characters allowed (line ");
    }

    @Test
    void aPlanNeedsADepthOfFiveAndAtFourItsFirstSubActionIsTooDeep() throws IOException {
        String json = SeedPlans.json(MERSEYSIDE);

        assertThat(PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxDepth(5)).read(json).plan())
                .isEqualTo(SeedPlans.merseyside());
        assertThat(problems(() -> PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxDepth(4))
                .read(json))).containsExactly("/recommendations/0/subActions/0: objects and arrays are nested"
                        + " more than 4 deep, the most this reader allows (a plan needs 5) (line 25, column 10)");
    }

    @Test
    void aPathAStringAndAStreamReadTheSamePlan() throws IOException {
        String json = SeedPlans.json(MERSEYSIDE);
        Path file = Files.writeString(folder.resolve(MERSEYSIDE), json);

        ActionPlan fromPath = PlanJson.reader().read(file).plan();
        ActionPlan fromString = PlanJson.reader().read(json).plan();
        ActionPlan fromStream = PlanJson.reader().read(stream(json), MERSEYSIDE).plan();

        assertThat(fromPath).isEqualTo(fromString).isEqualTo(fromStream).isEqualTo(SeedPlans.merseyside());
        assertThat(PlanJson.read(file)).isEqualTo(fromPath);
        assertThat(PlanJson.fromJson(json)).isEqualTo(fromPath);
    }

    @Test
    void theExceptionNamesTheFileCountsErrorsAndWarningsAndListsEveryProblem() throws IOException {
        Path file = Files.writeString(folder.resolve("anyshire.json"), BROKEN);

        InvalidPlanException e = assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> PlanJson.read(file)).actual();

        assertThat(e.source()).isEqualTo("anyshire.json");
        assertThat(e.getMessage()).isEqualTo("anyshire.json is not a valid action plan: 2 errors, 1 warning\n  "
                + BROKEN_PROBLEMS.replace("\n", "\n  "));
        assertThat(e.errors()).hasSize(2).allMatch(Problem::isError);
    }

    @Test
    void aStreamIsNamedByItsCallerAndAStringIsTheJsonText() {
        assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> PlanJson.reader().read(stream(BROKEN), "upload from Anyshire"))
                .withMessageStartingWith("upload from Anyshire is not a valid action plan: 2 errors, 1 warning\n");
        assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> PlanJson.fromJson(BROKEN))
                .withMessage("the JSON text is not a valid action plan: 2 errors, 1 warning\n  "
                        + BROKEN_PROBLEMS.replace("\n", "\n  "));
    }

    @Test
    void aFileThatIsNotThereIsAnIoErrorNotAnInvalidPlan() {
        assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> PlanJson.read(folder.resolve("missing.json")))
                .isNotInstanceOf(InvalidPlanException.class);
    }

    @Test
    void readingAStreamLeavesItOpenForItsCaller() throws IOException {
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(stream(SeedPlans.json(MERSEYSIDE))) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        PlanJson.reader().read(in, MERSEYSIDE);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void aUtf8ByteOrderMarkIsRead() throws IOException {
        String json = SeedPlans.json(MERSEYSIDE);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(PlanJson.reader().read(new ByteArrayInputStream(withBom), "bom").plan())
                .isEqualTo(SeedPlans.merseyside());
    }

    @Test
    void aColumnCountsCharactersNotBytesAfterNonAsciiText() {
        String json = BROKEN.replace("\"text\": \"Improve.\"", "\"text\": \"Improve – and prosper.\"");

        assertThat(problems(() -> PlanJson.reader().read(json))).first().asString()
                // The dash is three bytes in UTF-8 but one character on screen.
                .isEqualTo(COMPLETED_AFTER_AS_OF + " (line 8, column 104)");
    }

    @Test
    void duplicateKeysAndContentAfterThePlanAreToldWithTheSemanticProblemsAllAtOnce() {
        String json = BROKEN
                .replace("\"title\": \"Inspection report\"", "\"title\": \"Inspection\", \"title\": \"Report\"")
                .replace("\"asOf\": \"2023-11-01\",", "\"asOf\": \"2023-11-01\", \"asOf\": \"2023-11-01\",") + "{}";

        assertThat(problems(() -> PlanJson.reader().read(json))).containsExactly(
                "/source/title: duplicate field 'title'; each field may appear once in an object (line 5, column 66)",
                "/asOf: duplicate field 'asOf'; each field may appear once in an object (line 6, column 33)",
                COMPLETED_AFTER_AS_OF + " (line 8, column 90)",
                BROKEN_PROBLEMS.lines().toList().get(1), BROKEN_PROBLEMS.lines().toList().get(2),
                "/: unexpected content after the end of the plan; a file holds one JSON object and nothing after it"
                        + " (line 12, column 1)");
    }

    @Test
    void warningsDoNotStopARead() throws IOException {
        String json = BROKEN.replace(", \"completedOn\": \"2023-12-01\"", "")
                .replace(", \"causeOfConcern\": \"CoC 9\"", "");

        PlanReader.Result result = PlanJson.reader().read(json);

        assertThat(result.warnings()).extracting(Problem::path).containsExactly("/recommendations/0/deadline");
        assertThat(result.plan().recommendations().get(0).deadline().orElseThrow().text())
                .isEqualTo("When funding allows");
        assertThat(PlanJson.fromJson(json)).isEqualTo(result.plan());
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private interface Read {
        Object read() throws IOException;
    }

    private static java.util.List<String> problems(Read read) {
        return assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(read::read)
                .actual().problems().stream().map(Problem::toString).toList();
    }

    private static int longestString(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().length();
        }
        int longest = 0;
        for (JsonNode child : node) {
            longest = Math.max(longest, longestString(child));
        }
        return longest;
    }
}
