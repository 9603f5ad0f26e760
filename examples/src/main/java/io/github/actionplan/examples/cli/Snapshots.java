package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.SnapshotComparison;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code render} and {@code status} share about comparing and combining plans: {@code --since}
 * takes one plan, the earlier snapshot is assessed at its own reporting date, and several plans
 * are assessed at one date.
 */
final class Snapshots {

    /**
     * What {@link #progress} shows for progress nobody gave, in words: a screen reader says nothing of a lone "-" at
     * its usual punctuation level, and the column was lost (run 98 #12).
     */
    static final String UNREPORTED = "not reported";

    private Snapshots() {}

    /**
     * Where an item's due date moved between the snapshots, the dates ({@code ", due 30 Nov 2024 -> 31 Mar 2026"});
     * else nothing. A status that improved only because the item was given longer is no progress.
     */
    static String dueMoved(ItemChange change) {
        return change.dueDateMoved() ? ", due " + Dates.shortDate(change.dueBefore().orElseThrow()) + " -> "
                + change.dueAfter().map(Dates::shortDate).orElse("none") : "";
    }

    /**
     * An item's progress as {@code status} prints it: {@code -} where {@code recommendation} reports none, which the
     * rules count as 0% but nobody gave.
     */
    static String progress(Recommendation recommendation, Percent progress) {
        return recommendation.progressReported() ? progress.displayText() : UNREPORTED;
    }

    /** The progress of the plan's recommendation {@code ref}, as {@link #progress(Recommendation, Percent)} has it. */
    static String progress(ActionPlan plan, String ref, Percent progress) {
        return plan.recommendation(ref).map(r -> progress(r, progress)).orElse(UNREPORTED);
    }

    /** {@code --since} compares one plan with its earlier snapshot: with several plans it is a usage error. */
    static void checkOnePlan(CommandSpec spec, Path since, int plans) {
        if (since != null && plans > 1) {
            throw new ParameterException(spec.commandLine(), "--since compares one plan with its earlier snapshot;"
                    + " give one PLAN.json with it, not " + plans);
        }
    }

    /**
     * The earlier snapshot read (its warnings counted on {@code err}) and assessed by {@code assessor}
     * at its own reporting date, else at {@code date}, the plan's; one dated after the plan is a usage error (the two
     * plans given the other way round), as it would report every change backwards, and so is one that cannot be
     * compared with {@code later}, such as another service's plan ({@link SnapshotComparison#between}).
     */
    static PlanAssessment earlier(CommandSpec spec, Path since, Assessor assessor, LocalDate date, PrintWriter err,
            PlanAssessment later) throws InvalidPlanException {
        var read = PlanFiles.read(since);
        // An earlier snapshot's warnings were told when it was the plan, and most are the plan's own still: counted,
        // not told again line by line.
        if (!read.warnings().isEmpty()) {
            err.println(since + ": " + PlanFiles.count(0, read.warnings().size()) + " of the earlier plan, not listed"
                    + " here; they are listed by: " + Suggested.command("validate", since));
        }
        ActionPlan old = read.plan();
        LocalDate then = old.asOf().orElse(date);
        if (then.isAfter(date)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " is as of " + Dates.shortDate(then)
                    + ", after the plan's reporting date, " + Dates.shortDate(date) + ": --since takes the earlier"
                    + " plan, the one before this quarter's import; give the two the other way round");
        }
        PlanAssessment earlier = assess(spec, assessor, old, then, since);
        try {
            SnapshotComparison.between(earlier, later);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--since " + since + ": " + e.getMessage());
        }
        return earlier;
    }

    /**
     * {@code plan}, read from {@code source}, assessed by {@code assessor} at {@code date}. A date before work the plan
     * records as completed is a usage error that names the work and the earliest date the plan can be reported at
     * (core refuses to report that work complete before it was done), not a failure with a stack trace.
     */
    static PlanAssessment assess(CommandSpec spec, Assessor assessor, ActionPlan plan, LocalDate date, Object source) {
        try {
            return assessor.assess(plan, date);
        } catch (IllegalArgumentException e) {
            java.util.Optional<LocalDate> earliest = Assessor.earliestAsOf(plan).filter(date::isBefore);
            if (earliest.isEmpty()) {
                throw e; // not the date: a fault to report as one
            }
            throw new ParameterException(spec.commandLine(), source + ": " + e.getMessage() + "; give --as-of "
                    + earliest.get() + " or later");
        }
    }

    /**
     * Warns where the reporting date given, {@code asOf}, is before the period {@code plan} reports on: a report would
     * show that period's progress and updates as the earlier date's (trial 56 F2); and where it is after the period the
     * plan names in a way core warns of (quarters after it, or changing statuses from those at its end: run 63, 4). A
     * date after the period that changes nothing is no slip: a report as of the day of the meeting it goes to.
     */
    static void warnOutsidePeriod(ActionPlan plan, LocalDate asOf, Object source, PrintWriter err) {
        // A plan that names no period reports on its date's, else on its latest update's (trial 59 F7).
        plan.reportedPeriod().or(() -> plan.recommendations().stream().flatMap(r -> r.updates().stream())
                .map(ProgressUpdate::period).max(Comparator.naturalOrder())).filter(period -> asOf.isBefore(
                period.start())).ifPresent(period -> err.println(source
                + ": warning: --as-of " + Dates.shortDate(asOf) + " is before the period the plan reports on, "
                + period + " (" + period.displayName() + "): its progress and updates are of that period, and would be"
                + " shown as of " + Dates.shortDate(asOf) + "; report on an earlier quarter from that quarter's plan"
                + " file"));
        plan.period().ifPresent(period -> pastPeriod(plan, period, asOf).forEach(warning -> err.println(source
                + ": warning: --as-of: " + warning)));
    }

    /**
     * What core warns of the plan reporting on {@code period} at {@code asOf} past the period's end that it does not
     * of the plan as it is: what the date given brings, said before a workbook or report is made of it.
     */
    static List<String> pastPeriod(ActionPlan plan, ReportingPeriod period, LocalDate asOf) {
        if (!asOf.isAfter(period.end())) {
            return List.of();
        }
        Set<Problem> had = new HashSet<>(PlanValidator.validate(plan));
        return PlanValidator.validate(plan.withPeriod(period).withAsOf(asOf)).stream().filter(problem -> problem
                .path().equals("/asOf") && !had.contains(problem)).map(Problem::message).toList();
    }

    /** The one date several plans are assessed at: the one given, else the latest of the plans', else today. */
    static LocalDate commonDate(LocalDate asOf, List<ActionPlan> plans, Supplier<LocalDate> today) {
        return asOf != null ? asOf : plans.stream().flatMap(p -> p.asOf().stream())
                .max(LocalDate::compareTo).orElseGet(today);
    }
}
