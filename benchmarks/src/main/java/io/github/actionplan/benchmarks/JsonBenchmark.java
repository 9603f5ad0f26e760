package io.github.actionplan.benchmarks;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * Reading and writing a plan as JSON: {@code PlanJson.reader().read(...)} from bytes in memory
 * (parse, bind, validate) and {@code PlanJson.writer().write(plan, out)} into a reused buffer, both with limits
 * raised for the plan's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class JsonBenchmark {

    /** Sub-actions in the plan, five per recommendation. */
    @Param({"100000"})
    public int subActions;

    private ActionPlan plan;
    private byte[] json;
    private PlanReader reader;
    private ByteArrayOutputStream out;

    @Setup(Level.Trial)
    public void makePlan() throws IOException {
        plan = PlanGenerator.withSubActions(subActions);
        out = new ByteArrayOutputStream(1 << 20);
        Sizes.WRITER.write(plan, out);
        json = out.toByteArray();
        reader = Sizes.readerFor(json.length);
    }

    @Benchmark
    public ActionPlan read() throws IOException {
        return reader.read(new ByteArrayInputStream(json), "generated.json").plan();
    }

    @Benchmark
    public int write() throws IOException {
        out.reset();
        Sizes.WRITER.write(plan, out);
        return out.size();
    }
}
