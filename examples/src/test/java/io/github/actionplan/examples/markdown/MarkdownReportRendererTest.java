package io.github.actionplan.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** How the Markdown renderer lays out what the contract kit does not look at: the Markdown itself. */
class MarkdownReportRendererTest {

    @Test
    void escapesMarkdownSoTextIsShownAsWritten() throws IOException {
        String markdown = render(new Section.NarrativeText(Narrative.plain("# Not a heading | *not emphasis* <b>x</b> & [link](x)")));

        assertThat(markdown).contains("\\# Not a heading \\| \\*not emphasis\\* \\<b\\>x\\</b\\> \\& \\[link\\](x)\n");
        assertThat(MarkdownText.visibleText(markdown)).contains("# Not a heading | *not emphasis* <b>x</b> & [link](x)");
    }

    @Test
    void escapesAListMarkerOrIndentationAtTheStartOfAParagraph() throws IOException {
        assertThat(render(new Section.NarrativeText(Narrative.plain("- a dash")))).contains("\n\\- a dash\n");
        assertThat(render(new Section.NarrativeText(Narrative.plain("1. a number")))).contains("\n1\\. a number\n");
        assertThat(render(new Section.NarrativeText(Narrative.plain("    code")))).contains("\ncode\n");
    }

    @Test
    void narrativeBecomesParagraphsAndListsWithEmphasis() throws IOException {
        String markdown = render(new Section.NarrativeText(Narrative.parse(
                "The plan:\n\n- **first**\n- *second*\n\n1. one\n2. two\n   - nested")));

        assertThat(markdown).contains("The plan:\n\n- **first**\n- *second*\n\n1. one\n2. two\n\n   - nested\n");
    }

    @Test
    void aTableIsAGfmTableWithNarrativeCellsOnOneLineAndStatusesAsLabels() throws IOException {
        Section.Table table = new Section.Table("Actions", List.of(
                new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Action", Column.ColumnType.NARRATIVE, 4),
                new Column("Status", Column.ColumnType.STATUS, 2)),
                List.of(List.of(new Cell.TextCell("1.1"), new Cell.NarrativeCell(Narrative.parse("Review:\n\n- a | b\n- c")),
                        new Cell.StatusCell(Status.OFF_TRACK, "Off track", Optional.of("Owner's assessment: On track"),
                                Optional.of("overdue"), Colour.BLACK, Colour.WHITE))));

        assertThat(render(table)).contains("**Actions**\n\n"
                + "| Ref | Action | Status |\n"
                + "| --- | --- | --- |\n"
                + "| 1.1 | Review:<br>• a \\| b<br>• c | Off track<br>Owner's assessment: On track<br>overdue |\n");
    }

    @Test
    void aRunningHeaderAndFooterAreShownOnceAboveTheTitleAndAtTheEnd() throws IOException {
        String markdown = render(report(new Section.NarrativeText(Narrative.plain("Body."))), RenderOptions.builder()
                .runningHeader("Anyshire FRS: # action plan").runningFooter("OFFICIAL-SENSITIVE").build());

        assertThat(markdown).isEqualTo("""
                Anyshire FRS: \\# action plan

                # Title

                Subtitle

                Body.

                ---

                OFFICIAL-SENSITIVE

                """);
    }

    @Test
    void theDefaultRunningHeaderIsTheTitleWhichIsNotWrittenTwice() throws IOException {
        assertThat(render(new Section.NarrativeText(Narrative.plain("Body."))))
                .isEqualTo("# Title\n\nSubtitle\n\nBody.\n\n");
    }

    @Test
    void headingsSkipNoLevelBelowAChapterHeadingOrWithoutOne() throws IOException {
        Report report = new Report("Title", "", LocalDate.of(2025, 6, 30), Optional.empty(), metadata(), List.of(
                new Chapter("Area for improvement 1", Orientation.PORTRAIT, List.of(new Section.Heading(2, "Notes"),
                        new Section.Heading(3, "Detail"))),
                Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.Heading(2, "Key")))));

        assertThat(render(report, RenderOptions.defaults()).lines().filter(line -> line.startsWith("#")))
                .containsExactly("# Title", "## Area for improvement 1", "### Notes", "#### Detail", "## Key");
    }

    @Test
    void noHeadingLevelIsSkippedInAnyReport() throws IOException {
        for (Map.Entry<String, Report> fixture : ContractFixtures.reports().entrySet()) {
            List<Integer> levels = headingLevels(render(fixture.getValue(), RenderOptions.defaults()));

            assertThat(levels).as(fixture.getKey()).startsWith(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("%s: heading %d after a heading of level %d", fixture.getKey(), i + 1,
                        levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
        }
    }

    @Test
    void theActionPlansHeadingsUnderAChapterAreOneLevelBelowIt() throws IOException {
        String markdown = render(ContractFixtures.reports().get("merseyside-action-plan"), RenderOptions.defaults());

        // The status summary's title ranks with the chapters' headings, as core says.
        assertThat(markdown.lines().filter(line -> line.startsWith("#")).limit(5))
                .containsExactly("# Draft HMICFRS Report 2023 Action Plan", "## Status as of 30 June 2025",
                        "## Area for improvement 1", "### Area for improvement", "### Required outcomes");
    }

    /**
     * Core decides what is a heading: a table's title where core heads it ({@code Section.Table.heading()}, the
     * summary's main table, the key), a status summary's title, the report's own headings; a caption ("Key facts",
     * "Actions for ...") is no heading. The Markdown has those headings, in order, and no other.
     */
    @Test
    void theHeadingsAreCoresHeadingsInOrderTablesTitlesIncludedAndCaptionsAreNone() throws IOException {
        for (Map.Entry<String, Report> fixture : ContractFixtures.reports().entrySet()) {
            if (fixture.getKey().startsWith("hostile")) {
                continue; // its titles hold line breaks, which a heading shows as <br>, not as text
            }
            Report report = fixture.getValue();
            List<String> expected = new ArrayList<>(List.of(report.title()));
            for (Chapter chapter : report.chapters()) {
                if (!chapter.heading().isEmpty()) {
                    expected.add(chapter.heading());
                }
                chapter.sections().forEach(section -> headings(section, expected));
            }
            assertThat(headingTexts(render(report, RenderOptions.defaults()))).as(fixture.getKey())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aTableCoreHeadsIsUnderAHeadingOneLevelBelowTheChaptersAndACaptionedOneUnderItsCaptionInBold()
            throws IOException {
        List<List<Cell>> rows = List.of(List.of(new Cell.TextCell("1.1")));
        List<Column> columns = List.of(new Column("Ref", Column.ColumnType.TEXT, 1));
        Report report = new Report("Title", "", LocalDate.of(2025, 6, 30), Optional.empty(), metadata(), List.of(
                new Chapter("Chapter", Orientation.PORTRAIT, List.of(
                        new Section.Table("Headed", columns, rows).headedAt(2),
                        new Section.Table("Captioned", columns, rows)))));

        assertThat(render(report, RenderOptions.defaults())).contains(
                "## Chapter\n\n### Headed\n\n| Ref |", "\n\n**Captioned**\n\n| Ref |").doesNotContain("**Headed**");
    }

    /** The headings core decides {@code section} has, in order, as a renderer that draws its fallback sees them. */
    private static void headings(Section section, List<String> headings) {
        switch (section) {
            case Section.Heading heading -> headings.add(heading.text());
            case Section.Table table -> table.heading().ifPresent(heading -> headings.add(heading.text()));
            case Section.StatusSummary summary -> {
                summary.heading().ifPresent(heading -> headings.add(heading.text()));
                headings(summary.table(), headings);
            }
            case Section.NarrativeText text -> { }
            default -> section.fallback().forEach(part -> headings(part, headings));
        }
    }

    /** The text of every heading, in order, as CommonMark reads the Markdown. */
    private static List<String> headingTexts(String markdown) {
        List<String> texts = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }
                });
                texts.add(text.toString());
            }
        });
        return texts;
    }

    /** The level of every heading, in order, as CommonMark reads the Markdown. */
    private static List<Integer> headingLevels(String markdown) {
        List<Integer> levels = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                levels.add(heading.getLevel());
            }
        });
        return levels;
    }

    private static String render(Section section) throws IOException {
        return render(report(section), RenderOptions.defaults());
    }

    private static Report report(Section section) {
        return new Report("Title", "Subtitle", LocalDate.of(2025, 6, 30), Optional.empty(), metadata(),
                List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(section))));
    }

    private static DocumentMetadata metadata() {
        return new DocumentMetadata("Title", "Example", "Subject", List.of(), "en-GB",
                OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    private static String render(Report report, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportRenderer().render(report, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
