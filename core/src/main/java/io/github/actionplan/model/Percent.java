package io.github.actionplan.model;

import io.github.actionplan.internal.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage from 0 to 100, kept exactly and shown rounded half-up to a whole percent.
 *
 * <p>Progress is computed exactly (a mean of 87.5 and 37.5 is 62.5, not 62.49999) so that the
 * whole percent a report shows is the one a person would work out by hand.
 *
 * <p>This class is the one place a percentage becomes text: {@link #displayText()} as every report,
 * summary and command shows it, {@link #displayShare(BigDecimal)} for a share of items, and
 * {@link #preciseText()} in the reason for a status, where a threshold is compared.
 *
 * <pre>{@code
 * Percent p = Percent.of(new BigDecimal("62.5"));
 * p.rounded();                                     // 63
 * p.displayText();                                 // "63%"
 * p.preciseText();                                 // "62.5%"
 * Percent.displayShare(new BigDecimal("0.75"));    // "75%"
 * }</pre>
 */
public final class Percent implements Comparable<Percent> {
    /** 0%. */
    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    /** 100%. */
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    private final BigDecimal value;

    private Percent(BigDecimal value) {
        this.value = value;
    }

    /**
     * A whole percentage.
     *
     * @throws IllegalArgumentException if {@code percent} is outside 0-100
     */
    public static Percent of(int percent) {
        return of(BigDecimal.valueOf(percent));
    }

    /**
     * An exact percentage, of any scale, as a computed mean may be; a plan's builders take one of at most 6 decimal
     * places, as the plan format writes them: round a computed one to that first
     * ({@code value.setScale(6, RoundingMode.HALF_UP)}).
     *
     * @throws IllegalArgumentException if {@code percent} is outside 0-100
     */
    public static Percent of(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (!isPercentage(percent)) {
            throw new IllegalArgumentException(Quote.number(percent) + " is not a percentage;"
                    + " write a number from 0 to 100, such as 50");
        }
        BigDecimal stripped = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0, RoundingMode.UNNECESSARY);
        }
        return new Percent(stripped);
    }

    /** Whether {@code value} lies in 0-100 inclusive. */
    public static boolean isPercentage(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(MAX) <= 0;
    }

    /** The exact value, e.g. {@code 62.5}. */
    public BigDecimal value() {
        return value;
    }

    /** The share of one this percentage is, e.g. {@code 0.625} for 62.5%. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /**
     * The value rounded half-up to a whole percent, as reports show it; work short of 100% is at
     * most 99%, so that nothing reads "100%" beside a status that says it is not done.
     */
    public int rounded() {
        int rounded = value.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return rounded == 100 && !isComplete() ? 99 : rounded;
    }

    /**
     * The percentage as reports, summaries and the command line show it: rounded half-up to a whole
     * percent, e.g. {@code "63%"} for 62.5%.
     */
    public String displayText() {
        return rounded() + "%";
    }

    /**
     * The percentage as the reason for a status words it: whole where it is whole, else cut to one
     * decimal place, e.g. {@code "44%"}, {@code "74.9%"} for 74.96%: never rounded up past a
     * threshold or to 100%, so a reason never reads "at 75%, below 75%" or "at 100%" for work not
     * done.
     */
    public String preciseText() {
        if (value.scale() <= 0) {
            return value.toPlainString() + "%";
        }
        return value.setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A share of one shown as a percentage, rounded half-up to a whole percent as
     * {@link #displayText()} is: {@code 0.75} is {@code "75%"}, two thirds {@code "67%"}, and a
     * share short of one at most {@code "99%"}. A share may be more than one: {@code 1.5} (of a
     * schedule, say) is {@code "150%"}.
     *
     * @throws IllegalArgumentException if {@code share} is negative
     */
    public static String displayShare(BigDecimal share) {
        Objects.requireNonNull(share, "share");
        if (share.signum() < 0) {
            throw new IllegalArgumentException("share " + Quote.number(share) + " is negative");
        }
        BigDecimal rounded = share.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return (share.compareTo(BigDecimal.ONE) < 0 ? rounded.min(BigDecimal.valueOf(99)) : rounded).toPlainString()
                + "%";
    }

    /** Whether this is 100%. */
    public boolean isComplete() {
        return value.compareTo(MAX) == 0;
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percent p && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /** The exact value with a percent sign, e.g. {@code "62.5%"}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
