package io.github.actionplan.summary;

import io.github.actionplan.model.Status;
import io.github.actionplan.rules.RecommendationAssessment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many items have each status. Every status is present, zero included.
 *
 * <p>Shares come two ways: of all items ({@link #share(Status)}), and, as councils report the
 * red / amber / green split, of the open items only ({@link #shareOfOpen(Status)}), with complete
 * items kept apart. Reports show the shares of all items as {@link #displayShares()} rounds them, so that they
 * add up to 100%.
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

    /**
     * The share of all items with each status as reports show it: whole percents that add up to 100 (all 0 when
     * there are no items), every status present. Shares each rounded on their own can add up to 99 or 101 (5, 2, 1
     * and 0 of 8 items: 63%, 25%, 13% and 0%); so each is rounded down, and the percents still missing go one each
     * to the statuses that rounding down took most from (largest remainder), a tie going to the worse status:
     * 62%, 25%, 13% and 0%. Each is the exact {@link #share(Status)} rounded up or down. Where a percent could go to a
     * status that has items but would show 0%, it goes there first, and never to one short of every item that would
     * show 100%: 199 items off track and 1 complete are 99% and 1%, not 100% and 0%.
     */
    public Map<Status, Integer> displayShares() {
        int total = total();
        Map<Status, Integer> shares = new EnumMap<>(Status.class);
        int given = 0;
        for (Status status : Status.values()) {
            int whole = total == 0 ? 0 : (int) (count(status) * 100L / total);
            shares.put(status, whole);
            given += whole;
        }
        if (total > 0) {
            // A stable sort keeps the order of severity, worst first, among equal remainders. Run 86 #1: 199 of 200
            // off track took the tie, at 100%, and the one complete item showed 0%.
            List<Status> mostLost = Status.SEVERITY.stream()
                    .sorted(Comparator.comparing((Status status) -> shares.get(status) == 99 && count(status) < total)
                            .thenComparing(status -> !(shares.get(status) == 0 && count(status) > 0))
                            .thenComparing(Comparator.comparingLong((Status status) -> count(status) * 100L % total)
                                    .reversed()))
                    .toList();
            for (int i = 0; i < 100 - given; i++) {
                shares.merge(mostLost.get(i), 1, Integer::sum);
            }
        }
        return java.util.Collections.unmodifiableMap(shares);
    }

    private static BigDecimal divide(int count, int total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }
}
