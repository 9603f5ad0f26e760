package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing then reading gives an equal plan, writing is deterministic, and the written form is
 * pinned by golden files: the two seed plans, byte for byte, and {@code every-field.json}.
 */
class RoundTripTest {

    private static final String EVERY_FIELD = "/io/github/actionplan/json/every-field.json";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"derbyshire-2023-11-01.json", "merseyside-2025-q1.json"})
    void aSeedPlanWrittenIsItsSeedFileByteForByte(String seed) throws IOException {
        String json = SeedPlans.json(seed);

        String written = PlanJson.toJson(PlanJson.fromJson(json));

        assertThat(written).isEqualTo(json);
        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNullPlanIsRefusedAndTheFileItWouldHaveReplacedIsLeftAsItWas() throws IOException {
        Path file = folder.resolve("plan.json");
        PlanJson.write(SeedPlans.merseyside(), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PlanJson.write(null, file)).isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
        assertThatThrownBy(() -> PlanJson.toJson(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aPlanWrittenNewKeepsAFileThereAndWritesOnlyWhereNoneIs() throws IOException {
        // Trial 62 F4: two uploads imported at once into one plan, each saved over it; one owner's news was lost.
        Path file = folder.resolve("plan-q2.json");
        PlanJson.writeNew(SeedPlans.merseyside(), file);
        assertThat(PlanJson.read(file)).isEqualTo(SeedPlans.merseyside());

        assertThatThrownBy(() -> PlanJson.writeNew(SeedPlans.derbyshire(), file))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class).hasMessageStartingWith(file
                        + ": is there already, and is kept");
        assertThat(PlanJson.read(file)).isEqualTo(SeedPlans.merseyside());
        assertThat(folder).isDirectoryContaining(path -> path.equals(file)).isDirectoryNotContaining(
                path -> !path.equals(file));
    }

    @Test
    void aFolderGivenAsThePlanFileIsNamedInTheMessageWhetherReadOrWritten() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("plans"));

        assertThatThrownBy(() -> PlanJson.read(sub)).isInstanceOf(FileSystemException.class)
                .hasMessage(sub + ": is a folder, not a plan file");
        assertThatThrownBy(() -> PlanJson.write(SeedPlans.merseyside(), sub)).isInstanceOf(FileSystemException.class)
                .hasMessage(sub + ": is a folder, not a file; give the name of a file to write");
        assertThat(sub).isEmptyDirectory();
    }

    @Test
    void bothSeedPlansWrittenThenReadAreEqual() throws IOException {
        for (ActionPlan plan : List.of(SeedPlans.derbyshire(), SeedPlans.merseyside())) {
            assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
        }
    }

    @Test
    void aPlanUsingEveryFieldWrittenThenReadIsEqualAndReadsWithNoWarnings() throws IOException {
        ActionPlan plan = EveryFieldPlan.plan();

        PlanReader.Result read = PlanJson.reader().read(PlanJson.toJson(plan));

        assertThat(read.plan()).isEqualTo(plan);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aPlanUsingEveryFieldIsWrittenAsItsGoldenFile() throws IOException {
        String golden = InvalidDocumentsTest.resource(EVERY_FIELD);

        assertThat(PlanJson.toJson(EveryFieldPlan.plan())).isEqualTo(golden);
        assertThat(PlanJson.fromJson(golden)).isEqualTo(EveryFieldPlan.plan());
    }

    @Test
    void writingTwiceGivesIdenticalBytesWhicheverWayItIsWritten() throws IOException {
        ActionPlan plan = EveryFieldPlan.plan();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Path file = folder.resolve("plan.json");

        PlanJson.write(plan, first);
        PlanJson.write(plan, second);
        PlanJson.write(plan, file);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(Files.readAllBytes(file)).isEqualTo(first.toByteArray());
        assertThat(PlanJson.toJson(plan).getBytes(StandardCharsets.UTF_8)).isEqualTo(first.toByteArray());
    }

    @Test
    void textThatIsNotAsciiIsWrittenAsUtf8NotEscapedAndEndsWithOneNewline() throws IOException {
        String json = PlanJson.toJson(EveryFieldPlan.plan());

        assertThat(json).contains("Values and culture action plan – 2024/25", "hasn’t", "Zoë Ní Bhriain", "✅",
                "Fire & Rescue")
                .doesNotContain("\\u")
                .endsWith("}\n")
                .doesNotEndWith("\n\n");
        // Only what JSON requires is escaped: quotes, backslashes and line breaks.
        assertThat(json).contains("report \\\"progress\\\" to the board \\\\ committee.", "officers should:\\n\\n- ");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsWrittenAsItselfAsOtherTextIsAndReadsBack() throws IOException {
        // Jackson writes such a character as an escaped pair of surrogates unless told: a plan with an emoji then
        // differs from the file a user's own tool wrote, and other text is not escaped.
        ActionPlan plan = ActionPlan.builder().from(EveryFieldPlan.plan()).title("Action plan \uD83D\uDCCB 𝔸").build();

        String json = PlanJson.toJson(plan);

        assertThat(json).contains("\"title\": \"Action plan \uD83D\uDCCB 𝔸\"").doesNotContain("\\uD83D");
        assertThat(PlanJson.fromJson(json)).isEqualTo(plan);
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThemWholeWhereWholeAndWithoutTrailingZeros() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(PlanJson.toJson(EveryFieldPlan.plan()));
        JsonNode rec9 = tree.path("recommendations").path(1);

        assertThat(rec9.path("progress").toString()).isEqualTo("62.5");
        assertThat(rec9.path("subActions").path(0).path("weight").toString()).isEqualTo("2.5");
        assertThat(rec9.path("subActions").path(1).path("progress").toString()).isEqualTo("100");
        assertThat(tree.path("schemaVersion").toString()).isEqualTo("1");
    }

    @Test
    void aWeightWrittenAs2Point0ReadsAs2SoReadingWritingAndReadingAgainAgree() throws IOException {
        String json = SeedPlans.json("merseyside-2025-q1.json")
                .replaceFirst("\"due\": \"Dec 2024\"", "\"due\": \"Dec 2024\",\n          \"weight\": 2.00");

        ActionPlan read = PlanJson.fromJson(json);

        assertThat(read.recommendations().get(0).subActions().get(0).weight()).hasValue(new BigDecimal("2"));
        assertThat(PlanJson.toJson(read)).contains("\"weight\": 2\n");
        assertThat(PlanJson.fromJson(PlanJson.toJson(read))).isEqualTo(read);
    }

    @Test
    void everyObjectIsWrittenWithTheModelsFieldsInTheModelsOrderAndTheEveryFieldPlanUsesThemAll() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(PlanJson.toJson(EveryFieldPlan.plan()));
        List<JsonNode> recommendations = list(tree.path("recommendations"));
        List<JsonNode> subActions = recommendations.stream().flatMap(r -> list(r.path("subActions")).stream()).toList();
        List<JsonNode> updates = recommendations.stream().flatMap(r -> list(r.path("updates")).stream()).toList();
        List<JsonNode> assessments = recommendations.stream().map(r -> r.path("assessment"))
                .filter(JsonNode::isObject).toList();

        Map<String, List<String>> fields = ModelFields.objects();
        Map<List<String>, List<JsonNode>> objects = Map.of(
                fields.get("plan"), List.of(tree),
                fields.get("source"), List.of(tree.path("source")),
                fields.get("statusLabels"), List.of(tree.path("statusLabels")),
                fields.get("recommendation"), recommendations,
                fields.get("subAction"), subActions,
                fields.get("update"), updates,
                fields.get("assessment"), assessments);
        objects.forEach((model, nodes) -> {
            Set<String> used = new LinkedHashSet<>();
            for (JsonNode node : nodes) {
                List<String> names = names(node);
                assertThat(names).as("fields of %s", node).isSubsetOf(model);
                assertThat(names).as("order of %s", names).isEqualTo(model.stream().filter(names::contains).toList());
                used.addAll(names);
            }
            assertThat(used).as("every field of %s is used", model).containsExactlyInAnyOrderElementsOf(model);
        });
    }

    @Test
    void writingToAStreamFlushesItButLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        boolean[] flushed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void flush() throws IOException {
                flushed[0] = true;
                super.flush();
            }

            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        PlanJson.write(SeedPlans.merseyside(), out);

        assertThat(flushed[0]).isTrue();
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(SeedPlans.json("merseyside-2025-q1.json"));
    }

    @Test
    void writingAFileCreatesItsFolderReplacesWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("plans/2024/plan.json");
        PlanJson.write(SeedPlans.derbyshire(), file);

        PlanJson.write(SeedPlans.merseyside(), file);

        assertThat(PlanJson.read(file)).isEqualTo(SeedPlans.merseyside());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("plan.json");
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
