package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each part of a workbook is bounded by what it inflates to, counted as it is read, and named where it is refused: a
 * small part that compresses well is no zip bomb, and a part that inflates less than 100 times, within POI's guard,
 * is still refused before a tracker's sheets are loaded whole.
 */
class PartBoundsTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    private Path tracker() throws IOException {
        return Files.write(folder.resolve("small.xlsx"), DamagedTrackerTest.tracker());
    }

    /** {@code mb} megabytes of spaces with a tab or newline here and there, which inflate some 90 times. */
    static void whitespace(OutputStream out, int mb) throws IOException {
        Random random = new Random(1);
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < mb; i++) {
            Arrays.fill(block, (byte) ' ');
            for (int k = 0; k < 4_000; k++) {
                block[random.nextInt(block.length)] = (byte) (random.nextBoolean() ? '\t' : '\n');
            }
            out.write(block);
        }
    }

    private static Path padded(Path tracker, Path out, int mb) throws IOException {
        return LongText.replacing(tracker, out, "<sheetData>", zip -> {
            zip.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
            whitespace(zip, mb);
        });
    }

    /** Reads {@code file} as a tracker in a JVM of its own with a 256 MB heap, and gives what it printed. */
    private String readIn256MegabyteHeap(Path file) throws Exception {
        return SmallHeap.run(TrackerInSmallHeap.class, file, folder.resolve("child.log"));
    }

    @Test
    void aTrackerWhoseSheetInflatesToHundredsOfMegabytesBelowTheZipBombRatioIsRefusedInASmallHeap() throws Exception {
        Path file = padded(tracker(), folder.resolve("padded.xlsx"), 300);
        assertThat(Files.size(file)).as("inflating less than 100 times").isGreaterThan(3L << 20);

        assertThat(readIn256MegabyteHeap(file)).startsWith("refused: padded.xlsx is too large to read as a tracker:"
                + " its parts come to more than 32 MB of XML, the most a tracker may hold (sheet 'Tracker'"
                + " (xl/worksheets/sheet1.xml) is past that), far more than a tracker needs; delete the rows, columns"
                + " and sheets it does not need (or copy the rows it needs into a new workbook) and save it again");
    }

    @Test
    void aTrackerWhosePartsComeToNearlyTheMostATrackerMayHoldIsReadInASmallHeap() throws Exception {
        Path file = padded(tracker(), folder.resolve("padded.xlsx"), 30);

        assertThat(readIn256MegabyteHeap(file)).startsWith("read: 1 recommendations");
    }

    @Test
    void aStylesTableOfAHundredThousandEntriesThatCompressesPastTheZipBombRatioIsRead() throws IOException {
        // Some 6 MB that compress 300 times: what a workbook copied between files for years gathers, and no bomb.
        Path file = LongText.replacing(tracker(), folder.resolve("styles.xlsx"), "</cellXfs>", zip -> {
            byte[] xf = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
                zip.write(xf);
            }
            zip.write("</cellXfs>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(TrackerImport.defaults().read(file).plan()).isPresent();
    }

    @Test
    void aPartOfTwentyMegabytesThatCompressesAHundredAndFiftyTimesIsNoZipBomb() throws IOException {
        // Trial 31 F7: LibreOffice's drawing of a tracker's 20,000 notes is 19 MB that compress 143 times.
        Path file = LongText.replacing(tracker(), folder.resolve("notes.xlsx"), "</cellXfs>", zip -> {
            byte[] xf = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 330_000; i++) {
                zip.write(xf);
            }
            zip.write("</cellXfs>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(file)).as("compressing more than 100 times").isLessThan(200_000);

        assertThat(TrackerImport.defaults().read(file).plan()).isPresent();
    }

    @Test
    void aWorkbookOfAsManyPartsAsTheBoundIsReadAndOneMoreIsRefusedInTheseWordsNotPois() throws IOException {
        // Trial 36 F8: POI refused 1,001 to 10,000 parts as "potentially malicious", told as damaged.
        for (int parts : new int[] {BoundedZip.MAX_ENTRIES, BoundedZip.MAX_ENTRIES + 1}) {
            Path file = folder.resolve("parts-" + parts + ".xlsx");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(tracker()));
                    var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                int written = 0;
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry(), written++) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    byte[] part = in.readAllBytes();
                    String types = new String(part, StandardCharsets.UTF_8);
                    zip.write(entry.getName().equals("[Content_Types].xml") && !types.contains("Extension=\"png\"")
                            ? types.replaceFirst("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                                    + "<Default ").getBytes(StandardCharsets.UTF_8) : part);
                }
                for (; written < parts; written++) { // pictures, as a tracker with many has
                    zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/image" + written + ".png"));
                }
            }

            if (parts == BoundedZip.MAX_ENTRIES) {
                assertThat(TrackerImport.defaults().read(file).plan()).isPresent();
            } else {
                assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults()
                        .read(file))).hasMessageContaining("its zip lists more than 1,000 parts");
            }
        }
    }

    @Test
    void aZipListingMoreEntriesThanAnyWorkbookIsRefusedBeforeOneIsBuilt() throws IOException {
        // Trial 30 F2: 700,000 empty entries in 60 MB took a 256 MB heap in building them.
        Path file = folder.resolve("entries.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(DamagedTrackerTest.tracker());
            for (int i = 0; i <= BoundedZip.MAX_ENTRIES; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("e" + i));
            }
        }

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(file)))
                .hasMessage("entries.xlsx is refused: its zip lists more than 1,000 parts, where a workbook has a few"
                        + " dozen at most; if it is a real workbook, open it in Excel or LibreOffice and save it"
                        + " again");
    }

    @Test
    void aStylesPartDeclaredANotesPartIsBoundedAsTheStylesItIsReadAs() throws IOException {
        // Run 63, 1: declared as notes, whose words are spared, a tracker's styles of 31 MB of spaces escaped the
        // bound, and POI, which reaches the styles by their relationship, read them as a tree.
        Path padded = LongText.replacing(tracker(), folder.resolve("padded.xlsx"), "</cellXfs>", zip -> {
            whitespace(zip, 31);
            zip.write("</cellXfs>".getBytes(StandardCharsets.UTF_8));
        });
        Path file = LongText.replacing(padded, folder.resolve("declared.xlsx"), "[Content_Types].xml",
                "spreadsheetml.styles+xml", zip -> zip.write("spreadsheetml.comments+xml".getBytes(
                        StandardCharsets.UTF_8)));

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(file)))
                .hasMessageContaining("come to more than 4 MB of text and attribute values (part xl/styles.xml");
    }

    @Test
    void aPowerQuerysCustomXmlInUtf16AsExcelWritesItIsLeftUnreadAndTheTrackerRead() throws IOException {
        // Run 63, 3: the DataMashup part of a query, in UTF-16, was refused as a part whose markup cannot be followed.
        Path file = folder.resolve("query.xlsx");
        String mashup = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-16\"?><DataMashup xmlns=\"http://schemas.microsoft"
                + ".com/DataMashup\">" + "QUFB".repeat(2_000_000) + "</DataMashup>";
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(tracker()));
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write((entry.getName().equals("xl/_rels/workbook.xml.rels") ? text.replace("</Relationships>",
                        "<Relationship Id=\"rIdQuery\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/customXml\" Target=\"../customXml/item1.xml\"/></Relationships>") : text)
                        .getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("customXml/item1.xml"));
            zip.write(mashup.getBytes(StandardCharsets.UTF_16LE));
        }

        assertThat(TrackerImport.defaults().read(file).plan()).isPresent();
    }

    @Test
    void aZipBombIsRefusedNamingItsPart() throws IOException {
        // Spaces inside tags, not text or attribute values, which a tighter bound refuses first (XmlParserBoundsTest).
        Path file = LongText.replacing(tracker(), folder.resolve("bomb.xlsx"), "</cellXfs>", zip -> {
            byte[] tag = ("<a" + " ".repeat(999_000) + "/>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 64; i++) {
                zip.write(tag);
            }
            zip.write("</cellXfs>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(catchThrowableOfType(InvalidWorkbookException.class, () -> TrackerImport.defaults().read(file)))
                .hasMessage("bomb.xlsx is refused: its part xl/styles.xml expands to more than 100 times its stored"
                        + " size, past 32 MB, as a zip bomb does; if it is a real workbook, open it in Excel or"
                        + " LibreOffice and save it again");
    }

    @Test
    void anUpdateWorkbookGivenAsATrackerIsToldToBeImportedInstead() {
        assertThat(catchThrowableOfType(InvalidWorkbookException.class,
                () -> TrackerImport.defaults().read(seed.file()))).hasMessage("updates.xlsx is an update workbook, not"
                        + " a tracker: its hidden sheet 'Plan' says it was written by actionplan workbook for a plan;"
                        + " read the updates in it back into that plan with actionplan import PLAN.json updates.xlsx"
                        + " (UpdateImport in Java)");
    }
}
