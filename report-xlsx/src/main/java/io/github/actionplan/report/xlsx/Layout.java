package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sheet each section goes on, so that reading the sheets in order, each top to bottom,
 * reads the report in order, and so that the number of sheets does not grow with the plan.
 *
 * <ul>
 *   <li>The first sheet holds the title, the subtitle and every section before the first table
 *       (or legend): key facts, the status summary and its chart, narrative.</li>
 *   <li>A table goes on a sheet with what introduces it above it: the sections from the heading
 *       that opens its group. Before the first table, that is the sections from the last heading,
 *       unless they include the status summary, which belongs on the first sheet.</li>
 *   <li>What follows a table stays below it until a heading at the level of the one that opened
 *       its group (or higher) opens the next group; after the last table, all of it. A table with
 *       no heading of its own above it is in the group of the table before it, so an action
 *       plan's chapter (heading, facts, status table, the inspectorate's words, actions table,
 *       notes, update) keeps together.</li>
 *   <li>A group opened by a heading is a chapter. Chapters that follow one another, opened by
 *       headings of the same level, share one sheet, "Chapters", one after another in reading
 *       order; a single chapter of several tables has a sheet named after its heading. Any other
 *       table has a sheet of its own, named after it. So a national action plan has the same
 *       three sheets as a service's, not two per chapter.</li>
 *   <li>The legend has a sheet of its own.</li>
 * </ul>
 */
final class Layout {

    /** The name of the sheet that several chapters share. */
    static final String CHAPTERS = "Chapters";

    /** A sheet of the workbook, in the order the sheets are made. */
    sealed interface Page {}

    /**
     * The first sheet.
     *
     * @param sections all of its sections
     */
    record First(List<Section> sections) implements Page {}

    /**
     * A sheet for one table, or for the legend.
     *
     * @param main  the table or legend
     * @param intro sections above it
     * @param outro sections below it
     */
    record Single(Section main, List<Section> intro, List<Section> outro) implements Page {}

    /**
     * A sheet that several tables share, with everything around them, in reading order.
     *
     * @param name     the name to give the sheet
     * @param sections its sections, tables among them
     */
    record Shared(String name, List<Section> sections) implements Page {}

    /** A table or the legend with the sections around it, and the group it belongs to. */
    private record Piece(Section main, List<Section> intro, List<Section> outro, int level, boolean opensGroup) {}

    private Layout() {}

    /** The pages of {@code sections}; the first is always the first sheet. */
    static List<Page> of(List<Section> sections) {
        List<List<Section>> runs = new ArrayList<>();
        List<Section> mains = new ArrayList<>();
        List<Section> run = new ArrayList<>();
        for (Section section : sections) {
            if (section instanceof Section.Table || section instanceof Section.Legend) {
                runs.add(run);
                mains.add(section);
                run = new ArrayList<>();
            } else {
                run.add(section);
            }
        }
        runs.add(run);

        List<Page> pages = new ArrayList<>();
        List<Section> first = runs.get(0);
        int split = mains.isEmpty() ? first.size() : introStart(first);
        pages.add(new First(List.copyOf(first.subList(0, split))));
        List<Piece> pieces = new ArrayList<>();
        List<Section> intro = first.subList(split, first.size());
        int level = 3;
        for (int i = 0; i < mains.size(); i++) {
            List<Section> after = runs.get(i + 1);
            boolean opensGroup = opensGroup(intro) || i == 0 || mains.get(i - 1) instanceof Section.Legend
                    || mains.get(i) instanceof Section.Legend;
            level = groupLevel(intro, level);
            int end = i == mains.size() - 1 ? after.size() : groupEnd(after, level);
            pieces.add(new Piece(mains.get(i), List.copyOf(intro), List.copyOf(after.subList(0, end)),
                    opensGroup(intro) ? level : 0, opensGroup));
            intro = after.subList(end, after.size());
        }
        pages.addAll(sheets(groups(pieces)));
        return pages;
    }

    /** The pieces in groups: a group starts at a piece whose introduction has a heading, or at the legend. */
    private static List<List<Piece>> groups(List<Piece> pieces) {
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.opensGroup() || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(piece);
        }
        return groups;
    }

    /** Chapters one after another, opened by headings of one level, share a sheet; the rest have their own. */
    private static List<Page> sheets(List<List<Piece>> groups) {
        List<Page> pages = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            List<Piece> group = groups.get(i);
            if (!isChapter(group)) {
                group.forEach(piece -> pages.add(new Single(piece.main(), piece.intro(), piece.outro())));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < groups.size() && isChapter(groups.get(end))
                    && groups.get(end).get(0).level() == group.get(0).level()) {
                end++;
            }
            if (end - i == 1 && group.size() == 1) {
                Piece piece = group.get(0);
                pages.add(new Single(piece.main(), piece.intro(), piece.outro()));
            } else {
                List<Section> shared = new ArrayList<>();
                for (List<Piece> member : groups.subList(i, end)) {
                    for (Piece piece : member) {
                        shared.addAll(piece.intro());
                        shared.add(piece.main());
                        shared.addAll(piece.outro());
                    }
                }
                String name = end - i == 1 ? heading(group.get(0)) : CHAPTERS;
                pages.add(new Shared(name, List.copyOf(shared)));
            }
            i = end;
        }
        return pages;
    }

    /**
     * Whether a group is a chapter: opened by a heading, with tables (not the legend) in it.
     * Tables with no heading between them are not chapters; each keeps a sheet of its own.
     */
    private static boolean isChapter(List<Piece> group) {
        return group.get(0).level() > 0 && group.stream().noneMatch(p -> p.main() instanceof Section.Legend);
    }

    /** The text of the heading that opens the piece's group. */
    private static String heading(Piece piece) {
        return piece.intro().stream()
                .filter(s -> s instanceof Section.Heading h && h.level() == piece.level())
                .map(s -> ((Section.Heading) s).text())
                .findFirst()
                .orElse(CHAPTERS);
    }

    private static boolean opensGroup(List<Section> intro) {
        return intro.stream().anyMatch(Section.Heading.class::isInstance);
    }

    /** Where the first table's introduction starts in the sections before it. */
    private static int introStart(List<Section> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Section section = before.get(i);
            if (section instanceof Section.StatusSummary) {
                return before.size();
            }
            if (section instanceof Section.Heading) {
                return i;
            }
        }
        return before.size();
    }

    /**
     * The level of the highest heading that introduces a table, or {@code previous} (the group of
     * the table before) when none does. At the start it is 3, so that any heading ends a group.
     */
    private static int groupLevel(List<Section> intro, int previous) {
        return intro.stream()
                .filter(Section.Heading.class::isInstance)
                .mapToInt(s -> ((Section.Heading) s).level())
                .min()
                .orElse(previous);
    }

    private static int groupEnd(List<Section> after, int level) {
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i) instanceof Section.Heading heading && heading.level() <= level) {
                return i;
            }
        }
        return after.size();
    }
}
