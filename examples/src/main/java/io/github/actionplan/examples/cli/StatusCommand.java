package io.github.actionplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
                        + " overallProgress and recommendations (ref, status, label, progress, due, reason)."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan.")
    Path plan;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, YYYY-MM-DD. Default: the plan's asOf, else today.")
    LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PlanReader.Result read = PlanFiles.read(plan);
        PrintWriter out = spec.commandLine().getOut();
        PlanFiles.printProblems(plan.toString(), read.warnings(), spec.commandLine().getErr());
        ActionPlan actionPlan = read.plan();
        LocalDate date = asOf != null ? asOf : actionPlan.asOf().orElseGet(root::today);
        PlanSummary summary = PlanSummary.of(actionPlan, date, Assessor.standard());
        if (json) {
            out.println(json(summary));
        } else {
            text(actionPlan, summary, out);
        }
        return ActionPlanCommand.EXIT_OK;
    }

    private static void text(ActionPlan plan, PlanSummary summary, PrintWriter out) {
        List<RecommendationAssessment> items = summary.assessment().recommendations();
        out.println(plan.organisation() + ": " + plan.title());
        out.println("Status at " + summary.asOf() + ": " + summary.total()
                + (summary.total() == 1 ? " recommendation" : " recommendations") + ", overall progress "
                + summary.overallProgress().displayText());
        int labelWidth = Status.SUMMARY.stream().mapToInt(s -> plan.statusLabels().label(s).length()).max().orElse(0);
        for (Status status : Status.SUMMARY) {
            out.println("  " + pad(plan.statusLabels().label(status), labelWidth) + "  "
                    + String.format(Locale.ROOT, "%3d", summary.counts().count(status)));
        }
        if (items.isEmpty()) {
            return;
        }
        out.println();
        int refWidth = items.stream().mapToInt(r -> r.recommendation().ref().length()).max().orElse(0);
        int statusWidth = items.stream().mapToInt(r -> label(plan, r).length()).max().orElse(0);
        for (RecommendationAssessment r : items) {
            out.println(pad(r.recommendation().ref(), refWidth) + "  " + pad(label(plan, r), statusWidth) + "  "
                    + String.format(Locale.ROOT, "%4s", r.progress().displayText()) + "  "
                    + pad(r.dueDate().map(LocalDate::toString).orElse("-"), 10) + "  " + r.reason());
        }
    }

    private static String json(PlanSummary summary) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ActionPlan plan = summary.assessment().plan();
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", summary.asOf().toString());
        ObjectNode counts = root.putObject("counts");
        Status.JSON_ORDER.forEach(status -> counts.put(status.name(), summary.counts().count(status)));
        root.put("overallProgress", summary.overallProgress().rounded());
        ArrayNode recommendations = root.putArray("recommendations");
        for (RecommendationAssessment r : summary.assessment().recommendations()) {
            ObjectNode item = recommendations.addObject();
            item.put("ref", r.recommendation().ref());
            item.put("status", r.status().name());
            item.put("label", label(plan, r));
            item.put("progress", r.progress().rounded());
            item.put("due", r.dueDate().map(LocalDate::toString).orElse(null));
            item.put("reason", r.reason());
        }
        return mapper.writeValueAsString(root);
    }

    private static String label(ActionPlan plan, RecommendationAssessment r) {
        return plan.statusLabels().label(r.status());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
