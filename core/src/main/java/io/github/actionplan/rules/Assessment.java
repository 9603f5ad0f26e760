package io.github.actionplan.rules;

import io.github.actionplan.model.Status;
import java.util.Objects;

/**
 * A rule's answer: a status and the reason for it in words, such as
 * "deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%".
 *
 * @param status the status
 * @param reason why, in a sentence a committee member can read
 */
public record Assessment(Status status, String reason) {

    /** Checks nothing is null or blank. */
    public Assessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an assessment needs a reason");
        }
    }

    /** An assessment of {@code status} for {@code reason}. */
    public static Assessment of(Status status, String reason) {
        return new Assessment(status, reason);
    }
}
