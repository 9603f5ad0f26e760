package io.github.actionplan.rules;

import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress bands, as some services' software rates items: up to 25% red, over 25% up to 75%
 * amber, over 75% green; red whatever the band when overdue and under 50%. 100% or a completion
 * date is complete.
 */
public final class ProgressBandStatusRule implements StatusRule {

    private static final ProgressBandStatusRule STANDARD = new ProgressBandStatusRule();
    private static final Percent RED_UP_TO = Percent.of(25);
    private static final Percent AMBER_UP_TO = Percent.of(75);
    private static final Percent OVERDUE_RED_BELOW = Percent.of(50);

    private ProgressBandStatusRule() {}

    /** The rule. */
    public static ProgressBandStatusRule standard() {
        return STANDARD;
    }

    @Override
    public Assessment assess(WorkItem item, LocalDate asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        Optional<Assessment> complete = Phrases.ifComplete(item);
        if (complete.isPresent()) {
            return complete.get();
        }
        Percent progress = item.progress();
        String at = shown(progress);
        Optional<LocalDate> due = item.dueDate();
        if (due.isPresent() && due.get().isBefore(asOf) && progress.compareTo(OVERDUE_RED_BELOW) < 0) {
            return Assessment.of(Status.OFF_TRACK, "overdue since " + Phrases.date(due.get()) + " ("
                    + Phrases.days(ChronoUnit.DAYS.between(due.get(), asOf)) + ") at " + at + ", under 50%");
        }
        if (progress.compareTo(RED_UP_TO) <= 0) {
            return Assessment.of(Status.OFF_TRACK, at + ", in the band up to 25%");
        }
        if (progress.compareTo(AMBER_UP_TO) <= 0) {
            return Assessment.of(Status.AT_RISK, at + ", in the band over 25% and up to 75%");
        }
        return Assessment.of(Status.ON_TRACK, at + ", in the band over 75%");
    }

    /**
     * The figure as a reason words it, cut as {@link Phrases#percent} cuts it, but in full where that would cut it to
     * the bound of a band it is over: "25.05%, in the band over 25%", not "25%" (run 84 #1).
     */
    private static String shown(Percent progress) {
        String cut = Phrases.percent(progress);
        boolean toBound = java.util.stream.Stream.of(RED_UP_TO, AMBER_UP_TO).anyMatch(bound -> progress.compareTo(
                bound) > 0 && cut.equals(Phrases.percent(bound)));
        return toBound ? progress.value().stripTrailingZeros().toPlainString() + "%" : cut;
    }

    @Override
    public String meaning(Status status) {
        return switch (status) {
            case COMPLETE -> "Complete: progress is 100% or a completion date is given";
            case OFF_TRACK -> "Off track: progress up to 25%, or overdue and under 50%";
            case AT_RISK -> "At risk: progress over 25% and up to 75%";
            case ON_TRACK -> "On track: progress over 75%";
        };
    }

    @Override
    public String toString() {
        return "ProgressBandStatusRule";
    }
}
