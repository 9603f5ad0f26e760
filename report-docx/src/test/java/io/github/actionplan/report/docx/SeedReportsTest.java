package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
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
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Each seed plan through each template, rendered and read back: chapter headings and headings,
 * tables with repeating header rows and their total rows on pages the way up their chapter is,
 * status cells, list numbering and the status counts are all where the report puts them.
 */
class SeedReportsTest {

    private static final Map<String, Report> REPORTS = ContractFixtures.reports();

    /** The seed plans through each template, and the report with a section type from a later version. */
    static Stream<String> seedReports() {
        return REPORTS.keySet().stream().filter(name -> !name.startsWith("hostile"));
    }

    static Stream<String> reportsWithAStatusSummary() {
        return seedReports().filter(name -> REPORTS.get(name).sections().stream()
                .anyMatch(Section.StatusSummary.class::isInstance));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void chapterHeadingsAndHeadingsAreParagraphsInTheHeadingStyleOfTheirLevelInOrder(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<String> expected = Rendered.headings(report).stream()
                    .map(h -> "Heading" + h.level() + " " + h.text()).toList();
            List<String> actual = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + " " + p.getText()).toList();
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    /** A table the report draws with a header row, and the orientation of its chapter. */
    private record Expected(Section.Table table, boolean landscape) {}

    private static List<Expected> expectedTables(Report report) {
        List<Expected> expected = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            Report alone = new Report(report.title(), "", report.asOf(), report.period(), report.metadata(), List.of(chapter));
            Rendered.tablesWithHeaders(alone)
                    .forEach(t -> expected.add(new Expected(t, chapter.orientation() == Orientation.LANDSCAPE)));
        }
        return expected;
    }

    /** The tables with a header row: the key facts', the report's, the status summary's and the legend's. */
    private static List<Placed> tablesWithHeaders(XWPFDocument document) {
        return placedTables(document).stream().filter(t -> t.table().getRow(0).isRepeatHeader()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void everyTableHasARepeatingHeaderRowItsRowsAndTotalOnPagesTheWayUpItsChapterIs(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<Expected> expected = expectedTables(report);
            List<Placed> shown = tablesWithHeaders(document);
            assertThat(shown).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Section.Table table = expected.get(i).table();
                Placed placed = shown.get(i);
                assertThat(placed.table().getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                        .containsExactlyElementsOf(table.headers());
                assertThat(placed.table().getRows()).hasSize(1 + table.rows().size() + (table.totalRow().isPresent() ? 1 : 0));
                assertThat(placed.landscape()).as("table '%s' on a landscape page", table.title())
                        .isEqualTo(expected.get(i).landscape());
                assertThat(placed.table().getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(table.columns().size());
                if (table.totalRow().isPresent()) {
                    XWPFTableRow total = placed.table().getRow(placed.table().getRows().size() - 1);
                    assertThat(total.getTableCells()).extracting(XWPFTableCell::getText)
                            .containsExactlyElementsOf(table.totalRow().get().stream().map(Cell::text).toList());
                }
            }
            // Every table, key facts included, has its header row.
            assertThat(shown).hasSameSizeAs(placedTables(document));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void statusCellsShowTheirTextsOnTheirFill(String name) throws IOException {
        Report report = REPORTS.get(name);
        try (XWPFDocument document = Rendered.document(report)) {
            List<Section.Table> tables = Rendered.tablesWithHeaders(report);
            List<Placed> shown = tablesWithHeaders(document);
            int statusCells = 0;
            for (int t = 0; t < tables.size(); t++) {
                Section.Table table = tables.get(t);
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        if (table.rows().get(r).get(c) instanceof Cell.StatusCell status) {
                            XWPFTableCell cell = shown.get(t).table().getRow(r + 1).getCell(c);
                            assertThat(Rendered.fill(cell)).isEqualTo(status.fill().hex());
                            assertThat(cell.getParagraphs()).extracting(XWPFParagraph::getText)
                                    .containsExactlyElementsOf(status.texts());
                            assertThat(cell.getParagraphs().get(0).getRuns().get(0).getColor())
                                    .isEqualTo(status.textColour().hex());
                            statusCells++;
                        }
                    }
                }
            }
            assertThat(statusCells).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsWithAStatusSummary")
    void theStatusCountsAreAChartAndATableWithTheirTotal(String name) throws IOException {
        Report report = REPORTS.get(name);
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        try (XWPFDocument document = Rendered.document(report)) {
            assertThat(document.getCharts()).hasSize(1);
            String chart = document.getCharts().get(0).getCTChartSpace().xmlText();
            for (Section.StatusCount count : summary.counts()) {
                assertThat(chart).contains("<c:v>" + count.label() + "</c:v>", count.fill().hex());
            }
            List<String> expected = new ArrayList<>();
            expected.add(String.join("|", summary.table().headers()));
            // The first table headed as the summary's: a progress or portfolio report has others before it.
            XWPFTable counts = tablesWithHeaders(document).stream().map(t -> t.table())
                    .filter(t -> String.join("|", t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText)
                            .toList()).equals(expected.getFirst()))
                    .findFirst().orElseThrow();
            summary.table().rows().forEach(row -> expected.add(String.join("|", row.stream().map(Cell::text).toList())));
            expected.add(String.join("|", summary.table().totalRow().orElseThrow().stream().map(Cell::text).toList()));
            assertThat(counts.getRows()).extracting(row -> String.join("|",
                    row.getTableCells().stream().map(XWPFTableCell::getText).toList()))
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void listItemsAreNumberedParagraphsOfTheirListsKind(String name) throws IOException {
        Report report = REPORTS.get(name);
        List<Item> items = new ArrayList<>();
        for (Section section : Rendered.drawn(report)) {
            if (section instanceof Section.NarrativeText text) {
                collect(text.narrative().blocks(), 0, items);
            } else if (section instanceof Section.Table table) {
                table.rows().forEach(row -> row.stream().filter(Cell.NarrativeCell.class::isInstance)
                        .map(Cell.NarrativeCell.class::cast).forEach(cell -> collect(cell.narrative().blocks(), 0, items)));
            }
        }
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFParagraph> numbered = Rendered.allParagraphs(document).stream().filter(p -> p.getNumID() != null)
                    .toList();
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

    /**
     * Word keeps a paragraph with the next one, or with a table's first row, where the paragraph keeps with next; a
     * table stays whole where no row may split and every row but the last keeps with the next. So the heading, the
     * chart and its description reach the page the counts are on, which LibreOffice had put alone on the page before.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsWithAStatusSummary")
    void aStatusSummarysHeadingChartAndDescriptionKeepWithItsCountsTableWhichStaysWhole(String name)
            throws IOException {
        Report report = REPORTS.get(name);
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        try (XWPFDocument document = Rendered.document(report)) {
            List<IBodyElement> body = document.getBodyElements();
            String header = String.join("|", summary.table().headers());
            int counts = -1;
            for (int i = 0; i < body.size() && counts < 0; i++) {
                if (body.get(i) instanceof XWPFTable table && header.equals(String.join("|",
                        table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()))) {
                    counts = i;
                }
            }
            List<IBodyElement> lead = body.subList(counts - 3, counts);
            assertThat(lead).allMatch(XWPFParagraph.class::isInstance);
            assertThat(((XWPFParagraph) lead.get(0)).getText()).isEqualTo(summary.title());
            assertThat(((XWPFParagraph) lead.get(2)).getText()).isEqualTo(summary.description());
            assertThat(lead).allMatch(element -> keepsWithNext(document, (XWPFParagraph) element));

            List<XWPFTableRow> rows = ((XWPFTable) body.get(counts)).getRows();
            assertThat(rows).allMatch(XWPFTableRow::isCantSplitRow);
            for (XWPFTableRow row : rows.subList(0, rows.size() - 1)) {
                assertThat(row.getTableCells().stream().flatMap(cell -> cell.getParagraphs().stream()))
                        .allMatch(paragraph -> keepsWithNext(document, paragraph));
            }
        }
    }

    /** Whether a paragraph keeps with the next, set on it or by its style. */
    static boolean keepsWithNext(XWPFDocument document, XWPFParagraph paragraph) {
        if (paragraph.isKeepNext()) {
            return true;
        }
        XWPFStyle style = paragraph.getStyle() == null ? null : document.getStyles().getStyle(paragraph.getStyle());
        return style != null && style.getCTStyle().isSetPPr() && style.getCTStyle().getPPr().isSetKeepNext();
    }

    private record Placed(XWPFTable table, boolean landscape) {}

    /** Every table with the orientation of the section it is in. */
    private static List<Placed> placedTables(XWPFDocument document) {
        return Rendered.placed(document).stream().filter(p -> p.element() instanceof XWPFTable)
                .map(p -> new Placed((XWPFTable) p.element(), p.landscape())).toList();
    }
}
