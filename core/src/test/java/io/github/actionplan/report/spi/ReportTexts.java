package io.github.actionplan.report.spi;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings a rendered report must contain, in reading order: what the contract kit looks for
 * in a renderer's extracted text.
 *
 * <p>Included: the title and subtitle; headings; key facts' labels and values; the status
 * summary's title and labels; tables' titles, headers and the text of text, narrative, timescale
 * and status cells (a status cell's label and flag); the legend's title, colour names, labels and
 * meanings. Not included: typed values whose display a format may choose (dates, numbers,
 * percentages: a spreadsheet shows its own date format), a status cell's reason (a format may put
 * it in a comment), and a status summary's description (it is a chart's alternative text).
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
                    s.counts().forEach(c -> texts.add(c.label()));
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
            case Cell.TextCell t -> texts.add(t.text());
            case Cell.NarrativeCell n -> texts.addAll(n.narrative().texts());
            case Cell.TimescaleCell t -> texts.add(t.text());
            case Cell.StatusCell s -> {
                texts.add(s.label());
                s.flag().ifPresent(texts::add);
            }
            case Cell.EmptyCell e -> {
                // Nothing to show.
            }
            case Cell.DateCell d -> {
                // A typed value: each format shows dates its own way.
            }
            case Cell.PercentCell p -> {
                // A typed value.
            }
            case Cell.NumberCell n -> {
                // A typed value.
            }
        }
    }
}
