package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.internal.CountedOutputStream;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.internal.ProblemCap;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes plans in actionplan's JSON format, refusing one that a {@link PlanReader} with the same
 * {@linkplain #limits() limits} would refuse, so that what it writes reads back: a plan that
 * {@link PlanValidator} finds errors in, or one over a limit (a text longer than
 * {@code maxStringLength}, more items than {@code maxItems}, lists in narrative nested deeper than
 * {@code maxListDepth}, more paragraphs and list items than {@code maxBlocks}, a file larger than
 * {@code maxDocumentBytes}). Every problem is told at once,
 * at its JSON path, and nothing is written. {@link PlanJson#write} and {@link PlanJson#toJson} write
 * with the default limits; a plan larger than they allow, such as a national roll-up read with
 * raised limits, is written with the same limits raised:
 *
 * <pre>{@code
 * PlanReader.Limits national = PlanReader.Limits.DEFAULT.withMaxItems(100_000).withMaxDocumentBytes(128L << 20);
 * ActionPlan plan = PlanJson.reader().withLimits(national).read(Path.of("national.json")).plan();
 * PlanJson.writer().withLimits(national).write(plan, Path.of("national-q2.json"));
 * }</pre>
 *
 * <p>Fields are written in the model's (and the schema's) order, absent values left out, with
 * two-space indents and a final newline.
 */
public final class PlanWriter {

    private final PlanReader.Limits limits;

    PlanWriter(PlanReader.Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A writer refusing what a reader with {@code limits} refuses. */
    public PlanWriter withLimits(PlanReader.Limits limits) {
        return new PlanWriter(limits);
    }

    /** The limits of the reader whose reading back this writer answers for. */
    public PlanReader.Limits limits() {
        return limits;
    }

    /**
     * Writes {@code plan} as UTF-8 JSON to {@code out}, which is flushed, not closed. It is written in memory first,
     * a file's worth, so that a plan refused leaves {@code out} as it was.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors or is over a limit
     * @throws IOException if writing fails
     */
    public void write(ActionPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ActionPlan valid = valid(plan, "the plan to write");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        refuse(written(valid, json), "the plan to write");
        json.writeTo(out);
        out.flush();
    }

    /**
     * Writes {@code plan} to {@code file}, creating its folder where missing, through a temporary file moved into
     * place, so a failed write, or a plan refused, never leaves half a plan and an existing file is only replaced by
     * a whole one. (The command line refuses a folder that is not there, where a slip in its name is likelier.)
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors or is over a limit
     * @throws IOException if writing fails
     */
    public void write(ActionPlan plan, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String source = "the plan to write to " + file;
        ActionPlan valid = valid(plan, source); // before the file is touched
        AtomicFiles.write(file, out -> refuse(written(valid, out), source));
    }

    /**
     * Writes {@code plan} to {@code file} as {@link #write(ActionPlan, Path)} does, only where no file is there: the
     * plan an import into the same file wrote while this one ran (two owners' copies uploaded at once, each imported
     * into the plan as it was) is kept, and this write fails, as its news is not in that file and would otherwise be
     * lost unsaid. The check and the write into place are one step.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code file}, where a file is there; it is kept
     * @throws InvalidPlanException listing every problem, if the plan has errors or is over a limit
     * @throws IOException if writing fails
     */
    public void writeNew(ActionPlan plan, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String source = "the plan to write to " + file;
        ActionPlan valid = valid(plan, source);
        AtomicFiles.writeNew(file, out -> refuse(written(valid, out), source));
    }

    /**
     * {@code plan} as JSON text.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors or is over a limit
     */
    public String toJson(ActionPlan plan) throws InvalidPlanException {
        ActionPlan valid = valid(plan, "the plan to write");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            refuse(written(valid, out), "the plan to write");
        } catch (InvalidPlanException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@code plan}, if {@link PlanValidator} finds no error in it and it holds no more items than the limit: the
     * reader would refuse it.
     */
    private ActionPlan valid(ActionPlan plan, String source) throws InvalidPlanException {
        List<Problem> problems = new ArrayList<>(PlanValidator.validate(Objects.requireNonNull(plan, "plan")));
        long items = PlanReader.Limits.items(plan);
        if (items > limits.maxItems()) {
            problems.add(Problem.error("/recommendations", PlanSchema.say("limit.items", Quote.grouped(items),
                    Quote.grouped(limits.maxItems()))));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidPlanException(source, problems);
        }
        return plan;
    }

    private static void refuse(List<Problem> problems, String source) throws InvalidPlanException {
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(source, problems);
        }
    }

    /** Writes {@code plan} to {@code out}; returns what is over a limit, whose reader would refuse it. */
    private List<Problem> written(ActionPlan plan, OutputStream out) throws IOException {
        CountedOutputStream counted = new CountedOutputStream(out);
        List<Problem> problems = new ArrayList<>();
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Checked checked = new Checked(PlanJson.mapper().getFactory().createGenerator(counted, JsonEncoding.UTF8),
                problems);
        try (JsonGenerator json = checked) {
            PlanJson.mapper().writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indent)
                    .withArrayIndenter(indent)).writeValue(json, plan);
        }
        counted.write('\n');
        counted.flush();
        checked.overBlocks.ifPresent(path -> problems.add(Problem.error(path, PlanSchema.say("limit.blocks",
                Quote.grouped(checked.blocks), Quote.grouped(limits.maxBlocks())))));
        if (counted.bytes() > limits.maxDocumentBytes()) {
            problems.add(Problem.error("", PlanSchema.say("limit.document", limits.maxDocumentBytes())));
        }
        return problems;
    }

    /**
     * A generator that tells each string longer than the limit, nesting lists deeper, or holding half a character,
     * at its JSON path.
     */
    private final class Checked extends JsonGeneratorDelegate {
        private final List<Problem> problems;
        /** Paragraphs and list items of the texts besides each first; the path where they came to more than allowed. */
        long blocks;
        Optional<String> overBlocks = Optional.empty();

        Checked(JsonGenerator json, List<Problem> problems) {
            super(json, false);
            this.problems = problems;
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(text);
            // after the value, so that its context's path ends at it, in an array as in an object
            if (text.length() > limits.maxStringLength()) {
                tell(PlanSchema.say("limit.string", limits.maxStringLength()));
            }
            int depth = MarkdownSyntax.listDepthOver(text, limits.maxListDepth());
            if (depth > 0) {
                tell(PlanSchema.say("limit.lists", depth, limits.maxListDepth()));
            }
            JsonTree.loneSurrogate(text).ifPresent(half -> tell(PlanSchema.say("text.surrogate", half)));
            blocks += MarkdownSyntax.blocksAfterFirst(text);
            if (blocks > limits.maxBlocks() && overBlocks.isEmpty()) {
                overBlocks = Optional.of(getOutputContext().pathAsPointer().toString());
            }
        }

        /** A problem at the value just written, among the first {@link ProblemCap#MOST}. */
        private void tell(String message) {
            if (problems.size() < ProblemCap.MOST) {
                problems.add(Problem.error(getOutputContext().pathAsPointer().toString(), message));
            }
        }
    }
}
