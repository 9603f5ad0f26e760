package io.github.actionplan.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes plans in actionplan's JSON format, {@code schemaVersion} 1.
 *
 * <p>The format is a public contract, described by the JSON Schema at {@link #SCHEMA_RESOURCE} on
 * core's class path: UTF-8 text, camelCase field names matching the model, ISO-8601 dates,
 * timescales as the plan writes them, narrative as a CommonMark subset.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ActionPlan plan = PlanJson.read(Path.of("derbyshire-2023-11-01.json"));
 * PlanJson.write(plan, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Use {@link #reader()} to see warnings or change the reading limits, and
 * {@link ActionPlanModule} to read and write plans, or parts of them, with an {@code ObjectMapper}
 * of your own.
 */
public final class PlanJson {

    /** The class-path resource of the JSON Schema for the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/actionplan/json/action-plan-1.schema.json";

    private static final PlanReader READER = new PlanReader(PlanReader.Limits.DEFAULT);

    private PlanJson() {}

    /** Reads and writes plans: the model's annotations and {@link ActionPlanModule}; built on first use. */
    static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The strict reader with default limits. */
    public static PlanReader reader() {
        return READER;
    }

    /**
     * Reads the plan in {@code file}, ignoring warnings.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors
     * @throws IOException if the file cannot be read
     */
    public static ActionPlan read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return reader().read(file).plan();
    }

    /**
     * Reads a plan from JSON text, ignoring warnings.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors
     */
    public static ActionPlan fromJson(String json) throws InvalidPlanException {
        Objects.requireNonNull(json, "json");
        return reader().read(json).plan();
    }

    /**
     * Writes {@code plan} as UTF-8 JSON to {@code out}, which is flushed, not closed: fields in the
     * model's (and the schema's) order, absent values left out, two-space indents, a final newline.
     * A plan that {@link PlanValidator} finds errors in, which the reader would refuse, is refused
     * before anything is written.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan}
     * @throws IOException if writing fails
     */
    public static void write(ActionPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeValid(valid(plan, "the plan to write"), out);
    }

    /** Writes a plan already checked. */
    private static void writeValid(ActionPlan plan, OutputStream out) throws IOException {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        mapper().writer(new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(
                Separators.Spacing.AFTER)).withObjectIndenter(indent).withArrayIndenter(indent)).writeValue(out, plan);
        out.write('\n');
        out.flush();
    }

    /**
     * Writes {@code plan} to {@code file} through a temporary file moved into place, so a failed
     * write never leaves half a plan. A plan that {@link PlanValidator} finds errors in is refused
     * before the file is touched.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan}
     * @throws IOException if writing fails
     */
    public static void write(ActionPlan plan, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        ActionPlan valid = valid(plan, "the plan to write to " + file); // before the file is touched
        AtomicFiles.write(file, out -> writeValid(valid, out));
    }

    /**
     * {@code plan} as JSON text.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan}
     */
    public static String toJson(ActionPlan plan) throws InvalidPlanException {
        ActionPlan valid = valid(plan, "the plan to write");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeValid(valid, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code plan}, if {@link PlanValidator} finds no error in it: the reader would refuse it. */
    private static ActionPlan valid(ActionPlan plan, String source) throws InvalidPlanException {
        List<Problem> problems = PlanValidator.validate(Objects.requireNonNull(plan, "plan"));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidPlanException(source, problems);
        }
        return plan;
    }

    /** The JSON Schema for the format. */
    public static URL schema() {
        return PlanJson.class.getResource(SCHEMA_RESOURCE);
    }

    /**
     * Built on first use. It binds as strictly as the schema judges (no unknown field, no value coerced to another
     * type, no null, no enum by its number) so that a plan that binds needs no schema check; each set here, not left
     * to Jackson's defaults, which its next major version relaxes (unknown fields ignored).
     */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().addModule(new ActionPlanModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
                .withCoercionConfig(LogicalType.Textual, strings -> List.of(CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean)
                        .forEach(shape -> strings.setCoercion(shape, CoercionAction.Fail)))
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) // an emoji as itself, as other text
                .build();
    }
}
