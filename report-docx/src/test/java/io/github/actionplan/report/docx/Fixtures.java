package io.github.actionplan.report.docx;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.testkit.SeedPlans;
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
    static final String NOTE = "Owner's assessment: On track";
    static final String REASON = "deadline 1 Jun 2023 passed 153 days before 1 Nov 2023 at 44%";
    static final String DESCRIPTION = "Of 20 items: 2 Completed, 15 off track, 0 at risk and 3 on track.";
    static final int ROWS = 120;
    /** A Welsh plan's own word for {@link Status#OFF_TRACK}. */
    static final String WELSH_OFF_TRACK = "Oddi ar y trywydd";

    private static final Palette PALETTE = Palette.standard();

    private Fixtures() {}

    /**
     * Every section type, every cell type, lists, emphasis, long and non-Latin text, 120 rows: an
     * untitled portrait chapter of key facts, a portrait chapter with the summary, legend, narrative
     * and a short table with a total row, a landscape chapter with a wide table, and a portrait one
     * after it.
     */
    static Report everything() {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(Chapter.untitled(Orientation.PORTRAIT, List.of(new Section.KeyFacts(List.of(
                new Section.KeyFact("Reporting date", "1 November 2023"),
                new Section.KeyFact("Organisation", "Derbyshire Fire & Rescue Service"),
                new Section.KeyFact("Source", NON_LATIN))))));
        List<Section> summary = new ArrayList<>();
        summary.add(summary().atLevel(2)); // under the chapter's heading, as core places it there
        summary.add(legend());
        summary.add(new Section.Heading(2, "What changed this quarter"));
        summary.add(new Section.NarrativeText(Narrative.parse("""
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
        summary.add(new Section.Heading(3, "A short table"));
        summary.add(owners());
        chapters.add(new Chapter("Summary of progress", Orientation.PORTRAIT, summary));
        chapters.add(new Chapter("Recommendations", Orientation.LANDSCAPE, List.of(wideTable())));
        chapters.add(new Chapter("After the table", Orientation.PORTRAIT,
                List.of(new Section.NarrativeText(Narrative.plain("Back on a portrait page.")))));
        return report(chapters);
    }

    /**
     * Merseyside's plan through the action-plan template, its texts declared Welsh: a report in English whose plan's
     * texts are in another language, which core marks paragraph by paragraph.
     */
    static Report welshActionPlan() {
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(SeedPlans.merseyside().withLanguage("cy"),
                SeedPlans.MERSEYSIDE_AS_OF));
    }

    /**
     * {@link #welshActionPlan()} with the plan's own Welsh word for off track: a label in the plan's language, in a
     * report whose other labels, and the notes and reasons beside them, are English.
     */
    static Report welshLabelledActionPlan() {
        return labelledActionPlan(SeedPlans.merseyside().withLanguage("cy"));
    }

    /** Merseyside's plan, of no language of its own, with {@link #WELSH_OFF_TRACK} as its word for off track. */
    static Report labelledActionPlan() {
        return labelledActionPlan(SeedPlans.merseyside());
    }

    private static Report labelledActionPlan(ActionPlan plan) {
        ActionPlan labelled = ActionPlan.builder().from(plan).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, WELSH_OFF_TRACK).build()).build();
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(labelled, SeedPlans.MERSEYSIDE_AS_OF));
    }

    /** A report of these chapters, titled like {@link #everything()}. */
    static Report report(List<Chapter> chapters) {
        return new Report(TITLE, "Merseyside Fire and Rescue Service, as of 30 June 2025", LocalDate.of(2025, 6, 30),
                Optional.empty(), metadata(), chapters);
    }

    /** A report of one untitled portrait chapter of these sections, without a subtitle. */
    static Report withSections(List<Section> sections) {
        return new Report(TITLE, "", LocalDate.of(2025, 6, 30), Optional.empty(), metadata(),
                List.of(Chapter.untitled(Orientation.PORTRAIT, sections)));
    }

    static DocumentMetadata metadata() {
        return new DocumentMetadata(TITLE, "Merseyside Fire and Rescue Service", "Improvement action plan",
                List.of("HMICFRS", "action plan"), "en-GB", OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    /** Two owners and their items, with a total row. */
    static Section.Table owners() {
        return new Section.Table("Owners", List.of(
                new Column("Owner", ColumnType.TEXT, 3),
                new Column("Items", ColumnType.NUMBER, 1)), List.of(
                List.of(new Cell.TextCell("Protection"), new Cell.NumberCell(4, "4")),
                List.of(new Cell.TextCell("People and Organisational Development"), new Cell.NumberCell(12, "12"))),
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(16, "16"))));
    }

    static Section.StatusSummary summary() {
        List<Section.StatusCount> counts = List.of(
                count(Status.COMPLETE, "Completed", 2),
                count(Status.OFF_TRACK, "Open - Actions on going off track", 15),
                count(Status.AT_RISK, "At risk", 0),
                count(Status.ON_TRACK, "Open - Actions on going on track", 3));
        List<List<Cell>> rows = new ArrayList<>();
        for (Section.StatusCount count : counts) {
            rows.add(List.of(new Cell.StatusCell(count.status(), count.label(), Optional.empty(), Optional.empty(),
                            count.fill(), count.textColour()),
                    new Cell.NumberCell(count.count(), Integer.toString(count.count())),
                    new Cell.PercentCell(BigDecimal.valueOf(count.count() * 5L), count.count() * 5,
                            count.count() * 5 + "%")));
        }
        Section.Table table = new Section.Table("", List.of(
                new Column("Status", ColumnType.STATUS, 4),
                new Column("Items", ColumnType.NUMBER, 1),
                new Column("Share", ColumnType.PERCENT, 1)), rows,
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(20, "20"), Cell.empty())));
        return new Section.StatusSummary("Status at 1 November 2023", counts, DESCRIPTION, table);
    }

    private static Section.StatusCount count(Status status, String label, int count) {
        return new Section.StatusCount(status, label, count, PALETTE.fill(status), PALETTE.text(status));
    }

    static Section.Legend legend() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Status status : Status.values()) {
            rows.add(List.of(new Cell.StatusCell(status, status.brag().displayName(), Optional.empty(), Optional.empty(),
                            PALETTE.fill(status), PALETTE.text(status)),
                    new Cell.TextCell(status.defaultLabel()),
                    new Cell.TextCell("Meaning of " + status.defaultLabel())));
        }
        return new Section.Legend(new Section.Table("Key", List.of(
                new Column("BRAG", ColumnType.STATUS, 1),
                new Column("Status", ColumnType.TEXT, 2),
                new Column("Meaning", ColumnType.TEXT, 4)), rows));
    }

    /** A status cell with the reason, and with the note where {@code noted}. */
    static Cell.StatusCell status(Status status, boolean noted) {
        return new Cell.StatusCell(status, status.defaultLabel(), noted ? Optional.of(NOTE) : Optional.empty(),
                Optional.of(REASON), PALETTE.fill(status), PALETTE.text(status));
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
        return new Section.Table("Recommendations and their status", columns, rows);
    }
}
