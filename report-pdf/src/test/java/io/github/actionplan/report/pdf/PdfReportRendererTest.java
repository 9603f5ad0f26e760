package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.testkit.ContractFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReportRendererTest {

    private static final Palette PALETTE = Palette.standard();

    @Test
    void theRegistryFindsTheRendererThroughItsServicesFile() {
        ReportRenderer renderer = ReportRenderers.load().require("pdf");

        assertThat(renderer).isInstanceOf(PdfReportRenderer.class);
        assertThat(renderer.format()).isEqualTo(PdfReportRenderer.FORMAT).isEqualTo("pdf");
        assertThat(renderer.mediaType()).isEqualTo("application/pdf");
        assertThat(renderer.fileExtension()).isEqualTo("pdf");
    }

    @Test
    void everyStringOfTheReportCanBeExtractedFromThePdf() {
        Report report = Fixtures.rich();
        Pdfs.Rendered rendered = Pdfs.render(report);

        String text = Pdfs.squeezed(Pdfs.contentText(rendered.bytes()));
        for (String expected : report.texts()) {
            assertThat(text).contains(Pdfs.squeezed(Glyphs.readText(expected, FontLibrary::bundledCovers)));
        }
        assertThat(rendered.warnings()).isEmpty();
    }

    @Test
    void untaggedForMeasuringTheSameLayoutHasNoStructureTreeNorPdfUaClaim() throws IOException {
        Report report = Fixtures.rich();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer(false).render(report, RenderOptions.defaults(), out);
        byte[] untagged = out.toByteArray();
        byte[] tagged = Pdfs.render(report).bytes();

        assertThat(Pdfs.text(untagged)).isEqualTo(Pdfs.text(tagged));
        assertThat(Pdfs.pages(untagged)).isEqualTo(Pdfs.pages(tagged));
        try (PDDocument document = Pdfs.load(untagged)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains(Fixtures.TITLE).doesNotContain("pdfuaid");
            for (PDPage page : document.getPages()) {
                try (java.io.InputStream content = page.getContents()) {
                    assertThat(new String(content.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("/MCID");
                }
            }
        }
    }

    @Test
    void theOutputIsAPdfOneSevenFile() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();

        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
    }

    @Test
    void theLongTableGivesASaneNumberOfPages() {
        // 120 rows of two or three lines each, on landscape A4: about ten rows a page.
        int pages = Pdfs.pages(Pdfs.render(Fixtures.rich()).bytes());

        assertThat(pages).isBetween(10, 25);
    }

    @Test
    void theCaptionAndHeaderRowRepeatOnPageTwoOfALongTable() {
        Report report = single(longTable(80));
        byte[] pdf = Pdfs.render(report).bytes();

        assertThat(Pdfs.pages(pdf)).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= 2; page++) {
            String text = Pdfs.text(pdf, page, page);
            assertThat(text).contains("Long table", "Reference", "Description of the item", "Owner");
        }
        assertThat(Pdfs.text(pdf, 2, 2)).contains("Description of item");
        // On later pages the repeated rows are marked as artifacts: content has them once.
        assertThat(Pdfs.contentText(pdf)).containsOnlyOnce("Description of the item");
    }

    @Test
    void noRowIsLostWhenRowsSplitAcrossPages() {
        // Rows taller than a page: with setSplitRows(false) OpenPDF drops them silently.
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String tall = String.join("\n\n", java.util.Collections.nCopies(60, "Paragraph of row " + i + "."));
            rows.add(List.of(new Cell.TextCell("Row " + i), new Cell.NarrativeCell(
                    io.github.actionplan.report.Narrative.parse(tall))));
        }
        Section.Table table = new Section.Table("Tall rows",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.NARRATIVE, 4)), rows);
        String text = Pdfs.text(Pdfs.render(single(table)).bytes());

        for (int i = 1; i <= 4; i++) {
            assertThat(text.split("Paragraph of row " + i + "\\.", -1)).hasSize(61);
        }
    }

    @Test
    void aShortRowThatDoesNotFitAtTheFootOfAPageMovesWholeToTheNext() {
        // Forty rows of six lines each run over several pages; each row's lines must stay on one page.
        byte[] pdf = Pdfs.render(single(rowsOfLines(40, 0))).bytes();

        assertThat(Pdfs.pages(pdf)).isGreaterThan(2);
        assertRowsWhole(pdf, 40, 0);
    }

    @Test
    void aRowOfUpToHalfAPageMovesWholeRatherThanGoOnUnderCellsThatDoNotSayWhoseItIs() {
        // Trial 33 F4: a row of 22 lines, over a third of a page and under half, split at the foot of one.
        for (int tall = 5; tall <= 9; tall++) {
            byte[] pdf = Pdfs.render(single(rowsOfLines(20, tall, 22))).bytes();

            assertRowsWhole(pdf, 20, 0);
            assertThat(pageWith(pdf, "Row " + tall + " line 22.")).as("row %d", tall)
                    .isEqualTo(pageWith(pdf, "Row " + tall + " line 1."));
        }
    }

    @Test
    void aTallRowSplitsWhereItFallsWhileTheShortRowsAroundItMoveWhole() {
        // Row 12, of 60 lines, is taller than half a page; moved whole, it would leave a page mostly blank.
        byte[] pdf = Pdfs.render(single(rowsOfLines(40, 12))).bytes();

        assertRowsWhole(pdf, 40, 12);
        int first = pageWith(pdf, "Row 12 line 1.");
        assertThat(pageWith(pdf, "Row 12 line 60.")).isGreaterThan(first);
        assertThat(pageWith(pdf, "Row 11 line 6.")).isEqualTo(first);
    }

    @Test
    void aLongTableLaidOutInPartsRunsOnWithoutAGapBetweenThem() {
        // The table is laid out 100 rows at a time: on any page, row follows row at the same pitch.
        byte[] pdf = Pdfs.render(single(longTable(250))).bytes();

        Map<Integer, List<Float>> tops = new TreeMap<>();
        for (Pdfs.Glyph glyph : Pdfs.glyphs(pdf)) {
            if (glyph.text().equals("I") && glyph.x() < 60) { // "Item n" in the first column
                tops.computeIfAbsent(glyph.page(), page -> new ArrayList<>()).add(glyph.y());
            }
        }
        assertThat(tops.values().stream().mapToInt(List::size).sum()).isEqualTo(250);
        List<Float> pitches = new ArrayList<>();
        tops.values().forEach(page -> {
            for (int i = 1; i < page.size(); i++) {
                pitches.add(page.get(i) - page.get(i - 1));
            }
        });
        assertThat(pitches).allSatisfy(pitch -> assertThat(pitch).isCloseTo(pitches.getFirst(), within(0.01f)));
    }

    @Test
    void theTextUnderAHeadingIsSetOffFromItByMoreThanAParagraphsSpace() {
        byte[] pdf = Pdfs.render(Fixtures.report("Headings", "A test", List.of(Chapter.untitled(Orientation.PORTRAIT,
                List.of(new Section.Heading(2, "Protection Manager"), new Section.NarrativeText(Narrative.parse(
                        "Nothing is off track.\n\nSecond paragraph."))))))).bytes();

        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        Pdfs.Glyph heading = glyphs.stream().filter(g -> g.text().equals("P") && g.size() > 11).findFirst()
                .orElseThrow();
        Pdfs.Glyph first = glyphs.stream().filter(g -> g.text().equals("N")).findFirst().orElseThrow();
        Pdfs.Glyph second = glyphs.stream().filter(g -> g.text().equals("S")).findFirst().orElseThrow();
        // Baseline to the next line's top (its baseline less its size): the white space a reader sees.
        float underHeading = first.y() - first.size() - heading.y();
        float betweenParagraphs = second.y() - second.size() - first.y();

        assertThat(underHeading).isGreaterThan(betweenParagraphs);
    }

    @Test
    void aRowRunningOnToTheNextPagesIsHeadedThereByItsHeaderCellsWordsAsAnArtifact() {
        // Trial 44 F3: a reader of page 3 saw bullet text under an empty Ref cell, not knowing whose it was.
        Section.Table rows = rowsOfLines(3, 2, 150);
        Section.Table headed = new Section.Table(rows.title(), rows.columns(), rows.rows(), Optional.empty(), true);
        byte[] pdf = Pdfs.render(single(headed)).bytes();
        int first = pageWith(pdf, "Row 2 line 1.");
        int last = pageWith(pdf, "Row 2 line 150.");

        assertThat(last).isGreaterThan(first + 1);
        for (int page = first; page <= last; page++) {
            assertThat(Pdfs.sortedText(pdf, page)).as("page %d", page).containsOnlyOnce("\nR2 Row 2 line ");
        }
        // Read once, from the row's header cell: the repeats are page furniture.
        assertThat(Pdfs.contentText(pdf)).containsOnlyOnce("R2");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        // A row with no header cell has nothing to repeat.
        byte[] plain = Pdfs.render(single(rows)).bytes();
        assertThat(Pdfs.sortedText(plain, pageWith(plain, "Row 2 line 150."))).doesNotContain("R2");
    }

    @Test
    void aStatusCellRunningOnToTheNextPagesSaysItsStatusThereNotItsColourAlone() {
        // Run 98 #5: on pages 3 and later, a full-height green block with no word, for a reader who starts there.
        Section.Table rows = rowsOfLines(3, 2, 150);
        List<List<Cell>> withStatus = rows.rows().stream().map(row -> {
            List<Cell> cells = new ArrayList<>(row);
            cells.add(Fixtures.status(Status.ON_TRACK, Optional.empty(), Optional.empty()));
            return List.copyOf(cells);
        }).toList();
        List<Column> columns = new ArrayList<>(rows.columns());
        columns.add(new Column("Status", ColumnType.STATUS, 2));
        byte[] pdf = Pdfs.render(single(new Section.Table(rows.title(), columns, withStatus, Optional.empty(),
                false))).bytes();
        int first = pageWith(pdf, "Row 2 line 1.");
        int last = pageWith(pdf, "Row 2 line 150.");

        assertThat(last).isGreaterThan(first + 1);
        for (int page = first + 1; page <= last; page++) {
            assertThat(Pdfs.sortedText(pdf, page)).as("page %d", page).contains("On track");
        }
        // Read once, from its cell: the repeats are page furniture.
        assertThat(Pdfs.contentText(pdf).split("On track", -1)).hasSize(4);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    /** {@code rows} rows of six lines each, and row {@code tall}, if any, of sixty. */
    static Section.Table rowsOfLines(int rows, int tall) {
        return rowsOfLines(rows, tall, 60);
    }

    /** {@code rows} rows of six paragraphs of one line, row {@code tall} of {@code tallLines}. */
    static Section.Table rowsOfLines(int rows, int tall, int tallLines) {
        List<List<Cell>> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String row = "Row " + i;
            String lines = String.join("\n\n", IntStream.rangeClosed(1, i == tall ? tallLines : 6)
                    .mapToObj(line -> row + " line " + line + ".").toList());
            list.add(List.of(new Cell.TextCell("R" + i), new Cell.NarrativeCell(
                    Narrative.parse(lines))));
        }
        return new Section.Table("Rows of lines",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.NARRATIVE, 4)), list);
    }

    /** Every row but {@code tall} has its first and last line on one page. */
    private static void assertRowsWhole(byte[] pdf, int rows, int tall) {
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            String text = Pdfs.text(pdf, page, page);
            for (int i = 1; i <= rows; i++) {
                if (i != tall) {
                    assertThat(text.contains("Row " + i + " line 1.")).as("row %d on page %d", i, page)
                            .isEqualTo(text.contains("Row " + i + " line 6."));
                }
            }
        }
    }

    @Test
    void eachChapterIsOnPagesOfItsOwnOrientationTurnedOnlyWhereItChanges() throws IOException {
        Section.KeyFacts facts = new Section.KeyFacts(List.of(new Section.KeyFact("Chapter", "facts")));
        Report report = Fixtures.report("Chapters", "", List.of(
                Chapter.untitled(Orientation.PORTRAIT, List.of(fact("Opening", "portrait"))),
                new Chapter("First landscape chapter", Orientation.LANDSCAPE, List.of(fact("In the first", "narrow"))),
                new Chapter("Second landscape chapter", Orientation.LANDSCAPE, List.of(fact("In the second", "same page"))),
                new Chapter("Portrait again", Orientation.PORTRAIT, List.of(
                        // Many columns do not turn a portrait chapter: only the chapter decides.
                        manyColumns(), facts))));
        byte[] pdf = Pdfs.render(report).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(isLandscape(document.getPage(0))).isFalse();
            assertThat(pageWith(pdf, "Opening")).isEqualTo(1);
            assertThat(isLandscape(document.getPage(1))).isTrue();
            assertThat(pageWith(pdf, "In the first")).isEqualTo(2);
            assertThat(pageWith(pdf, "In the second")).isEqualTo(2);
            assertThat(isLandscape(document.getPage(2))).isFalse();
            assertThat(pageWith(pdf, "C12")).isEqualTo(3);
        }
    }

    @Test
    void aReportWhoseFirstChapterIsLandscapeStartsOnALandscapePage() throws IOException {
        Report report = Fixtures.report("Landscape", "", List.of(
                Chapter.untitled(Orientation.LANDSCAPE, List.of(fact("Opening", "landscape")))));
        byte[] pdf = Pdfs.render(report).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(isLandscape(document.getPage(0))).isTrue();
        }
    }

    @Test
    void aStatusCellHasItsLabelInBoldThenItsNoteThenItsReasonSmallerEachOnALineOfItsOwn() throws IOException {
        Cell.StatusCell status = new Cell.StatusCell(Status.OFF_TRACK, "Behind schedule", Optional.of("Owner disagrees"),
                Optional.of("Deadline passed"), PALETTE.fill(Status.OFF_TRACK), PALETTE.text(Status.OFF_TRACK));
        Cell.StatusCell bare = new Cell.StatusCell(Status.ON_TRACK, "Fine", Optional.empty(), Optional.empty(),
                PALETTE.fill(Status.ON_TRACK), PALETTE.text(Status.ON_TRACK));
        Section.Table table = new Section.Table("Statuses",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Status", ColumnType.STATUS, 2)),
                List.of(List.of(new Cell.TextCell("Rec 1"), status), List.of(new Cell.TextCell("Rec 2"), bare)));
        byte[] pdf = Pdfs.render(single(table)).bytes();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);

        List<Pdfs.Glyph> label = Pdfs.find(glyphs, "Behind schedule");
        List<Pdfs.Glyph> note = Pdfs.find(glyphs, "Owner disagrees");
        List<Pdfs.Glyph> reason = Pdfs.find(glyphs, "Deadline passed");
        assertThat(label).allSatisfy(g -> assertThat(g.font()).contains("LiberationSans-Bold"));
        assertThat(note).allSatisfy(g -> assertThat(g.font()).endsWith("LiberationSans"));
        assertThat(note.get(0).y()).isGreaterThan(label.get(0).y());
        assertThat(reason.get(0).y()).isGreaterThan(note.get(0).y());
        assertThat(note.get(0).x()).isEqualTo(label.get(0).x());
        assertThat(reason.get(0).x()).isEqualTo(label.get(0).x());
        assertThat(reason.get(0).size()).isLessThan(note.get(0).size());
        assertThat(note.get(0).size()).isEqualTo(label.get(0).size());
        for (String text : List.of("Behind schedule", "Owner disagrees", "Deadline passed")) {
            assertThat(Pdfs.find(glyphs, text)).allSatisfy(g -> assertThat(g.colour()).containsExactly(1f, 1f, 1f));
        }
        // A cell without note or reason has its label alone.
        assertThat(Pdfs.contentText(pdf)).endsWith("Rec 2\nFine");
        try (PDDocument document = Pdfs.load(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 144);
            Pdfs.Glyph first = label.get(0);
            // Inside the cell's left padding, beside the label: the fill, not white.
            int rgb = page.getRGB(Math.round((first.x() - 2) * 2), Math.round((first.y() - 3) * 2)) & 0xFFFFFF;
            assertThat(rgb).isEqualTo(PALETTE.fill(Status.OFF_TRACK).rgb());
        }
    }

    @Test
    void theTotalRowComesLastInBoldUnderARule() throws IOException {
        Section.Table table = new Section.Table("By owner",
                List.of(new Column("Owner", ColumnType.TEXT, 3), new Column("Items", ColumnType.NUMBER, 1)),
                List.of(List.of(new Cell.TextCell("Prevention"), new Cell.NumberCell(3, "3")),
                        List.of(new Cell.TextCell("Protection"), new Cell.NumberCell(4, "4"))),
                Optional.of(List.of(new Cell.TextCell("Total"), new Cell.NumberCell(7, "7"))));
        byte[] pdf = Pdfs.render(single(table)).bytes();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);

        Pdfs.Glyph total = Pdfs.find(glyphs, "Total").get(0);
        Pdfs.Glyph seven = Pdfs.find(glyphs, "7").get(0);
        Pdfs.Glyph protection = Pdfs.find(glyphs, "Protection").get(0);
        assertThat(Pdfs.contentText(pdf)).endsWith("Protection\n4\nTotal\n7");
        assertThat(List.of(total, seven)).allSatisfy(g -> assertThat(g.font()).contains("LiberationSans-Bold"));
        assertThat(protection.font()).doesNotContain("Bold");
        assertThat(total.y()).isGreaterThan(protection.y());
        // A figure lines up on the right of its column.
        assertThat(seven.x()).isGreaterThan(Pdfs.find(glyphs, "Items").get(0).x());
        try (PDDocument document = Pdfs.load(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 144);
            // Above the total's text, a dark rule; above an ordinary row's, only the light grey one.
            assertThat(darkestAbove(page, total)).isLessThan(0x50);
            assertThat(darkestAbove(page, protection)).isGreaterThan(0x90);
        }
    }

    /** The darkest grey level (0-255) in the cell padding between {@code glyph}'s text and the cell's top. */
    private static int darkestAbove(BufferedImage page, Pdfs.Glyph glyph) {
        int darkest = 255;
        int x = Math.round((glyph.x() + 1) * 2);
        for (float y = glyph.y() - glyph.size(); y > glyph.y() - glyph.size() * 2; y -= 0.5f) {
            int rgb = page.getRGB(x, Math.round(y * 2));
            darkest = Math.min(darkest, ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3);
        }
        return darkest;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merseyside-action-plan", "derbyshire-summary", "merseyside-summary",
            "merseyside-register"})
    void noWordOfTheSeedReportsIsBrokenAcrossTwoLines(String fixture) {
        Report report = ContractFixtures.reports().get(fixture);
        Set<String> words = new HashSet<>();
        Pattern word = Pattern.compile("\\p{L}+");
        report.texts().forEach(text -> word.matcher(text).results().forEach(m -> words.add(m.group())));
        List<String> lines = Pdfs.text(Pdfs.render(report).bytes()).lines().filter(l -> !l.isBlank()).toList();

        List<String> broken = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            // "Responsibl" at the end of a line and "e" at the start of the next: a word cut in two.
            Matcher end = Pattern.compile("(\\p{L}+)$").matcher(lines.get(i).strip());
            Matcher start = Pattern.compile("^(\\p{L}+)").matcher(lines.get(i + 1).strip());
            if (end.find() && start.find() && words.contains(end.group(1) + start.group(1))
                    && !words.contains(start.group(1))) {
                broken.add(end.group(1) + " / " + start.group(1));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aTimescaleCellHasItsWordsThenItsDueDateSmallerOnALineOfItsOwn() {
        Section.Table table = new Section.Table("Timescales",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Timescale", ColumnType.TIMESCALE, 2)),
                List.of(List.of(new Cell.TextCell("Rec 1"), new Cell.TimescaleCell("In FDP 24/25",
                                Optional.of(LocalDate.of(2025, 3, 31)), "31 Mar 2025")),
                        List.of(new Cell.TextCell("Rec 2"), new Cell.TimescaleCell("Ongoing", Optional.empty(), ""))));
        byte[] pdf = Pdfs.render(single(table)).bytes();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);

        Pdfs.Glyph words = Pdfs.find(glyphs, "In FDP 24/25").get(0);
        Pdfs.Glyph due = Pdfs.find(glyphs, "31 Mar 2025").get(0);
        assertThat(due.y()).isGreaterThan(words.y());
        assertThat(due.size()).isLessThan(words.size());
        assertThat(Pdfs.contentText(pdf)).endsWith("Rec 2\nOngoing");
    }

    @Test
    void narrativeListsAreIndentedWithBulletsAndNumberedFromTheirStart() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();
        String text = Pdfs.squeezed(Pdfs.sortedText(pdf));
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);

        assertThat(text).contains("•Firstbullet", "•Nestedbullet", "3.Numberedfromthree", "4.Thenfour");
        float topLevel = Pdfs.find(glyphs, "First bullet").get(0).x();
        float nested = Pdfs.find(glyphs, "Nested bullet").get(0).x();
        float secondParagraph = Pdfs.find(glyphs, "A second paragraph").get(0).x();
        float paragraph = Pdfs.find(glyphs, "The service has made").get(0).x();
        assertThat(topLevel).isGreaterThan(paragraph);
        assertThat(nested).isGreaterThan(topLevel);
        assertThat(secondParagraph).isEqualTo(topLevel);
    }

    @Test
    void eachListSaysHowItsItemsAreMarkedNumberedOrBulleted() throws IOException {
        // Run 98 #6: no /ListNumbering, so that assistive technology told a numbered list as unordered.
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();
        List<String> lists = new ArrayList<>();
        try (PDDocument document = Pdfs.load(pdf)) {
            listNumbering(document.getDocumentCatalog().getStructureTreeRoot().getKids(), lists);
        }

        assertThat(lists).contains("Decimal", "Disc").containsOnly("Decimal", "Disc");
    }

    private static void listNumbering(List<Object> kids, List<String> out) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("L")) {
                    out.add(element.getAttributes().getObject(0) instanceof PDListAttributeObject list
                            ? list.getListNumbering() : "none");
                }
                listNumbering(element.getKids(), out);
            }
        }
    }

    @Test
    void aLineBrokenInAListItemStartsUnderTheItemsTextNotItsBullet() {
        // Run 77 #10: the line after a hard break started at the bullet, as OpenPDF starts each line of a paragraph.
        byte[] pdf = Pdfs.render(Fixtures.report("Lists", "A test", List.of(Chapter.untitled(Orientation.PORTRAIT,
                List.of(new Section.NarrativeText(Narrative.parse("- 4.1: first line\\\n  second line\n- 4.2: one  \n"
                        + "  two"))))))).bytes();

        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        float text = Pdfs.find(glyphs, "4.1: first").get(0).x();
        assertThat(Pdfs.find(glyphs, "second line").get(0).x()).isCloseTo(text, within(0.01f));
        assertThat(Pdfs.find(glyphs, "two").get(0).x()).isCloseTo(Pdfs.find(glyphs, "4.2: one").get(0).x(),
                within(0.01f));
        assertThat(Pdfs.find(glyphs, "•").get(0).x()).isLessThan(text);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void emphasisIsSetInTheItalicAndBoldFaces() {
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.render(Fixtures.rich()).bytes());

        assertThat(Pdfs.find(glyphs, "good progress")).allSatisfy(
                g -> assertThat(g.font()).endsWith("+LiberationSans-Italic"));
        assertThat(Pdfs.find(glyphs, "strong leadership")).allSatisfy(
                g -> assertThat(g.font()).endsWith("+LiberationSans-Bold"));
        assertThat(Pdfs.find(glyphs, "both styles")).allSatisfy(
                g -> assertThat(g.font()).endsWith("+LiberationSans-BoldItalic"));
    }

    @Test
    void longWordsWrapInsideTheirCell() {
        String word = "Ab" + "c".repeat(300) + "Z";
        Section.Table table = new Section.Table("Long words",
                List.of(new Column("Word", ColumnType.TEXT, 1), new Column("After", ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell(word), new Cell.TextCell("Next cell"))));
        byte[] pdf = Pdfs.render(single(table)).bytes();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);

        // The column beside the long word's is narrow: core shares the width by longest word.
        float nextCell = Pdfs.find(glyphs, "Next").get(0).x();
        List<Pdfs.Glyph> letters = Pdfs.find(glyphs, word);
        assertThat(letters).hasSize(word.length());
        assertThat(letters).allSatisfy(g -> assertThat(g.x() + g.width()).isLessThan(nextCell));
        assertThat(letters.stream().map(Pdfs.Glyph::y).distinct().count()).isGreaterThan(2);
        assertThat(Pdfs.squeezed(Pdfs.text(pdf))).contains(word);
    }

    @Test
    void everyPageHasTheTitleAsRunningHeaderAndPageXOfYAsFooterByDefault() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();
        int pages = Pdfs.pages(pdf);

        for (int page : List.of(1, 2, pages)) {
            assertThat(Pdfs.sortedText(pdf, page)).startsWith(Fixtures.TITLE + "\n")
                    .endsWith("Page " + page + " of " + pages + "\n");
        }
        // Page furniture is marked as such, so it is not read as content.
        assertThat(Pdfs.squeezed(Pdfs.contentText(pdf))).doesNotContain("Page2of")
                .containsOnlyOnce(Pdfs.squeezed(Fixtures.TITLE));
    }

    @Test
    void theRunningHeaderAndFooterAreTheTextsTheOptionsGiveOnEveryPageAsArtifacts() {
        Report report = single(longTable(80));
        byte[] pdf = Pdfs.render(report, RenderOptions.builder().runningHeader("Fire Authority, 12 December 2023")
                .runningFooter("OFFICIAL - SENSITIVE")).bytes();
        int pages = Pdfs.pages(pdf);

        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.sortedText(pdf, page)).as("page %d", page)
                    .startsWith("Fire Authority, 12 December 2023\n")
                    .endsWith("\nOFFICIAL - SENSITIVE Page " + page + " of " + pages + "\n")
                    .containsOnlyOnce("OFFICIAL");
        }
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        // The footer's text on the page number's line, to its left.
        Pdfs.Glyph footer = Pdfs.find(glyphs, "OFFICIAL").get(0);
        Pdfs.Glyph number = Pdfs.find(glyphs, "Page 1 of").get(0);
        assertThat(footer.y()).isEqualTo(number.y(), org.assertj.core.data.Offset.offset(1f));
        assertThat(footer.x()).isLessThan(number.x());
        String content = Pdfs.contentText(pdf);
        assertThat(content).doesNotContain("OFFICIAL", "Fire Authority");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aLongTitleIsSetSmallerInTheRunningHeaderRatherThanCut() {
        String title = "A very long report title that goes on and on ".repeat(6) + "and ends here";
        Report report = Fixtures.report(title, "", List.of(Chapter.untitled(Orientation.PORTRAIT,
                List.of(longTable(80)))));
        byte[] pdf = Pdfs.render(report).bytes();

        String header = Pdfs.text(pdf, 2, 2);
        assertThat(Pdfs.squeezed(header)).contains(Pdfs.squeezed(title));
    }

    @Test
    void aTitleAndCellsOfHundredsOfThousandsOfCharactersAreDrawnWhole() {
        // In one cell each, OpenPDF would lay the text out again on every page it runs onto; in
        // slices, each long cell goes on in the rows below, beside the other long cell's slices.
        String title = words("title", 60_000);
        String text = words("text", 110_000);
        String said = words("narrative", 60_000);
        Narrative narrative = Narrative.plain(said);
        Section.Table table = new Section.Table("Long cells",
                List.of(new Column("Text", ColumnType.TEXT, 2), new Column("Narrative", ColumnType.TEXT, 2),
                        new Column("After", ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell(text), new Cell.NarrativeCell(narrative),
                        new Cell.TextCell("after the long cells"))));
        Report report = Fixtures.report(title, "", List.of(Chapter.untitled(Orientation.PORTRAIT,
                List.of(table, new Section.NarrativeText(narrative)))));

        String extracted = Pdfs.squeezed(Pdfs.contentText(Pdfs.render(report).bytes()));

        assertThat(extracted).contains(Pdfs.squeezed(title));
        assertThat(Slices.of(text, Slices.LENGTH)).hasSize(3);
        assertInOrder(extracted, Slices.of(text, Slices.LENGTH));
        assertInOrder(extracted, Slices.of(said, Slices.LENGTH));
        assertThat(extracted).containsOnlyOnce("afterthelongcells");
        assertThat(extracted).as("the narrative after the table, whole").endsWith(Pdfs.squeezed(said));
    }

    /** Each of {@code pieces}, without white space, is in {@code text}, one after another. */
    private static void assertInOrder(String text, List<String> pieces) {
        int at = 0;
        for (String piece : pieces) {
            int found = text.indexOf(Pdfs.squeezed(piece), at);
            assertThat(found).as("piece starting \"%s\"", piece.substring(0, 20)).isNotNegative();
            at = found + Pdfs.squeezed(piece).length();
        }
    }

    /** Numbered words ("text1 text2 ...") making up about {@code length} characters. */
    private static String words(String word, int length) {
        StringBuilder text = new StringBuilder(length + 20);
        for (int i = 1; text.length() < length; i++) {
            text.append(word).append(i).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void theStatusChartIsVectorWithItsTextInTheEmbeddedFont() throws IOException {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();
        int page = pageWith(pdf, "Status at 1 November 2023");

        try (PDDocument document = Pdfs.load(pdf)) {
            PDResources resources = document.getPage(page - 1).getResources();
            List<PDFormXObject> forms = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                assertThat(resources.getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null
                        && form.getResources().getFontNames().iterator().hasNext()) {
                    forms.add(form);
                }
            }
            assertThat(forms).isNotEmpty();
            for (PDFormXObject form : forms) {
                for (COSName font : form.getResources().getFontNames()) {
                    assertThat(form.getResources().getFont(font).getName()).contains("+LiberationSans");
                }
            }
        }
        // Once in the chart, once in the table beside it.
        String text = Pdfs.text(pdf, page, page);
        assertThat(text.split("Open - Actions on going off track", -1)).hasSize(3);
        assertThat(text).contains("75%", "0%");
    }

    @Test
    void titleAuthorSubjectKeywordsLanguageAndDatesAreSet() throws IOException {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(Fixtures.TITLE);
            assertThat(info.getAuthor()).isEqualTo("Derbyshire Fire & Rescue Service");
            assertThat(info.getSubject()).isEqualTo("HMICFRS improvement plan");
            assertThat(info.getKeywords()).isEqualTo("HMICFRS, action plan, AFI");
            assertThat(info.getCreator()).isEqualTo("actionplan");
            assertThat(info.getCreationDate().toInstant()).isEqualTo("2023-11-01T09:00:00Z");
            assertThat(info.getModificationDate().toInstant()).isEqualTo("2023-11-01T09:00:00Z");
            assertThat(info.getCOSObject().containsKey(COSName.getPDFName("FileId"))).isFalse();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            // Headings are bookmarks, nested by level under the title's, each opening its page.
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(document.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
            List<PDOutlineItem> titles = new ArrayList<>();
            outline.children().forEach(titles::add);
            assertThat(titles).extracting(PDOutlineItem::getTitle).containsExactly(Fixtures.TITLE);
            assertThat(document.getPages().indexOf(titles.getFirst().findDestinationPage(document))).isZero();
            List<PDOutlineItem> chapters = new ArrayList<>();
            titles.getFirst().children().forEach(chapters::add);
            assertThat(chapters).extracting(PDOutlineItem::getTitle)
                    .containsExactly("Summary", "Recommendations", "Owners");
            assertThat(document.getPages().indexOf(chapters.get(0).findDestinationPage(document)))
                    .isEqualTo(pageWith(pdf, "Reporting date") - 1);
            assertThat(document.getPages().indexOf(chapters.get(1).findDestinationPage(document)))
                    .isEqualTo(pageWith(pdf, "Rec 1") - 1);
            List<String> children = new ArrayList<>();
            chapters.get(2).children().forEach(child -> children.add(child.getTitle()));
            assertThat(children).containsExactly("By function");
            // Tagged, and says so: PDF/UA-1 in the XMP, with the title, which viewers show.
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", Fixtures.TITLE);
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubsetWithAUnicodeMap() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();
        List<PDFont> fonts = Pdfs.fonts(pdf);

        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).as(font.getName()).isTrue();
        });
        assertThat(fonts).extracting(PDFont::getName).noneMatch(name -> name.contains("Helvetica"));
    }

    @Test
    void theSameReportGivesTheSameBytesInEveryRunAndThread() throws Exception {
        Report report = Fixtures.rich();
        byte[] first = Pdfs.render(report).bytes();
        byte[] second = Pdfs.render(Fixtures.rich()).bytes();
        assertThat(second).isEqualTo(first);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> renders = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> Pdfs.render(report).bytes())).toList();
            for (Future<byte[]> render : renders) {
                assertThat(render.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theDocumentIdComesFromTheContent() throws IOException {
        byte[] one = Pdfs.render(Fixtures.rich()).bytes();
        byte[] other = Pdfs.render(Fixtures.withText("Another report")).bytes();

        String idOne = documentId(one);
        assertThat(idOne).hasSize(64);
        assertThat(idOne.substring(0, 32)).isEqualTo(idOne.substring(32));
        assertThat(documentId(other)).isNotEqualTo(idOne);
        assertThat(fontNames(other)).doesNotContainAnyElementsOf(fontNames(one));
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() throws IOException {
        RecordingStream out = new RecordingStream();
        new PdfReportRenderer().render(Fixtures.withText("Stream"), RenderOptions.defaults(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.flushed).isTrue();
        assertThat(out.bytes.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aFailingStreamGivesItsIOException() {
        IOException failure = new IOException("disk full");
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw failure;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw failure;
            }
        };

        assertThatThrownBy(() -> new PdfReportRenderer().render(Fixtures.rich(), RenderOptions.defaults(), broken))
                .isSameAs(failure);
    }

    @Test
    void theLetterPageSizeIsHonoured() throws IOException {
        byte[] pdf = Pdfs.render(Fixtures.withText("Letter"),
                RenderOptions.builder().pageSize(io.github.actionplan.report.spi.PageSize.LETTER)).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(612f);
            assertThat(box.getHeight()).isEqualTo(792f);
        }
    }

    static Report single(Section section) {
        return Fixtures.report("Single section report", "A test",
                List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(section))));
    }

    static Section.Table longTable(int rows) {
        List<List<Cell>> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(List.of(new Cell.TextCell("Item " + i), new Cell.TextCell("Description of item " + i),
                    new Cell.TextCell("Owner " + i)));
        }
        return new Section.Table("Long table", List.of(new Column("Reference", ColumnType.TEXT, 1),
                new Column("Description of the item", ColumnType.TEXT, 3), new Column("Owner", ColumnType.TEXT, 2)),
                list);
    }

    private static Section.KeyFacts fact(String label, String value) {
        return new Section.KeyFacts(List.of(new Section.KeyFact(label, value)));
    }

    /** A table of twelve columns, "C1" to "C12". */
    private static Section.Table manyColumns() {
        List<Column> columns = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Column("C" + i, ColumnType.TEXT, 1)).toList();
        return new Section.Table("Many columns", columns,
                List.of(IntStream.rangeClosed(1, 12).<Cell>mapToObj(i -> new Cell.TextCell("v" + i)).toList()));
    }

    private static boolean isLandscape(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }

    private static int pageWith(byte[] pdf, String text) {
        int pages = Pdfs.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            if (Pdfs.text(pdf, page, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page has '" + text + "'");
    }

    private static String documentId(byte[] pdf) throws IOException {
        try (PDDocument document = Pdfs.load(pdf)) {
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            HexFormat hex = HexFormat.of();
            return hex.formatHex(((COSString) id.getObject(0)).getBytes())
                    + hex.formatHex(((COSString) id.getObject(1)).getBytes());
        }
    }

    private static List<String> fontNames(byte[] pdf) {
        return Pdfs.fonts(pdf).stream().map(PDFont::getName).toList();
    }

    private static final class RecordingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;
        boolean flushed;

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
