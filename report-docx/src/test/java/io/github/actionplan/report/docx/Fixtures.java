package io.github.actionplan.report.docx;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports built by hand, covering every section and cell type the renderer meets. */
final class Fixtures {

    static final String TITLE = "Draft HMICFRS Report 2023 Action Plan";
    static final String NON_LATIN = "Gwasanaeth Tân ac Achub ŵŷ · Ελληνικά · Кириллица · 消防救援 · 🚒🔥 · العربية";
    static final String LONG_WORD = "Supercalifragilisticexpialidocious".repeat(6);
    static final String FLAG = "owner says On track";
    static final String REASON = "deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%";
    static final String DESCRIPTION = "Of 20 items, 2 are complete, 15 off track, 0 at risk and 3 on track.";
    static final int ROWS = 120;

    private static final Palette PALETTE = Palette.standard();

    private Fixtures() {}

    /** Every section type, every cell type, lists, emphasis, long and non-Latin text, 120 rows. */
    static Report everything() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section.KeyFacts(List.of(
                new Section.KeyFact("Reporting date", "1 November 2023"),
                new Section.KeyFact("Organisation", "Derbyshire Fire & Rescue Service"),
                new Section.KeyFact("Source", NON_LATIN))));
        sections.add(new Section.Heading(1, "Summary of progress"));
        sections.add(summary());
        sections.add(legend());
        sections.add(new Section.Heading(2, "What changed this quarter"));
        sections.add(new Section.NarrativeText(Narrative.parse("""
                The training courses (*EDI*, **Values**, Core Code of Ethics) continue.
                A second line after a hard break.

                Delivered so far:

                - Produced documented guidance
                - Provided *initial* legal training
                  - nested bullet one
                  - nested bullet two
                - Included **CPD** input

                3. Third step
                4. Fourth step
                   1. nested numbered one
                   2. nested numbered two
                5. Fifth step

                """ + LONG_WORD + " and " + NON_LATIN)));
        sections.add(new Section.Heading(3, "A short table"));
        sections.add(new Section.Table("Owners", List.of(
                new Column("Owner", ColumnType.TEXT, 3),
                new Column("Items", ColumnType.NUMBER, 1)), List.of(
                List.of(new Cell.TextCell("Protection"), new Cell.NumberCell(4, "4")),
                List.of(new Cell.TextCell("People and Organisational Development"), new Cell.NumberCell(12, "12"))),
                false));
        sections.add(new Section.Heading(1, "Recommendations"));
        sections.add(wideTable());
        sections.add(new Section.Heading(1, "After the table"));
        sections.add(new Section.NarrativeText(Narrative.plain("Back on a portrait page.")));
        return new Report(TITLE, "Merseyside Fire and Rescue Service, as of 30 June 2025", "Merseyside Fire and Rescue Service",
                LocalDate.of(2025, 6, 30), Optional.empty(), metadata(), sections);
    }

    static DocumentMetadata metadata() {
        return new DocumentMetadata(TITLE, "Merseyside Fire and Rescue Service", "Improvement action plan",
                List.of("HMICFRS", "action plan"), "en-GB", OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    static Section.StatusSummary summary() {
        return new Section.StatusSummary("Status at 1 November 2023", List.of(
                count(Status.COMPLETE, "Completed", 2, "10%"),
                count(Status.OFF_TRACK, "Open - Actions on going off track", 15, "75%"),
                count(Status.AT_RISK, "At risk", 0, "0%"),
                count(Status.ON_TRACK, "Open - Actions on going on track", 3, "15%")), 20, DESCRIPTION);
    }

    private static Section.StatusCount count(Status status, String label, int count, String share) {
        return new Section.StatusCount(status, label, count, BigDecimal.valueOf(count).divide(BigDecimal.valueOf(20)),
                share, PALETTE.fill(status), PALETTE.text(status));
    }

    static Section.Legend legend() {
        List<Section.LegendEntry> entries = new ArrayList<>();
        for (Status status : Status.values()) {
            entries.add(new Section.LegendEntry(status, status.brag().displayName(), status.defaultLabel(),
                    "Meaning of " + status.defaultLabel(), PALETTE.fill(status), PALETTE.text(status)));
        }
        return new Section.Legend("Key", entries);
    }

    static Cell.StatusCell status(Status status, boolean flagged) {
        return new Cell.StatusCell(status, status.defaultLabel(), PALETTE.fill(status), PALETTE.text(status), REASON,
                flagged ? Optional.of(FLAG) : Optional.empty());
    }

    static Section.Table wideTable() {
        List<Column> columns = List.of(
                new Column("Ref", ColumnType.TEXT, 1),
                new Column("Recommendation", ColumnType.NARRATIVE, 6),
                new Column("Deadline", ColumnType.DATE, 2),
                new Column("Timescale", ColumnType.TIMESCALE, 2),
                new Column("Sub-actions", ColumnType.NUMBER, 2),
                new Column("Progress", ColumnType.PERCENT, 2),
                new Column("Status", ColumnType.STATUS, 3),
                new Column("Notes", ColumnType.TEXT, 2));
        List<List<Cell>> rows = new ArrayList<>();
        Status[] statuses = Status.values();
        for (int i = 1; i <= ROWS; i++) {
            Status status = statuses[i % statuses.length];
            rows.add(List.of(
                    new Cell.TextCell("Rec " + i),
                    new Cell.NarrativeCell(Narrative.parse("Row " + i + " text with *emphasis*.\n\n- first action\n- second action")),
                    new Cell.DateCell(LocalDate.of(2023, 6, 1), "1 Jun 2023"),
                    new Cell.TimescaleCell("In FDP 24/25", Optional.of(LocalDate.of(2025, 3, 31)), "31 Mar 2025"),
                    new Cell.NumberCell(i % 7, String.valueOf(i % 7)),
                    new Cell.PercentCell(BigDecimal.valueOf(44.4), 44, "44%"),
                    status(status, i % 5 == 0),
                    i == 1 ? new Cell.TextCell(LONG_WORD) : i == 2 ? new Cell.TextCell(NON_LATIN) : Cell.empty()));
        }
        return new Section.Table("Recommendations and their status", columns, rows, true);
    }
}
