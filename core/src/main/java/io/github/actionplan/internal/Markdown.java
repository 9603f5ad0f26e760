package io.github.actionplan.internal;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses narrative text, the CommonMark subset of paragraphs, lists and emphasis, into report
 * blocks. Everything else CommonMark knows (headings, code, HTML, links, entities, escapes) is
 * taken back to the literal source text, so nothing a person typed is lost or reinterpreted.
 */
public final class Markdown {

    // Only list blocks are enabled: paragraphs are always on, and headings, quotes, code blocks,
    // HTML blocks and thematic breaks stay plain text.
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {}

    /** Parses {@code source} into blocks. */
    public static List<Block> parse(String source) {
        if (source.isBlank()) {
            return List.of();
        }
        return blocks(PARSER.parse(source), source);
    }

    private static List<Block> blocks(Node parent, String source) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Paragraph p -> {
                    List<Inline> inlines = new ArrayList<>();
                    inlines(p, source, false, false, inlines);
                    if (!inlines.isEmpty()) {
                        blocks.add(new Block.Paragraph(inlines));
                    }
                }
                case BulletList list -> blocks.add(new Block.BulletList(items(list, source)));
                case OrderedList list -> {
                    Integer start = list.getMarkerStartNumber();
                    blocks.add(new Block.NumberedList(start == null ? 1 : start, items(list, source)));
                }
                default -> {
                    // A link reference definition ("[x]: /url") or anything else: keep it as typed.
                    String literal = literal(node, source);
                    if (!literal.isBlank()) {
                        blocks.add(Block.Paragraph.of(literal));
                    }
                }
            }
        }
        return blocks;
    }

    private static List<Block.ListItem> items(ListBlock list, String source) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem item) {
                items.add(new Block.ListItem(blocks(item, source)));
            }
        }
        return items;
    }

    private static void inlines(Node parent, String source, boolean emphasis, boolean strong, List<Inline> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Emphasis e -> inlines(e, source, true, strong, out);
                case StrongEmphasis s -> inlines(s, source, emphasis, true, out);
                case SoftLineBreak b -> append(out, " ", emphasis, strong);
                case HardLineBreak b -> out.add(new Inline.LineBreak());
                case Text t -> {
                    String text = literal(t, source);
                    // Trailing spaces before a line break are the break's own markup, not text.
                    if (t.getNext() instanceof HardLineBreak || t.getNext() instanceof SoftLineBreak) {
                        text = text.stripTrailing();
                    }
                    append(out, text, emphasis, strong);
                }
                default -> append(out, literal(node, source).replace('\n', ' '), emphasis, strong);
            }
        }
    }

    private static void append(List<Inline> out, String text, boolean emphasis, boolean strong) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Span last
                && last.emphasis() == emphasis && last.strong() == strong) {
            out.set(out.size() - 1, new Inline.Span(last.text() + text, emphasis, strong));
        } else {
            out.add(new Inline.Span(text, emphasis, strong));
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
