package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure tree reads as the report does: its text, in tree order, is the report's text in
 * the report's order, and every table cell sits in its row under its column's header.
 */
class StructureOrderTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theTreeHasTheReportsTextInTheReportsOrder(String fixture) {
        Report report = ContractFixtures.reports().get(fixture);

        assertReadsInOrder(report, Pdfs.render(report).bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableCellSitsInItsRowUnderItsColumnsHeader(String fixture) {
        Report report = ContractFixtures.reports().get(fixture);

        assertTablesMatch(report, Pdfs.render(report).bytes());
    }

    @Test
    void aRowSplitAcrossPagesIsOneRowOfTheTree() {
        Report report = Fixtures.rich();
        byte[] pdf = Pdfs.render(report).bytes();

        assertReadsInOrder(report, pdf);
        assertTablesMatch(report, pdf);
    }

    @Test
    void headingsStartAtTheTitleAndNeverSkipALevel() {
        for (Report report : ContractFixtures.reports().values()) {
            List<String> headings = document(Pdfs.render(report).bytes()).flatten().stream()
                    .map(StructureText.Node::type).filter(type -> type.matches("H[1-6]")).toList();
            assertThat(headings).first().isEqualTo("H1");
            for (int i = 1; i < headings.size(); i++) {
                int level = headings.get(i).charAt(1) - '0';
                assertThat(level).as("%s after %s", headings.get(i), headings.get(i - 1))
                        .isLessThanOrEqualTo(headings.get(i - 1).charAt(1) - '0' + 1);
            }
        }
    }

    @Test
    void theChartIsAFigureWhoseAlternativeTextGivesTheCounts() {
        Report report = ContractFixtures.derbyshireSummary();
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();

        List<StructureText.Node> figures = document(Pdfs.render(report).bytes()).flatten().stream()
                .filter(node -> node.type().equals("Figure")).toList();

        assertThat(figures).singleElement().extracting(StructureText.Node::text).isEqualTo(summary.description());
        summary.counts().forEach(count -> assertThat(summary.description()).contains(count.label()));
    }

    private static StructureText.Node document(byte[] pdf) {
        List<StructureText.Node> roots = StructureText.read(pdf);
        assertThat(roots).singleElement().extracting(StructureText.Node::type).isEqualTo("Document");
        return roots.get(0);
    }

    /**
     * Each of the report's texts is found in the tree's text after the one before it. Compared
     * without white space, since lines break anywhere; list markers are the only text the tree
     * has beyond the report's.
     */
    private static void assertReadsInOrder(Report report, byte[] pdf) {
        assertInOrder(document(pdf).allText(), inOrder(report), "the document");
    }

    private static void assertInOrder(String actual, List<String> texts, String where) {
        int[] tree = comparable(actual);
        int at = 0;
        String previous = "(start)";
        for (String text : texts) {
            int[] wanted = comparable(text);
            int found = indexOf(tree, wanted, at);
            assertThat(found).as("\"%s\" after \"%s\" in %s", text, previous, where).isGreaterThanOrEqualTo(0);
            at = found + wanted.length;
            previous = text;
        }
    }

    /**
     * Code points without white space (lines break anywhere) and without what the renderer
     * leaves out where no font has it, with a warning: invisible format characters, variation
     * selectors and combining marks (the keycap of 1️⃣, the vowel signs of Devanagari with no
     * font for it). NFC.
     */
    private static int[] comparable(String text) {
        return Pdfs.squeezed(text).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> switch (Character.getType(c)) {
                    case Character.FORMAT, Character.ENCLOSING_MARK, Character.NON_SPACING_MARK,
                            Character.COMBINING_SPACING_MARK -> false;
                    default -> !(c >= 0xFE00 && c <= 0xFE0F);
                })
                .toArray();
    }

    /**
     * Where {@code wanted} starts in {@code text} from {@code from} on, or -1; a U+FFFD in the
     * text matches any character, as the renderer draws it for a character no font has (and
     * says so in a warning).
     */
    private static int indexOf(int[] text, int[] wanted, int from) {
        for (int i = from; i + wanted.length <= text.length; i++) {
            int j = 0;
            while (j < wanted.length && (text[i + j] == wanted[j] || text[i + j] == 0xFFFD)) {
                j++;
            }
            if (j == wanted.length) {
                return i;
            }
        }
        return -1;
    }

    /** The report's texts in the order a reader meets them. */
    private static List<String> inOrder(Report report) {
        List<String> texts = new ArrayList<>(List.of(report.title(), report.subtitle()));
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading h -> texts.add(h.text());
                case Section.KeyFacts k -> k.facts().forEach(f -> texts.addAll(List.of(f.label(), f.value())));
                case Section.StatusSummary s -> {
                    // The chart is read as its alternative text, the description, then comes the
                    // description printed under it.
                    texts.addAll(List.of(s.title(), s.description(), s.description()));
                    texts.addAll(s.headers());
                    s.counts().forEach(c -> texts.addAll(List.of(c.label(), c.countText(), c.shareText())));
                    texts.addAll(List.of(s.totalLabel(), s.totalText()));
                }
                case Section.Table t -> {
                    texts.add(t.title());
                    t.columns().stream().map(Column::header).forEach(texts::add);
                    t.rows().forEach(row -> row.forEach(cell -> texts.addAll(cellTexts(cell))));
                }
                case Section.NarrativeText n -> texts.addAll(n.narrative().texts());
                case Section.Legend l -> {
                    texts.add(l.title());
                    texts.addAll(l.headers());
                    l.entries().forEach(e -> texts.addAll(List.of(e.colourName(), e.label(), e.meaning())));
                }
            }
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    private static List<String> cellTexts(Cell cell) {
        return switch (cell) {
            case Cell.NarrativeCell n -> n.narrative().texts();
            case Cell.StatusCell s -> {
                List<String> texts = new ArrayList<>(List.of(s.label()));
                s.flag().ifPresent(texts::add);
                texts.add(s.reason());
                yield texts;
            }
            case Cell.TimescaleCell t -> t.dueText().equals(t.text()) ? List.of(t.text())
                    : List.of(t.text(), t.dueText());
            default -> List.of(cell.text());
        };
    }

    /**
     * Each table of the tree against the report's section it came from: the column headers are
     * TH with Scope Column, each body row a TR with one TD per header, holding that column's
     * cell; key facts are rows with their label as a TH of Scope Row.
     */
    private static void assertTablesMatch(Report report, byte[] pdf) {
        List<StructureText.Node> tables = document(pdf).kids().stream()
                .filter(node -> node.type().equals("Table")).toList();
        List<List<List<List<String>>>> expected = new ArrayList<>();
        List<List<String>> expectedHeaders = new ArrayList<>();
        for (Section section : report.sections()) {
            switch (section) {
                case Section.KeyFacts k -> {
                    expectedHeaders.add(List.of());
                    expected.add(k.facts().stream().map(f -> List.of(List.of(f.label()), List.of(f.value()))).toList());
                }
                case Section.StatusSummary s -> {
                    expectedHeaders.add(s.headers());
                    List<List<List<String>>> rows = new ArrayList<>(s.counts().stream()
                            .map(c -> List.of(List.of(c.label()), List.of(c.countText()), List.of(c.shareText())))
                            .toList());
                    rows.add(List.of(List.of(s.totalLabel()), List.of(s.totalText()), List.<String>of()));
                    expected.add(rows);
                }
                case Section.Table t -> {
                    expectedHeaders.add(t.columns().stream().map(Column::header).toList());
                    expected.add(t.rows().stream()
                            .map(row -> row.stream().map(StructureOrderTest::cellTexts).toList()).toList());
                }
                case Section.Legend l -> {
                    expectedHeaders.add(l.headers());
                    expected.add(l.entries().stream()
                            .map(e -> List.of(List.of(e.colourName()), List.of(e.label()), List.of(e.meaning())))
                            .toList());
                }
                default -> { }
            }
        }
        assertThat(tables).hasSameSizeAs(expected);
        for (int t = 0; t < tables.size(); t++) {
            List<StructureText.Node> rows = tables.get(t).flatten().stream()
                    .filter(node -> node.type().equals("TR")).toList();
            List<String> headers = expectedHeaders.get(t);
            List<List<List<String>>> body = expected.get(t);
            int first = 0;
            if (!headers.isEmpty()) {
                List<StructureText.Node> headerCells = rows.get(0).kids();
                assertThat(headerCells).extracting(StructureText.Node::type).allMatch("TH"::equals);
                assertThat(headerCells).extracting(StructureText.Node::scope).allMatch("Column"::equals);
                assertThat(headerCells).extracting(cell -> Pdfs.squeezed(cell.allText()))
                        .containsExactlyElementsOf(headers.stream().map(Pdfs::squeezed).toList());
                first = 1;
            }
            assertThat(rows.subList(first, rows.size())).as("rows of table %d", t).hasSameSizeAs(body);
            for (int r = 0; r < body.size(); r++) {
                List<StructureText.Node> cells = rows.get(first + r).kids();
                List<List<String>> want = body.get(r);
                assertThat(cells).as("cells of row %d of table %d", r, t).hasSameSizeAs(want);
                for (int c = 0; c < want.size(); c++) {
                    StructureText.Node cell = cells.get(c);
                    if (headers.isEmpty() && c == 0) {
                        assertThat(cell.type()).isEqualTo("TH");
                        assertThat(cell.scope()).isEqualTo("Row");
                    } else {
                        assertThat(cell.type()).isEqualTo("TD");
                    }
                    assertInOrder(cell.allText(), want.get(c), "row " + r + ", column " + c + " of table " + t);
                }
            }
        }
    }
}
