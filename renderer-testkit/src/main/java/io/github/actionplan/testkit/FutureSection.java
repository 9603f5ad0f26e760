package io.github.actionplan.testkit;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A section type no renderer can know, as a later version of core or a template of someone's own
 * might add: the kit puts one in a report to prove a renderer draws the
 * {@linkplain Section#fallback() fallback} of a type it does not know, rather than failing or
 * dropping it.
 */
record FutureSection(String heading, String text, String rowLabel, String rowValue) implements Section {

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        fallback().forEach(section -> texts.addAll(section.texts()));
        return texts;
    }

    @Override
    public List<Section> fallback() {
        return List.of(new Section.Heading(2, heading), new Section.NarrativeText(Narrative.plain(text)),
                new Section.Table("", List.of(new Column("Milestone", Column.ColumnType.TEXT, 2),
                        new Column("Due", Column.ColumnType.TEXT, 1)),
                        List.of(List.of(new Cell.TextCell(rowLabel), new Cell.TextCell(rowValue)))));
    }
}
