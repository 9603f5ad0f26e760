package io.github.actionplan.internal;

import java.util.Set;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The CommonMark subset narrative text is read with (paragraphs, lists, emphasis), as parse trees
 * with source spans: one parser configuration for the report's narrative and the JSON reader's
 * list-depth limit, so both see the same lists. Report blocks are made from the tree in the
 * report package; this class knows no report type, so {@code internal} depends on nothing above it.
 */
public final class MarkdownSyntax {

    // Only list blocks are enabled: paragraphs are always on, and headings, quotes, code blocks,
    // HTML blocks and thematic breaks stay plain text.
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * Text with more emphasis markers than this is read without emphasis, its markers kept as
     * typed: CommonMark's inline parser recurses once per level of nested emphasis, and 1,000
     * markers nest at most 500 deep, which a thread's stack holds.
     */
    static final int MAX_EMPHASIS_MARKERS = 1_000;

    /**
     * Text with more {@code <} than this is read with none opening an HTML tag or a web address in angle brackets:
     * CommonMark looks from each {@code <} for the end of one, as far as the paragraph goes, so its parse of a
     * paragraph of 100,000 {@code <} took a time that grows as its square (20 s); 1,000 such looks take a fraction
     * of a second. Either is shown as typed in a report; what changes is that emphasis markers within them count.
     */
    static final int MAX_ANGLE_BRACKETS = 1_000;

    /** The characters that mark emphasis; each is itself after a backslash, as CommonMark escapes it. */
    public static final String EMPHASIS_MARKERS = "*_";

    /** Paragraphs and lists, with every paragraph's text kept literal (no emphasis). */
    private static final Parser LITERAL_PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(context -> (lines, node) -> node.appendChild(
                    new Text(lines.getContent().replace('\n', ' '))))
            .build();

    private MarkdownSyntax() {}

    /**
     * The parse tree of {@code source}, with source spans on every block and inline: text is read from the source at
     * them, never from the nodes. Text with more than {@value #MAX_EMPHASIS_MARKERS} emphasis markers is parsed
     * without emphasis; text with more than {@value #MAX_ANGLE_BRACKETS} {@code <}, with none opening a tag.
     */
    public static Node parse(String source) {
        int markers = 0;
        int angles = 0;
        for (int i = 0, n = source.length(); i < n; i++) {
            char c = source.charAt(i);
            markers += EMPHASIS_MARKERS.indexOf(c) >= 0 ? 1 : 0;
            angles += c == '<' ? 1 : 0;
        }
        if (markers > MAX_EMPHASIS_MARKERS) {
            return LITERAL_PARSER.parse(source);
        }
        // '%' opens nothing in CommonMark, and is punctuation as '<' is, so emphasis around it reads the same; one
        // character for one keeps every source span where it was.
        return PARSER.parse(angles > MAX_ANGLE_BRACKETS ? source.replace('<', '%') : source);
    }

    /**
     * How many list markers ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) open the text's lines, after
     * indents, quote markers and the markers before them: each list a list nests in opens with one, so no text
     * nests lists deeper. Most narrative has fewer than the limit and needs no CommonMark parse, the most costly
     * check of a large plan.
     */
    public static int listMarkers(String text) {
        int markers = 0;
        int lf = -1;
        int cr = -1; // the next line feed and carriage return, each searched for again only once passed
        for (int i = 0, n = text.length(); i < n; i++) {
            while (i < n && " \t>".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int end = i;
            while (end < n && end - i < 9 && Character.isDigit(text.charAt(end))) {
                end++;
            }
            end = end > i ? (end < n && ".)".indexOf(text.charAt(end)) >= 0 ? end + 1 : i)
                    : (i < n && "-+*".indexOf(text.charAt(i)) >= 0 ? i + 1 : i);
            if (end > i && (end == n || " \t\r\n".indexOf(text.charAt(end)) >= 0)) {
                markers++;
                i = end - 1; // the next marker may follow on the same line
            } else { // on to the line's end by String.indexOf, whose search is the fastest the JDK has
                lf = lf < i ? nextOrEnd(text, '\n', i) : lf;
                cr = cr < i ? nextOrEnd(text, '\r', i) : cr;
                i = Math.min(lf, cr);
            }
        }
        return markers;
    }

    /**
     * How many paragraphs and list items {@code text} holds besides its first: each non-blank line that opens one
     * (after a blank line, or with a list marker) counts, the first of the text aside, so a text of one line counts
     * none. What a plan's limit on them counts: each is kept in memory by every report.
     */
    public static int blocksAfterFirst(String text) {
        int n = text.length();
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        if (lf < 0 && cr < 0) {
            return 0; // one line, as most strings are: counted at the cost of two searches
        }
        lf = lf < 0 ? n : lf;
        cr = cr < 0 ? n : cr;
        int blocks = 0;
        boolean afterBlank = true;
        int i = 0;
        while (i < n) {
            while (i < n && " \t>".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            lf = lf < i ? nextOrEnd(text, '\n', i) : lf; // each searched for again only once passed
            cr = cr < i ? nextOrEnd(text, '\r', i) : cr;
            int end = Math.min(lf, cr);
            boolean blank = i == end;
            if (!blank && (afterBlank || opensWithMarker(text, i, end))) {
                blocks++;
            }
            afterBlank = blank;
            i = end + (end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return Math.max(0, blocks - 1);
    }

    /** Whether the line from {@code at} to {@code end} opens with a list marker: {@code -}, {@code 1.} and the like. */
    private static boolean opensWithMarker(String text, int at, int end) {
        int i = at;
        while (i < end && i - at < 9 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        int after = i > at ? (i < end && ".)".indexOf(text.charAt(i)) >= 0 ? i + 1 : at)
                : ("-+*".indexOf(text.charAt(at)) >= 0 ? at + 1 : at);
        return after > at && (after == end || " \t".indexOf(text.charAt(after)) >= 0);
    }

    private static int nextOrEnd(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /**
     * How deep the lists in {@code text} are nested where that is deeper than {@code most}, else 0: the check of a
     * plan's reader and its writer alike, which parses only a text with more list markers than {@code most}.
     */
    public static int listDepthOver(String text, int most) {
        int depth = listMarkers(text) > most ? listDepth(text) : 0;
        return depth > most ? depth : 0;
    }

    /** How deep the lists in {@code source} are nested: 0 for none, 2 for a list in a list item. */
    public static int listDepth(String source) {
        if (source.isBlank()) {
            return 0;
        }
        // A walk without recursion: lists may nest as deep as the text is long.
        Node document = LITERAL_PARSER.parse(source); // the blocks are all it needs
        int deepest = 0;
        int depth = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            if (node instanceof ListBlock) {
                deepest = Math.max(deepest, ++depth);
            }
            Node child = node instanceof Paragraph ? null : node.getFirstChild();
            if (child != null) {
                node = child;
                continue;
            }
            // Leave the node, and each parent whose last child it was.
            while (node != null) {
                if (node instanceof ListBlock) {
                    depth--;
                }
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent() == document ? null : node.getParent();
            }
        }
        return deepest;
    }
}
