package io.github.actionplan.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An owner filling in an update workbook with POI, as they would in Excel: typing, sorting, hiding, inserting. */
final class Owner implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;

    private Owner(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.getSheet(UpdateWorkbookWriter.UPDATES);
    }

    static Owner open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Owner(new XSSFWorkbook(in));
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    /** The Updates sheet without {@code column}'s cells, header and all, as a workbook written before it was added. */
    Owner withoutColumn(UpdateColumn column) {
        for (Row row : sheet) {
            if (row.getCell(column.ordinal()) != null) {
                row.removeCell(row.getCell(column.ordinal()));
            }
        }
        return this;
    }

    /** The row of an item, 0-based; {@code id} empty for a recommendation's own row. */
    Row row(String ref, String id) {
        for (int r = UpdateWorkbookWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && text(row, UpdateColumn.REF).equals(ref) && text(row, UpdateColumn.ID).equals(id)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + ref + " / " + id);
    }

    /** Where an item's cell of {@code column} is, as problems name it: {@code Updates!L12}. */
    String cell(String ref, String id, UpdateColumn column) {
        return UpdateWorkbookWriter.UPDATES + "!" + row(ref, id).getCell(column.ordinal()).getAddress().formatAsString();
    }

    /** The text an item's cell of {@code column} holds; "" for none. */
    String text(String ref, String id, UpdateColumn column) {
        return text(row(ref, id), column);
    }

    private static String text(Row row, UpdateColumn column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /**
     * The cell, made anew with its style as typing over it in Excel does: POI setting a value on a
     * cell SXSSF wrote as an inline string keeps the old text beside the new.
     */
    private Cell cellOf(String ref, String id, UpdateColumn column) {
        Row row = row(ref, id);
        Cell old = row.getCell(column.ordinal());
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column.ordinal());
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    Owner type(String ref, String id, UpdateColumn column, String text) {
        cellOf(ref, id, column).setCellValue(text);
        return this;
    }

    /** TRUE or FALSE, as LibreOffice stores "true" typed in a cell. */
    Owner type(String ref, String id, UpdateColumn column, boolean value) {
        cellOf(ref, id, column).setCellValue(value);
        return this;
    }

    Owner type(String ref, String id, UpdateColumn column, double number) {
        cellOf(ref, id, column).setCellValue(number);
        return this;
    }

    /** A number the cell shows in {@code format}, as Excel stores "50%" typed in (0.5 shown as 0%). */
    Owner type(String ref, String id, UpdateColumn column, double number, String format) {
        Cell cell = cellOf(ref, id, column);
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
        cell.setCellValue(number);
        return this;
    }

    /** Fills an item's cell of {@code column} with a colour ("#FFC000"), typing nothing, as the fill button does. */
    Owner colour(String ref, String id, UpdateColumn column, String hex) {
        Cell cell = cellOf(ref, id, column);
        org.apache.poi.xssf.usermodel.XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(java.util.HexFormat.of().parseHex(
                hex.substring(1)), null));
        style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        cell.setCellStyle(style);
        return this;
    }

    /**
     * Types {@code value} (text, a number or a date picked) in {@code column} of the New sub-actions sheet's row
     * {@code index} to fill in, 0 the first, keeping the cell's style as typing does.
     */
    Owner typeNew(int index, UpdateColumn column, Object value) {
        Row row = workbook.getSheet(NewSubActionsSheet.NAME).getRow(UpdateWorkbookWriter.HEADER_ROW + 1 + index);
        Cell cell = row.getCell(NewSubActionsSheet.COLUMNS.indexOf(column));
        switch (value) {
            case String text -> cell.setCellValue(text);
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> cell.setCellValue(date);
            default -> throw new IllegalArgumentException("cannot type " + value);
        }
        return this;
    }

    /**
     * A date picked or typed, which a spreadsheet formats as a date where the cell had no date format (a grey cell, its
     * sheet unprotected).
     */
    Owner pick(String ref, String id, UpdateColumn column, LocalDate date) {
        Cell cell = cellOf(ref, id, column);
        if (!org.apache.poi.ss.usermodel.DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString())) {
            return type(ref, id, column, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date), "d mmm yyyy");
        }
        cell.setCellValue(date);
        return this;
    }

    Owner formula(String ref, String id, UpdateColumn column, String formula) {
        cellOf(ref, id, column).setCellFormula(formula);
        return this;
    }

    /** A formula and the text it gave, saved with it, as a spreadsheet saves one. */
    Owner formula(String ref, String id, UpdateColumn column, String formula, String saved) {
        Cell cell = cellOf(ref, id, column);
        cell.setCellFormula(formula);
        cell.setCellValue(saved);
        return this;
    }

    Owner hide(String ref, String id) {
        row(ref, id).setZeroHeight(true);
        return this;
    }

    /** Sorts the item rows by Ref and Id, descending, as Excel's sort rewrites them. */
    Owner sortDescending() {
        int first = UpdateWorkbookWriter.HEADER_ROW + 1;
        List<List<Object[]>> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object[]> cells = new ArrayList<>();
            if (row != null) {
                for (Cell cell : row) {
                    Object value = switch (cell.getCellType()) {
                        case STRING -> cell.getStringCellValue();
                        case NUMERIC -> cell.getNumericCellValue();
                        case BOOLEAN -> cell.getBooleanCellValue();
                        default -> null;
                    };
                    cells.add(new Object[] {cell.getColumnIndex(), value, cell.getCellStyle()});
                }
                sheet.removeRow(row);
            }
            rows.add(cells);
        }
        rows.sort((a, b) -> key(b).compareTo(key(a)));
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(first + i);
            for (Object[] c : rows.get(i)) {
                Cell cell = row.createCell((Integer) c[0]);
                if (c[1] instanceof String s) {
                    cell.setCellValue(s);
                } else if (c[1] instanceof Double d) {
                    cell.setCellValue(d);
                } else if (c[1] instanceof Boolean b) {
                    cell.setCellValue(b);
                }
                cell.setCellStyle((CellStyle) c[2]);
            }
        }
        return this;
    }

    /**
     * Sorts the item rows by Ref and Id, descending, but only the columns from the first to {@code last}, as an owner
     * does who selects part of the table and declines to extend the selection: the other columns stay where they are.
     */
    Owner sortDescendingUpTo(UpdateColumn last) {
        int first = UpdateWorkbookWriter.HEADER_ROW + 1;
        List<List<Object[]>> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object[]> cells = new ArrayList<>();
            for (int c = 0; row != null && c <= last.ordinal(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    Object value = switch (cell.getCellType()) {
                        case STRING -> cell.getStringCellValue();
                        case NUMERIC -> cell.getNumericCellValue();
                        default -> null;
                    };
                    cells.add(new Object[] {c, value, cell.getCellStyle()});
                    row.removeCell(cell);
                }
            }
            rows.add(cells);
        }
        rows.sort((a, b) -> key(b).compareTo(key(a)));
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.getRow(first + i) == null ? sheet.createRow(first + i) : sheet.getRow(first + i);
            for (Object[] c : rows.get(i)) {
                Cell cell = row.createCell((Integer) c[0]);
                if (c[1] instanceof String s) {
                    cell.setCellValue(s);
                } else if (c[1] instanceof Double d) {
                    cell.setCellValue(d);
                }
                cell.setCellStyle((CellStyle) c[2]);
            }
        }
        return this;
    }

    /**
     * Sorts only the columns from {@code first} to {@code last} by {@code by}'s text, descending, blanks last, as an
     * owner does who selects those columns and declines to extend the selection. A hidden column among them moves with
     * its row, as Excel and LibreOffice Calc sort a range holding one; the columns outside it stay where they are.
     */
    Owner sortOnly(UpdateColumn first, UpdateColumn last, UpdateColumn by) {
        int top = UpdateWorkbookWriter.HEADER_ROW + 1;
        List<Map<Integer, Object[]>> rows = new ArrayList<>();
        for (int r = top; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Integer, Object[]> cells = new HashMap<>();
            for (int c = first.ordinal(); row != null && c <= last.ordinal(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    Object value = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : null;
                    cells.put(c, new Object[] {value, cell.getCellStyle()});
                    row.removeCell(cell);
                }
            }
            rows.add(cells);
        }
        Function<Map<Integer, Object[]>, String> text = cells -> cells.containsKey(by.ordinal())
                && cells.get(by.ordinal())[0] != null ? String.valueOf(cells.get(by.ordinal())[0]) : "";
        rows.sort(Comparator.comparing((Map<Integer, Object[]> cells) -> text.apply(cells).isEmpty())
                .thenComparing(text, Comparator.reverseOrder()));
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.getRow(top + i) == null ? sheet.createRow(top + i) : sheet.getRow(top + i);
            for (Map.Entry<Integer, Object[]> c : rows.get(i).entrySet()) {
                Cell cell = row.createCell(c.getKey());
                if (c.getValue()[0] instanceof String t) {
                    cell.setCellValue(t);
                } else if (c.getValue()[0] instanceof Double d) {
                    cell.setCellValue(d);
                }
                cell.setCellStyle((CellStyle) c.getValue()[1]);
            }
        }
        return this;
    }

    private static String key(List<Object[]> cells) {
        String ref = "";
        String id = "";
        for (Object[] c : cells) {
            if ((Integer) c[0] == UpdateColumn.REF.ordinal() && c[1] instanceof String s) {
                ref = s;
            } else if ((Integer) c[0] == UpdateColumn.ID.ordinal() && c[1] instanceof String s) {
                id = s;
            }
        }
        return ref + "\u0000" + id;
    }

    /**
     * Cuts the cells of the item's row from {@code first} to {@code last} and pastes them over those of the row
     * {@code to} (0-based), as an owner moving the cells they fill in does; hidden columns among them go with them.
     */
    Owner cutCells(String ref, String id, UpdateColumn first, UpdateColumn last, int to) {
        Row from = row(ref, id);
        Row onto = sheet.getRow(to) == null ? sheet.createRow(to) : sheet.getRow(to);
        for (int c = first.ordinal(); c <= last.ordinal(); c++) {
            Cell cell = from.getCell(c);
            if (onto.getCell(c) != null) {
                onto.removeCell(onto.getCell(c));
            }
            if (cell != null) {
                Cell pasted = onto.createCell(c);
                if (cell.getCellType() == CellType.STRING) {
                    pasted.setCellValue(cell.getStringCellValue());
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    pasted.setCellValue(cell.getNumericCellValue());
                }
                pasted.setCellStyle(cell.getCellStyle());
                from.removeCell(cell);
            }
        }
        return this;
    }

    /**
     * Pastes the values of {@code from}'s cells from {@code first} to {@code last} over {@code to}'s, as Paste Special,
     * values, does between two workbooks: text and numbers, no styles, a blank cell blank.
     */
    static void pasteValues(Row from, Row to, UpdateColumn first, UpdateColumn last) {
        for (int c = first.ordinal(); c <= last.ordinal(); c++) {
            Cell cell = from.getCell(c);
            if (to.getCell(c) != null) {
                to.removeCell(to.getCell(c));
            }
            switch (cell == null ? CellType.BLANK : cell.getCellType()) {
                case STRING -> to.createCell(c).setCellValue(cell.getStringCellValue());
                case NUMERIC -> to.createCell(c).setCellValue(cell.getNumericCellValue());
                default -> { }
            }
        }
    }

    /** Deletes the row of {@code ref} and {@code id}, the rows below moving up, as deleting a row in Excel does. */
    Owner deleteRow(String ref, String id) {
        Row row = row(ref, id);
        int at = row.getRowNum();
        sheet.removeRow(row);
        sheet.shiftRows(at + 1, sheet.getLastRowNum(), -1);
        return this;
    }

    /** Puts {@code value} beside {@code key} on the hidden Plan sheet, as a program changing the file might. */
    Owner planSheetSays(String key, String value) {
        for (Row row : workbook.getSheet(PlanIdentity.SHEET)) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(key)) {
                row.removeCell(row.getCell(1)); // made anew: POI keeps an inline string's old text beside a new
                row.createCell(1).setCellValue(value);
            }
        }
        return this;
    }

    /**
     * Inserts a row above the item's row, as an owner making space for notes would, with a note in it; gives the row,
     * for a test to type more in.
     */
    Row insertRowAbove(String ref, String id) {
        int at = row(ref, id).getRowNum();
        sheet.shiftRows(at, sheet.getLastRowNum(), 1);
        Row inserted = sheet.createRow(at);
        inserted.createCell(UpdateColumn.FINDING.ordinal()).setCellValue("my notes for the meeting");
        return inserted;
    }

    /** Links the text of the cell in {@code column} of the item's row to {@code address}, as Insert > Link does. */
    Owner link(String ref, String id, UpdateColumn column, String address) {
        org.apache.poi.ss.usermodel.Hyperlink link = workbook.getCreationHelper().createHyperlink(
                org.apache.poi.common.usermodel.HyperlinkType.URL);
        link.setAddress(address);
        row(ref, id).getCell(column.ordinal()).setHyperlink(link);
        return this;
    }

    /** A note (comment) on the cell of {@code column} in the item's row, as Excel's New Note puts one. */
    Owner note(String ref, String id, UpdateColumn column, String text) {
        Row row = row(ref, id);
        Cell cell = row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal())
                : row.getCell(column.ordinal());
        XSSFSheet sheet = (XSSFSheet) row.getSheet();
        org.apache.poi.ss.usermodel.ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column.ordinal() + 1);
        anchor.setCol2(column.ordinal() + 3);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 3);
        org.apache.poi.ss.usermodel.Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        comment.setAuthor("Owner");
        cell.setCellComment(comment);
        return this;
    }

    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
