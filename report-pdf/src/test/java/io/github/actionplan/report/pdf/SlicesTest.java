package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Block;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Long text is cut into slices of bounded length that, joined, are the text. */
class SlicesTest {

    @Test
    void textNoLongerThanASliceIsOneSlice() {
        assertThat(Slices.of("short text", 10)).containsExactly("short text");
        assertThat(Slices.of("", 10)).containsExactly("");
    }

    @Test
    void longTextIsCutAfterASpaceIntoSlicesThatJoinedAreTheText() {
        String text = "word ".repeat(100_000) + "end";

        List<String> slices = Slices.of(text, Slices.LENGTH);

        assertThat(String.join("", slices)).isEqualTo(text);
        assertThat(slices).hasSizeGreaterThan(text.length() / Slices.LENGTH);
        assertThat(slices).allSatisfy(slice -> assertThat(slice.length()).isLessThanOrEqualTo(Slices.LENGTH));
        assertThat(slices.subList(0, slices.size() - 1)).allSatisfy(slice -> assertThat(slice).endsWith(" "));
    }

    @Test
    void textWithNoSpaceIsCutBetweenCharactersNeverInsideAPair() {
        String text = "🚒".repeat(7);

        List<String> slices = Slices.of(text, 3);

        assertThat(String.join("", slices)).isEqualTo(text);
        assertThat(slices).allSatisfy(slice -> assertThat(slice.codePoints().allMatch(Character::isValidCodePoint)
                && !Character.isLowSurrogate(slice.charAt(0))).isTrue());
        assertThat(Slices.of("a🚒b", 1)).containsExactly("a", "🚒", "b");
    }

    @Test
    void aLongParagraphBecomesParagraphsOfBoundedLengthKeepingItsEmphasis() {
        Block.Paragraph paragraph = new Block.Paragraph(List.of(Inline.Span.plain("plain ".repeat(30)),
                new Inline.Span("emphasised ".repeat(30), true, false), new Inline.LineBreak(),
                Inline.Span.plain("after")));

        List<List<Block>> groups = Slices.of(List.of(paragraph), 100);

        assertThat(groups).hasSizeGreaterThan(4);
        assertThat(groups).allSatisfy(group -> assertThat(group.stream().mapToLong(Slices::length).sum())
                .isLessThanOrEqualTo(100));
        StringBuilder joined = new StringBuilder();
        groups.stream().flatMap(List::stream).forEach(block -> joined.append(((Block.Paragraph) block).text()));
        assertThat(joined.toString()).isEqualTo(paragraph.text());
        assertThat(groups.stream().flatMap(List::stream).flatMap(block -> ((Block.Paragraph) block).inlines().stream())
                .filter(inline -> inline instanceof Inline.Span span && span.text().contains("emphasised")))
                .allSatisfy(inline -> assertThat(((Inline.Span) inline).emphasis()).isTrue());
    }

    @Test
    void everyPieceOfALongParagraphKeepsItsLanguage() {
        Block.Paragraph paragraph = new Block.Paragraph(List.of(Inline.Span.plain("Mae'r gwasanaeth yn gwella. "
                .repeat(20))), Optional.of("cy"));

        List<List<Block>> groups = Slices.of(List.of(paragraph), 100);

        assertThat(groups).hasSizeGreaterThan(4);
        assertThat(groups.stream().flatMap(List::stream)).allSatisfy(block -> assertThat(block).isInstanceOfSatisfying(
                Block.Paragraph.class, piece -> assertThat(piece.language()).contains("cy")));
    }

    @Test
    void aLongNumberedListIsCutBetweenItemsAndGoesOnNumbering() {
        Narrative narrative = Narrative.parse("3. " + "first ".repeat(20) + "\n4. " + "second ".repeat(20) + "\n5. third");

        List<List<Block>> groups = Slices.of(narrative.blocks(), 170);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).singleElement().isInstanceOfSatisfying(Block.NumberedList.class,
                list -> assertThat(list.start()).isEqualTo(3));
        assertThat(groups.get(1)).hasSize(2).last().isInstanceOfSatisfying(Block.NumberedList.class,
                list -> assertThat(list.start()).isEqualTo(5));
    }

    @Test
    void aParagraphOfManyShortLinesIsCutByTheLinesItTakesAtItsLineBreaks() {
        // Five paragraphs of 25,000 one-word lines were slices of 50,000 lines: a minute to lay out.
        Narrative narrative = Narrative.parse("word  \n".repeat(1_000) + "end");

        List<List<Block>> groups = Slices.of(narrative.blocks(), 4 * Slices.LINE);

        List<Block.Paragraph> pieces = groups.stream().flatMap(List::stream).map(Block.Paragraph.class::cast).toList();
        assertThat(groups).hasSizeGreaterThan(200);
        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.inlines().stream().filter(Inline.LineBreak.class::isInstance)).hasSizeLessThan(4);
            assertThat(piece.inlines().getFirst()).isNotInstanceOf(Inline.LineBreak.class);
            assertThat(piece.inlines().getLast()).isNotInstanceOf(Inline.LineBreak.class);
        });
        assertThat(pieces.stream().map(Block.Paragraph::text).collect(Collectors.joining("\n")))
                .isEqualTo(((Block.Paragraph) narrative.blocks().getFirst()).text());
        assertThat(pieces).flatExtracting(Block.Paragraph::inlines).filteredOn(Inline.Span.class::isInstance)
                .extracting(span -> ((Inline.Span) span).text()).containsOnly("word", "end");
    }

    @Test
    void aShortLineThatWouldRunPastACutGoesWholeToTheNextPiece() {
        // Run 100's check: "line" at one cell's foot and "1504" at the next one's head read as two lines.
        String line = "a line of some forty-five characters, or so ";
        Narrative narrative = Narrative.parse((line + " \n").repeat(200) + "end");

        List<Block.Paragraph> pieces = Slices.of(narrative.blocks(), 4 * Slices.LINE).stream()
                .flatMap(List::stream).map(Block.Paragraph.class::cast).toList();

        assertThat(pieces).hasSizeGreaterThan(100).flatExtracting(Block.Paragraph::inlines)
                .filteredOn(Inline.Span.class::isInstance).extracting(span -> ((Inline.Span) span).text())
                .containsOnly(line.strip(), "end");
    }

    @Test
    void aPieceFilledExactlyIsNotPassedAndTheSpanAfterItGoesToTheNextWithItsLine() {
        // Run 101 #3: a one-letter span after text filling the piece exactly was put in it, one past the length, and
        // the line break after it began the next piece with a blank line.
        Block.Paragraph paragraph = new Block.Paragraph(List.of(Inline.Span.plain("aaaaaaaaa ".repeat(5)),
                new Inline.Span("b", true, false), new Inline.LineBreak(), Inline.Span.plain("Next line")),
                Optional.empty());

        List<Block.Paragraph> pieces = Slices.of(List.of(paragraph), 50).stream().flatMap(List::stream)
                .map(Block.Paragraph.class::cast).toList();

        assertThat(pieces).extracting(Block.Paragraph::text).containsExactly("aaaaaaaaa ".repeat(5),
                "b\nNext line");
        assertThat(pieces).allSatisfy(piece -> assertThat(Slices.length(piece)).isLessThanOrEqualTo(50))
                .allSatisfy(piece -> assertThat(piece.inlines().getFirst()).isNotInstanceOf(Inline.LineBreak.class));
    }

    @Test
    void aListOfManyOneWordItemsIsCutByTheLinesItsItemsTake() {
        List<List<Block>> groups = Slices.of(Narrative.parse("- a\n".repeat(1_000)).blocks(), 4 * Slices.LINE);

        assertThat(groups).hasSize(250).allSatisfy(group -> assertThat(group).hasSize(4));
    }

    @Test
    void shortBlocksStayTogetherInOneGroup() {
        List<Block> blocks = Narrative.parse("One.\n\n- two\n- three\n\nFour.").blocks();

        assertThat(Slices.of(blocks, Slices.LENGTH)).containsExactly(blocks);
    }
}
