package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;

/** Writes plans as JSON: fields in the schema's order, absent values left out, two-space indents. */
final class PlanWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PlanWriter() {}

    static void write(ActionPlan plan, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", Binder.SCHEMA_VERSION);
            json.writeStringField("title", plan.title());
            json.writeStringField("organisation", plan.organisation());
            source(json, plan.source());
            date(json, "asOf", plan.asOf());
            if (plan.period().isPresent()) {
                json.writeStringField("period", plan.period().get().toString());
            }
            if (!plan.statusLabels().custom().isEmpty()) {
                json.writeObjectFieldStart("statusLabels");
                // Status.JSON_ORDER, the schema's, not the declaration order: a format must not
                // change when an enum is reordered.
                for (String name : Binder.STATUS_LABEL_FIELDS) {
                    String label = plan.statusLabels().custom().get(Status.valueOf(name));
                    if (label != null) {
                        json.writeStringField(name, label);
                    }
                }
                json.writeEndObject();
            }
            json.writeArrayFieldStart("recommendations");
            for (Recommendation recommendation : plan.recommendations()) {
                recommendation(json, recommendation);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }

    private static void source(JsonGenerator json, SourceInspection source) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("body", source.body());
        json.writeStringField("title", source.title());
        date(json, "published", source.published());
        if (source.kind().isPresent()) {
            json.writeStringField("kind", source.kind().get().name());
        }
        if (source.recommendationCount().isPresent()) {
            json.writeNumberField("recommendationCount", source.recommendationCount().getAsInt());
        }
        json.writeEndObject();
    }

    private static void recommendation(JsonGenerator json, Recommendation r) throws IOException {
        json.writeStartObject();
        json.writeStringField("ref", r.ref());
        if (r.inspectorateNumber().isPresent()) {
            json.writeNumberField("inspectorateNumber", r.inspectorateNumber().getAsInt());
        }
        json.writeStringField("kind", r.kind().name());
        string(json, "causeOfConcern", r.causeOfConcern());
        if (r.pillar().isPresent()) {
            json.writeStringField("pillar", r.pillar().get().name());
        }
        string(json, "question", r.question());
        if (r.reportPage().isPresent()) {
            json.writeNumberField("reportPage", r.reportPage().getAsInt());
        }
        json.writeStringField("text", r.text());
        if (!r.requiredOutcomes().isEmpty()) {
            json.writeArrayFieldStart("requiredOutcomes");
            for (String outcome : r.requiredOutcomes()) {
                json.writeString(outcome);
            }
            json.writeEndArray();
        }
        string(json, "owner", r.owner());
        if (r.deadline().isPresent()) {
            json.writeStringField("deadline", r.deadline().get().text());
        }
        percent(json, "progress", r.reportedProgress());
        date(json, "completedOn", r.completedOn());
        if (r.assessment().isPresent()) {
            json.writeObjectFieldStart("assessment");
            json.writeStringField("status", r.assessment().get().status().name());
            string(json, "note", r.assessment().get().note());
            json.writeEndObject();
        }
        if (!r.subActions().isEmpty()) {
            json.writeArrayFieldStart("subActions");
            for (SubAction subAction : r.subActions()) {
                subAction(json, subAction);
            }
            json.writeEndArray();
        }
        if (!r.updates().isEmpty()) {
            json.writeArrayFieldStart("updates");
            for (ProgressUpdate update : r.updates()) {
                json.writeStartObject();
                json.writeStringField("period", update.period().toString());
                date(json, "date", update.date());
                string(json, "author", update.author());
                json.writeStringField("text", update.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        string(json, "notes", r.notes());
        json.writeEndObject();
    }

    private static void subAction(JsonGenerator json, SubAction s) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", s.id());
        string(json, "description", s.description());
        string(json, "owner", s.owner());
        date(json, "start", s.start());
        if (s.due().isPresent()) {
            json.writeStringField("due", s.due().get().text());
        }
        percent(json, "progress", s.progress());
        date(json, "completedOn", s.completedOn());
        if (s.weight().isPresent()) {
            json.writeNumberField("weight", s.weight().get().stripTrailingZeros().toPlainString().contains(".")
                    ? s.weight().get().stripTrailingZeros() : s.weight().get().stripTrailingZeros().setScale(0));
        }
        string(json, "blockedBy", s.blockedBy());
        string(json, "notes", s.notes());
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    private static void date(JsonGenerator json, String name, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }

    private static void percent(JsonGenerator json, String name, Optional<Percent> value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.get().value());
        }
    }
}
