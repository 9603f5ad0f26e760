package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a plan read into a tree for the schema to check, with what no schema can see of the
 * text: its encoding and syntax, duplicate keys, content after the plan, and the reader's limits.
 * Then it finds where each problem stands: a line, and a column in characters as an editor shows it.
 */
final class JsonTree {

    /**
     * Every strictness setting is explicit, so a Jackson upgrade that changes a default cannot quietly
     * relax what we accept (one call each: Jackson's varargs {@code disable} enables all but the first).
     * The limits are checked here, with clearer messages; Jackson's are only a backstop for depth.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PlanReader.Limits.MAX_DEPTH + 1)
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONGEST_NAME = 1_000;
    private static final int LONGEST_NUMBER = 100;
    /** Beyond every bound the format sets; a number past it stands in at it, so no check expands it. */
    private static final BigDecimal HUGE = BigDecimal.TEN.pow(15);
    private static final BigDecimal TINY = BigDecimal.ONE.movePointLeft(20);

    private final byte[] text;
    private final PlanReader.Limits limits;
    private final List<Problem> problems;
    /** Each number that stands in for one too large or too small to check as written, with it as written. */
    private final Map<JsonNode, String> standIns;
    private int items;

    private JsonTree(byte[] text, PlanReader.Limits limits, List<Problem> problems, Map<JsonNode, String> standIns) {
        this.text = text;
        this.limits = limits;
        this.problems = problems;
        this.standIns = standIns;
    }

    /**
     * The tree of {@code text}, or empty where it cannot be read; its problems go to {@code problems},
     * and each number that stands in for one written too large or too small, to {@code standIns}.
     */
    static Optional<JsonNode> read(byte[] text, PlanReader.Limits limits, List<Problem> problems,
            Map<JsonNode, String> standIns) throws IOException {
        Optional<Problem> encoding = PlanText.encodingProblem(text);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return Optional.empty();
        }
        try (JsonParser json = FACTORY.createParser(text)) {
            try {
                if (json.nextToken() == null) {
                    problems.add(Problem.error("", "the document is empty; a plan is a JSON object"));
                    return Optional.empty();
                }
                JsonNode root = new JsonTree(text, limits, problems, standIns).value(json, 1);
                int after = (int) json.currentLocation().getByteOffset();
                while (after < text.length && " \t\r\n".indexOf(text[after]) >= 0) {
                    after++;
                }
                if (after < text.length) {
                    problems.add(PlanText.at(Problem.error("", "unexpected content after the end of the plan; a file"
                            + " holds one JSON object and nothing after it"), text, after));
                }
                return Optional.of(root);
            } catch (Refused e) {
                problems.add(e.problem);
            } catch (JsonProcessingException e) {
                problems.add(SyntaxError.at(json, e, text));
            }
        }
        return Optional.empty();
    }

    private JsonNode value(JsonParser json, int depth) throws IOException {
        JsonToken token = json.currentToken();
        if (token.isStructStart() && depth > limits.maxDepth()) {
            throw refused(json, "objects and arrays are nested more than " + limits.maxDepth() + " deep, the most"
                    + " this reader allows (a plan needs 5)");
        }
        if (token == JsonToken.START_OBJECT && json.getParsingContext().getParent().inArray()
                && ++items > limits.maxItems()) {
            throw refused(json, "the plan holds more than the " + limits.maxItems() + " recommendations, sub-actions"
                    + " and updates allowed; raise the reader's maxItems limit to read it");
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    if (json.currentName().length() > LONGEST_NAME) {
                        // The name is no place to point at: its path would quote it all.
                        throw new Refused(PlanText.at(Problem.error(json.getParsingContext().getParent().pathAsPointer()
                                .toString(), "a field name is longer than the " + LONGEST_NAME + " characters allowed"),
                                text, (int) json.currentTokenLocation().getByteOffset()));
                    }
                    JsonLocation name = json.currentTokenLocation();
                    json.nextToken();
                    if (object.putIfAbsent(json.currentName(), value(json, depth + 1)) != null) {
                        problems.add(at(Problem.error(path(json), "duplicate field " + Quote.single(json.currentName())
                                + "; each field may appear once in an object"), name));
                    }
                }
                yield object;
            }
            case START_ARRAY -> {
                var array = NODES.arrayNode();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(json, depth + 1));
                }
                yield array;
            }
            case VALUE_STRING -> {
                if (json.getTextLength() > limits.maxStringLength()) {
                    throw refused(json, "a string is longer than the " + limits.maxStringLength() + " characters allowed");
                }
                yield NODES.textNode(json.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(json);
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    /**
     * A number, judged from its text without expanding it: one far beyond every bound the format sets,
     * or with an exponent no BigDecimal holds, stands in at the bound it breaks.
     */
    private JsonNode number(JsonParser json) throws IOException {
        if (json.getTextLength() > LONGEST_NUMBER) {
            throw refused(json, "a number is longer than the " + LONGEST_NUMBER + " digits allowed");
        }
        if (json.getNumberType() == JsonParser.NumberType.INT) {
            return NODES.numberNode(json.getIntValue());
        }
        String written = json.getText();
        boolean whole = json.currentToken() == JsonToken.VALUE_NUMBER_INT;
        BigDecimal huge = written.startsWith("-") ? HUGE.negate() : HUGE;
        try {
            BigDecimal number = json.getDecimalValue();
            if ((long) number.precision() - number.scale() > HUGE.precision()) {
                return standIn(whole ? NODES.numberNode(huge.toBigInteger()) : NODES.numberNode(huge), Quote.number(number));
            }
            return whole ? NODES.numberNode(number.toBigInteger()) : NODES.numberNode(number);
        } catch (NumberFormatException e) {
            boolean tiny = written.contains("e-") || written.contains("E-");
            return standIn(NODES.numberNode(tiny ? TINY : huge), Quote.shown(written));
        }
    }

    private JsonNode standIn(JsonNode node, String written) {
        standIns.put(node, written);
        return node;
    }

    private Refused refused(JsonParser json, String message) {
        return new Refused(Problem.error(path(json), message));
    }

    private static String path(JsonParser json) {
        return json.getParsingContext().pathAsPointer().toString();
    }

    /**
     * The problems, each at its place in {@code text} (a value at its field's name, an item at its
     * first character, a missing field at the object that lacks it), in the text's order.
     */
    static List<Problem> locate(byte[] text, List<Problem> problems) {
        Map<String, JsonLocation> places = new HashMap<>();
        for (Problem problem : problems) {
            for (String path = problem.path(); problem.line().isEmpty() && places.putIfAbsent(path, JsonLocation.NA) == null
                    && !path.isEmpty(); path = path.substring(0, path.lastIndexOf('/'))) {
                // The path and every object above it, for a missing field's place.
            }
        }
        try (JsonParser json = FACTORY.createParser(text)) {
            for (JsonToken token = json.nextToken(); token != null && places.containsValue(JsonLocation.NA);
                    token = json.nextToken()) {
                if (!token.isStructEnd()) {
                    places.replace(path(json), JsonLocation.NA, json.currentTokenLocation());
                }
            }
        } catch (IOException | RuntimeException e) {
            // A text that does not read to its end: its problems up to there have their places.
        }
        return problems.stream().map(problem -> placed(text, problem, places))
                .sorted(Comparator.comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
                        .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE))).toList();
    }

    private static Problem placed(byte[] text, Problem problem, Map<String, JsonLocation> places) {
        for (String path = problem.path(); problem.line().isEmpty(); path = path.substring(0, path.lastIndexOf('/'))) {
            JsonLocation place = places.getOrDefault(path, JsonLocation.NA);
            if (place != JsonLocation.NA) {
                return at(text, problem, place);
            } else if (path.isEmpty()) {
                break;
            }
        }
        return problem;
    }

    private Problem at(Problem problem, JsonLocation location) {
        return at(text, problem, location);
    }

    /** The problem at a Jackson location, its column turned from bytes into characters. */
    private static Problem at(byte[] text, Problem problem, JsonLocation location) {
        int offset = (int) location.getByteOffset();
        return problem.at(location.getLineNr(), PlanText.characters(text, offset - location.getColumnNr() + 1, offset)
                + 1);
    }

    /** A limit the text goes over: reading stops there. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
