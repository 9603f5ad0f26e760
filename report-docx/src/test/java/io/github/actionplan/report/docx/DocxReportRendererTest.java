package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportText;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxReportRendererTest {

    private static final Report EVERYTHING = Fixtures.everything();
    private static final byte[] BYTES = Rendered.bytes(EVERYTHING);

    @Test
    void isFoundByTheRegistryAsTheDocxFormat() {
        ReportRenderers renderers = ReportRenderers.load();
        assertThat(renderers.find("docx")).get().isInstanceOf(DocxReportRenderer.class);
        DocxReportRenderer renderer = new DocxReportRenderer();
        assertThat(renderer.format()).isEqualTo(DocxReportRenderer.FORMAT).isEqualTo("docx");
        assertThat(renderer.fileExtension()).isEqualTo("docx");
        assertThat(renderer.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void titleSubtitleAndHeadingsUseStylesWithOutlineLevels() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo(Fixtures.TITLE);
            assertThat(paragraphs.get(1).getStyle()).isEqualTo("Subtitle");
            assertThat(styleOf(document, "Summary of progress")).isEqualTo("Heading1");
            assertThat(styleOf(document, "What changed this quarter")).isEqualTo("Heading2");
            assertThat(styleOf(document, "A short table")).isEqualTo("Heading3");
            for (int level = 1; level <= 3; level++) {
                CTStyle style = document.getStyles().getStyle("Heading" + level).getCTStyle();
                assertThat(style.getName().getVal()).isEqualTo("heading " + level);
                assertThat(style.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
            }
            for (String style : List.of("Title", "Subtitle", "Normal", "ListParagraph", "TableText", "Caption")) {
                assertThat(document.getStyles().styleExist(style)).as(style).isTrue();
            }
        }
    }

    @Test
    void propertiesAndTheDefaultLanguageComeFromTheMetadata() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(Fixtures.TITLE);
            assertThat(core.getCreator()).isEqualTo("Merseyside Fire and Rescue Service");
            assertThat(core.getSubject()).isEqualTo("Improvement action plan");
            assertThat(core.getKeywords()).isEqualTo("HMICFRS, action plan");
            Date created = Date.from(Fixtures.metadata().created().toInstant());
            assertThat(core.getCreated()).isEqualTo(created);
            assertThat(core.getModified()).isEqualTo(created);
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal()).isEqualTo("en-GB");
        }
    }

    @Test
    void pagesAreA4PortraitAndTheWideTableHasItsOwnLandscapeSection() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            List<CTSectPr> sections = new ArrayList<>();
            List<Integer> sectionOfTable = new ArrayList<>();
            List<IBodyElement> elements = document.getBodyElements();
            for (IBodyElement element : elements) {
                if (element instanceof XWPFTable) {
                    sectionOfTable.add(sections.size());
                }
                if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(document.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(3);
            assertA4(sections.get(0), false);
            assertA4(sections.get(1), true);
            assertA4(sections.get(2), false);
            // Tables: key facts, counts, legend, owners in section 0; the wide table in section 1.
            assertThat(sectionOfTable).containsExactly(0, 0, 0, 0, 1);
            // The heading before the wide table goes with it onto the landscape page.
            XWPFParagraph heading = paragraphWithText(document, "Recommendations");
            int headingAt = elements.indexOf(heading);
            int landscapeStart = elements.indexOf(paragraphWithText(document, "Owners")) + 1;
            assertThat(headingAt).isGreaterThanOrEqualTo(landscapeStart);
            for (CTSectPr section : sections) {
                assertThat(section.sizeOfHeaderReferenceArray()).isEqualTo(1);
                assertThat(section.sizeOfFooterReferenceArray()).isEqualTo(1);
            }
        }
    }

    private static void assertA4(CTSectPr section, boolean landscape) {
        long width = ((BigInteger) section.getPgSz().getW()).longValue();
        long height = ((BigInteger) section.getPgSz().getH()).longValue();
        assertThat(landscape ? List.of(height, width) : List.of(width, height)).containsExactly(11906L, 16838L);
        assertThat(section.getPgSz().getOrient())
                .isEqualTo(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }

    @Test
    void tablesHaveAGridOfWeightedWidthsAndAHeaderRowThatRepeats() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFTable table = document.getTables().get(4);
            List<Long> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> ((BigInteger) col.getW()).longValue()).toList();
            // Weights 1, 6, 2, 2, 2, 2, 3, 2 over the landscape width between 2 cm margins.
            long usable = 16838 - 2 * 1134;
            assertThat(grid.stream().mapToLong(Long::longValue).sum()).isEqualTo(usable);
            assertThat(grid.get(0)).isEqualTo(usable / 20);
            assertThat(grid.get(1)).isEqualTo(usable * 6 / 20);
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Ref", "Recommendation", "Deadline", "Timescale", "Sub-actions", "Progress",
                            "Status", "Notes");
            assertThat(table.getRows()).hasSize(1 + Fixtures.ROWS);
            for (XWPFTableRow row : table.getRows()) {
                assertThat(row.isCantSplitRow()).isFalse();
                if (row != header) {
                    assertThat(row.isRepeatHeader()).isFalse();
                }
            }
        }
    }

    @Test
    void statusCellsCarryTheLabelFlagAndReasonOnTheBragFill() throws IOException {
        Palette palette = Palette.standard();
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFTable table = document.getTables().get(4);
            // Row 5 (i = 5) is flagged; 5 % 4 = 1 is AT_RISK.
            XWPFTableCell flagged = table.getRow(5).getCell(6);
            assertThat(flagged.getColor()).isEqualTo(palette.fill(Status.AT_RISK).hex());
            XWPFParagraph first = flagged.getParagraphs().get(0);
            assertThat(first.getText()).isEqualTo("At risk (" + Fixtures.FLAG + ")");
            assertThat(first.getRuns().get(0).isBold()).isTrue();
            assertThat(first.getRuns()).extracting(XWPFRun::getColor)
                    .containsOnly(palette.text(Status.AT_RISK).hex());
            assertThat(flagged.getParagraphs().get(1).getText()).isEqualTo(Fixtures.REASON);
            assertThat(flagged.getParagraphs().get(1).getStyle()).isEqualTo("CellNote");

            XWPFTableCell offTrack = table.getRow(4).getCell(6);
            assertThat(offTrack.getColor()).isEqualTo("B10E1E");
            assertThat(offTrack.getParagraphs().get(0).getText()).isEqualTo("Off track");
            assertThat(offTrack.getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo("FFFFFF");
        }
    }

    @Test
    void narrativeListsUseTheNumberingPartAndEachNumberedListStartsAtItsOwnNumber() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFParagraph bullet = paragraphWithText(document, "Produced documented guidance");
            XWPFParagraph nestedBullet = paragraphWithText(document, "nested bullet one");
            XWPFParagraph third = paragraphWithText(document, "Third step");
            XWPFParagraph fifth = paragraphWithText(document, "Fifth step");
            XWPFParagraph nestedNumber = paragraphWithText(document, "nested numbered one");

            assertThat(format(document, bullet)).isEqualTo(STNumberFormat.BULLET);
            assertThat(bullet.getNumIlvl()).isEqualTo(BigInteger.ZERO);
            assertThat(nestedBullet.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(nestedBullet.getNumID()).isNotEqualTo(bullet.getNumID());

            assertThat(format(document, third)).isEqualTo(STNumberFormat.DECIMAL);
            assertThat(fifth.getNumID()).isEqualTo(third.getNumID());
            assertThat(startOverride(document, third)).isEqualTo(3);
            assertThat(nestedNumber.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(startOverride(document, nestedNumber)).isEqualTo(1);

            // Every list in the document has a num of its own: 4 in the narrative, one per table row.
            assertThat(document.getNumbering().getNums()).hasSize(4 + Fixtures.ROWS);
            XWPFTableCell narrativeCell = document.getTables().get(4).getRow(1).getCell(1);
            assertThat(narrativeCell.getParagraphs()).hasSize(3);
            assertThat(narrativeCell.getParagraphs().get(1).getNumID()).isNotNull();
        }
    }

    private static STNumberFormat.Enum format(XWPFDocument document, XWPFParagraph paragraph) {
        XWPFNum num = document.getNumbering().getNum(paragraph.getNumID());
        XWPFAbstractNum definition = document.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        CTLvl level = definition.getCTAbstractNum().getLvlArray(paragraph.getNumIlvl().intValue());
        return level.getNumFmt().getVal();
    }

    private static int startOverride(XWPFDocument document, XWPFParagraph paragraph) {
        CTNum num = document.getNumbering().getNum(paragraph.getNumID()).getCTNum();
        assertThat(num.getLvlOverrideArray(0).getIlvl()).isEqualTo(paragraph.getNumIlvl());
        return num.getLvlOverrideArray(0).getStartOverride().getVal().intValue();
    }

    @Test
    void emphasisAndStrongBecomeItalicAndBoldRunsWithoutMarkup() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFParagraph paragraph = paragraphWithText(document, "The training courses (EDI, Values, Core Code of Ethics)"
                    + " continue. A second line after a hard break.");
            assertThat(run(paragraph, "EDI").isItalic()).isTrue();
            assertThat(run(paragraph, "EDI").isBold()).isFalse();
            assertThat(run(paragraph, "Values").isBold()).isTrue();
            assertThat(Rendered.text(BYTES)).doesNotContain("*EDI*", "**Values**");
        }
    }

    @Test
    void lineBreaksBecomeBreaksAndNoRunHoldsALineFeed() throws IOException {
        Report report = withSections(List.of(
                new Section.NarrativeText(Rendered.withLineBreak("first line", "second line")),
                new Section.Table("Breaks", List.of(new Column("Text", Column.ColumnType.TEXT, 1)),
                        List.of(List.of(new Cell.TextCell("cell one\ncell two\tafter a tab"))), false)));
        byte[] bytes = Rendered.bytes(report);
        try (XWPFDocument document = Rendered.open(bytes)) {
            String xml = document.getDocument().xmlText();
            assertThat(xml).contains("<w:br/>").contains("<w:tab/>");
            for (XWPFParagraph paragraph : allParagraphs(document)) {
                for (XWPFRun run : paragraph.getRuns()) {
                    for (CTText t : run.getCTR().getTList()) {
                        assertThat(t.getStringValue()).doesNotContain("\n", "\t");
                    }
                }
            }
        }
        assertThat(Rendered.text(bytes)).contains("first line\nsecond line", "cell one\ncell two\tafter a tab");
    }

    @Test
    void everyPageShowsTheTitleAtTheTopAndPageXOfYAtTheBottom() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            assertThat(document.getHeaderList()).hasSize(1);
            assertThat(document.getHeaderList().get(0).getText().strip()).isEqualTo(Fixtures.TITLE);
            assertThat(document.getFooterList()).hasSize(1);
            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).containsSubsequence("Page ", "w:instr=\" PAGE \"", " of ", "w:instr=\" NUMPAGES \"");
            // Forcing fields to update on open would make Word ask the reader a question.
            assertThat(document.getSettings().getCTSettings().isSetUpdateFields()).isFalse();
        }
    }

    @Test
    void theStatusSummaryIsANativeBarChartWithAltTextAndACountsTable() throws Exception {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            assertThat(document.getCharts()).hasSize(1);
            XWPFChart chart = document.getCharts().get(0);
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).contains("<c:barChart>", "Open - Actions on going off track", "<c:v>15</c:v>",
                    "B10E1E", "1D5DA8", "FFBF47", "00703C");
            CTNonVisualDrawingProps drawing = paragraphWithText(document, "").getRuns().stream()
                    .filter(r -> r.getCTR().sizeOfDrawingArray() > 0).findFirst().orElseThrow()
                    .getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertThat(drawing.getDescr()).isEqualTo(Fixtures.DESCRIPTION);
            assertThat(drawing.getTitle()).isEqualTo("Status at 1 November 2023");
            assertThat(drawing.getId()).isPositive();
            assertThat(paragraphWithText(document, Fixtures.DESCRIPTION).getStyle()).isEqualTo("ChartDescription");

            XWPFTable counts = document.getTables().get(1);
            assertThat(counts.getRows()).extracting(row -> row.getCell(0).getText() + "|" + row.getCell(1).getText()
                    + "|" + row.getCell(2).getText()).containsExactly(
                    "Status|Items|Share", "Completed|2|10%", "Open - Actions on going off track|15|75%", "At risk|0|0%",
                    "Open - Actions on going on track|3|15%", "Total|20|");
            assertThat(counts.getRow(2).getCell(0).getColor()).isEqualTo("B10E1E");
            assertThat(chart.getWorkbook().getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(Fixtures.metadata().created().toInstant()));
        }
    }

    @Test
    void everyStringOfTheReportSurvivesInTheExtractedText() {
        String text = Rendered.text(BYTES);
        String folded = Rendered.folded(text);
        for (String string : Rendered.strings(EVERYTHING)) {
            assertThat(folded).as("extracted text").contains(Rendered.folded(string));
        }
        assertThat(text).contains(Fixtures.NON_LATIN, Fixtures.LONG_WORD, "🚒🔥");
    }

    @Test
    void charactersXmlCannotHoldArriveAsTheReplacementCharacter() {
        String hostile = "bell\u0007 null\u0000 <b>&amp;</b> \\*not emphasis\\* \uFFFF end";
        Report report = withSections(List.of(new Section.NarrativeText(Narrative.plain(hostile)),
                new Section.Heading(1, hostile)));
        String text = Rendered.text(Rendered.bytes(report));
        assertThat(text).contains(ReportText.clean(hostile)).doesNotContain("bell?");
    }

    @Test
    void theSameReportGivesTheSameBytesAndNoEntryCarriesTheClock() throws IOException {
        assertThat(Rendered.sha256(Rendered.bytes(Fixtures.everything()))).isEqualTo(Rendered.sha256(BYTES));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(BYTES))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                assertThat(entry.getLastModifiedTime().toInstant().atOffset(ZoneOffset.UTC).getYear())
                        .as(entry.getName()).isLessThan(1981);
            }
            assertThat(entries).isGreaterThan(10);
        }
    }

    @Test
    void rendersFromEightThreadsAtOnceGiveTheSameBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                jobs.add(() -> Rendered.bytes(EVERYTHING));
            }
            for (Future<byte[]> result : pool.invokeAll(jobs)) {
                assertThat(Rendered.sha256(result.get())).isEqualTo(Rendered.sha256(BYTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() throws IOException {
        class Watched extends ByteArrayOutputStream {
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
        Watched out = new Watched();
        new DocxReportRenderer().render(EVERYTHING, RenderOptions.defaults(), out);
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void aStreamThatFailsGivesAnIOException() {
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
        assertThatThrownBy(() -> new DocxReportRenderer().render(EVERYTHING, RenderOptions.defaults(), broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void aReportOfOnlyATitleRendersWithoutChartOrNumbering() throws IOException {
        try (XWPFDocument document = Rendered.open(Rendered.bytes(withSections(List.of())))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(Fixtures.TITLE);
            assertThat(document.getCharts()).isEmpty();
            assertThat(document.getTables()).isEmpty();
        }
    }

    @Test
    void aDocumentThatEndsWithAWideTableEndsOnALandscapePage() throws IOException {
        try (XWPFDocument document = Rendered.open(Rendered.bytes(withSections(List.of(Fixtures.wideTable()))))) {
            assertA4(document.getDocument().getBody().getSectPr(), true);
            List<IBodyElement> elements = document.getBodyElements();
            assertThat(elements.get(elements.size() - 1)).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void theOptionsPageSizeSetsThePaperOfEverySection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportRenderer().render(EVERYTHING, RenderOptions.builder().pageSize(PageSize.LETTER).build(), out);
        try (XWPFDocument document = Rendered.open(out.toByteArray())) {
            CTSectPr last = document.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) last.getPgSz().getW()).intValue()).isEqualTo(12240);
            assertThat(((BigInteger) last.getPgSz().getH()).intValue()).isEqualTo(15840);
            XWPFTable wide = document.getTables().get(4);
            long grid = wide.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(col -> ((BigInteger) col.getW()).longValue()).sum();
            assertThat(grid).isEqualTo(15840 - 2 * 1134);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Report withSections(List<Section> sections) {
        return new Report(Fixtures.TITLE, "", "Merseyside Fire and Rescue Service", EVERYTHING.asOf(),
                Optional.empty(), Fixtures.metadata(), sections);
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }

    private static XWPFParagraph paragraphWithText(XWPFDocument document, String text) {
        return allParagraphs(document).stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads '" + text + "'"));
    }

    private static String styleOf(XWPFDocument document, String text) {
        return paragraphWithText(document, text).getStyle();
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run reads '" + text + "'"));
    }
}
