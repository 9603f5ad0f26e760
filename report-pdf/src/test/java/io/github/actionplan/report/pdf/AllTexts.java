package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Every string of a report a reader should find in its PDF: more than the contract kit asks for
 * (reasons, due dates, descriptions, typed values as shown).
 */
final class AllTexts {

    private AllTexts() {}

    static List<String> of(Report report) {
        List<String> texts = new ArrayList<>(List.of(report.title(), report.subtitle()));
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading h -> texts.add(h.text());
                case Section.KeyFacts k -> k.facts().forEach(f -> texts.addAll(List.of(f.label(), f.value())));
                case Section.StatusSummary s -> {
                    texts.addAll(List.of(s.title(), s.description()));
                    s.counts().forEach(c -> texts.addAll(List.of(c.label(), c.shareText())));
                }
                case Section.Table t -> {
                    texts.add(t.title());
                    t.columns().stream().map(Column::header).forEach(texts::add);
                    t.rows().forEach(row -> row.forEach(cell -> texts.addAll(cellTexts(cell))));
                }
                case Section.NarrativeText n -> texts.addAll(n.narrative().texts());
                case Section.Legend l -> {
                    texts.add(l.title());
                    l.entries().forEach(e -> texts.addAll(List.of(e.label(), e.colourName(), e.meaning())));
                }
            }
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    private static List<String> cellTexts(Cell cell) {
        return switch (cell) {
            case Cell.NarrativeCell n -> n.narrative().texts();
            case Cell.StatusCell s -> {
                List<String> texts = new ArrayList<>(List.of(s.label(), s.reason()));
                s.flag().ifPresent(texts::add);
                yield texts;
            }
            case Cell.TimescaleCell t -> List.of(t.text(), t.dueText());
            default -> List.of(cell.text());
        };
    }
}
