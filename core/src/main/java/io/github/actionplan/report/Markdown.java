package io.github.actionplan.report;

import io.github.actionplan.internal.MarkdownSyntax;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns narrative text, the CommonMark subset of paragraphs, lists and emphasis that
 * {@link MarkdownSyntax} parses, into report blocks, each web address in them a link as {@link WebAddresses} finds
 * it. Everything else CommonMark knows (headings, code, HTML, links, entities, escapes but those of {@code *} and
 * {@code _}) is taken back to the literal source text, so nothing a person typed is lost or reinterpreted.
 */
final class Markdown {

    /**
     * The highest number a list is numbered to: Word starts a list at no higher number, and shows one asked to start
     * higher from 1, another number than the one typed. A list numbered past it is kept as typed, in every format.
     */
    static final int MOST_NUMBER = 32_767;

    private Markdown() {}

    /**
     * Parses {@code source} into blocks, lists nested at most {@code maxListDepth} deep: a list
     * deeper than that is kept as its literal text, in a paragraph of the deepest item, so every
     * structure built from narrative (and every walk of it) is bounded whatever the text holds.
     */
    static List<Block> parse(String source, int maxListDepth) {
        if (source.isBlank()) {
            return List.of();
        }
        return blocks(MarkdownSyntax.parse(source), source, 0, maxListDepth);
    }

    private static List<Block> blocks(Node parent, String source, int depth, int maxListDepth) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Paragraph p -> {
                    List<Inline> inlines = new ArrayList<>();
                    inlines(p, source, inlines);
                    if (!inlines.isEmpty()) {
                        blocks.add(new Block.Paragraph(WebAddresses.linked(inlines)));
                    }
                }
                case ListBlock list when depth >= maxListDepth -> {
                    String literal = literal(list, source);
                    if (!literal.isBlank()) {
                        blocks.add(typed(literal));
                    }
                }
                case BulletList list -> blocks.add(new Block.BulletList(items(list, source, depth + 1, maxListDepth)));
                case OrderedList list -> {
                    // CommonMark numbers a list's items on from its first, whatever they say: "10. ... 3. ..." would
                    // show "10. ... 11. ...", another number than the one typed, where a station or site is meant. A
                    // run of items that count on by one is a list; where the count breaks, another starts. Items all
                    // of one number ("1. 1. 1.", as Markdown lets lists be typed) are numbered on, as CommonMark does.
                    List<Block.ListItem> items = items(list, source, depth + 1, maxListDepth);
                    List<Integer> numbers = typedNumbers(list, source);
                    List<Node> nodes = new ArrayList<>();
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        if (item instanceof ListItem) {
                            nodes.add(item);
                        }
                    }
                    for (int from = 0, to = 1; to <= items.size(); to++) {
                        if (to == items.size() || numbers.get(to) != numbers.get(to - 1) + 1) {
                            // A run numbered past the most a list is, as typed; the runs around it stay lists.
                            blocks.add(numbers.get(to - 1) <= MOST_NUMBER ? new Block.NumberedList(numbers.get(from),
                                    items.subList(from, to)) : typed(String.join("\n", nodes.subList(from, to).stream()
                                    .map(item -> literal(item, source)).toList())));
                            from = to;
                        }
                    }
                }
                default -> {
                    // Anything else as typed; a link reference definition ("[x]: /url "title"") but for its escapes,
                    // which CommonMark reads in a title and a destination, and escaped() writes in it: the line means
                    // text where another line comes first.
                    String literal = node instanceof LinkReferenceDefinition ? unescaped(literal(node, source))
                            : literal(node, source);
                    if (!literal.isBlank()) {
                        blocks.add(typed(literal));
                    }
                }
            }
        }
        return blocks;
    }

    /** A paragraph of text kept as typed, its web addresses links all the same. */
    private static Block.Paragraph typed(String text) {
        return new Block.Paragraph(WebAddresses.linked(List.of(Inline.Span.plain(text))));
    }

    private static List<Block.ListItem> items(ListBlock list, String source, int depth, int maxListDepth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem item) {
                items.add(new Block.ListItem(blocks(item, source, depth, maxListDepth)));
            }
        }
        return items;
    }

    /**
     * The number typed before each item of {@code list}, read from the start of its source: CommonMark keeps only the
     * first. An item whose source is not known is numbered on from the one before, and so is every item where all have
     * one number.
     */
    private static List<Integer> typedNumbers(OrderedList list, String source) {
        Integer start = list.getMarkerStartNumber();
        List<Integer> numbers = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem) {
                int number = numbers.isEmpty() ? (start == null ? 1 : start) : numbers.getLast() + 1;
                if (!node.getSourceSpans().isEmpty()) {
                    int at = node.getSourceSpans().getFirst().getInputIndex();
                    while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
                        at++;
                    }
                    int end = at;
                    while (end < source.length() && end - at < 9 && source.charAt(end) >= '0'
                            && source.charAt(end) <= '9') {
                        end++; // CommonMark's list markers have at most 9 digits
                    }
                    number = end > at ? Integer.parseInt(source, at, end, 10) : number;
                }
                numbers.add(number);
            }
        }
        if (numbers.size() > 1 && numbers.stream().distinct().count() == 1) {
            return IntStream.range(0, numbers.size()).mapToObj(i -> numbers.getFirst() + i).toList();
        }
        return numbers;
    }

    /** Where a walk of nested emphasis stands: the next node, and the emphasis it is in. */
    private static final class Level {
        Node next;
        final boolean emphasis;
        final boolean strong;

        Level(Node next, boolean emphasis, boolean strong) {
            this.next = next;
            this.emphasis = emphasis;
            this.strong = strong;
        }
    }

    private static void inlines(Node parent, String source, List<Inline> out) {
        Spans spans = new Spans(out);
        // An explicit stack, not recursion: emphasis may nest as deep as the text is long.
        Deque<Level> levels = new ArrayDeque<>();
        levels.push(new Level(parent.getFirstChild(), false, false));
        while (!levels.isEmpty()) {
            Level level = levels.peek();
            Node node = level.next;
            if (node == null) {
                levels.pop();
                continue;
            }
            level.next = node.getNext();
            boolean emphasis = level.emphasis;
            boolean strong = level.strong;
            switch (node) {
                case Emphasis e -> levels.push(new Level(e.getFirstChild(), true, strong));
                case StrongEmphasis s -> levels.push(new Level(s.getFirstChild(), emphasis, true));
                case SoftLineBreak b -> spans.append(" ", emphasis, strong);
                case HardLineBreak b -> spans.lineBreak();
                case Text t -> {
                    String text = unescaped(literal(t, source));
                    // Trailing spaces before a line break are the break's own markup, not text.
                    if (t.getNext() instanceof HardLineBreak || t.getNext() instanceof SoftLineBreak) {
                        text = text.stripTrailing();
                    }
                    spans.append(text, emphasis, strong);
                }
                // A code span, an HTML tag, a link, a web address in angle brackets: as typed, escapes too, as
                // CommonMark reads them there; escaped() leaves them so.
                default -> spans.append(literal(node, source).replace('\n', ' '), emphasis, strong);
            }
        }
        spans.flush();
    }

    /**
     * A paragraph's spans, each run of text alike in emphasis made one span: gathered in a builder, as a span made
     * again at each line copied the run so far, a time that grew as its square (five paragraphs of 50,000 lines took
     * 26 s to render).
     */
    private static final class Spans {
        private final List<Inline> out;
        private final StringBuilder run = new StringBuilder();
        private boolean emphasis;
        private boolean strong;

        Spans(List<Inline> out) {
            this.out = out;
        }

        void append(String text, boolean emphasis, boolean strong) {
            if (text.isEmpty()) {
                return;
            }
            if (!run.isEmpty() && (this.emphasis != emphasis || this.strong != strong)) {
                flush();
            }
            run.append(text);
            this.emphasis = emphasis;
            this.strong = strong;
        }

        void lineBreak() {
            flush();
            out.add(new Inline.LineBreak());
        }

        void flush() {
            if (!run.isEmpty()) {
                out.add(new Inline.Span(run.toString(), emphasis, strong));
                run.setLength(0);
            }
        }
    }

    /**
     * Text with the backslashes before an emphasis marker read as CommonMark reads them, each pair one backslash and
     * the odd one out escaping the marker: {@code \*} is an asterisk that is not emphasis, {@code \\\*} a backslash
     * before one. Every other backslash stays as typed, {@code C:\plans} and {@code \\server} too.
     */
    static String unescaped(String text) {
        if (text.indexOf('\\') < 0) { // most text: no escape to look for
            return text;
        }
        StringBuilder unescaped = new StringBuilder(text.length());
        for (int i = 0, n = text.length(); i < n; i++) {
            int run = i;
            while (run < n && text.charAt(run) == '\\') {
                run++;
            }
            if (run == i) {
                unescaped.append(text.charAt(i));
            } else {
                boolean beforeMarker = run < n && MarkdownSyntax.EMPHASIS_MARKERS.indexOf(text.charAt(run)) >= 0;
                unescaped.repeat('\\', beforeMarker ? (run - i) / 2 : run - i);
                i = run - 1;
            }
        }
        return unescaped.toString();
    }

    /**
     * Text with each emphasis marker escaped, and the backslashes typed before one doubled (run 90 #2: "C:\Temp\*.log"
     * lost its asterisk to emphasis), as {@link #unescaped} reads it back; but where CommonMark reads text as typed,
     * escapes and all (a code span, an HTML tag, a link, a web address in angle brackets), nothing is escaped, as
     * there an escape would stay in the text (run 90 #1: "&lt;https://…/a_b.docx&gt;" linked to "a%5C_b.docx").
     */
    static String escaped(String text) {
        boolean[] asTyped = asTyped(text);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        int backslashes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (MarkdownSyntax.EMPHASIS_MARKERS.indexOf(c) >= 0 && !asTyped[i]) {
                escaped.repeat('\\', backslashes + 1);
            }
            backslashes = c == '\\' && !asTyped[i] ? backslashes + 1 : 0;
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * Which characters of {@code text} CommonMark reads as typed: those of its inlines that are neither text nor
     * emphasis. Escaping markers elsewhere changes no such inline: code spans, tags and links bind before emphasis.
     */
    private static boolean[] asTyped(String text) {
        boolean[] asTyped = new boolean[text.length()];
        // Most text has none to find, and a run of "<" with no ">" after it has none either: no parse for them.
        if (text.indexOf('`') < 0 && (text.indexOf('<') < 0 || text.indexOf('>', text.indexOf('<')) < 0)
                && (text.indexOf('[') < 0 || text.indexOf(']', text.indexOf('[')) < 0)) {
            return asTyped;
        }
        Deque<Node> nodes = new ArrayDeque<>(List.of(MarkdownSyntax.parse(text)));
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            switch (node) {
                case Text t -> { }
                case SoftLineBreak b -> { }
                case HardLineBreak b -> { }
                case Emphasis e -> children(e, nodes);
                case StrongEmphasis s -> children(s, nodes);
                case Document d -> children(d, nodes);
                case Paragraph p -> children(p, nodes);
                case ListBlock list -> children(list, nodes);
                case ListItem item -> children(item, nodes);
                // A link reference definition ("[x]: /url "title"") is one only where it opens a paragraph: a cell
                // put after "- 2.1: " is text, its markers emphasis unless escaped (run 95 #2), and a web address
                // in angle brackets in it is one, read as typed (run 100 #1). So it is escaped as that text: its
                // escapes are read in either place.
                case LinkReferenceDefinition definition -> definition.getSourceSpans().forEach(span -> {
                    int from = span.getInputIndex();
                    int to = Math.min(text.length(), from + span.getLength());
                    boolean[] inText = asTyped("x" + text.substring(from, to)); // no definition opens with "x"
                    System.arraycopy(inText, 1, asTyped, from, to - from);
                });
                // Anything else is kept as typed.
                default -> node.getSourceSpans().forEach(span -> java.util.Arrays.fill(asTyped, span.getInputIndex(),
                        Math.min(text.length(), span.getInputIndex() + span.getLength()), true));
            }
        }
        return asTyped;
    }

    private static void children(Node parent, Deque<Node> nodes) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.push(child);
        }
    }

    /** The node's text exactly as written in the source. */
    private static String literal(Node node, String source) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return node instanceof Text t ? t.getLiteral() : "";
        }
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : spans) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(source, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        return text.toString();
    }
}
