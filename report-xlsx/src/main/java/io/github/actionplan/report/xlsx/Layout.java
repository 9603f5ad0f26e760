package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sheet each section goes on, so that reading the sheets in order, each top to bottom,
 * reads the report in order, and so that the number of sheets does not grow with the plan. The
 * chapters are core's; nothing here infers one.
 *
 * <ul>
 *   <li>The first sheet holds the title and subtitle, then what comes before the first table or
 *       titled chapter: key facts, the status summary with its chart and table, narrative.</li>
 *   <li>In a chapter without a heading, a table (the legend's too) starts a sheet of its own,
 *       named after it, and what follows it stays below it until the next table. Headings
 *       directly before a table go with it.</li>
 *   <li>Chapters with a heading that follow one another share one sheet, "Chapters" in the report's
 *       {@link LayoutWords}, as are the names of sheets with nothing else to name them after, each under
 *       its heading, tables among their other sections; a lone chapter's sheet is named after
 *       it.</li>
 *   <li>A sheet prints in the orientation of its chapters: where a chapter's orientation differs
 *       from the sheet it would go on, it starts a new sheet.</li>
 * </ul>
 * Section types this renderer does not know are replaced by their fallback first.
 */
final class Layout {

    /**
     * One sheet of the workbook, in the order the sheets are made.
     *
     * @param name        what to name it (made unique when the sheet is made)
     * @param orientation which way up it prints
     * @param sections    what it holds, in reading order; a chapter's heading is a level-1 heading
     * @param first       whether it is the first sheet, which holds the title
     */
    record Page(String name, Orientation orientation, List<Section> sections, boolean first) {
        /** The tables on the page, those of the status summary and the legend included. */
        List<Section.Table> tables() {
            List<Section.Table> tables = new ArrayList<>();
            for (Section section : sections) {
                switch (section) {
                    case Section.Table table -> tables.add(table);
                    case Section.StatusSummary summary -> tables.add(summary.table());
                    case Section.Legend legend -> tables.add(legend.table());
                    default -> { }
                }
            }
            return tables;
        }

        /**
         * The key facts on the page that show something, as the tables core makes of them: they are
         * Excel tables too, but go beside the others (they neither set the sheet's columns nor make
         * a sheet of one table), so that a page's layout stays as its tables make it.
         */
        List<Section.Table> keyFacts() {
            return sections.stream().filter(Section.KeyFacts.class::isInstance).map(Section.KeyFacts.class::cast)
                    .filter(facts -> !facts.facts().isEmpty()).map(Section.KeyFacts::table).toList();
        }
    }

    /** A page being filled. */
    private static final class Builder {
        private final String name;
        private final String fallback;
        /** The name of a sheet several chapters share. */
        private final String shared;
        private final Orientation orientation;
        private final boolean first;
        private final boolean chapters;
        private final List<Section> sections = new ArrayList<>();
        private int chapterCount;

        Builder(String name, String fallback, String shared, Orientation orientation, boolean first,
                boolean chapters) {
            this.name = name;
            this.fallback = fallback;
            this.shared = shared;
            this.orientation = orientation;
            this.first = first;
            this.chapters = chapters;
        }

        /**
         * Named as asked; else, where that has nothing a sheet name can hold, after its first such
         * heading; else the fallback. Several chapters make the shared name ("Chapters").
         */
        Page build() {
            String shown = chapterCount > 1 ? shared : name;
            if (SheetNames.clean(shown).isEmpty()) {
                shown = sections.stream().filter(Section.Heading.class::isInstance)
                        .map(s -> ((Section.Heading) s).text()).filter(t -> !SheetNames.clean(t).isEmpty())
                        .findFirst().orElse(fallback);
            }
            return new Page(shown, orientation, List.copyOf(sections), first);
        }
    }

    private Layout() {}

    /** The pages of a report's chapters, named in the standard words. */
    static List<Page> of(List<Chapter> chapters) {
        return of(chapters, LayoutWords.standard());
    }

    /**
     * The pages of a report's chapters, those with nothing to name them after named in {@code words}; the first is
     * always the first sheet.
     */
    static List<Page> of(List<Chapter> chapters, LayoutWords words) {
        List<Page> pages = new ArrayList<>();
        Orientation start = chapters.isEmpty() ? Orientation.PORTRAIT : chapters.get(0).orientation();
        Builder page = new Builder(words.overview(), words.overview(), words.chapters(), start, true, false);
        for (Chapter chapter : chapters) {
            List<Section> sections = known(chapter.sections());
            Orientation orientation = chapter.orientation();
            if (!chapter.heading().isEmpty()) {
                if (!page.chapters || page.orientation != orientation) {
                    pages.add(page.build());
                    page = new Builder(chapter.heading(), words.chapters(), words.chapters(), orientation, false,
                            true);
                }
                page.chapterCount++;
                page.sections.add(new Section.Heading(1, chapter.heading()));
                page.sections.addAll(sections);
                continue;
            }
            // headings seen since the last other section: they go with a table that follows them
            List<Section> headings = new ArrayList<>();
            for (Section section : sections) {
                if (section instanceof Section.Heading) {
                    headings.add(section);
                    continue;
                }
                if (section instanceof Section.Table || section instanceof Section.Legend) {
                    pages.add(page.build());
                    page = new Builder(title(section), words.table(), words.chapters(), orientation, false, false);
                } else {
                    page = turned(page, orientation, pages, words);
                }
                page.sections.addAll(headings);
                page.sections.add(section);
                headings.clear();
            }
            if (!headings.isEmpty()) {
                page = turned(page, orientation, pages, words);
                page.sections.addAll(headings);
            }
        }
        pages.add(page.build());
        return pages;
    }

    /** {@code page}, or a new page after it where the orientation differs. */
    private static Builder turned(Builder page, Orientation orientation, List<Page> pages, LayoutWords words) {
        if (page.orientation == orientation) {
            return page;
        }
        pages.add(page.build());
        return new Builder("", words.notes(), words.chapters(), orientation, false, false);
    }

    private static String title(Section tableOrLegend) {
        return tableOrLegend instanceof Section.Legend legend ? legend.table().title()
                : ((Section.Table) tableOrLegend).title();
    }

    /** The sections, each of a type this renderer does not know replaced by its fallback. */
    static List<Section> known(List<Section> sections) {
        List<Section> known = new ArrayList<>(sections.size());
        for (Section section : sections) {
            switch (section) {
                case Section.Heading h -> known.add(h);
                case Section.NarrativeText n -> known.add(n);
                case Section.Table t -> known.add(t);
                case Section.KeyFacts f -> known.add(f);
                case Section.StatusSummary s -> known.add(s);
                case Section.Legend l -> known.add(l);
                default -> known.addAll(section.fallback());
            }
        }
        return known;
    }
}
