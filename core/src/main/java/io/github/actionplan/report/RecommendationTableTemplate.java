package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A report with one table row per recommendation: the {@linkplain ReportTemplates#summary()
 * summary} and {@linkplain ReportTemplates#exceptions() exceptions} reports. Adjust it with the
 * {@code with} methods; each returns a new template.
 *
 * <pre>{@code
 * ReportTemplate mine = ReportTemplates.summary()
 *         .withTitle("Prevention: where we stand")
 *         .withItems(ItemFilters.owner("Prevention"))
 *         .withColumns(ReportColumn.REF, ReportColumn.OWNER, ReportColumn.STATUS, ReportColumn.REASON)
 *         .withWords(Map.of("Responsible function", "Lead"))
 *         .withOrder(ReportOrder.WORST_FIRST)
 *         .withParts(ReportPart.STATUS_SUMMARY, ReportPart.BODY);
 * }</pre>
 *
 * <p>The body's pages are landscape when its columns' widths add up to more than
 * {@value #PORTRAIT_WIDTH}, unless {@link #withOrientation(Orientation)} says otherwise.
 */
public final class RecommendationTableTemplate implements ReportTemplate {

    /** The most column width (the sum of {@link Column#width()}) a portrait page holds. */
    public static final int PORTRAIT_WIDTH = 12;

    private static final String ACTIONS_NOT_LISTED = "Actions in items not listed above, or worse than their item:"
            + " {statuses}";
    private static final String LISTED = "{items}, of which {count} listed below: {statuses}";
    private static final String ALSO_ACTIONS = "{listed}; actions listed apart: {count}";
    private static final String OWNER_RATED = "{count} by the owner's rating";

    private final String name;
    private final String tableTitle;
    private final List<ReportColumn> columns;
    private final ReportOrder order;
    private final Set<Status> statuses;
    private final Shape shape;

    RecommendationTableTemplate(String name, String tableTitle, List<ReportColumn> columns, ReportOrder order,
            Set<Status> statuses, Shape shape) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<ReportColumn> twice = columns.stream().filter(c -> Collections.frequency(columns, c) > 1).distinct()
                .toList();
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("a table shows each column once, but " + twice + (twice.size() == 1
                    ? " is" : " are") + " given more than once: " + columns);
        }
        this.name = name;
        this.tableTitle = tableTitle;
        this.columns = List.copyOf(columns);
        this.order = Objects.requireNonNull(order, "order");
        this.statuses = Set.copyOf(statuses);
        this.shape = shape;
    }

    /** The template's name, e.g. "summary". */
    public String name() {
        return name;
    }

    /**
     * The fixed words this template writes, each as {@link #withWords(Map)} knows it: labels,
     * captions and every column header it can show. Words with a placeholder, such as "Status as
     * of {date}", keep it in their replacement.
     */
    public List<String> words() {
        return Stream.of(Vocabulary.COMMON.stream(), Stream.of(tableTitle, Vocabulary.NONE_TO_SHOW, ACTIONS_NOT_LISTED,
                LISTED, ALSO_ACTIONS, OWNER_RATED, Formats.REF, Formats.ACTION, Formats.TIMESCALE),
                Arrays.stream(ReportColumn.values()).map(ReportColumn::header)).flatMap(s -> s).distinct().toList();
    }

    /** A copy titled {@code title} instead of the plan's title. */
    public RecommendationTableTemplate withTitle(String title) {
        return with(shape.withTitle(title));
    }

    /**
     * A copy writing other words for some of {@link #words()}, e.g. {@code Map.of("Overall %",
     * "Progress")}.
     *
     * @throws IllegalArgumentException naming any word the template does not write, or a placeholder in braces
     *                                  that a replacement has and its word has not
     */
    public RecommendationTableTemplate withWords(Map<String, String> replacements) {
        return with(shape.withWords(replacements, words(), name));
    }

    /**
     * A copy showing these columns, in this order; the owner's only where the plan names one.
     *
     * @throws IllegalArgumentException if no column is given, or one is given twice
     */
    public RecommendationTableTemplate withColumns(ReportColumn... columns) {
        for (int i = 0; i < columns.length; i++) {
            Objects.requireNonNull(columns[i], "columns[" + i + "]");
        }
        return new RecommendationTableTemplate(name, tableTitle, Arrays.asList(columns), order, statuses, shape);
    }

    /** A copy listing recommendations in this order. */
    public RecommendationTableTemplate withOrder(ReportOrder order) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, statuses, shape);
    }

    /**
     * A copy listing only recommendations with these statuses in its table, computed or, where worse, their owner's
     * for the period reported on ({@link PlanAssessment#ownerRatesWorse}); the key facts and status summary
     * still count all the items the report is about.
     *
     * @throws IllegalArgumentException if no status is given: a table of none would list nothing, and its sentence
     *                                  say "No item is  as of ..." (run 99 #10)
     */
    public RecommendationTableTemplate withStatuses(Status... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("a table of items by status needs at least one status; give the"
                    + " statuses to list, such as Status.OFF_TRACK, Status.AT_RISK");
        }
        return new RecommendationTableTemplate(name, tableTitle, columns, order, Set.of(statuses), shape);
    }

    /**
     * A copy about only the items {@code filter} accepts (see {@link ItemFilters}): its key facts,
     * status summary and table count and list those alone.
     */
    public RecommendationTableTemplate withItems(Predicate<RecommendationAssessment> filter) {
        return with(shape.withItems(filter));
    }

    /** A copy with only these parts. */
    public RecommendationTableTemplate withParts(ReportPart... parts) {
        return with(shape.withParts(parts));
    }

    /** A copy using another palette. */
    public RecommendationTableTemplate withPalette(Palette palette) {
        return with(shape.withPalette(palette));
    }

    /** A copy laying its pages out this way up, whatever its columns' widths. */
    public RecommendationTableTemplate withOrientation(Orientation orientation) {
        return with(shape.withOrientation(orientation));
    }

    /** A copy that shows, or does not show, the reason for each status under it. */
    public RecommendationTableTemplate withReasons(boolean reasons) {
        return with(shape.withReasons(reasons));
    }

    private RecommendationTableTemplate with(Shape shape) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, statuses, shape);
    }

    @Override
    public Report build(PlanAssessment whole) {
        PlanAssessment assessment = shape.selected(whole);
        ActionPlan plan = assessment.plan();
        Vocabulary words = shape.words();
        List<RecommendationAssessment> rows = assessment.recommendations().stream()
                .filter(r -> statuses.contains(r.status()) || assessment.ownerRatesWorse(r)
                        .filter(statuses::contains).isPresent())
                .sorted(order.in(assessment))
                .toList();
        // A plan that names no owner would have a column of nothing on every page.
        boolean owned = plan.recommendations().stream().anyMatch(r -> r.owner().isPresent());
        List<ReportColumn> shown = owned || columns.equals(List.of(ReportColumn.OWNER)) ? columns
                : columns.stream().filter(column -> column != ReportColumn.OWNER).toList();
        String caption = words.text(tableTitle);
        boolean plansTitle = shape.title().isEmpty() && name.equals("summary");
        String title = plansTitle ? plan.title() : shape.title().orElse(caption + ": " + plan.title());
        // The summary's heading is the plan's title, as the summaries services publish are headed; the title a
        // browser tab, a PDF viewer or a screen reader's window list shows says which report it is, beside the
        // action plan of the same title (WCAG 2.4.2).
        String documentTitle = shape.title().orElse(caption + ": " + plan.title());
        List<Formats.ActionItem> actions = actionsNotListed(assessment, rows);
        List<Section> sections = new ArrayList<>();
        for (ReportPart part : ReportPart.values()) {
            if (!shape.shows(part)) {
                continue;
            }
            switch (part) {
                case KEY_FACTS -> sections.add(keyFacts(assessment, rows, actions));
                case STATUS_SUMMARY -> sections.add(Formats.statusSummary(assessment, shape.palette(), words));
                case BODY -> {
                    // With no rows, the table's heading alone, the words saying it is empty under it: a header row
                    // over nothing reads as rows missing.
                    Section.Table table = table(assessment, caption, rows, shown);
                    sections.add(rows.isEmpty() ? new Section.Heading(table.headingLevel().orElseThrow(), caption)
                            : table);
                    String named = String.join(" or ", Status.SEVERITY.stream().filter(statuses::contains)
                            .map(s -> plan.statusLabels().label(s)).toList());
                    if (rows.isEmpty()) {
                        sections.add(Section.NarrativeText.plain(words.text(Vocabulary.NONE_TO_SHOW, Map.of(
                                "statuses", named, "date", Formats.longDate(assessment.asOf())))));
                    }
                    if (!actions.isEmpty()) {
                        sections.add(Formats.actionsTable(words.text(ACTIONS_NOT_LISTED, "statuses", named), actions,
                                plan, shape.palette(), words, shape.reasons()).headedAt(1));
                    }
                }
                case LEGEND -> sections.add(Formats.legend(assessment, shape.palette(), words));
            }
        }
        int width = shown.stream().mapToInt(ReportColumn::width).sum();
        Orientation orientation = shape.orientation()
                .orElse(width > PORTRAIT_WIDTH ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
        return new Report(title, Formats.subtitle(assessment, words), assessment.asOf(), plan.period(),
                Formats.metadata(assessment, documentTitle, caption + " as of " + Formats.longDate(assessment.asOf()),
                        name),
                List.of(Chapter.untitled(orientation, sections)), LayoutWords.of(words),
                plansTitle ? Formats.otherLanguage(plan) : Optional.empty()); // read in its language (run 98 #2)
    }

    /**
     * The plan's key facts; where the report lists only some statuses, its count of items says how many it lists of
     * each and how many actions in other items, so that its first page, which the status summary may fill, says what
     * follows. In the row of the count, not a row of its own, which would take the status summary off that page.
     */
    private Section.KeyFacts keyFacts(PlanAssessment assessment, List<RecommendationAssessment> rows,
            List<Formats.ActionItem> actions) {
        Vocabulary words = shape.words();
        Section.KeyFacts facts = Formats.keyFacts(assessment, words);
        if (statuses.containsAll(Arrays.asList(Status.values()))) {
            return facts;
        }
        List<String> counts = new ArrayList<>(Status.SEVERITY.stream().filter(statuses::contains).map(status -> rows
                .stream().filter(r -> r.status() == status).count() + " " + assessment.plan().statusLabels()
                .label(status)).toList());
        // Those listed for their owner's rating alone, so that the counts add up to the items listed.
        long ownerRated = rows.stream().filter(r -> !statuses.contains(r.status())).count();
        if (ownerRated > 0) {
            counts.add(words.text(OWNER_RATED, "count", Long.toString(ownerRated)));
        }
        String listed = words.text(LISTED, "count", Integer.toString(rows.size()), "items", Integer.toString(
                assessment.recommendations().size())).replace("{statuses}", String.join(", ", counts));
        String count = actions.isEmpty() ? listed : words.text(ALSO_ACTIONS, "listed", listed, "count",
                Integer.toString(actions.size()));
        String items = words.text(Vocabulary.ITEMS);
        return Formats.keyFacts(facts.title(), facts.facts().stream().map(fact -> fact.label().equals(items)
                ? new Section.KeyFact(items, count) : fact).toList(), words);
    }

    /**
     * The sub-actions of a status this report lists in the items it does not list, and those worse than the item they
     * are in where it is listed, worst first: an item due when its last sub-action is may be on track, or at risk for
     * one blocked action, while others of its sub-actions are late, and a report of exceptions that left them out
     * would show a plan with nothing overdue in it. None where the report lists every status.
     */
    private List<Formats.ActionItem> actionsNotListed(PlanAssessment assessment,
            List<RecommendationAssessment> listed) {
        List<Formats.ActionItem> actions = new ArrayList<>();
        if (statuses.containsAll(Arrays.asList(Status.values()))) { // every item listed, with its sub-actions
            return actions;
        }
        // by identity: a plan of tens of thousands of items is not compared item by item with each listed one
        Set<RecommendationAssessment> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(listed);
        for (RecommendationAssessment r : assessment.recommendations()) {
            for (int i = 0; i < r.subActions().size(); i++) {
                Status status = r.subActions().get(i).status();
                // A listed item's row shows its own status: an action worse than it would go unseen.
                if (statuses.contains(status) && (!shown.contains(r) || status.isWorseThan(r.status()))) {
                    actions.add(new Formats.ActionItem(r.recommendation(), r.recommendation().subActions().get(i),
                            r.subActions().get(i)));
                }
            }
        }
        actions.sort(ReportOrder.worstFirst(a -> a.assessment().status(),
                a -> a.subAction().due().flatMap(Timescale::dueDate)));
        return actions;
    }

    private Section.Table table(PlanAssessment assessment, String caption, List<RecommendationAssessment> rows,
            List<ReportColumn> shown) {
        List<Column> header = shown.stream().map(c -> c.column().withHeader(shape.words().text(c.header()))).toList();
        List<List<Cell>> cells = new ArrayList<>(rows.size());
        for (RecommendationAssessment r : rows) {
            List<Cell> row = new ArrayList<>(shown.size());
            for (ReportColumn column : shown) {
                row.add(cell(assessment, r, column));
            }
            cells.add(row);
        }
        // The report's main table, under a heading of its own that heading navigation reaches.
        return new Section.Table(caption, header, cells, Optional.empty(), shown.get(0) == ReportColumn.REF)
                .headedAt(1);
    }

    private Cell cell(PlanAssessment assessment, RecommendationAssessment r, ReportColumn column) {
        Recommendation recommendation = r.recommendation();
        ActionPlan plan = assessment.plan();
        return switch (column) {
            case REF -> new Cell.TextCell(recommendation.ref());
            case SUMMARY -> new Cell.NarrativeCell(Formats.refAndText(plan, recommendation));
            case TEXT -> new Cell.NarrativeCell(Formats.planText(plan, recommendation.text()));
            case KIND -> new Cell.TextCell(recommendation.kind().displayName());
            case OWNER -> recommendation.owner().<Cell>map(Cell.TextCell::new).orElse(Cell.empty());
            case SUB_ACTIONS -> new Cell.NumberCell(recommendation.subActions().size(),
                    Integer.toString(recommendation.subActions().size()));
            case DEADLINE -> Formats.deadlineCell(r, shape.words());
            case DUE_DATE -> Formats.dateCell(r.dueDate());
            case STATUS -> Formats.statusCell(assessment, shape.palette(), shape.words(), r,
                    shape.reasons() && !columns.contains(ReportColumn.REASON), !columns.contains(
                    ReportColumn.OWNER_STATUS));
            case OWNER_STATUS -> Formats.ownerStatusCell(assessment, shape.palette(), shape.words(), r,
                    shape.reasons());
            case PROGRESS -> Formats.progressCell(r, shape.words());
            case REASON -> new Cell.TextCell(r.reason());
            case LATEST_UPDATE -> recommendation.latestUpdate()
                    .<Cell>map(u -> new Cell.NarrativeCell(Formats.planText(plan, u.text()))).orElse(Cell.empty());
        };
    }
}
