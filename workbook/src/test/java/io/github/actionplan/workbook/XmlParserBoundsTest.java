package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an XML parser keeps whole is bounded before it is kept, so that a small upload cannot fill the heap below the
 * zip-bomb ratio (trial 30 F1): a comment, tag, processing instruction or CDATA section is kept whole, as is every
 * part read as a tree (the content types, relationships, properties, styles), and every open element and every shared
 * string, however short.
 */
class XmlParserBoundsTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    private static final String UPDATES = "xl/worksheets/sheet2.xml";

    private Path edited(String part, String marker, LongText.Content content) throws IOException {
        return LongText.replacing(seed.file(), folder.resolve("upload.xlsx"), part, marker, content);
    }

    /**
     * {@code marker} in {@code part} replaced by {@code open}, {@code mb} megabytes of spaces here and there a tab, and
     * {@code close}.
     */
    private Path padded(String part, String marker, String open, int mb, String close) throws IOException {
        return edited(part, marker, zip -> {
            zip.write(open.getBytes(StandardCharsets.UTF_8));
            PartBoundsTest.whitespace(zip, mb);
            zip.write(close.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** {@code marker} in {@code part} replaced by {@code open}, {@code count} times {@code text} and {@code close}. */
    private Path repeated(String part, String marker, String open, String text, int count, String close)
            throws IOException {
        return edited(part, marker, zip -> {
            zip.write(open.getBytes(StandardCharsets.UTF_8));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                zip.write(bytes);
            }
            zip.write(close.getBytes(StandardCharsets.UTF_8));
        });
    }

    private String refusal(Path file) {
        return catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan()).read(file))
                .getMessage();
    }

    @Test
    void aCommentLongerThanAnyExcelWritesIsRefusedNamingItsSheet() throws IOException {
        Path file = padded(UPDATES, "<sheetData>", "<sheetData><!--", 2, "-->");

        assertThat(refusal(file)).isEqualTo("upload.xlsx is refused: its sheet 'Updates' (xl/worksheets/sheet2.xml)"
                + " holds a comment of more than 1 MB, where Excel's are some kilobytes at most, as in a file made to"
                + " exhaust a reader's memory; if it is a real workbook, open it in Excel or LibreOffice and save it"
                + " again");
    }

    @Test
    void aRefusalOfAPartOfASheetIsAtThatSheetAsData() throws IOException {
        Path file = padded(UPDATES, "<sheetData>", "<sheetData><!--", 2, "-->");

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan())
                .read(file)).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.sheet()).contains("Updates");
                    assertThat(problem.cellReference()).isEmpty();
                    // Trial 62 F6: "upload.xlsx: Updates: is refused: its sheet 'Updates'" named it twice.
                    assertThat(problem.toString()).startsWith("upload.xlsx: is refused: its sheet 'Updates'"
                            + " (xl/worksheets/sheet2.xml) holds a comment");
                });
    }

    @Test
    void anAttributeLongerThanAnyExcelWritesIsRefusedAsATagNamingItsPart() throws IOException {
        Path file = padded("xl/workbook.xml", "<sheets>", "<sheets><x y=\"", 2, "\"/>");

        assertThat(refusal(file)).startsWith("upload.xlsx is refused: its part xl/workbook.xml holds a tag of more"
                + " than 1 MB,");
    }

    @Test
    void commentsTagsAndSectionsHoldingAngleBracketsAndQuotesAreReadAsXmlReadsThem() throws IOException {
        // '>' in a comment, a quoted attribute, a CDATA section and an instruction ends none of them; if one did, the
        // half-megabyte of spaces after it would be taken for one construct more than 1 MB long together.
        String[] tricky = {"<!-- a > b -- c -> d -->", "<x a=\"1>2\" b='\"'/>", "<![CDATA[ ]> ]] > ]]>",
                "<?pi a > b ? > c ?>"};
        Path file = edited(UPDATES, "<sheetData>", zip -> {
            zip.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
            for (String construct : tricky) {
                String half = construct.substring(0, construct.length() / 2);
                zip.write(half.getBytes(StandardCharsets.UTF_8));
                zip.write(" ".repeat(700_000).getBytes(StandardCharsets.UTF_8));
                zip.write(construct.substring(half.length()).getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(UpdateImport.of(seed.plan()).read(file).plan().recommendations())
                .hasSameSizeAs(seed.plan().recommendations());
    }

    @Test
    void aSheetOfMoreMergedRangesThanAnyWorkbookOfAPlanHasIsRefusedWithoutCheckingEach() throws IOException {
        // Trial 31 F6: 38 million merged ranges over a typed cell, 10 MB stored, took a minute to tell one by one.
        Path file = edited(UPDATES, "</sheetData>", zip -> {
            zip.write("</sheetData><mergeCells>".getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= SheetXml.MAX_MERGED_RANGES + 1; i++) {
                zip.write(("<mergeCell ref=\"AA" + i + ":AB" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</mergeCells>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(refusal(file)).isEqualTo("upload.xlsx is too large to read: its sheet 'Updates' has more than"
                + " 100,000 merged ranges, where a workbook of a plan, or a tracker, has some hundreds at most;"
                + " unmerge its cells (in Excel: Home > Merge & Center) and save it again");
    }

    @Test
    void aPartInUtf16IsRefusedAsItsMarkupCannotBeFollowed() throws IOException {
        // Trial 31 F2, F4: in UTF-16 ordinary characters' bytes looked like "<!--", and "ļ" like a tag's end.
        String xml;
        try (java.util.zip.ZipFile xlsx = new java.util.zip.ZipFile(seed.file().toFile())) {
            xml = new String(xlsx.getInputStream(xlsx.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        Path file = edited("xl/sharedStrings.xml", xml, zip -> zip.write(("\uFEFF" + xml.replace("UTF-8", "UTF-16"))
                .getBytes(StandardCharsets.UTF_16LE)));

        assertThat(refusal(file)).isEqualTo("upload.xlsx is refused: its part xl/sharedStrings.xml is written in"
                + " UTF-16, where Excel writes UTF-8, and is not read, as its markup cannot be followed as it is read;"
                + " if it is a real workbook, open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aSheetHoldingMoreThanAHundredThousandAmpersandsIsReadWhateverTheJavaVersion() throws IOException {
        // Trial 31 F5: Java 24's parser stops at the 100,000th &amp; in a part (jdk.xml.totalEntitySizeLimit), and
        // a plan of 5,000 sub-actions whose texts hold 20 '&' each could not be read back.
        Path amped = edited(UPDATES, "</sheetData>", zip -> {
            zip.write("<row r=\"900\"><c r=\"AA900\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 120_000; i++) {
                zip.write(" &amp;".getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</t></is></c></row></sheetData>".getBytes(StandardCharsets.UTF_8));
        });

        // Read whole: its words in a column with no header are told, at their cell.
        assertThat(UpdateImport.of(seed.plan()).read(amped).warnings()).extracting(WorkbookProblem::cell)
                .contains("Updates!AA900");
    }

    @Test
    void partsReadWholeThatComeToMoreElementsThanAnyWorkbooksAreRefusedNamingThePartPastTheBound() throws IOException {
        // 15 MB of "<a/>" took a 256 MB heap as a tree of the content types, the properties or the styles.
        Path file = repeated("[Content_Types].xml", "<Default ", "", "<a/>", 2_500_001, "<Default ");

        assertThat(refusal(file)).isEqualTo("upload.xlsx is refused: its parts other than sheets, which are read"
                + " whole, come to more than 2,500,000 elements and attributes (part [Content_Types].xml is past that),"
                + " far more than Excel writes; if it is a real workbook, open it in Excel or LibreOffice and save it"
                + " again");
    }

    @Test
    void attributesCountAsTheElementsOfATreeDo() throws IOException {
        // Trial 31 F3: 30 MB of content types, 19,000 tags of 199 attributes each, filled a 256 MB heap uncounted.
        String attributes = java.util.stream.IntStream.range(0, 199).mapToObj(i -> " a" + i + "=\"1\"")
                .collect(java.util.stream.Collectors.joining());
        Path file = repeated("[Content_Types].xml", "<Default ", "", "<a" + attributes + "/>", 13_000, "<Default ");

        assertThat(refusal(file)).startsWith("upload.xlsx is refused: its parts other than sheets, which are read"
                + " whole, come to more than 2,500,000 elements and attributes (part [Content_Types].xml");
    }

    @Test
    void partsReadWholeThatComeToMoreBytesThanAnyWorkbooksAreRefused() throws IOException {
        // Spaces inside tags, which a tree keeps nothing of, bounded by the bytes alone: in two parts, each short of
        // the size past which one is refused for inflating as a zip bomb does, which bound a part past both would
        // meet first turning on how the reads are buffered.
        byte[] tag = ("<a" + " ".repeat(1_000) + "/>").getBytes(StandardCharsets.UTF_8);
        LongText.Content spaces = zip -> {
            for (int i = 0; i < 17_000; i++) {
                zip.write(tag);
            }
        };
        Path styles = LongText.replacing(seed.file(), folder.resolve("styles.xlsx"), "xl/styles.xml", "</fonts>",
                zip -> {
                    zip.write("</fonts>".getBytes(StandardCharsets.UTF_8));
                    spaces.write(zip);
                });
        Path file = LongText.replacing(styles, folder.resolve("upload.xlsx"), "[Content_Types].xml", "<Default ",
                zip -> {
                    spaces.write(zip);
                    zip.write("<Default ".getBytes(StandardCharsets.UTF_8));
                });

        assertThat(refusal(file)).startsWith("upload.xlsx is refused: its parts other than sheets, which are read"
                + " whole, come to more than 32 MB (part ");
    }

    @Test
    void partsReadWholeHoldingMoreTextOrAttributeValuesThanAnyWorkbooksAreRefusedBeforeTheyFillTheHeap()
            throws Exception {
        // Trial 62 F1: 31 MB of spaces in the styles, a 50 KB upload, took more than a 128 MB heap as a tree's text;
        // run 63, 1: 31 MB of attribute values, more than a 64 MB one.
        String part = "xl/styles.xml";
        String marker = "</fonts>";
        String refused = "upload.xlsx is refused: its parts other than sheets, which are read whole, come to more"
                + " than 4 MB of text and attribute values (part " + part + " is past that), far more than Excel"
                + " writes; if it is a real workbook, open it in Excel or LibreOffice and save it again";
        Path spaces = padded(part, marker, marker, 31, "");
        Path values = repeated(part, marker, marker, "<x:p xmlns:x=\"urn:x\" v=\"" + "a".repeat(1_000_000) + "\"/>", 31,
                "");

        for (Path file : List.of(spaces, values)) {
            assertThat(Files.size(file)).as("a small upload").isLessThan(1L << 20);
            assertThat(refusal(file)).isEqualTo(refused);
            assertThat(uploadedIn256MegabyteHeap(file, "-Xmx64m")).isEqualTo("refused: " + refused
                    + System.lineSeparator());
        }
    }

    @Test
    void aWorkbookOfTwoHundredThousandDefinedNamesIsReadInAnUpdateWorkbook() throws Exception {
        // Run 63, 2: a long-lived workbook's junk names, 9 MB of them, were refused by the bound on the styles' text.
        Path file = edited("xl/workbook.xml", "</sheets>", zip -> {
            zip.write("</sheets><definedNames>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200_000; i++) {
                zip.write(String.format(java.util.Locale.ROOT, "<definedName name=\"Name_%06d\">"
                        + "'Instructions'!$A$1:$Z$200</definedName>", i).getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</definedNames>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(uploadedIn256MegabyteHeap(file)).startsWith("read: ");
    }

    @Test
    void aStylesTableOfAHundredThousandEntriesIsReadInAnUpdateWorkbook() throws IOException {
        // Written with indentation, as some tools write it: its spaces are text between tags.
        Path file = repeated("xl/styles.xml", "</cellXfs>", "", "\n      <xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
                + " borderId=\"0\" xfId=\"0\"/>", 100_000, "\n    </cellXfs>");

        assertThat(UpdateImport.of(seed.plan()).read(file).plan().recommendations())
                .hasSameSizeAs(seed.plan().recommendations());
    }

    @Test
    void elementsNestedFarDeeperThanExcelsAreRefused() throws Exception {
        Path file = repeated(UPDATES, "<sheetData>", "<sheetData>", "<a>", 300, "");
        String refusal = "upload.xlsx is refused: its sheet 'Updates' (xl/worksheets/sheet2.xml) nests elements more"
                + " than %d deep, where Excel's nest some ten, as in a file made to exhaust a reader's memory; if it is"
                + " a real workbook, open it in Excel or LibreOffice and save it again";

        // Java 24's parser refuses past 100 deep itself; Java 21's keeps every open element, as this one does when
        // told to.
        // Which refuses first depends on how much of the part the parser asks for at once.
        assertThat(refusal(file)).isIn(refusal.formatted(100), refusal.formatted(BoundedZip.MAX_DEPTH));
        assertThat(uploadedIn256MegabyteHeap(file, "-Djdk.xml.maxElementDepth=0"))
                .isEqualTo("refused: " + refusal.formatted(BoundedZip.MAX_DEPTH) + System.lineSeparator());
    }

    @Test
    void sharedStringsOfMoreStringsThanAnyWorkbookOfAPlanAreRefused() throws IOException {
        // Each string takes some 50 bytes however short: 300 MB of one-letter ones compress 15 times, and filled a
        // 256 MB heap.
        Path file = repeated("xl/sharedStrings.xml", "/>", ">", "<si/>", SharedStringsXml.MAX_STRINGS + 1, "</sst>");

        assertThat(refusal(file)).isEqualTo("upload.xlsx is too large to read: its text (shared strings) comes to"
                + " more than 1,000,000 strings, more than any workbook of a plan holds; if it is a real workbook,"
                + " delete the sheets and text it does not need and save it again");
    }

    @Test
    void aZipWithoutItsDirectoryWhosePartsComeToMoreThanThoseReadWholeMayIsRefusedAsDamaged() throws IOException {
        // Read from its start, POI keeps every part of such a zip, so that each counts as read whole, the sheets too.
        Path padded = padded(UPDATES, "<sheetData>", "<sheetData>", 40, "");
        byte[] zip = Files.readAllBytes(padded);
        int end = zip.length - 22; // the end record, which gives where the directory is
        Path file = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(zip, end));

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan())
                .read(file)).getMessage()).isEqualTo("cut.xlsx is damaged: the directory at the end of its zip is"
                + " missing or damaged, as where a download was cut short, and its parts come to more than 4 MB of"
                + " text and attribute values, too much to read without it; open it in Excel or LibreOffice and"
                + " save it again, or give a copy that is whole");
    }

    /**
     * Reads {@code file} as an upload in a JVM of its own with a 256 MB heap and {@code options}, and gives what it
     * printed.
     */
    private String uploadedIn256MegabyteHeap(Path file, String... options) throws Exception {
        return SmallHeap.run(UpdateUploadInSmallHeap.class, file, folder.resolve("child.log"), options);
    }

    @Test
    void anUploadOfAFewMegabytesHoldingHundredsOfMegabytesInAPartsMarkupIsRefusedInASmallHeap() throws Exception {
        Path comment = padded(UPDATES, "<sheetData>", "<sheetData><!--", 300, "-->");
        assertThat(Files.size(comment)).as("inflating less than 100 times").isGreaterThan(3L << 20);

        assertThat(uploadedIn256MegabyteHeap(comment)).startsWith("refused: upload.xlsx is refused: its sheet"
                + " 'Updates' (xl/worksheets/sheet2.xml) holds a comment of more than 1 MB");
    }

    @Test
    void anUploadWhoseContentTypesHoldHundredsOfMegabytesOfSpacesIsRefusedInASmallHeap() throws Exception {
        // POI reads the content types as a tree, which kept every space before anything counted one.
        Path types = padded("[Content_Types].xml", "<Default ", "", 300, "<Default ");

        assertThat(uploadedIn256MegabyteHeap(types)).startsWith("refused: upload.xlsx is refused: its parts other"
                + " than sheets, which are read whole, come to more than 4 MB of text and attribute values (part"
                + " [Content_Types].xml is past that)");
    }
}
