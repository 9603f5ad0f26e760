package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the summary of a 20-recommendation plan with one very long text, once per format, and
 * prints the rendering thread's CPU time (wall time is meaningless on a shared machine).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.actionplan.benchmarks.LongText title 1000000 pdf</pre>
 *
 * {@code title N}: the plan's title is N characters; {@code texts N}: the first recommendation's
 * text and its first sub-action's description are N characters each. Then the formats.
 */
public final class LongText {

    private static final String[] WORDS = {"fire", "rescue", "service", "inspection", "improvement", "action",
        "officer", "training", "community", "safety", "prevention", "protection", "response", "resilience"};

    private LongText() {}

    /** {@code title|texts LENGTH FORMAT...}. */
    public static void main(String[] args) throws IOException {
        String where = args[0];
        int length = Integer.parseInt(args[1]);
        ActionPlan plan = plan(where, length);
        Report report = ReportTemplates.summary().build(Assessor.standard().assess(plan, PlanGenerator.AS_OF));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 2; i < args.length; i++) {
            ReportRenderer renderer = ReportRenderers.load().require(args[i]);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Discard out = new Discard();
            renderer.render(report, RenderOptions.builder().warnings(warning -> { }).build(), out);
            System.out.printf(Locale.ROOT, "%s %,d chars, summary %s: %.2f s CPU (%.2f s wall), %,d bytes%n", where,
                    length, args[i], (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (System.nanoTime() - wall) / 1e9, out.count());
        }
    }

    /** The plan with a title, or a first text and sub-action description, of {@code length} characters. */
    static ActionPlan plan(String where, int length) {
        ActionPlan plan = PlanGenerator.plan(20, PlanGenerator.SEED);
        String text = words(length);
        if (where.equals("title")) {
            return ActionPlan.builder().from(plan).title(text).build();
        }
        List<Recommendation> recommendations = new ArrayList<>(plan.recommendations());
        Recommendation first = recommendations.getFirst();
        List<SubAction> subActions = new ArrayList<>(first.subActions());
        subActions.set(0, SubAction.builder().from(subActions.getFirst()).description(text).build());
        recommendations.set(0, Recommendation.builder().from(first).text(text).subActions(subActions).build());
        return ActionPlan.builder().from(plan).recommendations(recommendations).build();
    }

    /** Words, the same every run, making up exactly {@code length} characters. */
    static String words(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        for (int i = 0; text.length() < length; i++) {
            text.append(WORDS[(i * 7 + i / 3) % WORDS.length]).append(' ');
        }
        text.setLength(length);
        return text.toString();
    }
}
