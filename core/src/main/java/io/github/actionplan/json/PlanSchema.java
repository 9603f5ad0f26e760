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
import com.networknt.schema.ValidatorTypeCode;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.QuietSlf4j;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
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
import java.util.Set;

/**
 * A plan's tree checked against the shipped schema by a JSON Schema validator, every problem at once,
 * each told in actionplan's words ({@code messages.properties}), found by the keyword at fault and the
 * definitions and properties it stands in. Values only the model can judge are the schema's formats,
 * checked by the model's own parsers: a date that exists, a timescale, a reporting period, how deep
 * narrative lists nest. Refs and ids being unique, which no schema can say, is checked beside it.
 */
final class PlanSchema {

    static {
        QuietSlf4j.bind(); // before the validator's classes ask SLF4J for their loggers
    }

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("io.github.actionplan.json.messages",
            Locale.ROOT);
    static final JsonNode TREE = schemaTree();
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    /** Of several problems with one value, the one to tell: the first of these keywords. */
    private static final List<String> TELLING = List.of("type", "required", "additionalProperties", "const", "enum",
            "minLength", "pattern", "format");

    private static final String LIST_DEPTH = "actionplan.maxListDepth";
    /** Compiled once, when the first reader is made; limits reach its formats through each validation. */
    private static final JsonSchema SCHEMA = compile();

    private final int maxListDepth;

    PlanSchema(PlanReader.Limits limits) {
        this.maxListDepth = limits.maxListDepth();
    }

    /** Draft 2020-12's keywords with the model's formats alone: the validator's own are costly to load, and unused. */
    private static JsonSchema compile() {
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(DRAFT).specification(SpecVersion.VersionFlag.V202012)
                .idKeyword("$id").keywords(ValidatorTypeCode.getKeywords(SpecVersion.VersionFlag.V202012));
        List.of("core", "applicator", "unevaluated", "validation", "meta-data", "format-annotation", "content")
                .forEach(vocabulary -> meta.vocabulary("https://json-schema.org/draft/2020-12/vocab/" + vocabulary));
        List.of("date", "timescale", "reporting-period", "narrative").forEach(name -> meta.format(new ModelFormat(name)));
        return JsonSchemaFactory.builder().defaultMetaSchemaIri(DRAFT).metaSchema(meta.build()).build()
                .getSchema(TREE, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build());
    }

    /** What is wrong with {@code text} in one of the schema's formats, the model's own parsers judging it. */
    private static Optional<String> formatProblem(String format, String text, int maxListDepth) {
        return switch (format) {
            case "date" -> dateProblem(text);
            case "timescale" -> refusal(() -> Timescale.parse(text));
            case "reporting-period" -> refusal(() -> ReportingPeriod.parse(text));
            default -> Optional.of(listMarkers(text) > maxListDepth ? MarkdownSyntax.listDepth(text) : 0)
                    .filter(depth -> depth > maxListDepth).map(depth -> say("narrative.lists", depth, maxListDepth));
        };
    }

    /**
     * How many list markers ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) open the text's lines, after
     * indents, quote markers and the markers before them: each list a list nests in opens with one, so no text
     * nests lists deeper. Most narrative has fewer than the limit and needs no CommonMark parse, the most costly
     * check of a large plan.
     */
    static int listMarkers(String text) {
        int markers = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            while (i < n && " \t>".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int end = i;
            while (end < n && end - i < 9 && Character.isDigit(text.charAt(end))) {
                end++;
            }
            end = end > i ? (end < n && ".)".indexOf(text.charAt(end)) >= 0 ? end + 1 : i)
                    : (i < n && "-+*".indexOf(text.charAt(i)) >= 0 ? i + 1 : i);
            if (end > i && (end == n || " \t\r\n".indexOf(text.charAt(end)) >= 0)) {
                markers++;
                i = end - 1; // the next marker may follow on the same line
            } else {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            }
        }
        return markers;
    }

    /** Every problem of {@code plan}, one a value; {@code standIns} are numbers standing in for others, as written. */
    List<Problem> problems(JsonNode plan, Map<JsonNode, String> standIns) {
        Map<String, ValidationMessage> telling = new LinkedHashMap<>();
        for (ValidationMessage message : SCHEMA.validate(plan,
                context -> context.getCollectorContext().add(LIST_DEPTH, maxListDepth))) {
            String path = message.getInstanceLocation() + Optional.ofNullable(message.getProperty())
                    .map(name -> "/" + name.replace("~", "~0").replace("/", "~1")).orElse("");
            telling.merge(path, message, (one, other) -> rank(other) < rank(one) ? other : one);
        }
        List<Problem> problems = new ArrayList<>();
        telling.forEach((path, message) -> problems.add(Problem.error(path, message(message, standIns))));
        JsonNode recommendations = plan.path("recommendations");
        unique(recommendations, "/recommendations", "ref", telling.keySet(), problems);
        for (int i = 0; i < recommendations.size(); i++) {
            unique(recommendations.path(i).path("subActions"), "/recommendations/" + i + "/subActions", "id",
                    telling.keySet(), problems);
        }
        return problems;
    }

    private static int rank(ValidationMessage message) {
        int rank = TELLING.indexOf(message.getType());
        return rank < 0 ? TELLING.size() : rank;
    }

    /** The message, by keyword and the definitions and properties it stands in: see messages.properties. */
    private String message(ValidationMessage m, Map<JsonNode, String> standIns) {
        String at = m.getSchemaLocation().getFragment().toString();
        JsonNode rule = TREE.at(at.substring(0, at.lastIndexOf('/')));
        String where = ("plan" + at.substring(0, at.lastIndexOf('/'))).replace("/$defs/", "/")
                .replace("/properties/", "/").replace('/', '.');
        JsonNode value = m.getInstanceNode();
        JsonNode allowed = rule.has("enum") ? rule.get("enum").path(0) : rule.path("const");
        String keyword = allowed.isMissingNode() || allowed.getNodeType() == value.getNodeType() ? m.getType() : "type";
        JsonNodePath instance = m.getInstanceLocation();
        String name = Optional.ofNullable(m.getProperty())
                .orElse(instance.getNameCount() == 0 ? "" : instance.getName(instance.getNameCount() - 1));
        boolean field = keyword.equals("additionalProperties");
        List<String> names = names(field ? rule.path("properties") : rule.path("enum"));
        String near = field ? name : value.asText();
        String hint = names.stream().filter(near::equalsIgnoreCase).findFirst()
                .flatMap(known -> key(where + "." + keyword + ".hint").map(key -> say(key, known))).orElse("");
        String shown = standIns.getOrDefault(value, value.isTextual() ? Quote.single(value.textValue())
                : value.isNumber() ? Quote.number(value.decimalValue()) : value.toString());
        String found = value.isTextual() ? "the string " + Quote.json(value.textValue()) : value.isNumber()
                ? "the number " + shown : value.isContainerNode() ? (value.isObject() ? "an object" : "an array")
                : value.toString();
        String expected = key(where + ".expected").map(PlanSchema::say).orElseGet(() -> rule.has("enum")
                ? "one of " + String.join(", ", names) : say(rule.path("type").asText("string") + ".expected"));
        String advice = value.isNull() ? say(required(m) ? "advice.requiredField" : "advice.optionalField") : "";
        String detail = keyword.equals("format") ? formatProblem(rule.path("format").asText(), value.asText(),
                maxListDepth).orElse("") : "";
        return say(key(where + "." + keyword).orElse("keyword"), shown, Quote.shown(name), String.join(", ", names),
                hint, rule.path(keyword).asText(), detail, expected, found, advice, keyword);
    }

    /** The most particular key the bundle has: {@code plan.percent.maximum}, then {@code percent.maximum}... */
    static Optional<String> key(String key) {
        for (String k = key; ; k = k.substring(k.indexOf('.') + 1)) {
            if (WORDS.containsKey(k) || k.indexOf('.') < 0) {
                return Optional.of(k).filter(WORDS::containsKey);
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
            required = step.equals("properties") ? names(at.path("required")).contains(path.getName(i + 1)) : required;
            at = step.equals("$ref") ? TREE.at(at.path("$ref").asText().substring(1)) : at.path(step);
        }
        return required;
    }

    /** Refs unique in the plan and sub-action ids in their recommendation, where nothing else is wrong there. */
    private static void unique(JsonNode items, String path, String field, Set<String> faults,
            List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = items.path(i).path(field);
            Integer before = value.isTextual() ? first.putIfAbsent(value.textValue(), i) : null;
            if (before != null && !faults.contains(path + "/" + i + "/" + field)) {
                problems.add(Problem.error(path + "/" + i + "/" + field, say("unique." + field,
                        Quote.single(value.textValue()), path + "/" + before)));
            }
        }
    }

    /** What is wrong with {@code text} as a date that exists, written year-month-day. */
    private static Optional<String> dateProblem(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(say("date.pattern", Quote.single(text))); // as the schema's pattern says first
        }
        int month = Integer.parseInt(text.substring(5, 7));
        if (month < 1 || month > 12) {
            return Optional.of(say("date.month", month));
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
        return yearMonth.isValidDay(Integer.parseInt(text.substring(8))) ? Optional.empty() : Optional.of(say(
                "date.day", yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.UK), yearMonth.getYear(),
                yearMonth.lengthOfMonth()));
    }

    /** What the model says is wrong with a value it refuses. */
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
        return node.isObject() ? node.propertyStream().map(Map.Entry::getKey).toList()
                : node.valueStream().map(JsonNode::asText).toList();
    }

    /** A message of the bundle with its arguments in place, each as text (so numbers are not grouped). */
    static String say(String key, Object... arguments) {
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(Arrays.stream(arguments)
                .map(String::valueOf).toArray());
    }

    private static JsonNode schemaTree() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
            return PlanJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("core's own schema cannot be read", e);
        }
    }

    /** A format of the schema that the model's own parser checks. */
    private record ModelFormat(String name) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return formatProblem(name, value, (Integer) context.getCollectorContext().get(LIST_DEPTH)).isEmpty();
        }
    }
}
