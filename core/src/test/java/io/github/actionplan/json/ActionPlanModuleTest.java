package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.Timescale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user's own {@code ObjectMapper}, with nothing but {@link ActionPlanModule} registered, reads
 * and writes plans and parts of plans as the format has them, inside documents of its own.
 */
class ActionPlanModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ActionPlanModule());

    /** A document of the user's own that holds a plan's parts. */
    record Digest(String service, Recommendation worst, Map<String, Percent> progress, ReportingPeriod period,
            Timescale next) {}

    @Test
    void aMapperOfYourOwnReadsEachSeedPlanAsTheReaderDoes() throws Exception {
        assertThat(MAPPER.readValue(SeedPlans.json("merseyside-2025-q1.json"), ActionPlan.class))
                .isEqualTo(SeedPlans.merseyside());
        assertThat(MAPPER.readValue(SeedPlans.json("derbyshire-2023-11-01.json"), ActionPlan.class))
                .isEqualTo(SeedPlans.derbyshire());
    }

    @Test
    void aMapperOfYourOwnWritesAPlanTheFormatsWaySoThePlanReaderReadsItBack() throws Exception {
        ActionPlan plan = EveryFieldPlan.plan();

        String json = MAPPER.writeValueAsString(plan);

        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(PlanJson.toJson(plan)));
        assertThat(PlanJson.fromJson(json)).isEqualTo(plan);
    }

    @Test
    void partsOfAPlanGoInAndOutOfADocumentOfYourOwn() throws Exception {
        Recommendation rec9 = EveryFieldPlan.plan().recommendations().get(1);
        Digest digest = new Digest("Anyshire", rec9, Map.of("Rec 9", rec9.progress()),
                ReportingPeriod.parse("April-June 2025"), Timescale.parse("In FDP 24/25"));

        JsonNode tree = MAPPER.valueToTree(digest);

        assertThat(tree.path("progress").path("Rec 9").decimalValue()).isEqualByComparingTo(new BigDecimal("62.5"));
        assertThat(tree.path("period").textValue()).isEqualTo("Q1 2025/26");
        assertThat(tree.path("next").textValue()).isEqualTo("In FDP 24/25");
        assertThat(tree.path("worst").path("progress").decimalValue()).isEqualByComparingTo(new BigDecimal("62.5"));
        assertThat(tree.path("worst").has("dueDate")).as("derived values are not written").isFalse();
        assertThat(MAPPER.treeToValue(tree, Digest.class)).isEqualTo(digest);
    }

    @Test
    void aTimescaleWithImmediateEffectIsEachReadsOwnPublicationDateThoughTheSameTextIsReadOnce() throws Exception {
        String json = "[\"With immediate effect\", \"March 2026\", \"With immediate effect\"]";
        var timescales = MAPPER.readerFor(Timescale[].class);

        Timescale[] first = timescales.withAttribute(ActionPlanModule.PUBLISHED, LocalDate.of(2023, 11, 1))
                .readValue(json);
        Timescale[] second = timescales.withAttribute(ActionPlanModule.PUBLISHED, LocalDate.of(2025, 4, 1))
                .readValue(json);
        Timescale[] unpublished = timescales.readValue(json);

        assertThat(first).extracting(Timescale::dueDate).containsExactly(Optional.of(LocalDate.of(2023, 11, 1)),
                Optional.of(LocalDate.of(2026, 3, 31)), Optional.of(LocalDate.of(2023, 11, 1)));
        assertThat(second[0].dueDate()).contains(LocalDate.of(2025, 4, 1));
        assertThat(unpublished[0].dueDate()).isEmpty();
    }

    @Test
    void statusLabelsAreWrittenByNameInTheFormatsOrderWhateverTheMappersEnumSettings() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule()).enable(
                SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX, SerializationFeature.WRITE_ENUMS_USING_INDEX);
        StatusLabels labels = StatusLabels.builder().putCustom(Status.ON_TRACK, "Green")
                .putCustom(Status.COMPLETE, "Done").build();

        assertThat(mapper.writeValueAsString(labels)).isEqualTo("{\"COMPLETE\":\"Done\",\"ON_TRACK\":\"Green\"}");
        assertThat(mapper.readValue("{\"ON_TRACK\":\"Green\",\"COMPLETE\":\"Done\"}", StatusLabels.class))
                .isEqualTo(labels);
    }

    @Test
    void datesAreWrittenAsIsoTextWhateverTheMappersDateSettings() throws Exception {
        JsonNode tree = MAPPER.valueToTree(SeedPlans.derbyshire());

        assertThat(tree.path("asOf").textValue()).isEqualTo("2023-11-01");
    }

    /** A document of the user's own holding a date of its own beside a plan. */
    record Filed(java.time.LocalDate received, ActionPlan plan) {}

    /** Another module's handling of dates, as a user's mapper may have (JavaTimeModule writes arrays by default). */
    private static com.fasterxml.jackson.databind.Module daysOfTheEpoch() {
        return new com.fasterxml.jackson.databind.module.SimpleModule("days")
                .addSerializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(
                        java.time.LocalDate.class) {
                    @Override
                    public void serialize(java.time.LocalDate date, com.fasterxml.jackson.core.JsonGenerator json,
                            com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                        json.writeNumber(date.toEpochDay());
                    }
                })
                .addDeserializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.deser.std
                        .StdDeserializer<>(java.time.LocalDate.class) {
                    @Override
                    public java.time.LocalDate deserialize(com.fasterxml.jackson.core.JsonParser json,
                            com.fasterxml.jackson.databind.DeserializationContext context) throws java.io.IOException {
                        return java.time.LocalDate.ofEpochDay(json.getLongValue());
                    }
                });
    }

    @Test
    void thePlansDatesAreTheFormatsAndTheUsersOwnDatesTheirMappersWhicheverModuleIsRegisteredLast() throws Exception {
        // Trial 37 F3, F4: the module took over every LocalDate of the mapper, or another took over the plan's.
        Filed filed = new Filed(java.time.LocalDate.of(2025, 7, 1), SeedPlans.derbyshire());
        for (ObjectMapper mapper : java.util.List.of(
                new ObjectMapper().registerModule(new ActionPlanModule()).registerModule(daysOfTheEpoch()),
                new ObjectMapper().registerModule(daysOfTheEpoch()).registerModule(new ActionPlanModule()))) {
            JsonNode tree = mapper.valueToTree(filed);

            assertThat(tree.path("received").isNumber()).isTrue();
            assertThat(tree.path("plan").path("asOf").textValue()).isEqualTo("2023-11-01");
            assertThat(PlanJson.fromJson(tree.path("plan").toString())).isEqualTo(filed.plan());
            assertThat(mapper.treeToValue(tree, Filed.class)).isEqualTo(filed);
        }
    }

    /** A mapper as applications configure theirs, with the module registered. */
    private static ObjectMapper configured(String settings) {
        ObjectMapper mapper = new ObjectMapper();
        switch (settings) {
            case "enums by index" -> mapper.enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
            case "enums in lower case" -> mapper.configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true);
            case "decimals as strings" -> mapper.configOverride(BigDecimal.class)
                    .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
            case "one-item lists unwrapped" -> mapper.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED);
            case "nulls as empty" -> mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY,
                    Nulls.AS_EMPTY));
            case "nulls skipped" -> mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP,
                    Nulls.SKIP));
            default -> throw new IllegalArgumentException(settings);
        }
        return mapper.registerModule(new ActionPlanModule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"enums by index", "enums in lower case", "decimals as strings", "one-item lists unwrapped",
            "nulls as empty", "nulls skipped"})
    void aMappersOwnSettingsLeaveWhatItWritesAsTheFormatHasIt(String settings) throws Exception {
        // Run 115 #2, #4: each of these wrote what the plan reader refuses, or read no plan at all. A decimal with
        // an exponent is written in full, as Jackson's default does not.
        ObjectMapper mapper = configured(settings);
        ActionPlan everyField = EveryFieldPlan.plan();
        ActionPlan plan = everyField.withRecommendations(List.of(everyField.recommendations().get(0),
                everyField.recommendations().get(1).withReportedProgress(Percent.of(new BigDecimal("1E+2")))));

        String json = mapper.writeValueAsString(plan);

        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(PlanJson.toJson(plan)));
        assertThat(mapper.readValue(json, ActionPlan.class)).isEqualTo(plan);
        assertThat(mapper.readValue(SeedPlans.json("derbyshire-2023-11-01.json"), ActionPlan.class))
                .isEqualTo(SeedPlans.derbyshire());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ObjectMapper.DefaultTyping.class, names = "EVERYTHING", mode = EnumSource.Mode.EXCLUDE)
    void aMapperThatWritesTypeIdsReadsBackThePlansAndPartsItWrote(ObjectMapper.DefaultTyping typing)
            throws Exception {
        // Run 115 #1: status labels and dates wrote no type id, so no plan with either could be written. (EVERYTHING,
        // which Jackson deprecates as problematic, reads no Optional<String> it writes, a plan's or any other.)
        ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule()).activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(), typing);
        ActionPlan plan = EveryFieldPlan.plan();
        Recommendation rec9 = plan.recommendations().get(1);

        // As their public types: Immutables' classes are final, so a mapper writes them with no type id by default.
        assertThat(mapper.readValue(mapper.writerFor(ActionPlan.class).writeValueAsString(plan), ActionPlan.class))
                .isEqualTo(plan);
        assertThat(mapper.readValue(mapper.writerFor(Recommendation.class).writeValueAsString(rec9),
                Recommendation.class)).isEqualTo(rec9);
        assertThat(mapper.readValue(mapper.writerFor(StatusLabels.class).writeValueAsString(plan.statusLabels()),
                StatusLabels.class)).isEqualTo(plan.statusLabels());
        assertThat(mapper.readValue(mapper.writeValueAsString(rec9.progress()), Percent.class))
                .isEqualTo(rec9.progress());
    }

    @Test
    void aMapperThatWritesTypeIdsReadsBackStatusLabelsOfNoLabels() throws Exception {
        // Run 116 #2: a type id as the object's only field left no field to read, and the labels were refused.
        ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule()).activateDefaultTypingAsProperty(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL, "@type");
        StatusLabels none = StatusLabels.builder().build();

        String json = mapper.writerFor(StatusLabels.class).writeValueAsString(none);

        assertThat(json).isEqualTo("{\"@type\":\"io.github.actionplan.model.StatusLabels\"}");
        assertThat(mapper.readValue(json, StatusLabels.class)).isEqualTo(none);
    }

    /** A document of the user's own with fields of the model's types, written as the user asks. */
    record Tally(@JsonFormat(shape = JsonFormat.Shape.NUMBER) Status worst, List<Pillar> pillars,
            Optional<String> note) {}

    @Test
    void theUsersOwnFieldsOfTheModelsTypesAreWrittenAsTheUsersMapperWritesThem() throws Exception {
        // Run 116 #3, #4: the model's enums were written by name in the user's fields too; and a mapper writing
        // absent values as null wrote plans it could not read back.
        ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule())
                .enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED);
        mapper.configOverride(Optional.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                JsonInclude.Include.ALWAYS));
        ActionPlan plan = EveryFieldPlan.plan();

        JsonNode tally = MAPPER.readTree(mapper.writeValueAsString(new Tally(Status.AT_RISK, List.of(Pillar.PEOPLE),
                Optional.empty())));
        String written = mapper.writeValueAsString(SeedPlans.merseyside());

        assertThat(tally.path("worst").isInt()).isTrue();
        assertThat(tally.path("pillars").textValue()).isEqualTo("PEOPLE");
        assertThat(tally.path("note").isNull()).isTrue();
        assertThat(written).doesNotContain("null");
        assertThat(PlanJson.fromJson(written)).isEqualTo(SeedPlans.merseyside());
        assertThat(mapper.readValue(mapper.writeValueAsString(plan), ActionPlan.class)).isEqualTo(plan);
    }

    @Test
    void aMapperThatWrapsItsRootValuesReadsBackThePlansAndPartsItWrote() throws Exception {
        // Run 115 #5: the generated classes' names were written, and the public types' expected.
        ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule())
                .enable(SerializationFeature.WRAP_ROOT_VALUE).enable(DeserializationFeature.UNWRAP_ROOT_VALUE);
        ActionPlan plan = EveryFieldPlan.plan();

        String json = mapper.writeValueAsString(plan);

        assertThat(MAPPER.readTree(json).fieldNames()).toIterable().containsExactly("ActionPlan");
        assertThat(mapper.readValue(json, ActionPlan.class)).isEqualTo(plan);
        assertThat(mapper.readValue(mapper.writeValueAsString(plan.recommendations().get(1)), Recommendation.class))
                .isEqualTo(plan.recommendations().get(1));
        assertThat(mapper.readValue(mapper.writeValueAsString(plan.statusLabels()), StatusLabels.class))
                .isEqualTo(plan.statusLabels());
    }

    @Test
    void aNullInAPlansListIsToldAsANullAtItsPlace() {
        // Run 115 #3: "problem: recommendations element", saying neither null nor where.
        String json = SeedPlans.json("merseyside-2025-q1.json").replaceFirst("\\{\\s*\"ref\"", "null, {\"ref\"");

        assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> MAPPER.readValue(json, ActionPlan.class))
                .satisfies(e -> assertThat(e.getPathReference())
                        .endsWith("[\"recommendations\"]->java.util.ArrayList[0]"))
                .withMessageContaining("null");
    }

    @Test
    void aPlanOfAnotherSchemaVersionIsRefused() throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(SeedPlans.json("merseyside-2025-q1.json"));
        tree.put("schemaVersion", 2);

        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.treeToValue(tree, ActionPlan.class))
                .withMessageContaining("schemaVersion 2 is not supported; this version of actionplan reads"
                        + " schemaVersion 1");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "period | Q1 2025/26 | Summer 2025 | 'Summer 2025' is not a reporting period",
            "asOf   | 2025-06-30 | 2025-06-31  | '2025-06-31' is not a date: June 2025 has 30 days",
            "asOf   | 2025-06-30 | 2025-13-01  | '2025-13-01' is not a date: there is no month 13"})
    void aValueTheModelRefusesIsAMappingErrorAtItsPathInTheReadersWords(String field, String value, String refused,
            String message) {
        String json = SeedPlans.json("merseyside-2025-q1.json").replace("\"" + field + "\": \"" + value + "\"",
                "\"" + field + "\": \"" + refused + "\"");

        assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> MAPPER.readValue(json, ActionPlan.class))
                .satisfies(e -> assertThat(e.getPathReference()).contains(field))
                .withMessageContaining(message);
    }
}
