package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The full action plan, as Merseyside's: per recommendation or area for improvement its
 * reference, HMI page, the inspectorate's words, required outcomes, the actions with their
 * responsible function and timescale (a column no sub-action of the plan fills is left out), notes,
 * its status (computed, beside the owner's own where owners give one, flagged where they differ; a
 * plan whose owners give none has no column for it) with the reason, and the latest update; plus
 * the legend.
 *
 * <pre>{@code
 * Report report = ReportTemplates.actionPlan()
 *         .withAllUpdates(true)
 *         .withOrder(ReportOrder.WORST_FIRST)
 *         .build(Assessor.standard().assess(plan, LocalDate.of(2025, 6, 30)));
 * }</pre>
 *
 * <p>The report opens with a chapter of key facts and the status summary, has one chapter per
 * item, and closes with one holding the key. Its pages are portrait unless
 * {@link #withOrientation(Orientation)} says otherwise: a landscape page per chapter would turn
 * the page for every item.
 */
public final class ActionPlanTemplate implements ReportTemplate {

    private static final String STATUS_OF = "Status of {item}";
    private static final String ACTIONS_FOR = "Actions for {item}";
    private static final String REQUIRED_OUTCOMES = "Required outcomes";
    private static final String NOTES = "Notes";
    private static final String REFERENCE = "Reference";
    private static final String INSPECTORATE_NUMBER = "Inspectorate number";
    private static final String KIND = "Kind";
    private static final String HMI_PAGE = "HMI page";
    private static final String PILLAR = "Pillar";
    private static final String INSPECTION_AREA = "Inspection area";
    private static final String CAUSE_OF_CONCERN = "Cause of concern";
    private static final String RESPONSIBLE_FUNCTION = "Responsible function";
    private static final String DEADLINE = ReportColumn.DEADLINE.header();
    private static final String OWNERS_BRAG = "Owner's BRAG";
    private static final String PROGRESS = "Progress";
    private static final String DUE_DATE = "Due date";
    private static final String REASON = "Reason";
    private static final String REF = "Ref";
    private static final String ACTION = "Action to achieve required outcomes";
    private static final String TIMESCALE = "Timescale";
    private static final String ACTIONS = "Actions";
    /** Who wrote an update, after its heading's period: "April-June 2025 update, by Area Manager Smith". */
    private static final String BY = "by {author}";
    private static final List<String> OWN_WORDS = List.of(STATUS_OF, ACTIONS_FOR, REQUIRED_OUTCOMES, NOTES, REFERENCE,
            INSPECTORATE_NUMBER, KIND, HMI_PAGE, PILLAR, INSPECTION_AREA, CAUSE_OF_CONCERN, RESPONSIBLE_FUNCTION,
            DEADLINE, OWNERS_BRAG, PROGRESS, DUE_DATE, REASON, REF, ACTION, TIMESCALE, ACTIONS, BY);

    private final ReportOrder order;
    private final boolean allUpdates;
    private final Shape shape;

    ActionPlanTemplate(ReportOrder order, boolean allUpdates, Shape shape) {
        this.order = Objects.requireNonNull(order, "order");
        this.allUpdates = allUpdates;
        this.shape = Objects.requireNonNull(shape, "shape");
    }

    /**
     * The fixed words this template writes, each as {@link #withWords(Map)} knows it: labels,
     * headings, captions and column headers. Words with a placeholder, such as "Status of
     * {item}", keep it in their replacement.
     */
    public List<String> words() {
        return Stream.concat(Vocabulary.COMMON.stream(), OWN_WORDS.stream()).distinct().toList();
    }

    /** A copy listing recommendations in this order. */
    public ActionPlanTemplate withOrder(ReportOrder order) {
        return new ActionPlanTemplate(order, allUpdates, shape);
    }

    /** A copy showing every update, oldest first, rather than only the latest. */
    public ActionPlanTemplate withAllUpdates(boolean allUpdates) {
        return new ActionPlanTemplate(order, allUpdates, shape);
    }

    /** A copy titled {@code title} instead of the plan's title. */
    public ActionPlanTemplate withTitle(String title) {
        return with(shape.withTitle(title));
    }

    /**
     * A copy writing other words for some of {@link #words()}, e.g. {@code Map.of("Responsible
     * function", "Lead")}.
     *
     * @throws IllegalArgumentException naming any word the template does not write, or a placeholder in braces
     *                                  that a replacement has and its word has not
     */
    public ActionPlanTemplate withWords(Map<String, String> replacements) {
        return with(shape.withWords(replacements, words(), "action-plan"));
    }

    /** A copy about only the items {@code filter} accepts (see {@link ItemFilters}). */
    public ActionPlanTemplate withItems(Predicate<RecommendationAssessment> filter) {
        return with(shape.withItems(filter));
    }

    /** A copy with only these parts. */
    public ActionPlanTemplate withParts(ReportPart... parts) {
        return with(shape.withParts(parts));
    }

    /** A copy using another palette. */
    public ActionPlanTemplate withPalette(Palette palette) {
        return with(shape.withPalette(palette));
    }

    /** A copy laying every page out this way up. */
    public ActionPlanTemplate withOrientation(Orientation orientation) {
        return with(shape.withOrientation(orientation));
    }

    /** A copy that shows, or does not show, the reason for each status under it. */
    public ActionPlanTemplate withReasons(boolean reasons) {
        return with(shape.withReasons(reasons));
    }

    private ActionPlanTemplate with(Shape shape) {
        return new ActionPlanTemplate(order, allUpdates, shape);
    }

    @Override
    public Report build(PlanAssessment whole) {
        PlanAssessment assessment = shape.selected(whole);
        ActionPlan plan = assessment.plan();
        Vocabulary words = shape.words();
        Orientation orientation = shape.orientation().orElse(Orientation.PORTRAIT);
        List<Chapter> chapters = new ArrayList<>();
        List<Section> opening = new ArrayList<>();
        if (shape.shows(ReportPart.KEY_FACTS)) {
            opening.add(Formats.keyFacts(assessment, words));
        }
        if (shape.shows(ReportPart.STATUS_SUMMARY)) {
            opening.add(Formats.statusSummary(assessment, shape.palette(), words));
        }
        if (!opening.isEmpty()) {
            chapters.add(Chapter.untitled(orientation, opening));
        }
        if (shape.shows(ReportPart.BODY)) {
            boolean[] actionColumns = actionColumns(plan);
            assessment.recommendations().stream()
                    .sorted(order.comparator())
                    .forEach(r -> chapters.add(chapter(assessment, r, orientation, actionColumns)));
        }
        if (shape.shows(ReportPart.LEGEND)) {
            chapters.add(Chapter.untitled(orientation, List.of(Formats.legend(assessment, shape.palette(), words))));
        }
        String title = shape.title().orElse(plan.title());
        return new Report(title, Formats.subtitle(assessment, words), assessment.asOf(), plan.period(),
                Formats.metadata(assessment, title, "Action plan as of " + Formats.longDate(assessment.asOf()),
                        "action-plan"),
                chapters, LayoutWords.of(words), shape.title().isPresent() ? Optional.empty()
                        : Formats.otherLanguage(plan)); // the plan's own words, read in their language (run 98 #2)
    }

    private Chapter chapter(PlanAssessment assessment, RecommendationAssessment r, Orientation orientation,
            boolean[] actionColumns) {
        ActionPlan plan = assessment.plan();
        Vocabulary words = shape.words();
        Palette palette = shape.palette();
        Recommendation recommendation = r.recommendation();
        String name = recommendation.name();
        List<Section> sections = new ArrayList<>();
        List<Section.KeyFact> facts = new ArrayList<>();
        facts.add(new Section.KeyFact(words.text(REFERENCE), recommendation.ref()));
        recommendation.inspectorateNumber().ifPresent(n -> facts.add(new Section.KeyFact(
                words.text(INSPECTORATE_NUMBER), Integer.toString(n))));
        facts.add(new Section.KeyFact(words.text(KIND), recommendation.kind().displayName()));
        recommendation.reportPage().ifPresent(p -> facts.add(new Section.KeyFact(words.text(HMI_PAGE),
                Integer.toString(p))));
        recommendation.pillar().ifPresent(p -> facts.add(new Section.KeyFact(words.text(PILLAR), p.displayName())));
        // The inspection's question as the plan words it: in the plan's language, as its other texts.
        recommendation.question().ifPresent(q -> facts.add(new Section.KeyFact(words.text(INSPECTION_AREA), q,
                Formats.otherLanguage(plan))));
        recommendation.causeOfConcern().ifPresent(c -> facts.add(new Section.KeyFact(words.text(CAUSE_OF_CONCERN), c)));
        recommendation.owner().ifPresent(o -> facts.add(new Section.KeyFact(words.text(RESPONSIBLE_FUNCTION), o)));
        recommendation.deadline().ifPresent(d -> facts.add(new Section.KeyFact(words.text(DEADLINE), d.text())));
        // the actions' refs alone are no table
        boolean tabled = IntStream.range(1, actionColumns.length).anyMatch(c -> actionColumns[c]);
        if (!recommendation.subActions().isEmpty() && !tabled) {
            facts.add(new Section.KeyFact(words.text(ACTIONS), recommendation.subActions().stream()
                    .map(SubAction::id).collect(Collectors.joining(", "))));
        }
        sections.add(Formats.keyFacts(facts, words));
        // The owner's BRAG beside the computed status where owners give one; a column empty on every page of a
        // plan whose owners give none is only noise to read past.
        boolean ownersRate = assessment.recommendations().stream().anyMatch(item -> assessment.ownerRatingStanding(
                item).isPresent());
        // The reason beside the status it gives, under the facts' details and the actions' words, the due date and
        // progress under the actions' own: a spreadsheet lays these tables on one sheet's columns, where the reason
        // in a fifth column got a percentage's width.
        List<Column> columns = new ArrayList<>(List.of(new Column(words.text(Vocabulary.STATUS), ColumnType.STATUS, 2),
                new Column(words.text(REASON), ColumnType.TEXT, 4),
                new Column(words.text(OWNERS_BRAG), ColumnType.STATUS, 2),
                new Column(words.text(DUE_DATE), ColumnType.DATE, 2),
                new Column(words.text(PROGRESS), ColumnType.PERCENT, 2)));
        List<Cell> row = new ArrayList<>(List.of(Formats.statusCell(assessment, palette, words, r, false, !ownersRate),
                new Cell.TextCell(r.reason()),
                Formats.ownerStatusCell(assessment, palette, words, r, shape.reasons()),
                Formats.dateCell(r.dueDate()),
                Formats.progressCell(r, words)));
        if (!ownersRate) {
            columns.remove(2);
            row.remove(2);
        }
        sections.add(new Section.Table(words.text(STATUS_OF, "item", name), columns, List.of(row)));
        sections.add(new Section.Heading(2, recommendation.kind().displayName()));
        sections.add(new Section.NarrativeText(Formats.planText(plan, recommendation.text())));
        if (!recommendation.requiredOutcomes().isEmpty()) {
            sections.add(new Section.Heading(2, words.text(REQUIRED_OUTCOMES)));
            List<Block> outcomes = new ArrayList<>();
            recommendation.requiredOutcomes().forEach(o -> outcomes.addAll(Formats.planText(plan, o).blocks()));
            sections.add(new Section.NarrativeText(new Narrative(outcomes)));
        }
        if (!recommendation.subActions().isEmpty() && tabled) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                rows.add(shown(actionRow(plan, recommendation, recommendation.subActions().get(i),
                        r.subActions().get(i)), actionColumns));
            }
            sections.add(new Section.Table(words.text(ACTIONS_FOR, "item", name), shown(List.of(
                    new Column(words.text(REF), ColumnType.TEXT, 1),
                    new Column(words.text(ACTION), ColumnType.NARRATIVE, 7),
                    new Column(words.text(RESPONSIBLE_FUNCTION), ColumnType.TEXT, 2),
                    new Column(words.text(TIMESCALE), ColumnType.TIMESCALE, 2),
                    new Column(words.text(PROGRESS), ColumnType.PERCENT, 2),
                    new Column(words.text(Vocabulary.STATUS), ColumnType.STATUS, 2)), actionColumns), rows,
                    Optional.empty(), true));
        }
        recommendation.notes().ifPresent(notes -> {
            sections.add(new Section.Heading(2, words.text(NOTES)));
            sections.add(new Section.NarrativeText(Formats.planText(plan, notes)));
        });
        List<ProgressUpdate> updates = allUpdates ? recommendation.updates()
                : recommendation.latestUpdate().map(List::of).orElse(List.of());
        for (ProgressUpdate update : updates) {
            sections.add(new Section.Heading(2, words.text(Vocabulary.SUBTITLE_UPDATE, "period",
                    update.period().displayName())
                    + update.author().map(a -> ", " + words.text(BY, "author", a)).orElse("")
                    + update.date().map(d -> ", " + Formats.shortDate(d)).orElse("")));
            sections.add(new Section.NarrativeText(Formats.planText(plan, update.text())));
        }
        return new Chapter(name, orientation, sections);
    }

    /**
     * What is to be done, then the sub-action's notes after the word for them, so that nothing the plan says of it is
     * left out (a tracker's per-row notes, a timescale revised from another).
     */
    private Cell actionCell(ActionPlan plan, SubAction s) {
        List<Block> blocks = new ArrayList<>();
        s.description().ifPresent(d -> blocks.addAll(Formats.planText(plan, d).blocks()));
        s.notes().ifPresent(text -> {
            List<Block> notes = new ArrayList<>(Formats.planText(plan, text).blocks());
            Inline label = new Inline.Span(shape.words().text(NOTES) + ": ", false, true);
            // The label leads a paragraph of its own where the notes are in the plan's language, not the report's: a
            // paragraph has one language, and the label is the report's word.
            if (!notes.isEmpty() && notes.get(0) instanceof Block.Paragraph first && first.language().isEmpty()) {
                List<Inline> inlines = new ArrayList<>(first.inlines());
                inlines.add(0, label);
                notes.set(0, new Block.Paragraph(inlines));
            } else {
                notes.add(0, new Block.Paragraph(List.of(label)));
            }
            blocks.addAll(notes);
        });
        return blocks.isEmpty() ? Cell.empty() : new Cell.NarrativeCell(new Narrative(blocks));
    }

    /**
     * Which columns of the actions tables to show, in {@link #actionRow}'s order: the reference always; the action,
     * its responsible function, timescale and progress where any sub-action of the report has one; the status where
     * any has something to work one out from (a timescale, a progress, a completion date, a blocker), not one made up
     * for work nobody reported on. A plan that counts its actions without saying what they are (the Derbyshire
     * summary's "2 actions") would otherwise have five columns of nothing on every item's page, under a red item a
     * green "no due date at 0%" for each action; a column is left out of every table alike, so that each reads as the
     * next. Where only the reference is left, the actions are a key fact, not a table.
     */
    private static boolean[] actionColumns(ActionPlan plan) {
        boolean[] shown = {true, false, false, false, false, false};
        for (Recommendation recommendation : plan.recommendations()) {
            for (SubAction s : recommendation.subActions()) {
                shown[1] |= s.description().isPresent() || s.notes().isPresent();
                shown[2] |= s.owner().or(recommendation::owner).isPresent();
                shown[3] |= s.due().isPresent();
                shown[4] |= s.progressReported();
                shown[5] |= s.due().isPresent() || s.progressReported() || s.blockedBy().isPresent();
            }
        }
        return shown;
    }

    /** Those of {@code all} that {@code shown} shows. */
    private static <T> List<T> shown(List<T> all, boolean[] shown) {
        return IntStream.range(0, all.size()).filter(i -> shown[i]).mapToObj(all::get).toList();
    }

    private List<Cell> actionRow(ActionPlan plan, Recommendation recommendation, SubAction s, Assessment a) {
        Optional<String> owner = s.owner().or(recommendation::owner);
        return List.of(
                new Cell.TextCell(s.id()),
                actionCell(plan, s),
                owner.<Cell>map(Cell.TextCell::new).orElse(Cell.empty()),
                Formats.timescaleCell(s.due()),
                Formats.progressCell(s, a, shape.words()),
                Formats.statusCell(plan, shape.palette(), a, shape.reasons()));
    }
}
