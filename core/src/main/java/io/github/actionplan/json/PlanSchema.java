package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.internal.ProblemCap;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.QuietSlf4j;
import io.github.actionplan.internal.Typos;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A plan's tree checked against the shipped schema by a JSON Schema validator, every problem at once,
 * each told in actionplan's words ({@code messages.properties}), found by the keyword at fault and the
 * definitions and properties it stands in. Values only the model can judge are the schema's formats,
 * checked by the model's own parsers: a date that exists, a timescale, a reporting period, a language tag. Refs and ids
 * being unique, which no schema can say, is checked beside it. The validator is loaded and the schema
 * compiled on first use, on the caller's thread: only a plan that does not bind needs them.
 */
final class PlanSchema {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("io.github.actionplan.json.messages",
            Locale.ROOT);

    /**
     * The most problems of one kind a read tells, the text's and the structure's each: beyond them it says how many
     * more there are. Each is kept until the read ends, so a file of a million unknown fields would otherwise take
     * hundreds of megabytes, and a message no one reads.
     */
    static final int MOST_PROBLEMS = ProblemCap.MOST;

    private PlanSchema() {}

    /** How many more problems than those told there are, at the last told, so that it is told after them. */
    static Problem untold(long more, Problem last) {
        return Problem.error("", say("limit.problems", Quote.grouped(more), Quote.grouped(MOST_PROBLEMS)))
                .at(last.line().orElse(1), last.column().orElse(1));
    }

    /**
     * Draft 2020-12, its formats the model's own where the schema names one: the validator's others cost a few
     * hundredths of a second on a cold start, and only a plan that does not bind pays it.
     */
    private static JsonSchema compile() {
        QuietSlf4j.bind(); // before the validator's classes ask SLF4J for their loggers
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012());
        List.of("date", "reporting-date", "timescale", "reporting-period", "language").forEach(name -> meta.format(
                new ModelFormat(name)));
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, factory -> factory.metaSchema(
                    meta.build())).getSchema(in, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException("core's own schema cannot be read", e);
        }
    }

    /** The schema, as a tree. */
    static JsonNode tree() {
        return Compiled.SCHEMA.getSchemaNode();
    }

    /** What is wrong with {@code text} in one of the schema's formats, the model's own parsers judging it. */
    private static Optional<String> formatProblem(String format, String text) {
        try {
            switch (format) {
                case "date" -> ActionPlanModule.date(text);
                case "reporting-date" -> ReportingPeriod.containing(ActionPlanModule.date(text));
                case "timescale" -> Timescale.parse(text);
                case "language" -> LanguageTags.checked(text);
                default -> ReportingPeriod.parse(text);
            }
            return Optional.empty();
        } catch (RuntimeException e) { // the model's parsers say what is wrong
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Every problem of {@code plan}, one a value: of several, the one of the keyword the schema gives first; the first
     * {@link #MOST_PROBLEMS} in the text's order where there are more. The {@code read} that made the tree holds
     * numbers as written that others stand in for, and counts the problems not listed.
     */
    static List<Problem> problems(JsonNode plan, JsonTree read) {
        Map<JsonNode, String> written = read.written;
        // Fields no plan has and values of another type than the schema's, found by a walk of the tree's own: where
        // there are more than can be told, the validator is not run, as it keeps some 400 bytes for each one (a
        // 3 MB file of 500,000 unknown fields took 220 MB), and the first are told from the walk.
        Unlisted unlisted = new Unlisted();
        unlisted.walk(plan, tree(), "", new JsonNodePath(PathType.JSON_POINTER));
        if (unlisted.found > MOST_PROBLEMS) {
            List<Problem> first = new ArrayList<>(JsonTree.locate(plan, unlisted.first.stream().map(Supplier::get)
                    .toList()));
            first.add(read.untold(unlisted.found - MOST_PROBLEMS, first.getLast()));
            return first;
        }
        Map<String, ValidationMessage> first = new LinkedHashMap<>();
        for (ValidationMessage message : Compiled.SCHEMA.validate(plan)) {
            JsonNodePath at = message.getInstanceLocation(); // a missing or unknown field's is its object's
            first.putIfAbsent((message.getProperty() == null ? at : at.append(message.getProperty())).toString(),
                    message);
        }
        List<Problem> problems = new ArrayList<>();
        // The value from the tree, not the validator's node: its enum check hands on a copy of a number, which is
        // not the node the number as written is kept for.
        first.forEach((path, m) -> problems.add(Problem.error(path, message(m.getSchemaLocation().getFragment()
                .toString(), m.getType(), plan.at(m.getInstanceLocation().toString()), m.getInstanceLocation(),
                m.getProperty(), written))));
        problems.addAll(unlisted.skipped);
        JsonNode recommendations = plan.path("recommendations");
        unique(recommendations, "/recommendations", "ref", first, problems);
        for (int i = 0; i < recommendations.size(); i++) {
            unique(recommendations.path(i).path("subActions"), "/recommendations/" + i + "/subActions", "id", first,
                    problems);
        }
        return read.first(JsonTree.locate(plan, problems));
    }

    /**
     * A walk of a plan's tree beside the schema finding each field an object's schema does not list and each value
     * not of the type its schema gives: the first {@link #MOST_PROBLEMS} told, all counted. Fields whose names start
     * with '#', which networknt's additionalProperties passes over (it keeps such names for itself), are kept apart,
     * to be told beside the validator's problems as any unknown field is.
     */
    private static final class Unlisted {
        /** The first problems found, made only where the validator is not run: it finds them too. */
        final List<Supplier<Problem>> first = new ArrayList<>();
        final List<Problem> skipped = new ArrayList<>();
        long found;

        void walk(JsonNode value, JsonNode schema, String at, JsonNodePath path) {
            if (schema.has("$ref")) {
                walk(value, resolved(schema), schema.get("$ref").asText().substring(1), path);
            } else if (!schema.path("type").isTextual() || isOfType(value, schema.path("type").asText())) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        walk(value.get(i), schema.path("items"), at + "/items", path.append(i));
                    }
                } else if (value.isObject()) {
                    value.properties().forEach(field -> {
                        JsonNode listed = schema.path("properties").path(field.getKey());
                        if (!listed.isMissingNode()) {
                            walk(field.getValue(), listed, at + "/properties/" + field.getKey(),
                                    path.append(field.getKey()));
                        } else if (schema.path("additionalProperties").equals(BooleanNode.FALSE)) {
                            Supplier<Problem> unknown = () -> Problem.error(path.append(field.getKey()).toString(),
                                    message(at + "/additionalProperties", "additionalProperties", value, path,
                                            field.getKey(), Map.of()));
                            found(unknown);
                            if (field.getKey().startsWith("#")) {
                                skipped.add(unknown.get());
                            }
                        }
                    });
                }
            } else {
                found(() -> Problem.error(path.toString(), message(at + "/type", "type", value, path, null, Map.of())));
            }
        }

        /** Counts a problem, kept where it is among the first. */
        private void found(Supplier<Problem> problem) {
            if (++found <= MOST_PROBLEMS) {
                first.add(problem);
            }
        }

        private static boolean isOfType(JsonNode value, String type) {
            return switch (type) {
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "boolean" -> value.isBoolean();
                default -> true;
            };
        }
    }

    /**
     * The message for the {@code keyword} at the schema's {@code at} that {@code value} at {@code path} (or its
     * {@code property}, where the keyword judges one) breaks, by keyword and the definitions and properties it
     * stands in: see messages.properties.
     */
    private static String message(String at, String type, JsonNode value, JsonNodePath path, String property,
            Map<JsonNode, String> written) {
        JsonNode rule = tree().at(at.substring(0, at.lastIndexOf('/')));
        String where = ("plan" + at.substring(0, at.lastIndexOf('/'))).replace("/$defs/", "/")
                .replace("/properties/", "/").replace('/', '.');
        JsonNode allowed = rule.has("enum") ? rule.get("enum").path(0) : rule.path("const");
        String keyword = allowed.isMissingNode() || allowed.getNodeType() == value.getNodeType() ? type : "type";
        String name = Objects.requireNonNullElse(property, Objects.toString(path.getName(-1), ""));
        if (property == null && path.getNameCount() > 1 && name.matches("[0-9]+")) { // an item of a list, by place
            name = path.getParent().getName(-1) + "[" + name + "]";
        }
        boolean field = keyword.equals("additionalProperties");
        List<String> names = names(field ? rule.path("properties") : rule.path("enum"));
        String typed = (field ? name : value.asText()).toLowerCase(Locale.ROOT);
        String hint = names.stream().filter(known -> known.equalsIgnoreCase(typed)).findFirst().or(() -> names
                .stream().filter(known -> Typos.mistyped(typed, known.toLowerCase(Locale.ROOT))
                        || field && typed.endsWith(known.toLowerCase(Locale.ROOT))).findFirst()) // reportedProgress
                // A kind as services write it, "AFI" or "Rec" (run 91 #14), as a tracker's Kind column is read.
                .or(() -> RecommendationKind.named(typed).map(Enum::name).filter(names::contains))
                .flatMap(known -> key(where + "." + keyword + ".hint").map(key -> say(key, known))).orElse("");
        String shown = written.getOrDefault(value, value.isTextual() ? Quote.single(value.textValue())
                : value.isNumber() ? Quote.number(value.decimalValue()) : Quote.shown(start(value, new StringBuilder())
                .toString()));
        String found = value.isTextual() ? "the string " + Quote.json(value.textValue()) : value.isNumber()
                ? "the number " + shown : value.isContainerNode() ? (value.isObject() ? "an object" : "an array")
                : value.toString();
        String expected = key(where + ".expected").map(PlanSchema::say).orElseGet(() -> rule.has("enum")
                ? "one of " + String.join(", ", names) : say(rule.path("type").asText("string") + ".expected"));
        // A pattern before a format only says less: the model's parser says why, as the format's check would.
        String detail = rule.has("format") && value.isTextual() ? formatProblem(rule.path("format").asText(),
                value.asText()).orElse("") : "";
        return say(key(where + "." + keyword).orElse("keyword"), shown, Quote.shown(name), String.join(", ", names),
                hint, rule.path(keyword).asText(), detail, expected, found, advice(value, path),
                keyword);
    }

    /**
     * The start of {@code value} written as JSON, to as far past a message's quoting length as one value goes: a tree
     * may be megabytes, and each of a thousand messages about its fields could otherwise write it whole.
     */
    private static StringBuilder start(JsonNode value, StringBuilder out) {
        if (out.length() > 2 * Quote.SHOWN) {
            return out;
        }
        if (value.isObject()) {
            out.append('{');
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                start(field.getValue(), out.append(out.charAt(out.length() - 1) == '{' ? "" : ",")
                        .append(Quote.json(field.getKey())).append(':'));
                if (out.length() > 2 * Quote.SHOWN) {
                    return out;
                }
            }
            return out.append('}');
        }
        if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size() && out.length() <= 2 * Quote.SHOWN; i++) {
                start(value.get(i), i == 0 ? out : out.append(','));
            }
            return out.append(']');
        }
        return out.append(value.isTextual() ? Quote.json(value.textValue().substring(0, Math.min(
                value.textValue().length(), 2 * Quote.SHOWN))) : value.toString());
    }

    /** For a null field, whether to give it a value (its object requires it) or to leave it out. */
    private static String advice(JsonNode value, JsonNodePath path) {
        if (!value.isNull() || path.getNameCount() == 0) {
            return "";
        }
        JsonNode schema = tree();
        for (int i = 0; i < path.getNameCount() - 1; i++) { // down the schema along the path to the field's object
            schema = resolved(schema);
            schema = path.getElement(i) instanceof Integer ? schema.path("items") : schema.path("properties")
                    .path(path.getName(i));
        }
        boolean required = resolved(schema).path("required").valueStream().anyMatch(name -> name.asText().equals(
                path.getName(-1)));
        return say(required ? "null.needed" : "null.optional");
    }

    private static JsonNode resolved(JsonNode schema) {
        return schema.has("$ref") ? tree().at(schema.get("$ref").asText().substring(1)) : schema;
    }

    /** The most particular key the bundle has: {@code plan.percent.maximum}, then {@code percent.maximum}... */
    static Optional<String> key(String key) {
        for (String k = key; ; k = k.substring(k.indexOf('.') + 1)) {
            if (WORDS.containsKey(k) || k.indexOf('.') < 0) {
                return Optional.of(k).filter(WORDS::containsKey);
            }
        }
    }

    /** Refs unique in the plan and sub-action ids in their recommendation, where nothing else is wrong there. */
    private static void unique(JsonNode items, String path, String field, Map<String, ?> faults,
            List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = items.path(i).path(field);
            Integer before = value.isTextual() ? first.putIfAbsent(value.textValue(), i) : null;
            if (before != null && !faults.containsKey(path + "/" + i + "/" + field)) {
                problems.add(Problem.error(path + "/" + i + "/" + field, say("unique." + field,
                        Quote.single(value.textValue()), path + "/" + before)));
            }
        }
    }

    /** An object's field names, or an array's values. */
    private static List<String> names(JsonNode node) {
        return node.isObject() ? node.propertyStream().map(Map.Entry::getKey).toList()
                : node.valueStream().map(JsonNode::asText).toList();
    }

    /** A message of the bundle with its arguments in place, each as text (so numbers are not grouped). */
    static String say(String key, Object... arguments) {
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(Arrays.stream(arguments)
                .map(String::valueOf).toArray());
    }

    /** A format of the schema that the model's own parser checks. */
    private record ModelFormat(String name) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return formatProblem(name, value).isEmpty();
        }
    }

    /** The schema, compiled when first needed. */
    private static final class Compiled {
        static final JsonSchema SCHEMA = compile();
    }
}
