package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A progress update: what was reported on an item for one reporting period. A plan keeps its
 * updates as a history, oldest first, and never overwrites one.
 *
 * <pre>{@code
 * ProgressUpdate update = ProgressUpdate.builder()
 *         .period(ReportingPeriod.parse("April-June 2025"))
 *         .text("The training courses continue to be delivered.")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressUpdate.class)
@JsonDeserialize(as = ImmutableProgressUpdate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ProgressUpdate {

    ProgressUpdate() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reporting period the update covers. */
    public abstract ReportingPeriod period();

    /** The day the update was written, where the plan gives it. */
    public abstract Optional<LocalDate> date();

    /** Who wrote it: one line. */
    public abstract Optional<String> author();

    /** The update itself, as narrative text (paragraphs, lists, emphasis). */
    public abstract String text();

    /**
     * Builds a {@link ProgressUpdate}; {@code period} and {@code text} are required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link ProgressUpdate#period() period}(ReportingPeriod), {@link ProgressUpdate#text()
     * text}(String), {@link ProgressUpdate#date() date}(LocalDate), {@link ProgressUpdate#author() author}(String).
     * {@code from(ProgressUpdate)} fills the builder from a copy to change, and {@code build()} checks the whole and
     * builds it, refusing what the accessors' documentation does not allow with a message naming the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, and what only the
     * whole can tell at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableProgressUpdate.Builder {
        Builder() {}
    }

    /** Checks the text is not blank (an update that says nothing is none), and the author is one line, not blank. */
    @Value.Check
    void check() {
        Checks.notBlank("update for " + period(), "text", text());
        Checks.notBlank("update", "author", author());
        Checks.oneLine("update", period().toString(), "author", author());
        Checks.writable("update", "date", date());
    }
}
