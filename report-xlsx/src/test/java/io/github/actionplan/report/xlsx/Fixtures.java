package io.github.actionplan.report.xlsx;

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
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

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

    static Cell.StatusCell status(Status status, String label, Optional<String> note) {
        Palette palette = Palette.standard();
        return new Cell.StatusCell(status, label, note,
                Optional.of("reason for " + label.toLowerCase(java.util.Locale.ROOT)), palette.fill(status),
                palette.text(status));
    }

    static Section.StatusSummary statusSummary() {
        Palette palette = Palette.standard();
        int[] counts = {15, 0, 3, 2};
        Status[] statuses = {Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.COMPLETE};
        String[] labels = {"Open - Actions on going off track", "At risk", "Open - Actions on going on track", "Completed"};
        List<Section.StatusCount> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BigDecimal percent = BigDecimal.valueOf(counts[i] * 100L).divide(BigDecimal.valueOf(20), 10, RoundingMode.HALF_UP);
            int rounded = percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
            bars.add(new Section.StatusCount(statuses[i], labels[i], counts[i], palette.fill(statuses[i]),
                    palette.text(statuses[i])));
            rows.add(List.of(new Cell.StatusCell(statuses[i], labels[i], Optional.empty(), Optional.empty(),
                            palette.fill(statuses[i]), palette.text(statuses[i])),
                    new Cell.NumberCell(counts[i], Integer.toString(counts[i])),
                    new Cell.PercentCell(percent, rounded, rounded + "%")));
        }
        Section.Table table = new Section.Table("", List.of(new Column("Status", Column.ColumnType.STATUS, 4),
                new Column("Items", Column.ColumnType.NUMBER, 1), new Column("Share", Column.ColumnType.PERCENT, 1)),
                rows, Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(20, "20"), Cell.empty())));
        return new Section.StatusSummary("Status at 1 November 2023", bars,
                "Of 20 recommendations, 15 are off track, none at risk, 3 on track and 2 completed.", table);
    }

    static Section.Legend legend() {
        Palette palette = Palette.standard();
        List<List<Cell>> rows = new ArrayList<>();
        for (Status status : Status.values()) {
            rows.add(List.of(new Cell.StatusCell(status, status.brag().displayName(), Optional.empty(), Optional.empty(),
                            palette.fill(status), palette.text(status)),
                    new Cell.TextCell(status.defaultLabel()),
                    new Cell.TextCell("What " + status.defaultLabel().toLowerCase(java.util.Locale.ROOT) + " means")));
        }
        return new Section.Legend(new Section.Table("Key", List.of(new Column("BRAG", Column.ColumnType.STATUS, 1),
                new Column("Status", Column.ColumnType.TEXT, 2), new Column("Meaning", Column.ColumnType.TEXT, 4)), rows));
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
            case 1 -> status(Status.ON_TRACK, "Open - Actions on going on track", Optional.of("Owner's assessment: At risk"));
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
        return new Section.Table(title, columns(), list);
    }

    /** A small table with a total row, as core writes one. */
    static Section.Table tableWithTotal(String title) {
        Cell percent = new Cell.PercentCell(BigDecimal.valueOf(50), 50, "50%");
        return new Section.Table(title, List.of(new Column("Owner", Column.ColumnType.TEXT, 3),
                new Column("Items", Column.ColumnType.NUMBER, 1), new Column("Share", Column.ColumnType.PERCENT, 1)),
                List.of(List.of(new Cell.TextCell("Protection"), new Cell.NumberCell(3, "3"), percent),
                        List.of(new Cell.TextCell("Prevention"), new Cell.NumberCell(3, "3"), percent)),
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(6, "6"),
                        new Cell.PercentCell(BigDecimal.valueOf(100), 100, "100%"))));
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

    /** Every section and cell type, 120 table rows, non-Latin and formula-like text, in one landscape chapter. */
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
        return report("Area for Improvement Summary Report", "Test Fire and Rescue Service, as of 1 November 2023",
                Orientation.LANDSCAPE, sections);
    }

    /** A report of one untitled chapter. */
    static Report report(String title, String subtitle, Orientation orientation, List<Section> sections) {
        return new Report(title, subtitle, AS_OF, Optional.empty(), metadata(title),
                List.of(Chapter.untitled(orientation, sections)));
    }

    /** A portrait report of one untitled chapter, titled "T". */
    static Report report(Section... sections) {
        return report("T", "S", Orientation.PORTRAIT, List.of(sections));
    }

    /** A report whose one table has {@code rows} rows. */
    static Report large(int rows) {
        return report("Large plan", "Generated rows", Orientation.LANDSCAPE,
                List.of(statusSummary(), table("All actions", rows)));
    }

    /** A report with one table cell of {@code text}. */
    static Report longText(String text) {
        Section.Table table = new Section.Table("Long", List.of(new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Text", Column.ColumnType.TEXT, 6)),
                List.of(List.of(new Cell.TextCell("L1"), new Cell.TextCell(text))));
        return report("Long text", "One very long cell", Orientation.PORTRAIT, List.of(table));
    }

    /** A table whose wide first column of short words leaves {@code text} a narrow column. */
    static Report narrowText(String text) {
        Section.Table table = new Section.Table("Long", List.of(new Column("Ref", Column.ColumnType.TEXT, 1),
                new Column("Recommendation", Column.ColumnType.TEXT, 12), new Column("Update", Column.ColumnType.TEXT,
                        1)), List.of(List.of(new Cell.TextCell("L1"), new Cell.TextCell("word ".repeat(100).strip()),
                new Cell.TextCell(text))));
        return report("Long text", "One tall cell", Orientation.PORTRAIT, List.of(table));
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

    /** A 300 x 100 pixel PNG logo: a red band over a blue one, alt text "Test Fire and Rescue Service". */
    static Logo logo() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xB10E1E));
        g.fillRect(0, 0, 300, 60);
        g.setColor(new java.awt.Color(0x1D70B8));
        g.fillRect(0, 60, 300, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Logo.of(out.toByteArray(), "Test Fire and Rescue Service");
    }

    static Colour fill(Status status) {
        return Palette.standard().fill(status);
    }
}
