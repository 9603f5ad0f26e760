package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.internal.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * An improvement action plan: what a fire and rescue service will do about each recommendation
 * and area for improvement an inspection found, and how far it has got.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.builder()
 *         .title("HMICFRS Area For Improvement Summary Report")
 *         .organisation("Derbyshire Fire & Rescue Service")
 *         .source(SourceInspection.builder().body("HMICFRS").title("Values and culture in fire and rescue services").build())
 *         .asOf(LocalDate.of(2023, 11, 1))
 *         .addRecommendation(rec17)
 *         .build();
 * }</pre>
 *
 * <p>Plans are read and written as JSON by {@link io.github.actionplan.json.PlanJson}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionPlan.class)
@JsonDeserialize(as = ImmutableActionPlan.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ActionPlan {

    /** The one version of the JSON format there is. */
    static final int SCHEMA_VERSION = 1;

    ActionPlan() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The version of the JSON format a plan is written in: a plan is the format's root, so it says which. */
    @JsonProperty
    @Value.Derived
    @Value.Auxiliary
    int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** Refuses a plan read from JSON of another format version: Jackson calls it with the one read. */
    @JsonProperty("schemaVersion")
    void readSchemaVersion(int version) {
        if (version != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + version + " is not supported; this version of"
                    + " actionplan reads schemaVersion " + SCHEMA_VERSION);
        }
    }

    /** The plan's title, as its authors write it. */
    public abstract String title();

    /** The service (or other body) that owns the plan. */
    public abstract String organisation();

    /**
     * The language the plan's texts are written in, where it is not British English: an IETF BCP 47 tag, such as
     * {@code cy} for Welsh. Reports mark those texts with it, so that a screen reader reads them in its voice, while
     * their own words (headings, labels) stay in the report's language.
     */
    public abstract Optional<String> language();

    /** The inspection or thematic report the plan answers. */
    public abstract SourceInspection source();

    /**
     * The default reporting date, where the plan gives one: a date in a quarter a plan can name, 1 April 1900 to 31
     * March 9999 ({@link ReportingPeriod#containing}).
     */
    public abstract Optional<LocalDate> asOf();

    /** The reporting period this version of the plan covers. */
    public abstract Optional<ReportingPeriod> period();

    /** The plan's words for each status. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Value.Default
    public StatusLabels statusLabels() {
        return StatusLabels.defaults();
    }

    /** The recommendations, areas for improvement and causes of concern, in display order. */
    public abstract List<Recommendation> recommendations();

    /** A copy with another title. */
    public abstract ActionPlan withTitle(String title);

    /** A copy whose texts are in the language {@code language}, an IETF BCP 47 tag such as {@code cy}. */
    public abstract ActionPlan withLanguage(String language);

    /** A copy with another default reporting date. */
    public abstract ActionPlan withAsOf(LocalDate asOf);

    /** A copy with another reporting period. */
    public abstract ActionPlan withPeriod(ReportingPeriod period);

    /** A copy with these recommendations instead, in this order. */
    public abstract ActionPlan withRecommendations(Iterable<? extends Recommendation> recommendations);

    /** A copy naming its statuses in these words, such as a Welsh plan's own. */
    public abstract ActionPlan withStatusLabels(StatusLabels statusLabels);

    /**
     * A copy with {@code recommendation} in place of the one with its ref, where it was: the one change of an item,
     * as {@code plan.withRecommendation(plan.recommendation("AFI 2").orElseThrow().withUpdate(update))}.
     *
     * @throws IllegalArgumentException if the plan has no recommendation with its ref; one added goes in through
     *                                  {@link #withRecommendations}, where its place among the others is chosen
     */
    public final ActionPlan withRecommendation(Recommendation recommendation) {
        Objects.requireNonNull(recommendation, "recommendation");
        List<Recommendation> all = new ArrayList<>(recommendations());
        int at = IntStream.range(0, all.size()).filter(i -> all.get(i).ref().equals(recommendation.ref())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no recommendation with the ref "
                        + Quote.single(recommendation.ref()) + "; add it with withRecommendations"));
        all.set(at, recommendation);
        return withRecommendations(all);
    }

    /**
     * A copy in which the recommendations and sub-actions of {@code owner} are {@code newName}'s: a team renamed,
     * {@code plan.withOwnerRenamed("People and Organisational Development", "Human Resources")}. A sub-action with no
     * owner of its own stays its recommendation's; one with an owner of its own keeps it, unless it is {@code owner}.
     * Owners are matched by their names as written, as everywhere.
     *
     * @throws IllegalArgumentException if no recommendation or sub-action has the owner {@code owner}, naming those
     *                                  there are
     * @throws IllegalStateException    if {@code newName} is blank or not one line, as {@code build()} refuses it
     */
    public final ActionPlan withOwnerRenamed(String owner, String newName) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(newName, "newName");
        if (!owners().contains(owner)) {
            throw new IllegalArgumentException("no recommendation or sub-action has the owner "
                    + Quote.singleName(owner) + "; its owners are " + Quote.firstNamed(owners(), 10));
        }
        Optional<String> named = Optional.of(owner);
        return withRecommendations(recommendations().stream().map(r -> {
            Recommendation its = r.owner().equals(named) ? r.withOwner(newName) : r;
            return its.withSubActions(its.subActions().stream().map(s -> s.owner().equals(named) ? s.withOwner(newName)
                    : s).toList());
        }).toList());
    }

    /** The owners of its recommendations and sub-actions, each once, in plan order. */
    private List<String> owners() {
        Set<String> owners = new LinkedHashSet<>();
        recommendations().forEach(r -> {
            r.owner().ifPresent(owners::add);
            r.subActions().forEach(s -> s.owner().ifPresent(owners::add));
        });
        return List.copyOf(owners);
    }

    /**
     * The period the plan reports on: its own, else the quarter holding its reporting date; none where it gives
     * neither. An owner's assessment that names no period was given for it, and a workbook for an earlier one would
     * take the plan back.
     */
    public final Optional<ReportingPeriod> reportedPeriod() {
        return period().or(() -> asOf().map(ReportingPeriod::containing));
    }

    /** The recommendation with this ref. */
    public final Optional<Recommendation> recommendation(String ref) {
        Objects.requireNonNull(ref, "ref");
        return recommendations().stream().filter(r -> r.ref().equals(ref)).findFirst();
    }

    /**
     * Checks the plan, and returns it with each "With immediate effect" timescale due on the source's publication
     * date, which is what it means: a plan built in code with {@code Timescale.parse("With immediate effect")} is then
     * the plan the JSON reader gives for the same text, and is assessed as that plan is.
     */
    @Value.Check
    ActionPlan check() {
        Checks.notBlank("plan", "title", title());
        Checks.notBlank("plan", "organisation", organisation());
        language().ifPresent(tag -> {
            try {
                LanguageTags.checked(tag);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("plan language " + e.getMessage(), e);
            }
        });
        // A reporting date names its quarter (the period reports give it), so it is one a quarter can be.
        asOf().ifPresent(date -> {
            try {
                ReportingPeriod.containing(date);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("plan asOf " + e.getMessage(), e);
            }
        });
        Set<String> refs = new HashSet<>();
        for (Recommendation recommendation : recommendations()) {
            if (!refs.add(recommendation.ref())) {
                throw new IllegalStateException("plan has two recommendations with ref " + Quote.single(recommendation.ref()));
            }
        }
        Optional<LocalDate> published = source().published();
        if (published.isEmpty() || recommendations().stream().noneMatch(r -> unresolved(r.deadline(), published)
                || r.subActions().stream().anyMatch(s -> unresolved(s.due(), published)))) {
            return this;
        }
        List<Recommendation> resolved = new ArrayList<>(recommendations().size());
        for (Recommendation recommendation : recommendations()) {
            List<SubAction> subActions = new ArrayList<>(recommendation.subActions().size());
            for (SubAction subAction : recommendation.subActions()) {
                subActions.add(SubAction.builder().from(subAction).due(onPublication(subAction.due(),
                        published.get())).build());
            }
            resolved.add(Recommendation.builder().from(recommendation).deadline(onPublication(recommendation
                    .deadline(), published.get())).subActions(subActions).build());
        }
        return ImmutableActionPlan.copyOf(this).withRecommendations(resolved);
    }

    /** Whether {@code timescale} is "With immediate effect" due on another day than the publication date, or none. */
    private static boolean unresolved(Optional<Timescale> timescale, Optional<LocalDate> published) {
        return timescale.filter(t -> t.kind() == Timescale.Kind.IMMEDIATE && !t.dueDate().equals(published))
                .isPresent();
    }

    private static Optional<Timescale> onPublication(Optional<Timescale> timescale, LocalDate published) {
        return timescale.map(t -> t.kind() == Timescale.Kind.IMMEDIATE ? Timescale.parse(t.text(), published) : t);
    }

    /**
     * Builds an {@link ActionPlan}; {@code title}, {@code organisation} and {@code source} are required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link ActionPlan#title() title}(String), {@link ActionPlan#organisation()
     * organisation}(String), {@link ActionPlan#language() language}(String), {@link ActionPlan#source()
     * source}(SourceInspection), {@link ActionPlan#asOf()
     * asOf}(LocalDate), {@link ActionPlan#period() period}(ReportingPeriod), {@link ActionPlan#statusLabels()
     * statusLabels}(StatusLabels). {@code addRecommendation(Recommendation)} and {@code
     * addAllRecommendations(Iterable)} add to the {@link ActionPlan#recommendations() recommendations}, in display
     * order; {@code recommendations(Iterable)} replaces them. {@code from(ActionPlan)} fills the builder from a copy
     * to change, and {@code build()} checks the whole and builds it, refusing what the accessors' documentation does
     * not allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, and what only the
     * whole can tell at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableActionPlan.Builder {
        Builder() {}
    }
}
