package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A status an item's owner gave it, as the plan records it. Reports show it beside the status
 * the rules compute and flag the item where the two differ.
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

    /** An assessment with no note. */
    public static OwnerAssessment of(Status status) {
        return builder().status(status).build();
    }

    /** The status the owner gave. */
    public abstract Status status();

    /** The owner's reasons, as narrative text. */
    public abstract Optional<String> note();

    /** Builds an {@link OwnerAssessment}; {@code status} is required. */
    public static final class Builder extends ImmutableOwnerAssessment.Builder {
        Builder() {}
    }
}
