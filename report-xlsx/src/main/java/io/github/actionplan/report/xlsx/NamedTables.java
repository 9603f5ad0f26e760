package io.github.actionplan.report.xlsx;

import io.github.actionplan.internal.SpreadsheetCells;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableParts;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Makes each table of the workbook an Excel table ("Format as Table"): its header row is then
 * marked as the header of its columns, which is how a screen reader names the column of every
 * cell, and it filters and sorts on its own, even among other tables on one sheet.
 *
 * <p>A table gets no Excel table, only its bold header row, where its headers cannot name
 * columns (blank, repeated, longer than 255 characters or holding control characters), and after
 * the first {@value #MAX} tables: every Excel table is a part of the file, held in memory until
 * the file is written and opened one by one by Excel, and readers such as POI refuse files of
 * more than a thousand parts, so a national action plan of 20,000 chapters does not get 40,000
 * of them.
 */
final class NamedTables {

    /** The most Excel tables a workbook gets. */
    static final int MAX = 500;
    /** Names Excel would read as a cell reference (A1, XFD1048576) or an R1C1 one (R, C, R1C1). */
    private static final Pattern CELL_LIKE = Pattern.compile("(?i)[a-z]{1,3}[0-9]+|r[0-9]*c?[0-9]*|c[0-9]*");
    private static final int MAX_NAME = 200;

    private final Function<String, XSSFSheet> plainSheet;
    private final int max;
    private final Set<String> names = new HashSet<>();
    private int made;
    private int left;

    /** @param max how many Excel tables to make at most: {@link #MAX}, but fewer in tests */
    NamedTables(Function<String, XSSFSheet> plainSheet, int max) {
        this.plainSheet = plainSheet;
        this.max = max;
    }

    /**
     * As {@link #define(String, int, int, List, String, boolean, Optional)}, for a table of no header cells or total.
     */
    boolean define(String sheetName, int headerRow, int lastRow, List<String> headers, String title) {
        return define(sheetName, headerRow, lastRow, headers, title, false, Optional.empty());
    }

    /**
     * Makes rows {@code headerRow} to {@code lastRow} of a sheet's first {@code headers.size()}
     * columns an Excel table named after {@code title}, with a filter on its header row;
     * {@code rowHeaders} where each row's first cell heads the row: the table then has Excel's
     * "First Column" option, and no table style, as the others have none. Where {@code totalLabel} is given, the
     * last row is the table's totals row, labelled so in its first cell: the filter and a sort leave it where it is,
     * and a screen reader reads its figures under their columns' headers.
     *
     * @return whether it did: false where the headers cannot name columns or the workbook has its
     *         {@value #MAX} tables
     */
    boolean define(String sheetName, int headerRow, int lastRow, List<String> headers, String title,
            boolean rowHeaders, Optional<String> totalLabel) {
        if (!canNameColumns(headers)) {
            return false;
        }
        if (made >= max) {
            left++;
            return false;
        }
        XSSFTable table = create(plainSheet.apply(sheetName), made + 1);
        CTTable ct = table.getCTTable();
        String name = unique(name(title));
        String ref = new AreaReference(new CellReference(headerRow, 0), new CellReference(lastRow, headers.size() - 1),
                SpreadsheetVersion.EXCEL2007).formatAsString();
        table.setName(name);
        table.setDisplayName(name);
        ct.setRef(ref);
        ct.setTotalsRowShown(totalLabel.isPresent());
        ct.addNewAutoFilter().setRef(totalLabel.isEmpty() ? ref : new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow - 1, headers.size() - 1), SpreadsheetVersion.EXCEL2007).formatAsString());
        if (totalLabel.isPresent()) {
            ct.setTotalsRowCount(1);
        }
        CTTableColumns columns = ct.getTableColumns() != null ? ct.getTableColumns() : ct.addNewTableColumns();
        columns.setCount(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            var column = columns.addNewTableColumn();
            column.setId(i + 1);
            column.setName(headers.get(i));
            if (i == 0) {
                totalLabel.ifPresent(column::setTotalsRowLabel);
            }
        }
        if (rowHeaders) {
            CTTableStyleInfo style = ct.addNewTableStyleInfo();
            style.setShowFirstColumn(true);
            style.setShowLastColumn(false);
            style.setShowRowStripes(false);
            style.setShowColumnStripes(false);
        }
        made++;
        return true;
    }

    /**
     * A new table part of {@code sheet}, the {@code number}th of the workbook. POI's own
     * {@code createTable} looks through every part and table made before for a free file number,
     * name and id, which makes a workbook's tables quadratic; here they are all made in one place,
     * so each takes the next number.
     */
    private static XSSFTable create(XSSFSheet sheet, int number) {
        POIXMLDocumentPart.RelationPart part = sheet.createRelationship(XSSFRelation.TABLE,
                sheet.getWorkbook().getXssfFactory(), number, false);
        CTWorksheet worksheet = sheet.getCTWorksheet();
        CTTableParts parts = worksheet.isSetTableParts() ? worksheet.getTableParts() : worksheet.addNewTableParts();
        parts.addNewTablePart().setId(part.getRelationship().getId());
        parts.setCount(parts.sizeOfTablePartArray());
        XSSFTable table = part.getDocumentPart();
        table.getCTTable().setId(number);
        return table;
    }

    /** How many tables went without an Excel table because the workbook had its most. */
    int left() {
        return left;
    }

    /**
     * Whether these headers can name an Excel table's columns: each must be exactly its header
     * cell's text, so unique ignoring case, and each one {@link SpreadsheetCells#namesATableColumn} takes.
     */
    static boolean canNameColumns(List<String> headers) {
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (!SpreadsheetCells.namesATableColumn(header) || !seen.add(key(header))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A table name from a title: ASCII letters, digits and underscores ("Status of Area for
     * improvement 1" is {@code Status_of_Area_for_improvement_1}), starting with a letter and not
     * to be read as a cell reference; "Table" for a title with none of those.
     */
    static String name(String title) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < title.length() && name.length() < MAX_NAME; i++) {
            char c = title.charAt(i);
            boolean kept = c < 128 && Character.isLetterOrDigit(c);
            if (kept) {
                name.append(c);
            } else if (!name.isEmpty() && name.charAt(name.length() - 1) != '_') {
                name.append('_');
            }
        }
        while (!name.isEmpty() && name.charAt(name.length() - 1) == '_') {
            name.setLength(name.length() - 1);
        }
        if (name.isEmpty()) {
            return "Table";
        }
        if (!Character.isLetter(name.charAt(0)) || CELL_LIKE.matcher(name).matches()) {
            return "Table_" + name;
        }
        return name.toString();
    }

    /** {@code name}, or with "_2", "_3" and so on after it: Excel's table names are unique ignoring case. */
    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !names.add(key(candidate)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    private static String key(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
