package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The full action plan, as Merseyside's: per recommendation or area for improvement its
 * reference, HMI page, the inspectorate's words, required outcomes, the actions with their
 * responsible function and timescale, notes, its status (computed, beside the owner's own where
 * given, flagged where they differ) with the reason, and the latest update; plus the legend.
 *
 * <pre>{@code
 * Report report = ReportTemplates.actionPlan()
 *         .withAllUpdates(true)
 *         .withOrder(ReportOrder.WORST_FIRST)
 *         .build(plan, LocalDate.of(2025, 6, 30));
 * }</pre>
 */
public final class ActionPlanTemplate implements ReportTemplate {

    private static final List<Column> STATUS_COLUMNS = List.of(
            new Column("Status", ColumnType.STATUS, 2),
            new Column("Owner's BRAG", ColumnType.STATUS, 2),
            new Column("Progress", ColumnType.PERCENT, 2),
            new Column("Due date", ColumnType.DATE, 2),
            new Column("Reason", ColumnType.TEXT, 4));
    private static final List<Column> ACTION_COLUMNS = List.of(
            new Column("Ref", ColumnType.TEXT, 1),
            new Column("Action to achieve required outcomes", ColumnType.NARRATIVE, 7),
            new Column("Responsible function", ColumnType.TEXT, 2),
            new Column("Timescale", ColumnType.TIMESCALE, 2),
            new Column("Progress", ColumnType.PERCENT, 2),
            new Column("Status", ColumnType.STATUS, 2));

    private final ReportOrder order;
    private final boolean allUpdates;
    private final Set<ReportPart> parts;
    private final Palette palette;

    ActionPlanTemplate(ReportOrder order, boolean allUpdates, Set<ReportPart> parts, Palette palette) {
        this.order = Objects.requireNonNull(order, "order");
        this.allUpdates = allUpdates;
        this.parts = Set.copyOf(parts);
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** A copy listing recommendations in this order. */
    public ActionPlanTemplate withOrder(ReportOrder order) {
        return new ActionPlanTemplate(order, allUpdates, parts, palette);
    }

    /** A copy showing every update, oldest first, rather than only the latest. */
    public ActionPlanTemplate withAllUpdates(boolean allUpdates) {
        return new ActionPlanTemplate(order, allUpdates, parts, palette);
    }

    /** A copy with only these parts. */
    public ActionPlanTemplate withParts(ReportPart... parts) {
        return new ActionPlanTemplate(order, allUpdates, Set.of(parts), palette);
    }

    /** A copy using another palette. */
    public ActionPlanTemplate withPalette(Palette palette) {
        return new ActionPlanTemplate(order, allUpdates, parts, palette);
    }

    @Override
    public Report build(PlanAssessment assessment) {
        ActionPlan plan = assessment.plan();
        List<Section> sections = new ArrayList<>();
        for (ReportPart part : ReportPart.values()) {
            if (!parts.contains(part)) {
                continue;
            }
            switch (part) {
                case KEY_FACTS -> sections.add(Formats.keyFacts(assessment, PlanSummary.of(assessment).overallProgress()));
                case STATUS_SUMMARY -> sections.add(Formats.statusSummary(assessment, assessment.recommendations(),
                        palette, "items"));
                case BODY -> assessment.recommendations().stream()
                        .sorted(order.comparator())
                        .forEach(r -> chapter(plan, r, sections));
                case LEGEND -> sections.add(Formats.legend(plan, palette));
            }
        }
        return new Report(plan.title(), Formats.subtitle(assessment), plan.organisation(), assessment.asOf(),
                plan.period(), Formats.metadata(assessment, plan.title(),
                        "Action plan as of " + Formats.longDate(assessment.asOf()), "action-plan"),
                sections);
    }

    private void chapter(ActionPlan plan, RecommendationAssessment r, List<Section> sections) {
        Recommendation recommendation = r.recommendation();
        String name = Formats.name(recommendation);
        sections.add(new Section.Heading(1, name));
        List<Section.KeyFact> facts = new ArrayList<>();
        facts.add(new Section.KeyFact("Reference", recommendation.ref()));
        recommendation.inspectorateNumber().ifPresent(n -> facts.add(new Section.KeyFact("Inspectorate number",
                Integer.toString(n))));
        facts.add(new Section.KeyFact("Kind", recommendation.kind().displayName()));
        recommendation.reportPage().ifPresent(p -> facts.add(new Section.KeyFact("HMI page", Integer.toString(p))));
        recommendation.pillar().ifPresent(p -> facts.add(new Section.KeyFact("Pillar", p.displayName())));
        recommendation.question().ifPresent(q -> facts.add(new Section.KeyFact("Inspection area", q)));
        recommendation.causeOfConcern().ifPresent(c -> facts.add(new Section.KeyFact("Cause of concern", c)));
        recommendation.owner().ifPresent(o -> facts.add(new Section.KeyFact("Responsible function", o)));
        recommendation.deadline().ifPresent(d -> facts.add(new Section.KeyFact("Deadline", d.text())));
        sections.add(new Section.KeyFacts(facts));
        sections.add(new Section.Table("Status of " + name, STATUS_COLUMNS, List.of(List.of(
                Formats.statusCell(plan, palette, r),
                Formats.ownerStatusCell(plan, palette, r),
                Formats.percentCell(r.progress()),
                Formats.dateCell(r.dueDate()),
                new Cell.TextCell(r.reason()))), false));
        sections.add(new Section.Heading(2, recommendation.kind().displayName()));
        sections.add(new Section.NarrativeText(Narrative.parse(recommendation.text())));
        if (!recommendation.requiredOutcomes().isEmpty()) {
            sections.add(new Section.Heading(2, "Required outcomes"));
            List<Block> outcomes = new ArrayList<>();
            recommendation.requiredOutcomes().forEach(o -> outcomes.addAll(Narrative.parse(o).blocks()));
            sections.add(new Section.NarrativeText(new Narrative(outcomes)));
        }
        if (!recommendation.subActions().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                rows.add(actionRow(plan, recommendation, recommendation.subActions().get(i), r.subActions().get(i)));
            }
            // Portrait: a landscape section per chapter would turn the page for every item.
            sections.add(new Section.Table("Actions for " + name, ACTION_COLUMNS, rows, false));
        }
        recommendation.notes().ifPresent(notes -> {
            sections.add(new Section.Heading(2, "Notes"));
            sections.add(new Section.NarrativeText(Narrative.parse(notes)));
        });
        List<ProgressUpdate> updates = allUpdates ? recommendation.updates()
                : recommendation.latestUpdate().map(List::of).orElse(List.of());
        for (ProgressUpdate update : updates) {
            sections.add(new Section.Heading(2, update.period().displayName() + " update"
                    + update.author().map(a -> ", by " + a).orElse("")
                    + update.date().map(d -> ", " + Formats.shortDate(d)).orElse("")));
            sections.add(new Section.NarrativeText(Narrative.parse(update.text())));
        }
    }

    private Cell.StatusCell subActionStatus(ActionPlan plan, Assessment a) {
        return new Cell.StatusCell(a.status(), plan.statusLabels().label(a.status()), palette.fill(a.status()),
                palette.text(a.status()), a.reason(), Optional.empty());
    }

    private List<Cell> actionRow(ActionPlan plan, Recommendation recommendation, SubAction s, Assessment a) {
        Optional<String> owner = s.owner().or(recommendation::owner);
        return List.of(
                new Cell.TextCell(s.id()),
                s.description().<Cell>map(d -> new Cell.NarrativeCell(Narrative.parse(d))).orElse(Cell.empty()),
                owner.<Cell>map(Cell.TextCell::new).orElse(Cell.empty()),
                Formats.timescaleCell(s.due()),
                s.progress().isPresent() || s.completedOn().isPresent()
                        ? Formats.percentCell(s.effectiveProgress()) : Cell.empty(),
                subActionStatus(plan, a));
    }
}
