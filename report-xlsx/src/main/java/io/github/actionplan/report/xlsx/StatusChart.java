package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Section;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * A native column chart of the status counts: one column per status in the summary's order, each
 * in its BRAG fill, with its count written on it. Its data are the count cells above it, its
 * series is named by the counts column's header, and its alternative text is the summary's
 * description.
 */
final class StatusChart {

    private StatusChart() {}

    /**
     * Draws the chart of {@code summary} on {@code sheet}, whose rows {@code firstRow} to
     * {@code lastRow} hold the labels (column A) and counts (column B), over {@code columns}
     * columns and {@code rows} rows from row {@code top}, its text in {@code language}.
     */
    static void draw(XSSFSheet sheet, Section.StatusSummary summary, int firstRow, int lastRow, int top, int columns,
            int rows, String language) {
        List<Section.StatusCount> counts = summary.counts();
        String[] labels = counts.stream().map(Section.StatusCount::label).toArray(String[]::new);
        Integer[] values = counts.stream().map(Section.StatusCount::count).toArray(Integer[]::new);
        String name = sheet.getSheetName();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(name, true));
        XDDFNumericalDataSource<Integer> numbers = XDDFDataSourcesFactory.fromArray(
                values, new CellRangeAddress(firstRow, lastRow, 1, 1).formatAsString(name, true));

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, columns, top + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(summary.title());
        chart.setTitleOverlay(false);
        // POI tags the title's text with the JVM's default locale (and its paragraph end with
        // en-US): the document's language instead, so the bytes are the same on every machine.
        for (CTTextParagraph paragraph : chart.getCTChart().getTitle().getTx().getRich().getPArray()) {
            for (CTRegularTextRun run : paragraph.getRArray()) {
                (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).setLang(language);
            }
            if (paragraph.isSetEndParaRPr()) {
                paragraph.getEndParaRPr().setLang(language);
            }
        }
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
                .setDescr(summary.description());

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        valueAxis.setNumberFormat("0");
        int most = counts.stream().mapToInt(Section.StatusCount::count).max().orElse(0);
        if (most <= 10) {
            // counts are whole: without this a small scale gets steps of 0.5
            valueAxis.setMajorUnit(1);
        }

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
        series.setTitle(summary.headers().get(1), null);
        for (int i = 0; i < counts.size(); i++) {
            byte[] rgb = HexFormat.of().parseHex(counts.get(i).fill().hex());
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        }
        chart.plot(data);

        CTDLbls dataLabels = series.getCTBarSer().addNewDLbls();
        dataLabels.addNewShowLegendKey().setVal(false);
        dataLabels.addNewShowVal().setVal(true);
        dataLabels.addNewShowCatName().setVal(false);
        dataLabels.addNewShowSerName().setVal(false);
        dataLabels.addNewShowPercent().setVal(false);
        dataLabels.addNewShowBubbleSize().setVal(false);
    }
}
