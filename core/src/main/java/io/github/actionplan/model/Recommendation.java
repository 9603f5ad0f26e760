package io.github.actionplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.actionplan.internal.OriginalTimescale;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.SubActionIds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One finding to act on: a recommendation, an area for improvement or a cause of concern, with
 * the plan's response to it.
 *
 * <pre>{@code
 * Recommendation afi = Recommendation.builder()
 *         .ref("AFI 1")
 *         .kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
 *         .reportPage(12)
 *         .text("The service should assure itself that its use of enforcement powers prioritises the highest risks.")
 *         .owner("Protection")
 *         .addSubAction(SubAction.builder().id("1.1").due(Timescale.parse("Dec 2024")).build())
 *         .build();
 * }</pre>
 *
 * <p>Its {@linkplain #progress() progress} is the reported progress where the plan gives one,
 * else the weighted mean of its sub-actions; its {@linkplain #dueDate() due date} is its deadline,
 * else (or where the deadline names no date) the latest due date of its sub-actions.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Recommendation {

    Recommendation() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Unique in the plan, as the plan writes it: "Rec 17", "AFI 1", "1". */
    public abstract String ref();

    /**
     * The inspectorate's own number for it, where the plan's differs: Essex calls HMICFRS's
     * recommendation 20 its "Recommendation 9".
     */
    public abstract OptionalInt inspectorateNumber();

    /** Whether it is an area for improvement, a recommendation or a cause of concern. */
    public abstract RecommendationKind kind();

    /** The ref of the cause of concern this recommendation belongs to. */
    public abstract Optional<String> causeOfConcern();

    /** The inspection pillar it falls under. */
    public abstract Optional<Pillar> pillar();

    /** The inspection's diagnostic question, e.g. "Preventing fires and other risks". */
    public abstract Optional<String> question();

    /** The page of the inspection report it is on. */
    public abstract OptionalInt reportPage();

    /** The inspectorate's words, as narrative text. */
    public abstract String text();

    /** The outcomes the plan wants, each as narrative text. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> requiredOutcomes();

    /** The responsible function, usually a department rather than a person: one line. */
    public abstract Optional<String> owner();

    /** The deadline, as the plan writes it. */
    public abstract Optional<Timescale> deadline();

    /**
     * Progress as the plan reports it; where absent, progress is the sub-actions' weighted mean. In a plan's JSON, the
     * field {@code progress}, as a sub-action's is: {@link #progress()} is what it comes to.
     */
    @JsonProperty("progress")
    public abstract Optional<Percent> reportedProgress();

    /** The day it was completed. */
    public abstract Optional<LocalDate> completedOn();

    /** The status its owner gave it, where the plan records one. */
    public abstract Optional<OwnerAssessment> assessment();

    /** The work planned towards it, in display order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<SubAction> subActions();

    /** Progress updates, oldest first. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<ProgressUpdate> updates();

    /** Notes, as narrative text. */
    public abstract Optional<String> notes();

    /**
     * Its progress: 100% once completed, as a sub-action's is, else the reported progress if given, else the
     * weighted mean of its sub-actions' {@linkplain SubAction#effectiveProgress() progress} (equal weights unless
     * given), else 0%. Exact; reports round it half-up. A completed item reported below 100% is a slip that
     * {@code PlanValidator} warns of; reports do not show it complete at 80%.
     */
    @JsonIgnore
    @Value.Derived
    @Value.Auxiliary
    public Percent progress() {
        if (completedOn().isPresent()) {
            return Percent.HUNDRED;
        }
        return reportedProgress().or(this::subActionsProgress).orElse(Percent.ZERO);
    }

    /**
     * The weighted mean of its sub-actions' {@linkplain SubAction#effectiveProgress() progress} (equal weights unless
     * given), which is its {@link #progress()} where it is open and has no reported progress of its own; none where it
     * has no sub-actions. Where it has a reported progress too, that is what reports show, and this what its
     * sub-actions come to. It is 0% where none of them has a progress or a completion date recorded, which
     * {@link #subActionsTracked()} tells. Exact, as {@link #progress()} is: round it to 6 decimal places before giving
     * it as a reported progress.
     */
    public final Optional<Percent> subActionsProgress() {
        if (subActions().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (SubAction subAction : subActions()) {
            BigDecimal weight = subAction.effectiveWeight();
            weighted = weighted.add(subAction.effectiveProgress().value().multiply(weight));
            weights = weights.add(weight);
        }
        return Optional.of(Percent.of(weighted.divide(weights, MathContext.DECIMAL64).min(BigDecimal.valueOf(100))));
    }

    /**
     * How reports and reasons name it: its ref as the plan writes it ("AFI 1"), or, where the ref is
     * a bare number, with its kind before it ("Area for improvement 1").
     */
    @JsonIgnore
    public String name() {
        return ref().matches("[0-9]+") ? kind().displayName() + " " + ref() : ref();
    }

    /**
     * Its due date: the deadline's date if given, else the latest due date of its sub-actions. A deadline that names
     * no date ("TBC", "31/02/2025") counts as none given, so that it never hides sub-actions past due; an "Ongoing"
     * one says there is none.
     */
    @JsonIgnore
    @Value.Derived
    @Value.Auxiliary
    public Optional<LocalDate> dueDate() {
        if (deadline().isPresent() && (deadline().get().dueDate().isPresent()
                || deadline().get().kind() == Timescale.Kind.ONGOING)) {
            return deadline().get().dueDate();
        }
        return subActions().stream()
                .map(SubAction::due)
                .flatMap(Optional::stream)
                .map(Timescale::dueDate)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    /** A copy with another reported progress. */
    public abstract Recommendation withReportedProgress(Percent progress);

    /**
     * A copy with {@code date} as its completion date, and nothing else changed: its reported progress stays as it
     * is. {@link #withCompletion} also makes that progress 100%.
     */
    public abstract Recommendation withCompletedOn(LocalDate date);

    /** A copy with another owner's assessment. */
    public abstract Recommendation withAssessment(OwnerAssessment assessment);

    /**
     * A copy with another owner, named on one line as the plan names owners: the recommendation handed to them. Its
     * sub-actions with no owner of their own are theirs with it; those with one keep theirs.
     *
     * @throws IllegalStateException if {@code owner} is blank or not one line, as {@code build()} refuses it: the
     *                               copies are checked as whole ones are
     */
    public abstract Recommendation withOwner(String owner);

    /** A copy with these sub-actions instead, in this order. */
    public abstract Recommendation withSubActions(Iterable<? extends SubAction> subActions);

    /** A copy with these progress updates instead, oldest first. */
    public abstract Recommendation withUpdates(Iterable<? extends ProgressUpdate> updates);

    /**
     * A copy with {@code subAction} in place of the one with its id, where it was.
     *
     * @throws IllegalArgumentException if it has no sub-action with that id; one added goes in through
     *                                  {@link #withSubActions}, where its place among the others is chosen
     */
    public final Recommendation withSubAction(SubAction subAction) {
        Objects.requireNonNull(subAction, "subAction");
        List<SubAction> all = new ArrayList<>(subActions());
        int at = all.stream().map(SubAction::id).toList().indexOf(subAction.id());
        if (at < 0) {
            throw new IllegalArgumentException(Quote.single(ref()) + " has no sub-action with the id "
                    + Quote.single(subAction.id()) + "; add it with withSubActions");
        }
        all.set(at, subAction);
        return withSubActions(all);
    }

    /**
     * A copy with {@code update} as the update for its period: in place of one for that period, else added among the
     * others in period order, so that the history stays oldest first and {@link #latestUpdate()} is the latest
     * period's.
     */
    public final Recommendation withUpdate(ProgressUpdate update) {
        Objects.requireNonNull(update, "update");
        List<ProgressUpdate> all = new ArrayList<>(updates());
        int same = all.stream().map(ProgressUpdate::period).toList().lastIndexOf(update.period());
        if (same >= 0) {
            all.set(same, update);
        } else {
            int after = (int) all.stream().filter(u -> u.period().compareTo(update.period()) < 0).count();
            all.add(after, update);
        }
        return withUpdates(all);
    }

    /**
     * A copy with the deadline {@code timescale} instead, where a new timescale was agreed. The one it was first
     * given stays on record, as the last paragraph of its notes ("Originally due Dec 2024"), so that reports show the
     * slippage; a second revision keeps that paragraph. The same timescale again changes nothing.
     */
    public final Recommendation withRevisedDeadline(Timescale timescale) {
        Objects.requireNonNull(timescale, "timescale");
        if (deadline().equals(Optional.of(timescale))) {
            return this;
        }
        Builder revised = builder().from(this).deadline(timescale);
        deadline().ifPresent(first -> revised.notes(OriginalTimescale.notes(notes(), first.text())));
        return revised.build();
    }

    /**
     * A copy completed on {@code date}, its reported progress 100%. A progress it reports below 100% becomes 100%: a
     * completed item's progress is 100%, and a plan that says otherwise is warned of. {@link #withCompletedOn} sets the
     * date alone.
     */
    public final Recommendation withCompletion(LocalDate date) {
        Recommendation completed = withCompletedOn(Objects.requireNonNull(date, "date"));
        return reportedProgress().filter(p -> !p.isComplete()).isPresent()
                ? completed.withReportedProgress(Percent.HUNDRED) : completed;
    }

    /**
     * The id for a sub-action added to it: one more than the number its last numbered sub-action's id ends in
     * ({@code "2.5"} after {@code "2.4"}, {@code "5.10"} after {@code "5.9"}), or, where none ends in a number, the
     * number in its ref and {@code 1} ({@code "17.1"} for {@code "Rec 17"}); never the id of one it has.
     */
    public final String nextSubActionId() {
        Set<String> ids = subActions().stream().map(SubAction::id).collect(Collectors.toSet());
        String last = subActions().stream().map(SubAction::id).filter(id -> SubActionIds.isDigit(id.charAt(id.length()
                - 1))).reduce((first, second) -> second).orElse(SubActionIds.base(ref()) + ".0");
        int digits = last.length();
        while (digits > 0 && SubActionIds.isDigit(last.charAt(digits - 1))) {
            digits--;
        }
        String prefix = last.substring(0, digits);
        String written = last.substring(digits);
        // Zero-padded as the last one is ("2.02" after "2.01"), so that the ids still sort as text.
        int width = written.startsWith("0") ? written.length() : 1;
        BigInteger number = new BigInteger(written);
        String id;
        do {
            number = number.add(BigInteger.ONE);
            id = prefix + "0".repeat(Math.max(0, width - number.toString().length())) + number;
        } while (ids.contains(id));
        return id;
    }

    /**
     * The update for {@code period}: of several for it, the last listed, the one reports show and an import adds to.
     */
    public final Optional<ProgressUpdate> update(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return updates().stream().filter(update -> update.period().equals(period)).reduce((first, last) -> last);
    }

    /**
     * The most recent progress update: the one for the latest reporting period, of several for it the last listed,
     * wherever the list has it (a plan built in code may append a late note for an earlier quarter).
     */
    public final Optional<ProgressUpdate> latestUpdate() {
        return updates().stream().reduce((latest, next) -> next.period().compareTo(latest.period()) >= 0 ? next
                : latest);
    }

    /**
     * Whether its {@link #progress()} is known: reported, or completed, or worked out from sub-actions of which one
     * at least has a progress or a completion date. Where it is not, its progress is 0% for the rules' sake, but
     * reports say no progress is reported rather than show a figure nobody gave.
     */
    @JsonIgnore
    public final boolean progressReported() {
        return reportedProgress().isPresent() || completedOn().isPresent() || subActionsTracked();
    }

    /**
     * Whether the plan tracks its sub-actions: one at least has a progress or a completion date. Where none has, as
     * in plans that count their actions and no more, a sub-action with nothing recorded is complete when the
     * recommendation is; where one has, a sub-action with nothing recorded is open, not started.
     */
    @JsonIgnore
    public final boolean subActionsTracked() {
        return subActions().stream().anyMatch(SubAction::progressReported);
    }

    /**
     * Whether its sub-actions with nothing recorded are done with it: it is complete as a whole, and tracks none of
     * them ({@link #subActionsTracked()}), so a reader takes each part as done, not as overdue at 0%. Where this is
     * false, a sub-action is done only where {@linkplain SubAction#effectiveProgress() complete} itself.
     */
    @JsonIgnore
    public final boolean subActionsDoneWithIt() {
        return progress().isComplete() && !subActionsTracked();
    }

    /** Whether it has sub-actions and every one of them is {@linkplain SubAction#effectiveProgress() complete}. */
    @JsonIgnore
    public final boolean everySubActionComplete() {
        return !subActions().isEmpty() && subActions().stream().allMatch(s -> s.effectiveProgress().isComplete());
    }

    /** The sub-actions waiting on someone else. */
    public final List<SubAction> blockedSubActions() {
        return subActions().stream().filter(SubAction::isBlocked).toList();
    }

    @Value.Check
    void check() {
        Checks.notBlank("recommendation", "ref", ref());
        String item = "recommendation " + Quote.single(ref());
        Checks.notBlank(item, "text", text());
        Checks.writable(item, "completedOn", completedOn());
        Checks.writablePercent("recommendation", ref(), "reportedProgress", reportedProgress());
        Checks.reference("recommendation", "ref", ref());
        causeOfConcern().ifPresent(coc -> Checks.reference(item, "causeOfConcern", coc));
        Checks.notBlank(item, "owner", owner());
        Checks.oneLine("recommendation", ref(), "owner", owner());
        Checks.notBlank(item, "question", question());
        // Narrative is absent or says something: a blank one printed an empty heading or cell in every report.
        Checks.notBlank(item, "notes", notes());
        requiredOutcomes().forEach(outcome -> Checks.notBlank(item, "required outcome", outcome));
        reportPage().ifPresent(page -> {
            if (page < 1) {
                throw new IllegalStateException(item + " reportPage " + page + " is not a page number (1 or more)");
            }
        });
        inspectorateNumber().ifPresent(number -> {
            if (number < 1) {
                throw new IllegalStateException(item + " inspectorateNumber " + number + " is not 1 or more");
            }
        });
        Set<String> ids = new HashSet<>();
        for (SubAction subAction : subActions()) {
            if (!ids.add(subAction.id())) {
                throw new IllegalStateException(item + " has two sub-actions with id " + Quote.single(subAction.id()));
            }
        }
    }

    /**
     * Builds a {@link Recommendation}; {@code ref}, {@code kind} and {@code text} are required.
     *
     * <p>Each attribute has a setter of its name taking its value, and an optional attribute one taking an {@code
     * Optional} as well: {@link Recommendation#ref() ref}(String), {@link Recommendation#kind()
     * kind}(RecommendationKind), {@link Recommendation#text() text}(String), {@link
     * Recommendation#inspectorateNumber() inspectorateNumber}(int), {@link Recommendation#causeOfConcern()
     * causeOfConcern}(String), {@link Recommendation#pillar() pillar}(Pillar), {@link Recommendation#question()
     * question}(String), {@link Recommendation#reportPage() reportPage}(int), {@link Recommendation#owner()
     * owner}(String), {@link Recommendation#deadline() deadline}(Timescale), {@link Recommendation#reportedProgress()
     * reportedProgress}(Percent), {@link Recommendation#completedOn() completedOn}(LocalDate), {@link
     * Recommendation#assessment() assessment}(OwnerAssessment), {@link Recommendation#notes() notes}(String). {@code
     * reportedProgress(int)} takes a whole percent; {@code addSubAction(SubAction)}, {@code
     * addUpdate(ProgressUpdate)} and {@code addRequiredOutcome(String)} add to the {@link Recommendation#subActions()
     * subActions}, {@link Recommendation#updates() updates} and {@link Recommendation#requiredOutcomes()
     * requiredOutcomes}, in order ({@code addAll...(Iterable)} adds several; {@code subActions(Iterable)} and the
     * like replace them). {@code from(Recommendation)} fills the builder from a copy to change, and {@code build()}
     * checks the whole and builds it, refusing what the accessors' documentation does not allow with a message naming
     * the item and field.
     * A null argument is refused at once with a {@code NullPointerException} naming the attribute, a value out
     * of range ({@code reportedProgress(150)}) with an {@code IllegalArgumentException}, and what only the whole can tell
     * at {@code build()}, with an {@code IllegalStateException}.
     */
    public static final class Builder extends ImmutableRecommendation.Builder {
        Builder() {}

        /**
         * Sets a whole-percent reported progress.
         *
         * @throws IllegalArgumentException if {@code percent} is outside 0-100, naming the field
         */
        public Builder reportedProgress(int percent) {
            reportedProgress(Checks.percent("reportedProgress", percent));
            return this;
        }
    }
}
