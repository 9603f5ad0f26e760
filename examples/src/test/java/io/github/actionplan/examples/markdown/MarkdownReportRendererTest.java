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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

    private static String render(Section section) throws IOException {
        Report report = new Report("Title", "Subtitle", LocalDate.of(2025, 6, 30),
                Optional.empty(), new DocumentMetadata("Title", "Example", "Subject", List.of(), "en-GB",
                        OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)),
                List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(section))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportRenderer().render(report, RenderOptions.defaults(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
