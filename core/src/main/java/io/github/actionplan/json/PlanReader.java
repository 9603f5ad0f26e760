package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads plans from JSON, strictly, in three steps. The text: UTF-8 only, decoded strictly; JSON
 * syntax; duplicate keys and trailing content; and what a plan may hold ({@link Limits}: the
 * document's size, nesting and string lengths, its number of items and how deep lists nest in a
 * string). The structure: the shipped schema ({@link PlanJson#schema()}), checked by a JSON Schema
 * validator, so unknown fields, wrong types, missing fields and values out of range are errors;
 * percentages and weights have at most 6 decimal places, weights at most 1,000,000, and numbers are
 * judged without expanding their exponents; refs and sub-action ids are unique. The meaning, once
 * the structure is sound: the plan's semantic checks ({@link PlanValidator}). Text that is not JSON
 * stops the read, told where Jackson stops (what was found, what belongs there); every other problem, of the text,
 * the structure and the meaning, is reported at once, each with its JSON path and line and column, a
 * value's being where the value starts, a missing field's where its object does. Warnings do not stop a
 * read; errors do; nothing but {@link InvalidPlanException} (or an {@code IOException} from a file)
 * is thrown for any input.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * PlanReader reader = PlanJson.reader();
 * try {
 *     PlanReader.Result result = reader.read(Path.of("derbyshire-2023-11-01.json"));
 *     result.warnings().forEach(w -> log.warn(w.toString()));
 *     ActionPlan plan = result.plan();
 * } catch (InvalidPlanException e) {
 *     e.problems().forEach(System.err::println);
 *     // /recommendations/3/progress: 120 is not a percentage; write a number from 0 to 100, such as 50
 *     //     (line 40, column 19)
 * }
 * }</pre>
 *
 * <p>A reader is immutable and safe to share between threads.
 */
public final class PlanReader {

    private static final String TEXT = "the JSON text";
    private static final HexFormat HEX = HexFormat.of();

    /** How git marks the start of a merge conflict it left in a file, at the start of a line. */
    private static final String CONFLICT = "<<<<<<< ";

    private final Limits limits;
    private final JsonFactory factory;

    PlanReader(Limits limits) {
        this.limits = limits;
        this.factory = JsonTree.factory(limits);
    }

    /** A reader with other limits. */
    public PlanReader withLimits(Limits limits) {
        return new PlanReader(Objects.requireNonNull(limits, "limits"));
    }

    /** The limits this reader enforces. */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads the plan in {@code file}.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors
     * @throws IOException if the file cannot be read
     */
    public Result read(Path file) throws IOException {
        // Else reading it fails with "Is a directory", naming no file.
        if (Files.isDirectory(Objects.requireNonNull(file, "file"))) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a plan file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        }
    }

    /**
     * Reads a plan from {@code json} text.
     *
     * @throws InvalidPlanException listing every problem, if the plan has errors
     */
    public Result read(String json) throws InvalidPlanException {
        CharBuffer chars = CharBuffer.wrap(Objects.requireNonNull(json, "json"));
        try { // refuses a lone surrogate, which a lenient encoder writes as '?'
            checkSize(StandardCharsets.UTF_8.newEncoder().encode(chars).remaining(), TEXT);
        } catch (CharacterCodingException e) {
            throw refused(TEXT, at("encoding.surrogate", "U+" + HEX.withUpperCase().toHexDigits(json.charAt(chars
                    .position())), json.substring(0, chars.position())));
        }
        return parse(json, TEXT);
    }

    /**
     * The text of a plan file as this reader decodes it: UTF-8, with or without a byte order mark
     * (kept at the start of the text). Another encoding (UTF-16, UTF-32, Latin-1) or a byte
     * sequence UTF-8 forbids (an overlong form, an encoded surrogate, a code point above U+10FFFF)
     * is refused with its line and column, as {@link #read(InputStream, String)} refuses it.
     *
     * @param source what is being read, e.g. a file name, for messages
     * @throws InvalidPlanException with the one encoding problem, if {@code bytes} are not UTF-8 text
     */
    public String text(byte[] bytes, String source) throws InvalidPlanException {
        // A zip's first bytes are ASCII: an Excel workbook given as the plan would be read as far as its first
        // compressed byte, and called text that is not UTF-8.
        if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw refused(source, Problem.error("", PlanSchema.say("encoding.zip")).at(1, 1));
        }
        // What a write cut short by a crash or power cut leaves (run 92 #5): no text at all, not UTF-32.
        if (bytes.length > 0 && bytes[0] == 0
                && java.util.stream.IntStream.range(0, bytes.length).allMatch(i -> bytes[i] == 0)) {
            throw refused(source, Problem.error("", PlanSchema.say("encoding.zeros", bytes.length)).at(1, 1));
        }
        // UTF-16 and UTF-32 are told by a byte order mark or, as RFC 4627 tells them, by NUL bytes around an
        // ASCII character.
        if (bytes.length > 1 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xfe) == 0xfe)) {
            boolean utf32 = bytes.length > 3 && (bytes[0] == 0 && bytes[1] == 0 || bytes[2] == 0 && bytes[3] == 0);
            throw refused(source, Problem.error("", PlanSchema.say("encoding.other", utf32 ? "UTF-32" : "UTF-16"))
                    .at(1, 1));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) { // what is not UTF-8 the JDK decodes as U+FFFD: none, so nothing to tell
            return text;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            // A decoder of its own reports, not replaces, what is not UTF-8.
            return StandardCharsets.UTF_8.newDecoder().decode(in).toString();
        } catch (CharacterCodingException e) {
            throw refused(source, at("encoding.byte", "0x" + HEX.toHexDigits(bytes[in.position()]),
                    new String(bytes, 0, in.position(), StandardCharsets.UTF_8)));
        }
    }

    /**
     * Reads a plan from {@code in}, UTF-8 JSON with or without a byte order mark; {@code in} is
     * not closed.
     *
     * @param source what is being read, e.g. a file name, for messages
     * @throws InvalidPlanException listing every problem, if the plan has errors
     * @throws IOException if {@code in} cannot be read
     */
    public Result read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        // Read no more than the limit allows, and one byte to tell whether there is more.
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        checkSize(bytes.length, source);
        return parse(text(bytes, source), source);
    }

    private void checkSize(long bytes, String source) throws InvalidPlanException {
        if (bytes > limits.maxDocumentBytes()) {
            throw refused(source, Problem.error("", PlanSchema.say("limit.document", limits.maxDocumentBytes())));
        }
    }

    private static InvalidPlanException refused(String source, Problem problem) {
        return new InvalidPlanException(source, List.of(problem));
    }

    /**
     * A problem at each merge conflict git left in the text, at its first marker line: read as JSON, the first was
     * told as a field name without quotes, at the field before it, and the others not at all (run 92 #3).
     */
    private static List<Problem> conflicts(String text) {
        List<Problem> conflicts = new ArrayList<>();
        // A search for '<', which few plans hold, not for the marker: a string search scans a 100 MB plan in 90 ms,
        // a character's in a tenth of it.
        int first = text.indexOf('<');
        while (first >= 0 && !text.startsWith(CONFLICT, first)) {
            first = text.indexOf('<', first + 1);
        }
        if (first < 0) {
            return conflicts;
        }
        int line = 1;
        for (int at = 0; at < text.length(); line++) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (text.startsWith(CONFLICT, at)) {
                conflicts.add(Problem.error("", PlanSchema.say("conflict")).at(line, 1));
            }
            at = end + 1;
        }
        return conflicts;
    }

    /** The problem {@code key} tells of {@code what} at the end of {@code before}: its line, column in characters. */
    private static Problem at(String key, String what, String before) {
        String[] lines = before.split("\\r\\n|\\r|\\n", -1);
        return Problem.error("", PlanSchema.say(key, what)).at(lines.length,
                lines[lines.length - 1].codePointCount(0, lines[lines.length - 1].length()) + 1);
    }

    /**
     * The text, then the plan bound from it and its meaning. Only a plan that does not bind is checked against
     * the schema, whose problems say why, every one: the binding refuses all the schema refuses (BindingTest), and
     * a valid plan, the common case, is read without loading the validator.
     */
    private Result parse(String text, String source) throws InvalidPlanException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark, as Notepad saves
        List<Problem> conflicts = conflicts(json); // after the mark too (run 95 #4)
        if (!conflicts.isEmpty()) {
            throw new InvalidPlanException(source, conflicts);
        }
        List<Problem> problems = new ArrayList<>();
        JsonTree tree = new JsonTree();
        Optional<JsonNode> root = tree.read(factory, json, limits, problems);
        List<Problem> refused = new ArrayList<>();
        Optional<ActionPlan> plan = root.flatMap(valid -> bind(valid, refused));
        if (root.isPresent() && plan.isEmpty()) {
            List<Problem> structure = PlanSchema.problems(root.get(), tree);
            problems.addAll(structure.isEmpty() ? refused : structure);
        }
        plan.ifPresent(valid -> {
            // Listed whole where they are warnings alone, the plan's to give back; else the first, as a message.
            List<Problem> meaning = PlanValidator.validate(valid);
            problems.addAll(meaning.stream().anyMatch(Problem::isError) ? tree.first(JsonTree.locate(root.get(),
                    meaning)) : meaning);
        });
        List<Problem> located = root.map(valid -> JsonTree.locate(valid, problems)).orElse(problems);
        if (plan.isEmpty() || located.stream().anyMatch(Problem::isError)) {
            throw new InvalidPlanException(source, located, located.stream().filter(Problem::isError).count()
                    - tree.notices + tree.unlisted);
        }
        return new Result(plan.get(), located);
    }

    /**
     * The plan a tree holds, "With immediate effect" resolved to the source's publication date; none if it does
     * not bind, the model's reason going to {@code problems} where it gives one.
     */
    static Optional<ActionPlan> bind(JsonNode tree, List<Problem> problems) {
        if (!tree.has("schemaVersion") || !tree.has("recommendations")) { // required, which the model cannot tell
            return Optional.empty();
        }
        ObjectReader reader = PlanJson.mapper().readerFor(ActionPlan.class);
        JsonNode published = tree.path("source").path("published");
        try {
            return Optional.of((published.isTextual() ? reader.withAttribute(ActionPlanModule.PUBLISHED,
                    LocalDate.parse(published.textValue())) : reader).readValue(tree));
        } catch (IOException | RuntimeException e) { // told only if the schema finds nothing: a gap between the two
            // At the value Jackson was binding, in the model's words (its check's), not Jackson's about them.
            JsonPointer at = JsonPointer.empty();
            for (JsonMappingException.Reference step : e instanceof JsonMappingException mapping ? mapping.getPath()
                    : List.<JsonMappingException.Reference>of()) {
                at = step.getFieldName() == null ? at.appendIndex(step.getIndex()) : at.appendProperty(step
                        .getFieldName());
            }
            Throwable why = e instanceof JsonMappingException && e.getCause() != null ? e.getCause() : e;
            problems.add(Problem.error(at.toString(), PlanSchema.say("model", Quote.shown(String.valueOf(why.getMessage())))));
            return Optional.empty();
        }
    }

    /**
     * A plan that was read, with the warnings found in it.
     *
     * @param plan     the plan
     * @param warnings problems that did not stop the read, in document order
     */
    public record Result(ActionPlan plan, List<Problem> warnings) {
        /** Copies the list. */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Limits on what a reader accepts, so that a hostile or broken file cannot exhaust memory, and
     * every report of a plan that is accepted takes time in proportion to its size. Each refusal is
     * a problem at the path where the plan exceeds the limit. The defaults are far above what real
     * plans hold (a few hundred items, texts of a few thousand characters); raise one with
     * {@link PlanReader#withLimits}, e.g. {@code Limits.DEFAULT.withMaxItems(100_000)} for a
     * national roll-up.
     *
     * @param maxDocumentBytes the largest document, in bytes (default 16 MiB; at most {@link #MOST_DOCUMENT_BYTES})
     * @param maxStringLength  the longest string, such as one narrative text, in characters as
     *                         {@link String#length()} counts them (default 100,000, some 30 pages)
     * @param maxDepth         the deepest nesting of JSON objects and arrays (default 16; a plan needs
     *                         5; at most 1,000)
     * @param maxItems         the most recommendations, sub-actions and updates together (default
     *                         20,000)
     * @param maxListDepth     the deepest nesting of lists in narrative text (default 8); it may be set
     *                         higher, but reports show lists nested deeper than
     *                         {@link io.github.actionplan.report.Narrative#MAX_LIST_DEPTH} as their text
     * @param maxBlocks        the most paragraphs and list items in the plan's texts, besides each text's first
     *                         (default 100,000): every report keeps each in memory, some 165 bytes in core's layout
     *                         and a kilobyte or more in a DOCX or XLSX, so that a 16 MiB plan of one-word list items
     *                         would need gigabytes
     */
    public record Limits(long maxDocumentBytes, int maxStringLength, int maxDepth, int maxItems, int maxListDepth,
            int maxBlocks) {
        /** The most {@code maxDocumentBytes} may be: the most a Java array holds, as a document is read into one. */
        public static final long MOST_DOCUMENT_BYTES = Integer.MAX_VALUE - 9;

        /** The defaults: 16 MiB, 100,000 characters, depth 16, 20,000 items, lists 8 deep, 100,000 blocks. */
        public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 100_000, 16, 20_000, 8, 100_000);

        /**
         * Checks every limit is positive, the depth no more than 1,000 (reading nests that deep), and the document
         * size no more than {@link #MOST_DOCUMENT_BYTES}.
         */
        public Limits {
            if (Math.min(Math.min(maxDocumentBytes, maxBlocks), Math.min(Math.min(maxStringLength, maxDepth),
                    Math.min(maxItems, maxListDepth))) < 1 || maxDepth > 1_000
                    || maxDocumentBytes > MOST_DOCUMENT_BYTES) {
                throw new IllegalArgumentException("every limit must be 1 or more, maxDepth at most 1000, and"
                        + " maxDocumentBytes at most " + MOST_DOCUMENT_BYTES + " (a document is read into memory):"
                        + " maxDocumentBytes " + maxDocumentBytes + ", maxStringLength " + maxStringLength
                        + ", maxDepth " + maxDepth + ", maxItems " + maxItems + ", maxListDepth " + maxListDepth
                        + ", maxBlocks " + maxBlocks);
            }
        }

        /** Limits with the default {@link #maxBlocks()}, 100,000. */
        public Limits(long maxDocumentBytes, int maxStringLength, int maxDepth, int maxItems, int maxListDepth) {
            this(maxDocumentBytes, maxStringLength, maxDepth, maxItems, maxListDepth, 100_000);
        }

        /** These limits with another document size, in bytes. */
        public Limits withMaxDocumentBytes(long bytes) {
            return new Limits(bytes, maxStringLength, maxDepth, maxItems, maxListDepth, maxBlocks);
        }

        /** These limits with another longest string, in characters. */
        public Limits withMaxStringLength(int characters) {
            return new Limits(maxDocumentBytes, characters, maxDepth, maxItems, maxListDepth, maxBlocks);
        }

        /** These limits with another deepest nesting of JSON objects and arrays. */
        public Limits withMaxDepth(int depth) {
            return new Limits(maxDocumentBytes, maxStringLength, depth, maxItems, maxListDepth, maxBlocks);
        }

        /** These limits with another number of recommendations, sub-actions and updates together. */
        public Limits withMaxItems(int items) {
            return new Limits(maxDocumentBytes, maxStringLength, maxDepth, items, maxListDepth, maxBlocks);
        }

        /** These limits with another deepest nesting of lists in narrative text. */
        public Limits withMaxListDepth(int depth) {
            return new Limits(maxDocumentBytes, maxStringLength, maxDepth, maxItems, depth, maxBlocks);
        }

        /** These limits with another number of paragraphs and list items in the plan's texts, besides each first. */
        public Limits withMaxBlocks(int blocks) {
            return new Limits(maxDocumentBytes, maxStringLength, maxDepth, maxItems, maxListDepth, blocks);
        }

        /** How many items of {@code plan} count against {@link #maxItems()}: recommendations, sub-actions, updates. */
        public static long items(ActionPlan plan) {
            return plan.recommendations().stream().mapToLong(r -> 1L + r.subActions().size() + r.updates().size())
                    .sum();
        }
    }
}
