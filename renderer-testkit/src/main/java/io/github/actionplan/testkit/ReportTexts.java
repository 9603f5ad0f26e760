package io.github.actionplan.testkit;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings a rendered report must show, in reading order: what the contract kit looks for in a
 * renderer's extracted text. Every string is one core decided; a renderer lays it out and drops
 * none.
 *
 * <p>Included: the title and subtitle; headings; key facts' labels and values; the status
 * summary's title, header row, each status's label, count and share, and the total row; tables'
 * titles, headers and every cell's display text: dates, percentages and numbers as core wrote them
 * ("1 Jun 2023", "87%"), a timescale's words and then its due date where that is not already the
 * words, a status cell's label, its flag and the reason for the status; the legend's title, header
 * row, and each entry's colour name, label and meaning. Not included: a status summary's
 * description, which is the text alternative of a chart (in a document's accessibility tags, not
 * on the page).
 */
public final class ReportTexts {

    private ReportTexts() {}

    /** Every string {@code report} must show, in reading order. */
    public static List<String> expected(Report report) {
        List<String> texts = new ArrayList<>();
        texts.add(report.title());
        texts.add(report.subtitle());
        for (Section section : report.sections()) {
            switch (section) {
                case Section.Heading h -> texts.add(h.text());
                case Section.KeyFacts k -> k.facts().forEach(f -> {
                    texts.add(f.label());
                    texts.add(f.value());
                });
                case Section.StatusSummary s -> {
                    texts.add(s.title());
                    texts.addAll(s.headers());
                    s.counts().forEach(c -> {
                        texts.add(c.label());
                        texts.add(c.countText());
                        texts.add(c.shareText());
                    });
                    texts.add(s.totalLabel());
                    texts.add(s.totalText());
                }
                case Section.Table t -> {
                    texts.add(t.title());
                    t.columns().stream().map(Column::header).forEach(texts::add);
                    for (List<Cell> row : t.rows()) {
                        for (Cell cell : row) {
                            cellTexts(cell, texts);
                        }
                    }
                }
                case Section.NarrativeText n -> texts.addAll(n.narrative().texts());
                case Section.Legend l -> {
                    texts.add(l.title());
                    texts.addAll(l.headers());
                    l.entries().forEach(e -> {
                        texts.add(e.colourName());
                        texts.add(e.label());
                        texts.add(e.meaning());
                    });
                }
            }
        }
        return texts;
    }

    private static void cellTexts(Cell cell, List<String> texts) {
        switch (cell) {
            case Cell.NarrativeCell n -> texts.addAll(n.narrative().texts());
            case Cell.TimescaleCell t -> {
                texts.add(t.text());
                if (!t.dueText().equals(t.text())) {
                    texts.add(t.dueText());
                }
            }
            case Cell.StatusCell s -> {
                texts.add(s.label());
                s.flag().ifPresent(texts::add);
                texts.add(s.reason());
            }
            // Text, dates, percentages, numbers: as core wrote them; an empty cell adds "".
            default -> texts.add(cell.text());
        }
    }
}
