package io.github.actionplan.report;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A report with one table row per recommendation: the {@linkplain ReportTemplates#summary()
 * summary} and {@linkplain ReportTemplates#exceptions() exceptions} reports. Adjust it with the
 * {@code with} methods; each returns a new template.
 *
 * <pre>{@code
 * ReportTemplate mine = ReportTemplates.summary()
 *         .withColumns(ReportColumn.REF, ReportColumn.OWNER, ReportColumn.STATUS, ReportColumn.REASON)
 *         .withOrder(ReportOrder.WORST_FIRST)
 *         .withParts(ReportPart.STATUS_SUMMARY, ReportPart.BODY);
 * }</pre>
 */
public final class RecommendationTableTemplate implements ReportTemplate {

    private final String name;
    private final String tableTitle;
    private final List<ReportColumn> columns;
    private final ReportOrder order;
    private final Set<Status> statuses;
    private final Set<ReportPart> parts;
    private final Palette palette;

    RecommendationTableTemplate(String name, String tableTitle, List<ReportColumn> columns, ReportOrder order,
            Set<Status> statuses, Set<ReportPart> parts, Palette palette) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.name = name;
        this.tableTitle = tableTitle;
        this.columns = List.copyOf(columns);
        this.order = Objects.requireNonNull(order, "order");
        this.statuses = Set.copyOf(statuses);
        this.parts = Set.copyOf(parts);
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** The template's name, e.g. "summary". */
    public String name() {
        return name;
    }

    /** A copy showing these columns, in this order. */
    public RecommendationTableTemplate withColumns(ReportColumn... columns) {
        return new RecommendationTableTemplate(name, tableTitle, Arrays.asList(columns), order, statuses, parts, palette);
    }

    /** A copy listing recommendations in this order. */
    public RecommendationTableTemplate withOrder(ReportOrder order) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, statuses, parts, palette);
    }

    /** A copy listing only recommendations with these statuses. */
    public RecommendationTableTemplate withStatuses(Status... statuses) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, Set.of(statuses), parts, palette);
    }

    /** A copy with only these parts. */
    public RecommendationTableTemplate withParts(ReportPart... parts) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, statuses, Set.of(parts), palette);
    }

    /** A copy using another palette. */
    public RecommendationTableTemplate withPalette(Palette palette) {
        return new RecommendationTableTemplate(name, tableTitle, columns, order, statuses, parts, palette);
    }

    @Override
    public Report build(PlanAssessment assessment) {
        ActionPlan plan = assessment.plan();
        PlanSummary summary = PlanSummary.of(assessment);
        List<RecommendationAssessment> rows = assessment.recommendations().stream()
                .filter(r -> statuses.contains(r.status()))
                .sorted(order.comparator())
                .toList();
        String title = name.equals("summary") ? plan.title() : tableTitle + ": " + plan.title();
        List<Section> sections = new ArrayList<>();
        for (ReportPart part : ReportPart.values()) {
            if (!parts.contains(part)) {
                continue;
            }
            switch (part) {
                case KEY_FACTS -> sections.add(Formats.keyFacts(assessment, summary.overallProgress()));
                case STATUS_SUMMARY -> sections.add(Formats.statusSummary(assessment, assessment.recommendations(),
                        palette, "items"));
                case BODY -> {
                    if (rows.isEmpty()) {
                        sections.add(new Section.NarrativeText(Narrative.plain("No item is "
                                + String.join(" or ", statuses.stream().sorted()
                                        .map(s -> plan.statusLabels().label(s)).toList())
                                + " as of " + Formats.longDate(assessment.asOf()) + ".")));
                    }
                    sections.add(table(plan, rows));
                }
                case LEGEND -> sections.add(Formats.legend(plan, palette));
            }
        }
        return new Report(title, Formats.subtitle(assessment), plan.organisation(), assessment.asOf(), plan.period(),
                Formats.metadata(assessment, title, tableTitle + " as of " + Formats.longDate(assessment.asOf()), name),
                sections);
    }

    private Section.Table table(ActionPlan plan, List<RecommendationAssessment> rows) {
        List<Column> header = columns.stream().map(ReportColumn::column).toList();
        List<List<Cell>> cells = new ArrayList<>(rows.size());
        for (RecommendationAssessment r : rows) {
            List<Cell> row = new ArrayList<>(columns.size());
            for (ReportColumn column : columns) {
                row.add(cell(plan, r, column));
            }
            cells.add(row);
        }
        int width = header.stream().mapToInt(Column::width).sum();
        return new Section.Table(tableTitle, header, cells, width > 12);
    }

    private Cell cell(ActionPlan plan, RecommendationAssessment r, ReportColumn column) {
        Recommendation recommendation = r.recommendation();
        return switch (column) {
            case REF -> new Cell.TextCell(recommendation.ref());
            case SUMMARY -> new Cell.NarrativeCell(Formats.refAndText(recommendation));
            case TEXT -> new Cell.NarrativeCell(Narrative.parse(recommendation.text()));
            case KIND -> new Cell.TextCell(recommendation.kind().displayName());
            case OWNER -> recommendation.owner().<Cell>map(Cell.TextCell::new).orElse(Cell.empty());
            case SUB_ACTIONS -> new Cell.NumberCell(recommendation.subActions().size(),
                    Integer.toString(recommendation.subActions().size()));
            case DEADLINE -> recommendation.deadline().isPresent() ? Formats.timescaleCell(recommendation.deadline())
                    : r.dueDate().<Cell>map(d -> new Cell.TimescaleCell(Formats.shortDate(d), r.dueDate(), ""))
                            .orElse(Cell.empty());
            case DUE_DATE -> Formats.dateCell(r.dueDate());
            case STATUS -> Formats.statusCell(plan, palette, r);
            case OWNER_STATUS -> Formats.ownerStatusCell(plan, palette, r);
            case PROGRESS -> Formats.percentCell(r.progress());
            case REASON -> new Cell.TextCell(r.reason());
            case LATEST_UPDATE -> recommendation.latestUpdate()
                    .<Cell>map(u -> new Cell.NarrativeCell(Narrative.parse(u.text()))).orElse(Cell.empty());
        };
    }
}
