package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.validation.Problem;
import java.util.List;

/**
 * The limits on what a plan holds, checked on the JSON tree before it is bound: how many items
 * (recommendations, sub-actions and updates together) and how deep narrative lists nest. With the
 * document size and string length, which the parser checks, they bound the work every report of an
 * accepted plan takes. Values of the wrong type are left for binding to report.
 */
final class PlanLimits {

    /** The narrative fields of a recommendation, its sub-actions, updates and assessment. */
    private static final List<String> RECOMMENDATION_NARRATIVE = List.of("text", "notes");
    private static final List<String> SUB_ACTION_NARRATIVE = List.of("description", "notes");
    private static final List<String> UPDATE_NARRATIVE = List.of("text");

    private final PlanReader.Limits limits;
    private final List<Problem> problems;
    private int items;

    private PlanLimits(PlanReader.Limits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Adds a problem for each limit {@code root} exceeds; at most one for the number of items. */
    static void check(JsonNode root, PlanReader.Limits limits, List<Problem> problems) {
        new PlanLimits(limits, problems).plan(root);
    }

    private void plan(JsonNode root) {
        JsonNode recommendations = root.path("recommendations");
        for (int i = 0; i < recommendations.size() && recommendations.isArray(); i++) {
            String path = "/recommendations/" + i;
            JsonNode recommendation = recommendations.get(i);
            if (!counted(path)) {
                return;
            }
            narrative(recommendation, path, RECOMMENDATION_NARRATIVE);
            JsonNode outcomes = recommendation.path("requiredOutcomes");
            for (int j = 0; j < outcomes.size() && outcomes.isArray(); j++) {
                listDepth(outcomes.get(j), path + "/requiredOutcomes/" + j);
            }
            listDepth(recommendation.path("assessment").path("note"), path + "/assessment/note");
            if (!items(recommendation.path("subActions"), path + "/subActions", SUB_ACTION_NARRATIVE)
                    || !items(recommendation.path("updates"), path + "/updates", UPDATE_NARRATIVE)) {
                return;
            }
        }
    }

    /** Counts and checks the items of an array; false once there are too many. */
    private boolean items(JsonNode array, String path, List<String> narrative) {
        for (int i = 0; i < array.size() && array.isArray(); i++) {
            if (!counted(path + "/" + i)) {
                return false;
            }
            narrative(array.get(i), path + "/" + i, narrative);
        }
        return true;
    }

    private boolean counted(String path) {
        if (++items > limits.maxItems()) {
            problems.add(Problem.error(path, "the plan holds more than the " + limits.maxItems()
                    + " recommendations, sub-actions and updates allowed; raise the reader's maxItems limit to"
                    + " read it"));
            return false;
        }
        return true;
    }

    private void narrative(JsonNode object, String path, List<String> fields) {
        for (String field : fields) {
            listDepth(object.path(field), path + "/" + field);
        }
    }

    private void listDepth(JsonNode text, String path) {
        if (text.isTextual()) {
            int depth = MarkdownSyntax.listDepth(text.textValue());
            if (depth > limits.maxListDepth()) {
                problems.add(Problem.error(path, "lists are nested " + depth + " deep, more than the "
                        + limits.maxListDepth() + " allowed"));
            }
        }
    }
}
