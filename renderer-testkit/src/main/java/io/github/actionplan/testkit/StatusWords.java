package io.github.actionplan.testkit;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds a status cell shown with another status's words right beside it: a BRAG colour name ("Amber") or a label
 * of another status, in the extracted text between the cell and its neighbours in the row. Such a word is one of the
 * report's (the legend names every colour), so the check for words of the renderer's own cannot see it; it is
 * what a renderer that picks a status's colour word itself, with a switch on {@link Cell.StatusCell#status()}, and
 * gets it wrong writes ("Amber: Open - Actions on going off track" for an item off track, whose colour is Red).
 *
 * <p>Only a short gap made of nothing but status words counts: where a cell's text is not found where it belongs,
 * or the gap holds any other word (a layout word, a page's running header, a text found in the wrong place), the kit
 * cannot tell what the words are next to, and says nothing, so that a correct renderer is never failed by it.
 */
final class StatusWords {

    /** The longest gap, in characters other than white space, between a status cell and its neighbour. */
    private static final int LONGEST_GAP = 40;

    private final Map<Status, Set<String>> words;
    private final String normal;
    private final String written;
    /** For each character of {@link #normal}, and one past its end, its index in {@link #written}. */
    private final int[] at;
    private final UnaryOperator<String> normaliseExpected;
    /** Where in {@link #normal} the last table looked at ended. */
    private int tableCursor;
    /** Each wrong status shown, as written, and how often. */
    private final Map<String, Integer> wrong = new LinkedHashMap<>();

    private StatusWords(Report report, String extracted, UnaryOperator<String> normaliseExpected) {
        this.normaliseExpected = normaliseExpected;
        this.words = wordsOf(tables(report), normaliseExpected);
        written = Normalizer.normalize(extracted, Normalizer.Form.NFC);
        StringBuilder normalised = new StringBuilder(written.length());
        int[] map = new int[written.length() + 1];
        int k = 0;
        for (int i = 0; i < written.length(); i++) {
            if (!TextNormalisation.isSpace(written.charAt(i))) {
                map[k++] = i;
                normalised.append(written.charAt(i));
            }
        }
        map[k] = written.length();
        normal = normalised.toString();
        at = map;
    }

    /**
     * Each status cell of {@code report} shown in {@code extracted} with another status's BRAG colour name or label
     * beside it: the words as written, with the status and how often.
     */
    static List<String> wrong(Report report, String extracted, UnaryOperator<String> normaliseExpected) {
        StatusWords check = new StatusWords(report, extracted, normaliseExpected);
        for (Section.Table table : tables(report)) {
            check.table(table);
        }
        return check.wrong.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " times)" : "")).toList();
    }

    /** The report's tables in reading order, those of a status summary, a legend or any other section's fallback. */
    private static List<Section.Table> tables(Report report) {
        List<Section.Table> tables = new ArrayList<>();
        report.sections().forEach(section -> collect(section, tables));
        return tables;
    }

    private static void collect(Section section, List<Section.Table> tables) {
        switch (section) {
            case Section.Table table -> tables.add(table);
            case Section.Heading heading -> { }
            case Section.NarrativeText text -> { }
            default -> section.fallback().forEach(part -> collect(part, tables));
        }
    }

    /**
     * The words each status is shown with in the report, normalised: its BRAG colour's name and the label of every
     * status cell of it (the legend's status cells are the colour names, the others the plan's labels), and the
     * label the legend gives it beside its colour.
     */
    private static Map<Status, Set<String>> wordsOf(List<Section.Table> tables, UnaryOperator<String> normalise) {
        Map<Status, Set<String>> words = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            words.computeIfAbsent(status, s -> new LinkedHashSet<>()).add(status.brag().displayName());
        }
        for (Section.Table table : tables) {
            for (List<Cell> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) instanceof Cell.StatusCell cell) {
                        words.get(cell.status()).add(cell.label());
                        // The legend: a colour's status cell, then the status's label as text.
                        if (i + 1 < row.size() && row.get(i + 1) instanceof Cell.TextCell label
                                && cell.label().equals(cell.status().brag().displayName())) {
                            words.get(cell.status()).add(label.text());
                        }
                    }
                }
            }
        }
        Map<Status, Set<String>> normalised = new EnumMap<>(Status.class);
        words.forEach((status, texts) -> normalised.put(status, new LinkedHashSet<>(texts.stream()
                .map(normalise).map(StatusWords::fold).filter(w -> !w.isEmpty()).toList())));
        return normalised;
    }

    /** {@code text} normalised as the kit matches it, and in lower case: a colour word in capitals is still it. */
    private static String fold(String text) {
        return TextNormalisation.normalise(text).toLowerCase(Locale.ROOT);
    }

    /** Walks the table's header and rows in order, looking at the gaps on each side of each status cell. */
    private void table(Section.Table table) {
        // From where the table before ended, as tables come in reading order; from the start where the text has them
        // in another order (a workbook's sheets), so that the table's cells are not looked for only after it.
        int cursor = tableCursor;
        String firstHeader = table.headers().isEmpty() ? ""
                : TextNormalisation.normalise(normaliseExpected.apply(table.headers().getFirst()));
        if (!firstHeader.isEmpty() && normal.indexOf(firstHeader, cursor) < 0) {
            cursor = 0;
        }
        int previousEnd = -1;
        for (String header : table.headers()) {
            String wanted = TextNormalisation.normalise(normaliseExpected.apply(header));
            int found = wanted.isEmpty() ? -1 : normal.indexOf(wanted, cursor);
            if (found >= 0) {
                cursor = found + wanted.length();
                previousEnd = cursor;
            }
        }
        List<List<Cell>> rows = new ArrayList<>(table.rows());
        table.totalRow().ifPresent(rows::add);
        // The status cell just before, whose words may follow it in the gap before the next cell.
        Cell.StatusCell pending = null;
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                int start = -1;
                int end = -1;
                int from = cursor;
                for (String text : cell.texts()) {
                    String wanted = TextNormalisation.normalise(normaliseExpected.apply(text));
                    if (wanted.isEmpty()) {
                        continue;
                    }
                    int found = normal.indexOf(wanted, from);
                    if (found < 0) {
                        start = -1;
                        break;
                    }
                    start = start < 0 ? found : start;
                    end = found + wanted.length();
                    from = end;
                }
                if (start < 0) {
                    // Not found where it belongs (or nothing to find): what is next to it is unknown.
                    if (!cell.texts().stream().allMatch(t -> TextNormalisation.normalise(t).isEmpty())) {
                        previousEnd = -1;
                        pending = null;
                    }
                    continue;
                }
                Cell.StatusCell status = cell instanceof Cell.StatusCell s ? s : null;
                if (previousEnd >= 0 && (pending != null || status != null)) {
                    look(pending, status, previousEnd, start);
                }
                pending = status;
                cursor = end;
                previousEnd = end;
            }
        }
        tableCursor = cursor;
    }

    /**
     * The gap from {@code gapStart} to {@code gapEnd} after status cell {@code after} and before status cell
     * {@code before} (either null where that neighbour is no status cell): where it is short and made only of status
     * words, one of a status neither neighbour has among them, it is recorded, as written. A word between two status
     * cells may be either's, so it counts as wrong only if it is neither's.
     */
    private void look(Cell.StatusCell after, Cell.StatusCell before, int gapStart, int gapEnd) {
        if (gapEnd - gapStart > LONGEST_GAP || gapEnd <= gapStart) {
            return;
        }
        String gap = normal.substring(gapStart, gapEnd).toLowerCase(Locale.ROOT);
        Set<String> own = new LinkedHashSet<>();
        for (Cell.StatusCell cell : java.util.Arrays.asList(after, before)) {
            if (cell != null) {
                own.addAll(words.get(cell.status()));
            }
        }
        // Longest first, so that a word inside a longer one ("red" in "deferred") is not taken for itself.
        List<String> all = words.values().stream().flatMap(Set::stream).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean another = false;
        String left = gap;
        for (String word : all) {
            if (left.contains(word)) {
                another |= !own.contains(word);
                left = left.replace(word, "\u0000");
            }
        }
        if (another && left.codePoints().noneMatch(Character::isLetter)) {
            // The words as written, less the separators around them ("| Amber:" is "Amber").
            String shown = written.substring(at[gapStart], at[gapEnd - 1] + 1)
                    .replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            String key = StringsInOrder.quote(shown, 40) + (before != null && after != null
                    ? " between " + StringsInOrder.quote(after.label(), 60) + " and " + described(before)
                    : before != null ? " before " + described(before) : " after " + described(after));
            wrong.merge(key, 1, Integer::sum);
        }
    }

    /** "\"Open - Actions on going off track\" (a status cell of Off track, whose colour is Red)". */
    private static String described(Cell.StatusCell cell) {
        return StringsInOrder.quote(cell.label(), 60) + " (a status cell of " + cell.status().defaultLabel()
                + ", whose colour is " + cell.status().brag().displayName() + ")";
    }
}
