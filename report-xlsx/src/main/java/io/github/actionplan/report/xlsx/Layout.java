package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sheet each section goes on, so that reading the sheets in order, each top to bottom,
 * reads the report in order.
 *
 * <ul>
 *   <li>The first sheet holds the title, the subtitle and every section before the first table
 *       (or legend): key facts, the status summary and its chart, narrative.</li>
 *   <li>Each table, and the legend, has a sheet of its own.</li>
 *   <li>What introduces a table goes above it on its sheet: the sections from the heading that
 *       opens its group. Before the first table, that is the sections from the last heading, unless
 *       they include the status summary, which belongs on the first sheet.</li>
 *   <li>What follows a table stays below it on its sheet until a heading at the level of the one
 *       that opened its group (or higher) opens the next group; after the last table, all of it.
 *       A table with no heading of its own above it is in the group of the table before it, so an
 *       action plan's chapter (heading, facts, status table, the inspectorate's words, actions
 *       table, notes, update) keeps together over its two sheets.</li>
 * </ul>
 */
final class Layout {

    /**
     * A sheet of the workbook.
     *
     * @param main  the table or legend the sheet is for, or {@code null} for the first sheet
     * @param intro sections above it (on the first sheet: all of its sections)
     * @param outro sections below it
     */
    record Page(Section main, List<Section> intro, List<Section> outro) {}

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
        pages.add(new Page(null, List.copyOf(first.subList(0, split)), List.of()));
        List<Section> intro = first.subList(split, first.size());
        int level = 3;
        for (int i = 0; i < mains.size(); i++) {
            List<Section> after = runs.get(i + 1);
            level = groupLevel(intro, level);
            int end = i == mains.size() - 1 ? after.size() : groupEnd(after, level);
            pages.add(new Page(mains.get(i), List.copyOf(intro), List.copyOf(after.subList(0, end))));
            intro = after.subList(end, after.size());
        }
        return pages;
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
