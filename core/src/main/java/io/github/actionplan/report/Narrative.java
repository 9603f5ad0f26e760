package io.github.actionplan.report;

import io.github.actionplan.internal.LanguageTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Narrative text, parsed: the structure renderers lay out as native paragraphs and lists.
 *
 * <p>Plans hold narrative (required outcomes, updates, notes, descriptions) as a small CommonMark
 * subset: paragraphs separated by a blank line, bullet lists ({@code - item}), numbered lists
 * ({@code 1. item}), emphasis ({@code *text*}) and strong emphasis ({@code **text**}); an
 * asterisk or underscore that is not emphasis is written after a backslash ({@code 3\*4}), as
 * CommonMark escapes it. Every other construct is kept as the literal text written: a
 * {@code # heading}, {@code <b>html</b>}, {@code `code`}, {@code [a link](x)}, {@code &amp;} and
 * other backslashes all reach the report as typed. A web address ({@code https://www.gov.uk/fire},
 * or {@code <https://www.gov.uk/fire>} as CommonMark writes it) is a link, as GFM's autolinks are:
 * a span with its {@link Inline.Span#link() link}, its text the address as typed, without the
 * full stop, comma or closing bracket after it; only {@code http} and {@code https} addresses
 * are links, and a link's text is the address exactly as written.
 * Text with more than a thousand emphasis markers ({@code *} and {@code _}) is read without
 * emphasis, its markers kept as typed, so that no text can nest emphasis deeper than a parser's
 * stack; and lists nested deeper than {@link #MAX_LIST_DEPTH} are kept as their text.
 *
 * <pre>{@code
 * Narrative n = Narrative.parse("The plan:\n\n- first\n- *second*");
 * n.blocks().size();   // 2: a paragraph and a bullet list
 * n.plainText();       // "The plan:\n• first\n• second"
 * }</pre>
 *
 * @param blocks the blocks, in reading order; empty for blank text
 */
public record Narrative(List<Block> blocks) {

    /**
     * The deepest nesting of lists a narrative keeps: a list nested deeper is kept as its literal
     * text, so nothing is lost and no renderer walks an unbounded depth. A plan read with the
     * default limits nests lists at most 8 deep.
     */
    public static final int MAX_LIST_DEPTH = 32;

    /** Copies the list. */
    public Narrative {
        blocks = List.copyOf(blocks);
    }

    /** Parses the CommonMark subset described above. */
    public static Narrative parse(String markdown) {
        return new Narrative(Markdown.parse(ReportText.clean(markdown), MAX_LIST_DEPTH));
    }

    /**
     * {@code text} with its asterisks and underscores escaped ({@code 3\*4}), so that it reads as itself, never as
     * emphasis: plain text, such as a spreadsheet cell's, put into a plan's narrative; {@link #parse} gives it back as
     * typed.
     */
    public static String escapeEmphasis(String text) {
        return Markdown.escaped(text);
    }

    /** One paragraph of plain text, not parsed; blank text gives an empty narrative. */
    public static Narrative plain(String text) {
        String clean = ReportText.clean(text);
        return clean.isBlank() ? new Narrative(List.of()) : new Narrative(List.of(Block.Paragraph.of(clean)));
    }

    /**
     * This narrative with every paragraph not marked with a language marked as written in {@code language}, an IETF
     * BCP 47 tag: a plan's text in Welsh, say, in a report whose words are English.
     *
     * @throws IllegalArgumentException if {@code language} is not a language tag
     */
    public Narrative inLanguage(String language) {
        LanguageTags.checked(language);
        return new Narrative(marked(blocks, language));
    }

    private static List<Block> marked(List<Block> blocks, String language) {
        return blocks.stream().<Block>map(block -> switch (block) {
            case Block.Paragraph p -> p.language().isPresent() ? p : new Block.Paragraph(p.inlines(),
                    Optional.of(language));
            case Block.BulletList list -> new Block.BulletList(markedItems(list.items(), language));
            case Block.NumberedList list -> new Block.NumberedList(list.start(), markedItems(list.items(),
                    language));
        }).toList();
    }

    private static List<Block.ListItem> markedItems(List<Block.ListItem> items, String language) {
        return items.stream().map(item -> new Block.ListItem(marked(item.blocks(), language))).toList();
    }

    /** Whether there is no text at all. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The text as plain lines, for formats without rich text (a spreadsheet cell): one line per
     * paragraph, bullet items as {@code "• item"}, numbered items as {@code "1. item"}, nested
     * items indented by two spaces per level.
     */
    public String plainText() {
        return String.join("\n", lines().stream().map(line -> line.paragraph().map(p -> line.prefix() + p.text()
                .replace("\n", "\n" + line.indent())).orElse(line.prefix())).toList());
    }

    /**
     * {@link #plainText()} as spans, for a format that sets a cell's text in one piece but keeps its emphasis (a
     * spreadsheet cell with rich text): each paragraph's spans as they are, markers and indents as plain spans,
     * lines apart by line breaks. Their texts, a line break as {@code '\n'}, are {@link #plainText()}.
     */
    public List<Inline> plainInlines() {
        List<Inline> inlines = new ArrayList<>();
        for (Line line : lines()) {
            if (!inlines.isEmpty()) {
                inlines.add(new Inline.LineBreak());
            }
            if (!line.prefix().isEmpty()) {
                inlines.add(Inline.Span.plain(line.prefix()));
            }
            line.paragraph().ifPresent(p -> p.inlines().forEach(inline -> indented(inline, line.indent(), inlines)));
        }
        return List.copyOf(inlines);
    }

    /**
     * Adds {@code inline} to {@code inlines}, each line after a break within it indented by {@code indent}: a list
     * item's paragraph of several lines (a list kept as typed) goes on under the item's text, as in a report.
     */
    private static void indented(Inline inline, String indent, List<Inline> inlines) {
        switch (inline) {
            case Inline.LineBreak lineBreak -> {
                inlines.add(lineBreak);
                if (!indent.isEmpty()) {
                    inlines.add(Inline.Span.plain(indent));
                }
            }
            case Inline.Span span -> {
                String[] parts = span.text().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        indented(new Inline.LineBreak(), indent, inlines);
                    }
                    if (!parts[i].isEmpty() || parts.length == 1) {
                        inlines.add(parts.length == 1 ? span : span.withText(parts[i]));
                    }
                }
            }
        }
    }

    /**
     * A line of {@link #plainText()}: its indent and marker, then a paragraph's text where it has one; {@code indent}
     * the indent of the paragraph's lines after its first (run 75 #8).
     */
    private record Line(String prefix, Optional<Block.Paragraph> paragraph, String indent) {
        Line withPrefix(String newPrefix) {
            return new Line(newPrefix, paragraph, indent);
        }
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        appendLines(blocks, 0, lines);
        return lines;
    }

    /**
     * Every piece of text in reading order: each paragraph's text (its spans joined, line breaks
     * as {@code '\n'}), list items' paragraphs included. The renderer contract kit expects each to
     * appear in a rendered document.
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        collectTexts(blocks, texts);
        return List.copyOf(texts);
    }

    private static void collectTexts(List<Block> blocks, List<String> texts) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> texts.add(p.text());
                case Block.BulletList list -> list.items().forEach(item -> collectTexts(item.blocks(), texts));
                case Block.NumberedList list -> list.items().forEach(item -> collectTexts(item.blocks(), texts));
            }
        }
    }

    private static void appendLines(List<Block> blocks, int depth, List<Line> lines) {
        String indent = "  ".repeat(depth);
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> lines.add(new Line(indent, Optional.of(p), indent));
                case Block.BulletList list -> {
                    for (Block.ListItem item : list.items()) {
                        appendItem(item, indent + "• ", depth, lines);
                    }
                }
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        appendItem(list.items().get(i), indent + list.number(i) + ". ", depth, lines);
                    }
                }
            }
        }
    }

    private static void appendItem(Block.ListItem item, String marker, int depth, List<Line> lines) {
        List<Line> itemLines = new ArrayList<>();
        appendLines(item.blocks(), depth + 1, itemLines);
        if (itemLines.isEmpty()) {
            lines.add(new Line(marker.stripTrailing(), Optional.empty(), ""));
            return;
        }
        String childIndent = "  ".repeat(depth + 1);
        Line first = itemLines.get(0);
        lines.add(first.withPrefix(marker + (first.prefix().startsWith(childIndent)
                ? first.prefix().substring(childIndent.length()) : first.prefix())));
        lines.addAll(itemLines.subList(1, itemLines.size()));
    }
}
