package io.github.actionplan.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * <p>Use {@link #reader()} to see warnings or change the reading limits, {@link #writer()} to write a plan
 * larger than the default limits allow, and
 * {@link ActionPlanModule} to read and write plans, or parts of them, with an {@code ObjectMapper}
 * of your own.
 */
public final class PlanJson {

    /** The class-path resource of the JSON Schema for the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/actionplan/json/action-plan-1.schema.json";

    private static final PlanReader READER = new PlanReader(PlanReader.Limits.DEFAULT);
    private static final PlanWriter WRITER = new PlanWriter(PlanReader.Limits.DEFAULT);

    private PlanJson() {}

    /** Reads and writes plans: the model's annotations and {@link ActionPlanModule}; built on first use. */
    static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The strict reader with default limits. */
    public static PlanReader reader() {
        return READER;
    }

    /** The writer with default limits: it writes only what {@link #reader()} reads back. */
    public static PlanWriter writer() {
        return WRITER;
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
     * Writes {@code plan} as UTF-8 JSON to {@code out}, which is flushed, not closed, as {@link #writer()} does: a plan
     * the reader with default limits would refuse is refused, and nothing written.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan} or
     *                              it is over a limit
     * @throws IOException if writing fails
     */
    public static void write(ActionPlan plan, OutputStream out) throws IOException {
        WRITER.write(plan, out);
    }

    /**
     * Writes {@code plan} to {@code file}, creating its folder where missing, through a temporary file moved into
     * place, as {@link #writer()} does: a failed write never leaves half a plan, and a plan the reader with default
     * limits would refuse is refused before the file is replaced.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan} or
     *                              it is over a limit
     * @throws IOException if writing fails
     */
    public static void write(ActionPlan plan, Path file) throws IOException {
        WRITER.write(plan, file);
    }

    /**
     * Writes {@code plan} to {@code file} as {@link #write(ActionPlan, Path)} does, only where no file is there, as
     * {@link PlanWriter#writeNew} does: where imports into one plan may run at once, each writes a new file, and the
     * one that finds its file written meanwhile fails rather than write over another's news.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code file}, where a file is there; it is kept
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan} or
     *                              it is over a limit
     * @throws IOException if writing fails
     */
    public static void writeNew(ActionPlan plan, Path file) throws IOException {
        WRITER.writeNew(plan, file);
    }

    /**
     * {@code plan} as JSON text, as {@link #writer()} writes it.
     *
     * @throws InvalidPlanException listing every problem, if {@link PlanValidator} finds errors in {@code plan} or
     *                              it is over a limit
     */
    public static String toJson(ActionPlan plan) throws InvalidPlanException {
        return WRITER.toJson(plan);
    }

    /**
     * A date as the format writes it, year-month-day ({@code 2025-06-30}), that exists: as the reader reads a plan's
     * dates, so that a tool taking a date from its user (a reporting date) tells a bad one as the reader would.
     *
     * @throws IllegalArgumentException saying what is wrong, if {@code text} is no such date: {@code '2025-02-30' is
     *                                  not a date: February 2025 has 28 days}
     */
    public static LocalDate date(String text) {
        return ActionPlanModule.date(Objects.requireNonNull(text, "text"));
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
        static final JsonMapper INSTANCE = JsonMapper.builder(new JsonFactoryBuilder()
                        .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build()) // as JsonTree.factory
                .addModule(new ActionPlanModule())
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
