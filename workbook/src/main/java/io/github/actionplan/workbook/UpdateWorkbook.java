package io.github.actionplan.workbook;

import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.MissingClasses;
import io.github.actionplan.internal.OfficeLocks;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The quarterly update workbook: an .xlsx that owners fill in, in Excel or LibreOffice, with
 * where their actions stand, and that {@link UpdateImport} reads back into the plan.
 *
 * <p>It has an Instructions sheet; an Updates sheet with a row for each recommendation and one
 * for each of its sub-actions, read-only columns that say where each stands at the reporting
 * date (status and reason as core's {@link Assessor} works them out) and editable columns for
 * progress, completion date, blocked, owner's BRAG and the update for the period; where it holds
 * a recommendation whose own row its owner fills in, a New sub-actions sheet, a row for each piece
 * of work they add to one, which the import adds with the next id; and a hidden
 * sheet that identifies the plan and fingerprints each of its items as written, so that the import
 * refuses a workbook of another plan, and a filled-in row of an item that has changed since. The
 * sheets are protected without a password, only the editable cells unlocked, so the structure is
 * not broken by accident; no plan text becomes a formula.
 *
 * <p>Immutable; each {@code with} method returns a copy.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * UpdateWorkbook workbook = UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26"))
 *         .withReturnBy(LocalDate.of(2025, 10, 10));
 * workbook.write(Path.of("updates-q2.xlsx"));
 * // or one for each owner with work still open, holding only their rows, to be read back together with
 * // UpdateImport.read(List); an owner whose every item is complete has nothing to fill in
 * for (String owner : workbook.owners()) {
 *     UpdateWorkbook theirs = workbook.withOwner(owner);
 *     if (theirs.hasOpenItems()) {
 *         theirs.writeNew(Path.of("updates-q2-" + workbook.owners().indexOf(owner) + ".xlsx"));
 *     }
 * }
 * }</pre>
 */
public final class UpdateWorkbook {

    /** The longest whom-to-return-to: a team and a mailbox, with room to spare. */
    private static final int MOST_RETURN_TO = 200;

    /** How many of the plan's owners a refusal of an owner names. */
    private static final int NAMED_OWNERS = 10;

    private final ActionPlan plan;
    private final ReportingPeriod period;
    private final Optional<LocalDate> asOf;
    private final Optional<LocalDate> returnBy;
    private final Optional<String> returnTo;
    private final Assessor assessor;
    private final Optional<String> owner;
    /** Shared by the copies for each owner, which differ in nothing it depends on. */
    private final Prepared prepared;

    private UpdateWorkbook(ActionPlan plan, ReportingPeriod period, Optional<LocalDate> asOf,
            Optional<LocalDate> returnBy, Optional<String> returnTo, Assessor assessor, Optional<String> owner,
            Prepared prepared) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.period = Objects.requireNonNull(period, "period");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.returnBy = Objects.requireNonNull(returnBy, "returnBy");
        this.returnTo = Objects.requireNonNull(returnTo, "returnTo");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.prepared = prepared;
    }

    /**
     * The update workbook of {@code plan} for {@code period}, with statuses at the period's end
     * worked out by {@link Assessor#standard()}.
     *
     * @throws IllegalArgumentException if the plan reports on a later period already (its own, else the quarter
     *                                  holding its reporting date): the import of the workbook would take the plan
     *                                  back, and refuses it
     */
    public static UpdateWorkbook of(ActionPlan plan, ReportingPeriod period) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        // A plan that names no period, a published one or one built in Java, is at the quarter of its date.
        Optional<ReportingPeriod> later = plan.reportedPeriod().filter(current -> period.compareTo(current) < 0);
        if (later.isPresent()) {
            throw new IllegalArgumentException("the plan reports on " + later.get() + " already, so a workbook for"
                    + " the earlier " + period + " could not be imported into it; write the workbook for "
                    + later.get() + " or a later period");
        }
        return new UpdateWorkbook(plan, period, Optional.empty(), Optional.empty(), Optional.empty(),
                Assessor.standard(), Optional.empty(), new Prepared());
    }

    /**
     * A copy reporting at {@code date} instead of the period's end: statuses are worked out at it,
     * and the import moves the plan to it.
     *
     * @throws IllegalArgumentException if {@code date} is before the period begins, before the plan's own
     *                                  reporting date, which the import would take the plan back from, or before
     *                                  work the plan records as completed, whose status then nobody knows
     */
    public UpdateWorkbook withAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(period.start())) {
            throw new IllegalArgumentException(Dates.shortDate(date) + " is before " + period + " begins ("
                    + Dates.shortDate(period.start()) + "); the reporting date is a day in the period or after it");
        }
        if (plan.asOf().filter(date::isBefore).isPresent()) {
            throw new IllegalArgumentException(Dates.shortDate(date) + " is before the plan's own reporting date, "
                    + Dates.shortDate(plan.asOf().get()) + ", which the import would take the plan back from");
        }
        Optional<LocalDate> earliest = Assessor.earliestAsOf(plan);
        if (earliest.filter(date::isBefore).isPresent()) {
            throw new IllegalArgumentException(Dates.shortDate(date) + " is before " + Dates.shortDate(earliest.get())
                    + ", when the plan records work completed, so statuses at it cannot be worked out; give "
                    + Dates.shortDate(earliest.get()) + " or a later date");
        }
        return new UpdateWorkbook(plan, period, Optional.of(date), returnBy, returnTo, assessor, owner,
                new Prepared());
    }

    /**
     * A copy whose instructions ask for the workbook back by {@code date}.
     *
     * @throws IllegalArgumentException if {@code date} is before the period begins: no update for it is due then
     */
    public UpdateWorkbook withReturnBy(LocalDate date) {
        if (Objects.requireNonNull(date, "date").isBefore(period.start())) {
            throw new IllegalArgumentException(Dates.shortDate(date) + " is before " + period + " begins ("
                    + Dates.shortDate(period.start()) + "); owners return the workbook once there is something to"
                    + " report, in the period or after it");
        }
        return new UpdateWorkbook(plan, period, asOf, Optional.of(date), returnTo, assessor, owner, prepared);
    }

    /**
     * A copy whose instructions say whom to return it to: a person, a team or a mailbox ("Performance team,
     * performance@example.gov.uk"), as the owner who opens it weeks later, or has it forwarded, needs to know.
     *
     * @throws IllegalArgumentException if {@code whom} is blank, not one line, holds an invisible or
     *                                  direction-changing character, or is longer than 200 characters
     */
    public UpdateWorkbook withReturnTo(String whom) {
        String named = Objects.requireNonNull(whom, "whom").strip();
        // Shown whole in the instructions' one line, with the date after it: an invisible or direction-changing
        // character would hide or reverse it (run 69 #2, #3).
        Optional<Character> invisible = Spacing.invisible(named);
        String problem = "";
        if (named.isEmpty()) {
            problem = "is blank";
        } else if (!Spacing.isOneLine(named)) {
            problem = "is not one line";
        } else if (invisible.isPresent()) {
            problem = "holds an invisible character, " + Quote.code(invisible.get());
        } else if (named.length() > MOST_RETURN_TO) {
            problem = String.format(java.util.Locale.ROOT, "is %,d characters, more than %d", named.length(),
                    MOST_RETURN_TO);
        }
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException("whom to return the workbook to is a name, a team or a mailbox on one"
                    + " line, such as 'Performance team, performance@example.gov.uk', but " + Quote.single(Quote
                    .shown(whom)) + " " + problem);
        }
        return new UpdateWorkbook(plan, period, asOf, returnBy, Optional.of(named), assessor, owner, prepared);
    }

    /** A copy whose statuses {@code assessor} works out; the import should use the same one. */
    public UpdateWorkbook withAssessor(Assessor assessor) {
        return new UpdateWorkbook(plan, period, asOf, returnBy, returnTo, Objects.requireNonNull(assessor,
                "assessor"), owner, new Prepared());
    }

    /**
     * A copy for one owner to fill in, holding only their items where the workbook otherwise holds every one: the
     * recommendations that are {@code owner}'s and the sub-actions they carry out, as {@link PlanSummary#ownerOf}
     * tells, so that a sub-action's owner fills it in even where the recommendation is someone else's. Each row is
     * filled in in one owner's copy: a recommendation's own row in its owner's, a sub-action's in its owner's. Other
     * rows are there, greyed, to show where an owner's items stand: the recommendation that a sub-action of theirs
     * belongs to, and the sub-actions others carry out in a recommendation of theirs, whose status bears on its
     * own. Send each owner theirs and read the copies back together, with {@link UpdateImport#read(List)}.
     *
     * @param owner one of {@link #owners()}
     * @throws IllegalArgumentException if no item of the plan has that owner, naming the owners it has
     */
    public UpdateWorkbook withOwner(String owner) {
        Objects.requireNonNull(owner, "owner");
        List<String> owners = owners();
        // Named as the plan names them, but for how an accent is stored: "Tân" pasted from a Mac (run 93 #10).
        String composed = Spacing.composed(owner);
        String named = owners.contains(owner) ? owner : owners.stream().filter(known -> Spacing.composed(known)
                .equals(composed)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no recommendation or sub-action of the plan has the owner " + Quote.singleName(owner) + "; its owners"
                + " are " + Quote.firstNamed(owners, NAMED_OWNERS)));
        return new UpdateWorkbook(plan, period, asOf, returnBy, returnTo, assessor, Optional.of(named), prepared);
    }

    /**
     * Everyone with a row to fill in, in plan order, as {@link PlanSummary#owners} gives them: the owners of the
     * plan's recommendations and of their sub-actions. Those {@link #withOwner} takes.
     */
    public List<String> owners() {
        return PlanSummary.owners(plan);
    }

    /**
     * Whether it has an item to fill in that is open: a recommendation, its owner's where it is for one, whose progress
     * is not 100%, or a sub-action, its owner's, whose progress is not either, even in a recommendation completed
     * while it tracks it (the rules rate it as open work, and its row asks for its news) but not one done with its
     * recommendation ({@link Recommendation#subActionsDoneWithIt()}). An owner whose items are all complete has
     * nothing to report for the period.
     */
    public boolean hasOpenItems() {
        for (Recommendation held : recommendations()) {
            // Judged whole: an owner's copy holds only the sub-actions it has rows for.
            Recommendation recommendation = plan.recommendation(held.ref()).orElseThrow();
            if (!recommendation.progress().isComplete() && fillsIn(recommendation) || !recommendation
                    .subActionsDoneWithIt() && held.subActions().stream().anyMatch(subAction -> fillsIn(
                            recommendation, subAction) && !subAction.effectiveProgress().isComplete())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it has a row to fill in at all: one of {@linkplain #hasOpenItems() open work}, or of work complete but
     * not closed before the period (completed in it, or at 100% with no completion day), whose cells take a closing
     * update, a rating, a completion day or a lower figure reopening it. A copy of none has no cell to fill in.
     */
    public boolean hasRowsToFillIn() {
        for (Recommendation held : recommendations()) {
            Recommendation recommendation = plan.recommendation(held.ref()).orElseThrow();
            if (fillsIn(recommendation) && !closed(recommendation, Optional.empty(), period) || held.subActions()
                    .stream().anyMatch(subAction -> fillsIn(owner, recommendation, Optional.of(subAction))
                            && !closed(recommendation, Optional.of(subAction), period))) {
                return true;
            }
        }
        return false;
    }

    /** The owners {@code plan} names, in plan order: {@link PlanSummary#owners} but for the items with none. */
    static List<String> namedOwners(ActionPlan plan) {
        return PlanSummary.owners(plan).stream().filter(owner -> !owner.equals(PlanSummary.NO_OWNER)).toList();
    }

    /** The owner whose rows alone it holds, where it is for one owner. */
    public Optional<String> owner() {
        return owner;
    }

    /**
     * The recommendations it has rows for, in plan order, each with the sub-actions it has rows for: all of them, or,
     * for one owner, those {@link #withOwner} tells, for them to fill in or to show.
     */
    public List<Recommendation> recommendations() {
        if (owner.isEmpty()) {
            return plan.recommendations();
        }
        List<Recommendation> held = new ArrayList<>();
        for (Recommendation recommendation : plan.recommendations()) {
            if (holds(recommendation)) {
                List<SubAction> subActions = recommendation.subActions().stream()
                        .filter(subAction -> holds(recommendation, subAction)).toList();
                held.add(subActions.size() == recommendation.subActions().size() ? recommendation
                        : recommendation.withSubActions(subActions));
            }
        }
        return List.copyOf(held);
    }

    /** Whether it has a row for {@code recommendation}: one its owner fills in, or one above a sub-action of theirs. */
    boolean holds(Recommendation recommendation) {
        return holds(owner, recommendation, Optional.empty());
    }

    /**
     * Whether it has a row for {@code subAction} of {@code recommendation}: one its owner fills in, or one of their
     * recommendation, shown.
     */
    boolean holds(Recommendation recommendation, SubAction subAction) {
        return holds(owner, recommendation, Optional.of(subAction));
    }

    /**
     * Whether the copy for {@code owner}, or the whole workbook where there is none, has a row for {@code subAction} of
     * {@code recommendation}, or for the recommendation itself where there is none: the one rule by which the export
     * chooses its rows and the import tells which of the plan's items bear on a returned copy.
     */
    static boolean holds(Optional<String> owner, Recommendation recommendation, Optional<SubAction> subAction) {
        return fillsIn(owner, recommendation, Optional.empty()) || (subAction.isPresent()
                ? fillsIn(owner, recommendation, subAction)
                : recommendation.subActions().stream().anyMatch(s -> fillsIn(owner, recommendation, Optional.of(s))));
    }

    /** Whether the row of {@code subAction} of {@code recommendation} is for its owner to fill in: every one, or theirs. */
    boolean fillsIn(Recommendation recommendation, SubAction subAction) {
        return fillsIn(owner, recommendation, Optional.of(subAction));
    }

    /**
     * Whether the row of {@code recommendation} itself is for this workbook's owner to fill in: every one, or those
     * of its owner. Otherwise the row, where there is one, only shows what its sub-actions' rows are for.
     */
    boolean fillsIn(Recommendation recommendation) {
        return fillsIn(owner, recommendation, Optional.empty());
    }

    /**
     * Whether the row of {@code subAction} of {@code recommendation}, or of the recommendation itself where there is
     * none, is filled in in the copy for {@code owner}, or in the whole workbook where there is none: the one rule by
     * which the export unlocks a row, where its work is not {@linkplain #closed closed}, and the import reads a
     * returned copy's rows.
     */
    static boolean fillsIn(Optional<String> owner, Recommendation recommendation, Optional<SubAction> subAction) {
        return owner.isEmpty() || owner.get().equals(rowOwner(recommendation, subAction));
    }

    /**
     * Whether {@code recommendation} keeps a progress of its own, below 100%, that shows other than what its
     * sub-actions, one at least with a figure, come to: reports show its own, which moves only where its owner gives it
     * again, not with theirs (run 114 #1). The import and {@code tracker} warn of it.
     */
    static boolean keepsFigureApart(Recommendation recommendation) {
        Optional<Percent> own = recommendation.reportedProgress().filter(p -> !p.isComplete());
        Optional<Percent> theirs = recommendation.subActionsProgress();
        return own.isPresent() && theirs.isPresent() && recommendation.subActionsTracked()
                && !own.get().displayText().equals(theirs.get().displayText());
    }

    /**
     * Whether the row of {@code subAction} of {@code recommendation}, or of the recommendation itself where there is
     * none, is of work the plan closed before {@code period} began: completed on a day before it, or a sub-action
     * done with its recommendation so completed. Its cells to fill in are grey, as the import takes no completion
     * away, and a figure for one sub-action done with its recommendation would reopen the others (trial 68 F5). Work
     * completed in the period stays open for its closing update and rating; work at 100% with no day, to a lower
     * figure, which is how a recommendation complete at 100% is reopened, its sub-actions given theirs (run 71 #1,
     * #2).
     */
    static boolean closed(Recommendation recommendation, Optional<SubAction> subAction, ReportingPeriod period) {
        boolean recommendationClosed = recommendation.completedOn().filter(day -> day.isBefore(period.start()))
                .isPresent();
        return subAction.map(s -> s.completedOn().filter(day -> day.isBefore(period.start())).isPresent()
                || recommendation.subActionsDoneWithIt() && recommendationClosed).orElse(recommendationClosed);
    }

    /**
     * Whether its owner may add work to {@code recommendation} on the New sub-actions sheet: one whose own row they
     * fill in, not {@linkplain #closed closed} before the period (run 71 #13).
     */
    boolean addsTo(Recommendation recommendation) {
        return fillsIn(recommendation) && !closed(recommendation, Optional.empty(), period);
    }

    /** Whose copy the row of {@code subAction} of {@code recommendation}, or of the recommendation itself, is in. */
    static String rowOwner(Recommendation recommendation, Optional<SubAction> subAction) {
        return subAction.map(s -> PlanSummary.ownerOf(recommendation, s))
                .orElseGet(() -> PlanSummary.ownerOf(recommendation));
    }

    /** The plan it is written from. */
    public ActionPlan plan() {
        return plan;
    }

    /** The reporting period it asks about. */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The periods between the one the plan reports on and this workbook's, which it asks nothing of, in order: none
     * for the period after the plan's. A service that missed a round means them; a workbook for the wrong quarter,
     * sent by a slip, does not, and its import would move the plan past them.
     */
    public List<ReportingPeriod> periodsSkipped() {
        return skipped(plan, period);
    }

    /** The periods after the one {@code plan} reports on and before {@code period}, in order. */
    static List<ReportingPeriod> skipped(ActionPlan plan, ReportingPeriod period) {
        List<ReportingPeriod> skipped = new ArrayList<>();
        // Each step from a quarter before {@code period}: none follows the last a plan can name.
        for (ReportingPeriod at = plan.reportedPeriod().orElse(period); at.compareTo(period) < 0; ) {
            at = at.next();
            if (at.compareTo(period) < 0) {
                skipped.add(at);
            }
        }
        return List.copyOf(skipped);
    }

    /** The quarter after {@code period}; none after Q4 9998/99, the last a plan can name, whose workbook is read. */
    static Optional<ReportingPeriod> after(ReportingPeriod period) {
        return period.equals(ReportingPeriod.LAST) ? Optional.empty() : Optional.of(period.next());
    }

    /** The quarter after {@code period}, as a message names it: "a later quarter" after the last. */
    static String quarterAfter(ReportingPeriod period) {
        return after(period).map(ReportingPeriod::toString).orElse("a later quarter");
    }

    /** The date statuses are worked out at: the one given, else the period's last day. */
    public LocalDate reportingDate() {
        return asOf.orElse(period.end());
    }

    /** The date the instructions ask for the workbook back by, where given. */
    public Optional<LocalDate> returnBy() {
        return returnBy;
    }

    /** The assessor the statuses are worked out by, whose rule the instructions tell. */
    Assessor assessor() {
        return assessor;
    }

    /** Whom the instructions ask the workbook to be returned to, where given. */
    public Optional<String> returnTo() {
        return returnTo;
    }

    /**
     * Writes the workbook to {@code out}, which stays open.
     *
     * @throws IOException if {@code out} cannot be written
     * @throws IllegalArgumentException if the plan has errors ({@link io.github.actionplan.validation.PlanValidator}),
     *                                  which no plan file may hold
     * @throws IllegalStateException    if this Java runtime lacks a module of the JDK's that the spreadsheet library
     *                                  needs ({@code java.desktop}, left out of a runtime made with jlink), naming it
     */
    public void write(OutputStream out) throws IOException {
        try {
            prepared.writer(this).write(out);
        } catch (NoClassDefFoundError e) {
            // Told as a render is, not as a bare NoClassDefFoundError (run 136 #6).
            throw MissingClasses.of(e).flatMap(MissingClasses::ofTheJdk).map(needs -> new IllegalStateException(
                    "The update workbook" + needs, e)).orElseThrow(() -> e);
        }
    }

    /**
     * Writes the workbook to {@code file} through a temporary file moved into place when complete,
     * so a failure never leaves a partial file, and an existing file is replaced only by a whole one. A file open in
     * LibreOffice or Excel (a lock file beside it says so) is not replaced: it may be a copy an owner is filling in.
     *
     * @throws IOException if the file cannot be written, or is open in LibreOffice or Excel
     * @throws IllegalArgumentException if the plan has errors, which no plan file may hold
     */
    public void write(Path file) throws IOException {
        Optional<String> openIn = Files.exists(file) ? OfficeLocks.openIn(file) : Optional.empty();
        if (openIn.isPresent()) {
            throw new FileSystemException(file.toString(), null, "is open in " + openIn.get() + ", so is not replaced:"
                    + " it may be a copy an owner is filling in; close it, or write to another file");
        }
        AtomicFiles.write(file, this::write);
    }

    /**
     * Writes the workbook to {@code file} as {@link #write(Path)} does, only where no file is there: a workbook there
     * may be a copy an owner filled in and saved where it was written. Where two writers give one name at once, one
     * writes it and the other fails: the check and the write into place are one step.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code file}, where a file is there; it is kept
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the plan has errors, which no plan file may hold
     */
    public void writeNew(Path file) throws IOException {
        AtomicFiles.writeNew(file, this::write);
    }

    /**
     * The plan assessed at the reporting date, its identity and its items' fingerprints: worked out once, on the first
     * write, for every owner's copy, since each takes as long as the whole workbook's.
     */
    private static final class Prepared {
        private PlanAssessment assessment;
        private PlanIdentity identity;
        private Map<UpdateReader.Key, String> items;

        synchronized UpdateWorkbookWriter writer(UpdateWorkbook workbook) {
            if (assessment == null) {
                // The identity first: it refuses a plan with errors, which the assessor may refuse less clearly.
                identity = PlanIdentity.of(workbook.plan, workbook.period, workbook.reportingDate());
                assessment = workbook.assessor.assess(workbook.plan, workbook.reportingDate());
                identity = identity.withStatuses(assessment);
                items = new PlanIdentity.Fingerprints(workbook.plan).items();
            }
            return new UpdateWorkbookWriter(workbook, assessment, identity, items);
        }
    }

    @Override
    public String toString() {
        return "UpdateWorkbook[" + plan.title() + ", " + period + ", " + reportingDate() + owner.map(o -> ", " + o)
                .orElse("") + "]";
    }
}
