package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.validation.Severity;
import io.github.actionplan.workbook.UntrustedWorkbook.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an .xlsx from outside can be unusable gets one message a person can act on. */
class UntrustedWorkbookTest {

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Updates").createRow(0).createCell(0).setCellValue("Ref");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String messageOf(Path file) {
        return messageOf(file, Kind.TRACKER);
    }

    private static String messageOf(Path file, Kind kind) {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, kind)) {
            workbook.readSheet("Updates", 100_000, (row, cells) -> { });
            return "opened";
        } catch (InvalidWorkbookException e) {
            assertThat(e.problems()).hasSize(1);
            return e.getMessage();
        }
    }

    @Test
    void aWorkbookOpensAndItsSheetsAreNamed() throws Exception {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(write("good.xlsx", workbook()), Kind.TRACKER)) {
            assertThat(workbook.sheetNames()).containsExactly("Updates");
            assertThat(workbook.hasSheet("updates")).isTrue();
        }
    }

    @Test
    void aMissingFileSaysSo() {
        assertThat(messageOf(folder.resolve("nowhere.xlsx"))).isEqualTo(folder.resolve("nowhere.xlsx") + " does not exist");
    }

    @Test
    void aFolderIsNamedAsAFolderByItsPathAsAMissingFileIs() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("copies"));

        assertThat(messageOf(sub)).isEqualTo(sub + " is a folder, not a workbook");
    }

    @Test
    void anInvalidWorkbookExceptionKeepsEveryProblemThroughJavaSerialization() throws Exception {
        InvalidWorkbookException thrown = new InvalidWorkbookException("copies", List.of(
                WorkbookProblem.error(WorkbookProblem.cell("Updates", "L6"), WorkbookProblem.Item.of("2", "2.1"),
                        "120 is not a percentage"),
                new WorkbookProblem(Severity.WARNING, java.util.Optional.of("b.xlsx"), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                        "nothing is filled in")));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidWorkbookException read = (InvalidWorkbookException) in.readObject();

            assertThat(read.problems()).isEqualTo(thrown.problems());
            assertThat(read.errors()).hasSize(1);
        }
    }

    @Test
    void anEmptyFileOrTextOrAPdfIsNotAWorkbook() throws Exception {
        assertThat(messageOf(write("empty.xlsx", new byte[0])))
                .isEqualTo("empty.xlsx is empty: it is not an Excel workbook (.xlsx)");
        assertThat(messageOf(write("notes.xlsx", "Some notes\nabout the plan\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("notes.xlsx is not an Excel workbook (.xlsx); open it in Excel or LibreOffice and save it"
                        + " as an Excel workbook (.xlsx)");
        // Trial 43 F4: a copy saved as CSV was told to be saved as .xlsx, which brings back none of its hidden parts.
        Path csv = write("copy.csv", "Ref,Progress\nRec 1,50\n".getBytes(StandardCharsets.UTF_8));
        assertThat(messageOf(csv, Kind.UPDATE_COPY)).isEqualTo("copy.csv is text with its values"
                + " between commas (CSV), not an Excel workbook (.xlsx): a CSV keeps one sheet's values and none of a"
                + " workbook's hidden parts; ask for the workbook itself as it was sent (.xlsx), as the CSV saved again"
                + " as a workbook is still not one");
        assertThat(messageOf(csv)).isEqualTo("copy.csv is text with its values between commas (CSV), not an Excel"
                + " workbook (.xlsx): a CSV keeps one sheet's values and none of a workbook's hidden parts; open it in"
                + " Excel or LibreOffice and save it as an Excel workbook (.xlsx)");
        // A file of no known kind given as an owner's copy: saving it as .xlsx would bring back no hidden part either.
        assertThat(messageOf(write("notes-copy.xlsx", "Some notes\nabout the plan\n".getBytes(StandardCharsets.UTF_8)),
                Kind.UPDATE_COPY)).isEqualTo("notes-copy.xlsx is not an Excel workbook (.xlsx); ask"
                + " for the workbook itself as it was sent (.xlsx)");
        // Trial 59 F6: values between semicolons, as Excel writes CSV where the decimal mark is a comma, or tabs.
        assertThat(messageOf(write("semicolons.csv", "Ref;Progress\nRec 1;50\n".getBytes(StandardCharsets.UTF_8))))
                .startsWith("semicolons.csv is text with its values between semicolons (CSV)");
        assertThat(messageOf(write("tabs.csv", "Ref\tProgress\nRec 1\t50\n".getBytes(StandardCharsets.UTF_8))))
                .startsWith("tabs.csv is text with its values between tabs (CSV)");
        // Trial 53 F2: a copy's CSV starts with its title, quoted, its first comma past the 44th byte.
        assertThat(messageOf(write("fire-control.csv", ("\"Quarterly update for Q2 2025/26 (July-September 2025),"
                + " Fire Control's items: fill in the yellow cells\",,,\nRef,Id\n").getBytes(StandardCharsets.UTF_8))))
                .startsWith("fire-control.csv is text with its values between commas (CSV)");
        assertThat(messageOf(write("paper.xlsx", "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII))))
                .startsWith("paper.xlsx is not an Excel workbook (.xlsx): it looks like a PDF;");
        // Trial 26 F7: a plan given where a workbook goes was told to be saved from Excel.
        assertThat(messageOf(write("plan.json", "\uFEFF\n  {\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("plan.json is JSON text, such as a plan file, not an Excel workbook (.xlsx)");
    }

    @Test
    void anyBytesAtAllGetAMessageNotAStackTrace() throws Exception {
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            assertThat(messageOf(write("random" + i + ".xlsx", bytes))).startsWith("random" + i + ".xlsx ");
        }
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Updates");
            old.write(out);
        }
        assertThat(messageOf(write("old.xlsx", out.toByteArray()))).isEqualTo("old.xlsx is an Excel 97-2003 workbook"
                + " (.xls); open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)");
    }

    @Test
    void anOldOfficeFileOtherThanAWorkbookIsToldForWhatItIs() throws Exception {
        // Run 87 #10: an Outlook message saved instead of its attachment, a Word document and a file a sensitivity
        // label encrypted were each called an .xls to save as .xlsx.
        assertThat(messageOf(write("reply.msg", ole2("__substg1.0_0037001F", "__properties_version1.0"))))
                .isEqualTo("reply.msg is an Outlook message (.msg), not a workbook; open it and save the workbook"
                        + " attached to it, then give that");
        assertThat(messageOf(write("letter.xlsx", ole2("WordDocument", "1Table")))).isEqualTo("letter.xlsx is a Word"
                + " 97-2003 document (.doc), not a workbook; give the workbook");
        assertThat(messageOf(write("labelled.xlsx", ole2("EncryptedPackage", "\u0006DataSpaces"))))
                .isEqualTo("labelled.xlsx is protected with rights management (a sensitivity label or permission"
                        + " that encrypts it), so it cannot be read; ask its owner for a copy without that protection"
                        + " (a label that does not encrypt)");
        assertThat(messageOf(write("slides.xlsx", ole2("PowerPoint Document")))).isEqualTo("slides.xlsx is an old"
                + " Office file, but not an Excel workbook; give the workbook (.xlsx)");
    }

    /** A compound file of streams named {@code entries}, each holding a few bytes. */
    private static byte[] ole2(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String entry : entries) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4}), entry);
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    @Test
    void anEncryptedWorkbookIsRefusedWithHowToRemoveThePassword() throws Exception {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook());
            }
            fs.writeFilesystem(encrypted);
        }
        assertThat(messageOf(write("locked.xlsx", encrypted.toByteArray()))).isEqualTo("locked.xlsx is encrypted"
                + " (protected with a password to open), so it cannot be read; open it, remove the password (in Excel:"
                + " File > Info > Protect Workbook > Encrypt with Password) and save it again");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        byte[] good = workbook();
        assertThat(messageOf(write("cut.xlsx", Arrays.copyOf(good, good.length / 2))))
                .startsWith("cut.xlsx is damaged: it cannot be read as an Excel workbook (.xlsx) (")
                .endsWith("); open it in Excel or LibreOffice and save it again");
    }

    @Test
    void anOpenDocumentSpreadsheetSavedByLibreOfficeSaysHowToSaveItAsAWorkbook() throws Exception {
        // What LibreOffice writes where its owner answers 'Use ODF Format!' on saving: the mimetype entry first.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            for (String part : List.of("content.xml", "settings.xml")) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<office:document/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(messageOf(write("updates.xlsx", out.toByteArray()))).isEqualTo("updates.xlsx is in OpenDocument"
                + " format (.ods), as LibreOffice saves a spreadsheet where 'Use ODF Format!' is chosen on saving,"
                + " not an Excel workbook (.xlsx); open it in LibreOffice and save it with File > Save As, choosing"
                + " the file type Excel 2007-365 (.xlsx)");
    }

    @Test
    void aFlatOpenDocumentSpreadsheetSavedByLibreOfficeSaysHowToSaveItAsAWorkbookNotThatItIsAWebPage()
            throws Exception {
        // Run 79 #7: "it looks like a web page or XML file; ask for the workbook itself".
        String fods = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<office:document xmlns:office=\"urn:oasis:names"
                + ":tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\" office:mimetype=\"application/vnd.oasis"
                + ".opendocument.spreadsheet\"><office:body/></office:document>";

        assertThat(messageOf(write("updates.xlsx", fods.getBytes(StandardCharsets.UTF_8)))).isEqualTo("updates.xlsx"
                + " is in flat OpenDocument format (.fods), as LibreOffice saves a spreadsheet as one XML file, not an"
                + " Excel workbook (.xlsx); open it in LibreOffice and save it with File > Save As, choosing the file"
                + " type Excel 2007-365 (.xlsx)");
    }

    @Test
    void aZipThatIsNotAnOfficeFileIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(messageOf(write("archive.xlsx", out.toByteArray()))).isEqualTo("archive.xlsx is not an Excel"
                + " workbook (.xlsx): it is a zip file, but not one Excel writes; if it is an archive the workbook was"
                + " sent in, extract the workbook from it and give that; else open it in Excel or LibreOffice and save"
                + " it as an Excel workbook (.xlsx)");
    }

    @Test
    void aZipOfOfficePartsWithNoMainDocumentIsNotAWorkbookInTheProjectsWords() throws Exception {
        // Run 111 #5: POI's own words, "OOXML file structure broken/invalid - no core document found!".
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(messageOf(write("parts.xlsx", out.toByteArray()))).isEqualTo("parts.xlsx is damaged: it names no"
                + " part for a spreadsheet to open, as where its _rels/.rels part is broken, or it is a zip of other"
                + " parts than a workbook's; open it in Excel or LibreOffice and save it again");
    }

    @Test
    void anExcelBinaryWorkbookIsAskedToBeSavedAsAnExcelWorkbook() throws Exception {
        // Run 87 #6: read as XML, an .xlsb was "damaged", to be saved again, which in Excel keeps the format.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/xl/workbook.bin\""
                    + " ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.bin\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {(byte) 0x83, 1, 0, 0});
        }
        assertThat(messageOf(write("binary.xlsx", out.toByteArray()))).isEqualTo("binary.xlsx is an Excel Binary"
                + " Workbook (.xlsb), which is not read here; open it in Excel and save it with File > Save As,"
                + " choosing Excel Workbook (.xlsx)");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Action plan");
            document.write(out);
        }
        assertThat(messageOf(write("plan.xlsx", out.toByteArray())))
                .isEqualTo("plan.xlsx is a Word document, not an Excel workbook (.xlsx)");
    }

    /** The good workbook with its sheet's XML replaced by {@code sheet}. */
    private byte[] withSheet(SheetWriter sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aCellListedTwiceInItsRowIsDamagedNotReadAsTheLastOfThem() throws Exception {
        byte[] twice = withSheet(out -> out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ref</t></is>"
                + "</c><c r=\"B1\"><v>50</v></c><c r=\"B1\"><v>90</v></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(messageOf(write("twice.xlsx", twice))).startsWith("twice.xlsx is damaged").contains("a cell on"
                + " row 1 is at 'B1' once more, or after a cell to its right: a sheet lists a row's cells once each,"
                + " left to right");
    }

    @Test
    void aWorkbookWithoutItsWorkbookPartIsDamagedSayingSoNotNamingPoisFields() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals("xl/workbook.xml")) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }

        assertThat(messageOf(write("partless.xlsx", out.toByteArray()))).isEqualTo("partless.xlsx is damaged: it"
                + " cannot be read as an Excel workbook (.xlsx) (a part every workbook has, such as xl/workbook.xml,"
                + " is missing); open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aSheetOfMoreTextThanAnyPlansWorkbookIsRefusedBeforeItsRowsAreHeld() throws Exception {
        // A thousand rows of a full cell each, 32.8 million characters in all, compressing about 80:1 as a hostile
        // file's text does: each row alone is within every limit.
        java.util.Random random = new java.util.Random(7);
        byte[] wordy = withSheet(out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int row = 1; row <= 1_000; row++) {
                StringBuilder full = new StringBuilder(33_000);
                while (full.length() < 32_767) {
                    full.append("x".repeat(600)).append(random.nextInt(100_000_000));
                }
                out.write(("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>"
                        + full.substring(0, 32_767) + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(messageOf(write("wordy.xlsx", wordy))).isEqualTo("wordy.xlsx is too large to read as a workbook"
                + " of a plan: it holds more than 32,000,000 characters of text (sheet 'Updates', cell A977 is past"
                + " that), far more than a workbook of a plan needs; delete the rows, columns and sheets it does not"
                + " need (or copy the rows it needs into a new workbook) and save it again");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = withSheet(out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(messageOf(write("bomb.xlsx", bomb))).isEqualTo("bomb.xlsx is refused: its sheet 'Updates'"
                + " (xl/worksheets/sheet1.xml) expands to more than 100 times its stored size, past 32 MB, as a zip"
                + " bomb does; if it is a real workbook, open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aMillionRowsAreRefusedWithoutReadingThemAll() throws Exception {
        byte[] huge = withSheet(out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(1);
            StringBuilder rows = new StringBuilder();
            for (int r = 1; r <= 1_048_576; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                        .append(random.nextInt(1000)).append("</v></c></row>");
                if (rows.length() > 1 << 16) {
                    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                    rows.setLength(0);
                }
            }
            out.write(rows.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
        });
        List<Integer> seen = new ArrayList<>();
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(write("million.xlsx", huge), Kind.TRACKER)) {
            assertThatThrownBy(() -> workbook.readSheet("Updates", 10_000, (row, cells) -> seen.add(row)))
                    .isInstanceOf(InvalidWorkbookException.class)
                    .hasMessage("million.xlsx has more than 10,000 rows on its sheet 'Updates', more than a workbook"
                            + " of a plan has: give the right file, or delete the rows below its own (pasted, or"
                            + " filled down past them) and save it again");
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void aWorkbookLinkedToAnotherIsOpenedWithAWarningThatNoLinkIsFollowed() throws Exception {
        // Run 87 #2: a formula pasted from another file into an owner's own notes refused the whole copy.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook linked = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Data");
            linked.linkExternalWorkbook("other.xlsx", other);
            linked.createSheet("Updates").createRow(0).createCell(0).setCellFormula("[other.xlsx]Data!A1");
            linked.write(out);
        }
        Path file = write("linked.xlsx", out.toByteArray());

        assertThat(messageOf(file, Kind.UPDATE_COPY)).isEqualTo("opened");
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, Kind.UPDATE_COPY)) {
            assertThat(workbook.externalLinks()).map(WorkbookProblem::toString).contains("warning: links to"
                    + " other workbooks (a formula pasted from another file takes its values from there): each cell"
                    + " is read as it was last saved, and no link is followed; if a value should come from the other"
                    + " file as it is now, update the links, or break them to keep the values (in Excel: Data > Edit"
                    + " Links; in LibreOffice: Edit > Links to External Files), save it and read it again");
        }
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(write("plain.xlsx", workbook()), Kind.UPDATE_COPY)) {
            assertThat(workbook.externalLinks()).isEmpty();
        }
    }

    @Test
    void aMissingSheetNamesTheSheetsThereAre() throws Exception {
        try (XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            other.createSheet("Tracker");
            other.createSheet("Lists");
            other.write(out);
            assertThat(messageOf(write("tracker.xlsx", out.toByteArray())))
                    .isEqualTo("tracker.xlsx has no sheet named 'Updates'; its sheets are 'Tracker', 'Lists': if one"
                            + " of them is 'Updates' renamed, name it 'Updates' again and save the file");
        }
    }

    @Test
    void aMissingSheetNamesTenOfTheSheetsThereAreAndHowManyMore() throws Exception {
        try (XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= 25; i++) {
                other.createSheet("Q" + i);
            }
            other.write(out);
            assertThat(messageOf(write("tracker.xlsx", out.toByteArray()))).isEqualTo("tracker.xlsx has no sheet"
                    + " named 'Updates'; its sheets are 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'"
                    + " and 15 more: if one of them is 'Updates' renamed, name it 'Updates' again and save the file");
        }
    }

    @Test
    void theUserModelOfASmallWorkbookLoadsAndALargeOneIsRefusedFirst() throws Exception {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(write("small.xlsx", workbook()), Kind.TRACKER);
                XSSFWorkbook model = workbook.userModel(10)) {
            assertThat(model.getSheet("Updates").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ref");
        }
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(write("small2.xlsx", workbook()), Kind.TRACKER)) {
            assertThatThrownBy(() -> workbook.userModel(0)).hasMessageContaining("has more than 0 rows");
        }
    }

    @Test
    void openingNeverChangesTheFile() throws Exception {
        byte[] bytes = workbook();
        Path file = write("kept.xlsx", bytes);
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, Kind.TRACKER)) {
            workbook.readSheet("Updates", 10, (row, cells) -> { });
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
