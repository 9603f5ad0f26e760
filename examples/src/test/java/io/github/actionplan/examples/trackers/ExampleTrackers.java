package io.github.actionplan.examples.trackers;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Palette;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the two example trackers in {@code examples/trackers/} from the seed plans, laid out as a
 * service keeps them, quirks included: title rows above the header, merged cells running down a
 * recommendation's rows, text dates beside real ones, percentages as fractions, RAG by fill colour
 * or in words, a hidden column, a total row and columns that mean nothing to a plan.
 */
final class ExampleTrackers {

    /** The fills a service picks from Excel's standard colours, not core's palette. */
    private static final Map<Brag, String> EXCEL_FILLS = Map.of(
            Brag.BLUE, "0070C0", Brag.RED, "FF0000", Brag.AMBER, "FFC000", Brag.GREEN, "00B050");

    private ExampleTrackers() {}

    /**
     * Merseyside's action-plan table: one row per action, the area for improvement's reference,
     * page, words, outcomes, function, notes, BRAG (a fill colour, no text) and update merged down
     * its rows; the timescale of each action typed as text.
     */
    static byte[] merseyside(ActionPlan plan) {
        PlanAssessment assessed = Assessor.standard().assess(plan, plan.asOf().orElseThrow());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet("Action plan");
            title(sheet, 0, plan.organisation(), styles.title);
            title(sheet, 1, plan.title(), styles.title);
            title(sheet, 2, "Areas for Improvement", styles.subtitle);
            title(sheet, 3, plan.period().orElseThrow().displayName() + " UPDATE", styles.subtitle);
            String update = plan.period().orElseThrow().displayName() + " update";
            List<String> headers = List.of("Ref. No.", "HMI Page", "Area for improvement", "Required outcomes",
                    "Action to achieve required outcomes", "Responsible function", "Timescale", "% complete", "Notes",
                    "*BRAG", update, "Link to CRMP", "Sort key");
            header(sheet, 5, headers, styles.header);
            int[] widths = {9, 7, 34, 34, 44, 20, 13, 10, 14, 8, 60, 14, 8};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.setColumnHidden(12, true);
            int row = 6;
            for (RecommendationAssessment item : assessed.recommendations()) {
                Recommendation r = item.recommendation();
                List<SubAction> actions = r.subActions();
                int first = row;
                for (SubAction action : actions) {
                    XSSFRow line = sheet.createRow(row);
                    text(line, 4, cellText(action.description().orElse("")), styles.wrap);
                    text(line, 6, action.due().map(Object::toString).orElse(""), styles.wrap);
                    text(line, 12, r.ref() + "-" + action.id(), styles.wrap);
                    row++;
                }
                XSSFRow top = sheet.getRow(first);
                text(top, 0, r.ref(), styles.wrap);
                r.reportPage().ifPresent(page -> top.createCell(1).setCellValue(page));
                text(top, 2, "\u201C" + r.text() + "\u201D", styles.wrap);
                text(top, 3, String.join("\n", r.requiredOutcomes()), styles.wrap);
                text(top, 5, r.owner().orElse(""), styles.wrap);
                r.reportedProgress().ifPresent(p -> {
                    XSSFCell cell = top.createCell(7);
                    cell.setCellValue(p.value().movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles.percent);
                });
                text(top, 8, r.notes().orElse(""), styles.wrap);
                XSSFCell brag = top.createCell(9);
                brag.setCellStyle(styles.fill(item.status().brag()));
                text(top, 10, r.latestUpdate().map(u -> cellText(u.text())).orElse(""), styles.wrap);
                text(top, 11, "CRMP 2024-27", styles.wrap);
                if (actions.size() > 1) {
                    for (int c : new int[] {0, 1, 2, 3, 5, 7, 8, 9, 10, 11}) {
                        sheet.addMergedRegion(new CellRangeAddress(first, row - 1, c, c));
                    }
                }
                for (int r2 = first; r2 < row; r2++) {
                    for (int c = 0; c < headers.size(); c++) {
                        XSSFRow line = sheet.getRow(r2);
                        XSSFCell cell = line.getCell(c) == null ? line.createCell(c) : line.getCell(c);
                        if (cell.getCellStyle().getIndex() == 0) {
                            cell.setCellStyle(styles.wrap);
                        }
                    }
                }
            }
            fitRows(sheet, widths, 6);
            finish(sheet, 5);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Derbyshire's appendix: the counts above the table, then one row per recommendation with its
     * number of sub-actions, deadline (the two "with immediate effect" ones typed as text, the
     * rest real dates), status in the plan's words on its colour, and overall progress as a
     * fraction; a total row at the foot.
     */
    static byte[] derbyshire(ActionPlan plan) {
        LocalDate asOf = plan.asOf().orElseThrow();
        PlanAssessment assessed = Assessor.standard().assess(plan, asOf);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet("Appendix 1");
            title(sheet, 0, plan.organisation(), styles.title);
            title(sheet, 1, plan.title() + " as of " + asOf.getDayOfMonth() + " "
                    + asOf.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + asOf.getYear(),
                    styles.title);
            int row = 3;
            // Derbyshire's own appendix, as printed: on track, off track, completed (it had no at risk).
            for (Status status : List.of(Status.ON_TRACK, Status.OFF_TRACK, Status.COMPLETE)) {
                long count = assessed.recommendations().stream().filter(r -> r.status() == status).count();
                title(sheet, row++, "\u2022 " + plan.statusLabels().label(status) + ": " + count, styles.plain);
            }
            header(sheet, 7, List.of("Ref", "Summary", "Sub actions", "Deadline date", "Status", "Overall %"),
                    styles.header);
            int[] widths = {18, 90, 11, 14, 34, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            row = 8;
            for (Recommendation r : plan.recommendations()) {
                XSSFRow line = sheet.createRow(row++);
                text(line, 0, r.ref(), styles.wrap);
                text(line, 1, cellText(r.text()), styles.wrap);
                XSSFCell count = line.createCell(2);
                count.setCellValue(r.subActions().size());
                count.setCellStyle(styles.wrap);
                String deadline = r.deadline().orElseThrow().text();
                if (r.text().startsWith("With immediate effect")) {
                    text(line, 3, deadline, styles.wrap);
                } else {
                    XSSFCell date = line.createCell(3);
                    date.setCellValue(r.deadline().orElseThrow().dueDate().orElseThrow());
                    date.setCellStyle(styles.date);
                }
                Status status = r.assessment().orElseThrow().status();
                text(line, 4, plan.statusLabels().label(status), styles.palette(status.brag()));
                XSSFCell progress = line.createCell(5);
                progress.setCellValue(r.reportedProgress().orElseThrow().value().movePointLeft(2).doubleValue());
                progress.setCellStyle(styles.wrap);
            }
            XSSFRow total = sheet.createRow(row);
            text(total, 0, "Total", styles.header);
            text(total, 1, "", styles.header);
            XSSFCell sum = total.createCell(2);
            sum.setCellFormula("SUM(C9:C" + row + ")");
            sum.setCellStyle(styles.header);
            text(total, 3, "", styles.header);
            text(total, 4, "", styles.header);
            XSSFCell average = total.createCell(5);
            average.setCellFormula("AVERAGE(F9:F" + row + ")");
            average.setCellStyle(styles.header);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            fitRows(sheet, widths, 8);
            finish(sheet, 7);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Narrative as people type it in a cell: bullets as "•", paragraphs on their own lines. */
    static String cellText(String markdown) {
        return markdown.lines().map(l -> l.startsWith("- ") ? "\u2022 " + l.substring(2) : l)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void title(XSSFSheet sheet, int row, String text, CellStyle style) {
        XSSFCell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void header(XSSFSheet sheet, int row, List<String> headers, CellStyle style) {
        XSSFRow line = sheet.createRow(row);
        for (int c = 0; c < headers.size(); c++) {
            text(line, c, headers.get(c), style);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    /**
     * Row heights for wrapped text, since a spreadsheet opening the file does not work them out:
     * the lines each cell needs at its column's width, a merged cell's shared over its rows.
     */
    private static void fitRows(XSSFSheet sheet, int[] widths, int firstRow) {
        Map<Integer, Integer> lines = new java.util.TreeMap<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            for (int c = 0; c < widths.length && row != null; c++) {
                XSSFCell cell = row.getCell(c);
                if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                int needed = 0;
                for (String line : cell.getStringCellValue().split("\n", -1)) {
                    needed += Math.max(1, (int) Math.ceil(line.length() / (widths[c] * 1.1)));
                }
                int rows = 1;
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    if (region.isInRange(r, c)) {
                        rows = region.getLastRow() - region.getFirstRow() + 1;
                    }
                }
                for (int i = 0; i < rows; i++) {
                    lines.merge(r + i, (needed + rows - 1) / rows, Math::max);
                }
            }
        }
        lines.forEach((r, n) -> sheet.getRow(r).setHeightInPoints(n * 15f));
    }

    private static void finish(XSSFSheet sheet, int headerRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        // Fixed document times, so that the same seed gives the same file.
        var properties = workbook.getProperties().getCoreProperties();
        properties.setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2025-07-01T00:00:00Z"))));
        properties.setCreator("actionplan examples");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle plain;
        final XSSFCellStyle subtitle;
        final XSSFCellStyle header;
        final XSSFCellStyle wrap;
        final XSSFCellStyle percent;
        final XSSFCellStyle date;
        private final XSSFWorkbook workbook;
        private final Map<Brag, XSSFCellStyle> fills = new EnumMap<>(Brag.class);
        private final Map<Brag, XSSFCellStyle> paletteFills = new EnumMap<>(Brag.class);

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            plain = workbook.createCellStyle();
            subtitle = workbook.createCellStyle();
            subtitle.setFont(bold);
            wrap = bordered();
            header = bordered();
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2},
                    new DefaultIndexedColorMap()));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            percent = bordered();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            date = bordered();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd mmm yyyy"));
            date.setAlignment(HorizontalAlignment.LEFT);
        }

        /** Merseyside's BRAG cells: Excel's standard colours, no text. */
        XSSFCellStyle fill(Brag brag) {
            return fills.computeIfAbsent(brag, b -> filled(HexFormat.of().parseHex(EXCEL_FILLS.get(b)), Colour.BLACK));
        }

        /** Derbyshire's status cells: its words on core's BRAG fills, in core's text colour for each. */
        XSSFCellStyle palette(Brag brag) {
            Palette palette = Palette.standard();
            return paletteFills.computeIfAbsent(brag, b -> filled(rgb(palette.fill(b)), palette.text(b)));
        }

        private XSSFCellStyle filled(byte[] fill, Colour text) {
            XSSFCellStyle style = bordered();
            style.setFillForegroundColor(new XSSFColor(fill, new DefaultIndexedColorMap()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont font = workbook.createFont();
            font.setColor(new XSSFColor(rgb(text), new DefaultIndexedColorMap()));
            style.setFont(font);
            return style;
        }

        private static byte[] rgb(Colour colour) {
            return new byte[] {(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()};
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
