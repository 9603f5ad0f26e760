package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.actionplan.internal.OriginalTimescale;
import io.github.actionplan.internal.Quote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of work towards a recommendation: "Carry out a cultural survey", due "Aug 2024".
 *
 * <pre>{@code
 * SubAction survey = SubAction.builder()
 *         .id("2.1")
 *         .description("Carry out a cultural survey to help assess what the issues.")
 *         .due(Timescale.parse("Aug 2024"))
 *         .progress(Percent.of(40))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubAction.class)
@JsonDeserialize(as = ImmutableSubAction.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class SubAction {

    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);

    SubAction() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Unique within its recommendation, e.g. "2.1". */
    public abstract String id();

    /** What is to be done, as narrative text; some plans give only a count of sub-actions. */
    public abstract Optional<String> description();

    /** Who does it, where not the recommendation's owner: one line. */
    public abstract Optional<String> owner();

    /** When the work started, for schedule-based rules. */
    public abstract Optional<LocalDate> start();

    /** When it is due, as the plan writes it. */
    public abstract Optional<Timescale> due();

    /**
     * How far along it is. Absent where the plan reports none, as Derbyshire's summary does; it
     * then counts as 0% in a recommendation's progress, or 100% once {@link #completedOn()} is set.
     */
    public abstract Optional<Percent> progress();

    /** The day it was completed. */
    public abstract Optional<LocalDate> completedOn();

    /** Relative weight in its recommendation's progress; 1 when absent. */
    public abstract Optional<BigDecimal> weight();

    /** Who must act before this work can go on, on one line, e.g. "National Fire Chiefs Council". */
    public abstract Optional<String> blockedBy();

    /** Notes, as narrative text. */
    public abstract Optional<String> notes();

    /** A copy with the given progress. */
    public abstract SubAction withProgress(Percent progress);

    /**
     * A copy with another owner, named on one line as the plan names owners, apart from its recommendation's.
     *
     * @throws IllegalStateException if {@code owner} is blank or not one line, as {@code build()} refuses it
     */
    public abstract SubAction withOwner(String owner);

    /**
     * A copy due {@code timescale} instead, where a new timescale was agreed. The one it was first due stays on
     * record, as the last paragraph of its notes ("Originally due Dec 2024"), so that reports show the slippage; a
     * second revision keeps that paragraph. The same timescale again changes nothing.
     */
    public final SubAction withRevisedDue(Timescale timescale) {
        Objects.requireNonNull(timescale, "timescale");
        if (due().equals(Optional.of(timescale))) {
            return this;
        }
        Builder revised = builder().from(this).due(timescale);
        due().ifPresent(first -> revised.notes(OriginalTimescale.notes(notes(), first.text())));
        return revised.build();
    }

    /**
     * A copy completed on {@code date}. A progress it reports below 100% becomes 100%: a completed item's progress is
     * 100%, and a plan that says otherwise is warned of.
     */
    public final SubAction withCompletion(LocalDate date) {
        Builder completed = builder().from(this).completedOn(Objects.requireNonNull(date, "date"));
        progress().filter(p -> !p.isComplete()).ifPresent(p -> completed.progress(Percent.HUNDRED));
        return completed.build();
    }

    /** Whether work is waiting on someone else. */
    @JsonIgnore
    public final boolean isBlocked() {
        return blockedBy().isPresent();
    }

    /** The weight, 1 when the plan gives none. */
    public final BigDecimal effectiveWeight() {
        return weight().orElse(BigDecimal.ONE);
    }

    /**
     * Whether its progress is known: a progress or a completion date is given. Where it is not, its
     * {@link #effectiveProgress()} is 0% for the rules' sake, but reports say no progress is reported rather than
     * show a figure nobody gave.
     */
    @JsonIgnore
    public final boolean progressReported() {
        return progress().isPresent() || completedOn().isPresent();
    }

    /** The progress that counts: 100% once completed, else the reported progress, else 0%. */
    public final Percent effectiveProgress() {
        if (completedOn().isPresent()) {
            return Percent.HUNDRED;
        }
        return progress().orElse(Percent.ZERO);
    }

    /**
     * Checks the id, names, dates (years 0000 to 9999), progress (at most 6 decimal places) and weight (above 0, at
     * most 1,000,000, at most 6 decimal places), and keeps weights without trailing zeros so 2.0 equals 2.
     */
    @Value.Check
    SubAction check() {
        Checks.notBlank("sub-action", "id", id());
        Checks.reference("sub-action", "id", id());
        Checks.notBlank("sub-action", id(), "owner", owner());
        Checks.notBlank("sub-action", id(), "blockedBy", blockedBy());
        Checks.notBlank("sub-action", id(), "description", description());
        Checks.notBlank("sub-action", id(), "notes", notes());
        Checks.oneLine("sub-action", id(), "owner", owner());
        Checks.oneLine("sub-action", id(), "blockedBy", blockedBy());
        Checks.writable("sub-action", id(), "start", start());
        Checks.writable("sub-action", id(), "completedOn", completedOn());
        Checks.writablePercent("sub-action", id(), "progress", progress());
        if (weight().isPresent()) {
            BigDecimal w = weight().get();
            if (w.signum() <= 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 6) {
                throw new IllegalStateException("sub-action " + Quote.single(id()) + " weight " + Quote.number(w)
                        + " is not above 0 and at most 1000000 with at most 6 decimal places");
            }
            BigDecimal stripped = w.stripTrailingZeros();
            if (stripped.scale() < 0) {
                stripped = stripped.setScale(0);
            }
            if (!stripped.equals(w)) {
                return builder().from(this).weight(stripped).build();
            }
        }
        return this;
    }

    /**
     * Builds a {@link SubAction}; {@code id} is required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link SubAction#id() id}(String), {@link SubAction#description() description}(String),
     * {@link SubAction#owner() owner}(String), {@link SubAction#start() start}(LocalDate), {@link SubAction#due()
     * due}(Timescale), {@link SubAction#progress() progress}(Percent), {@link SubAction#completedOn()
     * completedOn}(LocalDate), {@link SubAction#weight() weight}(BigDecimal), {@link SubAction#blockedBy()
     * blockedBy}(String), {@link SubAction#notes() notes}(String). {@link #progress(int)} takes a whole percent.
     * {@code from(SubAction)} fills the builder from a copy to change, and {@code build()} checks the whole and
     * builds it, refusing what the accessors' documentation does not allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, a value out
     * of range ({@code progress(150)}) with an {@code IllegalArgumentException}, and what only the whole can tell
     * at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableSubAction.Builder {
        Builder() {}

        /**
         * Sets a whole-percent progress.
         *
         * @throws IllegalArgumentException if {@code percent} is outside 0-100, naming the field
         */
        public Builder progress(int percent) {
            progress(Checks.percent("progress", percent));
            return this;
        }
    }
}
