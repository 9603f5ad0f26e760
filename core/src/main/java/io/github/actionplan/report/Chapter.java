package io.github.actionplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of sections under one heading, on pages of one orientation: one recommendation of the
 * action plan, or the whole body of a summary. Renderers start a new page where the orientation
 * changes from one chapter to the next and lay the chapter's heading out as a level-1 heading; a
 * chapter with an empty heading (the opening facts, the closing key) has none drawn.
 *
 * @param heading     the chapter's heading; empty for none
 * @param orientation the orientation of its pages
 * @param sections    its sections, in reading order
 */
public record Chapter(String heading, Orientation orientation, List<Section> sections) {

    /** Copies the list, cleans the heading and checks every section can be drawn by any renderer. */
    public Chapter {
        heading = ReportText.clean(Objects.requireNonNull(heading, "heading"));
        Objects.requireNonNull(orientation, "orientation");
        for (int i = 0; i < Objects.requireNonNull(sections, "sections").size(); i++) {
            if (sections.get(i) == null) {
                throw new NullPointerException("chapter '" + heading + "' section " + (i + 1) + " is null");
            }
        }
        sections = List.copyOf(sections);
        sections.forEach(Chapter::checkFallback);
    }

    /**
     * The evolution rule: a renderer draws the section types it knows and, for any other, its
     * {@link Section#fallback()}, which must be made of the basic types alone.
     */
    private static void checkFallback(Section section) {
        if (Section.isBasic(section)) {
            return;
        }
        for (Section part : section.fallback()) {
            if (!Section.isBasic(part)) {
                throw new IllegalArgumentException(section.getClass().getName() + "'s fallback holds a "
                        + part.getClass().getName() + ": a fallback is made of Heading, NarrativeText and Table only");
            }
        }
    }

    /** A chapter without a heading. */
    public static Chapter untitled(Orientation orientation, List<Section> sections) {
        return new Chapter("", orientation, sections);
    }

    /** Every string this chapter must show, in reading order: its heading, then each section's. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        if (!heading.isEmpty()) {
            texts.add(heading);
        }
        sections.forEach(section -> texts.addAll(section.texts()));
        return List.copyOf(texts);
    }
}
