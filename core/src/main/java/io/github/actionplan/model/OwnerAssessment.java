package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A status an item's owner gave it, as the plan records it, and the reporting period they gave it
 * for. Reports show it beside the status the rules compute and flag the item where the two differ;
 * one given for a period before the plan's is named as that period's, since its owner has not said
 * since where the item stands.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOwnerAssessment.class)
@JsonDeserialize(as = ImmutableOwnerAssessment.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class OwnerAssessment {

    OwnerAssessment() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** An assessment with no note, for no period. */
    public static OwnerAssessment of(Status status) {
        return builder().status(status).build();
    }

    /** An assessment with no note, given for {@code period}. */
    public static OwnerAssessment of(Status status, ReportingPeriod period) {
        return builder().status(status).period(period).build();
    }

    /** The status the owner gave. */
    public abstract Status status();

    /** The owner's reasons, as narrative text. */
    public abstract Optional<String> note();

    /**
     * The reporting period the owner gave it for, where the plan records one (the update import and a
     * tracker do; a plan written before this field existed does not).
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * Whether it was given for a reporting period before {@code current}: the owner's last word on the
     * item, but not on where it stands now. One with no period is taken as current.
     */
    public boolean isBefore(ReportingPeriod current) {
        java.util.Objects.requireNonNull(current, "current");
        return period().filter(given -> given.compareTo(current) < 0).isPresent();
    }

    /**
     * Builds an {@link OwnerAssessment}; {@code status} is required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link OwnerAssessment#status() status}(Status), {@link OwnerAssessment#note()
     * note}(String), {@link OwnerAssessment#period() period}(ReportingPeriod). {@code from(OwnerAssessment)} fills
     * the builder from a copy to change, and {@code build()} checks the whole and builds it, refusing what the
     * accessors' documentation does not allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, and what only the
     * whole can tell at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableOwnerAssessment.Builder {
        Builder() {}
    }
}
