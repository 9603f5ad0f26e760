package io.github.actionplan.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.testkit.HostileStrings;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderers;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void thePageIsSelfContainedWithLanguageTitleAndStylesAndNoScript(String fixture) {
        Report report = REPORTS.get(fixture);
        String page = Html.page(report);
        Document document = Html.parse(page);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">");
        assertThat(document.title()).isEqualTo(Markup.replaceInvisible(report.metadata().title()).replace('\n', ' ')
                .strip().replaceAll("\\s+", " "));
        assertThat(document.select("head > style")).hasSize(1);
        assertThat(document.select("script, link, iframe, object, embed, img, base, form")).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("an event handler").doesNotStartWith("on");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as("a link within the page").startsWith("#");
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
    void everyTableHasACaptionAndScopedColumnHeadersAndScrollsInANamedFocusableRegion(String fixture) {
        Report report = REPORTS.get(fixture);
        Document document = Html.parse(Html.page(report));
        List<Element> tables = document.select("table.ap-data");
        assertThat(tables).hasSize(report.tables().size());
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            Section.Table section = report.tables().get(i);
            assertThat(table.select("> caption").text()).isEqualTo(Html.parse(Markup.replaceInvisible(section.title()))
                    .body().text());
            assertThat(table.select("> thead > tr > th[scope=col]")).hasSize(section.columns().size());
            assertThat(table.select("> tbody > tr")).hasSize(section.rows().size());
            Element scroll = table.parent();
            assertThat(scroll.hasClass("ap-scroll")).isTrue();
            assertThat(scroll.attr("tabindex")).isEqualTo("0");
            assertThat(scroll.attr("role")).isEqualTo("region");
            assertThat(scroll.attr("aria-labelledby")).isEqualTo(table.selectFirst("caption").id());
            assertThat(scroll.hasClass("ap-wide")).isEqualTo(section.wide());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void idsAreUniqueAndEveryReferenceFindsOne(String fixture) {
        Document document = Html.parse(Html.page(REPORTS.get(fixture)));
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue());
        for (Element e : document.select("[aria-labelledby], [aria-describedby], a[href]")) {
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
        List<Element> rows = document.select("table.ap-data").last().select("tbody > tr");
        for (int r = 0; r < table.rows().size(); r++) {
            Cell.StatusCell status = (Cell.StatusCell) table.rows().get(r).get(column);
            Element cell = rows.get(r).child(column);
            assertThat(cell.selectFirst("strong").text()).isEqualTo(status.label());
            assertThat(cell.attr("style")).isEqualTo("background-color:" + status.fill() + ";color:" + status.textColour());
            assertThat(cell.text()).contains(status.reason());
        }
    }

    @Test
    void theChartIsAnSvgImageWithATitleAndThePrintedDescription() {
        Report report = REPORTS.get("derbyshire-summary");
        Section.StatusSummary summary = report.sections().stream().filter(Section.StatusSummary.class::isInstance)
                .map(Section.StatusSummary.class::cast).findFirst().orElseThrow();
        Document document = Html.parse(Html.page(report));
        Element svg = document.selectFirst("figure.ap-chart > svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isEqualTo(summary.title());
        assertThat(svg.attr("aria-labelledby")).isEqualTo(svg.selectFirst("title").id());
        assertThat(document.getElementById(svg.attr("aria-describedby")).text()).isEqualTo(summary.description());
        assertThat(svg.select("rect[fill]")).hasSize((int) summary.counts().stream().filter(c -> c.count() > 0).count());
        assertThat(document.select("table.ap-counts tbody th[scope=row]").eachText())
                .containsExactlyElementsOf(summary.counts().stream().map(Section.StatusCount::label).toList());
    }

    @Test
    void aLongPlanStartsWithAContentsListLinkedToEachChapter() {
        Report report = REPORTS.get("merseyside-action-plan");
        List<String> chapters = report.sections().stream().filter(Section.Heading.class::isInstance)
                .map(Section.Heading.class::cast).filter(h -> h.level() == 1).map(Section.Heading::text).toList();
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
    void aShortReportHasNoContentsList() {
        assertThat(Html.parse(Html.page(REPORTS.get("derbyshire-summary"))).select("nav")).isEmpty();
    }

    @Test
    void theFragmentIsTheReportAloneWithItsLanguageAndColours() {
        Report report = REPORTS.get("merseyside-action-plan");
        String fragment = Html.fragment(report);
        assertThat(fragment).startsWith("<article class=\"ap-report\" lang=\"en-GB\">\n<header");
        assertThat(fragment.stripTrailing()).endsWith("</article>");
        assertThat(fragment).doesNotContain("<html", "<head>", "<body", "<style", "<main", "ap-skip",
                "<!DOCTYPE");
        String page = Html.page(report);
        Document fromFragment = Html.parse(fragment);
        assertThat(fromFragment.body().text()).isEqualTo(Html.parse(page).selectFirst("main").parent().text()
                .replace("Skip to main content ", ""));
        assertThat(fromFragment.select("td.ap-status[style]")).isNotEmpty();
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
    void thePrintStylesheetUsesTheOptionsPaperAndKeepsHeadersAndStatusCellsTogether() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(REPORTS.get("derbyshire-summary"),
                RenderOptions.builder().pageSize(PageSize.LETTER).build(), out);
        String css = Html.parse(out.toString(StandardCharsets.UTF_8)).selectFirst("style").html();
        assertThat(css).contains("@page{size:letter;", "@page ap-landscape{size:letter landscape}",
                "thead{display:table-header-group}", ".ap-keep", "break-inside:avoid", ".ap-wide{page:ap-landscape}");
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
        assertThat(document.select("script, img")).isEmpty();
        String shown = Markup.replaceInvisible(HOSTILE);
        assertThat(shown).doesNotContain("\u0000", "\u0085", "\uD800", "\uFFFE").contains("\uFFFD");
        assertThat(document.title()).isEqualTo(shown.replaceAll("\\s+", " ").strip());
        assertThat(document.selectFirst("meta[name=author]").attr("content")).isEqualTo(shown);
        assertThat(document.selectFirst("meta[name=keywords]").attr("content")).isEqualTo(shown + ", " + shown);
        assertThat(document.selectFirst("h1").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("caption").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("table.ap-data th[scope=col]").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("table.ap-data tbody td").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("td p").wholeText()).isEqualTo(shown + shown);
        assertThat(document.selectFirst("td.ap-status").wholeText()).isEqualTo(shown + " (" + shown + ")" + shown);
        assertThat(document.selectFirst("svg title").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("svg text").wholeText()).isEqualTo(shown);
        assertThat(document.selectFirst("dt").wholeText()).isEqualTo(shown);
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
        assertThat(document.select("script, img, b, i, w|t, p p")).isEmpty();
        String text = document.body().wholeText();
        for (String hostile : List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "]]> CDATA end",
                "<!-- a comment -->", "&amp; &lt; &gt; &quot; &#169; &copy;")) {
            assertThat(text).contains(hostile);
        }
        assertThat(HostileStrings.all()).contains("<script>alert('x')</script>");
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
                new Cell.StatusCell(Status.OFF_TRACK, text, Colour.parse("#B10E1E"), Colour.WHITE, text, Optional.of(text)),
                new Cell.TimescaleCell(text, Optional.empty(), ""));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section.KeyFacts(List.of(new Section.KeyFact(text, text))));
        sections.add(new Section.StatusSummary(text, List.of(new Section.StatusCount(Status.OFF_TRACK, text, 1,
                java.math.BigDecimal.ONE, "100%", Colour.parse("#B10E1E"), Colour.WHITE)), 1, text));
        sections.add(new Section.Table(text, columns, List.of(row), false));
        sections.add(new Section.NarrativeText(narrative));
        // Core cleans the texts of its records; the raw text reaches the renderer only through
        // spans and the records that keep text as given, which is what this report is for.
        return new Report(text, text, text, LocalDate.of(2025, 6, 30), Optional.empty(),
                new DocumentMetadata(text, text, text, List.of(text, text), "en-GB",
                        OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)), sections);
    }
}
