package io.github.actionplan.rules;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress against schedule: progress compared with the share of time elapsed between the start
 * and the due date. On track at 90% of schedule or better, off track below 70%, at risk between;
 * off track once overdue. An item with no start or due date is judged by the
 * {@link DefaultStatusRule#standard() default rule}, and the reason says so.
 *
 * <p>Example: started 1 April, due 30 September, assessed on 1 July (half the time gone) at 40%:
 * 40 / 50 = 80% of schedule, at risk.
 */
public final class ScheduleStatusRule implements StatusRule {

    private static final ScheduleStatusRule STANDARD = new ScheduleStatusRule(90, 70);

    private final int onTrackFrom;
    private final int offTrackBelow;

    private ScheduleStatusRule(int onTrackFrom, int offTrackBelow) {
        this.onTrackFrom = onTrackFrom;
        this.offTrackBelow = offTrackBelow;
    }

    /** On track at 90% of schedule or better, off track below 70%. */
    public static ScheduleStatusRule standard() {
        return STANDARD;
    }

    /**
     * A rule with other thresholds, in percent of schedule.
     *
     * @throws IllegalArgumentException unless {@code 0 <= offTrackBelow <= onTrackFrom}
     */
    public static ScheduleStatusRule of(int onTrackFrom, int offTrackBelow) {
        if (offTrackBelow < 0 || offTrackBelow > onTrackFrom) {
            throw new IllegalArgumentException("need 0 <= offTrackBelow (" + offTrackBelow + ") <= onTrackFrom ("
                    + onTrackFrom + ")");
        }
        return new ScheduleStatusRule(onTrackFrom, offTrackBelow);
    }

    @Override
    public Assessment assess(WorkItem item, LocalDate asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        Optional<Assessment> complete = Phrases.ifComplete(item);
        if (complete.isPresent()) {
            return complete.get();
        }
        Optional<LocalDate> due = item.dueDate();
        Optional<LocalDate> start = item.start();
        if (due.isEmpty() || start.isEmpty() || !start.get().isBefore(due.get())) {
            Assessment fallback = DefaultStatusRule.standard().assess(item, asOf);
            return Assessment.of(fallback.status(), fallback.reason() + " (no schedule to measure against)");
        }
        if (due.get().isBefore(asOf)) {
            return Assessment.of(Status.OFF_TRACK, Phrases.overdue(item, due.get(), asOf));
        }
        long total = ChronoUnit.DAYS.between(start.get(), due.get());
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(start.get(), asOf));
        if (elapsed == 0) {
            // Run 86 #8: work starting on the reporting date was "not due to start until" that date.
            return Assessment.of(Status.ON_TRACK, (start.get().equals(asOf) ? "starting on "
                    : "not due to start until ") + Phrases.date(start.get()) + " at "
                    + Phrases.percent(item.progress()));
        }
        // Shares of one: 0.5 of the time gone, 0.8 of schedule.
        BigDecimal timeGone = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        BigDecimal ofSchedule = item.progress().fraction().divide(timeGone, MathContext.DECIMAL64);
        String reason = Phrases.percent(item.progress()) + " done with " + Phrases.share(timeGone)
                + " of the time from " + Phrases.date(start.get()) + " to " + Phrases.date(due.get()) + " gone: "
                + Phrases.share(ofSchedule) + " of schedule";
        if (ofSchedule.compareTo(share(onTrackFrom)) >= 0) {
            return Assessment.of(Status.ON_TRACK, reason);
        }
        if (ofSchedule.compareTo(share(offTrackBelow)) < 0) {
            return Assessment.of(Status.OFF_TRACK, reason + ", below " + Percent.displayShare(share(offTrackBelow)));
        }
        return Assessment.of(Status.AT_RISK, reason + ", below " + Percent.displayShare(share(onTrackFrom)));
    }

    /** A threshold in percent of schedule as a share of one: 90 is 0.90. */
    private static BigDecimal share(int percent) {
        return BigDecimal.valueOf(percent, 2);
    }

    /**
     * What {@code status} means, an item with no schedule to measure against included: the legend of a plan whose
     * items name no start date describes the rule that judged them, the default one.
     */
    @Override
    public String meaning(Status status) {
        String unscheduled = DefaultStatusRule.standard().meaning(status);
        // Two sentences, not one: the rule for work it can measure, then for work it cannot (run 91 #19).
        String asDefault = ". Without both a start and a due date: " + unscheduled.substring(unscheduled.indexOf(": ")
                + 2);
        return switch (status) {
            case COMPLETE -> "Complete: progress is 100% or a completion date is given";
            case OFF_TRACK -> "Off track: overdue, or progress below " + offTrackBelow + "% of schedule, the progress"
                    + " expected by now (the share of the time from start to due date that has passed)";
            case AT_RISK -> "At risk: progress from " + offTrackBelow + "% to below " + onTrackFrom + "% of schedule"
                    + asDefault;
            case ON_TRACK -> "On track: progress at least " + onTrackFrom + "% of schedule" + asDefault;
        };
    }

    /** Whether {@code other} is a rule of the same thresholds. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleStatusRule that && onTrackFrom == that.onTrackFrom
                && offTrackBelow == that.offTrackBelow;
    }

    @Override
    public int hashCode() {
        return Objects.hash(onTrackFrom, offTrackBelow);
    }

    @Override
    public String toString() {
        return "ScheduleStatusRule[on track from " + Percent.displayShare(share(onTrackFrom)) + ", off track below "
                + Percent.displayShare(share(offTrackBelow)) + "]";
    }
}
