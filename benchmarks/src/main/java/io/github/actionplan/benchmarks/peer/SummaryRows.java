package io.github.actionplan.benchmarks.peer;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * The rows of a summary report's table as JasperReports reads them: one record per row, a field
 * per column, the words core decided (labels, dates, reasons, percentages) taken as they are, as a
 * Java team would feed Jasper from its own objects. Fields: {@code ref} and {@code text} (the
 * summary cell's bold lead and the rest), {@code subActions}, {@code deadline}, {@code status} (the
 * status's name, for the conditional styles), {@code statusLabel}, {@code statusNote},
 * {@code statusReason} (null where there is none) and {@code percent} (a fraction of one).
 */
final class SummaryRows implements JRDataSource {

    private final List<List<Cell>> rows;
    private final List<Column> columns;
    private int next;
    private List<Cell> row;

    SummaryRows(Report report) {
        Section.Table table = table(report);
        this.rows = table.rows();
        this.columns = table.columns();
    }

    /** The report's one table: the summary's, after its key facts and status counts. */
    static Section.Table table(Report report) {
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                if (section instanceof Section.Table table) {
                    return table;
                }
            }
        }
        throw new IllegalArgumentException("the report \"" + report.title() + "\" has no table");
    }

    @Override
    public boolean next() {
        if (next == rows.size()) {
            return false;
        }
        row = rows.get(next++);
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        String name = field.getName();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.get(i);
            switch (columns.get(i).type()) {
                case NARRATIVE -> {
                    if (name.equals("ref") || name.equals("text")) {
                        String lead = lead(cell);
                        return name.equals("ref") ? lead : cell.text().substring(lead.length());
                    }
                }
                case NUMBER -> {
                    if (name.equals("subActions")) {
                        return cell instanceof Cell.NumberCell n ? n.value() : null;
                    }
                }
                case TIMESCALE -> {
                    if (name.equals("deadline")) {
                        return cell.text();
                    }
                }
                case STATUS -> {
                    if (cell instanceof Cell.StatusCell s) {
                        switch (name) {
                            case "status" -> {
                                return s.status().name();
                            }
                            case "statusLabel" -> {
                                return s.label();
                            }
                            case "statusNote" -> {
                                return s.note().orElse(null);
                            }
                            case "statusReason" -> {
                                return s.reason().orElse(null);
                            }
                            default -> { }
                        }
                    }
                }
                case PERCENT -> {
                    if (name.equals("percent")) {
                        return cell instanceof Cell.PercentCell p ? p.fraction() : null;
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    /** The bold words a summary cell starts with ("AFI 1: "), or nothing. */
    private static String lead(Cell cell) {
        if (cell instanceof Cell.NarrativeCell n && !n.narrative().blocks().isEmpty()
                && n.narrative().blocks().getFirst() instanceof Block.Paragraph p && !p.inlines().isEmpty()
                && p.inlines().getFirst() instanceof Inline.Span span && span.strong()) {
            return span.text();
        }
        return "";
    }
}
