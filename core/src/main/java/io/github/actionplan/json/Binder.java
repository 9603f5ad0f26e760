package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SourceKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON tree into a plan, checking every field against the format and collecting every
 * problem with its JSON path, rather than stopping at the first.
 *
 * <p>It always builds a <em>sketch</em> of the plan, in which a value that could not be read is
 * left out, or where it is required, stood in for by a placeholder that no check looks at; so the
 * semantic checks ({@link PlanValidator}) run on the sketch even when the plan has errors, with
 * every path still true to the document. The sketch is the plan when nothing stood in.
 */
final class Binder {

    static final int SCHEMA_VERSION = 1;
    /**
     * The most decimal places a percentage or a weight may have: enough for any real plan, and so
     * bounded that every figure computed from them is exact and small.
     */
    static final int DECIMAL_PLACES = 6;
    /** The largest weight: weights are relative, so a million to one is more than any plan needs. */
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);

    static final List<String> PLAN_FIELDS = List.of("schemaVersion", "title", "organisation", "source", "asOf",
            "period", "statusLabels", "recommendations");
    static final List<String> SOURCE_FIELDS = List.of("body", "title", "published", "kind", "recommendationCount");
    static final List<String> RECOMMENDATION_FIELDS = List.of("ref", "inspectorateNumber", "kind", "causeOfConcern",
            "pillar", "question", "reportPage", "text", "requiredOutcomes", "owner", "deadline", "progress",
            "completedOn", "assessment", "subActions", "updates", "notes");
    static final List<String> SUB_ACTION_FIELDS = List.of("id", "description", "owner", "start", "due", "progress",
            "completedOn", "weight", "blockedBy", "notes");
    static final List<String> UPDATE_FIELDS = List.of("period", "date", "author", "text");
    static final List<String> ASSESSMENT_FIELDS = List.of("status", "note");
    /** The keys of {@code statusLabels}, and the statuses, in the order the schema lists them and the writer writes them. */
    static final List<String> STATUS_LABEL_FIELDS = Status.JSON_ORDER.stream().map(Status::name).toList();

    private static final Pattern CAUSE_OF_CONCERN_PATH = Pattern.compile("/recommendations/(\\d+)/causeOfConcern");
    /**
     * Stands in for required text that could not be read; a NUL, so no ref or id a plan gives (which
     * may hold no control character) equals it.
     */
    private static final String PLACEHOLDER = "\u0000";
    /** Stands in for an update's period that could not be read: earlier than any other, so never out of order. */
    private static final ReportingPeriod EARLIEST = ReportingPeriod.of(1900, 1);

    private final List<Problem> problems;
    private Optional<LocalDate> published = Optional.empty();
    private boolean publishedUnreadable;
    private ActionPlan sketch;
    /** Refs of recommendations whose kind could not be read, and whether any ref could not be read. */
    private final Set<String> refsOfUnknownKind = new HashSet<>();
    private boolean refUnreadable;

    Binder(List<Problem> problems) {
        this.problems = problems;
    }

    /** The plan, or empty where it has errors (each added to the problems). */
    Optional<ActionPlan> plan(JsonNode root) {
        int before = errors();
        Obj plan = Obj.of(this, root, "", "the plan", PLAN_FIELDS, true);
        if (plan == null) {
            return Optional.empty();
        }
        plan.schemaVersion();
        ActionPlan.Builder builder = ActionPlan.builder();
        builder.title(plan.text("title", true).orElse(PLACEHOLDER));
        builder.organisation(plan.text("organisation", true).orElse(PLACEHOLDER));
        builder.source(plan.object("source", "the source", SOURCE_FIELDS, true).map(this::source)
                .orElseGet(() -> placeholderSource(Optional.empty())));
        plan.date("asOf").ifPresent(builder::asOf);
        plan.period("period").ifPresent(builder::period);
        plan.object("statusLabels", "status labels", STATUS_LABEL_FIELDS, false).flatMap(this::labels)
                .ifPresent(builder::statusLabels);
        Map<String, String> refs = new HashMap<>();
        List<JsonNode> recommendations = plan.array("recommendations", "recommendations", true);
        for (int i = 0; i < recommendations.size(); i++) {
            builder.addRecommendation(recommendation(recommendations.get(i), "/recommendations/" + i, refs));
        }
        sketch = build("", builder::build, () -> null);
        return errors() == before ? Optional.ofNullable(sketch) : Optional.empty();
    }

    /**
     * The semantic problems ({@link PlanValidator}) of the plan last bound, even where it has
     * errors: each check runs on what could be read. A check that would only be about a
     * placeholder (a cause of concern whose kind did not read) is left until the plan reads.
     */
    List<Problem> semanticProblems() {
        if (sketch == null) {
            return List.of();
        }
        List<Problem> semantic = new ArrayList<>();
        for (Problem problem : PlanValidator.validate(sketch)) {
            Matcher m = CAUSE_OF_CONCERN_PATH.matcher(problem.path());
            if (m.matches()) {
                String named = sketch.recommendations().get(Integer.parseInt(m.group(1))).causeOfConcern().orElseThrow();
                if (refsOfUnknownKind.contains(named) || (refUnreadable && sketch.recommendation(named).isEmpty())) {
                    continue;
                }
            }
            semantic.add(problem);
        }
        return semantic;
    }

    private SourceInspection source(Obj source) {
        SourceInspection.Builder builder = SourceInspection.builder();
        builder.body(source.text("body", true).orElse(PLACEHOLDER));
        builder.title(source.text("title", true).orElse(PLACEHOLDER));
        published = source.date("published");
        publishedUnreadable = source.has("published") && published.isEmpty();
        builder.published(standInForPublished());
        source.enumeration("kind", SourceKind.class, "source kind", false).ifPresent(builder::kind);
        source.integer("recommendationCount", false).ifPresent(count -> {
            if (count < 0) {
                error(source.path + "/recommendationCount", count + " is not a count (0 or more)");
            } else {
                builder.recommendationCount(count);
            }
        });
        return build(source.path, builder::build, () -> placeholderSource(published));
    }

    /**
     * The publication date, or where it is there but unreadable (its own problem is reported), a
     * stand-in, so "With immediate effect" is not also said to lack one.
     */
    private Optional<LocalDate> standInForPublished() {
        return publishedUnreadable ? Optional.of(LocalDate.EPOCH) : published;
    }

    private SourceInspection placeholderSource(Optional<LocalDate> published) {
        return SourceInspection.builder().body(PLACEHOLDER).title(PLACEHOLDER).published(published).build();
    }

    private Optional<StatusLabels> labels(Obj labels) {
        StatusLabels.Builder builder = StatusLabels.builder();
        for (String name : STATUS_LABEL_FIELDS) {
            labels.text(name, false).ifPresent(label -> builder.putCustom(Status.valueOf(name), label));
        }
        return Optional.ofNullable(build(labels.path, builder::build, () -> null));
    }

    private Recommendation recommendation(JsonNode node, String path, Map<String, String> refs) {
        Obj r = Obj.of(this, node, path, "a recommendation", RECOMMENDATION_FIELDS, true);
        if (r == null) {
            refUnreadable = true;
            return placeholderRecommendation(path);
        }
        Recommendation.Builder builder = Recommendation.builder();
        Optional<String> ref = r.reference("ref", true);
        refUnreadable |= ref.isEmpty();
        builder.ref(ref.filter(unique(refs, r.path + "/ref", "ref", "each ref must be unique in the plan"))
                .orElse(PLACEHOLDER + path));
        r.integer("inspectorateNumber", false).ifPresent(n -> {
            if (n < 1) {
                error(r.path + "/inspectorateNumber", n + " is not an inspectorate number (1 or more)");
            } else {
                builder.inspectorateNumber(n);
            }
        });
        Optional<RecommendationKind> kind = r.enumeration("kind", RecommendationKind.class, "kind", true);
        if (kind.isEmpty()) {
            ref.ifPresent(refsOfUnknownKind::add);
        }
        builder.kind(kind.orElse(RecommendationKind.RECOMMENDATION));
        r.reference("causeOfConcern", false).ifPresent(builder::causeOfConcern);
        r.enumeration("pillar", Pillar.class, "pillar", false).ifPresent(builder::pillar);
        r.text("question", false).ifPresent(builder::question);
        r.integer("reportPage", false).ifPresent(page -> {
            if (page < 1) {
                error(r.path + "/reportPage", page + " is not a page number (1 or more)");
            } else {
                builder.reportPage(page);
            }
        });
        builder.text(r.text("text", true).orElse(PLACEHOLDER));
        List<JsonNode> outcomes = r.array("requiredOutcomes", "strings", false);
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode outcome = outcomes.get(i);
            if (outcome.isTextual()) {
                builder.addRequiredOutcome(outcome.textValue());
            } else {
                wrongType(r.path + "/requiredOutcomes/" + i, "a string", outcome, true);
            }
        }
        r.text("owner", false).ifPresent(builder::owner);
        r.timescale("deadline", published).ifPresent(builder::deadline);
        r.percent("progress").ifPresent(builder::reportedProgress);
        r.date("completedOn").ifPresent(builder::completedOn);
        r.object("assessment", "an assessment", ASSESSMENT_FIELDS, false).flatMap(this::assessment)
                .ifPresent(builder::assessment);
        Map<String, String> ids = new HashMap<>();
        List<JsonNode> subActions = r.array("subActions", "sub-actions", false);
        for (int i = 0; i < subActions.size(); i++) {
            builder.addSubAction(subAction(subActions.get(i), r.path + "/subActions/" + i, ids));
        }
        List<JsonNode> updates = r.array("updates", "updates", false);
        ReportingPeriod previous = EARLIEST;
        for (int i = 0; i < updates.size(); i++) {
            ProgressUpdate update = update(updates.get(i), r.path + "/updates/" + i, previous);
            builder.addUpdate(update);
            previous = update.period();
        }
        r.narrative("notes").ifPresent(builder::notes);
        return build(path, builder::build, () -> placeholderRecommendation(path));
    }

    private static Recommendation placeholderRecommendation(String path) {
        return Recommendation.builder().ref(PLACEHOLDER + path).kind(RecommendationKind.RECOMMENDATION)
                .text(PLACEHOLDER).build();
    }

    /** Accepts a ref or id the first time; reports it, and refuses it, after. */
    private Predicate<String> unique(Map<String, String> seen, String path, String what,
            String rule) {
        return value -> {
            String first = seen.putIfAbsent(value, path.substring(0, path.lastIndexOf('/')));
            if (first != null) {
                error(path, "duplicate " + what + " " + Quote.single(value) + ": " + first + " has it already; " + rule);
                return false;
            }
            return true;
        };
    }

    private Optional<OwnerAssessment> assessment(Obj a) {
        Optional<Status> status = a.enumeration("status", Status.class, STATUS_LABEL_FIELDS, "status", true);
        if (status.isEmpty()) {
            a.narrative("note");
            return Optional.empty();
        }
        OwnerAssessment.Builder builder = OwnerAssessment.builder().status(status.get());
        a.narrative("note").ifPresent(builder::note);
        return Optional.ofNullable(build(a.path, builder::build, () -> null));
    }

    private SubAction subAction(JsonNode node, String path, Map<String, String> ids) {
        Obj s = Obj.of(this, node, path, "a sub-action", SUB_ACTION_FIELDS, true);
        if (s == null) {
            return placeholderSubAction(path);
        }
        SubAction.Builder builder = SubAction.builder();
        builder.id(s.reference("id", true)
                .filter(unique(ids, s.path + "/id", "sub-action id", "each id must be unique within its recommendation"))
                .orElse(PLACEHOLDER + path));
        s.narrative("description").ifPresent(builder::description);
        s.text("owner", false).ifPresent(builder::owner);
        s.date("start").ifPresent(builder::start);
        s.timescale("due", published).ifPresent(builder::due);
        s.percent("progress").ifPresent(builder::progress);
        s.date("completedOn").ifPresent(builder::completedOn);
        s.number("weight", "a weight, a number above 0").ifPresent(weight -> {
            if (weight.signum() <= 0) {
                error(s.path + "/weight", Quote.number(weight) + " is not a weight; a weight is a number above 0");
            } else if (weight.compareTo(MAX_WEIGHT) > 0) {
                error(s.path + "/weight", Quote.number(weight) + " is more than " + MAX_WEIGHT
                        + ", the largest weight allowed");
            } else if (decimalPlaces(weight) > DECIMAL_PLACES) {
                error(s.path + "/weight", Quote.number(weight) + " has more than the " + DECIMAL_PLACES
                        + " decimal places a weight may have");
            } else {
                // 2, 2.0 and 2.00 are one weight: keep the plain form, so a plan reads back equal.
                BigDecimal plain = weight.stripTrailingZeros();
                builder.weight(plain.scale() < 0 ? plain.setScale(0) : plain);
            }
        });
        s.text("blockedBy", false).ifPresent(builder::blockedBy);
        s.narrative("notes").ifPresent(builder::notes);
        return build(path, builder::build, () -> placeholderSubAction(path));
    }

    private static SubAction placeholderSubAction(String path) {
        return SubAction.builder().id(PLACEHOLDER + path).build();
    }

    /** The update; where its period does not read, the one before stands in, so order is not misjudged. */
    private ProgressUpdate update(JsonNode node, String path, ReportingPeriod previous) {
        Obj u = Obj.of(this, node, path, "an update", UPDATE_FIELDS, true);
        if (u == null) {
            return placeholderUpdate(previous);
        }
        ProgressUpdate.Builder builder = ProgressUpdate.builder();
        builder.period(u.period("period", true).orElse(previous));
        u.date("date").ifPresent(builder::date);
        u.text("author", false).ifPresent(builder::author);
        builder.text(u.narrative("text", true).orElse(PLACEHOLDER));
        return build(path, builder::build, () -> placeholderUpdate(previous));
    }

    private static ProgressUpdate placeholderUpdate(ReportingPeriod period) {
        return ProgressUpdate.builder().period(period).text(PLACEHOLDER).build();
    }

    /** Builds a value; should a model check still refuse it, reports that and returns the placeholder. */
    private <T> T build(String path, Supplier<T> build, Supplier<T> placeholder) {
        return guarded(path, "", build).orElseGet(placeholder);
    }

    /**
     * Calls a model factory, which refuses what it cannot hold with an unchecked exception; the
     * refusal becomes a problem at {@code path}, its message prefixed with {@code what}, so the
     * reader throws nothing but {@code InvalidPlanException}.
     */
    <T> Optional<T> guarded(String path, String what, Supplier<T> factory) {
        try {
            return Optional.ofNullable(factory.get());
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException | DateTimeException e) {
            error(path, what + e.getMessage());
            return Optional.empty();
        }
    }

    /** The decimal places {@code number} needs, counted without expanding its exponent. */
    static int decimalPlaces(BigDecimal number) {
        return number.signum() == 0 ? 0 : Math.max(0, number.stripTrailingZeros().scale());
    }

    /** {@code "expected a string, found the number 5"}, with advice on null. */
    void wrongType(String path, String expected, JsonNode node, boolean required) {
        String advice = "";
        if (node.isNull() && !path.isEmpty()) {
            advice = required ? "; this field is required" : "; leave the field out instead";
        }
        error(path, "expected " + expected + ", found " + describe(node) + advice);
    }

    /** The value as a message shows it: {@code the string "50"}, {@code the number 5}, {@code an array}. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + Quote.json(node.textValue());
            case NUMBER -> "the number " + Quote.number(node.decimalValue());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    private int errors() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** A JSON object being bound: checks its field names once, then reads fields by type. */
    static final class Obj {
        final Binder binder;
        final JsonNode node;
        final String path;

        private Obj(Binder binder, JsonNode node, String path) {
            this.binder = binder;
            this.node = node;
            this.path = path;
        }

        /** The object, or null (with a problem) when {@code node} is not an object. */
        static Obj of(Binder binder, JsonNode node, String path, String what, List<String> allowed, boolean required) {
            if (!node.isObject()) {
                binder.wrongType(path, "an object (" + what + ")", node, required);
                return null;
            }
            boolean labels = allowed == STATUS_LABEL_FIELDS;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    String hint = allowed.stream().filter(name::equalsIgnoreCase).findFirst()
                            .map(known -> " (did you mean '" + known + "'?)").orElse("");
                    binder.error(path + "/" + LocatedJson.escape(name), labels
                            ? Quote.single(name) + " is not a status" + hint + "; the statusLabels keys are "
                                    + String.join(", ", allowed)
                            : "unknown field " + Quote.single(name) + hint + "; the allowed fields are "
                                    + String.join(", ", allowed));
                }
            }
            return new Obj(binder, node, path);
        }

        boolean has(String name) {
            return node.has(name);
        }

        private String at(String name) {
            return path + "/" + name;
        }

        private Optional<JsonNode> field(String name, boolean required) {
            JsonNode value = node.get(name);
            if (value == null) {
                if (required) {
                    binder.error(at(name), "required field '" + name + "' is missing");
                }
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /** A string field, of whatever the {@code expected} text says it holds. */
        private Optional<String> string(String name, boolean required, String expected) {
            return field(name, required).flatMap(v -> {
                if (!v.isTextual()) {
                    binder.wrongType(at(name), expected, v, required);
                    return Optional.empty();
                }
                return Optional.of(v.textValue());
            });
        }

        /** A string that must hold more than white space. */
        Optional<String> text(String name, boolean required) {
            return string(name, required, "a string").filter(s -> {
                if (s.isBlank()) {
                    binder.error(at(name), "'" + name + "' must not be blank");
                    return false;
                }
                return true;
            });
        }

        /**
         * A ref or an id, which names an item: text without control characters. That also keeps
         * every name a plan gives apart from the placeholders the sketch uses, which start with NUL.
         */
        Optional<String> reference(String name, boolean required) {
            return text(name, required).filter(s -> {
                if (s.codePoints().anyMatch(Character::isISOControl)) {
                    binder.error(at(name), Quote.single(s) + " holds a control character; a " + name
                            + " is one line of text");
                    return false;
                }
                return true;
            });
        }

        /** Narrative text, which may be blank. */
        Optional<String> narrative(String name) {
            return narrative(name, false);
        }

        Optional<String> narrative(String name, boolean required) {
            return string(name, required, "a string");
        }

        void schemaVersion() {
            field("schemaVersion", true).ifPresent(v -> {
                if (!v.isIntegralNumber()) {
                    binder.error(at("schemaVersion"), "expected the number " + SCHEMA_VERSION + ", found "
                            + describe(v));
                } else if (!v.bigIntegerValue().equals(BigInteger.valueOf(SCHEMA_VERSION))) {
                    binder.error(at("schemaVersion"), "schemaVersion " + Quote.number(v.decimalValue()) + " is not supported;"
                            + " this version of actionplan reads schemaVersion " + SCHEMA_VERSION);
                }
            });
        }

        OptionalInt integer(String name, boolean required) {
            Optional<JsonNode> value = field(name, required);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            JsonNode v = value.get();
            if (!v.isIntegralNumber()) {
                binder.wrongType(at(name), "a whole number", v, required);
                return OptionalInt.empty();
            }
            BigInteger big = v.bigIntegerValue();
            if (big.bitLength() > 31) {
                binder.error(at(name), Quote.number(new BigDecimal(big)) + " is out of range; the largest whole number allowed is "
                        + Integer.MAX_VALUE);
                return OptionalInt.empty();
            }
            return OptionalInt.of(big.intValue());
        }

        Optional<BigDecimal> number(String name, String expected) {
            return field(name, false).flatMap(v -> {
                if (!v.isNumber()) {
                    binder.wrongType(at(name), expected, v, false);
                    return Optional.empty();
                }
                return Optional.of(v.decimalValue());
            });
        }

        Optional<Percent> percent(String name) {
            return number(name, "a percentage, a number from 0 to 100").flatMap(value -> {
                if (!Percent.isPercentage(value)) {
                    binder.error(at(name), Quote.number(value) + " is not a percentage (0-100)");
                    return Optional.empty();
                }
                if (decimalPlaces(value) > DECIMAL_PLACES) {
                    binder.error(at(name), Quote.number(value) + " has more than the " + DECIMAL_PLACES
                            + " decimal places a percentage may have");
                    return Optional.empty();
                }
                return Optional.of(Percent.of(value));
            });
        }

        Optional<LocalDate> date(String name) {
            return string(name, false, "a date in a string, such as \"2023-11-01\"").flatMap(text -> {
                Optional<String> wrong = dateProblem(text);
                if (wrong.isPresent()) {
                    binder.error(at(name), wrong.get());
                    return Optional.empty();
                }
                return Optional.of(LocalDate.parse(text));
            });
        }

        /** What is wrong with {@code text} as an ISO date, if anything. */
        private static Optional<String> dateProblem(String text) {
            Matcher m = ISO_DATE.matcher(text);
            if (!m.matches()) {
                return Optional.of(Quote.single(text) + " is not an ISO date; write year-month-day, such as 2023-11-01");
            }
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return Optional.of(Quote.single(text) + " is not a date: there is no month " + month
                        + "; write year-month-day, such as 2023-11-01");
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                return Optional.of(Quote.single(text) + " is not a date: " + yearMonth.getMonth()
                        .getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has " + yearMonth.lengthOfMonth()
                        + " days");
            }
            return Optional.empty();
        }

        Optional<ReportingPeriod> period(String name) {
            return period(name, false);
        }

        Optional<ReportingPeriod> period(String name, boolean required) {
            // ReportingPeriod's refusal names the forms it reads: one grammar, one message.
            return string(name, required, "a reporting period in a string, such as \"Q1 2025/26\"")
                    .flatMap(text -> binder.guarded(at(name), "", () -> ReportingPeriod.parse(text)));
        }

        Optional<Timescale> timescale(String name, Optional<LocalDate> published) {
            return string(name, false, "a timescale in a string, such as \"Dec 2024\"").flatMap(text -> {
                if (text.isBlank()) {
                    binder.error(at(name), "a timescale cannot be blank; leave the field out instead");
                    return Optional.empty();
                }
                return binder.guarded(at(name), Quote.single(text) + " is not a timescale: ",
                        () -> Timescale.parse(text, published));
            });
        }

        <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type, String what, boolean required) {
            return enumeration(name, type, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), what,
                    required);
        }

        /** A constant of {@code type}, by its name; {@code names} lists them in the order messages give them. */
        <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type, List<String> names, String what,
                boolean required) {
            String allowed = String.join(", ", names);
            return string(name, required, "one of " + allowed).flatMap(text -> {
                if (!names.contains(text)) {
                    String hint = names.stream().filter(text::equalsIgnoreCase).findFirst()
                            .map(known -> " (did you mean " + known + "?)").orElse("");
                    binder.error(at(name), Quote.single(text) + " is not a " + what + "; use one of " + allowed + hint);
                    return Optional.empty();
                }
                return Optional.of(Enum.valueOf(type, text));
            });
        }

        Optional<Obj> object(String name, String what, List<String> allowed, boolean required) {
            return field(name, required).map(v -> of(binder, v, at(name), what, allowed, required));
        }

        List<JsonNode> array(String name, String of, boolean required) {
            Optional<JsonNode> value = field(name, required);
            if (value.isEmpty()) {
                return List.of();
            }
            if (!value.get().isArray()) {
                binder.wrongType(at(name), "an array (of " + of + ")", value.get(), required);
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            value.get().forEach(items::add);
            return items;
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
}
