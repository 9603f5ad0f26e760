package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The inspection or thematic report a plan answers.
 *
 * <pre>{@code
 * SourceInspection source = SourceInspection.builder()
 *         .body("HMICFRS")
 *         .title("Values and culture in fire and rescue services")
 *         .published(LocalDate.of(2023, 3, 30))
 *         .kind(SourceKind.THEMATIC)
 *         .recommendationCount(35)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceInspection.class)
@JsonDeserialize(as = ImmutableSourceInspection.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class SourceInspection {

    SourceInspection() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The inspectorate, e.g. "HMICFRS". */
    public abstract String body();

    /** The report's title. */
    public abstract String title();

    /** When the report was published; "with immediate effect" means this date. */
    public abstract Optional<LocalDate> published();

    /** Whether it inspected one service or was a thematic report. */
    public abstract Optional<SourceKind> kind();

    /** How many recommendations the report makes in all, of which the plan may answer some. */
    public abstract OptionalInt recommendationCount();

    @Value.Check
    void check() {
        Checks.notBlank("source", "body", body());
        Checks.notBlank("source", "title", title());
        Checks.writable("source", "published", published());
        if (recommendationCount().isPresent() && recommendationCount().getAsInt() < 0) {
            throw new IllegalStateException("source recommendationCount " + recommendationCount().getAsInt()
                    + " is negative");
        }
    }

    /**
     * Builds a {@link SourceInspection}; {@code body} and {@code title} are required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link SourceInspection#body() body}(String), {@link SourceInspection#title()
     * title}(String), {@link SourceInspection#kind() kind}(SourceKind), {@link SourceInspection#published()
     * published}(LocalDate), {@link SourceInspection#recommendationCount() recommendationCount}(int). {@code
     * from(SourceInspection)} fills the builder from a copy to change, and {@code build()} checks the whole and
     * builds it, refusing what the accessors' documentation does not allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, and what only the
     * whole can tell at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableSourceInspection.Builder {
        Builder() {}
    }
}
