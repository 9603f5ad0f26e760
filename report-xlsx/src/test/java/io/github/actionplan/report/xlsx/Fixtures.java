package io.github.actionplan.report.xlsx;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
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

/** Reports written by hand for the renderer's tests: every section and cell type, and some awkward text. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2023, 11, 1);
    static final OffsetDateTime CREATED = OffsetDateTime.of(2023, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final String WELSH = "Gwasanaeth Tân ac Achub Gogledd Cymru: ŵyr ŷd";
    static final String MIXED_SCRIPTS = "Ελληνικά · Русский · 日本語の計画 · 消防 · 🔥🚒";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    static final String ESCAPE_LIKE = "Budget code _x0041_ stays as typed";
    static final List<String> FORMULA_STARTS = List.of(FORMULA, "+44 151 296 4000", "-5 days behind", "@SUM(A1:A2)",
            "\tindented with a tab");

    private Fixtures() {}

    static DocumentMetadata metadata(String title) {
        return new DocumentMetadata(title, "Test Fire and Rescue Service", "Improvement action plan",
                List.of("HMICFRS", "action plan"), "en-GB", CREATED);
    }

    static Cell.StatusCell status(Status status, String label, Optional<String> flag) {
        Palette palette = Palette.standard();
        return new Cell.StatusCell(status, label, palette.fill(status), palette.text(status),
                "reason for " + label.toLowerCase(java.util.Locale.ROOT), flag);
    }

    static Section.StatusSummary statusSummary() {
        Palette palette = Palette.standard();
        int[] counts = {15, 0, 3, 2};
        Status[] statuses = {Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.COMPLETE};
        String[] labels = {"Open - Actions on going off track", "At risk", "Open - Actions on going on track", "Completed"};
        List<Section.StatusCount> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BigDecimal share = BigDecimal.valueOf(counts[i]).divide(BigDecimal.valueOf(20), 10, RoundingMode.HALF_UP);
            list.add(new Section.StatusCount(statuses[i], labels[i], counts[i], share,
                    share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%",
                    palette.fill(statuses[i]), palette.text(statuses[i])));
        }
        return new Section.StatusSummary("Status at 1 November 2023", list, 20,
                "Of 20 recommendations, 15 are off track, none at risk, 3 on track and 2 completed.");
    }

    static Section.Legend legend() {
        Palette palette = Palette.standard();
        List<Section.LegendEntry> entries = new ArrayList<>();
        for (Status status : Status.values()) {
            entries.add(new Section.LegendEntry(status, status.brag().displayName(), status.defaultLabel(),
                    "What " + status.defaultLabel().toLowerCase(java.util.Locale.ROOT) + " means",
                    palette.fill(status), palette.text(status)));
        }
        return new Section.Legend("Key", entries);
    }

    static List<Column> columns() {
        return List.of(
                new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Recommendation", Column.ColumnType.NARRATIVE, 6),
                new Column("Owner", Column.ColumnType.TEXT, 2),
                new Column("Deadline", Column.ColumnType.TIMESCALE, 2),
                new Column("Completed on", Column.ColumnType.DATE, 2),
                new Column("Overall %", Column.ColumnType.PERCENT, 1),
                new Column("Sub-actions", Column.ColumnType.NUMBER, 1),
                new Column("Status", Column.ColumnType.STATUS, 2));
    }

    /** Row {@code i} of the recommendations table: the first rows carry the awkward text. */
    static List<Cell> row(int i) {
        String ref = "Rec " + (i + 1);
        String text = switch (i) {
            case 0 -> "The service should *assure itself* of its enforcement:\n\n- first\n- second\n\n1. one\n2. two";
            case 1 -> WELSH;
            case 2 -> MIXED_SCRIPTS;
            case 3 -> ESCAPE_LIKE;
            default -> i - 4 < FORMULA_STARTS.size() ? FORMULA_STARTS.get(i - 4) : "Recommendation number " + (i + 1);
        };
        Cell.StatusCell status = switch (i % 4) {
            case 0 -> status(Status.OFF_TRACK, "Open - Actions on going off track", Optional.empty());
            case 1 -> status(Status.ON_TRACK, "Open - Actions on going on track", Optional.of("owner says at risk"));
            case 2 -> status(Status.COMPLETE, "Completed", Optional.empty());
            default -> status(Status.AT_RISK, "At risk", Optional.empty());
        };
        Cell deadline = i % 5 == 4
                ? new Cell.TimescaleCell("Ongoing", Optional.empty(), "")
                : new Cell.TimescaleCell("Dec 2024", Optional.of(LocalDate.of(2024, 12, 31)), "31 Dec 2024");
        Cell completed = i % 4 == 2 ? new Cell.DateCell(LocalDate.of(2023, 6, 1), "1 Jun 2023") : Cell.empty();
        int percent = (i * 7) % 101;
        return List.of(
                new Cell.TextCell(ref),
                new Cell.NarrativeCell(i == 0 ? Narrative.parse(text) : Narrative.plain(text)),
                new Cell.TextCell(i < 4 + FORMULA_STARTS.size() ? text : "Owner " + (i % 7)),
                deadline,
                completed,
                new Cell.PercentCell(BigDecimal.valueOf(percent), percent, percent + "%"),
                new Cell.NumberCell(i % 9, Integer.toString(i % 9)),
                status);
    }

    static Section.Table table(String title, int rows) {
        List<List<Cell>> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            list.add(row(i));
        }
        return new Section.Table(title, columns(), list, true);
    }

    static Section.NarrativeText introduction() {
        Block.Paragraph paragraph = new Block.Paragraph(List.of(
                Inline.Span.plain("This plan answers the inspection of "),
                new Inline.Span("2023", false, true),
                Inline.Span.plain(", with "),
                new Inline.Span("twenty", true, false),
                Inline.Span.plain(" recommendations."),
                new Inline.LineBreak(),
                Inline.Span.plain("A second line of the same paragraph.")));
        Block.BulletList bullets = new Block.BulletList(List.of(
                new Block.ListItem(List.of(Block.Paragraph.of("Prevention"),
                        new Block.NumberedList(3, List.of(
                                new Block.ListItem(List.of(Block.Paragraph.of("Home fire safety visits"))),
                                new Block.ListItem(List.of(Block.Paragraph.of("Safe and well checks"))))))),
                new Block.ListItem(List.of(Block.Paragraph.of(WELSH)))));
        return new Section.NarrativeText(new Narrative(List.of(paragraph, bullets)));
    }

    /** Every section and cell type, 120 table rows, non-Latin and formula-like text. */
    static Report sample() {
        List<Section> sections = List.of(
                new Section.KeyFacts(List.of(
                        new Section.KeyFact("Organisation", "Test Fire and Rescue Service"),
                        new Section.KeyFact("Reporting date", "1 November 2023"),
                        new Section.KeyFact("Source", "HMICFRS inspection report 2022"))),
                statusSummary(),
                new Section.Heading(1, "Recommendations"),
                introduction(),
                table("Recommendations", 120),
                new Section.Heading(2, "Notes on the recommendations"),
                new Section.NarrativeText(Narrative.parse("Closing note after the table.")),
                legend());
        return new Report("Area for Improvement Summary Report", "Test Fire and Rescue Service, as of 1 November 2023",
                "Test Fire and Rescue Service", AS_OF, Optional.empty(), metadata("Area for Improvement Summary Report"),
                sections);
    }

    /** A report whose one table has {@code rows} rows. */
    static Report large(int rows) {
        return new Report("Large plan", "Generated rows", "Test Fire and Rescue Service", AS_OF, Optional.empty(),
                metadata("Large plan"), List.of(statusSummary(), table("All actions", rows)));
    }

    /** A report with one table cell and one narrative paragraph of {@code length} characters each. */
    static Report longText(String text) {
        Section.Table table = new Section.Table("Long", List.of(new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Text", Column.ColumnType.TEXT, 6)),
                List.of(List.of(new Cell.TextCell("L1"), new Cell.TextCell(text))), false);
        return new Report("Long text", "One very long cell", "Test", AS_OF, Optional.empty(), metadata("Long text"),
                List.of(table));
    }

    /** {@code length} characters mixing emoji (surrogate pairs) with ASCII, so any cut can land inside a pair. */
    static String longString(int length) {
        StringBuilder text = new StringBuilder(length);
        int i = 0;
        while (text.length() < length) {
            text.append(i % 3 == 0 ? "🔥" : "abcdefghij".charAt(i % 10));
            if (i % 97 == 0) {
                text.append("_x0041_");
            }
            i++;
        }
        return text.toString();
    }

    static Colour fill(Status status) {
        return Palette.standard().fill(status);
    }
}
