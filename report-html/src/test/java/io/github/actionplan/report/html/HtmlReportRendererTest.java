package io.github.actionplan.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.testkit.HostileStrings;
import io.github.actionplan.testkit.SeedPlans;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportRendererTest {

    private static final Map<String, Report> REPORTS = ContractFixtures.reports();

    /** Characters a parser must not see as markup, nor a browser as an unescaped attribute end. */
    private static final String HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)> ]]> --> "
            + "&amp; \u0000\u0007\u001B\u007F\u0085\u009F \uD800 lone \uDFFF \uFDD0 \uFFFE \uD83F\uDFFF end";

    static Stream<String> fixtures() {
        return REPORTS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPageAndFragmentParsesAsHtml5WithoutAnError(String fixture) {
        String page = Html.page(REPORTS.get(fixture));
        assertThat(Html.errors(page)).as(fixture).isEmpty();
        assertThat(Html.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + Html.fragment(REPORTS.get(fixture)) + "</body></html>")).as(fixture + " fragment").isEmpty();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void thePageIsSelfContainedWithLanguageTitleAndStylesAndNoScriptButItsTablesOwn(String fixture) {
        Report report = REPORTS.get(fixture);
        String page = Html.page(report);
        Document document = Html.parse(page);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">");
        assertThat(document.title()).isEqualTo(Markup.replaceInvisible(report.metadata().title()).replace('\n', ' ')
                .strip().replaceAll("\\s+", " "));
        assertThat(document.select("head > style")).hasSize(1);
        assertThat(document.select("link, iframe, object, embed, img, base, form")).isEmpty();
        // One script, inline and last, which only says which tables scroll; nothing depends on it.
        assertThat(document.select("script")).containsExactly(document.body().children().last());
        assertThat(Html.foreignScripts(document)).isEmpty();
        assertThat(Html.parse(Html.fragment(report)).select("script")).isEmpty();
        // A Content-Security-Policy allows it by its hash, of the script's text as the page holds it (run 84 #4).
        String script = page.substring(page.lastIndexOf("<script>") + "<script>".length(), page.lastIndexOf(
                "</script>"));
        assertThat(HtmlReportRenderer.scriptHash()).isEqualTo("sha256-" + java.util.Base64.getEncoder()
                .encodeToString(sha256(script)));
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("an event handler").doesNotStartWith("on");
                if (attribute.getKey().equals("href")) {
                    // A web address the plan's text holds is a link out; every other link is within the page.
                    assertThat(attribute.getValue()).as("a link within the page or to a web address")
                            .matches(href -> href.startsWith("#") || element.tagName().equals("a")
                                    && href.matches("(?i)https?://\\S+") && element.text().contains("://"));
                }
                assertThat(attribute.getKey()).isNotIn("src", "srcset", "action");
            }
        }
        assertThat(document.select("style").html()).doesNotContain("url(", "@import");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void headingsStartAtOneH1AndNeverSkipALevel(String fixture) {
        Document document = Html.parse(Html.page(REPORTS.get(fixture)));
        List<Element> headings = document.select("h1, h2, h3, h4, h5, h6");
        assertThat(document.select("h1")).hasSize(1);
        assertThat(headings.get(0).tagName()).isEqualTo("h1");
        int level = 1;
        for (Element heading : headings) {
            int next = heading.tagName().charAt(1) - '0';
            assertThat(next).as("%s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableIsNamedAsCoreSaysHasScopedColumnHeadersAndScrollsInAFocusableGroupOfTheSameName(String fixture) {
        Report report = REPORTS.get(fixture);
        Document document = Html.parse(Html.page(report));
        List<Element> tables = document.select("table.ap-data");
        List<Section.Table> drawn = Html.drawnTables(report);
        assertThat(tables).hasSize(drawn.size());
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            Section.Table section = drawn.get(i);
            Element scroll = table.parent();
            assertThat(scroll.hasClass("ap-scroll")).isTrue();
            // Without the script, every container is a keyboard stop: a table that scrolls can be scrolled.
            assertThat(scroll.attr("tabindex")).isEqualTo("0");
            // A group, not a landmark: a page of 40 tables would have 40 regions to wade through.
            assertThat(scroll.attr("role")).isEqualTo("group");
            assertThat(scroll.hasAttr("aria-label")).as("named by words the page shows").isFalse();
            Element name = document.getElementById(scroll.attr("aria-labelledby"));
            assertThat(name).as("what names %s", scroll).isNotNull();
            String title = Html.parse(Markup.replaceInvisible(section.title())).body().text();
            if (section.caption().isEmpty()) {
                assertThat(table.select("> caption")).isEmpty();
                // Its title as the heading directly before it, or, without a title, the heading it sits under
                // (the status summary's table, its summary's title): named by that heading, table and group alike.
                Element heading = headingBefore(document, table);
                assertThat(name).isEqualTo(heading);
                assertThat(table.attr("aria-labelledby")).isEqualTo(heading.id());
                if (section.heading().isPresent()) {
                    assertThat(heading.text()).isEqualTo(title);
                    assertThat(heading.nextElementSibling()).isEqualTo(scroll);
                }
            } else {
                assertThat(table.select("> caption").text()).isEqualTo(title);
                assertThat(name).isEqualTo(table.selectFirst("> caption"));
                assertThat(table.hasAttr("aria-labelledby")).isFalse();
            }
            assertThat(table.select("> thead > tr > th[scope=col]")).hasSize(section.columns().size());
            assertThat(table.select("> tbody > tr")).hasSize(section.rows().size());
            assertThat(table.select("> tfoot > tr")).hasSize(section.totalRow().isPresent() ? 1 : 0);
        }
    }

    /** The last heading before {@code element} in the page's order. */
    private static Element headingBefore(Document document, Element element) {
        Element last = null;
        for (Element each : document.getAllElements()) {
            if (each == element) {
                return last;
            }
            if (each.tagName().matches("h[1-6]")) {
                last = each;
            }
        }
        throw new AssertionError(element + " is not in the page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keyFactsAreCaptionedAsCoreSaysOrNamedByTheHeadingBeforeThem(String fixture) {
        Report report = REPORTS.get(fixture);
        Document document = Html.parse(Html.page(report));
        List<Section.KeyFacts> facts = report.sections().stream().filter(Section.KeyFacts.class::isInstance)
                .map(Section.KeyFacts.class::cast).filter(f -> !f.facts().isEmpty()).toList();
        List<Element> tables = document.select("table.ap-facts");
        assertThat(tables).hasSize(facts.size());
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            if (facts.get(i).title().isEmpty()) {
                assertThat(table.select("> caption")).isEmpty();
                assertThat(document.getElementById(table.attr("aria-labelledby")))
                        .isEqualTo(headingBefore(document, table));
            } else {
                assertThat(table.select("> caption").text()).isEqualTo(facts.get(i).title());
                assertThat(table.hasAttr("aria-labelledby")).isFalse();
            }
        }
    }

    @Test
    void theSummaryAndTheOwnersListsReachTheirTablesAndTheKeyByHeadings() {
        assertThat(Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).select("h1, h2, h3").eachText())
                .containsExactly("HMICFRS Area For Improvement Summary Report", "Status as of 1 November 2023",
                        "Summary", "Key to BRAG ratings");
        Document owners = Html.parse(Html.page(REPORTS.get("merseyside-owners")));
        assertThat(owners.select("h2").eachText()).containsExactly("Areas for improvement by owner", "Protection",
                "People and Organisational Development", "Key to BRAG ratings");
        // The key is not the last owner's: its heading ranks with the owners' and its table is named by it.
        Element key = owners.select("h2").last();
        assertThat(key.parent().select("> h2")).containsExactly(key);
        assertThat(key.nextElementSibling().selectFirst("table").attr("aria-labelledby")).isEqualTo(key.id());
        assertThat(owners.select("figcaption")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aRowCoreHeadsByItsFirstCellIsHeadedByItAsARowHeaderTheTotalRowToo(String fixture) {
        Report report = REPORTS.get(fixture);
        List<Element> tables = Html.parse(Html.page(report)).select("table.ap-data");
        List<Section.Table> drawn = Html.drawnTables(report);
        for (int i = 0; i < tables.size(); i++) {
            Section.Table section = drawn.get(i);
            for (Element row : tables.get(i).select("> tbody > tr, > tfoot > tr")) {
                // An empty first cell names nothing: it stays a data cell.
                boolean header = section.rowHeaders() && !row.child(0).text().isEmpty();
                assertThat(row.child(0).tagName() + " " + row.child(0).attr("scope")).as("%s", row)
                        .isEqualTo(header ? "th row" : "td ");
                assertThat(row.children().subList(1, row.childrenSize())).extracting(Element::tagName)
                        .containsOnly("td");
            }
        }
    }

    @Test
    void aLongWordMayBreakAfterEachSlashAsCoreSizedItsColumnForItsPartsAndAShortOneMayNot() {
        // Trial 33 F3: a web address in a table's cell made the table wider than a 1280-pixel window, core having
        // sized its column for the address's parts and the browser breaking it nowhere.
        String address = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/frs-assessment-2023-25/";
        Report report = reportOf(Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.Table("Links",
                List.of(new Column("Text", Column.ColumnType.TEXT, 1)), List.of(List.of(new Cell.TextCell("See "
                        + address + " for 2025/26.")))))));
        String page = Html.page(report);
        Element cell = Html.parse(page).selectFirst("table.ap-data > tbody > tr > td");

        assertThat(cell.text()).isEqualTo("See " + address + " for 2025/26.");
        assertThat(cell.html()).contains("https:/<wbr>/<wbr>www.justiceinspectorates.gov.uk/<wbr>hmicfrs/<wbr>", "2025/26.")
                .doesNotContain("2025/<wbr>");
        assertThat(page).doesNotContain("<title>https:/<wbr>");
    }

    @Test
    void aRowHeaderKeepsWhatItsCellShowsAStatusItsColoursAndFiguresTheirAlignment() {
        Cell.StatusCell offTrack = new Cell.StatusCell(Status.OFF_TRACK, "Off track", Optional.empty(),
                Optional.of("deadline passed"), Colour.parse("#B10E1E"), Colour.WHITE);
        Report report = reportOf(Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.Table("By status",
                List.of(new Column("Status", Column.ColumnType.STATUS, 2), new Column("Items", Column.ColumnType.NUMBER,
                        1)), List.of(List.of(offTrack, new Cell.NumberCell(4, "4"))),
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(4, "4")))).withRowHeaders())));
        Document document = Html.parse(Html.page(report));
        Element header = document.selectFirst("table.ap-data > tbody > tr > th");
        assertThat(header.attr("scope")).isEqualTo("row");
        assertThat(header.hasClass("ap-status")).isTrue();
        assertThat(header.attr("style")).isEqualTo("--ap-fill:#B10E1E;--ap-ink:#FFFFFF;background-color:#B10E1E;"
                + "color:#FFFFFF");
        assertThat(header.select("> div.ap-keep > *")).extracting(Element::text)
                .containsExactly("Off track", "deadline passed");
        assertThat(document.selectFirst("table.ap-data > tfoot > tr").children())
                .extracting(e -> e.tagName() + " " + e.className() + ": " + e.text())
                .containsExactly("th : Total", "td ap-num: 4");
        String css = document.selectFirst("style").html();
        // A row header looks as the cell it was: only its meaning changes.
        assertThat(css).contains(".ap-data tbody th{font-weight:normal}", ".ap-total th{font-weight:bold;");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyColumnIsAtLeastAsWideAsItsLongestWordAndFiguresAlignRight(String fixture) {
        Report report = REPORTS.get(fixture);
        List<Element> tables = Html.parse(Html.page(report)).select("table.ap-data");
        List<Section.Table> drawn = Html.drawnTables(report);
        for (int i = 0; i < tables.size(); i++) {
            List<Element> headers = tables.get(i).select("> thead > tr > th");
            List<Column> columns = drawn.get(i).columns();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                assertThat(headers.get(c).attr("style")).isEqualTo("min-width:"
                        + Math.min(column.minimumCharacters(), Column.LONGEST_WORD_KEPT) + "ch");
                assertThat(headers.get(c).hasClass("ap-num")).isEqualTo(column.type().isFigure());
                boolean tooLong = column.minimumCharacters() > Column.LONGEST_WORD_KEPT;
                assertThat(headers.get(c).hasClass("ap-long")).isEqualTo(tooLong);
                for (Element row : tables.get(i).select("> tbody > tr, > tfoot > tr")) {
                    Element cell = row.child(c);
                    assertThat(cell.hasClass("ap-long")).as("%s", cell).isEqualTo(tooLong && !cell.text().isEmpty());
                }
            }
        }
        String css = Html.parse(Html.page(report)).selectFirst("style").html();
        assertThat(css).contains(".ap-data th,.ap-data td,.ap-facts th,.ap-facts td{overflow-wrap:break-word;"
                + "hyphens:none}", ".ap-data .ap-long,.ap-facts .ap-long{overflow-wrap:anywhere}")
                .doesNotContain("table-layout:fixed");
        // A figure never wraps, but its header may ("Progress / then"): kept on one line, two such headers made the
        // progress report's table wider than a 1,280-pixel window (trial 33 F3).
        assertThat(css).contains("td.ap-num{white-space:nowrap}").doesNotContain("tabular-nums;white-space:nowrap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void idsAreUniqueAndEveryReferenceFindsOne(String fixture) {
        Document document = Html.parse(Html.page(REPORTS.get(fixture)));
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue());
        for (Element e : document.select("[aria-labelledby], [aria-describedby], a[href^=#]")) {
            Stream.of(e.attr("aria-labelledby"), e.attr("aria-describedby"), e.attr("href").replaceFirst("^#", ""))
                    .flatMap(value -> Stream.of(value.split(" ")))
                    .filter(id -> !id.isEmpty())
                    .forEach(id -> assertThat(ids).as("reference from %s", e.tagName()).contains(id));
        }
    }

    @Test
    void statusesAreWordsOnTheirBragColoursAsCoreChoseThem() {
        Report report = REPORTS.get("derbyshire-summary");
        Document document = Html.parse(Html.page(report));
        Section.Table table = report.tables().get(report.tables().size() - 1);
        int column = 0;
        while (table.columns().get(column).type() != Column.ColumnType.STATUS) {
            column++;
        }
        List<Element> rows = document.select("table.ap-data").get(Html.drawnTables(report).indexOf(table))
                .select("tbody > tr");
        for (int r = 0; r < table.rows().size(); r++) {
            Cell.StatusCell status = (Cell.StatusCell) table.rows().get(r).get(column);
            Element cell = rows.get(r).child(column);
            assertThat(cell.selectFirst("strong").text()).isEqualTo(status.label());
            assertThat(cell.attr("style")).isEqualTo("--ap-fill:" + status.fill() + ";--ap-ink:" + status.textColour()
                    + ";background-color:" + status.fill() + ";color:" + status.textColour());
            assertThat(cell.text()).isEqualTo(String.join(" ", status.texts()));
        }
    }

    @Test
    void aStatusCellShowsItsLabelInBoldThenItsNoteAndItsReasonEachOnALineOfItsOwn() {
        Cell.StatusCell both = new Cell.StatusCell(Status.OFF_TRACK, "Behind schedule", Optional.of("Owner's assessment: On track"),
                Optional.of("2 of 3 actions are past their timescale"), Colour.parse("#B10E1E"), Colour.WHITE);
        Cell.StatusCell reasonOnly = new Cell.StatusCell(Status.AT_RISK, "At risk", Optional.empty(),
                Optional.of("Due in 20 days at 40%"), Colour.parse("#FFBF47"), Colour.parse("#0B0C0C"));
        Cell.StatusCell labelOnly = new Cell.StatusCell(Status.COMPLETE, "Done", Optional.empty(), Optional.empty(),
                Colour.parse("#1D70B8"), Colour.WHITE);
        Report report = reportOf(Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.Table("Statuses",
                List.of(new Column("Status", Column.ColumnType.STATUS, 1)),
                List.of(List.of(both), List.of(reasonOnly), List.of(labelOnly))))));
        Document document = Html.parse(Html.page(report));
        List<Element> cells = document.select("table.ap-data tbody td.ap-status > div.ap-keep");

        assertThat(cells.get(0).children()).extracting(Element::tagName, Element::className, Element::text).containsExactly(
                tuple("p", "", "Behind schedule"), tuple("p", "", "Owner's assessment: On track"),
                tuple("p", "ap-note", "2 of 3 actions are past their timescale"));
        assertThat(cells.get(0).child(0).child(0).tagName()).isEqualTo("strong");
        assertThat(cells.get(1).children()).extracting(Element::className, Element::text).containsExactly(
                tuple("", "At risk"), tuple("ap-note", "Due in 20 days at 40%"));
        assertThat(cells.get(2).children()).extracting(Element::text).containsExactly("Done");
        String css = document.selectFirst("style").html();
        assertThat(css).contains(".ap-note{font-size:.875rem}");
    }

    @Test
    void aTimescaleShowsItsWordsThenItsDueDateOnALineOfItsOwnWhereCoreGaveOne() {
        Report report = reportOf(Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.Table("Timescales",
                List.of(new Column("Timescale", Column.ColumnType.TIMESCALE, 1)),
                List.of(List.of(new Cell.TimescaleCell("In FDP 24/25", Optional.of(LocalDate.of(2025, 3, 31)),
                        "31 Mar 2025")), List.of(new Cell.TimescaleCell("31 March 2025",
                        Optional.of(LocalDate.of(2025, 3, 31)), "")))))));
        List<Element> cells = Html.parse(Html.page(report)).select("table.ap-data tbody td");
        assertThat(cells.get(0).ownText()).isEqualTo("In FDP 24/25");
        assertThat(cells.get(0).select("p.ap-note").text()).isEqualTo("31 Mar 2025");
        assertThat(cells.get(1).text()).isEqualTo("31 March 2025");
        assertThat(cells.get(1).children()).isEmpty();
    }

    @Test
    void theTotalRowIsTheTablesFootAfterItsRowsMarkedAsATotal() {
        Report report = REPORTS.get("derbyshire-summary");
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        List<Cell> total = summary.table().totalRow().orElseThrow();
        Document document = Html.parse(Html.page(report));
        Element table = document.select("table.ap-data").get(Html.drawnTables(report).indexOf(summary.table()));

        Element foot = table.selectFirst("> tfoot");
        assertThat(foot.hasClass("ap-total")).isTrue();
        assertThat(foot.elementSiblingIndex()).isGreaterThan(table.selectFirst("> tbody").elementSiblingIndex());
        assertThat(foot.select("tr > *")).extracting(Element::text)
                .containsExactlyElementsOf(total.stream().map(Cell::text).toList());
        assertThat(foot.select("tr > *").get(1).hasClass("ap-num")).isTrue();
        // No total the template did not give: the recommendations' table has none.
        Section.Table recommendations = report.tables().get(report.tables().size() - 1);
        assertThat(recommendations.totalRow()).isEmpty();
        assertThat(document.select("table.ap-data").get(Html.drawnTables(report).indexOf(recommendations))
                .select("tfoot")).isEmpty();
        String css = document.selectFirst("style").html();
        assertThat(css).contains(".ap-total td{font-weight:bold;border-top:3px double #0B0C0C}",
                "tfoot{display:table-row-group}");
    }

    @Test
    void theStatusSummaryIsItsHeadingThenTheChartThenTheDescriptionReadOnceThenItsTableNamedByTheHeading() {
        Report report = REPORTS.get("derbyshire-summary");
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        Document document = Html.parse(Html.page(report));
        Element box = document.selectFirst("div.ap-summary");
        Element heading = box.previousElementSibling();
        assertThat(heading.tagName()).isEqualTo("h2");
        assertThat(heading.text()).isEqualTo(summary.title());
        Element figure = box.child(0);
        assertThat(figure.tagName()).isEqualTo("figure");
        assertThat(figure.children()).extracting(Element::tagName).containsExactly("svg", "p");
        Element svg = figure.child(0);
        // The paragraph under the chart says all it shows, to everyone: assistive technology reads
        // that once, and the picture, which would say it again, by its name alone, as the PDF's figure is
        // (trial 64 F5): an image's own texts are not read.
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo(report.layoutWords().chart()).isEqualTo("Status chart");
        assertThat(svg.attr("focusable")).isEqualTo("false");
        assertThat(svg.select("title, desc")).isEmpty();
        assertThat(svg.attributes().asList()).extracting(Attribute::getKey).doesNotContain("aria-hidden",
                "aria-labelledby", "aria-describedby");
        assertThat(figure.child(1).text()).isEqualTo(summary.description());
        assertThat(figure.child(1).hasAttr("aria-hidden")).isFalse();
        assertThat(svg.select("rect.ap-bar"))
                .hasSize((int) summary.counts().stream().filter(c -> c.count() > 0).count());
        assertThat(svg.select("text")).extracting(Element::text).containsExactlyElementsOf(summary.counts().stream()
                .flatMap(c -> Stream.of(c.label(), Integer.toString(c.count()))).toList());
        Element table = box.child(1).selectFirst("table.ap-data");
        assertThat(table.attr("aria-labelledby")).isEqualTo(heading.id());
        assertThat(table.select("tbody .ap-status strong").eachText())
                .containsExactlyElementsOf(summary.counts().stream().map(Section.StatusCount::label).toList());
    }

    @Test
    void theKeyFactsAreATableWithColumnHeadersWhoseLabelsAreRowHeaders() {
        Report report = REPORTS.get("derbyshire-summary");
        Section.KeyFacts facts = (Section.KeyFacts) report.sections().get(0);
        assertThat(Html.parse(Html.page(report)).select("table.ap-facts > thead > tr > th[scope=col]").eachText())
                .containsExactly("Fact", "Detail");
        List<Element> rows = Html.parse(Html.page(report)).select("table.ap-facts > tbody > tr");
        assertThat(rows).extracting(row -> row.child(0).tagName() + " " + row.child(0).attr("scope") + ": "
                + row.child(0).text() + " | " + row.child(1).tagName() + ": " + row.child(1).text())
                .containsExactlyElementsOf(facts.facts().stream()
                        .map(f -> "th row: " + f.label() + " | td: " + f.value()).toList());
    }

    @Test
    void aSectionOfATypeTheRendererDoesNotKnowIsDrawnAsItsFallback() {
        Section.Table milestones = new Section.Table("", List.of(new Column("Milestone", Column.ColumnType.TEXT, 2),
                new Column("Due", Column.ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("Culture survey"), new Cell.TextCell("Spring 2026"))));
        Section unknown = new Unknown(List.of(new Section.Heading(2, "Next milestone"),
                Section.NarrativeText.plain("A section type from the future."), milestones));
        Report report = reportOf(new Chapter("Milestones", Orientation.PORTRAIT, List.of(
                Section.NarrativeText.plain("Before."), unknown, Section.NarrativeText.plain("After."))));
        Element section = Html.parse(Html.page(report)).selectFirst("section.ap-chapter");

        assertThat(section.children()).extracting(Element::tagName)
                .containsExactly("h2", "p", "h3", "p", "div", "p");
        assertThat(section.text()).isEqualTo("Milestones Before. Next milestone A section type from the future. "
                + "Milestone Due Culture survey Spring 2026 After.");
        assertThat(Html.parse(Html.page(REPORTS.get("unknown-section-type"))).select("h3").eachText())
                .contains("Next milestone");
    }

    /** A section type from a later version: the renderer cannot know it. */
    private record Unknown(List<Section> fallback) implements Section {
        @Override
        public List<String> texts() {
            return fallback.stream().flatMap(s -> s.texts().stream()).toList();
        }
    }

    @Test
    void eachChapterIsASectionOnThePrintedPageOfItsOrientation() {
        Report report = reportOf(
                Chapter.untitled(Orientation.LANDSCAPE, List.of(Section.NarrativeText.plain("Opening"))),
                new Chapter("First", Orientation.LANDSCAPE, List.of(Section.NarrativeText.plain("one"))),
                new Chapter("Second", Orientation.PORTRAIT, List.of(Section.NarrativeText.plain("two"))),
                new Chapter("Third", Orientation.LANDSCAPE, List.of(Section.NarrativeText.plain("three"))));
        Document document = Html.parse(Html.page(report));

        assertThat(document.select("main > section.ap-chapter")).extracting(e -> e.className() + ": " + e.text())
                .containsExactly("ap-chapter ap-landscape: Opening", "ap-chapter ap-landscape: First one",
                        "ap-chapter ap-portrait: Second two", "ap-chapter ap-landscape: Third three");
        assertThat(document.select("section.ap-chapter > h2")).extracting(Element::text)
                .containsExactly("First", "Second", "Third");
        // The title prints on the first chapter's first page.
        assertThat(document.body().className()).isEqualTo("ap-landscape");
        String css = document.selectFirst("style").html();
        assertThat(css).contains("@page ap-portrait{size:A4 portrait}", "@page ap-landscape{size:A4 landscape}",
                ".ap-portrait{page:ap-portrait}", ".ap-landscape{page:ap-landscape}");
        // The fragment keeps the chapters and their orientation for a host page's print stylesheet.
        assertThat(Html.parse(Html.fragment(report)).select("section.ap-chapter")).extracting(Element::className)
                .containsExactly("ap-chapter ap-landscape", "ap-chapter ap-landscape", "ap-chapter ap-portrait",
                        "ap-chapter ap-landscape");
        assertThat(Html.parse(Html.page(REPORTS.get("unknown-section-type"))).select("section.ap-chapter"))
                .extracting(Element::className).containsExactly("ap-chapter ap-portrait", "ap-chapter ap-landscape");
    }

    @Test
    void theLogoIsAnImageInThePageAtTheTopWithItsAltText() throws IOException {
        byte[] png = Html.logoImage(300, 100);
        Logo logo = Logo.of(png, "Anyshire Fire & Rescue Service \"logo\"");
        RenderOptions options = RenderOptions.builder().logo(logo).build();
        for (Document document : List.of(Html.parse(Html.page(REPORTS.get("derbyshire-summary"), options)),
                Html.parse(Html.render(HtmlReportRenderer.fragment(), REPORTS.get("derbyshire-summary"), options)))) {
            Element img = document.selectFirst("header.ap-header > img.ap-logo");
            assertThat(document.select("img")).containsExactly(img);
            assertThat(img.attr("alt")).isEqualTo("Anyshire Fire & Rescue Service \"logo\"");
            assertThat(img.attr("src")).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            // Run 129 #6: as attributes, in CSS pixels, not a style attribute a Content Security Policy blocks.
            assertThat(img.attr("height")).isEqualTo("53");
            assertThat(img.attr("width")).isEqualTo("160");
            assertThat(img.hasAttr("style")).isFalse();
            assertThat(img.nextElementSibling().tagName()).isEqualTo("h1");
        }
        assertThat(Html.errors(Html.page(REPORTS.get("derbyshire-summary"), options))).isEmpty();
        assertThat(Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).select("img")).isEmpty();
    }

    @Test
    void aLargeLogoIsWrittenInSlicesNotAsOneString() throws IOException {
        byte[] jpeg = Html.noisyJpeg(900, 300);
        Logo logo = Logo.of(jpeg, "Anyshire");
        String page = Html.page(REPORTS.get("derbyshire-summary"), RenderOptions.builder().logo(logo).build());
        assertThat(jpeg.length).isGreaterThan(3 * 4096 * 2);
        assertThat(Html.parse(page).selectFirst("img").attr("src"))
                .isEqualTo("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg));
    }

    @Test
    void theRunningHeaderAndFooterAreInThePageAndInThePrintedMargins() {
        Report report = REPORTS.get("derbyshire-summary");
        RenderOptions options = RenderOptions.builder().runningHeader("Fire Authority, 14 December 2023")
                .runningFooter("OFFICIAL").build();
        Document document = Html.parse(Html.page(report, options));
        assertThat(document.selectFirst("body > header.ap-header").child(0).outerHtml())
                .isEqualTo("<p class=\"ap-running\">Fire Authority, 14 December 2023</p>");
        assertThat(document.selectFirst("body > footer.ap-footer > p.ap-running").text()).isEqualTo("OFFICIAL");
        assertThat(document.selectFirst("body > footer").previousElementSibling().tagName()).isEqualTo("main");
        String css = document.selectFirst("style").html();
        // A space after an escape is its end, to CSS: the space typed is the second (run 112 #1)
        assertThat(css).contains("@top-center{content:\"Fire Authority\\00002C  14 December 2023\";",
                "@bottom-left{content:\"OFFICIAL\";",
                "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);",
                ".ap-skip,.ap-running,.ap-footer{display:none}");
        assertThat(RenderOptions.PAGE_NUMBER_WORDS).containsExactly("Page ", " of ");

        // By default the title runs at the top, and no footer is written for an empty footer text.
        Document plain = Html.parse(Html.page(report));
        assertThat(plain.selectFirst("header.ap-header > p.ap-running").text()).isEqualTo(report.title());
        // Read once, in the heading below it (run 98 #11); the meeting and the marking are read where they run
        assertThat(plain.selectFirst("header.ap-header > p.ap-running").attr("aria-hidden")).isEqualTo("true");
        assertThat(document.select("p.ap-running[aria-hidden]")).isEmpty();
        assertThat(plain.select("footer")).isEmpty();
        assertThat(plain.selectFirst("style").html()).contains("@bottom-left{content:\"\";");
        Document fragment = Html.parse(Html.render(HtmlReportRenderer.fragment(), report, options));
        assertThat(fragment.select("article > header > p.ap-running, article > footer > p.ap-running").eachText())
                .containsExactly("Fire Authority, 14 December 2023", "OFFICIAL");
    }

    @Test
    void aHostileRunningHeaderStaysTextInThePageAndInTheStylesheet() {
        String hostile = "\"}</style><script>alert(1)</script>\\\n@import url(x); \u0000 end";
        String page = Html.page(REPORTS.get("derbyshire-summary"), RenderOptions.builder().runningHeader(hostile)
                .runningFooter(hostile).build());
        assertThat(Html.errors(page)).isEmpty();
        Document document = Html.parse(page);
        assertThat(Html.foreignScripts(document)).isEmpty();
        assertThat(document.select("style")).hasSize(1);
        String css = document.selectFirst("style").html();
        assertThat(css).doesNotContain("</", "@import", "url(");
        assertThat(css).contains("@top-center{content:\"\\000022\\00007D\\00003C\\00002Fstyle\\00003E");
        assertThat(document.selectFirst("p.ap-running").text()).contains("</style><script>alert(1)</script>",
                "@import url(x);");
    }

    @Test
    void aLongPlanStartsWithAContentsListLinkedToEachChapter() {
        Report report = REPORTS.get("merseyside-action-plan");
        List<String> chapters = report.chapters().stream().map(Chapter::heading).filter(h -> !h.isEmpty()).toList();
        assertThat(chapters.size()).isGreaterThanOrEqualTo(Page.CONTENTS_FROM);
        Document document = Html.parse(Html.page(report));
        List<Element> links = document.select("nav.ap-contents ol > li > a");
        assertThat(links).extracting(Element::text).containsExactlyElementsOf(chapters);
        for (Element link : links) {
            assertThat(document.getElementById(link.attr("href").substring(1)).tagName()).isEqualTo("h2");
        }
        assertThat(document.selectFirst("body > a.ap-skip").attr("href")).isEqualTo("#ap-main");
        assertThat(document.getElementById("ap-main").tagName()).isEqualTo("main");
    }

    @Test
    void theSkipLinkAndTheContentsHeadingAreTheReportsWordsReplacedAsItsOthersAre() {
        Report welsh = ReportTemplates.actionPlan().withWords(Map.of("Skip to main content", "Neidio i'r prif gynnwys",
                "Contents", "Cynnwys")).build(Assessor.standard().assess(SeedPlans.merseyside(),
                SeedPlans.MERSEYSIDE_AS_OF));

        Document document = Html.parse(Html.page(welsh));

        assertThat(document.selectFirst("body > a.ap-skip").text()).isEqualTo("Neidio i'r prif gynnwys");
        assertThat(document.selectFirst("nav.ap-contents h2").text()).isEqualTo("Cynnwys");
        assertThat(document.text()).doesNotContain("Skip to main content", "Contents");
    }

    @Test
    void aShortReportHasNoContentsList() {
        assertThat(Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).select("nav")).isEmpty();
    }

    @Test
    void twoReportsFragmentsOnOnePageShareNoIdAndEachLinksAndNamesByItsOwn() {
        // Run 129 #2: every id was a counter, so a second report's contents and tables pointed into the first.
        Document both = Html.parse(Html.fragment(REPORTS.get("merseyside-action-plan"))
                + Html.fragment(REPORTS.get("derbyshire-action-plan")));
        List<String> ids = both.select("[id]").eachAttr("id");

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("ap-[0-9a-f]{6}-.+"));
        assertThat(both.select("a[href^=#], [aria-labelledby]")).isNotEmpty().allSatisfy(link -> {
            String target = link.hasAttr("href") ? link.attr("href").substring(1) : link.attr("aria-labelledby");
            Element named = both.getElementById(target);
            assertThat(named).as(target).isNotNull();
            assertThat(named.closest("article")).isSameAs(link.closest("article"));
        });
        assertThat(Html.fragment(REPORTS.get("merseyside-action-plan")))
                .isEqualTo(Html.fragment(REPORTS.get("merseyside-action-plan")));
        // Run 130 #1: a plan's summary and action plan share title, subtitle and date.
        Document onePlan = Html.parse(Html.fragment(REPORTS.get("derbyshire-summary"))
                + Html.fragment(REPORTS.get("derbyshire-action-plan")));
        assertThat(onePlan.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(Html.parse(Html.page(REPORTS.get("merseyside-action-plan"))).selectFirst("h1").id())
                .isEqualTo("ap-title");
    }

    @Test
    void aFragmentForAHostPageWithItsOwnH1StartsItsHeadingsLowerAndNeverSkipsALevel() {
        // Run 129 #5: a fragment's title was an h1 whatever the page it went into had.
        Report report = REPORTS.get("merseyside-action-plan");
        Document page = Html.parse("<h1>Fire authority meeting</h1>"
                + Html.render(HtmlReportRenderer.fragment(2), report));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("article > header > h2").text()).isEqualTo(report.title());
        assertThat(page.selectFirst("nav.ap-contents > h3").text()).isEqualTo("Contents");
        assertThat(page.select("nav.ap-contents a")).isNotEmpty().allSatisfy(link -> assertThat(page.getElementById(
                link.attr("href").substring(1)).tagName()).isEqualTo("h3"));
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(heading -> heading.tagName().charAt(1) - '0').toList();
        assertThat(levels).contains(4);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        // Each heading one level lower than in the fragment with an h1, the same words.
        Document top = Html.parse(Html.fragment(report));
        assertThat(page.select("article h2, article h3, article h4, article h5").eachText())
                .isEqualTo(top.select("article h1, article h2, article h3, article h4").eachText());
        assertThat(Html.render(HtmlReportRenderer.fragment(1), report)).isEqualTo(Html.fragment(report));
        assertThat(Html.parse(Html.render(HtmlReportRenderer.fragment(3), report)).select("h3, h4, h5, h6")
                .eachText()).isEqualTo(top.select("h1, h2, h3, h4").eachText());
    }

    @Test
    void aFragmentsTitleLevelBeyondWhatHtmlsHeadingsHoldIsRefusedSayingWhichAreAllowed() {
        for (int level : new int[] {0, 4, -1}) {
            assertThatIllegalArgumentException().isThrownBy(() -> HtmlReportRenderer.fragment(level))
                    .withMessage("a fragment's title level must be 1, 2 or 3 (h1 to h3), so that its headings,"
                            + " three levels below, end at h6: " + level);
        }
    }

    @Test
    void theFragmentsChartTracksAndStatusesCarryTheirOwnColoursWithoutTheStylesheet() {
        // Run 129 #1: the tracks' grey was the page stylesheet's alone, and SVG filled them black in a fragment.
        // Run 129 #4: a site's stylesheet colours statuses by class where its policy blocks style attributes.
        Document fragment = Html.parse(Html.fragment(REPORTS.get("derbyshire-summary")));

        assertThat(fragment.select("svg.ap-bars rect.ap-track")).isNotEmpty()
                .allSatisfy(track -> assertThat(track.attr("fill")).isEqualTo(Palette.HEADER_FILL.toString()));
        assertThat(fragment.select("td.ap-status")).isNotEmpty().allSatisfy(cell -> assertThat(cell.classNames())
                .containsAnyOf("ap-brag-red", "ap-brag-amber", "ap-brag-green", "ap-brag-blue"));
        assertThat(fragment.select("td.ap-status.ap-brag-red")).allSatisfy(cell -> assertThat(cell.attr("style"))
                .contains("background-color:" + Palette.standard().fill(Status.OFF_TRACK)));
        // Run 130 #2: a host page's paragraph margins spaced each of a status's lines a blank line apart.
        assertThat(fragment.select("td.ap-status p")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.attr("style")).isEqualTo("margin:0"));
        assertThat(Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).select("td.ap-status p[style]")).isEmpty();
    }

    @Test
    void theFragmentIsTheReportAloneWithItsLanguageAndColours() {
        Report report = REPORTS.get("merseyside-action-plan");
        String fragment = Html.fragment(report);
        assertThat(fragment).startsWith("<article class=\"ap-report\" lang=\"en-GB\" style=\"color-scheme:only light\">"
                + "\n<header");
        assertThat(fragment.stripTrailing()).endsWith("</article>");
        assertThat(fragment).doesNotContain("<html", "<head>", "<body", "<style", "<main", "ap-skip",
                "<!DOCTYPE");
        String page = Html.page(report);
        Document fromFragment = Html.parse(fragment);
        assertThat(fromFragment.body().text()).isEqualTo(Html.parse(page).selectFirst("main").parent().text()
                .replace("Skip to main content ", ""));
        assertThat(fromFragment.select("td.ap-status[style]")).isNotEmpty();
        // Run 131 #2: with no stylesheet, its wide tables pushed the host page sideways at 320 px.
        assertThat(fromFragment.select("div.ap-scroll")).isNotEmpty()
                .allSatisfy(box -> assertThat(box.attr("style")).isEqualTo("overflow-x:auto"));
        assertThat(Html.parse(page).select("div.ap-scroll[style]")).isEmpty();
        // Run 131 #1: a browser's forced dark mode turned the statuses' black words white on amber.
        assertThat(Html.parse(page).selectFirst("style").html()).contains(":root{color-scheme:only light}");
        assertThat(fromFragment.select("section.ap-chapter")).hasSize(report.chapters().size());
        assertThat(HtmlReportRenderer.fragment().writesFragment()).isTrue();
        assertThat(new HtmlReportRenderer().writesFragment()).isFalse();
        assertThat(HtmlReportRenderer.fragment().format()).isEqualTo("html");
    }

    @Test
    void theRegistryFindsTheRendererForHtml() {
        assertThat(ReportRenderers.load().require("html")).isInstanceOf(HtmlReportRenderer.class);
        assertThat(new HtmlReportRenderer().mediaType()).isEqualTo("text/html");
    }

    @Test
    void printedAStatusesColourIsBehindItsWordsAloneAndAddressesKeepTheirLinkLook() {
        // Run 126 #1, #4: a row running onto later pages printed its status colour there with no words; links black.
        String css = Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).selectFirst("style").html();
        String print = css.substring(css.indexOf("@media print{"));

        assertThat(print).contains(".ap-status{background:none!important;",
                ".ap-status>.ap-keep{background:var(--ap-fill);color:var(--ap-ink);",
                ".ap-facts,.ap-facts tr{break-inside:avoid}", "tbody>tr:first-child{break-before:avoid}",
                "a[href^=\"#\"]{color:" + io.github.actionplan.report.Palette.TEXT + ";text-decoration:none}")
                .doesNotContain("a{color:");
    }

    @Test
    void thePrintStylesheetUsesTheOptionsPaperAndKeepsHeadersAndStatusCellsTogether() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(REPORTS.get("derbyshire-summary"),
                RenderOptions.builder().pageSize(PageSize.LETTER).build(), out);
        String css = Html.parse(out.toString(StandardCharsets.UTF_8)).selectFirst("style").html();
        assertThat(css).contains("@page{size:letter;", "@page ap-landscape{size:letter landscape}",
                "@page ap-portrait{size:letter portrait}", "thead{display:table-header-group}", ".ap-keep",
                "break-inside:avoid");
        assertThat(Html.page(REPORTS.get("derbyshire-summary"))).contains("@page{size:A4;");
    }

    @Test
    void hostileTextStaysTextInContentAttributesTitleAndChart() throws CharacterCodingException {
        Report report = hostileReport(HOSTILE);
        String page = Html.page(report);
        assertThat(Html.errors(page)).isEmpty();
        // Valid UTF-8 throughout: a lone surrogate cannot be encoded, so it must not reach the encoder.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8)));
        Document document = Html.parse(page);
        assertThat(document.select("img")).isEmpty();
        assertThat(Html.foreignScripts(document)).isEmpty();
        String shown = Markup.replaceInvisible(HOSTILE);
        assertThat(shown).doesNotContain("\u0000", "\u0085", "\uD800", "\uFFFE").contains("\uFFFD");
        assertThat(document.title()).isEqualTo(shown.replaceAll("\\s+", " ").strip());
        assertThat(document.selectFirst("meta[name=author]").attr("content")).isEqualTo(shown);
        assertThat(document.selectFirst("meta[name=keywords]").attr("content")).isEqualTo(shown + ", " + shown);
        assertThat(document.selectFirst("h1").wholeText()).isEqualTo(shown);
        assertThat(document.select("table.ap-data").get(1).selectFirst("caption").wholeText()).isEqualTo(shown);
        assertThat(document.select("table.ap-data").get(1).selectFirst("th[scope=col]").wholeText()).isEqualTo(shown);
        assertThat(document.select("table.ap-data").get(1).selectFirst("tbody td").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("td:not(.ap-status) p:not(.ap-note)").wholeText()).isEqualTo(shown + shown);
        assertThat(document.select("table.ap-data").get(1).selectFirst("td.ap-status").wholeText())
                .isEqualTo(shown + shown + shown);
        assertThat(document.selectFirst("p.ap-description").wholeText()).isEqualTo(shown);
        // The chart's first label, over the lines it is broken into between words: the texts before its count.
        assertThat(document.select("svg text").stream().takeWhile(text -> text.attr("x").equals("0"))
                .map(Element::wholeText).collect(Collectors.joining(" ")))
                .isEqualTo(String.join(" ", shown.strip().split("\\s+")));
        assertThat(document.selectFirst("div.ap-summary").previousElementSibling().wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("table.ap-facts tbody th").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("section > h2").wholeText()).isEqualTo(shown);
        assertThat(document.select("li").eachText()).contains(shown.strip());
    }

    @Test
    void aLineBreakInTextIsALineBreakOnThePage() {
        String page = Html.page(hostileReport("first\nsecond\r\nthird"));
        Document document = Html.parse(page);
        // Core has made the carriage return and line feed one line feed.
        assertThat(page).contains("<tr><td>first<br>second<br>third</td>");
        assertThat(document.title()).isEqualTo("first second third");
    }

    @Test
    void theHostilePlanRendersEveryStringAsTextNeverAsMarkup() {
        Document document = Html.parse(Html.page(ContractFixtures.hostileActionPlan()));
        assertThat(document.select("img, b, i, w|t, p p")).isEmpty();
        assertThat(Html.foreignScripts(document)).isEmpty();
        String text = document.body().wholeText();
        for (String hostile : List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "]]> CDATA end",
                "<!-- a comment -->", "&amp; &lt; &gt; &quot; &#169; &copy;")) {
            assertThat(text).contains(hostile);
        }
        assertThat(HostileStrings.all()).contains("<script>alert('x')</script>");
    }

    @Test
    void aWebAddressInNarrativeIsALinkToItInItsEmphasisAndListItem() {
        Narrative narrative = Narrative.parse("See https://www.gov.uk/guidance/fire-safety.\n\n"
                + "- **read https://a.example.org/q?x=1&y=2** first\n- javascript:alert(1)");
        Document document = Html.parse(Html.page(reportOf(new Chapter("Links", Orientation.PORTRAIT,
                List.of(new Section.NarrativeText(narrative))))));

        Element first = document.selectFirst("section p a");
        assertThat(first.attr("href")).isEqualTo("https://www.gov.uk/guidance/fire-safety");
        assertThat(first.text()).isEqualTo("https://www.gov.uk/guidance/fire-safety");
        assertThat(first.parent().text()).isEqualTo("See https://www.gov.uk/guidance/fire-safety.");
        Element second = document.selectFirst("li > strong > a");
        assertThat(second.attr("href")).isEqualTo("https://a.example.org/q?x=1&y=2");
        assertThat(second.text()).isEqualTo("https://a.example.org/q?x=1&y=2");
        assertThat(document.select("a[href]").eachAttr("href")).noneMatch(href -> href.startsWith("javascript"));
        assertThat(document.select("li").get(1).text()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void numberedLinesWhoseNumbersJumpAreOneListEachJumpAnItemsValue() {
        // Run 67 #3: one ol a jump, each spaced as a list of its own, and read as several one-item lists.
        Narrative narrative = Narrative.parse("10. Station 10 done\n3. Station 3 next\n4. Station 4 after\n\nThen:"
                + "\n\n1. one\n2. two");
        Document document = Html.parse(Html.page(reportOf(new Chapter("Stations", Orientation.PORTRAIT,
                List.of(new Section.NarrativeText(narrative))))));

        List<Element> lists = document.select("section ol");
        assertThat(lists).hasSize(2);
        assertThat(lists.getFirst().attr("start")).isEqualTo("10");
        assertThat(lists.getFirst().children()).extracting(li -> li.attr("value")).containsExactly("", "3", "");
        assertThat(lists.getFirst().children()).extracting(Element::text).containsExactly("Station 10 done",
                "Station 3 next", "Station 4 after");
        assertThat(lists.get(1).hasAttr("start")).isFalse();
    }

    static Stream<String> templates() {
        return ReportTemplates.NAMES.stream();
    }

    @Test
    void aPlanInWelshHasItsTextsMarkedWelshWhileTheReportsOwnWordsStayInItsLanguage() {
        ActionPlan plan = SeedPlans.merseyside();
        Document document = Html.parse(Html.page(Html.welshMerseyside("action-plan")));

        assertThat(document.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        // The plan's texts: each recommendation's and its update's, and list items in an update and in a table cell.
        for (Recommendation recommendation : plan.recommendations()) {
            assertThat(holding(document, recommendation.text())).extracting(e -> e.tagName() + " " + e.attr("lang"))
                    .as(recommendation.ref()).isNotEmpty().containsOnly("p cy");
            for (ProgressUpdate update : recommendation.updates()) {
                assertThat(holding(document, update.text().lines().findFirst().orElseThrow()))
                        .extracting(e -> e.tagName() + " " + e.attr("lang")).isNotEmpty().containsOnly("p cy");
            }
        }
        assertThat(holding(document, "Produced documented guidance and checklists.")).extracting(e -> e.attr("lang"))
                .containsExactly("cy");
        assertThat(holding(document, "Improve staff confidence in dealing with them"))
                .extracting(e -> e.tagName() + " " + e.attr("lang") + " in " + e.closest("td, th").tagName())
                .containsExactly("li cy in td");
        // Every paragraph and list item of the plan's is marked, each element that holds its text alone; an item of
        // several blocks holds no text of its own but marked paragraphs.
        // A status's lines are the report's words, but for its label, marked on its strong.
        assertThat(document.select("main p:not([class])").stream().filter(p -> !p.parent().hasClass("ap-keep")))
                .isNotEmpty().allMatch(p -> p.attr("lang").equals("cy"));
        for (Element item : document.select("main li")) {
            if (item.hasAttr("lang")) {
                assertThat(item.select("p, ul, ol")).as("%s", item).isEmpty();
            } else {
                assertThat(item.ownText()).as("%s", item).isBlank();
                assertThat(item.select("> p")).as("%s", item).isNotEmpty().allMatch(p -> p.attr("lang").equals("cy"));
            }
        }
        assertThat(document.select("body [lang]")).isNotEmpty().allMatch(e -> e.attr("lang").equals("cy")
                && List.of("p", "li", "h1").contains(e.tagName()));
        // The title, the plan's own words alone, is read in its language (run 98 #2).
        assertThat(document.select("h1")).extracting(e -> e.text() + " " + e.attr("lang"))
                .containsExactly(plan.title() + " cy");
        // The report's own words: headings, captions, column headers, the skip link, statuses, facts, the chart.
        List<Element> words = document.select("h2, h3, h4, h5, h6, caption, thead th, .ap-skip, .ap-running, "
                + "nav, table.ap-facts, .ap-status, .ap-description, svg");
        assertThat(words).hasSizeGreaterThan(50);
        for (Element word : words) {
            assertThat(word.select("[lang]")).as("%s", word).isEmpty();
            assertThat(word.closest("[lang]").attr("lang")).as("%s", word).isEqualTo("en-GB");
        }
    }

    /** The elements of {@code document} whose own text starts with {@code text}. */
    private static List<Element> holding(Document document, String text) {
        String start = text.strip().substring(0, Math.min(60, text.strip().length()));
        return document.body().select("*").stream().filter(e -> e.ownText().startsWith(start)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void markingAPlansLanguageAddsLangAttributesToTheReportAndChangesNothingElse(String template) {
        Report english = REPORTS.get("merseyside-" + template);
        Report welsh = Html.welshMerseyside(template);

        String page = Html.page(welsh);
        assertThat(page).contains("<p lang=\"cy\">");
        assertThat(Html.errors(page)).isEmpty();
        assertThat(page.replace(" lang=\"cy\"", "")).isEqualTo(Html.page(english));
        String fragment = Html.fragment(welsh);
        assertThat(fragment).startsWith("<article class=\"ap-report\" lang=\"en-GB\" style=\"color-scheme:only"
                + " light\">").contains("<p lang=\"cy\">");
        assertThat(fragment.replace(" lang=\"cy\"", "")).isEqualTo(Html.fragment(english));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aPlanWithoutALanguageHasNoLangBelowThePagesOwn(String fixture) {
        Report report = REPORTS.get(fixture);
        assertThat(Html.parse(Html.page(report)).select("[lang]")).extracting(Element::tagName)
                .containsExactly("html");
        assertThat(Html.parse(Html.fragment(report)).select("[lang]")).extracting(Element::tagName)
                .containsExactly("article");
    }

    @Test
    void aParagraphInAnotherLanguageIsMarkedOnItsPOrOnTheListItemItIsTheWholeOf() {
        Block.Paragraph welsh = new Block.Paragraph(List.of(Inline.Span.plain("Adolygu polisi")), Optional.of("cy"));
        Narrative narrative = new Narrative(List.of(Block.Paragraph.of("Progress:"), welsh,
                new Block.BulletList(List.of(new Block.ListItem(List.of(welsh)),
                        new Block.ListItem(List.of(welsh, Block.Paragraph.of("Due in June"))),
                        new Block.ListItem(List.of(Block.Paragraph.of("Plain")))))));
        Report report = reportOf(new Chapter("Cymraeg", Orientation.PORTRAIT, List.of(new Section.NarrativeText(
                narrative), new Section.Table("Updates", List.of(new Column("Update", Column.ColumnType.NARRATIVE, 1)),
                List.of(List.of(new Cell.NarrativeCell(new Narrative(List.of(welsh)))))))));

        String page = Html.page(report);

        // An item of one paragraph has no p: the item holds its text, so it is marked; one of two is not.
        assertThat(page).contains("""
                <p>Progress:</p>
                <p lang="cy">Adolygu polisi</p>
                <ul>
                <li lang="cy">Adolygu polisi</li>
                <li><p lang="cy">Adolygu polisi</p>
                <p>Due in June</p>
                </li>
                <li>Plain</li>
                </ul>
                """, "<tr><td><p lang=\"cy\">Adolygu polisi</p>\n</td></tr>");
    }

    @Test
    void aWelshPlansOwnWordForAStatusIsMarkedWelshWhereverACellShowsItAndNothingBesideItIs() {
        Document document = Html.parse(Html.page(Html.labelledMerseyside("action-plan", Optional.of("cy"))));

        // Each element of a table holding the plan's word: in the summary's counts, each recommendation's and action's
        // status, and the key's Status column. The chart is hidden from assistive technology and the summary's
        // sentence is the report's own, with no language for the word in it from core.
        List<Element> labels = document.body().select("table *").stream()
                .filter(e -> e.ownText().equals(Html.WELSH_OFF_TRACK)).toList();
        assertThat(labels).extracting(e -> e.tagName() + " " + e.attr("lang")).containsOnly("strong cy", "td cy");
        assertThat(labels).extracting(e -> e.closest(".ap-summary") != null ? "summary"
                : e.tagName().equals("td") ? "key " + e.closest("table").select("thead th").eachText()
                : "status " + e.closest("table").selectFirst("caption").text().replaceAll(" \\d+$", ""))
                .containsOnly("summary", "key [BRAG, Status, Meaning]", "status Status of Area for improvement",
                        "status Actions for Area for improvement")
                .containsOnlyOnce("summary", "key [BRAG, Status, Meaning]");
        // Those, and the plan's paragraphs, are all that is marked.
        assertThat(document.body().select("[lang]").not("p, li, h1")).containsExactlyElementsOf(labels);
        // The default labels, the key's colours and meanings, and the note and reason beside a label are the report's.
        List<Element> defaults = document.body().select("table *").stream()
                .filter(e -> List.of("On track", "Complete", "Red").contains(e.ownText())).toList();
        assertThat(defaults).extracting(Element::tagName).contains("strong", "td");
        List<Element> beside = document.select(".ap-status .ap-keep > p:not(:first-child), td[lang] + td");
        assertThat(beside).hasSizeGreaterThan(10);
        for (Element word : Stream.concat(defaults.stream(), beside.stream()).toList()) {
            assertThat(word.select("[lang]")).as("%s", word).isEmpty();
            assertThat(word.closest("[lang]").attr("lang")).as("%s", word).isEqualTo("en-GB");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aPlansOwnLabelsInItsLanguageAddLangAttributesAndChangeNothingElse(String template) {
        String page = Html.page(Html.labelledMerseyside(template, Optional.of("cy")));
        String fragment = Html.fragment(Html.labelledMerseyside(template, Optional.of("cy")));

        assertThat(page).contains("lang=\"cy\">" + Html.WELSH_OFF_TRACK + "<");
        assertThat(Html.errors(page)).isEmpty();
        Report english = Html.labelledMerseyside(template, Optional.empty());
        assertThat(page.replace(" lang=\"cy\"", "")).isEqualTo(Html.page(english));
        assertThat(fragment.replace(" lang=\"cy\"", "")).isEqualTo(Html.fragment(english));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aPlanWithItsOwnLabelsButNoLanguageHasNoLangBelowThePagesOwn(String template) {
        Report report = Html.labelledMerseyside(template, Optional.empty());

        String page = Html.page(report);
        assertThat(page).contains(Html.WELSH_OFF_TRACK);
        assertThat(Html.parse(page).select("[lang]")).extracting(Element::tagName).containsExactly("html");
        assertThat(Html.parse(Html.fragment(report)).select("[lang]")).extracting(Element::tagName)
                .containsExactly("article");
    }

    @Test
    void aTextCellInAnotherLanguageIsMarkedOnItsCellAndAStatusLabelOnItsStrongAlone() {
        Colour red = Colour.parse("#B10E1E");
        List<Column> columns = List.of(new Column("Plan", Column.ColumnType.TEXT, 2),
                new Column("Status", Column.ColumnType.STATUS, 2),
                new Column("Progress", Column.ColumnType.PERCENT, 1));
        List<List<Cell>> rows = List.of(
                List.of(new Cell.TextCell("Cynllun", Optional.of("cy")), new Cell.StatusCell(Status.OFF_TRACK,
                        "Oddi ar y trywydd", Optional.of("50% done"), Optional.of("Overdue"), red, Colour.WHITE,
                        Optional.of("cy")), new Cell.TextCell("Dim", Optional.of("cy-GB"))),
                List.of(new Cell.TextCell("Plan"), new Cell.StatusCell(Status.OFF_TRACK, "Off track", Optional.empty(),
                        Optional.empty(), red, Colour.WHITE), new Cell.TextCell("None")));
        Report report = reportOf(new Chapter("Plans", Orientation.PORTRAIT, List.of(new Section.Table("Plans",
                columns, rows, Optional.empty(), true))));

        String page = Html.page(report);

        String status = "class=\"ap-status ap-brag-red\" style=\"--ap-fill:#B10E1E;--ap-ink:#FFFFFF;"
                + "background-color:#B10E1E;color:#FFFFFF\"><div class=\"ap-keep\">";
        assertThat(page).contains("<tbody>\n<tr><th scope=\"row\" lang=\"cy\">Cynllun</th><td " + status
                + "<p><strong lang=\"cy\">Oddi ar y trywydd</strong></p><p>50% done</p>"
                + "<p class=\"ap-note\">Overdue</p></div></td><td class=\"ap-num\" lang=\"cy-GB\">Dim</td></tr>\n"
                + "<tr><th scope=\"row\">Plan</th><td "
                + status + "<p><strong>Off track</strong></p></div></td><td class=\"ap-num\">None</td></tr>\n</tbody>");
        assertThat(Html.errors(page)).isEmpty();
    }

    @Test
    void aKeyFactInAnotherLanguageIsMarkedOnItsValuesCellAlone() {
        // Trial 60 F2: a Welsh plan's inspection question sat in a cell read in an English voice.
        Report report = reportOf(new Chapter("Facts", Orientation.PORTRAIT, List.of(new Section.KeyFacts(List.of(
                new Section.KeyFact("Inspection area", "Atal tanau", Optional.of("cy")),
                new Section.KeyFact("Ref", "1"))))));

        String page = Html.page(report);

        assertThat(page).contains("<tr><th scope=\"row\">Inspection area</th><td lang=\"cy\">Atal tanau</td></tr>\n"
                + "<tr><th scope=\"row\">Ref</th><td>1</td></tr>");
        assertThat(Html.errors(page)).isEmpty();
    }

    /** A report of {@code chapters} with plain texts around them. */
    private static Report reportOf(Chapter... chapters) {
        return new Report("Chapters", "Anyshire Fire and Rescue Service", LocalDate.of(2025, 6, 30), Optional.empty(),
                new DocumentMetadata("Chapters", "Anyshire", "Chapters", List.of(), "en-GB",
                        OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)), List.of(chapters));
    }

    /** A report whose every text, of every kind of section and cell, is {@code text}. */
    private static Report hostileReport(String text) {
        Narrative narrative = new Narrative(List.of(new Block.Paragraph(List.of(new Inline.Span(text, true, false),
                new Inline.Span(text, false, true))), new Block.BulletList(List.of(new Block.ListItem(List.of(
                new Block.Paragraph(List.of(Inline.Span.plain(text)))))))));
        List<Column> columns = List.of(new Column(text, Column.ColumnType.TEXT, 2),
                new Column("Narrative", Column.ColumnType.NARRATIVE, 4), new Column("Status", Column.ColumnType.STATUS, 2),
                new Column("Due", Column.ColumnType.TIMESCALE, 1));
        List<Cell> row = List.of(new Cell.TextCell(text), new Cell.NarrativeCell(narrative),
                new Cell.StatusCell(Status.OFF_TRACK, text, Optional.of(text), Optional.of(text), Colour.parse("#B10E1E"),
                        Colour.WHITE),
                new Cell.TimescaleCell(text, Optional.empty(), ""));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section.KeyFacts(List.of(new Section.KeyFact(text, text))));
        sections.add(new Section.StatusSummary(text, List.of(new Section.StatusCount(Status.OFF_TRACK, text, 1,
                Colour.parse("#B10E1E"), Colour.WHITE)), text, new Section.Table("", List.of(
                new Column("Status", Column.ColumnType.STATUS, 1)), List.of(List.of(new Cell.StatusCell(Status.OFF_TRACK,
                text, Optional.empty(), Optional.empty(), Colour.parse("#B10E1E"), Colour.WHITE))))));
        sections.add(new Section.Table(text, columns, List.of(row)));
        sections.add(new Section.NarrativeText(narrative));
        // Core cleans the texts of its records; the raw text reaches the renderer only through
        // spans and the records that keep text as given, which is what this report is for.
        return new Report(text, text, LocalDate.of(2025, 6, 30), Optional.empty(),
                new DocumentMetadata(text, text, text, List.of(text, text), "en-GB",
                        OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)),
                List.of(new Chapter(text, Orientation.PORTRAIT, sections)));
    }
}
