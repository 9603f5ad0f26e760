package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A real client opens what we write: LibreOffice converts each document to PDF with all its text. */
class LibreOfficeConversionTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void needsLibreOfficeAndPoppler() {
        assumeTrue(ExternalTools.onPath("soffice"),
                "LibreOffice (soffice) is not installed; .ci/run installs it (Debian package libreoffice-writer-nogui)");
        assumeTrue(ExternalTools.onPath("pdftotext"),
                "pdftotext is not installed; .ci/run installs it (Debian package poppler-utils)");
    }

    /** The seed plans through every template, the hand-made report and a plan's texts in Welsh. */
    static Stream<Arguments> reports() {
        Stream<Arguments> seeds = ContractFixtures.reports().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("hostile"))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
        return Stream.concat(seeds, Stream.of(Arguments.of("everything", Fixtures.everything()),
                Arguments.of("welsh-action-plan", Fixtures.welshActionPlan())));
    }

    /** The plans of hostile text. */
    static Stream<Arguments> hostileReports() {
        return ContractFixtures.reports().entrySet().stream()
                .filter(e -> e.getKey().startsWith("hostile"))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /**
     * Hostile text converts too. Its text is not compared: this machine's fonts lack glyphs for
     * some of it (emoji sequences, flags, mathematical letters, rare CJK), which LibreOffice then
     * leaves out of the PDF; the contract kit checks the DOCX itself holds every string.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileReports")
    void libreOfficeConvertsDocumentsOfHostileText(String name, Report report) throws Exception {
        Path docx = folder.resolve(name + ".docx");
        Files.write(docx, Rendered.bytes(report));
        Path pdf = ExternalTools.toPdf(docx, folder);
        assertThat(pdf).exists().isNotEmptyFile();
        assertThat(Rendered.folded(ExternalTools.pdfText(pdf))).contains(Rendered.folded(report.title()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void libreOfficeConvertsTheDocumentAndThePdfHoldsEveryString(String name, Report report) throws Exception {
        Path docx = folder.resolve(name + ".docx");
        Files.write(docx, Rendered.bytes(report));
        Path pdf = ExternalTools.toPdf(docx, folder);
        assertThat(pdf).exists().isNotEmptyFile();
        List<String> pages = Stream.of(ExternalTools.pdfText(pdf).split("\f")).map(Rendered::folded).toList();
        List<String> missing = Rendered.strings(report).stream()
                .filter(string -> !isRightToLeft(string))
                .filter(string -> !appears(Rendered.folded(string), pages))
                .toList();
        assertThat(missing).as("strings missing from the PDF text of " + name).isEmpty();
    }

    @Test
    void thePdfExportHasTheHeadingsAsItsOutlineAndLandscapePagesForTheWideTable() throws Exception {
        assumeTrue(ExternalTools.onPath("qpdf") && ExternalTools.onPath("pdfinfo"),
                "qpdf or pdfinfo is not installed; .ci/run installs them (Debian packages qpdf, poppler-utils)");
        Report report = Fixtures.everything();
        Path docx = folder.resolve("outline.docx");
        Files.write(docx, Rendered.bytes(report));
        Path pdf = ExternalTools.toPdf(docx, folder);

        ExternalTools.Result outline = ExternalTools.run(List.of("qpdf", "--json", "--json-key=outlines", pdf.toString()));
        assertThat(outline.exitCode()).isZero();
        List<String> entries = new ArrayList<>();
        flatten(new ObjectMapper().readTree(outline.output()).get("outlines"), 1, entries);
        List<String> headings = Rendered.headings(report).stream().map(h -> h.level() + " " + h.text()).toList();
        assertThat(entries).containsExactlyElementsOf(headings);

        ExternalTools.Result info = ExternalTools.run(List.of("pdfinfo", "-f", "1", "-l", "999", pdf.toString()));
        List<String> sizes = info.output().lines().filter(line -> line.matches("Page +\\d+ size:.*"))
                .map(line -> line.replaceAll("Page +\\d+ size: +", "")).toList();
        assertThat(sizes.get(0)).startsWith("595.").endsWith("(A4)");
        assertThat(sizes).contains("841.89 x 595.304 pts (A4)");
        assertThat(sizes.get(sizes.size() - 1)).startsWith("595.");
    }

    @Test
    void aShortRowMovesWholeToTheNextPageWhileATallOneSplitsWhereItFalls() throws Exception {
        // Forty rows of six lines run over several pages; row 12, of sixty, is taller than a third of a page.
        Path docx = folder.resolve("rows.docx");
        Files.write(docx, Rendered.bytes(Fixtures.withSections(List.of(DocxReportRendererTest.rowsOfLines(40, 12)))));
        String[] pages = ExternalTools.pdfText(ExternalTools.toPdf(docx, folder)).split("\f");

        assertThat(pages.length).isGreaterThan(3);
        int tallStarts = -1;
        for (int page = 0; page < pages.length; page++) {
            for (int i = 1; i <= 40; i++) {
                if (i != 12) {
                    assertThat(pages[page].contains("Row " + i + " line 1.")).as("row %d on page %d", i, page + 1)
                            .isEqualTo(pages[page].contains("Row " + i + " line 6."));
                }
            }
            tallStarts = pages[page].contains("Row 12 line 1.") ? page : tallStarts;
        }
        assertThat(pages[tallStarts]).contains("Row 11 line 6.").doesNotContain("Row 12 line 60.");
    }

    /**
     * The status summary's heading, chart and description share a page with the whole counts table in both seed
     * summaries, whose counts had gone on alone to the next page.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"derbyshire-summary", "merseyside-summary"})
    void aStatusSummarysHeadingChartAndCountsTableShareAPage(String name) throws Exception {
        Report report = ContractFixtures.reports().get(name);
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        Path docx = folder.resolve(name + ".docx");
        Files.write(docx, Rendered.bytes(report));
        List<String> pages = Stream.of(ExternalTools.pdfText(ExternalTools.toPdf(docx, folder)).split("\f"))
                .map(Rendered::folded).toList();
        String header = Rendered.folded(String.join("", summary.table().headers()));
        String total = Rendered.folded(String.join("",
                summary.table().totalRow().orElseThrow().stream().map(Cell::text).toList()));
        String page = pages.stream().filter(text -> text.contains(header)).findFirst().orElseThrow();
        assertThat(page).contains(Rendered.folded(summary.title()), Rendered.folded(summary.description()), total);
    }

    /**
     * What LibreOffice makes of the tables when it writes a tagged PDF: every header-row cell a
     * table header (TH) heading its column, and nothing else one. The key facts' labels stay data
     * cells: LibreOffice knows column headers only, and calling a label one would say it heads the
     * labels below it.
     */
    @Test
    void inLibreOfficesTaggedPdfTheHeaderRowsAndOnlyTheyAreTableHeaders() throws Exception {
        assumeTrue(ExternalTools.onPath("qpdf"), "qpdf is not installed; .ci/run installs it (Debian package qpdf)");
        Report report = ContractFixtures.reports().get("derbyshire-summary");
        Path docx = folder.resolve("tagged.docx");
        Files.write(docx, Rendered.bytes(report));
        Path pdf = ExternalTools.toTaggedPdf(docx, folder);

        ExternalTools.Result json = ExternalTools.run(List.of("qpdf", "--json", "--json-key=qpdf", pdf.toString()));
        assertThat(json.exitCode()).isZero();
        JsonNode objects = new ObjectMapper().readTree(json.output()).get("qpdf").get(1);
        JsonNode root = value(objects, objects.get("trailer").get("value").get("/Root"));
        List<List<String>> tables = new ArrayList<>();
        collectTables(objects, value(objects, root.get("/StructTreeRoot")), tables);

        List<Section.Table> headed = Rendered.tablesWithHeaders(report);
        // The key facts come first, a table with its header row like the others.
        assertThat(report.sections().getFirst()).isInstanceOf(Section.KeyFacts.class);
        assertThat(tables).hasSameSizeAs(headed);
        for (int t = 0; t < headed.size(); t++) {
            int columns = headed.get(t).columns().size();
            List<String> cells = tables.get(t);
            assertThat(cells.subList(0, columns)).as("header row of table %d", t).containsOnly("TH Column");
            assertThat(cells.subList(columns, cells.size())).as("other rows of table %d", t).containsOnly("TD");
        }
    }

    /**
     * LibreOffice reads the runs' language: in its tagged PDF a Welsh plan's texts are spans in Welsh, which a screen
     * reader reads in a Welsh voice, while headings and table headers, the report's own words, are in the document's
     * language.
     */
    @Test
    void inLibreOfficesTaggedPdfAWelshPlansTextsAreInWelshAndHeadingsAndTableHeadersAreNot() throws Exception {
        assumeTrue(ExternalTools.onPath("qpdf"), "qpdf is not installed; .ci/run installs it (Debian package qpdf)");
        Path docx = folder.resolve("welsh.docx");
        Files.write(docx, Rendered.bytes(Fixtures.welshActionPlan()));
        Path pdf = ExternalTools.toTaggedPdf(docx, folder);

        ExternalTools.Result json = ExternalTools.run(List.of("qpdf", "--json", "--json-key=qpdf", pdf.toString()));
        assertThat(json.exitCode()).isZero();
        JsonNode objects = new ObjectMapper().readTree(json.output()).get("qpdf").get(1);
        JsonNode root = value(objects, objects.get("trailer").get("value").get("/Root"));
        List<String> languages = new ArrayList<>();
        collectLanguages(objects, value(objects, root.get("/StructTreeRoot")), "", languages);

        assertThat(root.get("/Lang").asText()).isEqualTo("u:en-GB");
        assertThat(languages).isNotEmpty().allMatch(found -> found.matches(".*/Span u:cy(-.+)?"), "Welsh spans")
                .noneMatch(found -> found.matches(".*/(H\\d?|TH)/.*"))
                // the title, the plan's own words alone (run 98 #2)
                .anyMatch(found -> found.matches("/Document/Title/Span u:cy(-.+)?"));
    }

    /** The path of kinds ("/Document/Sect/P/Span") and language of each structure element that states a language. */
    private static void collectLanguages(JsonNode objects, JsonNode element, String path, List<String> languages) {
        if (element == null || !element.isObject()) {
            return;
        }
        String here = path + element.path("/S").asText();
        if (element.has("/Lang")) {
            languages.add(here + " " + element.get("/Lang").asText());
        }
        for (JsonNode kid : kids(objects, element)) {
            collectLanguages(objects, kid, here, languages);
        }
    }

    /** The structure elements' kinds, cell by cell, of each Table under {@code element}, in order. */
    private static void collectTables(JsonNode objects, JsonNode element, List<List<String>> tables) {
        if (element == null || !element.isObject()) {
            return;
        }
        if ("/Table".equals(element.path("/S").asText())) {
            List<String> cells = new ArrayList<>();
            collectCells(objects, element, cells);
            tables.add(cells);
            return;
        }
        for (JsonNode kid : kids(objects, element)) {
            collectTables(objects, kid, tables);
        }
    }

    private static void collectCells(JsonNode objects, JsonNode element, List<String> cells) {
        String kind = element.path("/S").asText();
        if (kind.equals("/TH") || kind.equals("/TD")) {
            String scope = "";
            for (JsonNode attributes : list(element.get("/A"))) {
                JsonNode resolved = value(objects, attributes);
                if (resolved != null && resolved.has("/Scope")) {
                    scope = " " + resolved.get("/Scope").asText().substring(1);
                }
            }
            cells.add(kind.substring(1) + scope);
            return;
        }
        for (JsonNode kid : kids(objects, element)) {
            if (kid != null && kid.isObject()) {
                collectCells(objects, kid, cells);
            }
        }
    }

    private static List<JsonNode> kids(JsonNode objects, JsonNode element) {
        List<JsonNode> kids = new ArrayList<>();
        for (JsonNode kid : list(element.get("/K"))) {
            kids.add(value(objects, kid));
        }
        return kids;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        if (node == null) {
            return nodes;
        }
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else {
            nodes.add(node);
        }
        return nodes;
    }

    /** An indirect reference ("12 0 R") resolved to its object's value; anything else as it is. */
    private static JsonNode value(JsonNode objects, JsonNode node) {
        if (node != null && node.isTextual() && node.asText().endsWith(" R")) {
            JsonNode object = objects.get("obj:" + node.asText());
            return object == null ? null : object.get("value");
        }
        return node;
    }

    private static void flatten(JsonNode items, int level, List<String> entries) {
        for (JsonNode item : items) {
            entries.add(level + " " + item.get("title").asText());
            flatten(item.get("kids"), level + 1, entries);
        }
    }

    /**
     * Whether a string has Hebrew or Arabic letters. pdftotext gives those in visual order (the
     * words of a line reversed, lam-alef ligatures split backwards), so their text cannot be
     * compared with the report's; the contract kit checks that the DOCX itself holds them.
     */
    private static boolean isRightToLeft(String string) {
        return string.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * Whether {@code string} is in the text, or split over the end of one page and the next: table
     * rows may split across pages, and then each cell of the row breaks at the page end, so the
     * rest of a cell's text follows the other cells' first parts and the next page's header.
     */
    private static boolean appears(String string, List<String> pages) {
        if (String.join("", pages).contains(string)) {
            return true;
        }
        for (int page = 0; page + 1 < pages.size(); page++) {
            for (int split = 1; split < string.length(); split++) {
                if (pages.get(page).contains(string.substring(0, split))
                        && pages.get(page + 1).contains(string.substring(split))) {
                    return true;
                }
            }
        }
        return false;
    }
}
