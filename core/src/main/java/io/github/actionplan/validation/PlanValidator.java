package io.github.actionplan.validation;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.internal.Typos;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.RecommendationAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Checks a plan for problems its builders cannot see because they depend on the rest of the
 * plan or on its reporting date: a completion date after the reporting date, progress of 100%
 * beside an open sub-action, open work due after its recommendation's own deadline, a timescale
 * nobody can read, a cause of concern that is not there.
 * Every problem is reported, each with the JSON path of the value.
 *
 * <pre>{@code
 * List<Problem> problems = PlanValidator.validate(plan);
 * problems.stream().filter(Problem::isError).forEach(System.err::println);
 * }</pre>
 *
 * <p>{@link io.github.actionplan.json.PlanJson} runs these checks on every plan it reads.
 */
public final class PlanValidator {

    /**
     * The longest owner's name compared with others for a slip: a name, not a sentence; as long as messages show a name
     * whole, so that an import that suggests one name for another has had the two compared here (run 121 #5).
     */
    private static final int OWNER_NAME = Quote.NAME_SHOWN;
    /** The most owners' names compared pairwise: a service names a few dozen. */
    private static final int OWNERS_COMPARED = 200;
    /** The most items whose status a reporting date past the period changes that a warning names. */
    private static final int NAMED_CHANGES = 5;

    private PlanValidator() {}

    /** Every problem in {@code plan}, errors and warnings, in document order; an unmodifiable list. */
    public static List<Problem> validate(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> asOf = plan.asOf();
        boolean published = plan.source().published().isPresent();
        Map<String, RecommendationKind> kinds = new HashMap<>();
        plan.recommendations().forEach(r -> kinds.putIfAbsent(r.ref(), r.kind()));
        // A plan reports on a report already published: one of the two dates is mistyped.
        plan.source().published().filter(day -> asOf.filter(day::isAfter).isPresent()).ifPresent(day -> problems.add(
                Problem.warning("/source/published", "published on " + Dates.shortDate(day) + ", after the reporting"
                        + " date " + Dates.shortDate(asOf.orElseThrow()) + " (/asOf); a plan reports on a report"
                        + " already published: one of the dates is mistyped")));
        Map<String, Named> refs = new HashMap<>();
        for (int i = 0; i < plan.recommendations().size(); i++) {
            Recommendation recommendation = plan.recommendations().get(i);
            String path = "/recommendations/" + i;
            alike(recommendation.ref(), path + "/ref", refs, problems);
            recommendation.causeOfConcern().ifPresent(ref -> {
                RecommendationKind kind = kinds.get(ref);
                if (kind == null) {
                    problems.add(Problem.error(path + "/causeOfConcern", "no cause of concern in this plan has the"
                            + " ref " + Quote.single(ref) + "; causeOfConcern names the ref of the cause of concern this belongs to"));
                } else if (kind != RecommendationKind.CAUSE_OF_CONCERN) {
                    String name = kind.displayName().toLowerCase(Locale.ROOT);
                    problems.add(Problem.error(path + "/causeOfConcern", Quote.single(ref) + " is "
                            + (name.startsWith("a") ? "an " : "a ") + name + ", not a cause of concern"));
                }
            });
            recommendation.deadline().ifPresent(t -> checkTimescale(t, published, path + "/deadline", problems));
            checkCompletion(recommendation.completedOn(), recommendation.reportedProgress(), asOf,
                    path, problems);
            // Done by a completion date as by 100%: either way reports show it Complete, and only this says a
            // sub-action is not. Sub-actions none of which has a progress or a completion date recorded are taken as
            // not tracked, as the seeds' are; where some are, one with neither is open.
            Optional<String> done = recommendation.completedOn().map(d -> "completed on " + Dates.shortDate(d)).or(() ->
                    recommendation.reportedProgress().filter(Percent::isComplete).map(p -> "progress is 100%"));
            List<SubAction> open = recommendation.subActions().stream().filter(s -> !s.effectiveProgress()
                    .isComplete()).toList();
            done.filter(said -> recommendation.subActionsTracked() && !open.isEmpty()).ifPresent(said -> problems.add(
                    Problem.warning(path + (recommendation.completedOn().isPresent() ? "/completedOn" : "/progress"),
                    said + " but " + stillOpen(open))));
            // The reported progress stands for the recommendation's: left below 100% when its last sub-action
            // completes, it keeps the recommendation open, and only this says why.
            recommendation.reportedProgress().filter(p -> !p.isComplete() && recommendation.completedOn().isEmpty()
                    && recommendation.everySubActionComplete()).ifPresent(p -> problems.add(Problem.warning(
                    path + "/progress", "progress is " + p + " but every sub-action is complete; make it 100, with"
                    + " completedOn, if the recommendation is done, or leave it out to take its sub-actions'")));
            Map<String, Named> ids = new HashMap<>();
            for (int j = 0; j < recommendation.subActions().size(); j++) {
                SubAction subAction = recommendation.subActions().get(j);
                String subPath = path + "/subActions/" + j;
                alike(subAction.id(), subPath + "/id", ids, problems);
                subAction.due().ifPresent(t -> checkTimescale(t, published, subPath + "/due", problems));
                checkDueByDeadline(recommendation, subAction, path, subPath, problems);
                checkCompletion(subAction.completedOn(), subAction.progress(), asOf, subPath, problems);
                checkStart(subAction, subPath, problems);
                checkDoneByRecommendation(recommendation, subAction, subPath, problems);
            }
            List<ProgressUpdate> updates = recommendation.updates();
            for (int j = 1; j < updates.size(); j++) {
                if (updates.get(j).period().compareTo(updates.get(j - 1).period()) < 0) {
                    problems.add(Problem.warning(path + "/updates/" + j + "/period", "updates are not oldest first: "
                            + updates.get(j).period() + " comes after " + updates.get(j - 1).period()));
                }
            }
            // Reports show one update a period, the last listed: an earlier one of the same period is never shown.
            Map<ReportingPeriod, Integer> lastOf = new HashMap<>();
            for (int j = 0; j < updates.size(); j++) {
                Integer before = lastOf.put(updates.get(j).period(), j);
                if (before != null) {
                    problems.add(Problem.warning(path + "/updates/" + before + "/period", "a second update for "
                            + updates.get(j).period() + " follows at " + path + "/updates/" + j + ", and a report of"
                            + " the latest update shows only the last: make them one update"));
                }
            }
            for (int j = 0; j < updates.size(); j++) {
                ProgressUpdate update = updates.get(j);
                String at = path + "/updates/" + j;
                asOf.ifPresent(date -> {
                    notAfter(update.period(), date, at + "/period", "the update's", problems);
                    update.date().filter(day -> day.isAfter(date)).ifPresent(day -> problems.add(Problem.warning(
                            at + "/date", "the update is dated " + Dates.shortDate(day) + ", after the reporting"
                            + " date " + Dates.shortDate(date) + " (/asOf); an update reports what was done by then")));
                });
            }
            recommendation.assessment().flatMap(OwnerAssessment::period).ifPresent(period -> asOf.ifPresent(date ->
                    notAfter(period, date, path + "/assessment/period", "the owner's assessment's", problems)));
        }
        plan.period().ifPresent(period -> asOf.ifPresent(date -> notAfter(period, date, "/period", "the plan's",
                problems)));
        plan.period().ifPresent(period -> asOf.ifPresent(date -> pastPeriod(plan, period, date, problems)));
        ownersAlike(plan, problems);
        labelsApart(plan, problems);
        numberedUnderAnother(plan, kinds.keySet(), problems);
        return List.copyOf(problems);
    }

    /**
     * A warning for each sub-action numbered as another recommendation's ("R1.1" under R2), in a plan whose other
     * sub-actions are numbered by their own recommendation's ref ("R2.1" under R2): reports and workbooks show it in
     * R2's rows, where a reader takes it for R1's work, and the next id given continues R1's series (run 84 #6).
     */
    private static void numberedUnderAnother(ActionPlan plan, Set<String> refs, List<Problem> problems) {
        long own = plan.recommendations().stream().mapToLong(r -> r.subActions().stream().filter(sub -> sub.id()
                .startsWith(r.ref()) && sub.id().startsWith(".", r.ref().length())).count()).sum();
        long all = plan.recommendations().stream().mapToLong(r -> r.subActions().size()).sum();
        if (own * 2 <= all) {
            return;
        }
        for (int i = 0; i < plan.recommendations().size(); i++) {
            Recommendation recommendation = plan.recommendations().get(i);
            String ref = recommendation.ref();
            for (int j = 0; j < recommendation.subActions().size(); j++) {
                String id = recommendation.subActions().get(j).id();
                int dot = id.lastIndexOf('.');
                boolean inOwn = dot == ref.length() && id.startsWith(ref); // most are: no series cut out to compare
                String series = inOwn || dot <= 0 ? "" : id.substring(0, dot);
                if (!inOwn && refs.contains(series)) {
                    problems.add(Problem.warning("/recommendations/" + i + "/subActions/" + j + "/id", "sub-action "
                            + Quote.single(id) + " of recommendation " + Quote.single(recommendation.ref())
                            + " is numbered in the series of recommendation " + Quote.single(series) + ", where the"
                            + " plan's other sub-actions are numbered by their own recommendation's ref: give it an id"
                            + " in the series of " + Quote.single(recommendation.ref()) + ", or move it to "
                            + Quote.single(series)));
                }
            }
        }
    }

    /**
     * The sub-actions {@code open}, not completed, as a warning names them: "sub-action '4.2' is at 40% and not
     * completed"; of several, "sub-actions '4.3' at 60%, and '4.5' and '4.6' with no progress recorded, are not
     * completed".
     */
    private static String stillOpen(List<SubAction> open) {
        if (open.size() == 1) {
            return "sub-action " + Quote.single(open.get(0).id()) + " is " + open.get(0).progress().map(p -> "at " + p
                    + " and not completed").orElse("not completed, with no progress recorded");
        }
        List<String> at = open.stream().filter(s -> s.progress().isPresent()).map(s -> Quote.single(s.id()) + " at "
                + s.progress().orElseThrow()).toList();
        List<String> none = open.stream().filter(s -> s.progress().isEmpty()).map(s -> Quote.single(s.id())).toList();
        String nothing = none.isEmpty() ? "" : Quote.listed(none, "and") + " with no progress recorded";
        return "sub-actions " + (at.isEmpty() ? nothing : Quote.listed(at, "and") + (none.isEmpty() ? ""
                : ", and " + nothing + ",")) + " are not completed";
    }

    /**
     * A warning where {@code name} differs from one named before only in its spaces (one left at the end, a no-break
     * space pasted from Word or Excel): every report shows the two alike, as two items of one name.
     */
    private static void alike(String name, String path, Map<String, Named> seen, List<Problem> problems) {
        Named before = seen.putIfAbsent(Spacing.collapsed(name), new Named(name, path));
        if (before != null && !before.name().equals(name)) { // the same name twice the model refuses
            problems.add(Problem.warning(path, Quote.single(name) + " differs from " + Quote.single(before.name())
                    + " (" + before.path() + ") only in its spaces, so reports show the two alike; write them the"
                    + " same if they are one item, or tell them apart"));
        }
    }

    /**
     * A warning for each owner named a letter or two from another ("Protecton", "Protection") or only in its case or
     * spacing: each name is an owner of its own, with an update workbook and a part of the owners report of its own,
     * so a slip splits one owner's items in two. The one named on fewer items is told, at the first. Names of more
     * than {@link #OWNER_NAME} characters, and plans of more than {@link #OWNERS_COMPARED} owners (a roll-up of many
     * services' plans), are not compared, so that the check takes no longer than the rest.
     */
    private static void ownersAlike(ActionPlan plan, List<Problem> problems) {
        Map<String, String> firstPath = new LinkedHashMap<>();
        Map<String, Integer> items = new HashMap<>();
        for (int i = 0; i < plan.recommendations().size(); i++) {
            Recommendation recommendation = plan.recommendations().get(i);
            String path = "/recommendations/" + i;
            recommendation.owner().ifPresent(owner -> named(owner, () -> path + "/owner", firstPath, items));
            for (int j = 0; j < recommendation.subActions().size(); j++) {
                int sub = j;
                recommendation.subActions().get(j).owner().ifPresent(owner -> named(owner,
                        () -> path + "/subActions/" + sub + "/owner", firstPath, items));
            }
        }
        List<String> owners = firstPath.keySet().stream().filter(owner -> owner.length() <= OWNER_NAME).toList();
        if (owners.size() > OWNERS_COMPARED) {
            return;
        }
        List<String> folded = owners.stream().map(Spacing::folded).toList();
        for (int s = 0; s < owners.size(); s++) {
            String slip = owners.get(s);
            int at = s;
            IntStream.range(0, owners.size()).filter(m -> m != at && (items.get(owners.get(m)) > items.get(slip)
                    || items.get(owners.get(m)).equals(items.get(slip)) && m < at))
                    .filter(m -> folded.get(m).equals(folded.get(at))
                            || Typos.mistypedName(folded.get(at), folded.get(m)))
                    .findFirst().ifPresent(m -> {
                        String meant = owners.get(m);
                        // Named as often, either may be the slip (run 67 #13).
                        boolean either = items.get(meant).equals(items.get(slip));
                        problems.add(Problem.warning(firstPath.get(slip), "owner " + Quote.singleName(slip)
                                + (!folded.get(m).equals(folded.get(at)) ? " is a letter or two from "
                                : Spacing.collapsed(slip).equalsIgnoreCase(Spacing.collapsed(meant))
                                ? " differs only in its case or spacing from "
                                : Spacing.composed(slip).equals(slip) && Spacing.composed(meant).equals(meant)
                                ? " differs only in its dashes, case or spacing from "
                                : " differs only in its case, spacing"
                                + " or how its accents are stored (a letter and an accent after it, or the two as one"
                                + " character, which look alike) from ") + Quote.singleName(meant) + " ("
                                + firstPath.get(meant) + "), named on " + items.get(meant)
                                + (items.get(meant) == 1 ? " item" : " items")
                                + (either ? " too" : "") + ": each name is an owner of its own, with an update workbook"
                                + " of its own; if it is a slip, write " + (either ? "the two alike, as whichever is"
                                + " right" : Quote.singleName(meant))));
                    });
        }
    }

    private static void named(String owner, Supplier<String> path, Map<String, String> firstPath,
            Map<String, Integer> items) {
        if (!firstPath.containsKey(owner)) { // a path written only for an owner's first item, not for each
            firstPath.put(owner, path.get());
        }
        items.merge(owner, 1, Integer::sum);
    }

    /**
     * A warning where open work is due after its recommendation's own deadline: the recommendation will be late too,
     * as the workbook import warns of a new timescale that does this. Work done, the sub-action's or the whole
     * recommendation's, can no longer make it late, so it is not warned of.
     */
    private static void checkDueByDeadline(Recommendation recommendation, SubAction subAction, String path,
            String subPath, List<Problem> problems) {
        Optional<LocalDate> deadline = recommendation.deadline().flatMap(Timescale::dueDate);
        Optional<LocalDate> due = subAction.due().flatMap(Timescale::dueDate);
        boolean done = recommendation.completedOn().isPresent() || recommendation.progress().isComplete()
                || subAction.completedOn().isPresent() || subAction.effectiveProgress().isComplete();
        if (done || deadline.isEmpty() || due.isEmpty() || !due.get().isAfter(deadline.get())) {
            return;
        }
        problems.add(Problem.warning(subPath + "/due", Quote.single(subAction.due().get().text()) + " is due on "
                + Dates.shortDate(due.get()) + ", after " + Dates.shortDate(deadline.get()) + ", the deadline of its"
                + " recommendation " + Quote.single(recommendation.ref()) + " ("
                + Quote.single(recommendation.deadline().get().text()) + ", " + path + "/deadline); the recommendation"
                + " will be late too unless it is given a later deadline or this sub-action an earlier timescale"));
    }

    /** A sub-action that starts after it is due, or was completed before it started: one of its dates is mistyped. */
    private static void checkStart(SubAction subAction, String subPath, List<Problem> problems) {
        subAction.start().ifPresent(start -> {
            subAction.due().flatMap(Timescale::dueDate).filter(due -> due.isBefore(start)).ifPresent(due -> problems
                    .add(Problem.warning(subPath + "/start", "starts on " + Dates.shortDate(start) + ", after it is"
                            + " due on " + Dates.shortDate(due) + " (" + Quote.single(subAction.due().get().text())
                            + "); one of the dates is mistyped, or its timescale is to be revised")));
            subAction.completedOn().filter(done -> done.isBefore(start)).ifPresent(done -> problems.add(Problem
                    .warning(subPath + "/completedOn", "completed on " + Dates.shortDate(done) + ", before it started"
                            + " on " + Dates.shortDate(start) + "; one of the dates is mistyped")));
        });
    }

    /**
     * A sub-action completed after its recommendation was: the recommendation was done while the sub-action was still
     * open, which its own warning of open work would have said at the time, so one of the days is mistyped.
     */
    private static void checkDoneByRecommendation(Recommendation recommendation, SubAction subAction, String subPath,
            List<Problem> problems) {
        recommendation.completedOn().ifPresent(closed -> subAction.completedOn().filter(done -> done.isAfter(closed))
                .ifPresent(done -> problems.add(Problem.warning(subPath + "/completedOn", "completed on "
                        + Dates.shortDate(done) + ", after its recommendation " + Quote.single(recommendation.ref())
                        + " was completed on " + Dates.shortDate(closed) + "; one of the days is mistyped, or the"
                        + " recommendation was completed before its work was"))));
    }

    private static void checkCompletion(Optional<LocalDate> completedOn, Optional<Percent> progress,
            Optional<LocalDate> asOf, String path, List<Problem> problems) {
        if (completedOn.isEmpty()) {
            return;
        }
        LocalDate completed = completedOn.get();
        if (asOf.isPresent() && completed.isAfter(asOf.get())) {
            problems.add(Problem.error(path + "/completedOn", "completed on " + Dates.shortDate(completed)
                    + ", after the reporting date " + Dates.shortDate(asOf.get()) + " (/asOf); nothing can be"
                    + " completed after the date the plan reports on"));
        }
        progress.filter(p -> !p.isComplete()).ifPresent(p -> problems.add(Problem.warning(path + "/progress",
                "progress is " + p + " but the item was completed on " + Dates.shortDate(completed) + "; make it 100 or"
                        + " leave it out")));
    }

    /**
     * A warning where {@code what} is for a reporting period that begins after the plan's reporting date: a report
     * would say "January-March 2027 update, as of 30 September 2025".
     */
    private static void notAfter(ReportingPeriod period, LocalDate asOf, String path, String what,
            List<Problem> problems) {
        if (period.start().isAfter(asOf)) {
            problems.add(Problem.warning(path, what + " period " + period + " (" + period.displayName() + ") begins"
                    + " after the reporting date " + Dates.shortDate(asOf) + " (/asOf); give the period the plan"
                    + " reports on, or a reporting date in it"));
        }
    }

    /**
     * A warning where two statuses have one label: "0 Iawn ... and 1 Iawn", a report would tell them apart by colour
     * alone, which is no way to tell them for a reader who cannot see it (WCAG 1.4.1).
     */
    private static void labelsApart(ActionPlan plan, List<Problem> problems) {
        Map<String, Status> seen = new HashMap<>();
        for (Status status : Status.JSON_ORDER) {
            String label = plan.statusLabels().label(status);
            Status before = seen.putIfAbsent(Spacing.folded(label), status);
            if (before != null) {
                problems.add(Problem.warning("/statusLabels/" + status.name(), "the label " + Quote.single(label)
                        + " is " + before.name() + "'s too, so reports tell the two statuses apart by colour alone,"
                        + " which a reader who cannot see it cannot; give each status a label of its own"));
            }
            // "Amber" for Off track: the key reads "Red: Amber", and an owner's "Amber" is read as the colour it names
            // (run 122 #5).
            Arrays.stream(Brag.values()).filter(brag -> brag != status.brag() && Spacing.folded(label).equals(
                    Spacing.folded(brag.displayName()))).findFirst().ifPresent(brag -> problems.add(Problem.warning(
                    "/statusLabels/" + status.name(), "the label " + Quote.single(label) + " for " + status.name()
                    + " names the colour of " + Status.of(brag).name() + ", while " + status.name() + " is shown "
                    + status.brag().displayName() + ": the key reads '" + status.brag().displayName() + ": " + label
                    + "', and an owner's '" + label + "' is read as " + Status.of(brag).name() + "; give it a label"
                    + " that names no colour, or the colour it is shown in")));
        }
    }

    /**
     * A warning where the reporting date falls after the plan's period has ended: quarters after it, a year mistyped or
     * a period not moved on, whatever it changes; in the quarter after it, where it changes statuses from what they
     * were at the period's end: 1 April for "Q4 2025/26" is a likely slip for 31 March, and a deadline of 31 March then
     * reads as passed in the quarter's report. A date in the quarter after that changes no status is taken as meant:
     * the day of the meeting the report goes to.
     */
    private static void pastPeriod(ActionPlan plan, ReportingPeriod period, LocalDate asOf, List<Problem> problems) {
        LocalDate end = period.end();
        if (!asOf.isAfter(end)) {
            return;
        }
        String after = "the reporting date " + Dates.shortDate(asOf) + " is after " + period + " ("
                + period.displayName() + ") ends, on " + Dates.shortDate(end);
        if (asOf.isAfter(period.next().end())) {
            long quarters = java.time.temporal.ChronoUnit.MONTHS.between(period.start(), ReportingPeriod
                    .containing(asOf).start()) / 3;
            problems.add(Problem.warning("/asOf", after + ", in " + ReportingPeriod.containing(asOf) + ", " + quarters
                    + " quarters after it: reports would show the period's updates as of then; give the period the"
                    + " plan reports on, or a reporting date in it"));
            return;
        }
        // Items with work completed after the period's end have no status at it to compare with; the rest have.
        List<Recommendation> comparable = plan.recommendations().stream().filter(r -> Assessor.earliestAsOf(r)
                .filter(end::isBefore).isEmpty()).toList();
        ActionPlan compared = plan.withRecommendations(comparable);
        Assessor assessor = Assessor.standard();
        List<RecommendationAssessment> then = assessor.assess(compared, end).recommendations();
        List<RecommendationAssessment> now = assessor.assess(compared, asOf).recommendations();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Status at = now.get(i).status();
            Status before = then.get(i).status();
            if (at != before) {
                changed.add(now.get(i).recommendation().name() + " is " + plan.statusLabels().label(at) + " ("
                        + plan.statusLabels().label(before) + " at " + Dates.shortDate(end) + ")");
            }
        }
        if (!changed.isEmpty()) {
            problems.add(Problem.warning("/asOf", after + ", and statuses at it are not those at the period's end: "
                    + Quote.first(changed, NAMED_CHANGES) + "; give " + Dates.shortDate(end) + " as the reporting"
                    + " date to report the period as it ended"));
        }
    }

    /** Whether {@code text} is a timescale actionplan understands; one it cannot hold (a quarter of year 0) is not. */
    private static boolean isRecognised(String text) {
        try {
            return Timescale.parse(text).isRecognised();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkTimescale(Timescale timescale, boolean published, String path, List<Problem> problems) {
        switch (timescale.kind()) {
            case UNRECOGNISED -> {
                String text = timescale.text();
                boolean several = text.contains(";") && java.util.Arrays.stream(text.split(";"))
                        .allMatch(part -> !part.isBlank() && isRecognised(part));
                Optional<String> oneYear = ReportingPeriod.oneYearQuarter(text);
                problems.add(Problem.warning(path, several
                        ? Quote.single(text) + " holds several timescales, so it has no due date; give each its own"
                                + " sub-action"
                        : timescale.noSuchDay().isPresent() ? Quote.single(text) + " is not a date: "
                                + timescale.noSuchDay().get() + ", so it has no due date; correct the day or"
                                + " month"
                        : oneYear.isPresent() ? Quote.single(text) + " is not a timescale actionplan understands,"
                                + " so it has no due date: " + oneYear.get()
                        : Quote.single(text) + " is not a timescale actionplan understands, so it has no due date;"
                                + " write a date ('1 June 2023'), a month ('Dec 2024'), a financial year ('2024/25'),"
                                + " a quarter ('Q2 2024/25'), 'With immediate effect' or 'Ongoing'"));
            }
            case IMMEDIATE -> {
                if (!published) {
                    problems.add(Problem.warning(path, Quote.single(timescale.text()) + " means the source's publication"
                            + " date, which /source/published does not give, so it has no due date"));
                }
            }
            default -> timescale.dueDate().filter(PlanValidator::outsideTheQuarters).ifPresent(due -> problems.add(
                    Problem.warning(path, Quote.single(timescale.text()) + " is due on " + Dates.shortDate(due)
                            + ", outside the financial quarters a plan reports on (1900/01 to 9998/99), so its status"
                            + " means little; most likely its year is mistyped: correct it")));
        }
    }

    /** Whether {@code day} is in no financial quarter a plan can name: "Dec 0000", a year mistyped. */
    private static boolean outsideTheQuarters(java.time.LocalDate day) {
        try {
            ReportingPeriod.containing(day);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** A ref or id as written, and where. */
    private record Named(String name, String path) {}
}
