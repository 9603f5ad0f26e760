package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Jackson module for actionplan's domain values, in the plan format's terms: a {@link Percent}
 * is a number, a {@link Timescale} the text the plan wrote, a {@link ReportingPeriod} its canonical
 * text ({@code "Q1 2025/26"}), {@link StatusLabels} an object of the statuses a plan renames, a
 * plan's date its ISO text (the model's dates only: the mapper's handling of other dates, such as
 * Jackson's JavaTimeModule, is left as it is, whichever module is registered last). The model's
 * value types carry their own Jackson annotations (field names, absent values left out), so with
 * this module, which brings Jackson's {@code Jdk8Module}, any {@code ObjectMapper} reads and writes
 * plans or parts of them.
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
 * "With immediate effect" means the source's publication date: give it as the reader attribute
 * {@link #PUBLISHED} ({@code mapper.readerFor(...).withAttribute(PUBLISHED, date)}), as
 * {@link PlanReader} does, or it has no due date.
 */
public final class ActionPlanModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The reader attribute holding the source's publication date, a {@link LocalDate}. */
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
        add(Percent.class, Percent::value, (json, c) -> Percent.of(sixPlaces(c.readValue(json, BigDecimal.class))));
        add(ReportingPeriod.class, ReportingPeriod::toString,
                (json, c) -> once(c, PERIODS, c.readValue(json, String.class), ReportingPeriod::parse));
        add(Timescale.class, Timescale::text, (json, c) -> once(c, TIMESCALES, c.readValue(json, String.class),
                text -> Timescale.parse(text, Optional.ofNullable((LocalDate) c.getAttribute(PUBLISHED)))));
        add(StatusLabels.class, labels -> Status.JSON_ORDER.stream().filter(labels.custom()::containsKey)
                .collect(Collectors.toMap(Status::name, labels.custom()::get, (a, b) -> a, LinkedHashMap::new)),
                (json, c) -> StatusLabels.builder().putAllCustom(c.<Map<Status, String>>readValue(json,
                        c.getTypeFactory().constructMapType(Map.class, Status.class, String.class))).build());
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

    private static BigDecimal sixPlaces(BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(Quote.number(number) + " has more than 6 decimal places");
        }
        return number;
    }

    /**
     * The plan's dates are read and written as the format has them on the model's own properties only: a mapper's
     * handling of other dates (Jackson's JavaTimeModule, a {@code @JsonFormat} pattern) is its own, whichever module
     * is registered last.
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new PlanDates());
    }

    /** The ISO text of the model's {@code Optional<LocalDate>} properties, as a content (de)serializer of each. */
    @SuppressWarnings("serial") // Jackson's introspectors are Serializable; this one holds nothing.
    private static final class PlanDates extends NopAnnotationIntrospector {
        private static final String MODEL = Percent.class.getPackageName();

        private final StdSerializer<LocalDate> writer = new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate date, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(date.toString());
            }
        };

        private final StdDeserializer<LocalDate> reader = new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
                try {
                    return date(context.readValue(json, String.class));
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(LocalDate.class, "%s", e.getMessage());
                }
            }
        };

        @Override
        public Object findContentSerializer(Annotated member) {
            return isPlanDate(member) ? writer : null;
        }

        @Override
        public Object findContentDeserializer(Annotated member) {
            return isPlanDate(member) ? reader : null;
        }

        /** A field, getter, setter or creator parameter of the model's holding an {@code Optional<LocalDate>}. */
        private static boolean isPlanDate(Annotated member) {
            JavaType type = member instanceof AnnotatedMethod method && method.getParameterCount() == 1
                    ? method.getParameterType(0) : member.getType();
            return member instanceof AnnotatedMember declared && declared.getDeclaringClass().getPackageName()
                    .equals(MODEL) && type.isReferenceType() && type.getContentType().hasRawClass(LocalDate.class);
        }
    }

    /** Optional and OptionalInt attributes need Jackson's Jdk8Module. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module());
    }

    /**
     * A value written as the JSON {@code shown} gives (text, a number, an object), left out where that is empty,
     * and read by {@code reader} through the context, so a mapper's own coercion rules apply.
     */
    @SuppressWarnings("serial") // Jackson's (de)serializers are Serializable; these are never serialized.
    private <T> void add(Class<T> type, Function<T, Object> shown, Reader<T> reader) {
        addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(shown.apply(value), json);
            }

            @Override
            public boolean isEmpty(SerializerProvider provider, T value) {
                return shown.apply(value) instanceof Map<?, ?> map && map.isEmpty();
            }
        });
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
}
