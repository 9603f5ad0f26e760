package io.github.actionplan.report.docx;

import io.github.actionplan.ooxml.FixedTimeZip;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Section;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * A status summary as a native Word bar chart: one horizontal bar per status, top to bottom in
 * core's order, labelled with core's words and its count and filled with its BRAG colours, with its
 * name as alt text, as the description under it says what it shows; as the PDF and HTML draw it, and
 * about as low, so that the first page holds it.
 */
final class StatusChart {

    /** EMUs (English metric units) per twip. */
    private static final int EMU_PER_TWIP = 635;
    /** At most 15 cm wide. */
    private static final int MAX_WIDTH_TWIPS = 8504;
    /** A bar's height and the room around the bars, in EMUs: 0.6 cm and 0.5 cm. */
    private static final int BAR_EMU = 216_000;
    private static final int MARGIN_EMU = 180_000;
    /**
     * A line of a bar's label, in EMUs, and the characters a line of it holds: Word and LibreOffice give the labels
     * some half of the chart's width, wrap a longer one, and leave out any that does not fit its bar's height.
     */
    private static final int LABEL_LINE_EMU = 150_000;
    private static final int LABEL_LINE_CHARACTERS = 40;
    private static final int MOST_LABEL_LINES = 4;
    private static final int CATEGORY_COLUMN = 0;
    private static final int VALUE_COLUMN = 1;

    private StatusChart() {}

    /**
     * Adds the chart for {@code summary} into {@code run}, at most {@code widthTwips} wide, as the
     * drawing numbered {@code drawingId}, its alternative text {@code name}, its name too where the summary has no
     * title; its embedded workbook gets the document's creation date and author.
     */
    static void add(XWPFDocument document, XWPFRun run, Section.StatusSummary summary, int widthTwips,
            long drawingId, Date created, String author, String name) throws IOException, InvalidFormatException {
        int width = Math.min(widthTwips, MAX_WIDTH_TWIPS) * EMU_PER_TWIP;
        int height = summary.counts().size() * barHeight(summary.counts().stream().map(Section.StatusCount::label)
                .toList()) + MARGIN_EMU;
        XWPFChart chart = document.createChart(run, width, height);

        // The chart's data lives in an embedded workbook, which is a package with its own created
        // date; left alone it is "now", and the document's bytes would change on every render.
        POIXMLProperties.CoreProperties workbook = chart.getWorkbook().getProperties().getCoreProperties();
        workbook.setCreated(Optional.of(created));
        workbook.setModified(Optional.of(created));
        workbook.setCreator(author);

        List<Section.StatusCount> counts = summary.counts();
        String[] labels = counts.stream().map(Section.StatusCount::label).toArray(String[]::new);
        Integer[] values = counts.stream().map(Section.StatusCount::count).toArray(Integer[]::new);
        int last = counts.size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                chart.formatRange(new CellRangeAddress(1, last, CATEGORY_COLUMN, CATEGORY_COLUMN)), CATEGORY_COLUMN);
        XDDFNumericalDataSource<Integer> numbers = XDDFDataSourcesFactory.fromArray(values,
                chart.formatRange(new CellRangeAddress(1, last, VALUE_COLUMN, VALUE_COLUMN)), VALUE_COLUMN);
        numbers.setFormatCode("0");

        // Bars run from the labels on the left; a bar chart draws its first category at the foot unless its axis
        // runs from the top, and then its value axis, which the counts on the bars make needless, is hidden.
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setMajorTickMark(AxisTickMark.NONE);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        // Every bar's label, however crowded: left to itself, a chart drops every other one (run 81 #2).
        chart.getCTChart().getPlotArea().getCatAxArray(0).addNewTickLblSkip().setVal(1);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        // a bar's length is its share of all items, as the PDF and HTML draw it, not of the largest count
        valueAxis.setMaximum(Math.max(1, counts.stream().mapToInt(Section.StatusCount::count).sum()));
        valueAxis.setNumberFormat("0");
        valueAxis.setMajorUnit(step(counts.stream().mapToInt(Section.StatusCount::count).max().orElse(0)));
        valueAxis.setVisible(false);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setGapWidth(40);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories, numbers);
        series.setTitle(summary.title(), chart.setSheetTitle(summary.title(), VALUE_COLUMN));
        for (int i = 0; i < counts.size(); i++) {
            series.getDataPoint(i).setFillProperties(solid(counts.get(i).fill()));
            // As the PDF and HTML draw it: an outline keeps a light fill (amber, 1.6:1 on white) visible (run 98 #10),
            // and a bar of none has none, where it would be a dark stroke at the axis (run 107 #2).
            if (counts.get(i).count() > 0) {
                XDDFLineProperties outline = new XDDFLineProperties(solid(Palette.TEXT));
                outline.setWidth(0.5);
                series.getDataPoint(i).setLineProperties(outline);
            }
        }
        CTDLbls labelsOnBars = series.getCTBarSer().addNewDLbls();
        labelsOnBars.addNewShowLegendKey().setVal(false);
        labelsOnBars.addNewShowVal().setVal(true);
        labelsOnBars.addNewShowCatName().setVal(false);
        labelsOnBars.addNewShowSerName().setVal(false);
        labelsOnBars.addNewShowPercent().setVal(false);
        labelsOnBars.addNewShowBubbleSize().setVal(false);
        chart.plot(bars);
        chart.deleteLegend();
        // The title is the caption above the chart, in the text where everyone reads it; left to
        // itself a one-series chart would repeat the series name as its title.
        chart.setAutoTitleDeleted(true);
        writeWorkbookStamped(chart);

        // POI names the drawing "chart N" and gives it no description; screen readers read these.
        // Its id comes from a counter of charts alone that starts at 0, which Word does not expect.
        CTNonVisualDrawingProps drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        drawing.setId(drawingId);
        drawing.setDescr(name);
        drawing.setTitle(summary.title());
        drawing.setName(summary.title().isEmpty() ? name : summary.title());
    }

    /** A bar's height, with the room around it: enough for the lines of the longest of the {@code labels}, wrapped. */
    static int barHeight(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        int lines = Math.min(MOST_LABEL_LINES, Math.ceilDiv(longest, LABEL_LINE_CHARACTERS));
        return Math.max(BAR_EMU, lines * LABEL_LINE_EMU);
    }

    /**
     * Writes the chart's embedded workbook, now that its data is complete, with the fixed entry
     * times of {@link FixedTimeZip}. POI would write it when the document is written, with the
     * clock in its entries unless its JVM-wide reproducible flag is on; so the chart is left
     * without the workbook, which it then writes no more.
     */
    private static void writeWorkbookStamped(XWPFChart chart) throws IOException, InvalidFormatException {
        XSSFWorkbook data = chart.getWorkbook();
        // the embedded part exists once POI has written the workbook into it for the first time
        chart.saveWorkbook(data);
        PackagePart part = chart.getPackagePart();
        PackageRelationshipCollection embedded = part.getRelationshipsByType(POIXMLDocument.PACK_OBJECT_REL_TYPE);
        if (embedded.size() != 1) {
            throw new IllegalStateException("POI's chart has " + embedded.size() + " embedded workbooks, not 1");
        }
        PackagePart workbook = part.getRelatedPart(embedded.getRelationship(0));
        // a part's stream appends to what the part holds
        workbook.clear();
        try (FixedTimeZip zip = new FixedTimeZip(workbook.getOutputStream())) {
            data.write(zip);
        }
        chart.setWorkbook(null);
    }

    /**
     * The gap between the value axis's marks: whole numbers, so the axis never marks 2.5 items,
     * from 1, 2, 5, 10, 20, 50 and so on, the smallest that needs no more than eight marks.
     */
    static int step(int highest) {
        int step = 1;
        for (int i = 0; highest > step * 8L; i++) {
            step = i % 3 == 1 ? step * 5 / 2 : step * 2;
        }
        return step;
    }

    private static XDDFSolidFillProperties solid(Colour colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()}));
    }
}
