package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON text into a tree, remembering where each value stood (line and column) and
 * reporting syntax errors, duplicate keys, trailing content and limits as {@link Problem}s
 * rather than stopping at the first exception.
 *
 * <p>Columns are counted in characters, as an editor shows them: Jackson counts bytes, so a
 * column after "–" on the same line would be two too far.
 */
final class LocatedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final byte[] text;
    private final PlanReader.Limits limits;
    private final List<Problem> problems;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    /** Paths of values that could not be read, each already a problem: binding says nothing more of them. */
    private final Set<String> unreadable = new HashSet<>();
    private JsonNode root;

    private LocatedJson(byte[] text, PlanReader.Limits limits, List<Problem> problems) {
        this.text = text;
        this.limits = limits;
        this.problems = problems;
    }

    /** Whether the value at {@code path} could not be read, a problem already given. */
    boolean isUnreadable(String path) {
        return unreadable.contains(path);
    }

    /** The tree, empty where the text could not be read at all. */
    Optional<JsonNode> root() {
        return Optional.ofNullable(root);
    }

    /**
     * The problem, placed at its path's line and column where that is known; a problem that
     * already has a position (a syntax error) keeps it.
     */
    Problem locate(Problem problem) {
        if (problem.line().isPresent()) {
            return problem;
        }
        JsonLocation location = locations.get(problem.path());
        String path = problem.path();
        while (location == null && !path.isEmpty()) {
            // A missing field has no location of its own: point at the object that lacks it.
            path = path.substring(0, path.lastIndexOf('/'));
            location = locations.get(path);
        }
        return location == null || location.getLineNr() < 1 ? problem : at(problem, location);
    }

    static JsonFactory factory(PlanReader.Limits limits) {
        // Every strictness setting is explicit, so a Jackson upgrade that changes a default
        // (as 3.0 does for several) cannot quietly relax what we accept.
        return JsonFactory.builder()
                // Never copy the document into messages; problems give line and column instead.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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
                        // We check depth and size ourselves, with clearer messages; Jackson's caps are a backstop.
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                .build();
    }

    /**
     * Reads {@code text}, a whole document within the size limit; syntax and limit problems go to
     * {@code problems} (duplicate keys are reported and the first value kept).
     */
    static LocatedJson read(JsonFactory factory, byte[] text, PlanReader.Limits limits, List<Problem> problems)
            throws IOException {
        LocatedJson json = new LocatedJson(text, limits, problems);
        json.parse(factory);
        return json;
    }

    private void parse(JsonFactory factory) throws IOException {
        Optional<Problem> encoding = PlanText.encodingProblem(text);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return;
        }
        try (JsonParser parser = factory.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    problems.add(Problem.error("", "the document is empty; a plan is a JSON object"));
                    return;
                }
                JsonNode read = value(parser, "", 1, locations);
                trailing(parser);
                root = read;
            } catch (StreamConstraintsException e) {
                if (isNameTooLong(e)) {
                    // The parser still names the field before the long name: the problem is the
                    // object's, at the long name itself.
                    String field = currentPath(parser);
                    String object = parser.getParsingContext().getCurrentName() == null ? field
                            : field.substring(0, field.lastIndexOf('/'));
                    problems.add(at(Problem.error(object, limitMessage(e)), where(parser, e)));
                    return;
                }
                Problem problem = Problem.error(currentPath(parser), limitMessage(e));
                // A string too long is shown where it starts (its path's location), not where it ends.
                problems.add(locations.containsKey(problem.path()) ? problem : at(problem, where(parser, e)));
            } catch (JsonProcessingException e) {
                problems.add(syntaxError(currentPath(parser), parser, e));
            } catch (TooDeepException e) {
                problems.add(at(Problem.error(e.path, tooDeep()), e.location));
            }
        }
    }

    /** Anything after the plan, even text that is not JSON at all, is one problem: the plan itself is kept. */
    private void trailing(JsonParser parser) throws IOException {
        String message = "unexpected content after the end of the plan; a file holds one JSON object and nothing"
                + " after it";
        try {
            if (parser.nextToken() != null) {
                problems.add(at(Problem.error("", message), parser.currentTokenLocation()));
            }
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JsonProcessingException e) {
            Problem error = syntaxError("", parser, e);
            problems.add(new Problem(error.severity(), "", message, error.line(), error.column()));
        }
    }

    private Problem syntaxError(String path, JsonParser parser, JsonProcessingException e) {
        Problem problem = Problem.error(path, "invalid JSON: " + SyntaxMessages.plain(e));
        JsonLocation reported = where(parser, e);
        long offset = reported.getByteOffset();
        Optional<String> token = SyntaxMessages.badToken(e);
        if (offset >= 0 && token.isPresent()) {
            // Jackson points past the bad token; point at its start.
            int start = lastIndexOf(token.get().getBytes(StandardCharsets.UTF_8), (int) Math.min(offset, text.length));
            if (start >= 0) {
                return atOffset(problem, start);
            }
        }
        return at(problem, reported);
    }

    private String tooDeep() {
        return "objects and arrays are nested more than " + limits.maxDepth() + " deep, the most this reader allows"
                + " (a plan needs 5)";
    }

    private static boolean isNameTooLong(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Name length");
    }

    private String limitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("String value length")) {
            return "a string is longer than the " + limits.maxStringLength() + " characters allowed";
        }
        if (message.startsWith("Document length")) {
            return "the document is longer than the " + limits.maxDocumentBytes() + " bytes allowed";
        }
        if (message.startsWith("Document nesting")) {
            return tooDeep();
        }
        if (message.startsWith("Number value length")) {
            return "a number is longer than the 100 digits allowed";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than the 1000 characters allowed";
        }
        return "the document exceeds a reading limit: " + message;
    }

    private JsonNode value(JsonParser parser, String path, int depth, Map<String, JsonLocation> locations)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        locations.putIfAbsent(path, at);
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > limits.maxDepth()) {
            throw new TooDeepException(path, at);
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path + "/" + escape(name);
                    JsonLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (object.has(name)) {
                        problems.add(at(Problem.error(child, "duplicate field " + Quote.single(name)
                                + "; each field may appear once in an object"), nameAt));
                        // Read and drop the duplicate, keeping the locations of the first.
                        value(parser, child, depth + 1, new HashMap<>());
                    } else {
                        locations.put(child, nameAt);
                        object.set(name, value(parser, child, depth + 1, locations));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path + "/" + index++, depth + 1, locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return NODES.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException e) {
                    // An exponent beyond what a BigDecimal holds (1e-2147483649): no field allows it.
                    problems.add(at(Problem.error(path, Quote.single(parser.getText()) + " is not a number actionplan"
                            + " can read: its exponent is out of range"), at));
                    unreadable.add(path);
                    return NODES.nullNode();
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        }
    }

    private static JsonLocation where(JsonParser parser, JsonProcessingException e) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }

    /** The problem at a Jackson location, its column turned from bytes into characters. */
    private Problem at(Problem problem, JsonLocation location) {
        int line = Math.max(1, location.getLineNr());
        int column = Math.max(1, location.getColumnNr());
        long offset = location.getByteOffset();
        if (offset < 0 || offset > text.length || column - 1 > offset) {
            return problem.at(line, column); // not read as UTF-8 bytes: Jackson counted characters
        }
        int lineStart = (int) offset - (column - 1);
        return problem.at(line, PlanText.characters(text, lineStart, (int) offset) + 1);
    }

    /** The problem at a byte offset of the text. */
    private Problem atOffset(Problem problem, int offset) {
        return PlanText.at(problem, text, offset);
    }

    /** Where {@code token} last starts, ending at or before {@code end}; -1 if nowhere. */
    private int lastIndexOf(byte[] token, int end) {
        for (int start = end - token.length; start >= 0; start--) {
            boolean match = true;
            for (int i = 0; i < token.length && match; i++) {
                match = text[start + i] == token[i];
            }
            if (match) {
                return start;
            }
        }
        return -1;
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
        final transient JsonLocation location;

        TooDeepException(String path, JsonLocation location) {
            super(null, null, false, false);
            this.path = path;
            this.location = location;
        }
    }
}
