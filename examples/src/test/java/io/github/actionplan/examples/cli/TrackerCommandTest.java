package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actionplan tracker}: the example trackers read into plans, the mapping saved and given
 * back, and every kind of bad input refused with one clear line, exit 1 and nothing written.
 */
class TrackerCommandTest {

    private static final Path TRACKERS = Path.of(System.getProperty("user.dir")).resolve("trackers");
    private static final String MERSEYSIDE = TRACKERS.resolve("merseyside-tracker.xlsx").toString();
    private static final String DERBYSHIRE = TRACKERS.resolve("derbyshire-tracker.xlsx").toString();

    @TempDir
    Path folder;

    @Test
    void theMerseysideTrackerIsReadPrintingTheMappingAndASummary() throws IOException {
        Path out = folder.resolve("merseyside.json");
        Cli.Result result = Cli.run("tracker", MERSEYSIDE, "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).startsWith("Mapping: sheet 'Action plan', headers in row 6",
                "  A  Ref. No.                             ref");
        assertThat(result.outLines()).contains(
                "  L  Link to CRMP                         (ignored)",
                "Read Merseyside Fire and Rescue Service: Draft HMICFRS Report 2023 Action Plan",
                "  5 areas for improvement, 24 sub-actions; ignored columns: L (Link to CRMP), M (Sort key)",
                "  status at 30 Jun 2025: On track 0, At risk 0, Off track 4, Complete 1",
                "Plan written to " + out);
        ActionPlan plan = PlanJson.read(out);
        assertThat(plan.recommendations()).hasSize(5);
    }

    @Test
    void anIgnoredColumnWithNoHeaderIsSaidToHaveNoneNotGivenEmptyBrackets() throws IOException {
        // Trial 50 F9: a stray cell in column XFD was listed as "XFD ()".
        String file = Files.write(folder.resolve("tracker.xlsx"), workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            org.apache.poi.xssf.usermodel.XSSFRow header = sheet.createRow(2);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Recommendation");
            header.createCell(2).setCellValue("Owner");
            org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(3);
            row.createCell(0).setCellValue("AFI 1");
            row.createCell(1).setCellValue("The service should improve X.");
            row.createCell(2).setCellValue("Prevention");
            row.createCell(16_383).setCellValue("stray");
        })).toString();

        Cli.Result result = Cli.run("tracker", file, "--as-of", "2026-06-30", "--out",
                folder.resolve("plan.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).endsWith("; ignored columns: XFD (no"
                + " header)"));
    }

    @Test
    void aTrackerWhoseActionsAreNotReadAndWhoseRecommendationsAreDatedByThemSaysSoInItsSummaryAndWarnings()
            throws IOException {
        String file = Files.write(folder.resolve("tracker.xlsx"), workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            sheet.createRow(1).createCell(0).setCellValue("Position at 30/06/2026");
            Object[][] rows = {
                    {"Rec No.", "Finding", "Our plan", "Deadline", "% complete"},
                    {"AFI 1", "The service should improve X."},
                    {"1.1", null, "Review the policy", "31/03/2026", 50},
                    {"1.2", null, "Train the managers", "31/03/2027", 20},
                    {"AFI 2", "The service should improve Y."},
                    {"2.1", null, "Audit the premises", "30/04/2026", 10},
                    {"2.2", null, "Publish the results", "31/12/2026", 0},
            };
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(r + 3);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (rows[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    }
                }
            }
        })).toString();
        Path out = folder.resolve("plan.json");

        Cli.Result result = Cli.run("tracker", file, "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains(
                "  2 areas for improvement, 4 sub-actions (none with a description); ignored columns: C (Our plan)",
                "  status at 30 Jun 2026: On track 2, At risk 0, Off track 0, Complete 0; with --roll-up"
                        + " worst-sub-action: On track 0, At risk 0, Off track 2, Complete 0");
        assertThat(result.out()).as("its statuses are core's words").doesNotContain("statuses named");
        assertThat(result.errLines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith(file + ": warning: Tracker!C4: column C, 'Our plan', is not read,"
                        + " as its header names nothing a plan holds, though it holds text on 4 of the 6 rows read"),
                line -> assertThat(line).startsWith(file + ": warning: Tracker!D4: 2 of the 2 recommendations have no"
                        + " timescale of their own"));
    }

    @Test
    void theDerbyshireTrackerWhoseActionsAreCountedNotDatedGetsTheDefaultRollUpsCountsAlone() throws IOException {
        Path out = folder.resolve("derbyshire.json");

        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--out", out.toString());

        // Its undated actions are on track, so the worst of them finds no more off track: no alternative to show.
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains(
                "  20 recommendations, 58 sub-actions (none with a description); ignored columns: none",
                "  statuses named as the tracker names them: 'Open - Actions on going on track' for On track,"
                        + " 'Open - Actions on going off track' for Off track, 'Completed - Actions done' for Complete"
                        + " (the plan's statusLabels; edit them there to rename)",
                "  status at 1 Nov 2023: Open - Actions on going on track 3, At risk 0, Open - Actions on going off"
                        + " track 15, Completed - Actions done 2");
    }

    @Test
    void aSavedMappingGivenBackReadsTheSamePlan() throws IOException {
        Path map = folder.resolve("map.json");
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        assertThat(Cli.run("tracker", DERBYSHIRE, "--save-mapping", map.toString(), "--out", first.toString())
                .exitCode()).isZero();

        Cli.Result again = Cli.run("tracker", DERBYSHIRE, "--mapping", map.toString(), "--out", second.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(map)).contains("\"field\" : \"subActionCount\"");
    }

    @Test
    void aTrackerKeptAsASheetPerDirectorateIsReadAsOnePlanAndTheSummaryNamesTheSheetsRead() throws IOException {
        Path tracker = folder.resolve("directorates.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(tracker)) {
            String[] directorates = {"Prevention", "Protection", "Response"};
            for (int i = 0; i < directorates.length; i++) {
                XSSFSheet sheet = workbook.createSheet(directorates[i]);
                sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service – HMICFRS"
                        + " tracker – " + directorates[i]);
                sheet.createRow(1).createCell(0).setCellValue("Position at 30/06/2026");
                String[][] rows = {{"Ref", "Finding", "Action", "Owner"},
                        {"AFI " + (i + 1), "Finding " + (i + 1), "Do " + (i + 1), directorates[i]}};
                for (int r = 0; r < rows.length; r++) {
                    var row = sheet.createRow(3 + r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(file);
        }
        Path map = folder.resolve("map.json");
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");

        Cli.Result result = Cli.run("tracker", tracker.toString(), "--save-mapping", map.toString(), "--out",
                first.toString());
        Cli.Result again = Cli.run("tracker", tracker.toString(), "--mapping", map.toString(), "--out",
                second.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).startsWith("Mapping: sheets 'Prevention', 'Protection' and 'Response', headers"
                + " in row 4");
        assertThat(result.outLines()).contains("Read Anyshire Fire and Rescue Service: HMICFRS tracker",
                "  3 areas for improvement, 3 sub-actions; ignored columns: none",
                "  from 3 sheets, in this order: 'Prevention', 'Protection' and 'Response'");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void columnsAMappingLeavesOutAreSummarisedAsIgnoredAndWarnedOfNotDroppedUnsaid() throws IOException {
        Path map = folder.resolve("map.json");
        Files.writeString(map, """
                { "sheet": "Appendix 1", "headerRow": 8,
                  "columns": [ {"column": "A", "header": "Ref", "field": "ref"},
                               {"column": "B", "header": "Summary", "field": "finding"} ] }
                """);
        Path out = folder.resolve("plan.json");

        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--mapping", map.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains("  C  Sub actions    (ignored)",
                "  20 recommendations, 0 sub-actions; ignored columns: C (Sub actions), D (Deadline date),"
                        + " E (Status), F (Overall %)");
        assertThat(result.err()).contains(DERBYSHIRE + ": warning: 'Appendix 1'!C8: the mapping does not list"
                + " columns C ('Sub actions', data from C9), D ('Deadline date', data from D9), E ('Status', data"
                + " from E9) and F ('Overall %', data from F9), so they are not read");
    }

    @Test
    void aTrackerOfHundredsOfColumnsIgnoredListsTheFirstTwentyAndCountsTheRest() throws IOException {
        // Trial 36 F12: a sheet 16,384 cells wide printed a line for each.
        Path tracker = folder.resolve("wide.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(tracker)) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service HMICFRS tracker");
            var header = sheet.createRow(2);
            var item = sheet.createRow(3);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Recommendation");
            header.createCell(2).setCellValue("Owner");
            item.createCell(0).setCellValue("AFI 1");
            item.createCell(1).setCellValue("The service should improve.");
            item.createCell(2).setCellValue("Protection");
            for (int c = 3; c < 303; c++) {
                header.createCell(c).setCellValue("Misc " + c);
            }
            workbook.write(file);
        }

        Cli.Result result = Cli.run("tracker", tracker.toString(), "--out", folder.resolve("plan.json").toString());

        assertThat(result.outLines()).filteredOn(line -> line.endsWith("(ignored)")).hasSize(20);
        assertThat(result.outLines()).contains("  and 280 more columns ignored (--save-mapping lists every one)");
    }

    @Test
    void asOfGivesThePlanItsReportingDate() throws IOException {
        Path out = folder.resolve("plan.json");
        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--as-of", "2024-04-01", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(PlanJson.read(out).asOf()).contains(java.time.LocalDate.of(2024, 4, 1));
        assertThat(result.outLines()).anyMatch(l -> l.startsWith("  status at 1 Apr 2024: "));
    }

    @Test
    void languageGivesThePlanTheLanguageOfItsTextsAndAWordThatIsNoTagIsRefusedBeforeTheTrackerIsRead()
            throws IOException {
        // Trial 45 F1: a Welsh service's plan had no way to say its texts are Welsh but hand-written JSON.
        Path out = folder.resolve("plan.json");
        Cli.Result welsh = Cli.run("tracker", DERBYSHIRE, "--language", "cy", "--out", out.toString());
        Cli.Result word = Cli.run("tracker", DERBYSHIRE, "--language", "Welsh", "--out", folder.resolve("not.json")
                .toString());

        assertThat(welsh.exitCode()).isZero();
        assertThat(PlanJson.read(out).language()).contains("cy");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).contains("Invalid value for option '--language': 'Welsh' is not a language tag (IETF"
                + " BCP 47), such as 'cy' for Welsh, 'cy-GB' or 'en-GB'");
        assertThat(folder.resolve("not.json")).doesNotExist();
    }

    @Test
    void aMappingWithMistakesListsEveryOneAndWritesNothing() throws IOException {
        String map = Cli.write(folder, "map.json", """
                { "sheet": "Appendix 1", "headerRow": 0, "colour": "red",
                  "columns": [ { "column": "A", "field": "ref" }, { "column": "B", "field": "findng" } ] }
                """);
        Path out = folder.resolve("plan.json");
        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--mapping", map, "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                map + ": /colour: unknown key 'colour'; the allowed keys are columns, headerRow, kind,"
                        + " organisation, sheet, sheets, source, title",
                map + ": /headerRow: '0' is not a row number; give the 1-based number of the row holding the column"
                        + " headers",
                map + ": /columns/1/field: 'findng' is not a field (did you mean finding?); use one of ref, kind,"
                        + " reportPage, pillar,"
                        + " causeOfConcern, finding, requiredOutcomes, action, actionRef, subActionCount, owner,"
                        + " actionOwner, due, revisedDue, progress, rag, completedOn, update, notes or ignore",
                map + ": not a usable tracker mapping (3 errors)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMappingNamingAMissingSheetSaysWhichSheetsThereAre() throws IOException {
        String map = Cli.write(folder, "map.json", """
                { "sheet": "Tracker", "headerRow": 8, "columns": [ { "column": "A", "field": "ref" } ] }
                """);
        assertRefused(Cli.run("tracker", DERBYSHIRE, "--mapping", map, "--out", folder.resolve("p.json").toString()),
                DERBYSHIRE + ": has no sheet named 'Tracker'; its sheets are 'Appendix 1'. Correct \"sheet\" in"
                        + " the mapping");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        String file = Cli.write(folder, "tracker.xlsx", "Ref,Action\n1,Do it\n");
        assertRefused(run(file), file + ": is text with its values between commas (CSV), not an Excel workbook"
                + " (.xlsx): a CSV keeps one sheet's values and none of a workbook's hidden parts; open it in Excel or"
                + " LibreOffice and save it as an Excel workbook (.xlsx)");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(Path.of(DERBYSHIRE)));
            }
            fs.writeFilesystem(encrypted);
        }
        String file = Files.write(folder.resolve("locked.xlsx"), encrypted.toByteArray()).toString();
        assertRefused(run(file), file + ": is encrypted (protected with a password to open), so it cannot be"
                + " read; open it, remove the password (in Excel: File > Info > Protect Workbook > Encrypt with"
                + " Password) and save it again");
    }

    @Test
    void aCorruptWorkbookIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(Path.of(MERSEYSIDE));
        String file = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(good, good.length / 2)).toString();
        Cli.Result result = run(file);
        assertRefused(result, result.err().strip());
        assertThat(result.err()).startsWith(file + ": is damaged: it cannot be read as an Excel workbook (.xlsx)");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        String file = Files.write(folder.resolve("bomb.xlsx"), withSheetXml(out -> {
            out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        })).toString();
        assertRefused(run(file), file + ": is refused: its sheet 'Tracker' (xl/worksheets/sheet1.xml) expands"
                + " to more than 100 times its stored size, past 32 MB, as a zip bomb does; if it is a real workbook,"
                + " open it in Excel or LibreOffice and save it again");
    }

    @Test
    void aMillionRowsAreRefused() throws IOException {
        String file = Files.write(folder.resolve("million.xlsx"), withSheetXml(out -> {
            out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder rows = new StringBuilder();
            for (int r = 1; r <= 1_048_576; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r % 997)
                        .append("</v></c></row>");
                if (rows.length() > 1 << 16) {
                    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                    rows.setLength(0);
                }
            }
            out.write(rows.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
        })).toString();
        Cli.Result result = run(file);
        assertRefused(result, result.err().strip());
        assertThat(result.err()).startsWith(file + ": has more than 20,000 rows on its sheet 'Tracker', more than a"
                + " tracker has");
    }

    @Test
    void aWorkbookWithNoTrackerHeaderIsRefused() throws IOException {
        String file = Files.write(folder.resolve("budget.xlsx"), workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Budget 2025/26");
            sheet.createRow(2).createCell(0).setCellValue("Cost centre");
            sheet.getRow(2).createCell(1).setCellValue("Amount");
        })).toString();
        assertRefused(run(file), file + ": has no row of column headers a tracker has, in the first 30 rows of"
                + " the sheet 'Tracker'; a tracker's header row names a reference column (Ref, Ref. No., Rec No.) and at"
                + " least two others (Recommendation, Action, Owner, Target date, % complete, RAG, Update), or give a"
                + " mapping with --mapping");
    }

    @Test
    void rowsWithProblemsAreEachNamedByTheirCellAndNothingIsWritten() throws IOException {
        String file = Files.write(folder.resolve("tracker.xlsx"), workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            String[] headers = {"Ref", "Recommendation", "Action", "Target date", "% complete"};
            org.apache.poi.xssf.usermodel.XSSFRow header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            sheet.createRow(3).createCell(0).setCellValue("AFI 1");
            sheet.getRow(3).createCell(1).setCellValue("The service should do better.");
            sheet.getRow(3).createCell(2).setCellValue("Do better");
            sheet.getRow(3).createCell(3).setCellValue("Dec 2024");
            sheet.getRow(3).createCell(4).setCellValue("lots");
        })).toString();
        Path out = folder.resolve("plan.json");

        Cli.Result result = Cli.run("tracker", file, "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                file + ": Tracker!E4 (AFI 1): 'lots' is not a percentage; type a number from 0 to 100, such as"
                        + " 50 or 50%",
                file + ": not read into a plan (1 error); nothing written to " + out);
        assertThat(out).doesNotExist();
    }

    @Test
    void theOutputMayNotOverwriteTheTracker() {
        Cli.Result result = Cli.run("tracker", MERSEYSIDE, "--out", MERSEYSIDE);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out " + MERSEYSIDE + ": is the input file " + MERSEYSIDE
                + ", which is never overwritten; name a new file");
    }

    @Test
    void theMappingIsNeitherSavedOverTheMappingReadNorOverThePlan() throws IOException {
        Path map = folder.resolve("map.json");
        Cli.run("tracker", DERBYSHIRE, "--save-mapping", map.toString(), "--out", folder.resolve("a.json").toString());
        String given = Files.readString(map);
        Path plan = folder.resolve("plan.json");

        Cli.Result overMapping = Cli.run("tracker", DERBYSHIRE, "--mapping", map.toString(), "--save-mapping",
                map.toString(), "--out", plan.toString());
        Cli.Result overPlan = Cli.run("tracker", DERBYSHIRE, "--save-mapping", plan.toString(), "--out",
                plan.toString());

        assertThat(overMapping.errLines()).containsExactly("--save-mapping " + map + ": is the input file " + map
                + ", which is never overwritten; name a new file");
        assertThat(overPlan.errLines()).containsExactly("--save-mapping " + plan + ": is --out too, where the plan"
                + " is written; name another file for the mapping");
        assertThat(List.of(overMapping.exitCode(), overPlan.exitCode())).as("usage errors").containsOnly(2);
        assertThat(Files.readString(map)).isEqualTo(given);
        assertThat(plan).doesNotExist();
    }

    @Test
    void aPlanOrMappingAlreadyThereIsWrittenOverOnlyWithReplace() throws IOException {
        Path map = folder.resolve("map.json");
        Path plan = folder.resolve("plan.json");
        Path fresh = folder.resolve("fresh.json");
        Files.writeString(plan, "the plan in use");
        Files.writeString(map, "a mapping corrected by hand");

        Cli.Result overPlan = Cli.run("tracker", DERBYSHIRE, "--out", plan.toString());
        Cli.Result overMapping = Cli.run("tracker", DERBYSHIRE, "--save-mapping", map.toString(), "--out",
                fresh.toString());

        assertThat(overPlan.exitCode()).isEqualTo(2);
        assertThat(overPlan.errLines()).singleElement().asString().startsWith("--out " + plan + ": is already there"
                + " (last changed ").endsWith("), and may be the plan onboarded before and updated since; it is not"
                + " written over. Give another name, or --replace to write over it");
        assertThat(overMapping.exitCode()).isEqualTo(2);
        assertThat(overMapping.errLines()).singleElement().asString().contains("--save-mapping " + map + ": is already"
                + " there", "and may be a mapping corrected by hand; it is not written over");
        assertThat(Files.readString(plan)).isEqualTo("the plan in use");
        assertThat(Files.readString(map)).isEqualTo("a mapping corrected by hand");
        assertThat(fresh).doesNotExist();

        Cli.Result replaced = Cli.run("tracker", DERBYSHIRE, "--save-mapping", map.toString(), "--out",
                plan.toString(), "--replace");

        assertThat(replaced.exitCode()).isZero();
        assertThat(PlanJson.read(plan).recommendations()).hasSize(20);
        assertThat(Files.readString(map)).contains("\"field\" : \"subActionCount\"");
    }

    @Test
    void aReadOnlyPlanIsNotWrittenOverEvenWithReplace() throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.json"), "the plan in use");
        assertThat(plan.toFile().setWritable(false, false)).isTrue();

        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--out", plan.toString(), "--replace");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains(": is already there", ", read-only (r--r--r--),"
                + " and may be the plan onboarded before and updated since; it is not written over, even with"
                + " --replace. Give another name, or make it writable first if it is to be replaced");
        assertThat(Files.readString(plan)).isEqualTo("the plan in use");
    }

    @Test
    void aMappingThatIsNotUtf8OrIsFarTooLargeIsRefusedSayingWhereAndWhatToDo() throws IOException {
        Path latin1 = Files.write(folder.resolve("latin1.json"), "{\n  \"sheet\": \"Caf\u00e9\"\n}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path huge = Files.writeString(folder.resolve("huge.json"), "{\"title\": \"" + "x".repeat(2_000_000) + "\"}");

        Cli.Result notUtf8 = Cli.run("tracker", DERBYSHIRE, "--mapping", latin1.toString(), "--out",
                folder.resolve("a.json").toString());
        Cli.Result tooLarge = Cli.run("tracker", DERBYSHIRE, "--mapping", huge.toString(), "--out",
                folder.resolve("b.json").toString());

        assertThat(notUtf8.exitCode()).isEqualTo(1);
        assertThat(notUtf8.errLines()).singleElement().asString().startsWith(latin1 + ": ")
                .contains("the mapping is not UTF-8", "line 2, column 16"); // trial 36 F13: not "the plan"
        assertThat(tooLarge.errLines()).containsExactly(huge + ": is more than 1024 KiB, where a mapping is a few;"
                + " give the mapping --save-mapping wrote, corrected");
    }

    @Test
    void aWorkbookGivenAsTheMappingIsToldToBeOneNotThePlan() {
        // Trial 27 M6: "/: the plan is a zip file ... give the plan's JSON file".
        Cli.Result result = Cli.run("tracker", DERBYSHIRE, "--mapping", MERSEYSIDE, "--out",
                folder.resolve("a.json").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(MERSEYSIDE + ": is a zip file, such as an Excel workbook, not a"
                + " mapping's JSON text; give the mapping JSON that --save-mapping wrote (the tracker itself comes"
                + " first)");
    }

    @Test
    void aTrackerOfMoreErrorsThanAreListedIsCountedWithEveryErrorFound() throws IOException {
        Path tracker = folder.resolve("flood.xlsx");
        Files.write(tracker, workbook(sheet -> {
            String[] header = {"Ref", "Recommendation", "Action", "% complete"};
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service – HMICFRS tracker");
            var top = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 2; r < 1_502; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Rec " + r);
                row.createCell(1).setCellValue("Finding " + r);
                row.createCell(2).setCellValue("Action " + r);
                row.createCell(3).setCellValue("lots");
            }
        }));

        Cli.Result result = run(tracker.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1_002);
        assertThat(result.errLines().get(1_000)).isEqualTo(tracker + ": 500 more errors are not listed: the first"
                + " 1,000 are; correct those and read the tracker again");
        assertThat(result.errLines().getLast()).isEqualTo(tracker + ": not read into a plan (1,500 errors); nothing"
                + " written to " + folder.resolve("plan.json"));
    }

    private Cli.Result run(String tracker) {
        return Cli.run("tracker", tracker, "--out", folder.resolve("plan.json").toString());
    }

    private void assertRefused(Cli.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(message.endsWith("; nothing written") ? message
                : message + "; nothing written");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(folder.resolve("plan.json")).doesNotExist();
    }

    private interface SheetBuilder {
        void build(XSSFSheet sheet);
    }

    private static byte[] workbook(SheetBuilder builder) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(workbook.createSheet("Tracker"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private interface XmlWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A one-sheet workbook whose sheet XML is {@code sheet}. */
    private static byte[] withSheetXml(XmlWriter sheet) throws IOException {
        byte[] plain = workbook(s -> s.createRow(0).createCell(0).setCellValue("Ref"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
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
}
