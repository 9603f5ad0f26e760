package io.github.actionplan.workbook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.internal.Typos;
import io.github.actionplan.model.RecommendationKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a tracker is laid out: which sheet, or which sheets laid out alike (a sheet per directorate), which row
 * holds the column headers, which column holds which {@link TrackerField}, and the plan's title, organisation and
 * source where the tracker does not say them. {@link TrackerImport} chooses one when it is given none and returns it,
 * so that a
 * person can save it as JSON, correct it and give it back.
 *
 * <pre>{@code
 * {
 *   "sheet": "Action plan",
 *   "headerRow": 6,
 *   "organisation": "Merseyside Fire and Rescue Service",
 *   "columns": [
 *     { "column": "A", "header": "Ref. No.", "field": "ref" },
 *     { "column": "C", "header": "Area for improvement", "field": "finding" },
 *     { "column": "E", "header": "Action to achieve required outcomes", "field": "action" },
 *     { "column": "F", "header": "Responsible function", "field": "owner" },
 *     { "column": "G", "header": "Timescale", "field": "due" },
 *     { "column": "H", "header": "% complete", "field": "progress" },
 *     { "column": "L", "header": "Link to CRMP", "field": "ignore" }
 *   ]
 * }
 * }</pre>
 *
 * <p>A tracker kept as a sheet per directorate, each sheet's columns and header row alike, is one plan: its mapping
 * lists them in the order they are read, {@code "sheets": ["Prevention", "Protection"]}, instead of {@code "sheet"}.
 *
 * @param sheets       the sheets' names, in the order read, each once: the first gives the title rows
 * @param headerRow    the 1-based number of the row holding the column headers; data starts below it
 * @param columns      the columns, in sheet order, each mapped to a field or ignored
 * @param title        the plan's title, where not the first title row above the header
 * @param organisation the service, where the title rows above the header do not name it
 * @param source       the title of the inspection report the plan answers
 * @param kind         what the findings are, where neither their refs ("AFI 1", "Rec 17") nor the
 *                     finding column's header says
 */
public record TrackerMapping(List<String> sheets, int headerRow, List<Column> columns, Optional<String> title,
        Optional<String> organisation, Optional<String> source, Optional<RecommendationKind> kind) {

    /** The field name a column that is not read has in JSON. */
    public static final String IGNORE = "ignore";

    private static final Pattern COLUMN = Pattern.compile("[A-Z]{1,3}");
    private static final int MAX_COLUMN = 16_384; // XFD, the last column Excel has
    private static final Set<String> KEYS = Set.of("sheet", "sheets", "headerRow", "columns", "title", "organisation",
            "source", "kind");
    private static final Set<String> COLUMN_KEYS = Set.of("column", "header", "field");
    /** How deep a mapping's objects and lists may nest: its own go 3 deep, an object of a list of objects. */
    private static final int MAX_DEPTH = 20;
    /** The longest string a mapping may hold: a title, a sheet's name or a header is far shorter. */
    private static final int MAX_STRING = 100_000;
    /** Its buffers pooled, not kept on each thread, as core's JSON factories (run 97 #2). */
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNameLength(1_000).maxNumberLength(100).build())
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build();

    /**
     * One column of the tracker.
     *
     * @param column the column's letters, e.g. {@code "C"}
     * @param header the header text the tracker gives it, for people reading the mapping
     * @param field  what it holds; empty when it is ignored
     */
    public record Column(String column, String header, Optional<TrackerField> field) {
        /** Checks the column's letters. */
        public Column {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(field, "field");
            if (!COLUMN.matcher(column).matches() || TrackerMapping.index(column) >= MAX_COLUMN) {
                throw new IllegalArgumentException("'" + column + "' is not a column (A to XFD)");
            }
        }

        /** The 0-based column index: 0 for A. */
        public int index() {
            return TrackerMapping.index(column);
        }
    }

    /**
     * Checks the values; a field may be mapped to one column only, but for {@link TrackerField#UPDATE}, which a
     * tracker may have one of each quarter.
     */
    public TrackerMapping {
        sheets = List.copyOf(sheets);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a mapping reads at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (String sheet : sheets) {
            if (!names.add(sheet.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("sheet '" + sheet + "' is listed twice");
            }
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow " + headerRow + " is not a row number (1 or more)");
        }
        columns = List.copyOf(columns);
        Set<TrackerField> seen = EnumSet.noneOf(TrackerField.class);
        Set<String> letters = new HashSet<>();
        for (Column c : columns) {
            if (!letters.add(c.column())) {
                throw new IllegalArgumentException("column " + c.column() + " is listed twice");
            }
            if (c.field().isPresent() && !seen.add(c.field().get()) && c.field().get() != TrackerField.UPDATE) {
                throw new IllegalArgumentException("field " + c.field().get().jsonName() + " is mapped to two columns");
            }
        }
    }

    /**
     * A mapping of one sheet.
     *
     * @param sheet the sheet's name
     */
    public TrackerMapping(String sheet, int headerRow, List<Column> columns, Optional<String> title,
            Optional<String> organisation, Optional<String> source, Optional<RecommendationKind> kind) {
        this(List.of(Objects.requireNonNull(sheet, "sheet")), headerRow, columns, title, organisation, source, kind);
    }

    /** The first sheet read, whose title rows give the plan's title, organisation and date. */
    public String sheet() {
        return sheets.getFirst();
    }

    /** A copy reading {@code sheets} instead, in that order. */
    TrackerMapping withSheets(List<String> sheets) {
        return new TrackerMapping(sheets, headerRow, columns, title, organisation, source, kind);
    }

    /** The column holding {@code field}; of several {@link TrackerField#UPDATE} columns, the first. */
    public Optional<Column> column(TrackerField field) {
        return columns.stream().filter(c -> c.field().equals(Optional.of(field))).findFirst();
    }

    /** The columns mapped to no field. */
    public List<Column> ignoredColumns() {
        return columns.stream().filter(c -> c.field().isEmpty()).toList();
    }

    /** The mapping as pretty-printed JSON, the form {@link #fromJson(String)} reads. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper(JSON).enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        if (sheets.size() == 1) {
            root.put("sheet", sheet());
        } else {
            sheets.forEach(root.putArray("sheets")::add);
        }
        root.put("headerRow", headerRow);
        title.ifPresent(t -> root.put("title", t));
        organisation.ifPresent(o -> root.put("organisation", o));
        source.ifPresent(s -> root.put("source", s));
        kind.ifPresent(k -> root.put("kind", k.name()));
        ArrayNode array = root.putArray("columns");
        for (Column c : columns) {
            ObjectNode node = array.addObject();
            node.put("column", c.column());
            node.put("header", c.header());
            node.put("field", c.field().map(TrackerField::jsonName).orElse(IGNORE));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /**
     * Reads a mapping written by {@link #toJson()}, perhaps corrected by hand, with or without a byte order mark.
     * Unknown keys are errors, so that a misspelt one is not silently ignored.
     *
     * @throws InvalidTrackerMappingException with every problem found, each with its JSON path
     */
    public static TrackerMapping fromJson(String json) throws InvalidTrackerMappingException {
        JsonNode root;
        // A byte order mark, as Notepad and PowerShell 5 save UTF-8, as the plan reader takes it (run 102 #3)
        try (JsonParser parser = JSON.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
            try {
                root = new ObjectMapper(JSON).readTree(parser);
            } catch (StreamConstraintsException e) {
                throw new InvalidTrackerMappingException(List.of(beyondLimits(parser, e)));
            } catch (JsonProcessingException e) {
                throw new InvalidTrackerMappingException(List.of("not JSON: " + e.getOriginalMessage()
                        + where(e.getLocation())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string is read without input or output", e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidTrackerMappingException(List.of("/: a mapping is a JSON object starting with '{'"));
        }
        unknownKeys(root, KEYS, "", problems);
        List<String> sheets = sheets(root, problems);
        int headerRow = 1;
        JsonNode row = root.get("headerRow");
        if (row == null || !row.canConvertToInt() || !row.isIntegralNumber() || row.asInt() < 1) {
            problems.add("/headerRow: " + (row == null ? "missing" : "'" + row + "' is not a row number")
                    + "; give the 1-based number of the row holding the column headers");
        } else {
            headerRow = row.asInt();
        }
        Optional<String> title = text(root, "title", "", problems, false);
        Optional<String> organisation = text(root, "organisation", "", problems, false);
        Optional<String> source = text(root, "source", "", problems, false);
        Optional<RecommendationKind> kind = text(root, "kind", "", problems, false).flatMap(k -> {
            try {
                return Optional.of(RecommendationKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("/kind: '" + k + "' is not a kind; use one of "
                        + Arrays.stream(RecommendationKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
        });
        List<Column> columns = new ArrayList<>();
        JsonNode array = root.get("columns");
        if (array == null || !array.isArray()) {
            problems.add("/columns: " + (array == null ? "missing" : "not a list")
                    + "; list each column as {\"column\": \"A\", \"header\": \"Ref\", \"field\": \"ref\"}");
        } else {
            Set<TrackerField> seen = EnumSet.noneOf(TrackerField.class);
            Set<String> letters = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                column(array.get(i), "/columns/" + i, seen, letters, problems).ifPresent(columns::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTrackerMappingException(problems);
        }
        return new TrackerMapping(sheets, headerRow, columns, title, organisation, source, kind);
    }

    /** The sheets a mapping names: {@code "sheet"}, one, or {@code "sheets"}, a list of them, each once. */
    private static List<String> sheets(JsonNode root, List<String> problems) {
        JsonNode list = root.get("sheets");
        if (list == null || list.isNull()) {
            if (root.get("sheet") == null || root.get("sheet").isNull()) {
                problems.add("/sheet: missing; give the sheet's name, or \"sheets\", a list of them");
                return List.of("?");
            }
            return List.of(text(root, "sheet", "", problems, true).orElse("?"));
        }
        if (root.get("sheet") != null) {
            problems.add("/sheets: give either \"sheet\" (one sheet) or \"sheets\" (a list of them), not both");
        }
        if (!list.isArray() || list.isEmpty()) {
            problems.add("/sheets: " + (list.isArray() ? "an empty list" : list + " is not a list")
                    + "; list the sheets to read, in order, e.g. [\"Prevention\", \"Protection\"]");
            return List.of("?");
        }
        List<String> sheets = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode name = list.get(i);
            if (!name.isTextual() || name.asText().isBlank()) {
                problems.add("/sheets/" + i + ": " + name + " is not a non-blank string");
                continue;
            }
            String before = seen.putIfAbsent(name.asText().toLowerCase(Locale.ROOT), name.asText());
            if (before != null) {
                problems.add("/sheets/" + i + ": '" + name.asText() + "' is listed already, as '" + before
                        + "'; list each sheet once");
            } else {
                sheets.add(name.asText());
            }
        }
        return sheets.isEmpty() ? List.of("?") : sheets;
    }

    /**
     * What is wrong with a mapping Jackson stopped reading at one of its limits, said from where it stopped rather than
     * from Jackson's message, which names its own classes: nested too deep, a string too long, or a key or number.
     */
    private static String beyondLimits(JsonParser parser, StreamConstraintsException e) {
        String path = parser.getParsingContext().pathAsPointer().toString();
        String at = (path.isEmpty() ? "/" : path) + ": ";
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return at + "a string of more than " + String.format(Locale.ROOT, "%,d", MAX_STRING) + " characters, where"
                    + " a mapping's are a sheet's name, a title or a header; shorten it"
                    + where(parser.currentTokenLocation());
        }
        if (parser.getParsingContext().getNestingDepth() >= MAX_DEPTH) {
            return at + "objects and lists nested more than " + MAX_DEPTH + " deep, where a mapping's go 3 deep (an"
                    + " object holding a list of columns, each an object); give the mapping --save-mapping wrote,"
                    + " corrected" + where(parser.currentLocation());
        }
        return at + "a key or number far longer than a mapping's (keys such as \"headerRow\", a row number of a few"
                + " digits); give the mapping --save-mapping wrote, corrected" + where(e.getLocation());
    }

    /** " (line 3, column 12)", or nothing where the place is not known. */
    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")";
    }

    private static Optional<Column> column(JsonNode node, String path, Set<TrackerField> seen, Set<String> letters,
            List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": not an object; write {\"column\": \"A\", \"header\": \"Ref\", \"field\": \"ref\"}");
            return Optional.empty();
        }
        unknownKeys(node, COLUMN_KEYS, path, problems);
        Optional<String> letter = text(node, "column", path, problems, true).map(s -> s.strip().toUpperCase(Locale.ROOT));
        String header = header(node.get("header"), path, problems);
        Optional<String> fieldName = text(node, "field", path, problems, true);
        // The column's faults and the field's are told together: one entry may have both.
        boolean columnOk = true;
        if (letter.isPresent() && (!COLUMN.matcher(letter.get()).matches() || index(letter.get()) >= MAX_COLUMN)) {
            problems.add(path + "/column: '" + letter.get() + "' is not a column; write its letters, A to XFD");
            columnOk = false;
        } else if (letter.isPresent() && !letters.add(letter.get())) {
            problems.add(path + "/column: " + letter.get() + " is listed twice");
            columnOk = false;
        }
        Optional<TrackerField> field = Optional.empty();
        boolean fieldOk = true;
        if (fieldName.isPresent() && !fieldName.get().strip().equalsIgnoreCase(IGNORE)) {
            field = TrackerField.fromJsonName(fieldName.get());
            if (field.isEmpty()) {
                fieldOk = false;
                List<String> names = Arrays.stream(TrackerField.values()).map(TrackerField::jsonName).toList();
                problems.add(path + "/field: '" + fieldName.get() + "' is not a field" + meant(fieldName.get(), names)
                        + "; use one of " + String.join(", ", names) + " or " + IGNORE);
            } else if (!seen.add(field.get()) && field.get() != TrackerField.UPDATE) {
                fieldOk = false;
                problems.add(path + "/field: " + field.get().jsonName() + " is already mapped to another column;"
                        + " map each field to one column (update alone to one each quarter)");
            }
        }
        if (letter.isEmpty() || fieldName.isEmpty() || !fieldOk || !columnOk) {
            return Optional.empty();
        }
        return Optional.of(new Column(letter.get(), header, field));
    }

    /**
     * A column's header: "" where the column has none, as --save-mapping writes a column with data under no header,
     * so that what it writes is read back.
     */
    private static String header(JsonNode value, String path, List<String> problems) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problems.add(path + "/header: " + value + " is not a string; write the column's header as the tracker"
                    + " gives it, such as \"Ref\", or \"\" where it has none");
            return "";
        }
        return value.asText();
    }

    private static Optional<String> text(JsonNode node, String key, String path, List<String> problems,
            boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "/" + key + ": missing");
            }
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(path + "/" + key + ": " + value + " is not a non-blank string");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /**
     * As a plan's fields are told, with what was meant (run 108 #5): keys, not fields, as a mapping's fields are
     * those a column is mapped to.
     */
    private static void unknownKeys(JsonNode node, Set<String> allowed, String path, List<String> problems) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            if (!allowed.contains(key)) {
                List<String> sorted = allowed.stream().sorted().toList();
                problems.add(path + "/" + key + ": unknown key '" + key + "'" + meant(key, sorted) + "; the allowed"
                        + " keys are " + String.join(", ", sorted));
            }
        }
    }

    /** " (did you mean rag?)" where {@code typed} is one of {@code known} mistyped; else nothing. */
    private static String meant(String typed, List<String> known) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return known.stream().filter(name -> Typos.mistyped(lower, name.toLowerCase(Locale.ROOT))).findFirst()
                .map(name -> " (did you mean " + name + "?)").orElse("");
    }

    /** The column letters for a 0-based index: "A" for 0, "AA" for 26. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static int index(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return index - 1;
    }
}
