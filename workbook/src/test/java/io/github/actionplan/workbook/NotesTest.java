package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Notes (comments) an owner puts on cells, which nothing reads: each is told where it is, with its words. */
class NotesTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    @Test
    void aNoteOnACellIsWarnedOfAtItsCellAboutItsRowsItemWithItsWords() throws Exception {
        // Trial 65 F2: an update and a figure put in notes were dropped without a word, and the item chased.
        try (Owner owner = Owner.open(seed.file())) {
            owner.note("4", "4.1", UpdateColumn.UPDATE, "Audit 80% complete - see SharePoint")
                    .note("4", "4.2", UpdateColumn.PROGRESS, "[Threaded comment]\n\nYour version of Excel allows you"
                            + " to read this threaded comment; however, any edits to it will get removed if the file is"
                            + " opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid"
                            + "=870924\n\nComment:\n    about 40%");
            String update = owner.cell("4", "4.1", UpdateColumn.UPDATE);
            String progress = owner.cell("4", "4.2", UpdateColumn.PROGRESS);

            ImportedUpdate result = UpdateImport.of(seed.plan()).read(owner.save(folder.resolve("noted.xlsx")));

            assertThat(result.warnings()).extracting(WorkbookProblem::toString).filteredOn(w -> w.contains("a note"))
                    .containsExactly("noted.xlsx: warning: " + update + " (4 / 4.1): a note here is not read:"
                            + " 'Audit 80% complete - see SharePoint'; type what it says in a cell to fill in on this"
                            + " row, such as Update for this period", "noted.xlsx: warning: " + progress
                            + " (4 / 4.2): a note here is not read: 'about 40%'; type what it says in a cell to fill"
                            + " in on this row, such as Update for this period");
            assertThat(result.updates()).isZero();
        }
    }

    @Test
    void aLinkOnACellIsWarnedOfAtItsCellWithItsAddressAsOnlyItsTextIsRead() throws Exception {
        // Run 79 #5: "results on the survey page", linked to the survey, lost its address without a word.
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("3", "3.2", UpdateColumn.UPDATE, "Halfway; results on the survey page").link("3", "3.2",
                    UpdateColumn.UPDATE, "https://example.gov.uk/survey")
                    // Run 82 #4: an address typed alone, which Excel links as it is typed, is in the text already.
                    .type("2", "2.3", UpdateColumn.UPDATE, "https://example.org/evidence/report.pdf").link("2", "2.3",
                            UpdateColumn.UPDATE, "https://example.org/evidence/report.pdf")
                    .type("2", "2.3", UpdateColumn.BLOCKED_BY, "jane.smith@example.gov.uk").type("2", "2.3",
                            UpdateColumn.BLOCKED, "Yes").link("2", "2.3", UpdateColumn.BLOCKED_BY,
                            "mailto:jane.smith@example.gov.uk");
            String update = owner.cell("3", "3.2", UpdateColumn.UPDATE);

            ImportedUpdate result = UpdateImport.of(seed.plan()).read(owner.save(folder.resolve("linked.xlsx")));

            assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("linked.xlsx: warning: "
                    + update + " (3 / 3.2): the link here, to 'https://example.gov.uk/survey', is not read, only the"
                    + " cell's text; if readers need the address, type it in the text");
            assertThat(result.plan().recommendation("3").orElseThrow().latestUpdate().orElseThrow().text())
                    .isEqualTo("- 3.2: Halfway; results on the survey page");
        }
    }

    @Test
    void aNoteOnARowWithNothingToFillInSaysWhereItsWordsGoAndItsWordsAreCutWhole() throws Exception {
        // Run 67 #6: the advice to type a note in a cell of its row went to rows that have none, and a line break at
        // the cut left a lone backslash.
        Recommendation four = seed.plan().recommendation("4").orElseThrow();
        List<SubAction> subActions = new ArrayList<>(four.subActions());
        subActions.set(1, SubAction.builder().from(subActions.get(1)).owner("Community Safety").build());
        ActionPlan plan = seed.plan().withRecommendation(four.withSubActions(subActions));
        Path copy = folder.resolve("community-safety.xlsx");
        UpdateWorkbook.of(plan, SeedWorkbook.Q2).withOwner("Community Safety").write(copy);
        try (Owner owner = Owner.open(copy)) {
            owner.note("4", "", UpdateColumn.FINDING, "Done, as I said to Sam");
            String finding = owner.cell("4", "", UpdateColumn.FINDING);

            ImportedUpdate result = UpdateImport.of(plan).read(owner.save(folder.resolve("noted.xlsx")));

            assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("noted.xlsx: warning: "
                    + finding + " (4): a note here is not read: 'Done, as I said to Sam'; the row is to be filled in in"
                    + " the copy of 'People and Organisational Development': what it says goes there");
        }
        ActionPlan closed = seed.plan().withRecommendation(Recommendation.builder().from(seed.plan().recommendation(
                "3").orElseThrow()).completedOn(java.time.LocalDate.of(2025, 6, 15)).build());
        Path closedCopy = folder.resolve("closed.xlsx");
        UpdateWorkbook.of(closed, SeedWorkbook.Q2).write(closedCopy);
        try (Owner owner = Owner.open(closedCopy)) {
            owner.note("3", "3.1", UpdateColumn.PROGRESS, "Not finished yet")
                    .note("4", "4.1", UpdateColumn.UPDATE, "x".repeat(Quote.SHOWN - 1) + "\nmore");
            String done = owner.cell("3", "3.1", UpdateColumn.PROGRESS);

            ImportedUpdate result = UpdateImport.of(closed).read(owner.save(folder.resolve("noted.xlsx")));

            assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("noted.xlsx: warning: "
                    + done + " (3 / 3.1): a note here is not read: 'Not finished yet'; the plan has the row's work"
                    + " completed before this period, so the row has no cells to fill in: where the work is not done,"
                    + " have the completion taken out of the plan first");
            assertThat(result.warnings()).extracting(WorkbookProblem::message).filteredOn(m -> m.contains("xxx"))
                    .singleElement().asString()
                    .endsWith("x\\n…'; type what it says in a cell to fill in on this row, such as Update for this"
                            + " period");
        }
    }

    @Test
    void aNoteNamingNoCellASheetHasIsToldOfTheSheetAndADamagedNotesPartLosesItsNotesNotTheCopy() throws Exception {
        // Run 67 #1, #8: a note's ref of a range, or past the last row, stopped the import with an unexpected error; a
        // damaged notes part refused the whole copy.
        Path noted;
        try (Owner owner = Owner.open(seed.file())) {
            owner.note("4", "4.1", UpdateColumn.UPDATE, "see SharePoint");
            owner.type("4", "4.2", UpdateColumn.PROGRESS, 40);
            noted = owner.save(folder.resolve("noted.xlsx"));
        }
        for (String ref : new String[] {"A1:B2", "L6 ", "L99999999999", ""}) {
            Path odd = LongText.replacing(noted, folder.resolve("odd.xlsx"), "<comment ref=\"", out -> out.write(
                    ("<comment ref=\"" + ref + "\" was=\"").getBytes(StandardCharsets.UTF_8)));

            ImportedUpdate result = UpdateImport.of(seed.plan()).read(odd);

            assertThat(result.progressChanges()).as(ref).isOne();
            assertThat(result.warnings()).as(ref).extracting(WorkbookProblem::toString).contains("odd.xlsx: warning:"
                    + " Updates: a note is not read: 'see SharePoint'");
        }
        Path damaged = LongText.replacing(noted, folder.resolve("damaged.xlsx"), "<comment ref=", out -> out.write(
                "<<comment ref=".getBytes(StandardCharsets.UTF_8)));

        ImportedUpdate result = UpdateImport.of(seed.plan()).read(damaged);

        assertThat(result.progressChanges()).isOne();
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("damaged.xlsx: warning: Updates:"
                + " its notes (comments) could not all be read, the part that holds them damaged or too large; nothing"
                + " in a note is read, so type what they say in the cells");
    }

    @Test
    void aCopyWithManyNotesTellsTheFirstAndHowManyMore() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            for (String id : new String[] {"4.1", "4.2", "4.3", "4.4"}) {
                for (UpdateColumn column : new UpdateColumn[] {UpdateColumn.UPDATE, UpdateColumn.PROGRESS,
                        UpdateColumn.BRAG, UpdateColumn.NEW_OWNER, UpdateColumn.COMPLETED_ON, UpdateColumn.BLOCKED}) {
                    owner.note("4", id, column, "see me");
                }
            }

            ImportedUpdate result = UpdateImport.of(seed.plan()).read(owner.save(folder.resolve("noted.xlsx")));

            assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("a note here")).hasSize(20);
            assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("noted.xlsx: warning:"
                    + " Updates: 4 more notes on this sheet are not read; type what they say in the cells");
        }
    }
}
