package io.github.actionplan.summary;

import io.github.actionplan.model.Status;
import io.github.actionplan.rules.RecommendationAssessment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many items have each status. Every status is present, zero included.
 *
 * <p>Shares come two ways: of all items ({@link #share(Status)}), and, as councils report the
 * red / amber / green split, of the open items only ({@link #shareOfOpen(Status)}), with complete
 * items kept apart.
 *
 * @param counts the count of each status, every status present
 */
public record StatusCounts(Map<Status, Integer> counts) {

    /** Copies the map, filling in zero for any status missing. */
    public StatusCounts {
        Map<Status, Integer> all = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            int count = counts.getOrDefault(status, 0);
            if (count < 0) {
                throw new IllegalArgumentException(status + " count " + count + " is negative");
            }
            all.put(status, count);
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    /** The counts of these assessments' statuses. */
    public static StatusCounts of(Collection<RecommendationAssessment> assessments) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (RecommendationAssessment assessment : assessments) {
            counts.merge(assessment.status(), 1, Integer::sum);
        }
        return new StatusCounts(counts);
    }

    /** How many items have {@code status}. */
    public int count(Status status) {
        return counts.get(status);
    }

    /** How many items there are. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many items are not complete. */
    public int open() {
        return total() - count(Status.COMPLETE);
    }

    /** The share of all items with {@code status}, 0 to 1, exact to 16 digits; 0 when there are none. */
    public BigDecimal share(Status status) {
        return divide(count(status), total());
    }

    /**
     * The share of open items with {@code status}, 0 to 1; for {@link Status#COMPLETE} always 0.
     * This is the red / amber / green split councils report beside the number complete.
     */
    public BigDecimal shareOfOpen(Status status) {
        return status == Status.COMPLETE ? BigDecimal.ZERO : divide(count(status), open());
    }

    private static BigDecimal divide(int count, int total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }
}
