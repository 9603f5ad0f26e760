package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook read into its plan after the plan changed (a typo mended, a sub-action added, another copy
 * imported): the rows of items that have not changed are read; a filled-in row of one that has is refused.
 */
class ChangedPlanTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    /** The plan with recommendation {@code ref} changed by {@code change}. */
    private ActionPlan changed(ActionPlan plan, String ref, UnaryOperator<Recommendation> change) {
        return plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r.ref().equals(ref) ? change.apply(r) : r).toList());
    }

    private static Recommendation withSubAction(Recommendation recommendation, String id,
            UnaryOperator<SubAction> change) {
        return recommendation.withSubActions(recommendation.subActions().stream()
                .map(s -> s.id().equals(id) ? change.apply(s) : s).toList());
    }

    private Path filled() throws IOException {
        try (Owner owner = Owner.open(seed.file())) {
            return owner.type("2", "2.1", UpdateColumn.PROGRESS, 50)
                    .type("2", "2.1", UpdateColumn.UPDATE, "Survey done.")
                    .save(folder.resolve("filled.xlsx"));
        }
    }

    @Test
    void aChangeToItemsNotFilledInIsReadAgainstThePlanAsItIsNowWithAWarning() throws Exception {
        ActionPlan mended = changed(seed.plan(), "3", r -> Recommendation.builder().from(r)
                .text(r.text().replace("middle managers", "its middle managers")).build());
        mended = changed(mended, "1", r -> r.withReportedProgress(Percent.of(90)));

        ImportedUpdate result = UpdateImport.of(mended).read(filled());

        assertThat(result.before()).isEqualTo(mended);
        assertThat(result.plan().recommendation("3")).isEqualTo(mended.recommendation("3"));
        assertThat(result.plan().recommendation("2").orElseThrow().subActions().get(0).progress())
                .contains(Percent.of(50));
        // One warning for each item changed, about it: trial 30 F5.
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly(
                "filled.xlsx: warning: the plan has changed since the workbook was exported for Q2 2025/26, in '1', an"
                        + " item not filled in, so it was read against the plan as it is now",
                "filled.xlsx: warning: the plan has changed since the workbook was exported for Q2 2025/26, in '3', an"
                        + " item not filled in, so it was read against the plan as it is now");
        assertThat(result.warnings()).extracting(WorkbookProblem::ref).containsExactly(Optional.of("1"),
                Optional.of("3"));
        assertThat(result.warnings()).allSatisfy(warning -> {
            assertThat(warning.subActionId()).isEmpty();
            assertThat(warning.sheet()).isEmpty();
        });
    }

    @Test
    void aBlankCopyReadIntoAChangedPlanIsToldAsBlankAndTheFilledOneAsReadAgainstThePlanNow() throws Exception {
        Path filled = filled();
        Path blank = Files.copy(seed.file(), folder.resolve("blank.xlsx"));
        ActionPlan mended = changed(seed.plan(), "1", r -> r.withReportedProgress(Percent.of(90)));

        ImportedUpdate result = UpdateImport.of(mended).read(List.of(filled, blank));

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly(
                filled + ": warning: the plan has changed since the workbook was exported for Q2 2025/26, in"
                        + " '1', an item not filled in, so it was read against the plan as it is now",
                blank + ": warning: nothing is filled in: no row of its Updates sheet has a value in a cell for"
                        + " owners to fill in; if this is not the copy its owner filled in, ask them for that one");
    }

    @Test
    void copiesReadIntoAChangedPlanAreToldSoInOneWarningNamingThemAll() throws Exception {
        Path culture = filled();
        Path protection;
        try (Owner owner = Owner.open(seed.file())) {
            protection = owner.type("1", "", UpdateColumn.UPDATE, "Audit closed.")
                    .save(folder.resolve("protection.xlsx"));
        }
        ActionPlan mended = changed(seed.plan(), "3", r -> r.withReportedProgress(Percent.of(90)));

        ImportedUpdate result = UpdateImport.of(mended).read(List.of(culture, protection));

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("warning: the plan has"
                + " changed since the workbook was exported for Q2 2025/26, in '3', an item none of "
                + culture + " and " + protection + " filled in, so they were read against the plan as it is now");
    }

    @Test
    void aPlanWhoseItemsAreAsTheyWereReadsACopyWithoutAWarning() throws Exception {
        // An earlier import of another copy that gave only an update moved the plan to the period and its date.
        ActionPlan moved = changed(seed.plan(), "4", r -> r.withUpdates(List.of(ProgressUpdate.builder().period(
                ReportingPeriod.parse("Q2 2025/26")).text("Policy reviewed.").build()))).withPeriod(
                ReportingPeriod.parse("Q2 2025/26")).withAsOf(LocalDate.of(2025, 9, 30));

        ImportedUpdate result = UpdateImport.of(moved).read(filled());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.plan().recommendation("2").orElseThrow().subActions().get(0).progress())
                .contains(Percent.of(50));
    }

    @Test
    void manyChangedItemsAreEachAWarningAboutItInPlanOrderNoneCountedUnnamed() throws Exception {
        // Trial 30 F5: "'5 / 5.1', '5 / 5.2', '5 / 5.3', '5 / 5.4' and 2 others" named the others nowhere.
        ActionPlan mended = seed.plan();
        for (String id : List.of("5.9", "5.1", "5.2", "5.3", "5.4", "5.5")) {
            mended = changed(mended, "5", r -> withSubAction(r, id, s -> s.withProgress(Percent.of(10))));
        }

        ImportedUpdate result = UpdateImport.of(mended).read(filled());

        assertThat(result.warnings()).extracting(WorkbookProblem::subActionId).containsExactly(Optional.of("5.1"),
                Optional.of("5.2"), Optional.of("5.3"), Optional.of("5.4"), Optional.of("5.5"), Optional.of("5.9"));
        assertThat(result.warnings()).allSatisfy(warning -> {
            assertThat(warning.ref()).contains("5");
            assertThat(warning.workbook()).contains("filled.xlsx");
            assertThat(warning.message()).isEqualTo("the plan has changed since the workbook was exported for Q2"
                    + " 2025/26, in '5 / " + warning.subActionId().orElseThrow() + "', an item not filled in, so it"
                    + " was read against the plan as it is now");
        });
    }

    @Test
    void aRecommendationRemovedWhileTheCopyWasOutIsAWarningAboutItAndEachOfItsSubActions() throws Exception {
        // Trial 30 F5: "in '4', '4 / 4.1', '4 / 4.2', '4 / 4.3' and 2 others": the others were named nowhere.
        ActionPlan removed = seed.plan().withRecommendations(seed.plan().recommendations().stream()
                .filter(r -> !r.ref().equals("4")).toList());
        List<String> items = new ArrayList<>(List.of("4"));
        seed.plan().recommendation("4").orElseThrow().subActions().forEach(s -> items.add("4 / " + s.id()));

        ImportedUpdate result = UpdateImport.of(removed).read(filled());

        assertThat(items).hasSizeGreaterThan(5);
        assertThat(result.warnings()).extracting(warning -> warning.item().orElseThrow()).containsExactlyElementsOf(
                items);
        assertThat(result.warnings()).allSatisfy(warning -> {
            assertThat(warning.ref()).contains("4");
            assertThat(warning.sheet()).isEmpty();
            assertThat(warning.message()).isEqualTo("'" + warning.item().orElseThrow() + "' is in the workbook as"
                    + " exported for Q2 2025/26, but not in the plan given: removed since (or renamed, and changed"
                    + " besides), or the plan given is not the one the workbook was exported from; its row was blank,"
                    + " so nothing typed is lost");
        });
    }

    @Test
    void aFilledInRowOfASubActionChangedSinceIsRefusedWithItsCell() throws Exception {
        Path file = filled();
        ActionPlan changed = changed(seed.plan(), "2", r -> withSubAction(r, "2.1", s -> SubAction.builder().from(s)
                .due(io.github.actionplan.model.Timescale.parse("Mar 2027")).build()));
        String cell;
        try (Owner owner = Owner.open(file)) {
            cell = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(changed).read(file));

        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly("filled.xlsx: " + cell + " (2 /"
                + " 2.1): sub-action 2 / 2.1 has changed in the plan since the workbook was exported for Q2 2025/26"
                + " (Timescale 'Aug 2024' here, 'Mar 2027' in the plan now), so this row may no longer say what the"
                + " plan does; fill it in again in a workbook exported from the plan as it is now, or import this one"
                + " into the plan as it was exported, which leaves out what changed since; if this copy was imported"
                + " before and corrected since, import the quarter again into the plan the copies were exported from,"
                + " with every copy, this one as corrected, writing over the plan the first import gave");
    }

    @Test
    void aFilledInRecommendationRowIsRefusedWhenTheRecommendationChangedButNotWhenOnlyItsSubActionsDid()
            throws Exception {
        Path file;
        String cell;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("3", "", UpdateColumn.BRAG, "Amber").save(folder.resolve("filled.xlsx"));
            cell = owner.cell("3", "", UpdateColumn.BRAG);
        }
        // Its owner or its words alone changed, the row is read (trial 53 F6): its timescale changed, it is refused.
        ActionPlan redated = changed(seed.plan(), "3", r -> Recommendation.builder().from(r).deadline(
                io.github.actionplan.model.Timescale.parse("Mar 2027")).build());
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(redated)
                .read(file)).problems()).extracting(WorkbookProblem::cell).containsExactly(cell);
        // Its progress changed, the row names it, worked out as the workbook shows it (run 75 #6).
        ActionPlan progressed = changed(seed.plan(), "3", r -> r.withReportedProgress(Percent.of(50)));
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(progressed)
                .read(file)).problems()).extracting(WorkbookProblem::message).singleElement().asString()
                .contains("(Progress reported blank here, '50%' in the plan now)");
        ActionPlan ownerChanged = changed(seed.plan(), "3", r -> Recommendation.builder().from(r).owner("Culture team")
                .build());
        assertThat(UpdateImport.of(ownerChanged).read(file).assessmentChanges()).isEqualTo(1);

        ActionPlan subActionChanged = changed(seed.plan(), "3", r -> withSubAction(r, "3.2", s -> s.withProgress(
                Percent.of(10))));
        assertThat(UpdateImport.of(subActionChanged).read(file).assessmentChanges()).isEqualTo(1);
    }

    @Test
    void aRowOfAnItemWhoseWordsAloneChangedIsReadWithAWarningButNotFromAWorkbookThatListsNoFigures()
            throws Exception {
        // Trial 53 F6: a typo mended in a description while the copies were out refused the owner's row.
        ActionPlan mended = changed(seed.plan(), "2", r -> withSubAction(r, "2.1", s -> SubAction.builder().from(s)
                .description(s.description().orElseThrow() + " (typo mended)").notes("Agreed at SLT.").build()));
        Path file = filled();

        ImportedUpdate imported = UpdateImport.of(mended).read(file);

        assertThat(imported.plan().recommendation("2").orElseThrow().subActions().getFirst().progress())
                .contains(Percent.of(50));
        assertThat(imported.warnings()).extracting(WorkbookProblem::message).containsExactly("sub-action 2 / 2.1 was"
                + " reworded in the plan since the workbook was exported for Q2 2025/26 (its text, notes or owner), and"
                + " nothing of where it stands changed; what is typed on its row was read: check it fits what the plan"
                + " says of it now");
        // A workbook written before its list gave each item's figures: what changed cannot be told, so it is refused.
        Path older = folder.resolve("older.xlsx");
        try (Owner owner = Owner.open(file)) {
            for (Row row : owner.workbook().getSheet(PlanIdentity.SHEET)) {
                if (row.getCell(3) != null) {
                    row.removeCell(row.getCell(3));
                }
            }
            owner.save(older);
        }
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(mended).read(older))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString().startsWith(
                        "sub-action 2 / 2.1 has changed in the plan since the workbook was exported");
    }

    @Test
    void aRowWhoseItemWasRenumberedToMakeRoomForANewOneIsRefusedNamingWhereItIsNotReadAsTheNewOnesRewording()
            throws Exception {
        // Run 83 #1: 2.3 put in as new work and the old 2.3 renumbered 2.4 (the same figures): the owner's news of
        // the old 2.3 was read as the new 2.3's, a rewording.
        ActionPlan inserted = changed(seed.plan(), "2", r -> {
            List<SubAction> subActions = new ArrayList<>();
            for (SubAction s : r.subActions()) {
                int n = Integer.parseInt(s.id().substring(2));
                if (n == 3) {
                    subActions.add(SubAction.builder().from(s).description("Commission an external cultural review")
                            .build());
                }
                subActions.add(n < 3 ? s : SubAction.builder().from(s).id("2." + (n + 1)).build());
            }
            return r.withSubActions(subActions);
        });
        Path file;
        String cell;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("2", "2.3", UpdateColumn.PROGRESS, 40).type("2", "2.3", UpdateColumn.UPDATE,
                    "Pulse survey run in July.").save(folder.resolve("filled.xlsx"));
            cell = owner.cell("2", "2.3", UpdateColumn.PROGRESS);
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(inserted).read(file))
                .problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.cell()).isEqualTo(cell);
                    assertThat(problem.message()).startsWith("sub-action 2 / 2.3 has changed in the plan since the"
                            + " workbook was exported for Q2 2025/26 (what this row was written for is 2 / 2.4 in the"
                            + " plan now)");
                });
    }

    @Test
    void aRowWhoseItemWasRemovedAndItsIdGivenToTheNextIsRefusedSayingSoNotComparedWithTheNext() throws Exception {
        // Run 111 #1: 2.1 removed and the rest renumbered: 2.1's row was told as changed, its timescale against the
        // old 2.2's.
        ActionPlan removed = changed(seed.plan(), "2", r -> r.withSubActions(r.subActions().stream().skip(1)
                .map(s -> SubAction.builder().from(s).id("2." + (Integer.parseInt(s.id().substring(2)) - 1))
                        .build()).toList()));
        Path file;
        String cell;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("2", "2.1", UpdateColumn.PROGRESS, 40).save(folder.resolve("filled.xlsx"));
            cell = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(removed).read(file))
                .problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.cell()).isEqualTo(cell);
                    assertThat(problem.message()).startsWith("sub-action 2 / 2.1 has changed in the plan since the"
                            + " workbook was exported for Q2 2025/26 (the plan's 2 / 2.1 now is what this workbook"
                            + " has as 2 / 2.2, renumbered since; what this row was written for is not in the plan"
                            + " now), so this row may no longer say what the plan does");
                });
    }

    @Test
    void aRowWhoseItemWasRenumberedBehindAnotherRenumberedIsToldWhereItIsNotAsRemoved() throws Exception {
        // Run 113 #3: with work put in first and the rest renumbered, 2.2's row, now 2.3, was said to be both not in
        // the plan and at 2.3, as 2.1, now 2.2, holds its old id.
        ActionPlan inserted = changed(seed.plan(), "2", r -> {
            List<SubAction> subActions = new ArrayList<>(List.of(SubAction.builder().id("2.1")
                    .description("Commission an external cultural review").build()));
            r.subActions().forEach(s -> subActions.add(SubAction.builder().from(s).id("2." + (Integer.parseInt(s.id()
                    .substring(2)) + 1)).build()));
            return r.withSubActions(subActions);
        });
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("2", "2.2", UpdateColumn.PROGRESS, 40).save(folder.resolve("filled.xlsx"));
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(inserted).read(file))
                .problems()).singleElement().extracting(WorkbookProblem::message).asString().startsWith(
                        "sub-action 2 / 2.2 has changed in the plan since the workbook was exported for Q2 2025/26"
                                + " (what this row was written for is 2 / 2.3 in the plan now)")
                .doesNotContain("not in the plan now");
    }

    @Test
    void aRowWhoseItemHasATwinPutInBeforeItIsRefusedThoughWhichIsItsNoOneCanSay() throws Exception {
        // Run 85 #7: 3.1 put in again as new work, the rest renumbered: the owner's figures went to the new 3.1.
        ActionPlan twinned = changed(seed.plan(), "3", r -> {
            List<SubAction> subActions = new ArrayList<>(List.of(r.subActions().getFirst()));
            for (SubAction s : r.subActions()) {
                subActions.add(SubAction.builder().from(s).id("3." + (Integer.parseInt(s.id().substring(2)) + 1))
                        .build());
            }
            return r.withSubActions(subActions);
        });
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("3", "3.1", UpdateColumn.PROGRESS, 40).save(folder.resolve("filled.xlsx"));
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(twinned).read(file))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString().startsWith(
                        "sub-action 3 / 3.1 has changed in the plan since the workbook was exported");
    }

    @Test
    void aSubActionsRowWhoseRecommendationWasRenumberedToMakeRoomForANewOneIsRefusedNamingWhereItIs()
            throws Exception {
        // Run 83 #1b: a recommendation put in as 3, the old 3 to 5 renumbered 4 to 6, sub-actions with them.
        List<Recommendation> recommendations = new ArrayList<>();
        for (Recommendation r : seed.plan().recommendations()) {
            int n = Integer.parseInt(r.ref());
            if (n == 3) {
                // new work, its sub-actions' figures as the old 3's
                recommendations.add(Recommendation.builder().from(r).text("The service should improve how it"
                        + " gathers and uses risk information.").updates(List.of()).subActions(r.subActions()
                        .stream().map(sub -> SubAction.builder().from(sub).description("Risk information: "
                                + sub.id()).build()).toList()).build());
            }
            recommendations.add(n < 3 ? r : Recommendation.builder().from(r).ref(Integer.toString(n + 1)).subActions(
                    r.subActions().stream().map(s -> SubAction.builder().from(s).id((n + 1) + s.id().substring(1))
                            .build()).toList()).build());
        }
        ActionPlan inserted = seed.plan().withRecommendations(recommendations);
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("3", "3.1", UpdateColumn.PROGRESS, 30).save(folder.resolve("filled.xlsx"));
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(inserted).read(file))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString().startsWith(
                        "sub-action 3 / 3.1 has changed in the plan since the workbook was exported for Q2 2025/26"
                        + " (what this row was written for is 4 / 4.1 in the plan now)");
    }

    @Test
    void workTheAnalystCompletedWhileTheCopyWasOutIsRefusedWhereItsOwnerWroteOfItNotDroppedWithAWarning()
            throws Exception {
        // Run 83 #2: the owner's "Not finished" and Amber on work completed in the plan since were dropped, exit 0.
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("3", "", UpdateColumn.BRAG, "Amber").type("3", "", UpdateColumn.UPDATE,
                    "Not finished: the leadership programme is still to be procured.").type("2", "2.1",
                    UpdateColumn.UPDATE, "Not done: the survey was reopened.").save(folder.resolve("filled.xlsx"));
        }
        ActionPlan completed = changed(changed(seed.plan(), "3", r -> Recommendation.builder().from(r).completedOn(
                LocalDate.of(2025, 6, 25)).reportedProgress(100).build()), "2", r -> withSubAction(r, "2.1",
                s -> SubAction.builder().from(s).completedOn(LocalDate.of(2025, 6, 20)).progress(Percent.of(100))
                        .build()));

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(completed).read(file));

        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::message)
                .hasSize(2).anySatisfy(message -> assertThat(message).startsWith("recommendation 3 has changed in the"
                        + " plan since the workbook was exported for Q2 2025/26 (").contains("completed on 25 Jun 2025"
                        + " in the plan now)")).anySatisfy(message -> assertThat(message).startsWith("sub-action 2 /"
                        + " 2.1 has changed").contains("completed on 20 Jun 2025 in the plan now)"));
        assertThat(refused.problems()).extracting(WorkbookProblem::message)
                .noneMatch(message -> message.contains("no cells to fill in"));
        // Where the owner gives the day the plan came to say since, the two agree: the row is read (run 85 #6).
        Path agreeing;
        try (Owner owner = Owner.open(seed.file())) {
            agreeing = owner.pick("2", "2.1", UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 6, 20)).type("2", "2.1",
                    UpdateColumn.UPDATE, "Survey done.").save(folder.resolve("agreeing.xlsx"));
        }
        ActionPlan subActionDone = changed(seed.plan(), "2", r -> withSubAction(r, "2.1", s -> SubAction.builder()
                .from(s).completedOn(LocalDate.of(2025, 6, 20)).progress(Percent.of(100)).build()));
        ImportedUpdate read = UpdateImport.of(subActionDone).read(agreeing);
        assertThat(read.plan().recommendation("2").orElseThrow().updates().getLast().text()).contains("Survey done.");
        assertThat(read.warnings()).extracting(WorkbookProblem::message).contains("sub-action 2 / 2.1 was completed in"
                + " the plan since the workbook was exported for Q2 2025/26, on the day this row gives: what is typed"
                + " on its row was read");
    }

    @Test
    void aCopyOfAnotherPlanOfTheSameTitleNoneOfWhoseItemsIsAsItListsThemIsRefusedWholeNotReadAsRewordings()
            throws Exception {
        // Run 83 #3: the 2023 inspection's copy imported into the 2025 plan, titled alike: each row was read as a
        // rewording of the item its ref names, exit 0.
        ActionPlan another = ActionPlan.builder().from(seed.plan()).source(SourceInspection.builder().from(
                seed.plan().source()).title("HMICFRS Report 2025").published(LocalDate.of(2025, 6, 1)).build())
                .recommendations(seed.plan().recommendations().stream().map(r -> Recommendation.builder().from(r)
                        .text("The 2025 inspection's finding " + r.ref()).updates(List.of()).subActions(
                                r.subActions().stream().map(sub -> SubAction.builder().from(sub).description(
                                        "2025 work " + sub.id()).due(Timescale.parse("Mar 2027")).build()).toList())
                        .build()).toList()).build();
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("2", "", UpdateColumn.UPDATE, "Culture plan on course.").save(folder.resolve(
                    "filled.xlsx"));
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(another).read(file))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString()
                .contains("and the plan given has none of them as they were when the workbook was exported for Q2"
                        + " 2025/26, nor under another ref or id: it is most likely the copy of another plan of that"
                        + " title (another inspection's)");
        // A typo mended in every item, their figures as they were, is no other plan (run 85 #3: an owner's copy of
        // three items so mended was refused).
        ActionPlan mended = seed.plan().withRecommendations(seed.plan().recommendations().stream().map(r ->
                Recommendation.builder().from(r).text(r.text() + " (mended)").subActions(r.subActions().stream().map(
                        sub -> SubAction.builder().from(sub).description(sub.description().orElseThrow() + " (mended)")
                                .build()).toList()).build()).toList());
        assertThat(UpdateImport.of(mended).read(file).warnings()).extracting(WorkbookProblem::message)
                .anyMatch(message -> message.startsWith("recommendation 2 was reworded"));
        // One item reworded of many is no other plan: its row is read with a warning, as before.
        ActionPlan reworded = changed(seed.plan(), "2", r -> Recommendation.builder().from(r).text(r.text()
                + " (reworded)").build());
        assertThat(UpdateImport.of(reworded).read(file).warnings()).extracting(WorkbookProblem::message)
                .anyMatch(message -> message.startsWith("recommendation 2 was reworded"));
    }

    @Test
    void theNewsAPlanOfTheQuarterHoldsThatAnImportLeavesOutIsNamedForWhoeverWouldWriteOverIt() throws Exception {
        // Run 83 #4: a corrected copy imported again alone, written over the plan another copy went into.
        Path copyA;
        Path copyB;
        try (Owner owner = Owner.open(seed.file())) {
            copyA = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).type("2", "2.1", UpdateColumn.UPDATE,
                    "Survey done.").save(folder.resolve("a.xlsx"));
        }
        try (Owner owner = Owner.open(seed.file())) {
            copyB = owner.type("4", "4.4", UpdateColumn.PROGRESS, 40).save(folder.resolve("b.xlsx"));
        }
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(copyA).plan();

        ImportedUpdate alone = UpdateImport.of(seed.plan()).read(copyB);
        ImportedUpdate both = UpdateImport.of(seed.plan()).read(List.of(copyA, copyB));

        assertThat(alone.newsLeftOut(q2)).containsExactly("2 / 2.1");
        assertThat(both.newsLeftOut(q2)).isEmpty();
        assertThat(alone.newsLeftOut(q2.withTitle("Another plan"))).as("another plan's news is its own").isEmpty();
    }

    @Test
    void aSubActionAddedSinceTheExportHasNoRowAndTheRestIsRead() throws Exception {
        ActionPlan added = changed(seed.plan(), "2", r -> {
            List<SubAction> subActions = new ArrayList<>(r.subActions());
            subActions.add(SubAction.builder().id("2.9").description("Added after the workbook went out").build());
            return r.withSubActions(subActions);
        });

        ImportedUpdate result = UpdateImport.of(added).read(filled());

        assertThat(result.progressChanges()).isEqualTo(1);
        assertThat(result.plan().recommendation("2").orElseThrow().subActions()).extracting(SubAction::id)
                .endsWith("2.9");
    }

    @Test
    void theSecondCopyReadAfterTheFirstIsRefusedOnlyWhereTheFirstChangedItsItems() throws Exception {
        Path first;
        Path second;
        try (Owner owner = Owner.open(seed.file())) {
            first = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).save(folder.resolve("first.xlsx"));
        }
        try (Owner owner = Owner.open(seed.file())) {
            second = owner.type("3", "3.1", UpdateColumn.PROGRESS, 30).save(folder.resolve("second.xlsx"));
        }
        ActionPlan afterFirst = UpdateImport.of(seed.plan()).read(first).plan();

        ImportedUpdate afterSecond = UpdateImport.of(afterFirst).read(second);
        assertThat(afterSecond.plan().recommendation("3").orElseThrow().subActions().get(0).progress())
                .contains(Percent.of(30));
        assertThat(afterSecond.plan().recommendation("2").orElseThrow().subActions().get(0).progress())
                .contains(Percent.of(50));

        // The first again, into the plan it gave: it says what the plan does already, so it changes nothing.
        ImportedUpdate firstAgain = UpdateImport.of(afterFirst).read(first);
        assertThat(firstAgain.hasChanges()).isFalse();
        assertThat(firstAgain.warnings()).extracting(WorkbookProblem::toString).singleElement().asString()
                .contains("its rows for '2 / 2.1' say what the plan does already");
    }

    @Test
    void aWorkbookThatListsNoItemsIsRefusedWholeWhenThePlanChanged() throws Exception {
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            XSSFSheet plan = owner.workbook().getSheet(PlanIdentity.SHEET);
            List<Row> items = new ArrayList<>();
            boolean listing = false;
            for (Row row : plan) {
                listing |= row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Ref");
                if (listing) {
                    items.add(row);
                }
            }
            items.forEach(plan::removeRow);
            file = owner.save(folder.resolve("unlisted.xlsx"));
        }
        ActionPlan changed = changed(seed.plan(), "1", r -> r.withReportedProgress(Percent.of(90)));

        assertThat(UpdateImport.of(seed.plan()).read(file).hasChanges()).isFalse();
        assertThatThrownBy(() -> UpdateImport.of(changed).read(file)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageStartingWith("unlisted.xlsx was written from another version of this plan: the plan has"
                        + " changed since the workbook was exported for Q2 2025/26 (fingerprint ")
                .hasMessageEndingWith("so its rows may no longer say what the plan does; import it into the plan as it"
                        + " was exported, with any other owners' copies of it in the same import, or export a new"
                        + " workbook and fill that in");
    }

    @Test
    void aWorkbookReadIntoAnOlderFileOfItsPlanThanTheOneItWasExportedFromIsRefusedWhole() throws Exception {
        ActionPlan reportedForQ2 = UpdateImport.of(seed.plan()).read(filled()).plan();
        Path q3 = folder.resolve("q3.xlsx");
        UpdateWorkbook.of(reportedForQ2, Q2.next()).write(q3);
        try (Owner owner = Owner.open(q3)) {
            owner.type("5", "5.1", UpdateColumn.PROGRESS, 10).save(q3);
        }

        // Read into the Q1 file, the Q3 plan would have lost 2.1's 50% and its update for Q2.
        assertThatThrownBy(() -> UpdateImport.of(seed.plan()).read(q3)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("q3.xlsx was exported from a later version of this plan, as of 30 Sep 2025 (Q2 2025/26),"
                        + " than the one given, as of 30 Jun 2025 (Q1 2025/26): read into that, what was reported in"
                        + " between would be lost; import it into the plan file it was exported from, or a later one");
        ActionPlan q3Plan = UpdateImport.of(reportedForQ2).read(q3).plan();
        assertThat(q3Plan.recommendation("2").orElseThrow().subActions().get(0).progress()).contains(Percent.of(50));
        assertThat(q3Plan.recommendation("5").orElseThrow().subActions().get(0).progress()).contains(Percent.of(10));
    }

    @Test
    void aPlanRetitledWhileItsCopiesAreOutReadsThemWithAWarningWhileAnotherPlanOfTheOrganisationIsRefused()
            throws Exception {
        // Trial 26 F6: "Draft" dropped from the title once approved made every copy out another plan's.
        ActionPlan approved = seed.plan().withTitle("HMICFRS Report 2023 Action Plan");

        ImportedUpdate result = UpdateImport.of(approved).read(filled());

        assertThat(result.plan().title()).isEqualTo("HMICFRS Report 2023 Action Plan");
        assertThat(result.plan().recommendation("2").orElseThrow().subActions().getFirst().progress())
                .contains(Percent.of(50));
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("filled.xlsx: warning: was"
                + " written from the plan titled 'Draft HMICFRS Report 2023 Action Plan', which is titled 'HMICFRS"
                + " Report 2023 Action Plan' now; its items are as they were, so it is read as this plan's");
        // The organisation's plan of another inspection, its items others, is another plan.
        ActionPlan another = approved.withTitle("HMICFRS Report 2025 Action Plan").withRecommendations(
                approved.recommendations().stream().map(r -> Recommendation.builder().from(r).text("Another finding "
                        + r.ref()).build()).toList());
        assertThatThrownBy(() -> UpdateImport.of(another).read(filled())).isInstanceOf(
                InvalidWorkbookException.class).hasMessageContaining("is the update workbook of 'Draft HMICFRS Report"
                + " 2023 Action Plan' (Merseyside Fire and Rescue Service), not of 'HMICFRS Report 2025 Action"
                + " Plan'");
    }

    @Test
    void aPlanWhoseOrganisationsNameWasTidiedWhileItsCopiesAreOutReadsThemWithAWarning() throws Exception {
        // Run 83 #7: "and" to "&" in the organisation's name refused every copy out as another plan's.
        ActionPlan tidied = ActionPlan.builder().from(seed.plan()).organisation("Merseyside Fire & Rescue Service")
                .build();

        ImportedUpdate result = UpdateImport.of(tidied).read(filled());

        assertThat(result.plan().recommendation("2").orElseThrow().subActions().getFirst().progress())
                .contains(Percent.of(50));
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).contains("filled.xlsx: warning: was"
                + " written from the plan of 'Merseyside Fire and Rescue Service', whose name the plan gives as"
                + " 'Merseyside Fire & Rescue Service' now; its items are as they were, so it is read as this plan's");
        // Another name is another organisation's plan, though its items are alike (run 85 #1: one template).
        assertThatThrownBy(() -> UpdateImport.of(ActionPlan.builder().from(seed.plan()).organisation(
                "Nottinghamshire Fire and Rescue Service").build()).read(filled())).isInstanceOf(
                        InvalidWorkbookException.class).hasMessageContaining("is the update workbook of 'Draft HMICFRS"
                        + " Report 2023 Action Plan' (Merseyside Fire and Rescue Service)");
        // Both changed is another plan, as before.
        assertThatThrownBy(() -> UpdateImport.of(ActionPlan.builder().from(tidied).title("Another plan").build())
                .read(filled())).isInstanceOf(InvalidWorkbookException.class).hasMessageContaining("is the update"
                        + " workbook of 'Draft HMICFRS Report 2023 Action Plan'");
    }

    @Test
    void aRowOfAnItemRenumberedWhereAnotherWasRemovedIsRefusedNamingWhereItIsNowNotAsRemoved() throws Exception {
        // Run 83 #5: 2.2 removed, 2.3 and 2.4 renumbered 2.2 and 2.3: the row of 2.4 was told removed.
        ActionPlan renumbered = changed(seed.plan(), "2", r -> {
            List<SubAction> subActions = new ArrayList<>();
            for (SubAction s : r.subActions()) {
                int n = Integer.parseInt(s.id().substring(2));
                if (n != 2) {
                    subActions.add(n < 2 ? s : SubAction.builder().from(s).id("2." + (n - 1)).build());
                }
            }
            return r.withSubActions(subActions);
        });
        Path file;
        try (Owner owner = Owner.open(seed.file())) {
            file = owner.type("2", "2.4", UpdateColumn.PROGRESS, 20).save(folder.resolve("filled.xlsx"));
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(renumbered).read(file))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString().startsWith(
                        "sub-action 2 / 2.4 is 2 / 2.3 in the plan now, renumbered since the workbook was exported for"
                        + " Q2 2025/26");
        // One moved to another recommendation, as it was, is told so too, not as removed (where no other is alike:
        // 2.4 is 3.4's twin).
        ActionPlan moved = seed.plan().withRecommendations(seed.plan().recommendations().stream().map(r -> switch (
                r.ref()) {
            case "4" -> r.withSubActions(r.subActions().stream().filter(s -> !s.id().equals("4.2")).toList());
            case "1" -> r.withSubActions(Stream.concat(r.subActions().stream(), Stream.of(
                    SubAction.builder().from(subAction(seed.plan(), "4", "4.2")).id("1.2").build())).toList());
            default -> r;
        }).toList());
        Path movedFile;
        try (Owner owner = Owner.open(seed.file())) {
            movedFile = owner.type("4", "4.2", UpdateColumn.PROGRESS, 20).save(folder.resolve("moved.xlsx"));
        }
        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(moved).read(movedFile))
                .problems()).extracting(WorkbookProblem::message).singleElement().asString().startsWith(
                        "sub-action 4 / 4.2 is 1 / 1.2 in the plan now, moved since the workbook was exported for"
                        + " Q2 2025/26");
    }

    private static SubAction subAction(ActionPlan plan, String ref, String id) {
        return plan.recommendation(ref).orElseThrow().subActions().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aWorkbookWrittenBeforeItNamedThePlansVersionIsReadIntoAnOlderFileAsBeforeWithAWarning() throws Exception {
        Path q3 = folder.resolve("q3.xlsx");
        UpdateWorkbook.of(UpdateImport.of(seed.plan()).read(filled()).plan(), Q2.next()).write(q3);
        try (Owner owner = Owner.open(q3)) {
            XSSFSheet plan = owner.workbook().getSheet(PlanIdentity.SHEET);
            List<Row> version = new ArrayList<>();
            for (Row row : plan) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Plan")) {
                    version.add(row);
                }
            }
            assertThat(version).hasSize(2);
            version.forEach(plan::removeRow);
            owner.type("5", "5.1", UpdateColumn.PROGRESS, 10).save(q3);
        }

        ImportedUpdate result = UpdateImport.of(seed.plan()).read(q3);

        assertThat(result.plan().recommendation("5").orElseThrow().subActions().get(0).progress())
                .contains(Percent.of(10));
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("q3.xlsx: warning: the plan"
                + " has changed since the workbook was exported for Q3 2025/26, in '2 / 2.1', an item not filled in,"
                + " so it was read against the plan as it is now", "q3.xlsx: warning: written for"
                + " Q3 2025/26, while the plan reported on Q1 2025/26: the import moves the plan past Q2 2025/26, on"
                + " which nothing was reported; if the owners were to report on Q2 2025/26, leave this import unused"
                + " and send them the workbook for Q2 2025/26 instead");
    }

    @Test
    void theListOfItemsIsOnTheHiddenPlanSheetBelowItsIdentity() throws Exception {
        List<String> refs = new ArrayList<>();
        try (Owner owner = Owner.open(seed.file())) {
            for (Row row : owner.workbook().getSheet(PlanIdentity.SHEET)) {
                refs.add(row.getCell(0).getStringCellValue() + "|" + (row.getCell(1) == null ? ""
                        : row.getCell(1).getStringCellValue()));
            }
        }
        int header = refs.indexOf("Ref|Id");
        assertThat(header).isPositive();
        long items = seed.plan().recommendations().size() + seed.plan().recommendations().stream()
                .mapToLong(r -> r.subActions().size()).sum();
        assertThat(refs.subList(header + 1, refs.size())).hasSize((int) items).startsWith("1|", "1|1.1", "2|",
                "2|2.1");
    }
}
