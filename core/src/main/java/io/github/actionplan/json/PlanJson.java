package io.github.actionplan.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
        return reader().read(file).plan();
    }

    /**
     * Reads a plan from JSON text, ignoring warnings.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors
     */
    public static ActionPlan fromJson(String json) throws InvalidPlanException {
        return reader().read(json).plan();
    }

    /**
     * Writes {@code plan} as UTF-8 JSON to {@code out}, which is flushed, not closed: fields in the
     * model's (and the schema's) order, absent values left out, two-space indents, a final newline.
     */
    public static void write(ActionPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        mapper().writer(new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(
                Separators.Spacing.AFTER)).withObjectIndenter(indent).withArrayIndenter(indent)).writeValue(out, plan);
        out.write('\n');
        out.flush();
    }

    /**
     * Writes {@code plan} to {@code file} through a temporary file moved into place, so a failed
     * write never leaves half a plan.
     */
    public static void write(ActionPlan plan, Path file) throws IOException {
        Objects.requireNonNull(plan, "plan"); // before the file is touched
        AtomicFiles.write(file, out -> write(plan, out));
    }

    /** {@code plan} as JSON text. */
    public static String toJson(ActionPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
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
                .build();
    }
}
