package io.github.actionplan.report.pdf;

import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports built by hand: every section and cell type, lists, emphasis, long and non-Latin text. */
final class Fixtures {

    static final String TITLE = "Improvement action plan: Gwasanaeth Tân ac Achub Ŵŷ";
    static final String GREEK = "Ελληνικά: πυροσβεστική υπηρεσία";
    static final String CYRILLIC = "Кириллица: пожарная служба";
    static final String CJK = "消防救援 漢字 テスト 한국어";
    static final String EMOJI_IN_DEJAVU = "Smile \uD83D\uDE00 check \u2713 warning \u26A0";
    static final String WIDE_TABLE = "Recommendations and progress";
    static final String NARROW_TABLE = "Owners";
    static final String EMPTY_TABLE = "Items due in the next 30 days";
    static final int ROWS = 120;

    private static final Palette PALETTE = Palette.standard();

    private Fixtures() {}

    static DocumentMetadata metadata(String title) {
        return new DocumentMetadata(title, "Derbyshire Fire & Rescue Service", "HMICFRS improvement plan",
                List.of("HMICFRS", "action plan", "AFI"), "en-GB",
                OffsetDateTime.of(2023, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    /** A report of these chapters, as of 1 November 2023. */
    static Report report(String title, String subtitle, List<Chapter> chapters) {
        return new Report(title, subtitle, LocalDate.of(2023, 11, 1), Optional.of(ReportingPeriod.of(2023, 3)),
                metadata(title), chapters);
    }

    /**
     * A report with every kind of section and cell: a portrait chapter of key facts, status
     * summary and narrative; a landscape chapter with a long table with a total row; a portrait
     * chapter with a subheading, a narrow table, an empty table and the legend.
     */
    static Report rich() {
        return report(TITLE, "Derbyshire Fire & Rescue Service, as of 1 November 2023", List.of(
                new Chapter("Summary", Orientation.PORTRAIT, List.of(
                        new Section.KeyFacts(List.of(
                                new Section.KeyFact("Reporting date", "1 November 2023"),
                                new Section.KeyFact("Organisation", "Derbyshire Fire & Rescue Service"),
                                new Section.KeyFact("Source",
                                        "Values and culture in fire and rescue services, 30 March 2023"))),
                        statusSummary().atLevel(2), // under the chapter's heading, as core places it there
                        new Section.NarrativeText(narrative()))),
                new Chapter("Recommendations", Orientation.LANDSCAPE, List.of(wideTable(ROWS))),
                new Chapter("Owners", Orientation.PORTRAIT, List.of(
                        new Section.Heading(2, "By function"),
                        new Section.Table(NARROW_TABLE,
                                List.of(new Column("Owner", ColumnType.TEXT, 3), new Column("Items", ColumnType.NUMBER, 1),
                                        new Column("Progress", ColumnType.PERCENT, 1)),
                                List.of(List.of(new Cell.TextCell("People and Organisational Development"),
                                                new Cell.NumberCell(7, "7"), percent("43.5")),
                                        List.of(new Cell.TextCell("Prevention " + GREEK), new Cell.NumberCell(3, "3"),
                                                percent("100")))),
                        new Section.Table(EMPTY_TABLE,
                                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Due", ColumnType.DATE, 1)),
                                List.of()),
                        legend()))));
    }

    /** A small report whose texts are all in {@code text}'s script, in every kind of place. */
    static Report withText(String text) {
        return new Report("Report " + text, "Subtitle", LocalDate.of(2023, 11, 1), Optional.empty(),
                metadata("Report"), List.of(new Chapter(text, Orientation.PORTRAIT, List.of(
                        new Section.KeyFacts(List.of(new Section.KeyFact("Note", text))),
                        new Section.NarrativeText(Narrative.plain(text)),
                        new Section.Table("Table " + text,
                                List.of(new Column("Text", ColumnType.TEXT, 2),
                                        new Column("Narrative", ColumnType.NARRATIVE, 3)),
                                List.of(List.of(new Cell.TextCell(text),
                                        new Cell.NarrativeCell(Narrative.plain(text)))))))));
    }

    /** A status cell of {@code status}, in its colours, with the default label. */
    static Cell.StatusCell status(Status status, Optional<String> note, Optional<String> reason) {
        return new Cell.StatusCell(status, status.defaultLabel(), note, reason, PALETTE.fill(status),
                PALETTE.text(status));
    }

    /** The Derbyshire counts: a chart, its sentence, and the table with its total row. */
    static Section.StatusSummary statusSummary() {
        int[] counts = {15, 0, 3, 2};
        Status[] statuses = {Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.COMPLETE};
        String[] labels = {"Open - Actions on going off track", "At risk", "Open - Actions on going on track",
            "Completed"};
        String[] shares = {"75%", "0%", "15%", "10%"};
        List<Section.StatusCount> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Status status = statuses[i];
            bars.add(new Section.StatusCount(status, labels[i], counts[i], PALETTE.fill(status), PALETTE.text(status)));
            rows.add(List.of(new Cell.StatusCell(status, labels[i], Optional.empty(), Optional.empty(),
                            PALETTE.fill(status), PALETTE.text(status)),
                    new Cell.NumberCell(counts[i], Integer.toString(counts[i])), percent(shares[i].replace("%", ""))));
        }
        Section.Table table = new Section.Table("", List.of(new Column("Status", ColumnType.STATUS, 4),
                new Column("Items", ColumnType.NUMBER, 1), new Column("Share", ColumnType.PERCENT, 1)), rows,
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(20, "20"), Cell.empty())));
        return new Section.StatusSummary("Status at 1 November 2023", bars,
                "Of 20 recommendations, 15 are off track, none at risk, 3 on track and 2 completed.", table);
    }

    /** What each colour means: the colour's name on its fill, the status's label and its meaning. */
    static Section.Legend legend() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Status status : Status.values()) {
            rows.add(List.of(new Cell.StatusCell(status, status.brag().displayName(), Optional.empty(),
                            Optional.empty(), PALETTE.fill(status), PALETTE.text(status)),
                    new Cell.TextCell(status.defaultLabel()),
                    new Cell.TextCell("Meaning of " + status.defaultLabel().toLowerCase(java.util.Locale.ROOT))));
        }
        return new Section.Legend(new Section.Table("Key", List.of(new Column("BRAG", ColumnType.STATUS, 1),
                new Column("Status", ColumnType.TEXT, 2), new Column("Meaning", ColumnType.TEXT, 4)), rows));
    }

    static Narrative narrative() {
        return new Narrative(List.of(
                new Block.Paragraph(List.of(Inline.Span.plain("The service has made "),
                        new Inline.Span("good progress", true, false), Inline.Span.plain(" and "),
                        new Inline.Span("strong leadership", false, true), Inline.Span.plain(" in "),
                        new Inline.Span("both styles", true, true), Inline.Span.plain("."), new Inline.LineBreak(),
                        Inline.Span.plain("A second line after a line break."))),
                new Block.BulletList(List.of(
                        new Block.ListItem(List.of(Block.Paragraph.of("First bullet"))),
                        new Block.ListItem(List.of(Block.Paragraph.of("Second bullet with a nested list"),
                                new Block.BulletList(List.of(
                                        new Block.ListItem(List.of(Block.Paragraph.of("Nested bullet"))))))),
                        new Block.ListItem(List.of(Block.Paragraph.of("Third bullet"),
                                Block.Paragraph.of("A second paragraph in the third bullet"))))),
                new Block.NumberedList(3, List.of(
                        new Block.ListItem(List.of(Block.Paragraph.of("Numbered from three"))),
                        new Block.ListItem(List.of(Block.Paragraph.of("Then four"))))),
                Block.Paragraph.of(GREEK + " " + CYRILLIC + " " + EMOJI_IN_DEJAVU)));
    }

    static Section.Table wideTable(int rows) {
        List<Column> columns = List.of(
                new Column("Ref", ColumnType.TEXT, 1),
                new Column("Recommendation", ColumnType.NARRATIVE, 5),
                new Column("Timescale", ColumnType.TIMESCALE, 2),
                new Column("Completed", ColumnType.DATE, 2),
                new Column("Sub-actions", ColumnType.NUMBER, 1),
                new Column("Progress", ColumnType.PERCENT, 1),
                new Column("Status", ColumnType.STATUS, 3),
                new Column("Notes", ColumnType.TEXT, 3));
        List<List<Cell>> list = new ArrayList<>();
        Status[] cycle = {Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.COMPLETE};
        for (int i = 1; i <= rows; i++) {
            Status status = cycle[i % cycle.length];
            Narrative text = i == 2
                    ? Narrative.parse("By 1 June 2023, chief fire officers should **review** their policies.\n\n"
                            + "- first action\n- *second* action\n\n1. one\n2. two")
                    : Narrative.plain("Recommendation " + i + ": chief fire officers should act on item " + i + ".");
            Cell notes = switch (i) {
                case 3 -> new Cell.TextCell("Organisational development review with the responsible function");
                case 4 -> new Cell.TextCell(GREEK + "\n" + CYRILLIC);
                case 5 -> Cell.empty();
                default -> new Cell.TextCell("Note " + i);
            };
            list.add(List.of(
                    new Cell.TextCell("Rec " + i),
                    new Cell.NarrativeCell(text),
                    new Cell.TimescaleCell("In FDP 24/25", Optional.of(LocalDate.of(2025, 3, 31)), "31 Mar 2025"),
                    i % 4 == 0 ? new Cell.DateCell(LocalDate.of(2023, 9, 30), "30 Sep 2023") : Cell.empty(),
                    new Cell.NumberCell(i % 7, String.valueOf(i % 7)),
                    percent(String.valueOf(i % 101)),
                    status(status, i % 5 == 0 ? Optional.of("Owner says: on track") : Optional.empty(),
                            Optional.of("deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%")),
                    notes));
        }
        List<Cell> total = List.of(new Cell.TextCell("Total"), Cell.empty(), Cell.empty(), Cell.empty(),
                new Cell.NumberCell(rows, Integer.toString(rows)), percent("50"), Cell.empty(), Cell.empty());
        return new Section.Table(WIDE_TABLE, columns, list, Optional.of(total));
    }

    static Cell.PercentCell percent(String value) {
        BigDecimal exact = new BigDecimal(value);
        int rounded = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Cell.PercentCell(exact, rounded, rounded + "%");
    }
}
