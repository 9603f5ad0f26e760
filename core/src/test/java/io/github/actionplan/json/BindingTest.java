package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.fixtures.PlanMutator;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader checks a plan against the schema only when it does not bind, so the binding must refuse every
 * plan the schema refuses, and accept every plan it accepts: checked on every invalid document, on the plan
 * using every field with each of its values put wrong in turn, and on the fuzz test's mutants of the seed plans.
 */
class BindingTest {

    /** A value of the plan using every field, and what it becomes: each against a rule of the schema. */
    private static final List<List<String>> EDITS = List.of(
            List.of("\"schemaVersion\": 1,", ""),
            List.of("\"schemaVersion\": 1,", "\"schemaVersion\": 1.0,"),
            List.of("\"title\": \"Values and culture action plan – 2024/25\"", "\"title\": 5"),
            List.of("\"kind\": \"THEMATIC\"", "\"kind\": 1"),
            List.of("\"recommendationCount\": 35", "\"recommendationCount\": -1"),
            List.of("\"recommendationCount\": 35", "\"recommendationCount\": 35.5"),
            List.of("\"recommendationCount\": 35", "\"recommendationCount\": \"35\""),
            List.of("\"period\": \"Q2 2024/25\"", "\"period\": 2"),
            List.of("\"asOf\": \"2024-09-30\"", "\"asOf\": null"),
            List.of("\"COMPLETE\": \"Completed - Actions done\"", "\"COMPLETE\": \" \""),
            List.of("\"ref\": \"CoC 1\"", "\"ref\": \"CoC\\u00851\""),
            List.of("\"ref\": \"CoC 1\"", "\"ref\": \"CoC\\t1\""),
            List.of("\"inspectorateNumber\": 20", "\"inspectorateNumber\": 0"),
            List.of("\"question\": \"Promoting the right values and culture\"", "\"question\": \" \""),
            List.of("\"reportPage\": 35", "\"reportPage\": 35.0"),
            List.of("\"reportPage\": 35", "\"reportPage\": \"35\""),
            List.of("\"reportPage\": 35", "\"reportPage\": 3000000000"),
            List.of("\"requiredOutcomes\": [", "\"requiredOutcomes\": [1, "),
            List.of("\"owner\": \"People and Organisational Development\"", "\"owner\": \" \""),
            List.of("\"deadline\": \"Q2 2024/25\"", "\"deadline\": 2024"),
            List.of("\"deadline\": \"Q2 2024/25\"", "\"deadline\": true"),
            List.of("\"progress\": 62.5", "\"progress\": 62.5000001"),
            List.of("\"progress\": 62.5", "\"progress\": \"62.5\""),
            List.of("\"progress\": 62.5", "\"progress\": 1e-999999999"),
            List.of("\"progress\": 62.5", "\"progress\": 6.25e1"),
            List.of("\"status\": \"AT_RISK\"", "\"status\": 2"),
            List.of("\"owner\": \"Organisational Development\"", "\"owner\": \" \""),
            List.of("\"start\": \"2024-04-01\"", "\"start\": \"2024-04-01T00:00\""),
            List.of("\"start\": \"2024-04-01\"", "\"start\": \"+2024-04-01\""),
            List.of("\"start\": \"2024-04-01\"", "\"start\": \"20240401\""),
            List.of("\"weight\": 2.5", "\"weight\": 1000001"),
            List.of("\"weight\": 2.5", "\"weight\": 2.5000001"),
            List.of("\"weight\": 2.5", "\"weight\": 1e7"),
            List.of("\"weight\": 2.5", "\"weight\": 25e-1"),
            List.of("\"blockedBy\": \"National Fire Chiefs Council\"", "\"blockedBy\": \" \""),
            List.of("\"author\": \"Head of People\"", "\"author\": \" \""),
            // Spaces as JSON Schema reads them, which Java's isBlank and \s do not all call spaces.
            List.of("\"author\": \"Head of People\"", "\"author\": \"\\u00a0\""),
            List.of("\"owner\": \"Organisational Development\"", "\"owner\": \"\\u2003\""),
            List.of("\"blockedBy\": \"National Fire Chiefs Council\"", "\"blockedBy\": \"\\ufeff\\u3000\""),
            List.of("\"ref\": \"CoC 1\"", "\"ref\": \"\\u205f\""));

    static Stream<String> documents() throws IOException {
        List<String> texts = new ArrayList<>();
        String everyField = InvalidDocumentsTest.resource("/io/github/actionplan/json/every-field.json");
        for (List<String> edit : EDITS) {
            String edited = everyField.replaceFirst(Pattern.quote(edit.get(0)), Matcher.quoteReplacement(edit.get(1)));
            if (edited.equals(everyField)) {
                throw new IllegalStateException("the plan using every field has no " + edit.get(0));
            }
            texts.add(edited);
        }
        for (InvalidDocumentsTest.Case c : InvalidDocumentsTest.cases()) {
            try (InputStream in = InvalidDocumentsTest.open(c.name())) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        PlanMutator mutator = new PlanMutator(PlanFuzzTest.SEED);
        for (int i = 0; i < PlanFuzzTest.MUTANTS; i++) {
            texts.add(new String(mutator.next().bytes(), StandardCharsets.UTF_8));
        }
        return texts.stream();
    }

    @Test
    void whatOnlyTheModelRefusesIsToldAtTheValueItWasBindingInTheModelsOwnWords() throws IOException {
        // The safety net for a gap between the schema and the model, which the test above finds none of: told where
        // it is and why, never in Jackson's words about the model's classes.
        String everyField = InvalidDocumentsTest.resource("/io/github/actionplan/json/every-field.json");
        JsonNode plan = new ObjectMapper().readTree(everyField.replaceFirst(Pattern.quote(
                "\"owner\": \"Organisational Development\""), Matcher.quoteReplacement("\"owner\": \"\\u2003\"")));
        List<Problem> refused = new ArrayList<>();

        assertThat(PlanReader.bind(plan, refused)).isEmpty();
        assertThat(refused).extracting(Problem::toString).containsExactly("/recommendations/1/subActions/0: the model"
                + " refuses this plan: sub-action '9.1' owner must not be blank");
    }

    @ParameterizedTest(name = "document {index}")
    @MethodSource("documents")
    void aTreeBindsWhenAndOnlyWhenTheSchemaFindsNoProblemInIt(String text) {
        JsonTree tree = new JsonTree();
        Optional<JsonNode> root = tree.read(JsonTree.factory(PlanReader.Limits.DEFAULT), text,
                PlanReader.Limits.DEFAULT, new ArrayList<>());
        root.ifPresent(plan -> {
            List<Problem> refused = new ArrayList<>();
            boolean binds = PlanReader.bind(plan, refused).isPresent();

            List<Problem> structure = PlanSchema.problems(plan, new JsonTree());
            assertThat(binds).as("binds: %s; the schema's problems: %s", refused, structure)
                    .isEqualTo(structure.isEmpty());
        });
    }
}
