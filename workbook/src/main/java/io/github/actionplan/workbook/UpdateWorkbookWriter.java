package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.ooxml.DocumentProperties;
import io.github.actionplan.ooxml.ReproducibleWorkbook;
import io.github.actionplan.report.Colour;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.spi.support.CallerStream;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out one update workbook. The Updates sheet streams its rows (SXSSF), so a plan of any size
 * is written in bounded memory; protection, validation, filter, panes and print setup all live in
 * the sheet's template part, which SXSSF keeps whole.
 */
final class UpdateWorkbookWriter {

    /** The most pages a sheet of rows prints across: at about nine tenths of its size, with its Ref and Id on each. */
    private static final short PAGES_WIDE = 3;

    /** The Updates sheet's name. */
    static final String UPDATES = "Updates";
    /** The first column of the Updates sheet right of the frozen Ref and Id, where its title starts. */
    static final int FIRST_SCROLLING = UpdateColumn.ID.ordinal() + 1;
    /** The size of a sheet's title, in points. */
    private static final int TITLE_POINTS = 13;

    /** The Instructions sheet's name. */
    static final String INSTRUCTIONS = "Instructions";
    /** The row the Updates sheet's headers are on, 0-based: below a title row. */
    static final int HEADER_ROW = 1;

    static final String DATE_FORMAT = SpreadsheetCells.SHORT_DATE_FORMAT;
    private static final String PERCENT_SHOWN = "0\"%\"";
    private static final Colour HEADER_FILL = Colour.parse("#D9D9D9");
    /** Pale yellow, as forms mark the cells to fill in. */
    private static final Colour EDITABLE_FILL = Colour.parse("#FFF2CC");
    /** Grey, for an editable column's cell that does not apply on its row. */
    private static final Colour NOT_APPLICABLE_FILL = Colour.parse("#F2F2F2");
    /**
     * The thick border of a cell to fill in, dark yellow: the yellow is 1.1:1 against white and grey, so it is the
     * border, 5:1 against both, that tells a cell to fill in from one that is not, to a reader who cannot tell the
     * colours apart (WCAG 1.4.1, 1.4.11).
     */
    private static final Colour EDITABLE_BORDER = Colour.parse("#7F6000");
    /**
     * The name that tells a screen reader a sheet's column headers: at the first header cell, it announces each
     * column's header as the reader moves along a row (a convention JAWS and NVDA follow, and Microsoft advises).
     */
    static final String COLUMN_TITLE = "ColumnTitle";
    /** The name, by the same convention, of the first of a column of row titles: each row's is read before its text. */
    static final String ROW_TITLE = "RowTitle";
    private static final int ROW_WINDOW = 200;

    private final UpdateWorkbook workbook;
    /** The dates its texts give as examples, of the years of its period. */
    private final ExampleDates examples;
    private final PlanAssessment assessment;
    private final PlanIdentity identity;
    private final Map<UpdateReader.Key, String> items;
    /** The rows, 0-based, on which each column to fill in applies: its help and checks are theirs alone. */
    private final Map<UpdateColumn, List<Integer>> toFillIn = new EnumMap<>(UpdateColumn.class);
    private final ActionPlan plan;
    /**
     * A writer of {@code workbook}: its plan as {@code assessment} assesses it at the reporting date, with the
     * {@code identity} and the fingerprint of each item ({@link PlanIdentity.Fingerprints#items}) the hidden sheet
     * gives.
     */
    UpdateWorkbookWriter(UpdateWorkbook workbook, PlanAssessment assessment, PlanIdentity identity,
            Map<UpdateReader.Key, String> items) {
        this.workbook = workbook;
        this.examples = ExampleDates.of(workbook.period(), workbook.reportingDate());
        this.assessment = assessment;
        this.identity = identity;
        this.items = items;
        this.plan = workbook.plan();
    }

    /** One row of the Updates sheet, its read-only texts and values by column. */
    private record Line(Recommendation recommendation, Optional<SubAction> subAction, Map<UpdateColumn, String> texts,
            Optional<LocalDate> due, Optional<Percent> progress, Status status) {}

    private Line line(RecommendationAssessment at, Optional<Integer> subActionIndex) {
        Recommendation recommendation = at.recommendation();
        Optional<SubAction> subAction = subActionIndex.map(recommendation.subActions()::get);
        Map<UpdateColumn, String> texts = new EnumMap<>(UpdateColumn.class);
        texts.put(UpdateColumn.REF, recommendation.ref());
        UpdateColumn.SORT_KEYS.forEach(key -> texts.put(key, rowKey(recommendation, subAction)));
        texts.putAll(planTexts(recommendation, subAction));
        texts.putAll(statusTexts(plan, at, subActionIndex));
        if (subActionIndex.isEmpty()) {
            return new Line(recommendation, Optional.empty(), texts, at.dueDate(), progressShown(at), at.status());
        }
        Assessment subAssessment = at.subActions().get(subActionIndex.get());
        texts.put(UpdateColumn.ID, subAction.get().id());
        return new Line(recommendation, subAction, texts, subAction.get().due().flatMap(Timescale::dueDate),
                progressShown(subAction.get()), subAssessment.status());
    }

    /**
     * The Status and Reason of an item's row, the recommendation's ({@code subActionIndex} empty) or one of its
     * sub-actions': where {@code at} says it stands, in the plan's words for statuses; on a recommendation's row, its
     * Progress reported too, worked out as they are.
     */
    static Map<UpdateColumn, String> statusTexts(ActionPlan plan, RecommendationAssessment at,
            Optional<Integer> subActionIndex) {
        Assessment assessment = subActionIndex.map(at.subActions()::get)
                .orElseGet(() -> Assessment.of(at.status(), at.reason()));
        Map<UpdateColumn, String> texts = new EnumMap<>(Map.of(UpdateColumn.STATUS, plan.statusLabels().label(
                assessment.status()), UpdateColumn.REASON, assessment.reason()));
        if (subActionIndex.isEmpty()) {
            texts.put(UpdateColumn.PROGRESS_REPORTED, progressShown(at).map(Percent::toString).orElse(""));
        }
        return texts;
    }

    /**
     * A recommendation's Progress reported: none where nobody reported one, as a sub-action's row shows none; a mean of
     * its sub-actions' as reports round it, so that the cell holds the figure it shows (63, not 63.33333333333333).
     */
    private static Optional<Percent> progressShown(RecommendationAssessment at) {
        return Optional.of(at.progress()).filter(p -> at.recommendation().progressReported())
                .map(p -> Percent.of(p.rounded()));
    }

    /** The heading Last update puts before the update of {@code period}: "July-September 2025 update:". */
    static String lastUpdateHeading(ReportingPeriod period) {
        return period.displayName() + HEADING_END;
    }

    /**
     * The heading of Last update that {@code text} starts with, in any case ("july-september 2025 update:"), as typed,
     * with the period it names; none where it starts with none.
     */
    static Optional<Map.Entry<String, ReportingPeriod>> headingAtStart(String text) {
        // A period's name is a few words: only the first 40 characters of its first line are looked at, not a whole
        // cell's text lowered in case for every row.
        for (int end = 0; end <= 40 && end < text.length() && text.charAt(end) != '\n'; end++) {
            if (text.regionMatches(true, end, HEADING_END, 0, HEADING_END.length())) {
                int at = end;
                return ReportingPeriod.tryParse(text.substring(0, at)).map(period -> Map.entry(text.substring(0, at
                        + HEADING_END.length()), period));
            }
        }
        return Optional.empty();
    }

    private static final String HEADING_END = " update:";

    /**
     * The read-only texts of an item's row that the plan alone gives, the import checking them against what comes
     * back: its kind, words and notes, owner, timescale and, on a recommendation's row, its owner's BRAG and last
     * update.
     */
    static Map<UpdateColumn, String> planTexts(Recommendation recommendation, Optional<SubAction> subAction) {
        Map<UpdateColumn, String> texts = new EnumMap<>(UpdateColumn.class);
        String owner = recommendation.owner().orElse("");
        if (subAction.isEmpty()) {
            texts.put(UpdateColumn.KIND, recommendation.kind().displayName());
            texts.put(UpdateColumn.FINDING, finding(recommendation));
            texts.put(UpdateColumn.OWNER, owner);
            texts.put(UpdateColumn.TIMESCALE, recommendation.deadline().map(Timescale::text).orElse(""));
            texts.put(UpdateColumn.BLOCKED_REPORTED, ""); // blocked through its sub-actions, and told typed over
            texts.put(UpdateColumn.BRAG_REPORTED, recommendation.assessment().map(a -> a.status().brag().displayName()
                    + a.period().map(period -> "\n" + period).orElse("")).orElse(""));
            texts.put(UpdateColumn.LAST_UPDATE, recommendation.latestUpdate().map(update -> fittingARow(
                    lastUpdateHeading(update.period()) + "\n" + plain(update.text()), List.of(), CUT,
                    UpdateColumn.LAST_UPDATE, false)).orElse(""));
            return texts;
        }
        SubAction item = subAction.get();
        texts.put(UpdateColumn.KIND, "Sub-action");
        texts.put(UpdateColumn.SUB_ACTION, subActionWords(item));
        texts.put(UpdateColumn.OWNER, item.owner().orElse(owner));
        texts.put(UpdateColumn.TIMESCALE, item.due().map(Timescale::text).orElse(""));
        // Beside Blocked?, as Progress reported is beside Progress % now: the owner sees what a No would lift (trial
        // 68 F15), where the Reason may not say it.
        texts.put(UpdateColumn.BLOCKED_REPORTED, item.blockedBy().orElse(""));
        return texts;
    }

    /**
     * What the hidden Row key cells of an item's row hold ({@link UpdateColumn#ROW_KEYS}): its Ref and Id, as problems
     * name the item. They sit among the cells to fill in, so a sort of only some columns moves one with those cells,
     * away from Ref and Id, or leaves it behind with them.
     */
    static String rowKey(Recommendation recommendation, Optional<SubAction> subAction) {
        return new UpdateReader.Key(recommendation.ref(), subAction.map(SubAction::id)).display();
    }

    /**
     * A sub-action's progress as its row's Progress reported shows it: 100 where it is completed, else its own as
     * reports round it, so that the cell holds the figure it shows: 99.6 is 99, not a cell showing 100% beside "Off
     * track" (run 138 #1).
     */
    static Optional<Percent> progressShown(SubAction subAction) {
        return progressHeld(subAction).map(p -> Percent.of(p.rounded()));
    }

    /**
     * A sub-action's progress as the plan holds it: 100 where it is completed. What Progress reported showed in copies
     * written before it was rounded, which a copy returned after an upgrade still does (run 139 #1).
     */
    static Optional<Percent> progressHeld(SubAction subAction) {
        return subAction.completedOn().isPresent() ? Optional.of(subAction.effectiveProgress()) : subAction.progress();
    }

    /**
     * A recommendation's words as its row's Finding shows them, as plain text (no CommonMark markers; lists with
     * bullets, as Last update shows an update): the inspectorate's, then the outcomes it is to deliver, which an
     * owner's rating is judged against, its page in the inspection report (trial 68 F2) and the plan's notes on it.
     * Where all of it would not fit the row, the inspectorate's words are cut, so that what follows them still shows.
     */
    private static String finding(Recommendation recommendation) {
        return fittingARow(plain(recommendation.text()), Stream.concat(afterFinding(recommendation),
                notes(recommendation.notes()).stream()).toList(), CUT_WORDS, UpdateColumn.FINDING, true);
    }

    /** What a Finding shows after the inspectorate's words, before the plan's notes: required outcomes and page. */
    private static Stream<String> afterFinding(Recommendation recommendation) {
        List<String> after = new ArrayList<>();
        if (!recommendation.requiredOutcomes().isEmpty()) {
            after.add("Required outcomes:" + recommendation.requiredOutcomes().stream().map(outcome -> "\n• "
                    + plain(outcome)).collect(Collectors.joining()));
        }
        recommendation.reportPage().ifPresent(page -> after.add("Inspection report, page " + page));
        return after.stream();
    }

    /** The plan's notes on an item as its row shows them, after the word for them. */
    private static Optional<String> notes(Optional<String> notes) {
        return notes.map(n -> "Notes: " + plain(n));
    }

    /** A sub-action's words as its row shows them, as plain text, with the plan's notes on it; cut as a Finding is. */
    private static String subActionWords(SubAction subAction) {
        return fittingARow(plain(subAction.description().orElse("")), notes(subAction.notes()).stream().toList(),
                CUT_WORDS, UpdateColumn.SUB_ACTION, false);
    }

    /**
     * The words an item's row showed in copies written before this version, which the import takes as written too, so
     * that a copy out with an owner is not told typed over: the plan's text whole, as typed (CommonMark markers and
     * all), with its notes; and for a recommendation, with its outcomes and page before its notes too.
     */
    static List<String> wordsBefore(Recommendation recommendation, Optional<SubAction> subAction) {
        if (subAction.isPresent()) {
            return List.of(join(subAction.get().description().orElse(""), notes(subAction.get().notes()).orElse("")));
        }
        String notes = notes(recommendation.notes()).orElse("");
        return List.of(join(recommendation.text(), notes), join(Stream.concat(Stream.of(recommendation.text()),
                afterFinding(recommendation)).reduce("", UpdateWorkbookWriter::join), notes));
    }

    /** Narrative as a cell shows it: plain text, lists with bullets and indents. */
    private static String plain(String narrative) {
        return Narrative.parse(narrative).plainText();
    }

    /** {@code text}, then {@code after} a blank line below it, where both say something. */
    private static String join(String text, String after) {
        return text.isEmpty() || after.isEmpty() ? text + after : text + "\n\n" + after;
    }

    /** Visits every line of the Updates sheet in plan order. */
    private interface LineVisitor {
        void visit(Line line) throws IOException;
    }

    private void eachLine(LineVisitor visitor) throws IOException {
        for (RecommendationAssessment at : assessment.recommendations()) {
            Recommendation recommendation = at.recommendation();
            if (!workbook.holds(recommendation)) {
                continue;
            }
            visitor.visit(line(at, Optional.empty()));
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                if (workbook.holds(recommendation, recommendation.subActions().get(i))) {
                    visitor.visit(line(at, Optional.of(i)));
                }
            }
        }
    }

    void write(OutputStream out) throws IOException {
        long rows = HEADER_ROW + 1L + plan.recommendations().size()
                + plan.recommendations().stream().mapToLong(r -> r.subActions().size()).sum();
        if (rows > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IOException("the plan needs " + rows + " rows on the Updates sheet, more than the "
                    + SpreadsheetVersion.EXCEL2007.getMaxRows() + " a spreadsheet holds");
        }
        int[] widths = widths();
        try (ReproducibleWorkbook book = new ReproducibleWorkbook(ROW_WINDOW)) {
            Styles styles = new Styles(book.getXSSFWorkbook());
            new Instructions(workbook, styles).write(book.createSheet(INSTRUCTIONS));
            XSSFSheet instructions = book.getXSSFWorkbook().getSheet(INSTRUCTIONS);
            protect(instructions);
            // Its rows' heights are measured for Calibri: a reader whose spreadsheet shows another font, or larger,
            // can make a row taller, or a column wider, to see all of it.
            instructions.lockFormatRows(false);
            instructions.lockFormatColumns(false);
            // Each row's name ("Step 2", a column's) is read before its text, as a header row's are (run 106 #7).
            titles(book, INSTRUCTIONS, ROW_TITLE, "$A$1");
            SXSSFSheet updates = book.createSheet(UPDATES);
            int last = writeUpdates(book, updates, styles, widths);
            finishUpdates(book, updates, last);
            columnTitles(book, UPDATES);
            // Each row's Id is read as the reader moves to another row, its item told beside the cells to fill in,
            // far to the right of Ref and Id (run 128 #1): the Id, not the Ref, changes from sub-action to sub-action.
            titles(book, UPDATES, ROW_TITLE, new CellReference(HEADER_ROW, UpdateColumn.ID.ordinal(), true, true)
                    .formatAsString());
            if (NewSubActionsSheet.isIn(workbook)) {
                new NewSubActionsSheet(workbook, styles).write(book.createSheet(NewSubActionsSheet.NAME));
                NewSubActionsSheet.protect(book.getXSSFWorkbook().getSheet(NewSubActionsSheet.NAME));
                columnTitles(book, NewSubActionsSheet.NAME);
            }
            writeIdentity(book, styles);
            book.setActiveSheet(book.getSheetIndex(UPDATES));
            book.getSheetAt(book.getSheetIndex(INSTRUCTIONS)).setSelected(false);
            updates.setSelected(true);
            book.getXSSFWorkbook().lockStructure();
            DocumentProperties.write(book.getXSSFWorkbook().getProperties(), metadata());
            // The caller owns the stream: POI closing it only flushes, and a failure of the stream
            // itself is what is thrown, not POI's wrapping of it, nor its failing again as it
            // cleans up ("This archive contains unclosed entries" for "No space left on device").
            CallerStream target = CallerStream.of(out);
            try {
                book.write(target);
            } catch (RuntimeException e) {
                target.throwFailure(e);
                throw e;
            } catch (IOException e) {
                throw target.failureOr(e);
            }
            target.flush();
        } catch (UncheckedIOException | IllegalStateException e) { // a sheet's temporary file not made or written
            throw ReproducibleWorkbook.temporaryFileFailure(e);
        }
    }

    /**
     * The file's properties, from the plan, the period and the reporting date, as a report's are, so the same plan,
     * period and options give the same bytes.
     */
    private DocumentMetadata metadata() {
        return DocumentMetadata.asOf(workbook.reportingDate(), Instructions.title(plan) + workbook.owner().map(owner
                -> " (" + Quote.possessive(owner) + " copy)").orElse(""), plan.organisation(),
                workbook.owner().map(owner -> Quote.possessive(owner) + " updates").orElse("Owners' updates") + " for "
                        + workbook.period() + " (" + workbook.period().displayName() + ")",
                List.of(plan.source().body(), "action plan", "update workbook"));
    }

    /** Each column's width in characters, from its header and content, within its bounds. */
    private int[] widths() throws IOException {
        UpdateColumn[] columns = UpdateColumn.values();
        int[] widths = new int[columns.length];
        for (UpdateColumn column : columns) {
            widths[column.ordinal()] = Math.max(column.minWidth(), Math.min(column.maxWidth(),
                    CellSizes.longestWord(column.header()) + 1));
        }
        eachLine(line -> line.texts().forEach((column, text) -> {
            int wanted = Math.min(column.maxWidth(), CellSizes.widestLine(text) + 1);
            widths[column.ordinal()] = Math.max(widths[column.ordinal()], wanted);
        }));
        return widths;
    }

    private int writeUpdates(ReproducibleWorkbook book, SXSSFSheet sheet, Styles styles, int[] widths)
            throws IOException {
        toFillIn.clear();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        // Right of the frozen Ref and Id columns: a line starting in them runs past the freeze line, where a
        // spreadsheet that draws each pane apart cuts it off (trial 52 F8). A1, where the sheet opens and a screen
        // reader starts, names the sheet, in words that fit the frozen columns.
        text(title.createCell(0), UPDATES, styles.title());
        String heading = "Quarterly update for " + workbook.period() + " (" + workbook.period().displayName() + ")"
                + workbook.owner().map(owner -> ", " + Quote.possessive(owner) + " items").orElse("")
                + ": fill in the cells Tab moves to (yellow, thick border), as the Instructions sheet explains."
                + " Statuses are at " + Dates.shortDate(workbook.reportingDate()) + ".";
        text(title.createCell(FIRST_SCROLLING), heading, styles.wrappedTitle());
        // Wrapped over Kind to Owner, the columns the first page across prints: one line running on over the pages
        // printed side by side was cut between them, mid-word, the reporting date on the next (run 112 #2).
        int across = IntStream.rangeClosed(FIRST_SCROLLING, UpdateColumn.OWNER.ordinal()).map(c -> widths[c]).sum();
        title.setHeightInPoints(Math.max(24, CellSizes.rowHeight(CellSizes.wrappedLines(heading,
                across * 11.0 / TITLE_POINTS, true), TITLE_POINTS)));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, FIRST_SCROLLING, UpdateColumn.OWNER.ordinal()));
        Row header = sheet.createRow(HEADER_ROW);
        int headerLines = 1;
        for (UpdateColumn column : UpdateColumn.values()) {
            text(header.createCell(column.ordinal()), column.header(),
                    column.isEditable() ? styles.editableHeader() : styles.header());
            headerLines = Math.max(headerLines, CellSizes.wrappedLines(column.header(), widths[column.ordinal()],
                    true));
        }
        header.setHeightInPoints(CellSizes.rowHeight(headerLines, 11));
        int[] next = {HEADER_ROW + 1};
        eachLine(line -> {
            Row row = sheet.createRow(next[0]++);
            if (writeLine(row, line, styles, widths)) {
                // Its height fits what is typed, where one set by hand hid all but the first lines (run 106 #1).
                book.growsWithTyping(row);
            }
        });
        for (UpdateColumn column : UpdateColumn.values()) {
            sheet.setColumnWidth(column.ordinal(), widths[column.ordinal()] * 256 + 200);
        }
        UpdateColumn.SORT_KEYS.forEach(key -> sheet.setColumnHidden(key.ordinal(), true));
        return next[0] - 1;
    }

    /** Writes {@code line} into {@code row}; whether the row has a cell to fill in. */
    private boolean writeLine(Row row, Line line, Styles styles, int[] widths) {
        boolean subActionRow = line.subAction().isPresent();
        boolean fillsIn = false;
        int lines = 1;
        for (UpdateColumn column : UpdateColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            if (column.isEditable()) {
                boolean applies = column.appliesTo(line.recommendation(), subActionRow)
                        && UpdateWorkbook.fillsIn(workbook.owner(), line.recommendation(), line.subAction())
                        && !UpdateWorkbook.closed(line.recommendation(), line.subAction(), workbook.period());
                cell.setCellStyle(applies ? styles.editable(column) : styles.notApplicable());
                if (applies) {
                    toFillIn.computeIfAbsent(column, c -> new ArrayList<>()).add(row.getRowNum());
                    fillsIn = true;
                }
                continue;
            }
            switch (column) {
                case DUE -> {
                    if (line.due().isPresent()) {
                        cell.setCellValue(line.due().get());
                        cell.setCellStyle(styles.date(subActionRow));
                    } else {
                        cell.setCellStyle(styles.text(subActionRow, false));
                    }
                }
                case PROGRESS_REPORTED -> {
                    line.progress().ifPresent(p -> cell.setCellValue(p.value().doubleValue()));
                    cell.setCellStyle(styles.percent(subActionRow));
                }
                case STATUS -> {
                    String label = line.texts().get(column);
                    text(cell, label, styles.status(line.status(), SpreadsheetCells.startsLikeFormula(label)));
                    lines = Math.max(lines, CellSizes.wrappedLines(label, widths[column.ordinal()], true));
                }
                default -> {
                    String text = line.texts().getOrDefault(column, "");
                    // A recommendation's row is bold, but for the last update: a long text reads better plain.
                    boolean plain = subActionRow || column == UpdateColumn.LAST_UPDATE;
                    text(cell, text, styles.text(plain, SpreadsheetCells.startsLikeFormula(text)));
                    if (column.wraps()) {
                        lines = Math.max(lines, CellSizes.wrappedLines(text, widths[column.ordinal()], !plain));
                    }
                }
            }
        }
        row.setHeightInPoints(CellSizes.rowHeight(lines, 11));
        return fillsIn;
    }

    /** The most lines of a text its row shows: a row is at most 409 points high, some 27 lines of 11 points. */
    static final int MOST_UPDATE_LINES = 25;
    /** What follows a last update cut to fit its row. */
    static final String CUT = "\n… (cut to fit the row: the reports give the whole update)";
    /** What follows an item's words cut to fit its row. */
    static final String CUT_WORDS = "\n… (cut to fit the row: the action plan report gives the whole text)";

    /**
     * {@code text}, then each of {@code after} below it, as {@code column}'s cell shows them: whole where they fit the
     * highest row a spreadsheet draws, else the start of {@code text} in whole words, the line {@code cut} saying it is
     * cut, and {@code after} (or, where that is too long, the start of the text and the first of it, and the rest
     * after: a recommendation's notes stay where its required outcomes are many). A row cannot be higher, and the
     * rest, hidden below the row's edge, gave no sign that there was more.
     */
    static String fittingARow(String text, List<String> after, String cut, UpdateColumn column, boolean bold) {
        String rest = after.stream().reduce("", UpdateWorkbookWriter::join);
        String whole = join(text, rest);
        double width = Math.min(column.maxWidth(), CellSizes.widestLine(whole) + 1);
        if (fits(whole, width, bold)) {
            return whole;
        }
        if (!after.isEmpty() && !fits(join(cut.strip(), rest), width, bold)) {
            return fittingARow(join(text, after.getFirst()), after.subList(1, after.size()), cut, column, bold);
        }
        int fits = 0;
        int over = text.length();
        while (over - fits > 1) { // the longest start that fits with the note after it
            int middle = (fits + over) >>> 1;
            if (fits(join(text.substring(0, middle) + cut, rest), width, bold)) {
                fits = middle;
            } else {
                over = middle;
            }
        }
        int space = Math.max(text.lastIndexOf(' ', fits), text.lastIndexOf('\n', fits));
        int end = space > fits / 2 ? space : fits;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String start = text.substring(0, end).stripTrailing();
        return join(start.isEmpty() ? cut.strip() : start + cut, rest);
    }

    private static boolean fits(String text, double width, boolean bold) {
        return CellSizes.wrappedLines(text, width, bold) <= MOST_UPDATE_LINES;
    }

    /** Writes plan text, never as a formula: quoted where a spreadsheet would read it as one when edited. */
    static void text(Cell cell, String text, CellStyle style) {
        if (!text.isEmpty()) {
            cell.setCellValue(CellText.forCell(text));
        }
        cell.setCellStyle(style);
    }

    /** Names {@code sheet}'s header row, from its first cell, as the one its screen reader announces cells by. */
    private static void columnTitles(SXSSFWorkbook book, String sheet) {
        titles(book, sheet, COLUMN_TITLE, "$A$" + (HEADER_ROW + 1));
    }

    /** Names the titles of {@code sheet}'s rows or columns, {@code kind}, from the cell {@code first}. */
    private static void titles(SXSSFWorkbook book, String sheet, String kind, String first) {
        Name name = book.createName();
        name.setNameName(kind);
        name.setSheetIndex(book.getSheetIndex(sheet));
        name.setRefersToFormula("'" + sheet + "'!" + first);
    }

    private void finishUpdates(SXSSFWorkbook book, SXSSFSheet sheet, int last) {
        int columns = UpdateColumn.values().length;
        sheet.createFreezePane(FIRST_SCROLLING, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, last), 0, columns - 1));
        printed(sheet, plan, 2, PAGES_WIDE); // Ref and Id
        if (last > HEADER_ROW) {
            validate(sheet);
        }
        XSSFSheet template = book.getXSSFWorkbook().getSheet(UPDATES);
        protect(template);
        // Owners filter, hide, insert rows and widen columns; they cannot edit locked cells. Sorting stays locked:
        // Excel sorts no range with a locked cell on a protected sheet, and Calc none at all, so allowing it would
        // let only a run of yellow cells be sorted, away from the Ref and Id of their rows.
        template.lockAutoFilter(false);
        template.lockInsertRows(false);
        template.lockFormatRows(false);
        template.lockFormatColumns(false);
    }

    /**
     * Prints a sheet of rows to fill in as the Updates sheet prints: landscape A4, at most {@code pagesWide} pages
     * wide, across then down, its header row on every page, and its first {@code keyColumns} columns (the
     * ones that say whose a row is), each page numbered. One page wide, the Updates sheet's some 400 characters of
     * columns printed at a third of their size, too small to read (trial 68 F3); the New sub-actions sheet's 170 print
     * at three quarters, where two pages wide left its second holding two columns and the title cut (run 81 #6).
     */
    static void printed(SXSSFSheet sheet, ActionPlan plan, int keyColumns, short pagesWide) {
        // The header row alone: the title above it, one long line, would be cut between the pages across on every
        // band of them (run 69 #6); it prints once, and the running header names the sheet and plan on each page.
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth(pagesWide);
        print.setLeftToRight(true);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getHeader().setCenter("&A: " + plan.title().replace("&", "&&"));
    }

    static void protect(XSSFSheet sheet) {
        // Without a password, so anyone can lift it on purpose, but not by accident.
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /**
     * Checks and explains each column to fill in, on the rows where it applies alone: a grey cell, locked, would
     * otherwise show the column's help, inviting typing the sheet then refuses.
     */
    private void validate(SXSSFSheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // The reporting date, as the Instructions say and the import takes: --as-of may be before the period's end.
        LocalDate latest = workbook.reportingDate();
        for (UpdateColumn column : UpdateColumn.values()) {
            List<Integer> rows = toFillIn.getOrDefault(column, List.of());
            if (!column.isEditable() || rows.isEmpty()) {
                continue;
            }
            DataValidationConstraint constraint = switch (column) {
                // Decimal, not whole: "50%" typed in a cell is stored as 0.5.
                case PROGRESS -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
                case COMPLETED_ON -> helper.createDateConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                        "DATE(" + latest.getYear() + "," + latest.getMonthValue() + "," + latest.getDayOfMonth() + ")",
                        null, DATE_FORMAT);
                case BLOCKED -> helper.createExplicitListConstraint(new String[] {"Yes", "No"});
                case BRAG -> helper.createExplicitListConstraint(
                        Status.BRAG_ORDER.stream().map(s -> s.brag().displayName()).toArray(String[]::new));
                default -> helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "32767",
                        null);
            };
            CellRangeAddressList cells = new CellRangeAddressList();
            for (int i = 0, from = 0; i < rows.size(); i++) {
                if (i + 1 == rows.size() || rows.get(i + 1) != rows.get(i) + 1) { // a run of rows ends
                    cells.addCellRangeAddress(rows.get(from), column.ordinal(), rows.get(i), column.ordinal());
                    from = i + 1;
                }
            }
            DataValidation validation = helper.createValidation(constraint, cells);
            validation.createPromptBox(column.header(), column.meaning(examples));
            validation.setShowPromptBox(true);
            validation.setShowErrorBox(true);
            // A warning, not a stop, for dates: a date typed as text ("31/12/2025") is read too.
            validation.setErrorStyle(column == UpdateColumn.PROGRESS || column == UpdateColumn.BRAG
                    || column == UpdateColumn.BLOCKED ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            validation.createErrorBox(column.header(), refused(column, latest, examples, column.meaning(examples)));
            validation.setEmptyCellAllowed(true);
            if (column == UpdateColumn.BLOCKED || column == UpdateColumn.BRAG) {
                validation.setSuppressDropDownArrow(true);
            }
            sheet.addValidationData(validation);
        }
    }

    /**
     * What a cell of {@code column} says where what is typed breaks its check (run 106 #5): what is wrong, then what
     * it takes, in the import's words; {@code otherwise}, what it takes, for a column whose check a text passes.
     * Each is at most 225 characters, the most an alert keeps in a workbook saved in Excel's older format.
     */
    static String refused(UpdateColumn column, LocalDate latest, ExampleDates examples, String otherwise) {
        return switch (column) {
            case PROGRESS -> "That is not a percentage: " + CellValues.PERCENT_ALLOWED + ", or leave the cell blank.";
            case BLOCKED -> "That is not Yes or No: choose one from the cell's list (Alt+Down Arrow opens it), or leave"
                    + " the cell blank.";
            case BRAG -> "That is not a BRAG rating: " + CellValues.BRAG_ALLOWED + ", or leave the cell blank.";
            case REF -> "That is not the Ref of a recommendation you may add work to: choose one from the cell's list"
                    + " (Alt+Down Arrow opens it).";
            // The examples' day is the reporting date, the last a completion may be.
            case COMPLETED_ON -> "That is not a date on or before " + Dates.shortDate(latest) + ". Type the day the"
                    + " work was finished, as " + Dates.shortDate(latest) + " or " + examples.dayFirst() + " (day"
                    + " first). Yes (or OK) keeps what you typed, for the import to check; No (or Cancel) lets you type"
                    + " again.";
            default -> otherwise;
        };
    }

    private void writeIdentity(SXSSFWorkbook book, Styles styles) {
        SXSSFSheet sheet = book.createSheet(PlanIdentity.SHEET);
        int r = 0;
        for (Map.Entry<String, String> entry : identity.withOwner(workbook.owner()).rows().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), entry.getKey(), styles.text(false, false));
            text(row.createCell(1), entry.getValue(), styles.text(false, SpreadsheetCells.startsLikeFormula(entry.getValue())));
        }
        r++; // a blank row between the identity and the list of items
        List<String> header = new ArrayList<>(PlanIdentity.ITEMS_HEADER);
        header.add(PlanIdentity.FIGURES_HEADER);
        itemRow(sheet.createRow(r++), header, styles);
        for (Recommendation recommendation : workbook.recommendations()) {
            UpdateReader.Key own = new UpdateReader.Key(recommendation.ref(), Optional.empty());
            itemRow(sheet.createRow(r++), List.of(own.ref(), "", items.get(own), PlanIdentity.figures(
                    recommendation)), styles);
            for (SubAction subAction : recommendation.subActions()) {
                UpdateReader.Key key = new UpdateReader.Key(recommendation.ref(), Optional.of(subAction.id()));
                itemRow(sheet.createRow(r++), List.of(key.ref(), subAction.id(), items.get(key), PlanIdentity
                        .figures(subAction)), styles);
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        book.setSheetVisibility(book.getSheetIndex(PlanIdentity.SHEET), SheetVisibility.HIDDEN);
        protect(book.getXSSFWorkbook().getSheet(PlanIdentity.SHEET));
    }

    /** A row of the Plan sheet's list of items: plain cells, but a ref or id a spreadsheet would take for a formula. */
    private static void itemRow(Row row, List<String> cells, Styles styles) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (SpreadsheetCells.startsLikeFormula(text)) {
                text(row.createCell(c), text, styles.text(false, true));
            } else if (!text.isEmpty()) {
                row.createCell(c).setCellValue(CellText.forCell(text));
            }
        }
    }

    /** The cell styles of one workbook, each made once and shared: a workbook holds at most 64,000. */
    static final class Styles {
        private final XSSFWorkbook book;
        private final Map<String, CellStyle> made = new HashMap<>();
        private final Palette palette = Palette.standard();

        Styles(XSSFWorkbook book) {
            this.book = book;
        }

        private CellStyle style(String key, java.util.function.Consumer<XSSFCellStyle> setUp) {
            return made.computeIfAbsent(key, k -> {
                XSSFCellStyle style = book.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                setUp.accept(style);
                return style;
            });
        }

        private XSSFFont font(boolean bold, int points, Optional<Colour> colour) {
            XSSFFont font = book.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            colour.ifPresent(c -> font.setColor(colour(c)));
            return font;
        }

        static XSSFColor colour(Colour colour) {
            return new XSSFColor(HexFormat.of().parseHex(colour.hex().replace("#", "")), null);
        }

        private static void fill(XSSFCellStyle style, Colour colour) {
            style.setFillForegroundColor(colour(colour));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static void thickBorder(XSSFCellStyle style) {
            style.setBorderBottom(BorderStyle.MEDIUM);
            style.setBorderTop(BorderStyle.MEDIUM);
            style.setBorderLeft(BorderStyle.MEDIUM);
            style.setBorderRight(BorderStyle.MEDIUM);
            for (XSSFCellBorder.BorderSide side : XSSFCellBorder.BorderSide.values()) {
                style.setBorderColor(side, colour(EDITABLE_BORDER));
            }
        }

        private static void border(XSSFCellStyle style) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }

        CellStyle title() {
            return style("title", s -> s.setFont(font(true, TITLE_POINTS, Optional.empty())));
        }

        /** A title wrapped within the cells merged for it. */
        CellStyle wrappedTitle() {
            return style("wrappedTitle", s -> {
                s.setFont(font(true, TITLE_POINTS, Optional.empty()));
                s.setWrapText(true);
            });
        }

        /** A heading of the Instructions sheet: at the foot of its row, the row's height the space above it. */
        CellStyle heading() {
            return style("heading", s -> {
                s.setFont(font(true, 12, Optional.empty()));
                s.setVerticalAlignment(VerticalAlignment.BOTTOM);
            });
        }

        CellStyle header() {
            return style("header", s -> {
                s.setFont(font(true, 11, Optional.empty()));
                s.setWrapText(true);
                fill(s, HEADER_FILL);
                border(s);
            });
        }

        CellStyle editableHeader() {
            return style("editableHeader", s -> {
                s.cloneStyleFrom(header());
                fill(s, EDITABLE_FILL);
                thickBorder(s);
            });
        }

        /** Read-only text; a recommendation's row in bold, its sub-actions' rows plain. */
        CellStyle text(boolean subActionRow, boolean quoted) {
            return style("text" + subActionRow + quoted, s -> {
                if (!subActionRow) {
                    s.setFont(font(true, 11, Optional.empty()));
                }
                s.setWrapText(true);
                s.setQuotePrefixed(quoted);
                border(s);
            });
        }

        CellStyle date(boolean subActionRow) {
            return style("date" + subActionRow, s -> {
                s.cloneStyleFrom(text(subActionRow, false));
                s.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
            });
        }

        CellStyle percent(boolean subActionRow) {
            return style("percent" + subActionRow, s -> {
                s.cloneStyleFrom(text(subActionRow, false));
                s.setDataFormat(book.createDataFormat().getFormat(PERCENT_SHOWN));
            });
        }

        /** A status in words on its BRAG fill, in the palette's text colour for that fill. */
        CellStyle status(Status status, boolean quoted) {
            return style("status" + status + quoted, s -> {
                s.setQuotePrefixed(quoted);
                s.setFont(font(true, 11, Optional.of(palette.text(status))));
                s.setWrapText(true);
                fill(s, palette.fill(status));
                border(s);
            });
        }

        CellStyle editable(UpdateColumn column) {
            return style("editable" + column, s -> {
                s.cloneStyleFrom(example(column));
                s.setLocked(false);
            });
        }

        /** A cell to fill in as the Instructions sheet shows one, locked: yellow, in its thick border. */
        CellStyle example(UpdateColumn column) {
            return style("example" + column, s -> {
                s.setWrapText(column.wraps());
                fill(s, EDITABLE_FILL);
                thickBorder(s);
                if (column == UpdateColumn.COMPLETED_ON) {
                    s.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
                } else if (column != UpdateColumn.PROGRESS && column != UpdateColumn.BLOCKED
                        && column != UpdateColumn.BRAG) {
                    // Text, so that an update starting with "-" or "=" stays the words typed, "Mar 2027" the month,
                    // not the 1st of it, as a spreadsheet would make of it, and a ref "2" the ref, not a number.
                    s.setDataFormat(book.createDataFormat().getFormat("@"));
                }
            });
        }

        CellStyle notApplicable() {
            return style("notApplicable", s -> {
                fill(s, NOT_APPLICABLE_FILL);
                border(s);
            });
        }

        CellStyle plain() {
            return style("plain", s -> { });
        }

        CellStyle wrapped() {
            return style("wrapped", s -> s.setWrapText(true));
        }

        /** Text that wraps, in bold where {@code bold}, of {@code points}: a paragraph of the Instructions sheet. */
        CellStyle paragraph(boolean bold, int points) {
            return style("paragraph" + bold + points, s -> {
                s.setFont(font(bold, points, Optional.empty()));
                s.setWrapText(true);
            });
        }
    }
}
