package io.github.actionplan.report;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.Movement;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The direction of travel since an earlier snapshot of the same plan, as a scrutiny committee reads it every
 * quarter: its overall progress then and now; how many items improved, worsened, were rescheduled (better only for
 * being given longer, which is no progress), stayed the same, are new or were removed; then per item its status then
 * and now, the movement in a word (and where its due date moved, from when to when), its progress then and now, and
 * its update for the new period with the sub-actions added since; worsened items first. Items are matched by ref; an
 * item only in one snapshot is listed as new or removed, never dropped.
 *
 * <pre>{@code
 * Report report = ReportTemplates.progress(assessor.assess(lastQuarter, LocalDate.of(2025, 3, 31)))
 *         .build(assessor.assess(thisQuarter, LocalDate.of(2025, 6, 30)));
 * }</pre>
 */
public final class ProgressTemplate implements ReportTemplate {

    private static final String TITLE = "Progress since {date}";
    private static final String PREVIOUS_DATE = "Previous reporting date";
    private static final String PREVIOUS_PROGRESS = "Overall progress then";
    private static final String MOVEMENTS = "Movements since {date}";
    private static final String MOVEMENT = "Movement";
    private static final String DUE_LATER = "Due dates moved later";
    private static final String DUE_LATER_ITEMS = "{count} of {total}";
    private static final String DUE_LATER_REF = "ref {refs}";
    private static final String DUE_LATER_REFS = "refs {refs}";
    private static final String COMPLETED = "Sub-actions completed";
    private static final String COMPLETED_IDS = "{count} ({ids})";
    private static final String COMPLETED_MORE = "{ids} and {count} more";
    private static final String BY_ITEM = "Movement by item";
    private static final String REF = "Ref";
    private static final String RECOMMENDATION = "Recommendation";
    private static final String STATUS_THEN = "Status then";
    private static final String STATUS_NOW = "Status now";
    private static final String PROGRESS_THEN = "Progress then";
    private static final String PROGRESS_NOW = "Progress now";
    private static final String UPDATE = "Update this period";
    private static final String UPDATES_SINCE = "Updates since {date}";
    private static final String DUE_MOVED = "{movement}; due date moved from {then} to {now}";
    private static final String DUE_TAKEN_AWAY = "{movement}; no due date now, was {then}";
    private static final String MOVEMENTS_NOTE = "A movement compares an item's status then and now. Rescheduled is"
            + " a better status that came with a later due date, which is no progress; Removed is an item no longer"
            + " in the plan, whether or not its work was done.";
    private static final String DUE_MOVED_BY = "{movement}; due date moved from {then} to {now} by {added}, added"
            + " since";
    private static final String ADDED = "Sub-actions added:";
    private static final String OWNER_CHANGED = "{movement}; owner changed from {then} to {now}";
    private static final String OWNER_RATES = "{movement}; its owner rates it {status}";
    private static final String OWNER_RATED = "{movement}; its owner rated it {status} for {period}, with no update"
            + " since";
    private static final List<String> OWN_WORDS = List.of(TITLE, PREVIOUS_DATE, PREVIOUS_PROGRESS, MOVEMENTS,
            MOVEMENT, DUE_LATER, DUE_LATER_ITEMS, DUE_LATER_REF, DUE_LATER_REFS, COMPLETED, COMPLETED_IDS,
            COMPLETED_MORE, BY_ITEM, REF, RECOMMENDATION, STATUS_THEN, STATUS_NOW, PROGRESS_THEN, PROGRESS_NOW, UPDATE,
            UPDATES_SINCE, DUE_MOVED, DUE_MOVED_BY, DUE_TAKEN_AWAY,
            MOVEMENTS_NOTE, ADDED, OWNER_CHANGED, OWNER_RATES, OWNER_RATED);

    /** The sub-actions completed a key fact names: a year's hundreds would fill the page. */
    private static final int MOST_COMPLETED_SHOWN = 12;

    private final PlanAssessment previous;
    private final Shape shape;

    ProgressTemplate(PlanAssessment previous, Shape shape) {
        this.previous = Objects.requireNonNull(previous, "previous");
        this.shape = shape;
    }

    /** The fixed words this template writes, each as {@link #withWords(Map)} knows it. */
    public List<String> words() {
        return Stream.of(Vocabulary.COMMON.stream(), OWN_WORDS.stream(), Arrays.stream(Movement.values())
                .map(Movement::word)).flatMap(words -> words).distinct().toList();
    }

    /** A copy titled {@code title}. */
    public ProgressTemplate withTitle(String title) {
        return new ProgressTemplate(previous, shape.withTitle(title));
    }

    /** A copy writing other words for some of {@link #words()}. */
    public ProgressTemplate withWords(Map<String, String> replacements) {
        return new ProgressTemplate(previous, shape.withWords(replacements, words(), "progress"));
    }

    /** A copy about only the items {@code filter} accepts, in both snapshots. */
    public ProgressTemplate withItems(Predicate<RecommendationAssessment> filter) {
        return new ProgressTemplate(previous, shape.withItems(filter));
    }

    /** A copy using another palette. */
    public ProgressTemplate withPalette(Palette palette) {
        return new ProgressTemplate(previous, shape.withPalette(palette));
    }

    /** A copy laying its pages out this way up (landscape unless set). */
    public ProgressTemplate withOrientation(Orientation orientation) {
        return new ProgressTemplate(previous, shape.withOrientation(orientation));
    }

    /** A copy that shows, or does not show, the reason for each status now. */
    public ProgressTemplate withReasons(boolean reasons) {
        return new ProgressTemplate(previous, shape.withReasons(reasons));
    }

    @Override
    public Report build(PlanAssessment whole) {
        PlanAssessment current = shape.selected(whole);
        PlanAssessment before = previous.select(shape.items());
        ActionPlan plan = current.plan();
        Vocabulary words = shape.words();
        Palette palette = shape.palette();
        SnapshotComparison comparison = SnapshotComparison.between(before, current);
        String since = Formats.longDate(before.asOf());

        List<Section.KeyFact> facts = new ArrayList<>(Formats.keyFacts(current, words).facts());
        facts.add(2, new Section.KeyFact(words.text(PREVIOUS_DATE), since));
        // the one figure a committee wants to see move, beside its figure now
        facts.add(new Section.KeyFact(words.text(PREVIOUS_PROGRESS), Formats.overallProgress(before, words)));
        // Work given longer with its status unchanged counts as Unchanged: only this says the plan slipped.
        List<String> later = comparison.dueDatesMovedLater().stream().map(ItemChange::ref).toList();
        String items = String.valueOf(comparison.changes().size());
        String share = words.text(DUE_LATER_ITEMS, "count", String.valueOf(later.size()), "total", items);
        facts.add(new Section.KeyFact(words.text(DUE_LATER), later.isEmpty() ? share : share + ", " + words.text(
                later.size() == 1 ? DUE_LATER_REF : DUE_LATER_REFS, "refs", String.join(", ", later))));
        // What was delivered, which movements of recommendations do not show (trial 56 F4: "0 improved").
        List<String> completed = comparison.subActionsCompleted();
        String shown = String.join(", ", completed.stream().limit(MOST_COMPLETED_SHOWN).toList());
        facts.add(new Section.KeyFact(words.text(COMPLETED), completed.isEmpty() ? "0" : words.text(COMPLETED_IDS,
                "count", Quote.grouped(completed.size()), "ids", completed.size() <= MOST_COMPLETED_SHOWN ? shown
                        : words.text(COMPLETED_MORE, "count", Quote.grouped(completed.size() - MOST_COMPLETED_SHOWN),
                        "ids", shown))));
        List<List<Cell>> counts = new ArrayList<>();
        comparison.movements().forEach((movement, count) -> counts.add(List.of(new Cell.TextCell(
                words.text(movement.word())), Formats.numberCell(count))));
        int total = comparison.movements().values().stream().mapToInt(Integer::intValue).sum();
        // the short date, so that the title is whole where it names a sheet (at most 31 characters in Excel)
        Section.Table movements = new Section.Table(words.text(MOVEMENTS, "date", Formats.shortDate(before.asOf())),
                List.of(new Column(words.text(MOVEMENT), ColumnType.TEXT, 3), new Column(words.text(Vocabulary.ITEMS),
                        ColumnType.NUMBER, 1)), counts, Optional.of(List.of(new Cell.TextCell(words.text(
                        Vocabulary.TOTAL)), Formats.numberCell(total))), true).headedAt(1);
        List<Section> opening = List.of(Formats.keyFacts(words.text(Vocabulary.KEY_FACTS), facts, words), movements,
                Section.NarrativeText.plain(words.text(MOVEMENTS_NOTE)), Formats.statusSummary(current, palette,
                        words));

        Map<String, RecommendationAssessment> then = byRef(before);
        Map<String, RecommendationAssessment> now = byRef(current);
        Map<String, ItemChange> changes = new LinkedHashMap<>();
        comparison.changes().forEach(change -> changes.put(change.ref(), change));
        record Row(Movement movement, int order, List<Cell> cells) {}
        List<Row> rows = new ArrayList<>();
        int order = 0;
        for (RecommendationAssessment r : current.recommendations()) {
            String ref = r.recommendation().ref();
            Movement movement = changes.containsKey(ref) ? changes.get(ref).movement() : Movement.NEW;
            Optional<RecommendationAssessment> was = Optional.ofNullable(then.get(ref));
            String moved = ownerChange(movementText(movement, Optional.ofNullable(changes.get(ref)), added(was,
                    Optional.of(r))), was, r);
            // The movement is the rule's; an owner who rates the item worse for the period, or did for an earlier one
            // and has said nothing since, says so beside it.
            String told = current.ownerRatingWorse(r).map(owner -> Formats.earlier(owner, current)
                    .map(period -> words.text(OWNER_RATED, Map.of("period", period, "status", plan.statusLabels()
                            .label(owner.status()), "movement", moved)))
                    .orElseGet(() -> words.text(OWNER_RATES, Map.of("status", plan.statusLabels().label(owner
                            .status()), "movement", moved)))).orElse(moved);
            rows.add(new Row(movement, order++, row(current, was, Optional.of(r), told)));
        }
        for (String ref : comparison.removed()) {
            rows.add(new Row(Movement.REMOVED, order++, row(before, Optional.of(then.get(ref)),
                    Optional.ofNullable(now.get(ref)), words.text(Movement.REMOVED.word()))));
        }
        rows.sort(Comparator.comparing(Row::movement).thenComparingInt(Row::order));
        Section.Table table = new Section.Table(words.text(BY_ITEM), List.of(
                new Column(words.text(REF), ColumnType.TEXT, 1),
                new Column(words.text(RECOMMENDATION), ColumnType.NARRATIVE, 4),
                new Column(words.text(STATUS_THEN), ColumnType.STATUS, 2),
                new Column(words.text(STATUS_NOW), ColumnType.STATUS, 2),
                // wide enough for a date on one line: "Rescheduled; due date moved from 31 Mar 2025 to ..."
                new Column(words.text(MOVEMENT), ColumnType.TEXT, 2),
                new Column(words.text(PROGRESS_THEN), ColumnType.PERCENT, 1),
                new Column(words.text(PROGRESS_NOW), ColumnType.PERCENT, 1),
                new Column(spansPeriods(plan) ? words.text(UPDATES_SINCE, "date", since) : words.text(UPDATE),
                        ColumnType.NARRATIVE, 5)),
                rows.stream().map(Row::cells).toList(), Optional.empty(), true).headedAt(1);
        Orientation orientation = shape.orientation().orElse(Orientation.LANDSCAPE);
        String title = shape.title().orElse(words.text(TITLE, "date", since) + ": " + plan.title());
        return new Report(title, Formats.subtitle(current, words), current.asOf(), plan.period(),
                Formats.metadata(current, title, "Progress from " + since + " to " + Formats.longDate(current.asOf()),
                        "progress"),
                List.of(Chapter.untitled(orientation, opening),
                        Chapter.untitled(orientation, List.of(table, Formats.legend(current, palette, words)))),
                LayoutWords.of(words));
    }

    /**
     * The movement in a word and, where the due date moved, from when to when: a status that improved only because
     * the item was given longer is no progress, and a committee reading it should know.
     */
    private String movementText(Movement movement, Optional<ItemChange> change, List<SubAction> added) {
        Vocabulary words = shape.words();
        String word = words.text(movement.word());
        // A sub-action added since, due when the item now is, is what moved its date: no date was changed.
        Optional<String> by = change.flatMap(ItemChange::dueAfter).flatMap(due -> added.stream().filter(s -> s.due()
                .flatMap(Timescale::dueDate).filter(due::equals).isPresent()).map(SubAction::id).findFirst());
        return change.filter(ItemChange::dueDateMoved).map(moved -> words.text(moved.dueAfter().isEmpty()
                ? DUE_TAKEN_AWAY : by.isPresent() ? DUE_MOVED_BY : DUE_MOVED, Map.of("movement", word, "then",
                Formats.shortDate(moved.dueBefore().orElseThrow()), "now", moved.dueAfter().map(Formats::shortDate)
                .orElse(""), "added", by.orElse("")))).orElse(word);
    }

    /**
     * The movement, and who owned the item before where it had an owner and now has another: a handover is news to a
     * committee, and the plan keeps no other record of it. An owner named for the first time is no handover.
     */
    private String ownerChange(String movement, Optional<RecommendationAssessment> then, RecommendationAssessment now) {
        String owner = PlanSummary.ownerOf(now.recommendation());
        return then.flatMap(r -> r.recommendation().owner()).filter(before -> !before.equals(owner))
                .map(before -> shape.words().text(OWNER_CHANGED, Map.of("then", before, "now", owner, "movement",
                        movement))).orElse(movement);
    }

    private List<Cell> row(PlanAssessment in, Optional<RecommendationAssessment> then,
            Optional<RecommendationAssessment> now, String movement) {
        Recommendation recommendation = now.or(() -> then).orElseThrow().recommendation();
        ActionPlan plan = in.plan();
        Palette palette = shape.palette();
        Vocabulary words = shape.words();
        return List.of(
                new Cell.TextCell(recommendation.ref()),
                new Cell.NarrativeCell(Formats.planText(plan, recommendation.text())),
                then.<Cell>map(r -> Formats.statusCell(previous, palette, words, r, false)).orElse(Cell.empty()),
                now.<Cell>map(r -> Formats.statusCell(in, palette, words, r, shape.reasons())).orElse(Cell.empty()),
                new Cell.TextCell(movement),
                then.map(r -> Formats.progressCell(r, words)).orElse(Cell.empty()),
                now.map(r -> Formats.progressCell(r, words)).orElse(Cell.empty()),
                updateCell(plan, now.map(r -> updates(plan, r.recommendation())).orElse(List.of()), spansPeriods(plan),
                        added(then, now)));
    }

    /**
     * The updates since the earlier snapshot, each under its period's heading where they span several, then the
     * sub-actions added since: work added is often what moved an item's due date, and the committee should see what it
     * is.
     */
    private Cell updateCell(ActionPlan plan, List<ProgressUpdate> updates, boolean headed, List<SubAction> added) {
        // Each part parsed alone: the plan's texts are marked with its language, the template's words are not, and
        // a list ending one update is not continued by one starting the next.
        List<Block> blocks = new ArrayList<>();
        for (ProgressUpdate update : updates) {
            if (headed) {
                blocks.addAll(Narrative.parse("**" + Narrative.escapeEmphasis(shape.words().text(Vocabulary
                        .SUBTITLE_UPDATE, "period", update.period().displayName())) + "**").blocks());
            }
            blocks.addAll(Formats.planText(plan, update.text()).blocks());
        }
        if (!added.isEmpty()) {
            blocks.addAll(Narrative.parse(Narrative.escapeEmphasis(shape.words().text(ADDED))).blocks());
            blocks.addAll(Formats.planText(plan, added.stream()
                    .map(s -> "- " + s.id() + s.description().flatMap(d -> d.lines().filter(line -> !line.isBlank())
                            .findFirst()).map(line -> ": " + line.strip()).orElse(""))
                    .collect(Collectors.joining("\n"))).blocks());
        }
        return blocks.isEmpty() ? Cell.empty() : new Cell.NarrativeCell(new Narrative(blocks));
    }

    /** The sub-actions of an item in both snapshots that the earlier did not have; none for an item new or removed. */
    private static List<SubAction> added(Optional<RecommendationAssessment> then,
            Optional<RecommendationAssessment> now) {
        if (then.isEmpty() || now.isEmpty()) {
            return List.of();
        }
        Set<String> before = then.get().recommendation().subActions().stream().map(SubAction::id)
                .collect(Collectors.toSet());
        return now.get().recommendation().subActions().stream().filter(s -> !before.contains(s.id())).toList();
    }

    /** The period the earlier snapshot reported on: its plan's, else the one its reporting date is in. */
    private ReportingPeriod reportedThen() {
        return previous.plan().period().orElseGet(() -> ReportingPeriod.containing(previous.asOf()));
    }

    /**
     * Whether {@code plan} reports on a period more than one after the earlier snapshot's: a year's progress, whose
     * updates are each quarter's since (trial 56 F1: the last quarter's alone left an item completed in an earlier one
     * with none).
     */
    private boolean spansPeriods(ActionPlan plan) {
        // Later than the earlier's quarter first: no quarter follows the last a plan can name.
        return plan.period().filter(now -> now.compareTo(reportedThen()) > 0 && !now.equals(reportedThen().next()))
                .isPresent();
    }

    /**
     * The updates since the earlier snapshot, oldest first: of the periods after its own to the plan's; the one for
     * the plan's period alone where that is the next; where the plan names no period, the latest.
     */
    private List<ProgressUpdate> updates(ActionPlan plan, Recommendation recommendation) {
        if (plan.period().isEmpty()) {
            return recommendation.latestUpdate().stream().toList();
        }
        ReportingPeriod now = plan.period().get();
        if (!spansPeriods(plan)) {
            return recommendation.update(now).stream().toList();
        }
        ReportingPeriod then = reportedThen();
        return recommendation.updates().stream().filter(update -> update.period().compareTo(then) > 0
                && update.period().compareTo(now) <= 0).sorted(Comparator.comparing(ProgressUpdate::period)).toList();
    }

    private static Map<String, RecommendationAssessment> byRef(PlanAssessment assessment) {
        Map<String, RecommendationAssessment> byRef = new LinkedHashMap<>();
        assessment.recommendations().forEach(r -> byRef.putIfAbsent(r.recommendation().ref(), r));
        return byRef;
    }
}
