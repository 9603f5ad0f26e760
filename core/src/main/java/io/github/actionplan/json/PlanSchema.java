package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.actionplan.internal.Markdown;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's tree checked against the shipped schema by a JSON Schema validator, every problem at once,
 * each told in actionplan's own words ({@code messages.properties}, by keyword and by where in the
 * schema it stands). The values only the model can judge (a date that exists, a timescale, a reporting
 * period, how deep narrative lists nest) are the schema's formats, checked by the model's own parsers;
 * refs and ids being unique, which no schema can say, are checked beside it.
 */
final class PlanSchema {

    static final JsonNode TREE = schemaTree();
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("io.github.actionplan.json.messages",
            Locale.ROOT);
    /** Of several problems with one value, the one to tell: the first of these keywords. */
    private static final List<String> TELLING = List.of("type", "required", "additionalProperties", "const", "enum",
            "minLength", "pattern", "format");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final JsonSchema schema;
    private final Map<String, Function<String, Optional<String>>> formats;

    PlanSchema(PlanReader.Limits limits) {
        formats = Map.of("date", PlanSchema::dateProblem,
                "timescale", text -> refusal(() -> Timescale.parse(text)),
                "reporting-period", text -> refusal(() -> ReportingPeriod.parse(text)),
                "narrative", text -> Optional.of(Markdown.listDepth(text)).filter(d -> d > limits.maxListDepth())
                        .map(depth -> say("narrative.lists", depth, limits.maxListDepth())));
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012());
        formats.forEach((name, problem) -> meta.format(new DomainFormat(name, problem)));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, factory -> factory.metaSchema(meta.build()))
                .getSchema(TREE, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build());
    }

    /**
     * Every problem of {@code plan}, one for each value at fault; {@code standIns} holds numbers that
     * stand in for others too large or small to check, with those as written.
     */
    List<Problem> problems(JsonNode plan, Map<JsonNode, String> standIns) {
        Map<String, ValidationMessage> telling = new LinkedHashMap<>();
        for (ValidationMessage message : schema.validate(plan)) {
            String path = message.getInstanceLocation() + Optional.ofNullable(message.getProperty())
                    .map(name -> "/" + name.replace("~", "~0").replace("/", "~1")).orElse("");
            telling.merge(path, message, (one, other) -> rank(other) < rank(one) ? other : one);
        }
        List<Problem> problems = new ArrayList<>();
        telling.forEach((path, message) -> problems.add(Problem.error(path, message(message, standIns))));
        unique(plan.path("recommendations"), "/recommendations", "ref", telling, problems);
        for (int i = 0; i < plan.path("recommendations").size(); i++) {
            unique(plan.path("recommendations").path(i).path("subActions"), "/recommendations/" + i + "/subActions",
                    "id", telling, problems);
        }
        return problems;
    }

    private static int rank(ValidationMessage message) {
        int rank = TELLING.indexOf(message.getType());
        return rank < 0 ? TELLING.size() : rank;
    }

    /** The message, found by keyword and by the definitions and properties the keyword stands in. */
    private String message(ValidationMessage m, Map<JsonNode, String> standIns) {
        String at = m.getSchemaLocation().getFragment().toString();
        String ruleAt = at.substring(0, at.lastIndexOf('/'));
        JsonNode rule = TREE.at(ruleAt);
        String where = "plan" + ruleAt.replace("/$defs/", "/").replace("/properties/", "/").replace('/', '.');
        JsonNode value = m.getInstanceNode();
        JsonNode allowed = rule.has("enum") ? rule.get("enum").path(0) : rule.path("const");
        boolean wrongType = !allowed.isMissingNode() && allowed.getNodeType() != value.getNodeType();
        String keyword = wrongType && (rule.has("enum") || rule.has("const")) ? "type" : m.getType();
        JsonNodePath instance = m.getInstanceLocation();
        String name = Optional.ofNullable(m.getProperty())
                .orElse(instance.getNameCount() == 0 ? "" : instance.getName(instance.getNameCount() - 1));
        List<String> names = names(keyword.equals("additionalProperties") ? rule.path("properties") : rule.path("enum"));
        String near = keyword.equals("additionalProperties") ? name : value.asText();
        String hint = names.stream().filter(near::equalsIgnoreCase).findFirst()
                .flatMap(known -> lookup(where + "." + keyword + ".hint").map(key -> say(key, known))).orElse("");
        String shown = standIns.getOrDefault(value, value.isTextual() ? Quote.single(value.textValue())
                : value.isNumber() ? Quote.number(value.decimalValue()) : value.toString());
        String found = value.isTextual() ? "the string " + Quote.json(value.textValue()) : value.isNumber()
                ? "the number " + shown : value.isObject() ? "an object" : value.isArray() ? "an array" : value.toString();
        String expected = lookup(where + ".expected").map(PlanSchema::say)
                .orElseGet(() -> rule.has("enum") ? "one of " + String.join(", ", names)
                        : say(rule.path("type").asText("string") + ".expected"));
        String advice = value.isNull() ? say(required(m) ? "type.null.required" : "type.null.optional") : "";
        String detail = keyword.equals("format") ? formats.get(rule.path("format").asText()).apply(value.asText())
                .orElse("") : "";
        return say(lookup(where + "." + keyword).orElse("keyword"), shown, name, String.join(", ", names), hint,
                rule.path(keyword).asText(), detail, expected, found, advice, keyword);
    }

    /** The most particular key of the bundle there is: {@code plan.percent.maximum}, then {@code percent.maximum}... */
    private static Optional<String> lookup(String key) {
        for (String k = key; ; k = k.substring(k.indexOf('.') + 1)) {
            if (WORDS.containsKey(k)) {
                return Optional.of(k);
            }
            if (k.indexOf('.') < 0) {
                return Optional.empty();
            }
        }
    }

    /** Whether the field a message is about is one its object requires: the schema walked as the validator did. */
    private static boolean required(ValidationMessage message) {
        JsonNode at = TREE;
        boolean required = false;
        JsonNodePath path = message.getEvaluationPath();
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            String step = path.getName(i);
            if (step.equals("properties")) {
                required = names(at.path("required")).contains(path.getName(i + 1));
            }
            at = step.equals("$ref") ? TREE.at(at.path("$ref").asText().substring(1)) : at.path(step);
        }
        return required;
    }

    /** Refs unique in the plan and sub-action ids in their recommendation, where the value is otherwise sound. */
    private static void unique(JsonNode items, String path, String field, Map<String, ValidationMessage> faults,
            List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = items.path(i).path(field);
            Integer before = value.isTextual() ? first.putIfAbsent(value.textValue(), i) : null;
            String at = path + "/" + i + "/" + field;
            if (before != null && !faults.containsKey(at)) {
                problems.add(Problem.error(at, say("unique." + field, Quote.single(value.textValue()), path + "/" + before)));
            }
        }
    }

    /** What is wrong with {@code text} as an ISO date that exists. */
    private static Optional<String> dateProblem(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.of(say("date.pattern", Quote.single(text)));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.of(say("date.month", month));
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), month);
        int day = Integer.parseInt(m.group(3));
        return day >= 1 && day <= yearMonth.lengthOfMonth() ? Optional.empty() : Optional.of(say("date.day",
                Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK), m.group(1), yearMonth.lengthOfMonth()));
    }

    /** What the model says is wrong with a value, if it refuses it. */
    private static Optional<String> refusal(Runnable parse) {
        try {
            parse.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** An object's field names, or an array's values. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else {
            node.forEach(item -> names.add(item.asText()));
        }
        return names;
    }

    /** A message of the bundle, its arguments in place (numbers as written, not grouped). */
    static String say(String key, Object... arguments) {
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(texts);
    }

    private static JsonNode schemaTree() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
            return PlanJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("core's own schema cannot be read", e);
        }
    }

    /** A format of the schema that the model's own parser checks. */
    private record DomainFormat(String name, Function<String, Optional<String>> problem) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return problem.apply(value).isEmpty();
        }
    }
}
