package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The copies of one update workbook that owners each filled in, read back together in one import. */
class ReturnedCopiesTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    /** A copy of the exported workbook, filled in by {@code filling} and saved in a folder of its own. */
    private Path copy(String owner, Filling filling) throws IOException {
        Path file = Files.createDirectories(folder.resolve(owner)).resolve("updates.xlsx");
        try (Owner copy = Owner.open(seed.file())) {
            filling.fill(copy);
            return copy.save(file);
        }
    }

    @FunctionalInterface
    private interface Filling {
        void fill(Owner owner) throws IOException;
    }

    private static void culture(Owner owner) {
        owner.type("2", "2.1", UpdateColumn.PROGRESS, "50%")
                .type("2", "2.1", UpdateColumn.UPDATE, "Survey done in July.")
                .type("2", "", UpdateColumn.BRAG, "Amber")
                .type("2", "", UpdateColumn.UPDATE, "Culture work continues.");
    }

    private static void prevention(Owner owner) {
        owner.sortDescending()
                .type("2", "2.3", UpdateColumn.COMPLETED_ON, "31/08/2025")
                .type("2", "2.3", UpdateColumn.PROGRESS, 100)
                .type("2", "2.3", UpdateColumn.UPDATE, "Launched in August.")
                .type("5", "5.8", UpdateColumn.PROGRESS, "40 %")
                .pick("3", "3.1", UpdateColumn.COMPLETED_ON, LocalDate.of(2025, 9, 15));
    }

    /** {@code owner}'s copy of the exported plan's workbook, filled in by {@code filling}, in a file of its own. */
    private Path ownersCopy(String owner, Filling filling) throws IOException {
        Path file = folder.resolve(owner + ".xlsx");
        UpdateWorkbook.of(seed.plan(), Q2).withOwner(owner).write(file);
        try (Owner copy = Owner.open(file)) {
            filling.fill(copy);
            return copy.save(file);
        }
    }

    private static void auditClosed(Owner owner) {
        owner.type("1", "", UpdateColumn.UPDATE, "Audit closed.");
    }

    /** The copies of {@code plan}'s workbook for People and Organisational Development and for Community Safety. */
    private record OwnersCopies(Path people, Path safety) {}

    /** Writes the two owners' copies of {@code plan}'s workbook, each filled in by its owner. */
    private OwnersCopies ownersCopies(ActionPlan plan, Filling people, Filling safety) throws IOException {
        UpdateWorkbook all = UpdateWorkbook.of(plan, Q2);
        OwnersCopies copies = new OwnersCopies(folder.resolve("people.xlsx"), folder.resolve("safety.xlsx"));
        all.withOwner("People and Organisational Development").write(copies.people());
        all.withOwner("Community Safety").write(copies.safety());
        for (Path copy : List.of(copies.people(), copies.safety())) {
            try (Owner owner = Owner.open(copy)) {
                (copy == copies.people() ? people : safety).fill(owner);
                owner.save(copy);
            }
        }
        return copies;
    }

    /** The import's result but for the copies it read: of several read in turn, or in another order, the same. */
    private static ImportedUpdate apartFromCopies(ImportedUpdate update) {
        return new ImportedUpdate(update.before(), update.plan(), update.period(), update.reportingDate(),
                update.progressChanges(), update.completions(), update.timescaleRevisions(), update.updates(),
                update.blockedChanges(), update.assessmentChanges(), update.ownerChanges(), update.subActionsAdded(),
                update.statusChanges(), update.warnings());
    }

    private InvalidWorkbookException refused(List<Path> copies) {
        return refused(seed.plan(), copies);
    }

    private static InvalidWorkbookException refused(ActionPlan plan, List<Path> copies) {
        return catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(plan).read(copies));
    }

    @Test
    void copiesOfARoundImportedOneAtATimeWarnOfNothingAnEarlierOneChangedOrHandedOnAndGiveThePlanOfAllTogether()
            throws Exception {
        // Trial 76 #1, #2: the second copy was told the plan had changed in each greyed row the first filled in, to
        // send its owner a workbook for an item handed to them with its update given, and that it may be last
        // quarter's; --strict refused it.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 30)
                .type("4", "", UpdateColumn.UPDATE, "Workforce plan agreed at SLT.")
                .type("4", "", UpdateColumn.NEW_OWNER, "Community Safety"), owner -> owner.type("2", "2.3",
                UpdateColumn.PROGRESS, 50).type("2", "2.3", UpdateColumn.UPDATE, "Half the stations done."));

        ImportedUpdate first = UpdateImport.of(plan).read(copies.people());
        ImportedUpdate second = UpdateImport.of(first.plan()).read(copies.safety());

        assertThat(second.warnings()).isEmpty();
        assertThat(second.plan()).isEqualTo(UpdateImport.of(plan).read(List.of(copies.people(), copies.safety()))
                .plan());
        ImportedUpdate safetyFirst = UpdateImport.of(plan).read(copies.safety());
        assertThat(UpdateImport.of(safetyFirst.plan()).read(copies.people()).warnings()).isEmpty();
    }

    @Test
    void aCopyImportedAfterOneThatHandedItsOwnerARowWarnsOfNothingAndGivesThePlanOfAllTogether() throws Exception {
        // Run 77 #1: the row handed on, greyed in the later copy, was told as changed since, and its update as the
        // later copy's owner's given before: "leave this import unused", which would lose its news.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies subActionHanded = ownersCopies(plan, owner -> owner.type("2", "", UpdateColumn.UPDATE,
                "Values work continues.").type("2", "2.1", UpdateColumn.PROGRESS, 60), owner -> owner.type("2", "2.3",
                UpdateColumn.PROGRESS, 40).type("2", "2.3", UpdateColumn.UPDATE, "Plan drafted and handed over.")
                .type("2", "2.3", UpdateColumn.NEW_OWNER, "People and Organisational Development"));
        assertTakenInTurnAsTogether(plan, subActionHanded.safety(), subActionHanded.people());

        OwnersCopies recommendationHanded = ownersCopies(plan, owner -> owner.type("2", "", UpdateColumn.UPDATE,
                "Values work handed to Community Safety.").type("2", "", UpdateColumn.NEW_OWNER, "Community Safety"),
                owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS, 40));
        assertTakenInTurnAsTogether(plan, recommendationHanded.people(), recommendationHanded.safety());
    }

    @Test
    void aFigureForASubActionOfARecommendationAnEarlierCopyOfTheRoundCompletedIsTakenAsTogether() throws Exception {
        // Run 77 #7: refused after the copy completing recommendation 3, taken with a warning before it or with it.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("3", "3.2", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("3", "", UpdateColumn.COMPLETED_ON,
                "15/09/2025"), owner -> owner.type("3", "3.2", UpdateColumn.PROGRESS, 50));

        ImportedUpdate first = UpdateImport.of(plan).read(copies.people());
        ImportedUpdate second = UpdateImport.of(first.plan()).read(copies.safety());

        assertThat(second.plan()).isEqualTo(UpdateImport.of(plan).read(List.of(copies.people(), copies.safety()))
                .plan());
        assertThat(second.warnings()).extracting(WorkbookProblem::toString).singleElement().asString().contains(
                "completed on 15 Sep 2025 but sub-actions '3.2' at 50%");
    }

    private static void assertTakenInTurnAsTogether(ActionPlan plan, Path first, Path second) throws IOException {
        ImportedUpdate then = UpdateImport.of(plan).read(first);
        ImportedUpdate after = UpdateImport.of(then.plan()).read(second);

        assertThat(after.warnings()).isEmpty();
        assertThat(after.plan()).isEqualTo(UpdateImport.of(plan).read(List.of(first, second)).plan());
    }

    @Test
    void eachItemChangedSinceTheCopiesWereWrittenIsToldOfTheCopiesItIsInWhateverTheirOrder() throws Exception {
        // Trial 53 F1: of several copies, the first's changed items alone were told, as if of every copy.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner(UpdateWorkbookTest.withSubActionOwner("2", "2.3",
                "Community Safety"), "3", "3.1", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 50),
                owner -> owner.type("3", "3.1", UpdateColumn.PROGRESS, 60));
        ActionPlan mended = plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref().equals("2")
                ? r : r.withSubActions(r.subActions().stream().map(s -> s.id().equals("2.3") || s.id().equals("2.4")
                        ? SubAction.builder().from(s).description(s.description().orElse("") + " (mended)").build() : s)
                        .toList())).toList());

        List<String> peopleFirst = UpdateImport.of(mended).read(List.of(copies.people(), copies.safety()))
                .warnings().stream().map(WorkbookProblem::toString).toList();
        List<String> safetyFirst = UpdateImport.of(mended).read(List.of(copies.safety(), copies.people()))
                .warnings().stream().map(WorkbookProblem::toString).toList();

        String changed = "warning: the plan has changed since the workbook was exported for Q2 2025/26, in ";
        assertThat(peopleFirst).contains(changed + "'2 / 2.3', an item none of " + copies.people()
                + " and " + copies.safety() + " filled in, so they were read against the plan as it is now",
                copies.people() + ": " + changed + "'2 / 2.4', an item not filled in, so it was read against the plan"
                        + " as it is now");
        assertThat(safetyFirst).contains(changed + "'2 / 2.3', an item none of " + copies.safety()
                + " and " + copies.people() + " filled in, so they were read against the plan as it is now",
                copies.people() + ": " + changed + "'2 / 2.4', an item not filled in, so it was read against the plan"
                        + " as it is now");
        assertThat(safetyFirst.stream().filter(w -> w.contains(changed))).hasSize(2);
    }

    @Test
    void anItemAddedWhileTheCopiesWereOutIsToldAsOwingItsUpdateNotAsAChange() throws Exception {
        // Trial 53 F7: work added for an owner was told in the words of a change, not as news still owed.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("3", "3.1", UpdateColumn.PROGRESS, 50),
                owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS, 60));
        ActionPlan added = plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref().equals("3") ? r
                : r.withSubActions(java.util.stream.Stream.concat(r.subActions().stream(), java.util.stream.Stream.of(
                        SubAction.builder().id("3.9").description("Train the new managers.").build())).toList()))
                .toList());

        List<String> warnings = UpdateImport.of(added).read(List.of(copies.people(), copies.safety())).warnings()
                .stream().map(WorkbookProblem::toString).toList();

        assertThat(warnings).contains(copies.people() + ": warning: '3 / 3.9' was added to the plan, or given to this"
                + " copy's owner, since the workbook was exported for Q2 2025/26, so no copy read has a row of it"
                + " filled in: for its update for Q2 2025/26, send its owner a workbook of the plan as it is now");
        assertThat(warnings).noneMatch(w -> w.contains("changed since the workbook was exported for Q2 2025/26, in"
                + " '3 / 3.9'"));
    }

    @Test
    void aRowOfAnItemWhoseOwnerAloneChangedWhileTheCopyWasOutIsReadWithAWarningNamingBoth() throws Exception {
        // Trial 53 F6: handing an item to another owner refused its owner's filled-in row, and with it the import.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        Path people = ownersCopies(plan, owner -> owner.type("3", "", UpdateColumn.UPDATE, "Managers trained.")
                .type("2", "2.1", UpdateColumn.PROGRESS, 40), owner -> { }).people();
        ActionPlan threeHandedOver = plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref()
                .equals("3") ? r : Recommendation.builder().from(r).owner("Community Safety").build()).toList());
        ActionPlan handedOver = UpdateWorkbookTest.withSubActionOwner(threeHandedOver, "2", "2.1", "Protection");

        ImportedUpdate imported = UpdateImport.of(handedOver).read(people);

        assertThat(imported.plan().recommendation("3").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo("Managers trained.");
        assertThat(imported.plan().recommendation("3").orElseThrow().owner()).contains("Community Safety");
        assertThat(imported.plan().recommendation("2").orElseThrow().subActions().getFirst().progress())
                .contains(Percent.of(40));
        assertThat(imported.warnings()).extracting(WorkbookProblem::message).contains("sub-action 2 / 2.1 was"
                + " given to 'Protection' in the plan since the workbook was exported for Q2 2025/26, from no owner of"
                + " its own; what is typed on its row was read, as its owner's then, since nothing else of it changed",
                "recommendation 3 was given to 'Community Safety' in the plan since the workbook was exported for Q2"
                        + " 2025/26, from 'People and Organisational Development'; what is typed on its row was read,"
                        + " as its owner's then, since nothing else of it changed");
        assertThat(imported.warnings()).extracting(WorkbookProblem::message).noneMatch(m -> m.startsWith("the plan"
                + " has changed") && (m.contains("in '3',") || m.contains("in '2 / 2.1',")));

        // A New owner other than the plan's now is disputed: the row is refused.
        Path disputed = folder.resolve("disputed.xlsx");
        Files.copy(people, disputed);
        try (Owner owner = Owner.open(disputed)) {
            owner.type("3", "", UpdateColumn.NEW_OWNER, "Estates").save(disputed);
        }
        assertThat(refused(handedOver, List.of(disputed)).errors()).extracting(WorkbookProblem::message)
                .containsExactly("New owner: 'Estates', but recommendation 3 was given to 'Community Safety' in the"
                        + " plan since the workbook was exported for Q2 2025/26; clear New owner to read the rest of"
                        + " the row, or have whoever keeps the plan settle who owns it");
    }

    @Test
    void aSubActionOfARecommendationRenamedIsReadAfterAnotherCopyChangedTheRecommendation() throws Exception {
        // Run 58 NEW-2: once one copy's import rated recommendation 2A (2 renamed), 2 was no longer known as renamed,
        // and another owner's row of its sub-action 2.3, now 2A.3 and as it was, was refused as removed.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("2", "", UpdateColumn.BRAG, "Amber"),
                owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS, 60));
        ActionPlan renamed = plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref().equals("2")
                ? r : Recommendation.builder().from(r).ref("2A").subActions(r.subActions().stream().map(s -> SubAction
                .builder().from(s).id(s.id().replace("2.", "2A.")).build()).toList()).build()).toList());

        ActionPlan rated = UpdateImport.of(renamed).read(copies.people()).plan();
        ImportedUpdate imported = UpdateImport.of(rated).read(copies.safety());

        assertThat(imported.plan().recommendation("2A").orElseThrow().subActions().get(2).progress())
                .contains(Percent.of(60));
        assertThat(imported.warnings()).extracting(WorkbookProblem::message).contains("sub-action 2 / 2.3 is"
                + " 2A / 2A.3 in the plan now, renamed since the workbook was exported for Q2 2025/26 and otherwise as"
                + " it was; what is typed on its row was read as 2A / 2A.3's");
    }

    @Test
    void anItemHandedToAnOwnerIsToldAsLackingItsUpdateOnlyWhereNoCopyGaveItAndTheOwnerFillsItIn() throws Exception {
        // Run 55 N1: a grey row new to a copy, and an item its previous owner filled in, were told as news owed.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner(UpdateWorkbookTest.withSubActionOwner("2", "2.3",
                "Community Safety"), "3", "3.1", "Protection");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("3", "", UpdateColumn.UPDATE, "Managers trained.")
                .type("4", "4.1", UpdateColumn.UPDATE, "Plan drafted."), owner -> owner.type("2", "2.3",
                UpdateColumn.PROGRESS, 60));
        ActionPlan handedOver = plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref()
                .equals("3") && !r.ref().equals("4") ? r : Recommendation.builder().from(r).owner("Community Safety")
                .build()).toList());

        List<String> warnings = UpdateImport.of(handedOver).read(List.of(copies.people(), copies.safety()))
                .warnings().stream().map(WorkbookProblem::toString).toList();

        // 3's own row and 4.1's row were filled in by their owner then: neither 3 nor 4 lacks its update.
        String added = "was added to the plan, or given to this copy's owner";
        assertThat(warnings).noneMatch(w -> w.contains("'3' " + added)).noneMatch(w -> w.contains("'3 / 3.1' "))
                .noneMatch(w -> w.contains("'4' " + added))
                .anyMatch(w -> w.startsWith(copies.safety() + ": warning: '3 / 3.2' " + added));
    }

    @Test
    void theImportSaysWhoseCopyEachWorkbookReadIsSoThatAServiceCanTellAnotherOwnersUpload() throws Exception {
        // Trial 54 F2: a portal signed in as one owner took another owner's filled-in copy with no way to tell.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 50),
                owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS, 60));
        Path twin = Files.copy(copies.safety(), folder.resolve("safety again.xlsx"));

        assertThat(UpdateImport.of(plan).readCopies(List.of(new WorkbookFile(copies.safety(), "mine.xlsx")))
                .copies()).containsExactly(new ImportedUpdate.Copy("mine.xlsx", Optional.of("Community Safety")));
        assertThat(UpdateImport.of(plan).read(List.of(copies.people(), copies.safety(), twin)).copies())
                .extracting(ImportedUpdate.Copy::owner).containsExactly(Optional.of(
                        "People and Organisational Development"), Optional.of("Community Safety"));
        assertThat(UpdateImport.of(seed.plan()).read(seed.file()).copies()).singleElement().satisfies(whole ->
                assertThat(whole.owner()).isEmpty());
        assertThat(UpdateImport.of(plan).awaitingUpdateFrom(Q2)).isNotNull();
    }

    @Test
    void aRowDeletedFromAnOwnersCopyIsWarnedOfWhereItIsTheirsNotWhereItIsAnothersGreyRow() throws Exception {
        // Trial 29 L2: a grey row deleted was told as if an update typed on it were lost.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> {
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 50);
            owner.deleteRow("2", "2.3").deleteRow("2", "2.2"); // 2.3 Community Safety's, grey here
        }, owner -> { });

        assertThat(UpdateImport.of(plan).read(copies.people()).warnings()).extracting(WorkbookProblem::toString)
                .containsExactly("people.xlsx: warning: Updates (2 / 2.2): has no row for '2 / 2.2', which the"
                        + " workbook was written with (deleted?), so nothing of it is read; if an update was typed"
                        + " there, type it again in the copy as sent");
    }

    @Test
    void copiesFilledInByDifferentOwnersGiveThePlanOneWorkbookWithAllTheirRowsGives() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path prevention = copy("prevention", ReturnedCopiesTest::prevention);
        Path both = copy("both", owner -> {
            culture(owner);
            prevention(owner);
        });

        ImportedUpdate together = UpdateImport.of(seed.plan()).read(List.of(culture, prevention));

        ImportedUpdate one = UpdateImport.of(seed.plan()).read(both);
        assertThat(apartFromCopies(together)).isEqualTo(apartFromCopies(one));
        assertThat(together.plan().recommendation("2").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo("Culture work continues.\n\n- 2.1: Survey done in July.\n- 2.3: Launched in August.");
        assertThat(together.progressChanges()).isEqualTo(3);
        assertThat(together.completions()).isEqualTo(2);
        assertThat(together.assessmentChanges()).isEqualTo(1);
    }

    @Test
    void aSubActionsOwnerFillsItInInTheirOwnCopyAndTheOwnersCopiesCombine() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, ReturnedCopiesTest::culture, owner -> owner.type("2", "2.3",
                UpdateColumn.PROGRESS, 100).type("2", "2.3", UpdateColumn.COMPLETED_ON, "31/08/2025")
                .type("2", "2.3", UpdateColumn.UPDATE, "Launched in August."));
        Path people = copies.people();
        Path safety = copies.safety();

        ImportedUpdate together = UpdateImport.of(plan).read(List.of(people, safety));

        assertThat(together.plan().recommendation("2").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo("Culture work continues.\n\n- 2.1: Survey done in July.\n- 2.3: Launched in August.");
        assertThat(together.plan().recommendation("2").orElseThrow().subActions().get(2).completedOn())
                .contains(LocalDate.of(2025, 8, 31));
        assertThat(together.warnings()).isEmpty();
    }

    @Test
    void anOwnerWhoReturnedNothingIsChasedThoughAnotherOwnersSubActionGaveTheRecommendationAnUpdate()
            throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> { }, owner -> owner.type("2", "2.3", UpdateColumn.UPDATE,
                "Launch planned for October."));

        ImportedUpdate result = UpdateImport.of(plan).read(List.of(copies.safety()));

        assertThat(result.awaitingUpdate()).extracting(Recommendation::ref).doesNotContain("2");
        assertThat(result.awaitingUpdateFrom()).filteredOn(awaited -> awaited.ref().equals("2")).containsExactly(
                new ImportedUpdate.AwaitedUpdate("2", List.of("People and Organisational Development"),
                        List.of("2.3")));
    }

    @Test
    void whomToChaseSaysWhatEachOwnerSentWithNoWordsSoThatACopyAlreadyBackIsNotChasedAsMissing() throws Exception {
        // Trial 25 F7: a rating and figures with no words read as a copy never returned.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, owner -> owner.type("2", "", UpdateColumn.BRAG, "Amber"),
                owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS, 40));

        ImportedUpdate result = UpdateImport.of(plan).read(List.of(copies.people(), copies.safety()));

        assertThat(result.awaitingUpdateFrom()).filteredOn(awaited -> awaited.ref().equals("2")).containsExactly(
                new ImportedUpdate.AwaitedUpdate("2", List.of("People and Organisational Development",
                        "Community Safety"), List.of(), Map.of("Community Safety", List.of("2.3")), Optional.of(
                        OwnerAssessment.of(Status.AT_RISK, Q2))));
    }

    @Test
    void whomToChaseForAPeriodIsToldOfThePlanBeforeAnyCopyComesBackAsOfAnImportThatChangedNothing() throws Exception {
        // Trial 25 F3: a page showing who owes an update had nothing to ask before a copy imported.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies blank = ownersCopies(plan, owner -> { }, owner -> { });

        List<ImportedUpdate.AwaitedUpdate> before = UpdateImport.of(plan).awaitingUpdateFrom(Q2);

        assertThat(before).isEqualTo(UpdateImport.of(plan).read(List.of(blank.people(), blank.safety()))
                .awaitingUpdateFrom());
        assertThat(before).filteredOn(awaited -> awaited.ref().equals("2")).containsExactly(
                new ImportedUpdate.AwaitedUpdate("2", List.of("People and Organisational Development",
                        "Community Safety"), List.of()));
        assertThat(before).extracting(ImportedUpdate.AwaitedUpdate::ref).doesNotContain("1"); // complete
        assertThatThrownBy(() -> UpdateImport.of(plan.withPeriod(Q2))
                .awaitingUpdateFrom(plan.period().orElseThrow())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plan reports on Q2 2025/26 already, after Q1 2025/26: whom to chase for Q1 2025/26"
                        + " is told of the plan of Q1 2025/26");
    }

    @Test
    void anOwnersCopyFilledInAgainAfterItWasImportedIsRefusedNamingNextQuartersNewsAndACorrectionAsItsCauses()
            throws Exception {
        // Trial 25 F2: the refusal led with a change "in the plan" that was this owner's own first copy. Trial 28 F4:
        // it then told only how to take a correction, which, for next quarter's news typed in it, files them under
        // this quarter.
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        ActionPlan imported = UpdateImport.of(plan).read(ownersCopies(plan, owner -> owner.type("2", "2.1",
                UpdateColumn.PROGRESS, 50), owner -> { }).people()).plan();
        Path corrected = ownersCopies(plan, owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 60), owner -> { })
                .people();

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(imported).read(corrected));

        assertThat(e.problems()).extracting(WorkbookProblem::message).containsExactly("sub-action 2 / 2.1 has"
                + " changed in the plan since the workbook was exported for Q2 2025/26 (Progress reported blank here,"
                + " '50%' in the plan now), most likely by this copy,"
                + " imported before: if its owner typed news of Q3 2025/26 in it by mistake, ask them to type it in"
                + " their copy for Q3 2025/26; if it corrects what they sent for Q2 2025/26, import the quarter again"
                + " into the plan the copies were exported from, with every copy, this one as corrected, writing over"
                + " the plan the first import gave; if it was changed in the plan itself, fill this"
                + " row in again in a workbook exported from the plan as it is now");
        assertThat(UpdateImport.of(plan).read(corrected).plan().recommendation("2").orElseThrow().subActions()
                .getFirst().progress()).contains(Percent.of(60));
    }

    @Test
    void aSubActionsOwnerWhoReturnedNothingIsChasedWhereTheRecommendationsOwnerGaveItsUpdate() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        Filling people = owner -> owner.type("2", "", UpdateColumn.UPDATE, "Under way.");

        ImportedUpdate own = UpdateImport.of(plan).read(List.of(ownersCopies(plan, people, owner -> { }).people()));
        OwnersCopies copies = ownersCopies(plan, people, owner -> owner.type("2", "2.3", UpdateColumn.UPDATE,
                "Launch planned for October."));
        ImportedUpdate both = UpdateImport.of(plan).read(List.of(copies.people(), copies.safety()));

        assertThat(own.awaitingUpdateFrom()).filteredOn(awaited -> awaited.ref().equals("2")).containsExactly(
                new ImportedUpdate.AwaitedUpdate("2", List.of("Community Safety"), List.of("2")));
        assertThat(both.awaitingUpdateFrom()).extracting(ImportedUpdate.AwaitedUpdate::ref).doesNotContain("2");
    }

    @Test
    void theOrderOfTheCopiesDoesNotChangeThePlan() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path prevention = copy("prevention", ReturnedCopiesTest::prevention);

        assertThat(apartFromCopies(UpdateImport.of(seed.plan()).read(List.of(prevention, culture))))
                .isEqualTo(apartFromCopies(UpdateImport.of(seed.plan()).read(List.of(culture, prevention))));
    }

    @Test
    void anItemFilledInTheSameInTwoCopiesCountsOnce() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path passedOn = copy("passed-on", owner -> {
            culture(owner); // the culture owner's copy, passed on to prevention's owner, who added theirs
            prevention(owner);
        });

        ImportedUpdate together = UpdateImport.of(seed.plan()).read(List.of(culture, passedOn));

        assertThat(apartFromCopies(together)).isEqualTo(apartFromCopies(UpdateImport.of(seed.plan()).read(passedOn)));
    }

    @Test
    void anItemFilledInDifferentlyInTwoCopiesIsRefusedNamingBothCells() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path other = copy("other", owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 60)
                .type("2", "2.1", UpdateColumn.UPDATE, "Survey done in July."));
        String progress;
        try (Owner owner = Owner.open(other)) {
            progress = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }

        InvalidWorkbookException e = refused(List.of(culture, other));

        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly(other + ": " + progress
                + " (2 / 2.1): filled in differently in " + culture + " (" + progress + "): Progress % now 60% here,"
                + " 50% there; fill in each item in one copy only, or the same in each");
        assertThat(e.problems().get(0).workbook()).contains(other.toString());
        // Trial 62 F2: "cannot be used" of every copy sent a reader after the owner of the one that was fine.
        assertThat(e).hasMessageStartingWith(culture + " and " + other + " were not imported: 1 error, in " + other
                + "\n");
    }

    @Test
    void everyColumnAnItemDiffersInIsNamed() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path other = copy("other", owner -> owner.type("2", "", UpdateColumn.BRAG, "Red"));

        InvalidWorkbookException e = refused(List.of(culture, other));

        assertThat(e.problems()).singleElement().extracting(WorkbookProblem::message).asString()
                .contains("Owner's BRAG Red here, Amber there; Update for this period blank here,"
                        + " 'Culture work continues.' there;");
    }

    @Test
    void theSameCopyGivenTwiceIsReadOnceWithAWarningNamingBoth() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path again = Files.copy(culture, culture.resolveSibling("culture-again.xlsx"));

        ImportedUpdate twice = UpdateImport.of(seed.plan()).read(List.of(culture, again));

        assertThat(twice.plan()).isEqualTo(UpdateImport.of(seed.plan()).read(culture).plan());
        assertThat(twice.warnings()).extracting(WorkbookProblem::toString).containsExactly(again
                + ": warning: the same file as " + culture + ", byte for byte, so it is read once; if another owner's"
                + " copy was meant, ask them for it");
    }

    @Test
    void aCopyThatCameBackWithNothingFilledInIsAWarningNamingIt() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path blank = copy("blank", owner -> { });

        ImportedUpdate together = UpdateImport.of(seed.plan()).read(List.of(culture, blank));

        assertThat(together.plan()).isEqualTo(UpdateImport.of(seed.plan()).read(culture).plan());
        assertThat(together.warnings()).extracting(WorkbookProblem::toString).containsExactly(blank
                + ": warning: nothing is filled in: no row of its Updates sheet has a value in a cell for owners to"
                + " fill in; if this is not the copy its owner filled in, ask them for that one");
        // Alone too, as copies imported as they come back are.
        assertThat(UpdateImport.of(seed.plan()).read(blank).warnings()).extracting(WorkbookProblem::toString)
                .containsExactly("updates.xlsx: warning: nothing is filled in: no row of its Updates sheet has a value"
                        + " in a cell for owners to fill in; if this is not the copy its owner filled in, ask them for"
                        + " that one");
    }

    @Test
    void completingEverySubActionButNotTheRecommendationsOwnProgressIsAWarningAtItsCell() throws Exception {
        ActionPlan derbyshire = SeedPlans.derbyshire();
        ReportingPeriod q3 = ReportingPeriod.parse("Q3 2023/24");
        Path written = folder.resolve("derbyshire.xlsx");
        UpdateWorkbook.of(derbyshire, q3).write(written);
        Path done;
        Path copy;
        String cell;
        try (Owner owner = Owner.open(written)) {
            owner.type("Rec 5", "5.1", UpdateColumn.PROGRESS, 100).type("Rec 5", "5.2", UpdateColumn.PROGRESS, 100);
            copy = owner.save(folder.resolve("first.xlsx"));
            owner.type("Rec 5", "5.3", UpdateColumn.COMPLETED_ON, "1/12/2023")
                    .type("Rec 5", "5.4", UpdateColumn.PROGRESS, "100%");
            cell = owner.cell("Rec 5", "", UpdateColumn.PROGRESS);
            done = owner.save(folder.resolve("done.xlsx"));
        }

        ImportedUpdate result = UpdateImport.of(derbyshire).read(done);

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("done.xlsx: warning:"
                + " " + cell
                + " (Rec 5): every sub-action is now complete, but the recommendation's own progress is still 68%; if"
                + " it is done too, type 100 and the day it was finished on its own row");
        assertThat(UpdateImport.of(derbyshire).read(copy).warnings()).singleElement().asString()
                .contains("Rec 5 keeps the progress of its own the plan holds, 68%");
        assertThat(UpdateImport.of(derbyshire).read(List.of(copy, done)).warnings()).extracting(
                WorkbookProblem::workbook).containsExactly(Optional.of(copy.toString()));
    }

    @Test
    void movingSubActionsOnButNotTheRecommendationsOwnProgressIsAWarningAtItsCellUnlessItsRowGivesOne()
            throws Exception {
        // Run 114 #1: a tracker's figure for the whole stayed 25% for two quarters while its sub-actions moved on.
        ActionPlan derbyshire = SeedPlans.derbyshire();
        Path written = folder.resolve("derbyshire.xlsx");
        UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24")).write(written);
        Path moved;
        Path same;
        Path both;
        String cell;
        try (Owner owner = Owner.open(written)) {
            moved = owner.type("Rec 5", "5.1", UpdateColumn.PROGRESS, 90).save(folder.resolve("moved.xlsx"));
            cell = owner.cell("Rec 5", "", UpdateColumn.PROGRESS);
            same = owner.type("Rec 5", "", UpdateColumn.PROGRESS, 68).save(folder.resolve("same.xlsx"));
            both = owner.type("Rec 5", "", UpdateColumn.PROGRESS, 70).save(folder.resolve("both.xlsx"));
        }
        Recommendation rec5 = derbyshire.recommendation("Rec 5").orElseThrow();

        ImportedUpdate result = UpdateImport.of(derbyshire).read(moved);

        assertThat(rec5.reportedProgress()).contains(Percent.of(68));
        assertThat(result.plan().recommendation("Rec 5").orElseThrow().subActionsProgress().orElseThrow()
                .displayText()).isNotEqualTo(rec5.subActionsProgress().orElseThrow().displayText());
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("moved.xlsx: warning: "
                + cell + " (Rec 5): its sub-actions come to "
                + result.plan().recommendation("Rec 5").orElseThrow().subActionsProgress().orElseThrow().displayText()
                + " now, but Rec 5 keeps the progress of its own the plan holds, 68%, which the reports show instead;"
                + " type its progress now on its own row, the same figure if it stands");
        assertThat(UpdateImport.of(derbyshire).read(both).warnings()).isEmpty();
        assertThat(UpdateImport.of(derbyshire).read(same).warnings()).as("the figure stands, its row says").isEmpty();
    }

    @Test
    void theRecommendationOwnersCopyIsReadAfterACopyWhoseNewsTookItsPublishedRatingAway() throws Exception {
        // Run 117 #1: news of a sub-action, for the period the plan was published in, takes the published rating
        // away; the copy of the recommendation's owner, imported next, was refused as changed since, "most likely by
        // this copy, imported before".
        ActionPlan derbyshire = SeedPlans.derbyshire();
        ReportingPeriod q3 = ReportingPeriod.parse("Q3 2023/24");
        Path written = folder.resolve("derbyshire.xlsx");
        UpdateWorkbook.of(derbyshire, q3).write(written);
        Path station;
        Path people;
        try (Owner owner = Owner.open(written)) {
            station = owner.type("Rec 5", "5.3", UpdateColumn.PROGRESS, 90)
                    .type("Rec 5", "5.3", UpdateColumn.UPDATE, "Course booked.").save(folder.resolve("station.xlsx"));
        }
        try (Owner owner = Owner.open(written)) {
            people = owner.type("Rec 5", "", UpdateColumn.UPDATE, "Posters and intranet pages live.")
                    .save(folder.resolve("people.xlsx"));
        }
        ActionPlan first = UpdateImport.of(derbyshire).read(station).plan();

        ImportedUpdate second = UpdateImport.of(first).read(people);

        assertThat(derbyshire.recommendation("Rec 5").orElseThrow().assessment()).isPresent();
        assertThat(first.recommendation("Rec 5").orElseThrow().assessment()).isEmpty();
        assertThat(second.plan().recommendation("Rec 5").orElseThrow().update(q3).orElseThrow().text())
                .contains("Posters and intranet pages live.", "Course booked.");
    }

    @Test
    void copiesImportedAsTheyComeBackIntoAPlanOfPublishedStatusesAreReadEachIntoThePlanTheOneBeforeWrote()
            throws Exception {
        // Trial 22 F2: Derbyshire's published statuses name no period. The first import of a quarter after the
        // plan's own dates them, which changed every item's fingerprint: each copy after it was refused, its items
        // "changed in the plan since".
        ActionPlan derbyshire = SeedPlans.derbyshire();
        Path q3 = folder.resolve("q3.xlsx");
        UpdateWorkbook.of(derbyshire, ReportingPeriod.parse("Q3 2023/24")).write(q3);
        ActionPlan inQ3;
        try (Owner owner = Owner.open(q3)) {
            inQ3 = UpdateImport.of(derbyshire).read(owner.type("Rec 5", "5.1", UpdateColumn.PROGRESS, 80)
                    .save(folder.resolve("q3-filled.xlsx"))).plan();
        }
        Path q4 = folder.resolve("q4.xlsx");
        UpdateWorkbook.of(inQ3, ReportingPeriod.parse("Q4 2023/24")).write(q4);
        Path first;
        Path second;
        try (Owner owner = Owner.open(q4)) {
            first = owner.type("Rec 5", "5.1", UpdateColumn.PROGRESS, 90).save(folder.resolve("first.xlsx"));
        }
        try (Owner owner = Owner.open(q4)) {
            second = owner.type("Rec 14", "", UpdateColumn.PROGRESS, 40).save(folder.resolve("second.xlsx"));
        }

        ImportedUpdate one = UpdateImport.of(inQ3).read(first);
        assertThat(one.plan().recommendations()).filteredOn(r -> r.assessment().isPresent())
                .allSatisfy(r -> assertThat(r.assessment().orElseThrow().period()).isPresent());
        ImportedUpdate two = UpdateImport.of(one.plan()).read(second);

        // Only the item the first copy changed is named: the ratings it dated changed none.
        assertThat(two.warnings()).extracting(WorkbookProblem::toString).containsExactly("second.xlsx: warning: the"
                + " plan has changed since the workbook was exported for Q4 2023/24, in 'Rec 5 / 5.1', an item not"
                + " filled in, so it was read against the plan as it is now");
        assertThat(two.plan().recommendation("Rec 14").orElseThrow().reportedProgress()).contains(Percent.of(40));
        assertThat(two.plan().recommendation("Rec 5").orElseThrow().subActions().getFirst().progress())
                .contains(Percent.of(90));
    }

    @Test
    void anItemsFingerprintAsAnEarlierVersionWroteItWithItsRatingsPeriodStillMatchesTheItem() {
        // A copy written before a rating's period left the fingerprint lists them with it: read now, it must not
        // find every rated item changed since.
        ActionPlan derbyshire = SeedPlans.derbyshire();
        ActionPlan dated = derbyshire.withRecommendations(derbyshire.recommendations().stream().map(r -> r.assessment()
                .map(a -> r.withAssessment(OwnerAssessment.of(a.status(), ReportingPeriod.parse("Q3 2023/24"))))
                .orElse(r)).toList());
        Map<UpdateReader.Key, String> before = new HashMap<>();
        PlanIdentity.items(dated, true, before::put);
        PlanIdentity.Fingerprints now = new PlanIdentity.Fingerprints(dated);

        assertThat(before).allSatisfy((key, written) -> assertThat(now.matches(key, written)).isTrue());
        assertThat(before.entrySet()).as("fingerprints of rated items, which this version takes otherwise")
                .filteredOn(e -> !e.getValue().equals(now.items().get(e.getKey()))).isNotEmpty();
        assertThat(now.matches(new UpdateReader.Key("Rec 5", Optional.empty()), "000000000000")).isFalse();
    }

    /**
     * Merseyside with sub-action 2.3 Community Safety's and recommendation 2's progress its own 60%, every other
     * sub-action of it done: whoever completes 2.3 completes them all.
     */
    private static ActionPlan lastOpenSubActionAnothersToDo() {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        return plan.withRecommendations(plan.recommendations().stream().map(r -> !r.ref().equals("2") ? r
                : r.withReportedProgress(Percent.of(60)).withSubActions(r.subActions().stream().map(s -> s.id()
                        .equals("2.3") ? s : s.withProgress(Percent.of(100))).toList())).toList());
    }

    @Test
    void aRecommendationLeftBehindIsAWarningAtItsRowInItsOwnersCopyNotAtTheGreyRowInAnothers() throws Exception {
        ActionPlan plan = lastOpenSubActionAnothersToDo();
        OwnersCopies copies = ownersCopies(plan, owner -> { }, owner -> owner.type("2", "2.3", UpdateColumn.PROGRESS,
                100));
        Path people = copies.people();
        Path safety = copies.safety();
        String ownRow;
        try (Owner owner = Owner.open(people)) {
            ownRow = owner.cell("2", "", UpdateColumn.PROGRESS);
        }

        ImportedUpdate both = UpdateImport.of(plan).read(List.of(safety, people));

        assertThat(both.warnings()).filteredOn(w -> w.item().isPresent()).extracting(WorkbookProblem::toString)
                .containsExactly(people + ": warning: " + ownRow + " (2): every sub-action is now complete, but"
                        + " the recommendation's own progress is still 60%; if it is done too, type 100 and the day it"
                        + " was finished on its own row");
        assertThat(UpdateImport.of(plan).read(safety).warnings()).extracting(WorkbookProblem::toString)
                .containsExactly("safety.xlsx: warning: every sub-action of Area for improvement 2 is now complete,"
                        + " but its own progress is still 60%; if it is done too, its owner, 'People and Organisational"
                        + " Development', types 100 and the day it was finished on its own row, in their copy of the"
                        + " workbook, which this import was not given");
    }

    @Test
    void aGreyRowFilledInInACopyThatOnlyShowsItIsRefusedNamingWhoseRowItIs() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        Path safety = folder.resolve("safety.xlsx");
        UpdateWorkbook.of(plan, Q2).withOwner("Community Safety").write(safety);
        String brag;
        String update;
        try (Owner owner = Owner.open(safety)) { // its sheet unprotected, as anyone may: it has no password
            owner.type("2", "2.3", UpdateColumn.PROGRESS, 100).type("2", "", UpdateColumn.BRAG, "Green")
                    .type("2", "", UpdateColumn.UPDATE, "Going well.");
            brag = owner.cell("2", "", UpdateColumn.BRAG);
            update = owner.cell("2", "", UpdateColumn.UPDATE);
            owner.save(safety);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(safety));

        // Each cell typed in, so that the second is not found only once the first is cleared (run 110 #5)
        String why = " (2): this row is to be filled in in the copy for 'People and Organisational Development'; in"
                + " this copy, for 'Community Safety', it is greyed, there to show where it stands: clear this cell,"
                + " and give the row to its owner to fill in in theirs";
        assertThat(e.errors()).extracting(WorkbookProblem::toString).containsExactly("safety.xlsx: " + brag + why,
                "safety.xlsx: " + update + why);
    }

    /** Merseyside with sub-action 2.3 Community Safety's: copies for it and for People have rows the other lacks. */
    private static ActionPlan safetysSubAction() {
        return UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
    }

    /**
     * Pastes, as values, the cells from {@code first} to {@code last} of 3.1's row of People's copy, 60% typed on it,
     * over 2.3's row of Community Safety's copy; gives 2.3's Progress % now cell.
     */
    private String pastedOverSafetysRow(OwnersCopies copies, UpdateColumn first, UpdateColumn last)
            throws IOException {
        try (Owner theirs = Owner.open(copies.people()); Owner owner = Owner.open(copies.safety())) {
            org.apache.poi.ss.usermodel.Row to = owner.row("2", "2.3");
            Owner.pasteValues(theirs.row("3", "3.1"), to, first, last);
            owner.save(copies.safety());
            return "Updates!" + new org.apache.poi.ss.util.CellReference(to.getRowNum(), UpdateColumn.PROGRESS
                    .ordinal()).formatAsString(false);
        }
    }

    @Test
    void aRowPastedInFromAnotherOwnersCopyIsToldAsNotInThisCopyNotAsGreyed() throws Exception {
        // Trial 38 F2: rows of another owner's copy pasted below the table were "greyed in this copy".
        ActionPlan plan = safetysSubAction();
        OwnersCopies copies = ownersCopies(plan, owner -> { }, owner -> { });
        Path safety = copies.safety();
        String pasted;
        try (Owner theirs = Owner.open(copies.people()); Owner owner = Owner.open(safety)) {
            org.apache.poi.ss.usermodel.Sheet sheet = owner.workbook().getSheet(UpdateWorkbookWriter.UPDATES);
            // values only, as a paste into another file gives
            Owner.pasteValues(theirs.row("3", "3.1"), sheet.createRow(sheet.getLastRowNum() + 2), UpdateColumn.REF,
                    UpdateColumn.LAST_UPDATE);
            owner.type("3", "3.1", UpdateColumn.PROGRESS, 50);
            pasted = owner.cell("3", "3.1", UpdateColumn.PROGRESS);
            owner.save(safety);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(safety));

        assertThat(e.errors()).extracting(WorkbookProblem::toString).contains("safety.xlsx: " + pasted + " (3 / 3.1):"
                + " this row is not in this copy, for 'Community Safety' (pasted from the copy for 'People and"
                + " Organisational Development'?): 'People and Organisational Development' fills it in, in theirs;"
                + " delete it here");
    }

    @Test
    void valuesPastedFromAnotherOwnersCopyOverAnOwnRowAreToldAsPastedOverNotAsASortAndADeletedRow()
            throws Exception {
        // Trial 38 F3: "the rows were sorted apart ... undo the sort", and the row's own item "deleted?".
        ActionPlan plan = safetysSubAction();
        OwnersCopies copies = ownersCopies(plan, people -> people.type("3", "3.1", UpdateColumn.PROGRESS, 60),
                safety -> { });
        Path safety = copies.safety();
        // Paste Special, values, of Ref to New timescale: the hidden Row key after it stays as it was.
        String typed = pastedOverSafetysRow(copies, UpdateColumn.REF, UpdateColumn.NEW_TIMESCALE);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(safety));

        assertThat(e.problems()).extracting(WorkbookProblem::toString).filteredOn(p -> p.contains("Updates!")
                || p.contains("Updates (")).containsExactly("safety.xlsx: " + typed + " (2 / 2.3): this row is 2 /"
                + " 2.3's (its hidden Row key says so), but its Ref and Id, and the cells beside them, are 3 / 3.1's,"
                + " which is not in this copy, for 'Community Safety' (pasted over from the copy for 'People and"
                + " Organisational Development'?); put back 2 / 2.3's Ref, Id and what was pasted over it (undo the"
                + " paste), and type any update of 2 / 2.3 again");
    }

    @Test
    void cellsToFillInPastedFromAnotherOwnersCopyOverAnOwnRowAreToldAsPastedNotAsASort() throws Exception {
        // Trial 41 F2: "the rows were sorted apart ... undo the sort", where no sort could be, and retyping kept it.
        ActionPlan plan = safetysSubAction();
        OwnersCopies copies = ownersCopies(plan, people -> people.type("3", "3.1", UpdateColumn.PROGRESS, 60),
                safety -> { });
        Path safety = copies.safety();
        // Paste Special, values, of the cells to fill in, the hidden Row keys among them.
        String typed = pastedOverSafetysRow(copies, UpdateColumn.PROGRESS, UpdateColumn.UPDATE);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(plan).read(safety));

        assertThat(e.errors()).extracting(WorkbookProblem::toString).containsExactly("safety.xlsx: " + typed
                + " (2 / 2.3): the cells to fill in of this row, 2 / 2.3's, hold those of 3 / 3.1's row, its hidden"
                + " Row key among them, which is not in this copy, for 'Community Safety' (pasted over from the copy"
                + " for 'People and Organisational Development'?), so what is typed here may be 3 / 3.1's; undo the"
                + " paste, or select this row's cells to fill in, press Delete and type any update of 2 / 2.3 again");
    }

    @Test
    void everyProblemOfEveryCopyIsReportedAtOnceEachNamingItsCopy() throws Exception {
        Path bad = copy("bad", owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "120%"));
        Path notAWorkbook = Files.writeString(folder.resolve("notes.xlsx"), "not a workbook");
        Path good = copy("good", ReturnedCopiesTest::prevention);

        InvalidWorkbookException e = refused(List.of(bad, notAWorkbook, good));

        assertThat(e.problems()).extracting(WorkbookProblem::workbook)
                .containsExactly(Optional.of(bad.toString()), Optional.of(notAWorkbook.toString()));
        assertThat(e.problems().get(0).toString()).startsWith(bad + ": Updates!L").contains("(2 / 2.1): Progress %"
                + " now: '120%' is not a percentage from 0 to 100");
        assertThat(e.problems().get(1).toString()).isEqualTo(notAWorkbook + ": is not an Excel workbook (.xlsx);"
                + " ask for the workbook itself as it was sent (.xlsx)");
        assertThat(e.source()).isEqualTo(bad + ", " + notAWorkbook + " and " + good);
    }

    @Test
    void copiesOfWorkbooksForDifferentPeriodsAreRefusedNamingTheOneNotForThePeriodAfterThePlansWhicheverComesFirst()
            throws Exception {
        Path q2 = copy("q2", ReturnedCopiesTest::culture);
        Path q3 = Files.createDirectories(folder.resolve("q3")).resolve("updates.xlsx");
        UpdateWorkbook.of(seed.plan(), ReportingPeriod.parse("Q3 2025/26")).write(q3);
        Path blank = Files.copy(q3, folder.resolve("blank.xlsx"));
        try (Owner owner = Owner.open(q3)) {
            auditClosed(owner);
            owner.save(q3);
        }

        InvalidWorkbookException e = refused(List.of(q2, q3, blank));

        // Imported on its own, a copy with nothing filled in would change nothing; the plan reports on Q1, so the
        // Q3 copy is the odd one (trial 26 F3: it was told to be imported on its own, which skips Q2).
        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly(q3 + ": was written for"
                + " Q3 2025/26 with statuses at 31 Dec 2025, but " + q2 + " for Q2 2025/26 with statuses at"
                + " 30 Sep 2025; the workbooks read together must be copies of one workbook: the plan reports on"
                + " Q1 2025/26, so its copies now are for Q2 2025/26: leave this one out, and ask its owner for their"
                + " copy for Q2 2025/26", blank + ": was written for Q3 2025/26 with statuses at 31 Dec 2025, but "
                + q2 + " for Q2 2025/26 with statuses at 30 Sep 2025; the workbooks read together must be copies of"
                + " one workbook: nothing is filled in in this one; if it is not the copy its owner filled in, ask"
                + " them for that one");
        // Given first, it is still the one named, and the problem is its (run 138 #2: it was filed under the other).
        assertThat(refused(List.of(q3, q2)).problems()).extracting(WorkbookProblem::toString).containsExactly(q3
                + ": was written for Q3 2025/26 with statuses at 31 Dec 2025, but " + q2 + " for Q2 2025/26 with"
                + " statuses at 30 Sep 2025; the workbooks read together must be copies of one workbook: the plan"
                + " reports on Q1 2025/26, so its copies now are for Q2 2025/26: leave this one out, and ask its"
                + " owner for their copy for Q2 2025/26");
    }

    @Test
    void lastQuartersCopyNeverImportedFilledInWithThisQuartersIsRefusedAskingForThisQuartersCopy() throws Exception {
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(ownersCopy("People and Organisational Development",
                ReturnedCopiesTest::culture)).plan();
        Path lastQuarters = copy("late", ReturnedCopiesTest::auditClosed); // the whole workbook, never imported
        Path people = folder.resolve("people-q3.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).withOwner("People and Organisational Development")
                .write(people);
        try (Owner owner = Owner.open(people)) {
            owner.type("2", "2.1", UpdateColumn.PROGRESS, "60%").save(people);
        }

        // The plan has changed since it was exported, for Q2 2025/26, not the others' Q3 2025/26.
        assertThat(refused(q2, List.of(people, lastQuarters)).problems()).extracting(WorkbookProblem::toString)
                .containsExactly(lastQuarters + ": warning: the plan has changed since the workbook was exported for"
                        + " Q2 2025/26, in '2', an item not filled in, so it was read against the plan as it is now",
                        lastQuarters + ": warning: the plan has changed since the workbook was exported for Q2"
                        + " 2025/26, in '2 / 2.1', an item not filled in, so it was read against the plan as it is now",
                        lastQuarters + ": was written for Q2 2025/26 with statuses"
                        + " at 30 Sep 2025, but " + people + " for Q3 2025/26 with statuses at 31 Dec 2025; the"
                        + " workbooks read together must be copies of one workbook: this one is last quarter's, for"
                        + " Q2 2025/26, on which the plan reports already: if its owner filled it in by mistake, ask"
                        + " them to type their news in the workbook for Q3 2025/26 (read on its own, it would"
                        + " file it under Q2 2025/26); if it is a late return for Q2 2025/26, import it on its own"
                        + " first");
    }

    @Test
    void anotherCopyFromAnOwnerWhoseUpdateForThePeriodThePlanHasIsAWarningThatItMayBeLastQuartersFilledInAgain()
            throws Exception {
        // Trial 22 F4: last quarter's copy, filled in again this quarter on rows nobody had changed, was taken as
        // last quarter's news with no word of it.
        String people = "People and Organisational Development";
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(ownersCopy(people, ReturnedCopiesTest::culture)).plan();
        Path again = folder.resolve("people-again.xlsx");
        UpdateWorkbook.of(seed.plan(), Q2).withOwner(people).write(again);
        try (Owner owner = Owner.open(again)) {
            owner.type("3", "3.1", UpdateColumn.PROGRESS, "70%").type("3", "", UpdateColumn.UPDATE,
                    "Appraisals restarted (January-March work).").save(again);
        }

        ImportedUpdate late = UpdateImport.of(q2).read(again);

        assertThat(late.warnings()).extracting(WorkbookProblem::toString).contains(again.getFileName() + ": warning:"
                + " is the copy for Q2 2025/26 of 'People and Organisational Development', whose update for it the"
                + " plan has already, for '2' and '2 / 2.1'; this one fills in '3' and '3 / 3.1': if it is last"
                + " quarter's workbook filled in again by mistake, its news is filed under Q2 2025/26; leave this"
                + " import unused and ask them to type it in their copy for Q3 2025/26; if the plan's update came from"
                + " another workbook, or was typed into the plan, this is their news for Q2 2025/26, read as such");
        // The copy imported before, given again, says what the plan does already: no such warning.
        assertThat(UpdateImport.of(q2).read(ownersCopy(people, ReturnedCopiesTest::culture)).warnings())
                .extracting(WorkbookProblem::toString).noneMatch(w -> w.contains("whose update for it the plan"));
    }

    @Test
    void lastQuartersCopyGivenFirstOrFilledInOnItemsChangedSinceIsStillNamedAsLastQuarters() throws Exception {
        // Trial 22 F3: given first, the good copy was told to be imported on its own; filled in on rows refused as
        // changed since, the copy was said to have nothing filled in. Trial 65 F7: nor is it told to be imported on
        // its own, which would be refused at those rows.
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(ownersCopy("People and Organisational Development",
                ReturnedCopiesTest::culture)).plan();
        Path lastQuarters = copy("late", owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "70%"));
        Path people = folder.resolve("people-q3.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).withOwner("People and Organisational Development")
                .write(people);
        try (Owner owner = Owner.open(people)) {
            owner.type("2", "2.2", UpdateColumn.PROGRESS, "60%").save(people);
        }
        String advice = " is last quarter's, for Q2 2025/26, on which the plan reports already: if its owner filled"
                + " it in by mistake, ask them to type their news in the workbook for Q3 2025/26 (read on its own, it"
                + " would file it under Q2 2025/26); if it is a late return for Q2 2025/26, or corrects a copy imported"
                + " before, do as the errors at its rows say: it fills in items changed in the plan since it was"
                + " written, which imported on its own it would be refused for";

        // What the copy is comes first, before its row refused as changed since (trial 23 F3).
        assertThat(refused(q2, List.of(people, lastQuarters)).problems()).extracting(WorkbookProblem::toString)
                .hasSizeGreaterThan(1).first().asString().startsWith(lastQuarters + ": was written for Q2 2025/26")
                .endsWith(": this one" + advice);
        // Given first, the problem is its too, not the good copy's (run 138 #2).
        assertThat(refused(q2, List.of(lastQuarters, people)).problems()).extracting(WorkbookProblem::toString)
                .anySatisfy(problem -> assertThat(problem).startsWith(lastQuarters + ": was written for Q2 2025/26"
                        + " with statuses at 30 Sep 2025, but " + people + " for Q3 2025/26").endsWith(": this one"
                        + advice)).noneMatch(problem -> problem.startsWith(people.toString()));
        // A copy two quarters on given after it is odd too, and told so; a blank copy for this quarter is no fault,
        // but has nothing filled in, as in any order (run 139 #2).
        Path q4 = folder.resolve("protection-q4.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q4 2025/26")).withOwner("Protection").write(q4);
        try (Owner owner = Owner.open(q4)) {
            owner.type("1", "", UpdateColumn.UPDATE, "Follow-up audit booked.").save(q4);
        }
        Path blank = folder.resolve("people-q3-blank.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).withOwner("People and Organisational Development")
                .write(blank);
        assertThat(refused(q2, List.of(lastQuarters, q4, blank, people)).problems())
                .extracting(WorkbookProblem::toString)
                .anySatisfy(problem -> assertThat(problem).startsWith(q4 + ": was written for Q4 2025/26")
                        .endsWith("leave this one out, and ask its owner for their copy for Q3 2025/26"))
                .noneMatch(problem -> problem.startsWith(people.toString()))
                .noneMatch(problem -> problem.startsWith(blank + ": was written"));
    }

    @Test
    void lastQuartersCopyRefusedAsImportedAlreadyIsNotAlsoSaidToBeReadAgainstThePlanAsItIsNow() throws Exception {
        String people = "People and Organisational Development";
        Path lastQuarters = ownersCopy(people, ReturnedCopiesTest::culture);
        // Another copy changed the plan too, in an item the first did not fill in.
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(List.of(lastQuarters, copy("other", owner -> owner
                .type("4", "4.1", UpdateColumn.PROGRESS, "20%")))).plan();
        Path protection = folder.resolve("protection-q3.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).withOwner("Protection").write(protection);
        try (Owner owner = Owner.open(protection)) {
            owner.type("1", "", UpdateColumn.UPDATE, "Follow-up audit booked.");
            owner.save(protection);
        }

        assertThat(refused(q2, List.of(lastQuarters, protection)).problems()).singleElement().satisfies(problem ->
                assertThat(problem.toString()).startsWith(lastQuarters + ": is the copy for Q2 2025/26 that was"
                        + " imported into this plan already"));
    }

    @Test
    void lastQuartersCopyImportedAlreadyAndGivenWithThisQuartersIsRefusedAskingItsOwnerForThisQuartersCopy()
            throws Exception {
        String people = "People and Organisational Development";
        Path lastQuarters = ownersCopy(people, ReturnedCopiesTest::culture);
        ActionPlan q2 = UpdateImport.of(seed.plan()).read(lastQuarters).plan();
        Path protection = folder.resolve("protection.xlsx");
        UpdateWorkbook.of(q2, ReportingPeriod.parse("Q3 2025/26")).withOwner("Protection").write(protection);
        try (Owner owner = Owner.open(protection)) {
            auditClosed(owner);
            owner.save(protection);
        }
        String refusal = lastQuarters + ": is the copy for Q2 2025/26 that was imported into this plan already: the"
                + " plan reports on Q2 2025/26, and every row filled in here says what it does, so it has nothing for"
                + " Q3 2025/26, which the other copies were written for; ask '" + people + "' for their copy for"
                + " Q3 2025/26, and import it with them";

        // Whichever comes first, the copies of this quarter are what the others must agree with.
        for (List<Path> copies : List.of(List.of(lastQuarters, protection), List.of(protection, lastQuarters))) {
            assertThat(refused(q2, copies).problems()).extracting(WorkbookProblem::toString).containsExactly(refusal);
        }
        // Given alone, or with this quarter's own copies only, it changes nothing, and says why.
        ImportedUpdate alone = UpdateImport.of(q2).read(lastQuarters);
        assertThat(alone.hasChanges()).isFalse();
        assertThat(alone.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.message()).contains("say what the plan does already, every cell (this copy was"
                    + " imported before?)");
            // Trial 25 F5: its rows are of one recommendation, which a page groups it by.
            assertThat(warning.ref()).contains("2");
        });
    }

    @Test
    void aCopyReturnedLateAddsItsSubActionsItemsToTheUpdateAnEarlierImportGaveAndAgainAddsNothing() throws Exception {
        ActionPlan updated = UpdateImport.of(seed.plan()).read(copy("first", ReturnedCopiesTest::culture)).plan();
        Path late;
        try (Owner owner = Owner.open(seed.file())) {
            late = owner.type("2", "2.2", UpdateColumn.UPDATE, "Workshops booked.\nTwo held.")
                    .save(folder.resolve("late.xlsx"));
        }

        ImportedUpdate result = UpdateImport.of(updated).read(late);

        assertThat(result.plan().recommendation("2").orElseThrow().updates()).hasSameSizeAs(updated
                .recommendation("2").orElseThrow().updates());
        assertThat(result.plan().recommendation("2").orElseThrow().latestUpdate().orElseThrow().text()).isEqualTo(
                "Culture work continues.\n\n- 2.1: Survey done in July.\n- 2.2: Workshops booked.\n\n  Two held.");
        assertThat(result.updates()).isEqualTo(1);
        ImportedUpdate again = UpdateImport.of(result.plan()).read(late);
        assertThat(again.plan().recommendations()).isEqualTo(result.plan().recommendations());
        assertThat(again.updates()).isZero();
    }

    @Test
    void anUpdateThatStartsWithAListIsAListBelowItsSubActionsIdAndImportsOnce() throws Exception {
        Path first;
        Path late;
        try (Owner owner = Owner.open(seed.file())) {
            first = owner.type("2", "2.1", UpdateColumn.UPDATE, "\u2022 Survey launched\n\u2022 40% response so far")
                    .save(folder.resolve("first.xlsx"));
        }
        try (Owner owner = Owner.open(seed.file())) {
            late = owner.type("2", "2.2", UpdateColumn.UPDATE, "1. Workshops booked").save(folder.resolve("late.xlsx"));
        }

        ActionPlan plan = UpdateImport.of(UpdateImport.of(seed.plan()).read(first).plan()).read(late).plan();

        String text = plan.recommendation("2").orElseThrow().latestUpdate().orElseThrow().text();
        assertThat(text).isEqualTo("- 2.1:\n  - Survey launched\n  - 40% response so far\n- 2.2:\n  1. Workshops"
                + " booked");
        // Each item is its id, with the owner's list below it, not a dash run into the id's line.
        assertThat(io.github.actionplan.report.Narrative.parse(text).plainText()).doesNotContain("2.1: -");
        ImportedUpdate again = UpdateImport.of(plan).read(List.of(first, late));
        assertThat(again.plan().recommendations()).isEqualTo(plan.recommendations());
        assertThat(again.updates()).isZero();
    }

    @Test
    void aListNumberedFromAnotherThanOneIsOneLineApartFromItsIdAndAnItemImportedLooseBeforeReadsAsSaidAlready()
            throws Exception {
        Path copy;
        try (Owner owner = Owner.open(seed.file())) {
            copy = owner.type("2", "2.1", UpdateColumn.UPDATE, "\u2022 Survey launched\n\u2022 40% response so far")
                    .type("2", "2.2", UpdateColumn.UPDATE, "3. Workshops booked").save(folder.resolve("copy.xlsx"));
        }
        ActionPlan plan = UpdateImport.of(seed.plan()).read(copy).plan();
        ProgressUpdate update = plan.recommendation("2").orElseThrow().latestUpdate().orElseThrow();

        // CommonMark starts a list after a paragraph's line only where it is bulleted or numbered from 1.
        assertThat(update.text()).isEqualTo("- 2.1:\n  - Survey launched\n  - 40% response so far\n- 2.2:\n\n"
                + "  3. Workshops booked");
        assertThat(io.github.actionplan.report.Narrative.parse(update.text()).plainText()).contains("3. Workshops");
        // As earlier versions imported it, a blank line below every id: the copy, read again, is no error (one that
        // says otherwise than the plan) and adds nothing.
        String loose = update.text().replace("- 2.1:\n  -", "- 2.1:\n\n  -");
        ActionPlan before = plan.withRecommendations(plan.recommendations().stream().map(r -> r.ref().equals("2")
                ? r.withUpdates(r.updates().stream().map(u -> u.equals(update) ? ProgressUpdate.builder().from(u)
                        .text(loose).build() : u).toList()) : r).toList());
        ImportedUpdate again = UpdateImport.of(before).read(copy);
        assertThat(again.updates()).isZero();
        assertThat(again.plan().recommendations()).isEqualTo(before.recommendations());
    }

    @Test
    void itemsOfSeveralLinesReturnedLateKeepTheirPlaceInTheListWhicheverCopyComesFirst() throws Exception {
        Path first;
        Path late;
        try (Owner owner = Owner.open(seed.file())) {
            first = owner.type("2", "2.2", UpdateColumn.UPDATE, "Workshops booked.\nTwo held.")
                    .save(folder.resolve("first.xlsx"));
        }
        try (Owner owner = Owner.open(seed.file())) {
            late = owner.type("2", "2.1", UpdateColumn.UPDATE, "Survey sent:\n- staff\n- managers")
                    .type("2", "2.3", UpdateColumn.UPDATE, "Started.").save(folder.resolve("late.xlsx"));
        }
        String expected = "- 2.1: Survey sent:\n\n  - staff\n  - managers\n- 2.2: Workshops booked.\n\n  Two held.\n"
                + "- 2.3: Started.";

        for (List<Path> order : List.of(List.of(first, late), List.of(late, first))) {
            ActionPlan plan = seed.plan();
            for (Path copy : order) {
                plan = UpdateImport.of(plan).read(copy).plan();
            }
            assertThat(plan.recommendation("2").orElseThrow().latestUpdate().orElseThrow().text()).isEqualTo(expected);
        }
        assertThat(UpdateImport.of(seed.plan()).read(List.of(first, late)).plan().recommendation("2").orElseThrow()
                .latestUpdate().orElseThrow().text()).isEqualTo(expected);
    }

    @Test
    void anOwnersCopyReturnedLateIsReadWithoutAWarningWhereOnlyOthersItemsChangedAndNamesItsOwnThatDid()
            throws Exception {
        Path people = ownersCopy("People and Organisational Development", ReturnedCopiesTest::culture);
        Path protection = ownersCopy("Protection", ReturnedCopiesTest::auditClosed);
        ActionPlan afterPeople = UpdateImport.of(seed.plan()).read(people).plan();

        ImportedUpdate late = UpdateImport.of(afterPeople).read(protection);
        // The analyst mends sub-action 1.1, in the copy but not filled in, before it comes back: that change is named.
        ImportedUpdate mended = UpdateImport.of(afterPeople.withRecommendations(afterPeople.recommendations().stream()
                .map(r -> r.ref().equals("1") ? r.withSubActions(r.subActions().stream()
                        .map(s -> s.withProgress(Percent.of(99))).toList()) : r).toList())).read(protection);

        assertThat(late.warnings()).isEmpty();
        assertThat(late.plan().recommendation("1").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo("Audit closed.");
        assertThat(mended.warnings()).extracting(WorkbookProblem::toString).containsExactly("Protection.xlsx: warning:"
                + " the plan has changed since the workbook was exported for Q2 2025/26, in '1 / 1.1', an item not"
                + " filled in, so it was read against the plan as it is now");
    }

    @Test
    void aStatusTypedOverInACopyReturnedLateIsWarnedOfWhereItsItemIsAsExportedNotWhereAnEarlierCopyChangedIt()
            throws Exception {
        Path protection = ownersCopy("Protection", ReturnedCopiesTest::auditClosed);
        ActionPlan afterProtection = UpdateImport.of(seed.plan()).read(protection).plan();
        // Recommendation 4 is as exported; 1, which the earlier copy changed, is not in this copy.
        Path people = ownersCopy("People and Organisational Development", owner -> owner
                .type("4", "", UpdateColumn.STATUS, "Green").type("2", "2.1", UpdateColumn.PROGRESS, 50));
        String cell;
        try (Owner owner = Owner.open(people)) {
            cell = owner.cell("4", "", UpdateColumn.STATUS);
        }

        ImportedUpdate late = UpdateImport.of(afterProtection).read(people);

        assertThat(late.warnings()).extracting(WorkbookProblem::toString).containsExactly("People and Organisational"
                + " Development.xlsx: warning: " + cell + " (4):"
                + " Status is not read, so 'Green' typed here changes nothing (the plan has 'Off track'); it is worked"
                + " out from the plan; give your own rating in Owner's BRAG, and say where the work stands in Update"
                + " for this period");
    }

    @Test
    void aSubActionOwnersCopyReadIntoThePlanMovedToItsPeriodNamesNoOtherOwnersItemsAsChanged() throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("3", "3.2", "Protection");
        Path protection = folder.resolve("protection.xlsx");
        UpdateWorkbook.of(plan, Q2).withOwner("Protection").write(protection);
        try (Owner owner = Owner.open(protection)) {
            owner.type("3", "3.2", UpdateColumn.PROGRESS, 30).save(protection);
        }
        // An earlier import of another copy moved the plan to the period: its items, 3.1 and 3.3 too, are as they were.
        ActionPlan moved = plan.withAsOf(LocalDate.of(2025, 9, 30)).withPeriod(Q2);

        ImportedUpdate result = UpdateImport.of(moved).read(protection);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.plan().recommendation("3").orElseThrow().subActions()).filteredOn(s -> s.id().equals("3.2"))
                .singleElement().extracting(SubAction::progress).isEqualTo(Optional.of(Percent.of(30)));
    }

    @Test
    void aCopyThatGaveItemsNewOwnersImportedAgainChangesNothing() throws Exception {
        Path people = folder.resolve("people.xlsx");
        UpdateWorkbook.of(seed.plan(), Q2).withOwner("People and Organisational Development").write(people);
        try (Owner owner = Owner.open(people)) {
            owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).type("2", "2.3", UpdateColumn.NEW_OWNER,
                    "Community Safety").type("3", "", UpdateColumn.NEW_OWNER, "Protection").save(people);
        }
        ActionPlan imported = UpdateImport.of(seed.plan()).read(people).plan();

        ImportedUpdate again = UpdateImport.of(imported).read(people);

        assertThat(imported.recommendation("3").orElseThrow().owner()).contains("Protection");
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.plan().recommendations()).isEqualTo(imported.recommendations());
        assertThat(again.warnings()).extracting(WorkbookProblem::toString).singleElement().asString()
                .contains("say what the plan does already");
    }

    @Test
    void aCopyImportedAgainNamesEveryRowThePlanSaysAlreadyThoseGivingAnUpdateAloneToo() throws Exception {
        Path first = copy("first", owner -> culture(owner.type("4", "", UpdateColumn.UPDATE, "Policy agreed.")));
        ActionPlan imported = UpdateImport.of(seed.plan()).read(first).plan();

        ImportedUpdate again = UpdateImport.of(imported).read(first);

        assertThat(again.hasChanges()).isFalse();
        assertThat(again.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning: its"
                + " rows for '2', '2 / 2.1' and '4' say what the plan does already, every cell (this copy was imported"
                + " before?), so they change nothing");
    }

    @Test
    void aCopyImportedAgainChangesNothingAndSaysSoWhileOneEditedSinceIsRefusedAtItsCell() throws Exception {
        Path first = copy("first", ReturnedCopiesTest::culture);
        ActionPlan imported = UpdateImport.of(seed.plan()).read(first).plan();
        Path edited;
        try (Owner owner = Owner.open(first)) {
            edited = owner.type("2", "2.1", UpdateColumn.PROGRESS, 60).save(folder.resolve("edited.xlsx"));
        }

        ImportedUpdate again = UpdateImport.of(imported).read(first);

        assertThat(again.plan().recommendations()).isEqualTo(imported.recommendations());
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.warnings()).extracting(WorkbookProblem::toString).containsExactly("updates.xlsx: warning:"
                + " its rows for '2' and '2 / 2.1' say what the plan does already, every cell (this copy was"
                + " imported before?), so they change nothing");
        assertThat(refused(imported, List.of(edited)).problems()).filteredOn(WorkbookProblem::isError)
                .extracting(WorkbookProblem::toString).singleElement().asString()
                .contains("(2 / 2.1): sub-action 2 / 2.1 has changed in the plan since");
    }

    @Test
    void aSubActionOwnersCopyAndTheRecommendationOwnersImportedOneAfterTheOtherGiveTheSameUpdateEitherWay()
            throws Exception {
        ActionPlan plan = UpdateWorkbookTest.withSubActionOwner("2", "2.3", "Community Safety");
        OwnersCopies copies = ownersCopies(plan, ReturnedCopiesTest::culture,
                owner -> owner.type("2", "2.3", UpdateColumn.UPDATE, "Launched in August."));
        Path people = copies.people();
        Path safety = copies.safety();
        String together = UpdateImport.of(plan).read(List.of(people, safety)).plan().recommendation("2")
                .orElseThrow().latestUpdate().orElseThrow().text();

        ActionPlan peopleFirst = UpdateImport.of(UpdateImport.of(plan).read(people).plan()).read(safety).plan();
        ActionPlan safetyFirst = UpdateImport.of(UpdateImport.of(plan).read(safety).plan()).read(people).plan();

        assertThat(together).isEqualTo("Culture work continues.\n\n- 2.1: Survey done in July.\n- 2.3: Launched in"
                + " August.");
        assertThat(peopleFirst.recommendation("2").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo(together);
        assertThat(safetyFirst.recommendation("2").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo(together);
    }

    @Test
    void anUpdateThatDiffersOnlyInItsSpacesAndLineBreaksSaysWhatThePlansDoes() {
        // Run 85 #5: a trailing line break or a doubled space was refused as an update that "says otherwise".
        assertThat(ReturnedCopies.says("Survey done in July.", Optional.empty(), "Survey  done in July.\n")).isTrue();
        assertThat(ReturnedCopies.says("Culture work continues.\n\n- 2.1: Survey done.", Optional.empty(),
                "Culture work  continues.")).isTrue();
        assertThat(ReturnedCopies.says("Survey done in July.", Optional.empty(), "Survey done in June.")).isFalse();
    }

    @Test
    void anUpdateAnEarlierImportEscapedOtherwiseSaysWhatTheSameCellSaysNow() {
        // Run 95 #1: the earlier import escaped "_" in a web address in angle brackets; this one keeps it as typed.
        assertThat(ReturnedCopies.says("Evidence: <https://intranet.example/Fire\\_Safety\\_Audit.docx>",
                Optional.empty(), "Evidence: <https://intranet.example/Fire_Safety_Audit.docx>")).isTrue();
        assertThat(ReturnedCopies.says("Culture work continues.\n\n- 2.1: Logs in C:\\Temp\\*.log", Optional.of("2.1"),
                "- 2.1: Logs in C:\\Temp\\\\\\*.log")).isTrue();
        assertThat(ReturnedCopies.says("Evidence: *final*", Optional.empty(), "Evidence: *draft*")).isFalse();
    }

    @Test
    void whatAnUpdateForThePeriodSaysAlreadyIsNeverChangedARowSayingOtherwiseIsRefusedAtItsCell() throws Exception {
        ActionPlan updated = UpdateImport.of(seed.plan()).read(copy("first", ReturnedCopiesTest::culture)).plan();
        Path again = Files.createDirectories(folder.resolve("again")).resolve("updates.xlsx");
        UpdateWorkbook.of(updated, Q2).write(again);
        Path quiet = Files.createDirectories(folder.resolve("quiet")).resolve("updates.xlsx");
        Files.copy(again, quiet);
        Path otherwise;
        String item;
        String own;
        try (Owner owner = Owner.open(again)) {
            owner.type("2", "2.1", UpdateColumn.UPDATE, "Survey done in August.")
                    .type("2", "", UpdateColumn.UPDATE, "Culture work has stopped.");
            item = owner.cell("2", "2.1", UpdateColumn.UPDATE);
            own = owner.cell("2", "", UpdateColumn.UPDATE);
            otherwise = owner.save(folder.resolve("again").resolve("filled.xlsx"));
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(updated).read(List.of(quiet, otherwise)));

        assertThat(e.errors()).extracting(WorkbookProblem::toString).containsExactly(
                otherwise + ": " + own + " (2): 2 already has an update for Q2 2025/26 that says otherwise ('Culture"
                        + " work continues.\\n\\n- 2.1: Survey\u2026'), and a plan never overwrites one; this cell says"
                        + " 'Culture work has stopped.': to import it, take 2's update for Q2 2025/26 out of the plan"
                        + " imported into, or edit it there to say what is to stand; to keep the plan's, clear this cell",
                otherwise + ": " + item + " (2): 2 already has an update for Q2 2025/26 with an item for 2.1 that says"
                        + " otherwise ('- 2.1: Survey done in July.'), and a plan never overwrites one; this cell says"
                        + " '- 2.1: Survey done in August.': to import it, take 2's update for Q2 2025/26 out of the"
                        + " plan imported into, or edit it there to say what is to stand; to keep the plan's, clear"
                        + " this cell");
    }

    @Test
    void oneWorkbookGivenAsAListIsReadAsOnItsOwn() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);

        assertThat(UpdateImport.of(seed.plan()).read(List.of(culture)))
                .isEqualTo(UpdateImport.of(seed.plan()).read(culture));
        Path bad = copy("bad", owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "120%"));
        assertThat(refused(List.of(bad)).problems()).extracting(WorkbookProblem::workbook)
                .containsExactly(Optional.of("updates.xlsx"));
        assertThat(refused(List.of(bad))).hasMessageStartingWith("updates.xlsx cannot be used: 1 error");
    }

    @Test
    void noCopiesIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> UpdateImport.of(seed.plan()).read(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void theCopiesAreNeverChanged() throws Exception {
        Path culture = copy("culture", ReturnedCopiesTest::culture);
        Path prevention = copy("prevention", ReturnedCopiesTest::prevention);
        byte[] cultureBefore = Files.readAllBytes(culture);
        byte[] preventionBefore = Files.readAllBytes(prevention);

        UpdateImport.of(seed.plan()).read(List.of(culture, prevention));

        assertThat(Files.readAllBytes(culture)).isEqualTo(cultureBefore);
        assertThat(Files.readAllBytes(prevention)).isEqualTo(preventionBefore);
    }
}
