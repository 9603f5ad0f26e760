package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.PlanSummary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The status rules and the summary over a whole plan: {@code Assessor.standard().assess(plan,
 * date)}, then {@link PlanSummary} with its counts, overall progress, overdue list, blocked count
 * and breakdown by owner. One thread; the plan is built once per fork, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class RulesBenchmark {

    /** Sub-actions in the plan, five per recommendation. */
    @Param({"10000", "100000", "1000000"})
    public int subActions;

    private ActionPlan plan;

    @Setup(Level.Trial)
    public void makePlan() {
        plan = PlanGenerator.withSubActions(subActions);
    }

    @Benchmark
    public void rulesAndSummary(Blackhole bh) {
        PlanAssessment assessment = Assessor.standard().assess(plan, PlanGenerator.AS_OF);
        PlanSummary summary = PlanSummary.of(assessment);
        bh.consume(summary.counts());
        bh.consume(summary.overallProgress());
        bh.consume(summary.overdue());
        bh.consume(summary.blockedSubActions());
        bh.consume(summary.byOwner());
    }
}
