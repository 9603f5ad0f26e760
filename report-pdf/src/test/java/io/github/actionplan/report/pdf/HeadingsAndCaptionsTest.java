package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PDF's headings and table names are core's, as in every other format (accessibility trial findings L1, L7, L8),
 * and a small table stays on one page with what leads it in.
 */
class HeadingsAndCaptionsTest {

    private static final Map<String, Report> REPORTS = ContractFixtures.reports();

    /** The document element's kids, a heading or caption by its text, a table by its caption or "no caption". */
    private static List<String> outline(byte[] pdf) {
        List<StructureText.Node> roots = StructureText.read(pdf);
        assertThat(roots).singleElement().extracting(StructureText.Node::type).isEqualTo("Document");
        List<String> outline = new ArrayList<>();
        for (StructureText.Node kid : roots.getFirst().kids()) {
            switch (kid.type()) {
                case "Table" -> outline.add("Table: " + kid.kids().stream().filter(k -> k.type().equals("Caption"))
                        .map(k -> k.allText().replaceAll("\\s+", " ")).findFirst().orElse("no caption"));
                case "Figure", "P", "L" -> outline.add(kid.type());
                default -> outline.add(kid.type() + ": " + kid.allText().replaceAll("\\s+", " "));
            }
        }
        return outline;
    }

    @Test
    void theOwnersListsKeyHasAnH2OfItsOwnAndEachTableIsCaptionedOrHeadedAsCoreSays() {
        byte[] pdf = Pdfs.render(REPORTS.get("merseyside-owners")).bytes();

        assertThat(outline(pdf)).containsExactly(
                "H1: Owners' lists: Draft HMICFRS Report 2023 Action Plan", "P",
                "Table: Key facts",
                "H2: Areas for improvement by owner", "Table: no caption", "P",
                "H2: Protection", "P",
                "H2: People and Organisational Development", "Table: Off track, at risk or due within 90 days",
                "H2: Key to BRAG ratings", "Table: no caption");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void theStatusSummarysTitleIsAnH2BookmarkedAndItsTableFollowsTheChartUnderIt() {
        byte[] pdf = Pdfs.render(REPORTS.get("derbyshire-summary")).bytes();

        assertThat(outline(pdf)).containsExactly(
                "H1: HMICFRS Area For Improvement Summary Report", "P",
                "Table: Key facts",
                "H2: Status as of 1 November 2023", "Figure", "P", "Table: no caption",
                "H2: Summary", "Table: no caption",
                "H2: Key to BRAG ratings", "Table: no caption");
    }

    @Test
    void theStatusSummaryStaysOnOnePageWithItsHeadingItsCompleteAndItsTotal() {
        // The Merseyside summary's counts fell across a page break, "Complete" and "Total" alone on the next page.
        byte[] pdf = Pdfs.render(REPORTS.get("merseyside-summary")).bytes();

        String page = Pdfs.text(pdf, pageWith(pdf, "Status as of 30 June 2025"),
                pageWith(pdf, "Status as of 30 June 2025"));
        assertThat(page).contains("Of 5 items:", "Status Items Share", "Off track", "Complete 1 20%",
                "Total 5 100%");
    }

    @Test
    void aSmallTableThatDoesNotFitTheRestOfAPageMovesWholeToTheNextWithItsHeading() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(List.of(new Cell.TextCell("Row " + i), new Cell.NumberCell(i, Integer.toString(i))));
        }
        Section.Table table = new Section.Table("Counts by name", List.of(new Column("Name", Column.ColumnType.TEXT, 3),
                new Column("Count", Column.ColumnType.NUMBER, 1)), rows, Optional.of(List.of(
                new Cell.TextCell("Sum"), new Cell.NumberCell(21, "21"))), true).headedAt(1);
        // Paragraphs of one line each, more and more of them, so that the table comes at every height of a page.
        boolean moved = false;
        for (int paragraphs = 18; paragraphs <= 34; paragraphs++) {
            List<Section> sections = new ArrayList<>();
            for (int i = 1; i <= paragraphs; i++) {
                sections.add(Section.NarrativeText.plain("Paragraph " + i + "."));
            }
            sections.add(table);
            byte[] pdf = Pdfs.render(Fixtures.report("Small tables", "", List.of(
                    Chapter.untitled(Orientation.PORTRAIT, sections)))).bytes();

            int heading = pageWith(pdf, "Counts by name");
            assertThat(Pdfs.text(pdf, heading, heading)).as("%d paragraphs before", paragraphs)
                    .contains("Name Count", "Row 1 1", "Row 6 6", "Sum 21");
            moved |= heading > pageWith(pdf, "Paragraph " + paragraphs + ".");
        }
        assertThat(moved).as("a table moved to the next page").isTrue();
    }

    @Test
    void aChapterThatOpensWithATableMovesWithItWholeAndLeavesNoHeadingAtTheFootOfAPage() {
        // An owner's chapter of the owners report: "People and Organisational Development" had ended a page alone.
        // Its table, kept whole, is taller than the room a chapter's heading keeps below it.
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            rows.add(List.of(new Cell.TextCell("Row " + i), new Cell.NumberCell(i, Integer.toString(i))));
        }
        Section.Table table = new Section.Table("Late or at risk", List.of(new Column("Name", Column.ColumnType.TEXT,
                3), new Column("Count", Column.ColumnType.NUMBER, 1)), rows, Optional.empty(), true);
        boolean moved = false;
        for (int paragraphs = 18; paragraphs <= 34; paragraphs++) {
            List<Section> before = new ArrayList<>();
            for (int i = 1; i <= paragraphs; i++) {
                before.add(Section.NarrativeText.plain("Paragraph " + i + "."));
            }
            byte[] pdf = Pdfs.render(Fixtures.report("Owners", "", List.of(
                    Chapter.untitled(Orientation.PORTRAIT, before),
                    new Chapter("People and Organisational Development", Orientation.PORTRAIT, List.of(table)))))
                    .bytes();

            int heading = pageWith(pdf, "People and Organisational Development");
            assertThat(Pdfs.text(pdf, heading, heading)).as("%d paragraphs before", paragraphs)
                    .contains("Late or at risk", "Name Count", "Row 1 1", "Row 14 14");
            moved |= heading > pageWith(pdf, "Paragraph " + paragraphs + ".");
        }
        assertThat(moved).as("a chapter moved to the next page").isTrue();
    }

    @Test
    void aLongTableStartsUnderItsHeadingWhereThePageHasRoomAndRunsOn() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(new Cell.TextCell("Row " + i), new Cell.NumberCell(i, Integer.toString(i))));
        }
        byte[] pdf = Pdfs.render(Fixtures.report("Long tables", "", List.of(Chapter.untitled(Orientation.PORTRAIT,
                List.of(Section.NarrativeText.plain("A paragraph first."), new Section.Table("Long table",
                        List.of(new Column("Name", Column.ColumnType.TEXT, 3),
                                new Column("Count", Column.ColumnType.NUMBER, 1)), rows).headedAt(1)))))).bytes();

        assertThat(pageWith(pdf, "Long table")).isEqualTo(1);
        assertThat(pageWith(pdf, "Row 1 1")).isEqualTo(1);
        assertThat(pageWith(pdf, "Row 80")).isGreaterThan(1);
        assertThat(StructureText.read(pdf).getFirst().kids()).extracting(StructureText.Node::type,
                node -> node.type().matches("H[1-6]") ? node.allText() : "")
                .containsExactly(tuple("H1", "Long tables"), tuple("P", ""), tuple("H2", "Long table"),
                        tuple("Table", ""));
    }

    private static int pageWith(byte[] pdf, String text) {
        int pages = Pdfs.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            if (Pdfs.text(pdf, page, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page has '" + text + "'");
    }
}
