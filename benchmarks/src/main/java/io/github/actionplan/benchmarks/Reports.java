package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.rules.Assessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports the renderer benchmarks lay out, by size in table rows.
 *
 * <p>A row is a row of the report's main tables: the {@code summary} report has one per
 * recommendation, so 10,000 rows is a plan of 10,000 recommendations; the {@code action-plan}
 * report has one per sub-action in each chapter's actions table, so 10,000 rows is 2,000
 * recommendations, each a chapter with its key facts, status table, text, required outcomes,
 * five actions and latest update.
 */
public final class Reports {

    private Reports() {}

    /** The plan behind a report of {@code rows} rows. */
    public static ActionPlan plan(String report, int rows) {
        return switch (report) {
            case "summary" -> PlanGenerator.plan(rows, PlanGenerator.SEED);
            case "action-plan" -> PlanGenerator.plan(Math.max(1, rows / PlanGenerator.SUB_ACTIONS), PlanGenerator.SEED);
            default -> throw new IllegalArgumentException("no report " + report);
        };
    }

    /** {@code report} ("summary" or "action-plan") of {@code rows} rows, built as users build it. */
    public static Report build(String report, int rows) {
        ActionPlan plan = plan(report, rows);
        return switch (report) {
            case "summary" -> ReportTemplates.summary().build(Assessor.standard().assess(plan, PlanGenerator.AS_OF));
            case "action-plan" -> ReportTemplates.actionPlan().build(Assessor.standard().assess(plan, PlanGenerator.AS_OF));
            default -> throw new IllegalArgumentException("no report " + report);
        };
    }

    /**
     * {@code report} of {@code rows} rows made from one of 1,000 rows repeated: the summary's table
     * holds the same 1,000 rows over and over, the action plan the same 200 chapters. The renderer
     * sees as many rows, cells and chapters as in a real report of that size, but the report takes
     * a thousandth of the memory, so that what a small heap has to hold is the renderer's own.
     */
    public static Report tiled(String report, int rows) {
        int base = 1000;
        int times = Math.max(1, rows / base);
        Report small = build(report, base);
        List<Chapter> chapters = new ArrayList<>();
        if (report.equals("summary")) {
            for (Chapter chapter : small.chapters()) {
                List<Section> sections = new ArrayList<>();
                for (Section section : chapter.sections()) {
                    if (section instanceof Section.Table table) {
                        List<List<Cell>> tiled = new ArrayList<>(table.rows().size() * times);
                        for (int i = 0; i < times; i++) {
                            tiled.addAll(table.rows());
                        }
                        sections.add(new Section.Table(table.title(), table.columns(), tiled, table.totalRow()));
                    } else {
                        sections.add(section);
                    }
                }
                chapters.add(new Chapter(chapter.heading(), chapter.orientation(), sections));
            }
        } else {
            // The opening chapter, the items' chapters over and over, the closing key.
            List<Chapter> all = small.chapters();
            chapters.add(all.getFirst());
            for (int i = 0; i < times; i++) {
                chapters.addAll(all.subList(1, all.size() - 1));
            }
            chapters.add(all.getLast());
        }
        return new Report(small.title(), small.subtitle(), small.asOf(), small.period(), small.metadata(), chapters);
    }
}
