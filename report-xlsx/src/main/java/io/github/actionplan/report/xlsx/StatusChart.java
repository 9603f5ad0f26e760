package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Section;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
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
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * A native bar chart of the status counts: one horizontal bar per status, top to bottom in the
 * summary's order, as the PDF and HTML draw them, each in its BRAG fill, with its count written on
 * it. Its data are the summary's counts, held in the chart itself, so it shows the bars core gave
 * whatever the cells around it hold; its alternative text is its name, as the description under it says what it
 * shows (see {@link io.github.actionplan.report.LayoutWords#chart()}).
 */
final class StatusChart {

    private StatusChart() {}

    /** A bar's outline: the text's colour, half a point wide. */
    private static XDDFLineProperties outline() {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of()
                .parseHex(Palette.TEXT.hex()))));
        line.setWidth(0.5);
        return line;
    }

    /** How many rows of the default height the chart of {@code summary} covers: two a bar, and room around them. */
    static int rows(Section.StatusSummary summary) {
        return 2 * summary.counts().size() + 2;
    }

    /**
     * Draws the chart of {@code summary} on {@code sheet} over {@code columns} columns and
     * {@link #rows(Section.StatusSummary)} rows from row {@code top}, named {@code name}.
     */
    static void draw(XSSFSheet sheet, Section.StatusSummary summary, int top, int columns, String name) {
        int rows = rows(summary);
        List<Section.StatusCount> counts = summary.counts();
        String[] labels = counts.stream().map(Section.StatusCount::label).toArray(String[]::new);
        Integer[] values = counts.stream().map(Section.StatusCount::count).toArray(Integer[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels);
        XDDFNumericalDataSource<Integer> numbers = XDDFDataSourcesFactory.fromArray(values);

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, columns, top + rows);
        XSSFChart chart = drawing.createChart(anchor);
        // the summary's title is on the sheet above the chart; the chart repeats no text of its own
        chart.setAutoTitleDeleted(true);
        var properties = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        properties.setDescr(name);
        // POI names a chart "Diagramm0", which a screen reader would read out
        properties.setName(summary.title().isEmpty() ? name : summary.title());
        // Excel draws a chart's text in the theme's font, Calibri; LibreOffice, in its own default font unless told
        CTTextBody text = chart.getCTChartSpace().addNewTxPr();
        text.addNewBodyPr();
        text.addNewP().addNewPPr().addNewDefRPr().addNewLatin().setTypeface("Calibri");

        // Bars run from the labels on the left; a bar chart draws its first category at the foot unless its axis
        // runs from the top, and then its value axis, which the counts on the bars make needless, is hidden.
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setVisible(false);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        // a bar's length is its share of all items, as the PDF and HTML draw it, not of the largest count
        valueAxis.setMaximum(Math.max(1, counts.stream().mapToInt(Section.StatusCount::count).sum()));
        valueAxis.setNumberFormat("0");
        int most = counts.stream().mapToInt(Section.StatusCount::count).max().orElse(0);
        if (most <= 10) {
            // counts are whole: without this a small scale gets steps of 0.5
            valueAxis.setMajorUnit(1);
        }

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setGapWidth(40);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
        for (int i = 0; i < counts.size(); i++) {
            byte[] rgb = HexFormat.of().parseHex(counts.get(i).fill().hex());
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
            // As the PDF and HTML draw it: an outline keeps a light fill (amber, 1.6:1 on white) visible (run 98 #10),
            // and a bar of none has none, where it would be a dark stroke at the axis (run 107 #2).
            if (counts.get(i).count() > 0) {
                series.getDataPoint(i).setLineProperties(outline());
            }
        }
        chart.plot(data);
        // the series has no name: an empty one is not a valid one
        if (series.getCTBarSer().isSetTx()) {
            series.getCTBarSer().unsetTx();
        }

        CTDLbls dataLabels = series.getCTBarSer().addNewDLbls();
        dataLabels.addNewShowLegendKey().setVal(false);
        dataLabels.addNewShowVal().setVal(true);
        dataLabels.addNewShowCatName().setVal(false);
        dataLabels.addNewShowSerName().setVal(false);
        dataLabels.addNewShowPercent().setVal(false);
        dataLabels.addNewShowBubbleSize().setVal(false);
    }
}
