package io.github.actionplan.benchmarks.peer;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The summary report's table laid out with JasperReports 7, as a Java team that picked it would:
 * a {@link JasperDesign} built in code and compiled once (expressions by the JDT compiler), filled
 * from a data source over the rows core built ({@link SummaryRows}), exported to PDF, DOCX or
 * XLSX.
 *
 * <p>It lays out what actionplan's summary table shows: the same columns, header words and
 * widths, each row's ref in bold before its text, the deadline's words and due date, the status
 * label in bold with its note and reason on the status's fill and text colour (a conditional style
 * per status, from core's standard palette), the overall percentage; the header row on a grey fill
 * at the top of every page, a title, and "Page N of M" at the foot. Pages are A4 landscape with
 * DejaVu Sans embedded (jasperreports-fonts, the font extension Jasper users add). For XLSX the
 * report is filled without pagination, as Jasper's users do for spreadsheets, with numbers typed.
 *
 * <p>Left out, against actionplan's summary report: the key facts, the status counts table and
 * chart, and the key to the colours before and after the table; in the sheet, the frozen header
 * row (Jasper's freeze properties counted the title's rows wrongly once empty rows were removed).
 */
public final class JasperSummary {

    /** The output formats. */
    public enum Format {
        /** JRPdfExporter (jasperreports-pdf, on OpenPDF 1.3). */
        PDF,
        /** JRDocxExporter. */
        DOCX,
        /** JRXlsxExporter, filled without pagination. */
        XLSX
    }

    private static final String FONT = "DejaVu Sans";
    private static final int PAGE_WIDTH = 842;
    private static final int PAGE_HEIGHT = 595;
    private static final int LEFT = 50;
    private static final int RIGHT = 50;
    private static final int TOP = 64;
    private static final int BOTTOM = 56;
    /** Sizes columns as report-pdf and the PDF baseline do. */
    private static final double CHARACTER_WIDTH = 9 * 0.65;
    private static final double CELL_PADDING = 9;
    private static final Color TEXT = new Color(0x0B0C0C);
    private static final Color MUTED = new Color(0x505A5F);
    private static final Color RULE = new Color(0xB1B4B6);
    private static final Color HEADER_FILL = new Color(0xE8EBEE);

    private final JasperReport compiled;

    private JasperSummary(JasperReport compiled) {
        this.compiled = compiled;
    }

    /**
     * Designs and compiles the report for {@code report}'s summary table (its columns' headers and
     * widths); the rows come with each {@link #write}.
     */
    public static JasperSummary compile(Report report) {
        try {
            return new JasperSummary(JasperCompileManager.compileReport(design(SummaryRows.table(report))));
        } catch (JRException e) {
            throw new IllegalStateException("JasperReports could not compile the summary design", e);
        }
    }

    /**
     * Fills the compiled report with {@code report}'s summary rows and exports it to {@code out}.
     *
     * @param virtualize page the filled report out to a swap file under the temporary directory
     *                   ({@link JRSwapFileVirtualizer}), as Jasper's users do for large reports
     */
    public void write(Report report, Format format, boolean virtualize, OutputStream out) throws IOException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", report.title());
        if (format == Format.XLSX) {
            parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        }
        Path swapDirectory = null;
        JRSwapFileVirtualizer virtualizer = null;
        try {
            if (virtualize) {
                swapDirectory = Files.createTempDirectory("jasper-swap");
                // 50 pages in memory, the rest in 4 KiB blocks of a swap file, as Jasper's guide shows.
                virtualizer = new JRSwapFileVirtualizer(50, new JRSwapFile(swapDirectory.toString(), 4096, 1024), true);
                parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.fillReport(compiled, parameters, new SummaryRows(report));
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            export(print, format, out);
        } catch (JRException e) {
            throw new IOException("JasperReports could not fill or export the summary", e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            if (swapDirectory != null) {
                Files.deleteIfExists(swapDirectory);
            }
        }
    }

    private static void export(JasperPrint print, Format format, OutputStream out) throws JRException {
        SimpleExporterInput input = new SimpleExporterInput(print);
        SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
        switch (format) {
            case PDF -> {
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                exporter.exportReport();
            }
            case DOCX -> {
                JRDocxExporter exporter = new JRDocxExporter();
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                exporter.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter exporter = new JRXlsxExporter();
                exporter.setExporterInput(input);
                exporter.setExporterOutput(output);
                SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
                configuration.setDetectCellType(true);
                configuration.setWhitePageBackground(false);
                configuration.setRemoveEmptySpaceBetweenRows(true);
                configuration.setSheetNames(new String[] {"Summary"});
                exporter.setConfiguration(configuration);
                exporter.exportReport();
            }
            default -> throw new IllegalArgumentException("no format " + format);
        }
    }

    private static JasperDesign design(Section.Table table) throws JRException {
        JasperDesign design = new JasperDesign();
        design.setName("summary");
        design.setOrientation(OrientationEnum.LANDSCAPE);
        design.setPageWidth(PAGE_WIDTH);
        design.setPageHeight(PAGE_HEIGHT);
        design.setLeftMargin(LEFT);
        design.setRightMargin(RIGHT);
        design.setTopMargin(TOP);
        design.setBottomMargin(BOTTOM);
        int width = PAGE_WIDTH - LEFT - RIGHT;
        design.setColumnWidth(width);

        JRDesignStyle base = style("base", 9f, false);
        base.setDefault(true);
        design.addStyle(base);
        JRDesignStyle cell = style("cell", 9f, false);
        cell.setParentStyle(base);
        cell.getLineBox().getPen().setLineWidth(0.5f);
        cell.getLineBox().getPen().setLineColor(RULE);
        cell.getLineBox().setLeftPadding(4);
        cell.getLineBox().setRightPadding(4);
        cell.getLineBox().setTopPadding(2);
        cell.getLineBox().setBottomPadding(5);
        design.addStyle(cell);
        JRDesignStyle header = style("header", 9f, true);
        header.setParentStyle(cell);
        header.setMode(ModeEnum.OPAQUE);
        header.setBackcolor(HEADER_FILL);
        design.addStyle(header);
        JRDesignStyle status = style("status", 9f, false);
        status.setParentStyle(cell);
        Palette palette = Palette.standard();
        for (Status s : Status.values()) {
            JRDesignConditionalStyle when = new JRDesignConditionalStyle();
            when.setConditionExpression(new JRDesignExpression("\"" + s.name() + "\".equals($F{status})"));
            when.setMode(ModeEnum.OPAQUE);
            when.setBackcolor(new Color(palette.fill(s).rgb()));
            when.setForecolor(new Color(palette.text(s).rgb()));
            status.addConditionalStyle(when);
        }
        design.addStyle(status);

        for (String name : List.of("ref", "text", "deadline", "status", "statusLabel", "statusNote", "statusReason")) {
            field(design, name, String.class);
        }
        field(design, "subActions", Long.class);
        field(design, "percent", BigDecimal.class);

        JRDesignParameter titleParameter = new JRDesignParameter();
        titleParameter.setName("title");
        titleParameter.setValueClass(String.class);
        design.addParameter(titleParameter);
        JRDesignBand title = new JRDesignBand();
        title.setHeight(40);
        JRDesignTextField titleText = text("$P{title}", 0, 0, width, 30, base);
        titleText.setFontSize(20f);
        titleText.setBold(true);
        title.addElement(titleText);
        design.setTitle(title);

        List<Column> columns = table.columns();
        double[] widths = table.columnWidths(width, CHARACTER_WIDTH, CELL_PADDING);
        int[] x = new int[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            x[i + 1] = i + 1 == columns.size() ? width : (int) Math.round(x[i] + widths[i]);
        }
        JRDesignBand heading = new JRDesignBand();
        // Two lines, for headers such as "Sub actions" that wrap in their narrow column.
        heading.setHeight(30);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(18);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            HorizontalTextAlignEnum align = column.type().isFigure() ? HorizontalTextAlignEnum.RIGHT
                    : HorizontalTextAlignEnum.LEFT;
            JRDesignStaticText words = new JRDesignStaticText();
            words.setX(x[i]);
            words.setWidth(x[i + 1] - x[i]);
            words.setHeight(30);
            words.setStyle(header);
            words.setText(column.header());
            words.setHorizontalTextAlign(align);
            // An autofilter over the header row in the sheet; the other exporters ignore it.
            words.getPropertiesMap().setProperty("net.sf.jasperreports.export.xls.auto.filter",
                    i == 0 ? "Start" : i == columns.size() - 1 ? "End" : null);
            heading.addElement(words);
            JRDesignTextField value = switch (column.type()) {
                case NARRATIVE -> styled("\"<style isBold=\\\"true\\\">\" + " + encode("$F{ref}") + " + \"</style>\" + "
                        + encode("$F{text}"), cell);
                case NUMBER -> text("$F{subActions}", cell);
                case TIMESCALE -> text("$F{deadline}", cell);
                case STATUS -> styled("\"<style isBold=\\\"true\\\">\" + " + encode("$F{statusLabel}")
                        + " + \"</style>\" + ($F{statusNote} == null ? \"\" : \"\\n\" + " + encode("$F{statusNote}")
                        + ") + ($F{statusReason} == null ? \"\" : \"\\n<style size=\\\"8\\\">\" + "
                        + encode("$F{statusReason}") + " + \"</style>\")", status);
                case PERCENT -> {
                    JRDesignTextField percent = text("$F{percent}", cell);
                    percent.setPattern("0%");
                    yield percent;
                }
                default -> throw new IllegalArgumentException("the summary peer has no column of type " + column.type());
            };
            value.setX(x[i]);
            value.setWidth(x[i + 1] - x[i]);
            value.setHeight(18);
            value.setHorizontalTextAlign(align);
            value.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
            value.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
            value.setBlankWhenNull(true);
            detail.addElement(value);
        }
        design.setColumnHeader(heading);
        ((JRDesignSection) design.getDetailSection()).addBand(detail);

        JRDesignBand footer = new JRDesignBand();
        footer.setHeight(20);
        JRDesignTextField page = text("\"Page \" + $V{PAGE_NUMBER} + \" of\"", width - 130, 4, 100, 14, base);
        page.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        page.setForecolor(MUTED);
        page.setFontSize(8.5f);
        JRDesignTextField pages = text("\" \" + $V{PAGE_NUMBER}", width - 30, 4, 30, 14, base);
        pages.setEvaluationTime(EvaluationTimeEnum.REPORT);
        pages.setForecolor(MUTED);
        pages.setFontSize(8.5f);
        footer.addElement(page);
        footer.addElement(pages);
        design.setPageFooter(footer);
        return design;
    }

    private static String encode(String expression) {
        return "net.sf.jasperreports.engine.util.JRStringUtil.xmlEncode(" + expression + ")";
    }

    private static JRDesignStyle style(String name, float size, boolean bold) {
        JRDesignStyle style = new JRDesignStyle();
        style.setName(name);
        style.setFontName(FONT);
        style.setFontSize(size);
        style.setBold(bold);
        style.setForecolor(TEXT);
        return style;
    }

    private static void field(JasperDesign design, String name, Class<?> type) throws JRException {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(type);
        design.addField(field);
    }

    private static JRDesignTextField styled(String expression, JRDesignStyle style) {
        JRDesignTextField field = text(expression, style);
        field.setMarkup("styled");
        return field;
    }

    private static JRDesignTextField text(String expression, JRDesignStyle style) {
        JRDesignTextField field = new JRDesignTextField();
        field.setExpression(new JRDesignExpression(expression));
        field.setStyle(style);
        return field;
    }

    private static JRDesignTextField text(String expression, int x, int y, int width, int height, JRDesignStyle style) {
        JRDesignTextField field = text(expression, style);
        field.setX(x);
        field.setY(y);
        field.setWidth(width);
        field.setHeight(height);
        return field;
    }
}
