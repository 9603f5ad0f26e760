package io.github.actionplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.summary.Movement;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.summary.SnapshotComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code actionplan status PLAN.json}: the status counts, then one line per recommendation. Every
 * status, label, reason, progress and due date shown is core's; this class only lays them out.
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows where a plan stands at a reporting date.", "",
                "Prints the status counts and overall progress, then one line per recommendation: ref, status,"
                        + " progress, due date and the reason in words. With --json, one JSON object: asOf, counts,"
                        + " overallProgress and recommendations (ref, status, label, brag, progress (a whole percent, as"
                        + " reports show it; null where none is reported), due, reason,"
                        + " ownerAssessment where given, disagreesWithOwner, and subActions: id, status, label, brag,"
                        + " progress, due (its recommendation's where it has no timescale of its own, as assessed),"
                        + " reason)."})
final class StatusCommand implements Callable<Integer> {

    /** Every character past ASCII escaped, so that a text's control or format characters reach no terminal. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PLAN.json",
            description = "The plan; with several, the counts of each and of all together, at one date (--as-of,"
                    + " else the latest of the plans').")
    List<Path> plans;

    @Option(names = "--since", paramLabel = "OLD.json",
            description = "An earlier snapshot of the plan: also prints how each item moved since then (worsened,"
                    + " rescheduled, new, improved, unchanged or removed). One plan only.")
    Path since;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, YYYY-MM-DD. Default: the plan's asOf, else today in the UK.")
    LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    AssessmentOptions assessment;

    @Override
    public Integer call() throws IOException {
        Snapshots.checkOnePlan(spec, since, plans.size());
        PrintWriter out = spec.commandLine().getOut();
        List<ActionPlan> read = new ArrayList<>();
        List<PlanReader.Result> results = PlanFiles.readAll(plans);
        for (int i = 0; i < plans.size(); i++) {
            PlanFiles.printProblems(plans.get(i).toString(), results.get(i).warnings(), spec.commandLine().getErr());
            read.add(results.get(i).plan());
        }
        if (read.size() > 1) {
            LocalDate date = Snapshots.commonDate(asOf, read, root::today);
            List<PlanSummary> summaries = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                summaries.add(PlanSummary.of(Snapshots.assess(spec, assessment.assessor(), read.get(i), date,
                        plans.get(i))));
                warnOutsidePeriod(read.get(i), plans.get(i));
            }
            out.println(json ? portfolioJson(date, summaries) : portfolioText(date, summaries));
            return ActionPlanCommand.EXIT_OK;
        }
        ActionPlan actionPlan = read.getFirst();
        LocalDate date = asOf != null ? asOf : actionPlan.asOf().orElseGet(root::today);
        PlanSummary summary = PlanSummary.of(Snapshots.assess(spec, assessment.assessor(), actionPlan, date,
                plans.getFirst()));
        warnOutsidePeriod(actionPlan, plans.getFirst());
        Optional<SnapshotComparison> movements = Optional.empty();
        if (since != null) {
            movements = Optional.of(SnapshotComparison.between(Snapshots.earlier(spec, since, assessment.assessor(),
                    date, spec.commandLine().getErr(), summary.assessment()), summary.assessment()));
        }
        if (json) {
            ObjectNode root = json(summary);
            movements.ifPresent(m -> movementsJson(root.putObject("since"), m));
            out.println(MAPPER.writeValueAsString(root));
        } else {
            text(actionPlan, summary, out);
            movements.ifPresent(m -> movementsText(actionPlan, m, out));
        }
        return ActionPlanCommand.EXIT_OK;
    }

    /** {@link Snapshots#warnOutsidePeriod} where a date was given, once the plan is assessed at it. */
    private void warnOutsidePeriod(ActionPlan plan, Path source) {
        if (asOf != null) {
            Snapshots.warnOutsidePeriod(plan, asOf, source, spec.commandLine().getErr());
        }
    }

    /** The sub-actions completed that {@code status --since} names, as many as the progress report does. */
    private static final int COMPLETED_NAMED = 12;

    /** The movements, each status in the plan's own words, as the table above and the reports name it. */
    private static void movementsText(ActionPlan plan, SnapshotComparison comparison, PrintWriter out) {
        out.println();
        out.println("Since the earlier snapshot: " + String.join(", ", comparison.movements().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().word().toLowerCase(Locale.ROOT)).toList()));
        // Work given longer with its status unchanged is no movement: only this line says the plan slipped.
        List<String> later = comparison.dueDatesMovedLater().stream().map(ItemChange::ref).toList();
        out.println("Due dates moved later: " + later.size() + " of " + comparison.changes().size()
                + (later.isEmpty() ? "" : (later.size() == 1 ? ", ref " : ", refs ") + String.join(", ", later)));
        // The work delivered, which no movement of a recommendation shows while it stays open (trial 56 F4).
        List<String> completed = comparison.subActionsCompleted();
        // The first dozen, as the progress report names them: thousands would make a line of hundreds of kilobytes.
        out.println(String.format(Locale.ROOT, "Sub-actions completed: %,d", completed.size()) + (completed.isEmpty()
                ? "" : " (" + Quote.first(completed, COMPLETED_NAMED) + ")"));
        for (ItemChange change : comparison.changes()) {
            // An unchanged status is news where the due date moved: better or not, the work was given longer.
            if (change.movement() != Movement.UNCHANGED || change.dueDateMoved()) {
                out.println("  " + change.ref() + ": " + change.movement().word().toLowerCase(Locale.ROOT) + ", "
                        + plan.statusLabels().inSentence(change.before()) + " -> "
                        + plan.statusLabels().inSentence(change.after()) + Snapshots.dueMoved(change));
            }
        }
        comparison.added().forEach(ref -> out.println("  " + ref + ": " + Movement.NEW.word()
                .toLowerCase(Locale.ROOT)));
        comparison.removed().forEach(ref -> out.println("  " + ref + ": " + Movement.REMOVED.word()
                .toLowerCase(Locale.ROOT)));
    }

    private static void movementsJson(ObjectNode since, SnapshotComparison comparison) {
        ObjectNode counts = since.putObject("movements");
        comparison.movements().forEach((movement, count) -> counts.put(movement.name(), count));
        ArrayNode later = since.putArray("dueDatesMovedLater");
        comparison.dueDatesMovedLater().forEach(change -> later.add(change.ref()));
        ArrayNode completed = since.putArray("subActionsCompleted");
        comparison.subActionsCompleted().forEach(completed::add);
        ArrayNode items = since.putArray("items");
        for (ItemChange change : comparison.changes()) {
            ObjectNode item = items.addObject();
            item.put("ref", change.ref());
            item.put("movement", change.movement().name());
            item.put("before", change.before().name());
            item.put("after", change.after().name());
            change.dueBefore().ifPresent(date -> item.put("dueBefore", date.toString()));
            change.dueAfter().ifPresent(date -> item.put("dueAfter", date.toString()));
        }
        comparison.added().forEach(ref -> items.addObject().put("ref", ref).put("movement", Movement.NEW.name()));
        comparison.removed().forEach(ref -> items.addObject().put("ref", ref).put("movement", Movement.REMOVED.name()));
    }

    private static String portfolioText(LocalDate date, List<PlanSummary> summaries) {
        StringBuilder text = new StringBuilder("Status at " + Dates.shortDate(date) + " of " + summaries.size()
                + " plans\n");
        int width = summaries.stream().mapToInt(s -> s.assessment().plan().title().length()).max().orElse(0);
        int[] totals = new int[Status.values().length];
        for (PlanSummary summary : summaries) {
            text.append("  ").append(pad(summary.assessment().plan().title(), width));
            for (Status status : Status.SUMMARY) {
                text.append(String.format(Locale.ROOT, "  %s %3d", status.defaultLabel(), summary.counts().count(status)));
                totals[status.ordinal()] += summary.counts().count(status);
            }
            // Words, not a lone "-", which a screen reader passes over in silence (run 101 #2)
            text.append(String.format(Locale.ROOT, "  %4s%s%n", summary.total() == 0 ? "no items" : summary
                    .overallProgress().displayText(), unreported(summary)));
        }
        text.append("  ").append(pad("All plans", width));
        for (Status status : Status.SUMMARY) {
            text.append(String.format(Locale.ROOT, "  %s %3d", status.defaultLabel(), totals[status.ordinal()]));
        }
        return text.toString();
    }

    private static String portfolioJson(LocalDate date, List<PlanSummary> summaries) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", date.toString());
        ArrayNode plans = root.putArray("plans");
        int[] totals = new int[Status.values().length];
        for (PlanSummary summary : summaries) {
            ObjectNode plan = plans.addObject();
            plan.put("title", summary.assessment().plan().title());
            ObjectNode counts = plan.putObject("counts");
            Status.JSON_ORDER.forEach(status -> {
                counts.put(status.name(), summary.counts().count(status));
                totals[status.ordinal()] += summary.counts().count(status);
            });
            overallProgress(plan, summary);
        }
        ObjectNode counts = root.putObject("counts");
        Status.JSON_ORDER.forEach(status -> counts.put(status.name(), totals[status.ordinal()]));
        return MAPPER.writeValueAsString(root);
    }

    private static void text(ActionPlan plan, PlanSummary summary, PrintWriter out) {
        List<RecommendationAssessment> items = summary.assessment().recommendations();
        out.println(TerminalText.oneLine(plan.organisation() + ": " + plan.title()));
        out.println("Status at " + Dates.shortDate(summary.asOf()) + ": " + RecommendationKind.counted(items.stream()
                .map(r -> r.recommendation().kind()).toList()) + overallProgress(summary));
        int labelWidth = Status.SUMMARY.stream().mapToInt(s -> plan.statusLabels().inSentence(s).length()).max()
                .orElse(0);
        for (Status status : Status.SUMMARY) {
            out.println("  " + pad(plan.statusLabels().inSentence(status), labelWidth) + "  "
                    + String.format(Locale.ROOT, "%3d", summary.counts().count(status)));
        }
        if (items.isEmpty()) {
            return;
        }
        out.println();
        int refWidth = items.stream().mapToInt(r -> r.recommendation().ref().length()).max().orElse(0);
        int statusWidth = items.stream().mapToInt(r -> label(plan, r).length()).max().orElse(0);
        int progressWidth = items.stream().mapToInt(r -> Snapshots.progress(r.recommendation(), r.progress())
                .length()).max().orElse(0);
        for (RecommendationAssessment r : items) {
            String progress = Snapshots.progress(r.recommendation(), r.progress());
            out.println(pad(r.recommendation().ref(), refWidth) + "  " + pad(label(plan, r), statusWidth) + "  "
                    + " ".repeat(progressWidth - progress.length()) + progress + "  "
                    // one line an item: a reason quoting a timescale written on several lines keeps to its row
                    + pad(r.dueDate().map(Dates::shortDate).orElse("no due date"), 11) + "  " + r.reason().replaceAll(
                            "\\s*\\R\\s*", " / ")
                    // as the reports' status cells note it: the owner's rating standing for the period, where
                    // another than the rule's, better (Complete at 90%) or worse
                    + summary.assessment().ownerRatingStanding(r).filter(owner -> owner.status() != r.status())
                            .map(owner -> owner.period()
                            .filter(period -> owner.isBefore(summary.assessment().period()))
                            .map(period -> "; its owner rated it " + plan.statusLabels().inSentence(owner.status())
                                    + " for " + period + ", with no update since")
                            .orElse("; its owner rates it " + plan.statusLabels().inSentence(owner.status())))
                            .orElse(""));
        }
    }

    /**
     * ", overall progress 20% (4 of 5 with none reported, counted as 0%)", as the reports qualify the mean (run 86
     * #4: Merseyside's bare 20% is one item's 100% among four that give none); nothing for a plan of no items, whose
     * mean would be a figure for nothing (#9).
     */
    private static String overallProgress(PlanSummary summary) {
        return summary.total() == 0 ? "" : ", overall progress " + summary.overallProgress().displayText()
                + unreported(summary);
    }

    /** " (4 of 5 with none reported, counted as 0%)", where any is. */
    private static String unreported(PlanSummary summary) {
        long unreported = summary.unreported();
        // Of every item, "none reported", as the reports say it, not "5 of 5" (run 88 #5: "none with none reported").
        return unreported == 0 ? "" : unreported == summary.total() ? " (none reported, counted as 0%)"
                : " (" + unreported + " of " + summary.total() + " with none reported, counted as 0%)";
    }

    /** A plan's mean progress, null for no items, and how many items it counts at 0% for having none reported. */
    private static void overallProgress(ObjectNode plan, PlanSummary summary) {
        if (summary.total() == 0) {
            plan.putNull("overallProgress");
        } else {
            plan.put("overallProgress", summary.overallProgress().rounded());
        }
        plan.put("unreported", summary.unreported());
    }

    /** An item's progress, null where nobody reported one, as core gives no figure for it. */
    private static void progress(ObjectNode item, boolean reported, Percent progress) {
        if (reported) {
            item.put("progress", progress.rounded());
        } else {
            item.putNull("progress");
        }
    }

    private static ObjectNode json(PlanSummary summary) {
        ActionPlan plan = summary.assessment().plan();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", summary.asOf().toString());
        ObjectNode counts = root.putObject("counts");
        Status.JSON_ORDER.forEach(status -> counts.put(status.name(), summary.counts().count(status)));
        overallProgress(root, summary);
        ArrayNode recommendations = root.putArray("recommendations");
        for (RecommendationAssessment r : summary.assessment().recommendations()) {
            ObjectNode item = recommendations.addObject();
            item.put("ref", r.recommendation().ref());
            status(item, plan, r.status());
            progress(item, r.recommendation().progressReported(), r.progress());
            item.put("due", r.dueDate().map(LocalDate::toString).orElse(null));
            item.put("reason", r.reason());
            r.ownerAssessment().ifPresent(owner -> {
                ObjectNode given = item.putObject("ownerAssessment");
                status(given, plan, owner.status());
                owner.period().ifPresent(period -> given.put("period", period.toString()));
            });
            // as the reports flag it: the rating that stands for the period, not one an update has left behind
            item.put("disagreesWithOwner", summary.assessment().ownerRatingStanding(r).filter(owner -> owner.status()
                    != r.status()).isPresent());
            ArrayNode subActions = item.putArray("subActions");
            List<SubAction> subs = r.recommendation().subActions();
            for (int i = 0; i < subs.size(); i++) {
                ObjectNode sub = subActions.addObject();
                sub.put("id", subs.get(i).id());
                status(sub, plan, r.subActions().get(i).status());
                progress(sub, subs.get(i).progressReported(), subs.get(i).effectiveProgress());
                sub.put("due", r.subActionDueDate(i).map(LocalDate::toString).orElse(null)); // as assessed (run 136 #3)
                sub.put("reason", r.subActions().get(i).reason());
            }
        }
        return root;
    }

    /** A status as its name, the plan's label for it and its BRAG colour's name, as core gives them. */
    private static void status(ObjectNode node, ActionPlan plan, Status status) {
        node.put("status", status.name());
        node.put("label", plan.statusLabels().label(status));
        node.put("brag", status.brag().displayName());
    }

    private static String label(ActionPlan plan, RecommendationAssessment r) {
        // On its line: a label written over two lines to fit a cell would break the table (run 109 #9).
        return plan.statusLabels().inSentence(r.status());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
