package io.github.actionplan.report;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.LanguageTags;
import io.github.actionplan.internal.OriginalTimescale;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.Assessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.StatusRule;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.StatusCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** How templates write dates, percentages, statuses and standard sections: one voice for all reports. */
final class Formats {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The words of a list's columns that a template using {@link #listColumns} or {@link #actionsTable} writes. */
    static final String REF = "Ref";
    static final String ACTION = "Action";
    static final String TIMESCALE = "Timescale";

    private Formats() {}

    /** A sub-action in a list of actions, with its recommendation and where it stands. */
    record ActionItem(Recommendation recommendation, SubAction subAction, Assessment assessment) {}

    /**
     * The columns of a list, of recommendations or of actions alike: the reference, the {@code item} and its
     * {@code due} date, progress and status. An action's reference, its recommendation's and its own ("5 / 5.10"),
     * takes twice the width, so that it does not break.
     */
    static List<Column> listColumns(Vocabulary words, String item, String due) {
        int ref = item.equals(ACTION) ? 2 : 1;
        return List.of(
                new Column(words.text(REF), Column.ColumnType.TEXT, ref),
                new Column(words.text(item), Column.ColumnType.NARRATIVE, 7 - ref),
                new Column(words.text(due), Column.ColumnType.TIMESCALE, 2),
                new Column(words.text(Vocabulary.PROGRESS), Column.ColumnType.PERCENT, 1),
                new Column(words.text(Vocabulary.STATUS), Column.ColumnType.STATUS, 3));
    }

    /**
     * A list of actions, in the order given, under {@code title}: each as {@link #listColumns} heads it, its status
     * with its reason where {@code reasons} (as the template's {@code withReasons} sets). An action's
     * ref, its recommendation's and its own ("2 / 2.4"), is one label: its column is as wide as the longest, up to
     * {@link #WHOLE_REF} characters, so that none wraps at its spaces.
     */
    static Section.Table actionsTable(String title, List<ActionItem> actions, ActionPlan plan, Palette palette,
            Vocabulary words, boolean reasons) {
        List<Column> columns = new ArrayList<>(listColumns(words, ACTION, TIMESCALE));
        columns.set(0, columns.getFirst().atLeast(Math.min(WHOLE_REF, actions.stream().mapToInt(a -> actionRef(a)
                .length()).max().orElse(0))));
        return new Section.Table(title, columns, actions.stream().map(a -> List.<Cell>of(
                new Cell.TextCell(actionRef(a)),
                a.subAction().description().<Cell>map(d -> new Cell.NarrativeCell(planText(plan, d)))
                        .orElse(Cell.empty()),
                timescaleCell(a.subAction().due(), a.subAction().notes(), words),
                progressCell(a.subAction(), a.assessment(), words),
                statusCell(plan, palette, a.assessment(), reasons))).toList(), Optional.empty(), true);
    }

    /** The most characters an action's ref keeps whole in its column; a longer one wraps at its spaces. */
    private static final int WHOLE_REF = 16;

    /** An action's ref as lists show it: its recommendation's and its own, "2 / 2.4". */
    private static String actionRef(ActionItem action) {
        return action.recommendation().ref() + " / " + action.subAction().id();
    }

    /** "1 Jun 2023", as action plans write deadlines. */
    static String shortDate(LocalDate date) {
        return Dates.shortDate(date);
    }

    /**
     * An item's progress, or words saying none is reported: a 0% nobody reported is no figure to print, and an empty
     * cell a screen reader reads as "blank", which cannot be told from a fault (trial 45 F4).
     */
    static Cell progressCell(RecommendationAssessment item, Vocabulary words) {
        return item.recommendation().progressReported() ? percentCell(item.progress()) : notReported(words);
    }

    /** The words for progress nobody reported, where an item's or a group's would be. */
    private static Cell notReported(Vocabulary words) {
        return new Cell.TextCell(words.text(Vocabulary.NOT_REPORTED));
    }

    /**
     * A sub-action's progress, or words saying none is reported where nobody gave it, nor a completion date, as a
     * recommendation's says: blank beside a sibling's "40%", it read as a figure missing, or as 0 (run 81 #7). Work
     * complete without a figure (done with its recommendation) shows none: its status says it.
     */
    static Cell progressCell(SubAction subAction, Assessment assessment, Vocabulary words) {
        return subAction.progressReported() ? percentCell(subAction.effectiveProgress())
                : assessment.status() == Status.COMPLETE ? Cell.empty() : notReported(words);
    }

    /** "1 November 2023". */
    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static Cell.PercentCell percentCell(Percent percent) {
        return new Cell.PercentCell(percent.value(), percent.rounded(), percent.displayText());
    }

    /**
     * A share of items, a whole {@code percent} as {@link StatusCounts#displayShares()} rounds it so that a table's
     * shares add up to 100%; the cell holds the whole percent it shows, so a spreadsheet's shares add up too.
     */
    static Cell.PercentCell shareCell(int percent) {
        return new Cell.PercentCell(BigDecimal.valueOf(percent), percent,
                Percent.displayShare(BigDecimal.valueOf(percent, 2)));
    }

    static Cell dateCell(Optional<LocalDate> date) {
        return date.<Cell>map(d -> new Cell.DateCell(d, shortDate(d))).orElse(Cell.empty());
    }

    /** The plan's words, with the due date under them where the words do not already give it. */
    static Cell timescaleCell(Optional<Timescale> timescale) {
        return timescale.<Cell>map(t -> new Cell.TimescaleCell(t.text(), t.dueDate(), dueText(t)))
                .orElse(Cell.empty());
    }

    /**
     * As {@link #timescaleCell(Optional)}, and where the item's {@code notes} keep the timescale it was first given
     * ({@link OriginalTimescale}), that one under the due date, "originally 01 Jun 2023": a report that shows a
     * revised timescale alone would hide that the work slipped.
     */
    static Cell timescaleCell(Optional<Timescale> timescale, Optional<String> notes, Vocabulary words) {
        Optional<String> originally = OriginalTimescale.in(notes).filter(first -> timescale.isPresent()
                && !first.equals(timescale.get().text())).map(first -> words.text(Vocabulary.ORIGINALLY, "timescale",
                first));
        return timescale.<Cell>map(t -> new Cell.TimescaleCell(t.text(), t.dueDate(), String.join(", ", Stream.of(
                dueText(t), originally.orElse("")).filter(part -> !part.isEmpty()).toList()))).orElse(Cell.empty());
    }

    /**
     * The due date as reports write dates, where the words do not say it so already: "1 June 2023" and "30 Mar 2023"
     * do; "31/03/2026", "By 31/03/2026" and "Mar 2026" do not, in a column of "31 Mar 2026"s.
     */
    private static String dueText(Timescale timescale) {
        return timescale.dueDate().filter(due -> !timescale.text().contains(shortDate(due))
                && !timescale.text().contains(longDate(due))).map(Formats::shortDate).orElse("");
    }

    /**
     * The recommendation's deadline as written, else its due date from its sub-actions, saying so: a plan that gives
     * its recommendations no deadline (Merseyside's) is not to read as if the inspectorate had set one.
     */
    static Cell deadlineCell(RecommendationAssessment r, Vocabulary words) {
        return r.recommendation().deadline().isPresent() ? timescaleCell(r.recommendation().deadline(),
                r.recommendation().notes(), words)
                : r.dueDate().<Cell>map(d -> new Cell.TimescaleCell(shortDate(d), r.dueDate(), words.text(
                        Vocabulary.DUE_BY_ACTIONS))).orElse(Cell.empty());
    }

    /** An item's status, noting its owner's rating where that stands for the period and says otherwise. */
    static Cell.StatusCell statusCell(PlanAssessment assessment, Palette palette, Vocabulary words,
            RecommendationAssessment r, boolean reasons) {
        return statusCell(assessment, palette, words, r, reasons, true);
    }

    /**
     * As {@link #statusCell(PlanAssessment, Palette, Vocabulary, RecommendationAssessment, boolean)}, noting the
     * owner's rating only where {@code ownersNoted}: not in a row with the owner's rating in a column of its own,
     * which would say it twice.
     */
    static Cell.StatusCell statusCell(PlanAssessment assessment, Palette palette, Vocabulary words,
            RecommendationAssessment r, boolean reasons, boolean ownersNoted) {
        StatusLabels labels = assessment.plan().statusLabels();
        Status status = r.status();
        Optional<String> note = assessment.ownerRatingStanding(r).filter(o -> ownersNoted && o.status() != status)
                .map(o -> ownersRating(o, assessment, words));
        return new Cell.StatusCell(status, labels.label(status), note,
                reasons ? Optional.of(r.reason()) : Optional.empty(), palette.fill(status), palette.text(status),
                labelLanguage(labels, otherLanguage(assessment.plan()), status));
    }

    static Cell.StatusCell statusCell(ActionPlan plan, Palette palette, Assessment a, boolean reasons) {
        return new Cell.StatusCell(a.status(), plan.statusLabels().label(a.status()), Optional.empty(),
                reasons ? Optional.of(a.reason()) : Optional.empty(), palette.fill(a.status()),
                palette.text(a.status()), labelLanguage(plan.statusLabels(), otherLanguage(plan), a.status()));
    }

    /**
     * The owner's assessment that {@linkplain PlanAssessment#ownerRatingStanding stands} for the period reported on,
     * and the period it was given for where that is before it; empty where an update since has left it behind.
     */
    static Cell ownerStatusCell(PlanAssessment assessment, Palette palette, Vocabulary words,
            RecommendationAssessment r, boolean reasons) {
        return assessment.ownerRatingStanding(r).<Cell>map(o -> new Cell.StatusCell(o.status(),
                assessment.plan().statusLabels().label(o.status()),
                earlier(o, assessment).map(period -> words.text(Vocabulary.GIVEN_FOR, "period", period)),
                // A note is narrative, as an update is; a status cell's lines are plain: its list items as bullets.
                reasons ? Optional.of(o.note().map(note -> Narrative.parse(note).plainText()).orElse(words.text(
                        Vocabulary.OWNERS_OWN))) : Optional.empty(),
                palette.fill(o.status()), palette.text(o.status()), labelLanguage(assessment.plan().statusLabels(),
                otherLanguage(assessment.plan()), o.status()))).orElse(Cell.empty());
    }

    /** An owner's rating as a status cell notes it: "Owner's assessment: At risk", with its quarter where earlier. */
    static String ownersRating(OwnerAssessment owner, PlanAssessment assessment, Vocabulary words) {
        String status = assessment.plan().statusLabels().inSentence(owner.status());
        return earlier(owner, assessment).map(period -> words.text(Vocabulary.OWNER_ASSESSMENT_EARLIER, "period",
                period, "status", status)).orElseGet(() -> words.text(Vocabulary.OWNER_ASSESSMENT, "status", status));
    }

    /** The period {@code owner}'s assessment was given for, as reports name it, where it is before the one reported. */
    static Optional<String> earlier(OwnerAssessment owner, PlanAssessment assessment) {
        return owner.period().filter(period -> owner.isBefore(assessment.period())).map(ReportingPeriod::toString);
    }

    static DocumentMetadata metadata(PlanAssessment assessment, String title, String subject, String template) {
        ActionPlan plan = assessment.plan();
        return DocumentMetadata.asOf(assessment.asOf(), title, plan.organisation(), subject,
                List.of(plan.source().body(), "action plan", template));
    }

    /** "Derbyshire Fire & Rescue Service, Q2 2025/26 update, as of 1 November 2023". */
    static String subtitle(PlanAssessment assessment, Vocabulary words) {
        ActionPlan plan = assessment.plan();
        return plan.organisation()
                + plan.period().map(p -> ", " + words.text(Vocabulary.SUBTITLE_UPDATE, "period", p.displayName()))
                        .orElse("")
                + ", " + words.text(Vocabulary.SUBTITLE_AS_OF, "date", longDate(assessment.asOf()));
    }

    static Section.KeyFacts keyFacts(PlanAssessment assessment, Vocabulary words) {
        ActionPlan plan = assessment.plan();
        List<Section.KeyFact> facts = new ArrayList<>();
        facts.add(new Section.KeyFact(words.text(Vocabulary.ORGANISATION), plan.organisation()));
        facts.add(new Section.KeyFact(words.text(Vocabulary.REPORTING_DATE), longDate(assessment.asOf())));
        plan.period().ifPresent(p -> facts.add(new Section.KeyFact(words.text(Vocabulary.REPORTING_PERIOD),
                p.displayName() + " (" + p + ")")));
        SourceInspection source = plan.source();
        facts.add(new Section.KeyFact(words.text(Vocabulary.SOURCE), source(source)
                + source.published().map(d -> " (published " + longDate(d) + ")").orElse("")));
        facts.add(new Section.KeyFact(words.text(Vocabulary.ITEMS),
                Integer.toString(assessment.recommendations().size())));
        facts.add(new Section.KeyFact(words.text(Vocabulary.OVERALL_PROGRESS), overallProgress(assessment, words)));
        return keyFacts(words.text(Vocabulary.KEY_FACTS), facts, words);
    }

    /**
     * An item's status by the worse of the rule's and its owner's rating for the period: the one the exceptions and
     * owners' lists are drawn up and ordered by.
     */
    static Status worstRated(PlanAssessment assessment, RecommendationAssessment item) {
        return assessment.ownerRatesWorse(item).orElse(item.status());
    }

    /**
     * The plan's overall progress, saying how many items it counts at 0% for giving none: the mean counts an item
     * nobody reported on at 0%, which its reader should know (Merseyside's 20% is one item's 100% among four that
     * give none).
     */
    static String overallProgress(PlanAssessment assessment, Vocabulary words) {
        PlanSummary summary = PlanSummary.of(assessment);
        String overall = summary.overallProgress().displayText();
        long unreported = summary.unreported();
        int items = assessment.recommendations().size();
        // Of every item, "counting as 0% the 8 of 8" would say it the long way round; of none, 0% would be a figure
        // for nothing (run 86 #9).
        return items == 0 ? words.text(Vocabulary.NOT_REPORTED) : unreported == 0 ? overall : unreported == items
                ? words.text(Vocabulary.NONE_REPORTED, "progress", overall).replace("{items}", Integer.toString(items))
                : words.text(Vocabulary.UNREPORTED_AS_ZERO, "progress", overall, "count", Long.toString(unreported))
                .replace("{items}", Integer.toString(items));
    }

    /**
     * The source as reports name it: its body, then its title ("HMICFRS: Values and culture in fire and rescue
     * services"); the title alone where it starts with the body's name ("HMICFRS inspection"), which would otherwise
     * read twice.
     */
    static String source(SourceInspection source) {
        String title = source.title().strip();
        String body = source.body().strip();
        boolean named = title.regionMatches(true, 0, body, 0, body.length())
                && (title.length() == body.length() || !Character.isLetterOrDigit(title.charAt(body.length())));
        return named ? title : body + ": " + title;
    }

    /** These facts under the key facts' two column headers, named by the heading before them. */
    static Section.KeyFacts keyFacts(List<Section.KeyFact> facts, Vocabulary words) {
        return keyFacts("", facts, words);
    }

    /** These facts under the key facts' two column headers, with this caption ("Key facts"; empty for none). */
    static Section.KeyFacts keyFacts(String caption, List<Section.KeyFact> facts, Vocabulary words) {
        return new Section.KeyFacts(caption, words.text(Vocabulary.FACT), words.text(Vocabulary.DETAIL), facts);
    }

    static Section.StatusSummary statusSummary(PlanAssessment assessment, Palette palette, Vocabulary words) {
        return statusSummary(assessment.recommendations(), assessment.plan().statusLabels(),
                otherLanguage(assessment.plan()), assessment.asOf(), palette, words);
    }

    /** The counts of {@code items} by status as a chart and a table with its total row. */
    static Section.StatusSummary statusSummary(List<RecommendationAssessment> items, StatusLabels labels,
            Optional<String> language, LocalDate asOf, Palette palette, Vocabulary words) {
        StatusCounts counts = StatusCounts.of(items);
        Map<Status, Integer> shares = counts.displayShares();
        List<Section.StatusCount> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (Status status : Status.SUMMARY) {
            String label = labels.label(status);
            int count = counts.count(status);
            bars.add(new Section.StatusCount(status, label, count, palette.fill(status), palette.text(status)));
            rows.add(List.of(new Cell.StatusCell(status, label, Optional.empty(), Optional.empty(),
                            palette.fill(status), palette.text(status), labelLanguage(labels, language, status)),
                    numberCell(count), shareCell(shares.get(status))));
            sentence.add(count + " " + labels.inSentence(status));
        }
        String description = counts.total() == 1 ? words.text(Vocabulary.COUNTS_OF_ONE, "counts", words.list(sentence))
                : words.text(Vocabulary.COUNTS, "count", Integer.toString(counts.total()), "counts", words.list(
                sentence));
        Section.Table table = new Section.Table("", List.of(
                new Column(words.text(Vocabulary.STATUS), Column.ColumnType.STATUS, 4),
                new Column(words.text(Vocabulary.ITEMS), Column.ColumnType.NUMBER, 1),
                new Column(words.text(Vocabulary.SHARE), Column.ColumnType.PERCENT, 1)), rows,
                // The shares add up to 100% (displayShares), so the total says so; none where there are no items.
                Optional.of(List.of(new Cell.TextCell(words.text(Vocabulary.TOTAL)), numberCell(counts.total()),
                        counts.total() == 0 ? Cell.empty() : shareCell(100))), true);
        return new Section.StatusSummary(words.text(Vocabulary.SUMMARY_TITLE, "date", longDate(asOf)),
                bars, description, table);
    }

    static Cell.NumberCell numberCell(long count) {
        return new Cell.NumberCell(count, Long.toString(count));
    }

    /**
     * A table of status counts per group (an owner, a plan, a pillar): the group's name, then a
     * count per status in summary order, the total and the mean progress, with a total row. A group
     * none of whose items has progress reported ({@code reported} false) shows none, as an item does:
     * "0%" would read as work reported not started; its cell says so ({@link Vocabulary#NOT_REPORTED}).
     */
    static Section.Table breakdownTable(String title, String groupHeader, List<String> names,
            List<StatusCounts> counts, List<Percent> progress, List<Boolean> reported, StatusLabels labels,
            Percent overall, Vocabulary words) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(groupHeader, Column.ColumnType.TEXT, 4));
        Status.SUMMARY.forEach(s -> columns.add(new Column(labels.label(s), Column.ColumnType.NUMBER, 1)));
        columns.add(new Column(words.text(Vocabulary.TOTAL), Column.ColumnType.NUMBER, 1));
        columns.add(new Column(words.text(Vocabulary.PROGRESS), Column.ColumnType.PERCENT, 1));
        List<List<Cell>> rows = new ArrayList<>();
        int[] sums = new int[Status.values().length];
        int total = 0;
        for (int i = 0; i < names.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell.TextCell(names.get(i)));
            for (Status status : Status.SUMMARY) {
                row.add(numberCell(counts.get(i).count(status)));
                sums[status.ordinal()] += counts.get(i).count(status);
            }
            row.add(numberCell(counts.get(i).total()));
            total += counts.get(i).total();
            row.add(reported.get(i) ? percentCell(progress.get(i)) : notReported(words));
            rows.add(row);
        }
        List<Cell> totalRow = new ArrayList<>();
        totalRow.add(new Cell.TextCell(words.text(Vocabulary.TOTAL)));
        Status.SUMMARY.forEach(s -> totalRow.add(numberCell(sums[s.ordinal()])));
        totalRow.add(numberCell(total));
        totalRow.add(reported.contains(true) ? percentCell(overall) : notReported(words));
        return new Section.Table(title, columns, rows, Optional.of(totalRow), true);
    }

    /**
     * What each colour means under the rule {@code assessment} was made with, in BRAG order, under a level-1 heading
     * of its own: the key belongs to the whole report, not to the chapter before it.
     */
    static Section.Legend legend(PlanAssessment assessment, Palette palette, Vocabulary words) {
        return legend(assessment.assessor().rule(), assessment.plan().statusLabels(), otherLanguage(assessment.plan()),
                palette, words);
    }

    /**
     * A rule's {@linkplain StatusRule#meaning meaning} of {@code status} without the status's default name before it:
     * the Status column beside it names the status in the plan's words, and Derbyshire's "Completed - Actions done"
     * beside "Complete: progress is 100%" gave one status two names (run 91 #12).
     */
    static String meaningAlone(String meaning, Status status) {
        String named = status.defaultLabel() + ": ";
        if (!meaning.startsWith(named) || meaning.length() == named.length()) {
            return meaning;
        }
        return capitalised(meaning.substring(named.length()));
    }

    /** {@code text} with its first letter a capital, as a heading or sentence starts: "Off track, at risk ...". */
    static String capitalised(String text) {
        int first = text.isEmpty() ? 0 : text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(Locale.ROOT) + text.substring(first);
    }

    static Section.Legend legend(StatusRule rule, StatusLabels labels, Optional<String> language, Palette palette,
            Vocabulary words) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Status status : Status.BRAG_ORDER) {
            rows.add(List.of(
                    new Cell.StatusCell(status, status.brag().displayName(), Optional.empty(), Optional.empty(),
                            palette.fill(status), palette.text(status)),
                    new Cell.TextCell(labels.label(status), labelLanguage(labels, language, status)),
                    new Cell.TextCell(meaningAlone(rule.meaning(status), status))));
        }
        return new Section.Legend(new Section.Table(words.text(Vocabulary.LEGEND_TITLE), List.of(
                new Column(words.text(Vocabulary.BRAG), Column.ColumnType.STATUS, 1),
                new Column(words.text(Vocabulary.STATUS), Column.ColumnType.TEXT, 2),
                new Column(words.text(Vocabulary.MEANING), Column.ColumnType.TEXT, 4)), rows, Optional.empty(), true)
                .headedAt(1));
    }

    /**
     * Narrative text of {@code plan}'s, marked with the plan's language where it has one other than the report's,
     * so that a screen reader reads it in that language's voice and the report's own words in theirs.
     */
    static Narrative planText(ActionPlan plan, String markdown) {
        Narrative text = Narrative.parse(markdown);
        return otherLanguage(plan).map(text::inLanguage).orElse(text);
    }

    /**
     * The language of {@code plan}'s texts, where it names one other than the report's: another language, not English
     * of another region ("en", "en-US"), which a screen reader reads in the voice it reads the report's words in.
     */
    static Optional<String> otherLanguage(ActionPlan plan) {
        return plan.language().filter(tag -> !LanguageTags.language(tag).equalsIgnoreCase(LanguageTags.language(
                DocumentMetadata.BRITISH_ENGLISH)));
    }

    /**
     * The language of the label {@code labels} give {@code status}: {@code language}, the plan's other than the
     * report's, where the plan names its own word for it; a default label is the report's.
     */
    static Optional<String> labelLanguage(StatusLabels labels, Optional<String> language, Status status) {
        return labels.custom().containsKey(status) ? language : Optional.empty();
    }

    /**
     * The recommendation's words, led by its ref in bold: "Rec 17: With immediate effect, ...". A ref that has a colon
     * already, or ends in a full stop ("Rec:3", "4."), is not given another: "Rec:3 By 1 June 2023, ...", as the
     * published plan prints it.
     */
    static Narrative refAndText(ActionPlan plan, Recommendation r) {
        Narrative text = planText(plan, r.text());
        List<Block> blocks = new ArrayList<>(text.blocks());
        String refText = ReportText.clean(r.ref());
        boolean punctuated = refText.contains(":") || refText.endsWith(".");
        Inline.Span ref = new Inline.Span(refText + (punctuated ? " " : ": "), false, true);
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            List<Inline> inlines = new ArrayList<>();
            inlines.add(ref);
            inlines.addAll(first.inlines());
            blocks.set(0, new Block.Paragraph(inlines, first.language()));
        } else {
            blocks.add(0, new Block.Paragraph(List.of(ref)));
        }
        return new Narrative(blocks);
    }
}
