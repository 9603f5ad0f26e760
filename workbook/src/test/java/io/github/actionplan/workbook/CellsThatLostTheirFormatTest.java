package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What owners do in Excel and LibreOffice Calc that takes a cell's format away (a paste with formatting, Clear Direct
 * Formatting) or leaves one behind, then type as they would: the import reads what the cell shows, or says why not.
 */
class CellsThatLostTheirFormatTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    private ImportedUpdate imported(Owner owner) throws Exception {
        return UpdateImport.of(seed.plan()).read(owner.save(folder.resolve("filled.xlsx")));
    }

    private InvalidWorkbookException refused(Owner owner) throws Exception {
        Path file = owner.save(folder.resolve("filled.xlsx"));
        return catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan()).read(file));
    }

    @Test
    void anUpdateTypedWhereTheCellLostItsTextFormatIsReadAsTheCellShowsItNotAsTheNumberStored() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            // "75%" and "12/09/2025" typed in General cells, stored as a spreadsheet reads them.
            owner.type("4", "4.1", UpdateColumn.UPDATE, 0.75, "0.00%").type("4", "4.2", UpdateColumn.UPDATE, 45912,
                    "dd/mm/yy").type("4", "4.3", UpdateColumn.UPDATE, 3);

            ImportedUpdate result = imported(owner);

            assertThat(result.plan().recommendation("4").orElseThrow().updates()).filteredOn(u -> u.period().equals(Q2))
                    .extracting(ProgressUpdate::text).containsExactly("- 4.1: 75.00%\n- 4.2: 12/09/25\n- 4.3: 3");
        }
    }

    @Test
    void aNewTimescaleReadAsTheFirstOfAMonthFromADateCellIsAWarningSayingHowToTypeTheMonth() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            // "Mar 2026" typed in a General cell: Calc stores 1 March 2026 and shows 01/03/26.
            owner.type("5", "5.1", UpdateColumn.NEW_TIMESCALE, 46082, "dd/mm/yy")
                    .type("5", "5.2", UpdateColumn.NEW_TIMESCALE, 46096, "dd/mm/yy");
            String cell = owner.cell("5", "5.1", UpdateColumn.NEW_TIMESCALE);

            ImportedUpdate result = imported(owner);

            assertThat(result.plan().recommendation("5").orElseThrow().subActions().get(0).due())
                    .contains(Timescale.parse("1 Mar 2026"));
            assertThat(result.warnings()).extracting(WorkbookProblem::toString).filteredOn(w -> w.contains("first day"))
                    .containsExactly("filled.xlsx: warning: " + cell + " (5 / 5.1): the timescale is read as 1 Mar"
                            + " 2026, the date the cell holds: a month typed in a cell not formatted as text is stored"
                            + " as its first day; if the work is due by the end of Mar 2026, type 31 Mar 2026, or 'Mar"
                            + " 2026 with the apostrophe");
        }
    }

    @Test
    void aCompletionDateFromADateCellShowingOnlyAMonthIsAWarningThatItIsReadAsTheFirstDay() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            // "Aug 2025" typed in a General cell: Excel stores 1 August 2025 and shows Aug-25.
            owner.type("2", "2.2", UpdateColumn.PROGRESS, 100).type("2", "2.2", UpdateColumn.COMPLETED_ON, 45870,
                    "mmm-yy").type("2", "2.3", UpdateColumn.PROGRESS, 100)
                    .type("2", "2.3", UpdateColumn.COMPLETED_ON, 45870, "d mmm yyyy");
            String cell = owner.cell("2", "2.2", UpdateColumn.COMPLETED_ON);

            ImportedUpdate result = imported(owner);

            assertThat(result.plan().recommendation("2").orElseThrow().subActions().get(1).completedOn())
                    .contains(java.time.LocalDate.of(2025, 8, 1));
            assertThat(result.warnings()).extracting(WorkbookProblem::toString).filteredOn(w -> w.contains("a month"))
                    .containsExactly("filled.xlsx: warning: " + cell + " (2 / 2.2): Completed on: the cell shows a"
                            + " month, Aug 2025, and is read as the day it holds, 1 Aug 2025; if the work was finished"
                            + " on another day, type that day, such as 15 Aug 2025");
        }
    }

    @Test
    void aColumnOfThePlansWordsDeletedIsNoCellTypedOver() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            Sheet updates = owner.workbook().getSheet(UpdateWorkbookWriter.UPDATES);
            for (Row row : updates) {
                Cell finding = row.getCell(UpdateColumn.FINDING.ordinal());
                if (finding != null) {
                    row.removeCell(finding);
                }
            }
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 50);

            ImportedUpdate result = imported(owner);

            assertThat(result.progressChanges()).isEqualTo(1);
            assertThat(result.warnings()).extracting(WorkbookProblem::message)
                    .noneMatch(message -> message.contains("is not read"));
        }
    }

    @Test
    void aNewOwnerIsReadAsNamedWithAWarningNamingTheOneMeantWhereALetterOrTwoFromOneThePlanNames() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("4", "4.3", UpdateColumn.NEW_OWNER, "Protecton")
                    .type("4", "4.4", UpdateColumn.NEW_OWNER, "Prevention");
            String cell = owner.cell("4", "4.3", UpdateColumn.NEW_OWNER);

            ImportedUpdate result = imported(owner);

            assertThat(result.plan().recommendation("4").orElseThrow().subActions().get(2).owner())
                    .contains("Protecton");
            assertThat(result.warnings()).extracting(WorkbookProblem::toString).filteredOn(w -> w.contains("New owner"))
                    .containsExactly("filled.xlsx: warning: " + cell + " (4 / 4.3): New owner: 'Protecton' is read as a"
                            + " new owner, whom the plan does not name yet, with a copy of their own from next quarter;"
                            + " if you meant 'Protection', type the name as the plan has it", "filled.xlsx: warning: "
                            + owner.cell("4", "4.4", UpdateColumn.NEW_OWNER) + " (4 / 4.4): New owner: 'Prevention' is"
                            + " read as a new owner, whom the plan does not name yet, with a copy of their own from"
                            + " next quarter; if they are one of the plan's owners, type the name as the plan has it");
        }
    }

    @Test
    void anyNewOwnerIsWarnedOfNamingTheOwnerMeantWhereTheNameIsOneThePlanHasShortenedOrLinkedOtherwise()
            throws Exception {
        // Trial 65 F1: "Finance & Estates" and "POD" became owners of their own, with copies of their own, unwarned.
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("4", "4.3", UpdateColumn.NEW_OWNER, "People & Organisational Development")
                    .type("4", "4.4", UpdateColumn.NEW_OWNER, "POD")
                    .type("4", "4.5", UpdateColumn.NEW_OWNER, "Digital Services")
                    .typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Audit the notices")
                    .typeNew(0, UpdateColumn.OWNER, "Digital Services");

            ImportedUpdate result = imported(owner);

            assertThat(result.warnings()).extracting(WorkbookProblem::message).filteredOn(w -> w.contains("wner:"))
                    .containsExactly("New owner: 'People & Organisational Development' is read as a new owner, whom"
                            + " the plan does not name yet, with a copy of their own from next quarter; if you meant"
                            + " 'People and Organisational Development', type the name as the plan has it",
                            "New owner: 'POD' is read as a new owner, whom the plan does not name yet, with a copy of"
                            + " their own from next quarter; if you meant 'People and Organisational Development',"
                            + " type the name as the plan has it",
                            // told once a copy, at the first cell that names them
                            "New owner: 'Digital Services' is read as a new owner, whom the plan does not name yet,"
                            + " with a copy of their own from next quarter; if they are one of the plan's owners, type"
                            + " the name as the plan has it");
            assertThat(result.addedSubActions().get("2")).extracting(s -> s.owner().orElseThrow())
                    .containsExactly("Digital Services");
        }
    }

    @Test
    void aNameOnTwoLinesIsOneErrorNotAlsoReadAsTheOwnerItWouldMatch() throws Exception {
        // Trial 65 F6: the error refused the cell and a warning beside it read it as the plan's owner.
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("4", "4.3", UpdateColumn.NEW_OWNER, "People and\nOrganisational Development");

            assertThatThrownBy(() -> imported(owner)).isInstanceOfSatisfying(InvalidWorkbookException.class,
                    e -> assertThat(e.problems()).extracting(WorkbookProblem::message)
                            .filteredOn(m -> m.startsWith("New owner")).singleElement().asString()
                            .contains("is on more than one line"));
        }
    }

    @Test
    void theOwnerOfASubActionAddedIsReadAsThePlanNamesThemOrWarnedOfAsOwnersGivenOnTheUpdatesSheetAre()
            throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Audit the notices")
                    .typeNew(0, UpdateColumn.OWNER, "protection")
                    .typeNew(1, UpdateColumn.REF, "2").typeNew(1, UpdateColumn.SUB_ACTION, "Train the inspectors")
                    .typeNew(1, UpdateColumn.OWNER, "Protecton");

            ImportedUpdate result = imported(owner);

            assertThat(result.addedSubActions().get("2")).extracting(s -> s.owner().orElseThrow())
                    .containsExactly("Protection", "Protecton");
            assertThat(result.warnings()).extracting(WorkbookProblem::toString).filteredOn(w -> w.contains("Owner:"))
                    .containsExactly("filled.xlsx: warning: 'New sub-actions'!C3 (2): Owner:"
                            + " 'protection' is read as 'Protection', as the plan names them", "filled.xlsx: warning:"
                            + " 'New sub-actions'!C4 (2): Owner: 'Protecton' is read as a new owner,"
                            + " whom the plan does not name yet, with a copy of their own from next quarter; if you"
                            + " meant 'Protection', type the name as the plan has it");
        }
    }

    @Test
    void anOwnerPastedWithANoBreakSpaceIsThePlansOwnerAsValidateReadsThemNotANewOne() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.typeNew(0, UpdateColumn.REF, "2").typeNew(0, UpdateColumn.SUB_ACTION, "Audit the notices")
                    .typeNew(0, UpdateColumn.OWNER, "People and\u00a0Organisational Development");

            ImportedUpdate result = imported(owner);

            assertThat(result.addedSubActions().get("2")).extracting(s -> s.owner().orElseThrow())
                    .containsExactly("People and Organisational Development");
            assertThat(result.warnings()).extracting(WorkbookProblem::message).filteredOn(w -> w.contains("Owner:"))
                    .singleElement().asString().endsWith("is read as 'People and Organisational Development', as the"
                            + " plan names them");
        }
    }

    @Test
    void aNumberTypedInACellLeftFormattedAsAPercentageIsRefusedSayingWhatTheFormatMadeOfIt() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            // 50% typed first, then corrected to 60: the cell keeps the percentage format and shows 6000%.
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 60, "0.00%");
            String cell = owner.cell("2", "2.1", UpdateColumn.PROGRESS);

            assertThat(refused(owner).problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx:"
                    + " " + cell
                    + " (2 / 2.1): Progress % now: 6000% is not a percentage from 0 to 100: the cell is formatted as a"
                    + " percentage, so 60 typed there is 6000%; type 60%, or, where 6000% was meant, a figure from 0 to"
                    + " 100");
        }
    }

    @Test
    void aDatePastedIntoProgressIsQuotedAsTheDateTheCellShows() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.3", UpdateColumn.PROGRESS, 45900, "dd/mm/yyyy");
            String cell = owner.cell("2", "2.3", UpdateColumn.PROGRESS);

            assertThat(refused(owner).problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx:"
                    + " " + cell
                    + " (2 / 2.3): Progress % now: the date 31 Aug 2025 is not a percentage; type a number from 0 to"
                    + " 100, such as 50 or 50%");
        }
    }

    @Test
    void anUpdatesSheetRenamedIsReadWithAWarningWhereNoOtherSheetCouldBeIt() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.1", UpdateColumn.COMPLETED_ON, "31/12/2025"); // after the period: an error there
            String completedOn = owner.cell("2", "2.1", UpdateColumn.COMPLETED_ON).replace("Updates!", "");
            owner.workbook().setSheetName(owner.workbook().getSheetIndex(UpdateWorkbookWriter.UPDATES), "Q2 updates");

            InvalidWorkbookException refused = refused(owner);

            assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx:"
                    + " warning: the sheet 'Q2 updates' is read as the Updates sheet, renamed, as the workbook has no"
                    + " other that could be it",
                    "filled.xlsx: 'Q2 updates'!" + completedOn + " (2 / 2.1): Completed on: 31 Dec 2025 is after the"
                    + " end of the reporting period Q2 2025/26 (30 Sep 2025), which the workbook reports on: if the"
                    + " work was finished then, leave Completed on blank here, give its progress at 30 Sep 2025, and"
                    + " report the completion in the copy for Q3 2025/26; else type the day the work was finished");
        }
    }

    @Test
    void trueOrFalseInNewOwnerIsRefusedAtItsCellNotMadeAnOwner() throws Exception {
        // Trial 36 F11: 'TRUE' became the sub-action's owner, with a copy of its own next quarter.
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.1", UpdateColumn.NEW_OWNER, true);
            String cell = owner.cell("2", "2.1", UpdateColumn.NEW_OWNER);

            assertThat(refused(owner).problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx: "
                    + cell + " (2 / 2.1): New owner: holds the logical value TRUE, not a name; type the name itself");
        }
    }

    @Test
    void anUpdatesSheetRenamedIsReadBesideASheetOfTheOwnersOwnNotes() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.1", UpdateColumn.COMPLETED_ON, "31/12/2025");
            String completedOn = owner.cell("2", "2.1", UpdateColumn.COMPLETED_ON).replace("Updates!", "");
            owner.workbook().setSheetName(owner.workbook().getSheetIndex(UpdateWorkbookWriter.UPDATES), "Q2 updates");
            owner.workbook().createSheet("My notes").createRow(0).createCell(0).setCellValue("Ask Dave about 2.3");

            InvalidWorkbookException refused = refused(owner);

            assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx:"
                    + " warning: the sheet 'Q2 updates' is read as the Updates sheet, renamed, as the workbook has no"
                    + " other that could be it",
                    "filled.xlsx: 'Q2 updates'!" + completedOn + " (2 / 2.1): Completed on: 31 Dec 2025 is after the"
                    + " end of the reporting period Q2 2025/26 (30 Sep 2025), which the workbook reports on: if the"
                    + " work was finished then, leave Completed on blank here, give its progress at 30 Sep 2025, and"
                    + " report the completion in the copy for Q3 2025/26; else type the day the work was finished");
        }
    }

    @Test
    void aProblemWithTheWholeWorkbookNamesItWhereItIsPrintedAlone() throws Exception {
        try (Owner owner = Owner.open(seed.file())) {
            int updates = owner.workbook().getSheetIndex(UpdateWorkbookWriter.UPDATES);
            // Two sheets with the Updates sheet's header row, neither named so: which was meant, only its owner knows.
            owner.workbook().cloneSheet(updates);
            owner.workbook().setSheetName(updates, "Q2 updates");

            InvalidWorkbookException refused = refused(owner);

            assertThat(refused.problems()).singleElement().asString().startsWith("filled.xlsx: has no sheet named"
                    + " 'Updates'").endsWith(": if one of them is 'Updates' renamed, name it 'Updates' again and save"
                    + " the file");
            assertThat(refused).hasMessageStartingWith("filled.xlsx has no sheet named 'Updates'");
        }
    }
}
