package io.github.actionplan.rules;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a {@link StatusRule} to recommendations and their sub-actions at a reporting date,
 * rolling sub-action statuses up as its {@link RollUp} says.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard();                        // default rule, own deadline
 * PlanAssessment at = assessor.assess(plan, LocalDate.of(2023, 11, 1));
 * at.recommendations().get(0).reason();
 *     // "deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%"
 *
 * Assessor worst = Assessor.of(ScheduleStatusRule.standard(), RollUp.WORST_SUB_ACTION);
 * }</pre>
 */
public final class Assessor {

    private static final Assessor STANDARD = new Assessor(DefaultStatusRule.standard(), RollUp.RECOMMENDATION);

    private final StatusRule rule;
    private final RollUp rollUp;

    private Assessor(StatusRule rule, RollUp rollUp) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
    }

    /** The default rule with the recommendation's own deadline and progress deciding. */
    public static Assessor standard() {
        return STANDARD;
    }

    /** {@code rule}, rolled up as {@code rollUp} says. */
    public static Assessor of(StatusRule rule, RollUp rollUp) {
        return new Assessor(rule, rollUp);
    }

    /** The rule applied to each item. */
    public StatusRule rule() {
        return rule;
    }

    /** How sub-action statuses roll up. */
    public RollUp rollUp() {
        return rollUp;
    }

    /**
     * Every recommendation of {@code plan} assessed at {@code asOf}.
     *
     * <p>A status is as of its date, and work completed after that date was not complete then; nor does the plan
     * say how far along it was on the date. So a date before a completion the plan records is refused, not
     * reported with that work complete: to report an earlier quarter, assess the plan as it stood then (that
     * quarter's snapshot), or assess at {@link #earliestAsOf(ActionPlan)} or later.
     *
     * @throws IllegalArgumentException if {@code asOf} is before a completion date of a recommendation or a
     *                                  sub-action of {@code plan}; the message names every such item, with its
     *                                  date, and the earliest date the plan can be assessed at; or if it is outside
     *                                  the quarters a plan can name, 1900-04-01 to 9999-03-31, as a plan's own date
     *                                  may not be
     */
    public PlanAssessment assess(ActionPlan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        ReportingPeriod.containing(asOf); // a report "as of 30 June +10000" would say nothing true
        List<String> later = new ArrayList<>();
        plan.recommendations().forEach(recommendation -> later.addAll(completedAfter(recommendation, asOf)));
        if (!later.isEmpty()) {
            throw completedLater(later, earliestAsOf(plan).orElseThrow(), asOf);
        }
        List<RecommendationAssessment> assessments = new ArrayList<>(plan.recommendations().size());
        for (Recommendation recommendation : plan.recommendations()) {
            assessments.add(assessChecked(recommendation, asOf, plan.statusLabels()));
        }
        return new PlanAssessment(plan, asOf, this, assessments.stream().map(a -> asItsRecommendations(a,
                assessments)).toList());
    }

    /**
     * A cause of concern with nothing of its own to go by (no sub-actions, progress, timescale or completion) stands
     * as the recommendations it owns do, the worst of them: else it would show on track, green, the most serious
     * finding of a plan, while they are off track. Any other assessment is as it is.
     */
    private static RecommendationAssessment asItsRecommendations(RecommendationAssessment cause,
            List<RecommendationAssessment> all) {
        Recommendation own = cause.recommendation();
        if (own.kind() != RecommendationKind.CAUSE_OF_CONCERN || !own.subActions().isEmpty() || own.progressReported()
                || own.deadline().isPresent() || own.completedOn().isPresent()) {
            return cause;
        }
        List<RecommendationAssessment> owned = all.stream().filter(a -> a.recommendation().causeOfConcern()
                .equals(Optional.of(own.ref()))).toList();
        if (owned.isEmpty()) {
            return cause;
        }
        RecommendationAssessment worst = owned.stream().min(Comparator.comparing(RecommendationAssessment::status))
                .orElseThrow();
        String reason = worst.status() == Status.COMPLETE ? "its recommendations are complete"
                : "as its recommendations stand, the worst " + worst.recommendation().name() + ": " + worst.reason();
        return new RecommendationAssessment(own, cause.asOf(), Assessment.of(worst.status(), reason), List.of());
    }

    /**
     * One recommendation assessed at {@code asOf}, its reasons naming a status by its default label: a plan's own
     * labels are known where the plan is assessed ({@link #assess(ActionPlan, LocalDate)}).
     *
     * @throws IllegalArgumentException if {@code asOf} is before a completion date of the recommendation or of one
     *                                  of its sub-actions, as {@link #assess(ActionPlan, LocalDate)} refuses one
     */
    public RecommendationAssessment assess(Recommendation recommendation, LocalDate asOf) {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(asOf, "asOf");
        List<String> later = completedAfter(recommendation, asOf);
        if (!later.isEmpty()) {
            throw completedLater(later, earliestAsOf(recommendation).orElseThrow(), asOf);
        }
        return assessChecked(recommendation, asOf, StatusLabels.defaults());
    }

    /**
     * The earliest date {@code plan} can be {@linkplain #assess(ActionPlan, LocalDate) assessed} at: the latest
     * completion date it records, of a recommendation or a sub-action; empty when it records none, and any date
     * will do.
     */
    public static Optional<LocalDate> earliestAsOf(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.recommendations().stream().map(Assessor::earliestAsOf).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    /**
     * The earliest date {@code recommendation} can be {@linkplain #assess(Recommendation, LocalDate) assessed} at: the
     * latest completion date it records, its own or a sub-action's; empty when it records none.
     */
    public static Optional<LocalDate> earliestAsOf(Recommendation recommendation) {
        Objects.requireNonNull(recommendation, "recommendation");
        return java.util.stream.Stream.concat(recommendation.completedOn().stream(),
                recommendation.subActions().stream().flatMap(s -> s.completedOn().stream()))
                .max(LocalDate::compareTo);
    }

    /** "Rec 3 sub-action 3.2 on 15 Nov 2024" for each item of {@code recommendation} completed after {@code asOf}. */
    private static List<String> completedAfter(Recommendation recommendation, LocalDate asOf) {
        List<String> later = new ArrayList<>();
        recommendation.completedOn().filter(d -> d.isAfter(asOf))
                .ifPresent(d -> later.add(recommendation.name() + " on " + Phrases.date(d)));
        for (SubAction subAction : recommendation.subActions()) {
            subAction.completedOn().filter(d -> d.isAfter(asOf)).ifPresent(d -> later.add(recommendation.name()
                    + " sub-action " + subAction.id() + " on " + Phrases.date(d)));
        }
        return later;
    }

    /** The completions after a date its refusal names, before saying how many more there are. */
    private static final int NAMED_COMPLETIONS = 5;

    /** The refusal of {@code asOf}, before the work {@code later} names: {@code earliest} is the first date allowed. */
    private static IllegalArgumentException completedLater(List<String> later, LocalDate earliest, LocalDate asOf) {
        // The first few: a plan of thousands completed would make a line of a megabyte (trial 59 F5).
        return new IllegalArgumentException("cannot assess at " + Phrases.date(asOf) + ": work recorded as completed"
                + " after that date was not complete on it (" + Quote.first(later, NAMED_COMPLETIONS) + "); assess at "
                + Phrases.date(earliest) + " or later, or assess the plan as it stood on " + Phrases.date(asOf));
    }

    /** Whether {@code subAction}, with no timescale of its own, is due when its recommendation's deadline is. */
    static boolean dueWithRecommendation(Recommendation recommendation, SubAction subAction) {
        return subAction.due().isEmpty() && recommendation.deadline().flatMap(Timescale::dueDate).isPresent();
    }

    /** {@code recommendation} assessed, its reasons naming a status by {@code labels}' word for it. */
    private RecommendationAssessment assessChecked(Recommendation recommendation, LocalDate asOf,
            StatusLabels labels) {
        WorkItem own = WorkItem.of(recommendation);
        List<Assessment> subActions = new ArrayList<>(recommendation.subActions().size());
        for (SubAction subAction : recommendation.subActions()) {
            if (recommendation.subActionsDoneWithIt()) {
                // The plan reports the whole item done and tracks none of its parts: a person reads this part as
                // done too, not as overdue at 0%. Where the plan tracks its parts, one it says nothing of is not
                // started, as its validator warns.
                subActions.add(Assessment.of(Status.COMPLETE, "complete with " + recommendation.name()));
            } else if (dueWithRecommendation(recommendation, subAction)) {
                // Work with no timescale of its own is due when the whole is: else it would read on track, green,
                // under a recommendation long overdue.
                Assessment assessed = assessed(WorkItem.of(subAction, recommendation.deadline()), recommendation,
                        Optional.of(subAction), asOf);
                subActions.add(assessed.status() == Status.COMPLETE ? assessed : Assessment.of(assessed.status(),
                        assessed.reason() + "; due with " + recommendation.name()));
            } else {
                subActions.add(assessed(WorkItem.of(subAction), recommendation, Optional.of(subAction), asOf));
            }
        }
        Assessment assessment = switch (rollUp) {
            case RECOMMENDATION -> assessed(own, recommendation, Optional.empty(), asOf);
            case WORST_SUB_ACTION -> worst(recommendation, own, subActions, asOf);
            case MAJORITY -> majority(recommendation, own, subActions, asOf, labels);
        };
        return new RecommendationAssessment(recommendation, asOf, assessment, subActions);
    }

    private Assessment worst(Recommendation recommendation, WorkItem own, List<Assessment> subActions, LocalDate asOf) {
        if (own.isComplete() || subActions.stream().allMatch(a -> a.status() == Status.COMPLETE)) {
            return ownWithSubActionsComplete(recommendation, own, subActions, asOf);
        }
        int worst = 0;
        for (int i = 1; i < subActions.size(); i++) {
            if (subActions.get(i).status().isWorseThan(subActions.get(worst).status())) {
                worst = i;
            }
        }
        Assessment chosen = subActions.get(worst);
        return Assessment.of(chosen.status(), "worst sub-action " + recommendation.subActions().get(worst).id()
                + ": " + chosen.reason());
    }

    private Assessment majority(Recommendation recommendation, WorkItem own, List<Assessment> subActions,
            LocalDate asOf, StatusLabels labels) {
        List<Status> open = subActions.stream().map(Assessment::status).filter(s -> s != Status.COMPLETE).toList();
        if (own.isComplete() || open.isEmpty()) {
            // Complete only when the recommendation's own work is: most of its parts being done is not all of it.
            return ownWithSubActionsComplete(recommendation, own, subActions, asOf);
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        open.forEach(status -> counts.merge(status, 1, Integer::sum));
        Status most = null;
        // Worst first, so on a tie the first (worse) status found stays.
        for (Status status : Status.SEVERITY) {
            if (counts.containsKey(status) && (most == null || counts.get(status) > counts.get(most))) {
                most = status;
            }
        }
        int complete = subActions.size() - open.size();
        // The plan's own word, as the status cell beside it shows it (run 99 #2); a default in lower case.
        String label = labels.inSentence(most);
        return Assessment.of(most, counts.get(most) + " of " + open.size() + " open "
                + (open.size() == 1 ? "sub-action is " : "sub-actions are ")
                + (label.equals(most.defaultLabel()) ? label.toLowerCase(java.util.Locale.ROOT) : label)
                + (complete == 0 ? "" : "; " + complete + " of " + subActions.size() + " complete"));
    }

    /**
     * The recommendation's own assessment, where it is complete, has no sub-actions, or has only complete ones: a
     * roll-up of its sub-actions cannot make it complete while its own progress says it is not, and its reason says
     * why it is open when every part is done.
     */
    private Assessment ownWithSubActionsComplete(Recommendation recommendation, WorkItem own,
            List<Assessment> subActions, LocalDate asOf) {
        Assessment assessment = assessed(own, recommendation, Optional.empty(), asOf);
        if (own.isComplete() || subActions.isEmpty() || assessment.status() == Status.COMPLETE) {
            return assessment;
        }
        return Assessment.of(assessment.status(), "every sub-action is complete but the recommendation is not: "
                + assessment.reason());
    }

    /**
     * The rule's assessment of {@code item}, the recommendation or its {@code subAction}: a rule of
     * the caller's own that fails or gives none is told with the item and date it failed on, where a failure said
     * only "No value present" and a null named the rule's lambda class (run 99 #8).
     */
    private Assessment assessed(WorkItem item, Recommendation recommendation, Optional<SubAction> subAction,
            LocalDate asOf) {
        Assessment assessment;
        try {
            assessment = rule.assess(item, asOf);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the status rule failed to assess " + named(recommendation, subAction)
                    + " at " + asOf + ": " + e, e);
        }
        if (assessment == null) {
            throw new NullPointerException("the status rule gave no assessment of " + named(recommendation, subAction)
                    + " at " + asOf + "; a rule gives one for every item");
        }
        return assessment;
    }

    private static String named(Recommendation recommendation, Optional<SubAction> subAction) {
        return subAction.map(s -> "sub-action " + s.id() + " of ").orElse("") + recommendation.name();
    }

    /**
     * Whether {@code other} is an assessor of an equal rule, rolled up alike: two made of one rule are equal, and so
     * are the assessments they make of a plan at a date (run 99 #11).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Assessor that && rule.equals(that.rule) && rollUp == that.rollUp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, rollUp);
    }

    @Override
    public String toString() {
        return "Assessor[" + rule + ", " + rollUp + "]";
    }
}
