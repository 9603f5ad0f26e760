package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Onboards a service's existing tracker spreadsheet: reads an .xlsx laid out however the service
 * keeps it into an {@link io.github.actionplan.model.ActionPlan}.
 *
 * <p>Without a {@link TrackerMapping} it finds the row of column headers below any title rows and
 * maps each column by the names services use ("Ref. No.", "Area for improvement", "Action",
 * "Responsible function", "Timescale", "% complete", "BRAG", "Latest update", ...); the mapping it
 * chose comes back in the result, to be saved, corrected and given back. Rows group by the
 * reference column: a new reference starts a recommendation; a "17.1"-style reference, a row with
 * no reference and the rows a merged reference cell covers are its sub-actions. A RAG or BRAG
 * column, in words or as fill colours, becomes the owner's assessment, never the computed status. A sheet
 * named for an inspection pillar ("People") gives its findings that pillar, where no pillar column gives one. A
 * tracker kept as a sheet per directorate or per pillar, each visible sheet's header row in the same row and its
 * columns headed alike, is one plan: the sheets are read in sheet order, each one's recommendations after the one
 * before's, the first one's title rows giving the title, organisation and date; a sheet laid out otherwise is named
 * in a warning saying what differs.
 * Timescales are kept as written. Every problem comes with its cell (of thousands, the first 1,000,
 * errors before warnings, and how many more), and the plan only when there is no error; the plan is
 * checked by core's {@link io.github.actionplan.validation.PlanValidator}.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * TrackerResult result = TrackerImport.defaults()
 *         .withAsOf(LocalDate.of(2025, 6, 30))
 *         .read(Path.of("tracker.xlsx"));
 * result.problems().forEach(System.err::println);
 * if (result.plan().isPresent()) {
 *     PlanJson.write(result.plan().get(), Path.of("plan.json"));
 * }
 * Files.writeString(Path.of("mapping.json"), result.mapping().toJson());
 * }</pre>
 *
 * <p>Instances are immutable and may be shared.
 */
public final class TrackerImport {

    /**
     * What a tracker may hold, checked before it is loaded whole, so that any tracker accepted is read in a 256 MB
     * heap: a service's tracker has a few hundred rows, a few dozen columns and texts of a few thousand characters,
     * far within each. Their XML may come to 32 MB, which loads in a 256 MB heap however it is made up (whitespace
     * between the cells too), where a tracker at the other bounds, 150,000 cells of 10,000,000 characters in all, is
     * some 20 MB.
     */
    static final UntrustedWorkbook.Bounds BOUNDS = new UntrustedWorkbook.Bounds("a tracker", TrackerReader.MAX_ROWS,
            50, 150_000, 10_000_000, 32L << 20);

    private static final TrackerImport DEFAULTS = new TrackerImport(Optional.empty(), Optional.empty());

    private final Optional<TrackerMapping> mapping;
    private final Optional<LocalDate> asOf;

    private TrackerImport(Optional<TrackerMapping> mapping, Optional<LocalDate> asOf) {
        this.mapping = mapping;
        this.asOf = asOf;
    }

    /** An import that chooses the mapping from the headers and the reporting date from the title rows. */
    public static TrackerImport defaults() {
        return DEFAULTS;
    }

    /** A copy that uses exactly {@code mapping} instead of choosing one. */
    public TrackerImport withMapping(TrackerMapping mapping) {
        return new TrackerImport(Optional.of(Objects.requireNonNull(mapping, "mapping")), asOf);
    }

    /**
     * A copy that gives the plan this reporting date, instead of one named above the header
     * ("as of 1 November 2023", or the end of "April to June 2025").
     */
    public TrackerImport withAsOf(LocalDate asOf) {
        return new TrackerImport(mapping, Optional.of(Objects.requireNonNull(asOf, "asOf")));
    }

    /**
     * Reads {@code tracker}. The file is never changed. A problem that is about the whole file names it by its file
     * name; to name it as its user knows it, e.g. an upload saved to a temporary file, read a {@link WorkbookFile}.
     *
     * @return the plan where there are no errors, the mapping used, every problem and a summary
     * @throws InvalidWorkbookException where the file is not a usable workbook (not an .xlsx,
     *         encrypted, damaged, a zip bomb, too many rows), the
     *         mapping's sheet (or one of its sheets) is missing, or no sheet has a row of headers a tracker has
     * @throws InterruptedIOException if the thread is interrupted before, during or after the read, as cancelling its
     *         task does; the interrupt status is kept
     */
    public TrackerResult read(Path tracker) throws InvalidWorkbookException, InterruptedIOException {
        return read(WorkbookFile.named(Objects.requireNonNull(tracker, "tracker")));
    }

    /**
     * Reads a tracker from {@code tracker}, such as an upload to a web service, as {@link #read(WorkbookFile)} does,
     * naming it {@code name} wherever a problem names it. It is saved to a temporary file that only this user may
     * read, and deleted once read, whatever happens; the stream is read to its end, or no further than 64 MB where it
     * is longer, and left open.
     *
     * @param name what its user calls it, e.g. the name of the file they uploaded; not blank
     * @return the plan where there are no errors, the mapping used, every problem and a summary
     * @throws InvalidWorkbookException where the tracker is not a usable workbook, is larger than 64 MB, a sheet the
     *                                  mapping names is missing, or no sheet has a row of headers a tracker has
     * @throws IOException              where the stream cannot be read, or the temporary file written
     * @throws InterruptedIOException   if the thread is interrupted before, during or after the read, as cancelling
     *                                  its task does; the interrupt status is kept
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public TrackerResult read(InputStream tracker, String name) throws IOException, InvalidWorkbookException {
        return Interruption.checked(() -> Upload.read(tracker, name, this::read));
    }

    /**
     * Reads {@code tracker} as {@link #read(Path)} does, naming it by its {@link WorkbookFile#name() name} wherever a
     * problem names it, never by its file's name or path.
     *
     * @return the plan where there are no errors, the mapping used, every problem and a summary
     * @throws InvalidWorkbookException where the file is not a usable workbook, a sheet the mapping names is missing,
     *         or no sheet has a row of headers a tracker has
     * @throws InterruptedIOException if the thread is interrupted before, during or after the read, as cancelling its
     *         task does; the interrupt status is kept
     */
    public TrackerResult read(WorkbookFile tracker) throws InvalidWorkbookException, InterruptedIOException {
        Objects.requireNonNull(tracker, "tracker");
        return Interruption.checked(() -> readOnce(tracker));
    }

    private TrackerResult readOnce(WorkbookFile tracker) throws InvalidWorkbookException {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(tracker, UntrustedWorkbook.Kind.TRACKER)) {
            if (isUpdateWorkbook(workbook)) {
                // Its Updates sheet has a tracker's headers, so it would be read as one, and fail on what it lacks.
                throw InvalidWorkbookException.of(workbook.name(), "is an update workbook, not a tracker: its hidden"
                        + " sheet " + Quote.single(PlanIdentity.SHEET) + " says it was written by actionplan workbook"
                        + " for a plan; read the updates in it back into that plan with actionplan import PLAN.json "
                        + WorkbookFile.shown(workbook.name()) + " (UpdateImport in Java)");
            }
            try {
                return new TrackerReader(workbook.name(), workbook.userModel(BOUNDS),
                        workbook.date1904(), mapping, asOf).read(Stream.of(workbook.openElsewhere(),
                        workbook.externalLinks()).flatMap(Optional::stream).toList());
            } catch (TrackerSheet.DamagedCell | IllegalArgumentException e) {
                if (e instanceof IllegalArgumentException outside && !UntrustedWorkbook.isOutsideTheSchema(outside)) {
                    throw outside;
                }
                throw workbook.refused(e);
            }
        }
    }

    /** Whether {@code workbook} is one {@code actionplan workbook} wrote: its sheet Plan names the format. */
    private static boolean isUpdateWorkbook(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        if (!workbook.hasSheet(PlanIdentity.SHEET)) {
            return false;
        }
        boolean[] named = {false};
        try {
            workbook.readSheet(PlanIdentity.SHEET, TrackerReader.MAX_ROWS, (row, cells) -> {
                if (cells.values().stream().anyMatch(cell -> cell.text().strip().equals(PlanIdentity.FORMAT))) {
                    named[0] = true;
                }
            });
        } catch (InvalidWorkbookException e) {
            return false; // a tracker's own sheet named Plan, too large to be the hidden one: read it as a tracker
        }
        return named[0];
    }
}
