package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reader's words ({@code messages.properties}) and the schema cannot drift apart: every rule of
 * the schema has a message of its own, and every message about a part of the schema names a part
 * there is.
 */
class MessagesTest {

    /** The keywords of the schema a value can break. */
    private static final Set<String> KEYWORDS = Set.of("type", "required", "additionalProperties", "const", "enum",
            "minLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "multipleOf");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("io.github.actionplan.json.messages");

    @Test
    void everyRuleOfTheSchemaHasAMessageInTheProjectsWords() {
        List<String> rules = new ArrayList<>();
        rules(PlanSchema.tree(), "", rules);

        assertThat(rules).hasSizeGreaterThan(60).allSatisfy(rule -> assertThat(PlanSchema.key(rule)).as(rule)
                .isPresent());
    }

    @Test
    void everyMessageAboutAPartOfTheSchemaNamesAPartThereIs() {
        Set<String> parts = new TreeSet<>(List.of("plan"));
        names(PlanSchema.tree(), parts);
        Set<String> types = Set.of("string", "integer", "number", "object", "array");

        for (String key : WORDS.keySet()) {
            List<String> segments = Arrays.asList(key.split("\\."));
            String last = segments.get(segments.size() - 1);
            if (KEYWORDS.contains(last) || last.equals("expected") || last.equals("hint")) {
                segments.stream().filter(s -> !KEYWORDS.contains(s) && !s.equals(last) && !types.contains(s))
                        .forEach(part -> assertThat(parts).as("%s names a part of the schema", key).contains(part));
            }
        }
    }

    /** Where each keyword stands: "plan.recommendation.reportPage.minimum", as the reader looks it up. */
    private static void rules(JsonNode node, String where, List<String> rules) {
        node.fieldNames().forEachRemaining(name -> {
            JsonNode child = node.get(name);
            if (KEYWORDS.contains(name) && !(name.equals("type") && child.isObject())) {
                rules.add("plan" + where + "." + name);
            } else if (child.isObject() && (name.equals("$defs") || name.equals("properties"))) {
                child.fieldNames().forEachRemaining(part -> rules(child.get(part), where + "." + part, rules));
            } else if (child.isObject() && name.equals("items")) {
                rules(child, where, rules);
            }
        });
    }

    private static void names(JsonNode node, Set<String> names) {
        node.fieldNames().forEachRemaining(name -> {
            JsonNode child = node.get(name);
            if (child.isObject() && (name.equals("$defs") || name.equals("properties"))) {
                child.fieldNames().forEachRemaining(names::add);
            }
            if (child.isContainerNode()) {
                names(child, names);
            }
        });
    }
}
