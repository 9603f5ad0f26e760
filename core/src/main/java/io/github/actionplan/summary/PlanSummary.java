package io.github.actionplan.summary;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan summed up at a reporting date: status counts and shares, overall progress, blocked
 * sub-actions, the same by owner, kind and pillar, overdue items and what falls due soon.
 *
 * <pre>{@code
 * PlanSummary summary = PlanSummary.of(plan, LocalDate.of(2023, 11, 1), Assessor.standard());
 * summary.counts().count(Status.OFF_TRACK);   // 15
 * summary.overallProgress().rounded();        // 45
 * summary.overdue().get(0).daysOverdue();     // 216
 * }</pre>
 */
public final class PlanSummary {

    /** The group name for recommendations with no owner. */
    public static final String NO_OWNER = "No owner given";
    /** The group name for recommendations with no pillar. */
    public static final String NO_PILLAR = "No pillar given";

    private final PlanAssessment assessment;
    private final StatusCounts counts;

    private PlanSummary(PlanAssessment assessment) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.counts = StatusCounts.of(assessment.recommendations());
    }

    /** The summary of an assessed plan. */
    public static PlanSummary of(PlanAssessment assessment) {
        return new PlanSummary(assessment);
    }

    /**
     * The summary of {@code plan} assessed by {@code assessor} at {@code asOf}.
     *
     * @throws IllegalArgumentException if {@code asOf} is before work the plan records as completed, as
     *                                  {@link Assessor#assess(ActionPlan, LocalDate)} refuses it
     */
    public static PlanSummary of(ActionPlan plan, LocalDate asOf, Assessor assessor) {
        return new PlanSummary(assessor.assess(plan, asOf));
    }

    /** The assessment summed up. */
    public PlanAssessment assessment() {
        return assessment;
    }

    /** The reporting date. */
    public LocalDate asOf() {
        return assessment.asOf();
    }

    /** The number of recommendations. */
    public int total() {
        return counts.total();
    }

    /** The count of each status, zero included. */
    public StatusCounts counts() {
        return counts;
    }

    /** The mean progress of all recommendations (0% for an empty plan). */
    public Percent overallProgress() {
        return mean(assessment.recommendations());
    }

    /**
     * How many recommendations {@link #overallProgress()} counts at 0% for having no progress reported: a reader of
     * that mean should know, as of {@link #delegatedProgress()}'s ({@link #delegatedUnreported()}).
     */
    public long unreported() {
        return assessment.recommendations().stream().filter(r -> !r.recommendation().progressReported()).count();
    }

    /** Whether any recommendation has progress reported ({@link Recommendation#progressReported()}). */
    public boolean progressReported() {
        return reported(assessment.recommendations());
    }

    /** The number of sub-actions in the plan. */
    public int subActionCount() {
        return assessment.plan().recommendations().stream().mapToInt(r -> r.subActions().size()).sum();
    }

    /** The open sub-actions waiting on someone else. */
    public int blockedSubActions() {
        int blocked = 0;
        for (Recommendation recommendation : assessment.plan().recommendations()) {
            for (SubAction subAction : recommendation.subActions()) {
                if (subAction.isBlocked() && !subAction.effectiveProgress().isComplete()) {
                    blocked++;
                }
            }
        }
        return blocked;
    }

    /** Counts and progress per owner, in order of first appearance; {@link #NO_OWNER} for none. */
    public List<Breakdown> byOwner() {
        return breakdown(r -> ownerOf(r.recommendation()));
    }

    /**
     * Counts and mean progress per owner of the sub-actions they carry out in recommendations others own (a
     * sub-action whose owner, as {@link #ownerOf(Recommendation, SubAction)} tells, is not its recommendation's), in
     * order of first appearance; empty where every sub-action is its recommendation owner's. With {@link #byOwner()},
     * which counts each recommendation under its owner with its sub-actions, every item of an owner's list is counted
     * once.
     */
    public List<Breakdown> delegatedByOwner() {
        Map<String, List<Delegated>> groups = new LinkedHashMap<>();
        delegated().forEach(d -> groups.computeIfAbsent(d.owner(), o -> new ArrayList<>()).add(d));
        return groups.entrySet().stream().map(group -> new Breakdown(group.getKey(), new StatusCounts(group.getValue()
                .stream().collect(Collectors.toMap(Delegated::status, d -> 1, Integer::sum))),
                meanOf(group.getValue().stream().map(Delegated::progress).toList()),
                group.getValue().stream().anyMatch(Delegated::reported))).toList();
    }

    /**
     * The mean progress of the sub-actions {@link #delegatedByOwner()} counts, every owner's together (0% where
     * there are none).
     */
    public Percent delegatedProgress() {
        return meanOf(delegated().stream().map(Delegated::progress).toList());
    }

    /**
     * How many of the sub-actions {@link #delegatedProgress()} counts have no progress reported, each counted at 0%
     * there: a reader of that mean should know.
     */
    public long delegatedUnreported() {
        return delegated().stream().filter(d -> !d.reported()).count();
    }

    /** How many sub-actions {@link #delegatedByOwner()} counts, every owner's together. */
    public int delegatedCount() {
        return delegated().size();
    }

    /** A sub-action carried out by someone other than its recommendation's owner, and where it stands. */
    private record Delegated(String owner, Status status, Percent progress, boolean reported) {}

    private List<Delegated> delegated() {
        List<Delegated> delegated = new ArrayList<>();
        for (RecommendationAssessment r : assessment.recommendations()) {
            Recommendation recommendation = r.recommendation();
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                SubAction subAction = recommendation.subActions().get(i);
                String owner = ownerOf(recommendation, subAction);
                if (!owner.equals(ownerOf(recommendation))) {
                    // Work done with its recommendation, which gives it no figure of its own, is done: counted at
                    // 0% and "not reported", 13 of 13 complete read as no progress at all (run 112 #6).
                    boolean done = recommendation.subActionsDoneWithIt();
                    delegated.add(new Delegated(owner, r.subActions().get(i).status(), done ? Percent.HUNDRED
                            : subAction.effectiveProgress(), done || subAction.progressReported()));
                }
            }
        }
        return delegated;
    }

    /**
     * Whose a recommendation is, as every breakdown, list and workbook by owner groups it: its owner, or
     * {@link #NO_OWNER} where it names none. Its sub-actions are its owner's too, whoever carries them out.
     */
    public static String ownerOf(Recommendation recommendation) {
        return recommendation.owner().orElse(NO_OWNER);
    }

    /**
     * Everyone with an item of {@code plan}, in plan order: each recommendation's owner, then its sub-actions' owners
     * who are not it, as {@link #ownerOf(Recommendation)} and {@link #ownerOf(Recommendation, SubAction)} tell them;
     * {@link #NO_OWNER} where an item and its recommendation name none. Each has an owner's list and a workbook.
     */
    public static List<String> owners(ActionPlan plan) {
        Set<String> owners = new LinkedHashSet<>();
        for (Recommendation recommendation : plan.recommendations()) {
            owners.add(ownerOf(recommendation));
            recommendation.subActions().forEach(subAction -> owners.add(ownerOf(recommendation, subAction)));
        }
        return List.copyOf(owners);
    }

    /**
     * Who carries out a sub-action, as workbooks by owner give it to them to fill in: its own owner, else its
     * recommendation's, as {@link #ownerOf(Recommendation)} tells.
     */
    public static String ownerOf(Recommendation recommendation, SubAction subAction) {
        return subAction.owner().orElseGet(() -> ownerOf(recommendation));
    }

    /** Counts and progress per kind, in {@link RecommendationKind} order, kinds present only. */
    public List<Breakdown> byKind() {
        List<Breakdown> byKind = breakdown(r -> r.recommendation().kind().displayName());
        List<String> order = java.util.Arrays.stream(RecommendationKind.values())
                .map(RecommendationKind::displayName).toList();
        return byKind.stream().sorted(Comparator.comparingInt(b -> order.indexOf(b.name()))).toList();
    }

    /** Counts and progress per pillar, in {@link Pillar} order, then {@link #NO_PILLAR}; groups present only. */
    public List<Breakdown> byPillar() {
        List<Breakdown> byPillar = breakdown(r -> r.recommendation().pillar().map(Pillar::displayName).orElse(NO_PILLAR));
        List<String> order = new ArrayList<>(java.util.Arrays.stream(Pillar.values()).map(Pillar::displayName).toList());
        order.add(NO_PILLAR);
        return byPillar.stream().sorted(Comparator.comparingInt(b -> order.indexOf(b.name()))).toList();
    }

    /** Open recommendations past their due date, most overdue first, then in plan order. */
    public List<OverdueItem> overdue() {
        List<OverdueItem> overdue = new ArrayList<>();
        for (RecommendationAssessment r : assessment.recommendations()) {
            if (r.isOverdue()) {
                overdue.add(new OverdueItem(r, ChronoUnit.DAYS.between(r.dueDate().orElseThrow(), asOf())));
            }
        }
        overdue.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed());
        return List.copyOf(overdue);
    }

    /**
     * Open recommendations due from the reporting date up to {@code days} days after it, soonest
     * first.
     */
    public List<RecommendationAssessment> dueWithin(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " is negative");
        }
        LocalDate last = asOf().plusDays(days);
        return assessment.recommendations().stream()
                .filter(r -> r.status() != Status.COMPLETE)
                .filter(r -> r.dueDate().filter(d -> !d.isBefore(asOf()) && !d.isAfter(last)).isPresent())
                .sorted(Comparator.comparing(r -> r.dueDate().orElseThrow()))
                .toList();
    }

    private List<Breakdown> breakdown(Function<RecommendationAssessment, String> key) {
        Map<String, List<RecommendationAssessment>> groups = new LinkedHashMap<>();
        for (RecommendationAssessment r : assessment.recommendations()) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        groups.forEach((name, items) -> breakdowns.add(new Breakdown(name, StatusCounts.of(items), mean(items),
                reported(items))));
        return List.copyOf(breakdowns);
    }

    private static boolean reported(List<RecommendationAssessment> items) {
        return items.stream().anyMatch(r -> r.recommendation().progressReported());
    }

    private static Percent mean(List<RecommendationAssessment> items) {
        return meanOf(items.stream().map(RecommendationAssessment::progress).toList());
    }

    private static Percent meanOf(List<Percent> items) {
        if (items.isEmpty()) {
            return Percent.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Percent item : items) {
            sum = sum.add(item.value());
        }
        return Percent.of(sum.divide(BigDecimal.valueOf(items.size()), MathContext.DECIMAL64)
                .min(BigDecimal.valueOf(100)));
    }
}
