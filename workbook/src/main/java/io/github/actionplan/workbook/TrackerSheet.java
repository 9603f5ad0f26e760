package io.github.actionplan.workbook;

import io.github.actionplan.model.Brag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * One sheet of a tracker as a person sees it: each cell's shown text, its number where it holds
 * one, whether it is a date or a percentage by its format, its fill's BRAG colour, and the merged
 * cells it belongs to (a merged cell's value shows in every cell it covers). Formulas are read by
 * the value Excel last saved with them, never evaluated.
 */
final class TrackerSheet {

    /**
     * A cell as read.
     *
     * @param address      e.g. {@code "C12"}
     * @param text         the text shown, stripped; empty for a blank cell
     * @param number       the number held, for a numeric cell
     * @param date         whether its format shows the number as a date
     * @param percent      whether its format shows the number as a percentage
     * @param fill         the BRAG colour its fill is closest to, where it is filled with one
     * @param continuation whether it is covered by a merged cell that starts above it
     * @param rowSpan      how many rows the merged cell it belongs to covers (1 when not merged)
     */
    record TrackerCell(String address, String text, OptionalDouble number, boolean date, boolean percent,
            Optional<Brag> fill, boolean continuation, int rowSpan) {

        boolean isBlank() {
            return text.isEmpty();
        }

        /** The date it holds, where it is a date cell. */
        Optional<LocalDate> localDate(boolean date1904) {
            if (!date || number.isEmpty() || !DateUtil.isValidExcelDate(number.getAsDouble())) {
                return Optional.empty();
            }
            return Optional.of(DateUtil.getLocalDateTime(number.getAsDouble(), date1904).toLocalDate());
        }
    }

    private final Sheet sheet;
    private final boolean date1904;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.UK);

    TrackerSheet(Sheet sheet, boolean date1904) {
        this.sheet = sheet;
        this.date1904 = date1904;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Only the cells a tracker can use; a region of a whole column would be millions of cells.
            int lastRow = Math.min(region.getLastRow(), Math.max(sheet.getLastRowNum(), 0));
            int lastColumn = Math.min(region.getLastColumn(), region.getFirstColumn() + 255);
            for (int r = region.getFirstRow(); r <= lastRow; r++) {
                for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    boolean date1904() {
        return date1904;
    }

    /** The 0-based index of the last row with anything in it, or -1. */
    int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    /** The 0-based index past the last cell of row {@code row}. */
    int width(int row) {
        Row r = sheet.getRow(row);
        return r == null || r.getLastCellNum() < 0 ? 0 : r.getLastCellNum();
    }

    boolean isColumnHidden(int column) {
        return sheet.isColumnHidden(column);
    }

    /** The cell at 0-based {@code row} and {@code column}, as a person sees it. */
    TrackerCell cell(int row, int column) {
        String address = new CellReference(row, column).formatAsString(false);
        CellRangeAddress region = merged.get(key(row, column));
        boolean continuation = region != null && (region.getFirstRow() != row || region.getFirstColumn() != column);
        int rowSpan = region == null ? 1 : region.getLastRow() - region.getFirstRow() + 1;
        Cell cell = region == null ? raw(row, column) : raw(region.getFirstRow(), region.getFirstColumn());
        if (cell == null) {
            return new TrackerCell(address, "", OptionalDouble.empty(), false, false, Optional.empty(), continuation,
                    rowSpan);
        }
        CellStyle style = cell.getCellStyle();
        Optional<Brag> fill = fill(style);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                String format = style.getDataFormatString() == null ? "General" : style.getDataFormatString();
                boolean date = DateUtil.isADateFormat(style.getDataFormat(), format);
                String text = formatter.formatRawCellContents(value, style.getDataFormat(), format, date1904);
                yield new TrackerCell(address, text.strip(), OptionalDouble.of(value), date, format.contains("%"), fill,
                        continuation, rowSpan);
            }
            case STRING -> new TrackerCell(address, clean(cell.getStringCellValue()), OptionalDouble.empty(), false,
                    false, fill, continuation, rowSpan);
            case BOOLEAN -> new TrackerCell(address, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    OptionalDouble.empty(), false, false, fill, continuation, rowSpan);
            case ERROR -> new TrackerCell(address, formatter.formatCellValue(cell).strip(), OptionalDouble.empty(),
                    false, false, fill, continuation, rowSpan);
            default -> new TrackerCell(address, "", OptionalDouble.empty(), false, false, fill, continuation,
                    rowSpan);
        };
    }

    private Cell raw(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** Windows line ends and non-breaking spaces as people mean them. */
    private static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }

    /** The BRAG colour a solid fill is closest to; none for white, grey, black or a pattern. */
    static Optional<Brag> fill(CellStyle style) {
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND || !(style instanceof XSSFCellStyle xssf)) {
            return Optional.empty();
        }
        XSSFColor colour = xssf.getFillForegroundXSSFColor();
        if (colour == null) {
            return Optional.empty();
        }
        byte[] rgb = colour.getRGBWithTint();
        if (rgb == null || rgb.length < 3) {
            return Optional.empty();
        }
        int offset = rgb.length - 3;
        return brag(rgb[offset] & 0xFF, rgb[offset + 1] & 0xFF, rgb[offset + 2] & 0xFF);
    }

    /** Red, amber, green or blue by hue; none for colours too pale or too dark to be a rating. */
    static Optional<Brag> brag(int red, int green, int blue) {
        int max = Math.max(red, Math.max(green, blue));
        int min = Math.min(red, Math.min(green, blue));
        if (max < 64 || max - min < 0.25 * max) {
            return Optional.empty();
        }
        double delta = max - min;
        double hue;
        if (max == red) {
            hue = 60 * (((green - blue) / delta + 6) % 6);
        } else if (max == green) {
            hue = 60 * ((blue - red) / delta + 2);
        } else {
            hue = 60 * ((red - green) / delta + 4);
        }
        if (hue < 15 || hue >= 330) {
            return Optional.of(Brag.RED);
        }
        if (hue < 65) {
            return Optional.of(Brag.AMBER);
        }
        if (hue < 170) {
            return Optional.of(Brag.GREEN);
        }
        if (hue < 260) {
            return Optional.of(Brag.BLUE);
        }
        return Optional.empty();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
