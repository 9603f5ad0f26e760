package io.github.actionplan.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.Timescale;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson module for actionplan's domain values, in the plan format's terms: a {@link Percent}
 * is a number, a {@link Timescale} the text the plan wrote, a {@link ReportingPeriod} its canonical
 * text ({@code "Q1 2025/26"}), {@link StatusLabels} an object of the statuses a plan renames, a
 * plan's date its ISO text (the model's dates only: the mapper's handling of other dates, such as
 * Jackson's JavaTimeModule, is left as it is, whichever module is registered last). The model's
 * value types carry their own Jackson annotations (field names, absent values left out), so with
 * this module, which brings Jackson's {@code Jdk8Module}, any {@code ObjectMapper} reads and writes
 * plans or parts of them. The mapper's settings change nothing the model writes: enums by index or
 * in lower case, decimals as strings, lists of one item unwrapped, nulls read as empty are the
 * mapper's for its other values only, so that {@link PlanReader} reads what it writes. A mapper
 * that writes type ids (default typing, but for {@code EVERYTHING}, which Jackson deprecates and
 * with which it reads no {@code Optional<String>} back) or wraps root values reads back what it wrote; a root value
 * is named by its public type ({@code ActionPlan}), and is written with a type id as one
 * ({@code mapper.writerFor(ActionPlan.class)}), as the classes Immutables generates are final.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ActionPlanModule());
 * ActionPlan plan = mapper.readValue(file, ActionPlan.class);
 * String json = mapper.writeValueAsString(plan.recommendations().get(0));
 * }</pre>
 *
 * <p>A mapper of your own checks only what the model's builders check. {@link PlanReader} checks
 * the whole format (the schema, duplicate keys, limits) and reports every problem with its place;
 * {@link PlanJson#write} writes with two-space indents, as the seed plans are written. A timescale
 * "With immediate effect" means the source's publication date: in a whole plan, its own source's,
 * whatever the attribute below says; in a part read on its own, give the date as the reader
 * attribute {@link #PUBLISHED} ({@code mapper.readerFor(...).withAttribute(PUBLISHED, date)}), or
 * the timescale has no due date.
 */
public final class ActionPlanModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The reader attribute holding the source's publication date, a {@link LocalDate}, for a timescale "With immediate
     * effect" in a part of a plan read on its own; a whole plan's timescales take its source's.
     */
    public static final String PUBLISHED = "io.github.actionplan.published";

    /** The per-read attributes keeping the timescales and reporting periods read so far. */
    private static final Object TIMESCALES = new Object();
    private static final Object PERIODS = new Object();

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** An ISO date and a time of day after it, as exports of other systems write one. */
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}.*");
    private static final Pattern DAY_FIRST = Pattern.compile("([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})");
    private static final Pattern UNPADDED = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

    /** The module, named {@code "actionplan"}. */
    public ActionPlanModule() {
        super("actionplan");
        // Each written by the generator itself, so that no setting of the mapper's (decimals as strings, enums by
        // index) writes what the format does not read (run 115 #2).
        add(Percent.class, JsonToken.VALUE_NUMBER_FLOAT, (percent, json) -> json.writeNumber(plain(percent.value())),
                (json, c) -> Percent.of(sixPlaces(read(json, c, BigDecimal.class))));
        add(ReportingPeriod.class, JsonToken.VALUE_STRING, (period, json) -> json.writeString(period.toString()),
                (json, c) -> once(c, PERIODS, read(json, c, String.class), ReportingPeriod::parse));
        add(Timescale.class, JsonToken.VALUE_STRING, (timescale, json) -> json.writeString(timescale.text()),
                (json, c) -> once(c, TIMESCALES, read(json, c, String.class), text -> Timescale.parse(text,
                        Optional.ofNullable((LocalDate) c.getAttribute(PUBLISHED)))));
        add(StatusLabels.class, JsonToken.START_OBJECT, (labels, json) -> {
            for (Status status : Status.JSON_ORDER) {
                if (labels.custom().containsKey(status)) {
                    json.writeStringField(status.name(), labels.custom().get(status));
                }
            }
        }, ActionPlanModule::labels);
    }

    /**
     * An ISO date as the format writes it, year-month-day, that exists; the reader's and the schema's "date" both,
     * refusing anything else with why, in the reader's words.
     */
    static LocalDate date(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            // A date-time from another system's export is an ISO date with more: it says which part to keep.
            // Its date told only where it is one (run 93 #8: "write the date alone, 2025-02-30").
            throw new IllegalArgumentException(DATE_TIME.matcher(text).matches() && isDate(text.substring(0, 10))
                    ? PlanSchema.say("date.time", Quote.single(text), text.substring(0, 10))
                    : written(text).map(date -> PlanSchema.say("date.written", Quote.single(text), date))
                    .orElseGet(() -> PlanSchema.say("date.iso", Quote.single(text))));
        }
        int month = Integer.parseInt(text, 5, 7, 10);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(PlanSchema.say("date.month", Quote.single(text), month));
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (!yearMonth.isValidDay(day)) {
            throw new IllegalArgumentException(PlanSchema.say("date.day", Quote.single(text), yearMonth.getMonth()
                    .getDisplayName(TextStyle.FULL, Locale.UK), yearMonth.getYear(), yearMonth.lengthOfMonth()));
        }
        return yearMonth.atDay(day);
    }

    /**
     * The date {@code text} is as a person writes one, day first ("01/11/2023", as in the UK) or without its zeros
     * ("2023-7-5"), as the format writes it: what to write instead (run 109 #6).
     */
    private static Optional<String> written(String text) {
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher unpadded = UNPADDED.matcher(text);
        // Only where one matches: the check below, of a date made year-month-day, would else ask again.
        return (dayFirst.matches() ? Optional.of(iso(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)))
                : unpadded.matches() ? Optional.of(iso(unpadded.group(1), unpadded.group(2), unpadded.group(3)))
                : Optional.<String>empty()).filter(ActionPlanModule::isDate);
    }

    /** The date of these digits, year-month-day, its month and day of two digits each. */
    private static String iso(String year, String month, String day) {
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static boolean isDate(String text) {
        try {
            date(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The value {@code text} reads as, read once in each read: a plan writes its few timescales and quarters again
     * and again, and reading them through their grammar's expressions took a seventh of the time a large plan did.
     * The values are kept for one read only (a per-call attribute), as "With immediate effect" means its plan's
     * publication date.
     */
    private static <T> T once(DeserializationContext context, Object key, String text, Function<String, T> read) {
        @SuppressWarnings("unchecked") // set only here, for this key's type
        Map<String, T> values = (Map<String, T>) context.getAttribute(key);
        if (values == null) {
            values = new HashMap<>();
            context.setAttribute(key, values);
        }
        return values.computeIfAbsent(text, read);
    }

    /**
     * {@code type}'s value at {@code json}, read as the mapper reads one, but for a type id: a mapper that writes them
     * (default typing) writes none in a value this module writes, and has read the value's own.
     */
    private static <V> V read(JsonParser json, DeserializationContext context, Class<V> type) throws IOException {
        return type.cast(context.findContextualValueDeserializer(context.constructType(type), null)
                .deserialize(json, context));
    }

    /** The labels of the object at {@code json}, or of the rest of it, where a type id was its first field. */
    private static StatusLabels labels(JsonParser json, DeserializationContext context) throws IOException {
        KeyDeserializer statuses = context.findKeyDeserializer(context.constructType(Status.class), null);
        StatusLabels.Builder labels = StatusLabels.builder();
        // After a type id that was its first field, at the next, or at its end where it had no other (run 116 #2).
        String name = json.isExpectedStartObjectToken() ? json.nextFieldName()
                : json.hasToken(JsonToken.FIELD_NAME) ? json.currentName()
                : json.hasToken(JsonToken.END_OBJECT) ? null
                : (String) context.handleUnexpectedToken(StatusLabels.class, json);
        for (; name != null; name = json.nextFieldName()) {
            json.nextToken();
            labels.putCustom((Status) statuses.deserializeKey(name, context), read(json, context, String.class));
        }
        return labels.build();
    }

    /** {@code number} with no exponent however the generator writes decimals: {@code 1E+2} as {@code 100}. */
    private static BigDecimal plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static BigDecimal sixPlaces(BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(Quote.number(number) + " has more than 6 decimal places");
        }
        return number;
    }

    /**
     * The plan's dates are read and written as the format has them on the model's own properties only: a mapper's
     * handling of other dates (Jackson's JavaTimeModule, a {@code @JsonFormat} pattern) is its own, whichever module
     * is registered last. So are the model's lists, its nulls and its root names, whatever the mapper's settings.
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new PlanShapes());
    }

    /**
     * The format's shapes on the model's own properties, whatever the mapper's settings, and on none of the user's: the
     * ISO text of its {@code Optional<LocalDate>} properties, as a content (de)serializer of each, with no type id,
     * which would name the mapper's date type, not this; its decimals as plain numbers and its enums by name; its lists
     * of one item as lists and its absent values left out; null refused, in a list too (run 115 #3, #4); the classes
     * Immutables writes read with no type id of their own, as their values have one already; and the model's names,
     * not the generated classes', as root names (run 115 #5).
     */
    @SuppressWarnings("serial") // Jackson's introspectors are Serializable; this one holds nothing.
    private static final class PlanShapes extends NopAnnotationIntrospector {
        private static final JsonFormat.Value LISTS = JsonFormat.Value.empty()
                .withoutFeature(JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED);
        private static final JsonSetter.Value NO_NULLS = JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL);
        private static final JsonInclude.Value ABSENT_LEFT_OUT = JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS);

        private static final String MODEL = Percent.class.getPackageName();
        /** What Immutables puts before the names of the classes it writes. */
        private static final String GENERATED = "Immutable";

        private final StdSerializer<LocalDate> writer = new Shown<>(LocalDate.class, JsonToken.VALUE_STRING,
                (date, json) -> json.writeString(date.toString()));

        private final StdDeserializer<LocalDate> reader = new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
                try {
                    return date(read(json, context, String.class));
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(LocalDate.class, "%s", e.getMessage());
                }
            }
        };

        private final StdSerializer<BigDecimal> decimal = new Shown<>(BigDecimal.class, JsonToken.VALUE_NUMBER_FLOAT,
                (number, json) -> json.writeNumber(plain(number)));
        @SuppressWarnings({"rawtypes", "unchecked"}) // one for every enum of the model's
        private final StdSerializer<Enum<?>> named = new Shown<>((Class) Enum.class, JsonToken.VALUE_STRING,
                (value, json) -> json.writeString(((Enum<?>) value).name()));

        @Override
        public Object findSerializer(Annotated member) {
            return inModel(member) && isModelEnum(type(member)) ? named : null;
        }

        @Override
        public Object findContentSerializer(Annotated member) {
            JavaType held = type(member);
            return !inModel(member) || !held.isReferenceType() ? null
                    : held.getContentType().hasRawClass(LocalDate.class) ? writer
                    : held.getContentType().hasRawClass(BigDecimal.class) ? decimal
                    : isModelEnum(held.getContentType()) ? named : null;
        }

        /** Absent values left out, as the model's classes say, whatever the mapper's setting for Optional (#4). */
        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated member) {
            return inModel(member) && type(member).isReferenceType() ? ABSENT_LEFT_OUT : JsonInclude.Value.empty();
        }

        @Override
        public Object findContentDeserializer(Annotated member) {
            return holds(member, LocalDate.class) ? reader : null;
        }

        @Override
        public TypeResolverBuilder<?> findPropertyContentTypeResolver(MapperConfig<?> config, AnnotatedMember member,
                JavaType type) {
            return holds(member, LocalDate.class) ? StdTypeResolverBuilder.noTypeInfoBuilder() : null;
        }

        @Override
        public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass type, JavaType base) {
            Class<?> around = type.getRawType().getEnclosingClass();
            return around != null && around.getPackageName().equals(MODEL) && around.getSimpleName()
                    .startsWith(GENERATED) ? StdTypeResolverBuilder.noTypeInfoBuilder() : null;
        }

        @Override
        public JsonFormat.Value findFormat(Annotated member) {
            return inModel(member) && type(member).isCollectionLikeType() ? LISTS : null;
        }

        @Override
        public JsonSetter.Value findSetterInfo(Annotated member) {
            return inModel(member) ? NO_NULLS : JsonSetter.Value.empty();
        }

        @Override
        public PropertyName findRootName(AnnotatedClass type) {
            String name = type.getRawType().getSimpleName();
            return type.getRawType().getPackageName().equals(MODEL) && name.startsWith(GENERATED)
                    ? PropertyName.construct(name.substring(GENERATED.length())) : null;
        }

        private static boolean inModel(Annotated member) {
            return member instanceof AnnotatedMember declared && declared.getDeclaringClass().getPackageName()
                    .equals(MODEL);
        }

        /** A field, getter, setter or creator parameter of the model's holding an {@code Optional} of {@code type}. */
        private static boolean holds(Annotated member, Class<?> type) {
            JavaType held = type(member);
            return inModel(member) && held.isReferenceType() && held.getContentType().hasRawClass(type);
        }

        /** The type a field, getter, setter or creator parameter holds. */
        private static JavaType type(Annotated member) {
            return member instanceof AnnotatedMethod method && method.getParameterCount() == 1
                    ? method.getParameterType(0) : member.getType();
        }

        /**
         * One of the model's enums, written by name whatever the mapper's enum settings, on the model's properties
         * only: a user's own field of one is theirs to write (run 116 #3).
         */
        private static boolean isModelEnum(JavaType type) {
            return type.isEnumType() && type.getRawClass().getPackageName().equals(MODEL);
        }
    }

    /** Optional and OptionalInt attributes need Jackson's Jdk8Module. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module());
    }

    /**
     * A value written as {@code writer} writes it, of the JSON {@code shape} (text, a number, an object's fields), and
     * read by {@code reader} through the context, so a mapper's own coercion rules apply.
     */
    @SuppressWarnings("serial") // Jackson's (de)serializers are Serializable; these are never serialized.
    private <T> void add(Class<T> type, JsonToken shape, Writer<T> writer, Reader<T> reader) {
        addSerializer(new Shown<>(type, shape, writer));
        addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                try {
                    return reader.read(json, context);
                } catch (IllegalArgumentException | DateTimeException e) {
                    return context.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        });
    }

    private interface Reader<T> {
        T read(JsonParser json, DeserializationContext context) throws IOException;
    }

    private interface Writer<T> {
        void write(T value, JsonGenerator json) throws IOException;
    }

    /**
     * A value of the JSON {@code shape} as {@code writer} writes it (an object's fields only), with a type id naming
     * its public type where the mapper writes them, as the value is read by (run 115 #1); an object of no fields is
     * empty.
     */
    @SuppressWarnings("serial") // as add's
    private static final class Shown<T> extends StdSerializer<T> {
        private final JsonToken shape;
        private final Writer<T> writer;

        Shown(Class<T> type, JsonToken shape, Writer<T> writer) {
            super(type);
            this.shape = shape;
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (shape == JsonToken.START_OBJECT) {
                json.writeStartObject(value);
                writer.write(value, json);
                json.writeEndObject();
            } else {
                writer.write(value, json);
            }
        }

        @Override
        public void serializeWithType(T value, JsonGenerator json, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            // An enum's own type, as each enum of the model's shares one serializer.
            Class<?> named = handledType() == Enum.class ? value.getClass() : handledType();
            WritableTypeId id = types.writeTypePrefix(json, types.typeId(value, named, shape));
            writer.write(value, json);
            types.writeTypeSuffix(json, id);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, T value) {
            return value instanceof StatusLabels labels && labels.custom().isEmpty();
        }
    }
}
