package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.Breakdown;
import io.github.actionplan.summary.PlanSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Each owner's list, as an owner takes it to their quarterly meeting: the counts by owner at the
 * top (of recommendations, then of sub-actions carried out in others' recommendations), then one
 * chapter per owner (the responsible function or person, in the plan's order) with their items
 * that are off track, at risk (by the rule or, where worse, as they rate it for the period), or due
 * within {@link #DEFAULT_DUE_WITHIN} days (or as set), worst first, each with its timescale,
 * progress, status and reason. An owner's items are
 * their recommendations, and the sub-actions they carry out in others' recommendations, as
 * {@link PlanSummary#owners} tells; where a recommendation of theirs is not on the list (on track,
 * as one due when its last sub-action is may be while others are late), its sub-actions that are
 * are listed after the recommendations.
 *
 * <pre>{@code
 * Report report = ReportTemplates.owners().withDueWithin(60).build(assessment);
 * }</pre>
 */
public final class OwnersTemplate implements ReportTemplate {

    /** How many days ahead an owner's list looks for items falling due, unless set. */
    public static final int DEFAULT_DUE_WITHIN = 90;

    private static final String TITLE = "Owners' lists";
    // {kinds}: what the plan's items are called, "areas for improvement" or "recommendations" ("items" where they are
    // of several kinds), as the other reports name each: a plan of areas for improvement had "Recommendations by
    // owner" (run 112 #9).
    private static final String BY_OWNER = "{kinds} by owner";
    private static final String ACTIONS_BY_OWNER = "Actions in others' {kinds} by owner";
    private static final String OWNER = "Responsible function";
    // {statuses}: off track and at risk as the plan names them, "off track, at risk" unless it names them its own way
    // ("Oddi ar y trywydd, Mewn perygl"), as the exceptions report names them (run 120 #6).
    private static final String LIST = "{statuses} or due within {days} days"; // its first letter a capital
    private static final String NOTHING = "Nothing is {statuses} or due within {days} days.";
    private static final String UNREPORTED_ACTIONS = "The total progress counts as 0% the {count} of {items} actions"
            + " with no progress reported.";
    private static final String UNREPORTED_RECOMMENDATIONS = "The total progress counts as 0% the {count} of {items}"
            + " {kinds} with no progress reported.";
    private static final String RECOMMENDATION = "Recommendation";
    private static final String DEADLINE = ReportColumn.DEADLINE.header();
    private static final String OWN_ACTIONS_LIST = "Actions {statuses} or due within {days} days in items not listed"
            + " above, or worse than their item"; // as the exceptions report says it
    private static final String ACTIONS_LIST = "Actions in others' {kinds} {statuses} or due within {days} days";
    private static final List<String> OWN_WORDS = List.of(TITLE, BY_OWNER, ACTIONS_BY_OWNER, UNREPORTED_ACTIONS,
            UNREPORTED_RECOMMENDATIONS, OWNER,
            LIST, NOTHING, Formats.REF, RECOMMENDATION, DEADLINE, OWN_ACTIONS_LIST, ACTIONS_LIST, Formats.ACTION,
            Formats.TIMESCALE);

    private final int dueWithin;
    private final Shape shape;

    OwnersTemplate(int dueWithin, Shape shape) {
        if (dueWithin < 0) {
            throw new IllegalArgumentException("due within " + dueWithin + " days: the number of days cannot be negative");
        }
        this.dueWithin = dueWithin;
        this.shape = shape;
    }

    /** The fixed words this template writes, each as {@link #withWords(Map)} knows it. */
    public List<String> words() {
        return Stream.concat(Vocabulary.COMMON.stream(), OWN_WORDS.stream()).distinct().toList();
    }

    /** A copy listing, besides items off track and at risk, open items due within {@code days} days. */
    public OwnersTemplate withDueWithin(int days) {
        return new OwnersTemplate(days, shape);
    }

    /** A copy titled {@code title}. */
    public OwnersTemplate withTitle(String title) {
        return new OwnersTemplate(dueWithin, shape.withTitle(title));
    }

    /** A copy writing other words for some of {@link #words()}. */
    public OwnersTemplate withWords(Map<String, String> replacements) {
        return new OwnersTemplate(dueWithin, shape.withWords(replacements, words(), "owners"));
    }

    /** A copy using another palette. */
    public OwnersTemplate withPalette(Palette palette) {
        return new OwnersTemplate(dueWithin, shape.withPalette(palette));
    }

    /** A copy laying its pages out this way up (portrait unless set). */
    public OwnersTemplate withOrientation(Orientation orientation) {
        return new OwnersTemplate(dueWithin, shape.withOrientation(orientation));
    }

    /**
     * A copy about only the items {@code filter} accepts (see {@link ItemFilters}): its key facts, counts and lists
     * count and list those alone.
     */
    public OwnersTemplate withItems(Predicate<RecommendationAssessment> filter) {
        return new OwnersTemplate(dueWithin, shape.withItems(filter));
    }

    /**
     * A copy with only these parts: {@link ReportPart#KEY_FACTS} the key facts, {@link ReportPart#STATUS_SUMMARY}
     * the counts by owner, {@link ReportPart#BODY} a chapter per owner, {@link ReportPart#LEGEND} the key.
     */
    public OwnersTemplate withParts(ReportPart... parts) {
        return new OwnersTemplate(dueWithin, shape.withParts(parts));
    }

    /** A copy that shows, or does not show, the reason for each status under it. */
    public OwnersTemplate withReasons(boolean reasons) {
        return new OwnersTemplate(dueWithin, shape.withReasons(reasons));
    }

    /** Whether an item is on an owner's list: off track, at risk, or open and due by {@code last}. */
    private static boolean listed(Status status, Optional<LocalDate> due, LocalDate last) {
        return status == Status.OFF_TRACK || status == Status.AT_RISK
                || status != Status.COMPLETE && due.filter(d -> !d.isAfter(last)).isPresent();
    }

    /**
     * The sub-actions {@code owner} carries out that are on their list and that {@code in} takes with the
     * recommendation they are in, in {@link ReportOrder#WORST_FIRST} order.
     */
    private static List<Formats.ActionItem> actions(PlanAssessment assessment, String owner, LocalDate last,
            BiPredicate<RecommendationAssessment, Assessment> in) {
        List<Formats.ActionItem> actions = new ArrayList<>();
        for (RecommendationAssessment r : assessment.recommendations()) {
            Recommendation recommendation = r.recommendation();
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                SubAction subAction = recommendation.subActions().get(i);
                Assessment a = r.subActions().get(i);
                if (PlanSummary.ownerOf(recommendation, subAction).equals(owner) && in.test(r, a)
                        && listed(a.status(), subAction.due().flatMap(Timescale::dueDate), last)) {
                    actions.add(new Formats.ActionItem(recommendation, subAction, a));
                }
            }
        }
        actions.sort(ReportOrder.worstFirst(a -> a.assessment().status(),
                a -> a.subAction().due().flatMap(Timescale::dueDate)));
        return actions;
    }

    private static Section.Table breakdownTable(String title, List<Breakdown> owners, Percent overall, ActionPlan plan,
            Vocabulary words) {
        return Formats.breakdownTable(title, words.text(OWNER), owners.stream().map(Breakdown::name).toList(),
                owners.stream().map(Breakdown::counts).toList(), owners.stream().map(Breakdown::progress).toList(),
                owners.stream().map(Breakdown::progressReported).toList(), plan.statusLabels(), overall, words);
    }

    /**
     * The placeholders of the lists' words for {@code plan}: {@code {statuses}}, off track and at risk as a sentence
     * holds them; {@code {days}}; and {@code {kinds}}.
     */
    private Map<String, String> listed(ActionPlan plan, String kinds) {
        // The defaults are words of the sentence, in its case; a plan's own, names, as it writes them.
        String statuses = String.join(", ", Stream.of(Status.OFF_TRACK, Status.AT_RISK).map(status -> plan
                .statusLabels().custom().containsKey(status) ? plan.statusLabels().inSentence(status)
                : status.defaultLabel().toLowerCase(Locale.ROOT)).toList());
        return Map.of("statuses", statuses, "days", Integer.toString(dueWithin), "kinds", kinds);
    }

    /** What the items reported on are called together: "areas for improvement", or "items" of several kinds. */
    private static String kinds(PlanAssessment assessment) {
        return RecommendationKind.plural(assessment.recommendations().stream().map(r -> r.recommendation().kind())
                .toList());
    }

    /** The owners of the items reported on, theirs or a sub-action's they carry out, in the plan's order. */
    private static List<String> owners(PlanAssessment assessment) {
        Set<String> owners = new HashSet<>();
        for (RecommendationAssessment r : assessment.recommendations()) {
            owners.add(PlanSummary.ownerOf(r.recommendation()));
            r.recommendation().subActions().forEach(s -> owners.add(PlanSummary.ownerOf(r.recommendation(), s)));
        }
        return PlanSummary.owners(assessment.plan()).stream().filter(owners::contains).toList();
    }

    /**
     * The counts by owner: of recommendations, then of sub-actions carried out in others' recommendations, each with
     * what its total counts at 0%; the items called {@code kinds}.
     */
    private static List<Section> counts(PlanAssessment assessment, PlanSummary summary, String kinds,
            Vocabulary words) {
        ActionPlan plan = assessment.plan();
        List<Breakdown> owners = summary.byOwner();
        List<Section> counts = new ArrayList<>(List.of(breakdownTable(words.text(BY_OWNER, "kinds",
                Formats.capitalised(kinds)), owners,
                summary.overallProgress(), plan, words).headedAt(1)));
        // Under the table, as under the next: an owner's blank figure is in the total at 0%, which the key facts
        // say of the plan, a page away from the column a reader adds up (trial 33 F9).
        long unreportedItems = summary.unreported();
        if (unreportedItems > 0 && owners.stream().anyMatch(Breakdown::progressReported)
                && owners.stream().anyMatch(owner -> !owner.progressReported())) {
            counts.add(Section.NarrativeText.plain(words.text(UNREPORTED_RECOMMENDATIONS, Map.of("count",
                    Long.toString(unreportedItems), "items", Integer.toString(assessment.recommendations().size()),
                    "kinds", kinds))));
        }
        List<Breakdown> delegated = summary.delegatedByOwner();
        if (!delegated.isEmpty()) { // so that an owner with only others' sub-actions, who has a list below, is counted
            counts.add(breakdownTable(words.text(ACTIONS_BY_OWNER, "kinds", kinds), delegated,
                    summary.delegatedProgress(), plan, words).headedAt(1));
            // as the key facts say of the plan's overall progress: an owner's blank figure is in the total at 0%
            long unreported = summary.delegatedUnreported();
            if (unreported > 0 && delegated.stream().anyMatch(Breakdown::progressReported)) {
                counts.add(Section.NarrativeText.plain(words.text(UNREPORTED_ACTIONS, "count",
                        Long.toString(unreported), "items", Integer.toString(summary.delegatedCount()))));
            }
        }
        return counts;
    }

    @Override
    public Report build(PlanAssessment whole) {
        PlanAssessment assessment = shape.selected(whole);
        ActionPlan plan = assessment.plan();
        Vocabulary words = shape.words();
        PlanSummary summary = PlanSummary.of(assessment);
        Orientation orientation = shape.orientation().orElse(Orientation.PORTRAIT);
        String kinds = kinds(assessment);
        List<Section> counts = new ArrayList<>();
        if (shape.shows(ReportPart.KEY_FACTS)) {
            counts.add(Formats.keyFacts(assessment, words));
        }
        if (shape.shows(ReportPart.STATUS_SUMMARY)) {
            counts.addAll(counts(assessment, summary, kinds, words));
        }
        List<Chapter> chapters = new ArrayList<>();
        if (!counts.isEmpty()) {
            chapters.add(Chapter.untitled(orientation, counts));
        }
        Map<String, String> listed = listed(plan, kinds);
        LocalDate last = assessment.asOf().plusDays(dueWithin);
        for (String owner : shape.shows(ReportPart.BODY) ? owners(assessment) : List.<String>of()) {
            List<RecommendationAssessment> items = assessment.recommendations().stream()
                    .filter(r -> PlanSummary.ownerOf(r.recommendation()).equals(owner))
                    .filter(r -> listed(Formats.worstRated(assessment, r), r.dueDate(), last))
                    .sorted(ReportOrder.WORST_FIRST.in(assessment))
                    .toList();
            // by identity: one owner of a plan of tens of thousands of items is not compared item by item
            Set<RecommendationAssessment> listedItems = Collections.newSetFromMap(new IdentityHashMap<>());
            listedItems.addAll(items);
            // A recommendation of theirs off their list (on track, as one due when its last sub-action is may be
            // while others are late) keeps their sub-actions that are on it in view; one on it, those worse than it
            // (at risk for a blocked action and a timescale moved a year on, while others are long overdue).
            List<Formats.ActionItem> ownActions = actions(assessment, owner, last, (r, a) -> PlanSummary.ownerOf(
                    r.recommendation()).equals(owner) && (!listedItems.contains(r) || a.status().isWorseThan(
                    r.status())));
            List<Formats.ActionItem> actions = actions(assessment, owner, last, (r, a) -> !PlanSummary.ownerOf(
                    r.recommendation()).equals(owner));
            List<Section> sections = new ArrayList<>();
            if (items.isEmpty() && ownActions.isEmpty() && actions.isEmpty()) {
                sections.add(Section.NarrativeText.plain(words.text(NOTHING, listed)));
            }
            if (!items.isEmpty()) {
                sections.add(new Section.Table(Formats.capitalised(words.text(LIST, listed)), Formats.listColumns(
                        words, RECOMMENDATION, DEADLINE),
                        items.stream().map(r -> List.<Cell>of(
                                new Cell.TextCell(r.recommendation().ref()),
                                new Cell.NarrativeCell(Formats.planText(plan, r.recommendation().text())),
                                Formats.deadlineCell(r, words),
                                Formats.progressCell(r, words),
                                Formats.statusCell(assessment, shape.palette(), words, r, shape.reasons()))).toList(),
                        Optional.empty(), true));
            }
            if (!ownActions.isEmpty()) {
                sections.add(Formats.actionsTable(words.text(OWN_ACTIONS_LIST, listed),
                        ownActions, plan, shape.palette(), words, shape.reasons()));
            }
            if (!actions.isEmpty()) {
                sections.add(Formats.actionsTable(words.text(ACTIONS_LIST, listed),
                        actions, plan, shape.palette(), words, shape.reasons()));
            }
            chapters.add(new Chapter(owner, orientation, sections));
        }
        if (shape.shows(ReportPart.LEGEND)) {
            chapters.add(Chapter.untitled(orientation, List.of(Formats.legend(assessment, shape.palette(), words))));
        }
        String title = shape.title().orElse(words.text(TITLE) + ": " + plan.title());
        return new Report(title, Formats.subtitle(assessment, words), assessment.asOf(), plan.period(),
                Formats.metadata(assessment, title, "Each owner's items as of " + Formats.longDate(assessment.asOf()),
                        "owners"),
                chapters, LayoutWords.of(words));
    }
}
