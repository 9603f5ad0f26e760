package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Long text cut into slices that each fill a few pages at most, every slice laid out in a cell of
 * its own, one below the other. OpenPDF lays out the whole remaining content of a cell again on
 * every page the cell runs onto (to learn the row's height), so one cell of a few hundred thousand
 * characters costs time in the square of its length; in slices it costs time in proportion. Text
 * is cut after a space where there is one near the cut, never inside a character, or at a line break,
 * which the next cell's first line stands for; lists between their items. Nothing else is left out:
 * the slices, joined, are the text.
 */
final class Slices {

    /**
     * The most characters of a slice: above the contract kit's longest text, so that ordinary long
     * text is never cut, and at most some thirty pages of the narrowest column.
     */
    static final int LENGTH = 50_000;
    /**
     * What a line break or a list item counts as, in characters: a line's worth of the narrowest column, as each
     * takes a line however few its characters (five paragraphs of 25,000 one-word lines, each slice 50,000 lines
     * long, took a minute to lay out).
     */
    static final int LINE = 25;
    /** How far back from a cut to look for a space to cut after. */
    private static final int SPACE_WITHIN = 1_000;

    private Slices() {}

    /** {@code text} in slices of at most {@code length} characters: one slice, itself, when it is no longer. */
    static List<String> of(String text, int length) {
        List<String> slices = new ArrayList<>();
        int start = 0;
        while (text.length() - start > length) {
            int end = start + length;
            int lowest = Math.max(start, end - SPACE_WITHIN);
            int space = end;
            while (space > lowest && !Character.isWhitespace(text.charAt(space - 1))) {
                space--;
            }
            if (space > lowest) {
                end = space;
            } else if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
                // a slice of one character that is a pair takes the pair
                end = end - 1 > start ? end - 1 : end + 1;
            }
            slices.add(text.substring(start, end));
            start = end;
        }
        slices.add(text.substring(start));
        return slices;
    }

    /**
     * {@code blocks} in groups of at most about {@code length} characters, in order: a paragraph
     * longer than that is cut into several, a list is cut between its items (a numbered list
     * going on with the next number); a single list item is never cut.
     */
    static List<List<Block>> of(List<Block> blocks, int length) {
        List<List<Block>> groups = new ArrayList<>();
        List<Block> group = new ArrayList<>();
        long size = 0;
        for (Block piece : pieces(blocks, length)) {
            long pieceSize = length(piece);
            if (!group.isEmpty() && size + pieceSize > length) {
                groups.add(List.copyOf(group));
                group.clear();
                size = 0;
            }
            group.add(piece);
            size += pieceSize;
        }
        groups.add(List.copyOf(group));
        return groups;
    }

    /** The blocks with every paragraph and list longer than {@code length} cut into several. */
    private static List<Block> pieces(List<Block> blocks, int length) {
        List<Block> pieces = new ArrayList<>();
        for (Block block : blocks) {
            if (length(block) <= length) {
                pieces.add(block);
                continue;
            }
            switch (block) {
                case Block.Paragraph paragraph -> pieces.addAll(paragraphs(paragraph, length));
                case Block.BulletList list -> {
                    for (Block.ListItem item : list.items()) {
                        pieces.add(new Block.BulletList(List.of(item)));
                    }
                }
                case Block.NumberedList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        pieces.add(new Block.NumberedList(list.number(i), List.of(list.items().get(i))));
                    }
                }
            }
        }
        return pieces;
    }

    /**
     * A long paragraph as paragraphs of at most {@code length} characters, its spans cut where they must be; each
     * piece in the paragraph's language, so that a slice of Welsh text is still read as Welsh.
     */
    private static List<Block.Paragraph> paragraphs(Block.Paragraph paragraph, int length) {
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        int size = 0;
        for (Inline inline : paragraph.inlines()) {
            if (!(inline instanceof Inline.Span span)) {
                if (size + LINE > length && !current.isEmpty()) { // the next cell's new line is the break
                    paragraphs.add(new Block.Paragraph(current, paragraph.language()));
                    current = new ArrayList<>();
                    size = 0;
                } else {
                    current.add(inline);
                    size += LINE;
                }
                continue;
            }
            String rest = span.text();
            // Looked for only where a cut is due, once a cut: a paragraph of thousands of spans and no break would
            // else be searched back through at each span.
            int lastBreak = size + rest.length() > length && rest.length() <= SPACE_WITHIN ? lastBreak(current) : -1;
            if (lastBreak > 0) {
                // A short line cut at its last line break, not within it: "line" at one cell's foot and "1504" at
                // the next one's head read as two lines. The break is the next cell's new line.
                List<Inline> line = new ArrayList<>(current.subList(lastBreak + 1, current.size()));
                paragraphs.add(new Block.Paragraph(List.copyOf(current.subList(0, lastBreak)), paragraph.language()));
                current = line;
                size = line.stream().mapToInt(piece -> ((Inline.Span) piece).text().length()).sum();
            }
            while (size + rest.length() > length) {
                // Where the piece is full already, it goes as it is: a character more would pass the length, and
                // the next cell start with the line break after it (run 101 #3)
                String slice = size < length ? of(rest, length - size).getFirst() : "";
                if (!slice.isEmpty()) {
                    current.add(span.withText(slice));
                }
                paragraphs.add(new Block.Paragraph(current, paragraph.language()));
                current = new ArrayList<>();
                size = 0;
                rest = rest.substring(slice.length());
            }
            if (!rest.isEmpty()) {
                current.add(span.withText(rest));
                size += rest.length();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Block.Paragraph(current, paragraph.language()));
        }
        return paragraphs;
    }

    /** The index of the last line break in {@code inlines}; -1 for none. */
    private static int lastBreak(List<Inline> inlines) {
        int at = inlines.size() - 1;
        while (at >= 0 && !(inlines.get(at) instanceof Inline.LineBreak)) {
            at--;
        }
        return at;
    }

    /** How many characters {@code block} holds, a line break and a list item counting as {@value #LINE} at least. */
    static long length(Block block) {
        return switch (block) {
            case Block.Paragraph paragraph -> {
                long length = 0;
                for (Inline inline : paragraph.inlines()) {
                    length += inline instanceof Inline.Span span ? span.text().length() : LINE;
                }
                yield length;
            }
            case Block.BulletList list -> items(list.items());
            case Block.NumberedList list -> items(list.items());
        };
    }

    private static long items(List<Block.ListItem> items) {
        long length = 0;
        for (Block.ListItem item : items) {
            long itemLength = 0;
            for (Block block : item.blocks()) {
                itemLength += length(block);
            }
            length += Math.max(LINE, itemLength);
        }
        return length;
    }
}
