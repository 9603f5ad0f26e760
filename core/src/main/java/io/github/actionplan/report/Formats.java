package io.github.actionplan.report;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.StatusCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How templates write dates, percentages, statuses and standard sections: one voice for all reports. */
final class Formats {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Formats() {}

    /** "1 Jun 2023", as action plans write deadlines. */
    static String shortDate(LocalDate date) {
        return Dates.shortDate(date);
    }

    /** "1 November 2023". */
    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    static Cell.PercentCell percentCell(Percent percent) {
        return new Cell.PercentCell(percent.value(), percent.rounded(), percent.rounded() + "%");
    }

    static Cell dateCell(Optional<LocalDate> date) {
        return date.<Cell>map(d -> new Cell.DateCell(d, shortDate(d))).orElse(Cell.empty());
    }

    static Cell timescaleCell(Optional<Timescale> timescale) {
        return timescale.<Cell>map(t -> new Cell.TimescaleCell(t.text(), t.dueDate(),
                t.kind() == Timescale.Kind.DATE ? "" : t.dueDate().map(Formats::shortDate).orElse("")))
                .orElse(Cell.empty());
    }

    static Cell.StatusCell statusCell(ActionPlan plan, Palette palette, RecommendationAssessment r) {
        Status status = r.status();
        Optional<String> flag = r.disagreesWithOwner()
                ? Optional.of("owner's assessment: " + plan.statusLabels().label(r.ownerAssessment().orElseThrow().status()))
                : Optional.empty();
        return new Cell.StatusCell(status, plan.statusLabels().label(status), palette.fill(status), palette.text(status),
                r.reason(), flag);
    }

    static Cell ownerStatusCell(ActionPlan plan, Palette palette, RecommendationAssessment r) {
        return r.ownerAssessment().<Cell>map(o -> new Cell.StatusCell(o.status(), plan.statusLabels().label(o.status()),
                palette.fill(o.status()), palette.text(o.status()),
                o.note().orElse("the owner's own assessment"), Optional.empty())).orElse(Cell.empty());
    }

    /** "AFI 1" as written; a bare number gets its kind: "Area for improvement 1". */
    static String name(Recommendation r) {
        return r.ref().matches("\\d+") ? r.kind().displayName() + " " + r.ref() : r.ref();
    }

    static String plural(RecommendationKind kind, long count) {
        String name = kind.displayName().toLowerCase(Locale.ROOT);
        return count == 1 ? name : name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
    }

    static DocumentMetadata metadata(PlanAssessment assessment, String title, String subject, String template) {
        ActionPlan plan = assessment.plan();
        return new DocumentMetadata(title, plan.organisation(), subject,
                List.of(plan.source().body(), "action plan", template), "en-GB",
                assessment.asOf().atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    static String subtitle(PlanAssessment assessment) {
        ActionPlan plan = assessment.plan();
        return plan.organisation() + plan.period().map(p -> ", " + p.displayName() + " update").orElse("")
                + ", as of " + longDate(assessment.asOf());
    }

    static Section.KeyFacts keyFacts(PlanAssessment assessment, Percent overall) {
        ActionPlan plan = assessment.plan();
        List<Section.KeyFact> facts = new ArrayList<>();
        facts.add(new Section.KeyFact("Organisation", plan.organisation()));
        facts.add(new Section.KeyFact("Reporting date", longDate(assessment.asOf())));
        plan.period().ifPresent(p -> facts.add(new Section.KeyFact("Reporting period", p.displayName() + " (" + p + ")")));
        SourceInspection source = plan.source();
        facts.add(new Section.KeyFact("Source", source.body() + ": " + source.title()
                + source.published().map(d -> " (published " + longDate(d) + ")").orElse("")));
        facts.add(new Section.KeyFact("Items", Integer.toString(assessment.recommendations().size())));
        facts.add(new Section.KeyFact("Overall progress", overall.rounded() + "%"));
        return new Section.KeyFacts(facts);
    }

    static Section.StatusSummary statusSummary(PlanAssessment assessment, List<RecommendationAssessment> items,
            Palette palette, String what) {
        ActionPlan plan = assessment.plan();
        StatusCounts counts = StatusCounts.of(items);
        List<Section.StatusCount> rows = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Status status : Status.summaryOrder()) {
            BigDecimal share = counts.share(status);
            String label = plan.statusLabels().label(status);
            rows.add(new Section.StatusCount(status, label, counts.count(status), share, percent(share),
                    palette.fill(status), palette.text(status)));
            words.add(counts.count(status) + " " + label);
        }
        String description = "Of " + counts.total() + " " + what + ": " + String.join(", ", words.subList(0, words.size() - 1))
                + " and " + words.get(words.size() - 1) + ".";
        return new Section.StatusSummary("Status as of " + longDate(assessment.asOf()), rows, counts.total(), description);
    }

    static Section.Legend legend(ActionPlan plan, Palette palette) {
        List<Section.LegendEntry> entries = new ArrayList<>();
        for (Status status : List.of(Status.COMPLETE, Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK)) {
            entries.add(new Section.LegendEntry(status, status.brag().displayName(), plan.statusLabels().label(status),
                    meaning(status), palette.fill(status), palette.text(status)));
        }
        return new Section.Legend("Key to BRAG ratings", entries);
    }

    private static String meaning(Status status) {
        return switch (status) {
            case COMPLETE -> "Complete: progress is 100% or a completion date is given";
            case OFF_TRACK -> "Off track: not complete and the due date has passed";
            case AT_RISK -> "At risk: not complete, due soon and behind, or waiting on someone else";
            case ON_TRACK -> "On track: not complete, and on course to meet its due date";
        };
    }

    /** The recommendation's words, led by its ref in bold: "Rec 17: With immediate effect, ...". */
    static Narrative refAndText(Recommendation r) {
        Narrative text = Narrative.parse(r.text());
        List<Block> blocks = new ArrayList<>(text.blocks());
        Inline.Span ref = new Inline.Span(ReportText.clean(r.ref()) + ": ", false, true);
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            List<Inline> inlines = new ArrayList<>();
            inlines.add(ref);
            inlines.addAll(first.inlines());
            blocks.set(0, new Block.Paragraph(inlines));
        } else {
            blocks.add(0, new Block.Paragraph(List.of(ref)));
        }
        return new Narrative(blocks);
    }
}
