package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Severity;
import io.github.actionplan.validation.Problem;
import io.github.actionplan.workbook.UpdateReader.Filled;
import io.github.actionplan.workbook.UpdateReader.Key;
import io.github.actionplan.workbook.WorkbookProblem.Item;
import io.github.actionplan.workbook.WorkbookProblem.Place;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The filled update workbook, or the copies of it that owners each filled in and returned, applied to the plan
 * in one import. Each copy is read and checked on its own; then they must agree: written for the same period and
 * reporting date, and an item filled in in more than one copy filled in the same in each.
 */
final class ReturnedCopies {

    private static final WorkbookProblem NOTHING_FILLED_IN = WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(),
            "nothing is filled in: no row of its Updates sheet has a value in a cell for owners to fill in; if this is"
            + " not the copy its owner filled in, ask them for that one");

    private final ActionPlan plan;
    private final Assessor assessor;
    private final Optional<LocalDate> asOf;
    /** Each item filled in, as the first copy to fill it in gave it; a sub-action added, once it has its id. */
    private final Map<Key, Given> given = new LinkedHashMap<>();
    /** Each sub-action added, as the first copy to add it gave it, in the order given, by its work. */
    private final Map<List<String>, Addition> additions = new LinkedHashMap<>();
    /** Each copy as it was given, e.g. its path. */
    private final Map<UpdateReader, String> names = new IdentityHashMap<>();
    /**
     * Every problem of the import, told by part: those of the copies together first (part 0), then each copy's, in
     * the order given, then those of the plan the import gives, at {@link #lastPart}.
     */
    private Problems told = new Problems();
    /** The part of {@link #told} after every copy's. */
    private int lastPart;
    /** Whether several copies are read: then a problem about them all names none of them. */
    private boolean several;
    /** Whether the one workbook read has nothing filled in: the wrong file sent changes nothing but the period. */
    private boolean nothingFilledIn;
    /** The copies read, in the order given. */
    private final List<UpdateReader> read = new ArrayList<>();
    /** The first copy read that the others must agree with: not one imported before, of the plan's period. */
    private UpdateReader reference;
    /** Whether the copy the others are read against was refused as the odd one: it is told so once (run 138 #2). */
    private boolean referenceRefused;
    /** Of several copies, those written for the plan's period and imported into it before, with their rows. */
    private final List<UpdateReader> importedBefore = new ArrayList<>();
    /**
     * The copies whose rows were read against the plan as it is now, changed since they were written, in the order
     * given: each with the period it was exported for and the items changed or added since, in plan order.
     */
    private final Map<UpdateReader, ChangedSince> againstChangedPlan = new LinkedHashMap<>();

    /** What changed in the plan since a copy was exported for {@code period}. */
    private record ChangedSince(String copy, ReportingPeriod period, List<Key> items, Set<Key> newToCopy,
            Map<Key, Key> moved, Set<Key> renumbered, boolean ownersCopy) {}

    /**
     * The items, as problems name them ({@code "2 / 2.5"}), of the warnings about sub-actions this import adds or
     * gives a new timescale, and about recommendations whose own progress it left behind their sub-actions': core's
     * warnings of the item say the same (those of a sub-action added are about its recommendation as data).
     */
    private final Set<String> warnedOf = new HashSet<>();

    /** A JSON path in a recommendation, or in one of its sub-actions. */
    private static final Pattern ITEM_PATH = Pattern.compile("/recommendations/(\\d+)(?:/subActions/(\\d+))?");

    /** The most changed items a warning names. */
    private static final int SHOWN_ITEMS = 5;

    /**
     * The fewest words of an update said before that {@link #saidBefore} tells: a phrase an owner gives each quarter
     * ("On track", "Work continues as planned") is their way of saying so, not words pasted (run 75 #2).
     */
    private static final int PASTED_WORDS = 8;

    /**
     * A line that starts a CommonMark list that may start on the line after a paragraph's: a bullet, or the number 1
     * and '.' or ')'. A list numbered from another needs a blank line before it, or it reads as the paragraph's text.
     */
    private static final Pattern INTERRUPTS = Pattern.compile("(?:[-*+]|1[.)]) +\\S");

    /** A line that starts a CommonMark list item: a bullet, or a number and '.' or ')'. */
    private static final Pattern LIST_START = Pattern.compile("(?:[-*+]|[0-9]{1,9}[.)])(?: |$)", Pattern.MULTILINE);

    /** A row filled in, and the copy it is in. */
    private record Given(UpdateReader copy, Filled row) {}

    /** A sub-action added, and the copy that adds it. */
    private record Addition(UpdateReader copy, UpdateReader.Added added) {}

    ReturnedCopies(ActionPlan plan, Assessor assessor, Optional<LocalDate> asOf) {
        this.plan = plan;
        this.assessor = assessor;
        this.asOf = asOf;
    }

    /** A digest of the file's bytes; none where it cannot be read, which reading it as a workbook then says. */
    private static Optional<String> digest(Path file) {
        if (!Files.isRegularFile(file)) { // a pipe is read once, when the copy is read: none
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Reads {@code given}, one workbook or the copies of one, and applies them to the plan.
     *
     * @throws InvalidWorkbookException with every problem of every copy; each problem names its copy, as it was
     *                                  given, numbered where several were given one name; of several, one about them
     *                                  all names none
     */
    ImportedUpdate read(List<WorkbookFile> given) throws InvalidWorkbookException {
        if (given.isEmpty()) {
            throw new IllegalArgumentException("no workbook to read");
        }
        List<WorkbookFile> files = WorkbookFile.apart(given);
        several = files.size() > 1;
        lastPart = files.size() + 1;
        PlanIdentity.Fingerprints fingerprints = new PlanIdentity.Fingerprints(plan);
        Map<String, String> digests = new HashMap<>(); // each copy's content, and the copy first given with it
        List<ImportedUpdate.Copy> copies = new ArrayList<>();
        Map<String, UpdateReader.NewName> newNames = new LinkedHashMap<>(); // every copy's, to compare each with
        List<Path> paths = files.stream().map(WorkbookFile::path).toList();
        for (WorkbookFile file : files) {
            UpdateReader copy = new UpdateReader(plan, fingerprints, asOf, told, names.size() + 1, file.name(),
                    newNames);
            names.put(copy, file.name());
            Optional<String> lock = several ? LockFiles.besideCopy(file.path(), paths) : Optional.empty();
            if (lock.isPresent()) {
                copy.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), lock.get()));
                continue;
            }
            Optional<String> twin = several ? digest(file.path()).map(d -> digests.putIfAbsent(d, file.name()))
                    : Optional.empty();
            if (twin.isPresent()) { // the same copy attached twice, or under two names
                copy.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "the same file as "
                        + WorkbookFile.shown(twin.get()) + ", byte for byte, so it is read once; if another owner's"
                        + " copy was meant, ask"
                        + " them for it"));
                continue;
            }
            try {
                copy.read(file);
                read.add(copy);
                copies.add(new ImportedUpdate.Copy(file.name(), copy.identity().owner()));
            } catch (InvalidWorkbookException e) {
                if (!several) {
                    throw e;
                }
                e.problems().forEach(copy::add);
                continue;
            }
            if (copy.readAgainstChangedPlan()) { // asked before its rows are let go of
                againstChangedPlan.put(copy, new ChangedSince(names.get(copy), copy.identity().period(),
                        copy.changedItems(), copy.newToCopy(), copy.movedSince(), copy.movedSince().entrySet()
                        .stream().filter(moved -> copy.renumbered(moved.getKey(), moved.getValue()))
                        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()),
                        copy.identity().owner().isPresent()));
            }
            // Last quarter's copy, imported already, sent back with this quarter's: whether the others are of another
            // period is known once one of them is read, so it waits; its rows change nothing, and are few.
            if (several && copy.importedBefore() && plan.period().equals(Optional.of(copy.identity().period()))) {
                importedBefore.add(copy);
                continue;
            }
            warnImportedBefore(copy);
            warnOwnerGaveBefore(copy);
            reference = reference == null ? copy : reference;
            if (agrees(copy, reference)) {
                copy.filled().forEach((key, row) -> combine(key, new Given(copy, row)));
                copy.added().forEach(added -> combine(new Addition(copy, added)));
            }
            boolean blank = copy.filled().isEmpty() && copy.added().isEmpty() && copy.alreadyImported().isEmpty()
                    && !copy.hasErrors();
            if (blank && several) {
                copy.add(NOTHING_FILLED_IN);
            }
            nothingFilledIn = blank && !several;
            copy.forgetRows(); // what it adds is in given: the heap holds one copy's rows at a time beside it
        }
        for (UpdateReader copy : importedBefore) {
            if (reference == null || written(copy.identity()).equals(written(reference.identity()))) {
                warnImportedBefore(copy);
                copy.filled().forEach((key, row) -> combine(key, new Given(copy, row)));
            } else { // refused, so not read against the plan either
                copy.add(importedAlready(copy.identity(), reference.identity()));
                againstChangedPlan.remove(copy);
            }
            copy.forgetRows();
        }
        // The period and date of the copies imported: a copy imported before, of another, is refused.
        Optional<PlanIdentity> identity = Optional.ofNullable(reference).or(() -> read.stream().findFirst())
                .map(UpdateReader::identity);
        refuseOpenWorkInCompleted();
        refuseReopening(identity.map(PlanIdentity::period));
        ActionPlan withAdditions = withAdditions();
        identity.ifPresent(id -> refuseRewrites(withAdditions, id.period()));
        if (!againstChangedPlan.isEmpty()) {
            readAgainstChangedPlan(List.copyOf(againstChangedPlan.values()), fingerprints.items().keySet());
        }
        Optional<LocalDate> date = identity.map(id -> asOf.orElse(id.reportingDate())); // the plan's after the import
        identity.ifPresent(id -> refuseGoingBack(id.period(), date.orElseThrow()));
        String source = Quote.listed(files.stream().map(WorkbookFile::name).toList(), "and");
        String again = several ? "import the copies" : "import the workbook";
        // A workbook read alone is what every problem is about: each names it, as a copy's do.
        Optional<String> alone = several ? Optional.empty() : Optional.of(files.get(0).name());
        if (told.hasErrors()) {
            identity.ifPresent(id -> warnAsIfApplied(withAdditions, id.period(), date.orElseThrow()));
            throw new InvalidWorkbookException(source, told.told(alone, again), told.errors());
        }
        if (nothingFilledIn) { // alone too, where nothing else is wrong: copies come back one at a time
            told.add(lastPart, NOTHING_FILLED_IN);
        }
        // Past a period nothing reported on: a service that missed a round means it, a wrong quarter's copy does not.
        List<ReportingPeriod> skipped = UpdateWorkbook.skipped(plan, identity.orElseThrow().period());
        if (!skipped.isEmpty()) {
            ReportingPeriod next = skipped.getFirst();
            told.add(lastPart, WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "written for "
                    + identity.get().period() + ", while the plan reported on " + next.previous() + ": the import"
                    + " moves the plan past " + (skipped.size() == 1 ? next : next + " to " + skipped.getLast())
                    + ", on which nothing was reported; if the owners were to report on " + next + ", leave this"
                    + " import unused and send them the workbook for " + next + " instead"));
        }
        // A reporting date given quarters after the copies' period, a year mistyped: copies for the quarters between
        // would be refused after it, as going back.
        ReportingPeriod period = identity.orElseThrow().period();
        asOf.filter(day -> UpdateWorkbook.after(period).filter(next -> day.isAfter(next.end())).isPresent())
                .ifPresent(day -> told.add(lastPart,
                WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "the reporting date given, "
                + Dates.shortDate(day) + ", is " + ChronoUnit.MONTHS.between(period.start(), day) / 3
                + " quarters after " + period + ", which the workbook reports on: the"
                + " plan would report as of that date, and copies for the quarters between would be refused as going"
                + " back; if its year is mistyped, leave this import unused and import again with the date meant")));
        ImportedUpdate imported = apply(withAdditions, identity.orElseThrow().period(), date.orElseThrow());
        // The plan an import gives must read back: an error core's checks find in it that the plan did not have is
        // the import's own, a case its cells' checks missed, so nothing is given.
        Set<Problem> had = new HashSet<>(PlanValidator.validate(plan));
        List<Problem> found = PlanValidator.validate(imported.plan()).stream().filter(problem -> !had.contains(
                problem)).toList();
        List<WorkbookProblem> errors = found.stream().filter(Problem::isError).map(problem -> WorkbookProblem.error(
                "the plan it would give is not valid: " + problem)).toList();
        Optional<String> tooLarge = tooLarge(imported.plan());
        if (tooLarge.isPresent() && tooLarge(plan).isEmpty()) {
            WorkbookProblem error = WorkbookProblem.error(tooLarge.get() + ": this import adds " + added(plan,
                    imported.plan()) + "; split the plan in two (by inspection, or by pillar), or keep its updates"
                    + " of past years in a copy of it and take them out of the plan, then import again");
            throw new InvalidWorkbookException(source, List.of(alone.map(error::in).orElse(error)));
        }
        if (!errors.isEmpty()) {
            Problems invalid = new Problems();
            errors.forEach(invalid::add);
            throw new InvalidWorkbookException(source, invalid.told(alone, again), invalid.errors());
        }
        // The plan is written only as a reader with the default limits reads it back: where the updates given take it
        // past one the plan was within (its texts' paragraphs and list items, its size as a file), the import says so,
        // at the item, where writing it would name a JSON path of a file never written (run 80 #2).
        List<Problem> unwritable = unwritable(imported.plan());
        if (!unwritable.isEmpty() && unwritable(plan).isEmpty()) {
            Problems invalid = new Problems();
            unwritable.stream().filter(Problem::isError).forEach(problem -> invalid.add(WorkbookProblem.error(
                    "the plan it would give could not be read back: " + problem.message().replaceFirst(
                            "; split the plan, or read it with a higher .*", "") + "; this import adds "
                            + addedText(plan, imported.plan()) + ": shorten the longest, or split the plan in two (by"
                            + " inspection, or by pillar)")));
            throw new InvalidWorkbookException(source, invalid.told(alone, again), invalid.errors());
        }
        // What core warns of in the plan given and not before, but where the import has warned at the cell it would
        // be told at, of the item it is about: the import's own says the same (an owner's name a letter from one the
        // plan has, a recommendation's progress left below its sub-actions'). Not a completion beside sub-actions
        // left open: the import's warnings at a completion date are of the date typed, a year mistyped. A warning on
        // a New sub-actions row names the recommendation, but is of the work added: warnedOf keeps those the import
        // gives after adding it by the sub-action's id.
        Set<List<Optional<String>>> warnedAt = told.told(alone, again).stream().map(ReturnedCopies::at).collect(
                Collectors.toSet());
        found.stream().filter(problem -> !warnedOf.contains(item(imported.plan(), problem.path()).map(Item::toString)
                .orElse(""))).map(problem -> Map.entry(problem, typedAt(problem, imported.plan())))
                .filter(typed -> typed.getKey().path().endsWith("/completedOn") || !warnedAt.contains(at(typed
                        .getValue()))).forEach(typed -> told.add(lastPart, typed.getValue()));
        return imported.withWarnings(told.told(alone, again)).withCopies(copies);
    }

    /** Where a problem is told, and of what item: its sheet, cell and item. */
    private static List<Optional<String>> at(WorkbookProblem problem) {
        return List.of(problem.sheet(), problem.cellReference(), problem.item());
    }

    /**
     * A warning of core's about the plan the import gives, at the cell of the copy whose row filled in the item it is
     * about, where one did: of several copies, the one to look at. The cell is the column of the field at fault where
     * the row has one (Completed on for a completion), else the row's Ref.
     */
    private WorkbookProblem typedAt(Problem problem, ActionPlan given) {
        Optional<Item> item = item(given, problem.path());
        String message = "in the plan it gives, " + problem.message();
        Optional<Key> key = item.map(i -> new Key(i.ref(), i.subActionId()));
        Optional<Given> row = key.map(this.given::get);
        // A sub-action's day judged against its recommendation's, given on the recommendation's row alone: that cell,
        // the message naming the sub-action (run 75 #9).
        Optional<Given> recommendationRow = row.isPresent() || !problem.path().endsWith("/completedOn") ? Optional
                .empty() : key.filter(k -> k.id().isPresent()).map(k -> this.given.get(new Key(k.ref(),
                Optional.empty()))).filter(own -> own.row().completedOn().isPresent());
        if (recommendationRow.isPresent()) {
            Given own = recommendationRow.get();
            return inCopy(WorkbookProblem.warning(own.copy().cell(own.row(), UpdateColumn.COMPLETED_ON), item,
                    "in the plan it gives, at " + named(given, item.orElseThrow()) + ", " + problem.message()),
                    own.copy());
        }
        if (row.isEmpty()) { // no cell to name the item, so the message does
            return WorkbookProblem.warning(Place.WORKBOOK, item, item.map(i -> "in the plan it gives, at "
                    + named(given, i) + ", " + problem.message()).orElse(message));
        }
        // A sub-action added on the New sub-actions sheet is named by its row, about its recommendation.
        item = Optional.of(row.get().row().item(key.orElseThrow()));
        String field = problem.path().substring(problem.path().lastIndexOf('/') + 1);
        UpdateColumn column = switch (field) {
            case "completedOn" -> UpdateColumn.COMPLETED_ON;
            case "progress", "reportedProgress" -> UpdateColumn.PROGRESS;
            case "due", "deadline" -> UpdateColumn.NEW_TIMESCALE;
            case "owner" -> UpdateColumn.NEW_OWNER;
            case "assessment" -> UpdateColumn.BRAG;
            default -> UpdateColumn.REF;
        };
        return inCopy(WorkbookProblem.warning(row.get().copy().cell(row.get().row(), column), item, message),
                row.get().copy());
    }

    /** The item of {@code plan} a JSON path is in ({@code 2}, {@code 2 / 2.5}); none for others. */
    static Optional<Item> item(ActionPlan plan, String path) {
        Matcher at = ITEM_PATH.matcher(path);
        if (!at.lookingAt()) {
            return Optional.empty();
        }
        Recommendation recommendation = plan.recommendations().get(Integer.parseInt(at.group(1)));
        return Optional.of(at.group(2) == null ? Item.of(recommendation.ref()) : Item
                .of(recommendation.ref(), recommendation.subActions().get(Integer.parseInt(at.group(2))).id()));
    }

    /** {@code item} as reports name it: "Area for improvement 2", "sub-action 2.3 of Area for improvement 2". */
    private static String named(ActionPlan plan, Item item) {
        String recommendation = plan.recommendation(item.ref()).map(Recommendation::name).orElse(item.ref());
        return item.subActionId().map(id -> "sub-action " + Quote.single(id) + " of " + recommendation)
                .orElse(recommendation);
    }

    /**
     * Where {@code plan} holds more recommendations, sub-actions and updates than a plan's reader takes: how many, and
     * the limit. A plan that does not read back is never given.
     */
    static Optional<String> tooLarge(ActionPlan plan) {
        int most = PlanReader.Limits.DEFAULT.maxItems();
        long items = PlanReader.Limits.items(plan);
        return items <= most ? Optional.empty() : Optional.of("the plan it would give holds " + String.format(
                Locale.ROOT, "%,d", items) + " recommendations, sub-actions and updates, more than the "
                + String.format(Locale.ROOT, "%,d", most) + " a plan is read with");
    }

    /** The errors writing {@code plan} as JSON finds: the limits of a reader with the default ones. */
    private static List<Problem> unwritable(ActionPlan plan) {
        try {
            PlanJson.toJson(plan);
            return List.of();
        } catch (InvalidPlanException e) {
            return e.problems();
        }
    }

    /**
     * How many characters of updates and sub-actions' words {@code after} has more than {@code before}, and the three
     * recommendations given the most: "1,200 characters of updates and new work, most to 2 (900) and 5 (300)".
     */
    private static String addedText(ActionPlan before, ActionPlan after) {
        ToLongFunction<Recommendation> text = r -> r.updates().stream().mapToLong(u -> u.text().length()).sum()
                + r.subActions().stream().mapToLong(s -> s.description().map(String::length).orElse(0)).sum();
        Map<String, Long> added = new LinkedHashMap<>();
        after.recommendations().forEach(r -> added.put(r.ref(), text.applyAsLong(r) - before.recommendation(r.ref())
                .map(text::applyAsLong).orElse(0L)));
        List<String> most = added.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry
                .<String, Long>comparingByValue().reversed()).limit(3).map(e -> e.getKey() + " (" + Quote.grouped(e
                .getValue()) + ")").toList();
        return Quote.grouped(Math.max(0, added.values().stream().mapToLong(Long::longValue).sum())) + " characters of"
                + " updates and new work" + (most.isEmpty() ? "" : ", most to " + Quote.listed(most, "and"));
    }

    /** What {@code after} has more of than {@code before}, as counted against the items a plan may hold. */
    private static String added(ActionPlan before, ActionPlan after) {
        long subActions = count(after, r -> r.subActions().size()) - count(before, r -> r.subActions().size());
        long updates = count(after, r -> r.updates().size()) - count(before, r -> r.updates().size());
        return counted(updates, "update") + " (one a recommendation a quarter) and " + counted(subActions,
                "sub-action");
    }

    private static String counted(long count, String item) {
        return (count == 0 ? "no" : Quote.grouped(count)) + " " + item + (count == 1 ? "" : "s");
    }

    private static long count(ActionPlan plan, ToIntFunction<Recommendation> items) {
        return plan.recommendations().stream().mapToLong(items::applyAsInt).sum();
    }

    /**
     * A reporting date before the period begins, or before the plan's own, either of which would take the plan back.
     * A workbook for a period before the one the plan reports on already is refused as it is read, before its rows.
     */
    private void refuseGoingBack(ReportingPeriod period, LocalDate date) {
        if (date.isBefore(period.start())) {
            told.add(WorkbookProblem.error("the reporting date the import would give the plan, "
                    + Dates.shortDate(date) + ", is before " + period + " begins (" + Dates.shortDate(period.start())
                    + "); the reporting date is a day in the period or after it"));
            return;
        }
        plan.asOf().filter(date::isBefore).ifPresent(current -> told.add(WorkbookProblem.error("the reporting"
                + " date the import would give the plan, " + Dates.shortDate(date) + ", is before the plan's own, "
                + Dates.shortDate(current) + ", which it would take the plan back from; import with a reporting date"
                + " no earlier")));
    }

    /** The name of {@code copy} as messages show it. */
    private String shown(UpdateReader copy) {
        return WorkbookFile.shown(names.get(copy));
    }

    /** {@code problem} said to be in {@code copy}. */
    private WorkbookProblem inCopy(WorkbookProblem problem, UpdateReader copy) {
        return problem.in(names.get(copy));
    }

    /** Items as a warning names them: the first four, then how many others, where there are more than five. */
    private static String listed(List<Key> keys) {
        List<String> items = keys.stream().map(key -> Quote.single(key.display())).toList();
        return Quote.listed(items.size() <= SHOWN_ITEMS ? items : Stream.concat(items.stream()
                .limit(SHOWN_ITEMS - 1), Stream.of((items.size() - SHOWN_ITEMS + 1) + " others")).toList(), "and");
    }

    /**
     * A warning that rows were read against the plan as it is now, changed since the workbook was written, for each
     * item changed, or added since, of which no row was filled in: for all the copies it was found in, naming them,
     * rather than the same words for each. In the
     * plan's order, {@code inPlanOrder} (the plan's items as its fingerprints list them), items removed from it last,
     * whatever the order the copies were given in (trial 53 F1: the first copy's items alone were told, as if of every
     * copy).
     */
    private void readAgainstChangedPlan(List<ChangedSince> copies, Collection<Key> inPlanOrder) {
        Map<Key, Integer> place = new HashMap<>();
        inPlanOrder.forEach(key -> place.put(key, place.size()));
        Comparator<Key> planOrder = Comparator.comparing((Key key) -> place.getOrDefault(key, Integer.MAX_VALUE))
                .thenComparing(Key::display);
        Map<Key, List<String>> changedIn = new TreeMap<>(planOrder);
        Map<Key, List<String>> newTo = new TreeMap<>(planOrder);
        copies.forEach(copy -> copy.items().forEach(item -> (copy.newToCopy().contains(item) ? newTo : changedIn)
                .computeIfAbsent(item, k -> new ArrayList<>()).add(copy.copy())));
        boolean ownersCopies = copies.stream().anyMatch(ChangedSince::ownersCopy);
        ReportingPeriod period = copies.getFirst().period();
        // Renumbered or moved since, as every copy that lists the item finds it (run 83 #10: one renumbering was told
        // as items removed, added and changed, one warning each, none saying so).
        Map<Key, Key> moved = new HashMap<>();
        copies.forEach(copy -> copy.moved().forEach((then, now) -> moved.merge(then, now, (a, b) -> a.equals(b) ? a
                : then)));
        moved.entrySet().removeIf(entry -> entry.getValue().equals(entry.getKey()));
        Set<Key> movedTo = new HashSet<>(moved.values());
        Set<Key> renumbered = copies.stream().flatMap(copy -> copy.renumbered().stream()).collect(Collectors.toSet());
        // One for each item, about it, so that the analyst can tell changes they expect (an earlier import's) from
        // ones they do not, and a page show each under its item; as many as the plan's items at most. An item
        // added, or given to an owner, while the copies were out has no row in theirs: its news is still owed, which
        // the words of a change would not say (trial 53 F7).
        Set<Key> items = new TreeSet<>(planOrder);
        items.addAll(changedIn.keySet());
        items.addAll(newTo.keySet());
        for (Key item : items) {
            List<String> changed = changedIn.getOrDefault(item, List.of());
            if (!changed.isEmpty() && moved.containsKey(item)) {
                Key now = moved.get(item);
                tell(changed, WorkbookProblem.warning(Place.WORKBOOK, Optional.of(item.item()), Quote.single(item
                        .display()) + " of the workbook as exported for " + period + " is " + Quote.single(now
                        .display()) + " in the plan now, " + (renumbered.contains(item) ? "renumbered" : "moved")
                        + " since; its row" + (changed.size() < 2 ? " was" : " in " + shownNames(changed) + " was")
                        + " blank, so nothing typed is lost"));
            } else if (!changed.isEmpty() && !place.containsKey(item)) {
                // Not in the plan now: removed since, or the plan given is an older file (trial 56 F5).
                tell(changed, WorkbookProblem.warning(Place.WORKBOOK, Optional.of(item.item()), Quote.single(item
                        .display()) + " is in the workbook as exported for " + period + ", but not in the plan given:"
                        + " removed since (or renamed, and changed besides), or the plan given is not the one the"
                        + " workbook was exported from; its row"
                        + (changed.size() < 2 ? " was" : " in " + shownNames(changed) + " was") + " blank, so nothing"
                        + " typed is lost"));
            } else if (!changed.isEmpty()) {
                // Of this item, not filled in: an item filled in that changed is told at its row (run 108 #4).
                String start = "the plan has changed since the workbook was exported for " + period + ", in "
                        + Quote.single(item.display()) + ", an item ";
                tell(changed, WorkbookProblem.warning(Place.WORKBOOK, Optional.of(item.item()), changed.size() < 2
                        ? start + "not filled in, so it was read against the plan as it is now" : start + "none of "
                        + shownNames(changed) + " filled in, so they were read against the plan as it is now"));
            }
            // Not where another copy read filled it in, its previous owner's, say, before it was handed over; nor, for
            // a recommendation, a row of its sub-actions, which gives it an update for the period, as whom to chase
            // tells it.
            boolean filledIn = item.id().isEmpty() ? given.keySet().stream().anyMatch(key -> key.ref().equals(
                    item.ref())) : given.containsKey(item);
            // Nor where the plan has an update for the period already, from a copy imported into it before, its
            // previous owner's, say (trial 76 #1): whom to chase tells what is owed.
            filledIn |= plan.recommendation(item.ref()).flatMap(r -> updateFor(r, period)).isPresent();
            // An item renumbered to it is told above: its news is owed, as whom to chase tells.
            List<String> lacking = filledIn || movedTo.contains(item) ? List.of() : newTo.getOrDefault(item,
                    List.of());
            if (!lacking.isEmpty()) {
                tell(lacking, WorkbookProblem.warning(Place.WORKBOOK, Optional.of(item.item()), Quote.single(item
                        .display()) + " was added to the plan" + (!ownersCopies ? "" : ", or given to " + (lacking
                        .size() < 2 ? "this copy's owner" : "the owners of " + shownNames(lacking)) + ",")
                        + " since the workbook was exported for " + period
                        + ", so no copy read has a row of it filled in: for its update for " + period + ", send its"
                        + " owner a workbook of the plan as it is now"));
            }
        }
    }

    /** {@code warning} told of the copies {@code names}: in the one, or about them all. */
    private void tell(List<String> names, WorkbookProblem warning) {
        told.add(names.size() == 1 ? warning.in(names.getFirst()) : warning);
    }

    /** The copies named, as messages show them: "culture.xlsx and safety.xlsx". */
    private static String shownNames(List<String> names) {
        return Quote.listed(names.stream().map(WorkbookFile::shown).toList(), "and");
    }

    /** A warning naming the rows of {@code copy} that say what the plan does already, where it has any. */
    private void warnImportedBefore(UpdateReader copy) {
        if (!copy.alreadyImported().isEmpty()) {
            // About one recommendation's rows, it names the recommendation as data too, for a page to group it by.
            List<String> refs = copy.alreadyImported().stream().map(Key::ref).distinct().toList();
            copy.add(WorkbookProblem.warning(Place.WORKBOOK, refs.size() == 1
                    ? Optional.of(Item.of(refs.getFirst())) : Optional.empty(), "its rows for "
                    + listed(copy.alreadyImported()) + " say what the plan does already, every cell (this copy was"
                    + " imported before?), so they change nothing"));
        }
    }

    /**
     * Warns where an owner's copy for the period the plan reports on already gives rows anew while the plan has an
     * update for that period from a row of theirs: a copy of theirs was imported before, and this is another, most
     * likely last quarter's workbook filled in this quarter by mistake, whose news would be filed under last quarter.
     */
    private void warnOwnerGaveBefore(UpdateReader copy) {
        PlanIdentity identity = copy.identity();
        if (identity.owner().isEmpty() || !plan.period().equals(Optional.of(identity.period()))
                || copy.filled().keySet().stream().allMatch(copy.alreadyImported()::contains)) {
            return;
        }
        String owner = identity.owner().get();
        List<Key> gave = new ArrayList<>();
        // Of the rows theirs when the copy was written: one given to them since gave its update from its owner's then
        // (trial 76 #1, run 77 #1).
        for (Recommendation recommendation : plan.recommendations()) {
            updateFor(recommendation, identity.period()).ifPresent(update -> rowsGiving(recommendation, update)
                    .stream().map(row -> new Key(recommendation.ref(), row.map(SubAction::id)))
                    .filter(key -> copy.shownOwner(key).filter(owner::equals).isPresent()
                            && !copy.newToCopy().contains(key)).forEach(gave::add));
        }
        if (!gave.isEmpty()) {
            List<Key> fills = copy.filled().keySet().stream().filter(key -> !copy.alreadyImported().contains(key))
                    .toList();
            copy.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "is the copy for " + identity.period()
                    + " of " + Quote.singleName(owner) + ", whose update for it the plan has already, for "
                    + listed(gave)
                    + "; this one fills in " + listed(fills) + ": if it is last quarter's workbook filled in again by"
                    + " mistake, its news is filed under " + identity.period() + "; leave this import unused and ask"
                    + " them to type it in their copy for " + UpdateWorkbook.quarterAfter(identity.period())
                    + "; if the plan's update came"
                    + " from another workbook, or was typed into the plan, this is their news for " + identity.period()
                    + ", read as such"));
        }
    }

    /**
     * The problem of a copy written for {@code old}, the period the plan reports on already, and imported into it
     * before, given with copies written for {@code now}: most likely its owner sent last quarter's file again.
     */
    private static WorkbookProblem importedAlready(PlanIdentity old, PlanIdentity now) {
        String ask = old.owner().map(owner -> "ask " + Quote.singleName(owner) + " for their copy for " + now.period())
                .orElse("ask for the workbook filled in for " + now.period());
        return WorkbookProblem.error("is the copy for " + old.period() + " that was imported into this plan already:"
                + " the plan reports on " + old.period() + ", and every row filled in here says what it does, so it"
                + " has nothing for " + now.period() + ", which the other copies were written for; " + ask + ", and"
                + " import it with them");
    }

    /** Whether {@code copy} is last quarter's, beside {@code other}: for the period the plan reports on already. */
    private boolean isLastQuarters(PlanIdentity copy, PlanIdentity other) {
        return copy.period().compareTo(other.period()) < 0 && plan.period().equals(Optional.of(copy.period()));
    }

    /**
     * What to do with {@code old}, last quarter's copy, given with copies for the quarter {@code now} is for. Where it
     * fills in rows of items changed since it was written ({@code correction}), as a copy correcting one imported
     * before does, read on its own it would be refused at those rows: the way is their errors' (trial 65 F7).
     */
    private static String lastQuarters(PlanIdentity old, PlanIdentity now, boolean correction) {
        return "last quarter's, for " + old.period() + ", on which the plan reports already: if its owner filled it"
                + " in by mistake, ask them to type their news in " + (old.owner().isPresent() ? "their copy"
                : "the workbook") + " for " + now.period() + " (read on its own, it would file it under "
                + old.period() + "); " + (correction ? "if it is a late return for " + old.period() + ", or"
                + " corrects a copy imported before, do as the errors at its rows say: it fills in items changed in"
                + " the plan since it was written, which imported on its own it would be refused for" : "if it is a"
                + " late return for " + old.period() + ", import it on its own first");
    }

    /** Whether {@code copy} was written for the period and reporting date {@code first} was; if not, a problem. */
    private boolean agrees(UpdateReader copy, UpdateReader first) {
        PlanIdentity mine = copy.identity();
        PlanIdentity theirs = first.identity();
        if (mine.period().equals(theirs.period()) && mine.reportingDate().equals(theirs.reportingDate())) {
            return true;
        }
        // Imported on its own, a copy with nothing filled in would change nothing: most likely the wrong file. One
        // whose rows were refused (items changed since it was written) was filled in.
        boolean blank = copy.filled().isEmpty() && copy.added().isEmpty() && copy.alreadyImported().isEmpty()
                && !copy.hasErrors();
        // Last quarter's workbook, which the plan reports on already, filled in for this quarter by mistake: read on
        // its own, its news would be last quarter's. Given first, it is the one the others are read against.
        boolean lastQuarters = isLastQuarters(mine, theirs);
        boolean firstLastQuarters = isLastQuarters(theirs, mine);
        // Of a copy for the period after the plan's and one for another, the other is the odd one, whichever came
        // first: imported on its own, it would move the plan past the next period, or back.
        Optional<ReportingPeriod> next = plan.reportedPeriod().map(ReportingPeriod::next);
        boolean oddThis = next.filter(n -> theirs.period().equals(n) && !mine.period().equals(n)).isPresent();
        boolean oddFirst = !oddThis && next.filter(n -> mine.period().equals(n) && !theirs.period().equals(n))
                .isPresent();
        boolean forNext = next.filter(n -> mine.period().equals(n)).isPresent();
        // A blank copy for the quarter the copies are for is no fault beside an odd first: nothing filled in is told
        // apart, as it is in any other order (run 139 #2).
        if ((!blank || forNext) && !lastQuarters && (firstLastQuarters || oddFirst)) {
            // The copy given first is the odd one: the problem is its, told once, not this one's, which is the
            // quarter's as the others are; an analyst marks uploads by where their errors are (run 138 #2).
            if (!referenceRefused) {
                referenceRefused = true;
                first.add(notOneWorkbook(first, copy, firstLastQuarters ? "this one is " + lastQuarters(theirs, mine,
                        first.filledChangedRows()) : oddOne(next.get())));
            }
            // Unless this one is odd too, for a quarter the plan's copies are not for now (run 139 #2).
            if (forNext || next.isEmpty()) {
                return false;
            }
            copy.add(notOneWorkbook(copy, first, oddOne(next.get())));
            return false;
        }
        copy.add(notOneWorkbook(copy, first, blank
                ? "nothing is filled in in this one; if it is not the copy its owner filled in, ask them for that one"
                : lastQuarters ? "this one is " + lastQuarters(mine, theirs, copy.filledChangedRows())
                : oddThis ? oddOne(next.get())
                : "import this one on its own"));
        return false;
    }

    /** {@code copy}'s problem, written otherwise than {@code other}: what each was written for, then {@code advice}. */
    private WorkbookProblem notOneWorkbook(UpdateReader copy, UpdateReader other, String advice) {
        return WorkbookProblem.error("was written for " + written(copy.identity()) + ", but " + shown(other) + " for "
                + written(other.identity()) + "; the workbooks read together must be copies of one workbook: " + advice);
    }

    /** What to do with a copy of another period than {@code next}, which the plan's copies now are for. */
    private static String oddOne(ReportingPeriod next) {
        return "the plan reports on " + next.previous() + ", so its copies now are for " + next + ": leave this one"
                + " out, and ask its owner for their copy for " + next;
    }

    private static String written(PlanIdentity identity) {
        return identity.period() + " with statuses at " + Dates.shortDate(identity.reportingDate());
    }

    /**
     * Takes an item's row, where no copy before filled the item in or one filled it in the same; where one filled
     * it in differently, a problem at the first cell of this copy's row that differs.
     */
    private void combine(Key key, Given row) {
        Given before = given.putIfAbsent(key, row);
        if (before == null) {
            return;
        }
        List<UpdateColumn> differ = Arrays.stream(UpdateColumn.values()).filter(column -> !before.row().value(column)
                .equals(row.row().value(column))).toList();
        if (differ.isEmpty()) {
            return;
        }
        String differences = differ.stream().map(column -> column.header() + " " + row.row().shown(column)
                + " here, " + before.row().shown(column) + " there").collect(Collectors.joining("; "));
        row.copy().add(WorkbookProblem.error(row.copy().cell(row.row(), differ.get(0)), key.item(),
                "filled in differently in " + shown(before.copy()) + " (" + before.copy().cell(before.row(),
                differ.get(0)) + "): " + differences + "; fill in each item in one copy only, or the same in each"));
    }

    /**
     * Each row that would make an update the plan has for {@code period} say something else, and each recommendation's
     * update longer than a plan's text may be (so the plan would not read back): a problem at its first row.
     */
    private void refuseRewrites(ActionPlan withAdditions, ReportingPeriod period) {
        int longest = PlanReader.Limits.DEFAULT.maxStringLength();
        for (Recommendation recommendation : withAdditions.recommendations()) {
            update(recommendation, period, true).filter(text -> text.length() > longest).ifPresent(text -> {
                Given first = pieces(recommendation).get(0).row().orElseThrow();
                first.copy().add(WorkbookProblem.error(first.copy().cell(first.row(), UpdateColumn.UPDATE),
                        Item.of(recommendation.ref()), "the update for " + period + " that the rows of recommendation "
                        + recommendation.ref() + " give, together, is " + String.format(Locale.ROOT, "%,d",
                        text.length()) + " characters, more than the " + String.format(Locale.ROOT, "%,d", longest)
                        + " a plan's text may be; shorten them"));
            });
        }
    }

    /**
     * Takes a sub-action added, where no copy before added it (the same words for the same recommendation) or one
     * added it the same; where one added it differently, a problem at this copy's row.
     */
    private void combine(Addition addition) {
        UpdateReader.Added added = addition.added();
        Addition before = additions.putIfAbsent(added.work(), addition);
        if (before != null && (!before.added().subAction().equals(added.subAction()) || !Arrays.stream(UpdateColumn
                .values()).allMatch(column -> before.added().row().value(column).equals(added.row().value(column))))) {
            UpdateReader first = before.copy();
            addition.copy().add(WorkbookProblem.error(addition.copy().cell(added.row(), UpdateColumn.SUB_ACTION),
                    Item.of(added.ref()), "a new sub-action, added differently in " + shown(first) + " ("
                    + first.cell(before.added().row(), UpdateColumn.SUB_ACTION) + "); add each sub-action in one"
                    + " copy only, or the same in each"));
        }
    }

    /**
     * Each sub-action added still to be done to a recommendation that is complete, in the plan or by this import: work
     * that would not count, since a completed recommendation's status is complete whatever its sub-actions say. Work
     * added as done is a record of it.
     */
    private void refuseOpenWorkInCompleted() {
        for (Addition addition : additions.values()) {
            UpdateReader.Added added = addition.added();
            Recommendation recommendation = plan.recommendation(added.ref()).orElseThrow();
            Optional<Filled> own = Optional.ofNullable(given.get(new Key(added.ref(), Optional.empty())))
                    .map(Given::row);
            Optional<LocalDate> completed = recommendation.completedOn().or(() -> own.flatMap(Filled::completedOn));
            // Its own progress, as this import leaves it: at 100% it is complete whatever its sub-actions say.
            Optional<Percent> reported = own.flatMap(Filled::progress).or(recommendation::reportedProgress);
            if (added.row().finished() || completed.isEmpty() && reported.filter(Percent::isComplete).isEmpty()) {
                continue;
            }
            String why = completed.map(day -> "is completed, on " + Dates.shortDate(day)).orElse("is complete, its"
                    + " own progress being 100%");
            String reopen = completed.isPresent() ? "have its completion taken out of the plan first"
                    : "type its progress now on its own row";
            // Done, work added to one complete with its sub-actions would leave them open, not started (run 72 #7).
            String ifDone = recommendation.subActionsDoneWithIt() ? "it is complete with the"
                    + " recommendation already: clear this row" : "type the day it was finished in "
                    + UpdateColumn.COMPLETED_ON.header();
            addition.copy().add(WorkbookProblem.error(addition.copy().cell(added.row(), UpdateColumn.SUB_ACTION),
                    Item.of(added.ref()), "a new sub-action, but recommendation " + added.ref() + " " + why
                    + ", so work still to be done would not count towards it; if it was reopened, " + reopen + ", and"
                    + " if the work is done, " + ifDone));
        }
    }

    /**
     * Refuses a progress or completion given to a sub-action complete with its recommendation, or finished work added
     * to such a recommendation, where the copies leave others of its sub-actions without a figure: the one given one
     * would be what the plan tracks, and the others, complete with the recommendation as the copies showed them, open
     * work not started (trial 68 F5, run 71 #3). A figure for each, in whichever copy has its row (run 73 #1, #2), as
     * closing them all is, is taken; so is all of it where the recommendation's own row reopens it, below 100% (run 73
     * #5).
     */
    private void refuseReopening(Optional<ReportingPeriod> period) {
        // The plan reports on the copies' period already: a copy of this round was imported into it.
        Optional<ReportingPeriod> round = period.filter(p -> plan.reportedPeriod().equals(Optional.of(p)));
        for (Recommendation recommendation : plan.recommendations()) {
            Optional<Filled> own = Optional.ofNullable(given.get(new Key(recommendation.ref(), Optional.empty())))
                    .map(Given::row);
            // Completed in the period by a copy of the round imported before, it is taken as the copies imported
            // together take it, whatever their order (run 77 #7): core's warning of sub-actions left open tells it.
            boolean completedThisRound = recommendation.completedOn().filter(day -> round.filter(p -> p.contains(day))
                    .isPresent()).isPresent();
            if (!recommendation.subActionsDoneWithIt() || completedThisRound || own.flatMap(Filled::progress)
                    .filter(progress -> !progress.isComplete()).isPresent()) {
                continue;
            }
            Map<Key, Given> figures = new LinkedHashMap<>();
            List<SubAction> left = new ArrayList<>();
            for (SubAction subAction : recommendation.subActions()) {
                Key key = new Key(recommendation.ref(), Optional.of(subAction.id()));
                Optional<Given> figure = Optional.ofNullable(given.get(key)).filter(g -> g.row().givesFigure());
                figure.ifPresentOrElse(g -> figures.put(key, g), () -> left.add(subAction));
            }
            List<Addition> done = additions.values().stream().filter(a -> a.added().ref().equals(recommendation.ref())
                    && a.added().row().finished()).toList();
            boolean belowHundred = figures.values().stream().anyMatch(g -> !g.row().finished());
            if (figures.isEmpty() && done.isEmpty() || left.isEmpty() && !belowHundred) {
                continue;
            }
            String date = recommendation.completedOn().map(d -> ", completed on " + Dates.shortDate(d)).orElse(
                    ", at 100%");
            for (Map.Entry<Key, Given> entry : figures.entrySet()) {
                Given figure = entry.getValue();
                Filled row = figure.row();
                Key key = entry.getKey();
                if (!row.finished()) {
                    // Under a recommendation still complete, work below 100% is open work nobody would chase: Off
                    // track, with a warning of no cell (run 73 #3). Reopened, the recommendation says so itself.
                    figure.copy().add(WorkbookProblem.error(figure.copy().cell(row, UpdateColumn.PROGRESS),
                            key.item(), key.display() + " is complete with " + recommendation.name() + date + "; "
                            + row.progress().orElseThrow() + " here would leave it open under a complete"
                            + " recommendation: where the work was reopened, " + (recommendation.completedOn()
                            .isPresent() ? "have the recommendation's completion taken out of the plan first"
                            : "type the recommendation's progress now on its own row") + ", and where it is done,"
                            + " type the day it was finished in " + UpdateColumn.COMPLETED_ON.header()));
                    continue;
                }
                if (left.isEmpty()) {
                    continue;
                }
                figure.copy().add(WorkbookProblem.error(figure.copy().cell(row, row.completedOn().isPresent()
                        ? UpdateColumn.COMPLETED_ON : UpdateColumn.PROGRESS), key.item(), key.display() + " is complete"
                        + " with " + recommendation.name() + date + ", as are its other sub-actions, none recording a"
                        + " progress or completion of its own; a figure here would leave " + left(left, recommendation,
                        figure.copy()) + " open again, as work not started: give each the day it was finished too,"
                        + " or clear this cell; where the work was reopened, have the"
                        + " recommendation's completion taken out of the plan first"));
            }
            // Closed before the period, its sub-actions' cells are grey: the completion is what to take out.
            for (Addition addition : left.isEmpty() ? List.<Addition>of() : done) {
                boolean closed = UpdateWorkbook.closed(recommendation, Optional.empty(), addition.copy().identity()
                        .period());
                addition.copy().add(WorkbookProblem.error(addition.copy().cell(addition.added().row(),
                        UpdateColumn.REF), Item.of(recommendation.ref()), "work added to " + recommendation.name()
                        + ", which is complete" + recommendation.completedOn().map(d -> ", completed on "
                        + Dates.shortDate(d) + ",").orElse(" at 100%") + " with its sub-actions, none recording a"
                        + " progress or completion of its own, would leave " + left(left, recommendation, addition
                        .copy()) + " open again, as work not started: clear this row" + (closed ? "; if the work was"
                        + " reopened, have the recommendation's completion taken out of the plan first" : ", or give"
                        + " each of them the day it was finished too")));
            }
        }
    }

    /**
     * {@code left}, quoted: those {@code copy} fills in, then those of each other owner, whose grey rows in
     * {@code copy} its owner cannot give a figure, with whose copy to import with it.
     */
    private static String left(List<SubAction> left, Recommendation recommendation, UpdateReader copy) {
        Map<String, List<String>> byCopy = new LinkedHashMap<>();
        for (SubAction subAction : left) {
            String owner = UpdateWorkbook.fillsIn(copy.identity().owner(), recommendation, Optional.of(subAction)) ? ""
                    : UpdateWorkbook.rowOwner(recommendation, Optional.of(subAction));
            byCopy.computeIfAbsent(owner, o -> new ArrayList<>()).add(Quote.single(subAction.id()));
        }
        List<String> parts = new ArrayList<>();
        byCopy.forEach((owner, ids) -> parts.add(Quote.listed(ids, "and") + (owner.isEmpty() ? "" : " (in the copy"
                + " of " + Quote.singleName(owner) + ": import it with this one)")));
        return String.join(", and ", parts);
    }

    /**
     * The plan with the sub-actions added, each at the end of its recommendation's, with the next id
     * ({@link Recommendation#nextSubActionId()}): what the import's rows apply to. Each one's row is given under its
     * id.
     */
    private ActionPlan withAdditions() {
        if (additions.isEmpty()) {
            return plan;
        }
        Map<String, Recommendation> byRef = new LinkedHashMap<>();
        plan.recommendations().forEach(recommendation -> byRef.put(recommendation.ref(), recommendation));
        for (Addition addition : additions.values()) {
            Recommendation recommendation = byRef.get(addition.added().ref());
            SubAction subAction = SubAction.builder().from(addition.added().subAction())
                    .id(recommendation.nextSubActionId()).build();
            List<SubAction> subActions = new ArrayList<>(recommendation.subActions());
            subActions.add(subAction);
            byRef.put(recommendation.ref(), recommendation.withSubActions(subActions));
            given.put(new Key(recommendation.ref(), Optional.of(subAction.id())), new Given(addition.copy(),
                    addition.added().row()));
        }
        return plan.withRecommendations(byRef.values());
    }

    /**
     * A piece of a recommendation's update for the period, as one row gives it: its own row's text, or a sub-action's
     * as a list item starting with the sub-action's id ({@code "- 2.3: Survey sent."}).
     */
    private record Piece(Optional<String> subAction, String text, Optional<Given> row) {}

    /** The pieces this import gives for the recommendation's update: its own row's, then its sub-actions'. */
    private List<Piece> pieces(Recommendation recommendation) {
        List<Piece> pieces = new ArrayList<>();
        Given own = given.get(new Key(recommendation.ref(), Optional.empty()));
        if (own != null && own.row().update().isPresent()) {
            pieces.add(new Piece(Optional.empty(), own.row().update().get(), Optional.of(own)));
        }
        for (SubAction subAction : recommendation.subActions()) {
            Given row = given.get(new Key(recommendation.ref(), Optional.of(subAction.id())));
            if (row != null && row.row().update().isPresent()) {
                pieces.add(new Piece(Optional.of(subAction.id()), item(subAction, row.row().update().get()),
                        Optional.of(row)));
            }
        }
        return pieces;
    }

    /**
     * The recommendation's update for the period as this import leaves it, where its rows give one. A plan keeps its
     * updates and never overwrites one; copies returned late may be imported into the plan an earlier import wrote,
     * so where the plan has an update for the period already, the pieces it does not say yet are added to it: its own
     * row's text before its list, where it has none, and sub-actions' items at the end of its list. A piece it says
     * already (the same copy imported again) is left out; one that would say something else of what it says (its own
     * text, or a sub-action's item) is a problem at the cell that gives it.
     */
    private Optional<String> update(Recommendation recommendation, ReportingPeriod period, boolean report) {
        List<Piece> pieces = pieces(recommendation);
        Optional<String> existing = updateFor(recommendation, period);
        if (existing.isEmpty()) {
            return pieces.isEmpty() ? Optional.empty() : Optional.of(joined("", false, pieces));
        }
        String before = existing.get();
        boolean hasOwnText = hasOwnText(before);
        String own = "";
        List<Piece> items = new ArrayList<>();
        for (Piece piece : pieces) {
            Optional<String> said = piece.subAction().isEmpty()
                    ? Optional.of(before).filter(text -> hasOwnText)
                    : item(before, piece.subAction().get());
            if (says(before, piece.subAction(), piece.text())) {
                continue;
            }
            if (said.isEmpty()) {
                if (piece.subAction().isEmpty()) {
                    own = piece.text() + "\n\n";
                } else {
                    items.add(piece);
                }
            } else if (report) {
                Given row = piece.row().orElseThrow();
                row.copy().add(WorkbookProblem.error(row.copy().cell(row.row(), UpdateColumn.UPDATE),
                        Item.of(recommendation.ref()), recommendation.ref() + " already has an update for " + period
                        + piece.subAction().map(id -> " with an item for " + id).orElse("") + " that says otherwise ("
                        + whereApart(said.get(), piece.text()) + "), and a plan never overwrites one; this cell says "
                        + whereApart(piece.text(), said.get()) + ": to import it, take "
                        + recommendation.ref() + "'s update for " + period + " out of the plan imported into, or edit"
                        + " it there to say what is to stand; to keep the plan's, clear this cell"));
            }
        }
        if (own.isEmpty() && items.isEmpty()) {
            return Optional.empty();
        }
        // Each item goes before the item of the first sub-action after it in plan order, so that the order the
        // copies are imported in does not change the update; an item with none after it ends the list.
        String text = own + before;
        List<Piece> last = new ArrayList<>();
        List<String> ids = recommendation.subActions().stream().map(SubAction::id).toList();
        for (Piece piece : items) {
            String lined = "\n" + text;
            OptionalInt next = ids.subList(ids.indexOf(piece.subAction().get()) + 1, ids.size()).stream()
                    .mapToInt(id -> itemAt(lined, id)).filter(at -> at >= 0).min();
            if (next.isPresent()) {
                text = text.substring(0, next.getAsInt()) + piece.text() + "\n" + text.substring(next.getAsInt());
            } else {
                last.add(piece);
            }
        }
        // Its last line outside an item (indented) one of its sub-actions' items: the items added join that list.
        String lastLine = text.lines().filter(line -> !line.isBlank() && !line.startsWith("  ")).reduce((a, b) -> b)
                .orElse("");
        boolean inList = recommendation.subActions().stream().anyMatch(s -> itemAt("\n" + lastLine, s.id()) == 0);
        return Optional.of(joined(text, inList, last));
    }

    /**
     * A recommendation's update for a period it has none for, as an import words it: its own row's text, then each
     * sub-action's update as an item ({@link #item}) of a list below it, in the order given.
     */
    static String update(Optional<String> own, Map<SubAction, String> subActions) {
        List<Piece> pieces = new ArrayList<>();
        own.ifPresent(text -> pieces.add(new Piece(Optional.empty(), text, Optional.empty())));
        subActions.forEach((subAction, text) -> pieces.add(new Piece(Optional.of(subAction.id()), item(subAction,
                text), Optional.empty())));
        return joined("", false, pieces);
    }

    /** A sub-action row's update as an item of its recommendation's update: {@code "- 2.3: Survey sent."}. */
    static String item(SubAction subAction, String update) {
        // Its lines after the first indented, so that they stay in the item, paragraphs and lists as they are; an
        // update that starts with a list has it below the id, not run into it ("- 2.3: - Survey sent." shows the dash),
        // on the next line where CommonMark lets it start there, so that the item stays tight, as the list is.
        String indented = update.replaceAll("\n(?=.)", "\n  ");
        String below = INTERRUPTS.matcher(update).lookingAt() ? "\n  " : "\n\n  ";
        return "- " + subAction.id() + ":" + (LIST_START.matcher(update).lookingAt() ? below : " ") + indented;
    }

    /**
     * The item for sub-action {@code id} as {@link #item(SubAction, String)} words it now, where an earlier version
     * imported it with a blank line between the id and a list below it, whichever list it was.
     */
    private static String asWordedNow(String item, String id) {
        String loose = "- " + id + ":\n\n  ";
        String list = item.substring(Math.min(loose.length(), item.length()));
        return item.startsWith(loose) && INTERRUPTS.matcher(list).lookingAt() ? "- " + id + ":\n  " + list : item;
    }

    /**
     * Where the item for sub-action {@code id} starts in {@code lined}, a text with a line break put before it: the
     * break before its line {@code "- 2.3: ..."}, or {@code "- 2.3:"} where a list follows; -1 if it has none.
     */
    private static int itemAt(String lined, String id) {
        String start = "\n- " + id + ":";
        for (int at = lined.indexOf(start); at >= 0; at = lined.indexOf(start, at + 1)) {
            int after = at + start.length();
            if (after == lined.length() || lined.charAt(after) == ' ' || lined.charAt(after) == '\n') {
                return at;
            }
        }
        return -1;
    }

    /** The text of {@code recommendation}'s update for {@code period}, which an import adds its rows' pieces to. */
    static Optional<String> updateFor(Recommendation recommendation, ReportingPeriod period) {
        return recommendation.update(period).map(ProgressUpdate::text);
    }

    /**
     * The rows of {@code recommendation} whose pieces {@code update}, its update for a period, has, in plan order: its
     * own row (empty) where the update has its own text, then each sub-action whose item it has.
     */
    static List<Optional<SubAction>> rowsGiving(Recommendation recommendation, String update) {
        List<Optional<SubAction>> rows = new ArrayList<>();
        if (hasOwnText(update)) {
            rows.add(Optional.empty());
        }
        recommendation.subActions().stream().filter(subAction -> hasItem(update, subAction.id()))
                .forEach(subAction -> rows.add(Optional.of(subAction)));
        return rows;
    }

    /** Whether an update's text has its own row's text: an import's, of sub-actions' items only, starts with one. */
    static boolean hasOwnText(String update) {
        return !update.startsWith("- ");
    }

    /** What an update's text says of its own row, where it has its own text ({@link #hasOwnText}); else nothing. */
    static String ownText(String update) {
        return hasOwnText(update) ? beforeItems(update).strip() : "";
    }

    /** An update's text up to its sub-actions' items: the whole of it where it has none. */
    private static String beforeItems(String update) {
        int items = update.indexOf("\n\n- ");
        return items < 0 ? update : update.substring(0, items);
    }

    /** Whether an update's text has an item for sub-action {@code id}, as {@link #item(SubAction, String)} words it. */
    static boolean hasItem(String update, String id) {
        return itemAt("\n" + update, id) >= 0;
    }

    /**
     * Whether an update's text says a piece already: its own row's text at its start, or a sub-action's item, as
     * {@link #item(SubAction, String)} words it, in its list.
     */
    static boolean says(String update, Optional<String> subAction, String piece) {
        // Alike but for spaces and line breaks, as a copy saved again may give them (run 85 #5).
        return subAction.isEmpty() ? update.equals(piece) || update.startsWith(piece + "\n\n")
                || squeezed(beforeItems(update)).equals(squeezed(piece))
                : item(update, subAction.get()).map(item -> asWordedNow(item, subAction.get()))
                .filter(item -> squeezed(item).equals(squeezed(piece))).isPresent();
    }

    /**
     * Alike but for spaces and line breaks, and for the backslashes before emphasis markers: imports before this
     * version escaped a web address's "_" in angle brackets, which this one keeps as typed, so the same copy given
     * again to this one said otherwise of its own update (run 95 #1).
     */
    private static String squeezed(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("\\\\+(?=[*_])", "");
    }

    /**
     * {@code text} from a little before where it first differs from {@code other}, for a message to quote: two long
     * texts alike at their start would otherwise be quoted alike.
     */
    private static String whereApart(String text, String other) {
        int same = 0;
        while (same < text.length() && same < other.length() && text.charAt(same) == other.charAt(same)) {
            same++;
        }
        // from the start where that is seen, else from the word a little before
        int from = same <= Quote.SHOWN - 10 ? 0 : text.lastIndexOf(' ', same - 10) + 1;
        return Quote.single(Quote.shown((from > 0 ? "\u2026" : "") + text.substring(from)));
    }

    /**
     * The item for {@code subAction} in an update's text: its line {@code "- 2.3: ..."} and the indented ones after,
     * blank lines between them too.
     */
    private static Optional<String> item(String text, String subAction) {
        String lined = "\n" + text;
        int start = itemAt(lined, subAction);
        if (start < 0) {
            return Optional.empty();
        }
        int end = lined.indexOf('\n', start + 1);
        while (end >= 0 && (lined.startsWith("  ", end + 1) || lined.startsWith("\n  ", end + 1))) {
            end = lined.indexOf('\n', end + 2); // past the next line's start, or the blank line's
        }
        return Optional.of(lined.substring(start + 1, end < 0 ? lined.length() : end));
    }

    /**
     * {@code text} with the pieces after it: the first item a new paragraph, unless {@code text} ends in a list of
     * items already, and the rest of the items a list.
     */
    private static String joined(String text, boolean inList, List<Piece> pieces) {
        StringBuilder joined = new StringBuilder(text);
        boolean list = inList;
        for (Piece piece : pieces) {
            if (!joined.isEmpty()) {
                joined.append(list && piece.subAction().isPresent() ? "\n" : "\n\n");
            }
            joined.append(piece.text());
            list = piece.subAction().isPresent();
        }
        return joined.toString();
    }

    /**
     * Whether this import leaves {@code recommendation}'s owner as it is: then a sub-action's New owner naming the owner
     * it has from it already is no change. Where the recommendation's owner changes, that names who keeps the work.
     */
    private boolean keepsOwner(Recommendation recommendation) {
        Filled own = filled(new Key(recommendation.ref(), Optional.empty()));
        return own == null || own.newOwner().isEmpty() || own.newOwner().equals(recommendation.owner());
    }

    /** The plan with the rows applied, and what changed; its warnings are told, not given with it. */
    private ImportedUpdate apply(ActionPlan withAdditions, ReportingPeriod period, LocalDate date) {
        int progressChanges = 0;
        int completions = 0;
        int timescaleRevisions = 0;
        int updates = 0;
        int blockedChanges = 0;
        int assessmentChanges = 0;
        int ownerChanges = 0;
        List<Recommendation> recommendations = new ArrayList<>(plan.recommendations().size());
        // The period the plan reported on, where it moves on from it: an undated owner's assessment was given for it.
        Optional<ReportingPeriod> movedOnFrom = plan.reportedPeriod().filter(was -> !was.equals(period));
        for (Recommendation recommendation : withAdditions.recommendations()) {
            List<SubAction> subActions = new ArrayList<>(recommendation.subActions().size());
            boolean subActionsChanged = false;
            for (SubAction subAction : recommendation.subActions()) {
                Filled row = filled(new Key(recommendation.ref(), Optional.of(subAction.id())));
                SubAction updated = subAction;
                if (row != null) {
                    // Work added is counted as added: its progress and completion are where it starts, not changes.
                    int changed = row.added() ? 0 : 1;
                    if (row.progress().isPresent() && !row.progress().equals(subAction.progress())) {
                        updated = updated.withProgress(row.progress().get());
                        progressChanges += changed;
                    }
                    if (row.completedOn().isPresent() && !row.completedOn().equals(subAction.completedOn())) {
                        updated = updated.withCompletion(row.completedOn().get());
                        completions += subAction.completedOn().isEmpty() ? changed : 0;
                    }
                    if (row.newTimescale().isPresent() && !row.newTimescale().equals(subAction.due())) {
                        updated = updated.withRevisedDue(row.newTimescale().get());
                        timescaleRevisions++;
                    }
                    if (row.newOwner().isPresent() && !row.newOwner().equals(subAction.owner())
                            && !(row.newOwner().get().equals(PlanSummary.ownerOf(recommendation, subAction))
                            && keepsOwner(recommendation))) {
                        updated = SubAction.builder().from(updated).owner(row.newOwner()).build();
                        ownerChanges++;
                    }
                    Optional<String> blockedBy = blockedBy(row, subAction);
                    if (!blockedBy.equals(subAction.blockedBy())) {
                        updated = SubAction.builder().from(updated).blockedBy(blockedBy).build();
                        blockedChanges++;
                    }
                }
                subActionsChanged |= updated != subAction;
                subActions.add(updated);
            }
            Recommendation updated = subActionsChanged ? recommendation.withSubActions(subActions) : recommendation;
            Filled own = filled(new Key(recommendation.ref(), Optional.empty()));
            if (own != null) {
                if (own.progress().isPresent() && !own.progress().equals(recommendation.reportedProgress())) {
                    updated = updated.withReportedProgress(own.progress().get());
                    progressChanges++;
                }
                if (own.completedOn().isPresent() && !own.completedOn().equals(recommendation.completedOn())) {
                    updated = updated.withCompletion(own.completedOn().get());
                    completions += recommendation.completedOn().isEmpty() ? 1 : 0;
                }
                if (own.newTimescale().isPresent() && !own.newTimescale().equals(recommendation.deadline())) {
                    updated = updated.withRevisedDeadline(own.newTimescale().get());
                    timescaleRevisions++;
                }
                if (own.newOwner().isPresent() && !own.newOwner().equals(recommendation.owner())) {
                    // Work done stays with whoever did it: a completed sub-action with no owner of its own keeps the
                    // one it was completed under, named on it now; the open ones follow their recommendation.
                    Optional<String> was = recommendation.owner();
                    if (was.isPresent()) {
                        updated = updated.withSubActions(updated.subActions().stream().map(s -> s.owner().isEmpty()
                                && s.effectiveProgress().isComplete() ? SubAction.builder().from(s).owner(was).build()
                                : s).toList());
                    }
                    updated = Recommendation.builder().from(updated).owner(own.newOwner()).build();
                    ownerChanges++;
                }
                if (own.brag().isPresent()) {
                    // Given for this period, so that reports tell it from a rating given quarters ago and not since.
                    OwnerAssessment given = OwnerAssessment.of(Status.of(own.brag().get()), period);
                    if (!recommendation.assessment().equals(Optional.of(given))) {
                        updated = updated.withAssessment(given);
                        assessmentChanges++;
                    }
                }
            }
            updated = datedAssessment(updated, movedOnFrom);
            Optional<String> text = update(recommendation, period, false);
            if (text.isPresent()) {
                updated = updated.withUpdate(updated.update(period).map(ProgressUpdate.builder()::from)
                        .orElseGet(() -> ProgressUpdate.builder().period(period)).text(text.get()).build());
                updates++;
            }
            boolean news = text.isPresent() || own != null && own.givesFigure();
            if (movedOnFrom.isEmpty() && news && (own == null || own.brag().isEmpty())) {
                updated = withoutPublishedRating(updated);
            }
            recommendations.add(updated);
        }
        for (int i = 0; i < recommendations.size(); i++) {
            leftBehind(plan.recommendations().get(i), recommendations.get(i)).ifPresent(w -> told.add(lastPart, w));
            ownFigureKept(plan.recommendations().get(i), recommendations.get(i)).ifPresent(w -> told.add(lastPart, w));
            completesUntracked(plan.recommendations().get(i), recommendations.get(i)).ifPresent(w -> told.add(lastPart,
                    w));
            lateForDeadline(plan.recommendations().get(i), recommendations.get(i), date).forEach(w -> told.add(lastPart,
                    w));
            addedWithNoDueDate(recommendations.get(i)).forEach(w -> told.add(lastPart, w));
            // With the sub-actions added, whose rows' words may be pasted too.
            saidBefore(withAdditions.recommendations().get(i), period).forEach(w -> told.add(lastPart, w));
        }
        ActionPlan after = plan.withRecommendations(recommendations).withPeriod(period).withAsOf(date);
        // Against the plan as last reported, as the progress report's movements are: what went off track while the
        // owners wrote is a change too.
        SnapshotComparison comparison = SnapshotComparison.between(assessor.assess(plan,
                ImportedUpdate.lastReported(plan, date)),
                assessor.assess(after, date));
        comparison.changes().forEach(change -> blueButOpen(change, after).or(() -> ratedOpenButCompleted(change))
                .ifPresent(w -> told.add(lastPart, w)));
        return new ImportedUpdate(plan, after, period, date, progressChanges, completions, timescaleRevisions, updates,
                blockedChanges, assessmentChanges, ownerChanges, additions.size(), comparison, List.of());
    }

    /**
     * {@code recommendation} with an owner's assessment that names no period (a published plan's status, onboarded as
     * the plan stood) given {@code movedOnFrom}, the period the plan reported on, where it moves on from it: else
     * reports would show it, quarters later, as the owner's view now, beside work completed since.
     */
    private static Recommendation datedAssessment(Recommendation recommendation,
            Optional<ReportingPeriod> movedOnFrom) {
        return recommendation.assessment().filter(a -> a.period().isEmpty()).flatMap(a -> movedOnFrom.map(p ->
                recommendation.withAssessment(OwnerAssessment.builder().from(a).period(p).build())))
                .orElse(recommendation);
    }

    /**
     * {@code recommendation} without an owner's assessment that names no period (a published plan's status, onboarded
     * as the plan stood), for an import of the period the plan was published in that brings news of the item and no
     * rating: the news is later, and the status, which no earlier period can be given for, would otherwise stand for
     * the period as the owner's view, beside the news and beside work completed since. The plan it was imported into
     * keeps it, and a progress report from that plan shows it as the status then.
     */
    private static Recommendation withoutPublishedRating(Recommendation recommendation) {
        return recommendation.assessment().filter(a -> a.period().isEmpty()).map(a -> Recommendation.builder()
                .from(recommendation).assessment(Optional.empty()).build()).orElse(recommendation);
    }

    /**
     * A warning at each row of {@code recommendation} whose update of {@link #PASTED_WORDS} words or more says word for
     * word, whatever the case and spacing, what one the plan has for a period before {@code period} says, the latest
     * that does: its own text, or from its start, or a sub-action's item, whichever row it was typed on; or that starts
     * with the Last update column's heading. Pasted from an earlier copy, or from Last update, it would be recorded as
     * news of this period, and the item no longer await an update (run 74 #1, run 75 #3).
     */
    private List<WorkbookProblem> saidBefore(Recommendation recommendation, ReportingPeriod period) {
        List<ProgressUpdate> earlier = recommendation.updates().stream().filter(update -> update.period()
                .compareTo(period) < 0).sorted(Comparator.comparing(ProgressUpdate::period).reversed()).toList();
        List<WorkbookProblem> warnings = new ArrayList<>();
        List<Said> said = new ArrayList<>(); // each earlier update's words, found once for every row
        for (Piece piece : pieces(recommendation)) {
            Given row = piece.row().orElseThrow();
            String typed = row.row().update().orElseThrow();
            String recorded = ", and it is recorded as the update for " + period + ": if it was ";
            // Of any period before this one, in any case, as Last update shows one item's or another's (run 77 #5).
            Optional<String> heading = UpdateWorkbookWriter.headingAtStart(typed).filter(start -> start.getValue()
                    .compareTo(period) < 0).map(Map.Entry::getKey);
            String words = words(piece.subAction().map(id -> withoutItsId(typed, id)).orElse(typed));
            boolean pasted = words.split(" ").length >= PASTED_WORDS;
            if (pasted && said.isEmpty()) {
                earlier.forEach(update -> said.add(Said.of(update, recommendation)));
            }
            Optional<String> saying = pasted ? said.stream().flatMap(update -> update.saying(words).stream())
                    .findFirst() : Optional.empty();
            Optional<String> warning = heading.map(start -> "starts " + Quote.single(start) + ", the heading of "
                    + UpdateColumn.LAST_UPDATE.header() + ", what was said last time" + recorded + "copied from there,"
                    + " type what happened this period instead").or(() -> saying.map(before -> "says word for word"
                    + " what " + before + recorded + "pasted from an earlier copy, type what happened this period"
                    + " instead"));
            warning.ifPresent(text -> warnings.add(inCopy(WorkbookProblem.warning(row.copy().cell(row.row(),
                    UpdateColumn.UPDATE), Optional.of(row.row().item(new Key(recommendation.ref(), piece.subAction()))),
                    UpdateColumn.UPDATE.header() + ": " + text), row.copy())));
        }
        return warnings;
    }

    /**
     * An earlier update's words ({@link #words}), whole and of each sub-action's item. Whole texts and items are
     * compared, not any run of words, so that no text a cell can hold takes long to compare.
     */
    private record Said(ProgressUpdate update, String whole, Map<String, String> items) {
        static Said of(ProgressUpdate update, Recommendation recommendation) {
            Map<String, String> items = new LinkedHashMap<>();
            recommendation.subActions().forEach(subAction -> item(update.text(), subAction.id()).ifPresent(item ->
                    items.put(subAction.id(), words(withoutItsId(item, subAction.id())))));
            return new Said(update, words(update.text()), items);
        }

        /**
         * Where this update says {@code words}, as a warning names it: its whole text or its start, or a sub-action's
         * item; none where it does not.
         */
        Optional<String> saying(String words) {
            String says = "the plan's update for " + update.period().displayName() + " (" + update.period() + ") says";
            if (whole.equals(words) || whole.startsWith(words + " ")) {
                return Optional.of(says);
            }
            return items.entrySet().stream().filter(item -> item.getValue().equals(words)).findFirst()
                    .map(item -> says + " of " + item.getKey());
        }
    }

    /**
     * A text's words, lower case, one space between each, without the full stops that end them: how two texts that say
     * the same are told alike, one of them with its last full stop left out.
     */
    private static String words(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+")).replace(". ", " ")
                .replaceFirst("\\.$", "");
    }

    /**
     * A sub-action's update without its id before it: as an update's item has it ({@link #item(SubAction, String)},
     * "- 5.1: Policy drafted."), or as Last update shows it ("• 5.1: ..."), copied from there whole (run 77 #5).
     */
    private static String withoutItsId(String update, String id) {
        String text = update.strip();
        for (String bullet : List.of("• ", "- ", "")) {
            if (text.startsWith(bullet + id + ":")) {
                return text.substring(bullet.length() + id.length() + 1);
            }
        }
        return update;
    }

    /**
     * A warning where a recommendation's owner rated it Blue, complete, in this import, but it is not: most likely its
     * owner forgot to say so on its row, or meant another rating.
     */
    private Optional<WorkbookProblem> blueButOpen(ItemChange change, ActionPlan after) {
        Given row = given.get(new Key(change.ref(), Optional.empty()));
        if (row == null || row.row().brag().filter(Brag.BLUE::equals).isEmpty() || change.after() == Status.COMPLETE) {
            return Optional.empty();
        }
        WorkbookProblem warning = WorkbookProblem.warning(row.copy().cell(row.row(), UpdateColumn.BRAG),
                Optional.of(Item.of(change.ref())), UpdateColumn.BRAG.header() + ": Blue means complete, but "
                        + change.ref()
                + " is not: " + (after.recommendation(change.ref()).filter(Recommendation::progressReported)
                        .isPresent() ? "its progress is " + change.progressAfter().displayText() + " and it has"
                        : "it has no progress reported and") + " no completion"
                + " date; if it is done, type the day it was finished in " + UpdateColumn.COMPLETED_ON.header()
                + " on its row (its progress is then 100), and if not, choose Red, Amber or Green");
        return Optional.of(inCopy(warning, row.copy()));
    }

    /**
     * A warning where this import completes a recommendation, on its own row or by its sub-actions all complete now,
     * while its owner, in the same copy, rates it Red, Amber or Green: they say the work goes on (trial 65 F5, run 67
     * #11).
     */
    private Optional<WorkbookProblem> ratedOpenButCompleted(ItemChange change) {
        Given row = given.get(new Key(change.ref(), Optional.empty()));
        if (row == null || row.row().brag().isEmpty() || row.row().brag().get() == Brag.BLUE
                || change.after() != Status.COMPLETE || change.before() == Status.COMPLETE) {
            return Optional.empty();
        }
        boolean ownRow = row.row().finished();
        WorkbookProblem warning = WorkbookProblem.warning(row.copy().cell(row.row(), UpdateColumn.BRAG),
                Optional.of(Item.of(change.ref())), UpdateColumn.BRAG.header() + ": "
                + row.row().brag().get().displayName() + " says the work goes on, but this import completes "
                + change.ref() + (ownRow ? ", as its row says" : ", as its sub-actions are all complete") + "; if work"
                + " is left, " + (ownRow ? "clear its completion, or " : "") + "add it as a sub-action on the "
                + NewSubActionsSheet.NAME + " sheet, and if not, choose Blue");
        return Optional.of(inCopy(warning, row.copy()));
    }

    /**
     * A warning for each sub-action this import gave a new timescale, or added with one, that ends after its
     * recommendation's own deadline: the recommendation will be late too unless its owner gives it a new timescale as
     * well. And one for each sub-action added, or given a new timescale, that moves the due date of a recommendation
     * with no timescale of its own, which is its last sub-action's: neither should move it unnoticed. Nor should a new
     * timescale of its last sub-action, earlier or of no date ("Ongoing"), that moves it back to another's, perhaps
     * passed by {@code date}.
     */
    private List<WorkbookProblem> lateForDeadline(Recommendation before, Recommendation after, LocalDate date) {
        Optional<LocalDate> deadline = after.deadline().flatMap(Timescale::dueDate);
        // Without a deadline of its own it is due when its last sub-action is, which work added later moves.
        Optional<LocalDate> dueBefore = before.dueDate();
        List<WorkbookProblem> warnings = new ArrayList<>();
        boolean moved = false;
        for (SubAction subAction : after.subActions()) {
            Key key = new Key(after.ref(), Optional.of(subAction.id()));
            Given row = given.get(key);
            boolean added = row != null && row.row().added();
            Optional<LocalDate> due = subAction.due().flatMap(Timescale::dueDate);
            if (row == null || !added && row.row().newTimescale().isEmpty() || due.isEmpty()) {
                continue;
            }
            String timescale = (added ? "the timescale " : "the new timescale ") + Quote.single(subAction.due().get()
                    .text());
            String warning;
            if (deadline.isPresent() && due.get().isAfter(deadline.get())) {
                // A deadline passed already is no longer a plan: say so, not "unless it is to be late".
                warning = timescale + " ends after " + Dates.shortDate(deadline.get()) + ", recommendation "
                        + after.ref() + "'s own deadline (" + Quote.single(after.deadline().get().text()) + ")"
                        + (deadline.get().isBefore(date) ? ", which passed " + java.time.temporal.ChronoUnit.DAYS
                        .between(deadline.get(), date) + " days before " + Dates.shortDate(date) + "; its owner gives"
                        + " it a new timescale on its own row, to say when it will be done"
                        : "; unless the recommendation is to be late too, its owner gives it a new timescale on its own"
                        + " row");
            } else if (deadline.isEmpty() && dueBefore.isPresent() && due.get().isAfter(dueBefore.get())
                    && after.dueDate().equals(due) && !moved) {
                moved = true; // one warning for the move, at the first sub-action that makes it
                warning = timescale + " moves recommendation " + after.ref() + "'s due date from " + Dates.shortDate(
                        dueBefore.get()) + " to " + Dates.shortDate(due.get()) + ": with no timescale of its own, it is"
                        + " due when its last sub-action is" + (added ? "; if its work was not meant to take longer,"
                        + " give this an earlier timescale" : ", so its revision moves the recommendation's too");
            } else {
                continue;
            }
            warnings.add(warning(row, key, added ? UpdateColumn.TIMESCALE : UpdateColumn.NEW_TIMESCALE, warning));
        }
        Optional<LocalDate> dueAfter = after.dueDate();
        if (deadline.isEmpty() && !moved && dueBefore.isPresent() && dueAfter.filter(d -> !d.isBefore(dueBefore
                .get())).isEmpty()) {
            movedBack(before, after, dueBefore.get(), dueAfter, date).ifPresent(warnings::add);
        }
        return warnings;
    }

    /**
     * The warning for the new timescale of the sub-action {@code before} was due by last, {@code dueBefore}, that
     * moved the due date of its recommendation, which has no deadline of its own, back to an earlier sub-action's, or
     * to none ({@code due}, the recommendation's now): the recommendation may now be overdue, or never due, though its
     * owner meant the work to go on.
     */
    private Optional<WorkbookProblem> movedBack(Recommendation before, Recommendation after, LocalDate dueBefore,
            Optional<LocalDate> due, LocalDate date) {
        for (SubAction subAction : after.subActions()) {
            Key key = new Key(after.ref(), Optional.of(subAction.id()));
            Given row = given.get(key);
            boolean wasLast = before.subActions().stream().filter(s -> s.id().equals(subAction.id())).findFirst()
                    .flatMap(SubAction::due).flatMap(Timescale::dueDate).equals(Optional.of(dueBefore));
            if (row == null || row.row().newTimescale().isEmpty() || !wasLast || subAction.due().isEmpty()) {
                continue;
            }
            Timescale revised = subAction.due().get();
            boolean passed = due.filter(d -> d.isBefore(date)).isPresent();
            String warning = "the new timescale " + Quote.single(revised.text()) + " moves recommendation "
                    + after.ref() + "'s due date " + due.map(d -> "back from " + Dates.shortDate(dueBefore) + " to "
                    + Dates.shortDate(d) + (passed ? ", a day already past" : "")).orElse("from "
                    + Dates.shortDate(dueBefore) + " to none, so it can never be late") + ": with no timescale of its"
                    + " own, it is due when its last sub-action with a date is" + (revised.dueDate().isEmpty()
                    ? ", and " + Quote.single(revised.text()) + " gives none; if the work goes on, give this a date by"
                    + " which it will be done" : "; if it is not to be due then, give this a later timescale");
            return Optional.of(warning(row, key, UpdateColumn.NEW_TIMESCALE, warning));
        }
        return Optional.empty();
    }

    /**
     * A warning for each sub-action added with no timescale and still to be done: with no due date, core never finds it
     * late, so it would be on track for as long as it took, and hold its recommendation's progress down unnoticed.
     */
    private List<WorkbookProblem> addedWithNoDueDate(Recommendation after) {
        List<WorkbookProblem> warnings = new ArrayList<>();
        for (SubAction subAction : after.subActions()) {
            Key key = new Key(after.ref(), Optional.of(subAction.id()));
            Given row = given.get(key);
            // Under a recommendation with a deadline it is due with it, as core assesses it.
            if (row != null && row.row().added() && subAction.due().isEmpty()
                    && !subAction.effectiveProgress().isComplete() && after.deadline().flatMap(Timescale::dueDate)
                    .isEmpty()) {
                warnings.add(warning(row, key, UpdateColumn.TIMESCALE, UpdateColumn.TIMESCALE.header() + " is blank,"
                        + " so the new sub-action has no due date: it can never be late, and is on track however long"
                        + " it takes; " + row.copy().examples().timescaleAllowed() + " for work with no end"));
            }
        }
        return warnings;
    }

    /**
     * Tells the warnings the rows read would give once applied (a timescale that moves a due date), where the copies
     * have errors too: every problem at once, not those behind an error in another cell one run later. Only those of
     * recommendations with no error, whose rows are all read: an error's row may hold work the import refuses, which
     * the plan applied would have. None where an error is of a whole copy, whose rows are not read.
     */
    private void warnAsIfApplied(ActionPlan withAdditions, ReportingPeriod period, LocalDate date) {
        List<WorkbookProblem> errors = told.kept(Severity.ERROR);
        if (errors.size() >= Problems.MOST || errors.stream().anyMatch(e -> e.ref().isEmpty()
                && e.cellReference().isEmpty())) {
            return;
        }
        Set<Optional<String>> refused = errors.stream().map(WorkbookProblem::ref).collect(Collectors.toSet());
        Problems kept = told;
        told = new Problems();
        try {
            apply(withAdditions, period, date);
        } catch (RuntimeException e) { // the rows read make no plan: the errors say why
            told = kept;
            return;
        }
        Problems applied = told;
        told = kept;
        applied.kept(Severity.WARNING).stream().filter(w -> w.ref().isPresent() && !refused.contains(w.ref()))
                .forEach(w -> told.add(lastPart, w));
    }

    /**
     * A warning where this import completed a recommendation none of whose sub-actions has a progress or a completion
     * date: each is complete with it, as in a plan that counts its actions and no more, though the copy showed them
     * open, with their statuses, perhaps off track. Core says nothing of it, as nothing is tracked to contradict it.
     */
    private Optional<WorkbookProblem> completesUntracked(Recommendation before, Recommendation after) {
        Key key = new Key(after.ref(), Optional.empty());
        Given row = given.get(key);
        if (row == null || before.progress().isComplete() || !after.progress().isComplete()
                || after.subActions().isEmpty() || after.subActionsTracked()) {
            return Optional.empty();
        }
        List<String> ids = after.subActions().stream().map(SubAction::id).toList();
        return Optional.of(warning(row, key, after.completedOn().isPresent() ? UpdateColumn.COMPLETED_ON
                : UpdateColumn.PROGRESS, after.name() + " is complete, and so " + (ids.size() == 1 ? "is its sub-action "
                : "are its sub-actions ") + Quote.firstNamed(ids, 6) + " with it, none of which has a progress"
                + " recorded; if one is not done, type its progress on its row"));
    }

    /**
     * A warning where this import completed a recommendation's last open sub-actions but left its own progress, which
     * the plan reports instead of its sub-actions', below 100%: the owner most likely forgot its own row.
     */
    private Optional<WorkbookProblem> leftBehind(Recommendation before, Recommendation after) {
        Optional<Percent> own = after.reportedProgress().filter(p -> !p.isComplete());
        if (own.isEmpty() || after.completedOn().isPresent() || !after.everySubActionComplete()
                || before.everySubActionComplete()) {
            return Optional.empty();
        }
        Key key = new Key(after.ref(), Optional.empty());
        warnedOf.add(key.item().toString()); // core's warning of the progress left says the same
        String warning = "every sub-action is now complete, but the recommendation's own progress is still "
                + own.get().preciseText() + "; if it is done too, ";
        Optional<UpdateReader> copy = ownRowCopy(key, after);
        if (copy.isEmpty()) { // no cell to name the recommendation, so the message does
            return Optional.of(WorkbookProblem.warning(Place.WORKBOOK, Optional.of(Item.of(after.ref())), "every"
                    + " sub-action of " + after.name() + " is now complete, but its own progress is still "
                    + own.get().preciseText() + "; if it is done too, its owner, "
                    + Quote.singleName(PlanSummary.ownerOf(after)) + ", types 100 and the day it was finished on its"
                    + " own"
                    + " row, in their copy of the workbook, which this import was not given"));
        }
        WorkbookProblem problem = WorkbookProblem.warning(copy.get().ownRowCell(key, UpdateColumn.PROGRESS),
                Optional.of(Item.of(after.ref())), warning + "type 100 and the day it was finished on its own row");
        return Optional.of(inCopy(problem, copy.get()));
    }

    /**
     * A warning where this import moved a recommendation's sub-actions on but left the progress of its own that the
     * plan holds, which reports show instead of theirs, and which its owner's row did not give: a tracker's figure
     * for the whole, say, kept as the plan's, which owners told to give progress on the sub-actions' rows never
     * change (run 114 #1). {@link #leftBehind} tells of one left below 100% by sub-actions all complete.
     */
    private Optional<WorkbookProblem> ownFigureKept(Recommendation before, Recommendation after) {
        // One of 100% with work open is core's to warn of.
        Key key = new Key(after.ref(), Optional.empty());
        Filled row = filled(key);
        if (!UpdateWorkbook.keepsFigureApart(after) || !after.reportedProgress().equals(before.reportedProgress())
                || row != null && row.progress().isPresent() || after.completedOn().isPresent()
                || after.everySubActionComplete() || after.subActionsProgress().equals(before.subActionsProgress())) {
            return Optional.empty();
        }
        String warning = "its sub-actions come to " + after.subActionsProgress().orElseThrow().displayText() + " now,"
                + " but " + after.name() + " keeps the progress of its own the plan holds, " + after.reportedProgress()
                .orElseThrow().displayText() + ", which the reports show instead; ";
        // The same figure typed again says it stands: a plan that keeps figures of its own on purpose is told once
        // a quarter, where its owner's row confirms each (run 117 #3); no way out of the plan is offered, as there
        // is none in a workbook (#2).
        Optional<UpdateReader> copy = ownRowCopy(key, after);
        if (copy.isEmpty()) { // their copy still to come, or imported already (#5)
            return Optional.of(WorkbookProblem.warning(Place.WORKBOOK, Optional.of(Item.of(after.ref())), warning
                    + "its owner, " + Quote.singleName(PlanSummary.ownerOf(after)) + ", gives its progress now on its"
                    + " own row of their copy of the workbook, the same figure if it stands"));
        }
        WorkbookProblem problem = WorkbookProblem.warning(copy.get().ownRowCell(key, UpdateColumn.PROGRESS),
                Optional.of(Item.of(after.ref())), warning + "type its progress now on its own row, the same figure"
                        + " if it stands");
        return Optional.of(inCopy(problem, copy.get()));
    }

    /** The copy whose owner fills in {@code key}'s own row: the one it was filled in in, else the first that has it. */
    private Optional<UpdateReader> ownRowCopy(Key key, Recommendation recommendation) {
        return Optional.ofNullable(given.get(key)).map(Given::copy)
                .or(() -> read.stream().filter(c -> c.fillsIn(recommendation)).findFirst());
    }

    /**
     * A warning about {@code key}, at the cell of {@code column} on the row that filled it in, in its copy; about the
     * row's item ({@link Filled#item}), and kept as one about {@code key} itself, whose warnings of core's it says.
     */
    private WorkbookProblem warning(Given row, Key key, UpdateColumn column, String message) {
        warnedOf.add(key.item().toString());
        return inCopy(WorkbookProblem.warning(row.copy().cell(row.row(), column), Optional.of(row.row().item(key)),
                message), row.copy());
    }

    private Filled filled(Key key) {
        Given row = given.get(key);
        return row == null ? null : row.row();
    }

    /** Who a sub-action waits on after the row: Yes/No and Blocked by as the owner gave them. */
    static Optional<String> blockedBy(Filled row, SubAction subAction) {
        if (row.blocked().isPresent() && !row.blocked().get()) {
            return Optional.empty();
        }
        if (row.blockedBy().isPresent()) {
            return row.blockedBy();
        }
        return subAction.blockedBy();
    }
}
