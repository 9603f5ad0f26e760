package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a plan read into a tree for the schema to check, with what no schema sees of the text:
 * its encoding and syntax, duplicate keys, content after the plan, and the reader's limits. Then each
 * problem's place in the text: a line, and a column in characters as an editor shows it.
 */
final class JsonTree {

    /**
     * Every leniency off by name, so no Jackson upgrade that changes a default relaxes what we accept;
     * the limits are checked here, in our words, and Jackson's only backs up the deepest nesting.
     */
    private static final JsonFactory FACTORY = strict(new JsonFactoryBuilder())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PlanReader.Limits.MAX_DEPTH + 1)
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONGEST_NAME = 1_000;
    private static final int LONGEST_NUMBER = 100;
    /** Past every bound the format sets: a number beyond it stands in at it, so no check expands it. */
    private static final BigDecimal HUGE = BigDecimal.TEN.pow(15);

    private final byte[] text;
    private final PlanReader.Limits limits;
    private final List<Problem> problems;
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
     * and each number that stands in for one written too large or too small, as written, to {@code standIns}.
     */
    static Optional<JsonNode> read(byte[] text, PlanReader.Limits limits, List<Problem> problems,
            Map<JsonNode, String> standIns) {
        Optional<Problem> encoding = PlanText.encodingProblem(text);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return Optional.empty();
        }
        try (JsonParser json = FACTORY.createParser(text)) {
            try {
                if (json.nextToken() == null) {
                    problems.add(Problem.error("", PlanSchema.say("text.empty")));
                    return Optional.empty();
                }
                JsonNode root = new JsonTree(text, limits, problems, standIns).value(json, 1);
                int after = (int) json.currentLocation().getByteOffset();
                while (after < text.length && " \t\r\n".indexOf(text[after]) >= 0) {
                    after++;
                }
                if (after < text.length) {
                    problems.add(PlanText.at(Problem.error("", PlanSchema.say("text.after")), text, after));
                }
                return Optional.of(root);
            } catch (Refused e) {
                problems.add(e.problem);
            } catch (JsonProcessingException e) {
                problems.add(SyntaxError.at(json, e, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        return Optional.empty();
    }

    private JsonNode value(JsonParser json, int depth) throws IOException {
        JsonToken token = json.currentToken();
        if (token.isStructStart() && depth > limits.maxDepth()) {
            throw refused(json, "limit.depth", limits.maxDepth());
        }
        if (token == JsonToken.START_OBJECT && json.getParsingContext().getParent().inArray()
                && ++items > limits.maxItems()) {
            throw refused(json, "limit.items", limits.maxItems());
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    if (json.currentName().length() > LONGEST_NAME) { // whose path would quote it: the object's
                        throw new Refused(at(text, Problem.error(json.getParsingContext().getParent().pathAsPointer()
                                .toString(), PlanSchema.say("limit.name", LONGEST_NAME)), json.currentTokenLocation()));
                    }
                    JsonLocation name = json.currentTokenLocation();
                    json.nextToken();
                    if (object.putIfAbsent(json.currentName(), value(json, depth + 1)) != null) {
                        problems.add(at(text, Problem.error(path(json), PlanSchema.say("text.duplicate",
                                Quote.single(json.currentName()))), name));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                var array = NODES.arrayNode();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(json, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                if (json.getTextLength() > limits.maxStringLength()) {
                    throw refused(json, "limit.string", limits.maxStringLength());
                }
                return NODES.textNode(json.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return number(json);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    /**
     * A number, judged from its text without expanding it: one far past every bound the format sets,
     * or whose exponent no BigDecimal holds, stands in at the bound it breaks.
     */
    private JsonNode number(JsonParser json) throws IOException {
        if (json.getTextLength() > LONGEST_NUMBER) {
            throw refused(json, "limit.number", LONGEST_NUMBER);
        }
        if (json.getNumberType() == JsonParser.NumberType.INT) {
            return NODES.numberNode(json.getIntValue());
        }
        String written = json.getText();
        BigDecimal huge = written.startsWith("-") ? HUGE.negate() : HUGE;
        boolean whole = json.currentToken() == JsonToken.VALUE_NUMBER_INT;
        try {
            BigDecimal number = json.getDecimalValue();
            if ((long) number.precision() - number.scale() <= HUGE.precision()) {
                return whole ? NODES.numberNode(number.toBigInteger()) : NODES.numberNode(number);
            }
            JsonNode standIn = whole ? NODES.numberNode(huge.toBigInteger()) : NODES.numberNode(huge);
            return standIn(standIn, Quote.number(number));
        } catch (NumberFormatException e) {
            boolean tiny = written.contains("e-") || written.contains("E-");
            return standIn(NODES.numberNode(tiny ? BigDecimal.ONE.movePointLeft(20) : huge), Quote.shown(written));
        }
    }

    private JsonNode standIn(JsonNode node, String written) {
        standIns.put(node, written);
        return node;
    }

    private static Refused refused(JsonParser json, String key, int limit) {
        return new Refused(Problem.error(path(json), PlanSchema.say(key, limit)));
    }

    private static String path(JsonParser json) {
        return json.getParsingContext().pathAsPointer().toString();
    }

    /**
     * The problems, each at its place in {@code text} (a value at its field's name, an item at its first
     * character, a missing field at the object that lacks it), in the text's order.
     */
    static List<Problem> locate(byte[] text, List<Problem> problems) {
        Map<String, JsonLocation> places = new HashMap<>(); // NA while looked for
        problems.stream().filter(p -> p.line().isEmpty()).forEach(p -> {
            for (String path = p.path(); places.putIfAbsent(path, JsonLocation.NA) == null && !path.isEmpty(); ) {
                path = path.substring(0, path.lastIndexOf('/'));
            }
        });
        int looking = places.size();
        try (JsonParser json = FACTORY.createParser(text)) {
            for (JsonToken token = json.nextToken(); looking > 0 && token != null; token = json.nextToken()) {
                if (!token.isStructEnd() && places.replace(path(json), JsonLocation.NA, json.currentTokenLocation())) {
                    looking--;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A text that does not read to its end: problems up to there have their places.
        }
        return problems.stream().map(problem -> {
            String path = problem.path();
            while (places.getOrDefault(path, JsonLocation.NA) == JsonLocation.NA && !path.isEmpty()) {
                path = path.substring(0, path.lastIndexOf('/'));
            }
            JsonLocation place = places.getOrDefault(path, JsonLocation.NA);
            return problem.line().isPresent() || place == JsonLocation.NA ? problem : at(text, problem, place);
        }).sorted(Comparator.comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
                .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE))).toList();
    }

    /** The problem at a Jackson location, its column turned from bytes into characters. */
    private static Problem at(byte[] text, Problem problem, JsonLocation place) {
        int offset = (int) place.getByteOffset();
        return problem.at(place.getLineNr(), PlanText.characters(text, offset - place.getColumnNr() + 1, offset) + 1);
    }

    private static JsonFactoryBuilder strict(JsonFactoryBuilder builder) {
        for (JsonReadFeature leniency : JsonReadFeature.values()) {
            builder.disable(leniency); // every JsonReadFeature allows what JSON does not
        }
        return builder;
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
