package io.github.actionplan.report;

import io.github.actionplan.internal.LanguageTags;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of narrative text: a paragraph, a bullet list or a numbered list. Renderers turn each
 * into their format's native paragraph or list; they never see markup.
 */
public sealed interface Block {

    /**
     * A paragraph of inline text.
     *
     * @param inlines  its text spans and line breaks, in order
     * @param language the language it is written in, an IETF BCP 47 tag, where it is not the report's ({@link
     *                 DocumentMetadata#language()}): a plan's text in Welsh in a report whose words are English. A
     *                 format that can mark a passage's language marks it, so that a screen reader reads it in its
     *                 voice (WCAG 3.1.2).
     */
    record Paragraph(List<Inline> inlines, Optional<String> language) implements Block {
        /** Copies the list. */
        public Paragraph {
            inlines = List.copyOf(inlines);
            Objects.requireNonNull(language, "language").ifPresent(LanguageTags::checked);
        }

        /** A paragraph in the report's language. */
        public Paragraph(List<Inline> inlines) {
            this(inlines, Optional.empty());
        }

        /** A paragraph of one plain span. */
        public static Paragraph of(String text) {
            return new Paragraph(List.of(Inline.Span.plain(text)));
        }

        /** The paragraph's text, line breaks as {@code '\n'}. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Inline inline : inlines) {
                text.append(inline instanceof Inline.Span span ? span.text() : "\n");
            }
            return text.toString();
        }
    }

    /**
     * A bullet list.
     *
     * @param items its items, in order
     */
    record BulletList(List<ListItem> items) implements Block {
        /** Copies the list. */
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A numbered list.
     *
     * @param start the first item's number
     * @param items its items, in order
     */
    record NumberedList(int start, List<ListItem> items) implements Block {
        /** Copies the list. */
        public NumberedList {
            items = List.copyOf(items);
        }

        /** The number shown for the item at {@code index} (0-based). */
        public int number(int index) {
            return start + index;
        }
    }

    /**
     * One item of a list: usually one paragraph, possibly followed by more paragraphs or a nested
     * list.
     *
     * @param blocks the item's blocks, in order
     */
    record ListItem(List<Block> blocks) {
        /** Copies the list. */
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }
}
