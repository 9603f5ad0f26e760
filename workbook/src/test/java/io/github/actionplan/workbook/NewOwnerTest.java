package io.github.actionplan.workbook;

import static io.github.actionplan.workbook.UpdateRoundTripTest.subAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.summary.PlanSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever fills in a row hands the item to someone else with New owner; the next quarter's copies follow. */
class NewOwnerTest {

    private static final ReportingPeriod Q3 = ReportingPeriod.parse("Q3 2023/24");

    @TempDir
    Path folder;

    private final ActionPlan derbyshire = SeedPlans.derbyshire();

    /** Derbyshire's workbook for Q3, in which its analyst names the owners the plan never had. */
    private Path ownersNamed() throws IOException {
        Path file = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(derbyshire, Q3).write(file);
        try (Owner owner = Owner.open(file)) {
            return owner.type("Rec 17", "", UpdateColumn.NEW_OWNER, " Head of Response ")
                    .type("Rec 17", "17.2", UpdateColumn.NEW_OWNER, "Control Room Manager")
                    .type("Rec:3", "", UpdateColumn.NEW_OWNER, "Head of Prevention")
                    .save(file);
        }
    }

    @Test
    void aPlanThatNamesNoOwnerYetIsGivenItsOwnersWithNoWarningThatTheyAreNew() throws Exception {
        // Run 67 #15: onboarded from a list of work, every owner an analyst typed was warned of, and --strict refused.
        ImportedUpdate result = UpdateImport.of(derbyshire).read(ownersNamed());

        assertThat(result.warnings()).extracting(WorkbookProblem::message).noneMatch(m -> m.contains("new owner"));
    }

    @Test
    void aNewOwnerShortForSeveralOfThePlansIsWarnedOfNamingEachItMayMean() throws Exception {
        // Run 67 #4: "Health" was told it meant one of two owners the plan has, picked.
        assertThat(newOwnerWarning("Health", List.of("Health and Wellbeing", "Health and Safety"))).isEqualTo(
                "New owner: 'Health' is read as a new owner, whom the plan does not name yet, with a copy of their own"
                + " from next quarter; if you meant one of 'Health and Safety' or 'Health and Wellbeing', type the"
                + " name as the plan has it");
    }

    @Test
    void aNewOwnersLongNameIsToldWhole() throws Exception {
        // Run 114 #2: "Group Manager Prevention – Rhys Llewelly…", cut at 40 characters, read as a typo.
        assertThat(newOwnerWarning("Group Manager Prevention – Rhys Llewellyn", List.of("Protection")))
                .startsWith("New owner: 'Group Manager Prevention – Rhys Llewellyn' is read as a new owner");
        // and the plan's owner it may mean, whole too
        assertThat(newOwnerWarning("Group Manager Prevention – Rhys Llewelyn", List.of(
                "Group Manager Prevention – Rhys Llewellyn"))).contains(
                "if you meant 'Group Manager Prevention – Rhys Llewellyn', type the name as the plan has it");
    }

    @Test
    void aNewOwnerShortForMoreThanThreeOfThePlansIsWarnedOfWithNoSuggestion() throws Exception {
        // Run 69 #4: a plan of 200 owners had every one quoted in one warning.
        assertThat(newOwnerWarning("Health", List.of("Health and Safety", "Health and Wellbeing", "Health Promotion",
                "Health Protection"))).endsWith("if they are one of the plan's owners, type the name as the plan has"
                + " it");
    }

    @Test
    void aNewOwnerOfLettersLinkedByAnAmpersandIsWarnedOfNamingTheOwnerItShortens() throws Exception {
        // Run 67 #7: "P&OD" and "H&S" got no suggestion, where "POD" and "Health & Safety" did.
        assertThat(newOwnerWarning("P&OD", List.of("People and Organisational Development", "Protection")))
                .contains("if you meant 'People and Organisational Development', type the name");
        assertThat(newOwnerWarning("H&S", List.of("Health and Safety", "Human Resources"))).contains("if you meant"
                + " 'Health and Safety', type the name");
        assertThat(newOwnerWarning("H & S", List.of("Health and Safety", "Human Resources"))).contains("if you meant"
                + " 'Health and Safety', type the name");
    }

    @Test
    void twoNewOwnersAlikeInOneCopyAreWarnedOfAsMostLikelyOne() throws Exception {
        // Run 69 #5: 'Digital Team' and 'Digital Teem' became two owners, each with a copy of their own, unwarned.
        assertThat(newOwnerWarnings(withAnOwner(), "Rec 17", "17.1", "Digital Team", "Rec 17", "17.2", "Digital Teem",
                "Rec:3", "", "Digital Services")).containsExactly(
                        "New owner: 'Digital Team' is read as a new owner, whom the plan does not name yet, with a copy"
                        + " of their own from next quarter; if they are one of the plan's owners, type the name as the"
                        + " plan has it",
                        "New owner: 'Digital Teem' is read as a new owner, whom the plan does not name yet, with a copy"
                        + " of their own from next quarter; if they are one of the plan's owners, type the name as the"
                        + " plan has it; it is like 'Digital Team', new in this copy too: if they are one owner, type"
                        + " one name for both",
                        "New owner: 'Digital Services' is read as a new owner, whom the plan does not name yet, with a"
                        + " copy of their own from next quarter; if they are one of the plan's owners, type the name as"
                        + " the plan has it");
        // Run 121 #4: the name to compare with was cut at 40 characters.
        assertThat(newOwnerWarnings(withAnOwner(), "Rec 17", "17.1", "Area Manager Digital Transformation and"
                + " Information Governance", "Rec 17", "17.2", "Area Manager Digital Transformation and Information"
                + " Govenance")).last().asString().contains("it is like 'Area Manager Digital Transformation and"
                + " Information Governance', new in this copy too");
    }

    @Test
    void newOwnersAlikeInCopiesReadTogetherAreWarnedOfNamingTheOtherCopy() throws Exception {
        // Run 71 #6: 'Comms Team' in one copy and 'Coms Team' in another became two owners, each with a copy.
        ActionPlan named = withAnOwner();
        Path first = typed(named, "first.xlsx", "Rec 17", "17.1", "Comms Team");
        Path second = typed(named, "second.xlsx", "Rec 17", "17.2", "Coms Team");

        assertThat(UpdateImport.of(named).read(List.of(first, second)).warnings()).extracting(
                WorkbookProblem::toString).filteredOn(m -> m.contains("new owner")).containsExactly(first + ":"
                + " warning: " + newOwnerCell(first, "17.1") + " (Rec 17 / 17.1): New owner: 'Comms Team' is read as a"
                + " new owner, whom the plan does not name yet, with a copy of their own from next quarter; if they are"
                + " one of the plan's owners, type the name as the plan has it", second + ": warning: "
                + newOwnerCell(second, "17.2") + " (Rec 17 / 17.2): New owner: 'Coms Team' is read as"
                + " a new owner, whom the plan does not name yet, with a copy of their own from next quarter; if they"
                + " are one of the plan's owners, type the name as the plan has it; it is like 'Comms Team', new in "
                + first + " too: if they are one owner, type one name for both");
    }

    @Test
    void aNewOwnerTypedAgainInAnotherCaseOrSpacingIsTheOneTypedFirst() throws Exception {
        // Run 72 #3: 'Comms Team' and 'comms team' became two owners, each with a copy.
        ActionPlan named = withAnOwner();
        Path first = typed(named, "first.xlsx", "Rec 17", "17.1", "Comms Team", "Rec:3", "", "Comms  team");
        Path second = typed(named, "second.xlsx", "Rec 17", "17.2", "comms team");

        ImportedUpdate result = UpdateImport.of(named).read(List.of(first, second));

        assertThat(result.warnings()).extracting(WorkbookProblem::message).contains("New owner: 'Comms  team' is read"
                + " as 'Comms Team', as it is typed in this copy before", "New owner: 'comms team' is read as 'Comms"
                + " Team', as it is typed in " + first + " before");
        assertThat(PlanSummary.owners(result.plan())).contains("Comms Team").doesNotContain("comms team",
                "Comms  team");
        // Three alike are told as one owner typed three ways.
        assertThat(newOwnerWarnings(named, "Rec 17", "17.1", "Digital Team", "Rec 17", "17.2", "Digital Teem",
                "Rec:3", "", "Digital Tem")).last().asString().endsWith("type one name for them all");
    }

    @Test
    void ownersNamedAlikeInAPlanThatNamesNoneYetAreWarnedOfAsOneTypedTwice() throws Exception {
        // Run 71 #9: onboarded with no owners, 'P&OD' and 'People and Organisational Development' became two, unwarned.
        assertThat(newOwnerWarnings(derbyshire, "Rec 17", "17.1", "People and Organisational Development", "Rec 17",
                "17.2", "P & OD", "Rec:3", "", "Head of Prevention")).containsExactly("New owner: 'P & OD' is read as"
                + " an owner of their own, with a copy of their own from next quarter; it is like 'People and"
                + " Organisational Development', new in this copy too: if they are one owner, type one name for both");
    }

    @Test
    void rolesAFewLettersLongAndWordsThatOnlyStartAlikeAreNotTakenForOneOwner() throws Exception {
        // Run 71 #8: 'CFO', 'DCFO' and 'ACFO' were told alike, and 'Operational Support' like 'Operations'.
        assertThat(newOwnerWarnings(withAnOwner(), "Rec 17", "", "CFO", "Rec 17", "17.1", "DCFO", "Rec 17", "17.2",
                "ACFO", "Rec:3", "", "Operations", "Rec 4", "", "Operational Support")).hasSize(5)
                .noneMatch(m -> m.contains("it is like"));
    }

    /** Derbyshire's plan, which names no owner, with one: a new owner is news in it. */
    private ActionPlan withAnOwner() {
        return derbyshire.withRecommendation(derbyshire.recommendations().getFirst().withOwner("Protection"));
    }

    /**
     * The warnings of new owners of an import of a copy of {@code plan} given New owners: each a ref, an id (blank for
     * a recommendation's row) and a name, in turn.
     */
    private List<String> newOwnerWarnings(ActionPlan plan, String... typed) throws Exception {
        return UpdateImport.of(plan).read(typed(plan, "updates.xlsx", typed)).warnings().stream()
                .map(WorkbookProblem::message).filter(m -> m.startsWith("New owner")).toList();
    }

    /** A copy of {@code plan}, {@code name}, given New owners: each a ref, an id and a name, in turn. */
    private Path typed(ActionPlan plan, String name, String... typed) throws IOException {
        Path file = folder.resolve(name);
        UpdateWorkbook.of(plan, Q3).write(file);
        try (Owner owner = Owner.open(file)) {
            for (int i = 0; i < typed.length; i += 3) {
                owner.type(typed[i], typed[i + 1], UpdateColumn.NEW_OWNER, typed[i + 2]);
            }
            return owner.save(file);
        }
    }

    /** The New owner cell of the row of {@code id} of Rec 17 in {@code copy}. */
    private static String newOwnerCell(Path copy, String id) throws IOException {
        try (Owner owner = Owner.open(copy)) {
            return owner.cell("Rec 17", id, UpdateColumn.NEW_OWNER);
        }
    }

    /**
     * The warning of {@code typed} as 17.2's new owner, in Derbyshire's plan with its first recommendations given
     * {@code owners}.
     */
    private String newOwnerWarning(String typed, List<String> owners) throws Exception {
        List<Recommendation> recommendations = new java.util.ArrayList<>(derbyshire.recommendations());
        for (int i = 0; i < owners.size(); i++) {
            recommendations.set(i, recommendations.get(i).withOwner(owners.get(i)));
        }
        ActionPlan named = derbyshire.withRecommendations(recommendations);
        Path file = folder.resolve("named.xlsx");
        UpdateWorkbook.of(named, Q3).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 17", "17.2", UpdateColumn.NEW_OWNER, typed).save(file);
        }
        return UpdateImport.of(named).read(file).warnings().stream().map(WorkbookProblem::message)
                .filter(m -> m.contains("new owner")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void aNewOwnerBecomesTheItemsOwnerAndTheNextQuartersCopiesFollow() throws Exception {
        ImportedUpdate result = UpdateImport.of(derbyshire).read(ownersNamed());

        ActionPlan plan = result.plan();
        assertThat(plan.recommendation("Rec 17").orElseThrow().owner()).contains("Head of Response");
        assertThat(subAction(plan, "Rec 17", "17.2").owner()).contains("Control Room Manager");
        assertThat(subAction(plan, "Rec 17", "17.1").owner()).isEmpty();
        assertThat(plan.recommendation("Rec:3").orElseThrow().owner()).contains("Head of Prevention");
        assertThat(result.ownerChanges()).isEqualTo(3);
        assertThat(result.hasChanges()).isTrue();
        assertThat(UpdateWorkbook.of(plan, ReportingPeriod.parse("Q4 2023/24")).owners())
                .startsWith("Head of Response", "Control Room Manager", "No owner given", "Head of Prevention");
    }

    @Test
    void theItemsGivenANewOwnerAreListedInPlanOrderWithWhoOwnedThemBefore() throws Exception {
        ImportedUpdate result = UpdateImport.of(derbyshire).read(ownersNamed());

        assertThat(result.newOwners()).extracting(ImportedUpdate.NewOwner::ref, ImportedUpdate.NewOwner::subActionId,
                ImportedUpdate.NewOwner::before, ImportedUpdate.NewOwner::after).containsExactly(
                tuple("Rec 17", Optional.empty(), PlanSummary.NO_OWNER, "Head of Response"),
                tuple("Rec 17", Optional.of("17.2"), PlanSummary.NO_OWNER, "Control Room Manager"),
                tuple("Rec:3", Optional.empty(), PlanSummary.NO_OWNER, "Head of Prevention"));
        assertThat(result.newOwners()).hasSize(result.ownerChanges());
    }

    @Test
    void aRecommendationHandedToAnotherOwnerTakesItsOpenSubActionsWhileCompletedOnesKeepWhoDidThem() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        String was = merseyside.recommendation("2").orElseThrow().owner().orElseThrow();
        Path file = folder.resolve("q2.xlsx");
        UpdateWorkbook.of(merseyside, ReportingPeriod.parse("Q2 2025/26")).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.2", UpdateColumn.COMPLETED_ON, "31/08/2025")
                    .type("2", "", UpdateColumn.NEW_OWNER, "Head of Culture")
                    .save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        ActionPlan plan = result.plan();
        assertThat(plan.recommendation("2").orElseThrow().owner()).contains("Head of Culture");
        assertThat(subAction(plan, "2", "2.2").owner()).contains(was);
        assertThat(subAction(plan, "2", "2.1").owner()).isEmpty();
        assertThat(PlanSummary.ownerOf(plan.recommendation("2").orElseThrow(), subAction(plan, "2", "2.1")))
                .isEqualTo("Head of Culture");
        assertThat(result.newOwners()).extracting(ImportedUpdate.NewOwner::ref, ImportedUpdate.NewOwner::subActionId,
                ImportedUpdate.NewOwner::before, ImportedUpdate.NewOwner::after).containsExactly(
                tuple("2", Optional.empty(), was, "Head of Culture"));
    }

    @Test
    void aCopyThatHandedARecommendationOnWithARatingAndFiguresButNoWordsIsToldBesideTheNewOwnerChased()
            throws Exception {
        // Run 117 #6: the chase list named the new owner only, as if nothing had come back.
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = folder.resolve("handed-on.xlsx");
        UpdateWorkbook.of(merseyside, ReportingPeriod.parse("Q2 2025/26")).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "", UpdateColumn.BRAG, "Amber").type("2", "2.1", UpdateColumn.PROGRESS, 30)
                    .type("2", "", UpdateColumn.NEW_OWNER, "Head of Culture").save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        ImportedUpdate.AwaitedUpdate awaited = result.awaitingUpdateFrom().stream().filter(a -> a.ref().equals("2"))
                .findFirst().orElseThrow();
        assertThat(awaited.owners()).containsExactly("Head of Culture");
        assertThat(awaited.filledIn()).containsExactly(entry("People and Organisational Development", List.of("2.1")));
        assertThat(awaited.rated()).map(rating -> rating.status().brag()).contains(Brag.AMBER);
    }

    @Test
    void rowsHandedOnWithNoWordsAreChasedFromTheirNewOwnerWhenAnotherOwnersSubActionGaveWords() throws Exception {
        // Run 123 #4: the new owner had no row of it before, so the recommendation left the chase list.
        ActionPlan merseyside = SeedPlans.merseyside();
        Recommendation two = merseyside.recommendation("2").orElseThrow();
        ActionPlan plan = merseyside.withRecommendation(two.withSubAction(two.subActions().getFirst()
                .withOwner("Training")));
        Path file = folder.resolve("handed-on-silent.xlsx");
        UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26")).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "", UpdateColumn.BRAG, "Amber").type("2", "", UpdateColumn.NEW_OWNER, "Community Safety")
                    .type("2", "2.1", UpdateColumn.UPDATE, "Ethics sessions delivered to 40 staff.").save(file);
        }

        ImportedUpdate result = UpdateImport.of(plan).read(file);

        ImportedUpdate.AwaitedUpdate awaited = result.awaitingUpdateFrom().stream().filter(a -> a.ref().equals("2"))
                .findFirst().orElseThrow();
        assertThat(awaited.owners()).containsExactly("Community Safety");
        assertThat(awaited.updated()).containsExactly("2.1");
        assertThat(awaited.rated()).map(rating -> rating.status().brag()).contains(Brag.AMBER);
    }

    @Test
    void ownersNamedThroughACopyForThePeriodThePlanReportsOnAlreadyAreNotChasedForItsPublishedUpdate()
            throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path file = folder.resolve("owners.xlsx");
        UpdateWorkbook.of(merseyside, merseyside.period().orElseThrow()).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("2", "2.1", UpdateColumn.NEW_OWNER, "Organisational Development").save(file);
        }

        ImportedUpdate result = UpdateImport.of(merseyside).read(file);

        assertThat(subAction(result.plan(), "2", "2.1").owner()).contains("Organisational Development");
        assertThat(result.awaitingUpdateFrom()).extracting(ImportedUpdate.AwaitedUpdate::ref).doesNotContain("2");
    }

    @Test
    void whoCouldGiveAnAwaitedUpdateIsTheRecommendationsOwnerAndThoseOfItsOpenSubActions() throws Exception {
        ImportedUpdate result = UpdateImport.of(derbyshire).read(ownersNamed());

        // No update was typed: every open recommendation awaits one, from its owner and its sub-actions' owners.
        assertThat(result.awaitingUpdateFrom()).extracting(ImportedUpdate.AwaitedUpdate::ref)
                .containsExactlyElementsOf(result.awaitingUpdate().stream().map(r -> r.ref()).toList());
        assertThat(result.awaitingUpdateFrom()).contains(
                new ImportedUpdate.AwaitedUpdate("Rec 17", List.of("Head of Response", "Control Room Manager"),
                        List.of()),
                new ImportedUpdate.AwaitedUpdate("Rec:3", List.of("Head of Prevention"), List.of()),
                new ImportedUpdate.AwaitedUpdate("Rec 4", List.of(), List.of()));
    }

    @Test
    void importingTheSameCopyAgainChangesNoOwner() throws Exception {
        Path file = ownersNamed();
        ActionPlan once = UpdateImport.of(derbyshire).read(file).plan();

        ImportedUpdate again = UpdateImport.of(once).read(file);

        assertThat(again.plan()).isEqualTo(once);
        assertThat(again.ownerChanges()).isZero();
    }

    @Test
    void aNewOwnerNamingTheOwnerASubActionHasFromItsRecommendationIsNoChange() throws Exception {
        ActionPlan named = UpdateImport.of(derbyshire).read(ownersNamed()).plan();
        Path file = folder.resolve("q4.xlsx");
        UpdateWorkbook.of(named, ReportingPeriod.parse("Q4 2023/24")).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 17", "17.1", UpdateColumn.NEW_OWNER, "Head of Response").save(file);
        }

        ImportedUpdate result = UpdateImport.of(named).read(file);

        assertThat(result.ownerChanges()).isZero();
        assertThat(subAction(result.plan(), "Rec 17", "17.1").owner()).isEmpty();
        assertThat(UpdateImport.of(result.plan()).read(file).ownerChanges()).isZero();
    }

    @Test
    void aNewOwnerDifferingFromOneThePlanNamesOnlyInCaseOrSpacingIsReadAsThePlanNamesThem() throws Exception {
        ActionPlan named = UpdateImport.of(derbyshire).read(ownersNamed()).plan();
        Path file = folder.resolve("q4.xlsx");
        String cell;
        UpdateWorkbook.of(named, ReportingPeriod.parse("Q4 2023/24")).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec:3", "3.1", UpdateColumn.NEW_OWNER, "control  room manager").save(file);
            cell = owner.cell("Rec:3", "3.1", UpdateColumn.NEW_OWNER);
        }

        ImportedUpdate result = UpdateImport.of(named).read(file);

        assertThat(subAction(result.plan(), "Rec:3", "3.1").owner()).contains("Control Room Manager");
        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly("q4.xlsx: warning: " + cell
                + " (Rec:3 / 3.1): New owner: 'control  room manager' is read as 'Control Room Manager', as the plan"
                + " names them");
    }

    @Test
    void anOwnerAndWhoTheWorkWaitsOnAreNamedOnOneLineWhereverTyped() throws Exception {
        Path file = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(derbyshire, Q3).write(file);
        String newOwner;
        String separated;
        String blockedBy;
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 17", "", UpdateColumn.NEW_OWNER, "Head of Response\nand Control")
                    .type("Rec 17", "17.1", UpdateColumn.NEW_OWNER, "Head of Response\u2028and Control")
                    .type("Rec 17", "17.2", UpdateColumn.BLOCKED, "Yes")
                    .type("Rec 17", "17.2", UpdateColumn.BLOCKED_BY, "NFCC\nHome Office")
                    .typeNew(0, UpdateColumn.REF, "Rec 17").typeNew(0, UpdateColumn.SUB_ACTION, "Review the rota.")
                    .typeNew(0, UpdateColumn.OWNER, "Control Room\r\nManager").typeNew(0, UpdateColumn.TIMESCALE,
                            "Mar 2024");
            newOwner = owner.cell("Rec 17", "", UpdateColumn.NEW_OWNER);
            separated = owner.cell("Rec 17", "17.1", UpdateColumn.NEW_OWNER);
            blockedBy = owner.cell("Rec 17", "17.2", UpdateColumn.BLOCKED_BY);
            owner.save(file);
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(derbyshire).read(file));

        // Imported, each would be an owner of its own, with a copy of the workbook of their own.
        assertThat(refused.problems()).extracting(WorkbookProblem::cell, WorkbookProblem::message).containsExactly(
                tuple(newOwner, "New owner: 'Head of Response\\nand Control' is on more than one line; a name is one"
                        + " line, such as 'Head of Prevention'"),
                // A line separator, as a web form may paste one, as the schema refuses it in a plan.
                tuple(separated, "New owner: 'Head of Response<U+2028>and Control' is on more than one line; a name is"
                        + " one line, such as 'Head of Prevention'"),
                tuple(blockedBy, "Blocked by: 'NFCC\\nHome Office' is on more than one line; a name is one line, such"
                        + " as 'National Fire Chiefs Council'; several, as 'NFCC and Home Office'"),
                tuple("'New sub-actions'!C3", "Owner: 'Control Room<U+000D>\\nManager' is on more than one line; a"
                        + " name is one line, such as 'Head of Prevention'"));
    }

    @Test
    void aWorkbookWrittenBeforeTheColumnImportsAsItDid() throws Exception {
        Path file = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(derbyshire, Q3).write(file);
        try (Owner owner = Owner.open(file)) {
            owner.type("Rec 17", "17.1", UpdateColumn.PROGRESS, 40).type("Rec 17", "", UpdateColumn.PROGRESS, 90)
                    .withoutColumn(UpdateColumn.NEW_OWNER).save(file);
        }

        ImportedUpdate result = UpdateImport.of(derbyshire).read(file);

        assertThat(result.progressChanges()).isEqualTo(2);
        assertThat(result.ownerChanges()).isZero();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void copiesThatGiveAnItemDifferentNewOwnersAreRefused() throws Exception {
        Path first = ownersNamed();
        Path second = folder.resolve("second.xlsx");
        UpdateWorkbook.of(derbyshire, Q3).write(second);
        try (Owner owner = Owner.open(second)) {
            owner.type("Rec 17", "", UpdateColumn.NEW_OWNER, "Area Manager").save(second);
        }

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(derbyshire).read(List.of(first, second)));

        assertThat(refused.problems()).filteredOn(WorkbookProblem::isError).extracting(WorkbookProblem::message)
                .singleElement().asString().contains("filled in differently",
                        "New owner 'Area Manager' here, 'Head of Response' there");
    }
}
