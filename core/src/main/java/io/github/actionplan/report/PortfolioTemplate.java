package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.StatusCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Several plans together, as a service's leadership team reads all its inspections at once (the
 * full inspection, a values-and-culture spotlight, thematic reports): one row per plan with its
 * source inspection, counts per status and overall progress; the status summary of every item of
 * every plan; the exceptions across plans, worst first, each row naming its plan; and the counts by
 * pillar across plans. Every plan must be assessed at one reporting date with one rule, so the
 * figures can be added up; statuses are written in their standard words, as plans may name them
 * differently.
 *
 * <pre>{@code
 * Report report = ReportTemplates.portfolio().build(List.of(
 *         assessor.assess(inspection, asOf), assessor.assess(spotlight, asOf)));
 * }</pre>
 */
public final class PortfolioTemplate {

    private static final String TITLE = "Action plans of {organisations}";
    private static final String PLAN_COUNT = "{count} plans";
    private static final String ONE_PLAN = "1 plan";
    private static final String PLANS = "Plans";
    private static final String PLAN = "Plan";
    private static final String EXCEPTIONS = "Exceptions across plans";
    private static final String BY_PILLAR = "Items by pillar across plans";
    private static final String PILLAR = "Pillar";
    private static final String REF = "Ref";
    private static final String RECOMMENDATION = "Recommendation";
    private static final String OWNER = "Responsible function";
    private static final String DUE_DATE = "Due date";
    private static final String REASON = "Reason";
    private static final String NO_EXCEPTIONS = "No item of any plan is off track or at risk as of {date}.";
    private static final String NOT_DATED = "no reporting date";
    private static final String LAST_REPORTED = "last reported {date}";
    private static final String UNREPORTED = "The progress figures count as 0% the {count} of {items} items with no"
            + " progress reported.";
    private static final List<String> OWN_WORDS = List.of(TITLE, PLAN_COUNT, ONE_PLAN, PLANS, PLAN, EXCEPTIONS,
            BY_PILLAR, PILLAR, REF, RECOMMENDATION, OWNER, DUE_DATE, REASON, NO_EXCEPTIONS, NOT_DATED,
            LAST_REPORTED, UNREPORTED);

    private final Shape shape;

    PortfolioTemplate(Shape shape) {
        this.shape = shape;
    }

    /** The fixed words this template writes, each as {@link #withWords(Map)} knows it. */
    public List<String> words() {
        return Stream.concat(Vocabulary.COMMON.stream(), OWN_WORDS.stream()).distinct().toList();
    }

    /** A copy titled {@code title}. */
    public PortfolioTemplate withTitle(String title) {
        return new PortfolioTemplate(shape.withTitle(title));
    }

    /** A copy writing other words for some of {@link #words()}. */
    public PortfolioTemplate withWords(Map<String, String> replacements) {
        return new PortfolioTemplate(shape.withWords(replacements, words(), "portfolio"));
    }

    /** A copy using another palette. */
    public PortfolioTemplate withPalette(Palette palette) {
        return new PortfolioTemplate(shape.withPalette(palette));
    }

    /**
     * The report of these plans, in this order.
     *
     * @throws IllegalArgumentException if there are none, or they were assessed at different
     *                                  dates or with different rules or roll-ups
     */
    public Report build(List<PlanAssessment> assessments) {
        if (Objects.requireNonNull(assessments, "assessments").isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one plan");
        }
        PlanAssessment first = assessments.getFirst();
        for (int i = 0; i < assessments.size(); i++) {
            PlanAssessment other = Objects.requireNonNull(assessments.get(i), "assessments[" + i + "]");
            if (!other.asOf().equals(first.asOf())) {
                // Two reporting dates of one plan are more likely a comparison of its quarters than a portfolio.
                boolean samePlan = other.plan().title().equals(first.plan().title())
                        && other.plan().organisation().equals(first.plan().organisation());
                throw new IllegalArgumentException("plan " + (i + 1) + ", '" + other.plan().title() + "', is assessed"
                        + " as of " + Formats.shortDate(other.asOf()) + " and plan 1" + (samePlan ? ", the same plan,"
                        : ", '" + first.plan().title() + "',") + " as of " + Formats.shortDate(first.asOf())
                        + ": assess every plan of a portfolio at one reporting date" + (samePlan ? "; to compare one"
                        + " plan at two dates, use ReportTemplates.progress(previous)" : ""));
            }
            if (!other.assessor().rule().equals(first.assessor().rule())
                    || other.assessor().rollUp() != first.assessor().rollUp()) {
                throw new IllegalArgumentException("'" + other.plan().title() + "' is assessed with "
                        + other.assessor() + " and '" + first.plan().title() + "' with " + first.assessor()
                        + ": assess every plan of a portfolio with one rule and roll-up");
            }
        }
        List<PlanAssessment> selected = assessments.stream().map(a -> a.select(shape.items())).toList();
        Vocabulary words = shape.words();
        Palette palette = shape.palette();
        StatusLabels labels = StatusLabels.defaults();
        LocalDate asOf = first.asOf();
        List<RecommendationAssessment> all = selected.stream().flatMap(a -> a.recommendations().stream()).toList();

        List<PlanSummary> summaries = selected.stream().map(PlanSummary::of).toList();
        PlanSummary whole = PlanSummary.of(combined(first, all));
        Section.Table plans = Formats.breakdownTable(words.text(PLANS), words.text(PLAN),
                selected.stream().map(a -> planRow(a, words)).toList(),
                summaries.stream().map(PlanSummary::counts).toList(),
                summaries.stream().map(PlanSummary::overallProgress).toList(),
                summaries.stream().map(PlanSummary::progressReported).toList(),
                labels, whole.overallProgress(), words).headedAt(1);
        List<Section> opening = new ArrayList<>(List.of(plans));
        // As each plan's key facts say of its own: a mean counts an item nobody reported on at 0% (run 86 #5).
        long unreported = whole.unreported();
        if (unreported > 0 && unreported < all.size()) {
            opening.add(Section.NarrativeText.plain(words.text(UNREPORTED, "count", Long.toString(unreported),
                    "items", Integer.toString(all.size()))));
        }
        opening.add(Formats.statusSummary(all, labels, Optional.empty(), asOf, palette, words));

        List<Section> exceptions = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        record Exception(PlanAssessment plan, RecommendationAssessment item) {}
        List<Exception> worst = new ArrayList<>();
        selected.forEach(a -> a.recommendations().stream()
                .filter(r -> ReportTemplates.EXCEPTIONAL.contains(Formats.worstRated(a, r)))
                .forEach(r -> worst.add(new Exception(a, r))));
        worst.sort(ReportOrder.worstFirst((Exception e) -> Formats.worstRated(e.plan(), e.item()),
                e -> e.item().dueDate()));
        for (Exception e : worst) {
            RecommendationAssessment r = e.item();
            rows.add(List.of(planName(e.plan().plan(), selected),
                    new Cell.TextCell(r.recommendation().ref()),
                    new Cell.NarrativeCell(Formats.planText(e.plan().plan(), r.recommendation().text())),
                    // As the owners report names it: an empty cell is read as "blank" (run 98 #9)
                    new Cell.TextCell(PlanSummary.ownerOf(r.recommendation())),
                    Formats.dateCell(r.dueDate()),
                    Formats.progressCell(r, words),
                    new Cell.StatusCell(r.status(), labels.label(r.status()), e.plan().ownerRatingWorse(r).map(
                            owner -> Formats.ownersRating(owner, e.plan(), words)),
                            java.util.Optional.empty(), palette.fill(r.status()), palette.text(r.status())),
                    new Cell.TextCell(r.reason())));
        }
        exceptions.add(new Section.Table(words.text(EXCEPTIONS), List.of(
                new Column(words.text(PLAN), ColumnType.TEXT, 3),
                new Column(words.text(REF), ColumnType.TEXT, 1),
                new Column(words.text(RECOMMENDATION), ColumnType.NARRATIVE, 5),
                new Column(words.text(OWNER), ColumnType.TEXT, 2),
                new Column(words.text(DUE_DATE), ColumnType.DATE, 2),
                new Column(words.text(Vocabulary.PROGRESS), ColumnType.PERCENT, 1),
                new Column(words.text(Vocabulary.STATUS), ColumnType.STATUS, 2),
                new Column(words.text(REASON), ColumnType.TEXT, 4)), rows).headedAt(1));
        if (rows.isEmpty()) {
            // Under the table's heading, which comes first.
            exceptions.add(Section.NarrativeText.plain(words.text(NO_EXCEPTIONS, "date", Formats.longDate(asOf))));
        }

        Map<String, List<RecommendationAssessment>> byPillar = new LinkedHashMap<>();
        Stream.concat(Stream.of(Pillar.values()).map(Pillar::displayName), Stream.of(PlanSummary.NO_PILLAR))
                .forEach(name -> byPillar.put(name, new ArrayList<>()));
        all.forEach(r -> byPillar.get(r.recommendation().pillar().map(Pillar::displayName).orElse(PlanSummary.NO_PILLAR))
                .add(r));
        byPillar.values().removeIf(List::isEmpty);
        List<PlanSummary> pillarSummaries = byPillar.values().stream().map(items -> PlanSummary.of(combined(first,
                items))).toList();
        Section.Table pillars = Formats.breakdownTable(words.text(BY_PILLAR), words.text(PILLAR),
                List.copyOf(byPillar.keySet()),
                byPillar.values().stream().map(StatusCounts::of).toList(),
                pillarSummaries.stream().map(PlanSummary::overallProgress).toList(),
                pillarSummaries.stream().map(PlanSummary::progressReported).toList(),
                labels, whole.overallProgress(), words).headedAt(1);

        List<Section> closing = new ArrayList<>();
        if (!byPillar.keySet().equals(Set.of(PlanSummary.NO_PILLAR))) { // where no item names one, it is the total
            closing.add(pillars);
        }
        closing.add(Formats.legend(first.assessor().rule(), labels, Optional.empty(), palette, words));

        Set<String> organisations = new java.util.LinkedHashSet<>();
        selected.forEach(a -> organisations.add(a.plan().organisation()));
        // Named by whose plans they are, as a browser tab, a viewer's window list and a screen reader show the title
        // alone; how many and as of when is the subtitle's, as in every other report.
        List<String> named = List.copyOf(organisations);
        String title = shape.title().orElse(words.text(TITLE, "organisations", words.list(named)));
        String subtitle = (selected.size() == 1 ? words.text(ONE_PLAN) : words.text(PLAN_COUNT, "count",
                Integer.toString(selected.size()))) + ", "
                + words.text(Vocabulary.SUBTITLE_AS_OF, "date", Formats.longDate(asOf));
        return new Report(title, subtitle, asOf, java.util.Optional.empty(),
                DocumentMetadata.asOf(asOf, title, String.join(", ", organisations), "Action plans as of "
                        + Formats.longDate(asOf), List.of("action plan", "portfolio")),
                List.of(Chapter.untitled(Orientation.LANDSCAPE, opening),
                        Chapter.untitled(Orientation.LANDSCAPE, exceptions),
                        Chapter.untitled(Orientation.LANDSCAPE, closing)),
                LayoutWords.of(words));
    }

    /** Items of several plans as one assessment, so that core's summary adds them up. */
    private static PlanAssessment combined(PlanAssessment first, List<RecommendationAssessment> items) {
        return new PlanAssessment(first.plan(), first.asOf(), first.assessor(), items);
    }

    /**
     * A plan as the Plans table names it: whose it is, its title and the date it was last reported, which may be long
     * before the portfolio's: a plan last reported on in 2023, assessed in 2025, is shown late by every day since, on
     * figures of 2023. Not "as of", which beside its counts would read as the date they are for. Not the inspection it answers, which would take each row to a second line and the
     * status summary off the first page.
     */
    private static String planRow(PlanAssessment assessment, Vocabulary words) {
        ActionPlan plan = assessment.plan();
        return plan.organisation() + ": " + plan.title() + ", "
                + plan.asOf().map(date -> words.text(LAST_REPORTED, "date", Formats.shortDate(date)))
                        .orElse(words.text(NOT_DATED));
    }

    /**
     * A plan as a row of another table names it: whose it is, where each plan is another's; else its title, in the
     * plan's language.
     */
    private static Cell.TextCell planName(ActionPlan plan, List<PlanAssessment> plans) {
        boolean apart = plans.stream().map(a -> a.plan().organisation()).distinct().count() == plans.size();
        return apart ? new Cell.TextCell(plan.organisation()) : new Cell.TextCell(plan.title(), Formats.otherLanguage(
                plan));
    }
}
