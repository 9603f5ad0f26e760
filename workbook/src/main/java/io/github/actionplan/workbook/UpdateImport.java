package io.github.actionplan.workbook;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.SnapshotComparison;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a filled {@link UpdateWorkbook} back into the plan it was written from.
 *
 * <p>Only the editable cells are read, and each row is matched to its item by the Ref and Id it
 * carries, not by its position, so owners may sort, filter, hide and insert rows. A blank cell
 * leaves the plan as it is. What people type is accepted: 50, 50%, a percentage cell, a date cell,
 * "31/12/2025" or "31/12/25" (day first), "31 Dec 2025"; a formula is read by its saved value, never
 * evaluated. An update's lines stay lines, and lines starting with a bullet a list, as a tracker's
 * cells are read.
 *
 * <p>Every problem of the cells is reported at once, each with its cell where it has one, the item and what is
 * allowed, in an {@link InvalidWorkbookException} (of a workbook of thousands of faulty rows, the first 1,000, errors
 * before warnings, and how many more there are, in one more): a percentage outside 0-100, a formula whose result is
 * text where a figure goes, a completion date after the reporting date, completed but progress below 100, progress
 * below 100 for work the plan has completed, an unknown item (a Ref or Id typed over is about the item whose row it
 * is, as its hidden Row key says; a near-miss Ref is named), a second row of an item with a row of its own (inserted
 * by hand) where one of them is filled in, a filled-in row of an item removed from the plan
 * since, a deleted Ref or Id column, and whatever would give a plan that does not read back. A file that is no
 * usable workbook, of another plan, of an earlier period or for plans of another schema version is refused with that
 * one problem, the part or sheet at fault named where there is one. Where the plan has changed since the workbook was
 * written, the rows of the items that have not changed are read, with a warning for each item changed, and a filled-in
 * row of one that has is a problem: what its owner saw on it may no longer be what the plan says.
 * What is most likely a slip is a warning at its cell: a progress below the plan's, a share of one
 * (0.5) for a percentage, a Blue for work that is not complete, a completion date on or before the date the plan
 * reported the work open (a slip of the year), a sub-action added with no timescale, which can never be late, a
 * read-only cell typed over, words in a column with no header, an update that says nothing ("-", "N/A"; not
 * recorded), a reporting date given quarters after the period; without a cell, a copy of the Updates sheet, whose
 * cells are not read, and a row deleted from it (a warning for each item); and what core's
 * {@link io.github.actionplan.validation.PlanValidator} warns of in the plan given that it did not in
 * the plan before, naming the item. The workbook file is never changed.
 *
 * <p>The result holds the plan with progress, completion dates (an item completed with no progress
 * given is at 100%), new timescales, blocked flags and owners' BRAG updated, one progress update per
 * recommendation for the period (the updates typed on its sub-actions' rows become a list in it),
 * the sub-actions owners added on the New sub-actions sheet, each the last of its recommendation's
 * with {@link io.github.actionplan.model.Recommendation#nextSubActionId()}, and the period moved to
 * the workbook's and the
 * reporting date to the workbook's (the period's end unless it was written for another date) or
 * to the one given to {@link #withAsOf(LocalDate)}.
 *
 * <p>Where each owner filled in a copy of the workbook, {@link #read(List)} reads every copy
 * together, as one workbook holding all their rows. A service that saves uploads to temporary files reads
 * each as a {@link WorkbookFile}, so that every problem names it as its user knows it.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ImportedUpdate result = UpdateImport.of(plan).read(Path.of("updates-q2.xlsx"));
 * if (result.hasChanges()) { // a blank copy, or one imported before, moves nothing on
 *     PlanJson.write(result.plan(), Path.of("plan-q2.json"));
 * }
 * }</pre>
 *
 * <p>An import is immutable and safe to share between threads: each read works on its own, and changes neither the
 * plan it was given nor the files it reads. Two uploads read at once into the same plan each give a plan of their
 * own; a service keeps one and imports the other into it.
 */
public final class UpdateImport {

    private final ActionPlan plan;
    private final Assessor assessor;
    private final Optional<LocalDate> asOf;

    private UpdateImport(ActionPlan plan, Assessor assessor, Optional<LocalDate> asOf) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * An import into {@code plan}, moving it to the workbook's reporting date and comparing
     * statuses with {@link Assessor#standard()}.
     */
    public static UpdateImport of(ActionPlan plan) {
        return new UpdateImport(Objects.requireNonNull(plan, "plan"), Assessor.standard(), Optional.empty());
    }

    /** A copy comparing statuses before and after with {@code assessor}. */
    public UpdateImport withAssessor(Assessor assessor) {
        return new UpdateImport(plan, Objects.requireNonNull(assessor, "assessor"), asOf);
    }

    /**
     * A copy moving the plan to {@code date} instead of the reporting date the workbook was
     * written for (by default the end of its period).
     */
    public UpdateImport withAsOf(LocalDate date) {
        return new UpdateImport(plan, assessor, Optional.of(Objects.requireNonNull(date, "date")));
    }

    /**
     * Reads {@code workbook} and applies it to the plan. A problem that is about the whole file names it by its file
     * name; to name it as its user knows it, e.g. an upload saved to a temporary file, read a {@link WorkbookFile}.
     *
     * @throws InvalidWorkbookException with every problem found, where the workbook cannot be used;
     *                                  nothing is applied then
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if the plan has errors ({@link io.github.actionplan.validation.PlanValidator}),
     *                                  which no plan file may hold
     */
    public ImportedUpdate read(Path workbook) throws InvalidWorkbookException, InterruptedIOException {
        return read(WorkbookFile.named(Objects.requireNonNull(workbook, "workbook")));
    }

    /**
     * Reads {@code workbook} as {@link #read(Path)} does, naming it by its {@link WorkbookFile#name() name} wherever
     * a problem or warning names it, never by its file's name or path.
     *
     * @throws InvalidWorkbookException with every problem found, where the workbook cannot be used;
     *                                  nothing is applied then
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if the plan has errors, which no plan file may hold
     */
    public ImportedUpdate read(WorkbookFile workbook) throws InvalidWorkbookException, InterruptedIOException {
        Objects.requireNonNull(workbook, "workbook");
        return Interruption.checked(() -> new ReturnedCopies(plan, assessor, asOf).read(List.of(workbook)));
    }

    /**
     * Reads a workbook from {@code workbook}, such as an upload to a web service, as {@link #read(WorkbookFile)}
     * does, naming it {@code name} wherever a problem or warning names it. It is saved to a temporary file that only
     * this user may read, and deleted once read, whatever happens; the stream is read to its end, or no further than
     * 64 MB where it is longer, and left open.
     *
     * <pre>{@code
     * try (InputStream upload = request.getPart("workbook").getInputStream()) {
     *     ImportedUpdate result = UpdateImport.of(plan).read(upload, "culture.xlsx");
     * }
     * }</pre>
     *
     * @param name what its user calls it, e.g. the name of the file they uploaded; not blank
     * @throws InvalidWorkbookException with every problem found, where the workbook cannot be used, or where it is
     *                                  larger than 64 MB, which no update workbook is; nothing is applied then
     * @throws IOException              where the stream cannot be read, or the temporary file written
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if {@code name} is blank, or the plan has errors
     */
    public ImportedUpdate read(InputStream workbook, String name) throws IOException, InvalidWorkbookException {
        return Interruption.checked(() -> Upload.read(workbook, name, this::read));
    }

    /**
     * Reads the copies of one update workbook that owners each filled in and returned, and applies
     * them to the plan together, as one workbook holding every copy's rows. Each copy must be written
     * for this plan as it is, for the same period and reporting date; an item may be filled in in one
     * copy, or the same in several, and where two copies fill in an item differently, both cells are
     * named. A copy with nothing filled in is named in {@link ImportedUpdate#warnings()}, as is one
     * given twice (the same bytes as an earlier one), which is read once. A copy for the period the plan reports on
     * already, imported into it before, given with copies for a later period is refused as last quarter's copy sent
     * again, whichever order they come in. Only the order of problems depends on the order of the copies.
     *
     * @param copies the copies, at least one; each problem names its copy by its path, as given here,
     *               where there are several (copies in folders of their own may share a file name), and one
     *               alone by its file name, as {@link #read(Path)} does; to name them as their users know
     *               them, read them with {@link #readCopies(List)}
     * @throws InvalidWorkbookException with every problem of every copy, where one cannot be used;
     *                                  nothing is applied then
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if there are no copies, or the plan has errors, which no plan file may hold
     */
    public ImportedUpdate read(List<Path> copies) throws InvalidWorkbookException, InterruptedIOException {
        List<Path> files = List.copyOf(Objects.requireNonNull(copies, "copies"));
        Function<Path, WorkbookFile> naming = files.size() == 1 ? WorkbookFile::named : WorkbookFile::asGiven;
        return readCopies(files.stream().map(naming).toList());
    }

    /**
     * Reads the copies of one update workbook as {@link #read(List)} does, naming each by its
     * {@link WorkbookFile#name() name} wherever a problem or warning names it ("filled in differently in
     * culture.xlsx"), never by its file's name or path; copies given one name are numbered after it
     * ({@code updates.xlsx (1 of 2)}, {@code updates.xlsx (2 of 2)}), in the order given.
     *
     * @param copies the copies, at least one
     * @throws InvalidWorkbookException with every problem of every copy, where one cannot be used;
     *                                  nothing is applied then
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if there are no copies, or the plan has errors, which no plan file may hold
     */
    public ImportedUpdate readCopies(List<WorkbookFile> copies) throws InvalidWorkbookException,
            InterruptedIOException {
        if (Objects.requireNonNull(copies, "copies").isEmpty()) {
            throw new IllegalArgumentException("no workbook to read: give at least one");
        }
        List<WorkbookFile> given = List.copyOf(copies);
        return Interruption.checked(() -> new ReturnedCopies(plan, assessor, asOf).read(given));
    }

    /**
     * Reads copies of one update workbook from streams, such as the uploads of one request to a web service, as
     * {@link #readCopies(List)} reads files: each named by its entry's key wherever a problem or warning names it, and
     * saved, as {@link #read(InputStream, String)} saves one, to a temporary file only this user may read, deleted
     * once read whatever happens. Each stream is read to its end, or no further than 64 MB, and left open.
     *
     * <pre>{@code
     * List<Map.Entry<String, InputStream>> uploads = new ArrayList<>();
     * for (Part part : request.getParts()) {
     *     uploads.add(Map.entry(part.getSubmittedFileName(), part.getInputStream()));
     * }
     * ImportedUpdate result = UpdateImport.of(plan).readUploads(uploads);
     * }</pre>
     *
     * @param uploads each copy's name, what its user calls it (not blank; copies given one name are numbered after
     *                it), and its stream; at least one
     * @throws InvalidWorkbookException with every problem of every copy, where one cannot be used, or where one is
     *                                  larger than 64 MB; nothing is applied then
     * @throws IOException              where a stream cannot be read, or a temporary file written
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does: nothing is applied, and the interrupt status is kept
     * @throws IllegalArgumentException if there are no uploads, a name is blank, or the plan has errors
     */
    public ImportedUpdate readUploads(List<Map.Entry<String, InputStream>> uploads) throws IOException,
            InvalidWorkbookException {
        if (Objects.requireNonNull(uploads, "uploads").isEmpty()) {
            throw new IllegalArgumentException("no workbook to read: give at least one");
        }
        return Interruption.checked(() -> Upload.readAll(uploads, this::readCopies));
    }

    /**
     * Whom to chase for an update for {@code period} before any copy comes back, or after one is refused: as
     * {@link ImportedUpdate#awaitingUpdateFrom()} tells it of an import into this plan that changed nothing, at the
     * reporting date {@link #withAsOf} gives, else the plan's own where it falls in the period, else the period's end.
     * Its {@link ImportedUpdate.AwaitedUpdate#filledIn()} are empty, as the plan does not record who sent its figures;
     * {@link ImportedUpdate.AwaitedUpdate#rated()} gives a rating for the period, which it does.
     *
     * <pre>{@code
     * for (ImportedUpdate.AwaitedUpdate awaited : UpdateImport.of(plan).awaitingUpdateFrom(q2)) {
     *     page.chase(awaited.ref(), awaited.owners());
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if the plan reports on a later period already
     */
    public List<ImportedUpdate.AwaitedUpdate> awaitingUpdateFrom(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        plan.reportedPeriod().filter(reported -> reported.compareTo(period) > 0).ifPresent(reported -> {
            throw new IllegalArgumentException("the plan reports on " + reported + " already, after " + period
                    + ": whom to chase for " + period + " is told of the plan of " + period);
        });
        LocalDate date = asOf.orElseGet(() -> plan.asOf().filter(period::contains).orElse(period.end()));
        // Whom to chase needs the statuses at the date alone: nothing moved, the plan is compared with itself.
        PlanAssessment now = assessor.assess(plan, date);
        return new ImportedUpdate(plan, plan, period, date, 0, 0, 0, 0, 0, 0, 0, 0, SnapshotComparison.between(now,
                now), List.of()).awaitingUpdateFrom();
    }

    @Override
    public String toString() {
        return "UpdateImport[" + plan.title() + "]";
    }
}
