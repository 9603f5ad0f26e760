package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFallbackTest {

    /** Debian's fonts-noto-cjk, which CI installs; tests that need it are skipped without it. */
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto");
    private static final Path NOTO_CJK_REGULAR = NOTO_CJK.resolve("NotoSansCJK-Regular.ttc");

    @Test
    void charactersNoFontHasAreDrawnAsTheReplacementAndReportedOncePerCharacter() {
        // U+1F44D is in no bundled font; U+E000 is a private-use character.
        String text = "Thumbs \uD83D\uDC4D and \uD83D\uDC4D again, private \uE000 use";
        assertThat(FontLibrary.bundledCovers(0x1F44D)).isFalse();
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText(text));

        assertThat(rendered.warnings()).hasSize(2);
        assertThat(rendered.warnings().get(0)).isEqualTo("PDF: no font has a glyph for U+1F44D thumbs up sign in "
                + "the report title; drawn as U+FFFD. Add a font that has it with"
                + " RenderOptions.builder().addFont(fileOrFolder).");
        assertThat(rendered.warnings().get(1)).contains("U+E000", "the report title", "drawn as U+FFFD");
        assertThat(Pdfs.sortedText(rendered.bytes())).contains("Thumbs \uFFFD and \uFFFD again, private \uFFFD use");
        assertThat(Pdfs.contentText(rendered.bytes())).contains(text).doesNotContain("\uFFFD");
    }

    @Test
    void aCharacterDrawnAsTheReplacementIsReadAsItselfFromTheStructureTree() {
        // Run 98 #1: a screen reader read the title "Action Plan \uD83D\uDE92" as "Action Plan, replacement character".
        for (String text : List.of("Fire engine \uD83D\uDE92 ready", "\uD83D\uDE92")) {
            byte[] pdf = Pdfs.render(Fixtures.withText(text)).bytes();

            List<StructureText.Node> nodes = StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                    .toList();
            assertThat(nodes).filteredOn(node -> node.type().equals("TD")).extracting(StructureText.Node::text)
                    .as(text).hasSize(3).allSatisfy(read -> assertThat(read).isEqualTo(text)); // a key fact, two cells
            assertThat(nodes).extracting(StructureText.Node::text).as(text).noneMatch(read -> read.contains("\uFFFD"));
            assertThat(Pdfs.sortedText(pdf)).as("drawn, as before").contains("\uFFFD");
        }
    }

    @Test
    void invisibleFormatCharactersAreLeftOutWithoutAWarning() {
        String text = "zero\u200Bwidth join\u200Ders bom\uFEFFhere word\u2060joiner heart\u2764\uFE0F"
                + " tag\uDB40\uDC67 soft\u00ADhyphen";
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText(text));

        assertThat(rendered.warnings()).isEmpty();
        String extracted = Pdfs.contentText(rendered.bytes());
        assertThat(extracted).contains("zerowidth joiners bomhere wordjoiner heart\u2764 tag softhyphen")
                .doesNotContain("\uFFFD");
    }

    @Test
    void aLetterAndTheAccentTypedAfterItAreDrawnAsTheOneCharacterNotTheAccentOverTheNextLetter() {
        // Run 90 #4: "Tân" as a Mac types it, "a" and U+0302, was drawn "Tan̂": a PDF positions no accent.
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("Diogelwch Ta\u0302n, W\u0302yn, Cafe\u0301"));
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(rendered.bytes());

        assertThat(rendered.warnings()).isEmpty();
        assertThat(Pdfs.find(glyphs, "T\u00e2n")).isNotEmpty();
        assertThat(Pdfs.find(glyphs, "\u0174yn")).isNotEmpty();
        assertThat(Pdfs.find(glyphs, "Caf\u00e9")).isNotEmpty();
        assertThat(glyphs).extracting(Pdfs.Glyph::text).doesNotContain("\u0302", "\u0301");
    }

    @Test
    void aCombiningMarkNoFontHasIsLeftOutAndReported() {
        // U+0301 is in Liberation Sans and stays; U+1AB0 is in no bundled font.
        assertThat(FontLibrary.bundledCovers(0x1AB0)).isFalse();
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("cafe\u0301 and a\u1AB0b"));

        assertThat(rendered.warnings()).singleElement().asString()
                .contains("U+1AB0 combining doubled circumflex accent", "left out");
        assertThat(Pdfs.squeezed(Pdfs.contentText(rendered.bytes()))).contains("café", "andab")
                .doesNotContain("\uFFFD");
    }

    @Test
    void spacesNoFontHasBecomeOrdinarySpaces() {
        assertThat(FontLibrary.bundledCovers(0x3000)).isFalse();
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("tab\there ideographic\u3000space"));

        assertThat(rendered.warnings()).isEmpty();
        assertThat(Pdfs.contentText(rendered.bytes())).contains("tab here ideographic space");
    }

    @Test
    void symbolsLiberationSansLacksAreDrawnWithTheBundledDejaVuSans() {
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("Done \u2713 and \uD83D\uDE00"));
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(rendered.bytes());

        assertThat(rendered.warnings()).isEmpty();
        assertThat(Pdfs.find(glyphs, "Done").get(0).font()).endsWith("+LiberationSans-Bold");
        assertThat(Pdfs.find(glyphs, "\u2713").get(0).font()).endsWith("+DejaVuSans-Bold");
        assertThat(Pdfs.find(glyphs, "\uD83D\uDE00").get(0).font()).contains("+DejaVuSans");
    }

    @Test
    void withoutACjkFontEveryCjkCharacterIsReplacedAndReported() {
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("漢字"));

        assertThat(rendered.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("drawn as U+FFFD"));
        assertThat(Pdfs.sortedText(rendered.bytes())).contains("\uFFFD\uFFFD");
        assertThat(Pdfs.contentText(rendered.bytes())).contains("漢字").doesNotContain("\uFFFD");
    }

    @Test
    void aCjkStringSurvivesOnceAFontCollectionFaceIsAdded() {
        assumeTrue(Files.isRegularFile(NOTO_CJK_REGULAR),
                "Debian's fonts-noto-cjk is not installed (" + NOTO_CJK_REGULAR + "); .ci/run installs it");
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText(Fixtures.CJK),
                RenderOptions.builder().addFont(Path.of(NOTO_CJK_REGULAR + ",0")));

        assertThat(rendered.warnings()).isEmpty();
        assertThat(Pdfs.squeezed(Pdfs.contentText(rendered.bytes()))).contains(Pdfs.squeezed(Fixtures.CJK));
        List<PDFont> fonts = Pdfs.fonts(rendered.bytes());
        assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("+NotoSansCJK"));
        assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    @Test
    void aFolderOfFontsGivesBoldTextTheBoldFaceAndItsChartTheSameFonts() {
        assumeTrue(Files.isDirectory(NOTO_CJK) && Files.isRegularFile(NOTO_CJK_REGULAR),
                "Debian's fonts-noto-cjk is not installed (" + NOTO_CJK + "); .ci/run installs it");
        Palette palette = Palette.standard();
        Cell.StatusCell onTrack = new Cell.StatusCell(Status.ON_TRACK, "順調", Optional.empty(), Optional.empty(),
                palette.fill(Status.ON_TRACK), palette.text(Status.ON_TRACK));
        Section.StatusSummary summary = new Section.StatusSummary("状況", List.of(new Section.StatusCount(
                Status.ON_TRACK, "順調", 1, palette.fill(Status.ON_TRACK), palette.text(Status.ON_TRACK))), "1 件",
                new Section.Table("", List.of(new Column("状態", Column.ColumnType.STATUS, 2),
                        new Column("件数", Column.ColumnType.NUMBER, 1)),
                        List.of(List.of(onTrack, new Cell.NumberCell(1, "1")))));
        Report report = new Report("漢字 report", "", LocalDate.of(2023, 11, 1), Optional.empty(),
                Fixtures.metadata("CJK"), List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(summary,
                        new Section.KeyFacts(List.of(new Section.KeyFact("太字", "標準")))))));
        Pdfs.Rendered rendered = Pdfs.render(report, RenderOptions.builder().addFont(NOTO_CJK));
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(rendered.bytes());

        assertThat(rendered.warnings()).isEmpty();
        assertThat(Pdfs.find(glyphs, "太字").get(0).font()).contains("NotoSansCJKjp-Bold");
        assertThat(Pdfs.find(glyphs, "標準").get(0).font()).contains("NotoSansCJKjp-Regular");
        // The label in the chart, then in the table beside it.
        assertThat(Pdfs.text(rendered.bytes()).split("順調", -1)).hasSize(3);
        assertThat(Pdfs.fonts(rendered.bytes())).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }

    @Test
    void fontsThatCannotBeUsedAreReportedAndSkipped(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.ttf"), "not a font");
        Path missing = folder.resolve("missing.otf");
        Path notAFont = Files.writeString(folder.resolve("notes.txt"), "text");
        Path mistypedFolder = folder.resolve("no-such-folder");
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("漢"),
                RenderOptions.builder().addFont(broken).addFont(missing).addFont(notAFont).addFont(mistypedFolder));

        assertThat(rendered.warnings()).hasSize(5);
        assertThat(rendered.warnings().get(0)).startsWith("PDF: cannot use the font " + broken);
        assertThat(rendered.warnings().get(1)).isEqualTo("PDF: the font file or folder " + missing
                + " does not exist; skipped.");
        assertThat(rendered.warnings().get(2)).isEqualTo("PDF: " + notAFont
                + " is not a .ttf, .otf or .ttc font file; skipped.");
        // Run 84 #7: a folder mistyped was called a file of another kind.
        assertThat(rendered.warnings().get(3)).isEqualTo("PDF: the font file or folder " + mistypedFolder
                + " does not exist; skipped.");
        assertThat(rendered.warnings().get(4)).contains("U+6F22", "drawn as U+FFFD");
    }

    @Test
    void addedFontsAreOnlyReadWhenTextNeedsThem(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.ttf"), "not a font");
        Pdfs.Rendered rendered = Pdfs.render(Fixtures.withText("Latin only, ŵ ŷ"),
                RenderOptions.builder().addFont(broken));

        assertThat(rendered.warnings()).isEmpty();
    }
}
