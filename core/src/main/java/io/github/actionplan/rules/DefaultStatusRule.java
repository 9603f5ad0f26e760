package io.github.actionplan.rules;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The default rule, by deadline and progress, as councils and services report:
 *
 * <table>
 * <caption>The default rule at a reporting date</caption>
 * <tr><th>status</th><th>when</th></tr>
 * <tr><td>COMPLETE (Blue)</td><td>progress is 100%, or a completion date is given</td></tr>
 * <tr><td>OFF_TRACK (Red)</td><td>not complete and the due date has passed (due today has not)</td></tr>
 * <tr><td>AT_RISK (Amber)</td><td>not complete, due within the window (default 30 days) and below
 *     the progress threshold (default 75%); or blocked, waiting on someone else</td></tr>
 * <tr><td>ON_TRACK (Green)</td><td>otherwise, including "Ongoing" and 0% with a future due date</td></tr>
 * </table>
 *
 * <pre>{@code
 * StatusRule rule = DefaultStatusRule.builder().atRiskWindowDays(60).atRiskBelow(Percent.of(50)).build();
 * }</pre>
 */
public final class DefaultStatusRule implements StatusRule {

    private static final DefaultStatusRule STANDARD = builder().build();

    private final int atRiskWindowDays;
    private final Percent atRiskBelow;
    private final boolean blockedIsAtRisk;

    private DefaultStatusRule(Builder builder) {
        this.atRiskWindowDays = builder.atRiskWindowDays;
        this.atRiskBelow = builder.atRiskBelow;
        this.blockedIsAtRisk = builder.blockedIsAtRisk;
    }

    /** The rule with its standard thresholds: a 30-day window, 75%, blocked work at risk. */
    public static DefaultStatusRule standard() {
        return STANDARD;
    }

    /** A builder starting from the standard thresholds. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many days before its due date an item behind on progress counts as at risk. */
    public int atRiskWindowDays() {
        return atRiskWindowDays;
    }

    /** The progress below which an item due within the window is at risk. */
    public Percent atRiskBelow() {
        return atRiskBelow;
    }

    /** Whether blocked work that is not yet overdue counts as at risk. */
    public boolean blockedIsAtRisk() {
        return blockedIsAtRisk;
    }

    @Override
    public Assessment assess(WorkItem item, LocalDate asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        Optional<Assessment> complete = Phrases.ifComplete(item);
        if (complete.isPresent()) {
            return complete.get();
        }
        String at = Phrases.at(item);
        Optional<LocalDate> due = item.dueDate();
        if (due.isPresent() && due.get().isBefore(asOf)) {
            return Assessment.of(Status.OFF_TRACK, Phrases.overdue(item, due.get(), asOf));
        }
        if (blockedIsAtRisk && item.isBlocked()) {
            return Assessment.of(Status.AT_RISK, "blocked: waiting on " + item.blockedBy().get()
                    + due.map(d -> ", due " + Phrases.date(d)).orElse("") + at);
        }
        if (due.isEmpty()) {
            return Assessment.of(Status.ON_TRACK, noDueDate(item) + at);
        }
        long left = ChronoUnit.DAYS.between(asOf, due.get());
        String when = left == 0 ? "due today" : "due " + Phrases.date(due.get()) + ", in " + Phrases.days(left);
        if (left <= atRiskWindowDays && item.progress().compareTo(atRiskBelow) < 0) {
            return Assessment.of(Status.AT_RISK, when + at + (item.progressReported() ? ", below "
                    + Phrases.percent(atRiskBelow) : ""));
        }
        return Assessment.of(Status.ON_TRACK, when + at);
    }

    static String noDueDate(WorkItem item) {
        return item.due()
                .map(t -> t.isOngoing() ? "ongoing, no due date"
                        : t.kind() == Timescale.Kind.IMMEDIATE ? "with immediate effect, publication date unknown"
                        : "no due date in '" + t.text() + "'")
                .orElse("no due date");
    }

    @Override
    public String meaning(Status status) {
        return switch (status) {
            case COMPLETE -> "Complete: progress is 100% or a completion date is given";
            case OFF_TRACK -> "Off track: not complete and the due date has passed";
            case AT_RISK -> "At risk: not complete, due within " + atRiskWindowDays + " days and below "
                    + Phrases.percent(atRiskBelow) + (blockedIsAtRisk ? ", or waiting on someone else" : "");
            case ON_TRACK -> "On track: not complete, and on course to meet its due date, or with no due date";
        };
    }

    /** Whether {@code other} is a rule of the same window, threshold and choice for blocked work. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DefaultStatusRule that && atRiskWindowDays == that.atRiskWindowDays
                && atRiskBelow.equals(that.atRiskBelow) && blockedIsAtRisk == that.blockedIsAtRisk;
    }

    @Override
    public int hashCode() {
        return Objects.hash(atRiskWindowDays, atRiskBelow, blockedIsAtRisk);
    }

    @Override
    public String toString() {
        return "DefaultStatusRule[window " + atRiskWindowDays + " days, at risk below " + atRiskBelow
                + (blockedIsAtRisk ? ", blocked at risk]" : "]");
    }

    /** Builds a {@link DefaultStatusRule}. */
    public static final class Builder {
        private int atRiskWindowDays = 30;
        private Percent atRiskBelow = Percent.of(75);
        private boolean blockedIsAtRisk = true;

        private Builder() {}

        /**
         * Sets the at-risk window in days (default 30).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder atRiskWindowDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("atRiskWindowDays " + days + " is negative");
            }
            this.atRiskWindowDays = days;
            return this;
        }

        /** Sets the progress threshold (default 75%): below it, an item due within the window is at risk. */
        public Builder atRiskBelow(Percent threshold) {
            this.atRiskBelow = Objects.requireNonNull(threshold, "threshold");
            return this;
        }

        /** Sets whether blocked work not yet overdue is at risk (default true). */
        public Builder blockedIsAtRisk(boolean atRisk) {
            this.blockedIsAtRisk = atRisk;
            return this;
        }

        /** The rule. */
        public DefaultStatusRule build() {
            return new DefaultStatusRule(this);
        }
    }
}
