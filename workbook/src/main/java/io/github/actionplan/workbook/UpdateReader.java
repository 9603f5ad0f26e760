package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.internal.SubActionIds;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.validation.Severity;
import io.github.actionplan.workbook.WorkbookProblem.Item;
import io.github.actionplan.workbook.WorkbookProblem.Place;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One filled update workbook, or one returned copy of it, read: the rows its owners filled in, each checked
 * on its own, and the problems of its cells. {@link ReturnedCopies} applies them to the plan.
 */
final class UpdateReader {

    /** An update that begins by saying the work is done: "Done", "Complete.", "Completed in August", "Finished". */
    private static final Pattern SAYS_DONE = Pattern.compile("(?:(?:completed|done|finished|closed)\\b|complete\\W*$)",
            Pattern.CASE_INSENSITIVE);
    /** The most of another plan's title a refusal shows: enough to tell one service's plans apart. */
    private static final int TITLE_SHOWN = 120;

    /** Where new work goes, rather than in a row's Ref or Id. */
    private static final String ADD_WORK = "to add a sub-action, fill in a row of the " + NewSubActionsSheet.NAME
            + " sheet, and to add a recommendation, add it to the plan and write the workbook again";

    /** What to do about a row whose Ref or Id the plan does not have, a changed one or one added by hand. */
    private static final String KEEP_KEYS = "the " + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header()
            + " columns must keep what the workbook was written with; " + ADD_WORK;

    /** Where what is said on a row of work the plan closed before the period goes: it has no cells to fill in. */
    private static final String CLOSED_ROW = "the plan has the row's work completed before this period, so the row has"
            + " no cells to fill in: where the work is not done, have the completion taken out of the plan first";

    /** Rows an owner may add to the Updates sheet beyond twice the plan's own, before it is refused. */
    private static final int SPARE_ROWS = 10_000;

    /**
     * The most items gone and new an import compares to find renames, each one fingerprint worked out: some 20,000 a
     * second. A plan's edits rename a few items; a file whose every ref was changed would take minutes.
     */
    private static final int MOST_RENAME_COMPARISONS = 20_000;
    /** The most notes on a sheet told one by one: a copy annotated throughout needs no more to be seen so. */
    private static final int MOST_NOTES = 20;
    /** Text as a formula is typed: "=W5", "=SUM(…", "=\"Survey \"&…", not "= 50%" nor "==". */
    private static final Pattern FORMULA_LIKE = Pattern.compile("=[^\\s=].*", Pattern.DOTALL);
    /** The most cells of a copy of a sheet named, where it holds what the sheet does not. */
    private static final int NAMED_CELLS = 5;
    /** The most owners a new owner's warning names as the one meant. */
    private static final int MOST_MEANT = 3;
    /** A line of a numbered list, as plain text shows one: its indent, then its number, a dot and a space. */
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?m)^([ \\t]*)[0-9]{1,9}\\. ");

    /**
     * The most JSON the searches of a plan changed since the export (renames, owners alone, rewordings) fingerprint,
     * some quarter of a second's work: each tries items over and over, and an item may be megabytes (trial 59: a Plan
     * sheet forged to list 10,000 items gone took 14 minutes). Past it, a search finds nothing more, and rows it would
     * have read are refused as changed or removed, as without it.
     */
    private static final long MOST_TRIAL_BYTES = 32L << 20;

    private final ActionPlan plan;
    private final PlanIdentity.Fingerprints fingerprints;
    private final Optional<LocalDate> asOf;
    private final Map<String, Recommendation> byRef = new HashMap<>();
    /** Where its problems are told, with every other copy's, and the part of them its own are. */
    private final Problems told;
    private final int part;
    /** The name its problems are given: each names its copy. */
    private final String named;
    /**
     * The problems of the row being read, before they are told: a row's checks may take back what they found, and
     * only a row's are kept here, so that a copy of thousands of faulty rows keeps no more than the import tells.
     */
    private final List<WorkbookProblem> problems = new ArrayList<>();
    /** How many errors of this copy were told. */
    private long errors;
    private final Map<Key, Filled> filled = new LinkedHashMap<>();
    /** Whether a row's Ref or Id was refused as retyped: the row of the item it was is not gone, but refused. */
    private boolean keyRetyped;
    /** The items the workbook was written with a row for, as its Plan sheet lists them; none in an older one. */
    private Set<Key> written = Set.of();
    /** A sheet's header row found without Ref or its second key column, the problem saying so. */
    private final Map<String, WorkbookProblem> withoutKeys = new HashMap<>();
    /** The columns of each sheet read that have a header, of the workbook's or not. */
    private final Map<String, Set<Integer>> headed = new HashMap<>();
    /** By sheet, the columns headed as one of the workbook's that comes before them: the column read, by index. */
    private final Map<String, Map<Integer, Integer>> seconds = new HashMap<>();
    /** The item of each row read ("Updates!12"), that a note on the row is told about. */
    private final Map<String, Item> rowItems = new HashMap<>();
    /**
     * The plan's refs by what {@link #meant} compares: each ref and name squashed, and each ref {@link #bare} after a
     * NUL, which no squashed text holds; made when first needed.
     */
    private Map<String, Set<String>> alikeRefs;
    /** The plan's items by what their rows' hidden Row key cells hold ("2 / 2.1"); made when first needed. */
    private Map<String, Key> byRowKey;
    /** The row of each recommendation's own row. */
    private final Map<Key, Integer> rowOf = new HashMap<>();
    /** The rows of each item on the Updates sheet, and whether each was filled in: one, unless a row was added. */
    private final Map<Key, List<Map.Entry<Integer, Boolean>>> rowsOf = new LinkedHashMap<>();
    /** The rows read by their Ref and Id though a hidden Row key does not say their item, with the item; told once. */
    private final Map<Integer, Key> keysApart = new LinkedHashMap<>();
    /** Each row whose Ref and Id say one item (the key) while its words and hidden Row keys say another (the value). */
    private final List<Map.Entry<Key, Key>> refsApart = new ArrayList<>();
    /** Whose each item's row on the Updates sheet was, as its grey Owner cell shows: the owner then, not now. */
    private final Map<Key, String> shownOwners = new HashMap<>();
    private Map<UpdateColumn, Integer> columns;
    /** The New sub-actions sheet's columns, once its header row is read. */
    private Map<UpdateColumn, Integer> addedColumns;
    /** Each row whose Last update is not as written, and its warning: none where it shows another row's. */
    private final List<LastUpdateOff> lastUpdatesOff = new ArrayList<>();
    /** Each recommendation's Last update as its row shows it, squeezed, to its key; worked out when first needed. */
    private Map<String, Key> lastUpdates;
    /** The links on the cells of the sheet being read to addresses outside the workbook, and those cells' texts. */
    private List<UntrustedWorkbook.Link> links = List.of();
    private final Map<String, String> linkedText = new HashMap<>();
    /** The New sub-actions sheet's name: its own, or the one its owner renamed it to. */
    private String addedSheet = NewSubActionsSheet.NAME;
    /** The Updates sheet's name: its own, or the one its owner renamed it to. */
    private String updates = UpdateWorkbookWriter.UPDATES;
    /** The sheet being read. */
    private String sheet = UpdateWorkbookWriter.UPDATES;
    /** The sub-actions its owners add, checked, in the sheet's order, by {@link Added#work()}; none in the plan. */
    private final Map<List<String>, Added> added = new LinkedHashMap<>();
    private int headerRow;
    private PlanIdentity identity;
    /** The owners the plan names, in plan order; made when first needed. */
    private List<String> owners;
    /** The new owners warned of, as {@link #ownerKey} has them: once a copy, at the first cell naming each. */
    private final Set<String> newOwners = new HashSet<>();
    /**
     * The names of new owners typed in this copy and those read before it in the same import, as {@link #ownerKey} has
     * them, each with the name as first typed and the copy it is in: each a copy of their own from next quarter.
     */
    private final Map<String, NewName> newNames;
    /** The date the import gives the plan: the one given to it, else the workbook's. */
    private LocalDate reportingDate;
    /** The row read's cells with its blank cells filled in a rating's colour; empty where it has none. */
    private Map<Integer, CellContent> colouredBlanks = Map.of();
    /** The items changed or added since the workbook was written: none where the plan is as it was then. */
    private Set<Key> changed = Set.of();
    /**
     * The recommendations changed since the export, or with a sub-action changed or added, whoever's rows they are:
     * none if the plan is as it was.
     */
    private Set<String> movedSinceExport = Set.of();
    /** The items the workbook has a row for that the plan no longer has: removed since it was written. */
    private Set<Key> removedSince = Set.of();
    /**
     * The items the workbook has a row for that the plan has under another ref or id, each with the key it has now:
     * renamed since it was written, and as they were in all else (trial 53 F5).
     */
    private Map<Key, Key> renamedTo = Map.of();
    /** {@link #renamedTo} the other way: each renamed item's key now, with its key in the workbook. */
    private Map<Key, Key> renamedFrom = Map.of();
    /** What the searches of a changed plan may still fingerprint, in bytes of JSON ({@link #MOST_TRIAL_BYTES}). */
    private long trialBytes = MOST_TRIAL_BYTES;
    /** The size of each item of the plan tried so far ({@link PlanIdentity#size}), worked out once. */
    private final Map<Object, Integer> trialSizes = new IdentityHashMap<>();
    /** Of those, the sub-actions added since: the workbook does not list them. */
    private Set<Key> addedSince = Set.of();
    /**
     * Of the items changed since the workbook was written, those whose owner alone changed, each with the owner it had
     * then (none where it had none of its own): what their rows say of the work still holds (trial 53 F6).
     */
    private Map<Key, Optional<String>> ownerAsExported = Map.of();
    /**
     * Of the items changed since the workbook was written, those whose words alone changed (its text, notes or owner,
     * as {@link PlanIdentity#figures} tells), where the workbook lists what each said of where it stood.
     */
    private Set<Key> wordingAlone = Set.of();
    /** Of the changed items the copy lists, those the plan has under another ref or id, with the key each has now. */
    private Map<Key, Key> movedSince = Map.of();
    /** Of the items the copy lists, as they were, those with a twin put in since, with the twin's key. */
    private Map<Key, Key> twinSince = Map.of();
    /** Of those and the ones whose owner alone changed, the ones whose row this copy fills in, read with a warning. */
    private final Set<Key> readThoughChanged = new HashSet<>();
    /** The items of this copy's owner, or of every owner, that it has no row of: added, or given to them, since. */
    private Set<Key> newToCopy = Set.of();
    /** The items it would show, greyed, that it has no row of: others', above or beside an item new to it. */
    private Set<Key> shownSince = Set.of();
    private boolean planChanged;
    /**
     * The Status and Reason of each item's row as the workbook showed them (the plan as exported, at the workbook's
     * date, by its rule); worked out when first needed.
     */
    private Map<Key, Map<UpdateColumn, String>> exportedStatuses;
    /** The rows of changed items that say what the plan does already, every cell: a copy imported before. */
    private final Set<Key> alreadyImported = new LinkedHashSet<>();
    /** Whether a row filled in says something the plan does not, or adds work: what an import of it would change. */
    private boolean saysAnew;
    private boolean changedRowFilled;
    /**
     * Where an item's cells to fill in, its hidden Row key among them, may have been cut and pasted to another row:
     * the row of each item whose Row key is blank and nothing filled in (cut from?), and of each whose Row key names an
     * item its Ref and Id, or its blank grey words, do not (pasted to?). The problems of such rows are held until the
     * sheet is read whole, when what happened is known, and told at the places they were found.
     */
    private final Map<Key, Integer> cutFrom = new HashMap<>();
    private final Map<Key, Integer> pastedTo = new HashMap<>();
    /** How many rows' hidden Row keys name each item: more than one, and one was copied, not sorted or moved. */
    private final Map<Key, Integer> keyedRows = new HashMap<>();
    private final List<Held> held = new ArrayList<>();

    /**
     * A reader of a workbook of {@code plan}, whose {@code fingerprints} it shares with the other copies' readers, and
     * whose problems are told in {@code told} as {@code part} of them, each naming the workbook {@code named}.
     */
    UpdateReader(ActionPlan plan, PlanIdentity.Fingerprints fingerprints, Optional<LocalDate> asOf, Problems told,
            int part, String named, Map<String, NewName> newNames) {
        this.newNames = newNames;
        this.plan = plan;
        this.fingerprints = fingerprints;
        this.asOf = asOf;
        this.told = told;
        this.part = part;
        this.named = named;
        plan.recommendations().forEach(r -> byRef.put(r.ref(), r));
    }

    /**
     * A sub-action an owner adds to the recommendation {@code ref}, to be given its id as it is added, and what they
     * filled in of its progress.
     */
    record Added(String ref, SubAction subAction, Filled row) {
        /** What tells one piece of work from another: its recommendation and its words. */
        List<String> work() {
            return List.of(ref, subAction.description().orElse(""));
        }
    }

    /** A new owner's name as first typed, and the copy it was typed in, as problems name it. */
    record NewName(String name, String copy) {}

    /** An item of the plan: a recommendation (no id) or one of its sub-actions. */
    record Key(String ref, Optional<String> id) {
        /** The id a sub-action added on the New sub-actions sheet is read under, until the import gives it one. */
        static final String NEW = "new sub-action";

        /**
         * The item as problems name it: an added sub-action's is its recommendation, as it has no id yet; its sheet
         * and messages say it is new.
         */
        Item item() {
            return new Item(ref, id.filter(i -> !i.equals(NEW)));
        }

        /** {@code "Rec 3 / 3.1"}, {@code "Rec 3"}: the item as messages name it. */
        String display() {
            return item().toString();
        }

        /** {@code "sub-action Rec 3 / 3.1"}, {@code "recommendation Rec 3"}: the item named with its kind. */
        String named() {
            return (id.isPresent() ? "sub-action " : "recommendation ") + display();
        }
    }

    /**
     * What an owner filled in on one row of {@code sheet}: the Updates sheet, or New sub-actions ({@code added}), as
     * named in the copy.
     */
    record Filled(String sheet, boolean added, int row, Optional<Percent> progress, Optional<LocalDate> completedOn,
            Optional<Timescale> newTimescale, Optional<String> newOwner, Optional<Boolean> blocked,
            Optional<String> blockedBy, Optional<Brag> brag, Optional<String> update) {
        /**
         * The item a problem at this row, of {@code key}'s, is about: on the New sub-actions sheet its recommendation,
         * as every problem on its rows is, though the import has given the sub-action its id by then: that id is in
         * the plan this import gives only, and another import may give it to other work.
         */
        Item item(Key key) {
            return added ? Item.of(key.ref()) : key.item();
        }

        /** Whether it gives its item a figure: a progress, or a completion date. */
        boolean givesFigure() {
            return progress.isPresent() || completedOn.isPresent();
        }

        /** Whether it says the work is finished: a completion date, or a progress of 100%. */
        boolean finished() {
            return completedOn.isPresent() || progress.filter(Percent::isComplete).isPresent();
        }

        /** What is in {@code column}; none where the cell was blank or the column is not filled in. */
        Optional<?> value(UpdateColumn column) {
            return switch (column) {
                case PROGRESS -> progress;
                case COMPLETED_ON -> completedOn;
                case NEW_TIMESCALE -> newTimescale;
                case NEW_OWNER -> newOwner;
                case BLOCKED -> blocked;
                case BLOCKED_BY -> blockedBy;
                case BRAG -> brag;
                case UPDATE -> update;
                default -> Optional.empty();
            };
        }

        /** What is in {@code column} as a message shows it: {@code 50%}, {@code 31 Aug 2025}, {@code blank}. */
        String shown(UpdateColumn column) {
            return value(column).map(value -> switch (value) {
                case Percent percent -> percent.preciseText();
                case LocalDate date -> Dates.shortDate(date);
                case Boolean yes -> yes ? "Yes" : "No";
                case Brag rating -> rating.displayName();
                case Timescale timescale -> Quote.single(timescale.text());
                case String text -> Quote.single(text);
                default -> String.valueOf(value);
            }).orElse("blank");
        }
    }

    /**
     * Reads {@code file}: its rows go to {@link #filled()}, the problems of its cells to those told.
     *
     * @throws InvalidWorkbookException where the file is no update workbook of this plan as it is, or cannot be
     *                                  read at all
     */
    void read(WorkbookFile file) throws InvalidWorkbookException {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, UntrustedWorkbook.Kind.UPDATE_COPY)) {
            workbook.openElsewhere().ifPresent(problems::add);
            workbook.macros().ifPresent(problems::add);
            workbook.trackedChanges().ifPresent(problems::add);
            workbook.externalLinks().ifPresent(problems::add);
            if (workbook.date1904()) {
                problems.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "is set to the 1904 date"
                        + " system (Excel for Mac's choice, or LibreOffice's Tools > Options > Calc > Calculate), so"
                        + " the dates written in it show 4 years and a day late; those typed are read as they show"));
            }
            identity = identify(workbook);
            // The plan reports on this date after the import, and nothing it holds can be completed after it.
            reportingDate = asOf.orElse(identity.reportingDate());
            updates = updatesSheet(workbook);
            addedSheet = addedSheet(workbook);
            sheet = updates;
            notRead(workbook);
            links = workbook.links(updates, MOST_NOTES);
            workbook.readSheet(updates, maxRows(), refusingMergedTyping(this::row), true);
            notes(workbook);
            tellHeld();
            tellKeysApart();
            tellLastUpdatesOff();
            refuseRepeatedRows();
            warnRowsMissing();
            if (workbook.hasSheet(addedSheet)) { // a workbook written before it has none
                sheet = addedSheet;
                links = workbook.links(addedSheet, MOST_NOTES);
                workbook.readSheet(addedSheet, NewSubActionsSheet.MAX_ROWS, refusingMergedTyping(this::addedRow));
                notes(workbook);
                if (addedColumns == null && withoutKeys.containsKey(addedSheet)) {
                    problems.add(withoutKeys.get(addedSheet));
                } else if (addedColumns == null) {
                    problems.add(WorkbookProblem.error(Place.sheet(addedSheet),
                            "has no header row with the columns "
                            + UpdateColumn.REF.header() + " and " + UpdateColumn.SUB_ACTION.header() + ", so the work"
                            + " on it cannot be read; put the header row back as written, or copy the rows into a"
                            + " workbook exported again"));
                }
            }
        }
        if (columns == null && withoutKeys.containsKey(updates)) {
            problems.add(withoutKeys.get(updates));
        } else if (columns == null) {
            problems.add(WorkbookProblem.error(Place.sheet(updates),
                    "has no header row with the columns "
                    + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header() + "; it is not an update workbook"
                    + " as written, or its header row was removed"));
        }
        tell();
    }

    /**
     * The name of the workbook's Updates sheet: "Updates", or, where it has none, the one sheet besides those the
     * workbook writes with it, which its owner renamed ("Q1 updates"), read with a warning; else "Updates", which the
     * read then finds missing, naming the sheets there are. Where there are several, only one with a row headed
     * Ref and Id could be it: a sheet of the owner's own notes beside the renamed one is no matter.
     */
    private String updatesSheet(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        if (workbook.hasSheet(UpdateWorkbookWriter.UPDATES)) {
            return UpdateWorkbookWriter.UPDATES;
        }
        List<String> others = workbook.sheetNames().stream().filter(name -> Stream.of(UpdateWorkbookWriter
                .INSTRUCTIONS, NewSubActionsSheet.NAME, PlanIdentity.SHEET).noneMatch(name::equalsIgnoreCase)).toList();
        if (others.size() > 1) {
            List<String> headed = new ArrayList<>();
            for (String name : others) {
                if (headed(workbook, name, UpdateColumn.REF, UpdateColumn.ID)) {
                    headed.add(name);
                }
            }
            others = headed;
        }
        if (others.size() != 1) {
            return UpdateWorkbookWriter.UPDATES;
        }
        problems.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "the sheet " + Quote.single(others
                .getFirst()) + " is read as the " + UpdateWorkbookWriter.UPDATES + " sheet, renamed, as the workbook"
                + " has no other that could be it"));
        return others.getFirst();
    }

    /**
     * The name of the workbook's New sub-actions sheet: its own, or, where it has none, the one other sheet with a row
     * headed Ref and Sub-action, and no Id, as only its header row is: renamed by its owner ("New work"), read with a
     * warning, as the work on it would otherwise be lost unsaid (run 79 #8).
     */
    private String addedSheet(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        if (workbook.hasSheet(NewSubActionsSheet.NAME)) {
            return NewSubActionsSheet.NAME;
        }
        List<String> headed = new ArrayList<>();
        for (String name : workbook.sheetNames()) {
            if (!name.equals(updates) && Stream.of(UpdateWorkbookWriter.INSTRUCTIONS, PlanIdentity.SHEET).noneMatch(
                    name::equalsIgnoreCase) && headed(workbook, name, UpdateColumn.REF, UpdateColumn.SUB_ACTION)
                    && !headed(workbook, name, UpdateColumn.ID)) {
                headed.add(name);
            }
        }
        if (headed.size() != 1) {
            headed.forEach(name -> problems.add(WorkbookProblem.warning(Place.sheet(name), Optional.empty(), "this"
                    + " sheet has the columns of the " + NewSubActionsSheet.NAME + " sheet, which the workbook has"
                    + " no more, but so " + (headed.size() == 2 ? "does another" : "do others") + ", so nothing on it"
                    + " is read; name the one with new work on it '" + NewSubActionsSheet.NAME + "' again")));
            return NewSubActionsSheet.NAME;
        }
        problems.add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "the sheet " + Quote.single(headed
                .getFirst()) + " is read as the " + NewSubActionsSheet.NAME + " sheet, renamed, as the workbook has no"
                + " other that could be it"));
        return headed.getFirst();
    }

    /**
     * Whether a row of {@code sheet} has each of the {@code headers}, as a sheet to fill in's header row has; not where
     * the sheet cannot be read within an Updates sheet's bounds, which no sheet to fill in is past.
     */
    private boolean headed(UntrustedWorkbook workbook, String sheet, UpdateColumn... headers) {
        boolean[] found = {false};
        try {
            workbook.readSheet(sheet, maxRows(), (row, cells) -> found[0] |= Stream.of(headers).allMatch(column
                    -> cells.values().stream().anyMatch(cell -> heads(cell, column))));
        } catch (InvalidWorkbookException e) {
            return false;
        }
        return found[0];
    }

    /**
     * Refuses a row filled in of an item the Updates sheet has another row for, where that one is not filled in too
     * (two filled in are refused as they are read): a row inserted by hand, its Ref and Id typed or copied with the
     * row, would otherwise be read as the item's own, new work written over the recommendation's progress and update.
     * Which of the two was added, a copy of a row cannot tell.
     */
    private void refuseRepeatedRows() {
        rowsOf.forEach((key, rows) -> {
            List<Integer> filledIn = rows.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            if (rows.size() > 1 && filledIn.size() == 1) {
                List<String> numbers = rows.stream().map(r -> String.valueOf(r.getKey())).toList();
                problems.add(WorkbookProblem.error(cell(filledIn.getFirst(), UpdateColumn.REF), key.item(), "rows "
                        + Quote.listed(numbers, "and") + " are " + (rows.size() > 2 ? "all" : "both") + " for "
                        + key.display() + " (a row inserted or copied by hand?), so what is typed on this one would"
                        + " be read as the update of " + key.display() + "; for new work, fill in a row of the "
                        + NewSubActionsSheet.NAME + " sheet; else type it on one of them and delete the other"
                        + (rows.size() > 2 ? "s" : "") + " (lift the sheet's protection first: Review > Unprotect"
                        + " Sheet in Excel, or Tools > Protect Sheet in LibreOffice; there is no password)"));
            }
        });
        tell();
    }

    /**
     * Tells of each copy of a sheet to fill in, where the workbook has the sheet itself ("Updates (2)", as Excel names
     * a copy, or another owner's sheet copied in): nothing on it is read. Where it has entries the sheet itself has
     * not, the warning names their cells, which may be news typed in the wrong place (run 87 #1). A sheet of the
     * owner's own (notes, a chart) is no matter: nothing is typed there for the plan.
     */
    private void notRead(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        if (!workbook.hasSheet(updates)) {
            return;
        }
        for (String name : workbook.sheetNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            Optional<String> original = name.equalsIgnoreCase(updates) || name.equalsIgnoreCase(NewSubActionsSheet.NAME)
                    || name.equals(addedSheet) ? Optional.empty()
                    : lower.startsWith(updates.toLowerCase(Locale.ROOT)) ? Optional.of(updates)
                    : lower.startsWith(NewSubActionsSheet.NAME.toLowerCase(Locale.ROOT)) ? Optional.of(addedSheet)
                    : Optional.empty();
            if (original.isEmpty()) {
                continue;
            }
            List<String> apart = original.get().equals(addedSheet) && !workbook.hasSheet(addedSheet) ? List.of()
                    : apart(workbook, name, original.get());
            if (apart.isEmpty()) {
                problems.add(WorkbookProblem.warning(Place.sheet(name), Optional.empty(), "this sheet is not one the"
                        + " workbook was written with, so nothing on it is read; type updates on the " + updates
                        + " sheet, and new work on the " + NewSubActionsSheet.NAME + " sheet"));
            } else {
                List<String> named = new ArrayList<>(apart.stream().limit(NAMED_CELLS).toList());
                if (apart.size() > named.size()) {
                    named.add((apart.size() - named.size()) + " more");
                }
                // Told, not refused: such a sheet is as often last quarter's, or another owner's whose own copy is
                // given too, as news typed in the wrong place (run 89 #1, #2, #4); --strict refuses it.
                problems.add(WorkbookProblem.warning(Place.sheet(name), Optional.empty(), "this sheet is not one the"
                        + " workbook was written with, so nothing on it is read, and it has entries where the "
                        + original.get() + " sheet has none, at " + String.join(", ", named) + "; if they are news"
                        + " for " + identity.period() + " not given elsewhere, type (or copy) them onto the "
                        + original.get() + " sheet and read the copy again"));
            }
        }
    }

    /**
     * The cells of sheet {@code copy} holding an entry, in a column owners fill in, where {@code original} has none
     * for the same item and column, in sheet order: news that goes unread. Rows are matched by their hidden Row key,
     * so that a copy sorted is not read as changed (run 88 #2); an entry that differs from the sheet's is not one, as
     * the sheet's is read, and a copy kept as a backup before a correction would hold the figure corrected (run 88
     * #1). A sheet with no header row, the owner's notes, holds no entries (#3).
     */
    private List<String> apart(UntrustedWorkbook workbook, String copy, String original)
            throws InvalidWorkbookException {
        List<UpdateColumn> filledIn = original.equals(updates) ? Arrays.stream(UpdateColumn.values())
                .filter(UpdateColumn::isEditable).toList() : NewSubActionsSheet.COLUMNS;
        Map<EntryRow, Set<String>> there = new HashMap<>();
        entries(workbook, original, filledIn).forEach((row, cells) -> there.put(row, cells.keySet()));
        List<String> apart = new ArrayList<>();
        entries(workbook, copy, filledIn).forEach((row, cells) -> cells.forEach((header, cell) -> {
            if (!there.getOrDefault(row, Set.of()).contains(header)) {
                // Named with its item (run 89)
                apart.add(cell.reference() + (row.item().isBlank() ? "" : " (" + Quote.shown(row.item().strip())
                        + ")"));
            }
        }));
        return apart;
    }

    /**
     * A row of a sheet to fill in, told from the others: by the item its hidden Row key names ("2 / 2.1"), or, new
     * work's row having none, by its Ref and the sub-action it gives.
     */
    private record EntryRow(String item, String subAction) {}

    /**
     * The entries of sheet {@code name} in the columns {@code columns}, by {@link EntryRow} (so that a row sorted or
     * moved up is the same: run 88 #2, run 89 #2), then by the column's header, in sheet order; none where it has no
     * header row with Ref in it.
     */
    private Map<EntryRow, Map<String, CellContent>> entries(UntrustedWorkbook workbook, String name,
            List<UpdateColumn> columns) throws InvalidWorkbookException {
        Set<String> filledIn = columns.stream().map(column -> column.header().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<Integer, String> headers = new HashMap<>();
        Map<String, Integer> columnOf = new HashMap<>();
        Map<EntryRow, Map<String, CellContent>> entries = new LinkedHashMap<>();
        workbook.readSheet(name, maxRows(), (row, cells) -> {
            if (headers.isEmpty()) {
                if (cells.values().stream().anyMatch(cell -> heads(cell, UpdateColumn.REF))) {
                    new java.util.TreeMap<>(cells).forEach((index, cell) -> {
                        String header = cell.type() == CellContent.Type.TEXT ? cell.text().strip()
                                .toLowerCase(Locale.ROOT) : "";
                        headers.put(index, header);
                        columnOf.putIfAbsent(header, index);
                    });
                }
                return;
            }
            java.util.function.Function<UpdateColumn, String> text = column -> Optional.ofNullable(columnOf.get(column
                    .header().toLowerCase(Locale.ROOT))).map(cells::get).map(CellContent::text).orElse("");
            String rowKey = text.apply(UpdateColumn.ROW_KEY);
            EntryRow key = rowKey.isBlank() ? new EntryRow(text.apply(UpdateColumn.REF), text.apply(UpdateColumn
                    .SUB_ACTION)) : new EntryRow(rowKey, "");
            new java.util.TreeMap<>(cells).forEach((index, cell) -> {
                String header = headers.get(index);
                if (header != null && filledIn.contains(header) && !cell.isBlank()) {
                    entries.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(header, cell);
                }
            });
        });
        return entries;
    }

    /**
     * Warns of each note (comment) on the sheet read: nothing in a note is read, so an update or a figure put in one,
     * not typed in its cell, would go unsaid, and its item be chased for an update sent. The workbook is written with
     * no notes, so each is an owner's. The first {@link #MOST_NOTES} are told, each about the item of its row.
     */
    private void notes(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        UntrustedWorkbook.Notes notes = workbook.notes(sheet, MOST_NOTES);
        for (UntrustedWorkbook.Note note : notes.first()) {
            if (note.text().isBlank()) {
                continue; // nothing in it to lose
            }
            Optional<Item> item = itemAt(note.cell());
            problems.add(WorkbookProblem.warning(placeOf(note.cell()), item, (note.cell().isPresent() ? "a note here"
                    : "a note") + " is not read: " + Quote.single(note.text()) + item.map(this::noteAdvice)
                    .orElse("")));
        }
        if (notes.unreadable()) {
            problems.add(WorkbookProblem.warning(Place.sheet(sheet), Optional.empty(), "its notes (comments) could not"
                    + " all be read, the part that holds them damaged or too large; nothing in a note is read, so type"
                    + " what they say in the cells"));
        }
        if (notes.count() > notes.first().size()) {
            problems.add(WorkbookProblem.warning(Place.sheet(sheet), Optional.empty(), String.format(Locale.ROOT,
                    "%,d more notes on this sheet are not read; type what they say in the cells", notes.count()
                    - notes.first().size())));
        }
        // A cell's text is read, not where it links to: an address an owner gave their words would go unsaid (run 79
        // #5).
        for (UntrustedWorkbook.Link link : links) {
            // An address typed alone, which Excel links as it is typed, is in the text already (run 82 #4).
            String address = link.address().replaceFirst("^mailto:", "");
            if (link.cell().map(cell -> linkedText.getOrDefault(cell.toUpperCase(Locale.ROOT), "")).filter(text
                    -> text.contains(address)).isPresent()) {
                continue;
            }
            problems.add(WorkbookProblem.warning(placeOf(link.cell()), itemAt(link.cell()), (link.cell().isPresent()
                    ? "the link here" : "a link") + ", to "
                    + Quote.single(Quote.shown(link.address())) + ", is not read, only the cell's text; if readers"
                    + " need the address, type it in the text"));
        }
    }

    /** The cell of the sheet being read that a note or link names, or the sheet where it names none. */
    private Place placeOf(Optional<String> cell) {
        return cell.map(at -> WorkbookProblem.cell(sheet, at)).orElse(Place.sheet(sheet));
    }

    /** The item whose row holds the cell a note or link names, on the sheet being read. */
    private Optional<Item> itemAt(Optional<String> cell) {
        return cell.flatMap(at -> Optional.ofNullable(rowItems.get(sheet + "!" + (new CellReference(at).getRow()
                + 1))));
    }

    /**
     * What to do with a note on {@code item}'s row: type it in a cell to fill in there, where the row has one in this
     * copy; a row of another owner's, or of work completed, has none (run 67 #6).
     */
    private String noteAdvice(Item item) {
        Recommendation recommendation = byRef.get(item.ref());
        Optional<SubAction> subAction = Optional.ofNullable(recommendation).flatMap(r -> subActionOf(r, new Key(
                item.ref(), item.subActionId())));
        if (!sheet.equals(updates) || recommendation == null || subAction.isEmpty() != item.subActionId().isEmpty()) {
            return "; type what it says in a cell to fill in on this row";
        }
        return "; " + noCellsHere(recommendation, subAction).orElse("type what it says in a cell to fill in on this"
                + " row, such as " + UpdateColumn.UPDATE.header());
    }

    /**
     * Warns of an Owner's BRAG given as a colour alone, the cell filled and no word in it: a rating is read from its
     * word, so none is recorded, and the item, updated or not, would not be chased for one.
     */
    private void ratedByColour(CellContent brag, Key key, Recommendation recommendation, boolean subActionRow) {
        if (brag == null || !brag.isBlank() || !UpdateColumn.BRAG.appliesTo(recommendation, subActionRow)) {
            return;
        }
        brag.fill().ifPresent(colour -> TrackerSheet.brag(colour).ifPresent(rating -> problems.add(
                WorkbookProblem.warning(cell(brag), Optional.of(key.item()), UpdateColumn.BRAG.header() + ": the cell"
                + " is filled " + rating.displayName().toLowerCase(Locale.ROOT) + " (#" + colour.hex() + ") but holds"
                + " no rating, and a rating is read from its word alone, so none is recorded for this row; choose "
                + rating.displayName() + " in the cell, if that is the rating, and import the copy again"))));
    }

    /**
     * Warns of an update whose cell holds the most characters a cell can, as a spreadsheet cuts text pasted past it,
     * without a word, when it saves; and, where {@code open} (nothing completes the item), of one that says the work
     * is done ("Done", "Completed in August"), which leaves the item open, its status as it was.
     */
    private void checkUpdateWords(CellContent cell, Key key, boolean open) {
        String typed = cell.text();
        if (typed.length() == SpreadsheetCells.CELL_LIMIT) {
            // Its last 40 characters, never half of one that takes two chars (an emoji).
            String ending = typed.substring(typed.offsetByCodePoints(typed.length(), -40));
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.UPDATE.header()
                    + ": the cell holds " + String.format(Locale.ROOT, "%,d", SpreadsheetCells.CELL_LIMIT)
                    + " characters, the most a cell can, so the spreadsheet most likely cut what was pasted there"
                    + " when it was saved; it is read as it stands, ending " + Quote.single(Quote.shown(ending))
                    + ": ask its owner for the rest, and add it to the plan's update"));
        }
        if (open && SAYS_DONE.matcher(typed.strip()).lookingAt()) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.UPDATE.header()
                    + ": " + Quote.single(Quote.shown(typed.strip())) + " says the work is done, but "
                    + UpdateColumn.COMPLETED_ON.header() + " is blank, so the item stays open and its status does not"
                    + " change; type the day the work was finished in " + UpdateColumn.COMPLETED_ON.header()));
        }
    }

    /**
     * Whether an update typed says nothing ("-", "N/A", "No update"), warned of at its cell: kept, it would be the
     * item's update for the period, an empty line in reports, and the item no longer awaiting one.
     */
    private boolean saidNothing(CellContent cell, Key key, String text) {
        if (!TrackerText.saysNothing(text) && !lastUpdateHeading(text.strip())) {
            return false;
        }
        problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.UPDATE.header() + ": "
                + Quote.single(Quote.shown(text.strip())) + " says nothing, so no update is recorded from this row;"
                + " type what happened, or leave the cell empty"));
        return true;
    }

    /**
     * Whether {@code text} is a heading of Last update alone, "July-September 2025 update:", in any case: it says
     * nothing of this period (run 77 #6).
     */
    private static boolean lastUpdateHeading(String text) {
        return UpdateWorkbookWriter.headingAtStart(text).filter(heading -> heading.getKey().equals(text)).isPresent();
    }

    /**
     * The one ref of the plan that {@code typed} is, but for case, spaces and punctuation: "rec 17" and "Rec17" for
     * "Rec 17", "Rec 3" for "Rec:3", as a plan may write its refs each its own way. Refs that differ in a letter or a
     * digit are other items, not slips.
     */
    private Optional<String> meant(String typed) {
        if (alikeRefs == null) { // once: every row of a sheet of thousands may have a Ref the plan lacks
            alikeRefs = new HashMap<>();
            byRef.forEach((ref, recommendation) -> {
                alikeRefs.computeIfAbsent(TrackerText.squashed(ref), k -> new HashSet<>()).add(ref);
                alikeRefs.computeIfAbsent(TrackerText.squashed(recommendation.name()), k -> new HashSet<>()).add(ref);
                String bare = bare(ref);
                if (!bare.isEmpty()) {
                    alikeRefs.computeIfAbsent("\u0000" + bare, k -> new HashSet<>()).add(ref);
                }
            });
        }
        Set<String> alike = new HashSet<>(alikeRefs.getOrDefault(TrackerText.squashed(typed), Set.of()));
        // "Rec 3", "AFI 3" or "Area for improvement 3" for a plan's "3", and "17" for its "Rec 17", as people name them
        String bare = bare(typed);
        if (!bare.isEmpty()) {
            alike.addAll(alikeRefs.getOrDefault("\u0000" + bare, Set.of()));
        }
        return alike.size() == 1 ? Optional.of(alike.iterator().next()) : Optional.empty();
    }

    /**
     * A ref without the words for a recommendation's kind before its number, as core's {@link RecommendationKind}
     * reads them ("Rec 17", "AFI 3": "17", "3"), {@link TrackerText#squashed}; the ref squashed where it has no such
     * words.
     */
    private static String bare(String ref) {
        int number = 0;
        while (number < ref.length() && !SubActionIds.isDigit(ref.charAt(number))) {
            number++;
        }
        String words = ref.substring(0, number);
        return TrackerText.squashed(number < ref.length() && (words.isBlank() || RecommendationKind.named(words)
                .isPresent()) ? ref.substring(number) : ref);
    }

    /**
     * Warns where rows of items the workbook was written with, and the plan still has, are gone from the Updates
     * sheet: deleted with the sheet unprotected, by mistake or in a tidy-up, and with them anything typed on them.
     */
    private void warnRowsMissing() {
        if (columns == null || keyRetyped) {
            return;
        }
        for (Recommendation recommendation : plan.recommendations()) { // in plan order; a grey row held nothing
            Stream.concat(Stream.of(Optional.<SubAction>empty()), recommendation.subActions().stream()
                    .map(Optional::of))
                    .filter(subAction -> UpdateWorkbook.fillsIn(identity.owner(), recommendation, subAction))
                    .map(subAction -> new Key(recommendation.ref(), subAction.map(SubAction::id)))
                    .filter(key -> written.contains(key) && !rowsOf.containsKey(key) && !cutFrom.containsKey(key)
                            && !pastedTo.containsKey(key)) // there, moved or cleared: told at its row
                    // One for each item, about it, so that a page shows each under its item; at most the plan's.
                    .forEach(key -> problems.add(WorkbookProblem.warning(Place.sheet(updates), Optional.of(
                            key.item()), "has no row for " + Quote.single(key.display()) + ", which the workbook was"
                            + " written with (deleted?), so nothing of it is read; if an update was typed there, type"
                            + " it again in the copy as sent")));
        }
        tell();
    }

    /**
     * The item of the plan a row's Ref and Id name, by the plan's own strings; or, for a row left with the Ref and Id
     * of an item removed since the workbook was written, that item. None where the plan has no such item.
     */
    private Optional<Key> planKey(Optional<String> ref, Optional<String> id) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        if (removedSince.contains(new Key(ref.get(), id))) {
            return Optional.of(new Key(ref.get(), id));
        }
        return Optional.ofNullable(byRef.get(ref.get())).flatMap(recommendation -> id.isEmpty()
                ? Optional.of(new Key(recommendation.ref(), Optional.empty()))
                : recommendation.subActions().stream().filter(s -> s.id().equals(id.get())).findFirst()
                        .map(s -> new Key(recommendation.ref(), Optional.of(s.id()))));
    }

    /**
     * The item of the plan a row's hidden Row key cells name, where they name one and agree: what the row was written
     * for, whatever its Ref and Id say now. None in a workbook written before the column, or on a row added by hand.
     */
    private Optional<Key> writtenFor(Map<Integer, CellContent> cells) {
        if (byRowKey == null) {
            byRowKey = new HashMap<>();
            plan.recommendations().forEach(recommendation -> Stream.concat(Stream.of(Optional.<SubAction>empty()),
                    recommendation.subActions().stream().map(Optional::of)).forEach(subAction -> byRowKey.put(
                    UpdateWorkbookWriter.rowKey(recommendation, subAction), new Key(recommendation.ref(),
                            subAction.map(SubAction::id)))));
            renamedTo.forEach((old, now) -> byRowKey.putIfAbsent(old.display(), now));
        }
        Set<Key> named = new HashSet<>();
        for (UpdateColumn rowKey : UpdateColumn.ROW_KEYS) {
            CellContent cell = columns.getOrDefault(rowKey, -1) < 0 ? null : cells.get(columns.get(rowKey));
            try {
                Optional<String> text = cell == null ? Optional.empty() : CellValues.text(cell).map(String::strip)
                        .filter(t -> !t.isEmpty());
                if (text.isPresent()) {
                    named.add(byRowKey.get(text.get())); // null where it names no item of the plan
                }
            } catch (CellValueException e) {
                named.add(null); // unreadable: it does not say whose the row is
            }
        }
        return named.size() == 1 ? Optional.ofNullable(named.iterator().next()) : Optional.empty();
    }

    /**
     * What a row whose hidden Row key names {@code written} says of its {@code ref} and {@code id}, one of which
     * names no item of the plan: which of them was changed, whose the row is, and what to put back.
     */
    private static String changed(Key written, Optional<String> ref, Optional<String> id) {
        List<String> columns = new ArrayList<>();
        List<String> back = new ArrayList<>();
        if (!ref.equals(Optional.of(written.ref()))) {
            columns.add(UpdateColumn.REF.header());
            back.add(UpdateColumn.REF.header() + " " + Quote.single(written.ref()));
        }
        if (!id.equals(written.id())) {
            columns.add(UpdateColumn.ID.header());
            back.add(written.id().map(i -> UpdateColumn.ID.header() + " " + Quote.single(i)).orElse("a blank "
                    + UpdateColumn.ID.header()));
        }
        return "its " + String.join(" and ", columns) + (columns.size() == 1 ? " was" : " were") + (ref.isEmpty()
                && columns.size() == 1 ? " cleared" : " changed") + ", as the row is " + written.display() + "'s (its"
                + " hidden " + UpdateColumn.ROW_KEY.header() + " says so); put back " + String.join(" and ", back)
                + ", as the workbook was written; " + ADD_WORK;
    }

    /**
     * Whether the nearest Row key column on each side of {@code column} the sheet has is {@code inPlace}, still saying
     * the row's item: Ref and Id, before the first, always do, as the row is read by them, and no key after the last
     * is none moved. A sort of some columns takes the cells between two keys with one of them, or with neither.
     */
    private boolean besideKeysInPlace(UpdateColumn column, Set<UpdateColumn> inPlace) {
        Map<UpdateColumn, Integer> present = columnsOf(sheet);
        Optional<UpdateColumn> before = UpdateColumn.SORT_KEYS.reversed().stream().filter(key -> key.ordinal()
                < column.ordinal() && present.getOrDefault(key, -1) >= 0).findFirst();
        Optional<UpdateColumn> after = UpdateColumn.SORT_KEYS.stream().filter(key -> key.ordinal() > column.ordinal()
                && present.getOrDefault(key, -1) >= 0).findFirst();
        return before.map(inPlace::contains).orElse(true) && after.map(inPlace::contains).orElse(true);
    }

    /**
     * Whether a row was inserted by hand: the workbook has the hidden Row key columns and the row holds nothing in
     * them, as every row the workbook was written with does, and one copied with Excel's Insert Copied Cells too.
     */
    private boolean insertedByHand(Map<Integer, CellContent> cells) {
        // A key column deleted reads as blank on every row: the others say; with both deleted, nothing does (run 79
        // #6: every row left blank was told cleared or cut).
        List<Integer> keys = UpdateColumn.ROW_KEYS.stream().map(column -> columnsOf(sheet).getOrDefault(column, -1))
                .filter(index -> index >= 0).toList();
        return !keys.isEmpty() && keys.stream().allMatch(index -> cells.get(index) == null || cells.get(index)
                .isBlank());
    }

    /** Keeps that {@code row} of the Updates sheet is {@code key}'s, and whether it was filled in. */
    private void seen(Key key, int row, Map<UpdateColumn, CellContent> editable) {
        rowsOf.computeIfAbsent(key, k -> new ArrayList<>(1)).add(Map.entry(row, !editable.isEmpty()));
    }

    /**
     * The row of an item removed from the plan since the workbook was written: left blank, it is no matter (the
     * warning of the plan's changes names the item); filled in, it has no item to go to, and is refused.
     */
    private void removed(int row, Key key, Map<UpdateColumn, CellContent> editable) {
        seen(key, row, editable);
        if (!editable.isEmpty()) {
            changedRowFilled = true;
            Key now = movedSince.get(key);
            if (now != null) {
                problems.add(WorkbookProblem.error(cell(editable.values().iterator().next()), key.item(),
                        key.named() + " is "
                        + now.display() + " in the plan now, " + (renumbered(key, now) ? "renumbered" : "moved")
                        + " since the workbook was exported for " + identity.period() + ", so this copy's rows may no"
                        + " longer say what the plan does; fill them in again in a workbook exported from the plan as"
                        + " it is now, or import this one into the plan as it was exported, and make the change there"
                        + " after"));
                return;
            }
            problems.add(WorkbookProblem.error(cell(editable.values().iterator().next()), key.item(),
                    key.named() + " was removed from"
                    + " the plan since the workbook was exported for " + identity.period() + ", so what is typed here"
                    + " has no item to go to; type it on the row of the item the work now belongs to, where this copy"
                    + " has one, or ask whoever keeps the plan where it goes; if the plan gave the item a new "
                    + (key.id().isPresent() ? "id" : "ref") + ", import this copy into the plan as it was exported,"
                    + " and give it the new one there after"));
        }
    }

    /**
     * Whether {@code read} completes the item on the day the plan has it completed, and gives no other figure: the
     * owner and the plan agree on the change since the workbook was written.
     */
    private static boolean completedAlike(Filled read, Recommendation recommendation, Optional<SubAction> subAction) {
        Optional<LocalDate> completed = completedOn(recommendation, subAction);
        return completed.isPresent() && read.completedOn().equals(completed) && read.progress().filter(p -> !p
                .isComplete()).isEmpty() && read.newTimescale().isEmpty();
    }

    /** The day the plan has the row's work completed on: the sub-action's, or the recommendation's own. */
    private static Optional<LocalDate> completedOn(Recommendation recommendation, Optional<SubAction> subAction) {
        return subAction.isPresent() ? subAction.get().completedOn() : recommendation.completedOn();
    }

    /**
     * Refuses the filled-in row of an item changed since the workbook was written: it may no longer say what the plan
     * does.
     */
    private void refuseChangedRow(Key key, Recommendation recommendation, Optional<SubAction> subAction,
            Map<UpdateColumn, CellContent> editable, Map<Integer, CellContent> cells) {
        changedRowFilled = true;
        // Its ref and id another row's item holds now, renumbered, and its own item is nowhere in the plan: what the
        // plan has under them is not this row's item, and its differences would be told as changes made to it (run
        // 111 #1). An item renumbered itself is told where it is (run 113 #3).
        Optional<Key> holder = movedSince.containsKey(key) ? Optional.empty() : movedSince.entrySet().stream()
                .filter(moved -> moved.getValue().equals(key) && !moved.getKey().equals(key)).map(Map.Entry::getKey)
                .findFirst();
        // Where its item is elsewhere now, or nowhere, the plan's item under its ref and id is another's: no
        // difference from it is a change to this row's item.
        boolean another = holder.isPresent() || movedSince.containsKey(key);
        List<String> shown = new ArrayList<>(holder.isPresent() ? List.of("the plan's " + key.display() + " now is"
                + " what this workbook has as " + holder.get().display() + ", renumbered since; what this row was"
                + " written for is not in the plan now") : another ? List.of() : shownOtherwise(cells, recommendation,
                subAction));
        completedOn(recommendation, subAction).filter(day -> !another).ifPresent(day -> shown.add(
                "completed on " + Dates.shortDate(day) + " in the plan now"));
        Optional.ofNullable(movedSince.get(key)).ifPresent(now -> shown.add("what this row was written for is "
                + now.display() + " in the plan now"));
        Optional.ofNullable(twinSince.get(key)).ifPresent(twin -> shown.add(twin.display() + ", changed since, is now"
                + " as this row's item was, so which of the two this row is for cannot be told"));
        String changedSince = key.named()
                + " has changed in the plan since the workbook was exported for " + identity.period()
                + (shown.isEmpty() ? "" : " (" + String.join("; ", shown) + ")");
        String again = "import the quarter again into the plan the copies were exported from, with every copy,"
                + " this one as corrected, writing over the plan the first import gave";
        // An owner's own row, in a plan that has taken copies for the period already: most likely this copy
        // changed it, imported before and corrected since, not someone else.
        boolean ownRowImported = identity.owner().isPresent() && plan.reportedPeriod().equals(Optional.of(
                identity.period())) && UpdateWorkbook.fillsIn(identity.owner(), recommendation, subAction);
        // Filled in again, it may correct what was sent, or bring next quarter's news in last quarter's file.
        problems.add(WorkbookProblem.error(cell(editable.values().iterator().next()), key.item(), ownRowImported
                ? changedSince + ", most likely by this copy, imported before: if its owner typed news of "
                + UpdateWorkbook.quarterAfter(identity.period()) + " in it by mistake, ask them to type it in their"
                + " copy for " + UpdateWorkbook.quarterAfter(identity.period()) + "; if it corrects what they sent for "
                + identity.period() + ", "
                + again + "; if it was changed in the plan itself, fill this row in again in a workbook exported"
                + " from the plan as it is now"
                : changedSince + ", so this row may no longer say what the plan does; fill it in again in a"
                + " workbook exported from the plan as it is now, or import this one into the plan as it was"
                + " exported, which leaves out what changed since; if this copy was imported before and corrected"
                + " since, " + again));
    }

    /**
     * The read-only texts the row of {@code subAction} of {@code recommendation}, or of the recommendation itself,
     * would show for the plan as it is: {@link UpdateWorkbookWriter#planTexts}, and a sub-action's Progress reported.
     */
    private static Map<UpdateColumn, String> shownNow(Recommendation recommendation, Optional<SubAction> subAction) {
        Map<UpdateColumn, String> texts = new EnumMap<>(UpdateWorkbookWriter.planTexts(recommendation, subAction));
        subAction.ifPresent(s -> texts.put(UpdateColumn.PROGRESS_REPORTED, UpdateWorkbookWriter.progressShown(s)
                .map(Percent::toString).orElse("")));
        return texts;
    }

    /**
     * What the plan now says otherwise than a row's grey cells of figures and names show, as they were when the
     * workbook was written: what changed since, where the row shows it, for the owner to check their row against
     * (run 74 #2).
     */
    private List<String> shownOtherwise(Map<Integer, CellContent> cells, Recommendation recommendation,
            Optional<SubAction> subAction) {
        Map<UpdateColumn, String> now = shownNow(recommendation, subAction);
        // A recommendation's, worked out by the workbook's rule (run 75 #6).
        if (subAction.isEmpty() && identity.assessor().isPresent()) {
            Optional.ofNullable(exportedStatuses().getOrDefault(new Key(recommendation.ref(), Optional.empty()),
                    Map.of()).get(UpdateColumn.PROGRESS_REPORTED)).ifPresent(progress -> now.put(
                    UpdateColumn.PROGRESS_REPORTED, progress));
        }
        List<String> otherwise = new ArrayList<>();
        for (UpdateColumn column : List.of(UpdateColumn.PROGRESS_REPORTED, UpdateColumn.TIMESCALE, UpdateColumn.OWNER,
                UpdateColumn.BLOCKED_REPORTED, UpdateColumn.BRAG_REPORTED)) {
            Integer index = columns.get(column);
            if (index == null || index < 0 || !now.containsKey(column)) {
                continue;
            }
            String shown = cells.get(index) == null ? "" : shown(cells.get(index), column);
            if (!saysAsWritten(column, shown, now.get(column), recommendation, subAction)) {
                otherwise.add(column.header() + " " + (shown.isEmpty() ? "blank" : Quote.single(Quote.shown(
                        compared(column, shown)))) + " here, " + (now.get(column).isEmpty() ? "blank" : Quote.single(
                        Quote.shown(compared(column, now.get(column))))) + " in the plan now");
            }
        }
        return otherwise;
    }

    /** Whether {@code key}'s owner alone changed since the workbook was written, and its row was this copy's then. */
    private boolean filledInThen(Key key, Recommendation recommendation, Optional<SubAction> subAction) {
        if (!ownerAsExported.containsKey(key)) {
            return false;
        }
        Optional<String> then = ownerAsExported.get(key);
        return key.id().isEmpty() ? UpdateWorkbook.fillsIn(identity.owner(), ownedBy(recommendation, then), subAction)
                : UpdateWorkbook.fillsIn(identity.owner(), recommendation, subAction.map(s -> ownedBy(s, then)));
    }

    /**
     * Whether the filled-in row of an item whose owner alone changed since the workbook was written is read: what it
     * says of the work holds whoever owns it now, so it is read as any other, with a warning naming both owners; but
     * not where it gives a New owner other than the plan's now, which the two would dispute.
     */
    private boolean ownerChangeRead(Key key, Recommendation recommendation, Optional<SubAction> subAction,
            Map<UpdateColumn, CellContent> editable) {
        if (editable.isEmpty()) {
            return true;
        }
        String then = ownerAsExported.get(key).map(Quote::single).orElse("no owner of its own");
        Optional<String> owner = subAction.flatMap(SubAction::owner).or(recommendation::owner);
        String now = owner.map(Quote::single).orElse("no owner");
        String item = key.named();
        // The New owner as typed, compared as the plan's names are, whatever their case.
        CellContent typedOwner = editable.get(UpdateColumn.NEW_OWNER);
        Optional<String> given;
        try {
            given = typedOwner == null ? Optional.empty() : CellValues.text(typedOwner).map(String::strip);
        } catch (CellValueException e) {
            given = Optional.empty(); // told as the row is read
        }
        if (given.isPresent() && !owner.filter(given.get()::equalsIgnoreCase).isPresent()) {
            changedRowFilled = true;
            problems.add(WorkbookProblem.error(cell(typedOwner), key.item(), UpdateColumn.NEW_OWNER.header() + ": "
                    + Quote.single(given.get()) + ", but " + item + " was given to " + now + " in the plan since the"
                    + " workbook was exported for " + identity.period() + "; clear " + UpdateColumn.NEW_OWNER.header()
                    + " to read the rest of the row, or have whoever keeps the plan settle who owns it"));
            return false;
        }
        readThoughChanged.add(key);
        problems.add(WorkbookProblem.warning(cell(editable.values().iterator().next()), Optional.of(key.item()),
                item + " was given to " + now + " in the plan since the workbook was exported for " + identity.period()
                + ", from " + then + "; what is typed on its row was read, as its owner's then, since nothing else of"
                + " it changed"));
        return true;
    }

    /**
     * Reads the filled-in row of an item whose words alone changed since the workbook was written (a typo mended, a
     * note added): nothing of where it stands did, so what the row says of it still holds; a warning asks for a look.
     */
    private void wordingChangeRead(Key key, Map<UpdateColumn, CellContent> editable) {
        readThoughChanged.add(key);
        problems.add(WorkbookProblem.warning(cell(editable.values().iterator().next()), Optional.of(key.item()),
                key.named() + " was reworded in the"
                + " plan since the workbook was exported for " + identity.period() + " (its text, notes or owner),"
                + " and nothing of where it stands changed; what is typed on its row was read: check it fits what the"
                + " plan says of it now"));
    }

    /** Tells the problems found, once the row they were found in is read. */
    private void tell() {
        for (WorkbookProblem problem : problems) {
            errors += problem.isError() ? 1 : 0;
            told.add(part, problem.in(named));
        }
        problems.clear();
    }

    /**
     * {@code rows}, and a problem for each merged cell whose first cell is typed in, on the sheet being read: what is
     * typed shows in every cell it spans (20% down three rows of Progress), but the file holds it in the first alone,
     * so read as the file has it, the other rows would keep what the plan says while the sheet showed otherwise.
     */
    private UntrustedWorkbook.RowHandler refusingMergedTyping(UntrustedWorkbook.RowHandler rows) {
        Set<String> typedIn = new HashSet<>();
        return new UntrustedWorkbook.RowHandler() {
            @Override
            public void row(int row, Map<Integer, CellContent> cells) throws InvalidWorkbookException {
                Map<UpdateColumn, Integer> filledIn = columnsOf(sheet);
                if (filledIn != null) {
                    filledIn.forEach((column, index) -> {
                        CellContent cell = cells.get(index);
                        if (cell != null && !cell.isBlank() && (column.isEditable()
                                || sheet.equals(addedSheet))) {
                            typedIn.add(cell.reference().toUpperCase(Locale.ROOT));
                        }
                    });
                }
                if (!links.isEmpty()) {
                    cells.values().forEach(cell -> {
                        String at = cell.reference().toUpperCase(Locale.ROOT);
                        if (links.stream().anyMatch(link -> link.cell().filter(at::equalsIgnoreCase).isPresent())) {
                            linkedText.put(at, cell.text());
                        }
                    });
                }
                rows.row(row, cells);
                tell();
            }

            @Override
            public void merged(CellRangeAddress range) {
                String first = new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString(false);
                if (range.getNumberOfCells() > 1 && typedIn.contains(first)) {
                    problems.add(WorkbookProblem.error(WorkbookProblem.cell(sheet, range.formatAsString()), "these"
                            + " cells are merged: what is typed shows in all of them, but " + first + " alone holds"
                            + " it, so it would be read for that cell's row and column only; unmerge them and type it"
                            + " in each cell it is for"));
                    tell();
                }
            }
        };
    }

    /** The most rows a sheet may have: twice a row for each item of the plan, and some to spare. */
    private int maxRows() {
        long planRows = plan.recommendations().size()
                + plan.recommendations().stream().mapToLong(r -> r.subActions().size()).sum();
        return (int) Math.min(Integer.MAX_VALUE, 2 * planRows + SPARE_ROWS);
    }

    /** Whether it fills in a row of an item changed in the plan since it was written, which is refused. */
    boolean filledChangedRows() {
        return changedRowFilled;
    }

    /**
     * Whether its rows were read against the plan as it is now, in which items have changed or been added since the
     * workbook was written: rows were filled in, and none of an item that has changed. A plan whose items are all as
     * they were (one an earlier import of another copy moved to the period and its date) needs no word of it.
     */
    boolean readAgainstChangedPlan() {
        return planChanged && !changedItems().isEmpty() && !changedRowFilled && !filled.isEmpty();
    }

    /**
     * The rows that the plan says already, every cell, of items changed since the workbook was written, and of others
     * with an update the plan has: imported before.
     */
    List<Key> alreadyImported() {
        return List.copyOf(alreadyImported);
    }

    /**
     * Whether this copy was imported into the plan before: rows it fills in say what the plan does already, every
     * cell, some of them of items changed since its export or with an update the plan has, and none says anything
     * else or adds work, so that it can change nothing.
     */
    boolean importedBefore() {
        return !alreadyImported.isEmpty() && !saysAnew && !hasErrors();
    }

    /** Of {@link #changedItems()}, those it has no row of: added to the plan, or given to its owner, since. */
    Set<Key> newToCopy() {
        return newToCopy;
    }

    /**
     * Of the items the copy lists that changed or went since it was written, those the plan has under another ref or
     * id, renumbered or moved, with the key each has now.
     */
    Map<Key, Key> movedSince() {
        return movedSince;
    }

    /**
     * The items changed or added in the plan since the workbook was written, in plan order, but those whose rows here
     * it says already: an earlier import of this copy changed them. Nor, where an owner's copy is read into a plan that
     * has taken copies for its period, those it shows greyed: another copy of the round changed them, and nothing
     * read here depends on them (trial 76 #2).
     */
    List<Key> changedItems() {
        boolean sameRound = identity.owner().isPresent() && plan.reportedPeriod().equals(Optional.of(identity
                .period()));
        return Stream.concat(fingerprints.items().keySet().stream().filter(changed::contains)
                .filter(key -> !alreadyImported.contains(key) && !readThoughChanged.contains(key)
                && !shownSince.contains(key) && !(sameRound && shownGreyed(key))), removedSince
                .stream().sorted(Comparator.comparing(Key::display))).toList();
    }

    /**
     * Whether the row of {@code key}, an item of the plan, is one this copy shows but does not fill in: another
     * owner's when it was written, though another copy of the round may have handed it to this copy's owner since
     * (run 77 #1).
     */
    private boolean shownGreyed(Key key) {
        return shownOwner(key).filter(owner -> identity.owner().filter(owner::equals).isEmpty()).isPresent();
    }

    /**
     * Whose the row of {@code key} was in this copy: the owner its Owner cell shows, or, where the copy has no row of
     * it or none the cell names, the item's owner in the plan now; none for an item the plan does not have.
     */
    Optional<String> shownOwner(Key key) {
        Recommendation recommendation = byRef.get(key.ref());
        Optional<SubAction> subAction = recommendation == null ? Optional.empty() : subActionOf(recommendation, key);
        return Optional.ofNullable(shownOwners.get(key)).or(() -> Optional.ofNullable(recommendation).filter(r
                -> subAction.isPresent() == key.id().isPresent()).map(r -> UpdateWorkbook.rowOwner(r, subAction)));
    }

    /** The plan, period and reporting date the workbook was written for. */
    PlanIdentity identity() {
        return identity;
    }

    /** The dates this copy's messages give as examples, of the years of the period it was written for. */
    ExampleDates examples() {
        return ExampleDates.of(identity.period(), identity.reportingDate());
    }

    /** The rows filled in, by item, in the workbook's order; only those whose cells could all be read. */
    Map<Key, Filled> filled() {
        return filled;
    }

    /** Whether an error was found in it. */
    boolean hasErrors() {
        return errors() > 0;
    }

    /** Adds a problem found in this workbook by comparing it with others or with the plan. */
    void add(WorkbookProblem problem) {
        problems.add(problem);
        tell();
    }

    /** Where a recommendation's cell of {@code column} is: on its own row, or, where that was removed, the header row. */
    Place ownRowCell(Key recommendation, UpdateColumn column) {
        return cell(updates, rowOf.getOrDefault(recommendation, headerRow), column);
    }

    /**
     * Whether this copy has the row of {@code recommendation} itself for its owner to fill in: the whole workbook has
     * every one, an owner's copy those of their recommendations.
     */
    boolean fillsIn(Recommendation recommendation) {
        return rowOf.containsKey(new Key(recommendation.ref(), Optional.empty()))
                && UpdateWorkbook.fillsIn(identity.owner(), recommendation, Optional.empty());
    }

    /** The sub-actions its owners add, in the order of the New sub-actions sheet's rows: none the plan has. */
    List<Added> added() {
        return List.copyOf(added.values());
    }

    /** Lets go of the rows read, once they are applied elsewhere: a copy's rows need not outlive its reading. */
    void forgetRows() {
        filled.clear();
        added.clear();
    }

    /** The plan the workbook says it was written from, refused where it is not this plan as it is now. */
    private PlanIdentity identify(UntrustedWorkbook workbook) throws InvalidWorkbookException {
        String name = workbook.name();
        if (!workbook.hasSheet(PlanIdentity.SHEET)) {
            // Run 87 #4: unhidden and renamed, it sent the analyst looking for another file.
            // Named as one starting "Plan" ("Plan (do not edit)"), not any with the word in it (run 88 #8).
            Optional<String> renamed = workbook.sheetNames().stream().filter(sheet -> sheet.strip().toLowerCase(
                    Locale.ROOT).startsWith(PlanIdentity.SHEET.toLowerCase(Locale.ROOT))).findFirst();
            throw InvalidWorkbookException.of(name, "is not an actionplan update workbook: it has no hidden sheet '"
                    + PlanIdentity.SHEET + "' naming the plan it was written from; " + renamed.map(sheet -> "if its"
                    + " sheet " + Quote.single(sheet) + " is that sheet, renamed, name it '" + PlanIdentity.SHEET
                    + "' again and save the file; else ").orElse("") + "import the update workbook sent out for the"
                    + " period, filled in (a report, or a spreadsheet made otherwise, is not one)");
        }
        String now = fingerprints.whole();
        PlanSheet sheet = new PlanSheet(now);
        workbook.readSheet(PlanIdentity.SHEET, maxRows(), sheet);
        written = sheet.listed;
        PlanIdentity found;
        try {
            found = PlanIdentity.from(sheet.identity);
        } catch (IllegalArgumentException e) {
            throw InvalidWorkbookException.of(name, "is not an actionplan update workbook as written: "
                    + e.getMessage());
        }
        // Its rows and fingerprints say what a plan of that version holds, which this version may not read alike.
        if (!found.schemaVersion().equals(fingerprints.schemaVersion())) {
            throw InvalidWorkbookException.of(name, "was written for plans of schema version " + Quote.single(Quote
                    .shown(found.schemaVersion())) + " (its sheet " + PlanIdentity.SHEET + " says so), and this"
                    + " actionplan reads plans of version " + fingerprints.schemaVersion() + ": import it with the"
                    + " actionplan that wrote it, or write the workbook again with this one");
        }
        // A plan retitled while its copies are out ("Draft" dropped once approved) is the same plan where most of
        // the items the copy lists are as they were; another plan of the organisation's is not.
        // So is one whose organisation's name was tidied ("and" to "&", run 83 #7).
        boolean retitled = !(found.title().equals(plan.title()) && found.organisation().equals(plan.organisation()))
                && (found.title().equals(plan.title()) && tidied(found.organisation(), plan.organisation())
                        || found.organisation().equals(plan.organisation())) && sameItems(sheet);
        if (!retitled && (!found.title().equals(plan.title()) || !found.organisation().equals(plan.organisation()))) {
            throw InvalidWorkbookException.of(name, "is the update workbook of '" + Quote.shown(found.title(),
                    TITLE_SHOWN) + "' (" + Quote.shown(found.organisation(), TITLE_SHOWN) + "), not of '" + plan.title()
                    + "' (" + plan.organisation() + "); import it into the plan it was written from");
        }
        PlanIdentity.unknownAssessor(sheet.identity).ifPresent(unknown -> add(WorkbookProblem.warning(Place.sheet(
                PlanIdentity.SHEET), Optional.empty(), "names " + unknown + ", so a Status or Reason typed over is"
                + " not told; if a later actionplan wrote the workbook, import it with that one, or export it again"
                + " with this one to have them checked")));
        if (retitled && !found.title().equals(plan.title())) {
            add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "was written from the plan titled '"
                    + Quote.shown(found.title(), TITLE_SHOWN) + "', which is titled '" + plan.title() + "' now; its"
                    + " items are as they were, so it is read as this plan's"));
        } else if (retitled) {
            add(WorkbookProblem.warning(Place.WORKBOOK, Optional.empty(), "was written from the plan of '"
                    + Quote.shown(found.organisation(), TITLE_SHOWN) + "', whose name the plan gives as '"
                    + plan.organisation() + "' now; its items are as they were, so it is read as this plan's"));
        }
        PlanIdentity.Version given = PlanIdentity.Version.of(plan);
        if (given.isBefore(found.planVersion())) {
            // Its rows would be read against items as they were before the reports in between, and those lost.
            throw InvalidWorkbookException.of(name, "was exported from a later version of this plan, "
                    + found.planVersion().shown() + ", than the one given, " + given.shown() + ": read into that,"
                    + " what was reported in between would be lost; import it into the plan file it was exported"
                    + " from, or a later one");
        }
        Optional<ReportingPeriod> later = plan.period().filter(current -> found.period().compareTo(current) < 0);
        if (later.isPresent()) {
            // Refused before a row is read: read against the plan now, its rows would each be refused for other
            // reasons (items changed since), and its statuses cannot even be worked out at its date where the plan
            // records work completed after it, which is no fault of the file.
            throw InvalidWorkbookException.of(name, Place.WORKBOOK, "was written for " + found.period() + ", but"
                    + " the plan reports on a later period already, " + later.get() + ", and importing it would take"
                    + " the plan back; " + lateCopy(found, later.get()));
        }
        // A copy for a later period than the one the plan has reached since the copy was written, from other copies:
        // imported, it would move the plan past a round still coming in, whose copies would each be refused after.
        Optional<ReportingPeriod> reached = plan.reportedPeriod().filter(current -> current.compareTo(found.period())
                < 0 && found.planVersion().period().or(() -> found.planVersion().asOf().map(
                ReportingPeriod::containing)).filter(exported -> exported.compareTo(current) < 0).isPresent());
        if (reached.isPresent()) {
            throw InvalidWorkbookException.of(name, Place.WORKBOOK, "was written for " + found.period() + " from the"
                    + " plan " + found.planVersion().shown() + ", before the plan reported on " + reached.get()
                    + ", whose news its rows do not show, and would move the plan on past " + reached.get() + " while"
                    + " copies of it may still be coming in: if it was sent early, send its owner a workbook for "
                    + found.period() + " written from the plan as it is now, once " + reached.get() + "'s copies are"
                    + " in; if it was sent for the wrong quarter, send them the one for " + reached.get()
                    + ", written from the plan as it is now");
        }
        if (!now.equals(found.fingerprint())) {
            if (sheet.unmatched == null) { // a workbook that lists no items: nothing tells which of them changed
                throw InvalidWorkbookException.of(name, "was written from another version of this plan: the plan"
                        + " has changed since the workbook was exported for " + found.period() + " (fingerprint "
                        + found.fingerprint().substring(0, Math.min(12, found.fingerprint().length())) + " then, "
                        + now.substring(0, 12) + " now), so its rows may no longer say what the plan does; import it"
                        + " into the plan as it was exported, with any other owners' copies of it in the same import,"
                        + " or export a new workbook and fill that in");
            }
            // The fingerprints of the rest need not stay. An owner's copy lists only its own items, and the
            // recommendations they belong to: the others' items are no change to it, but one added since for its
            // owner is.
            Optional<String> owner = found.owner();
            Set<Key> gone = sheet.listed.stream().filter(key -> !fingerprints.items().containsKey(key))
                    .collect(Collectors.toUnmodifiableSet());
            renamedTo = renamedSince(sheet, gone);
            renamedFrom = renamedTo.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue,
                    Map.Entry::getKey));
            removedSince = gone.stream().filter(key -> !renamedTo.containsKey(key))
                    .collect(Collectors.toUnmodifiableSet());
            // A recommendation whose sub-action was removed has another due date and status than the workbook showed.
            movedSinceExport = Stream.concat(sheet.unmatched.keySet().stream(), removedSince.stream()).map(Key::ref)
                    .collect(Collectors.toUnmodifiableSet());
            changed = sheet.unmatched.keySet().stream().filter(key -> !renamedFrom.containsKey(key))
                    .filter(key -> sheet.listed.contains(key)
                    || UpdateWorkbook.holds(owner, byRef.get(key.ref()), key.id().map(id -> subAction(
                            byRef.get(key.ref()), key)))).collect(Collectors.toUnmodifiableSet());
            addedSince = changed.stream().filter(key -> key.id().isPresent() && !sheet.listed.contains(key))
                    .collect(Collectors.toUnmodifiableSet());
            // Of those it has no row of, the ones its owner fills in now: the others it would only show, greyed.
            newToCopy = changed.stream().filter(key -> !sheet.listed.contains(key)).filter(key -> UpdateWorkbook
                    .fillsIn(owner, byRef.get(key.ref()), key.id().map(id -> subAction(byRef.get(key.ref()), key))))
                    .collect(Collectors.toUnmodifiableSet());
            shownSince = changed.stream().filter(key -> !sheet.listed.contains(key) && !newToCopy.contains(key))
                    .collect(Collectors.toUnmodifiableSet());
            changedAlone(sheet, owner);
            // Of those removed, where the plan has them renumbered, another taking their ref or id (run 83 #5).
            Map<Key, Key> moved = new HashMap<>(movedSince);
            long[] comparisons = {0};
            for (Key key : removedSince.stream().sorted(Comparator.comparing((Key key) -> key.id().isPresent()))
                    .toList()) {
                // In its recommendation, then the one that recommendation is now, then, for a sub-action moved to
                // another (run 83 #5: 2.4 made 3.6), in all: twins elsewhere (Merseyside's 2.1 and 3.1) are not its.
                Optional<Key> parent = Optional.ofNullable(moved.get(new Key(key.ref(), Optional.empty())));
                List<Recommendation> in = Optional.ofNullable(byRef.get(key.ref())).stream().toList();
                now(key, in, sheet, comparisons).or(() -> parent.flatMap(p -> now(key, List.of(byRef.get(p.ref())),
                        sheet, comparisons))).or(() -> key.id().isPresent() ? now(key, plan.recommendations(), sheet,
                        comparisons) : Optional.empty()).ifPresent(to -> moved.put(key, to));
            }
            movedSince = Map.copyOf(moved);
            planChanged = true;
            anotherPlan(name, sheet, found);
        }
        return found;
    }

    /**
     * Of the changed items the copy lists, those whose owner alone changed since it was written, each with the owner it
     * had then ({@link #ownerAsExported}): the one whose fingerprint, the item's now with that owner, is the one the
     * list gives, one of the plan's owners now, the copy's, or none of its own. And those whose words alone changed
     * ({@link #wordingAlone}), where the list gives each item's figures.
     */
    private void changedAlone(PlanSheet sheet, Optional<String> copyOwner) {
        List<Optional<String>> owners = Stream.concat(Stream.of(Optional.<String>empty()), Stream.concat(copyOwner
                .stream(), UpdateWorkbook.namedOwners(plan).stream()).distinct().map(Optional::of)).toList();
        Map<Key, Optional<String>> ownerAlone = new HashMap<>();
        Set<Key> words = new HashSet<>();
        Map<Key, Key> moved = new HashMap<>();
        List<Key> listedRecommendations = sheet.listed.stream().filter(key -> key.id().isEmpty()).toList();
        Map<String, List<Key>> listedSubActions = sheet.listed.stream().filter(key -> key.id().isPresent())
                .collect(Collectors.groupingBy(Key::ref));
        long[] comparisons = {0};
        // recommendations first: a sub-action of one the plan has under another ref now is looked for there too
        for (Key key : changed.stream().sorted(Comparator.comparing((Key key) -> key.id().isPresent())).toList()) {
            String then = sheet.written.get(key);
            Recommendation recommendation = byRef.get(key.ref());
            if (then == null || recommendation == null) {
                continue;
            }
            Optional<SubAction> subAction = subActionOf(recommendation, key);
            if (key.id().isPresent() && subAction.isEmpty()) {
                continue;
            }
            Object item = subAction.isPresent() ? subAction.get() : recommendation;
            Optional<Key> parentNow = Optional.ofNullable(moved.get(new Key(key.ref(), Optional.empty())));
            List<Key> found = elsewhere(key, Stream.concat(Stream.of(recommendation), parentNow.map(parent -> byRef
                    .get(parent.ref())).stream()).toList(), sheet, comparisons);
            // Where twins of it are elsewhere (run 85 #7: 3.1 put in again as new work), which is its, no one can say.
            Optional<Key> elsewhere = found.stream().findFirst();
            if (found.size() == 1) {
                moved.put(key, found.getFirst());
            }
            if (sheet.figures.containsKey(key) && sheet.figures.get(key).equals(PlanIdentity.figures(item))
                    && !anotherListed(key, key.id().isEmpty() ? listedRecommendations : listedSubActions.getOrDefault(
                            key.ref(), List.of()), sheet, comparisons) && elsewhere.isEmpty() && parentNow.isEmpty()) {
                words.add(key);
            }
            Optional<String> now = subAction.isPresent() ? subAction.get().owner() : recommendation.owner();
            for (Optional<String> owner : owners) {
                if (!owner.equals(now) && !afford(item)) {
                    break; // past what may be tried: the row is refused as changed (trial 59 F2)
                }
                boolean same = !owner.equals(now) && (subAction.isPresent() ? then.equals(PlanIdentity.fingerprint(
                        ownedBy(subAction.get(), owner))) : Stream.of(false, true).anyMatch(dated -> then.equals(
                        PlanIdentity.fingerprint(ownedBy(recommendation, owner), dated))));
                if (same) {
                    ownerAlone.put(key, owner);
                    break;
                }
            }
        }
        ownerAsExported = Map.copyOf(ownerAlone);
        wordingAlone = Set.copyOf(words);
        movedSince = Map.copyOf(moved);
        // An item as it was, where another of its recommendation, changed since, is now its twin (run 85 #7: 3.1 put
        // in again as new work, the old 3.1 renumbered 3.2): which of the two a row of it is for, no one can say.
        Map<Key, Key> twins = new HashMap<>();
        Map<String, List<Key>> changedSubActions = changed.stream().filter(key -> key.id().isPresent())
                .collect(Collectors.groupingBy(Key::ref));
        List<Key> changedRecommendations = changed.stream().filter(key -> key.id().isEmpty()).toList();
        for (Key key : sheet.listed) {
            if (changed.contains(key) || !fingerprints.items().containsKey(key) || sheet.written.get(key) == null) {
                continue;
            }
            for (Key other : key.id().isEmpty() ? changedRecommendations : changedSubActions.getOrDefault(key.ref(),
                    List.of())) {
                if (++comparisons[0] > MOST_RENAME_COMPARISONS) {
                    break; // past what may be compared, none is taken for a twin
                }
                if (affordTrying(other) && sameBut(key, other, sheet.written.get(key))) {
                    twins.put(key, other);
                    break;
                }
            }
        }
        twinSince = Map.copyOf(twins);
    }

    /**
     * Whether the item the copy lists as {@code then}, {@code now} in the plan now, was renumbered, not moved: a
     * recommendation; a sub-action in its own recommendation, or in the one that recommendation was renumbered to.
     */
    boolean renumbered(Key then, Key now) {
        return then.id().isEmpty() || then.ref().equals(now.ref()) || Optional.ofNullable(movedSince.get(new Key(
                then.ref(), Optional.empty()))).map(Key::ref).filter(now.ref()::equals).isPresent();
    }

    /**
     * Where the item the copy lists as {@code key} is in the plan now, where another item took its ref or id (run 83
     * #1: a sub-action put in as 2.3, and the old 2.3 renumbered 2.4, whose row would have been read as the new one's,
     * a rewording): the one other item of the plan, for a recommendation, or of {@code recommendations}, for a
     * sub-action (its own and the one its own was renumbered to), that, given this key, is as the copy listed it. None
     * past as many comparisons as renames are looked for by.
     */
    private Optional<Key> now(Key key, List<Recommendation> recommendations, PlanSheet sheet, long[] comparisons) {
        List<Key> found = elsewhere(key, recommendations, sheet, comparisons);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /**
     * The items {@link #now} looks among, changed or added since, that, given {@code key}, are as the copy listed it:
     * one, or its twins.
     */
    private List<Key> elsewhere(Key key, List<Recommendation> recommendations, PlanSheet sheet, long[] comparisons) {
        Stream<Key> others = key.id().isEmpty() ? byRef.keySet().stream().map(ref -> new Key(ref, Optional.empty()))
                : recommendations.stream().flatMap(r -> r.subActions().stream().map(s -> new Key(r.ref(),
                        Optional.of(s.id()))));
        List<Key> found = new ArrayList<>();
        for (Key other : (Iterable<Key>) others::iterator) {
            // not one as the copy lists it too: that was there before, and is its own (Merseyside's 3.4, 2.4's twin)
            boolean since = changed.contains(other) || !sheet.listed.contains(other);
            if (!other.equals(key) && since && ++comparisons[0] <= MOST_RENAME_COMPARISONS && affordTrying(other)
                    && sameBut(key, other, sheet.written.get(key))) {
                found.add(other);
            }
        }
        return found;
    }

    /**
     * Of the items the copy lists that the plan has no more ({@code gone}), those it has under another ref or id, each
     * with its key now: the one item the list does not name whose fingerprint, worked out again with the ref or id the
     * list gives, is the one the list gives, where no other item gone matches it too. A sub-action is looked for in its
     * recommendation, under that recommendation's ref now, or, where that is gone and not found renamed, among all the
     * new ones. Where more items are gone and new than can be compared in a moment, none is taken as renamed: each is
     * refused as removed, as before.
     */
    private Map<Key, Key> renamedSince(PlanSheet sheet, Set<Key> gone) {
        List<Key> fresh = sheet.unmatched.keySet().stream().filter(key -> !sheet.listed.contains(key)).toList();
        List<Key> freshRecommendations = fresh.stream().filter(key -> key.id().isEmpty()).toList();
        List<Key> freshSubActionsAll = fresh.stream().filter(key -> key.id().isPresent()).toList();
        Map<String, List<Key>> freshSubActions = freshSubActionsAll.stream().collect(Collectors.groupingBy(Key::ref));
        Set<Key> freshSet = new HashSet<>(fresh);
        Map<Key, Key> renamed = new HashMap<>();
        Map<Key, Key> keptIds = new HashMap<>(); // sub-actions of a recommendation renamed, under the ids they had
        Set<Key> taken = new HashSet<>(); // their keys now
        long comparisons = 0;
        for (boolean recommendations : new boolean[] {true, false}) {
            Map<Key, List<Key>> matches = new HashMap<>(); // an item gone, with the new items that it matches
            Map<Key, Integer> matched = new HashMap<>(); // a new item, with how many items gone match it
            for (Key old : gone) {
                if (old.id().isEmpty() != recommendations) {
                    continue;
                }
                // A sub-action is looked for in its recommendation as it is now, renamed or not; where that is
                // gone, renamed and changed besides (an earlier copy's import rated it, say), among every new one.
                Key parent = new Key(old.ref(), Optional.empty());
                Key parentNow = renamed.getOrDefault(parent, parent);
                // Of a recommendation renamed, a sub-action that kept its id is that one, where it is as it was: sub-
                // actions that are ids alone match each other (trial 59 F3: Derbyshire's 'Rec:3' tidied to 'Rec 3').
                Key kept = new Key(parentNow.ref(), old.id());
                if (!recommendations && !parentNow.equals(parent) && freshSet.contains(kept)) {
                    if (++comparisons > MOST_RENAME_COMPARISONS || !affordTrying(kept)) {
                        return Map.of();
                    }
                    if (sameBut(old, kept, sheet.written.get(old))) {
                        keptIds.put(old, kept);
                        taken.add(kept);
                        continue;
                    }
                }
                for (Key candidate : recommendations ? freshRecommendations : byRef.containsKey(parentNow.ref())
                        ? freshSubActions.getOrDefault(parentNow.ref(), List.of()) : freshSubActionsAll) {
                    if (taken.contains(candidate)) {
                        continue;
                    }
                    if (++comparisons > MOST_RENAME_COMPARISONS || !affordTrying(candidate)) {
                        return Map.of();
                    }
                    if (sameBut(old, candidate, sheet.written.get(old))) {
                        matches.computeIfAbsent(old, k -> new ArrayList<>()).add(candidate);
                        matched.merge(candidate, 1, Integer::sum);
                    }
                }
            }
            matches.forEach((old, found) -> {
                if (found.size() == 1 && matched.get(found.getFirst()) == 1 && !taken.contains(found.getFirst())) {
                    renamed.put(old, found.getFirst());
                }
            });
        }
        renamed.putAll(keptIds);
        return Map.copyOf(renamed);
    }

    /**
     * Whether the fingerprints of {@code item} a try works out (two of a recommendation, with and without its rating's
     * period; one of a sub-action) are within what may still be fingerprinted, counting them against it.
     */
    private boolean afford(Object item) {
        int size = trialSizes.computeIfAbsent(item, PlanIdentity::size);
        trialBytes -= (long) size * (item instanceof Recommendation ? 2 : 1);
        return trialBytes >= 0;
    }

    /** {@link #afford} for the plan's item {@code key} names, tried under another name. */
    private boolean affordTrying(Key key) {
        Recommendation recommendation = byRef.get(key.ref());
        if (recommendation == null) {
            return true; // nothing to work out: the try finds no match
        }
        return key.id().isEmpty() ? afford(recommendation) : subActionOf(recommendation, key).map(this::afford)
                .orElse(true);
    }

    /** That the item {@code old} names is {@code now}'s now, and nothing else of it changed. */
    private String renamedSince(Key old, Key now) {
        return old.named() + " is " + now.display()
                + " in the plan now, renamed since the workbook was exported for " + identity.period() + " and"
                + " otherwise as it was";
    }

    /** Whether the item {@code now}, given {@code old}'s ref or id, is the one whose fingerprint was {@code then}. */
    private boolean sameBut(Key old, Key now, String then) {
        Recommendation recommendation = byRef.get(now.ref());
        try {
            if (now.id().isEmpty()) {
                Recommendation named = Recommendation.builder().from(recommendation.withSubActions(List.of()))
                        .ref(old.ref()).build();
                return Stream.of(false, true).anyMatch(dated -> then.equals(PlanIdentity.fingerprint(named, dated)));
            }
            return subActionOf(recommendation, now).map(s -> then.equals(PlanIdentity.fingerprint(SubAction.builder()
                    .from(s).id(old.id().orElseThrow()).build()))).orElse(false);
        } catch (IllegalArgumentException | IllegalStateException e) { // the old name is none the item may have now
            return false;
        }
    }

    /**
     * Whether the item now at {@code key} is another of those the copy lists ({@code others}), given this one's ref or
     * id: two items whose refs or ids were swapped, each with the figures the other had, are no rewording (run 58
     * NEW-1: each owner's progress went to the other's item). Past as many comparisons as renames are looked for
     * by, it is taken to be one, and the row refused as changed.
     */
    private boolean anotherListed(Key key, List<Key> others, PlanSheet sheet, long[] comparisons) {
        for (Key other : others) {
            if (!other.equals(key) && (++comparisons[0] > MOST_RENAME_COMPARISONS || !affordTrying(key)
                    || sameBut(other, key, sheet.written.get(other)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code recommendation} with {@code owner} as its own, or none. */
    private static Recommendation ownedBy(Recommendation recommendation, Optional<String> owner) {
        return Recommendation.builder().from(recommendation).owner(owner).build();
    }

    /** {@code subAction} with {@code owner} as its own, or none. */
    private static SubAction ownedBy(SubAction subAction, Optional<String> owner) {
        return SubAction.builder().from(subAction).owner(owner).build();
    }

    /**
     * Whether two names of an organisation are one name tidied: alike but for case, spaces, punctuation and "&" for
     * "and" (run 85 #1: another service's plan made from the same template is no tidying).
     */
    private static boolean tidied(String then, String now) {
        return alike(then).equals(alike(now));
    }

    private static String alike(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * Refuses a copy none of whose items the plan has as it listed them, nor renamed nor given to another owner alone:
     * of a plan titled alike, most likely another inspection's, whose items are each another's, so that each row
     * would be read as a rewording of the item its ref names (run 83 #3), where most have other figures besides. Two
     * items or one may all have changed.
     */
    private void anotherPlan(String name, PlanSheet sheet, PlanIdentity found) throws InvalidWorkbookException {
        boolean anySame = sheet.listed.stream().anyMatch(key -> fingerprints.items().containsKey(key)
                && !sheet.unmatched.containsKey(key) || ownerAsExported.containsKey(key) || renamedTo.containsKey(key));
        // Most of them with other figures too: a typo mended in each of a few items is no other plan (run 85 #3).
        long otherFigures = sheet.listed.stream().filter(key -> !wordingAlone.contains(key)).count();
        if (sheet.listed.size() >= 3 && !anySame && otherFigures * 2 > sheet.listed.size()) {
            throw InvalidWorkbookException.of(name, "lists " + sheet.listed.size() + " items of the plan '"
                    + Quote.shown(found.title(), TITLE_SHOWN) + "', and the plan given has none of them as they were"
                    + " when the workbook was exported for " + found.period() + ", nor under another ref or id: it is"
                    + " most likely the copy of another plan of that title (another inspection's); import it into the"
                    + " plan it was written from, or, where this plan was rewritten since, export a new workbook from"
                    + " it and fill that in");
        }
    }

    /**
     * Whether most of the items the copy's Plan sheet lists are the plan's as they were when it was written, the
     * plan having changed since: half of its recommendations or more, and half of its sub-actions, one at least.
     */
    private boolean sameItems(PlanSheet sheet) {
        if (sheet.unmatched == null) {
            return false;
        }
        for (boolean recommendations : new boolean[] {true, false}) {
            List<Key> listed = sheet.listed.stream().filter(key -> key.id().isEmpty() == recommendations).toList();
            long same = listed.stream().filter(key -> fingerprints.items().containsKey(key)
                    && !sheet.unmatched.containsKey(key)).count();
            if (recommendations && same == 0 || same * 2 < listed.size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hidden Plan sheet as it is read: the identity's rows, then the list of items with the fingerprint each had
     * when the workbook was written. Where the plan has changed since, each item of it now is checked against that
     * list; those it does not match, changed or added since, are {@link #unmatched}.
     */
    private final class PlanSheet implements UntrustedWorkbook.RowHandler {
        private final String now;
        final Map<String, String> identity = new LinkedHashMap<>();
        private boolean listingItems;
        /** The plan's items the list has not matched: all of them until it is read; none if the plan is unchanged. */
        Map<Key, String> unmatched;
        /** The items the list names: those the workbook has a row for. */
        final Set<Key> listed = new HashSet<>();
        /** The fingerprint the list gives each item, as it was when the workbook was written. */
        final Map<Key, String> written = new HashMap<>();
        /** The fingerprint of each item's figures, where the list gives them (a workbook written since 5 Dec 2026). */
        final Map<Key, String> figures = new HashMap<>();

        PlanSheet(String now) {
            this.now = now;
        }

        @Override
        public void row(int row, Map<Integer, CellContent> cells) {
            List<Optional<String>> texts = new ArrayList<>();
            for (int column = 0; column <= PlanIdentity.ITEMS_HEADER.size(); column++) { // and the figures
                try {
                    texts.add(cells.containsKey(column) ? CellValues.text(cells.get(column)) : Optional.empty());
                } catch (CellValueException e) {
                    texts.add(Optional.empty()); // a damaged row reads as missing, which is refused where it matters
                }
            }
            if (!listingItems) {
                listingItems = texts.subList(0, PlanIdentity.ITEMS_HEADER.size()).stream().map(t -> t.orElse(""))
                        .toList().equals(PlanIdentity.ITEMS_HEADER);
                if (listingItems && !now.equals(identity.get(PlanIdentity.KEY_FINGERPRINT))) {
                    unmatched = new HashMap<>(fingerprints.items());
                } else if (!listingItems && texts.get(0).isPresent() && texts.get(1).isPresent()) {
                    identity.putIfAbsent(texts.get(0).get(), texts.get(1).get());
                }
            } else if (texts.get(0).isPresent() && texts.get(2).isPresent()) {
                Key key = new Key(texts.get(0).get(), texts.get(1));
                listed.add(key);
                written.put(key, texts.get(2).get());
                texts.get(3).ifPresent(print -> figures.put(key, print));
                if (unmatched != null && unmatched.containsKey(key) && fingerprints.matches(key, texts.get(2).get())) {
                    unmatched.remove(key);
                }
            }
        }
    }

    private void row(int row, Map<Integer, CellContent> given) {
        // Blank cells come filled in a rating's colour, for what the colour alone says of an Owner's BRAG: the rest of
        // the row is read without them, as it was before they came.
        Map<Integer, CellContent> cells = given;
        colouredBlanks = Map.of();
        if (given.values().stream().anyMatch(CellContent::isBlank)) {
            cells = new HashMap<>(given);
            cells.values().removeIf(CellContent::isBlank);
            colouredBlanks = given;
        }
        if (columns == null) {
            findHeader(row, cells);
            return;
        }
        Map<UpdateColumn, CellContent> editable = new EnumMap<>(UpdateColumn.class);
        for (UpdateColumn column : UpdateColumn.values()) {
            CellContent cell = cells.get(columns.get(column));
            if (column.isEditable() && cell != null && !cell.isBlank()) {
                editable.put(column, cell);
            }
        }
        Optional<String> typedRef = keyText(cells, UpdateColumn.REF, row);
        Optional<String> typedId = keyText(cells, UpdateColumn.ID, row);
        // The row of an item renamed since the workbook was written is the item's under its name now.
        Optional<Key> renamed = typedRef.map(r -> renamedTo.get(new Key(r, typedId)));
        Optional<String> ref = renamed.map(Key::ref).or(() -> typedRef);
        Optional<String> id = renamed.isPresent() ? renamed.get().id() : typedId;
        // Where the Ref or Id was changed, the hidden Row key still says whose the row is.
        Optional<Key> keyedFor = writtenFor(cells);
        Optional<Key> named = planKey(ref, id);
        Optional<Item> rowItem = named.or(() -> keyedFor).map(Key::item);
        unheaded(cells, rowItem);
        rowItem.ifPresent(item -> rowItems.put(sheet + "!" + row, item));
        keyedFor.filter(key -> !named.equals(Optional.of(key))).ifPresent(key -> pastedTo.putIfAbsent(key, row));
        keyedFor.ifPresent(key -> keyedRows.merge(key, 1, Integer::sum));
        if (ref.isEmpty()) {
            if (!editable.isEmpty() && keyedFor.isPresent()) {
                Key key = keyedFor.get();
                hold(key, List.of(WorkbookProblem.error(cell(row, UpdateColumn.REF), key.item(), "this row has no "
                        + UpdateColumn.REF.header() + ": " + changed(key, ref, id))), moved(key, cell(editable.values()
                        .iterator().next()), Optional.empty(), Optional.empty(), wordsOf(key, cells)));
            } else if (!editable.isEmpty()) {
                problems.add(WorkbookProblem.error(cell(editable.values().iterator().next()),
                        "this row has no " + UpdateColumn.REF.header() + ", so it is no item of the plan (a row added"
                                + " by hand?); put the update on the item's own row, or, for new work, fill in a row"
                                + " of the " + NewSubActionsSheet.NAME + " sheet"));
            }
            return;
        }
        Recommendation recommendation = byRef.get(ref.get());
        if (removedSince.contains(new Key(ref.get(), id))) {
            removed(row, new Key(ref.get(), id), editable);
            return;
        }
        if (recommendation == null) {
            keyRetyped = true;
            String none = "this plan has no recommendation " + Quote.single(ref.get());
            Optional<String> meant = meant(ref.get());
            problems.add(keyedFor.map(key -> WorkbookProblem.error(cell(row, UpdateColumn.REF), key.item(), none
                    + ": " + changed(key, ref, id))).orElseGet(() -> WorkbookProblem.of(Severity.ERROR,
                    Optional.empty(), cell(row, UpdateColumn.REF), meant.map(Item::of), none + meant.map(known
                    -> " (did you mean " + Quote.single(known) + "?); " + KEEP_KEYS).orElse("; " + KEEP_KEYS
                    + "; a row added below the items, for a total or a note, is not read: delete it"))));
            return;
        }
        Optional<SubAction> subAction = id.flatMap(i -> recommendation.subActions().stream()
                .filter(s -> s.id().equals(i)).findFirst());
        List<String> alike = id.isEmpty() ? List.of() : alike(recommendation, cells.get(columns.get(UpdateColumn.ID)));
        if (alike.size() > 1) {
            // 5.10 typed into a cell that is not text is the number 5.1: the row may be either, and reads as 5.1.
            keyRetyped = true;
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.ID), keyedFor.map(Key::item).orElse(Item.of(
                    ref.get(), id.get())), "the " + UpdateColumn.ID.header() + " is the number " + id.get()
                    + ", which sub-actions " + Quote.listed(alike, "and") + " each read as; "
                    + CellValues.DROPPED_ZERO));
            return;
        }
        if (id.isPresent() && subAction.isEmpty()) {
            keyRetyped = true;
            String none = "recommendation " + ref.get() + " has no sub-action " + Quote.single(id.get());
            problems.add(keyedFor.map(key -> WorkbookProblem.error(cell(row, UpdateColumn.ID), key.item(), none
                    + ": " + changed(key, ref, id))).orElseGet(() -> WorkbookProblem.error(cell(row,
                    UpdateColumn.ID), Item.of(recommendation.ref()), none + "; " + KEEP_KEYS)));
            return;
        }
        // The plan's own strings, not the cells': a copy's rows are kept only as long as it is read.
        Key key = new Key(recommendation.ref(), subAction.map(SubAction::id));
        if (keyedFor.isPresent() && !keyedFor.get().equals(key) && !wordsMatch(cells, recommendation, subAction)) {
            // Its hidden Row key names another item than its Ref and Id, whose grey words these are not: the key's
            // item's cells pasted on a row typed so, or its own row's Ref or Id typed over. Read by its Ref and Id,
            // what is typed here would go to another item, unsaid once that item's own row was deleted.
            Key written = keyedFor.get();
            refsApart.add(Map.entry(key, written));
            if (!editable.isEmpty()) {
                Place typed = cell(editable.values().iterator().next());
                Said moved = moved(written, typed, Optional.empty(), Optional.of(key), wordsOf(written, cells));
                hold(written, List.of(WorkbookProblem.error(typed, written.item(), "this row's "
                        + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header() + " say " + key.display()
                        + ", but " + changed(written, ref, id))), (cut, own, keyed) -> refsSortedApart()
                        ? List.of(WorkbookProblem.error(typed, written.item(), "the rows were sorted apart: this"
                        + " row's " + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header() + " say "
                        + key.display() + ", but its other cells are " + written.display() + "'s, as its words and"
                        + " hidden " + UpdateColumn.ROW_KEY.header() + " say (a sort that left "
                        + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header() + " out moved the rest of the"
                        + " rows alone), so what is typed here is meant for " + written.display() + "; undo the sort;"
                        + " to sort, select every column from " + UpdateColumn.REF.header() + " to "
                        + UpdateColumn.LAST_UPDATE.header())) : moved.of(cut, own, keyed));
            }
            return;
        }
        if (editable.isEmpty() && insertedByHand(cells)) {
            cutFrom.putIfAbsent(key, row);
            // Not the item's row, whose cells it would seem to clear: one warning for it, where it holds words. Or the
            // item's row, whose cells to fill in were cut, or cleared: which, the other rows say.
            boolean words = cells.values().stream().filter(c -> !c.isBlank()).count() > (id.isPresent() ? 2 : 1);
            held.add(new Held(key, row, new long[] {told.reserve()}, words ? List.of(WorkbookProblem.warning(cell(row,
                    UpdateColumn.REF), Optional.of(key.item()), "this row was inserted by hand (its hidden "
                    + UpdateColumn.ROW_KEY.header() + " is blank), so nothing on it is read: an update of "
                    + key.display() + " goes on its own row, and new work in a row of the " + NewSubActionsSheet.NAME
                    + " sheet")) : List.of(), null));
            return;
        }
        if (key.id().isEmpty()) {
            rowOf.putIfAbsent(key, row);
        }
        Optional.ofNullable(columns.get(UpdateColumn.OWNER)).filter(index -> index >= 0).map(cells::get).map(cell
                -> shown(cell, UpdateColumn.OWNER).strip()).filter(owner -> !owner.isEmpty()).ifPresent(owner
                -> shownOwners.putIfAbsent(key, owner));
        seen(key, row, editable);
        Optional<String> writtenFor = Optional.empty();
        Set<UpdateColumn> inPlace = EnumSet.noneOf(UpdateColumn.class); // the Row keys that still say this row's item
        for (UpdateColumn rowKey : UpdateColumn.SORT_KEYS) {
            Optional<String> written = columnsOf(sheet).containsKey(rowKey) ? keyText(cells, rowKey, row)
                    .filter(text -> !text.isEmpty()) : Optional.empty(); // a workbook written before the column
            if (written.isPresent() && !written.get().equals(UpdateWorkbookWriter.rowKey(recommendation, subAction))
                    && !written.equals(Optional.ofNullable(renamedFrom.get(key)).map(Key::display))) {
                writtenFor = writtenFor.or(() -> written);
            } else if (written.isPresent()) {
                inPlace.add(rowKey);
            }
        }
        if (writtenFor.isPresent() && wordsMatch(cells, recommendation, subAction)) {
            // A row a sort moved whose words stayed with its Ref and Id (a recommendation's Finding, where the sort
            // began at Sub-action): with the rows whose words moved, they tell a sort from Ids typed over (run 82 #1).
            keyedFor.filter(other -> !other.equals(key)).ifPresent(other -> refsApart.add(Map.entry(key, other)));
            if (keyedFor.isPresent() && !written.isEmpty() && !written.contains(key)) {
                pastedOver(row, keyedFor.get(), key, recommendation, subAction, editable);
                return;
            }
            if (keyedFor.isPresent() && !written.isEmpty() && !written.contains(keyedFor.get())) {
                pastedFrom(row, key, keyedFor.get(), editable);
                return;
            }
            // A sort of only some columns moved Ref and Id away from the cells to fill in, and the hidden key among
            // those cells stayed with them: read by its Ref and Id, what was typed here would go to another item. A
            // cell whose keys on either side are both still in place did not move (Update for this period, between
            // Row key and Row key 3, where a sort of Progress % now to Owner's BRAG took Row key 2 alone); one beside a
            // key that moved may have moved with it (Update, where a sort of Update and Last update took Row key 3).
            List<CellContent> sortedCells = editable.entrySet().stream().filter(e -> !besideKeysInPlace(e.getKey(),
                    inPlace)).map(Map.Entry::getValue).toList();
            if (!sortedCells.isEmpty()) {
                Place typed = cell(sortedCells.getFirst());
                List<WorkbookProblem> sorted = List.of(WorkbookProblem.error(typed, key.item(), "the rows were"
                        + " sorted apart: this row's " + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header()
                        + " are " + key.display() + ", but its cells to fill in were on the row of " + writtenFor.get()
                        + " when the workbook was written (a sort with only some columns selected moves those alone),"
                        + " so what is typed here may be meant for " + writtenFor.get() + "; undo the sort, or type"
                        + " each update again on the row of the item it is for, in a copy sorted whole or not at all;"
                        + " to sort, select every column from " + UpdateColumn.REF.header() + " to "
                        + UpdateColumn.LAST_UPDATE.header()));
                keyedFor.ifPresentOrElse(moved -> hold(moved, sorted, moved(moved, typed, Optional.of(key),
                        Optional.empty(), false)), () -> problems.addAll(sorted));
                return;
            }
            // What is typed is all beside a key still in place, which did not move: the row's, read as any other
            // (run 78 #1, #2: a Row key pasted over from another row, or sorted with only the columns after it). Its
            // grey cells may be another row's, so they are not checked.
            keysApart.put(row, key);
        }
        ratedByColour(colouredBlanks.get(columns.get(UpdateColumn.BRAG)), key, recommendation, subAction.isPresent());
        // Work the plan completed since the workbook was written had cells to fill in in this copy: what is typed
        // there is refused as on any row changed since, not dropped as typed on a row that had none (run 83 #2).
        if (UpdateWorkbook.closed(recommendation, subAction, identity.period()) && !(changed.contains(key)
                && !wordingAlone.contains(key) && !filledInThen(key, recommendation, subAction))) {
            notReadWhereClosed(key, subAction, editable);
        }
        if (editable.isEmpty()) {
            if (!keysApart.containsKey(row)) {
                typedOverOrPasted(row, cells, keyedFor, key, recommendation, subAction);
            }
            return;
        }
        if (renamedFrom.containsKey(key)) {
            problems.add(WorkbookProblem.warning(cell(editable.values().iterator().next()), Optional.of(key.item()),
                    renamedSince(renamedFrom.get(key), key) + "; what is typed on its row was read as "
                    + key.display() + "'s"));
        }
        if (changed.contains(key) || twinSince.containsKey(key)) {
            // A row the plan says already, every cell of it (this copy imported before), changes nothing: it is read
            // as any other, so that importing a copy again is no mistake, even where it gave the item a new owner,
            // whose row it now is. Any other row of a changed item is refused.
            int before = problems.size();
            Optional<Filled> read = read(row, key, recommendation, subAction, editable);
            if (read.isPresent() && inThePlan(read.get(), recommendation, subAction) && !filled.containsKey(key)) {
                alreadyImported.add(key);
                filled.put(key, read.get());
                return;
            }
            problems.subList(before, problems.size()).clear();
            if (filledInThen(key, recommendation, subAction)) {
                if (!ownerChangeRead(key, recommendation, subAction, editable)) {
                    return;
                }
            } else if (wordingAlone.contains(key) && UpdateWorkbook.fillsIn(identity.owner(), recommendation,
                    subAction)) {
                wordingChangeRead(key, editable);
            } else if (read.isPresent() && completedAlike(read.get(), recommendation, subAction)
                    && !twinSince.containsKey(key) && !movedSince.containsKey(key)) {
                // The owner says the work was completed on the day the plan came to say since (run 85 #6).
                readThoughChanged.add(key);
                problems.add(WorkbookProblem.warning(cell(editable.values().iterator().next()), Optional.of(key
                        .item()), key.named()
                        + " was completed in the plan since the workbook was exported for " + identity.period()
                        + ", on the day this row gives: what is typed on its row was read"));
            } else {
                refuseChangedRow(key, recommendation, subAction, editable, cells);
                return;
            }
        }
        // Where the recommendation has changed, its owner may have: whose the row was is no longer known. Where the
        // item's owner alone changed, the row was its owner's then.
        if (!UpdateWorkbook.fillsIn(identity.owner(), recommendation, subAction)
                && !changed.contains(new Key(key.ref(), Optional.empty())) && !readThoughChanged.contains(key)) {
            String theirs = Quote.singleName(UpdateWorkbook.rowOwner(recommendation, subAction));
            String ours = Quote.singleName(identity.owner().orElseThrow());
            if (UpdateWorkbook.holds(identity.owner(), recommendation, subAction)) {
                // Each cell typed in, so that clearing the first does not find the next on the next import (run 110
                // #5).
                editable.values().forEach(typed -> problems.add(WorkbookProblem.error(cell(typed), key.item(),
                        "this row is to be filled in in the copy for " + theirs + "; in this copy, for " + ours
                        + ", it is greyed, there to show where it stands: clear this cell, and give the row to its"
                        + " owner to fill in in theirs")));
            } else { // a row this copy never had was pasted in, most likely from its owner's copy
                problems.add(WorkbookProblem.error(cell(editable.values().iterator().next()), key.item(), "this row is"
                        + " not in this copy, for " + ours + " (pasted from the copy for " + theirs + "?): " + theirs
                        + " fills it in, in theirs; delete it here"));
            }
            return;
        }
        Filled first = filled.get(key);
        if (first != null) {
            keyRetyped = true;
            // One row number twice: the file lists a row twice, as no spreadsheet writes one.
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.REF), key.item(), "a second filled-in row for "
                    + key.display() + (first.row() == row ? " (the file lists row " + row + " twice, as a program"
                    + " changing it may; open it in Excel or LibreOffice and save it again)" : " (the first is row "
                    + first.row() + ")") + "; fill in one row for each item"));
            return;
        }
        if (rowsOf.get(key).size() == 1 && !keysApart.containsKey(row)) { // a second row filled in is refused
            typedOverOrPasted(row, cells, keyedFor, key, recommendation, subAction);
        }
        read(row, key, recommendation, subAction, editable).ifPresent(f -> {
            filled.put(key, f);
            boolean said = inThePlan(f, recommendation, subAction);
            saysAnew |= !said;
            // An update the plan's update for the period says already, as every other cell, is this row imported
            // before, though the item, whose fingerprint its updates are not part of, is as it was.
            if (f.update().isPresent() && said) {
                alreadyImported.add(key);
            }
        });
    }

    /**
     * {@link #typedOver}, but for a row of the item's own cells to fill in, its hidden Row key among them, pasted on a
     * row inserted by hand, where its Ref and Id were typed and its grey cells are blank: where the item's row, with
     * its grey words, is left with its cells to fill in cut, nothing was typed over, and the row is read as its.
     */
    private void typedOverOrPasted(int row, Map<Integer, CellContent> cells, Optional<Key> keyedFor, Key key,
            Recommendation recommendation, Optional<SubAction> subAction) {
        int before = problems.size();
        int offBefore = lastUpdatesOff.size();
        typedOver(row, cells, key, recommendation, subAction);
        Integer words = columns.get(subAction.isPresent() ? UpdateColumn.SUB_ACTION : UpdateColumn.FINDING);
        if (keyedFor.equals(Optional.of(key)) && words != null && (cells.get(words) == null || cells.get(words)
                .isBlank())) {
            pastedTo.putIfAbsent(key, row);
            List<WorkbookProblem> warned = new ArrayList<>(problems.subList(before, problems.size()));
            List<LastUpdateOff> off = lastUpdatesOff.subList(offBefore, lastUpdatesOff.size());
            off.forEach(last -> last.typedOver().ifPresent(warned::add));
            off.clear();
            problems.subList(before, problems.size()).clear();
            hold(key, warned, (cut, own, keyed) -> cut == null ? warned : List.of());
        }
    }

    /**
     * Refuses, or warns of where nothing is filled in, a row of {@code key}'s whose Ref, Id and grey cells are those
     * of an item this copy has no row for, {@code pasted}: copied over from another copy, in a paste of values that
     * left the hidden Row key as it was.
     */
    private void pastedOver(int row, Key key, Key pasted, Recommendation recommendation, Optional<SubAction> subAction,
            Map<UpdateColumn, CellContent> editable) {
        refuseOrWarn(row, key, editable, "this row is " + key.display() + "'s (its hidden "
                + UpdateColumn.ROW_KEY.header() + " says so), but its " + UpdateColumn.REF.header() + " and "
                + UpdateColumn.ID.header() + ", and the cells beside them, are " + pasted.display() + "'s, which is"
                + " not in this copy" + pastedFromCopyOf(recommendation, subAction) + "; put back " + key.display()
                + "'s " + UpdateColumn.REF.header() + ", " + UpdateColumn.ID.header() + " and what was pasted over it"
                + " (undo the paste), and type any update of " + key.display() + " again");
    }

    /** Where a row of an item this copy has no row for came from: its owner's copy, where copies are by owner. */
    private String pastedFromCopyOf(Recommendation recommendation, Optional<SubAction> subAction) {
        return identity.owner().map(ours -> ", for " + Quote.singleName(ours) + " (pasted over from the copy for "
                + Quote.singleName(UpdateWorkbook.rowOwner(recommendation, subAction)) + "?)")
                .orElse(" (pasted over?)");
    }

    /** Tells {@code said} of {@code key}'s row: an error at its first cell filled in, a warning where none is. */
    private void refuseOrWarn(int row, Key key, Map<UpdateColumn, CellContent> editable, String said) {
        problems.add(editable.isEmpty() ? WorkbookProblem.warning(cell(row, UpdateColumn.REF), Optional.of(key
                .item()), said) : WorkbookProblem.error(cell(editable.values().iterator().next()), key.item(), said));
    }

    /** Whether the grey words of a row are those of the plan's item {@code key}, as {@link #wordsMatch} tells. */
    private boolean wordsOf(Key key, Map<Integer, CellContent> cells) {
        Recommendation recommendation = byRef.get(key.ref());
        return recommendation != null && wordsMatch(cells, recommendation, subActionOf(recommendation, key));
    }

    /**
     * Refuses, or warns of where nothing is filled in, a row of {@code key}'s whose cells to fill in hold those of
     * {@code from}'s row, hidden Row key and all, an item this copy has no row for: pasted over from another owner's
     * copy, values only, so the grey cells beside them are the row's own.
     */
    private void pastedFrom(int row, Key key, Key from, Map<UpdateColumn, CellContent> editable) {
        Recommendation recommendation = byRef.get(from.ref());
        refuseOrWarn(row, key, editable, "the cells to fill in of this row, " + key.display() + "'s, hold those of "
                + from.display() + "'s row, its hidden " + UpdateColumn.ROW_KEY.header() + " among them, which is not"
                + " in this copy" + pastedFromCopyOf(recommendation, subActionOf(recommendation, from)) + ", so what is"
                + " typed here may be " + from.display() + "'s; undo the paste, or select this row's cells to fill in,"
                + " press Delete and type any update of " + key.display() + " again");
    }

    /**
     * What a row holding {@code key}'s cells to fill in (its hidden Row key says so), typed in, says at {@code at} once
     * the sheet is read, where they are not where a sort of some columns leaves them: moved from the item's own row,
     * blank where they were ({@code cut}); moved from a row since deleted; copied, the key on its own row too; or cut
     * or copied onto a row of no item from its own row, filled in again. The row is the row of another item, {@code
     * rowOf}, that the cells were moved onto; or one whose Ref and Id were typed as {@code typedAs}; or neither, a row
     * without a Ref. Null where it is a sort's, or where the row's grey words are the item's ({@code ownWords}): its
     * own row, its Ref or Id typed over.
     */
    private Said moved(Key key, Place at, Optional<Key> rowOf, Optional<Key> typedAs, boolean ownWords) {
        String onto = rowOf.map(other -> ", onto the row of " + other.display() + " and over anything typed for it,")
                .or(() -> typedAs.map(other -> ", onto a row whose " + UpdateColumn.REF.header() + " and "
                        + UpdateColumn.ID.header() + " were typed as " + other.display() + ",")).orElse("");
        String hidden = " with its hidden " + UpdateColumn.ROW_KEY.header() + " among them";
        String again = rowOf.map(other -> ", and type any update of " + other.display() + " again").orElse("");
        return (cut, own, keyed) -> {
            if (ownWords) {
                return null;
            }
            if (cut != null) {
                return List.of(WorkbookProblem.error(at, key.item(), "the cells to fill in of " + key.display()
                        + "'s row, row " + cut + ", were moved here" + onto + hidden + " (cut and pasted?), so what is"
                        + " typed here is " + key.display() + "'s, not on its own row; cut them and paste them back on"
                        + " row " + cut + again + "; to move a row, cut and paste the whole row"));
            }
            if (own == null) {
                return List.of(WorkbookProblem.error(at, key.item(), "the cells to fill in of " + key.display()
                        + "'s row were moved here" + onto + hidden + ", and " + key.display() + " has no row left"
                        + " (cut and pasted, and its row deleted?), so what is typed here is " + key.display() + "'s;"
                        + " undo the deletion and the move" + again));
            }
            String holding = "these cells to fill in hold " + key.display() + "'s hidden " + UpdateColumn.ROW_KEY
                    .header();
            if (rowOf.isPresent() && keyed > 1) {
                return List.of(WorkbookProblem.error(at, key.item(), holding + ", as its own row, row " + own + ","
                        + " does: they were copied here" + onto.substring(0, Math.max(0, onto.length() - 1))
                        + " (pasted?), so what is typed here may be "
                        + key.display() + "'s; undo the paste, or select these cells, press Delete" + again));
            }
            if (rowOf.isEmpty()) {
                return List.of(WorkbookProblem.error(at, key.item(), holding + typedAs.map(other -> " on a row whose "
                        + UpdateColumn.REF.header() + " and " + UpdateColumn.ID.header() + " were typed as "
                        + other.display()).orElse(" on a row without a " + UpdateColumn.REF.header()) + " (cut or"
                        + " copied from " + key.display() + "'s row, row " + own + ", and pasted here?), so what is"
                        + " typed here is on no item's own row; cut them and paste them back on row " + own + ", or,"
                        + " if row " + own + " says what is meant, select these cells and press Delete"));
            }
            return null;
        };
    }

    /**
     * Whether the rows whose Ref and Id say one item while their words and hidden Row keys say another are two or
     * more that name each other's items, each once: a sort that left Ref and Id out (run 79 #3), where an Id typed
     * over names an item whose own row is still there too.
     */
    private boolean refsSortedApart() {
        if (refsApart.size() < 2) {
            return false;
        }
        Map<Key, Integer> named = new HashMap<>();
        refsApart.forEach(keys -> {
            named.merge(keys.getKey(), 1, Integer::sum);
            named.merge(keys.getValue(), -1, Integer::sum);
        });
        return named.values().stream().allMatch(count -> count == 0);
    }

    /**
     * Holds the problems {@code asRead} of a row about {@code key}'s cells to fill in, which may have been cut and
     * pasted (see {@link #cutFrom}), each at its place among those found, until the sheet is read whole.
     */
    private void hold(Key key, List<WorkbookProblem> asRead, Said said) {
        long[] places = new long[Math.max(1, asRead.size())];
        Arrays.setAll(places, i -> told.reserve());
        held.add(new Held(key, -1, places, asRead, said));
    }

    /**
     * Tells the problems held, as the rows of the sheet read whole say what was moved. The rows whose cells were
     * cleared, or cut and pasted nowhere, a block of them selected and deleted, are told in one warning.
     */
    private void tellHeld() {
        List<Held> cleared = new ArrayList<>();
        for (Held row : held) {
            Integer cut = cutFrom.get(row.key());
            Integer own = rowsOf.containsKey(row.key()) ? rowsOf.get(row.key()).getFirst().getKey() : null;
            List<WorkbookProblem> said;
            if (row.said() == null) { // a row of the item's with its cells to fill in blank, hidden keys and all
                // pasted elsewhere: told there; another row of the item's read: this one inserted; else cleared
                boolean pasted = pastedTo.containsKey(row.key());
                if (!pasted && own == null) {
                    cleared.add(row);
                }
                said = !pasted && own != null ? row.asRead() : List.of();
            } else {
                said = row.said().of(cut, own, keyedRows.getOrDefault(row.key(), 0));
                said = said == null ? row.asRead() : said;
            }
            for (int i = 0; i < said.size() && i < row.places().length; i++) {
                tellAt(said.get(i), row.places()[i]);
            }
        }
        if (!cleared.isEmpty()) {
            boolean one = cleared.size() == 1;
            Held first = cleared.getFirst();
            List<String> each = new ArrayList<>(cleared.stream().limit(10).map(row -> row.row() + " ("
                    + row.key().display() + ")").toList());
            if (cleared.size() > 10) {
                each.add((cleared.size() - 10) + " more");
            }
            String rows = one ? "this row, " + first.key().display() + "'s," : "rows " + Quote.listed(each, "and")
                    + ",";
            tellAt(WorkbookProblem.warning(cell(first.row(), UpdateColumn.REF), one ? Optional.of(first.key().item())
                    : Optional.empty(), "the cells to fill in of " + rows + " " + (one ? "its" : "their") + " hidden "
                    + UpdateColumn.ROW_KEY.header() + (one ? "" : "s") + " among them, were cleared or cut, so nothing"
                    + " of " + (one ? first.key().display() : "them") + " is read; if they held " + (one ? "an update,"
                    + " type or paste it on this row" : "updates, type or paste them on their rows") + " again"),
                    first.places()[0]);
        }
        held.clear();
    }

    /**
     * One warning naming the rows read by their Ref and Id though a hidden Row key does not say their item, nothing
     * being typed beside that key: the sort or paste that moved it is best undone before more is typed.
     */
    private void tellKeysApart() {
        if (keysApart.isEmpty()) {
            return;
        }
        List<String> rows = new ArrayList<>(keysApart.entrySet().stream().limit(10).map(row -> row.getKey() + " ("
                + row.getValue().display() + ")").toList());
        if (keysApart.size() > 10) {
            rows.add((keysApart.size() - 10) + " more");
        }
        boolean one = keysApart.size() == 1;
        Map.Entry<Integer, Key> first = keysApart.entrySet().iterator().next();
        problems.add(WorkbookProblem.warning(cell(first.getKey(), UpdateColumn.REF), one ? Optional.of(first.getValue()
                .item()) : Optional.empty(), (one ? "a hidden " + UpdateColumn.ROW_KEY.header() + " of this row, "
                + first.getValue().display() + "'s, does not say its item" : "a hidden " + UpdateColumn.ROW_KEY
                .header() + " of each of rows " + Quote.listed(rows, "and") + " does not say its item") + " (a sort"
                + " with only some columns selected, or cells pasted from another row), but nothing is typed beside"
                + " it, so " + (one ? "the row was" : "each was") + " read by its " + UpdateColumn.REF.header()
                + " and " + UpdateColumn.ID.header() + ", and its grey cells not checked; undo the sort or paste"
                + " before typing more, and to sort, select every column from " + UpdateColumn.REF.header() + " to "
                + UpdateColumn.LAST_UPDATE.header()));
    }

    private void tellAt(WorkbookProblem problem, long place) {
        errors += problem.isError() ? 1 : 0;
        told.add(part, problem.in(named), place);
    }

    /**
     * The problems of a row about an item whose cells to fill in may have been moved, once the sheet is read: from
     * the row {@code cut}, its Row key blank; where the item has a row read as its own, {@code own}; and how many rows'
     * hidden Row keys name it, {@code keyed}. Null for those found as the row was read.
     */
    @FunctionalInterface
    private interface Said {
        List<WorkbookProblem> of(Integer cut, Integer own, int keyed);
    }

    /**
     * A row's problems held, at their places among those found; see {@link #hold}. {@code said} is null for a row of
     * the item's own whose cells to fill in are blank, hidden keys and all ({@code row} its number), told by
     * {@link #tellHeld}.
     */
    private record Held(Key key, int row, long[] places, List<WorkbookProblem> asRead, Said said) {}

    /**
     * Takes out of {@code editable}, with a warning at each, what was typed on the row of work the plan closed before
     * the period in cells it shows grey and locked, but for its figures: its words, owner, blocker and rating, which
     * would give a completed item news, an owner or a blocker, are not read, as a grey cell typed over is not (run 75
     * #4). A progress or a completion day is read, for the rules for reopening to judge: one that would reopen the
     * work is refused there.
     */
    private void notReadWhereClosed(Key key, Optional<SubAction> subAction, Map<UpdateColumn, CellContent> editable) {
        // No to work the plan still holds blocked clears a blocker left standing, which is no news of the work (run 77
        // #11).
        boolean unblocks = subAction.flatMap(SubAction::blockedBy).isPresent() && Optional.ofNullable(editable.get(
                UpdateColumn.BLOCKED)).flatMap(cell -> {
                    try {
                        return CellValues.yesNo(cell);
                    } catch (CellValueException e) {
                        return Optional.empty();
                    }
                }).equals(Optional.of(false));
        for (UpdateColumn column : List.of(UpdateColumn.NEW_TIMESCALE, UpdateColumn.NEW_OWNER, UpdateColumn.BLOCKED,
                UpdateColumn.BLOCKED_BY, UpdateColumn.BRAG, UpdateColumn.UPDATE)) {
            CellContent typed = unblocks && column == UpdateColumn.BLOCKED ? null : editable.remove(column);
            if (typed != null) {
                problems.add(WorkbookProblem.warning(cell(typed), Optional.of(key.item()), column.header() + " is not"
                        + " read, so " + Quote.single(Quote.shown(typed.text().strip())) + " typed here changes"
                        + " nothing; " + CLOSED_ROW));
            }
        }
    }

    /**
     * Where what is said on the row of {@code subAction} of {@code recommendation}, or of the recommendation itself,
     * goes, where the row has no cells to fill in in this copy: work the plan closed before the period has none, as a
     * row filled in in another owner's copy (run 67 #6, run 72 #9).
     */
    private Optional<String> noCellsHere(Recommendation recommendation, Optional<SubAction> subAction) {
        if (UpdateWorkbook.closed(recommendation, subAction, identity.period())) {
            return Optional.of(CLOSED_ROW);
        }
        if (!UpdateWorkbook.fillsIn(identity.owner(), recommendation, subAction)) {
            String owner = UpdateWorkbook.rowOwner(recommendation, subAction);
            return Optional.of("the row is to be filled in in the copy " + (owner.equals(PlanSummary.NO_OWNER)
                    ? "for the items with no owner given" : "of " + Quote.singleName(owner))
                    + ": what it says goes there");
        }
        return Optional.empty();
    }

    /**
     * Warns of each read-only cell of an unchanged item's row that no longer says what the workbook wrote there, typed
     * over with the sheet unprotected: it is not read, so what was typed there changes nothing, and the warning names
     * the column that is read for it. Texts too long for a cell, which the workbook cut, are not compared, nor, where
     * the plan has changed since the export, the last update, which an import of another copy moves on.
     */
    private void typedOver(int row, Map<Integer, CellContent> cells, Key key, Recommendation recommendation,
            Optional<SubAction> subAction) {
        if (changed.contains(key) || changed.contains(new Key(key.ref(), Optional.empty()))) {
            return;
        }
        Map<UpdateColumn, String> written = shownNow(recommendation, subAction);
        if (planChanged) {
            written.remove(UpdateColumn.LAST_UPDATE);
        }
        // Where the recommendation and its sub-actions are as exported (an import of another copy since changed
        // others), they stand as the workbook showed, at its date, by its rule.
        if (identity.assessor().isPresent() && !movedSinceExport.contains(recommendation.ref())) {
            written.putAll(exportedStatuses().getOrDefault(key, Map.of()));
        }
        if (subAction.isEmpty()) { // blank on a recommendation's row, where new work typed would go unread
            written.put(UpdateColumn.SUB_ACTION, "");
        } else { // blank on a sub-action's row, where news typed would go unread (run 75 #12)
            written.put(UpdateColumn.LAST_UPDATE, "");
        }
        // A recommendation's due date is its last sub-action's where it has no deadline: one added since moves it.
        if (subAction.isPresent() || !movedSinceExport.contains(recommendation.ref())) {
            written.put(UpdateColumn.DUE, subAction.map(s -> s.due().flatMap(Timescale::dueDate))
                    .orElseGet(recommendation::dueDate).map(Dates::shortDate).orElse(""));
        }
        written.forEach((column, text) -> {
            Integer index = columns.get(column);
            CellContent cell = index == null ? null : cells.get(index);
            if (cell != null && cell.type() == CellContent.Type.TOO_LONG) {
                problems.add(WorkbookProblem.warning(cell(row, column), Optional.of(key.item()), column.header()
                        + " is not read, so what is typed here changes nothing, and it "
                        + CellValues.tooLong(cell)));
                return;
            }
            // As written: switched to the 1904 date system, a date written shows 4 years later, but is not typed over
            // (run 87 #3).
            String now = cell == null ? "" : shown(cell.asWritten(), column);
            // A column deleted (index -1) holds nothing typed over: what it showed is not read anyway.
            if (index == null || index < 0 || text.length() >= SpreadsheetCells.CELL_LIMIT
                    || saysAsWritten(column, now, text, recommendation, subAction)
                    || givenWhereRead(cells, column, now)) {
                return;
            }
            WorkbookProblem typedOver = WorkbookProblem.warning(cell(row, column), Optional.of(key.item()),
                    column.header() + " is not read, so " + (now.isEmpty() ? "clearing it" : Quote.single(Quote
                    .shown(now)) + " typed here") + " changes nothing (the plan has " + (text.isEmpty()
                    ? "nothing there" : Quote.single(Quote.shown(text))) + "); " + noCellsHere(recommendation,
                    subAction).orElseGet(() -> typeInstead(column, recommendation, subAction.isPresent())));
            if (column == UpdateColumn.LAST_UPDATE) { // told once the sheet is read: a sort may have moved it
                lastUpdatesOff.add(new LastUpdateOff(row, Optional.of(typedOver).filter(w -> now.isEmpty()
                        || !lastUpdateOf(now).filter(other -> !other.equals(key)).isPresent()), told.reserve()));
                return;
            }
            problems.add(typedOver);
        });
    }

    /** The recommendation whose last update the Last update cell of its row shows as {@code shown}, if any. */
    private Optional<Key> lastUpdateOf(String shown) {
        if (lastUpdates == null) {
            lastUpdates = new HashMap<>();
            plan.recommendations().forEach(r -> Optional.ofNullable(UpdateWorkbookWriter.planTexts(r, Optional
                    .empty()).get(UpdateColumn.LAST_UPDATE)).filter(text -> !text.isEmpty()).ifPresent(text
                    -> lastUpdates.putIfAbsent(squeezed(text), new Key(r.ref(), Optional.empty()))));
        }
        return Optional.ofNullable(lastUpdates.get(squeezed(shown)));
    }

    /**
     * Tells each Last update typed over or cleared, or, where any shows another recommendation's last update, one
     * warning for them all: a sort that left the column out moved them, and none was typed (run 82 #2).
     */
    private void tellLastUpdatesOff() {
        if (lastUpdatesOff.stream().anyMatch(off -> off.typedOver().isEmpty())) {
            List<String> rows = lastUpdatesOff.stream().map(off -> String.valueOf(off.row())).toList();
            tellAt(WorkbookProblem.warning(cell(lastUpdatesOff.getFirst().row(), UpdateColumn.LAST_UPDATE),
                    Optional.empty(), UpdateColumn.LAST_UPDATE.header() + " on rows " + Quote.first(rows, 10)
                    + " shows what other rows' did when the workbook was written (a sort that left it out?); it is"
                    + " not read, so nothing is lost, but to sort, select every column from " + UpdateColumn.REF
                    .header() + " to " + UpdateColumn.LAST_UPDATE.header()), lastUpdatesOff.getFirst().place());
        } else {
            lastUpdatesOff.forEach(off -> tellAt(off.typedOver().orElseThrow(), off.place()));
        }
        lastUpdatesOff.clear();
    }

    /** A row's Last update not as written: the warning it would have where typed over, and its place among those. */
    private record LastUpdateOff(int row, Optional<WorkbookProblem> typedOver, long place) {}

    /**
     * Whether what was typed over a read-only {@code column}'s cell, {@code typed}, was typed in the row's cell that is
     * read for it as well: the owner gave it twice, and the one read says it (run 72 #9).
     */
    private boolean givenWhereRead(Map<Integer, CellContent> cells, UpdateColumn column, String typed) {
        List<UpdateColumn> read = switch (column) {
            case PROGRESS_REPORTED -> List.of(UpdateColumn.PROGRESS);
            case BRAG_REPORTED -> List.of(UpdateColumn.BRAG);
            case BLOCKED_REPORTED -> List.of(UpdateColumn.BLOCKED, UpdateColumn.BLOCKED_BY);
            case OWNER -> List.of(UpdateColumn.NEW_OWNER);
            case TIMESCALE -> List.of(UpdateColumn.NEW_TIMESCALE);
            default -> List.of();
        };
        return !typed.isBlank() && read.stream().map(columns::get).filter(index -> index != null && index >= 0
                && cells.get(index) != null).anyMatch(index -> squeezed(shown(cells.get(index), column))
                .equalsIgnoreCase(squeezed(typed)));
    }

    /**
     * Where to type what a read-only {@code column}'s cell was typed over with, on a row of {@code recommendation}
     * with cells to fill in: on a recommendation's own row, where its progress or due date is its sub-actions', on
     * theirs (run 75 #5).
     */
    private static String typeInstead(UpdateColumn column, Recommendation recommendation, boolean subActionRow) {
        return switch (column) {
            case TIMESCALE, DUE -> UpdateColumn.NEW_TIMESCALE.appliesTo(recommendation, subActionRow) ? "type a new"
                    + " timescale in " + UpdateColumn.NEW_TIMESCALE.header() : "it is due when its last sub-action"
                    + " is: type new timescales on their rows";
            case OWNER -> "type a new owner in " + UpdateColumn.NEW_OWNER.header();
            case PROGRESS_REPORTED -> UpdateColumn.PROGRESS.appliesTo(recommendation, subActionRow) ? "type the"
                    + " progress now in " + UpdateColumn.PROGRESS.header() : "it is worked out from its"
                    + " sub-actions': type theirs on their rows";
            case BRAG_REPORTED -> "type a new rating in " + UpdateColumn.BRAG.header();
            case BLOCKED_REPORTED -> subActionRow ? "type Yes or No in "
                    + UpdateColumn.BLOCKED.header() + ", and who the work is waiting on in "
                    + UpdateColumn.BLOCKED_BY.header() : "a recommendation waits on someone through its"
                    + " sub-actions: type it on their rows";
            case STATUS -> "it is worked out from the plan; " + (!subActionRow ? "give your own"
                    + " rating in " + UpdateColumn.BRAG.header() + ", and " : "") + "say where the work"
                    + " stands in " + UpdateColumn.UPDATE.header();
            case REASON -> "it is worked out from the plan; say why in " + UpdateColumn.UPDATE.header();
            // What was said before, kept by the plan: this period's news has a column of its own (run 77 #8).
            case LAST_UPDATE -> "it shows what was said before; type this period's news in "
                    + UpdateColumn.UPDATE.header();
            case SUB_ACTION -> subActionRow ? "the plan's words change in the plan itself; say"
                    + " what has changed in " + UpdateColumn.UPDATE.header() : "for new work, fill in a row"
                    + " of the " + NewSubActionsSheet.NAME + " sheet";
            default -> "the plan's words change in the plan itself; say what has changed in "
                    + UpdateColumn.UPDATE.header();
        };
    }

    /**
     * What of a read-only cell's text is compared with the plan's: a rating without the period below it, which an
     * import adds to a rating that names none (a published plan's) as it moves the plan on, and no owner types.
     */
    private static String compared(UpdateColumn column, String text) {
        return column == UpdateColumn.BRAG_REPORTED && text.indexOf('\n') >= 0 ? text.substring(0, text.indexOf('\n'))
                : text;
    }

    /**
     * Whether the row's grey words (a sub-action's, or the finding on a recommendation's row) are those of the item its
     * Ref and Id name: where the hidden Row key names another, they moved together, in a sort of only some columns.
     * Where they are not, the Ref or Id was typed over instead, which the other checks of a row's keys report.
     */
    private boolean wordsMatch(Map<Integer, CellContent> cells, Recommendation recommendation,
            Optional<SubAction> subAction) {
        UpdateColumn words = subAction.isPresent() ? UpdateColumn.SUB_ACTION : UpdateColumn.FINDING;
        String written = UpdateWorkbookWriter.planTexts(recommendation, subAction).get(words);
        Integer index = columns.get(words);
        CellContent cell = index == null ? null : cells.get(index);
        return written.length() >= SpreadsheetCells.CELL_LIMIT || cell == null && written.isEmpty()
                || cell != null && cell.type() != CellContent.Type.TOO_LONG && saysAsWritten(words, shown(cell,
                words), written, recommendation, subAction);
    }

    /**
     * Whether {@code shown}, a read-only cell's text, says what the workbook wrote there, {@code written}: alike as
     * {@link #squeezed} compares them, or, in an item's words, as a copy written by an earlier version showed them
     * ({@link UpdateWorkbookWriter#wordsBefore}).
     */
    private static boolean saysAsWritten(UpdateColumn column, String shown, String written,
            Recommendation recommendation, Optional<SubAction> subAction) {
        return squeezed(compared(column, shown)).equals(squeezed(compared(column, written)))
                // A copy written before Progress reported was rounded shows the figure the plan holds, whole.
                || column == UpdateColumn.PROGRESS_REPORTED && subAction.flatMap(UpdateWorkbookWriter::progressHeld)
                .filter(held -> squeezed(compared(column, shown)).equals(squeezed(compared(column,
                        held.toString())))).isPresent()
                || (column == UpdateColumn.FINDING || column == UpdateColumn.SUB_ACTION) && UpdateWorkbookWriter
                .wordsBefore(recommendation, subAction).stream().anyMatch(before -> squeezed(shown).equals(squeezed(
                        before)));
    }

    /**
     * Each item's Status and Reason as the workbook showed them, by its key; worked out once, for the whole plan. None
     * where, the plan being as exported, the rule of the name the workbook gives worked them out otherwise when it was
     * written (the workbook's digest of them differs): a version of actionplan since has changed the rule, and what
     * the cells showed is not known. A plan changed since the export has other statuses than the digest's anyway: its
     * items as exported are compared by the rule as it is.
     */
    private Map<Key, Map<UpdateColumn, String>> exportedStatuses() {
        if (exportedStatuses == null) {
            exportedStatuses = new HashMap<>();
            // The plan as it is now may record work completed after the workbook's date (a copy imported since with
            // a later reporting date): then it cannot be assessed at that date, and the statuses are not compared.
            if (Assessor.earliestAsOf(plan).filter(day -> day.isAfter(identity.reportingDate())).isPresent()) {
                return exportedStatuses;
            }
            Map<Key, Map<UpdateColumn, String>> texts = new HashMap<>();
            String digest = PlanIdentity.statuses(identity.assessor().orElseThrow().assess(plan,
                    identity.reportingDate()), texts::put);
            if (planChanged || identity.statuses().filter(written -> !written.equals(digest)).isEmpty()) {
                exportedStatuses = texts;
            }
        }
        return exportedStatuses;
    }

    /** What a read-only cell shows: its text, a percentage as the plan writes one, a date as a day. */
    private static String shown(CellContent cell, UpdateColumn column) {
        try {
            if (column == UpdateColumn.PROGRESS_REPORTED) {
                return CellValues.percent(cell).map(Percent::toString).orElse("");
            }
            // Due holds a date, whose number is that date though its format was lost (a row copied as values)
            if (cell.type() == CellContent.Type.NUMBER && column == UpdateColumn.DUE) {
                return CellValues.shownDate(cell).map(Dates::shortDate).orElse(cell.text());
            }
            if (cell.type() == CellContent.Type.NUMBER && DateUtil.isADateFormat(-1, cell.format())) {
                return CellValues.date(cell).map(Dates::shortDate).orElse("");
            }
            return CellValues.text(cell).orElse("");
        } catch (CellValueException e) { // an error, or text that is no percentage: shown as it is
            return cell.text();
        }
    }

    /**
     * Text with each run of spaces and line breaks as one space, as two cells that read alike compare, and a numbered
     * line's number left out: a version before this one numbered a list whose numbers jump on from its first, so its
     * copies show other numbers than this version writes (run 67 #16), and no owner's words are in them.
     */
    private static String squeezed(String text) {
        return NUMBERED_LINE.matcher(text).replaceAll("$1#. ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A row of the New sub-actions sheet: a sub-action to add to a recommendation whose own row this copy fills in,
     * checked as a sub-action's row of the Updates sheet is. One the plan has already, with the same words, that was
     * added since the workbook was written and says what the plan does is this copy imported before: it changes
     * nothing. Any other that the plan has is refused, as is one for a recommendation changed since.
     */
    private void addedRow(int row, Map<Integer, CellContent> cells) {
        if (addedColumns == null) {
            addedColumns = header(row, cells, NewSubActionsSheet.COLUMNS, UpdateColumn.SUB_ACTION,
                    NewSubActionsSheet.COLUMNS);
            return;
        }
        Optional<String> typed = keyText(cells, UpdateColumn.REF, row);
        Optional<Key> renamed = typed.map(r -> renamedTo.get(new Key(r, Optional.empty())));
        Optional<String> ref = renamed.map(Key::ref).or(() -> typed);
        // A Ref the plan lacks is no item: the one meant, where the near-miss match finds one, is.
        Optional<Recommendation> found = ref.map(byRef::get);
        Optional<Item> item = found.map(r -> Item.of(r.ref())).or(() -> ref.flatMap(this::meant)
                .map(Item::of));
        unheaded(cells, item);
        item.ifPresent(known -> rowItems.put(sheet + "!" + row, known));
        Map<UpdateColumn, CellContent> filledIn = new EnumMap<>(UpdateColumn.class);
        for (UpdateColumn column : NewSubActionsSheet.COLUMNS) {
            CellContent cell = cells.get(addedColumns.get(column));
            if (cell != null && !cell.isBlank()) {
                filledIn.put(column, cell);
            }
        }
        if (filledIn.isEmpty()) {
            return;
        }
        String owner = identity.owner().map(o -> "one of " + o + "'s").orElse("one of the plan's");
        if (found.isEmpty()) {
            problems.add(WorkbookProblem.of(Severity.ERROR, Optional.empty(), cell(row, UpdateColumn.REF),
                    item, ref.map(r -> "this plan has no recommendation " + Quote.single(r) + meant(r)
                    .map(known -> " (did you mean " + Quote.single(known) + "?)").orElse("")).orElse("a new"
                    + " sub-action, but no " + UpdateColumn.REF
                    .header()) + "; type the Ref of the recommendation it is for, " + owner + ", as the Updates sheet"
                    + " gives it"));
            return;
        }
        Recommendation recommendation = found.get();
        Key key = new Key(recommendation.ref(), Optional.of(Key.NEW));
        renamed.ifPresent(now -> problems.add(WorkbookProblem.warning(cell(row, UpdateColumn.REF), Optional.of(
                key.item()), renamedSince(renamedFrom.get(now), now) + "; the sub-action this row gives is for "
                + now.display())));
        if (!UpdateWorkbook.fillsIn(identity.owner(), recommendation, Optional.empty())) {
            // Not "in the copy for" them: an owner whose items are all complete is sent none.
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.REF), key.item(), "recommendation "
                    + recommendation.ref() + " is owned by " + Quote.singleName(UpdateWorkbook.rowOwner(
                    recommendation, Optional.empty())) + ", who alone adds sub-actions to it; ask them to, and clear"
                    + " this row"));
            return;
        }
        long before = errors();
        Optional<String> description = value(filledIn, UpdateColumn.SUB_ACTION, key, CellValues::text)
                .map(TrackerText::narrative).filter(text -> !text.isEmpty());
        Optional<String> itsOwner = value(filledIn, UpdateColumn.OWNER, key, CellValues::text).map(String::strip)
                .filter(name -> !name.isEmpty()).map(name -> owner(filledIn.get(UpdateColumn.OWNER), key,
                        UpdateColumn.OWNER, name));
        Optional<Timescale> due = value(filledIn, UpdateColumn.TIMESCALE, key, cell -> CellValues.timescale(cell,
                examples()));
        due.ifPresent(timescale -> firstOfAMonth(filledIn.get(UpdateColumn.TIMESCALE), key, timescale));
        description.ifPresent(text -> checkLists(filledIn.get(UpdateColumn.SUB_ACTION), key, UpdateColumn.SUB_ACTION,
                text));
        if (description.isEmpty() && errors() == before) {
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.SUB_ACTION), key.item(), "a new sub-action"
                    + " needs what is to be done; type it in " + UpdateColumn.SUB_ACTION.header()));
        }
        if (errors() > before) {
            // The row is not read further, but its other cells' own problems are told now, not after a resend.
            value(filledIn, UpdateColumn.PROGRESS, key, CellValues::percent);
            value(filledIn, UpdateColumn.COMPLETED_ON, key, cell -> CellValues.date(cell, examples()));
            value(filledIn, UpdateColumn.UPDATE, key, CellValues::text);
            return;
        }
        SubAction subAction;
        try {
            subAction = SubAction.builder().id(key.id().orElseThrow()).description(description).owner(itsOwner)
                    .due(due).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.SUB_ACTION), key.item(), e.getMessage()));
            return;
        }
        Map<UpdateColumn, CellContent> progress = new EnumMap<>(filledIn);
        progress.keySet().retainAll(List.of(UpdateColumn.PROGRESS, UpdateColumn.COMPLETED_ON, UpdateColumn.UPDATE));
        Optional<Filled> read = read(row, key, recommendation, Optional.of(subAction), progress);
        if (read.isEmpty()) {
            return;
        }
        Optional<LocalDate> dueDate = due.flatMap(Timescale::dueDate);
        if (dueDate.filter(day -> day.isBefore(reportingDate)).isPresent() && read.get().completedOn().isEmpty()) {
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.TIMESCALE), key.item(), "the timescale "
                    + Quote.single(due.get().text()) + " means " + Dates.shortDate(dueDate.get()) + ", before the"
                    + " reporting date " + Dates.shortDate(reportingDate) + "; a new sub-action's timescale is when"
                    + " the work will be done: type a later one, or, if it is done, the day it was finished in "
                    + UpdateColumn.COMPLETED_ON.header()));
            return;
        }
        Optional<SubAction> same = recommendation.subActions().stream().filter(s -> s.description().equals(
                description)).findFirst();
        if (same.isPresent()) {
            Key itsKey = new Key(recommendation.ref(), Optional.of(same.get().id()));
            // This copy imported before: it added the sub-action, and says what the plan does of it.
            if (changed.contains(itsKey) && inThePlan(read.get(), recommendation, same) && itsOwner.filter(o -> !o
                    .equals(same.get().owner().orElse(""))).isEmpty() && (due.isEmpty() || due.equals(same.get()
                    .due()))) {
                alreadyImported.add(itsKey);
                return;
            }
            changedRowFilled |= changed.contains(itsKey);
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.SUB_ACTION), key.item(), "recommendation "
                    + recommendation.ref() + " has this sub-action already, as " + itsKey.display() + (changed
                    .contains(itsKey) ? ", added since the workbook was exported for " + identity.period() + " (this"
                    + " copy imported before?), and this row says otherwise of it; give its progress on its own row"
                    + " in a workbook exported from the plan as it is now" : "; give its progress on its own row of"
                    + " the Updates sheet") + ", and clear this row"));
            return;
        }
        // Work added since may be this row's, edited since it was imported (or another copy's, in other words): the
        // row is refused rather than the work added twice.
        List<String> since = recommendation.subActions().stream().map(s -> new Key(recommendation.ref(), Optional.of(
                s.id()))).filter(addedSince::contains).map(Key::display).toList();
        if (changed.contains(new Key(recommendation.ref(), Optional.empty())) || !since.isEmpty()) {
            changedRowFilled = true;
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.SUB_ACTION), key.item(), "recommendation "
                    + recommendation.ref() + " has changed in the plan since the workbook was exported for "
                    + identity.period() + (since.isEmpty() ? "" : ", with sub-actions added since (" + Quote.listed(since,
                    "and") + ")") + ", so this row may no longer fit it (it may have the work already); add it in a"
                    + " workbook exported from the plan as it is now, or import this one into the plan as it was"
                    + " exported"));
            return;
        }
        saysAnew = true;
        Added work = new Added(recommendation.ref(), subAction, read.get());
        Added twice = added.putIfAbsent(work.work(), work);
        if (twice != null) {
            problems.add(WorkbookProblem.error(cell(row, UpdateColumn.SUB_ACTION), key.item(), "a second row for"
                    + " this new sub-action (the first is row " + twice.row().row() + "); add each once"));
        }
    }

    /**
     * The ids of {@code recommendation}'s sub-actions that read as the number an Id cell holds, where it holds a
     * number rather than the text the workbook wrote: 5.1 and 5.10 both, for 5.1.
     */
    private static List<String> alike(Recommendation recommendation, CellContent cell) {
        if (cell == null || cell.type() != CellContent.Type.NUMBER || !Double.isFinite(cell.number())) {
            return List.of();
        }
        BigDecimal number = BigDecimal.valueOf(cell.number());
        return recommendation.subActions().stream().map(SubAction::id).filter(id -> {
            try {
                return new BigDecimal(id).compareTo(number) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }).toList();
    }

    /** The Ref or Id of a row, as text. */
    private Optional<String> keyText(Map<Integer, CellContent> cells, UpdateColumn column, int row) {
        CellContent cell = cells.get(columnsOf(sheet).get(column));
        if (cell == null) {
            return Optional.empty();
        }
        try {
            return CellValues.text(cell).map(String::strip);
        } catch (CellValueException e) {
            problems.add(WorkbookProblem.error(cell(row, column), "the " + column.header() + " " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Warns of each cell typed in a column with no header, beside the workbook's (a table pasted from Word spreads
     * over several, with the sheet unprotected): it is not read, and would otherwise go unsaid. Refuses each typed in
     * a second column of a header the workbook has, whose words would be taken for read. Each is about {@code item},
     * the row's, where it is known, so that a page shows the words beside the item they are for.
     */
    private void unheaded(Map<Integer, CellContent> cells, Optional<Item> item) {
        Map<Integer, Integer> second = seconds.getOrDefault(sheet, Map.of());
        second.forEach((index, first) -> {
            // Two columns of one header that say different things on a row: which is meant, a draft or the words
            // to send, cannot be told, whichever comes first (run 87 #9, run 89 #3); the same words are read (run 88
            // #4: a column copied whole).
            String here = Optional.ofNullable(cells.get(index)).map(cell -> shown(cell, UpdateColumn.UPDATE))
                    .orElse("");
            String there = Optional.ofNullable(cells.get(first)).map(cell -> shown(cell, UpdateColumn.UPDATE))
                    .orElse("");
            if (!here.strip().equals(there.strip())) {
                CellContent at = cells.getOrDefault(index, cells.get(first));
                problems.add(WorkbookProblem.of(Severity.ERROR, Optional.empty(), cell(at), item, "columns "
                        + CellReference.convertNumToColString(first) + " and " + CellReference.convertNumToColString(
                        index) + " have one header, and say different things on this row (" + (there.isBlank()
                        ? "nothing" : Quote.single(Quote.shown(there))) + " and " + (here.isBlank() ? "nothing"
                        : Quote.single(Quote.shown(here))) + "), so which is meant cannot be told; keep the words to"
                        + " send in one of them and delete the other column (lift the sheet's protection first)"));
            }
        });
        cells.forEach((index, cell) -> {
            if (!cell.isBlank() && !headed.get(sheet).contains(index)) {
                problems.add(WorkbookProblem.warning(cell(cell), item, Quote.single(Quote.shown(
                        shown(cell, UpdateColumn.UPDATE))) + " is in a column with no header, so it is not read; "
                        + (sheet.equals(updates) ? "type it in " + UpdateColumn.UPDATE.header() + " on the row of the"
                        + " item it is for" : "type it in the sheet's columns")));
            }
        });
    }

    private void findHeader(int row, Map<Integer, CellContent> cells) {
        Map<UpdateColumn, Integer> found = header(row, cells, List.of(UpdateColumn.values()), UpdateColumn.ID,
                Arrays.stream(UpdateColumn.values()).filter(UpdateColumn::isEditable).toList());
        if (found != null) {
            headerRow = row;
            columns = found;
        }
    }

    /** Whether {@code cell} is {@code column}'s header, as an owner may leave it: in any case, spaces around it. */
    private static boolean heads(CellContent cell, UpdateColumn column) {
        return cell.type() == CellContent.Type.TEXT && cell.text().strip().equalsIgnoreCase(column.header());
    }

    /**
     * The columns of the sheet being read by their headers, where {@code row} is its header row, the one with Ref and
     * {@code second} in it; null where it is not. A column the sheet is {@code written} with that is one of those
     * {@code filledIn} and missing is an error; a header it is not written with, or a second of one, a warning.
     */
    private Map<UpdateColumn, Integer> header(int row, Map<Integer, CellContent> cells, List<UpdateColumn> written,
            UpdateColumn second, List<UpdateColumn> filledIn) {
        Map<UpdateColumn, Integer> found = new EnumMap<>(UpdateColumn.class);
        cells.forEach((index, cell) -> {
            for (UpdateColumn column : written) {
                if (heads(cell, column)) {
                    found.putIfAbsent(column, index);
                }
            }
        });
        if (!found.containsKey(UpdateColumn.REF) || !found.containsKey(second)) {
            // Most of the headers but Ref or the second: the header row, one of those columns deleted.
            if (found.size() >= 3 && !withoutKeys.containsKey(sheet)) {
                // A whole row as spreadsheets name one, "5:5".
                withoutKeys.put(sheet, WorkbookProblem.error(WorkbookProblem.cell(sheet, row + ":" + row), "the header"
                        + " row has no column " + Quote.listed(Stream.of(UpdateColumn.REF, second).filter(c ->
                        !found.containsKey(c)).map(c -> Quote.single(c.header())).toList(), "or") + " (deleted?), so"
                        + " no row can be told for which item it is; undo the deletion, or fill in the copy as it was"
                        + " sent"));
            }
            return null;
        }
        for (UpdateColumn column : filledIn) {
            if (column.requiredInHeader() && !found.containsKey(column)) {
                // Where it goes back, so the copy is mended in place (trial 53 F8: deleted while blank, it stopped
                // every copy of a batch with no way back offered).
                int at = written.indexOf(column);
                String place = at > 0 ? " after " + Quote.single(written.get(at - 1).header()) : " first";
                problems.add(WorkbookProblem.error(WorkbookProblem.cell(sheet, row + ":" + row), "the header row has"
                        + " no column '" + column.header() + "' (deleted or renamed?); the column headers must stay"
                        + " as written: insert a column headed '" + column.header() + "'" + place + ", typing in it"
                        + " what was typed there, if anything, or fill in the copy as it was sent"));
            }
        }
        // A header the workbook does not write, or writes once, was renamed or added with the sheet unprotected: the
        // column's cells are not read.
        cells.forEach((index, cell) -> {
            String header = cell.type() == CellContent.Type.TEXT ? cell.text().strip() : "";
            if (header.isEmpty() || found.containsValue(index)) {
                return;
            }
            Optional<UpdateColumn> twice = found.keySet().stream().filter(c -> c.header().equalsIgnoreCase(header))
                    .findFirst();
            // Only of a column read: a second Finding's words would be no more read in the first (run 88 #4).
            twice.filter(filledIn::contains).ifPresent(c -> seconds.computeIfAbsent(sheet, s -> new HashMap<>())
                    .put(index, found.get(c)));
            problems.add(WorkbookProblem.warning(cell(cell), Optional.empty(), twice.map(c -> "a second column "
                    + Quote.single(header) + ", whose cells are not read: only the first, in column "
                    + CellReference.convertNumToColString(found.get(c)) + ", is; type what is in it there")
                    .orElse("the column "
                    + Quote.single(header) + " is not one of the workbook's, so its cells are not read; the column"
                    + " headers must stay as written (" + Quote.listed(filledIn.stream().map(c -> Quote.single(
                    c.header())).toList(), "and") + " are the ones read)")));
        });
        headed.put(sheet, cells.entrySet().stream().filter(cell -> !cell.getValue().isBlank()).map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
        // A missing column reads as blank from here on.
        for (UpdateColumn column : written) {
            found.putIfAbsent(column, -1);
        }
        return found;
    }

    /** What was filled in on one row, checked; empty where a cell could not be read. */
    private Optional<Filled> read(int row, Key key, Recommendation recommendation, Optional<SubAction> subAction,
            Map<UpdateColumn, CellContent> cells) {
        boolean subActionRow = subAction.isPresent();
        // What the plan has for the row's item: a sub-action's own, or the recommendation's.
        Optional<Percent> progressInPlan = subAction.map(SubAction::progress).orElse(recommendation.reportedProgress());
        Optional<LocalDate> completedInPlan = subAction.map(SubAction::completedOn).orElse(recommendation.completedOn());
        long before = errors();
        for (UpdateColumn column : cells.keySet()) {
            if (!column.appliesTo(recommendation, subActionRow)) {
                problems.add(WorkbookProblem.error(cell(cells.get(column)), key.item(), notApplicable(column)));
            }
        }
        Optional<Percent> progress = value(cells, UpdateColumn.PROGRESS, key, CellValues::percent);
        Optional<LocalDate> completedOn = value(cells, UpdateColumn.COMPLETED_ON, key, cell -> CellValues.date(cell,
                examples()));
        completedOn.ifPresent(day -> monthOnly(cells.get(UpdateColumn.COMPLETED_ON), key, day));
        Optional<Timescale> newTimescale = value(cells, UpdateColumn.NEW_TIMESCALE, key,
                cell -> CellValues.timescale(cell, examples()));
        newTimescale.ifPresent(timescale -> firstOfAMonth(cells.get(UpdateColumn.NEW_TIMESCALE), key, timescale));
        newTimescale = newTimescale.filter(timescale -> !sameDueDate(cells.get(UpdateColumn.NEW_TIMESCALE), key,
                timescale, subAction.isPresent() ? subAction.get().due() : recommendation.deadline()));
        Optional<String> newOwner = value(cells, UpdateColumn.NEW_OWNER, key, CellValues::name).map(String::strip)
                .filter(owner -> !owner.isEmpty());
        newOwner = newOwner.map(name -> owner(cells.get(UpdateColumn.NEW_OWNER), key, UpdateColumn.NEW_OWNER, name));
        Optional<Boolean> blocked = value(cells, UpdateColumn.BLOCKED, key, CellValues::yesNo);
        Optional<String> blockedBy = value(cells, UpdateColumn.BLOCKED_BY, key, CellValues::name).map(String::strip);
        blockedBy.ifPresent(text -> checkName(cells.get(UpdateColumn.BLOCKED_BY), key, UpdateColumn.BLOCKED_BY, text));
        Optional<Brag> brag = value(cells, UpdateColumn.BRAG, key, cell -> CellValues.brag(cell, plan.statusLabels()));
        // Read as a tracker's cells are: each line a paragraph, bulleted lines a list, so the lines an owner typed
        // stay lines in reports. A recommendation's own lists are '*' lists, so that the '-' list of its sub-actions'
        // items after them stays a list of its own.
        Optional<String> update = value(cells, UpdateColumn.UPDATE, key, CellValues::text).filter(text ->
                !saidNothing(cells.get(UpdateColumn.UPDATE), key, text)).map(text -> TrackerText.narrative(text,
                subActionRow ? '-' : '*')).filter(s -> !s.isEmpty());
        update.ifPresent(text -> checkLists(cells.get(UpdateColumn.UPDATE), key, text, subActionRow));
        update.ifPresent(text -> fromFormula(cells.get(UpdateColumn.UPDATE), key));
        fromOtherWorkbooks(cells, key);
        // Complete in the plan at 100% with no day, it is not open (run 77 #9).
        boolean completeInPlan = subAction.map(SubAction::effectiveProgress).orElseGet(recommendation::progress)
                .isComplete();
        update.ifPresent(text -> checkUpdateWords(cells.get(UpdateColumn.UPDATE), key, completedOn.isEmpty()
                && completedInPlan.isEmpty() && !completeInPlan && progress.filter(Percent::isComplete).isEmpty()
                && UpdateColumn.COMPLETED_ON.appliesTo(recommendation, subActionRow)));
        progress.ifPresent(now -> checkProgress(cells.get(UpdateColumn.PROGRESS), key, now, completedOn.isPresent(),
                progressInPlan, completedInPlan, update.isPresent()));
        if (completedOn.isPresent() && completedOn.get().isAfter(reportingDate)) {
            // 09/12/2025 typed for 12 Sep in a spreadsheet set to US English is 9 Dec (trial 53 F3).
            // After the plan's last report, as the early-completion warning reads a day (run 55).
            String meant = swappedDayMonth(completedOn.get(), identity.planVersion().asOf().orElse(
                    identity.period().start().minusDays(1))).map(UpdateReader::typeSwapped).orElse("");
            // Finished after the quarter, before the copy came back: news of the next quarter (trial 56 F6). A day
            // past every quarter a plan names (31/12/9999) is a later one's too (run 78 #3).
            Optional<ReportingPeriod> next = UpdateWorkbook.after(identity.period());
            String later = next.filter(quarter -> quarter.contains(completedOn.get())).map(quarter -> "the copy for "
                    + quarter).orElse("a later quarter's copy");
            problems.add(WorkbookProblem.error(cell(cells.get(UpdateColumn.COMPLETED_ON)), key.item(),
                    UpdateColumn.COMPLETED_ON.header() + ": " + Dates.shortDate(completedOn.get()) + " is after "
                    + (reportingDate.equals(identity.period()
                    .end()) ? "the end of the reporting period " + identity.period() + " (" + Dates.shortDate(
                    reportingDate) + "), which the workbook reports on: " + meant + "if the work was finished then,"
                    + " leave " + UpdateColumn.COMPLETED_ON.header() + " blank here, give its progress at "
                    + Dates.shortDate(reportingDate) + ", and report the completion in " + later + "; else type the"
                    + " day the work was finished"
                    : Dates.shortDate(reportingDate) + ", the reporting date the plan is given,"
                    + " and the plan cannot hold work completed after the date it reports on: " + meant + "type the"
                    + " day the work was finished, or import with a later reporting date")));
        }
        // A completion the plan records was reported already (last quarter's report gave that date): a workbook
        // never moves it, so that nothing typed changes silently what was reported before. The same day again is
        // no change.
        if (completedOn.isPresent() && completedInPlan.isPresent() && !completedOn.equals(completedInPlan)) {
            problems.add(WorkbookProblem.error(cell(cells.get(UpdateColumn.COMPLETED_ON)), key.item(),
                    UpdateColumn.COMPLETED_ON.header() + ": " + Dates.shortDate(completedOn.get()) + ", but the plan"
                    + " records the work as completed on " + Dates.shortDate(completedInPlan.get()) + ", as reported"
                    + " already; a workbook does not change a recorded completion: clear this cell (or type "
                    + Dates.shortDate(completedInPlan.get()) + "); if the recorded date is wrong, correct its"
                    + " \"completedOn\" in the plan file itself, on purpose, not through a workbook"));
        }
        if (completedOn.isPresent() && completedInPlan.isEmpty()) {
            earlyCompletion(cells.get(UpdateColumn.COMPLETED_ON), key, completedOn.get(), recommendation, subAction);
        }
        if (completedOn.isPresent() && progress.isPresent() && !progress.get().isComplete()) {
            problems.add(WorkbookProblem.error(cell(cells.get(UpdateColumn.PROGRESS)), key.item(), "progress "
                    + progress.get() + " is below 100% but " + UpdateColumn.COMPLETED_ON.header() + " is "
                    + Dates.shortDate(completedOn.get()) + "; type 100 if the work is finished, or clear "
                    + UpdateColumn.COMPLETED_ON.header() + " if it is not"));
        }
        newTimescale.ifPresent(timescale -> newTimescale(cells.get(UpdateColumn.NEW_TIMESCALE), key, timescale,
                completedOn.or(() -> completedInPlan)));
        if (subAction.isPresent()) {
            if (blocked.orElse(false) && blockedBy.isEmpty() && subAction.get().blockedBy().isEmpty()) {
                problems.add(WorkbookProblem.error(cell(cells.get(UpdateColumn.BLOCKED)), key.item(),
                        UpdateColumn.BLOCKED.header() + " is Yes, but " + UpdateColumn.BLOCKED_BY.header() + " is"
                        + " blank; type who the work is waiting on there"));
            }
            if (blocked.isPresent() && !blocked.get() && blockedBy.isPresent()) {
                problems.add(WorkbookProblem.error(cell(cells.get(UpdateColumn.BLOCKED_BY)), key.item(),
                        "waiting on " + Quote.singleName(blockedBy.get()) + ", but " + UpdateColumn.BLOCKED.header()
                        + " says No;"
                                + " clear " + UpdateColumn.BLOCKED_BY.header() + ", or say Yes"));
            }
        }
        if (errors() > before) {
            return Optional.empty();
        }
        return Optional.of(new Filled(sheet, sheet.equals(addedSheet), row, progress, completedOn, newTimescale,
                newOwner, blocked, blockedBy, brag, update));
    }

    /**
     * An owner typed in {@code cell}: checked as a name is ({@link #checkName}), and where sound, as the plan names
     * them ({@link #asThePlanNames}); a name refused is not also matched to the plan's owners.
     */
    private String owner(CellContent cell, Key key, UpdateColumn column, String owner) {
        return checkName(cell, key, column, owner) ? asThePlanNames(cell, key, column, owner) : owner;
    }

    /**
     * An owner as the plan names them where {@code owner} differs from that only in case or spacing ("community
     * safety" for "Community Safety"), with a warning: read as typed, they would be an owner of their own, with a copy
     * of their own. Any other name as it is, with a warning at the first cell naming them where the plan does not name
     * them yet: a new owner is rare, and one of the plan's owners mistyped, shortened or with '&amp;' for "and" is not.
     */
    private String asThePlanNames(CellContent cell, Key key, UpdateColumn column, String owner) {
        if (owners == null) {
            owners = UpdateWorkbook.namedOwners(plan);
        }
        // A new owner is kept with their accents composed, as a plan's names are matched: typed on a Mac, "Tân" as
        // "a" and an accent apart made a copy named "adran-ta-n.xlsx", and a name no one could type again (run 94 #2).
        String composed = Spacing.composed(owner);
        Optional<String> known = planOwner(owner);
        String named = known.orElse(composed);
        // A new owner typed again in another case or spacing is the one typed first, as a plan's owner is (run 72 #3).
        NewName typed = known.isPresent() ? null : newNames.get(ownerKey(owner));
        if (typed != null && !typed.name().equals(composed)) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), column.header() + ": "
                    + Quote.singleName(owner) + " is read as " + Quote.singleName(typed.name()) + ", as it is typed in "
                    + (typed.copy().equals(this.named) ? "this copy" : typed.copy()) + " before"));
            return typed.name();
        }
        if (known.isPresent() && !named.equals(owner)) {
            // Alike but for how an accent is stored, the two quoted look the same: the warning says what differs. A
            // dash typed as a hyphen shows.
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), column.header() + ": "
                    + Quote.singleName(owner) + " is read as " + Quote.singleName(named) + ", as the plan names them"
                    + (Spacing.hyphenated(Spacing.collapsed(owner)).equalsIgnoreCase(Spacing.hyphenated(
                    Spacing.collapsed(named))) ? "" : " (the one typed"
                    + " stores an accent as a letter and an accent after it, or the two as one character, which look"
                    + " alike)")));
        } else if (known.isEmpty() && newOwners.add(ownerKey(owner))) {
            // More than a few alike is no suggestion, and would quote a long list at every such name (run 69 #4).
            List<String> meant = owners.stream().filter(name -> OwnerNames.likelyMeant(owner, name)).sorted()
                    .map(Quote::singleName).toList();
            meant = meant.size() > MOST_MEANT ? List.of() : meant;
            String twice = meant.isEmpty() ? typedTwice(owner) : "";
            newNames.putIfAbsent(ownerKey(owner), new NewName(composed, this.named));
            if (!owners.isEmpty()) {
                problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), column.header() + ": "
                        + Quote.singleName(owner) + " is read as a new owner, whom the plan does not name yet, with a"
                        + " copy"
                        + " of their own from next quarter; " + (meant.isEmpty() ? "if they are one of the plan's"
                        + " owners" : "if you meant " + (meant.size() == 1 ? meant.getFirst() : "one of "
                        + Quote.listed(meant, "or"))) + ", type the name as the plan has it" + twice));
            } else if (!twice.isEmpty()) {
                // A plan that names no owner yet (onboarded from a list of work) is given its owners here: none is
                // news, but one typed two ways, who would have two copies (run 71 #9).
                problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), column.header() + ": "
                        + Quote.singleName(owner) + " is read as an owner of their own, with a copy of their own from"
                        + " next"
                        + " quarter" + twice));
            }
        }
        return named;
    }

    /**
     * What a new owner's name is like among those new in this copy or one read before it: most likely one owner typed
     * two ways, who would have a copy for each (run 69 #5, run 71 #6); nothing where none is, or more than a few.
     */
    private String typedTwice(String owner) {
        List<NewName> like = newNames.values().stream().filter(other -> !ownerKey(other.name()).equals(ownerKey(
                owner)) && (OwnerNames.likelyMeant(owner, other.name()) || OwnerNames.likelyMeant(other.name(), owner)))
                .toList();
        if (like.isEmpty() || like.size() > MOST_MEANT) {
            return "";
        }
        return "; it is like " + Quote.listed(like.stream().map(other -> Quote.singleName(other.name()) + ", new in "
                + (other.copy().equals(named) ? "this copy" : other.copy()) + " too").toList(), "and") + ": if they"
                + " are one owner, type one name for " + (like.size() == 1 ? "both" : "them all");
    }

    /** An owner as the import tells them apart: as {@code validate} does, spacing and case aside. */
    private static String ownerKey(String owner) {
        return Spacing.folded(owner);
    }

    /**
     * The plan's owner {@code owner} names: as typed; else the first the plan names alike but for case, spacing and
     * how accents are stored; else the one it names alike but for dashes too. None where it names no one so, or two
     * alike but for their dashes ("Protection – North" and "Protection - North" for "Protection ‐ North"): the
     * closest match decides, so that a name typed as the plan has it is never read as another's (run 113 #1).
     */
    private Optional<String> planOwner(String owner) {
        if (owners.contains(owner)) {
            return Optional.of(owner);
        }
        String alike = Spacing.composed(Spacing.collapsed(owner)).toLowerCase(Locale.ROOT);
        Optional<String> first = owners.stream().filter(name -> Spacing.composed(Spacing.collapsed(name))
                .toLowerCase(Locale.ROOT).equals(alike)).findFirst();
        if (first.isPresent()) {
            return first;
        }
        String key = ownerKey(owner);
        List<String> dashed = owners.stream().filter(name -> ownerKey(name).equals(key)).limit(2).toList();
        return dashed.size() == 1 ? Optional.of(dashed.getFirst()) : Optional.empty();
    }

    /**
     * Checks a name the plan will hold (an owner, who the work waits on) is one line, as the plan's names are: a line
     * break typed with Alt+Enter, or pasted, would split one owner in two. Returns whether the name is sound: a name
     * refused is not also matched to the plan's owners (one message for the cell, not an error and a reading).
     */
    private boolean checkName(CellContent cell, Key key, UpdateColumn column, String name) {
        long before = errors();
        if (!Spacing.isOneLine(name)) {
            String example = column == UpdateColumn.BLOCKED_BY ? "'National Fire Chiefs Council'"
                    : "'Head of Prevention'";
            boolean lines = name.chars().anyMatch(c -> c == '\n' || c == '\u2028' || c == '\u2029');
            problems.add(WorkbookProblem.error(cell(cell), key.item(), column.header() + ": " + Quote.singleName(name)
                    + (lines ? " is on more than one line" : " holds a control character") + "; a name"
                    + " is one line, such as " + example + (column == UpdateColumn.BLOCKED_BY ? "; several, as"
                    + " 'NFCC and Home Office'" : "")));
        } else if (Spacing.invisible(name).isPresent()) {
            // Pasted in with the name: the owner "Protection" with a zero-width space would be another owner.
            problems.add(WorkbookProblem.error(cell(cell), key.item(), column.header() + ": " + Quote.singleName(name)
                    + " holds an invisible character, " + Quote.code(Spacing.invisible(name).get()) + ", most likely"
                    + " pasted in with it; type the name again"));
        } else {
            checkLists(cell, key, column, name);
        }
        return errors() == before;
    }

    /**
     * Checks that an update's lists nest no deeper than a plan may hold, so that the plan reads back: a sub-action's
     * goes into its recommendation's update as an item of a list, one level more.
     */
    private void checkLists(CellContent cell, Key key, String update, boolean subActionRow) {
        checkLists(cell, key, UpdateColumn.UPDATE, update, PlanReader.Limits.DEFAULT.maxListDepth()
                - (subActionRow ? 1 : 0), subActionRow ? "an update on a sub-action's row may have (it is an item of"
                + " the recommendation's list)" : "an update on this row may have");
    }

    /**
     * Checks that a text the plan will hold nests lists ("- - - text") no deeper than a plan's text may, as the
     * plan's reader checks every text: a plan that holds it would not read back.
     */
    private void checkLists(CellContent cell, Key key, UpdateColumn column, String text) {
        checkLists(cell, key, column, text, PlanReader.Limits.DEFAULT.maxListDepth(), "a plan's text may have");
    }

    private void checkLists(CellContent cell, Key key, UpdateColumn column, String text, int allowed, String whose) {
        int depth = MarkdownSyntax.listMarkers(text) > allowed ? MarkdownSyntax.listDepth(text) : 0;
        if (depth > allowed) {
            problems.add(WorkbookProblem.error(cell(cell), key.item(), column.header() + ": lists are nested "
                    + depth + " deep, more than the " + allowed + " " + whose + "; nest them less deeply"));
        }
    }

    /**
     * Checks a progress typed against the plan's for the item: below 100% for work the plan has completed is an error
     * (the import cannot take a completion away); a share of one (0.5), as a tracker's percentage cells hold it, pasted
     * or typed without its format, or less than the plan had with no update to say why, most likely a slip, is a
     * warning.
     */
    private void checkProgress(CellContent cell, Key key, Percent now, boolean completing, Optional<Percent> before,
            Optional<LocalDate> completed, boolean explained) {
        String header = UpdateColumn.PROGRESS.header();
        // The plan's own figure again is no slip (1, where the plan has 1%).
        Optional<String> share = before.equals(Optional.of(now)) ? Optional.empty()
                : CellValues.readAsShare(cell, now, "");
        if (completed.isPresent() && !completing && !now.isComplete()) {
            problems.add(WorkbookProblem.error(cell(cell), key.item(), header + ": " + now + " is below 100%, but"
                    + " the plan has the work completed on " + Dates.shortDate(completed.get()) + "; clear this cell,"
                    + " or, where the work was reopened, have the completion taken out of the plan first"));
        } else if (share.isPresent()) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), header + ": " + share.get()));
        } else if (before.isPresent() && now.compareTo(before.get()) < 0 && !explained) { // the update says why
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), header + ": " + now
                    + " is less than the " + before.get() + " the plan had; if the work went back, say why in the"
                    + " update, and if not, type the progress now"));
        }
    }

    /**
     * What to do with a copy for {@code found}'s period, given to a plan that reports on {@code later}: sent again, it
     * has nothing the plan lacks where the plan has that period's updates for the copy's items; late, its news goes
     * into the plan of its period, and this quarter's copies are imported again into the plan that gives.
     */
    private String lateCopy(PlanIdentity found, ReportingPeriod later) {
        ReportingPeriod period = found.period();
        // Of an owner's copy, those whose update came from a row of theirs, as the import words an update's pieces.
        List<String> updated = plan.recommendations().stream().filter(r -> ReturnedCopies.updateFor(r, period)
                .filter(update -> found.owner().map(owner -> ReturnedCopies.rowsGiving(r, update).stream().anyMatch(
                        row -> row.map(s -> PlanSummary.ownerOf(r, s)).orElseGet(() -> PlanSummary.ownerOf(r))
                                .equals(owner))).orElse(true)).isPresent())
                .map(Recommendation::ref).toList();
        // Imported again, a copy of the later period is refused where it fills in an item this one does (trial 56 F3).
        String late = "have its news typed in a copy for " + later + " still to be imported, or in the workbook for "
                + UpdateWorkbook.quarterAfter(later) + "; or import it into the plan of " + period
                + " and then every copy for " + later + " again into the plan that gives, which is then the plan of "
                + later + " with its news, though where a copy for " + later + " fills in an item this one does too,"
                + " that row is then refused as changed, to be filled in again in a workbook exported from that plan";
        if (updated.isEmpty()) {
            return "if its news is late, " + late;
        }
        return "the plan has updates for " + period + " of " + Quote.firstNamed(updated, 5) + " already, so this copy"
                + " may be one imported before, with nothing the plan lacks: if so, ask " + found.owner().map(owner ->
                Quote.singleName(owner) + " for their copy").orElse("for the workbook filled in") + " for " + later
                + ";"
                + " if its news is late, " + late;
    }

    /**
     * Warns of a completion date that is most likely a slip of the year: one on or before the date the plan reported
     * on when the workbook was exported, for work the plan then reported open (the reports sent out said otherwise:
     * 15/09/2025 typed for 2026, as people do in the first months of a year), or one more than a year before the
     * period began (1925 for 2025). A sub-action's day on or before its recommendation's completion is neither. Work
     * can be finished and reported late, so it is read as typed.
     */
    private void earlyCompletion(CellContent cell, Key key, LocalDate day, Recommendation recommendation,
            Optional<SubAction> subAction) {
        // A sub-action added on the New sub-actions sheet is no work the plan reported on.
        boolean reportedOn = sheet.equals(updates);
        // A sub-action done with its recommendation was reported complete with it, as its row showed (run 72 #8).
        Percent reported = subAction.map(s -> recommendation.subActionsDoneWithIt() ? Percent.HUNDRED
                : s.effectiveProgress()).orElseGet(recommendation::progress);
        // A sub-action closed on or before the day the plan has its recommendation completed is work left open then
        // closed now, as the import warned it would be: the day is no slip.
        boolean withItsRecommendation = subAction.isPresent() && recommendation.completedOn().filter(done -> !day
                .isAfter(done)).isPresent();
        Optional<LocalDate> reportedOpen = identity.planVersion().asOf().filter(date -> reportedOn
                && !reported.isComplete() && !day.isAfter(date) && !withItsRecommendation);
        String why;
        if (reportedOpen.isPresent()) {
            why = (day.isBefore(reportedOpen.get()) ? "before " + Dates.shortDate(reportedOpen.get()) + ", when"
                    : "the day") + " the plan reported " + key.display() + (subAction.map(SubAction::progressReported)
                    .orElseGet(recommendation::progressReported) ? " at " + reported.displayText() + " and not complete"
                    : " not complete, with no progress reported");
        } else if (day.isBefore(identity.period().start().minusYears(1))) {
            why = "more than a year before the reporting period " + identity.period() + " began";
        } else {
            return;
        }
        // The work could have been finished since the plan last reported.
        Optional<LocalDate> swapped = swappedDayMonth(day, reportedOpen.orElse(identity.period().start()
                .minusDays(1)));
        problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.COMPLETED_ON
                .header() + ": " + Dates.shortDate(day) + " is " + why + ", and is read as that day; " + swapped.map(
                UpdateReader::typeSwapped).orElse("") + "if its year is mistyped, type the day the work was"
                + " finished"));
    }

    /**
     * {@code day} with its day and month the other way round, where that is another day after {@code after} and not
     * after the reporting date: a spreadsheet set to US English reads 04/09/2025, typed for 4 September, as 9 April.
     */
    private Optional<LocalDate> swappedDayMonth(LocalDate day, LocalDate after) {
        return Optional.of(day).filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue())
                .map(d -> LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()))
                .filter(d -> !d.isAfter(reportingDate) && d.isAfter(after));
    }

    /** The advice for a day and month typed the other way round: "if 4 Sep 2025 was meant (...), type 4 Sep 2025; ". */
    private static String typeSwapped(LocalDate meant) {
        return "if " + Dates.shortDate(meant) + " was meant (a spreadsheet set to US English reads the day typed first"
                + " as the month), type " + Dates.shortDate(meant) + "; ";
    }

    /**
     * Checks a new timescale: one is for work still to be done, by a day after the date the import moves the plan to,
     * so a finished item, or a day already gone (a slip of the year), is a problem.
     */
    private void newTimescale(CellContent cell, Key key, Timescale timescale, Optional<LocalDate> completedOn) {
        String header = UpdateColumn.NEW_TIMESCALE.header();
        if (completedOn.isPresent()) {
            problems.add(WorkbookProblem.error(cell(cell), key.item(), "a new timescale ("
                    + Quote.single(timescale.text()) + "), but the work was completed on "
                    + Dates.shortDate(completedOn.get()) + ", so it needs none; clear " + header));
        } else if (timescale.dueDate().filter(due -> due.isBefore(reportingDate)).isPresent()) {
            problems.add(WorkbookProblem.error(cell(cell), key.item(), "the new timescale "
                    + Quote.single(timescale.text()) + " means " + Dates.shortDate(timescale.dueDate().get())
                    + ", before the reporting date " + Dates.shortDate(reportingDate) + "; a new timescale is when"
                    + " the work will now be done: type a later one"));
        }
    }

    /**
     * Whether {@code timescale}, typed as a new one, names the day the item is due already in other words ("Sept 2026"
     * for "Sep 2026"), with a warning: it is no new timescale, and taken as one it would be counted as work put back
     * and leave "Originally due" in the item's notes.
     */
    private boolean sameDueDate(CellContent cell, Key key, Timescale timescale, Optional<Timescale> current) {
        if (current.isEmpty() || current.get().equals(timescale)) {
            return false;
        }
        // A due date named in other words, or words of no date in another case or spacing ("ongoing" for "Ongoing").
        boolean same = timescale.dueDate().isPresent() ? timescale.dueDate().equals(current.get().dueDate())
                : current.get().dueDate().isEmpty() && Spacing.folded(timescale.text()).equals(Spacing.folded(
                        current.get().text()));
        if (!same) {
            return false;
        }
        problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.NEW_TIMESCALE.header()
                + ": " + Quote.single(timescale.text()) + " is " + timescale.dueDate().map(due -> "the day the work is"
                + " due already (" + Quote.single(current.get().text()) + ", " + Dates.shortDate(due) + ")")
                .orElse("the timescale the work has already, " + Quote.single(current.get().text())) + ", so the"
                + " timescale is kept as it is; a new timescale is a later one"));
        return true;
    }

    /**
     * Warns of a timescale read from a date cell as the first of a month: a month typed in a cell not formatted as
     * text ("Mar 2026", where a paste or a cleared format took the workbook's text format away) is stored as its first
     * day, and shown so, while a month is due at its end.
     */
    private void firstOfAMonth(CellContent cell, Key key, Timescale timescale) {
        if (cell.type() == CellContent.Type.NUMBER && timescale.kind() == Timescale.Kind.DATE
                && timescale.dueDate().orElseThrow().getDayOfMonth() == 1) {
            LocalDate day = timescale.dueDate().get();
            String month = Dates.shortMonth(day);
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), "the timescale is read as "
                    + Dates.shortDate(day) + ", the date the cell holds: a month typed in a cell not formatted as text"
                    + " is stored as its first day; if the work is due by the end of " + month + ", type "
                    + Dates.shortDate(day.plusMonths(1).minusDays(1)) + ", or '" + month + " with the apostrophe"));
        }
    }

    /**
     * Warns of a completion date read from a date cell that shows only a month: Excel stores "Aug 2025" typed in a
     * cell not formatted as a date as 1 August and shows it as "Aug-25", so the day read is one nobody typed.
     */
    private void monthOnly(CellContent cell, Key key, LocalDate day) {
        if (CellValues.shownMonth(cell, day).isPresent()) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.COMPLETED_ON
                    .header() + ": the cell shows a month, " + Dates.shortMonth(day) + ", and is read as the day it"
                    + " holds, " + Dates.shortDate(day) + "; if the work was finished on another day, type that day,"
                    + " such as " + Dates.shortDate(day.plusDays(14))));
        }
    }

    private static String notApplicable(UpdateColumn column) {
        return switch (column) {
            case BRAG -> "an owner's BRAG is given for a recommendation, on its own row, not for a sub-action;"
                    + " clear this cell";
            case BLOCKED, BLOCKED_BY -> "only a sub-action can be blocked; say so on the row of the sub-action that is"
                    + " waiting, and clear this cell";
            case PROGRESS -> "this recommendation's progress is worked out from its sub-actions; give progress on their"
                    + " rows and clear this cell";
            case NEW_TIMESCALE -> "this recommendation has no timescale of its own: it is due when its last sub-action"
                    + " is; give new timescales on their rows and clear this cell";
            default -> "this cell does not apply on this row; clear it";
        };
    }

    /** Whether the plan says every cell of a row already: its values, and its update in the update for the period. */
    private boolean inThePlan(Filled row, Recommendation recommendation, Optional<SubAction> subAction) {
        Optional<String> update = ReturnedCopies.updateFor(recommendation, identity.period());
        boolean updateSaid = row.update().isEmpty() || update.isPresent() && ReturnedCopies.says(update.get(),
                subAction.map(SubAction::id), subAction.map(s -> ReturnedCopies.item(s, row.update().get()))
                        .orElse(row.update().get()));
        if (subAction.isPresent()) {
            SubAction s = subAction.get();
            return updateSaid && same(row.progress(), s.progress()) && same(row.completedOn(), s.completedOn())
                    && same(row.newTimescale(), s.due()) && (same(row.newOwner(), s.owner())
                    || row.newOwner().equals(Optional.of(PlanSummary.ownerOf(recommendation, s))))
                    && ReturnedCopies.blockedBy(row, s).equals(s.blockedBy());
        }
        return updateSaid && same(row.progress(), recommendation.reportedProgress())
                && same(row.completedOn(), recommendation.completedOn())
                && same(row.newTimescale(), recommendation.deadline()) && same(row.newOwner(), recommendation.owner())
                && same(row.brag().map(brag -> OwnerAssessment.of(Status.of(brag), identity.period())),
                        recommendation.assessment());
    }

    /** Whether a cell says what the plan does: blank, which keeps it, or its value. */
    private static <T> boolean same(Optional<T> cell, Optional<T> plan) {
        return cell.isEmpty() || cell.equals(plan);
    }

    /** Reads a cell of its column. */
    @FunctionalInterface
    private interface Reading<T> {
        Optional<T> read(CellContent cell) throws CellValueException;
    }

    private <T> Optional<T> value(Map<UpdateColumn, CellContent> cells, UpdateColumn column, Key key, Reading<T> reading) {
        CellContent cell = cells.get(column);
        if (cell == null) {
            return Optional.empty();
        }
        try {
            return reading.read(cell);
        } catch (CellValueException e) {
            // "Done" typed as progress: a completion is a day, which the plan keeps, and its progress then 100
            boolean done = column == UpdateColumn.PROGRESS && cell.type() == CellContent.Type.TEXT
                    && TrackerText.saysDone(cell.text());
            problems.add(WorkbookProblem.error(cell(cell), key.item(), column.header() + ": " + (done ? Quote.single(
                    cell.text().strip()) + " is not a percentage: if the work is done, type the day it was finished"
                    + " in " + UpdateColumn.COMPLETED_ON.header() + ", and its progress is then 100; if not, "
                    + CellValues.PERCENT_ALLOWED : e.getMessage())));
            return Optional.empty();
        }
    }

    private long errors() {
        return errors + problems.stream().filter(WorkbookProblem::isError).count();
    }

    /**
     * Warns of an update that is a formula's result: read as if typed, the words may not be the owner's (run 87 #8:
     * "=A1" gave an item the sheet's title as its update).
     */
    private void fromFormula(CellContent cell, Key key) {
        cell.formula().ifPresent(formula -> problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()),
                UpdateColumn.UPDATE.header() + ": " + Quote.single(Quote.shown(cell.text().strip())) + " is the"
                + " result of the formula =" + formula + ", and is read as if typed; if those are not the words"
                + " meant, type them in place of the formula")));
        // Typed in a cell formatted as text, a formula stays its own text, "=W5" (run 89 #5).
        if (cell.formula().isEmpty() && cell.type() == CellContent.Type.TEXT && FORMULA_LIKE.matcher(cell.text()
                .strip()).matches()) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), UpdateColumn.UPDATE.header()
                    + ": " + Quote.single(Quote.shown(cell.text().strip())) + " starts as a formula does, in a cell"
                    + " that keeps text as typed, and is read as the words typed, nothing to change if they are the"
                    + " update; if it was meant to show another cell's words, type those words in its place"));
        }
    }

    /**
     * Warns of a figure, date or choice a formula takes from another workbook, as that file was when the copy was last
     * saved (run 87 #2): an update that is any formula's result has its own warning.
     */
    private void fromOtherWorkbooks(Map<UpdateColumn, CellContent> cells, Key key) {
        cells.forEach((column, cell) -> {
            if (column != UpdateColumn.UPDATE && cell.takesFromOtherWorkbook()) {
                problems.add(WorkbookProblem.warning(cell(cell), Optional.of(key.item()), column.header() + " "
                        + cell.takenFromOtherWorkbook()));
            }
        });
    }

    private Place cell(CellContent cell) {
        return WorkbookProblem.cell(sheet, cell.reference());
    }

    /** The cell of {@code column} on {@code row} of the sheet being read, as problems name it. */
    private Place cell(int row, UpdateColumn column) {
        return cell(sheet, row, column);
    }

    /** The cell of {@code column} on the row {@code filled} was read from, as problems name it. */
    Place cell(Filled filled, UpdateColumn column) {
        return cell(filled.sheet(), filled.row(), column);
    }

    /** The columns of the sheet {@code on}, by header. */
    private Map<UpdateColumn, Integer> columnsOf(String on) {
        return on.equals(addedSheet) ? addedColumns : columns;
    }

    private Place cell(String on, int row, UpdateColumn column) {
        int index = columnsOf(on).getOrDefault(column, -1);
        return WorkbookProblem.cell(on, index < 0 ? "" + row : CellReference.convertNumToColString(index) + row);
    }

    private static SubAction subAction(Recommendation recommendation, Key key) {
        return subActionOf(recommendation, key).orElseThrow();
    }

    /** The sub-action of {@code recommendation} that {@code key} names; none for the recommendation's own row. */
    private static Optional<SubAction> subActionOf(Recommendation recommendation, Key key) {
        return key.id().flatMap(id -> recommendation.subActions().stream().filter(s -> s.id().equals(id)).findFirst());
    }
}
