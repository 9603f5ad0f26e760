package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON text into a tree, remembering where each value stood (line and column) and
 * reporting syntax errors, duplicate keys, trailing content and limits as {@link Problem}s
 * rather than stopping at the first exception.
 */
final class LocatedJson {

    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private LocatedJson(JsonNode root, Map<String, JsonLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    /** The tree, empty where the text could not be read at all. */
    Optional<JsonNode> root() {
        return Optional.ofNullable(root);
    }

    /** The problem, placed at its path's line and column where that is known. */
    Problem locate(Problem problem) {
        JsonLocation location = locations.get(problem.path());
        String path = problem.path();
        while (location == null && !path.isEmpty()) {
            // A missing field has no location of its own: point at the object that lacks it.
            path = path.substring(0, path.lastIndexOf('/'));
            location = locations.get(path);
        }
        return location == null || location.getLineNr() < 1 ? problem
                : problem.at(location.getLineNr(), location.getColumnNr());
    }

    static JsonFactory factory(PlanReader.Limits limits) {
        // Every strictness setting is explicit, so a Jackson upgrade that changes a default
        // (as 3.0 does for several) cannot quietly relax what we accept.
        return JsonFactory.builder()
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        // We check depth ourselves, with a clearer message; Jackson's cap is a backstop.
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                .build();
    }

    /**
     * Reads {@code in}; syntax and limit problems go to {@code problems} (duplicate keys are
     * reported and the first value kept).
     */
    static LocatedJson read(JsonFactory factory, InputStream in, PlanReader.Limits limits, List<Problem> problems)
            throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try (JsonParser parser = factory.createParser(in)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(Problem.error("", "the document is empty; a plan is a JSON object"));
                    return new LocatedJson(null, locations);
                }
                JsonNode root = value(parser, nodes, "", 1, limits, locations, problems);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    problems.add(Problem.error("", "unexpected content after the end of the plan; a file holds one plan")
                            .at(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()));
                }
                return new LocatedJson(root, locations);
            } catch (StreamConstraintsException e) {
                JsonLocation at = parser.currentLocation();
                problems.add(Problem.error(currentPath(parser), limitMessage(e, limits))
                        .at(at.getLineNr(), at.getColumnNr()));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                problems.add(Problem.error(currentPath(parser), "invalid JSON: " + e.getOriginalMessage())
                        .at(at.getLineNr(), at.getColumnNr()));
            } catch (TooDeepException e) {
                problems.add(Problem.error(e.path, "nesting deeper than " + limits.maxDepth()
                        + " levels; a plan needs far fewer").at(e.line, e.column));
            }
            return new LocatedJson(null, locations);
        }
    }

    private static String limitMessage(StreamConstraintsException e, PlanReader.Limits limits) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("String value length")) {
            return "a string is longer than the " + limits.maxStringLength() + " characters allowed";
        }
        if (message.startsWith("Document length") || message.startsWith("Document nesting")) {
            return message.startsWith("Document length")
                    ? "the document is longer than the " + limits.maxDocumentBytes() + " bytes allowed"
                    : "nesting deeper than " + limits.maxDepth() + " levels; a plan needs far fewer";
        }
        return "the document exceeds a reading limit: " + message;
    }

    private static JsonNode value(JsonParser parser, JsonNodeFactory nodes, String path, int depth,
            PlanReader.Limits limits, Map<String, JsonLocation> locations, List<Problem> problems) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        locations.putIfAbsent(path, at);
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > limits.maxDepth()) {
            throw new TooDeepException(path, at);
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path + "/" + escape(name);
                    JsonLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (object.has(name)) {
                        problems.add(Problem.error(child, "duplicate field '" + name + "'; each field may appear once")
                                .at(nameAt.getLineNr(), nameAt.getColumnNr()));
                        // Read and drop the duplicate, keeping the locations of the first.
                        value(parser, nodes, child, depth + 1, limits, new HashMap<>(), problems);
                    } else {
                        locations.put(child, nameAt);
                        object.set(name, value(parser, nodes, child, depth + 1, limits, locations, problems));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, nodes, path + "/" + index++, depth + 1, limits, locations, problems));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        }
    }

    private static String currentPath(JsonParser parser) {
        StringBuilder path = new StringBuilder();
        Deque<String> parts = new ArrayDeque<>();
        for (var context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.push(Integer.toString(Math.max(0, context.getCurrentIndex())));
            } else if (context.getCurrentName() != null) {
                parts.push(escape(context.getCurrentName()));
            }
        }
        parts.forEach(part -> path.append('/').append(part));
        return path.toString();
    }

    /** A JSON Pointer reference token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static final class TooDeepException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;
        final int line;
        final int column;

        TooDeepException(String path, JsonLocation at) {
            super(null, null, false, false);
            this.path = path;
            this.line = at.getLineNr();
            this.column = at.getColumnNr();
        }
    }
}
