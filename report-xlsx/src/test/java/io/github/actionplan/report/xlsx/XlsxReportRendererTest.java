package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportRendererTest {

    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    static byte[] render(Report report) {
        return render(report, RenderOptions.defaults());
    }

    static byte[] render(Report report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row whose first cell shows {@code text}. */
    static XSSFRow rowStarting(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("no row starts with '" + text + "' on sheet " + sheet.getSheetName());
    }

    @Test
    void theRegistryFindsTheRendererThroughItsServicesFile() throws IOException {
        assertThat(ReportRenderers.load().require("xlsx")).isInstanceOf(XlsxReportRenderer.class);
        assertThat(renderer.format()).isEqualTo(XlsxReportRenderer.FORMAT);
        assertThat(renderer.fileExtension()).isEqualTo("xlsx");
        assertThat(renderer.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theFirstSheetHasTitleSubtitleKeyFactsAndTheStatusCountsWithShares() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet first = workbook.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("Overview");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Area for Improvement Summary Report");
            assertThat(first.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(first.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Test Fire and Rescue Service, as of 1 November 2023");
            assertThat(rowStarting(first, "Reporting date").getCell(1).getStringCellValue()).isEqualTo("1 November 2023");

            XSSFRow header = rowStarting(first, "Status");
            assertThat(List.of(header.getCell(1).getStringCellValue(), header.getCell(2).getStringCellValue()))
                    .containsExactly("Items", "Share");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            XSSFRow offTrack = rowStarting(first, "Open - Actions on going off track");
            assertThat(offTrack.getCell(1).getNumericCellValue()).isEqualTo(15);
            assertThat(offTrack.getCell(2).getNumericCellValue()).isEqualTo(0.75);
            assertThat(offTrack.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(new DataFormatter().formatCellValue(offTrack.getCell(2))).isEqualTo("75%");
            assertThat(fill(offTrack.getCell(0))).isEqualTo(Fixtures.fill(Status.OFF_TRACK).hex());
            assertThat(rowStarting(first, "Total").getCell(1).getNumericCellValue()).isEqualTo(20);
            assertThat(XlsxText.extract(workbook))
                    .contains("Of 20 recommendations, 15 are off track, none at risk, 3 on track and 2 completed.");
        }
    }

    @Test
    void theFirstSheetHasANativeColumnChartOfTheCountsInTheirBragFills() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFDrawing drawing = workbook.getSheetAt(0).getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            List<XSSFChart> charts = drawing.getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Status at 1 November 2023");
            XDDFBarChartData data = (XDDFBarChartData) chart.getChartSeries().get(0);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$10:$A$13");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Overview!$B$10:$B$13");
            assertThat(series.getValuesData().getPointAt(0).intValue()).isEqualTo(15);
            assertThat(series.getCTBarSer().getTx().getV()).isEqualTo("Items");
            List<String> fills = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                XDDFSolidFillProperties fill = (XDDFSolidFillProperties) series.getDataPoint(i).getShapeProperties()
                        .getFillProperties();
                fills.add(HexFormat.of().withUpperCase().formatHex(((XDDFColorRgbBinary) fill.getColor()).getValue()));
            }
            assertThat(fills).containsExactly(Fixtures.fill(Status.OFF_TRACK).hex(), Fixtures.fill(Status.AT_RISK).hex(),
                    Fixtures.fill(Status.ON_TRACK).hex(), Fixtures.fill(Status.COMPLETE).hex());
            assertThat(drawing.getCTDrawing().getTwoCellAnchorArray(0).getGraphicFrame().getNvGraphicFramePr().getCNvPr()
                    .getDescr())
                    .isEqualTo("Of 20 recommendations, 15 are off track, none at risk, 3 on track and 2 completed.");
        }
    }

    private static String fill(XSSFCell cell) {
        return HexFormat.of().withUpperCase().formatHex(cell.getCellStyle().getFillForegroundColorColor().getRGB());
    }

    private static String fontColour(XSSFCell cell) {
        return HexFormat.of().withUpperCase().formatHex(cell.getCellStyle().getFont().getXSSFColor().getRGB());
    }

    @Test
    void eachTableAndTheLegendHaveASheetOfTheirOwnInReadingOrder() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Recommendations", "Key");
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void theHeaderRowIsBoldWithPanesFrozenBelowItAndAnAutofilterOverTheTable() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            XSSFRow header = rowStarting(sheet, "Ref");
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Ref", "Recommendation", "Owner", "Deadline", "Deadline \u2013 due date",
                    "Completed on", "Overall %", "Sub-actions", "Status", "Status \u2013 reason");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            int headerRow = header.getRowNum();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (headerRow + 1));
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getFirstRow()).isEqualTo(headerRow);
            assertThat(filter.getLastRow()).isEqualTo(headerRow + 120);
            assertThat(filter.getLastColumn()).isEqualTo(9);
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(headerRow, headerRow, -1, -1));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void cellsAreTypedDatesPercentagesCountsAndATimescaleWithItsDueDateBesideIt() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            XSSFRow rec3 = rowStarting(sheet, "Rec 3");
            XSSFCell completed = rec3.getCell(5);
            assertThat(completed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(completed)).isTrue();
            assertThat(completed.getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
            assertThat(completed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 6, 1));

            assertThat(rec3.getCell(3).getStringCellValue()).isEqualTo("Dec 2024");
            assertThat(rec3.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
            assertThat(rec3.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
            XSSFRow rec5 = rowStarting(sheet, "Rec 5");
            assertThat(rec5.getCell(3).getStringCellValue()).isEqualTo("Ongoing");
            assertThat(rec5.getCell(4).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(rec3.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rec3.getCell(6).getNumericCellValue()).isEqualTo(0.14);
            assertThat(rec3.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(new DataFormatter().formatCellValue(rec3.getCell(6))).isEqualTo("14%");
            assertThat(rec3.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rec3.getCell(7).getNumericCellValue()).isEqualTo(2);
            XSSFRow rec1 = rowStarting(sheet, "Rec 1");
            assertThat(rec1.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void statusCellsCarryTheLabelAndTheBragFill() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            XSSFRow rec1 = rowStarting(sheet, "Rec 1");
            assertThat(rec1.getCell(8).getStringCellValue()).isEqualTo("Open - Actions on going off track");
            assertThat(fill(rec1.getCell(8))).isEqualTo("B10E1E");
            assertThat(fontColour(rec1.getCell(8))).isEqualTo("FFFFFF");
            XSSFRow rec2 = rowStarting(sheet, "Rec 2");
            assertThat(rec2.getCell(8).getStringCellValue())
                    .isEqualTo("Open - Actions on going on track (owner says at risk)");
            assertThat(fill(rec2.getCell(8))).isEqualTo(Fixtures.fill(Status.ON_TRACK).hex());
            XSSFRow rec4 = rowStarting(sheet, "Rec 4");
            assertThat(fill(rec4.getCell(8))).isEqualTo("FFBF47");
            assertThat(fontColour(rec4.getCell(8))).isEqualTo("000000");
        }
    }

    @Test
    void theLegendIsOnItsOwnKeySheetWithEachStatusOnItsFill() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet key = workbook.getSheet("Key");
            XSSFRow header = rowStarting(key, "BRAG");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Status");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Meaning");
            XSSFRow amber = rowStarting(key, "Amber");
            assertThat(amber.getCell(1).getStringCellValue()).isEqualTo("At risk");
            assertThat(amber.getCell(2).getStringCellValue()).isEqualTo("What at risk means");
            assertThat(fill(amber.getCell(1))).isEqualTo("FFBF47");
            assertThat(fontColour(amber.getCell(1))).isEqualTo("000000");
        }
    }

    @Test
    void narrativeCellsKeepParagraphsAndListItemsAsSeparateLinesWithBullets() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFCell cell = rowStarting(workbook.getSheet("Recommendations"), "Rec 1").getCell(1);
            assertThat(cell.getStringCellValue())
                    .isEqualTo("The service should assure itself of its enforcement:\n• first\n• second\n1. one\n2. two");
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void narrativeSectionsAreOneRowPerParagraphAndListItemWithEmphasisOnTheFirstSheet() throws IOException {
        Report report = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"),
                List.of(Fixtures.introduction()));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                lines.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(lines).containsExactly(
                    "This plan answers the inspection of 2023, with twenty recommendations.\n"
                            + "A second line of the same paragraph.",
                    "• Prevention", "3. Home fire safety visits", "4. Safe and well checks", "• " + Fixtures.WELSH);
            XSSFRichTextString rich = sheet.getRow(3).getCell(0).getRichStringCellValue();
            int bold = rich.getString().indexOf("2023");
            assertThat(rich.getFontAtIndex(bold).getBold()).isTrue();
            assertThat(rich.getFontAtIndex(rich.getString().indexOf("twenty")).getItalic()).isTrue();
            assertThat(rich.getFontAtIndex(0) == null || !rich.getFontAtIndex(0).getBold()).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getIndention()).isEqualTo((short) 1);
            assertThat(sheet.getRow(4).getCell(0).getCellStyle().getIndention()).isEqualTo((short) 0);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredExactlyAsTextAndMarkedWithTheQuotePrefix() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            for (int i = 0; i < Fixtures.FORMULA_STARTS.size(); i++) {
                XSSFCell owner = rowStarting(sheet, "Rec " + (i + 5)).getCell(2);
                assertThat(owner.getCellType()).isEqualTo(CellType.STRING);
                assertThat(owner.getStringCellValue()).isEqualTo(Fixtures.FORMULA_STARTS.get(i));
                assertThat(owner.getCellStyle().getQuotePrefixed()).as(owner.getStringCellValue()).isTrue();
                assertThat(owner.getCellStyle().getWrapText()).isTrue();
            }
            assertThat(rowStarting(sheet, "Rec 1").getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            workbook.forEach(s -> s.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void textThatLooksLikeAnOoxmlEscapeReadsBackAsTyped() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            assertThat(rowStarting(workbook.getSheet("Recommendations"), "Rec 4").getCell(2).getStringCellValue())
                    .isEqualTo(Fixtures.ESCAPE_LIKE);
        }
    }

    @Test
    void textLongerThanACellShowsItsStartAndAMarkerAndIsWholeOnTheFullTextSheet() throws IOException {
        String text = Fixtures.longString(70_000);
        List<String> warnings = new ArrayList<>();
        byte[] bytes = render(Fixtures.longText(text), RenderOptions.builder().warnings(warnings::add).build());
        String rows;
        try (XSSFWorkbook workbook = open(bytes)) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Long", "Full text");
            XSSFSheet full = workbook.getSheet("Full text");
            int pieces = full.getLastRowNum();
            assertThat(pieces).isGreaterThan(20);
            rows = "rows 2-" + (pieces + 1);

            XSSFCell cell = rowStarting(workbook.getSheet("Long"), "L1").getCell(1);
            String shown = cell.getStringCellValue();
            assertThat(shown).endsWith(" \u2026 [continued on sheet 'Full text', " + rows + "]");
            assertThat(text).startsWith(shown.substring(0, shown.indexOf(" \u2026 [continued")));
            assertThat(shown.length()).isLessThan(1_100);

            StringBuilder joined = new StringBuilder();
            for (int r = 1; r <= pieces; r++) {
                XSSFRow row = full.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Long!B3");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(r + " of " + pieces);
                String piece = row.getCell(2).getStringCellValue();
                assertThat(piece.length()).isLessThanOrEqualTo(FullText.PIECE);
                assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
                assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
                assertThat(row.getHeightInPoints()).isGreaterThan(15f).isLessThanOrEqualTo(409f);
                joined.append(piece);
            }
            assertThat(joined.toString()).isEqualTo(text);
            assertThat(XlsxText.extract(workbook)).contains(text);
        }
        assertThat(warnings).singleElement().asString().contains("Long!B3", "70,000", "'Full text', " + rows);
    }

    @Test
    void piecesOfALongTextEndAfterASpaceWhereThereIsOne() throws IOException {
        String text = "word ".repeat(2_000) + "x".repeat(30_000);
        try (XSSFWorkbook workbook = open(render(Fixtures.longText(text)))) {
            XSSFSheet full = workbook.getSheet("Full text");
            assertThat(full.getRow(1).getCell(2).getStringCellValue()).endsWith("word ");
            StringBuilder joined = new StringBuilder();
            full.forEach(row -> joined.append(row.getRowNum() == 0 ? "" : row.getCell(2).getStringCellValue()));
            assertThat(joined.toString()).isEqualTo(text);
        }
    }

    @Test
    void textOfExactlyTheCellLimitStaysInItsCell() throws IOException {
        String text = "x".repeat(SpreadsheetCells.CELL_LIMIT);
        try (XSSFWorkbook workbook = open(render(Fixtures.longText(text)))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Long");
            assertThat(rowStarting(workbook.getSheet("Long"), "L1").getCell(1).getStringCellValue()).isEqualTo(text);
        }
    }

    @Test
    void theSameReportGivesTheSameBytesWithFixedEntryTimesAndPropertiesFromTheMetadata() throws IOException {
        byte[] first = render(Fixtures.sample());
        byte[] second = render(Fixtures.sample());
        assertThat(second).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            int entries = 0;
            // java.util.zip streams it, which POI's default (zip64 always) would prevent
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getLastModifiedTime().toMillis()).as(entry.getName()).isZero();
                assertThat(zip.readAllBytes()).as(entry.getName()).isNotEmpty();
                entries++;
            }
            assertThat(entries).isGreaterThan(5);
        }
        try (XSSFWorkbook workbook = open(first)) {
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Area for Improvement Summary Report");
            assertThat(core.getCreator()).isEqualTo("Test Fire and Rescue Service");
            assertThat(core.getSubject()).isEqualTo("Improvement action plan");
            assertThat(core.getKeywords()).isEqualTo("HMICFRS, action plan");
            assertThat(core.getCreated()).isEqualTo(Date.from(Instant.parse("2023-11-01T00:00:00Z")));
            assertThat(core.getModified()).isEqualTo(Date.from(Instant.parse("2023-11-01T00:00:00Z")));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
        }
    }

    @Test
    void theBytesAreTheSameWhileAnotherRendererHasPoisReproducibleModeOn() throws Exception {
        byte[] alone = render(Fixtures.sample());
        java.util.concurrent.CountDownLatch on = new java.util.concurrent.CountDownLatch(1);
        // what the DOCX renderer does around its own write: the flag on, under the class's monitor
        Thread docx = new Thread(() -> {
            synchronized (org.apache.poi.util.Reproducibility.class) {
                try {
                    org.apache.poi.util.Reproducibility.runWithSourceDateEpoch(() -> {
                        on.countDown();
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        docx.start();
        on.await();
        byte[] beside = render(Fixtures.sample());
        docx.join();
        assertThat(beside).isEqualTo(alone);
    }

    @Test
    void theCallersStreamIsFlushedButLeftOpen() throws IOException {
        class Recording extends ByteArrayOutputStream {
            boolean flushed;
            boolean closed;

            @Override
            public void flush() {
                flushed = true;
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        renderer.render(Fixtures.sample(), RenderOptions.defaults(), out);
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void aFailingStreamMakesRenderThrowIOException() throws IOException {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> renderer.render(Fixtures.sample(), RenderOptions.defaults(), broken))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void columnWidthsComeFromTheContentWithinACapFromTheColumnWeight() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            // "Ref": 7 characters of content ("Rec 120") plus padding
            assertThat(sheet.getColumnWidth(0)).isEqualTo(9 * 256);
            // the recommendation column is capped at its weight (6) times 12 characters
            assertThat(sheet.getColumnWidth(1)).isLessThanOrEqualTo(74 * 256).isGreaterThan(40 * 256);
            // a date column fits a date such as "30 Sep 2023" and its header's longest word
            assertThat(sheet.getColumnWidth(5)).isEqualTo(13 * 256);
        }
    }

    @Test
    void aStatusSummaryAfterATableGetsItsChartOnThatStreamedSheet() throws IOException {
        Report report = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"),
                List.of(Fixtures.table("Actions", 3), Fixtures.statusSummary()));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet actions = workbook.getSheet("Actions");
            assertThat(actions.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(XlsxText.extract(workbook)).contains("Status at 1 November 2023");
        }
    }

    @Test
    void sheetsReadInOrderReadTheReportInOrder() throws IOException {
        String text = XlsxText.extract(render(Fixtures.sample()));
        List<String> inOrder = List.of("Area for Improvement Summary Report", "Reporting date", "Status at 1 November 2023",
                "Recommendations", "This plan answers", "Prevention", "Home fire safety visits", "Ref", "Rec 1",
                "Rec 120", "Notes on the recommendations", "Closing note after the table.", "Key", "What complete means");
        int at = 0;
        for (String expected : inOrder) {
            int found = text.indexOf(expected, at);
            assertThat(found).as("'%s' after position %d", expected, at).isGreaterThanOrEqualTo(0);
            at = found + expected.length();
        }
    }

    @Test
    void aTableWithoutRowsStillHasItsHeaderAndFilter() throws IOException {
        Report report = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"),
                List.of(new Section.Table("Empty", Fixtures.columns(), List.of(), false)));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet sheet = workbook.getSheet("Empty");
            XSSFRow header = rowStarting(sheet, "Ref");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo(new CellRangeAddress(header.getRowNum(), header.getRowNum(), 0, 9).formatAsString());
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void theHeaderCellStyleIsSharedNotMadePerCell() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.large(2_000)))) {
            assertThat(workbook.getNumCellStyles()).isLessThan(40);
            XSSFSheet sheet = workbook.getSheet("All actions");
            XSSFCellStyle a = rowStarting(sheet, "Rec 10").getCell(2).getCellStyle();
            XSSFCellStyle b = rowStarting(sheet, "Rec 1999").getCell(2).getCellStyle();
            assertThat(a.getIndex()).isEqualTo(b.getIndex());
        }
    }

    @Test
    void theBytesDoNotDependOnTheMachinesTimeZone() throws IOException {
        byte[] here = render(Fixtures.sample());
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(render(Fixtures.sample())).isEqualTo(here);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(render(Fixtures.sample())).isEqualTo(here);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void panesDoNotFreezeBelowAnIntroductionTooTallToScrollPast() throws IOException {
        String paragraph = "A long introduction that goes on. ".repeat(60);
        Report tallIntro = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), List.of(
                new Section.Heading(1, "Chapter"),
                new Section.NarrativeText(io.github.actionplan.report.Narrative.parse(
                        paragraph + "\n\n" + paragraph + "\n\n" + paragraph)),
                Fixtures.table("Tall", 3)));
        try (XSSFWorkbook workbook = open(render(tallIntro))) {
            XSSFSheet tall = workbook.getSheet("Tall");
            assertThat(tall.getRow(1).getCell(0).getStringCellValue()).startsWith("A long introduction");
            assertThat(tall.getPaneInformation()).isNull();
            assertThat(tall.getRepeatingRows()).isNotNull();
        }
        Report shortIntro = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), List.of(
                new Section.Heading(1, "Next"), Fixtures.table("Short", 3)));
        try (XSSFWorkbook workbook = open(render(shortIntro))) {
            assertThat(workbook.getSheet("Short").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void rowsAreAsTallAsTheirWrappedTextNeeds() throws IOException {
        try (XSSFWorkbook workbook = open(render(Fixtures.sample()))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            float oneLine = rowStarting(sheet, "Rec 20").getHeightInPoints();
            float fiveLines = rowStarting(sheet, "Rec 1").getHeightInPoints();
            assertThat(oneLine).isEqualTo(15f);
            assertThat(fiveLines).isGreaterThanOrEqualTo(5 * 15f);
            XSSFRow intro = rowStarting(sheet, "This plan answers the inspection of 2023, with twenty recommendations.\n"
                    + "A second line of the same paragraph.");
            assertThat(intro.getHeightInPoints()).isEqualTo(2 * 15f);
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(intro.getRowNum(), intro.getRowNum(), 0, 9));
        }
    }

    @Test
    void keyFactLabelsSpanColumnsWhereTheFirstIsTooNarrowForThem() throws IOException {
        Report report = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"), List.of(
                new Section.Heading(1, "Chapter"),
                new Section.KeyFacts(List.of(new Section.KeyFact("Responsible function", "Protection"))),
                Fixtures.table("Narrow first column", 2)));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet sheet = workbook.getSheet("Narrow first column");
            XSSFRow fact = rowStarting(sheet, "Responsible function");
            assertThat(fact.getCell(1)).isNull();
            assertThat(fact.getCell(2).getStringCellValue()).isEqualTo("Protection");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(fact.getRowNum(), fact.getRowNum(), 0, 1),
                    new CellRangeAddress(fact.getRowNum(), fact.getRowNum(), 2, 9));
        }
    }

    @Test
    void sheetsPrintOnTheOptionsPaperOnePageWide() throws IOException {
        byte[] letter = render(Fixtures.sample(), RenderOptions.builder()
                .pageSize(io.github.actionplan.report.spi.PageSize.LETTER).build());
        try (XSSFWorkbook a4 = open(render(Fixtures.sample())); XSSFWorkbook us = open(letter)) {
            for (String name : List.of("Overview", "Recommendations", "Key")) {
                assertThat(a4.getSheet(name).getPrintSetup().getPaperSize()).as(name)
                        .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(us.getSheet(name).getPrintSetup().getPaperSize()).as(name)
                        .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE);
                assertThat(a4.getSheet(name).getFitToPage()).isTrue();
                assertThat(a4.getSheet(name).getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(a4.getSheet(name).getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            }
            assertThat(a4.getSheet("Overview").getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void charactersNoSpreadsheetCanHoldShowAsCoresReplacementCharacter() throws IOException {
        Report report = new Report("Bell \u0007 here", "Null \u0000 and \uFFFF", "O", Fixtures.AS_OF, Optional.empty(),
                Fixtures.metadata("T"), List.of(Fixtures.table("Tabs\tand \u0001 controls", 1)));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet first = workbook.getSheetAt(0);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bell \uFFFD here");
            assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Null \uFFFD and \uFFFD");
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Tabs and \uFFFD controls");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tabs\tand \uFFFD controls");
        }
    }

    @Test
    void formulaLikeTextOnTheFirstSheetIsQuotePrefixedToo() throws IOException {
        Report report = new Report("=1+1", "@subtitle", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"),
                List.of(new Section.KeyFacts(List.of(new Section.KeyFact("-label", "+value"))),
                        new Section.NarrativeText(io.github.actionplan.report.Narrative.parse("=*emphasis* first"))));
        try (XSSFWorkbook workbook = open(render(report))) {
            XSSFSheet first = workbook.getSheetAt(0);
            List<XSSFCell> cells = List.of(first.getRow(0).getCell(0), first.getRow(1).getCell(0),
                    first.getRow(3).getCell(0), first.getRow(3).getCell(1), first.getRow(5).getCell(0));
            assertThat(cells).extracting(XSSFCell::getStringCellValue)
                    .containsExactly("=1+1", "@subtitle", "-label", "+value", "=emphasis first");
            assertThat(cells).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            });
            assertThat(first.getRow(5).getCell(0).getRichStringCellValue().getFontAtIndex(2).getItalic()).isTrue();
        }
    }

    @Test
    void aTableTitledLikeAReservedSheetGetsANameOfItsOwn() throws IOException {
        Report report = new Report("T", "S", "O", Fixtures.AS_OF, Optional.empty(), Fixtures.metadata("T"),
                List.of(Fixtures.table("Overview", 1), Fixtures.table("Full text", 1), Fixtures.table("History", 1),
                        new Section.Table("No columns", List.of(), List.of(), false)));
        try (XSSFWorkbook workbook = open(render(report))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Overview (2)", "Full text (2)", "History (2)",
                    "No columns");
            assertThat(workbook.getSheet("No columns").getRow(0).getCell(0).getStringCellValue()).isEqualTo("No columns");
        }
    }
}
