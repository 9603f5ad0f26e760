package io.github.actionplan.report;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@linkplain ReportTemplates#register() register}: every recommendation and every sub-action as a row of one
 * table, each fact in a column of its own, for a spreadsheet's filters, pivots and queries. Its table, its title and
 * its columns are the same whatever the plan holds and whichever quarter it reports on, so that a query built on
 * one quarter's file refreshes on the next: a column of no values (no owner named, no owner's rating) is kept,
 * blank. A status is its label alone, its colour's name and its reason each in a column of their own, and the
 * owner's rating that stands for the period is its colour's name, to compare with the status's in any plan; progress
 * is a percentage, blank where nobody reported one; dates are dates; every row carries the service's name and the
 * reporting date, so that rows of several services' or quarters' files appended together still say whose and which
 * quarter's they are. Its table is {@linkplain Section.Table#data() data}: its values are kept whole.
 *
 * <pre>{@code
 * Report register = ReportTemplates.register().build(Assessor.standard().assess(plan, asOf));
 * ReportRenderers.load().render(register, "xlsx", RenderOptions.defaults(), Path.of("register.xlsx"));
 * }</pre>
 */
public final class RegisterTemplate implements ReportTemplate {

    /** The table's title, its sheet's and its Excel table's name, the same in every quarter's file. */
    private static final String REGISTER = "Register";
    /** The Kind of a sub-action's row, and its id's column: its recommendation's kind is on its own row. */
    private static final String SUB_ACTION_KIND = "Sub-action";
    /** The columns, in order; headed as the other reports head the same facts. */
    private static final List<Column> COLUMNS = List.of(
            new Column(Vocabulary.ORGANISATION, Column.ColumnType.TEXT, 2),
            new Column(ReportColumn.REF.header(), Column.ColumnType.TEXT, 1),
            new Column(SUB_ACTION_KIND, Column.ColumnType.TEXT, 1),
            new Column(ReportColumn.KIND.header(), Column.ColumnType.TEXT, 2),
            new Column("Text", Column.ColumnType.NARRATIVE, 6),
            new Column(ReportColumn.OWNER.header(), Column.ColumnType.TEXT, 2),
            new Column(ReportColumn.DUE_DATE.header(), Column.ColumnType.DATE, 2),
            new Column(Vocabulary.STATUS, Column.ColumnType.STATUS, 2),
            new Column(Vocabulary.BRAG, Column.ColumnType.TEXT, 1),
            new Column(ReportColumn.REASON.header(), Column.ColumnType.TEXT, 4),
            new Column(ReportColumn.OWNER_STATUS.header(), Column.ColumnType.TEXT, 1),
            new Column(ReportColumn.OWNER_STATUS.header() + " for", Column.ColumnType.TEXT, 1),
            new Column(Vocabulary.PROGRESS, Column.ColumnType.PERCENT, 1),
            new Column(Vocabulary.REPORTING_DATE, Column.ColumnType.DATE, 2));

    private final Shape shape;

    RegisterTemplate(Shape shape) {
        this.shape = shape;
    }

    /**
     * The fixed words this template writes, each as {@link #withWords(Map)} knows it: the table's title, the Kind of
     * a sub-action's row, every column header, the subtitle's and the words a format writes of its own (a sheet's
     * name, a note).
     */
    public List<String> words() {
        return Stream.of(Stream.of(REGISTER, SUB_ACTION_KIND), COLUMNS.stream().map(Column::header), Stream.of(
                Vocabulary.SUBTITLE_UPDATE, Vocabulary.SUBTITLE_AS_OF), Vocabulary.LAYOUT.stream()).flatMap(s -> s)
                .distinct().toList();
    }

    /**
     * A copy writing other words for some of {@link #words()}, e.g. {@code Map.of("Responsible function", "Owner")}:
     * a query built on the old words then needs them changed once.
     *
     * @throws IllegalArgumentException naming any word the template does not write, or columns the replacements
     *                                  would head alike, or blank, or with a line break, a tab, or more than 255
     *                                  characters, which a spreadsheet's table cannot name its columns with
     */
    public RegisterTemplate withWords(Map<String, String> replacements) {
        Shape replaced = shape.withWords(replacements, words(), "register");
        Map<String, List<String>> headed = new java.util.LinkedHashMap<>();
        COLUMNS.forEach(column -> headed.computeIfAbsent(replaced.words().text(column.header()).strip()
                .toLowerCase(java.util.Locale.ROOT), header -> new ArrayList<>()).add(column.header()));
        List<String> alike = headed.values().stream().filter(columns -> columns.size() > 1).map(columns -> "'"
                + String.join("' and '", columns) + "' would both be headed "
                + Quote.single(replaced.words().text(columns.getFirst()))).toList();
        // Excel makes no table of columns so headed, and says nothing (runs 134 #9, 137 #1).
        List<String> unnamed = Stream.concat(alike.stream(), COLUMNS.stream().map(column -> column.header())
                .filter(header -> !SpreadsheetCells.namesATableColumn(replaced.words().text(header)))
                .map(header -> "'" + header
                + "' would be headed " + Quote.single(replaced.words().text(header)))).toList();
        if (!unnamed.isEmpty()) {
            throw new IllegalArgumentException("the register's columns need a header each, unlike the others'"
                    + " ignoring case, on one line without tabs, at most " + SpreadsheetCells.LONGEST_COLUMN_NAME
                    + " characters: " + String.join("; ", unnamed));
        }
        return new RegisterTemplate(replaced);
    }

    /** A copy titled {@code title} instead of "Register: " and the plan's title; the table keeps its name. */
    public RegisterTemplate withTitle(String title) {
        return new RegisterTemplate(shape.withTitle(title));
    }

    /**
     * A copy listing only the recommendations {@code filter} accepts (see {@link ItemFilters}), with their
     * sub-actions.
     */
    public RegisterTemplate withItems(Predicate<RecommendationAssessment> filter) {
        return new RegisterTemplate(shape.withItems(filter));
    }

    @Override
    public Report build(PlanAssessment whole) {
        PlanAssessment assessment = shape.selected(whole);
        ActionPlan plan = assessment.plan();
        Vocabulary words = shape.words();
        String name = words.text(REGISTER);
        List<List<Cell>> rows = new ArrayList<>();
        Cell reportingDate = Formats.dateCell(Optional.of(assessment.asOf()));
        // Whose plan each row is of, so that several services' rows appended together keep apart: services number
        // their items alike (1, 2, 3), and name their statuses each in its own words.
        Cell organisation = new Cell.TextCell(plan.organisation());
        for (RecommendationAssessment item : assessment.recommendations()) {
            Recommendation recommendation = item.recommendation();
            Optional<OwnerAssessment> standing = assessment.ownerRatingStanding(item);
            rows.add(List.of(organisation, new Cell.TextCell(recommendation.ref()), Cell.empty(),
                    new Cell.TextCell(recommendation.kind().displayName()),
                    new Cell.NarrativeCell(Formats.planText(plan, recommendation.text())), owner(recommendation
                    .owner()), Formats.dateCell(item.dueDate()), status(plan, item.assessment()), brag(item
                    .assessment()), new Cell.TextCell(item.reason()), ownersRating(standing), ratedFor(assessment,
                    standing), recommendation.progressReported() ? Formats.percentCell(item.progress()) : Cell.empty(),
                    reportingDate));
            for (int i = 0; i < recommendation.subActions().size(); i++) {
                SubAction subAction = recommendation.subActions().get(i);
                Assessment assessed = item.subActions().get(i);
                rows.add(List.of(organisation, new Cell.TextCell(recommendation.ref()),
                        new Cell.TextCell(subAction.id()), new Cell.TextCell(words.text(SUB_ACTION_KIND)),
                        subAction.description().<Cell>map(text -> new Cell.NarrativeCell(Formats.planText(plan,
                        text))).orElse(Cell.empty()),
                        owner(subAction.owner().or(recommendation::owner)), Formats.dateCell(item.subActionDueDate(i)),
                        status(plan, assessed), brag(assessed),
                        new Cell.TextCell(assessed.reason()), Cell.empty(), Cell.empty(), subAction.progressReported()
                        ? Formats.percentCell(subAction.effectiveProgress()) : Cell.empty(), reportingDate));
            }
        }
        List<Column> columns = COLUMNS.stream().map(column -> column.withHeader(words.text(column.header()))).toList();
        Section.Table table = new Section.Table(name, columns, rows).headedAt(1).asData();
        String title = shape.title().orElse(name + ": " + plan.title());
        return new Report(title, Formats.subtitle(assessment, words), assessment.asOf(), plan.period(),
                Formats.metadata(assessment, title, name + " as of " + Formats.longDate(assessment.asOf()),
                        "register"),
                List.of(Chapter.untitled(Orientation.LANDSCAPE, List.of(table))), LayoutWords.of(words));
    }

    private static Cell owner(Optional<String> owner) {
        return owner.<Cell>map(Cell.TextCell::new).orElse(Cell.empty());
    }

    /** The status as its label alone on its colour: its reason is in a column of its own. */
    private Cell status(ActionPlan plan, Assessment assessment) {
        return Formats.statusCell(plan, shape.palette(), assessment, false);
    }

    private static Cell brag(Assessment assessment) {
        return new Cell.TextCell(assessment.status().brag().displayName());
    }

    /**
     * The period the owner's rating that stands was given for: an earlier quarter's stands until an update leaves it
     * behind, and beside this quarter's reporting date it would read as given now (run 134 #3).
     */
    private static Cell ratedFor(PlanAssessment assessment, Optional<OwnerAssessment> standing) {
        return standing.<Cell>map(owner -> new Cell.TextCell(assessment.ratedFor(owner).toString()))
                .orElse(Cell.empty());
    }

    /**
     * The BRAG colour of the owner's rating that stands for the period, in the words of the BRAG column, so that the
     * two compare in any plan, whatever it calls its statuses.
     */
    private static Cell ownersRating(Optional<OwnerAssessment> standing) {
        return standing.<Cell>map(owner -> new Cell.TextCell(owner.status().brag().displayName()))
                .orElse(Cell.empty());
    }
}
