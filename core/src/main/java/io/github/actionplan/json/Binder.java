package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.actionplan.validation.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a JSON tree into a plan, checking every field against the format and collecting every
 * problem with its JSON path, rather than stopping at the first.
 */
final class Binder {

    static final int SCHEMA_VERSION = 1;

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

    private final List<Problem> problems;
    private Optional<LocalDate> published = Optional.empty();

    Binder(List<Problem> problems) {
        this.problems = problems;
    }

    Optional<ActionPlan> plan(JsonNode root) {
        int before = errors();
        Obj plan = Obj.of(this, root, "", "the plan", PLAN_FIELDS);
        if (plan == null) {
            return Optional.empty();
        }
        plan.integer("schemaVersion", true).ifPresent(version -> {
            if (version != SCHEMA_VERSION) {
                error("/schemaVersion", "schemaVersion " + version + " is not supported; this version of actionplan"
                        + " reads schemaVersion " + SCHEMA_VERSION);
            }
        });
        ActionPlan.Builder builder = ActionPlan.builder();
        plan.text("title", true).ifPresent(builder::title);
        plan.text("organisation", true).ifPresent(builder::organisation);
        plan.object("source", SOURCE_FIELDS, true).flatMap(this::source).ifPresent(builder::source);
        plan.date("asOf").ifPresent(builder::asOf);
        plan.period("period").ifPresent(builder::period);
        plan.object("statusLabels", statusNames(), false).map(this::labels).ifPresent(builder::statusLabels);
        Map<String, String> refs = new HashMap<>();
        List<JsonNode> recommendations = plan.array("recommendations", true);
        for (int i = 0; i < recommendations.size(); i++) {
            String path = "/recommendations/" + i;
            Obj recommendation = Obj.of(this, recommendations.get(i), path, "a recommendation", RECOMMENDATION_FIELDS);
            if (recommendation != null) {
                recommendation(recommendation, refs).ifPresent(builder::addRecommendation);
            }
        }
        return build(before, "", builder::build);
    }

    private Optional<SourceInspection> source(Obj source) {
        int before = errors();
        SourceInspection.Builder builder = SourceInspection.builder();
        source.text("body", true).ifPresent(builder::body);
        source.text("title", true).ifPresent(builder::title);
        published = source.date("published");
        published.ifPresent(builder::published);
        source.enumeration("kind", SourceKind.class, "source kind", false).ifPresent(builder::kind);
        source.integer("recommendationCount", false).ifPresent(count -> {
            if (count < 0) {
                error(source.path + "/recommendationCount", count + " is not a count (0 or more)");
            } else {
                builder.recommendationCount(count);
            }
        });
        return build(before, source.path, builder::build);
    }

    private StatusLabels labels(Obj labels) {
        StatusLabels.Builder builder = StatusLabels.builder();
        for (Status status : Status.values()) {
            labels.text(status.name(), false).ifPresent(label -> builder.putCustom(status, label));
        }
        return builder.build();
    }

    private Optional<Recommendation> recommendation(Obj r, Map<String, String> refs) {
        int before = errors();
        Recommendation.Builder builder = Recommendation.builder();
        r.text("ref", true).ifPresent(ref -> {
            String first = refs.putIfAbsent(ref, r.path);
            if (first != null) {
                error(r.path + "/ref", "duplicate ref '" + ref + "', already used by " + first);
            }
            builder.ref(ref);
        });
        r.integer("inspectorateNumber", false).ifPresent(n -> {
            if (n < 1) {
                error(r.path + "/inspectorateNumber", n + " is not an inspectorate number (1 or more)");
            } else {
                builder.inspectorateNumber(n);
            }
        });
        r.enumeration("kind", RecommendationKind.class, "kind", true).ifPresent(builder::kind);
        r.text("causeOfConcern", false).ifPresent(builder::causeOfConcern);
        r.enumeration("pillar", Pillar.class, "pillar", false).ifPresent(builder::pillar);
        r.text("question", false).ifPresent(builder::question);
        r.integer("reportPage", false).ifPresent(page -> {
            if (page < 1) {
                error(r.path + "/reportPage", page + " is not a page number (1 or more)");
            } else {
                builder.reportPage(page);
            }
        });
        r.text("text", true).ifPresent(builder::text);
        List<JsonNode> outcomes = r.array("requiredOutcomes", false);
        for (int i = 0; i < outcomes.size(); i++) {
            string(outcomes.get(i), r.path + "/requiredOutcomes/" + i).ifPresent(builder::addRequiredOutcome);
        }
        r.text("owner", false).ifPresent(builder::owner);
        r.timescale("deadline", published).ifPresent(builder::deadline);
        r.percent("progress").ifPresent(builder::reportedProgress);
        r.date("completedOn").ifPresent(builder::completedOn);
        r.object("assessment", ASSESSMENT_FIELDS, false).flatMap(this::assessment).ifPresent(builder::assessment);
        Map<String, String> ids = new HashMap<>();
        List<JsonNode> subActions = r.array("subActions", false);
        for (int i = 0; i < subActions.size(); i++) {
            Obj subAction = Obj.of(this, subActions.get(i), r.path + "/subActions/" + i, "a sub-action",
                    SUB_ACTION_FIELDS);
            if (subAction != null) {
                subAction(subAction, ids).ifPresent(builder::addSubAction);
            }
        }
        List<JsonNode> updates = r.array("updates", false);
        for (int i = 0; i < updates.size(); i++) {
            Obj update = Obj.of(this, updates.get(i), r.path + "/updates/" + i, "an update", UPDATE_FIELDS);
            if (update != null) {
                update(update).ifPresent(builder::addUpdate);
            }
        }
        r.narrative("notes").ifPresent(builder::notes);
        return build(before, r.path, builder::build);
    }

    private Optional<OwnerAssessment> assessment(Obj a) {
        int before = errors();
        OwnerAssessment.Builder builder = OwnerAssessment.builder();
        a.enumeration("status", Status.class, "status", true).ifPresent(builder::status);
        a.narrative("note").ifPresent(builder::note);
        return build(before, a.path, builder::build);
    }

    private Optional<SubAction> subAction(Obj s, Map<String, String> ids) {
        int before = errors();
        SubAction.Builder builder = SubAction.builder();
        s.text("id", true).ifPresent(id -> {
            String first = ids.putIfAbsent(id, s.path);
            if (first != null) {
                error(s.path + "/id", "duplicate sub-action id '" + id + "', already used by " + first);
            }
            builder.id(id);
        });
        s.narrative("description").ifPresent(builder::description);
        s.text("owner", false).ifPresent(builder::owner);
        s.date("start").ifPresent(builder::start);
        s.timescale("due", published).ifPresent(builder::due);
        s.percent("progress").ifPresent(builder::progress);
        s.date("completedOn").ifPresent(builder::completedOn);
        s.number("weight").ifPresent(weight -> {
            if (weight.signum() <= 0) {
                error(s.path + "/weight", weight.toPlainString() + " is not a weight; a weight is a number above 0");
            } else {
                builder.weight(weight);
            }
        });
        s.text("blockedBy", false).ifPresent(builder::blockedBy);
        s.narrative("notes").ifPresent(builder::notes);
        return build(before, s.path, builder::build);
    }

    private Optional<ProgressUpdate> update(Obj u) {
        int before = errors();
        ProgressUpdate.Builder builder = ProgressUpdate.builder();
        if (u.has("period")) {
            u.period("period").ifPresent(builder::period);
        } else {
            u.missing("period");
        }
        u.date("date").ifPresent(builder::date);
        u.text("author", false).ifPresent(builder::author);
        if (u.has("text")) {
            u.narrative("text").ifPresent(builder::text);
        } else {
            u.missing("text");
        }
        return build(before, u.path, builder::build);
    }

    private <T> Optional<T> build(int errorsBefore, String path, java.util.function.Supplier<T> build) {
        if (errors() > errorsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } catch (IllegalStateException | IllegalArgumentException e) {
            error(path, e.getMessage());
            return Optional.empty();
        }
    }

    Optional<String> string(JsonNode node, String path) {
        if (!node.isTextual()) {
            wrongType(path, "a string", node);
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    void wrongType(String path, String expected, JsonNode node) {
        error(path, "expected " + expected + ", found " + describe(node)
                + (node.isNull() ? "; leave the field out instead" : ""));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static List<String> statusNames() {
        return Arrays.stream(Status.values()).map(Status::name).toList();
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
        static Obj of(Binder binder, JsonNode node, String path, String what, List<String> allowed) {
            if (!node.isObject()) {
                binder.wrongType(path, "an object (" + what + ")", node);
                return null;
            }
            boolean labels = allowed.equals(statusNames());
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    binder.error(path + "/" + LocatedJson.escape(name), labels
                            ? "'" + name + "' is not a status; statusLabels keys are " + String.join(", ", allowed)
                            : "unknown field '" + name + "'; allowed fields are " + String.join(", ", allowed));
                }
            }
            return new Obj(binder, node, path);
        }

        boolean has(String name) {
            return node.has(name);
        }

        void missing(String name) {
            binder.error(path + "/" + name, "required field '" + name + "' is missing");
        }

        private Optional<JsonNode> field(String name, boolean required) {
            JsonNode value = node.get(name);
            if (value == null) {
                if (required) {
                    missing(name);
                }
                return Optional.empty();
            }
            return Optional.of(value);
        }

        Optional<String> text(String name, boolean required) {
            return field(name, required).flatMap(v -> binder.string(v, path + "/" + name)).filter(s -> {
                if (s.isBlank()) {
                    binder.error(path + "/" + name, "'" + name + "' must not be blank");
                    return false;
                }
                return true;
            });
        }

        Optional<String> narrative(String name) {
            return field(name, false).flatMap(v -> binder.string(v, path + "/" + name));
        }

        OptionalInt integer(String name, boolean required) {
            Optional<JsonNode> value = field(name, required);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            JsonNode v = value.get();
            if (!v.isIntegralNumber()) {
                binder.wrongType(path + "/" + name, "a whole number", v);
                return OptionalInt.empty();
            }
            BigInteger big = v.bigIntegerValue();
            if (big.bitLength() > 31) {
                binder.error(path + "/" + name, big + " is too large");
                return OptionalInt.empty();
            }
            return OptionalInt.of(big.intValue());
        }

        Optional<BigDecimal> number(String name) {
            return field(name, false).flatMap(v -> {
                if (!v.isNumber()) {
                    binder.wrongType(path + "/" + name, "a number", v);
                    return Optional.empty();
                }
                return Optional.of(v.decimalValue());
            });
        }

        Optional<Percent> percent(String name) {
            return number(name).flatMap(value -> {
                if (!Percent.isPercentage(value)) {
                    binder.error(path + "/" + name, value.toPlainString() + " is not a percentage (0-100)");
                    return Optional.empty();
                }
                return Optional.of(Percent.of(value));
            });
        }

        Optional<LocalDate> date(String name) {
            return field(name, false).flatMap(v -> binder.string(v, path + "/" + name)).flatMap(text -> {
                try {
                    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not ISO", text, 0);
                    }
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    binder.error(path + "/" + name, "'" + text + "' is not a date; write an ISO date such as 2023-11-01");
                    return Optional.empty();
                }
            });
        }

        Optional<ReportingPeriod> period(String name) {
            return field(name, false).flatMap(v -> binder.string(v, path + "/" + name)).flatMap(text -> {
                Optional<ReportingPeriod> period = ReportingPeriod.tryParse(text);
                if (period.isEmpty()) {
                    binder.error(path + "/" + name, "'" + text + "' is not a reporting period; write a UK financial"
                            + " quarter such as 'Q1 2025/26', '2025-Q1' or 'April-June 2025'");
                }
                return period;
            });
        }

        Optional<Timescale> timescale(String name, Optional<LocalDate> published) {
            return field(name, false).flatMap(v -> binder.string(v, path + "/" + name)).flatMap(text -> {
                if (text.isBlank()) {
                    binder.error(path + "/" + name, "a timescale cannot be blank; leave the field out instead");
                    return Optional.empty();
                }
                return Optional.of(Timescale.parse(text, published));
            });
        }

        <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type, String what, boolean required) {
            return field(name, required).flatMap(v -> binder.string(v, path + "/" + name)).flatMap(text -> {
                Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                        .collect(Collectors.toMap(Enum::name, Function.identity()));
                E value = byName.get(text);
                if (value == null) {
                    binder.error(path + "/" + name, "'" + text + "' is not a " + what + "; use one of "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
                return Optional.ofNullable(value);
            });
        }

        Optional<Obj> object(String name, List<String> allowed, boolean required) {
            return field(name, required).map(v -> of(binder, v, path + "/" + name, name, allowed));
        }

        List<JsonNode> array(String name, boolean required) {
            Optional<JsonNode> value = field(name, required);
            if (value.isEmpty()) {
                return List.of();
            }
            if (!value.get().isArray()) {
                binder.wrongType(path + "/" + name, "an array", value.get());
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            value.get().forEach(items::add);
            return items;
        }
    }
}
