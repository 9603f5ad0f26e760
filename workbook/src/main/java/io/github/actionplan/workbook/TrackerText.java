package io.github.actionplan.workbook;

import io.github.actionplan.internal.Spacing;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Narrative;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as people type it in a tracker's cells, read into the plan's narrative and ratings. */
final class TrackerText {

    /**
     * A bulleted line: a bullet as typed, or as text copied from a Word list gives it, Word's Symbol and Wingdings
     * bullets in Unicode's private use area (U+F0B7, U+F0A7, ...), and its second and third levels' "o" and "§" before
     * a tab, which group {@code level} holds. Its text is group {@code text}.
     */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•◦▪·●○■\\-*+–\uF0B7\uF0A7\uF0D8\uF076\uF0FC]\\s+"
            + "|[•◦▪·●○■\uF0B7\uF0A7\uF0D8\uF076\uF0FC]\\s*|(?<level>[o§])\\t\\s*)(?<text>.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");
    /** The most lists deep a cell's items nest; one indented further is an item of the deepest. */
    private static final int NESTED = 3;
    /**
     * A month and year as trackers write them, in a header or at the start of a log's entry: "Sep 2025", "September
     * 2025", or as UK trackers shorten it, "Sep 25", "Sep-25", "Sept '25".
     */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*)\\.?(?:\\s+|\\s*[-']\\s*)(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A line that starts with a day, a month or a quarter and then says something ("31/03/2025: …", "Update 12 May
     * 2025 - …", "Jun 25 – …", "Q4 2024/25: …"): an entry of an update log.
     */
    private static final Pattern DATED_LINE = Pattern.compile("\\s*(?:update[ds]?\\s*(?:on\\s*)?)?\\(?("
            + "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{2,4}"
            + "|\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\p{L}{3,9}\\.?(?:\\s+|\\s*[-']\\s*)\\d{2}" // as MONTH_YEAR
            + "|q[1-4]\\s*\\d{2,4}\\s*/\\s*\\d{2,4})\\)?\\s*[:–—-]?\\s+\\S.*",
            Pattern.CASE_INSENSITIVE);

    /** The words that say work is done, where a number or date could: "Complete", "Closed", "Done", "Finished". */
    private static final Pattern DONE = Pattern.compile("complete[d]?|closed|done|finished", Pattern.CASE_INSENSITIVE);

    private TrackerText() {}

    /**
     * What owners type for an update with nothing in it: "N/A", "None", "Nil", "Nil return", "TBC", "No update", "No
     * further update", "Nothing further"; in Welsh, "Dim diweddariad" (no update), "Dim diweddariad pellach", "Dim
     * i'w adrodd" (nothing to report), "Amherthnasol" (N/A), "Dim". Not "No change" ("Dim newid"), which says where
     * the work stands: where it was.
     */
    private static final Pattern NOTHING = Pattern.compile("(?:n/?a|none|nil(?: return)?|tb[ac]|no (?:further |new )?"
            + "updates?|nothing (?:new|further)|nothing (?:new |further |more )?to (?:report|update|add))"
            + "(?: (?:this|for this|for the) (?:quarter|period))?"
            + "|dim(?: diweddariad(?: (?:pellach|newydd))?| i[’']w (?:adrodd|ddweud))?(?: y chwarter hwn)?"
            + "|amherthnasol", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code text} says nothing: no letter or digit ("-", "...", "–"), or a word for none ({@link #NOTHING}),
     * as an owner types to fill a cell they have no news for.
     */
    static boolean saysNothing(String text) {
        // Line by line, each without its bullet: "• N/A" pasted from a Word list says nothing too.
        return text.lines().filter(line -> !line.isBlank()).allMatch(line -> {
            Matcher item = BULLET.matcher(line);
            String words = (item.matches() ? item.group("text") : line).strip().replaceAll("[.!]+$", "");
            return words.codePoints().noneMatch(Character::isLetterOrDigit) || NOTHING.matcher(words).matches();
        });
    }

    /**
     * {@code text}'s letters and digits alone, in lower case: text without its case, spacing or punctuation, as two
     * writings of one reference ("Rec 17", "rec17") or one finding (a full stop left off) compare.
     */
    static String squashed(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).collect(
                StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Whether {@code text} is one of the words that say the work is done. */
    static boolean saysDone(String text) {
        return DONE.matcher(text.strip()).matches();
    }

    /**
     * A cell's text as narrative: each line a paragraph, lines starting with a bullet ("•", "-", "*", "+", a space
     * after it) a bullet list and lines starting "1." a numbered list, in core's Markdown subset, which reads each of
     * them as one (a "+" line read as a paragraph was a list apart from the "-" lines around it: run 110 #1). Every
     * other asterisk and underscore is escaped: a cell's text is plain, so "3*4" is not emphasis.
     */
    static String narrative(String cell) {
        return narrative(cell, '-');
    }

    /**
     * A cell's text as {@link #narrative(String)} gives it, its bullet lists marked with {@code marker}. An item
     * indented further than the one before it is an item of a list within that one, to {@link #NESTED} lists deep, as
     * a list pasted from Word or typed with spaces nests.
     */
    static String narrative(String cell, char marker) {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        // each open list's items' indent as typed, and the column their text starts at as written
        Deque<int[]> open = new ArrayDeque<>();
        // A line may end as Windows ends it, "\r\n", in a cell written by a program: one break, not a break and a
        // carriage return that no item pattern matches (run 75 #10).
        for (String line : cell.split("\r\n|[\r\n]")) {
            if (line.isBlank()) {
                flush(list, blocks);
                continue;
            }
            Matcher item = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            boolean bullet = item.matches() && !item.group("text").isBlank();
            if (bullet || numbered.matches()) {
                // Word's lists copied as text nest by their marks, not by indents: "o" one deeper, "§" two
                int indent = line.length() - line.stripLeading().length() + (!bullet || item.group("level") == null ? 0
                        : item.group("level").equals("o") ? 1 : 2);
                if (list.isEmpty()) {
                    open.clear();
                }
                while (!open.isEmpty() && (indent <= open.peek()[0] || open.size() == NESTED)) {
                    open.pop();
                }
                String mark = bullet ? marker + " " : numbered.group(1) + ". ";
                String pad = " ".repeat(open.isEmpty() ? 0 : open.peek()[1]);
                open.push(new int[] {indent, pad.length() + mark.length()});
                list.append(list.isEmpty() ? "" : "\n").append(pad).append(mark).append(plain(bullet
                        ? item.group("text") : numbered.group(2)));
            } else {
                flush(list, blocks);
                blocks.add(plain(line));
            }
        }
        flush(list, blocks);
        return String.join("\n\n", blocks);
    }

    /** A line's text, stripped, its asterisks and underscores escaped so that they stay as typed. */
    private static String plain(String text) {
        return Narrative.escapeEmphasis(text.strip());
    }

    private static void flush(StringBuilder list, List<String> blocks) {
        if (!list.isEmpty()) {
            blocks.add(list.toString());
            list.setLength(0);
        }
    }

    /**
     * The entries of a cell kept as an update log, each the lines from one starting with its date ("Mar 2025: …",
     * "30/06/2025 - …") to the next, as written, joined by the quarter of their dates; none where the cell is not
     * such a log: its first line has no date, its entries all fall in one quarter, or one falls after {@code latest},
     * the quarter the tracker reports, as a date the work is planned for would.
     */
    static Optional<Map<ReportingPeriod, String>> log(String cell, ReportingPeriod latest) {
        return entries(cell, latest, false).filter(log -> log.size() > 1);
    }

    /**
     * As {@link #log}, and a cell every line of which starts with a date of one quarter too ("12/01/2025 - signed" over
     * "03/03/2025 - live"): an action's log, among its recommendation's, whose entries are dated alike; a cell whose
     * first line alone is dated ("31/03/2025 was the deadline" over "On hold") is none.
     */
    static Optional<Map<ReportingPeriod, String>> datedEntries(String cell, ReportingPeriod latest) {
        return log(cell, latest).or(() -> entries(cell, latest, true));
    }

    private static Optional<Map<ReportingPeriod, String>> entries(String cell, ReportingPeriod latest,
            boolean everyLine) {
        Map<ReportingPeriod, String> entries = new TreeMap<>();
        ReportingPeriod entry = null;
        for (String line : cell.strip().split("\n")) {
            Optional<ReportingPeriod> dated = datedIn(line);
            if ((entry == null || everyLine && !line.isBlank()) && dated.isEmpty()
                    || dated.filter(p -> p.compareTo(latest) > 0).isPresent()) {
                return Optional.empty();
            }
            entry = dated.orElse(entry);
            entries.merge(entry, line, (before, more) -> before + "\n" + more);
        }
        return Optional.of(entries);
    }

    /** The quarter of the date a line of an update log starts with, if it starts with one. */
    private static Optional<ReportingPeriod> datedIn(String line) {
        Matcher dated = DATED_LINE.matcher(line);
        if (!dated.matches()) {
            return Optional.empty();
        }
        String date = dated.group(1);
        try {
            if (date.toLowerCase(Locale.ROOT).startsWith("q")) {
                return ReportingPeriod.findIn(date);
            }
            if (Character.isLetter(date.charAt(0))) { // a month, "Jun 25", read as a header naming one is
                return monthIn(date);
            }
            Timescale timescale = Timescale.parse(date);
            return timescale.kind() == Timescale.Kind.DATE || timescale.kind() == Timescale.Kind.MONTH
                    ? timescale.dueDate().map(ReportingPeriod::containing) : Optional.empty();
        } catch (RuntimeException e) { // no day, month or quarter a plan can name: not a dated line
            return Optional.empty();
        }
    }

    /**
     * The quarter of the first month and year {@code text} names ({@link #MONTH_YEAR}), a two-digit year of this
     * century; none where it names none, or a month no plan can report on.
     */
    static Optional<ReportingPeriod> monthIn(String text) {
        Matcher month = MONTH_YEAR.matcher(text);
        if (!month.find()) {
            return Optional.empty();
        }
        String year = month.group(2).length() == 2 ? "20" + month.group(2) : month.group(2);
        try {
            return Timescale.parse(month.group(1) + " " + year).dueDate().map(ReportingPeriod::containing);
        } catch (RuntimeException e) { // no month a timescale knows, or a quarter no plan reports on: no period
            return Optional.empty();
        }
    }

    /** The text without the quotation marks a plan puts round the inspectorate's words. */
    static String unquoted(String text) {
        String s = text.strip();
        if (s.length() >= 2 && "\"\u201C".indexOf(s.charAt(0)) >= 0 && "\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0
                && s.substring(1, s.length() - 1).chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u201D')) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * A name on one line, as a plan holds one: a cell's lines ("Area Manager Smith" over "Prevention"), bullets
     * dropped, joined with commas, or a space after a line that ends in a joining mark ("Prevention /"), and any
     * other control character a space. A name on one line already is as it is.
     */
    static String oneLine(String cell) {
        if (Spacing.isOneLine(cell)) {
            return cell;
        }
        StringBuilder name = new StringBuilder();
        for (String line : lines(cell)) {
            if (!name.isEmpty()) {
                name.append(",;/&+-".indexOf(name.charAt(name.length() - 1)) >= 0 ? " " : ", ");
            }
            name.append(line.replaceAll("\\p{Cc}+", " "));
        }
        return name.toString();
    }

    /**
     * A ref, an id or a name as its cell shows it, without the invisible characters a plan refuses in them
     * ({@link Spacing#INVISIBLE}): a zero-width space pasted in with one does not make "AFI 1" another item, or
     * "Protection" another owner, that reads the same.
     */
    static String visible(String shown) {
        return shown.replaceAll(Spacing.INVISIBLE, "");
    }

    /** A list's item as a cell writes one: after a bullet, a number ("1.", "2)") or a letter ("a)", "(b)", "c."). */
    private static final Pattern LETTERED = Pattern.compile("^\\s*(?:\\(?[a-zA-Z]\\)|[a-zA-Z]\\.)\\s+(.*)$");

    /** {@code line} without the number or letter it starts with as a list's item ("1. ", "b) "), if it does. */
    static String withoutNumber(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
            return numbered.group(2).strip();
        }
        Matcher lettered = LETTERED.matcher(line);
        return lettered.matches() ? lettered.group(1).strip() : line;
    }

    /** Whether {@code cell} is a list of two items or more, every line an item: bulleted, numbered or lettered. */
    static boolean isList(String cell) {
        List<String> lines = cell.lines().filter(line -> !line.isBlank()).toList();
        return lines.size() > 1 && lines.stream().allMatch(line -> BULLET.matcher(line).matches()
                || NUMBERED.matcher(line).matches() || LETTERED.matcher(line).matches());
    }

    /** A cell holding several items, one a line, bullets dropped: required outcomes, or a one-row item's actions. */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            String item = bullet.matches() ? bullet.group("text").strip() : line.strip();
            if (!item.isEmpty()) {
                lines.add(item);
            }
        }
        return lines;
    }

    /**
     * The status a rating means: a BRAG colour ("Amber", "A") or a status in words ("Off track",
     * "Completed - Actions done", "Open - Actions on going on track").
     */
    static Optional<Status> rating(String text) {
        // A bilingual cell, "Coch / Red" as a Welsh service rates: a half that is a rating is the cell's.
        Optional<List<String>> halves = bilingual(text);
        if (halves.isPresent()) {
            List<Status> rated = halves.get().stream().map(TrackerText::oneRating).flatMap(Optional::stream)
                    .distinct().toList();
            if (rated.size() == 1) {
                return Optional.of(rated.getFirst());
            }
        }
        return oneRating(text);
    }

    /**
     * The halves of a text written in two languages, "Coch / Red" or "Cyf / Ref": each of 3 letters or more, so that
     * "N/A" or "R/A/G" is none, as "A" alone would be Amber.
     */
    static Optional<List<String>> bilingual(String text) {
        if (text.indexOf('/') <= 0) {
            return Optional.empty();
        }
        List<String> halves = Arrays.stream(text.split("/")).map(String::strip).toList();
        return halves.size() > 1 && halves.stream().allMatch(half -> half.codePoints().filter(Character::isLetter)
                .count() >= 3) ? Optional.of(halves) : Optional.empty();
    }

    /**
     * A status said not to be, in a rating's words as {@code oneRating} lowers and spaces them: "not on track", "no
     * longer on track", "isn't on track", "won't be on track", "not yet back on track", "ddim ar y trywydd", "heb fod
     * ar y trywydd", "nid yw ar y trywydd".
     */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|no longer|(?:is|are|was|were)n ?t|won ?t be"
            + "|ddim|dim|heb fod|nid yw|nad yw) (?:(?:yet|quite|fully|entirely|currently|really|back|always|considered"
            + "|yn|eto) ){0,2}(on (?:track|target|schedule)|ar y trywydd|at risk|mewn perygl)");

    /** The BRAG colours' names in Welsh, as the services of Wales rate alone or beside the English ("Coch / Red"). */
    private static final Map<String, Brag> WELSH_COLOURS = Map.of("glas", Brag.BLUE, "coch", Brag.RED, "ambr",
            Brag.AMBER, "oren", Brag.AMBER, "gwyrdd", Brag.GREEN);

    /** The BRAG colour {@code word}, in lower case, names: in English ("red"), by its initial ("r"), or in Welsh. */
    static Optional<Brag> colour(String word) {
        for (Brag brag : Brag.values()) {
            String name = brag.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 1))) {
                return Optional.of(brag);
            }
        }
        return Optional.ofNullable(WELSH_COLOURS.get(word));
    }

    private static Optional<Status> oneRating(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        // A colour alone: one before other words is no rating to guess at, as "Red -> Amber" is a move between two
        // and "Amber: delayed by supplier" a comment, which would become the plan's label (run 123 #1, #2).
        Optional<Brag> named = colour(s);
        if (named.isPresent()) {
            return named.map(Status::of);
        }
        if (s.contains("not complete") || s.contains("incomplete") || s.contains("not started")) {
            return Optional.empty();
        }
        // And the statuses in Welsh: "Oddi ar y trywydd" (off track) before "Ar y trywydd" (on track) it holds.
        if (s.contains("oddi ar y trywydd") || s.contains("off track") || s.contains("overdue")
                || s.contains("behind")) {
            return Optional.of(Status.OFF_TRACK);
        }
        // A status said not to be so is no rating to guess at, told as not understood: "Not on track" holds "on
        // track", as "Ddim ar y trywydd" (not on track) holds "ar y trywydd" (run 120 #1); said beside a rating,
        // "Off track - not on schedule", it is that rating's (run 122 #2).
        Matcher negated = NEGATED.matcher(s);
        boolean notAtRisk = false;
        boolean notOnTrack = false;
        while (negated.find()) {
            boolean risk = negated.group(1).equals("at risk") || negated.group(1).equals("mewn perygl");
            notAtRisk |= risk;
            notOnTrack |= !risk;
        }
        if ((s.contains("at risk") || s.contains("mewn perygl")) && !notAtRisk) {
            return Optional.of(Status.AT_RISK);
        }
        if (s.contains("on track") || s.contains("on target") || s.contains("ar y trywydd")) {
            return notOnTrack ? Optional.empty() : Optional.of(Status.ON_TRACK);
        }
        if (s.startsWith("complete") || s.contains(" complete") || s.contains("done") || s.equals("closed")
                || s.startsWith("cwblhawyd") || s.contains("wedi i gwblhau")) {
            return Optional.of(Status.COMPLETE);
        }
        return Optional.empty();
    }

    /** Whether a rating is in words rather than a BRAG colour's name or letter. */
    static boolean isWord(String text) {
        // "Coch / Red": a colour's name in two languages is a colour's name.
        if (bilingual(text).filter(halves -> halves.stream().anyMatch(half -> !isWord(half))).isPresent()) {
            return false;
        }
        return colour(text.strip().toLowerCase(Locale.ROOT)).isEmpty();
    }
}
