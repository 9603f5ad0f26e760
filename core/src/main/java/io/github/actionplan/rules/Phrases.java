package io.github.actionplan.rules;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;

/** How rules write dates, percentages and day counts in their reasons: one voice for all. */
final class Phrases {

    private Phrases() {}

    static String date(LocalDate date) {
        return Dates.shortDate(date);
    }

    static String percent(Percent percent) {
        return percent.preciseText();
    }

    /**
     * A share of one as a reason words it: cut to a whole percent, so that it is never rounded across the threshold it
     * is compared with ("90% of schedule, below 90%" for 89.6%).
     */
    static String share(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).toPlainString() + "%";
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** The assessment of a complete item: every rule starts by asking whether the work is done. */
    static java.util.Optional<Assessment> ifComplete(WorkItem item) {
        return item.isComplete()
                ? java.util.Optional.of(Assessment.of(io.github.actionplan.model.Status.COMPLETE,
                        item.completedOn().map(d -> "completed on " + date(d)).orElse("progress is 100%")))
                : java.util.Optional.empty();
    }

    /** " at 44%", or, where nobody gave its progress, ", with no progress reported", not a 0% nobody gave. */
    static String at(WorkItem item) {
        return item.progressReported() ? " at " + percent(item.progress()) : ", with no progress reported";
    }

    /**
     * "deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%"; "due date …" where the item has no dated
     * timescale of its own, a recommendation due when its last sub-action is (run 86 #2, run 88 #9: "deadline" of one
     * that has none, or whose own is "Review quarterly").
     */
    static String overdue(WorkItem item, LocalDate due, LocalDate asOf) {
        // Overdue work waiting on someone else says on whom: that is what its reader acts on.
        return (item.due().flatMap(Timescale::dueDate).isPresent() ? "deadline " : "due date ") + date(due)
                + " passed " + days(java.time.temporal.ChronoUnit.DAYS.between(due, asOf)) + " before " + date(asOf)
                + at(item)
                + (item.isBlocked() ? "; blocked: waiting on " + item.blockedBy().orElseThrow() : "");
    }
}
