package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Each seed plan through each template, rendered and read back: headings, tables with repeating
 * header rows on the right page orientation, status cells, list numbering and the status counts
 * are all where the report puts them.
 */
class SeedReportsTest {

    private static final Map<String, Report> REPORTS = ContractFixtures.reports();

    static Stream<String> seedReports() {
        return REPORTS.keySet().stream().filter(name -> !name.startsWith("hostile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void headingsAreParagraphsInTheHeadingStyleOfTheirLevelInOrder(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<String> expected = report.sections().stream()
                    .filter(Section.Heading.class::isInstance).map(Section.Heading.class::cast)
                    .map(h -> "Heading" + h.level() + " " + h.text()).toList();
            List<String> actual = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + " " + p.getText()).toList();
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    /**
     * Whether {@code table} shows one of the report's tables: its header row is marked to repeat,
     * as are those of the status counts and the legend, told apart by their headers.
     */
    private static boolean isReportTable(XWPFTable table, Report report) {
        List<String> headers = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
        return table.getRow(0).isRepeatHeader() && report.sections().stream()
                .noneMatch(s -> s instanceof Section.StatusSummary summary && summary.headers().equals(headers)
                        || s instanceof Section.Legend legend && legend.headers().equals(headers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void everyReportTableHasARepeatingHeaderRowAndWideOnesSitOnLandscapePages(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<Placed> tables = placedTables(document);
            List<Section.Table> reportTables = report.tables();
            List<Placed> shown = tables.stream().filter(t -> isReportTable(t.table(), report)).toList();
            assertThat(shown).hasSameSizeAs(reportTables);
            for (int i = 0; i < reportTables.size(); i++) {
                Section.Table expected = reportTables.get(i);
                Placed placed = shown.get(i);
                assertThat(placed.table().getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                        .containsExactlyElementsOf(expected.columns().stream().map(Column::header).toList());
                assertThat(placed.table().getRows()).hasSize(1 + expected.rows().size());
                assertThat(placed.landscape()).as("table '%s' on a landscape page", expected.title())
                        .isEqualTo(expected.wide());
                assertThat(placed.table().getCTTbl().getTblGrid().sizeOfGridColArray())
                        .isEqualTo(expected.columns().size());
            }
            // The others are the key facts, the status counts and the legend, which are never wide.
            tables.stream().filter(t -> !shown.contains(t)).forEach(t -> assertThat(t.landscape()).isFalse());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void statusCellsShowTheirTextOnTheirFill(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFTable> shown = document.getTables().stream().filter(t -> isReportTable(t, report)).toList();
            int statusCells = 0;
            for (int t = 0; t < report.tables().size(); t++) {
                Section.Table table = report.tables().get(t);
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        if (table.rows().get(r).get(c) instanceof Cell.StatusCell status) {
                            XWPFTableCell cell = shown.get(t).getRow(r + 1).getCell(c);
                            assertThat(cell.getColor()).isEqualTo(status.fill().hex());
                            assertThat(cell.getParagraphs().get(0).getText()).isEqualTo(status.text());
                            assertThat(cell.getParagraphs().get(0).getRuns().get(0).getColor())
                                    .isEqualTo(status.textColour().hex());
                            assertThat(cell.getText()).contains(status.reason());
                            statusCells++;
                        }
                    }
                }
            }
            assertThat(statusCells).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void theStatusCountsAreAChartAndATable(String name) throws IOException {
        Report report = REPORTS.get(name);
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        try (XWPFDocument document = Rendered.document(report)) {
            assertThat(document.getCharts()).hasSize(1);
            String chart = document.getCharts().get(0).getCTChartSpace().xmlText();
            for (Section.StatusCount count : summary.counts()) {
                assertThat(chart).contains("<c:v>" + count.label() + "</c:v>", count.fill().hex());
            }
            XWPFTable counts = document.getTables().stream()
                    .filter(t -> t.getNumberOfRows() > 1
                            && t.getRow(1).getCell(0).getText().equals(summary.counts().get(0).label()))
                    .findFirst().orElseThrow();
            List<String> expected = new ArrayList<>();
            expected.add(String.join("|", summary.headers()));
            summary.counts().forEach(c -> expected.add(c.label() + "|" + c.countText() + "|" + c.shareText()));
            expected.add(summary.totalLabel() + "|" + summary.totalText() + "|");
            assertThat(counts.getRows()).extracting(row -> row.getCell(0).getText() + "|" + row.getCell(1).getText()
                    + "|" + row.getCell(2).getText())
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void listItemsAreNumberedParagraphsOfTheirListsKind(String name) throws IOException {
        Report report = REPORTS.get(name);
        List<Item> items = new ArrayList<>();
        for (Section section : report.sections()) {
            if (section instanceof Section.NarrativeText text) {
                collect(text.narrative().blocks(), 0, items);
            } else if (section instanceof Section.Table table) {
                table.rows().forEach(row -> row.stream().filter(Cell.NarrativeCell.class::isInstance)
                        .map(Cell.NarrativeCell.class::cast).forEach(cell -> collect(cell.narrative().blocks(), 0, items)));
            }
        }
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFParagraph> numbered = allParagraphs(document).stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(items.stream().map(Item::text).toList());
            for (int i = 0; i < items.size(); i++) {
                XWPFParagraph paragraph = numbered.get(i);
                Item item = items.get(i);
                XWPFNum num = document.getNumbering().getNum(paragraph.getNumID());
                CTNum ct = num.getCTNum();
                STNumberFormat.Enum format = document.getNumbering().getAbstractNum(ct.getAbstractNumId().getVal())
                        .getCTAbstractNum().getLvlArray(item.level()).getNumFmt().getVal();
                assertThat(format).as(item.text()).isEqualTo(item.numbered() ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
                assertThat(paragraph.getNumIlvl()).isEqualTo(BigInteger.valueOf(item.level()));
                assertThat(ct.getLvlOverrideArray(0).getStartOverride().getVal().intValue()).isEqualTo(item.start());
            }
        }
    }

    private record Item(String text, boolean numbered, int level, int start) {}

    private static void collect(List<Block> blocks, int level, List<Item> items) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    // Plain paragraphs carry no number.
                }
                case Block.BulletList list -> list.items().forEach(item -> collectItem(item, false, level, 1, items));
                case Block.NumberedList list -> list.items()
                        .forEach(item -> collectItem(item, true, level, list.start(), items));
            }
        }
    }

    private static void collectItem(Block.ListItem item, boolean numbered, int level, int start, List<Item> items) {
        List<Block> blocks = item.blocks();
        boolean first = !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph;
        items.add(new Item(first ? ((Block.Paragraph) blocks.get(0)).text() : "", numbered, level, start));
        collect(blocks.subList(first ? 1 : 0, blocks.size()), level + 1, items);
    }

    private record Placed(XWPFTable table, boolean landscape) {}

    /** Every table with the orientation of the section it is in. */
    private static List<Placed> placedTables(XWPFDocument document) {
        List<XWPFTable> pending = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFTable table) {
                pending.add(table);
            } else if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                boolean landscape = isLandscape(p.getCTP().getPPr().getSectPr());
                pending.forEach(t -> placed.add(new Placed(t, landscape)));
                pending.clear();
            }
        }
        boolean landscape = isLandscape(document.getDocument().getBody().getSectPr());
        pending.forEach(t -> placed.add(new Placed(t, landscape)));
        return placed;
    }

    private static boolean isLandscape(CTSectPr section) {
        return section.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }
}
