package io.github.actionplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.immutables.value.Value;

/**
 * The words a plan uses for each status. Derbyshire, for one, writes "Open - Actions on going on
 * track" for {@link Status#ON_TRACK}; a status the plan does not name keeps its
 * {@linkplain Status#defaultLabel() default label}.
 *
 * <pre>{@code
 * StatusLabels labels = StatusLabels.builder()
 *         .putCustom(Status.ON_TRACK, "Open - Actions on going on track")
 *         .build();
 * labels.label(Status.ON_TRACK);   // "Open - Actions on going on track"
 * labels.label(Status.AT_RISK);    // "At risk"
 * }</pre>
 */
@Value.Immutable
public abstract class StatusLabels {

    private static final StatusLabels DEFAULTS = builder().build();

    StatusLabels() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The default labels: "Off track", "At risk", "On track", "Complete". */
    public static StatusLabels defaults() {
        return DEFAULTS;
    }

    /** The plan's own words, for the statuses it names. */
    public abstract Map<Status, String> custom();

    /** The label for {@code status}: the plan's own word, else the default. */
    public String label(Status status) {
        return custom().getOrDefault(status, status.defaultLabel());
    }

    /**
     * The label for {@code status} as a sentence holds it, on one line: a label written over two lines to fit its
     * cell ("Oddi ar y\ntrywydd") would break the sentence there (run 61, 7).
     */
    public String inSentence(Status status) {
        return label(status).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Every status's label, unmodifiable, in {@link Status#SEVERITY} order (the declaration order):
     * off track, at risk, on track, complete.
     */
    @Value.Lazy
    public SequencedMap<Status, String> all() {
        SequencedMap<Status, String> all = new LinkedHashMap<>();
        for (Status status : Status.SEVERITY) {
            all.put(status, label(status));
        }
        return Collections.unmodifiableSequencedMap(all);
    }

    @Value.Check
    void check() {
        custom().forEach((status, label) -> Checks.notBlank("statusLabels", status.name(), label));
    }

    /**
     * Builds {@link StatusLabels}.
     *
     * <p>{@code putCustom(Status, String)} gives a status the plan's own word for it, {@code putAllCustom(Map)}
     * several; {@code custom(Map)} replaces them. {@code from(StatusLabels)} fills the builder from a value to
     * change, and {@code build()} checks the whole and builds it, refusing what the accessors' documentation does not
     * allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, and what only the
     * whole can tell at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableStatusLabels.Builder {
        Builder() {}
    }
}
