package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.model.Status;
import io.github.actionplan.testkit.ContractFixtures;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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
    void aTableLaidOutInRunsOfShortAndTallRowsIsOneTableOfTheTree() {
        // Row 12 splits where it falls and the rows around it move whole: three parts, one table.
        Report report = PdfReportRendererTest.single(PdfReportRendererTest.rowsOfLines(40, 12));
        byte[] pdf = Pdfs.render(report).bytes();

        assertReadsInOrder(report, pdf);
        assertTablesMatch(report, pdf);
    }

    @Test
    void aPlansOwnWordForAStatusInAnElementOfItsOwnLeavesTheTreeInTheReportsOrder() {
        for (Report report : List.of(PlanLanguageTest.labelledWelshActionPlan(),
                PlanLanguageTest.labelledWelshSummary())) {
            byte[] pdf = Pdfs.render(report).bytes();

            assertReadsInOrder(report, pdf);
            assertTablesMatch(report, pdf);
        }
    }

    @Test
    void theParentTreeNamesTheElementOfEveryMarkedContentOnEveryPage() throws Exception {
        // Rows split across pages, and a table long enough to run over several.
        for (Report report : List.of(Fixtures.rich(), PdfUaTest.withRows(ContractFixtures.derbyshireSummary(), 300))) {
            try (PDDocument document = Pdfs.load(Pdfs.render(report).bytes())) {
                PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
                Map<Integer, COSArray> parentTree = new HashMap<>();
                numbers(root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE), parentTree);
                Map<String, COSBase> owners = new HashMap<>();
                for (Object kid : root.getKids()) {
                    owners((PDStructureElement) kid, document, owners);
                }
                int marked = 0;
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    PDPage pdfPage = document.getPage(page);
                    assertThat(pdfPage.getStructParents()).as("page %d", page + 1).isEqualTo(page);
                    COSArray entry = parentTree.get(pdfPage.getStructParents());
                    assertThat(entry).as("page %d's parent-tree entry", page + 1).isNotNull();
                    for (int id = 0; id < entry.size(); id++) {
                        assertThat(entry.getObject(id)).as("page %d, MCID %d", page + 1, id)
                                .isSameAs(owners.get(page + "/" + id));
                        marked++;
                    }
                }
                assertThat(marked).as("every marked content in the tree is in the parent tree")
                        .isEqualTo(owners.size()).isPositive();
            }
        }
    }

    /** The number tree's entries, from its Nums and its Kids' (ISO 32000-1 7.9.7). */
    private static void numbers(COSDictionary node, Map<Integer, COSArray> out) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
            out.put(((COSInteger) nums.getObject(i)).intValue(), (COSArray) nums.getObject(i + 1));
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        for (int i = 0; kids != null && i < kids.size(); i++) {
            numbers((COSDictionary) kids.getObject(i), out);
        }
    }

    /** Each MCID's element, by page index and MCID, from the elements' kids. */
    private static void owners(PDStructureElement element, PDDocument document, Map<String, COSBase> out) {
        for (Object kid : element.getKids()) {
            switch (kid) {
                case PDStructureElement child -> owners(child, document, out);
                case Integer mcid -> out.put(document.getPages().indexOf(element.getPage()) + "/" + mcid,
                        element.getCOSObject());
                case PDMarkedContentReference reference -> out.put(document.getPages().indexOf(
                        reference.getPage() == null ? element.getPage() : reference.getPage()) + "/"
                        + reference.getMCID(), element.getCOSObject());
                default -> { }
            }
        }
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
    void theChartIsAFigureNamedByItsAlternativeTextAndTheParagraphAfterItGivesTheCountsOnce() {
        // Trial 45 F2: the description was the figure's alternative text and the paragraph after it, read twice.
        Report report = ContractFixtures.derbyshireSummary();
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();

        List<StructureText.Node> nodes = document(Pdfs.render(report).bytes()).flatten();
        List<StructureText.Node> figures = nodes.stream().filter(node -> node.type().equals("Figure")).toList();

        assertThat(figures).singleElement().extracting(StructureText.Node::text).isEqualTo("Status chart");
        StructureText.Node after = nodes.get(nodes.indexOf(figures.getFirst()) + 1);
        assertThat(after.type()).isEqualTo("P");
        assertThat(after.text()).isEqualTo(summary.description());
        assertThat(nodes).filteredOn(node -> node.text().equals(summary.description())).hasSize(1);
        summary.counts().forEach(count -> assertThat(summary.description()).contains(count.label()));
    }

    @Test
    void eachListItemHasItsMarkerAsLblAndItsBlocksInLBody() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();

        List<StructureText.Node> lists = document(pdf).flatten().stream().filter(node -> node.type().equals("L"))
                .toList();
        // The bullets, the list nested in the second bullet, the numbers from three; then the
        // lists in the recommendations table.
        assertThat(lists).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lists.get(0).kids()).extracting(StructureText.Node::type).containsOnly("LI").hasSize(3);
        for (StructureText.Node list : lists) {
            for (StructureText.Node item : list.kids()) {
                assertThat(item.kids()).extracting(StructureText.Node::type).containsExactly("Lbl", "LBody");
            }
        }
        assertThat(items(lists.get(0))).containsExactly(
                List.of("\u2022", "First bullet"),
                List.of("\u2022", "Second bullet with a nested list\n\u2022\nNested bullet"),
                List.of("\u2022", "Third bullet\nA second paragraph in the third bullet"));
        assertThat(items(lists.get(1))).containsExactly(List.of("\u2022", "Nested bullet"));
        assertThat(items(lists.get(2))).containsExactly(List.of("3.", "Numbered from three"),
                List.of("4.", "Then four"));
        StructureText.Node nested = lists.get(0).kids().get(1).kids().get(1);
        assertThat(nested.kids()).extracting(StructureText.Node::type).containsExactly("P", "L");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    /** Each item of {@code list}: its label's text and its body's. */
    private static List<List<String>> items(StructureText.Node list) {
        return list.kids().stream()
                .map(item -> List.of(item.kids().get(0).allText(), item.kids().get(1).allText()))
                .toList();
    }

    @Test
    void theTotalRowIsTheLastRowOfTheTableBody() {
        Report report = Fixtures.rich();
        Section.Table wide = report.tables().stream().filter(t -> t.title().equals(Fixtures.WIDE_TABLE))
                .findFirst().orElseThrow();

        StructureText.Node table = document(Pdfs.render(report).bytes()).kids().stream()
                .filter(node -> node.type().equals("Table") && node.allText().startsWith(Fixtures.WIDE_TABLE))
                .findFirst().orElseThrow();

        assertThat(table.kids()).extracting(StructureText.Node::type).containsExactly("Caption", "THead", "TBody");
        List<StructureText.Node> body = table.kids().get(2).kids();
        assertThat(body).hasSize(wide.rows().size() + 1).allMatch(row -> row.type().equals("TR"));
        assertThat(body.getLast().kids()).extracting(StructureText.Node::allText)
                .containsExactlyElementsOf(wide.totalRow().orElseThrow().stream().map(Cell::text).toList());
    }

    @Test
    void aSectionOfATypeTheRendererDoesNotKnowIsDrawnAndTaggedAsItsFallback() {
        Report withUnknown = ContractFixtures.reports().get("unknown-section-type");
        List<Chapter> fallbacks = new ArrayList<>();
        for (Chapter chapter : withUnknown.chapters()) {
            List<Section> sections = new ArrayList<>();
            for (Section section : chapter.sections()) {
                boolean known = Section.isBasic(section) || section instanceof Section.KeyFacts
                        || section instanceof Section.StatusSummary || section instanceof Section.Legend;
                sections.addAll(known ? List.of(section) : section.fallback());
            }
            fallbacks.add(new Chapter(chapter.heading(), chapter.orientation(), sections));
        }
        Report withFallback = new Report(withUnknown.title(), withUnknown.subtitle(), withUnknown.asOf(),
                withUnknown.period(), withUnknown.metadata(), fallbacks);
        assertThat(withFallback.sections()).hasSizeGreaterThan(withUnknown.sections().size());

        byte[] pdf = Pdfs.render(withUnknown).bytes();
        byte[] expected = Pdfs.render(withFallback).bytes();

        assertThat(StructureText.read(pdf)).isEqualTo(StructureText.read(expected));
        assertThat(Pdfs.text(pdf)).isEqualTo(Pdfs.text(expected));
        assertReadsInOrder(withUnknown, pdf);
        assertTablesMatch(withUnknown, pdf);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void titleIsTheOnlyH1AndChapterHeadingsAndTheirSectionsNestOneLevelBelowItAsInHtml() throws Exception {
        Section.KeyFacts facts = new Section.KeyFacts(List.of(new Section.KeyFact("Fact", "value")));
        Report report = Fixtures.report("Chapters", "", List.of(
                Chapter.untitled(Orientation.PORTRAIT, List.of(facts)),
                new Chapter("First chapter", Orientation.PORTRAIT, List.of(new Section.Heading(2, "Inside the first"),
                        facts, new Section.Heading(3, "Deeper"), facts)),
                new Chapter("Second chapter", Orientation.LANDSCAPE, List.of(facts)),
                Chapter.untitled(Orientation.LANDSCAPE, List.of(facts))));
        byte[] pdf = Pdfs.render(report).bytes();

        // HTML's levels: the title h1, a chapter's heading h2, a report heading of level n h(n+1).
        assertThat(document(pdf).flatten()).filteredOn(node -> node.type().matches("H[1-6]"))
                .extracting(StructureText.Node::type, StructureText.Node::allText)
                .containsExactly(tuple("H1", "Chapters"), tuple("H2", "First chapter"), tuple("H3", "Inside the first"),
                        tuple("H4", "Deeper"), tuple("H2", "Second chapter"));
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void everySeedReportHasOneH1ItsTitle() {
        ContractFixtures.reports().forEach((name, report) -> {
            List<StructureText.Node> headings = document(Pdfs.render(report).bytes()).flatten().stream()
                    .filter(node -> node.type().matches("H[1-6]")).toList();
            assertThat(headings).as(name).filteredOn(node -> node.type().equals("H1"))
                    .extracting(node -> node.allText().replaceAll("\\s+", " "))
                    .containsExactly(report.title().replaceAll("\\s+", " "));
        });
    }

    @Test
    void everyTaggedHeadingIsABookmarkNestedAsTheHeadingsNest() throws Exception {
        for (Map.Entry<String, Report> fixture : ContractFixtures.reports().entrySet()) {
            byte[] pdf = Pdfs.render(fixture.getValue()).bytes();
            List<String> headings = document(pdf).flatten().stream()
                    .filter(node -> node.type().matches("H[1-6]") && !node.allText().isBlank())
                    .map(node -> "  ".repeat(node.type().charAt(1) - '1') + spaced(node.allText())).toList();
            List<String> bookmarks = new ArrayList<>();
            try (PDDocument document = Pdfs.load(pdf)) {
                PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
                if (outline != null) {
                    outline.children().forEach(item -> bookmarks(item, 0, bookmarks));
                }
            }
            assertThat(bookmarks).as(fixture.getKey()).containsExactlyElementsOf(headings);
        }
    }

    /** {@code item} and the bookmarks under it, each indented by its depth. */
    private static void bookmarks(PDOutlineItem item, int depth, List<String> out) {
        out.add("  ".repeat(depth) + spaced(item.getTitle()));
        item.children().forEach(child -> bookmarks(child, depth + 1, out));
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    void wordsThatALineBreakSplitsAreReadWithASpaceBetweenThem() {
        Section.Table narrow = new Section.Table("Owners", List.of(new Column("Responsible function",
                Column.ColumnType.TEXT, 1), new Column("Status", Column.ColumnType.STATUS, 1),
                new Column("Notes", Column.ColumnType.TEXT, 40)), List.of(List.of(
                        new Cell.TextCell("People and Organisational Development"),
                        Fixtures.status(Status.OFF_TRACK, Optional.empty(),
                                Optional.of("deadline 31 Jan 2025 passed 150 days before 30 Jun 2025 at 0%")),
                        new Cell.TextCell("A note"))));
        Report narrowReport = Fixtures.report("A title long enough to need a second line on the page, which it"
                + " must read with a space where the line breaks", "", List.of(
                new Chapter("Chapter", Orientation.PORTRAIT, List.of(narrow))));
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("narrow", narrowReport);
        ContractFixtures.reports().forEach((name, report) -> {
            if (!name.startsWith("hostile") && !name.startsWith("unknown")) {
                reports.put(name, report);
            }
        });
        reports.forEach((name, report) -> {
            Set<String> written = new HashSet<>();
            report.texts().forEach(text -> written.addAll(words(text)));
            written.addAll(words(report.layoutWords().chart())); // the chart's alternative text
            Set<String> read = new TreeSet<>();
            StructureText.readAsMarked(Pdfs.render(report).bytes())
                    .forEach(root -> root.flatten().stream().filter(node -> !node.type().equals("Lbl"))
                            .forEach(node -> read.addAll(words(node.text()))));
            // A word read that the report never wrote (list markers aside, which the renderer
            // draws) is two words run together at a line's end; a status is read with a comma
            // before the line below it.
            assertThat(read).as(name).isNotEmpty().allMatch(word -> written.contains(word)
                    || word.endsWith(",") && written.contains(word.substring(0, word.length() - 1)));
        });
    }

    @Test
    void aStatusIsReadApartFromTheReasonDrawnBelowIt() {
        // Run 98 #7: "Off track deadline 31 Jan 2025 passed", as one phrase.
        Section.Table table = new Section.Table("Status", List.of(new Column("Status", Column.ColumnType.STATUS, 1)),
                List.of(List.of(Fixtures.status(Status.OFF_TRACK, Optional.empty(), Optional.of("deadline 31 Jan"
                        + " 2025 passed"))), List.of(Fixtures.status(Status.ON_TRACK, Optional.empty(),
                        Optional.empty()))));
        byte[] pdf = Pdfs.render(Fixtures.report("Title", "", List.of(new Chapter("Chapter", Orientation.PORTRAIT,
                List.of(table))))).bytes();

        assertThat(StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                .filter(node -> node.type().equals("TD")).map(StructureText.Node::text))
                .containsExactly("Off track, deadline 31 Jan 2025 passed", "On track");
    }

    private static List<String> words(String text) {
        return Stream.of(Normalizer.normalize(text, Normalizer.Form.NFC).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
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

    /**
     * The report's texts in the order a reader meets them: {@link Report#texts()}, in which a
     * status summary's description stands once for the chart's text alternative and again for
     * the sentence printed under it.
     */
    private static List<String> inOrder(Report report) {
        List<String> texts = new ArrayList<>(report.texts());
        texts.removeIf(String::isBlank);
        return texts;
    }

    /**
     * A table of the report as the tree should hold it: header texts, each row's cells' texts, and
     * whether each row's first cell is the row's header.
     */
    private record ExpectedTable(List<String> headers, List<List<List<String>>> rows, boolean rowHeaders) {}

    /** The tables {@code section} draws, in order: a type the renderer does not know, its fallback's. */
    private static void expectedTables(Section section, List<ExpectedTable> out) {
        switch (section) {
            case Section.KeyFacts k -> {
                if (!k.facts().isEmpty()) {
                    out.add(new ExpectedTable(k.table().headers(),
                            k.facts().stream().map(f -> List.of(List.of(f.label()), List.of(f.value()))).toList(), true));
                }
            }
            case Section.StatusSummary s -> expectedTables(s.table(), out);
            case Section.Legend l -> expectedTables(l.table(), out);
            case Section.Table t -> {
                List<List<List<String>>> rows = new ArrayList<>();
                t.rows().forEach(row -> rows.add(row.stream().map(Cell::texts).toList()));
                t.totalRow().ifPresent(row -> rows.add(row.stream().map(Cell::texts).toList()));
                out.add(new ExpectedTable(t.headers(), rows, t.rowHeaders()));
            }
            default -> {
                if (!Section.isBasic(section)) {
                    section.fallback().forEach(part -> expectedTables(part, out));
                }
            }
        }
    }

    /**
     * Each table of the tree against the report's section it came from: the column headers are
     * TH with Scope Column, each body row a TR with one TD per header, holding that column's
     * cell, the total row last; where core heads rows with their first cell (key facts' labels, a
     * count's owner), that cell is a TH of Scope Row.
     */
    private static void assertTablesMatch(Report report, byte[] pdf) {
        List<StructureText.Node> tables = document(pdf).kids().stream()
                .filter(node -> node.type().equals("Table")).toList();
        List<ExpectedTable> expected = new ArrayList<>();
        report.sections().forEach(section -> expectedTables(section, expected));
        assertThat(tables).hasSameSizeAs(expected);
        for (int t = 0; t < tables.size(); t++) {
            List<StructureText.Node> rows = tables.get(t).flatten().stream()
                    .filter(node -> node.type().equals("TR")).toList();
            List<String> headers = expected.get(t).headers();
            List<List<List<String>>> body = expected.get(t).rows();
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
                    if (expected.get(t).rowHeaders() && c == 0) {
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
