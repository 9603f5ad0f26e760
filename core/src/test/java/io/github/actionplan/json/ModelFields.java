package io.github.actionplan.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The format's field names as the model names them: each value type's JSON properties, in the order
 * they are written, read from the serializer Jackson builds for it. The model is the one place they
 * are named; tests hold the schema and the written files to it.
 */
final class ModelFields {

    private ModelFields() {}

    /** Each kind of object, by the name the schema gives its definition, with its fields in order. */
    static Map<String, List<String>> objects() {
        Map<String, List<String>> objects = new LinkedHashMap<>();
        objects.put("plan", of(ActionPlan.class));
        objects.put("statusLabels", Status.JSON_ORDER.stream().map(Status::name).toList());
        objects.put("source", of(SourceInspection.class));
        objects.put("recommendation", of(Recommendation.class));
        objects.put("subAction", of(SubAction.class));
        objects.put("update", of(ProgressUpdate.class));
        objects.put("assessment", of(OwnerAssessment.class));
        return objects;
    }

    /** The JSON properties of a value type, in the order they are written. */
    static List<String> of(Class<?> type) {
        List<String> names = new ArrayList<>();
        try {
            PlanJson.mapper().getSerializerProviderInstance().findValueSerializer(type).properties()
                    .forEachRemaining(property -> names.add(property.getName()));
        } catch (JsonMappingException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
