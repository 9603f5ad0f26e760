package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;

/**
 * What Word's accessibility checker checks, on every seed and hostile report: a title and a
 * language, headings that do not skip a level, header rows marked as such (and so repeated), key
 * facts' labels as row headers, no empty paragraphs for spacing, alt text on the chart, no text
 * as a picture, and no status said by colour alone.
 */
class DocxAccessibilityTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    private static Report report(String fixture) {
        return ContractFixtures.reports().get(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theDocumentHasItsTitleAndLanguage(String fixture) {
        Report report = report(fixture);
        try (XWPFDocument document = Rendered.document(report)) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(report.metadata().title());
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains(report.metadata().language());
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0)
                    .getVal()).isEqualTo(report.metadata().language());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void headingsStartWithTheTitleAndNeverSkipALevel(String fixture) throws Exception {
        try (XWPFDocument document = Rendered.document(report(fixture))) {
            List<Integer> levels = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String style = paragraph.getStyle();
                if ("Title".equals(style)) {
                    levels.add(0);
                } else if (style != null && style.matches("Heading[1-9]")) {
                    levels.add(style.charAt(7) - '0');
                }
            }
            assertThat(levels).first().isEqualTo(0);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d", i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
        }
    }

    @Test
    void theDefaultLanguageIsTheReportsForLatinTextOnlySoHebrewIsNotDeclaredArabic() throws Exception {
        try (XWPFDocument document = Rendered.document(report("hostile-action-plan"))) {
            CTLanguage language = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0);
            assertThat(language.getVal()).isEqualTo("en-GB");
            // Left out, so that Word works out the language of complex-script and East Asian text from the text.
            assertThat(language.isSetBidi()).isFalse();
            assertThat(language.isSetEastAsia()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableIsNamedAsCoreSaysByItsCaptionOrTheHeadingBeforeIt(String fixture) throws Exception {
        try (XWPFDocument document = Rendered.document(report(fixture))) {
            String heading = "";
            IBodyElement before = null;
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && paragraph.getStyle() != null
                        && paragraph.getStyle().matches("Title|Heading[1-9]")) {
                    heading = paragraph.getText();
                }
                if (element instanceof XWPFTable table) {
                    tables++;
                    // A caption paragraph directly above it names it; else the heading it sits under, its title's
                    // or its section's (a status summary's table, the summary's title; an item's facts, the item).
                    String name = before instanceof XWPFParagraph caption && "Caption".equals(caption.getStyle())
                            ? caption.getText() : heading;
                    assertThat(table.getCTTbl().getTblPr().getTblCaption().getVal()).as("table %d", tables)
                            .isEqualTo(name).isNotEmpty();
                }
                before = element;
            }
            assertThat(tables).isPositive();
        }
    }

    @Test
    void theSummaryAndTheOwnersListsReachTheirStatusTablesAndKeyByHeadingsWithNoCaptionAsAHeading() throws Exception {
        assertThat(headings("derbyshire-summary")).containsExactly(
                "Title: HMICFRS Area For Improvement Summary Report", "Heading1: Status as of 1 November 2023",
                "Heading1: Summary", "Heading1: Key to BRAG ratings");
        assertThat(headings("merseyside-owners")).containsExactly(
                "Title: Owners' lists: Draft HMICFRS Report 2023 Action Plan",
                "Heading1: Areas for improvement by owner",
                "Heading1: Protection", "Heading1: People and Organisational Development",
                "Heading1: Key to BRAG ratings");
        try (XWPFDocument document = Rendered.document(report("derbyshire-summary"))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Caption".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Key facts");
        }
    }

    private static List<String> headings(String fixture) throws Exception {
        try (XWPFDocument document = Rendered.document(report(fixture))) {
            return document.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().matches("Title|Heading[1-9]")).map(p -> p.getStyle() + ": " + p.getText())
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableWithColumnHeadersMarksItsHeaderRowToRepeat(String fixture) throws Exception {
        Report report = report(fixture);
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFTable> tables = document.getTables();
            List<List<String>> headers = new ArrayList<>();
            for (Section section : Rendered.drawn(report)) {
                switch (section) {
                    case Section.KeyFacts k when !k.facts().isEmpty() -> headers.add(k.table().headers());
                    case Section.StatusSummary s -> headers.add(s.table().headers());
                    case Section.Table t -> headers.add(t.headers());
                    case Section.Legend l -> headers.add(l.table().headers());
                    default -> { }
                }
            }
            assertThat(tables).hasSameSizeAs(headers);
            for (int t = 0; t < tables.size(); t++) {
                if (headers.get(t).isEmpty()) {
                    continue;
                }
                XWPFTableRow first = tables.get(t).getRow(0);
                assertThat(first.isRepeatHeader()).as("table %d", t).isTrue();
                assertThat(first.getTableCells()).extracting(XWPFTableCell::getText)
                        .containsExactlyElementsOf(headers.get(t));
                for (int r = 1; r < tables.get(t).getRows().size(); r++) {
                    assertThat(tables.get(t).getRow(r).isRepeatHeader()).as("row %d of table %d", r, t).isFalse();
                }
            }
        }
    }

    /**
     * Every table says its first row is the header, both ways Word knows. Key facts' labels are
     * row headers too: in Word's terms the table's first column ({@code tblLook firstColumn}). The
     * labels' style is not the table-heading style, which LibreOffice would tag as column headers.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableHasAHeaderRowAndKeyFactLabelsAreRowHeaders(String fixture) throws Exception {
        Report report = report(fixture);
        List<Boolean> keyFacts = new ArrayList<>();
        for (Section section : Rendered.drawn(report)) {
            switch (section) {
                case Section.KeyFacts k when !k.facts().isEmpty() -> keyFacts.add(true);
                case Section.KeyFacts k -> { }
                case Section.Table t -> keyFacts.add(false);
                case Section.StatusSummary s -> keyFacts.add(false);
                case Section.Legend l -> keyFacts.add(false);
                default -> { }
            }
        }
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSameSizeAs(keyFacts);
            for (int t = 0; t < tables.size(); t++) {
                XWPFTable table = tables.get(t);
                CTTblLook look = table.getCTTbl().getTblPr().getTblLook();
                boolean facts = keyFacts.get(t);
                assertThat(isOn(look.getFirstColumn())).as("table %d first column", t).isEqualTo(facts);
                assertThat(isOn(look.getFirstRow())).as("table %d first row", t).isTrue();
                assertThat(table.getRow(0).isRepeatHeader()).as("table %d header row", t).isTrue();
                if (facts) {
                    for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                        XWPFTableCell label = row.getCell(0);
                        assertThat(label.getColor()).isEqualTo(Layout.HEADER_FILL);
                        assertThat(label.getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
                        assertThat(label.getParagraphs().get(0).getStyle()).isNotEqualTo("TableHeading");
                        assertThat(row.getCell(1).getColor()).isNull();
                        assertThat(row.isRepeatHeader()).isFalse();
                    }
                }
            }
        }
    }

    private static boolean isOn(Object onOff) {
        return List.of("on", "1", "true").contains(String.valueOf(onOff));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noEmptyParagraphIsUsedForSpacing(String fixture) throws Exception {
        try (XWPFDocument document = Rendered.document(report(fixture))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && paragraph.getText().isBlank()) {
                    // The only empty paragraphs: the chart's holder, the tiny ones Word needs to
                    // end a section after a table, and a list item the plan left empty (its
                    // bullet is content).
                    boolean chart = paragraph.getRuns().stream().anyMatch(run -> !run.getCTR().getDrawingList().isEmpty());
                    assertThat(chart || "SectionBreak".equals(paragraph.getStyle()) || paragraph.getNumID() != null)
                            .as("empty paragraph of style %s", paragraph.getStyle()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theChartHasItsNameAsAltTextAsItsCountsFollowItAndNoTextIsAPicture(String fixture) throws Exception {
        Report report = report(fixture);
        List<String> descriptions = Rendered.drawn(report).stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).filter(s -> !s.counts().isEmpty())
                .map(Section.StatusSummary::description).toList();
        try (XWPFDocument document = Rendered.document(report)) {
            List<String> alts = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                paragraph.getRuns().forEach(run -> run.getCTR().getDrawingList().forEach(drawing -> {
                    for (CTInline inline : drawing.getInlineList()) {
                        assertThat(inline.getGraphic().getGraphicData().getUri()).endsWith("/chart");
                        alts.add(inline.getDocPr().getDescr());
                    }
                    assertThat(drawing.getAnchorList()).as("floating drawings").isEmpty();
                }));
            }
            // Trial 45 F2: the counts were the alt text and the paragraph after it, read twice.
            assertThat(alts).hasSameSizeAs(descriptions).allMatch(report.layoutWords().chart()::equals);
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(descriptions).allMatch(texts::contains);
            assertThat(document.getAllPictures()).as("pictures").isEmpty();
        }
    }

    @Test
    void aChartWithNoTitleIsNamedInTheReportsWords() throws Exception {
        Section.StatusSummary titled = Fixtures.summary();
        Section.StatusSummary untitled = new Section.StatusSummary("", titled.counts(), titled.description(),
                titled.table());
        Report standard = Fixtures.withSections(List.of(untitled));
        LayoutWords welsh = new LayoutWords("Trosolwg", "Penodau", "Tabl", "Nodiadau", "Testun llawn", "Cell",
                "Rhan", "Testun", "{piece} o {pieces}", "parhad", "Siart statws");
        Report replaced = new Report(standard.title(), standard.subtitle(), standard.asOf(), standard.period(),
                standard.metadata(), standard.chapters(), welsh);

        assertThat(chartNames(standard)).containsExactly("Status chart");
        assertThat(chartNames(replaced)).containsExactly("Siart statws");
        assertThat(chartNames(Fixtures.withSections(List.of(titled)))).containsExactly(titled.title());
    }

    /** The names of the report's charts, as a screen reader may announce them. */
    private static List<String> chartNames(Report report) throws Exception {
        List<String> names = new ArrayList<>();
        try (XWPFDocument document = Rendered.document(report)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                paragraph.getRuns().forEach(run -> run.getCTR().getDrawingList().forEach(drawing -> drawing
                        .getInlineList().forEach(inline -> names.add(inline.getDocPr().getName()))));
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyStatusColourHasTheStatusInWordsOnIt(String fixture) throws Exception {
        Report report = report(fixture);
        List<String> labels = new ArrayList<>();
        for (Section.Table table : Rendered.tablesWithHeaders(report)) {
            List<List<Cell>> rows = new ArrayList<>(table.rows());
            table.totalRow().ifPresent(rows::add);
            rows.forEach(row -> row.stream().filter(Cell.StatusCell.class::isInstance)
                    .map(Cell.StatusCell.class::cast).forEach(c -> labels.add(c.label())));
        }
        try (XWPFDocument document = Rendered.document(report)) {
            List<String> shaded = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String fill = Rendered.fill(cell);
                        if (fill != null && !fill.equalsIgnoreCase("auto") && !isHeaderOrLabelFill(cell)) {
                            shaded.add(cell.getText());
                        }
                    }
                }
            }
            assertThat(shaded).hasSameSizeAs(labels);
            for (int i = 0; i < labels.size(); i++) {
                assertThat(shaded.get(i)).startsWith(labels.get(i));
            }
        }
    }

    /** Header cells and key fact labels share one light grey that says nothing. */
    private static boolean isHeaderOrLabelFill(XWPFTableCell cell) {
        return Rendered.fill(cell).equalsIgnoreCase(Layout.HEADER_FILL);
    }
}
