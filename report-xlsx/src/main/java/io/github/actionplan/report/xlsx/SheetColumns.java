package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheet columns of a table. Each report column is one sheet column, except a timescale
 * column, which is followed by its resolved due date as a real date, so that it sorts and filters,
 * and a status column, which is followed by the reason for each status, so that the status column
 * filters by status and the reason is on the sheet rather than hidden in a comment.
 */
final class SheetColumns {

    /** What a sheet column shows of its report column's cells. */
    enum Part {
        /** The cell itself. */
        VALUE,
        /** A timescale's due date. */
        DUE_DATE,
        /** The reason for a status. */
        REASON
    }

    /**
     * One column of the sheet.
     *
     * @param source the index of the report column it comes from
     * @param type   the report column's type
     * @param part   what it shows of the cells
     * @param header its header text
     * @param width  its width in character widths
     */
    record SheetColumn(int source, Column.ColumnType type, Part part, String header, double width) {}

    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 90;
    /** Character widths per unit of {@link Column#width()}, the report's relative width hint. */
    static final int WIDTH_PER_WEIGHT = 10;
    /** Wide enough for core's short date, "30 Sep 2023", with padding. */
    static final int DATE_WIDTH = 13;
    /** A reason is a sentence: wrapped within this many character widths. */
    static final int REASON_WIDTH = 40;

    private SheetColumns() {}

    /** The sheet columns of {@code table}, each as wide as its content needs within a cap from the column's weight. */
    static List<SheetColumn> of(Section.Table table) {
        List<SheetColumn> columns = new ArrayList<>();
        for (int j = 0; j < table.columns().size(); j++) {
            Column column = table.columns().get(j);
            int cap = Math.max(12, Math.min(MAX_WIDTH, WIDTH_PER_WEIGHT * column.width()));
            int content = 0;
            int dueContent = 0;
            int reasonContent = 0;
            for (List<Cell> row : table.rows()) {
                Cell cell = row.get(j);
                content = Math.max(content, contentWidth(cell, cap));
                if (cell instanceof Cell.TimescaleCell t && t.dueDate().isPresent()) {
                    dueContent = DATE_WIDTH - 2;
                }
                if (cell instanceof Cell.StatusCell s) {
                    reasonContent = Math.max(reasonContent, Math.min(REASON_WIDTH, Texts.widestLine(s.reason())));
                }
            }
            columns.add(new SheetColumn(j, column.type(), Part.VALUE, column.header(),
                    width(column.header(), content, cap)));
            if (column.type() == Column.ColumnType.TIMESCALE) {
                String header = column.header() + " \u2013 due date";
                columns.add(new SheetColumn(j, column.type(), Part.DUE_DATE, header,
                        width(header, dueContent, DATE_WIDTH)));
            }
            if (column.type() == Column.ColumnType.STATUS) {
                String header = column.header() + " \u2013 reason";
                columns.add(new SheetColumn(j, column.type(), Part.REASON, header,
                        width(header, reasonContent, REASON_WIDTH)));
            }
        }
        return columns;
    }

    /** Wide enough for the content up to the cap, and always for the header's longest word. */
    private static double width(String header, int content, int cap) {
        int headerWord = Math.min(MAX_WIDTH, Texts.longestWord(header));
        return Math.max(MIN_WIDTH, Math.max(Math.min(content, cap), headerWord) + 2);
    }

    private static int contentWidth(Cell cell, int cap) {
        return switch (cell) {
            case Cell.DateCell d -> DATE_WIDTH - 2;
            case Cell.PercentCell p -> p.text().length();
            case Cell.NumberCell n -> n.text().length();
            case Cell.EmptyCell e -> 0;
            default -> Math.min(cap, Texts.widestLine(cell.text()));
        };
    }
}
