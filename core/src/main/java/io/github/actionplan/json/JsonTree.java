package io.github.actionplan.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import com.networknt.schema.serialization.node.JsonLocationAware;
import com.networknt.schema.serialization.node.JsonLocationAwareObjectNode;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a plan read by Jackson into a tree whose nodes know their line and column, for the schema
 * to check: strict JSON within the reader's limits on nesting, strings, items and lists in a string.
 * Text that is not JSON stops the read where Jackson stops; duplicate keys (the last one kept) and
 * content after the plan are told beside every other problem. A number past every bound the format
 * sets stands in at 10^16, and one of more decimal places than any check counts at one of 7, so that
 * no check expands its exponent; its text as written stays in {@link #written} for messages.
 */
final class JsonTree {

    private static final BigDecimal HUGE = BigDecimal.TEN.pow(16);

    final Map<JsonNode, String> written = new IdentityHashMap<>();

    /** Problems of the text kept, and those beyond {@link PlanSchema#MOST_PROBLEMS}, counted and not kept. */
    private int told;
    private long untold;

    /** Paragraphs and list items of the texts besides each first; where they first came to more than the limit. */
    private long blocks;
    private Problem overBlocks;

    /** Errors of the read found and not listed, the text's and the structure's; and the problems saying so. */
    long unlisted;
    int notices;

    /**
     * The tree of {@code text}, read by a {@link #factory} for {@code limits}, or none where it is not JSON
     * within them; the problems go to {@code problems}.
     */
    Optional<JsonNode> read(JsonFactory factory, String text, PlanReader.Limits limits, List<Problem> problems) {
        try (JsonParser json = factory.createParser(text)) {
            try {
                if (json.nextToken() == null) {
                    problems.add(Problem.error("", PlanSchema.say("text.empty")));
                    return Optional.empty();
                }
                // Decoded strictly, the text holds no half character: only a "\\u" escape can give one.
                JsonNode root = PlanJson.mapper().reader(new Nodes(json, limits, problems, hasEscapedCode(text)))
                        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(json);
                if (!atEnd(json)) {
                    problems.add(at(Problem.error("", PlanSchema.say("text.after")), json.currentTokenLocation()));
                }
                if (untold > 0) {
                    problems.add(untold(untold, problems.getLast()));
                }
                if (overBlocks != null) {
                    problems.add(Problem.error(overBlocks.path(), PlanSchema.say("limit.blocks",
                            Quote.grouped(blocks), Quote.grouped(limits.maxBlocks())))
                            .at(overBlocks.line().orElse(1), overBlocks.column().orElse(1)));
                }
                return Optional.of(root).filter(tree -> items(tree, limits, problems) && overBlocks == null);
            } catch (JacksonException | NumberFormatException e) { // the latter for an exponent beyond any BigDecimal
                problems.add(Syntax.problem(e, json, text, limits));
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        return Optional.empty();
    }

    /**
     * Whether a problem of the text is kept: the first {@link PlanSchema#MOST_PROBLEMS} are, the rest counted, so that a
     * file of a million duplicate keys is a few kilobytes of problems, not hundreds of megabytes.
     */
    private boolean tell() {
        if (told < PlanSchema.MOST_PROBLEMS) {
            told++;
            return true;
        }
        untold++;
        return false;
    }

    /** The problem saying {@code more} errors are not listed, told after {@code last}; counted for the read. */
    Problem untold(long more, Problem last) {
        return untold(more, more, last);
    }

    /**
     * The problem saying {@code more} problems, {@code errors} of them errors, are not listed, told after
     * {@code last}; the errors counted for the read.
     */
    Problem untold(long more, long errors, Problem last) {
        unlisted += errors;
        notices++;
        return PlanSchema.untold(more, last);
    }

    /**
     * The first {@link PlanSchema#MOST_PROBLEMS} of {@code found}, in its order, and one saying how many more there
     * are: a plan of 20,000 values out of range, or of 20,000 items each with an error and a warning, would otherwise
     * be a message of megabytes.
     */
    List<Problem> first(List<Problem> found) {
        if (found.size() <= PlanSchema.MOST_PROBLEMS) {
            return found;
        }
        List<Problem> kept = new ArrayList<>(found.subList(0, PlanSchema.MOST_PROBLEMS));
        List<Problem> more = found.subList(PlanSchema.MOST_PROBLEMS, found.size());
        kept.add(untold(more.size(), more.stream().filter(Problem::isError).count(), kept.getLast()));
        return kept;
    }

    private static boolean atEnd(JsonParser json) throws IOException {
        try {
            return json.nextToken() == null;
        } catch (JacksonException e) { // content that is not even JSON
            return false;
        }
    }

    /** Whether the recommendations, sub-actions and updates together are within the limit; if not, a problem. */
    private static boolean items(JsonNode plan, PlanReader.Limits limits, List<Problem> problems) {
        JsonNode recommendations = plan.path("recommendations");
        int items = recommendations.size() + recommendations.valueStream().mapToInt(recommendation -> recommendation
                .path("subActions").size() + recommendation.path("updates").size()).sum();
        if (items > limits.maxItems()) {
            problems.add(at(plan, Problem.error("/recommendations", PlanSchema.say("limit.items",
                    Quote.grouped(items), Quote.grouped(limits.maxItems())))));
        }
        return items <= limits.maxItems();
    }

    /**
     * The problems, each at the line and column of the value at its path or, where that is missing, of the
     * nearest around it; in the text's order.
     */
    static List<Problem> locate(JsonNode tree, List<Problem> problems) {
        return problems.stream().map(problem -> problem.line().isPresent() ? problem : at(tree, problem))
                .sorted(Comparator.comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
                        .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE))).toList();
    }

    private static Problem at(JsonNode tree, Problem problem) {
        String path = problem.path();
        while (tree.at(path).isMissingNode() && !path.isEmpty()) {
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return tree.at(path) instanceof JsonLocationAware node ? at(problem, node.tokenLocation()) : problem;
    }

    private static Problem at(Problem problem, JsonLocation place) {
        return at(problem, place, 0);
    }

    /** The problem at {@code place}, {@code back} characters before it on its line; as it was where there is none. */
    static Problem at(Problem problem, JsonLocation place, int back) {
        return place == null || place.getLineNr() < 1 ? problem : problem.at(place.getLineNr(),
                Math.max(1, place.getColumnNr() - back));
    }

    /**
     * The first lone surrogate in {@code text}, as "U+D83D": half of a character, which a JSON escape can give
     * ({@code "\\ud83d"}) but no UTF-8 file can hold, and a writer would join to the character after it.
     */
    static Optional<String> loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Quote.code(c));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} may hold a {@code \\u} escape, searched for by the backslash alone: on a large plan a
     * third of the time a search for the two characters took, which was a twentieth of the read.
     */
    static boolean hasEscapedCode(String text) {
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
            if (text.charAt(i + 1) == 'u') {
                return true;
            }
        }
        return false;
    }

    /**
     * Strict JSON, as Jackson reads it by default (SyntaxErrorTest shows every leniency it offers refused), within
     * the limits. Its buffers are pooled, not kept on each thread that read, where a server's pooled threads kept the
     * class loader of an application redeployed (run 97 #2).
     */
    static JsonFactory factory(PlanReader.Limits limits) {
        return new JsonFactoryBuilder().recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength()).maxNameLength(1_000).maxNumberLength(100).build())
                .build();
    }

    /**
     * Nodes that know their place in the text; objects that tell a duplicate key as a problem; numbers too
     * large for any bound stand in at {@link #HUGE}.
     */
    private final class Nodes extends LocationJsonNodeFactory {
        private static final long serialVersionUID = 1L;

        private final transient JsonParser json;
        private final int maxListDepth;
        private final int maxBlocks;
        private final transient List<Problem> problems;
        private final boolean escapes;

        Nodes(JsonParser json, PlanReader.Limits limits, List<Problem> problems, boolean escapes) {
            super(json);
            this.json = json;
            this.maxListDepth = limits.maxListDepth();
            this.maxBlocks = limits.maxBlocks();
            this.problems = problems;
            this.escapes = escapes;
        }

        /**
         * A string, and a problem where it nests lists deeper than the limit, as narrative would, or holds half a
         * character.
         */
        @Override
        public TextNode textNode(String text) {
            blocks += MarkdownSyntax.blocksAfterFirst(text);
            if (blocks > maxBlocks && overBlocks == null) { // told once the whole is read, with the count
                overBlocks = at(Problem.error(json.getParsingContext().pathAsPointer().toString(), ""),
                        json.currentTokenLocation());
            }
            int depth = MarkdownSyntax.listDepthOver(text, maxListDepth);
            if (depth > 0 && tell()) {
                problems.add(at(Problem.error(json.getParsingContext().pathAsPointer().toString(), PlanSchema.say(
                        "limit.lists", depth, maxListDepth)), json.currentTokenLocation()));
            }
            Optional<String> half = escapes ? loneSurrogate(text) : Optional.empty();
            if (half.isPresent() && tell()) {
                problems.add(at(Problem.error(json.getParsingContext().pathAsPointer().toString(), PlanSchema.say(
                        "text.surrogate", half.get())), json.currentTokenLocation()));
            }
            return super.textNode(text);
        }

        @Override
        public ObjectNode objectNode() {
            return new Fields(this, json.currentTokenLocation());
        }

        /**
         * A whole number written with a fraction (35.0) as the whole number it is, to the schema and the binding. A
         * number of more places than {@link #HUGE} has digits, as {@code 1e-999999999}, has far more than the 6 any
         * number of a plan may have: one of 7 places stands in, refused wherever the number is, and on the same side
         * of every bound the format sets (each a whole number), so no check writes it out in full, as the
         * validator's enum check does.
         */
        @Override
        public ValueNode numberNode(BigDecimal number) {
            long magnitude = (long) number.precision() - number.scale(); // digits before the point, or minus zeros after
            if (magnitude > HUGE.precision()) {
                return standIn(number, number.signum() < 0 ? HUGE.negate() : HUGE);
            }
            int places = number.signum() == 0 ? 0 : number.stripTrailingZeros().scale();
            if (places <= 0) {
                return super.numberNode(number.longValue());
            }
            if (places <= HUGE.precision()) {
                return super.numberNode(number);
            }
            BigDecimal seventhPlace = BigDecimal.valueOf(number.signum(), 7);
            // Below 10^-6 the number truncates to 0 at 6 places; above, it has few enough digits to truncate.
            return standIn(number, magnitude < -6 ? seventhPlace
                    : number.setScale(6, RoundingMode.DOWN).add(seventhPlace));
        }

        private ValueNode standIn(BigDecimal number, BigDecimal standIn) {
            ValueNode node = super.numberNode(standIn);
            written.put(node, Quote.number(number));
            return node;
        }

        /** An object whose second value for a key is a problem at that value, the path being the parser's there. */
        @SuppressWarnings("unchecked") // ObjectNode narrows JsonNode's generic deepCopy: javac flags any subclass
        private final class Fields extends JsonLocationAwareObjectNode {
            private static final long serialVersionUID = 1L;

            Fields(Nodes nodes, JsonLocation place) {
                super(nodes, place);
            }

            @Override
            public JsonNode replace(String name, JsonNode value) {
                JsonNode before = super.replace(name, value);
                if (before != null && tell()) {
                    problems.add(JsonTree.at(Problem.error(json.getParsingContext().pathAsPointer().toString(),
                            PlanSchema.say("text.duplicate", Quote.single(name))), json.currentTokenLocation()));
                }
                return before;
            }
        }
    }
}
