package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.OriginalTimescale;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.SubActionIds;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Colour;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import io.github.actionplan.validation.Severity;
import io.github.actionplan.workbook.TrackerMapping.Column;
import io.github.actionplan.workbook.TrackerSheet.TrackerCell;
import io.github.actionplan.workbook.WorkbookProblem.Item;
import io.github.actionplan.workbook.WorkbookProblem.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads one tracker workbook into a plan: the work behind {@link TrackerImport}. */
final class TrackerReader {

    /** The most rows a tracker's sheet may have; a service's tracker has hundreds. */
    static final int MAX_ROWS = 20_000;
    /** How far down a sheet the header row is looked for. */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final String DEFAULT_SOURCE = "HMICFRS inspection";

    /** A sheet named for a quarter with no year: "Q1", "Qtr 2", "Quarter 3 update". */
    private static final Pattern YEARLESS_QUARTER = Pattern.compile(
            "(?i)(?:q|qtr\\.?|quarter)\\s*[1-4](?:\\s+\\p{L}.*)?");
    private static final Pattern SUB_ACTION_REF = Pattern.compile("(?:[\\p{L} ]*[:.]?\\s*)?(\\d+)\\.(\\d+)");
    /**
     * A total row's label: "Total", "Grand total", "Subtotal Prevention", "Sub-total", "Average"; a few words at most,
     * so that an item's sentence starting "Total" is no total.
     */
    private static final Pattern TOTAL = Pattern.compile(
            "(?:grand |sub[- ]?)?totals?(?:[\\s:]+\\S+){0,3}|average|overall", Pattern.CASE_INSENSITIVE);
    /** An e-mail address, as owners are given in a tracker kept in a list of Microsoft 365's. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MAILTO = Pattern.compile("(?i)mailto:(?=[^\\s@]+@)");
    /** A plan's JSON path, as the plan's validation names another item's value in a message. */
    private static final Pattern JSON_PATH = Pattern.compile("/recommendations(?:/[A-Za-z0-9]+)+");
    /** A key's or legend's heading: the rows below it, to a blank row, are its entries, not items. */
    private static final Pattern KEY = Pattern.compile("(?:key|legend)\\b.*", Pattern.CASE_INSENSITIVE);
    /**
     * The first word of a row below (or between) a tracker's items that is no item: a note, a key to its colours, its
     * version. "Version 3.2" would otherwise be sub-action 3.2.
     */
    private static final Pattern NOTE = Pattern.compile("(?:notes?|key|legend|version|source|last updated"
            + "|updated by|prepared by|compiled by|document (?:owner|control)|next review)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** What a tracker writes in a date column for no date. */
    private static final Pattern NO_DATE = Pattern.compile("n/?a|-+|–|—|none|not (?:yet|applicable|complete[d]?)|tbc"
            + "|ongoing|in progress|open", Pattern.CASE_INSENSITIVE);
    /** What a tracker writes in its target date column for work that is done. */
    private static final Pattern NOT_STARTED = Pattern.compile("not (?:yet )?started", Pattern.CASE_INSENSITIVE);
    /** What follows a recommendation's reference to letter one of its actions: "a", " (b)", "-c". */
    private static final Pattern LETTER_AFTER = Pattern.compile("\\s*[-–.]?\\s*\\(?([a-z])\\)?",
            Pattern.CASE_INSENSITIVE);
    /** What follows a recommendation's reference to number one of its actions: " - action 2", " action 2". */
    private static final Pattern ACTION_AFTER = Pattern.compile("\\s*[-–:,]?\\s*(?:action|act\\.?)\\s*(?:no\\.?\\s*)?"
            + "(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    /** A header saying its update is the latest one. */
    private static final Pattern LATEST = Pattern.compile("\\b(?:latest|current|this quarter|most recent)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A section's name: up to five words, with no digit and no sentence's end. */
    private static final Pattern SECTION = Pattern.compile("[^\\d.,;:!?\\s]+(?:[ \\t&/–-]+[^\\d.,;:!?\\s]+){0,4}");
    /** An action's letter or numeral in the reference column: a, b), (c), ii, (iv). */
    private static final Pattern LETTERED = Pattern.compile("\\(?([a-z]|[ivx]{2,5})[).]?", Pattern.CASE_INSENSITIVE);
    /**
     * What goes before the date a tracker stands at: "as of", "as at", "position at", "at", "updated", "last updated:",
     * "date:" or "update to", and "end of" before a month ("position as at end of March 2026"); in Welsh, "sefyllfa ar"
     * (position at), "fel ar" (as at), "diweddarwyd" (updated) or "dyddiad", and "diwedd" (end of). Not "ar" alone,
     * which an English line holds as initials ("Prepared by AR 1 April 2025", run 122 #1).
     */
    private static final Pattern AS_OF = Pattern.compile("\\b(?:as\\s+(?:of|at)|position\\s+(?:as\\s+)?(?:at|on)|at"
            + "|(?:last\\s+)?updated(?:\\s+(?:on|to|at))?|update\\s+to|date"
            + "|sefyllfa\\s+(?:fel\\s+)?ar|fel\\s+ar|diweddarwyd(?:\\s+ar)?|dyddiad)\\s*:?\\s+"
            + "(?:(?:the\\s+)?end\\s+of\\s+|diwedd\\s+)?", Pattern.CASE_INSENSITIVE);
    /** The longest text a date is written in ("Wednesday 31 December 2025" and some): beyond it, none is tried. */
    private static final int LONGEST_DATE = 40;
    /** "Blue, Red, Amber or Green, or Complete, Off track, At risk or On track": the ratings read, in BRAG order. */
    private static final String RATINGS = Quote.listed(Status.BRAG_ORDER.stream().map(s -> s.brag().displayName())
            .toList(), "or") + ", or " + Quote.listed(Status.BRAG_ORDER.stream().map(Status::defaultLabel).toList(),
            "or");
    private static final Pattern PAGE = Pattern.compile("(?:p(?:age|g)?\\.?\\s*)?(\\d{1,5})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRE = Pattern.compile("fire", Pattern.CASE_INSENSITIVE);
    /** A Welsh service's or authority's name, which starts with the body: "Gwasanaeth Tân ac Achub Gogledd Cymru". */
    private static final Pattern WELSH_SERVICE = Pattern.compile("\\b(?:gwasanaeth|awdurdod) t[âa]n\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—|:]\\s");
    private static final Pattern SERVICE = Pattern.compile("service|authority|brigade", Pattern.CASE_INSENSITIVE);
    /** A finding's text that begins with its reference: "Rec 17:", "Recommendation 34:", "Rec:3 ", "AFI 2 -". */
    private static final Pattern REF_BEGINS = Pattern.compile("\\s*(?:rec(?:ommendation)?|afi|area for improvement"
            + "|coc|cause of concern)\\s*:?\\s*\\d+[a-z]?\\s*[:.)–-]?\\s", Pattern.CASE_INSENSITIVE);
    /** A reference that names a recommendation by its kind's word: "Rec 1.1", "Recommendation 2", "R3". */
    private static final Pattern RECOMMENDATION_REF = Pattern.compile("(?:recommendation|rec|r)\\s*[.:]?\\s*\\d",
            Pattern.CASE_INSENSITIVE);
    /** The header of an owner's column that names the actions': see {@link #namesActions}. */
    private static final Pattern ACTIONS_OWNER = Pattern.compile("(?:sub )?(?:actions?|tasks?|activity|delivery)"
            + " (?:owner|lead|leads|officer|owners)|(?:owner|lead) of (?:the )?actions?");
    /** A progress cell's word for where work stands that gives no percentage: "In progress", "On hold", "Ongoing". */
    private static final Pattern STATE = Pattern.compile("(?:in progress|progressing|on[- ]?going|on hold|paused"
            + "|started|under ?way|delayed|behind(?: schedule)?|on track|at risk|off track|overdue|open|active|pending"
            + "|awaiting\\b.*)[.!]?", Pattern.CASE_INSENSITIVE);
    /** A day as a spreadsheet stores it, a number of five digits (45657 is 31 December 2024); no year has five. */
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");
    /** Words that name a plan, as a title does and the name of a directorate after a service's dash does not. */
    private static final Pattern PLAN_WORDS = Pattern.compile("\\b(?:plan|tracker|report|improvement|actions?"
            + "|hmicfrs|inspection|progress|update)\\b", Pattern.CASE_INSENSITIVE);
    /** A title after a service's name and a dash, colon or bar; or, {@link #THEN_TITLE}, words after a space. */
    private static final Pattern DASH_TITLE = Pattern.compile("\\s*[-–—:|]\\s*(.+)");
    private static final Pattern THEN_TITLE = Pattern.compile(DASH_TITLE.pattern() + "|\\s+(\\p{L}\\S*\\s+\\S.*)");
    /**
     * A title row that is no title: a protective marking (the Government Security Classifications' "OFFICIAL", and
     * the older markings), or a placeholder for a logo ("[LOGO]").
     */
    private static final Pattern NO_TITLE = Pattern.compile("(?:official(?:[\\s-]+sensitive)?|not protectively"
            + " marked|unclassified|restricted|protect)(?:\\s*[-–:(].*)?|\\[[^\\]]*]|<[^>]*>|logo",
            Pattern.CASE_INSENSITIVE);
    /** A line that says when the tracker was last changed, which is no title. */
    private static final Pattern DATED = Pattern.compile("(?:last )?(?:updated|revised|amended)\\b|date\\b|version\\b",
            Pattern.CASE_INSENSITIVE);

    /** The fields read as text, whose cells' text is what is shown (update columns' cells too: {@link #isText}). */
    private static final Set<TrackerField> TEXT_FIELDS = EnumSet.of(TrackerField.OWNER, TrackerField.ACTION_OWNER,
            TrackerField.ACTION,
            TrackerField.FINDING, TrackerField.NOTES, TrackerField.REQUIRED_OUTCOMES, TrackerField.KIND,
            TrackerField.PILLAR, TrackerField.CAUSE_OF_CONCERN);

    /** The fields an action row may give its sub-action, where the column is the actions'. */
    private static final Set<TrackerField> ITEM_FIELDS = EnumSet.of(TrackerField.OWNER, TrackerField.DUE,
            TrackerField.REVISED_DUE,
            TrackerField.PROGRESS, TrackerField.COMPLETED_ON, TrackerField.NOTES);

    private final String name;
    private final XSSFWorkbook workbook;
    private final boolean date1904;
    private final Optional<TrackerMapping> given;
    private final Optional<LocalDate> asOfGiven;
    /** Whether an update with no reporting period has been told of: the first is, as all share the cause. */
    private boolean undatedUpdateTold;
    /** The update cells read as logs, an update for each quarter their entries are dated in, in the order read. */
    private final List<TrackerCell> logs = new ArrayList<>();
    private final Problems problems = new Problems();
    private final SkippedRows skipped = new SkippedRows();
    /** The hidden rows read as items', by sheet, with their recommendations' refs, warned of once all are read. */
    private final Map<String, Map<Integer, String>> hiddenRows = new LinkedHashMap<>();
    /** The rows of each sheet whose every cell read is struck through, with the recommendation each is read in. */
    private final Map<String, Map<Integer, String>> struckRows = new LinkedHashMap<>();
    /** The recommendations whose rows stand apart, sorted by another column, each with the rows they stand on. */
    private final Map<Draft, Integer> apart = new LinkedHashMap<>();
    /** Each owner the tracker names, as written, and the cells it is written in, in the order first met. */
    private final Map<String, List<TrackerCell>> ownerCells = new LinkedHashMap<>();

    /** The sheets read, laid out alike, in sheet order: one, or a sheet per directorate or pillar. */
    private List<TrackerSheet> sheets = List.of();
    /** The sheet being read: each of {@link #sheets} in turn, the first where the plan is concerned. */
    private TrackerSheet sheet;
    private TrackerMapping mapping;
    /** Whether the header found is of two rows, the mapping's header row the lower. */
    private boolean twoRowHeader;
    private boolean fractions;
    /** The columns mapped to update, in sheet order. */
    private List<Column> updateColumns = List.of();
    /** Where there are several update columns, the period each one's header names, by column index. */
    private final Map<Integer, ReportingPeriod> updatePeriods = new HashMap<>();
    /** The recommendations whose action rows' ratings are not all their assessment, warned of once all are read. */
    private final List<ActionsRatings> actionsRatings = new ArrayList<>();
    /** The ratings in words that are none ("In progress", "On hold"), by cell, with their recommendations' refs. */
    private final Map<TrackerCell, String> unreadRatings = new LinkedHashMap<>();
    /** The progress cells that give a state in words, no percentage ("In progress", "On hold"), with their refs. */
    private final Map<TrackerCell, String> unreadProgress = new LinkedHashMap<>();
    /** The pillar the last section heading read names, given to the items read under it. */
    private Optional<Pillar> headedPillar = Optional.empty();
    /** The section headings read on the sheet being read. */
    private int sections;
    /** The blank rating cells filled with a colour that is no rating (grey, purple), with their items' refs. */
    private final Map<TrackerCell, String> unreadFills = new LinkedHashMap<>();
    /** The cells of target dates that say their item is done, with their items, warned of once all are read. */
    private final Map<TrackerCell, Item> doneInTimescale = new LinkedHashMap<>();
    /** Recommendations' own figures other than their actions' come to, in the tracker's order. */
    private final List<OwnFigure> ownFigures = new ArrayList<>();

    /** A recommendation's own figure, at {@code cell}, and what its actions come to. */
    private record OwnFigure(String ref, Percent own, Percent theirs, TrackerCell cell) {}
    /** The recommendations whose actions' other ratings are not read, as one of them is such a word. */
    private final List<String> worstUnknown = new ArrayList<>();
    /** The recommendations with no lead of their own whose actions' leads are not one, warned of once all are read. */
    private final List<NoLead> noLeads = new ArrayList<>();
    /** The action and timescale cells of the items whose actions were read a line each, as "E7, G7". */
    private final List<String> byLine = new ArrayList<>();
    /** The action cells of one-row items that list several actions, each read as one action. */
    private final List<String> listed = new ArrayList<>();
    /** Whether a rating cell gave a rating: a word, or a fill. */
    private boolean ratingRead;
    /** The references of the findings whose kind nothing told, read as areas for improvement. */
    private final List<String> kindUntold = new ArrayList<>();
    /** The columns a given mapping does not list, by index: a warning says so and how to map them. */
    private final Set<Integer> unlisted = new HashSet<>();
    /**
     * Where the sheets read are a tracker kept as a sheet per quarter, each earlier sheet, oldest first, and its
     * quarter: their updates are the history of the latest sheet's items, which are the plan ({@link #perQuarter}).
     */
    private Map<TrackerSheet, ReportingPeriod> earlierQuarters = Map.of();
    /** Whether the sheets read are a sheet per quarter but for two of one quarter: their dates are then no news. */
    private boolean quarterClash;
    /** The sheets left out for their layout, told once {@link #perQuarter} has read the others. */
    private List<LeftOut> leftOut = List.of();
    /** Whether the sheets read are a sheet per quarter named without a year, told as one error. */
    private boolean yearlessQuarters;
    /** The sheets a reference used on another sheet has been told at, with how to leave a copy out: told once each. */
    private final Set<String> copyAdvised = new HashSet<>();

    TrackerReader(String name, XSSFWorkbook workbook, boolean date1904, Optional<TrackerMapping> mapping,
            Optional<LocalDate> asOf) {
        this.name = name;
        this.workbook = workbook;
        this.date1904 = date1904;
        this.given = mapping;
        this.asOfGiven = asOf;
    }

    /** Reads the tracker, {@code aboutTheFile} its first warnings: open in another program, links to others. */
    TrackerResult read(List<WorkbookProblem> aboutTheFile) throws InvalidWorkbookException {
        aboutTheFile.forEach(problems::add);
        if (given.isPresent()) {
            List<TrackerSheet> found = new ArrayList<>();
            for (String wanted : given.get().sheets()) {
                found.add(TrackerSheet.of(sheetNamed(wanted), date1904, name));
            }
            sheets = List.copyOf(found);
            mapping = new TrackerMapping(sheets.stream().map(TrackerSheet::name).toList(), given.get().headerRow(),
                    given.get().columns(), given.get().title(), given.get().organisation(), given.get().source(),
                    given.get().kind());
            for (TrackerSheet each : sheets) {
                sheet = each;
                checkHeaders();
            }
        } else {
            choose();
        }
        for (TrackerSheet each : sheets) {
            sheet = each;
            ignoreUnlisted();
        }
        sheet = sheets.getFirst();
        updateColumns();
        Optional<ReportingPeriod> latestQuarter = perQuarter();
        tellLeftOut(latestQuarter);
        sheet = sheets.getFirst();
        List<TrackerCell> titles = titleRows();
        Heading read = heading(titles);
        // A sheet per quarter named for its quarter alone, with no date above its header, is dated by its name.
        Optional<ReportingPeriod> quarterly = read.period.or(() -> read.asOf.isPresent() ? Optional.empty()
                : latestQuarter);
        Heading heading = sheets.size() == 1 && latestQuarter.isEmpty() ? read : new Heading(mapping.title()
                .orElseGet(() -> withoutSheetName(read.title)), read.organisation, read.source, read.asOf.or(()
                -> quarterly.map(ReportingPeriod::end)), quarterly);
        if (sheets.size() > 1) {
            warnOfSheetsHeadedOtherwise(heading);
        }
        mapping = new TrackerMapping(mapping.sheets(), mapping.headerRow(), mapping.columns(),
                Optional.of(heading.title), heading.organisation, Optional.of(heading.source), mapping.kind());
        for (TrackerField required : List.of(TrackerField.REF, TrackerField.FINDING)) {
            if (mapping.column(required).isEmpty()) {
                // One column of findings on their rows and actions on theirs, headed for either, reads as one field.
                String both = required == TrackerField.FINDING ? mapping.column(TrackerField.ACTION).map(c -> "; where"
                        + " one column, such as " + Quote.single(c.header()) + " (column " + letter(TrackerField.ACTION)
                        + "), holds both, findings on their rows and actions on theirs, move the actions to a column"
                        + " of their own: a column is read as one field").orElse("") : "";
                problems.add(WorkbookProblem.error(cell(mapping.headerRow() - 1, 0),
                        "no column is mapped to " + (describe(required).startsWith(required.jsonName())
                                ? describe(required) : required.jsonName() + " (" + describe(required) + ")")
                                + "; name it in the header row, or map it in"
                                + " the mapping's \"columns\"" + both));
            }
        }
        // Its rows are read all the same where the organisation alone is missing: their problems are told at once
        // (run 108 #3).
        boolean unreadable = errors();
        if (heading.organisation.isEmpty()) {
            problems.add(WorkbookProblem.error(Place.sheet(mapping.sheet()),
                    "the tracker names no organisation above its header row (a line such as \"Merseyside Fire and"
                    + " Rescue Service\"); add \"organisation\": \"Anyshire Fire and Rescue Service\" to the mapping"
                    + " (--save-mapping writes one to edit, --mapping reads it)"));
        }
        List<Draft> drafts = unreadable ? List.of() : group(sheets);
        Map<String, List<Earlier>> history = unreadable ? Map.of() : history(drafts);
        warnOfTextNotRead(drafts);
        warnOfActionsByLine();
        warnOfHiddenRows();
        warnOfRowsApart();
        sheet = sheets.getFirst();
        Optional<LocalDate> asOf = asOfGiven.or(() -> heading.asOf);
        Optional<ReportingPeriod> period = heading.period.or(() -> asOf.map(ReportingPeriod::containing));
        Map<String, Place> cells = new HashMap<>();
        List<Recommendation> recommendations = new ArrayList<>();
        Map<Status, Set<String>> words = new EnumMap<>(Status.class);
        Set<String> refsBuilt = new HashSet<>();
        Optional<Draft> cause = Optional.empty();
        Map<Draft, List<String>> underCauses = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            // A second recommendation of one reference is told where it starts; the plan holds the first.
            Optional<Recommendation> built = build(draft, period, recommendations.size(), cells, words)
                    .filter(r -> refsBuilt.add(r.ref()));
            if (built.isEmpty()) {
                continue;
            }
            Recommendation r = built.get();
            // A cause of concern's row with no actions, timescale or progress, its recommendations on the rows under
            // it, as the report lists them: theirs is its ref, to the next heading or finding of another kind.
            Optional<Draft> over = cause.filter(c -> c.sheet == draft.sheet && c.section == draft.section);
            if (r.kind() == RecommendationKind.RECOMMENDATION && r.causeOfConcern().isEmpty() && over.isPresent()) {
                r = Recommendation.builder().from(r).causeOfConcern(over.get().ref).build();
                underCauses.computeIfAbsent(over.get(), c -> new ArrayList<>()).add(r.ref());
            } else {
                // One with a timescale or progress of its own is an item of its own in a list, not the head of a group.
                cause = r.kind() == RecommendationKind.CAUSE_OF_CONCERN && r.subActions().isEmpty()
                        && r.deadline().isEmpty() && !r.progressReported() ? Optional.of(draft) : Optional.empty();
            }
            recommendations.add(withHistory(r, history.getOrDefault(r.ref(), List.of()), period,
                    "/recommendations/" + recommendations.size(), cells));
        }
        underCauses.forEach((coc, refs) -> problems.add(WorkbookProblem.warning(WorkbookProblem.cell(coc.sheet.name(),
                letter(TrackerField.REF) + (coc.row + 1)), Optional.of(Item.of(coc.ref)), (refs.size() == 1
                ? "recommendation " : "recommendations ") + named(refs, each -> each, ", ")
                + ", on the rows under cause of concern " + coc.ref + "'s, which has no actions or timescale of its"
                + " own, "
                + (refs.size() == 1 ? "is read as its recommendation" : "are read as its recommendations")
                + " (their causeOfConcern " + coc.ref + "); where one is not, give it a \"CoC ref\" column's cell,"
                + " or move it out from under " + coc.ref)));
        sheet = sheets.getFirst();
        warnOfActionsRatings();
        warnOfUnreadRatings();
        warnOfDoneInTimescale();
        warnOfOwnFigures();
        warnOfLogs();
        warnOfNoLeads();
        warnOfUntoldKinds();
        warnOfRatingsNone(drafts);
        if (period.isEmpty() && !errors()) {
            // Told once, where the tracker is otherwise read: reports made from a plan with no date are dated the day
            // they are made.
            problems.add(WorkbookProblem.warning(Place.sheet(sheet.name()), Optional.empty(), "no reporting date is"
                    + " found above the header row (a line such as \"Position as at 31 March 2026\" or \"Q4 2025/26"
                    + " update\"), so the plan has none and reports are dated the day they are made; give the date"
                    + " the tracker stands at with --as-of (e.g. --as-of 2026-03-31)"));
        }
        // A cell naming several people by address is no name written short: it is told as what it is.
        OwnerNames.likelySame(ownerCells.keySet().stream().filter(name -> EMAIL.matcher(name).results().count() < 2)
                .toList()).forEach(this::warnOfOwnerWrittenShort);
        if (!errors() && recommendations.isEmpty()) {
            // A plan of nothing is a mapping gone wrong, not a tracker read.
            problems.add(WorkbookProblem.error(cell(mapping.headerRow(), 0), "no recommendation is read below the"
                    + " header row, row " + mapping.headerRow() + ": the rows below it are blank or skipped ("
                    + String.format(Locale.ROOT, "%,d", skipped.count()) + "), or none names a reference in column "
                    + letter(TrackerField.REF) + "; check"
                    + " that the header row is the one above the tracker's items"));
        }
        int subActions = recommendations.stream().mapToInt(r -> r.subActions().size()).sum();
        Optional<ActionPlan> plan = Optional.empty();
        // Built where an item has an error too, so that what core's checks find in the others is told at once; where
        // the organisation alone is missing, with a stand-in, its error keeping the plan from being given (run 109 #1).
        if (!recommendations.isEmpty()) {
            ActionPlan.Builder builder = ActionPlan.builder()
                    .title(heading.title)
                    .organisation(heading.organisation.orElse("the organisation not named"))
                    .source(SourceInspection.builder().body("HMICFRS").title(heading.source).build())
                    .statusLabels(labels(words))
                    .recommendations(recommendations);
            asOf.ifPresent(builder::asOf);
            period.ifPresent(builder::period);
            ActionPlan built;
            try {
                built = builder.build();
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Every value is checked as it is read; this is what a check added to the model later would refuse.
                problems.add(WorkbookProblem.error(Place.sheet(mapping.sheet()), e.getMessage()));
                return new TrackerResult(Optional.empty(), mapping, told(), recommendations.size(), subActions,
                        skipped.listed(), fractions, problems.errors());
            }
            // A plan no reader takes is no plan: every command after this one would refuse it.
            Optional<String> tooLarge = ReturnedCopies.tooLarge(built);
            tooLarge.ifPresent(why -> problems.add(WorkbookProblem.error(Place.sheet(mapping.sheet()), why
                    + "; onboard the tracker"
                    + " as several plans, a sheet or a part of it each")));
            for (Problem problem : tooLarge.isPresent() ? List.<Problem>of() : PlanValidator.validate(built)) {
                problems.add(WorkbookProblem.of(problem.severity(), Optional.empty(), located(problem.path(), cells),
                        ReturnedCopies.item(built, problem.path()), inCells(problem.message(), cells)));
            }
            if (!errors()) {
                readBack(built, cells);
            }
            if (!errors()) {
                warnOfRollUp(built);
                plan = Optional.of(built);
            }
        }
        return new TrackerResult(plan, mapping, told(), recommendations.size(), subActions, skipped.listed(), fractions,
                problems.errors());
    }

    /**
     * Warns, once, where recommendations have no timescale of their own and their actions have, as a tracker that
     * dates only its actions gives, and at the plan's date the default roll-up shows one of them better than off track
     * while an action of it is overdue: such a recommendation is due when its last action is, and the plan's reports
     * would tell a board the opposite of what its actions say. The roll-up is the service's choice, so the warning
     * says what each one shows, as the model assesses the plan at its date, and how to choose. Where the two agree
     * (each such recommendation off track already, or none of its actions overdue) there is nothing to choose yet.
     */
    private void warnOfRollUp(ActionPlan plan) {
        List<Recommendation> dueByActions = plan.recommendations().stream().filter(r -> r.deadline().isEmpty()
                && r.completedOn().isEmpty() && r.progress().compareTo(Percent.HUNDRED) < 0
                && r.subActions().stream().anyMatch(s -> s.due().flatMap(Timescale::dueDate).isPresent())).toList();
        if (dueByActions.isEmpty()) {
            return;
        }
        Optional<String> facts = plan.asOf().flatMap(asOf -> underEachRollUp(plan, dueByActions, asOf));
        if (facts.isEmpty()) {
            return;
        }
        int column = mapping.column(TrackerField.DUE).or(() -> mapping.column(TrackerField.REVISED_DUE))
                .orElseThrow().index();
        boolean one = dueByActions.size() == 1;
        problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, column), Optional.empty(),
                dueByActions.size() + " of the " + plan.recommendations().size() + " recommendations "
                + (one ? "has no timescale of its own, only its actions have" : "have no timescale of their own, only"
                + " their actions have") + ": under the default roll-up a recommendation's status is worked from its"
                + " own due date and progress, and one with no timescale of its own is due when its last action is,"
                + " so it can show " + plan.statusLabels().label(Status.ON_TRACK) + " while its earlier actions are"
                + " overdue" + facts.get() + "; to report each recommendation as its worst open action, give status and"
                + " render --roll-up " + RollUp.WORST_SUB_ACTION.id() + ", or give each recommendation a timescale of"
                + " its own, on its own row or in a column mapped to due, and onboard again"));
    }

    /**
     * What the default roll-up shows, at {@code asOf}, of those of {@code dueByActions} that have an action off track
     * and that {@link RollUp#WORST_SUB_ACTION} shows off track for it, as the model assesses them: {@code "; at 30 Jun
     * 2026 the default roll-up shows 38 of them On track and 1 At risk, though 285 of their actions are Off track,
     * and worst-sub-action shows those 39 Off track"}; empty where there are none, or where the plan cannot be assessed
     * at its date (which its own problems tell).
     */
    private static Optional<String> underEachRollUp(ActionPlan plan, List<Recommendation> dueByActions,
            LocalDate asOf) {
        PlanAssessment byOwn;
        PlanAssessment byWorst;
        try {
            byOwn = Assessor.standard().assess(plan, asOf);
            byWorst = Assessor.of(Assessor.standard().rule(), RollUp.WORST_SUB_ACTION).assess(plan, asOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<Status, Integer> shown = new EnumMap<>(Status.class);
        int overdue = 0;
        for (Recommendation recommendation : dueByActions) {
            RecommendationAssessment own = byOwn.recommendation(recommendation.ref()).orElseThrow();
            if (own.status() != Status.OFF_TRACK && byWorst.recommendation(recommendation.ref()).orElseThrow()
                    .status() == Status.OFF_TRACK) {
                shown.merge(own.status(), 1, Integer::sum);
                overdue += (int) own.subActions().stream().filter(a -> a.status() == Status.OFF_TRACK).count();
            }
        }
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        StatusLabels labels = plan.statusLabels();
        int differ = shown.values().stream().mapToInt(Integer::intValue).sum();
        List<String> each = new ArrayList<>();
        Status.SUMMARY.stream().filter(shown::containsKey).forEach(status -> each.add((differ == 1 ? "it"
                : shown.get(status) + (each.isEmpty() ? " of them" : "")) + " " + labels.label(status)));
        String offTrack = labels.label(Status.OFF_TRACK);
        return Optional.of("; at " + Dates.shortDate(asOf) + " the default roll-up shows " + Quote.listed(each, "and")
                + ", though " + overdue + " of " + (differ == 1 ? "its" : "their") + " actions " + (overdue == 1
                ? "is " : "are ") + offTrack + ", and " + RollUp.WORST_SUB_ACTION.id() + " shows " + (differ == 1
                ? "it " : "those " + differ + " ") + offTrack);
    }

    /**
     * The problems told, each naming the tracker: a tracker of thousands of faulty rows tells the first, and how many
     * more there are.
     */
    private List<WorkbookProblem> told() {
        return problems.told(Optional.of(name), "read the tracker");
    }

    /**
     * Each error the reader finds in {@code built} written out, at the cells that give it: a plan that does not read
     * back is no plan, every command after this one would refuse it. Each cell is within what a cell holds, but the
     * plan keeps some texts of several cells as one, which may be longer than a plan's text may be.
     */
    private void readBack(ActionPlan built, Map<String, Place> cells) {
        try {
            PlanJson.fromJson(PlanJson.toJson(built));
        } catch (InvalidPlanException e) {
            e.problems().stream().filter(Problem::isError).forEach(problem -> problems.add(WorkbookProblem.of(
                    Severity.ERROR, Optional.empty(), located(problem.path(), cells), ReturnedCopies.item(built,
                    problem.path()), "the text the plan keeps from this cell and the cells joined to it would be"
                    + " refused when the plan is read (" + problem.message() + "); shorten them")));
        }
    }

    // ---- the sheet and its header row ----

    private Sheet sheetNamed(String wanted) throws InvalidWorkbookException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet s = workbook.getSheetAt(i);
            if (s.getSheetName().equalsIgnoreCase(wanted)) {
                return s;
            }
            names.add(s.getSheetName());
        }
        throw InvalidWorkbookException.of(name, "has no sheet named " + Quote.single(wanted) + "; its sheets are "
                + WorkbookProblem.sheets(names) + ". Correct " + (given.orElseThrow().sheets().size() == 1 ? "\"sheet\""
                : "\"sheets\"") + " in the mapping");
    }

    /** Finds the sheet and row whose headers name the most fields, and maps its columns. */
    private void choose() throws InvalidWorkbookException {
        int bestScore = 0;
        // The row that came closest to a header row, lacking the reference column, to tell where none is found.
        int closestScore = 1;
        Optional<String> closest = Optional.empty();
        // Where the closest row's finding column begins each finding with its reference, the first such cell.
        Optional<TrackerCell> refsInFindings = Optional.empty();
        List<String> looked = new ArrayList<>();
        // Each sheet with a tracker's header row, and its row.
        Map<TrackerSheet, Integer> headed = new LinkedHashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            TrackerSheet candidate = TrackerSheet.of(workbook.getSheetAt(i), date1904, name);
            looked.add(candidate.name());
            for (int row = 0; row <= Math.min(candidate.lastRow(), HEADER_SEARCH_ROWS - 1); row++) {
                Set<TrackerField> fields = EnumSet.noneOf(TrackerField.class);
                int findingColumn = -1;
                for (int c = 0; c < candidate.width(row); c++) {
                    TrackerCell cell = candidate.cell(row, c);
                    if (!cell.continuation() && !candidate.isColumnHidden(c)) {
                        Optional<TrackerField> field = TrackerHeaders.field(cell.shown());
                        if (field.equals(Optional.of(TrackerField.FINDING)) && refOrFinding(cell.shown())
                                && allShortCodes(candidate, row + (candidate.cell(row + 1, c).continuation() ? 1 : 0),
                                c)) {
                            field = Optional.of(TrackerField.REF);
                        }
                        field.ifPresent(fields::add);
                        findingColumn = field.equals(Optional.of(TrackerField.FINDING)) && findingColumn < 0 ? c
                                : findingColumn;
                    }
                }
                if (!fields.contains(TrackerField.REF) && fields.size() > closestScore) {
                    refsInFindings = findingColumn < 0 ? Optional.empty() : refsBeginning(candidate, row + 1,
                            findingColumn);
                    closestScore = fields.size();
                    closest = Optional.of("row " + (row + 1) + " of " + Quote.single(candidate.name())
                            + ", which names "
                            + Quote.listed(fields.stream().map(TrackerField::jsonName).toList(), "and")
                            + " but no reference column");
                }
                if (fields.contains(TrackerField.REF) && fields.size() >= 3) {
                    headed.putIfAbsent(candidate, row + 1);
                }
                if (fields.contains(TrackerField.REF) && fields.size() >= 3 && fields.size() > bestScore) {
                    bestScore = fields.size();
                    sheet = candidate;
                    mapping = new TrackerMapping(candidate.name(), row + 1, List.of(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty());
                }
            }
        }
        if (sheet == null) {
            Optional<TrackerCell> refsFirst = refsInFindings;
            throw InvalidWorkbookException.of(name, "has no row of column headers a tracker has, in the first "
                    + HEADER_SEARCH_ROWS + " rows of " + (looked.isEmpty() ? "any visible sheet" : "the sheet"
                    + (looked.size() == 1 ? " " : "s ") + WorkbookProblem.sheets(looked))
                    + "; a tracker's header row names a reference column (Ref, Ref. No., Rec No.) and at least two"
                    + " others (Recommendation, Action, Owner, Target date, % complete, RAG, Update)"
                    + closest.map(c -> "; the closest is " + c + refsFirst.map(at -> ", its findings beginning"
                    + " with their references (" + Quote.single(Quote.shown(at.shown(), 24)) + " in " + at.address()
                    + "): insert a column before " + TrackerMapping.letters(new CellReference(at.address()).getCol())
                    + ", head it Ref, and move each finding's reference into it").orElse(": head the column of"
                    + " references Ref")).orElse("") + ", or give a mapping with --mapping");
        }
        Optional<TrackerSheet> most = mostAlike(headed);
        if (most.isPresent()) {
            sheet = most.get();
            mapping = new TrackerMapping(sheet.name(), headed.get(sheet), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (hasSubHeaders(mapping.headerRow() - 1)) {
            twoRowHeader = true;
            mapping = new TrackerMapping(mapping.sheets(), mapping.headerRow() + 1, List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        List<WorkbookProblem> ofUpdateColumns = new ArrayList<>();
        mapping = new TrackerMapping(mapping.sheets(), mapping.headerRow(), autoColumns(mapping.headerRow() - 1,
                ofUpdateColumns), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        // A tracker kept as a sheet per directorate: the sheets laid out as the one chosen are read with it, in sheet
        // order, and the others are said, not dropped.
        TrackerSheet chosen = sheet;
        List<TrackerSheet> alike = new ArrayList<>();
        List<Map.Entry<TrackerSheet, Integer>> differ = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        for (Map.Entry<TrackerSheet, Integer> other : headed.entrySet()) {
            sheet = other.getKey();
            Optional<String> why = other.getKey() == chosen ? Optional.empty() : layoutDiffers(chosen,
                    other.getValue());
            if (why.isEmpty()) {
                alike.add(other.getKey());
                continue;
            }
            differ.add(other);
            whys.add(why.get());
        }
        sheets = List.copyOf(alike);
        sheet = sheets.getFirst();
        if (sheets.size() > 1) {
            // Which update columns hold anything is told by every sheet read, not the first alone: a quarter's
            // column blank on one directorate's sheet may be filled on another's.
            ofUpdateColumns.clear();
            mapping = new TrackerMapping(mapping.sheets(), mapping.headerRow(), autoColumns(mapping.headerRow() - 1,
                    ofUpdateColumns), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        mapping = mapping.withSheets(sheets.stream().map(TrackerSheet::name).toList());
        ofUpdateColumns.forEach(problems::add);
        // Told once it is known whether the sheets read are quarters, of which a sheet left out may be one.
        List<LeftOut> out = new ArrayList<>();
        for (int i = 0; i < differ.size(); i++) {
            out.add(new LeftOut(differ.get(i).getKey(), differ.get(i).getValue(), whys.get(i), problems.reserve()));
        }
        leftOut = List.copyOf(out);
    }

    /**
     * A sheet with a tracker's header row that is not read, as it is laid out otherwise than those read: {@code why},
     * ending in what to do and ", or" (or in ", so", where its columns hold other things), and its problem's place.
     */
    private record LeftOut(TrackerSheet sheet, int headerRow, String why, long place) {}

    /**
     * Tells each sheet left out for its layout: as a quarter's copy where the sheets read are a sheet per quarter and
     * its name dates it to an earlier one, whose updates are then lost from the plan's history (run 61, 8), else as a
     * sheet that could be onboarded as a plan of its own.
     */
    private void tellLeftOut(Optional<ReportingPeriod> latestQuarter) {
        for (LeftOut out : leftOut) {
            String name = out.sheet().name();
            Optional<ReportingPeriod> quarter = latestQuarter.flatMap(latest -> quarterNamed(name)
                    .filter(q -> q.compareTo(latest) < 0));
            String message = quarter.map(q -> "this sheet has a tracker's header row too, and is not read, as "
                    + out.why().replaceFirst(",? (or|so)$", "") + "; named for " + q + ", it is most likely that"
                    + " quarter's copy of the tracker, whose updates are then not kept as the items' " + q
                    + " updates").orElseGet(() -> "this sheet has a tracker's header row too, and is not read, as "
                    + out.why() + " onboard it as a plan of its own with a mapping whose \"sheet\" is "
                    + Quote.single(name) + " and \"headerRow\" " + out.headerRow() + " (--save-mapping writes one"
                    + " to edit, --mapping reads it)");
            problems.add(0, WorkbookProblem.warning(WorkbookProblem.cell(name, "A" + out.headerRow()),
                    Optional.empty(), message), out.place());
        }
    }

    /**
     * The first cell of the column below the 0-based row {@code from}, of those holding anything, where most of the
     * first ten such begin with a recommendation's reference ("Rec 17:", "Recommendation 34:", "AFI 3 -"), as a
     * published appendix begins each finding; none otherwise.
     */
    private static Optional<TrackerCell> refsBeginning(TrackerSheet candidate, int from, int column) {
        List<TrackerCell> cells = new ArrayList<>();
        for (int r = from; r <= candidate.lastRow() && cells.size() < 10; r++) {
            TrackerCell cell = candidate.cell(r, column);
            if (!cell.isBlank() && !cell.continuation()) {
                cells.add(cell);
            }
        }
        List<TrackerCell> begun = cells.stream().filter(cell -> REF_BEGINS.matcher(cell.shown()).lookingAt()).toList();
        return cells.size() >= 2 && 2 * begun.size() > cells.size() ? Optional.of(begun.getFirst()) : Optional.empty();
    }

    /**
     * Of the sheets with a tracker's header row, the first of those most of them are laid out as (the same header row,
     * the same headers in the same columns), where they are more than those laid out as the sheet chosen, which names
     * the most fields: a directorate's sheet with a column of its own is the one left out, not the others.
     */
    private Optional<TrackerSheet> mostAlike(Map<TrackerSheet, Integer> headed) {
        Map<List<String>, List<TrackerSheet>> byLayout = new LinkedHashMap<>();
        headed.forEach((each, row) -> {
            List<String> layout = new ArrayList<>(List.of(String.valueOf(row)));
            for (int c = 0; c < each.width(row - 1); c++) {
                TrackerCell cell = each.cell(row - 1, c);
                layout.add(cell.continuation() ? "" : cell.shown().replaceAll("\\s+", " ").strip()
                        .toLowerCase(Locale.ROOT));
            }
            while (layout.size() > 1 && layout.getLast().isEmpty()) {
                layout.removeLast();
            }
            byLayout.computeIfAbsent(layout, l -> new ArrayList<>()).add(each);
        });
        List<TrackerSheet> chosen = byLayout.values().stream().filter(group -> group.contains(sheet)).findFirst()
                .orElse(List.of());
        return byLayout.values().stream().filter(group -> group.size() > chosen.size()).max(Comparator.comparingInt(
                List::size)).map(List::getFirst);
    }

    /**
     * Why the sheet being read, whose tracker's header row was found on 1-based {@code row}, is not laid out as
     * {@code chosen} is, whose columns the mapping holds: its header row is another, or a column's header differs
     * (another header, none, or hidden where the chosen sheet's is read); empty where it is laid out alike, so its
     * rows read as the chosen sheet's do. Said as the reason a warning gives, then what to do.
     */
    private Optional<String> layoutDiffers(TrackerSheet chosen, int row) {
        int headerRow = row + (hasSubHeaders(row - 1) ? 1 : 0);
        String there = Quote.single(chosen.name());
        // Its own header row's columns against the one read, every difference told at once: told the row alone, a
        // user who moved it was then told of the columns.
        Map<Integer, String> ours = new TreeMap<>();
        mapping.columns().forEach(c -> ours.put(c.index(), c.header()));
        Map<Integer, String> theirs = new TreeMap<>();
        int width = twoRowHeader ? Math.max(sheet.width(headerRow - 1), sheet.width(headerRow - 2))
                : sheet.width(headerRow - 1);
        for (int c = 0; c < width; c++) {
            TrackerCell cell = headerCell(headerRow - 1, c);
            if (!cell.continuation() && !cell.isBlank()) {
                theirs.put(c, cell.shown().replaceAll("\\s+", " "));
            }
        }
        Set<Integer> columns = new TreeSet<>(ours.keySet());
        columns.addAll(theirs.keySet());
        List<String> differences = new ArrayList<>();
        Set<TrackerField> fields = EnumSet.noneOf(TrackerField.class);
        mapping.columns().forEach(m -> m.field().ifPresent(fields::add));
        boolean otherMeaning = false;
        boolean reordered = false;
        for (int c : columns) {
            String header = theirs.getOrDefault(c, "");
            String read = ours.getOrDefault(c, "");
            String letters = TrackerMapping.letters(c);
            Optional<TrackerField> readAs = mapping.columns().stream().filter(m -> m.index() == c).findFirst()
                    .flatMap(TrackerMapping.Column::field);
            boolean fielded = readAs.isPresent();
            if (!header.equalsIgnoreCase(read.strip())) {
                differences.add(letters + " is " + (header.isEmpty() ? "blank" : "headed " + Quote.single(header))
                        + " here and " + (read.isBlank() ? "blank" : Quote.single(read)) + " there");
                // Headed alike, a column of another field's values would be read as this one's: "Date completed"
                // where "% complete" is read holds dates, not progress; "Owner" where "Action" is, owners.
                Optional<TrackerField> holds = TrackerHeaders.field(header);
                if (fielded && !header.isEmpty() && !holds.equals(readAs)) {
                    if (holds.isPresent() && fields.contains(holds.get())) {
                        reordered = true;
                    } else {
                        otherMeaning = true;
                    }
                }
            } else if (fielded && sheet.isColumnHidden(c) != chosen.isColumnHidden(c)) {
                differences.add(letters + " is " + (sheet.isColumnHidden(c) ? "hidden here and not" : "shown here and"
                        + " hidden") + " there");
            }
        }
        boolean moved = headerRow != mapping.headerRow();
        if (!moved && differences.isEmpty()) {
            return Optional.empty();
        }
        int shown = 6;
        String listed = differences.size() <= shown + 1 ? String.join(", ", differences)
                : String.join(", ", differences.subList(0, shown)) + " and " + (differences.size() - shown) + " more";
        String why = (moved ? "its header row is row " + headerRow + ", not row " + mapping.headerRow() + " as on"
                + " sheet " + there + ", which is read" : "") + (differences.isEmpty() ? "" : (moved ? ", and its"
                + " columns differ from those of " + there + ": " : "its columns differ from those of sheet " + there
                + ", which is read: ") + listed);
        if (otherMeaning) {
            return Optional.of(why + "; its columns hold other things than those of " + there + ", so");
        }
        List<String> fixes = new ArrayList<>();
        if (moved) {
            fixes.add("move its header row to row " + mapping.headerRow() + ", as on " + there);
        }
        if (reordered) {
            fixes.add("move its columns to where " + there + " has them");
        } else if (!differences.isEmpty()) {
            fixes.add("give it the headers " + there + " has, in the same columns");
        }
        return Optional.of(why + "; " + String.join(", and ", fixes) + ", and onboard again, or");
    }

    /**
     * The plan's title, for a tracker of several sheets: without the first sheet's name where the title rows end with
     * it ("HMICFRS tracker – Prevention"), as the plan is every sheet's.
     */
    private String withoutSheetName(String title) {
        String first = sheets.getFirst().name();
        int start = title.length() - first.length();
        if (start <= 0 || !title.regionMatches(true, start, first, 0, first.length())) {
            return title;
        }
        String rest = title.substring(0, start).stripTrailing();
        if (rest.isEmpty() || "-–—:|".indexOf(rest.charAt(rest.length() - 1)) < 0) {
            return title;
        }
        rest = rest.substring(0, rest.length() - 1).strip();
        return rest.isEmpty() ? title : rest;
    }

    /**
     * Warns at its title row of each sheet read after the first whose title rows date it otherwise than the plan, or
     * name another service than the first sheet's. The plan has one date, the first sheet's, and items reported at
     * another date would be assessed as at the plan's; a date given with --as-of is the plan's whatever the sheets
     * say. A plan is one service's, and a sheet of another service's tracker copied in would be read as its.
     */
    private void warnOfSheetsHeadedOtherwise(Heading plan) {
        TrackerSheet first = sheets.getFirst();
        Optional<String> service = serviceNamed();
        for (TrackerSheet other : sheets.subList(1, sheets.size())) {
            sheet = other;
            Optional<TrackerCell> dated = titleRows().stream().filter(title -> reportableDate(title).isPresent())
                    .findFirst();
            if (!quarterClash && asOfGiven.isEmpty() && plan.asOf.isPresent() && dated.isPresent()
                    && !reportableDate(dated.get()).equals(plan.asOf)) {
                LocalDate date = reportableDate(dated.get()).orElseThrow();
                problems.add(WorkbookProblem.warning(cell(dated.get()), Optional.empty(), "this sheet's title rows"
                        + " date it " + Dates.shortDate(date) + ", but the plan is dated "
                        + Dates.shortDate(plan.asOf.get()) + ", as the first sheet read, " + Quote.single(first.name())
                        + ", is; if its items stand at " + Dates.shortDate(date) + ", bring them up to date, or give"
                        + " the plan's date with --as-of"));
            }
            Optional<String> named = serviceNamed();
            if (service.isPresent() && named.isPresent() && !place(named.get()).equals(place(service.get()))) {
                TrackerCell title = titleRows().stream().filter(t -> t.shown().replaceAll("\\s+", " ")
                        .contains(named.get())).findFirst().orElseThrow();
                problems.add(WorkbookProblem.warning(cell(title), Optional.empty(), "this sheet's title rows name "
                        + named.get() + ", but the first sheet read, " + Quote.single(first.name()) + ", names "
                        + service.get() + ", and the plan is " + plan.organisation.orElse(service.get()) + "'s; a"
                        + " plan is one service's: if this sheet is another service's tracker, onboard it as a plan"
                        + " of its own with a mapping whose \"sheet\" is " + Quote.single(other.name())
                        + " (--save-mapping writes one to edit, --mapping reads it)"));
            }
        }
        sheet = first;
    }

    /**
     * Where the sheets read are one tracker kept as a sheet per quarter, reads the latest quarter's sheet as the plan
     * as it stands and keeps the earlier ones as its history ({@link #earlierQuarters}), and says so once; returns its
     * quarter. Read as more of one plan, each reference of an earlier quarter's copy would be refused as used twice,
     * and left out, its updates would be lost. Sheets are a sheet per quarter where each is dated to a quarter of its
     * own, by its title rows (else by its name, "Q1 2025-26"), and each later sheet lists mostly references an earlier
     * one lists (at least half): a sheet per directorate lists its own, and sheets of one date are not quarters. Each
     * sheet's references are read once, so the test takes time in proportion to the rows.
     */
    private Optional<ReportingPeriod> perQuarter() {
        Optional<Column> refColumn = mapping.column(TrackerField.REF);
        // What a reference stands for, to tell a quarter's copy of an item from another sheet's item of the same
        // number: the finding, else the action.
        Optional<Column> textColumn = mapping.column(TrackerField.FINDING).or(() -> mapping.column(
                TrackerField.ACTION));
        if (sheets.size() < 2 || refColumn.isEmpty() || textColumn.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<ReportingPeriod, TrackerSheet> byQuarter = new TreeMap<>();
        Map<TrackerSheet, Map<String, String>> refs = new HashMap<>();
        Optional<List<TrackerSheet>> clash = Optional.empty();
        List<TrackerSheet> yearless = new ArrayList<>();
        for (TrackerSheet each : sheets) {
            sheet = each;
            List<TrackerCell> titles = titleRows();
            Optional<ReportingPeriod> quarter = titles.stream().map(TrackerReader::reportableDate)
                    .flatMap(Optional::stream).findFirst().map(ReportingPeriod::containing)
                    .or(() -> titles.stream().map(t -> ReportingPeriod.findIn(t.shown())).flatMap(Optional::stream)
                            .findFirst())
                    .or(() -> quarterNamed(each.name()));
            if (quarter.isEmpty()) {
                // "Q1", "Quarter 2": a quarter's sheet, of no year anything here tells.
                if (!YEARLESS_QUARTER.matcher(each.name().strip()).matches()) {
                    sheet = sheets.getFirst();
                    return Optional.empty();
                }
                yearless.add(each);
            }
            Map<String, String> listed = new HashMap<>();
            for (int r = mapping.headerRow(); r <= each.lastRow(); r++) {
                TrackerCell cell = each.cell(r, refColumn.get().index());
                if (!cell.isBlank() && !cell.continuation()) {
                    listed.putIfAbsent(TrackerText.visible(cell.shown()).replaceAll("\\s+", " ").strip(),
                            TrackerText.squashed(each.cell(r, textColumn.get().index()).shown()));
                }
            }
            refs.put(each, listed);
            if (quarter.isEmpty()) {
                continue;
            }
            TrackerSheet same = byQuarter.putIfAbsent(quarter.get(), each);
            if (same != null && clash.isEmpty() && copies(refs.get(same), listed)) { // told if the rest are quarters
                clash = Optional.of(List.of(same, each));
            }
        }
        sheet = sheets.getFirst();
        if (!yearless.isEmpty()) {
            // Copies of one another, in the order read: a quarter each, whose year only the user can give.
            Map<String, String> earlier = new HashMap<>();
            for (TrackerSheet each : sheets) {
                if (!earlier.isEmpty() && !copies(earlier, refs.get(each))) {
                    return Optional.empty();
                }
                earlier.putAll(refs.get(each));
            }
            quarterClash = true;
            yearlessQuarters = true;
            problems.add(WorkbookProblem.error(headerCell(yearless.getFirst()), (yearless.size() == 1 ? "sheet "
                    : "sheets ") + Quote.listed(yearless.stream().map(each -> Quote.single(each.name())).toList(),
                    "and") + (yearless.size() == sheets.size() ? "" : " and the other sheets read") + " list the same"
                    + " references, as a tracker kept as a sheet per quarter does, but " + (yearless.size() == 1
                    ? "its name gives" : "their names give")
                    + " no year, so which quarter each is cannot be told: name each sheet with its quarter and"
                    + " year ('Q1 2025-26') or give a date in its title rows ('Position at 30/06/2025'), and onboard"
                    + " again"));
            return Optional.empty();
        }
        // Each later sheet, in quarter order, a copy of those before.
        Map<String, String> before = new HashMap<>();
        for (TrackerSheet each : byQuarter.values()) {
            Map<String, String> listed = refs.get(each);
            if (!before.isEmpty() && !copies(before, listed)) {
                return Optional.empty();
            }
            before.putAll(listed);
        }
        if (byQuarter.size() < 2) { // sheets of one date, each its directorate's, are not quarters
            return Optional.empty();
        }
        if (clash.isPresent()) {
            // A quarter's sheet issued again beside the first: which is the quarter's is the user's to say.
            TrackerSheet first = clash.get().getFirst();
            TrackerSheet second = clash.get().getLast();
            quarterClash = true;
            problems.add(WorkbookProblem.error(headerCell(second), "sheets "
                    + Quote.single(first.name()) + " and " + Quote.single(second.name()) + " are both dated "
                    + byQuarter.entrySet().stream().filter(e -> e.getValue() == first).findFirst().orElseThrow()
                    .getKey() + ", and the other sheets read list the same references, a quarter each: a tracker kept"
                    + " as a sheet per quarter has one sheet a quarter, so leave one of the two out (save the"
                    + " mapping with --save-mapping, take it out of the mapping's \"sheets\" and onboard again with"
                    + " --mapping), or date it to its own quarter"));
            return Optional.empty();
        }
        Map.Entry<ReportingPeriod, TrackerSheet> latest = byQuarter.lastEntry();
        Map<TrackerSheet, ReportingPeriod> earlier = new LinkedHashMap<>();
        byQuarter.forEach((quarter, each) -> {
            if (each != latest.getValue()) {
                earlier.put(each, quarter);
            }
        });
        earlierQuarters = earlier;
        sheets = List.of(latest.getValue());
        sheet = latest.getValue();
        List<String> names = earlier.keySet().stream().map(TrackerSheet::name).toList();
        String latestName = Quote.single(latest.getValue().name());
        problems.add(WorkbookProblem.warning(headerCell(latest.getValue()), Optional.empty(), "the sheets"
                + " read are a tracker kept as a sheet per quarter, each dated to a quarter of its own ("
                + Quote.listed(byQuarter.keySet().stream().map(ReportingPeriod::toString).toList(), "and")
                + ") and listing the same"
                + " references: " + latestName + ", the latest, is read as the plan as it stands, and "
                + (names.size() == 1 ? "the updates on sheet " : "the updates on sheets ") + Quote.listed(names.stream()
                .map(Quote::single).toList(), "and") + " as its items' updates for " + (names.size() == 1
                ? "that quarter" : "their quarters")
                + "; where a sheet is more of the plan, not an earlier quarter's copy, give its items references of"
                + " their own and onboard again"));
        return Optional.of(latest.getKey());
    }

    /**
     * The quarter a sheet's name gives: the quarter it names ("Q1 2025-26", "Apr-Jun 2025"), or the one the month it
     * names ends ({@link #quarterEndingIn}).
     */
    private static Optional<ReportingPeriod> quarterNamed(String name) {
        return ReportingPeriod.tryParse(name.strip()).or(() -> quarterEndingIn(name.strip()));
    }

    /**
     * The quarter a sheet named for a month ends ("June 2025", "Sept 2025": the position at the quarter's end), where
     * the name is a month and that month ends a quarter; a sheet of another month is a month's, not a quarter's.
     */
    private static Optional<ReportingPeriod> quarterEndingIn(String name) {
        Timescale month;
        try {
            month = Timescale.parse(name);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return month.kind() != Timescale.Kind.MONTH ? Optional.empty() : month.dueDate().flatMap(end -> {
            try {
                ReportingPeriod quarter = ReportingPeriod.containing(end);
                return quarter.end().equals(end) ? Optional.of(quarter) : Optional.empty();
            } catch (IllegalArgumentException e) { // a year no plan reports on
                return Optional.empty();
            }
        });
    }

    /**
     * Whether a sheet listing {@code listed} (references and what each stands for) is a later copy of sheets listing
     * {@code before}: mostly references listed before, mostly for the same findings. Sheets per directorate that each
     * number their items from 1 share references, but not what they stand for (run 61, 1).
     */
    private static boolean copies(Map<String, String> before, Map<String, String> listed) {
        long again = listed.keySet().stream().filter(before::containsKey).count();
        long same = listed.entrySet().stream().filter(ref -> ref.getValue().equals(before.get(ref.getKey()))).count();
        return again > 0 && again * 2 >= listed.size() && same * 2 >= again;
    }

    /** The cell of {@code on}'s header row in the reference column, where a problem of the whole sheet is told. */
    private Place headerCell(TrackerSheet on) {
        return WorkbookProblem.cell(on.name(), letter(TrackerField.REF) + mapping.headerRow());
    }

    /** The date a title row gives the tracker, where it is one a plan can report at. */
    private static Optional<LocalDate> reportableDate(TrackerCell title) {
        return dated(title.shown().replaceAll("\\s+", " ")).map(Map.Entry::getValue).filter(
                TrackerReader::isReportable);
    }

    /** The service the title rows of the sheet being read name, where a line names one, as {@link #heading} has it. */
    private Optional<String> serviceNamed() {
        return service(serviceLine(titleRows().stream().map(title -> title.shown().replaceAll("\\s+", " "))
                .map(line -> dated(line).filter(d -> isReportable(d.getValue())).map(Map.Entry::getKey)
                        .orElse(line)).toList()));
    }

    /**
     * Where a service is, as its name says it, to tell two services apart: "Hereford &amp; Worcester Fire and Rescue
     * Service" and "Hereford and Worcester Fire Authority" are one.
     */
    private static String place(String service) {
        Matcher fire = FIRE.matcher(service);
        return (fire.find() ? service.substring(0, fire.start()) : service).toLowerCase(Locale.ROOT).replace("&",
                "and").replaceAll("[^\\p{L}]", "");
    }

    /**
     * Whether the header row has a header merged across columns ("Progress" over three) with the row below naming
     * each of them ("% complete", "RAG", "Comments"): a header of two rows, the lower one naming the columns.
     */
    private boolean hasSubHeaders(int row) {
        int width = row + 1 <= sheet.lastRow() ? Math.max(sheet.width(row), sheet.width(row + 1)) : 0;
        for (int c = 0; c < width; c++) {
            TrackerCell below = sheet.cell(row + 1, c);
            if (sheet.cell(row, c).continuation() && !below.continuation()
                    && (TrackerHeaders.field(below.shown()).isPresent() || quarterOfUpdates(row + 1, c)
                    || underMergedHeader(row + 1, c).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field a header cell at {@code row} names with the header merged across it and its neighbours on the row
     * above: "Original" and "Revised" under "Target date" name the target date and the revised one.
     */
    private Optional<TrackerField> underMergedHeader(int row, int column) {
        TrackerCell cell = sheet.cell(row, column);
        if (row == 0 || cell.isBlank() || cell.continuation() || TrackerHeaders.field(cell.shown()).isPresent()) {
            return Optional.empty();
        }
        TrackerCell above = sheet.cell(row - 1, column);
        TrackerCell right = sheet.cell(row - 1, column + 1);
        boolean acrossAbove = above.rowSpan() == 1 && (above.continuation() || right.continuation()
                && right.rowSpan() == 1 && right.shown().equals(above.shown()));
        return acrossAbove && !above.isBlank() ? TrackerHeaders.field(cell.shown() + " " + above.shown())
                : Optional.empty();
    }

    /** Whether the header cell at {@code row} names a quarter or month under an update column's merged header. */
    private boolean quarterOfUpdates(int row, int column) {
        return row > 0 && TrackerHeaders.field(sheet.cell(row - 1, column).shown()).equals(
                Optional.of(TrackerField.UPDATE)) && periodNamed(sheet.cell(row, column).shown()).isPresent();
    }

    /**
     * A column's header on {@code row}; where the header is of two rows, the lower one's, or the upper one's where
     * the lower is blank or the upper's merged down into it.
     */
    private TrackerCell headerCell(int row, int column) {
        TrackerCell cell = sheet.cell(row, column);
        if (!twoRowHeader) {
            return cell;
        }
        TrackerCell above = sheet.cell(row - 1, column);
        return cell.isBlank() || cell.continuation() && !above.continuation() && cell.shown().equals(above.shown())
                ? above : cell;
    }

    /**
     * Of update columns whose headers do not each name a quarter, the latest: the one headed as the latest ("Latest
     * update", "Current position"), else the rightmost, as trackers add each quarter's to the right.
     */
    private static int latestUpdate(List<Integer> columns, Map<Integer, String> headers) {
        return columns.stream().filter(c -> LATEST.matcher(headers.get(c)).find()).findFirst()
                .orElse(columns.get(columns.size() - 1));
    }

    /**
     * Of a tracker's update columns, those not read: a blank one (awaiting next quarter's); where every other names
     * its quarter or month, or they name two quarters or more between them and those naming none are not read, each
     * but the rightmost of one quarter (the plan keeps one update a quarter), the rest each the update for its
     * quarter; else each but the latest ({@link #latestUpdate}). Each one not read that holds
     * something is warned of in {@code told}, saying why.
     */
    private List<Integer> readUpdates(int row, List<Integer> columns, Map<Integer, String> headers,
            List<WorkbookProblem> told) {
        List<Integer> filled = columns.stream().filter(this::filled).toList();
        List<Integer> blank = filled.isEmpty() ? List.of() : columns.stream().filter(c -> !filled.contains(c))
                .toList();
        List<Integer> notRead = new ArrayList<>(blank);
        List<Integer> rest = filled.isEmpty() ? columns : filled;
        if (rest.isEmpty()) {
            return notRead;
        }
        Map<Integer, Optional<ReportingPeriod>> named = new HashMap<>();
        rest.forEach(c -> named.put(c, periodNamed(headers.get(c))));
        List<Integer> periodic = rest.stream().filter(c -> named.get(c).isPresent()).toList();
        List<Integer> unnamedColumns = rest.stream().filter(c -> named.get(c).isEmpty()).toList();
        // Columns naming two quarters or more are a quarter's update each, though another names none ("Q1 update",
        // "Latest update"): that one, whose quarter is unknown, is the one left out, not the quarters' history.
        if (!unnamedColumns.isEmpty() && periodic.stream().map(named::get).distinct().count() >= 2) {
            notRead.addAll(unnamedColumns);
            told.add(WorkbookProblem.warning(cell(row, unnamedColumns.getFirst()), Optional.empty(), Quote.listed(
                    unnamedColumns.stream().map(c -> Quote.single(headers.get(c)) + " in column "
                    + TrackerMapping.letters(c)).toList(), "and") + (unnamedColumns.size() == 1 ? " names" : " name")
                    + " no quarter or month, where " + Quote.listed(periodic.stream().map(c -> Quote.single(
                    headers.get(c))).toList(), "and") + " each name one and are read as the update for it, so "
                    + (unnamedColumns.size() == 1 ? "it is" : "they are") + " not read; to read "
                    + (unnamedColumns.size() == 1 ? "it" : "one") + ", name its quarter or month in its header"
                    + " (\"Update Q2 2025/26\", \"Update Sep 2025\"), or in a mapping that maps it to update"));
        }
        if (!periodic.isEmpty() && (unnamedColumns.isEmpty() || notRead.containsAll(unnamedColumns))) {
            Map<ReportingPeriod, Integer> read = new HashMap<>();
            periodic.forEach(c -> read.put(named.get(c).orElseThrow(), c)); // the rightmost of each
            for (int c : periodic) {
                ReportingPeriod period = named.get(c).orElseThrow();
                if (read.get(period) != c) {
                    notRead.add(c);
                    told.add(WorkbookProblem.warning(cell(row, c), Optional.empty(), Quote.single(headers.get(c))
                            + " is for " + period + ", as " + Quote.single(headers.get(read.get(period)))
                            + " in column " + TrackerMapping.letters(read.get(period)) + " is, which is read as its"
                            + " update: a plan keeps one update a quarter, so this column is not read"));
                }
            }
            return notRead;
        }
        int latest = latestUpdate(rest, headers);
        List<String> unnamed = rest.stream().filter(c -> named.get(c).isEmpty()).map(c -> Quote.single(headers.get(c)))
                .toList();
        for (int c : rest) {
            if (c != latest) {
                notRead.add(c);
                told.add(WorkbookProblem.warning(cell(row, c), Optional.empty(), Quote.single(headers.get(c))
                        + " is an earlier update than " + Quote.single(headers.get(latest)) + " in column "
                        + TrackerMapping.letters(latest) + ", which is read as the update for the period, so this"
                        + " column is not read; to read each as the update for its quarter, name the quarter or"
                        + " month in the header of " + Quote.listed(unnamed, "and") + " (\"Update Q1 2025/26\","
                        + " \"Update Sep 2025\"), or in a mapping that maps each to update"));
            }
        }
        return notRead;
    }

    /**
     * The columns mapped to update; where there are several (one each quarter), each is the update for the period
     * its header names, so each header must name one of its own.
     */
    private void updateColumns() {
        updateColumns = mapping.columns().stream().filter(c -> c.field().equals(Optional.of(TrackerField.UPDATE)))
                .toList();
        if (updateColumns.size() < 2) {
            return;
        }
        Map<ReportingPeriod, Column> named = new HashMap<>();
        for (Column column : updateColumns) {
            String header = column.header().isBlank() ? headerCell(mapping.headerRow() - 1, column.index()).shown()
                    .replaceAll("\\s+", " ") : column.header();
            Optional<ReportingPeriod> period = periodNamed(header);
            Column before = period.map(p -> named.putIfAbsent(p, column)).orElse(null);
            if (period.isPresent() && before == null) {
                updatePeriods.put(column.index(), period.get());
            } else {
                problems.add(WorkbookProblem.error(cell(mapping.headerRow() - 1, column.index()), Quote.single(header)
                        + (period.isEmpty() ? " names no quarter or month, but " + updateColumns.size() + " columns are"
                        + " mapped to update, each the update for the quarter its header names; name it (\"Update Q2"
                        + " 2025/26\", \"Update Sep 2025\"), or map the column to ignore" : " is for " + period.get()
                        + ", as column " + before.column() + "'s header is, but a plan keeps one update a quarter; map"
                        + " one of the two to ignore")));
            }
        }
    }

    /** The sheets whose cells decide a column: while the mapping is chosen, the one looked at; then every one read. */
    private List<TrackerSheet> sheetsRead() {
        return sheets.isEmpty() ? List.of(sheet) : sheets;
    }

    /** Whether a column holds anything below the header row. */
    private boolean filled(int column) {
        return sheetsRead().stream().anyMatch(each -> IntStream.rangeClosed(mapping.headerRow(), each.lastRow())
                .anyMatch(r -> !each.cell(r, column).isBlank()));
    }

    /** The reporting period a header names: a quarter ("Q1 24/25", "April to June 2025"), or one of its months. */
    private static Optional<ReportingPeriod> periodNamed(String header) {
        Optional<ReportingPeriod> named = ReportingPeriod.findIn(header);
        return named.isPresent() ? named : TrackerText.monthIn(header);
    }

    /**
     * Every headed column of the header row, mapped by its name; hidden columns are ignored. The warnings of update
     * columns not read go to {@code told}, to be told once the sheets read, which decide them, are known.
     */
    private List<Column> autoColumns(int row, List<WorkbookProblem> told) {
        List<Integer> updates = new ArrayList<>();
        Map<Integer, Optional<TrackerField>> fields = new LinkedHashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        Map<TrackerField, Integer> taken = new EnumMap<>(TrackerField.class);
        Map<Integer, TrackerField> hidden = new TreeMap<>();
        int width = twoRowHeader ? Math.max(sheet.width(row), sheet.width(row - 1)) : sheet.width(row);
        for (int c = 0; c < width; c++) {
            TrackerCell cell = headerCell(row, c);
            if (cell.continuation() || cell.isBlank()) {
                continue;
            }
            headers.put(c, cell.shown().replaceAll("\\s+", " "));
            int column = c;
            Optional<TrackerField> named = TrackerHeaders.field(cell.shown()).or(() -> quarterOfUpdates(row, column)
                    ? Optional.of(TrackerField.UPDATE) : Optional.empty()).or(() -> twoRowHeader
                    ? underMergedHeader(row, column) : Optional.empty());
            if (sheet.isColumnHidden(c)) {
                named.ifPresent(f -> hidden.put(column, f));
            }
            Optional<TrackerField> field = sheet.isColumnHidden(c) ? Optional.empty() : named;
            if (field.equals(Optional.of(TrackerField.SUB_ACTION_COUNT)) && !allWholeNumbers(row, c)) {
                field = Optional.of(TrackerField.ACTION);
            }
            // "Sub action" over "1.1", "1.2" beside an "Action" column: the ids are the actions' references, and the
            // actions are the column whose cells are prose.
            if (field.equals(Optional.of(TrackerField.ACTION)) && !taken.containsKey(TrackerField.ACTION_REF)
                    && allActionIds(row, c)) {
                field = Optional.of(TrackerField.ACTION_REF);
            }
            if (field.equals(Optional.of(TrackerField.FINDING)) && !taken.containsKey(TrackerField.REF)
                    && refOrFinding(cell.shown()) && allShortCodes(sheet, row, c)) {
                field = Optional.of(TrackerField.REF);
            }
            // "Completion date" beside a target date is the day the work was done, not a second target.
            if (field.equals(Optional.of(TrackerField.DUE)) && taken.containsKey(TrackerField.DUE)
                    && TrackerHeaders.normalise(cell.shown()).equals("completion date")) {
                field = Optional.of(TrackerField.COMPLETED_ON);
            }
            // Two owners' columns, one of them the actions' ("Action owner" beside "Accountable lead"): that one gives
            // the actions their leads, the other the recommendations theirs; neither is dropped.
            if (field.equals(Optional.of(TrackerField.OWNER)) && taken.containsKey(TrackerField.OWNER)
                    && !taken.containsKey(TrackerField.ACTION_OWNER)) {
                int other = taken.get(TrackerField.OWNER);
                if (namesActions(cell.shown()) && !namesActions(headers.get(other))) {
                    field = Optional.of(TrackerField.ACTION_OWNER);
                } else if (namesActions(headers.get(other)) && !namesActions(cell.shown())) {
                    fields.put(other, Optional.of(TrackerField.ACTION_OWNER));
                    taken.put(TrackerField.ACTION_OWNER, other);
                    taken.remove(TrackerField.OWNER);
                }
            }
            if (field.equals(Optional.of(TrackerField.UPDATE))) {
                updates.add(c);
            } else if (field.isPresent() && taken.containsKey(field.get())) {
                field = Optional.empty();
            }
            if (field.isPresent()) {
                taken.put(field.get(), c);
            }
            fields.put(c, field);
        }
        listTitles(row, headers, fields, taken);
        readUpdates(row, updates, headers, told).forEach(c -> fields.put(c, Optional.empty()));
        warnOfHiddenFields(row, headers, hidden, taken.keySet(), told);
        List<Column> columns = new ArrayList<>();
        fields.forEach((c, field) -> columns.add(new Column(TrackerMapping.letters(c), headers.get(c), field)));
        return columns;
    }

    /** Whether an owner's column's header names the actions' owners: "Action owner", "Task lead", "Delivery lead". */
    private static boolean namesActions(String header) {
        return ACTIONS_OWNER.matcher(TrackerHeaders.normalise(header)).matches();
    }

    /**
     * Warns, at its header, of each hidden column that holds data of a field no column read holds (a hidden "Revised
     * deadline"): hidden columns are not read, and its data would otherwise be lost unsaid. One of a field read
     * elsewhere is most likely an old copy, hidden on purpose.
     */
    private void warnOfHiddenFields(int row, Map<Integer, String> headers, Map<Integer, TrackerField> hidden,
            Set<TrackerField> read, List<WorkbookProblem> told) {
        for (Map.Entry<Integer, TrackerField> each : hidden.entrySet()) {
            int c = each.getKey();
            TrackerField field = each.getValue();
            if (read.contains(field)) {
                continue;
            }
            Optional<TrackerCell> first = sheetsRead().stream().flatMap(on ->
                    IntStream.rangeClosed(row + 1, on.lastRow()).mapToObj(r -> on.cell(r, c))).filter(cell ->
                    !cell.isBlank() && !cell.continuation()).findFirst();
            first.ifPresent(data -> told.add(WorkbookProblem.warning(cell(row, c), Optional.empty(), "column "
                    + TrackerMapping.letters(c) + ", " + Quote.single(headers.get(c)) + ", is hidden, so it is not"
                    + " read, though its header names " + field.jsonName() + " (" + describe(field)
                    + "), which no other column holds, and it holds data from " + data.address() + "; to read it,"
                    + " unhide it and onboard again, or map it to " + field.jsonName() + " in a mapping"
                    + " (--save-mapping writes one to edit, --mapping reads it)")));
        }
    }

    /**
     * Whether a column holds whole numbers alone, a count of sub-actions, on every sheet read: actions on one
     * directorate's sheet make it the action column on all.
     */
    private boolean allWholeNumbers(int headerRow, int column) {
        for (TrackerSheet each : sheetsRead()) {
            for (int r = headerRow + 1; r <= each.lastRow(); r++) {
                TrackerCell cell = each.cell(r, column);
                if (!cell.isBlank() && !cell.continuation() && !TOTAL.matcher(firstCell(each, r).map(
                        TrackerCell::shown).orElse("")).matches() && (cell.content().type() != CellContent.Type.NUMBER
                        || cell.content().number() != Math.rint(cell.content().number()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a column holds sub-actions' ids alone ("1.1", "17.2", "a", "b)"), on every sheet read, and one at
     * least: a column headed for actions that holds them is the actions' references.
     */
    private boolean allActionIds(int headerRow, int column) {
        boolean any = false;
        for (TrackerSheet each : sheetsRead()) {
            for (int r = headerRow + 1; r <= each.lastRow(); r++) {
                TrackerCell cell = each.cell(r, column);
                if (cell.isBlank() || cell.continuation()) {
                    continue;
                }
                String shown = cell.shown().strip();
                if (!SUB_ACTION_REF.matcher(shown).matches() && !LETTERED.matcher(shown).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A list exported from SharePoint or Microsoft Lists: "ID" numbers the list's rows, and its "Title" column, which
     * every such list has, holds the references ("AFI 1", on each of its actions' rows): the titles are the references,
     * and the ids, which would make each action a recommendation of its own, are not read.
     */
    private void listTitles(int row, Map<Integer, String> headers, Map<Integer, Optional<TrackerField>> fields,
            Map<TrackerField, Integer> taken) {
        Integer ids = taken.get(TrackerField.REF);
        if (ids == null || !Set.of("id", "item", "no", "number").contains(TrackerHeaders.normalise(headers.get(ids)))) {
            return;
        }
        headers.forEach((c, header) -> {
            if (taken.get(TrackerField.REF).equals(ids) && TrackerHeaders.normalise(header).equals("title")
                    && fields.get(c).isEmpty() && allShortCodes(sheet, row, c) && IntStream.rangeClosed(row + 1,
                    Math.min(sheet.lastRow(), row + 200)).mapToObj(r -> sheet.cell(r, c).shown()).anyMatch(
                    shown -> shown.codePoints().anyMatch(Character::isLetter))) {
                fields.put(ids, Optional.empty());
                fields.put(c, Optional.of(TrackerField.REF));
                taken.put(TrackerField.REF, c);
            }
        });
    }

    /**
     * Whether a header names both a finding and its reference, as "AFI" does: one tracker heads its references so,
     * another the areas for improvement themselves, which its cells tell apart ({@link #allShortCodes}).
     */
    private static boolean refOrFinding(String header) {
        return Set.of("afi", "afis", "recommendation").contains(TrackerHeaders.normalise(header));
    }

    /**
     * Whether most of a column's cells below the header row are a reference's short code ("AFI 1", "R3", "12"):
     * up to three words, a number among them. A finding's cells are prose. Headings and totals between them are the
     * few that are not.
     */
    private static boolean allShortCodes(TrackerSheet on, int headerRow, int column) {
        int codes = 0;
        int others = 0;
        for (int r = headerRow + 1; r <= Math.min(on.lastRow(), headerRow + 200); r++) {
            TrackerCell cell = on.cell(r, column);
            if (cell.isBlank() || cell.continuation()) {
                continue;
            }
            String shown = cell.shown().strip();
            if (shown.length() <= 15 && shown.split("\\s+").length <= 3 && shown.matches(".*\\d.*")) {
                codes++;
            } else {
                others++;
            }
        }
        return codes > 0 && codes > others * 2;
    }

    /** A given mapping's headers should be the sheet's: a different one is worth a warning. */
    private void checkHeaders() {
        int row = mapping.headerRow() - 1;
        List<WorkbookProblem> differ = new ArrayList<>();
        long named = mapping.columns().stream().filter(column -> !column.header().isBlank()).count();
        for (Column column : mapping.columns()) {
            if (!column.header().isBlank() && !headerMatches(row, column)) {
                differ.add(WorkbookProblem.warning(cell(row, column.index()), Optional.empty(), "the mapping names"
                        + " this column " + Quote.single(column.header()) + " but its header says "
                        + Quote.single(sheet.cell(row, column.index()).shown().replaceAll("\\s+", " "))
                        + "; check the mapping is for this tracker"));
            }
        }
        if (named < 2 || differ.size() < named) {
            differ.forEach(problems::add);
            return;
        }
        // Not one header where the mapping has it: its header row is another, and its rows would be read as items.
        Optional<Integer> found = IntStream.rangeClosed(0, Math.min(sheet.lastRow(),
                HEADER_SEARCH_ROWS * 2)).boxed().filter(r -> mapping.columns().stream().filter(c -> !c.header()
                .isBlank()).allMatch(c -> headerMatches(r, c))).findFirst();
        problems.add(WorkbookProblem.error(cell(row, 0), "none of the mapping's " + named + " column headers is on"
                + " row " + mapping.headerRow() + ", its \"headerRow\"" + found.map(r -> "; they are on row " + (r + 1)
                + ": correct \"headerRow\" to " + (r + 1)).orElse(": give the row the tracker's headers are on, or a"
                + " mapping made for this tracker (--save-mapping writes one)")));
    }

    /**
     * Adds to the mapping, as ignored, each column it does not list that has a header or holds anything below it, and
     * warns of them: such a column is not read, and would otherwise be left out unsaid, the summary's "ignored
     * columns" and a saved mapping not naming it.
     */
    private void ignoreUnlisted() {
        int header = mapping.headerRow() - 1;
        Set<Integer> listed = new HashSet<>();
        mapping.columns().forEach(c -> listed.add(c.index()));
        Map<Integer, Optional<TrackerCell>> unlistedCells = new TreeMap<>(); // each, and its first cell of data
        for (int r = header; r <= sheet.lastRow(); r++) {
            for (int c : sheet.columns(r)) {
                if (listed.contains(c) || unlistedCells.containsKey(c) && unlistedCells.get(c).isPresent()) {
                    continue;
                }
                TrackerCell cell = sheet.cell(r, c);
                if (!cell.isBlank() && !cell.continuation()) {
                    unlistedCells.put(c, r == header ? Optional.empty() : Optional.of(cell));
                }
            }
        }
        if (unlistedCells.isEmpty()) {
            return;
        }
        List<Column> columns = new ArrayList<>(mapping.columns());
        List<String> named = new ArrayList<>();
        Optional<Column> example = Optional.empty();
        for (Map.Entry<Integer, Optional<TrackerCell>> e : unlistedCells.entrySet()) {
            TrackerCell top = sheet.cell(header, e.getKey());
            String text = top.continuation() ? "" : top.shown().replaceAll("\\s+", " ");
            Column column = new Column(TrackerMapping.letters(e.getKey()), text, Optional.empty());
            columns.add(column);
            named.add(column.column() + " (" + (text.isEmpty() ? "no header" : Quote.single(text))
                    + e.getValue().map(first -> ", data from " + first.address()).orElse("") + ")");
            if (example.isEmpty() && !text.isEmpty()) {
                example = TrackerHeaders.field(text).map(f -> new Column(column.column(), text, Optional.of(f)));
            }
        }
        columns.sort(Comparator.comparingInt(Column::index));
        mapping = new TrackerMapping(mapping.sheets(), mapping.headerRow(), columns, mapping.title(),
                mapping.organisation(), mapping.source(), mapping.kind());
        int shown = 6;
        String list = named.size() <= shown + 1 ? Quote.listed(named, "and") : String.join(", ",
                named.subList(0, shown)) + " and " + (named.size() - shown) + " more";
        String them = named.size() == 1 ? "it is" : "they are";
        String one = named.size() == 1 ? "it" : "one";
        Place first = cell(header, unlistedCells.keySet().iterator().next());
        if (given.isPresent()) {
            unlisted.addAll(unlistedCells.keySet());
            Column shownAs = example.orElseGet(() -> new Column(columns.stream().filter(c -> c.field().isEmpty()
                    && unlistedCells.containsKey(c.index())).findFirst().orElseThrow().column(), "Notes",
                    Optional.of(TrackerField.NOTES)));
            problems.add(WorkbookProblem.warning(first, Optional.empty(), "the mapping does not list "
                    + (named.size() == 1 ? "column " : "columns ") + list + ", so " + them + " not read; to read "
                    + one + ", add it to the mapping's \"columns\" with the field it holds, such as {\"column\": \""
                    + shownAs.column() + "\", \"header\": " + Quote.json(shownAs.header()) + ", \"field\": \""
                    + shownAs.field().orElseThrow().jsonName() + "\"}, or with the field " + TrackerMapping.IGNORE
                    + " to leave it out (--save-mapping writes the mapping with every column listed)"));
        } else {
            problems.add(WorkbookProblem.warning(first, Optional.empty(), (named.size() == 1 ? "column " : "columns ")
                    + list + (named.size() == 1 ? " holds" : " hold") + " data under no header of "
                    + (named.size() == 1 ? "its" : "their") + " own, so " + them + " not read; to read " + one
                    + ", give it a header naming what it holds (Action, Owner, Target date, Notes, ...) and onboard again, or"
                    + " map it in a mapping (--save-mapping writes one to edit, --mapping reads it)"));
        }
    }

    /**
     * Warns, at its header, of each column not read that holds text on most of the rows read, different on each, where
     * no column is read into the part of the plan it most likely holds: the actions' text, else notes. Such a column
     * is most likely content being lost (the actions under a heading no rule knows, "Our plan"), not one that means
     * nothing to a plan, which holds a link, a code or one word on each row. A column a given mapping does not list is
     * warned of already, an update column not read has its own warning, and a hidden one is left out on purpose.
     */
    private void warnOfTextNotRead(List<Draft> drafts) {
        sheet = sheets.getFirst();
        List<Map.Entry<TrackerSheet, Integer>> rows = drafts.stream().flatMap(draft -> draft.rows.stream()
                .map(entry -> Map.entry(draft.sheet, entry.row()))).toList();
        List<TrackerField> unread = new ArrayList<>(List.of(TrackerField.ACTION, TrackerField.NOTES));
        unread.removeIf(field -> mapping.column(field).isPresent());
        for (Column column : mapping.columns()) {
            Optional<TrackerField> headed = TrackerHeaders.field(column.header());
            // With action and notes both read, a column headed for a field another column is read as is the one
            // left to tell of: its header says it is read.
            if (rows.isEmpty() || column.field().isPresent() || column.header().isBlank()
                    || unlisted.contains(column.index()) || sheet.isColumnHidden(column.index())
                    || headed.equals(Optional.of(TrackerField.UPDATE)) || periodNamed(column.header()).isPresent()
                    || unread.isEmpty() && (given.isPresent() || headed.flatMap(mapping::column).isEmpty())) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (Map.Entry<TrackerSheet, Integer> row : rows) {
                TrackerCell cell = row.getKey().cell(row.getValue(), column.index());
                if (!cell.continuation() && cell.content().type() == CellContent.Type.TEXT && isProse(cell.shown())) {
                    texts.add(cell.shown().strip());
                }
            }
            if (texts.size() * 2 <= rows.size() || texts.stream().distinct().count() * 2 <= texts.size()) {
                continue;
            }
            String held = ", though it holds text on " + texts.size() + " of the " + rows.size() + " rows read,"
                    + " different on each";
            if (unread.isEmpty()) {
                TrackerField field = headed.orElseThrow();
                problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, column.index()), Optional.empty(),
                        "column " + column.column() + ", " + Quote.single(column.header()) + ", is not read, as its"
                        + " header names " + field.jsonName() + ", which column " + letter(field) + " is read as" + held
                        + ", so its text is nowhere in the plan: if the plan should keep it, move it into column "
                        + letter(field) + "'s cells, or save the mapping (--save-mapping), give column "
                        + column.column() + " the field " + field.jsonName() + " in column " + letter(field)
                        + "'s place, " + mapped(column, field) + ", and onboard again with --mapping"));
                continue;
            }
            // The actions' text beside a column read as the actions that holds their ids alone ("1.1"): notes would
            // leave every action's description its id.
            Optional<Column> ids = headed.filter(f -> f == TrackerField.ACTION).flatMap(mapping::column)
                    .filter(c -> mapping.column(TrackerField.ACTION_REF).isEmpty()
                            && allActionIds(mapping.headerRow() - 1, c.index()));
            if (ids.isPresent()) {
                problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, column.index()), Optional.empty(),
                        "column " + column.column() + ", " + Quote.single(column.header()) + ", is not read" + held
                        + ", while column " + ids.get().column() + ", " + Quote.single(ids.get().header()) + ", read"
                        + " as action, holds sub-actions' ids alone, so each action's description is its id: to read"
                        + " the actions, give column " + ids.get().column() + " the field "
                        + TrackerField.ACTION_REF.jsonName() + " and column " + column.column() + " the field "
                        + TrackerField.ACTION.jsonName() + (given.isPresent() ? " in the mapping and onboard again"
                        : " in a saved mapping (--save-mapping) and onboard again with --mapping")));
                continue;
            }
            TrackerField field = unread.removeFirst();
            String named = Quote.single(column.header());
            String why = given.isPresent() ? "the mapping maps column " + column.column() + ", " + named + ", to "
                    + TrackerMapping.IGNORE : "column " + column.column() + ", " + named + ", is not read, as its"
                    + " header" + TrackerHeaders.field(column.header()).map(f -> " names " + f.jsonName() + ", which"
                    + " column " + letter(f) + " is read as").orElse(" names nothing a plan holds");
            String mapped = mapped(column, field);
            problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, column.index()), Optional.empty(), why
                    + held + "; no column is read as " + field.jsonName() + (field == TrackerField.ACTION ? " (what is"
                    + " to be done), so no sub-action has a description" : ", so its text is nowhere in the plan")
                    + ": if it holds " + (field == TrackerField.ACTION ? "the actions" : "notes on the items")
                    + ", " + (given.isPresent() ? "give it the field " + field.jsonName() + " in the mapping, "
                    + mapped + ", and onboard again" : "save the mapping (--save-mapping), give this column the field "
                    + field.jsonName() + ", " + mapped + ", and onboard again with --mapping")));
        }
    }

    /** The mapping's entry reading {@code column} as {@code field}, as a warning offers it. */
    private static String mapped(Column column, TrackerField field) {
        return "{\"column\": \"" + column.column() + "\", \"header\": " + Quote.json(column.header())
                + ", \"field\": \"" + field.jsonName() + "\"}";
    }

    /** Whether a cell's text is words, as an action or a note is, rather than one word, a code or a link. */
    private static boolean isProse(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length >= 2 && text.codePoints().anyMatch(Character::isLetter);
    }

    private boolean headerMatches(int row, Column column) {
        return sheet.cell(row, column.index()).shown().replaceAll("\\s+", " ").equalsIgnoreCase(column.header()
                .strip());
    }

    // ---- the title rows above the header ----

    private record Heading(String title, Optional<String> organisation, String source, Optional<LocalDate> asOf,
            Optional<ReportingPeriod> period) {}

    /** The first cell holding anything of each row above the header. */
    private List<TrackerCell> titleRows() {
        List<TrackerCell> titles = new ArrayList<>();
        for (int r = 0; r < mapping.headerRow() - (twoRowHeader ? 2 : 1); r++) {
            firstCell(r).ifPresent(titles::add);
        }
        return titles;
    }

    private Heading heading(List<TrackerCell> titles) {
        Optional<LocalDate> asOf = Optional.empty();
        Optional<ReportingPeriod> period = Optional.empty();
        List<String> lines = new ArrayList<>();
        for (TrackerCell title : titles) {
            String line = title.shown().replaceAll("\\s+", " ");
            Optional<Map.Entry<String, LocalDate>> dated = dated(line);
            if (dated.isPresent() && !isReportable(dated.get().getValue())) {
                // The line stays whole in the title; a date given instead is the plan's, and this one is not read.
                if (asOfGiven.isEmpty()) {
                    problems.add(WorkbookProblem.error(cell(title), Quote.single(line) + " dates the tracker "
                            + dated.get().getValue() + ", outside the quarters a plan reports on (1 April 1900 to"
                            + " 31 March 9999); correct the date, or give the reporting date with --as-of"));
                }
            } else if (dated.isPresent()) {
                asOf = asOf.or(() -> Optional.of(dated.get().getValue()));
                line = dated.get().getKey();
            }
            if (period.isEmpty()) {
                period = ReportingPeriod.findIn(line);
            }
            if (!line.isEmpty() && !NO_TITLE.matcher(line.strip()).matches()) {
                lines.add(line);
            }
        }
        if (period.isEmpty() && updatePeriods.isEmpty()) {
            period = mapping.column(TrackerField.UPDATE).flatMap(c -> periodNamed(c.header()));
        } else if (period.isEmpty() && asOf.isEmpty() && asOfGiven.isEmpty()) {
            // The latest quarter with an update, not one whose column awaits it.
            period = updatePeriods.entrySet().stream().filter(column -> filled(column.getKey()))
                    .map(Map.Entry::getValue).max(Comparator.naturalOrder())
                    .or(() -> updatePeriods.values().stream().max(Comparator.naturalOrder()));
        }
        if (asOf.isEmpty()) {
            asOf = period.map(ReportingPeriod::end);
        }
        Optional<String> line = serviceLine(lines);
        Optional<List<String>> named = line.flatMap(TrackerReader::serviceThenTitle);
        Optional<String> organisation = mapping.organisation().or(() -> service(line));
        Optional<String> other = lines.stream().filter(l -> !l.equals(line.orElse(null))
                && !DATED.matcher(l).lookingAt()).findFirst();
        // "... Service – Prevention Directorate" over "HMICFRS Action Plan": the line naming a plan is the title.
        Optional<String> titled = named.map(List::getLast).filter(after -> !PLAN_WORDS.matcher(after).find()
                && other.filter(l -> PLAN_WORDS.matcher(l).find()).isPresent()).isPresent() ? other
                : named.map(List::getLast);
        String title = mapping.title().or(() -> titled).orElse(other.orElse(sheet.name()));
        // A mapping saved from one sheet and given for another (another inspection's): its title is that sheet's. Of
        // several sheets, the title is theirs without each one's name, as no sheet's lines give it.
        Optional<String> own = titled.or(() -> other);
        if (mapping.title().isPresent() && mapping.sheets().size() == 1 && own.isPresent()
                && !own.get().equalsIgnoreCase(mapping.title().get())) {
            problems.add(WorkbookProblem.warning(Place.sheet(sheet.name()), Optional.empty(), "the plan takes the"
                    + " mapping's title, " + Quote.single(mapping.title().get()) + ", though the lines above this"
                    + " sheet's header give " + Quote.single(own.get()) + "; where that is the plan's, give it as the"
                    + " mapping's \"title\", or leave \"title\" out, and onboard again"));
        }
        String source = mapping.source().orElse(DEFAULT_SOURCE);
        return new Heading(title, organisation, source, asOf, period);
    }

    /**
     * A line that ends in the date the tracker stands at ("HMICFRS action plan as at 1 November 2023", "Improvement
     * plan – position at 31 December 2025"): the line before it, without the dash or comma between, and the date.
     * Only a marker with few enough characters after it to be a date is tried, so a long line takes time in
     * proportion to its length.
     */
    private static Optional<Map.Entry<String, LocalDate>> dated(String line) {
        Matcher marker = AS_OF.matcher(line);
        while (marker.find()) {
            if (line.length() - marker.end() > LONGEST_DATE) {
                continue;
            }
            Timescale date;
            try {
                date = Timescale.parse(line.substring(marker.end()).strip());
            } catch (IllegalArgumentException e) { // a quarter of a year no plan reports on: no date
                continue;
            }
            // "March 2026" after a marker is the month's end, as "end of March 2026" is.
            if ((date.kind() == Timescale.Kind.DATE || date.kind() == Timescale.Kind.MONTH)
                    && date.dueDate().isPresent()) {
                int end = marker.start();
                while (end > 0 && (Character.isWhitespace(line.charAt(end - 1))
                        || ",:–-".indexOf(line.charAt(end - 1)) >= 0)) {
                    end--;
                }
                return Optional.of(Map.entry(line.substring(0, end), date.dueDate().get()));
            }
        }
        return Optional.empty();
    }

    /** The first of the title rows' lines that names a fire and rescue service, in English or Welsh. */
    private static Optional<String> serviceLine(List<String> lines) {
        return lines.stream().filter(l -> {
            String s = l.toLowerCase(Locale.ROOT);
            return s.contains("fire") && (s.contains("rescue") || s.contains("service") || s.contains("authority")
                    || s.contains("brigade")) || WELSH_SERVICE.matcher(l).find();
        }).findFirst();
    }

    /** The service a title line names: the line up to its title where a title follows the service, else all of it. */
    private static Optional<String> service(Optional<String> line) {
        return line.flatMap(TrackerReader::serviceThenTitle).map(List::getFirst).or(() -> line);
    }

    /**
     * "HMICFRS Action Plan for Kent Fire and Rescue Service": the service after the first " for ", as the line's end,
     * and the title before it; none where the line is not so.
     */
    private static Optional<List<String>> titleThenService(String line) {
        int at = line.toLowerCase(Locale.ROOT).indexOf(" for ");
        if (at < 1 || FIRE.matcher(line).region(0, at).find()) { // "... Service – plan for the Fire Authority"
            return Optional.empty();
        }
        String service = line.substring(at + 5).strip().replaceFirst("^(?i:the)\\s+", "").replaceFirst("[.\\s]+$", "");
        Matcher ends = SERVICE.matcher(service);
        boolean endsInBody = false;
        while (ends.find()) {
            endsInBody = ends.end() == service.length();
        }
        return endsInBody && !service.isEmpty() && Character.isUpperCase(service.codePointAt(0))
                && FIRE.matcher(service).find() ? Optional.of(List.of(service, line.substring(0, at).strip()))
                : Optional.empty();
    }

    /**
     * "Anyshire Fire and Rescue Service – HMICFRS action plan": the service's name, to the end of the first word after
     * "fire" that ends one, and the title after a dash, colon or bar, or after a space where it is words ("... Service
     * HMICFRS Action Plan"); none where the line is not both. Each step finds
     * one match forward, so that a long line takes time in proportion to its length, as a pattern of the whole line
     * with two lazy wildcards would not (a second for a line of "fire service" 2,700 times).
     */
    private static Optional<List<String>> serviceThenTitle(String line) {
        // In Welsh the body comes first and the place last ("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru"),
        // so the name runs to the dash before the title, where there is one.
        Matcher welsh = WELSH_SERVICE.matcher(line);
        if (welsh.find() && !FIRE.matcher(line).find()) {
            Matcher dash = SPACED_DASH.matcher(line);
            return dash.find(welsh.end()) ? Optional.of(List.of(line.substring(0, dash.start()).strip(),
                    line.substring(dash.end()).strip())).filter(parts -> !parts.getLast().isEmpty())
                    : Optional.empty();
        }
        Matcher fire = FIRE.matcher(line);
        Matcher service = SERVICE.matcher(line);
        if (!fire.find() || !service.find(fire.end())) {
            return Optional.empty();
        }
        Optional<List<String>> titleFirst = titleThenService(line);
        if (titleFirst.isPresent()) {
            return titleFirst;
        }
        Matcher title = THEN_TITLE.matcher(line).region(service.end(), line.length());
        if (title.matches() && title.group(1) == null) {
            // "... Service and Anyshire Fire Authority: joint plan": two bodies, the title after the second's dash. A
            // dash is told from the characters after a body's word alone, so the line is read once, however long.
            Matcher later = SERVICE.matcher(line);
            Matcher dashed = DASH_TITLE.matcher(line);
            for (int from = service.end(); later.find(from); from = later.end()) {
                if (dashed.region(later.end(), line.length()).matches()) {
                    return Optional.of(List.of(line.substring(0, later.end()), dashed.group(1)));
                }
            }
        }
        // Without a dash, only words that name no other body: "... Service and Anyshire Fire Authority" is one line.
        if (!title.matches() || title.group(1) == null && (FIRE.matcher(title.group(2)).find()
                || !Character.isUpperCase(title.group(2).codePointAt(0)))) {
            return Optional.empty();
        }
        return Optional.of(List.of(line.substring(0, service.end()), Objects.requireNonNullElse(title.group(1),
                title.group(2))));
    }

    /** Whether a plan can report at {@code date}: it falls in a quarter a plan's period may be. */
    private static boolean isReportable(LocalDate date) {
        try {
            ReportingPeriod.containing(date);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String firstText(int row) {
        return firstCell(row).map(TrackerCell::shown).orElse("");
    }

    private Optional<TrackerCell> firstCell(int row) {
        return firstCell(sheet, row);
    }

    private static Optional<TrackerCell> firstCell(TrackerSheet sheet, int row) {
        for (int c : sheet.columns(row)) {
            TrackerCell cell = sheet.cell(row, c);
            if (!cell.continuation() && !cell.isBlank()) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    // ---- rows into recommendations and sub-actions ----

    /** A recommendation as its rows give it, before it is built. */
    private static final class Draft {
        /** The sheet its rows are on. */
        final TrackerSheet sheet;
        final String ref;
        final int row;
        final Map<TrackerField, TrackerCell> once = new EnumMap<>(TrackerField.class);
        final List<TrackerCell> ratings = new ArrayList<>();
        final List<TrackerCell> notes = new ArrayList<>();
        final List<RowEntry> rows = new ArrayList<>();
        final List<SubDraft> subs = new ArrayList<>();
        /** The recommendation read before this one, where this one's first row is a sub-action's ("3.1"). */
        Optional<Draft> impliedAfter = Optional.empty();
        /** Its update cells, by the index of their column. */
        final Map<Integer, UpdateCells> updates = new HashMap<>();
        /** The id of each of its actions, by the index of its {@link SubDraft}, once they are given. */
        final List<String> subIds = new ArrayList<>();
        /** Whether the finding on its own row could not be read as text, which an error at its cell says. */
        boolean findingUnread;
        /** The pillar the section heading above it names, where one does. */
        Optional<Pillar> headedPillar = Optional.empty();
        /** How many section headings its sheet has above it: its section's number. */
        int section;

        Draft(TrackerSheet sheet, String ref, int row) {
            this.sheet = sheet;
            this.ref = ref;
            this.row = row;
        }
    }

    /** The cells of one update column in a recommendation's rows. */
    private static final class UpdateCells {
        /** The recommendation's, on its row or merged down its rows. */
        final List<TrackerCell> own = new ArrayList<>();
        /** The ones on its actions' rows, by the index of the action's {@link SubDraft}: in row order. */
        final Map<Integer, List<TrackerCell>> actions = new TreeMap<>();
        /** The one on the recommendation's row where that is its first action's too. */
        final List<TrackerCell> firstAction = new ArrayList<>();

        TrackerCell first() {
            return own.isEmpty() ? actions.values().iterator().next().get(0) : own.get(0);
        }
    }

    /** One row of a recommendation, before its cells are shared out. */
    private record RowEntry(int row, boolean actionRow, Optional<String> subId, Map<TrackerField, TrackerCell> cells) {}

    /** A sub-action as its row gives it. */
    private record SubDraft(Optional<String> id, int row, Map<TrackerField, TrackerCell> cells) {}

    /** Each of {@code read}'s rows as recommendations, in sheet order; a reference is unique across the sheets. */
    private List<Draft> group(List<TrackerSheet> read) {
        Map<TrackerField, Integer> columns = new EnumMap<>(TrackerField.class);
        mapping.columns().forEach(c -> c.field().ifPresent(f -> columns.put(f, c.index())));
        fractions = columns.containsKey(TrackerField.PROGRESS) && fractions(columns.get(TrackerField.PROGRESS));
        List<Draft> drafts = new ArrayList<>();
        Map<String, Place> refsSeen = new HashMap<>();
        for (TrackerSheet each : read) {
            sheet = each;
            group(columns, refsSeen, drafts);
        }
        Set<TrackerField> actionLevel = actionLevel(drafts);
        for (Draft draft : drafts) {
            sheet = draft.sheet;
            share(draft, actionLevel);
            actionsByLine(draft);
        }
        firstActionsUpdates(drafts);
        return drafts;
    }

    /** An update an earlier quarter's sheet gives an item, or the plan's own, and the cell it is read from. */
    private record Earlier(ProgressUpdate update, Place at, boolean own) {}

    /**
     * The updates each earlier quarter's sheet ({@link #earlierQuarters}) gives the items of {@code drafts}, by
     * reference, oldest first, each of the quarter its sheet is dated in (or its column's header names), as
     * {@link #updates} reads the plan's own. An item an earlier sheet lists and the latest does not (most often one
     * closed and taken off the tracker) is not read, and is told at the last sheet that lists it.
     */
    private Map<String, List<Earlier>> history(List<Draft> drafts) {
        if (earlierQuarters.isEmpty()) {
            return Map.of();
        }
        Set<String> listed = new HashSet<>();
        drafts.forEach(draft -> listed.add(draft.ref));
        Map<String, List<Earlier>> history = new HashMap<>();
        Map<String, Draft> notListed = new LinkedHashMap<>();
        earlierQuarters.forEach((on, quarter) -> {
            for (Draft draft : group(List.of(on))) {
                if (!listed.contains(draft.ref)) {
                    notListed.remove(draft.ref);
                    notListed.put(draft.ref, draft);
                    continue;
                }
                sheet = draft.sheet;
                Map<String, Place> at = new HashMap<>();
                List<ProgressUpdate> updates = updates(draft, actionIds(draft), Optional.of(quarter), "", at);
                for (int i = 0; i < updates.size(); i++) {
                    history.computeIfAbsent(draft.ref, ref -> new ArrayList<>()).add(new Earlier(updates.get(i),
                            at.get("/updates/" + i), false));
                }
            }
        });
        Map<TrackerSheet, List<Draft>> bySheet = new LinkedHashMap<>();
        earlierQuarters.keySet().forEach(each -> bySheet.put(each, new ArrayList<>()));
        notListed.values().forEach(draft -> bySheet.get(draft.sheet).add(draft));
        String latest = Quote.single(sheets.getFirst().name());
        bySheet.forEach((on, left) -> {
            if (left.isEmpty()) {
                return;
            }
            Draft first = left.getFirst();
            boolean one = left.size() == 1;
            problems.add(WorkbookProblem.warning(WorkbookProblem.cell(on.name(), letter(TrackerField.REF)
                    + (first.row + 1)), one ? Optional.of(Item.of(first.ref)) : Optional.empty(), named(left,
                    draft -> draft.ref, ", ") + ", listed on this sheet, the " + earlierQuarters.get(on) + " one, "
                    + (one ? "is" : "are") + " not listed on " + latest + ", the latest quarter's, which is the plan"
                    + " as it stands, so " + (one ? "it is" : "they are") + " not read (an item closed and taken off"
                    + " the tracker is not); where one is still open, add it to " + latest + " and onboard again"));
        });
        sheet = sheets.getFirst();
        return history;
    }

    /**
     * {@code draft}'s actions, by their ids alone, as {@link #subActions} numbers them, for its updates to name them:
     * an earlier quarter's sheet gives updates, and its actions' other cells are the latest sheet's to tell of.
     */
    private static List<SubAction> actionIds(Draft draft) {
        Set<String> ids = new HashSet<>();
        draft.subs.forEach(s -> s.id().ifPresent(ids::add));
        String base = SubActionIds.base(draft.ref);
        int next = 1;
        draft.subIds.clear();
        for (SubDraft sub : draft.subs) {
            String id = sub.id().orElse(null);
            if (id == null) {
                while (ids.contains(base + "." + next)) {
                    next++;
                }
                id = base + "." + next;
                ids.add(id);
            }
            draft.subIds.add(id);
        }
        return draft.subIds.stream().distinct().filter(id -> controlCharacter(id).isEmpty())
                .map(id -> SubAction.builder().id(id).build()).toList();
    }

    /**
     * {@code r} with the updates earlier quarters' sheets give it before its own, oldest first: one a quarter, its own
     * where it has one, none after {@code period}. An update a later quarter carries forward unchanged, as trackers do
     * where there is no news, is kept once, at the quarter it was written in: kept at the later one, nine-month-old
     * words would read as this quarter's news (run 61, 3). The cells are told at the updates' new places.
     */
    private Recommendation withHistory(Recommendation r, List<Earlier> earlier, Optional<ReportingPeriod> period,
            String path, Map<String, Place> cells) {
        if (earlier.isEmpty()) {
            return r;
        }
        TreeMap<ReportingPeriod, Earlier> all = new TreeMap<>();
        for (int i = 0; i < r.updates().size(); i++) {
            all.put(r.updates().get(i).period(), new Earlier(r.updates().get(i), cells.get(path + "/updates/" + i),
                    true));
        }
        earlier.stream().filter(e -> period.isEmpty() || e.update.period().compareTo(period.get()) <= 0)
                .forEach(e -> all.putIfAbsent(e.update.period(), e));
        List<Earlier> kept = new ArrayList<>();
        for (Earlier each : all.values()) {
            if (!kept.isEmpty() && TrackerText.squashed(each.update.text()).equals(TrackerText.squashed(
                    kept.getLast().update.text()))) {
                continue;
            }
            kept.add(each);
        }
        for (int i = 0; i < kept.size(); i++) {
            cells.put(path + "/updates/" + i, kept.get(i).at);
        }
        return r.withUpdates(kept.stream().map(Earlier::update).toList());
    }

    /**
     * A one-row item whose action cell lists its actions one a line, and whose timescale cell as many timescales, one a
     * line, as the published plans lay them out ("Carry out a survey" over "Develop a plan", beside "Aug 2024" over
     * "June 2024"): an action for each line, with its timescale, not one action due when no timescale says, which
     * would show work a year overdue on track. Warned of once all are read, with the cells.
     */
    private void actionsByLine(Draft draft) {
        if (draft.subs.size() != 1 || draft.subs.getFirst().cells().containsKey(TrackerField.DUE)) {
            return;
        }
        SubDraft only = draft.subs.getFirst();
        TrackerCell action = only.cells().get(TrackerField.ACTION);
        TrackerCell due = draft.once.get(TrackerField.DUE);
        List<String> actions = action == null ? List.of() : TrackerText.lines(action.shown()).stream()
                .map(TrackerText::withoutNumber).toList(); // "1. Draft" split: its id numbers it now
        List<String> dues = due == null ? List.of() : TrackerText.lines(due.shown());
        // Each line a timescale: "March 2026" over "(was Dec 2025)" is one action's timescale and its history.
        if (actions.size() < 2 || actions.size() != dues.size() || due.content().type() != CellContent.Type.TEXT
                || new CellReference(due.address()).getRow() != only.row() || !dues.stream().allMatch(
                TrackerReader::isTimescale)) {
            if (action != null && TrackerText.isList(action.shown())) {
                listed.add(where(action)); // a list of actions beside one timescale, or none: one action, told
            }
            return;
        }
        draft.subs.clear();
        draft.once.remove(TrackerField.DUE);
        for (int i = 0; i < actions.size(); i++) {
            Map<TrackerField, TrackerCell> cells = new EnumMap<>(only.cells());
            cells.put(TrackerField.ACTION, line(action, actions.get(i)));
            cells.put(TrackerField.DUE, line(due, dues.get(i)));
            draft.subs.add(new SubDraft(Optional.empty(), only.row(), cells));
        }
        byLine.add(where(action) + ", " + where(due));
    }

    /** Whether {@code text} is a timescale a plan reads: a date, month, year, quarter, or ongoing. */
    private static boolean isTimescale(String text) {
        try {
            return Timescale.parse(text).kind() != Timescale.Kind.UNRECOGNISED;
        } catch (IllegalArgumentException e) { // a quarter of a year no plan reports on
            return false;
        }
    }


    /** One line of {@code cell}'s text as a cell of its own, at its place. */
    private static TrackerCell line(TrackerCell cell, String text) {
        CellContent content = cell.content();
        return new TrackerCell(cell.sheet(), CellContent.text(content.reference(), text, content.format(),
                Optional.empty(), content.date1904(), content.fill()), cell.address(), text, false, 1,
                Optional.empty());
    }

    /** Warns, once, of the items whose actions and timescales were read a line each: see {@link #actionsByLine}. */
    private void warnOfActionsByLine() {
        if (!byLine.isEmpty()) {
            problems.add(WorkbookProblem.warning(Place.sheet(sheets.getFirst().name()), Optional.empty(), "the"
                    + " action and timescale cells of " + byLine.size() + (byLine.size() == 1 ? " item" : " items")
                    + " (" + named(byLine, cells -> cells, "; ") + ") list as many actions as timescales, one a"
                    + " line, and are read as an action for each line, with its timescale; where a cell's lines are"
                    + " one action, write its timescale on one line"));
        }
        if (!listed.isEmpty()) {
            problems.add(WorkbookProblem.warning(Place.sheet(sheets.getFirst().name()), Optional.empty(), "the"
                    + " action " + (listed.size() == 1 ? "cell " : "cells ") + named(listed, cell -> cell, ", ")
                    + (listed.size() == 1 ? " lists" : " each list") + " several actions, bulleted, numbered or"
                    + " lettered, beside one timescale, and each cell is read as one action, the list its text; a"
                    + " plan tracks each action's progress and timescale, so to track them apart give each action"
                    + " a row of its own (with its timescale), then onboard again"));
        }
    }

    /** The rows of the sheet being read as recommendations, added to {@code drafts}. */
    private void group(Map<TrackerField, Integer> columns, Map<String, Place> refsSeen, List<Draft> drafts) {
        Draft current = null;
        headedPillar = Optional.empty();
        sections = 0;
        int keyAt = -1;
        int keyEnd = -1;
        for (int r = mapping.headerRow(); r <= sheet.lastRow() + 1; r++) {
            boolean noteNext = r <= sheet.lastRow() && NOTE.matcher(firstText(r)).matches()
                    && !KEY.matcher(firstText(r)).matches();
            if (keyAt >= 0 && (r > sheet.lastRow() || !hasAny(r) || noteNext)) {
                // A key is told as one block, not an entry a row.
                skipped.add(keyEnd == keyAt ? cell(keyAt, 0) + ": a note, not an item (" + Quote.single(
                        firstText(keyAt)) + ")" : WorkbookProblem.cell(sheet.name(), "A" + (keyAt + 1) + ":A"
                        + (keyEnd + 1)) + ": a key or legend (" + Quote.single(firstText(keyAt)) + " and the rows"
                        + " under it to a blank row), not items");
                keyAt = -1;
            }
            if (r > sheet.lastRow()) {
                break;
            }
            if (keyAt >= 0) {
                keyEnd = r;
                continue;
            }
            Map<TrackerField, TrackerCell> cells = new EnumMap<>(TrackerField.class);
            boolean own = false;
            for (Map.Entry<TrackerField, Integer> e : columns.entrySet()) {
                TrackerCell cell = sheet.cell(r, e.getValue());
                cells.put(e.getKey(), cell);
                own |= present(e.getKey(), cell) && !cell.continuation();
            }
            if (!own) {
                continue;
            }
            if (!typedAsText(cells)) {
                continue;
            }
            TrackerCell refCell = cells.get(TrackerField.REF);
            String ref = TrackerText.visible(refCell.shown()).replaceAll("\\s+", " ");
            String first = firstText(r);
            if (TOTAL.matcher(ref).matches() || TOTAL.matcher(first).matches()) {
                skipped.add(cell(r, 0) + ": a total row");
                continue;
            }
            if (KEY.matcher(ref).matches() || KEY.matcher(first).matches()) {
                keyAt = r;
                keyEnd = r;
                continue;
            }
            if (NOTE.matcher(ref).matches()) {
                skipped.add(cell(r, 0) + ": a note, not an item (" + Quote.single(ref) + ")");
                continue;
            }
            if (first.startsWith("*") || ref.startsWith("*")) {
                skipped.add(cell(r, 0) + ": a footnote, not an item (" + Quote.single(first) + ")");
                continue;
            }
            if (isHeaderAgain(r)) {
                skipped.add(cell(r, 0) + ": the header row repeated");
                continue;
            }
            Optional<String> otherTable = otherTableHeader(r);
            if (otherTable.isPresent()) {
                // Its rows would be read under the first table's columns: none of them is read, and the plan is not
                // made, so that nothing of it enters the plan misread.
                problems.add(WorkbookProblem.error(cell(r, 0), "a second table's header row, whose columns differ"
                        + " from the header row's (row " + mapping.headerRow() + "): " + otherTable.get()
                        + "; its rows, from row " + (r + 2) + ", would be read under the first table's columns, so"
                        + " none is read; move the second table to a sheet of its own and onboard it as a plan of its"
                        + " own (a mapping whose \"sheet\" is that sheet), or delete it if its items are not the"
                        + " plan's"));
                return;
            }
            if (isHeading(r, cells)) {
                skipped.add(cell(r, 0) + ": a heading across the columns");
                continue;
            }
            Optional<TrackerCell> section = sectionName(cells);
            if (section.isPresent()) {
                // A heading naming a pillar ("EFFECTIVENESS"), as trackers group the report's findings, gives it to
                // the items under it, to the next heading.
                headedPillar = pillarNamed(section.get().shown());
                sections++;
                skipped.add(cell(section.get()) + ": a section heading (" + Quote.single(section.get().shown()) + ")"
                        + headedPillar.map(p -> ", the pillar of the items under it").orElse(""));
                continue;
            }
            Matcher subRef = SUB_ACTION_REF.matcher(ref);
            // "Rec 1.1" with a finding of its own under "CoC 1", as round 3 reports number a cause of concern's
            // recommendations: a recommendation, not an action of the cause of concern.
            boolean subStyle = subRef.matches() && !(current != null && RECOMMENDATION_REF.matcher(ref).lookingAt()
                    && (!RECOMMENDATION_REF.matcher(current.ref).lookingAt() || SUB_ACTION_REF.matcher(current.ref)
                    .matches()) && Optional.ofNullable(cells.get(TrackerField.FINDING)).filter(f -> !f.continuation()
                    && present(TrackerField.FINDING, f)).isPresent());
            // "a", "(ii)", "4a" or "AFI 4 - action 2" in the reference column, on a row with no finding: an action of
            // the recommendation above, by the letter or number the tracker gives it, as an action number column's
            // are.
            Optional<String> letter = current != null && !refCell.continuation()
                    && Optional.ofNullable(cells.get(TrackerField.FINDING)).filter(f -> !f.continuation()
                            && present(TrackerField.FINDING, f)).isEmpty()
                    ? actionOf(current.ref, ref) : Optional.empty();
            if (subStyle && (current == null || !SubActionIds.base(current.ref).equals(subRef.group(1)))
                    && !(current != null && refCell.continuation())) {
                // "3.1" with no "Rec 3" row above: the recommendation is "3".
                Optional<Draft> above = Optional.ofNullable(current);
                current = start(subRef.group(1), r, refCell, refsSeen, drafts);
                current.impliedAfter = above;
            } else if (!ref.isEmpty() && !subStyle && letter.isEmpty() && !refCell.continuation()
                    && (current == null || !current.ref.equals(ref))) {
                Optional<Draft> earlier = sameRecommendation(drafts, ref, cells.get(TrackerField.FINDING));
                if (earlier.isPresent()) {
                    current = earlier.get();
                    apart.putIfAbsent(current, r);
                } else {
                    current = start(ref, r, refCell, refsSeen, drafts);
                }
            }
            if (current == null) {
                problems.add(WorkbookProblem.error(cell(refCell), "this row has no reference and no"
                        + " recommendation above it; give it its reference (e.g. 1 or Rec 17) in column "
                        + letter(TrackerField.REF)));
                continue;
            }
            TrackerCell action = cells.get(TrackerField.ACTION);
            Optional<String> actionRef = Optional.ofNullable(cells.get(TrackerField.ACTION_REF))
                    .filter(c -> !c.isBlank() && !c.continuation()).map(c -> TrackerText.visible(c.shown()).strip())
                    .or(() -> letter);
            boolean actionRow = (subStyle && !refCell.continuation()) || actionRef.isPresent()
                    || (action != null && !action.isBlank() && !action.continuation());
            if (sheet.isRowHidden(r)) {
                hiddenRows.computeIfAbsent(sheet.name(), s -> new TreeMap<>()).put(r, current.ref);
            }
            int row = r;
            List<TrackerCell> written = cells.values().stream().filter(c -> !c.isBlank() && !c.continuation())
                    .toList();
            if (!written.isEmpty() && written.stream().allMatch(c -> sheet.isStruck(row, new CellReference(
                    c.address()).getCol()))) {
                struckRows.computeIfAbsent(sheet.name(), s -> new TreeMap<>()).put(r, current.ref);
            }
            // Run 93 #4: a link refused the tracker once; read now, a figure or name it takes is told at its cell.
            cells.values().stream().filter(c -> !c.continuation() && c.content().takesFromOtherWorkbook()).forEach(c ->
                    problems.add(WorkbookProblem.warning(cell(c), Optional.empty(), c.content()
                            .takenFromOtherWorkbook())));
            current.rows.add(new RowEntry(r, actionRow, subStyle && !refCell.continuation()
                    ? Optional.of(subRef.group(1) + "." + subRef.group(2)) : actionRef, cells));
        }
    }

    /** Shares out {@code draft}'s rows' cells between it and its actions. */
    private void share(Draft draft, Set<TrackerField> actionLevel) {
        for (RowEntry entry : draft.rows) {
            Map<TrackerField, TrackerCell> subCells = new EnumMap<>(TrackerField.class);
            entry.cells().forEach((field, cell) -> {
                if (!present(field, cell) && !unreadFill(field, cell, entry) || cell.continuation()
                        || field == TrackerField.REF || field == TrackerField.ACTION_REF
                        || field == TrackerField.UPDATE) {
                    return;
                }
                if (TEXT_FIELDS.contains(field) && !isText(cell, draft)) {
                    draft.findingUnread |= field == TrackerField.FINDING && entry.row() == draft.row;
                    return;
                }
                if (field == TrackerField.ACTION_OWNER) {
                    if (entry.actionRow()) { // an action's own, never its recommendation's
                        subCells.put(field, cell);
                    }
                } else if (entry.actionRow() && (field == TrackerField.ACTION
                        || (actionLevel.contains(field) && cell.rowSpan() == 1))) {
                    subCells.put(field, cell);
                } else {
                    recommendationLevel(draft, field, cell);
                }
            });
            updateCells(draft, entry);
            if (entry.actionRow()) {
                draft.subs.add(new SubDraft(entry.subId(), entry.row(), subCells));
            }
        }
    }

    /**
     * Gives the update on a recommendation's row that is its first action's row too to that action, where the
     * actions below have updates of their own, or where the recommendation has several actions and the column gives
     * actions updates of their own elsewhere: a tracker keeps updates by action or by recommendation, not both, so
     * one update beside the first of several actions is that action's.
     */
    private static void firstActionsUpdates(List<Draft> drafts) {
        Set<Integer> byAction = new HashSet<>();
        drafts.forEach(draft -> draft.updates.forEach((column, update) -> {
            if (!update.actions.isEmpty()) {
                byAction.add(column);
            }
        }));
        for (Draft draft : drafts) {
            draft.updates.forEach((column, update) -> {
                if (!update.firstAction.isEmpty() && (!update.actions.isEmpty() || draft.subs.size() > 1
                        && byAction.contains(column))) {
                    update.own.removeAll(update.firstAction);
                    update.actions.put(0, update.firstAction);
                }
            });
        }
    }

    /**
     * Whether the row's reference can be read: an error value (#N/A) or TRUE or FALSE in a column read as text is no
     * text anyone typed, and would become a recommendation's reference ('#N/A', with its sub-action '#N/A.1'), an
     * owner or an action's words. An error value in the reference is an error at its cell (in the other columns, as
     * {@link #isText} reads them); TRUE or FALSE is one in the reference, else a warning.
     */
    private boolean typedAsText(Map<TrackerField, TrackerCell> cells) {
        boolean refRead = true;
        for (Map.Entry<TrackerField, TrackerCell> e : cells.entrySet()) {
            TrackerCell cell = e.getValue();
            boolean text = e.getKey() == TrackerField.REF || TEXT_FIELDS.contains(e.getKey());
            if (!text || cell.continuation()) {
                continue;
            }
            if (cell.content().type() == CellContent.Type.ERROR && e.getKey() == TrackerField.REF) { // others: isText
                try {
                    CellValues.text(cell.content());
                } catch (CellValueException refused) {
                    problems.add(WorkbookProblem.error(cell(cell), refused.getMessage()));
                }
                refRead = false;
            } else if (cell.content().type() == CellContent.Type.BOOLEAN) {
                String message = "holds the logical value " + cell.shown() + ", not text";
                if (e.getKey() == TrackerField.REF) {
                    problems.add(WorkbookProblem.error(cell(cell), message + "; type the reference itself"));
                    refRead = false;
                } else {
                    problems.add(WorkbookProblem.warning(cell(cell), Optional.empty(), message + ", and is read as the"
                            + " word " + Quote.single(cell.shown()) + "; if that is not meant, type the text itself"));
                }
            }
        }
        return refRead;
    }

    /**
     * Whether a cell of {@code draft}'s holds text; if not, a problem at it. A formula's error (#N/A from a lookup that
     * found nothing) is no owner, words or update: refused at its cell, as a date's or percentage's is.
     */
    private boolean isText(TrackerCell cell, Draft draft) {
        try {
            CellValues.text(cell.content());
            return true;
        } catch (CellValueException e) {
            problems.add(WorkbookProblem.error(cell(cell), Item.of(draft.ref), e.getMessage()));
            return false;
        }
    }

    /**
     * The update cells of a row of {@code draft}, each column's: one on an action's own row is about that action, and
     * is its item in the update; one on the recommendation's row, or merged down its rows, is the recommendation's,
     * unless that row is its first action's too ({@link #firstActionsUpdates}).
     */
    private void updateCells(Draft draft, RowEntry entry) {
        boolean recommendationsRow = entry.row() == draft.row && draft.impliedAfter.isEmpty();
        for (Column column : updateColumns) {
            TrackerCell cell = sheet.cell(entry.row(), column.index());
            if (cell.isBlank() || cell.continuation() || !isText(cell, draft)) {
                continue;
            }
            UpdateCells update = draft.updates.computeIfAbsent(column.index(), c -> new UpdateCells());
            if (entry.actionRow() && cell.rowSpan() == 1 && !recommendationsRow) {
                update.actions.computeIfAbsent(draft.subs.size(), i -> new ArrayList<>()).add(cell);
            } else {
                update.own.add(cell);
                if (entry.actionRow() && cell.rowSpan() == 1) {
                    update.firstAction.add(cell);
                }
            }
        }
    }

    /**
     * The columns that belong to each action rather than to its recommendation: those whose cells,
     * in a recommendation of several actions, are not merged down its rows, or, in one of a single
     * action below a row of its own, hold a value on both rows. A column merged down them, or with
     * no recommendation to tell by, belongs to the recommendation.
     */
    private static Set<TrackerField> actionLevel(List<Draft> drafts) {
        Set<TrackerField> actionLevel = EnumSet.noneOf(TrackerField.class);
        for (Draft draft : drafts) {
            long actions = draft.rows.stream().filter(RowEntry::actionRow).count();
            if (actions == 1) {
                Set<TrackerField> ownRow = EnumSet.noneOf(TrackerField.class);
                draft.rows.stream().filter(entry -> !entry.actionRow()).forEach(entry -> entry.cells().forEach(
                        (field, cell) -> {
                            if (!cell.isBlank() && !cell.continuation()) {
                                ownRow.add(field);
                            }
                        }));
                draft.rows.stream().filter(RowEntry::actionRow).forEach(entry -> entry.cells().forEach(
                        (field, cell) -> {
                            if (ownRow.contains(field) && ITEM_FIELDS.contains(field) && !cell.isBlank()
                                    && !cell.continuation() && cell.rowSpan() == 1) {
                                actionLevel.add(field);
                            }
                        }));
            }
            if (actions < 2) {
                continue;
            }
            for (RowEntry entry : draft.rows) {
                entry.cells().forEach((field, cell) -> {
                    if (entry.actionRow() && ITEM_FIELDS.contains(field) && !cell.isBlank() && !cell.continuation()
                            && cell.rowSpan() == 1) {
                        actionLevel.add(field);
                    }
                });
            }
        }
        return actionLevel;
    }

    /**
     * The id a reference in the reference column gives an action of recommendation {@code of}: a letter or numeral
     * alone ("a", "(ii)": that), or the recommendation's reference or number with a letter ("AFI 4a", "4a": "4a") or
     * an action's number ("AFI 4 - action 2": "4.2") after it. None for any other reference.
     */
    private static Optional<String> actionOf(String of, String ref) {
        Matcher lettered = LETTERED.matcher(ref);
        if (lettered.matches()) {
            return Optional.of(lettered.group(1));
        }
        String base = SubActionIds.base(of);
        for (String prefix : List.of(of, base)) {
            if (ref.length() > prefix.length() && ref.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String rest = ref.substring(prefix.length());
                Matcher letter = LETTER_AFTER.matcher(rest);
                if (letter.matches()) {
                    return Optional.of(base + letter.group(1));
                }
                Matcher numbered = ACTION_AFTER.matcher(rest);
                if (numbered.matches()) {
                    return Optional.of(base + "." + numbered.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a blank cell of a RAG column is filled with a colour that is no rating: kept, to be warned of. Not where
     * another cell of its row has the fill: the row is shaded (banded, or a heading's), not rated.
     */
    private static boolean unreadFill(TrackerField field, TrackerCell cell, RowEntry entry) {
        Optional<Colour> fill = cell.content().fill().filter(TrackerSheet::unreadFill);
        return field == TrackerField.RAG && cell.isBlank() && fill.isPresent() && entry.cells().entrySet().stream()
                .noneMatch(other -> other.getKey() != field && other.getValue().content().fill().equals(fill));
    }

    /** Whether a cell holds anything: text, or for a RAG column a coloured fill. */
    private static boolean present(TrackerField field, TrackerCell cell) {
        return !cell.isBlank()
                || (field == TrackerField.RAG && cell.content().fill().flatMap(TrackerSheet::brag).isPresent());
    }

    /**
     * The recommendation read before on this sheet whose reference a row repeats with its finding, or none: a flat
     * list, each action's row giving its recommendation's reference and words, sorted by another column (a date),
     * which leaves a recommendation's rows apart. A row with other words under the reference is another
     * recommendation given the same one by mistake, which {@link #start} refuses.
     */
    private Optional<Draft> sameRecommendation(List<Draft> drafts, String ref, TrackerCell finding) {
        Optional<Draft> earlier = drafts.stream().filter(d -> d.sheet == sheet && d.ref.equals(ref)).findFirst();
        return earlier.filter(d -> finding != null && !finding.isBlank() && !finding.continuation()
                && d.rows.stream().map(row -> row.cells().get(TrackerField.FINDING)).filter(f -> f != null
                        && !f.isBlank() && !f.continuation()).findFirst().filter(f -> TrackerText.squashed(f.shown())
                        .equals(TrackerText.squashed(finding.shown()))).isPresent());
    }


    private Draft start(String ref, int row, TrackerCell refCell, Map<String, Place> seen, List<Draft> drafts) {
        Place before = seen.putIfAbsent(ref, cell(refCell));
        // A sheet of the same refs is most likely an earlier quarter's copy kept beside the tracker.
        boolean otherSheet = before != null && !before.sheet().equals(Optional.of(sheet.name()));
        // The same item on another quarter's sheet is told once for them all, as such (perQuarter).
        if (before != null && !(otherSheet && yearlessQuarters)) {
            // How to leave a copy out is said once a sheet: a copy repeats every reference.
            boolean advise = otherSheet && copyAdvised.add(sheet.name());
            problems.add(WorkbookProblem.error(cell(refCell), Item.of(ref), "the reference " + ref
                    + " is already used at "
                    + before + "; each recommendation's reference is unique" + (otherSheet ? " across the sheets"
                    + " read" : "") + ", so give this one its own" + (advise ? "; if sheet "
                    + Quote.single(sheet.name()) + " is a copy of the tracker (an earlier quarter's), not more of it,"
                    + " leave it out: save the mapping (--save-mapping), take it out of the mapping's \"sheets\" and"
                    + " onboard again with --mapping; if it is another inspection's plan, onboard each sheet as a plan"
                    + " of its own, with a mapping whose \"sheet\" is that one and whose \"title\" is its own" : "")));
        }
        Draft draft = new Draft(sheet, ref, row);
        draft.headedPillar = headedPillar;
        draft.section = sections;
        drafts.add(draft);
        return draft;
    }

    private void recommendationLevel(Draft draft, TrackerField field, TrackerCell cell) {
        switch (field) {
            case RAG -> draft.ratings.add(cell);
            case NOTES -> draft.notes.add(cell);
            default -> {
                TrackerCell before = draft.once.putIfAbsent(field, cell);
                // A flat list's finding repeated on each row, a full stop left off one: the same finding.
                if (before != null && !before.shown().equals(cell.shown()) && !(field == TrackerField.FINDING
                        && TrackerText.squashed(before.shown()).equals(TrackerText.squashed(cell.shown())))) {
                    problems.add(WorkbookProblem.error(cell(cell), Item.of(draft.ref), "a second " + describe(field)
                            + " for "
                            + draft.ref + ", which already has " + Quote.single(before.shown()) + " at "
                            + cell(before) + "; if this row is another recommendation, give it its own reference in"
                            + " column " + letter(TrackerField.REF)));
                }
            }
        }
    }

    /** Whether a progress column holds fractions (0.87 for 87%): every number in it 1 or less, and one above 0. */
    private boolean fractions(int column) {
        boolean any = false;
        for (TrackerSheet each : sheets) {
            for (int r = mapping.headerRow(); r <= each.lastRow(); r++) {
                CellContent content = each.cell(r, column).content();
                if (content.type() == CellContent.Type.NUMBER && !CellValues.isPercentFormat(content.format())) {
                    if (content.number() > 1 || content.number() < 0) {
                        return false;
                    }
                    any |= content.number() > 0;
                }
            }
        }
        return any;
    }

    /** Whether a row holds anything in any cell, mapped or not. */
    private boolean hasAny(int row) {
        return firstCell(row).isPresent();
    }

    /**
     * What differs, where a row below the header names columns as a header does (three or more, or two and nothing
     * else) and some for another field than the header row's column holds: "'Owner' in C, where the header row has
     * 'Action'".
     */
    private Optional<String> otherTableHeader(int row) {
        int header = mapping.headerRow() - 1;
        int filled = 0;
        int named = 0;
        List<String> differ = new ArrayList<>();
        for (int c : sheet.columns(row)) {
            TrackerCell cell = sheet.cell(row, c);
            Optional<TrackerField> under = mapping.columns().stream().filter(col -> col.index() == c)
                    .findFirst().flatMap(Column::field);
            // A column not read says nothing of a table: a list's "Item Type" holds "Item" on every row.
            if (cell.continuation() || cell.isBlank() || under.isEmpty()) {
                continue;
            }
            if (cell.content().type() == CellContent.Type.NUMBER) {
                return Optional.empty(); // a number or a date read: an item's values, which no header holds
            }
            filled++;
            String shown = cell.shown().replaceAll("\\s+", " ");
            // A header names a column in a few words; an item's text may hold a header's words too.
            Optional<TrackerField> field = shown.length() > 40 ? Optional.empty() : TrackerHeaders.field(shown);
            if (field.isEmpty()) {
                continue;
            }
            named++;
            if (!field.equals(under)) {
                differ.add(Quote.single(shown) + " in " + TrackerMapping.letters(c) + ", where the header row has "
                        + Quote.single(sheet.cell(header, c).shown().replaceAll("\\s+", " ")));
            }
        }
        return (named >= 3 || named >= 2 && named == filled) && !differ.isEmpty()
                ? Optional.of(String.join(", ", differ)) : Optional.empty();
    }

    private boolean isHeaderAgain(int row) {
        int header = mapping.headerRow() - 1;
        int same = 0;
        for (Column column : mapping.columns()) {
            String shown = sheet.cell(row, column.index()).shown();
            if (!shown.isEmpty()) {
                // A second table's header names its columns in other words ("Recommendation" for "Area for
                // improvement"), but each for the field the first's does.
                if (!shown.equals(sheet.cell(header, column.index()).shown())
                        && (column.field().isEmpty() || !TrackerHeaders.field(shown).equals(column.field()))) {
                    return false;
                }
                same++;
            }
        }
        return same >= 2;
    }

    /** A row holding one cell merged across several columns, with no reference: a section heading. */
    private boolean isHeading(int row, Map<TrackerField, TrackerCell> cells) {
        if (!cells.get(TrackerField.REF).isBlank()) {
            return false;
        }
        long filled = cells.values().stream().filter(c -> !c.isBlank()).count();
        long continued = cells.values().stream().filter(c -> !c.isBlank() && c.continuation()).count();
        return filled >= 2 && filled - continued == 1 && cells.values().stream()
                .filter(c -> !c.isBlank()).map(TrackerCell::shown).distinct().count() == 1;
    }

    /**
     * The one cell of a row that holds nothing else, where it names a section of the tracker ("Effectiveness", "PEOPLE
     * PILLAR") rather than an item: in the reference or finding column, a few words, with no number and no sentence's
     * end. Read as an item, it would be a recommendation with no finding, or a second finding of the one above.
     */
    private static Optional<TrackerCell> sectionName(Map<TrackerField, TrackerCell> cells) {
        // A heading merged across the row shows in every column it spans; the cell it is typed in is the first.
        List<Map.Entry<TrackerField, TrackerCell>> filled = cells.entrySet().stream()
                .filter(e -> !e.getValue().isBlank() && !e.getValue().continuation()).toList();
        if (filled.size() != 1 || cells.values().stream().anyMatch(c -> c.continuation() && !c.isBlank()
                && !c.shown().equals(filled.get(0).getValue().shown()))
                || !EnumSet.of(TrackerField.REF, TrackerField.FINDING).contains(filled.get(0).getKey())) {
            return Optional.empty();
        }
        String text = filled.get(0).getValue().shown().strip();
        return SECTION.matcher(text).matches() ? Optional.of(filled.get(0).getValue()) : Optional.empty();
    }

    // ---- drafts into the plan ----

    private Optional<Recommendation> build(Draft draft, Optional<ReportingPeriod> period, int index,
            Map<String, Place> cells, Map<Status, Set<String>> words) {
        sheet = draft.sheet;
        String path = "/recommendations/" + index;
        Place refAt = cell(draft.row, mapping.column(TrackerField.REF).get().index());
        cells.put(path, refAt);
        Recommendation.Builder builder = Recommendation.builder().ref(draft.ref).kind(kind(draft));
        long before = problems.errors();
        controlCharacter(draft.ref).ifPresent(c -> problems.add(WorkbookProblem.error(refAt, Item.of(draft.ref),
                "the reference " + Quote.single(draft.ref) + " holds " + c + "; a reference is one line of letters,"
                        + " digits, spaces and punctuation: retype it")));
        TrackerCell finding = draft.once.get(TrackerField.FINDING);
        if (finding == null && draft.impliedAfter.isPresent()) {
            String id = draft.subs.isEmpty() ? draft.ref + ".1" : draft.subs.get(0).id().orElse(draft.ref + ".1");
            problems.add(WorkbookProblem.error(refAt, Item.of(draft.ref, id), "sub-action " + id + " has no row of"
                    + " recommendation " + draft.ref + " above it, so there is no finding for it to belong to; give"
                    + " recommendation " + draft.ref + " a row of its own above it, with its finding in column "
                    + letter(TrackerField.FINDING) + ", or, if it is an action of " + draft.impliedAfter.get().ref
                    + ", give it an id of " + draft.impliedAfter.get().ref + "'s, such as "
                    + draft.impliedAfter.get().ref + "." + (draft.impliedAfter.get().subs.size() + 1)));
        } else if (finding == null) {
            Place at = cell(draft.row, mapping.column(TrackerField.FINDING).get().index());
            if (!draft.findingUnread) { // its cell's error says why
                problems.add(WorkbookProblem.error(at, Item.of(draft.ref), "no finding: " + draft.ref + " needs the"
                        + " inspectorate's words in column " + letter(TrackerField.FINDING)));
            }
        } else {
            builder.text(TrackerText.narrative(TrackerText.unquoted(finding.withLink())));
            cells.put(path + "/text", cell(finding));
        }
        Optional.ofNullable(draft.once.get(TrackerField.REPORT_PAGE)).ifPresent(c -> {
            Matcher m = PAGE.matcher(c.shown());
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1) {
                builder.reportPage(Integer.parseInt(m.group(1)));
            } else {
                problems.add(WorkbookProblem.error(cell(c), Item.of(draft.ref), Quote.single(c.shown())
                        + " is not a page number; type the page of the inspection report, such as 12"));
            }
        });
        // A tracker kept as a sheet per pillar names each sheet for its pillar; a pillar column says so row by row.
        // Among sheets named for directorates, "People" is the directorate, not the pillar.
        Optional.ofNullable(draft.once.get(TrackerField.PILLAR)).map(c -> pillar(c, Item.of(draft.ref)))
                .orElseGet(() -> draft.headedPillar.or(() -> sheets.stream().allMatch(each -> pillarNamed(each.name())
                        .isPresent()) ? pillarNamed(sheet.name()) : Optional.empty())).ifPresent(builder::pillar);
        Optional.ofNullable(draft.once.get(TrackerField.CAUSE_OF_CONCERN)).ifPresent(c -> {
            String coc = c.shown().replaceAll("\\s+", " ");
            Optional<String> control = controlCharacter(coc);
            if (control.isPresent()) {
                problems.add(WorkbookProblem.error(cell(c), Item.of(draft.ref), "the cause of concern's reference "
                        + Quote.single(coc) + " holds " + control.get() + "; a reference is one line of letters,"
                        + " digits, spaces and punctuation: retype it"));
            } else if (!coc.equals(draft.ref)) { // a cause of concern's own row may name itself: it is no link
                cells.put(path + "/causeOfConcern", cell(c));
                builder.causeOfConcern(coc);
            }
        });
        Optional.ofNullable(draft.once.get(TrackerField.REQUIRED_OUTCOMES))
                .ifPresent(c -> builder.requiredOutcomes(TrackerText.lines(c.shown())));
        due(draft.once, Item.of(draft.ref)).ifPresent(c -> {
            if (saysDone(c, draft.once, Item.of(draft.ref))) {
                if (!draft.once.containsKey(TrackerField.PROGRESS)) {
                    builder.reportedProgress(Percent.HUNDRED);
                }
                return;
            }
            cells.put(path + "/deadline", cell(c));
            timescale(c, Item.of(draft.ref)).ifPresent(builder::deadline);
        });
        Optional.ofNullable(draft.once.get(TrackerField.PROGRESS)).ifPresent(c -> {
            cells.put(path + "/progress", cell(c));
            percent(c, Item.of(draft.ref)).ifPresent(builder::reportedProgress);
        });
        Optional.ofNullable(draft.once.get(TrackerField.COMPLETED_ON)).ifPresent(c -> {
            cells.put(path + "/completedOn", cell(c));
            date(c, Item.of(draft.ref), Optional.empty()).ifPresent(builder::completedOn);
        });
        assessment(draft, period, words).ifPresent(builder::assessment);
        builder.notes(withOriginallyDue(notes(draft.notes), draft.once));
        Optional<String> itsOwner = Optional.ofNullable(draft.once.get(TrackerField.OWNER)).map(c -> {
            cells.put(path + "/owner", cell(c));
            return owner(c, Item.of(draft.ref));
        });
        List<SubAction> subs = subActions(draft, path, cells);
        updates(draft, subs, period, path, cells).forEach(builder::addUpdates);
        Optional<String> owner = itsOwner.or(() -> sharedLead(draft)).or(() -> sharedOwner(subs));
        owner.ifPresent(builder::owner);
        if (owner.isEmpty() && subs.stream().anyMatch(s -> s.owner().isPresent())) {
            warnOfNoOwner(draft, refAt);
        }
        builder.subActions(subs.stream()
                .map(s -> s.owner().equals(owner) ? SubAction.builder().from(s).owner(Optional.empty()).build() : s)
                .toList());
        if (finding == null || problems.errors() > before) {
            return Optional.empty();
        }
        try {
            Recommendation read = builder.build();
            Optional.ofNullable(draft.once.get(TrackerField.PROGRESS)).ifPresent(c -> ownFigure(read, c));
            return Optional.of(read);
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(WorkbookProblem.error(refAt, Item.of(draft.ref), e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Keeps, for {@link #warnOfOwnFigures}, a recommendation's row that gives a figure of its own, below 100%, other
     * than its actions' come to (run 114 #1).
     */
    private void ownFigure(Recommendation recommendation, TrackerCell cell) {
        if (UpdateWorkbook.keepsFigureApart(recommendation)) {
            ownFigures.add(new OwnFigure(recommendation.ref(), recommendation.reportedProgress().orElseThrow(),
                    recommendation.subActionsProgress().orElseThrow(), cell));
        }
    }

    /**
     * Warns of the recommendations whose rows give figures of their own other than their actions' come to: the plan
     * keeps each as its recommendation's progress, which reports show, and which moves only where its owner gives it
     * again. One warning for them all, as a tracker that gives its own figures does so for many (run 117 #4).
     */
    private void warnOfOwnFigures() {
        if (ownFigures.isEmpty()) {
            return;
        }
        OwnFigure first = ownFigures.getFirst();
        String rest = " on its row of each update workbook; to have " + (ownFigures.size() == 1 ? "it" : "one")
                + " worked out from its actions, leave its cell blank";
        problems.add(ownFigures.size() == 1 ? WorkbookProblem.warning(cell(first.cell()), Optional.of(Item.of(
                first.ref())), first.ref() + "'s own figure, " + first.own().displayText() + ", is read as its"
                + " progress, which the reports show rather than the " + first.theirs().displayText() + " its actions"
                + " come to; its owner gives it" + rest)
                : WorkbookProblem.warning(cell(first.cell()), Optional.empty(), ownFigures.size() + " recommendations'"
                + " own figures are read as their progress, which the reports show rather than what their actions"
                + " come to: " + named(ownFigures, figure -> figure.ref() + " " + figure.own().displayText() + " ("
                + where(figure.cell()) + "), its actions " + figure.theirs().displayText(), "; ") + "; each owner"
                + " gives theirs" + rest));
    }

    private List<SubAction> subActions(Draft draft, String path, Map<String, Place> cells) {
        List<SubAction> subs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        draft.subs.forEach(s -> s.id().ifPresent(ids::add));
        String base = SubActionIds.base(draft.ref);
        int next = 1;
        List<String> given = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        Set<Integer> twice = new HashSet<>();
        for (SubDraft sub : draft.subs) {
            String id = sub.id().orElse(null);
            Integer first = id == null ? null : rowOf.putIfAbsent(id, sub.row());
            if (first != null) {
                twice.add(given.size());
                int column = idColumn(sub.row());
                // 1.10 typed in a cell that is not text is the number 1.1: the second 1.1 is most likely 1.10.
                boolean number = sheet.cell(sub.row(), column).content().type() == CellContent.Type.NUMBER;
                problems.add(WorkbookProblem.error(cell(sub.row(), column),
                        Item.of(draft.ref, id), "a second sub-action " + id + " of recommendation " + draft.ref
                        + " (the first is on row " + (first + 1) + "); give this one an id of its own"
                        + (number ? "; the cell holds the number " + id + ": " + CellValues.DROPPED_ZERO : "")));
            }
            if (id == null) {
                while (ids.contains(base + "." + next)) {
                    next++;
                }
                id = base + "." + next;
                ids.add(id);
            }
            given.add(id);
        }
        draft.subIds.clear();
        draft.subIds.addAll(given);
        for (int index : inIdOrder(draft, given)) {
            if (twice.contains(index)) {
                continue;
            }
            SubDraft sub = draft.subs.get(index);
            String id = given.get(index);
            Optional<String> control = controlCharacter(id);
            if (control.isPresent()) {
                // An id numbered from the recommendation's reference has the reference's character, told at it.
                if (sub.id().isPresent()) {
                    problems.add(WorkbookProblem.error(cell(sub.row(), idColumn(sub.row())), Item.of(draft.ref, id),
                            "the sub-action id " + Quote.single(id) + " holds " + control.get() + "; an id is one"
                                    + " line of letters, digits and punctuation: retype it, such as 1.1 or a"));
                }
                continue;
            }
            String subPath = path + "/subActions/" + subs.size();
            cells.put(subPath, cell(sub.row(), mapping.column(TrackerField.REF).get().index()));
            SubAction.Builder builder = SubAction.builder().id(id);
            Item item = Item.of(draft.ref, id);
            Map<TrackerField, TrackerCell> c = sub.cells();
            // A one-row item's progress is its recommendation's, given on its action's row all the same.
            Optional<TrackerCell> rowsProgress = Optional.ofNullable(c.get(TrackerField.PROGRESS)).or(() -> Optional
                    .ofNullable(draft.once.get(TrackerField.PROGRESS)).filter(p -> p.rowSpan() == 1
                            && new CellReference(p.address()).getRow() == sub.row()));
            Optional.ofNullable(c.get(TrackerField.ACTION)).ifPresent(a -> builder.description(TrackerText.narrative(
                    a.withLink())));
            Optional.ofNullable(c.get(TrackerField.ACTION_OWNER)).or(() -> Optional.ofNullable(c.get(
                    TrackerField.OWNER))).ifPresent(a -> {
                        cells.put(subPath + "/owner", cell(a));
                        builder.owner(owner(a, item));
                    });
            builder.notes(withOriginallyDue(Optional.ofNullable(c.get(TrackerField.NOTES))
                    .map(a -> TrackerText.narrative(a.withLink())), c));
            due(c, item).ifPresent(a -> {
                if (saysDone(a, c, item)) {
                    if (rowsProgress.isEmpty()) {
                        builder.progress(Percent.HUNDRED);
                    }
                    return;
                }
                cells.put(subPath + "/due", cell(a));
                timescale(a, item).ifPresent(builder::due);
            });
            Optional.ofNullable(c.get(TrackerField.PROGRESS)).ifPresent(a -> {
                cells.put(subPath + "/progress", cell(a));
                percent(a, item).ifPresent(builder::progress);
            });
            // An action its row rates Complete (Blue), with no progress given, is done: else it would be at 0%.
            Optional<TrackerCell> ratedComplete = draft.ratings.stream().filter(r -> r.rowSpan() == 1
                    && new CellReference(r.address()).getRow() == sub.row() && !r.isBlank()
                    && TrackerText.rating(r.shown()).equals(Optional.of(Status.COMPLETE))).findFirst();
            if (ratedComplete.isPresent() && rowsProgress.isEmpty()) {
                builder.progress(Percent.HUNDRED);
            } else if (ratedComplete.isPresent() && !c.containsKey(TrackerField.PROGRESS)) {
                quietPercent(rowsProgress.get()).filter(p -> !p.equals(Percent.HUNDRED)).ifPresent(p -> problems.add(
                        WorkbookProblem.warning(cell(ratedComplete.get()), Optional.of(Item.of(draft.ref)), Quote
                        .single(ratedComplete.get().shown()) + " rates " + draft.ref + " done, but its progress is "
                        + p.preciseText() + " (" + where(rowsProgress.get()) + "): the progress is kept, and the"
                        + " rating is its owner's assessment; if the work is done, make the progress 100%")));
            }
            Optional.ofNullable(c.get(TrackerField.COMPLETED_ON)).ifPresent(a -> {
                cells.put(subPath + "/completedOn", cell(a));
                date(a, item, ratedComplete.filter(r -> rowsProgress.isEmpty()))
                        .ifPresent(builder::completedOn);
            });
            try {
                subs.add(builder.build());
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Every value is checked above; this is what a check added to the model later would refuse.
                problems.add(WorkbookProblem.error(cells.get(subPath), item, e.getMessage()));
            }
        }
        Optional.ofNullable(draft.once.get(TrackerField.SUB_ACTION_COUNT)).ifPresent(c -> {
            CellContent content = c.content();
            if (content.type() != CellContent.Type.NUMBER || content.number() != Math.rint(content.number())
                    || content.number() < 0 || content.number() > 1000) {
                problems.add(WorkbookProblem.error(cell(c), Item.of(draft.ref), Quote.single(c.shown())
                        + " is not a number of"
                        + " sub-actions; type a whole number such as 3"));
            } else if (draft.subs.isEmpty()) {
                // Numbered from the reference: one with a control character, told at it, numbers none.
                for (int i = 1; controlCharacter(base).isEmpty() && i <= (int) content.number(); i++) {
                    subs.add(SubAction.builder().id(base + "." + i).build());
                }
            } else if ((int) content.number() != draft.subs.size()) {
                problems.add(WorkbookProblem.warning(cell(c), Optional.of(Item.of(draft.ref)), "says " + c.shown()
                        + " sub-actions, but " + draft.subs.size() + " rows list them; the rows are read"));
            }
        });
        return subs;
    }

    /** The column a sub-action's row gives its id in: its action reference, else its reference. */
    private int idColumn(int row) {
        return mapping.column(TrackerField.ACTION_REF).filter(c -> !sheet.cell(row, c.index()).isBlank())
                .or(() -> mapping.column(TrackerField.REF)).orElseThrow().index();
    }

    /**
     * The first control character {@code text} holds, in words ("a line break (U+000A)"), where it holds one: the
     * model refuses one in a reference or an id, which is a single line of plain text.
     */
    private static Optional<String> controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                String code = String.format(Locale.ROOT, "(U+%04X)", (int) c);
                return Optional.of(switch (c) {
                    case '\n', '\r' -> "a line break " + code;
                    case '\t' -> "a tab " + code;
                    default -> "a control character " + code + ", which comes with text pasted from another system"
                            + " and shows as nothing or a box";
                });
            }
        }
        return Optional.empty();
    }

    /**
     * The order to list a recommendation's sub-actions in: the tracker's, but where an action with no id of its own
     * (one on the recommendation's own row) was given the next free one while rows below it give theirs, by number, so
     * that 1.3 is not listed before 1.1; said in a warning, as the tracker lists it elsewhere.
     */
    private List<Integer> inIdOrder(Draft draft, List<String> ids) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        Pattern numbered = Pattern.compile(Pattern.quote(SubActionIds.base(draft.ref)) + "\\.(\\d{1,9})");
        if (!ids.stream().allMatch(id -> numbered.matcher(id).matches())) {
            return order;
        }
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingInt(i -> Integer.parseInt(ids.get(i).substring(ids.get(i)
                .lastIndexOf('.') + 1))));
        for (int moved = 0; moved < sorted.size(); moved++) {
            SubDraft sub = draft.subs.get(moved);
            if (sorted.indexOf(moved) != moved && sub.id().isEmpty()) {
                TrackerCell action = sub.cells().get(TrackerField.ACTION);
                problems.add(WorkbookProblem.warning(action != null ? cell(action) : cell(sub.row(), 0),
                        Optional.of(Item.of(draft.ref, ids.get(moved))), "this action has no id of its own, and rows"
                        + " below it give theirs, so it is " + ids.get(moved) + ", the next free one, and listed by"
                        + " that number; to keep it first, give it a row of its own with its id, and the others"
                        + " theirs"));
            }
        }
        return sorted;
    }

    /**
     * Warns that {@code draft} has no owner of its own where its actions' leads are not one: its own cells in the
     * update workbooks (its Owner's BRAG, its update) would go to a copy for no owner, which nobody can be sent. No
     * lead is chosen for it, as the tracker does not say which of its actions' leads answers for it.
     */
    private void warnOfNoOwner(Draft draft, Place refAt) {
        int column = mapping.column(TrackerField.OWNER).orElseThrow().index();
        Map<String, List<String>> cellsOf = new LinkedHashMap<>();
        for (SubDraft sub : draft.subs) {
            TrackerCell lead = sub.cells().get(TrackerField.OWNER);
            String address = new CellReference(sub.row(), column).formatAsString(false);
            cellsOf.computeIfAbsent(lead == null ? "" : TrackerText.oneLine(lead.shown()), l -> new ArrayList<>())
                    .add(address);
        }
        List<String> leads = new ArrayList<>();
        cellsOf.forEach((lead, at) -> leads.add((lead.isEmpty() ? "none" : lead) + " (" + String.join(", ", at)
                + ")"));
        noLeads.add(new NoLead(draft.ref, refAt, Quote.listed(leads, "and")));
    }

    /** How many recommendations with no lead of their own are each told with their actions' leads, not listed. */
    private static final int SAID_EACH = 3;

    /** A recommendation with no lead of its own, at its reference's cell, and its actions' leads with their cells. */
    private record NoLead(String ref, Place at, String leads) {}

    /**
     * Warns of the recommendations with no lead of their own whose actions' leads are not one, each with its actions'
     * leads, or in one warning where there are more than {@value #SAID_EACH}: a tracker that names leads only on its
     * actions' rows has them on every recommendation, and a warning for each would bury the others.
     */
    private void warnOfNoLeads() {
        String column = letter(TrackerField.OWNER);
        if (noLeads.size() <= SAID_EACH) {
            noLeads.forEach(one -> problems.add(WorkbookProblem.warning(one.at(), Optional.of(Item.of(one.ref())),
                    one.ref() + " has no lead of its own, and its actions' leads are not one: " + one.leads()
                    + "; so no one owns " + one.ref() + " itself, and its own row in the update workbooks (its"
                    + " Owner's BRAG and update) goes to '" + PlanSummary.NO_OWNER + "', a copy nobody can be sent;"
                    + " give " + one.ref() + "'s lead in column " + column
                    + " on a row of its own above its actions, or merged down its"
                    + " rows, and onboard again, or give it a new owner in the analyst's update workbook")));
        } else {
            problems.add(WorkbookProblem.warning(noLeads.getFirst().at(), Optional.empty(), noLeads.size()
                    + " recommendations have no lead of their own, and their actions' leads are not one: "
                    + named(noLeads, NoLead::ref, ", ") + "; so no one owns those recommendations themselves, and"
                    + " their own rows in the update workbooks (their Owner's BRAG and update) go to '"
                    + PlanSummary.NO_OWNER + "', a copy nobody can be sent; give each its lead in column " + column
                    + " on a row of its own above its actions, or merged down its rows, and onboard again, or give"
                    + " them new owners in the analyst's update workbook"));
        }
    }

    /**
     * Warns, once, of the progress cells that give a state in words and no percentage, each word with its cells: their
     * items have no progress reported, as a progress of 0 would say no work was done.
     */
    private void warnOfUnreadProgress() {
        if (unreadProgress.isEmpty()) {
            return;
        }
        boolean one = unreadProgress.size() == 1;
        problems.add(WorkbookProblem.warning(cell(unreadProgress.keySet().iterator().next()), oneItem(unreadProgress),
                wordsAndCells(unreadProgress) + (one ? " gives" : " give") + " no percentage, so " + (one ? "its item"
                + " has" : "their items have") + " no progress reported; type a percentage (50 or 50%) where one is"
                + " known, or leave the cell blank"));
    }

    /** Each word {@code cells} hold, quoted, with its cells where there are several: "'On hold' (D4, D9) and ...". */
    private String wordsAndCells(Map<TrackerCell, String> cells) {
        Map<String, List<String>> cellsOf = new LinkedHashMap<>();
        cells.keySet().forEach(c -> cellsOf.computeIfAbsent(c.shown().strip(), w -> new ArrayList<>()).add(where(c)));
        boolean one = cells.size() == 1;
        return Quote.listed(cellsOf.entrySet().stream().map(e -> Quote.single(e.getKey()) + (one ? "" : " ("
                + named(e.getValue(), at -> at, ", ") + ")")).toList(), "and");
    }

    /** The item of {@code cells}, each with its item's ref, where they are all of one. */
    private static Optional<Item> oneItem(Map<TrackerCell, String> cells) {
        List<String> refs = cells.values().stream().distinct().toList();
        return refs.size() == 1 ? Optional.of(Item.of(refs.getFirst())) : Optional.empty();
    }

    /**
     * Warns of the ratings in words that are none, in one warning where there are several (a Status column of
     * "In progress", "Not started", "On hold"), each word with its cells: no assessment is read from them, nor from
     * the ratings of the other actions of a recommendation with one, whose worst is then not known.
     */
    private void warnOfUnreadRatings() {
        warnOfUnreadFills();
        warnOfUnreadProgress();
        if (unreadRatings.isEmpty()) {
            return;
        }
        boolean one = unreadRatings.size() == 1;
        String words = wordsAndCells(unreadRatings) + (one ? " is not a BRAG rating or a status"
                : " are not BRAG ratings or statuses");
        problems.add(WorkbookProblem.warning(cell(unreadRatings.keySet().iterator().next()), oneItem(unreadRatings),
                words + ", so no owner's assessment is read from " + (one ? "it" : "them")
                + (worstUnknown.isEmpty() ? "" : ", nor from the other ratings of the actions of " + named(worstUnknown,
                r -> r, ", ") + ", whose worst is then not known") + "; use " + RATINGS));
    }

    /**
     * Warns, once for each sheet, of the hidden rows read as items', and of those struck through: hidden by hand or by
     * a filter, or struck through, a row may hold work no longer part of the plan (a superseded action) that would
     * otherwise enter it unseen; or work that is (done, as some trackers strike it), which skipping them would lose.
     */
    private void warnOfHiddenRows() {
        warnOfRowsSetApart(hiddenRows, "hidden, by hand or by a filter,", "as the rows shown are");
        warnOfRowsSetApart(struckRows, "struck through, as superseded work is marked,", "as any other row is");
    }

    /** Warns, for each sheet, of its {@code rows} set apart {@code how}, which are read as the others are. */
    private void warnOfRowsSetApart(Map<String, Map<Integer, String>> rowsOf, String how, String readAs) {
        rowsOf.forEach((name, rows) -> {
            List<Map.Entry<Integer, String>> each = List.copyOf(rows.entrySet());
            boolean one = each.size() == 1;
            boolean oneItem = rows.values().stream().distinct().count() == 1;
            problems.add(WorkbookProblem.warning(WorkbookProblem.cell(name, "A" + (each.getFirst().getKey() + 1)),
                    oneItem ? Optional.of(Item.of(each.getFirst().getValue())) : Optional.empty(), (one ? "row "
                    : "rows ") + named(each, e -> (e.getKey() + 1) + (oneItem ? "" : " (" + e.getValue() + ")"), ", ")
                    + (one ? " is " : " are ") + how + " and " + (one ? "is" : "are") + " read " + readAs + ";"
                    + " if " + (one ? "it holds" : "one holds") + " work no longer part of the plan (superseded, say),"
                    + " delete " + (one ? "it" : "that row") + " from the tracker and onboard it again"));
        });
    }

    /**
     * Warns of the recommendations whose rows stand apart on their sheet, each repeating its reference and finding,
     * read as one recommendation's in the order they stand: the list was sorted by another column.
     */
    private void warnOfRowsApart() {
        apart.forEach((draft, first) -> problems.add(WorkbookProblem.warning(WorkbookProblem.cell(draft.sheet.name(),
                "A" + (first + 1)), Optional.of(Item.of(draft.ref)), "the rows of " + draft.ref + " (" + named(draft
                .rows.stream().map(RowEntry::row).toList(), r -> String.valueOf(r + 1), ", ") + ") are apart, each"
                + " with its reference and finding"
                + " (a list sorted by another column?), and are read as one recommendation's actions, in the order"
                + " they stand; sort the tracker by its reference column to keep them together")));
    }

    /**
     * Warns of the rating cells filled with a colour that is no rating, in one warning, each colour with its cells: a
     * person reads a rating in them that the plan would not have.
     */
    private void warnOfUnreadFills() {
        if (unreadFills.isEmpty()) {
            return;
        }
        Map<String, List<String>> cellsOf = new LinkedHashMap<>();
        unreadFills.keySet().forEach(c -> cellsOf.computeIfAbsent("#" + c.content().fill().orElseThrow().hex(),
                colour -> new ArrayList<>()).add(where(c)));
        List<String> refs = unreadFills.values().stream().distinct().toList();
        boolean one = unreadFills.size() == 1;
        problems.add(WorkbookProblem.warning(cell(unreadFills.keySet().iterator().next()), refs.size() == 1
                ? Optional.of(Item.of(refs.getFirst())) : Optional.empty(), (one ? "the fill " : "the fills ")
                + Quote.listed(cellsOf.entrySet().stream().map(e -> e.getKey() + (one ? "" : " (" + named(e.getValue(),
                at -> at, ", ") + ")")).toList(), "and") + (one ? " is" : " are") + " no colour of a BRAG rating (red, amber,"
                + " green or blue), so no owner's assessment is read from " + (one ? "it" : "them") + "; type the"
                + " rating in the cell: " + RATINGS));
    }

    /**
     * The owner an owner's cell names, noted with its cell for {@link #warnOfOwnerWrittenShort}: on one line, as a plan
     * names an owner. A cell on several lines is read as {@link TrackerText#oneLine} joins them, and warned of once.
     */
    private String owner(TrackerCell cell, Item item) {
        // Without the invisible characters a plan's names refuse, pasted in with a name, as a ref's cell is read.
        String oneLine = TrackerText.oneLine(TrackerText.visible(cell.shown()));
        // A link's scheme typed or pasted with an address is no part of whom it names.
        String name = MAILTO.matcher(oneLine).replaceAll("");
        List<TrackerCell> at = ownerCells.computeIfAbsent(name, o -> new ArrayList<>());
        if (at.stream().noneMatch(c -> c.address().equals(cell.address()) && c.sheet().equals(cell.sheet()))) {
            at.add(cell);
            List<String> addresses = EMAIL.matcher(name).results().map(MatchResult::group).toList();
            if (addresses.size() > 1) {
                problems.add(WorkbookProblem.warning(cell(cell), Optional.of(item), "this cell names "
                        + addresses.size() + " owners, " + Quote.listed(addresses.stream().map(Quote::single).toList(),
                        "and") + ", but a plan gives an item one owner, so the cell's text is read as one, with an"
                        + " update workbook and a chapter in the owners report of its own; write the one who leads it"
                        + " (the others in the action's text), then onboard again"));
            } else if (!oneLine.equals(TrackerText.visible(cell.shown()))) {
                problems.add(WorkbookProblem.warning(cell(cell), Optional.of(item), "the owner "
                        + Quote.singleName(cell.shown()) + " is read as " + Quote.singleName(name) + ", on one line,"
                        + " as a plan"
                        + " names an owner; if that is not who it is, write the name on one line in the tracker"));
            }
        }
        return name;
    }

    /**
     * Warns that the owner {@code name} is most likely one of {@code meant}, written short: each name a tracker
     * gives is an owner of its own, with an update workbook of its own, so one person would be sent several.
     */
    private void warnOfOwnerWrittenShort(String name, List<String> meant) {
        List<TrackerCell> at = ownerCells.get(name);
        String others = Quote.listed(meant.stream().map(m -> Quote.singleName(m) + " (" + cells(ownerCells.get(m))
                + ")")
                .toList(), "or");
        problems.add(WorkbookProblem.warning(cell(at.get(0)), Optional.empty(),
                "the owner " + Quote.singleName(name) + " (" + cells(at) + ") is most likely " + others + ", written"
                + " short; each name is an owner of its own, with an update workbook and a chapter in the owners"
                + " report of its own; write one name for each owner in column " + letter(TrackerField.OWNER)
                + ", then onboard again"));
    }

    /** Cells, the first few of many. */
    private String cells(List<TrackerCell> cells) {
        List<String> at = cells.stream().map(this::where).toList();
        int shown = 4;
        return at.size() <= shown + 1 ? String.join(", ", at) : String.join(", ", at.subList(0, shown)) + " and "
                + (at.size() - shown) + " more";
    }

    /**
     * Where an action owners' column gives the actions their leads, the one owner the owners' column gives each of the
     * recommendation's action rows ("AM Response" beside each action's own lead): its owner; none where they differ.
     */
    private Optional<String> sharedLead(Draft draft) {
        if (mapping.column(TrackerField.ACTION_OWNER).isEmpty() || draft.subs.isEmpty()) {
            return Optional.empty();
        }
        Set<String> leads = new HashSet<>();
        for (SubDraft sub : draft.subs) {
            TrackerCell lead = sub.cells().get(TrackerField.OWNER);
            if (lead == null) {
                return Optional.empty();
            }
            leads.add(owner(lead, Item.of(draft.ref)));
        }
        return leads.size() == 1 ? Optional.of(leads.iterator().next()) : Optional.empty();
    }

    private static Optional<String> sharedOwner(List<SubAction> subs) {
        Set<Optional<String>> owners = new HashSet<>();
        subs.forEach(s -> owners.add(s.owner()));
        return owners.size() == 1 ? owners.iterator().next() : Optional.empty();
    }

    /**
     * The rating a recommendation's own row gives (a row that is no action's, or a rating merged down its rows), else
     * the worst its actions' rows give: words, else the cell's fill colour; given for the tracker's period, since it
     * says where the item stands at the tracker's date. The row a merged reference starts on is its first action's,
     * so its rating is that action's, not the recommendation's. A plan keeps no rating for each action, so an action's
     * rating that is not the one kept is warned of, not dropped unsaid.
     */
    private Optional<OwnerAssessment> assessment(Draft draft, Optional<ReportingPeriod> period,
            Map<Status, Set<String>> words) {
        Set<Integer> actionRows = new HashSet<>();
        draft.rows.stream().filter(RowEntry::actionRow).forEach(entry -> actionRows.add(entry.row()));
        Optional<Status> worst = Optional.empty();
        Optional<Status> own = Optional.empty();
        Optional<TrackerCell> ownCell = Optional.empty();
        Map<TrackerCell, Status> ratingsOfActions = new LinkedHashMap<>();
        boolean unreadOfAnAction = false;
        for (TrackerCell cell : draft.ratings) {
            Optional<Status> status;
            if (cell.isBlank()) {
                status = cell.content().fill().flatMap(TrackerSheet::brag).map(Status::of);
                if (status.isEmpty()) {
                    unreadFills.put(cell, draft.ref);
                    unreadOfAnAction |= cell.rowSpan() == 1
                            && actionRows.contains(new CellReference(cell.address()).getRow());
                }
            } else if (cell.content().type() == CellContent.Type.UNSAVED_FORMULA) {
                // Told as a formula with no saved value is in any other column, not as a word that is no rating.
                try {
                    CellValues.text(cell.content());
                } catch (CellValueException e) {
                    problems.add(WorkbookProblem.error(cell(cell), Item.of(draft.ref), e.getMessage()));
                }
                ratingRead = true; // the column gives ratings, this one unsaved: no "gives none" beside the error
                status = Optional.empty();
            } else {
                status = TrackerText.rating(cell.shown());
                if (status.isEmpty()) {
                    unreadRatings.put(cell, draft.ref);
                    unreadOfAnAction |= cell.rowSpan() == 1
                            && actionRows.contains(new CellReference(cell.address()).getRow());
                } else if (TrackerText.isWord(cell.shown())) {
                    words.computeIfAbsent(status.get(), s -> new LinkedHashSet<>()).add(cell.shown());
                }
                // A cell recoloured when the item slipped, its word not typed again: the word is kept, and told.
                Optional<Status> word = status;
                cell.content().fill().flatMap(TrackerSheet::brag).filter(fill -> word.isPresent()
                        && Status.of(fill) != word.get()).ifPresent(fill -> problems.add(WorkbookProblem.warning(
                        cell(cell), Optional.of(Item.of(draft.ref)), Quote.single(cell.shown()) + " is read as the"
                        + " rating, though the cell is filled " + fill.displayName().toLowerCase(Locale.ROOT) + " (#"
                        + cell.content().fill().orElseThrow().hex() + "); where the colour is the rating now, type "
                        + fill.displayName() + " in the cell and onboard again")));
            }
            if (status.isEmpty()) {
                continue;
            }
            ratingRead = true;
            boolean ofAnAction = cell.rowSpan() == 1
                    && actionRows.contains(new CellReference(cell.address()).getRow());
            if (!ofAnAction && own.isEmpty()) {
                own = status;
                ownCell = Optional.of(cell);
            } else if (ofAnAction) {
                ratingsOfActions.put(cell, status.get());
                if (worst.isEmpty() || status.get().isWorseThan(worst.get())) {
                    worst = status;
                }
            }
        }
        // The worst of the actions' ratings is not known where one is a word that is none ("Not started"), nor is
        // Complete where an action has no rating: it would call a recommendation done whose work may not be.
        boolean worstKnown = !unreadOfAnAction && !(worst.equals(Optional.of(Status.COMPLETE))
                && ratingsOfActions.size() < actionRows.size());
        if (own.isEmpty() && worst.isPresent() && unreadOfAnAction) {
            worstUnknown.add(draft.ref);
        }
        Optional<Status> kept = own.isPresent() ? own : worst.filter(w -> worstKnown);
        if (kept.isPresent()) {
            Status assessed = kept.get();
            Optional<TrackerCell> ownRating = ownCell;
            List<TrackerCell> lost = ratingsOfActions.entrySet().stream().filter(e -> ownRating.isPresent()
                    ? e.getValue() != assessed : ratingsOfActions.values().stream().anyMatch(s -> s != assessed))
                    .map(Map.Entry::getKey).toList();
            if (!lost.isEmpty()) {
                actionsRatings.add(new ActionsRatings(draft.ref, assessed, ownCell, ratingsOfActions, lost));
            }
        }
        return kept.map(status -> period.map(given -> OwnerAssessment.of(status, given))
                .orElseGet(() -> OwnerAssessment.of(status)));
    }

    /**
     * A recommendation whose action rows' ratings are not all its assessment: {@code kept}, the rating on its own row
     * ({@code own}) where it has one, else the worst of its actions' ({@code ratings}); {@code lost}, those not
     * kept.
     */
    private record ActionsRatings(String ref, Status kept, Optional<TrackerCell> own, Map<TrackerCell, Status> ratings,
            List<TrackerCell> lost) {

        /** "Green (E3, E5) and Red (E4)": the ratings lost, each with its cells. */
        String lostRatings() {
            Map<Status, List<String>> cellsOf = new LinkedHashMap<>();
            lost.forEach(c -> cellsOf.computeIfAbsent(ratings.get(c), s -> new ArrayList<>()).add(c.address()));
            return Quote.listed(cellsOf.entrySet().stream().map(e -> e.getKey().brag().displayName() + " ("
                    + String.join(", ", e.getValue()) + ")").toList(), "and");
        }

        /** The cell its assessment is read from: its own rating's, else its first action's rating of the worst. */
        TrackerCell keptAt() {
            return own.orElseGet(() -> ratings.entrySet().stream().filter(e -> e.getValue() == kept)
                    .map(Map.Entry::getKey).findFirst().orElseThrow());
        }
    }

    /** Where a cell comes in the tracker read: by its sheet, then its row. */
    private long order(TrackerCell cell) {
        int sheetIndex = sheets.stream().map(TrackerSheet::name).toList().indexOf(cell.sheet());
        return ((long) sheetIndex << 32) | new CellReference(cell.address()).getRow();
    }

    /** How many recommendations a warning of many names, before saying how many more it applies to. */
    private static final int NAMED = 10;

    /**
     * Warns of the ratings on action rows that are not their recommendation's assessment: a plan keeps no rating for
     * each action, so they are not dropped unsaid. Where the rule applied to one recommendation, the warning is at its
     * first such cell, with each rating and cell; where it applied to several, one warning says the rule once and names
     * each recommendation with the rating kept and its cell (the first {@value #NAMED}, then how many more), so that a
     * tracker rating every action does not bury its other warnings under one paragraph for each recommendation.
     */
    private void warnOfActionsRatings() {
        String why = "a plan keeps an owner's assessment for a recommendation, not for each of its actions (the"
                + " reports show each action's status as its progress and timescale give it)";
        List<ActionsRatings> withOwn = actionsRatings.stream().filter(r -> r.own().isPresent()).toList();
        List<ActionsRatings> worstOf = actionsRatings.stream().filter(r -> r.own().isEmpty()).toList();
        TreeMap<Long, WorkbookProblem> inSheetOrder = new TreeMap<>();
        if (withOwn.size() == 1) {
            ActionsRatings one = withOwn.get(0);
            inSheetOrder.put(order(one.lost().get(0)), WorkbookProblem.warning(cell(one.lost().get(0)),
                    Optional.of(Item.of(one.ref())),
                    "the ratings on " + one.ref() + "'s action rows, " + one.lostRatings() + ", are not kept: " + why
                    + "; " + one.ref() + "'s assessment is the rating on its own row, "
                    + one.kept().brag().displayName() + " (" + one.keptAt().address() + ")"));
        } else if (!withOwn.isEmpty()) {
            TrackerCell first = withOwn.get(0).lost().get(0);
            inSheetOrder.put(order(first), WorkbookProblem.warning(cell(first),
                    Optional.empty(), "the ratings on the action rows of " + withOwn.size() + " recommendations are"
                    + " not kept, as each has a rating of its own: " + why + "; each one's assessment is the rating on"
                    + " its own row: " + named(withOwn, r -> r.ref() + " " + r.kept().brag().displayName() + " ("
                    + where(r.keptAt()) + "), not " + r.lostRatings(), "; ")));
        }
        if (worstOf.size() == 1) {
            ActionsRatings one = worstOf.get(0);
            inSheetOrder.put(order(one.lost().get(0)), WorkbookProblem.warning(cell(one.lost().get(0)),
                    Optional.of(Item.of(one.ref())),
                    "the ratings on " + one.ref() + "'s action rows are " + one.lostRatings() + "; " + why + ", so "
                    + one.ref() + "'s assessment is the worst of them, " + one.kept().brag().displayName()
                    + "; to give " + one.ref() + " a rating of its own, put it on a row of " + one.ref() + "'s own"
                    + " above its actions, or in a RAG cell merged down its rows"));
        } else if (!worstOf.isEmpty()) {
            TrackerCell first = worstOf.get(0).lost().get(0);
            inSheetOrder.put(order(first), WorkbookProblem.warning(cell(first),
                    Optional.empty(), "the ratings on the action rows of " + worstOf.size() + " recommendations with"
                    + " no rating of their own differ; " + why + ", so each one's assessment is the worst of its"
                    + " actions' ratings: " + named(worstOf, r -> r.ref() + " " + r.kept().brag().displayName() + " ("
                    + where(r.keptAt()) + ")", ", ") + "; to give one a rating of its own, put it on a row of its own"
                    + " above"
                    + " its actions, or in a RAG cell merged down its rows"));
        }
        inSheetOrder.values().forEach(problems::add);
    }

    /** Each recommendation as {@code shown}, the first {@value #NAMED} of more, then how many more. */
    private static <T> String named(List<T> recommendations, Function<T, String> shown, String between) {
        if (recommendations.size() == 1) {
            return shown.apply(recommendations.getFirst());
        }
        List<String> each = recommendations.stream().limit(recommendations.size() <= NAMED + 1 ? NAMED + 1 : NAMED)
                .map(shown).toList();
        String more = recommendations.size() > each.size() ? (recommendations.size() - each.size()) + " more" : "";
        List<String> all = new ArrayList<>(each);
        if (!more.isEmpty()) {
            all.add(more);
        }
        return String.join(between, all.subList(0, all.size() - 1)) + (between.equals(", ") ? " and " : "; and ")
                + all.get(all.size() - 1);
    }

    /** The tracker's own words for a status, where it uses one phrase for it that is not core's. */
    private static StatusLabels labels(Map<Status, Set<String>> words) {
        StatusLabels.Builder labels = StatusLabels.builder();
        words.forEach((status, used) -> {
            if (used.size() == 1 && !used.iterator().next().equalsIgnoreCase(status.defaultLabel())) {
                labels.putCustom(status, used.iterator().next());
            }
        });
        return labels.build();
    }

    /**
     * The cell of an item's timescale: its revised one, where it has one, else the one first set. A revised cell that
     * names no timescale ("N/A", "-") beside one first set is warned of, and the first one is the item's: read as a
     * timescale it cannot place, it would leave an item long overdue on no deadline at all.
     */
    private Optional<TrackerCell> due(Map<TrackerField, TrackerCell> cells, Item item) {
        TrackerCell given = cells.get(TrackerField.REVISED_DUE);
        Optional<TrackerCell> revised = revised(cells);
        TrackerCell original = cells.get(TrackerField.DUE);
        // A revised date that names none beside a first one saying the work is done is no matter: the item is done.
        if (given != null && revised.isEmpty() && !saysDone(original)) {
            problems.add(WorkbookProblem.warning(cell(given), Optional.of(item), Quote.single(given.shown())
                    + " is no timescale, so the one first set, " + Quote.single(original.shown()) + " in "
                    + cell(original).reference().orElse("") + ", stays the item's; type the revised date or"
                    + " timescale here, or leave the cell blank where there is none"));
        }
        return revised.or(() -> Optional.ofNullable(cells.get(TrackerField.DUE)));
    }

    /**
     * Whether an item's timescale cell says its work is done ("Complete", "Closed"), as trackers write in place of a
     * date: it is then no timescale, and, with no progress cell of the item's own to say otherwise, the item is read
     * as complete, at 100%, with a warning that no completion date is known; no date is made up for it. Beside a
     * progress cell, that cell says how far along it is, and the warning says so.
     */
    private boolean saysDone(TrackerCell due, Map<TrackerField, TrackerCell> cells, Item item) {
        if (!saysDone(due)) {
            return false;
        }
        TrackerCell progress = cells.get(TrackerField.PROGRESS);
        if (progress != null && !readsHundred(progress)) {
            problems.add(WorkbookProblem.warning(cell(due), Optional.of(item), Quote.single(due.shown()) + " is no"
                    + " timescale, so the item has no due date; its progress is read from " + cell(progress)
                    .reference().orElse("") + ", " + Quote.single(progress.shown()) + "; where the work is done,"
                    + " make that 100% and give the day it was finished in a completion date column (\"Date"
                    + " completed\"), and onboard again"));
            return true;
        }
        // The day is known where a completion date column gives it on the row: nothing to tell.
        TrackerCell completed = cells.get(TrackerField.COMPLETED_ON);
        if (completed == null || completed.isBlank()) {
            doneInTimescale.put(due, item);
        }
        return true;
    }

    /**
     * Warns of the items whose target date says they are done, at 100% (their progress cell agrees, or there is
     * none), that the day each was finished is not known: one warning for them all, as a tracker that writes
     * "Complete" over a finished item's date does so for every one.
     */
    private void warnOfDoneInTimescale() {
        if (doneInTimescale.isEmpty()) {
            return;
        }
        TrackerCell first = doneInTimescale.keySet().iterator().next();
        boolean one = doneInTimescale.size() == 1;
        String said = Quote.listed(doneInTimescale.keySet().stream().map(c -> c.shown().strip()).distinct()
                .map(Quote::single).toList(), "or");
        problems.add(WorkbookProblem.warning(cell(first), one ? Optional.of(doneInTimescale.get(first))
                : Optional.empty(), (one ? said + " in the target date is read as the item being complete"
                : said + " in the target date of " + doneInTimescale.size() + " items ("
                + named(List.copyOf(doneInTimescale.keySet()), this::where, ", ") + ") is read as each being"
                + " complete") + ", at 100%, with no due date; the day " + (one ? "it was" : "each was") + " finished"
                + " is not known, so " + (one ? "it has" : "they have") + " none: to give " + (one ? "it" : "them")
                + ", add a completion date column (\"Date completed\") beside the target date and onboard again, or"
                + " type " + (one ? "it" : "each") + " in \"Completed on\" in the update workbook"));
    }

    /**
     * One warning for the update cells read as logs, since each gives the plan updates for quarters before the
     * tracker's own: an entry misdated, or a date that is no entry's, would otherwise go unseen.
     */
    private void warnOfLogs() {
        if (logs.isEmpty()) {
            return;
        }
        boolean one = logs.size() == 1;
        problems.add(WorkbookProblem.warning(cell(logs.getFirst()), Optional.empty(), (one ? "this update cell holds"
                : logs.size() + " update cells (" + named(logs, this::where, ", ") + ") hold") + " entries each"
                + " starting with a date, as a log of updates does: each entry is read as the update for the quarter"
                + " of its date, entries of one quarter together, not all as the tracker's latest; where a line"
                + " starting with a date is not an entry of its own, start it otherwise and onboard again"));
    }

    /** The revised timescale's cell, where it names one, or where there is none first set to fall back on. */
    private static Optional<TrackerCell> revised(Map<TrackerField, TrackerCell> cells) {
        return Optional.ofNullable(cells.get(TrackerField.REVISED_DUE)).filter(revised -> !cells.containsKey(
                TrackerField.DUE) || revised.content().type() != CellContent.Type.TEXT || namesTimescale(revised));
    }

    private static boolean namesTimescale(TrackerCell cell) {
        try {
            return Timescale.parse(cell.shown()).isRecognised();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * An item's notes and, where its timescale was revised, the one first set, as the model keeps it when one is
     * revised ({@link OriginalTimescale}): slippage stays on record.
     */
    private static Optional<String> withOriginallyDue(Optional<String> notes, Map<TrackerField, TrackerCell> cells) {
        TrackerCell revised = revised(cells).orElse(null);
        TrackerCell original = cells.get(TrackerField.DUE);
        return revised == null || original == null || revised.shown().equals(original.shown()) ? notes
                : Optional.of(OriginalTimescale.notes(notes, TrackerText.narrative(original.shown())));
    }

    /**
     * The updates of {@code draft}, oldest first: of one update column, the update for {@code period}; of one each
     * quarter, each the update for the quarter its header names, none after {@code period}.
     */
    private List<ProgressUpdate> updates(Draft draft, List<SubAction> subs, Optional<ReportingPeriod> period,
            String path, Map<String, Place> cells) {
        Map<ReportingPeriod, TrackerCell> updates = new TreeMap<>();
        Map<ReportingPeriod, String> texts = new HashMap<>();
        for (Column column : updateColumns) {
            UpdateCells update = draft.updates.get(column.index());
            if (update == null) {
                continue;
            }
            Optional<ReportingPeriod> of = Optional.ofNullable(updatePeriods.get(column.index())).or(() -> period);
            if (of.isEmpty() && !undatedUpdateTold) {
                // Every update has the same cause: told once, at the first.
                undatedUpdateTold = true;
                problems.add(WorkbookProblem.error(cell(update.first()), Item.of(draft.ref),
                        "no reporting period for this"
                        + " update, nor for any other: the tracker names none above its header or in the update"
                        + " columns' headers; give the reporting date with --as-of (e.g. --as-of 2026-03-31)"));
            } else if (of.isEmpty()) {
                continue;
            } else if (period.isPresent() && of.get().compareTo(period.get()) > 0) {
                problems.add(WorkbookProblem.error(cell(update.first()), Item.of(draft.ref), "an update for " + of.get()
                        + ", as the column's header says, after the period the plan is read for, " + period.get()
                        + " (" + period.get().displayName() + "), " + (asOfGiven.isPresent() ? "from --as-of"
                        : "from the tracker's date") + "; give a later reporting date with --as-of, or map the column"
                        + " to ignore"));
            } else {
                Optional<Map<ReportingPeriod, String>> log = updatePeriods.containsKey(column.index())
                        || update.own.size() != 1 || !update.actions.isEmpty() ? Optional.empty()
                        : TrackerText.log(update.own.getFirst().shown(), of.get());
                // Logs on its actions' rows too: each entry the update of its date's quarter, as on its own row.
                Optional<Map<ReportingPeriod, String>> logged = log.isPresent() || updatePeriods.containsKey(
                        column.index()) || update.actions.isEmpty() ? log : actionLogs(update, draft, subs, of.get());
                logged.ifPresentOrElse(entries -> {
                    logs.add(update.first());
                    entries.forEach((quarter, text) -> {
                        updates.put(quarter, update.first());
                        texts.put(quarter, log.isPresent() ? TrackerText.narrative(text) : text);
                    });
                }, () -> {
                    updates.put(of.get(), update.first());
                    texts.put(of.get(), update(update, draft, subs));
                });
            }
        }
        List<ProgressUpdate> oldestFirst = new ArrayList<>();
        updates.forEach((of, first) -> {
            cells.put(path + "/updates/" + oldestFirst.size(), cell(first));
            oldestFirst.add(ProgressUpdate.builder().period(of).text(texts.get(of)).build());
        });
        return oldestFirst;
    }

    /**
     * A recommendation's update of one column, as the update import words one: its own rows' text, then its actions'
     * updates as items of a list below it ({@code - 1.2: ...}), in the order the plan lists the actions. Its own lists
     * are then {@code *} lists, so that the items after them stay a list of their own.
     */
    private static String update(UpdateCells update, Draft draft, List<SubAction> subs) {
        Map<SubAction, String> items = new LinkedHashMap<>();
        for (SubAction subAction : subs) {
            int index = draft.subIds.indexOf(subAction.id());
            notes(update.actions.getOrDefault(index, List.of())).ifPresent(text -> items.put(subAction, text));
        }
        return ReturnedCopies.update(notes(update.own, items.isEmpty() ? '-' : '*'), items);
    }

    /**
     * A recommendation's update of one column whose every cell, its own and its actions', is a log of dated entries:
     * the update of each quarter an entry is dated in, worded as {@link #update} words one, of the entries of that
     * quarter; none where a cell is no log, or every entry is of the latest quarter: the column is then one update,
     * that quarter's.
     */
    private static Optional<Map<ReportingPeriod, String>> actionLogs(UpdateCells update, Draft draft,
            List<SubAction> subs, ReportingPeriod latest) {
        Map<ReportingPeriod, List<String>> own = new TreeMap<>();
        Map<ReportingPeriod, Map<SubAction, String>> items = new TreeMap<>();
        for (TrackerCell cell : update.own) {
            Optional<Map<ReportingPeriod, String>> log = TrackerText.datedEntries(cell.shown(), latest);
            if (log.isEmpty()) {
                return Optional.empty();
            }
            log.get().forEach((quarter, text) -> own.computeIfAbsent(quarter, q -> new ArrayList<>()).add(text));
        }
        for (SubAction subAction : subs) {
            for (TrackerCell cell : update.actions.getOrDefault(draft.subIds.indexOf(subAction.id()), List.of())) {
                Optional<Map<ReportingPeriod, String>> log = TrackerText.datedEntries(cell.shown(), latest);
                if (log.isEmpty()) {
                    return Optional.empty();
                }
                log.get().forEach((quarter, text) -> items.computeIfAbsent(quarter, q -> new LinkedHashMap<>())
                        .merge(subAction, TrackerText.narrative(text, '-'), (before, more) -> before + "\n\n" + more));
            }
        }
        Map<ReportingPeriod, String> texts = new TreeMap<>();
        Set<ReportingPeriod> quarters = new TreeSet<>(own.keySet());
        quarters.addAll(items.keySet());
        if (quarters.equals(Set.of(latest))) {
            return Optional.empty(); // this quarter's news, dated: the column's update as it stands
        }
        for (ReportingPeriod quarter : quarters) {
            Map<SubAction, String> theirs = items.getOrDefault(quarter, Map.of());
            Optional<String> ours = Optional.ofNullable(own.get(quarter)).map(entries -> entries.stream().map(text
                    -> TrackerText.narrative(text, theirs.isEmpty() ? '-' : '*')).collect(Collectors.joining("\n\n")));
            texts.put(quarter, ReturnedCopies.update(ours, theirs));
        }
        return Optional.of(texts);
    }

    private static Optional<String> notes(List<TrackerCell> cells) {
        return notes(cells, '-');
    }

    /** The cells' texts as narrative, each once, paragraphs apart; their bullet lists marked with {@code marker}. */
    private static Optional<String> notes(List<TrackerCell> cells, char marker) {
        List<String> texts = cells.stream().map(c -> TrackerText.narrative(c.withLink(), marker)).distinct().toList();
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", texts));
    }

    /** The kind its column names, else the kind the mapping gives every finding, else the one its reference tells. */
    private RecommendationKind kind(Draft draft) {
        TrackerCell given = draft.once.get(TrackerField.KIND);
        if (given != null && !given.isBlank()) {
            Optional<RecommendationKind> named = RecommendationKind.named(given.shown());
            if (named.isPresent()) {
                return named.get();
            }
            problems.add(WorkbookProblem.warning(cell(given), Optional.of(Item.of(draft.ref)),
                    Quote.single(given.shown())
                    + " is not a kind of finding, so the kind is taken from the reference; use "
                    + Quote.listed(Arrays.stream(RecommendationKind.values()).map(RecommendationKind::displayName)
                    .toList(), "or") + " (or AFI, Rec, CoC)"));
        }
        return kind(draft.ref, given == null || given.isBlank());
    }

    /** The kind the mapping gives, else the reference or the finding's header tells; {@code untold} noted if none. */
    private RecommendationKind kind(String ref, boolean untold) {
        if (mapping.kind().isPresent()) {
            return mapping.kind().get();
        }
        String r = ref.toLowerCase(Locale.ROOT);
        // "R1" and "A1", as trackers shorten a recommendation's and an area for improvement's refs.
        if (r.startsWith("rec") || r.matches("r\\s*\\d.*")) {
            return RecommendationKind.RECOMMENDATION;
        }
        if (r.startsWith("coc") || r.startsWith("cause")) {
            return RecommendationKind.CAUSE_OF_CONCERN;
        }
        if (r.startsWith("afi") || r.startsWith("area") || r.matches("a\\s*\\d.*")) {
            return RecommendationKind.AREA_FOR_IMPROVEMENT;
        }
        String header = mapping.column(TrackerField.FINDING).map(c -> c.header().toLowerCase(Locale.ROOT)).orElse("");
        if (header.contains("recommendation")) {
            return RecommendationKind.RECOMMENDATION;
        }
        if (header.contains("cause of concern")) {
            return RecommendationKind.CAUSE_OF_CONCERN;
        }
        if (header.contains("improvement") || header.contains("afi")) {
            return RecommendationKind.AREA_FOR_IMPROVEMENT;
        }
        if (untold) {
            kindUntold.add(ref);
        }
        return RecommendationKind.AREA_FOR_IMPROVEMENT;
    }

    /**
     * Warns at its header of a RAG column that gave no rating on any row, where no cell of it is warned of already: a
     * column mapped to ratings whose colours conditional formatting gives, which the file does not hold as fills, or
     * a column mapped by mistake.
     */
    private void warnOfRatingsNone(List<Draft> drafts) {
        Optional<TrackerMapping.Column> column = mapping.column(TrackerField.RAG);
        if (column.isEmpty() || ratingRead || drafts.isEmpty() || !unreadRatings.isEmpty() || !unreadFills.isEmpty()) {
            return;
        }
        problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, column.get().index()), Optional.empty(),
                "column " + column.get().column() + ", " + Quote.single(column.get().header())
                + ", is read as the owner's rating, but none of its cells gives one, in words or as a fill, so no"
                + " assessment is read (colours that conditional formatting gives are not read); to give one, type"
                + " the rating in the cell: " + RATINGS));
    }

    /**
     * Warns, once, of the findings whose kind nothing told (no Type column, a reference such as "7", a column headed
     * "Finding"), read as areas for improvement: reports head each so, and a recommendation among them would be
     * headed wrong unsaid.
     */
    private void warnOfUntoldKinds() {
        if (kindUntold.isEmpty()) {
            return;
        }
        TrackerField column = TrackerField.FINDING;
        problems.add(WorkbookProblem.warning(cell(mapping.headerRow() - 1, mapping.column(column).orElseThrow()
                .index()), kindUntold.size() == 1 ? Optional.of(Item.of(kindUntold.getFirst())) : Optional.empty(),
                "no Type column, reference or header tells whether " + (kindUntold.size() == 1 ? kindUntold.getFirst()
                + " is" : named(kindUntold, r -> r, ", ") + " are") + " an area for improvement, a recommendation or"
                + " a cause of concern, so " + (kindUntold.size() == 1 ? "it is" : "each is") + " read as an area"
                + " for improvement; if that is wrong, add a Type column (AFI, Rec or CoC on each row), or give the"
                + " mapping's \"kind\" for all of them (--save-mapping writes one to edit)"));
    }

    // ---- cell values ----

    /** The pillar a cell names ("People", "people pillar"), or an error at it naming the pillars. */
    private Optional<Pillar> pillar(TrackerCell cell, Item item) {
        Optional<Pillar> named = pillarNamed(cell.shown());
        if (named.isEmpty()) {
            problems.add(WorkbookProblem.error(cell(cell), item, Quote.single(cell.shown()) + " is not an inspection"
                    + " pillar; write " + Quote.listed(Arrays.stream(Pillar.values()).map(Pillar::displayName)
                    .toList(), "or") + ", or leave the cell blank"));
        }
        return named;
    }

    /** The pillar {@code text} names, in any case, with or without the word "pillar" after it. */
    private static Optional<Pillar> pillarNamed(String text) {
        String name = TrackerHeaders.normalise(text).replaceFirst(" ?\\bpillar$", "");
        return Arrays.stream(Pillar.values()).filter(p -> p.displayName().equalsIgnoreCase(name)).findFirst();
    }

    private Optional<Timescale> timescale(TrackerCell cell, Item item) {
        // "45657" in a text cell: a date pasted as its value into a column formatted as text, told as the same number
        // in a number cell is, with the day it stands for.
        CellContent content = cell.content().type() == CellContent.Type.TEXT && SERIAL.matcher(cell.shown().strip())
                .matches() ? CellContent.number(cell.content().reference(), Double.parseDouble(cell.shown().strip()),
                "General") : cell.content();
        if (content.type() == CellContent.Type.TEXT) {
            try {
                return Optional.of(Timescale.parse(cell.shown()));
            } catch (IllegalArgumentException e) { // a quarter of a year no plan reports on: "Q1 1899/00"
                problems.add(WorkbookProblem.error(cell(cell), item, Quote.single(cell.shown()) + " is not a"
                        + " timescale a plan can hold: " + e.getMessage() + "; type a date or a timescale of the"
                        + " years 1900 to 9998 (Dec 2024, 2024/25, Ongoing)"));
                return Optional.empty();
            }
        }
        try {
            Optional<LocalDate> date = CellValues.date(content);
            return date.map(d -> {
                Timescale shown = Timescale.parse(cell.shown());
                return shown.dueDate().equals(Optional.of(d)) ? shown
                        : CellValues.shownMonth(content, d).orElseGet(() -> Timescale.of(d));
            });
        } catch (CellValueException e) {
            problems.add(WorkbookProblem.error(cell(cell), item, e.getMessage()
                    .replace("type a date", "type a date or a timescale (Dec 2024, 2024/25, Ongoing)")));
            return Optional.empty();
        }
    }

    /** Whether a cell's text is one of the words that say the work is done ({@link TrackerText#saysDone}). */
    private static boolean saysDone(TrackerCell cell) {
        return cell.content().type() == CellContent.Type.TEXT && TrackerText.saysDone(cell.shown());
    }

    /**
     * The percentage a progress cell's words give for the two ends of the work, which no number needs: "Complete"
     * or "Done" 100%, "Not started" 0%.
     */
    private static Optional<Percent> progressWords(TrackerCell progress) {
        if (progress.content().type() != CellContent.Type.TEXT) {
            return Optional.empty();
        }
        String text = progress.content().text().strip();
        return TrackerText.saysDone(text) ? Optional.of(Percent.HUNDRED)
                : NOT_STARTED.matcher(text).matches() ? Optional.of(Percent.ZERO) : Optional.empty();
    }

    /** Whether a progress cell reads as 100%, judged without a word of what else it may be. */
    private boolean readsHundred(TrackerCell progress) {
        Optional<Percent> words = progressWords(progress);
        if (words.isPresent()) {
            return words.get().equals(Percent.HUNDRED);
        }
        try {
            return CellValues.percent(asPercent(progress.content())).equals(Optional.of(Percent.HUNDRED));
        } catch (CellValueException e) {
            return false;
        }
    }

    /** A number in a column of shares (0.5) as the percentage it is; any other content as it is. */
    private CellContent asPercent(CellContent given) {
        return fractions && given.type() == CellContent.Type.NUMBER ? new CellContent(given.reference(), given.type(),
                given.text(), given.number(), "0%", given.formula(), given.date1904(), given.fill()) : given;
    }

    /** The percentage a progress cell holds, as {@link #percent} reads it, telling nothing: none where unreadable. */
    private Optional<Percent> quietPercent(TrackerCell cell) {
        return progressWords(cell).or(() -> {
            try {
                return CellValues.percent(asPercent(cell.content()));
            } catch (CellValueException e) { // told where the cell is read
                return Optional.empty();
            }
        });
    }

    private Optional<Percent> percent(TrackerCell cell, Item item) {
        Optional<Percent> words = progressWords(cell);
        if (words.isPresent()) {
            return words;
        }
        // A state in words ("In progress", "On hold"), as many trackers keep progress: no percentage, warned of once.
        if (cell.content().type() == CellContent.Type.TEXT && STATE.matcher(cell.shown()).matches()) {
            unreadProgress.put(cell, item.ref());
            return Optional.empty();
        }
        CellContent content = asPercent(cell.content());
        try {
            Optional<Percent> read = CellValues.percent(content);
            // A share of one (0.5) among percentages (75) is most likely a cell typed or pasted as a tracker's
            // percentage cells hold it, without its format; a column of shares has been given a percent format above.
            read.flatMap(now -> CellValues.readAsShare(content, now, ", as the column's other numbers are"
                    + " percentages")).ifPresent(share -> problems.add(WorkbookProblem.warning(cell(cell),
                    Optional.of(item), share)));
            return read;
        } catch (CellValueException e) {
            problems.add(WorkbookProblem.error(cell(cell), item, e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * A completion date's cell: a date; a word for none ("N/A", "-", "Not yet") is no completion, with a warning, which
     * says so where the item's rating, {@code ratedComplete}, reads it as complete all the same.
     */
    private Optional<LocalDate> date(TrackerCell cell, Item item, Optional<TrackerCell> ratedComplete) {
        if (cell.content().type() == CellContent.Type.TEXT && NO_DATE.matcher(cell.shown()).matches()) {
            problems.add(WorkbookProblem.warning(cell(cell), Optional.of(item), Quote.single(cell.shown()) + " is no"
                    + " date, so " + ratedComplete.map(r -> "the day the work was finished is not known, though its"
                    + " rating, " + Quote.single(r.shown()) + " in " + where(r) + ", reads the item as complete, at"
                    + " 100%; type that day here, or in \"Completed on\" in the update workbook").orElse("the item is"
                    + " read as not completed; leave the cell blank until the work is finished")));
            return Optional.empty();
        }
        try {
            return CellValues.date(cell.content());
        } catch (CellValueException e) {
            problems.add(WorkbookProblem.error(cell(cell), item, e.getMessage()));
            return Optional.empty();
        }
    }

    // ---- where ----

    /**
     * A message of the plan's validation with each JSON path it names, "(/recommendations/1/subActions/0/owner)",
     * given as the tracker's cell instead, "(D13)": the tracker's user knows its cells, not the plan's paths.
     */
    private String inCells(String message, Map<String, Place> cells) {
        return JSON_PATH.matcher(message).replaceAll(found -> {
            Place place = located(found.group(), cells);
            return Matcher.quoteReplacement(place.reference().isEmpty() ? found.group()
                    : place.sheet().equals(Optional.of(sheet.name())) ? place.reference().get() : place.toString());
        });
    }

    /** The cell a validation problem's JSON path points into: the longest path with a known cell. */
    private Place located(String path, Map<String, Place> cells) {
        for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(p.lastIndexOf('/'), 0))) {
            if (cells.containsKey(p)) {
                return cells.get(p);
            }
        }
        return Place.sheet(mapping.sheet());
    }

    private String letter(TrackerField field) {
        return mapping.column(field).map(Column::column).orElse("?");
    }

    private Place cell(int row, int column) {
        return WorkbookProblem.cell(sheet.name(), new org.apache.poi.ss.util.CellReference(row, column).formatAsString(false));
    }

    private Place cell(TrackerCell cell) {
        return WorkbookProblem.cell(cell.sheet(), cell.address());
    }

    /** Where a cell is, as a message lists it: {@code E3}, or {@code Protection!E3} where several sheets are read. */
    private String where(TrackerCell cell) {
        return sheets.size() > 1 ? cell(cell).toString() : cell.address();
    }

    private boolean errors() {
        return problems.hasErrors();
    }

    private static String describe(TrackerField field) {
        return switch (field) {
            case REF -> "the reference";
            case KIND -> "kind of finding";
            case REPORT_PAGE -> "report page";
            case PILLAR -> "inspection pillar";
            case CAUSE_OF_CONCERN -> "cause of concern it belongs to";
            case FINDING -> "finding (the recommendation or area for improvement)";
            case REQUIRED_OUTCOMES -> "required outcomes";
            case ACTION -> "action";
            case ACTION_REF -> "action reference";
            case SUB_ACTION_COUNT -> "number of sub-actions";
            case OWNER -> "owner";
            case ACTION_OWNER -> "action owner";
            case DUE -> "target date";
            case REVISED_DUE -> "revised target date";
            case PROGRESS -> "progress";
            case RAG -> "RAG rating";
            case COMPLETED_ON -> "completion date";
            case UPDATE -> "update";
            case NOTES -> "notes";
        };
    }
}
