package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportText;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
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
            for (String style : List.of("Title", "Subtitle", "Normal", "ListParagraph", "TableText", "TableHeading",
                    "TableTotal", "CellNote", "Caption")) {
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
    void eachChaptersPagesAreTheWayUpTheChapterSays() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            List<Rendered.Placed> placed = Rendered.placed(document);
            assertThat(sections(document)).extracting(Rendered::isLandscape).containsExactly(false, true, false);
            // Tables: key facts, counts, legend, owners on portrait pages; the wide table on landscape.
            assertThat(placed.stream().filter(p -> p.element() instanceof XWPFTable).map(Rendered.Placed::landscape))
                    .containsExactly(false, false, false, false, true);
            // The chapter's heading starts its landscape section; the one after starts the portrait one.
            assertThat(placedParagraph(placed, "Recommendations").landscape()).isTrue();
            assertThat(placedParagraph(placed, "A short table").landscape()).isFalse();
            assertThat(placedParagraph(placed, "After the table").landscape()).isFalse();
            assertThat(placedParagraph(placed, Fixtures.TITLE).landscape()).isFalse();
            for (CTSectPr section : sections(document)) {
                assertThat(section.sizeOfHeaderReferenceArray()).isEqualTo(1);
                assertThat(section.sizeOfFooterReferenceArray()).isEqualTo(1);
            }
        }
    }

    @Test
    void pagesTurnOnlyWhereTheOrientationChangesFromOneChapterToTheNextWhateverTheirTablesHold() throws IOException {
        Section.Table narrow = new Section.Table("Narrow", List.of(new Column("Owner", Column.ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("Protection"))));
        Report report = Fixtures.report(List.of(
                new Chapter("First landscape", Orientation.LANDSCAPE, List.of(narrow)),
                new Chapter("Second landscape", Orientation.LANDSCAPE, List.of(narrow)),
                new Chapter("Portrait with the wide table", Orientation.PORTRAIT, List.of(Fixtures.wideTable())),
                Chapter.untitled(Orientation.LANDSCAPE, List.of(narrow))));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            List<CTSectPr> sections = sections(document);
            assertThat(sections).extracting(Rendered::isLandscape).containsExactly(true, false, true);
            sections.forEach(section -> assertA4(section, Rendered.isLandscape(section)));
            List<Rendered.Placed> placed = Rendered.placed(document);
            // The title sits on the first chapter's first page, the way up that chapter is.
            assertThat(placedParagraph(placed, Fixtures.TITLE).landscape()).isTrue();
            assertThat(placedParagraph(placed, "Second landscape").landscape()).isTrue();
            assertThat(placedParagraph(placed, "Portrait with the wide table").landscape()).isFalse();
            assertThat(placed.stream().filter(p -> p.element() instanceof XWPFTable).map(Rendered.Placed::landscape))
                    .containsExactly(true, true, false, true);
            // The wide table on its portrait page: its columns share the portrait width.
            assertThat(gridWidths(document.getTables().get(2)).stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(11906 - 2 * 1134);
        }
    }

    @Test
    void aShortRowIsKeptOnOnePageWhileATallOneMaySplit() throws IOException {
        Report report = Fixtures.withSections(List.of(rowsOfLines(3, 2), new Section.KeyFacts(List.of(
                new Section.KeyFact("Short", "One line."), new Section.KeyFact("Long", "Many words. ".repeat(800))))));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).extracting(XWPFTableRow::isCantSplitRow).containsExactly(false, true, false, true);
            XWPFTable facts = document.getTables().get(1);
            assertThat(facts.getRows()).extracting(XWPFTableRow::isCantSplitRow).containsExactly(false, true, false);
        }
    }

    @Test
    void aRowOfUpToHalfAPageIsKeptOnOnePage() throws IOException {
        // Trial 33 F4: a row of 23 lines, over a third of a portrait page and under half, split at the foot of one.
        Report report = Fixtures.withSections(List.of(rowsOfLines(3, 2, 23)));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            assertThat(document.getTables().get(0).getRows()).extracting(XWPFTableRow::isCantSplitRow)
                    .containsExactly(false, true, true, true);
        }
    }

    /** {@code rows} rows of six paragraphs each, and row {@code tall}, if any, of sixty. */
    static Section.Table rowsOfLines(int rows, int tall) {
        return rowsOfLines(rows, tall, 60);
    }

    /** {@code rows} rows of six paragraphs each, and row {@code tall}, if any, of {@code tallLines}. */
    static Section.Table rowsOfLines(int rows, int tall, int tallLines) {
        List<List<Cell>> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String row = "Row " + i;
            String lines = String.join("\n\n", IntStream.rangeClosed(1, i == tall ? tallLines : 6)
                    .mapToObj(line -> row + " line " + line + ".").toList());
            list.add(List.of(new Cell.TextCell("R" + i), new Cell.NarrativeCell(Narrative.parse(lines))));
        }
        return new Section.Table("Rows of lines",
                List.of(new Column("Ref", Column.ColumnType.TEXT, 1), new Column("Text", Column.ColumnType.NARRATIVE, 4)), list);
    }

    @Test
    void aWebAddressInNarrativeIsAHyperlinkToItInTheHyperlinkStyleInTextAndInTables() {
        String fire = "https://www.gov.uk/guidance/fire-safety";
        Narrative narrative = Narrative.parse("See " + fire + ".\n\n- **read https://a.example.org/t\u00e2n** now");
        XWPFDocument document = Rendered.document(Fixtures.withSections(List.of(new Section.NarrativeText(narrative),
                new Section.Table("Links", List.of(new Column("Text", Column.ColumnType.NARRATIVE, 4)),
                        List.of(List.of(new Cell.NarrativeCell(Narrative.parse("In a cell: " + fire))))))));

        List<XWPFHyperlinkRun> links = Rendered.allParagraphs(document).stream().flatMap(p -> p.getRuns().stream())
                .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).toList();
        assertThat(links).extracting(XWPFRun::text)
                .containsExactly(fire, "https://a.example.org/t\u00e2n", fire);
        assertThat(links).extracting(link -> document.getPackagePart().getRelationship(link.getHyperlinkId()))
                .allSatisfy(relationship -> {
                    assertThat(relationship.getTargetMode()).isEqualTo(TargetMode.EXTERNAL);
                    assertThat(relationship.getRelationshipType()).endsWith("/hyperlink");
                })
                .extracting(relationship -> relationship.getTargetURI().toString())
                .containsExactly(fire, "https://a.example.org/t%C3%A2n", fire);
        assertThat(links).extracting(XWPFRun::getStyle).containsOnly("Hyperlink");
        assertThat(links.get(1).isBold()).isTrue();
        assertThat(document.getStyles().getStyle("Hyperlink").getType()).isEqualTo(STStyleType.CHARACTER);
        // Core's link colour, as every format's (trial 64 F4).
        assertThat(document.getStyles().getStyle("Hyperlink").getCTStyle().getRPr().getColorArray(0).xgetVal()
                .getStringValue()).isEqualToIgnoringCase(io.github.actionplan.report.Palette.LINK.toString()
                .substring(1));
        assertThat(paragraphWithText(document, "See " + fire + ".").getRuns()).extracting(XWPFRun::text)
                .containsExactly("See ", fire, ".");
    }

    private static void assertA4(CTSectPr section, boolean landscape) {
        long width = ((BigInteger) section.getPgSz().getW()).longValue();
        long height = ((BigInteger) section.getPgSz().getH()).longValue();
        assertThat(landscape ? List.of(height, width) : List.of(width, height)).containsExactly(11906L, 16838L);
        assertThat(section.getPgSz().getOrient())
                .isEqualTo(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }

    @Test
    void tablesHaveAGridOfCoresColumnWidthsAndAHeaderRowThatRepeats() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFTable table = document.getTables().get(4);
            List<Long> grid = gridWidths(table);
            long usable = 16838 - 2 * 1134;
            double scale = Fixtures.wideTable().textScale(usable, Layout.CHARACTER_WIDTH, Layout.CELL_PADDING);
            double[] expected = Fixtures.wideTable().columnWidths(usable, Layout.CHARACTER_WIDTH * scale,
                    Layout.CELL_PADDING);
            assertThat(grid.stream().mapToLong(Long::longValue).sum()).isEqualTo(usable);
            for (int c = 0; c < expected.length - 1; c++) {
                assertThat(grid.get(c)).as("column %d", c).isEqualTo(Math.round(expected[c]));
            }
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Ref", "Recommendation", "Deadline", "Timescale", "Sub-actions", "Progress",
                            "Status", "Notes");
            assertThat(table.getRows()).hasSize(1 + Fixtures.ROWS);
            for (XWPFTableRow row : table.getRows()) {
                if (row != header) {
                    assertThat(row.isRepeatHeader()).isFalse();
                }
            }
            // Figures line up on the right, in the header too.
            assertThat(header.getCell(5).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRow(1).getCell(5).getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getAlignment())
                    .isNotEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void noColumnOfTheMerseysideActionPlanIsNarrowerThanItsLongestWord() throws IOException {
        Report report = ContractFixtures.reports().get("merseyside-action-plan");
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            List<Section.Table> tables = Rendered.tablesWithHeaders(report);
            List<XWPFTable> shown = document.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).toList();
            assertThat(shown).hasSameSizeAs(tables);
            for (int t = 0; t < tables.size(); t++) {
                List<Long> grid = gridWidths(shown.get(t));
                List<Column> columns = tables.get(t).columns();
                for (int c = 0; c < columns.size(); c++) {
                    assertThat((double) grid.get(c)).as("%s, column '%s'", tables.get(t).title(), columns.get(c).header())
                            .isGreaterThanOrEqualTo(columns.get(c).minimumCharacters() * Layout.CHARACTER_WIDTH
                                    + Layout.CELL_PADDING - 1);
                }
            }
        }
    }

    @Test
    void aTableWhoseWordsAreWiderThanThePageHasItsTextScaledAsCoreSaysAndNoColumnNarrowerThanItsLongestWord()
            throws IOException {
        Report report = ContractFixtures.reports().get("merseyside-register");
        Section.Table section = report.tables().getFirst();
        long usable = 16838 - 2 * 1134;
        double scale = section.textScale(usable, Layout.CHARACTER_WIDTH, Layout.CELL_PADDING);
        // Fourteen columns: at nine points, "BRAG" and "Progress" were broken in LibreOffice (runs 134 #7, 136 #4).
        assertThat(scale).isLessThan(1);
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            XWPFTable table = document.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).findFirst()
                    .orElseThrow();
            List<Long> grid = gridWidths(table);
            double[] expected = section.columnWidths(usable, Layout.CHARACTER_WIDTH * scale, Layout.CELL_PADDING);
            for (int c = 0; c < expected.length - 1; c++) {
                assertThat(grid.get(c)).as("column %d", c).isEqualTo(Math.round(expected[c]));
            }
            double text = Math.round(18 * scale) / 2.0;
            double note = Math.round(16 * scale) / 2.0;
            assertThat(table.getRows()).hasSize(1 + section.rows().size());
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        assertThat(paragraph.getRuns()).extracting(XWPFRun::getFontSizeAsDouble)
                                .as("%s", paragraph.getText())
                                .allMatch(size -> size == (paragraph.getStyle().equals("CellNote") ? note : text));
                    }
                }
            }
        }
    }

    @Test
    void theTotalRowComesLastInBoldUnderARule() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFTable owners = document.getTables().get(3);
            assertThat(owners.getRows()).extracting(row -> row.getCell(0).getText() + "|" + row.getCell(1).getText())
                    .containsExactly("Owner|Items", "Protection|4", "People and Organisational Development|12", "Total|16");
            XWPFTableRow total = owners.getRow(3);
            for (XWPFTableCell cell : total.getTableCells()) {
                assertThat(cell.getParagraphs().get(0).getStyle()).isEqualTo("TableTotal");
                CTBorder rule = cell.getCTTc().getTcPr().getTcBorders().getTop();
                assertThat(rule.getVal()).isEqualTo(STBorder.SINGLE);
                assertThat(rule.getSz().intValue()).isGreaterThan(4);
            }
            assertThat(total.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(document.getStyles().getStyle("TableTotal").getCTStyle().getRPr().sizeOfBArray()).isOne();
            // Only the total row is drawn as one.
            assertThat(owners.getRow(2).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableText");
            assertThat(owners.getRow(2).getCell(0).getCTTc().getTcPr().isSetTcBorders()).isFalse();
            // A table without a total row ends with its last row.
            XWPFTable wide = document.getTables().get(4);
            assertThat(wide.getRow(Fixtures.ROWS).getCell(0).getText()).isEqualTo("Rec " + Fixtures.ROWS);
        }
    }

    @Test
    void aRowThatMaySplitAcrossPagesHasItsStatusColourBehindItsLabelAloneItsNoteAndReasonInTheTextsColour()
            throws IOException {
        // Run 126 #1: Word carried a tall row's status fill onto later pages, with no words there; run 127 #5:
        // LibreOffice split the reason, kept whole, with the fill behind its last line on the next page.
        Palette palette = Palette.standard();
        Section.Table table = new Section.Table("Updates", List.of(new Column("Update", Column.ColumnType.TEXT, 4),
                new Column("Status", Column.ColumnType.STATUS, 1)), List.of(
                List.of(new Cell.TextCell("Work continues. ".repeat(400)), Fixtures.status(Status.OFF_TRACK, true)),
                List.of(new Cell.TextCell("Done."), Fixtures.status(Status.ON_TRACK, true))), Optional.empty());
        try (XWPFDocument document = Rendered.document(Fixtures.withSections(List.of(table)))) {
            XWPFTable shown = document.getTables().getFirst();
            XWPFTableCell tall = shown.getRow(1).getCell(1);
            XWPFTableCell kept = shown.getRow(2).getCell(1);

            assertThat(shown.getRow(1).isCantSplitRow()).isFalse();
            assertThat(tall.getColor()).isNull();
            List<XWPFParagraph> words = tall.getParagraphs();
            assertThat(words).extracting(XWPFParagraph::getText).containsExactly("Off track", Fixtures.NOTE,
                    Fixtures.REASON);
            XWPFParagraph label = words.getFirst();
            assertThat(label.getCTP().getPPr().getShd().xgetFill().getStringValue())
                    .isEqualTo(palette.fill(Status.OFF_TRACK).hex());
            assertThat(label.getRuns()).extracting(XWPFRun::getColor)
                    .containsOnly(palette.text(Status.OFF_TRACK).hex());
            assertThat(label.isKeepNext()).isTrue();
            assertThat(label.getCTP().getPPr().isSetKeepLines()).isTrue();
            assertThat(words.subList(1, words.size())).allSatisfy(paragraph -> {
                assertThat(paragraph.getCTP().getPPr() == null || !paragraph.getCTP().getPPr().isSetShd()).isTrue();
                assertThat(paragraph.getRuns()).extracting(XWPFRun::getColor)
                        .containsOnly(Palette.TEXT.hex());
            });
            assertThat(Rendered.fill(tall)).isEqualTo(palette.fill(Status.OFF_TRACK).hex());
            assertThat(shown.getRow(2).isCantSplitRow()).isTrue();
            assertThat(kept.getColor()).isEqualTo(palette.fill(Status.ON_TRACK).hex());
        }
    }

    @Test
    void aStatusCellShowsItsLabelInBoldThenItsNoteThenItsReasonInSmallerTypeOnItsFill() throws IOException {
        Palette palette = Palette.standard();
        try (XWPFDocument document = Rendered.open(BYTES)) {
            XWPFTable table = document.getTables().get(4);
            // Row 5 (i = 5) has a note; 5 % 4 = 1 is AT_RISK.
            XWPFTableCell noted = table.getRow(5).getCell(6);
            assertThat(noted.getColor()).isEqualTo(palette.fill(Status.AT_RISK).hex());
            assertThat(noted.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("At risk", Fixtures.NOTE, Fixtures.REASON);
            assertThat(noted.getParagraphs()).extracting(XWPFParagraph::getStyle)
                    .containsExactly("TableText", "TableText", "CellNote");
            assertThat(noted.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(noted.getParagraphs().get(1).getRuns().get(0).isBold()).isFalse();
            for (XWPFParagraph paragraph : noted.getParagraphs()) {
                assertThat(paragraph.getRuns()).extracting(XWPFRun::getColor)
                        .containsOnly(palette.text(Status.AT_RISK).hex());
            }
            assertThat(document.getStyles().getStyle("CellNote").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(16));

            XWPFTableCell offTrack = table.getRow(4).getCell(6);
            assertThat(offTrack.getColor()).isEqualTo("B10E1E");
            assertThat(offTrack.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Off track", Fixtures.REASON);
            assertThat(offTrack.getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo("FFFFFF");

            // Without note or reason, the label alone.
            XWPFTableCell legend = document.getTables().get(2).getRow(1).getCell(0);
            assertThat(legend.getParagraphs()).hasSize(1);
        }
    }

    @Test
    void aTimescaleShowsTheDueDateOnALineOfItsOwnOnlyWhereTheReportGivesOne() throws IOException {
        Section.Table table = new Section.Table("Timescales", List.of(new Column("Timescale", Column.ColumnType.TIMESCALE, 1)),
                List.of(List.of(new Cell.TimescaleCell("In FDP 24/25", Optional.of(LocalDate.of(2025, 3, 31)), "31 Mar 2025")),
                        List.of(new Cell.TimescaleCell("2025-03-31", Optional.of(LocalDate.of(2025, 3, 31)), ""))));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(Fixtures.withSections(List.of(table))))) {
            XWPFTable shown = document.getTables().get(0);
            assertThat(shown.getRow(1).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("In FDP 24/25", "31 Mar 2025");
            assertThat(shown.getRow(1).getCell(0).getParagraphs().get(1).getStyle()).isEqualTo("CellNote");
            assertThat(shown.getRow(2).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("2025-03-31");
        }
    }

    /** A section type from a later version of core, which this renderer cannot know. */
    private record Milestone(String name, String due) implements Section {
        @Override
        public List<String> texts() {
            return List.of("Next milestone", name, due);
        }

        @Override
        public List<Section> fallback() {
            return List.of(new Section.Heading(2, "Next milestone"), Section.NarrativeText.plain(name + ", " + due));
        }
    }

    @Test
    void aSectionOfATypeTheRendererDoesNotKnowIsDrawnThroughItsFallbackInPlace() throws IOException {
        Report report = Fixtures.withSections(List.of(Section.NarrativeText.plain("Before."),
                new Milestone("Culture survey", "Spring 2026"), Section.NarrativeText.plain("After.")));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("Before.", "Next milestone", "Culture survey, Spring 2026", "After.");
            assertThat(paragraphWithText(document, "Next milestone").getStyle()).isEqualTo("Heading2");
        }
    }

    @Test
    void theLogoStandsInLineAtTheTopOfTheFirstPageAtItsHeightWithItsAltText() throws IOException {
        Logo logo = Logo.of(Rendered.image("png", 300, 100), "Anyshire Fire and Rescue Service");
        byte[] bytes = Rendered.bytes(EVERYTHING, RenderOptions.builder().logo(logo).build());
        try (XWPFDocument document = Rendered.open(bytes)) {
            IBodyElement first = document.getBodyElements().get(0);
            assertThat(first).isInstanceOf(XWPFParagraph.class);
            XWPFRun run = ((XWPFParagraph) first).getRuns().get(0);
            assertThat(run.getEmbeddedPictures()).hasSize(1);
            assertThat(run.getEmbeddedPictures().get(0).getPictureData().getData()).isEqualTo(logo.image());
            assertThat(run.getEmbeddedPictures().get(0).getPictureData().getPictureTypeEnum()).isEqualTo(PictureType.PNG);
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getDocPr().getDescr()).isEqualTo("Anyshire Fire and Rescue Service");
            assertThat(inline.getExtent().getCy()).isEqualTo(Units.toEMU(Logo.HEIGHT_POINTS));
            assertThat(inline.getExtent().getCx()).isEqualTo(Units.toEMU(3 * Logo.HEIGHT_POINTS));
            assertThat(document.getParagraphs().get(1).getStyle()).isEqualTo("Title");
            assertThat(document.getAllPictures()).hasSize(1);
            // Every drawing has an id of its own: the logo and the chart.
            List<Long> ids = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                paragraph.getRuns().forEach(r -> r.getCTR().getDrawingList()
                        .forEach(d -> d.getInlineList().forEach(i -> ids.add(i.getDocPr().getId()))));
            }
            assertThat(ids).hasSize(2).doesNotHaveDuplicates().allMatch(id -> id > 0);
        }
        // A JPEG too.
        Logo jpeg = Logo.of(Rendered.image("jpeg", 120, 60), "Anyshire");
        try (XWPFDocument document = Rendered.open(Rendered.bytes(EVERYTHING, RenderOptions.builder().logo(jpeg).build()))) {
            assertThat(document.getAllPictures()).singleElement()
                    .extracting(XWPFPictureData::getPictureTypeEnum).isEqualTo(PictureType.JPEG);
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
        Report report = Fixtures.withSections(List.of(
                new Section.NarrativeText(Rendered.withLineBreak("first line", "second line")),
                new Section.Table("Breaks", List.of(new Column("Text", Column.ColumnType.TEXT, 1)),
                        List.of(List.of(new Cell.TextCell("cell one\ncell two\tafter a tab"))))));
        byte[] bytes = Rendered.bytes(report);
        try (XWPFDocument document = Rendered.open(bytes)) {
            String xml = document.getDocument().xmlText();
            assertThat(xml).contains("<w:br/>").contains("<w:tab/>");
            for (XWPFParagraph paragraph : Rendered.allParagraphs(document)) {
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
    void everyPageShowsTheTitleAtTheTopAndPageXOfYAtTheBottomByDefault() throws IOException {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            assertThat(document.getHeaderList()).hasSize(1);
            assertThat(document.getHeaderList().get(0).getText().strip()).isEqualTo(Fixtures.TITLE);
            assertThat(document.getFooterList()).hasSize(1);
            assertThat(document.getFooterList().get(0).getParagraphs()).hasSize(1);
            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).containsSubsequence("Page ", "w:instr=\" PAGE \"", " of ", "w:instr=\" NUMPAGES \"");
            // Forcing fields to update on open would make Word ask the reader a question.
            assertThat(document.getSettings().getCTSettings().isSetUpdateFields()).isFalse();
        }
    }

    @Test
    void theRunningHeaderAndFooterOfTheOptionsAreOnEveryPageTheFooterBeforeThePageNumber() throws IOException {
        RenderOptions options = RenderOptions.builder().runningHeader("Fire Authority, 12 July 2025")
                .runningFooter("OFFICIAL").build();
        try (XWPFDocument document = Rendered.open(Rendered.bytes(EVERYTHING, options))) {
            assertThat(document.getHeaderList()).singleElement()
                    .extracting(header -> header.getText().strip()).isEqualTo("Fire Authority, 12 July 2025");
            List<XWPFParagraph> footer = document.getFooterList().get(0).getParagraphs();
            assertThat(footer).hasSize(2);
            assertThat(footer.get(0).getText()).isEqualTo("OFFICIAL");
            assertThat(footer.get(1).getCTP().xmlText())
                    .containsSubsequence("Page ", "w:instr=\" PAGE \"", " of ", "w:instr=\" NUMPAGES \"");
            // Every section, portrait and landscape, refers to the one header and footer.
            for (CTSectPr section : sections(document)) {
                assertThat(section.sizeOfHeaderReferenceArray()).isEqualTo(1);
                assertThat(section.sizeOfFooterReferenceArray()).isEqualTo(1);
            }
        }
        String text = Rendered.text(Rendered.bytes(EVERYTHING, options));
        assertThat(text).contains("Fire Authority, 12 July 2025", "OFFICIAL");
    }

    @Test
    void theStatusSummaryIsANativeBarChartWithAltTextAndACountsTable() throws Exception {
        try (XWPFDocument document = Rendered.open(BYTES)) {
            assertThat(document.getCharts()).hasSize(1);
            XWPFChart chart = document.getCharts().get(0);
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).contains("<c:barChart>", "Open - Actions on going off track", "<c:v>15</c:v>",
                    "B10E1E", "1D5DA8", "FFBF47", "00703C");
            // horizontal bars, the first status at the top, as the PDF and HTML draw them, no value axis
            assertThat(xml).contains("<c:barDir val=\"bar\"/>", "<c:orientation val=\"maxMin\"/>");
            // each bar outlined as the PDF and HTML outline it, so amber shows on white (run 98 #10), but a bar of none
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            var bars = series.getDPtList();
            long atRisk = series.getCat().getStrRef().getStrCache().getPtList().stream().filter(pt -> pt.getV()
                    .equals("At risk")).findFirst().orElseThrow().getIdx();
            assertThat(bars).hasSize(4);
            assertThat(bars).filteredOn(bar -> bar.getIdx().getVal() == atRisk).singleElement()
                    .satisfies(bar -> assertThat(bar.getSpPr().isSetLn()).as("At risk, 0 items").isFalse());
            assertThat(bars).filteredOn(bar -> bar.getIdx().getVal() != atRisk).hasSize(3).allSatisfy(bar -> {
                assertThat(bar.getSpPr().getLn().getW()).isEqualTo(6350);
                assertThat(bar.getSpPr().getLn().getSolidFill().getSrgbClr().getVal())
                        .isEqualTo(HexFormat.of().parseHex(Palette.TEXT.hex()));
            });
            // every bar's label shown, however crowded
            assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).getTickLblSkip().getVal()).isOne();
            assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getDelete().getVal()).isTrue();
            // each bar its share of all 20 items, as the PDF draws it
            assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getScaling().getMax().getVal())
                    .isEqualTo(20.0);
            CTNonVisualDrawingProps drawing = paragraphWithText(document, "").getRuns().stream()
                    .filter(r -> r.getCTR().sizeOfDrawingArray() > 0).findFirst().orElseThrow()
                    .getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertThat(drawing.getDescr()).isEqualTo("Status chart");
            assertThat(drawing.getTitle()).isEqualTo("Status at 1 November 2023");
            assertThat(drawing.getId()).isPositive();
            // some 3 cm high for four bars, where a column chart was half as high as wide (7.5 cm)
            assertThat(paragraphWithText(document, "").getRuns().stream().filter(r -> r.getCTR()
                    .sizeOfDrawingArray() > 0).findFirst().orElseThrow().getCTR().getDrawingArray(0).getInlineArray(0)
                    .getExtent().getCy()).isEqualTo(4 * 216_000 + 180_000);
            assertThat(paragraphWithText(document, Fixtures.DESCRIPTION).getStyle()).isEqualTo("ChartDescription");

            XWPFTable counts = document.getTables().get(1);
            assertThat(counts.getRows()).extracting(row -> row.getCell(0).getText() + "|" + row.getCell(1).getText()
                    + "|" + row.getCell(2).getText()).containsExactly(
                    "Status|Items|Share", "Completed|2|10%", "Open - Actions on going off track|15|75%", "At risk|0|0%",
                    "Open - Actions on going on track|3|15%", "Total|20|");
            assertThat(counts.getRow(5).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableTotal");
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
        Report report = Fixtures.withSections(List.of(new Section.NarrativeText(Narrative.plain(hostile)),
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
    void theBytesAreTheSameWhetherOrNotPoisReproducibleFlagIsOn() throws IOException {
        byte[][] flagOn = new byte[1][];
        Reproducibility.runWithSourceDateEpoch(() -> flagOn[0] = Rendered.bytes(EVERYTHING));
        assertThat(Rendered.sha256(flagOn[0])).isEqualTo(Rendered.sha256(BYTES));
    }

    @Test
    void everyEntryReadsBackWithNoClockTheChartsWorkbookIncluded() throws Exception {
        String chartData = "word/embeddings/Microsoft_Excel_Worksheet1.xlsx";
        Map<String, byte[]> document = entriesWithNoClock(BYTES);
        assertThat(document).containsKeys("word/document.xml", "word/charts/chart1.xml", chartData)
                .allSatisfy((name, content) -> assertThat(content).as(name).isNotEmpty());
        Map<String, byte[]> workbook = entriesWithNoClock(document.get(chartData));
        assertThat(workbook).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml")
                .allSatisfy((name, content) -> assertThat(content).as(name).isNotEmpty());
        try (XWPFDocument reopened = Rendered.open(BYTES)) {
            XWPFChart chart = reopened.getCharts().get(0);
            assertThat(chart.getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Completed");
        }
    }

    /** Each entry's name and content, read as java.util.zip streams them; every entry's time must be 0. */
    private static Map<String, byte[]> entriesWithNoClock(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getLastModifiedTime().toMillis()).as(entry.getName()).isZero();
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
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
        for (Report report : List.of(Fixtures.withSections(List.of()), Fixtures.report(List.of()))) {
            try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
                assertThat(document.getParagraphs().get(0).getText()).isEqualTo(Fixtures.TITLE);
                assertThat(document.getCharts()).isEmpty();
                assertThat(document.getTables()).isEmpty();
                assertThat(sections(document)).singleElement().satisfies(section -> assertA4(section, false));
            }
        }
    }

    @Test
    void aDocumentWhoseOnlyChapterIsLandscapeIsOneLandscapeSectionEndingInAParagraph() throws IOException {
        Report report = Fixtures.report(List.of(Chapter.untitled(Orientation.LANDSCAPE, List.of(Fixtures.wideTable()))));
        try (XWPFDocument document = Rendered.open(Rendered.bytes(report))) {
            assertThat(sections(document)).singleElement().satisfies(section -> assertA4(section, true));
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

    private static Rendered.Placed placedParagraph(List<Rendered.Placed> placed, String text) {
        return placed.stream().filter(p -> p.element() instanceof XWPFParagraph paragraph && paragraph.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph reads '" + text + "'"));
    }

    /** The document's sections in order, the last one's properties in the body. */
    private static List<CTSectPr> sections(XWPFDocument document) {
        List<CTSectPr> sections = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(document.getDocument().getBody().getSectPr());
        return sections;
    }

    private static List<Long> gridWidths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .map(col -> ((BigInteger) col.getW()).longValue()).toList();
    }

    private static XWPFParagraph paragraphWithText(XWPFDocument document, String text) {
        return Rendered.allParagraphs(document).stream().filter(p -> p.getText().equals(text)).findFirst()
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
