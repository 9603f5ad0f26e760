package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryReportInEveryFormatFoundAndPrintsEachPath() {
        String plan = Cli.seed(folder, "derbyshire-2023-11-01.json");
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", plan, "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                out.resolve("derbyshire-2023-11-01-summary.md").toString(),
                out.resolve("derbyshire-2023-11-01-action-plan.md").toString(),
                out.resolve("derbyshire-2023-11-01-exceptions.md").toString(),
                out.resolve("derbyshire-2023-11-01-owners.md").toString());
        assertThat(out.resolve("derbyshire-2023-11-01-summary.md")).content(StandardCharsets.UTF_8)
                .startsWith("# HMICFRS Area For Improvement Summary Report\n\n"
                        + "Derbyshire Fire \\& Rescue Service, as of 1 November 2023\n");
    }

    @Test
    void aLinkOrAReadOnlyFileWhereAReportGoesIsToldAndNothingIsWritten() throws IOException {
        // Trial 50 F2, F3: a link placed in the folder wrote the report over the plan; a read-only report was
        // replaced without a word.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        byte[] before = Files.readAllBytes(plan);
        Path out = Files.createDirectories(folder.resolve("reports"));
        Path link = Files.createSymbolicLink(out.resolve("merseyside-2025-q1-summary.md"), plan);
        Path hard = Files.createLink(out.resolve("merseyside-2025-q1-owners.md"), plan);
        Path kept = Files.writeString(out.resolve("merseyside-2025-q1-exceptions.md"), "approved");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", plan.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                link + ": is a symbolic link to " + plan + ", which a file named in a folder is never written through,"
                        + " as it would write over the file the link names; remove the link, or give another folder",
                kept + ": is already there, read-only (r--r--r--), and is not written over; make it writable first"
                        + " if it is to be replaced, or give another folder",
                hard + ": is the input file " + plan + " by another name (a hard link), which is never overwritten;"
                        + " remove it, or give another folder",
                "nothing written");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(kept).hasContent("approved");
        assertThat(out.resolve("merseyside-2025-q1-action-plan.md")).doesNotExist();
    }

    @Test
    void reportsOpenInWordExcelOrLibreOfficeAreToldAndNothingIsWritten() throws IOException {
        // Run 102 #2: a report open in Word, its lock file beside it, was replaced unsaid, and saved over from Word.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        Path out = Files.createDirectories(folder.resolve("reports"));
        Path docx = Files.writeString(out.resolve("merseyside-2025-q1-summary.docx"), "commentary");
        Path xlsx = Files.writeString(out.resolve("merseyside-2025-q1-summary.xlsx"), "commentary");
        Files.write(out.resolve("~$rseyside-2025-q1-summary.docx"), new byte[162]);
        Files.writeString(out.resolve(".~lock.merseyside-2025-q1-summary.xlsx#"), "Ann Smith,ann,LAPTOP-1,;");

        Cli.Result result = Cli.run("render", plan.toString(), "--report", "summary", "--format", "docx",
                "--format", "xlsx", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(docx + ": is open in Word, so is not written over: what is"
                + " typed in it would be lost, or saved over the new one; close it, or give another folder (where it"
                + " is open nowhere, its lock file ~$rseyside-2025-q1-summary.docx was left by a crash: delete that)",
                xlsx + ": is open in LibreOffice, by 'Ann Smith', so is not written over: what is typed in it would be"
                + " lost, or saved over the new one; close it, or give another folder (where it is open nowhere, its"
                + " lock file .~lock.merseyside-2025-q1-summary.xlsx# was left by a crash: delete that)",
                "nothing written");
        assertThat(docx).hasContent("commentary");
        assertThat(xlsx).hasContent("commentary");
    }

    @Test
    void byDefaultUsesEveryRendererOnTheClassPath() throws IOException {
        List<String> formats = ReportRenderers.load().formats();
        assertThat(formats).containsExactly("docx", "html", "md", "pdf", "xlsx");
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("render", Cli.seed(folder, "merseyside-2025-q1.json"), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(ReportTemplates.NAMES.size() * formats.size());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(ReportTemplates.NAMES.size() * formats.size())
                    .contains("merseyside-2025-q1-summary.md", "merseyside-2025-q1-action-plan.html");
        }
    }

    @Test
    void theRegisterIsOneExcelTableOfTheSameNameAndColumnsEveryQuarterWithTypedValues() throws IOException {
        // Run 132 #1, #2: a query built on one quarter's workbook found other names and statuses with reasons.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        List<List<String>> shapes = new ArrayList<>();
        for (String asOf : List.of("2025-06-30", "2025-09-30")) {
            Path out = folder.resolve(asOf);
            Cli.Result result = Cli.run("render", plan, "--report", "register", "--format", "xlsx", "--as-of", asOf,
                    "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.outLines()).containsExactly(out.resolve("merseyside-2025-q1-register.xlsx").toString());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve(
                    "merseyside-2025-q1-register.xlsx").toFile())) {
                var table = workbook.getTable("Register");
                var sheet = table.getXSSFSheet();
                var header = sheet.getRow(table.getStartRowIndex());
                List<String> shape = new ArrayList<>(List.of(sheet.getSheetName(), table.getName()));
                header.forEach(cell -> shape.add(cell.getStringCellValue()));
                shapes.add(shape);
                var first = sheet.getRow(table.getStartRowIndex() + 1);
                assertThat(first.getCell(7).getStringCellValue()).doesNotContain("\n");
                assertThat(first.getCell(13).getLocalDateTimeCellValue().toLocalDate()).hasToString(asOf);
                assertThat(table.getEndRowIndex() - table.getStartRowIndex()).isGreaterThan(5);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
        assertThat(shapes.get(0)).isEqualTo(shapes.get(1)).startsWith("Register", "Register", "Organisation", "Ref",
                "Sub-action");
    }

    @Test
    void theRegisterAskedForBesideAllIsWrittenWithTheReportsAllWrites() {
        // Run 134 #2: all, which does not write the register, swallowed it.
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--report", "all,register", "--format", "md", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).extracting(line -> Path.of(line).getFileName().toString()).containsExactly(
                "merseyside-2025-q1-summary.md", "merseyside-2025-q1-action-plan.md",
                "merseyside-2025-q1-exceptions.md", "merseyside-2025-q1-owners.md", "merseyside-2025-q1-register.md");
    }

    @Test
    void aReportingDateBeforeThePlansPeriodIsWarnedOfAsTheReportsAreWritten() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", plan, "--report", "summary", "--format", "MD",
                "--as-of", "2025-03-31", "--out", folder.resolve("reports").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).singleElement().asString().startsWith(plan + ": warning: --as-of 31 Mar 2025 is"
                + " before the period the plan reports on, Q1 2025/26");
    }

    @Test
    void writesOnlyTheReportsAndFormatsAskedForInTheOrderAsked() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--report", "exceptions,summary", "--format", "MD", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                out.resolve("merseyside-2025-q1-exceptions.md").toString(),
                out.resolve("merseyside-2025-q1-summary.md").toString());
    }

    @Test
    void aCharacterThePdfsOwnFontsLackIsWarnedOfWithTheOptionThatAddsAFont() throws IOException {
        Path plan = chinese(folder);

        Cli.Result result = Cli.run("render", plan.toString(), "--report", "summary", "--format", "pdf", "--out",
                folder.resolve("reports").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("no font has a glyph for U+6D88").contains("Add a font that has it with"
                + " --font FILE_OR_FOLDER").doesNotContain("RenderOptions");
    }

    @Test
    void aFontGivenWithFontDrawsWhatThePdfsOwnFontsLack() throws IOException {
        Path noto = Path.of("/usr/share/fonts/opentype/noto");
        Assumptions.assumeTrue(Files.isDirectory(noto), "Debian's fonts-noto-cjk is not installed; .ci/run installs it");
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("render", chinese(folder).toString(), "--report", "summary", "--format", "pdf",
                "--font", noto.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).doesNotContain("no font has a glyph");
        assertThat(out.resolve("chinese-summary.pdf")).isNotEmptyFile();
    }

    @Test
    void aFontThatIsNotThereIsAUsageError() {
        Path missing = folder.resolve("fonts");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"), "--font",
                missing.toString(), "--out", folder.resolve("reports").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--font " + missing + ": no such file or folder; give a font file (.ttf,"
                + " .otf, .ttc) or a folder of them");
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    @Test
    void aFileThatIsNoFontOrAFolderOfNoneIsAUsageErrorBeforeAnythingIsRendered() throws IOException {
        Path notAFont = Files.writeString(folder.resolve("fake.ttf"), "not a font");
        Path empty = Files.createDirectories(folder.resolve("empty-fonts"));

        for (Path font : List.of(notAFont, empty)) {
            Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                    "--font", font.toString(), "--out", folder.resolve("reports").toString());

            assertThat(result.exitCode()).as(font.toString()).isEqualTo(2);
            assertThat(result.err()).contains("--font " + font + ": " + (font.equals(empty) ? "the folder holds no font"
                    + " file" : "is not a TrueType or OpenType font") + "; give a font file (.ttf, .otf, .ttc) or a"
                    + " folder of them");
        }
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    @Test
    void aFontFileCutShortIsAUsageErrorNotLeftOutUnsaid() throws IOException {
        // Trial 36 F14: six bytes of a TrueType header, or half a font, were taken and never used.
        Path cut = Files.write(folder.resolve("cut.ttf"), new byte[] {0, 1, 0, 0, 0, 16});

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--font", cut.toString(), "--out", folder.resolve("reports").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--font " + cut + ": starts as a font but cannot be read as one (cut short in"
                + " a download, or damaged); give a font file (.ttf, .otf, .ttc) or a folder of them");
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    /** The Merseyside plan titled in Chinese as well, which no font of the PDF renderer's own draws. */
    private static Path chinese(Path folder) throws IOException {
        Path seed = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        Path plan = folder.resolve("chinese.json");
        Files.writeString(plan, Files.readString(seed).replaceFirst("\"title\": \"", "\"title\": \"消防 "));
        return plan;
    }

    @Test
    void asOfSetsTheReportingDateOfTheReports() {
        Path out = folder.resolve("reports");

        Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary",
                "--as-of", "2023-05-01", "--out", out.toString());

        assertThat(out.resolve("derbyshire-2023-11-01-summary.md")).content(StandardCharsets.UTF_8)
                .contains("Derbyshire Fire \\& Rescue Service, as of 1 May 2023");
    }

    @Test
    void theRuleChosenDecidesTheStatusesAndTheKeyOfEveryReport() {
        Path standard = folder.resolve("standard");
        Path bands = folder.resolve("bands");
        String plan = Cli.seed(folder, "derbyshire-2023-11-01.json");

        Cli.run(Cli.MARKDOWN_ONLY, "render", plan, "--report", "summary", "--out", standard.toString());
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", plan, "--report", "summary", "--rule", "progress-band",
                "--roll-up", "worst-sub-action", "--out", bands.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(standard.resolve("derbyshire-2023-11-01-summary.md")).content(StandardCharsets.UTF_8)
                .contains("Not complete and the due date has passed")
                .doesNotContain("in the band up to 25%");
        assertThat(bands.resolve("derbyshire-2023-11-01-summary.md")).content(StandardCharsets.UTF_8)
                .contains("Progress up to 25%, or overdue and under 50%", "worst sub-action")
                .doesNotContain("Not complete and the due date has passed");
    }

    @Test
    void anUnknownRuleIsAUsageErrorNamingTheRules() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--rule", "strict", "--out", folder.resolve("reports").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("Invalid value for option '--rule': 'strict' is not a status"
                + " rule; choose default, schedule, progress-band");
    }

    @Test
    void aPlanWithoutAReportingDateIsRenderedAsOfToday() {
        Path out = folder.resolve("reports");

        Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.write(folder, "undated.json", StatusCommandTest.UNDATED_PLAN),
                "--report", "summary", "--out", out.toString());

        assertThat(out.resolve("undated-summary.md")).content(StandardCharsets.UTF_8).contains("as of 15 August 2025");
    }

    @Test
    void aFormatWithNoRendererIsAUsageErrorThatSaysHowToGiveAPluginFolder() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--format", "md,pdf", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "No report renderer for format 'pdf'. Available formats: md. Put the jar of a renderer plugin for it"
                        + " in a folder and give the folder with --plugins DIR, or set ACTIONPLAN_PLUGINS to it.",
                "Try 'actionplan render --help' for more information.");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFormatWithNoRendererInThePluginFolderGivenSaysToPutAPluginJarThere() throws IOException {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", "--plugins", plugins.toString(),
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--format", "odt", "--out", folder.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).startsWith("No report renderer for format 'odt'. Available formats: ")
                .doesNotContain("[").endsWith(". Put the jar of a renderer plugin for it in the plugin folder, "
                        + plugins + ".");
    }

    @Test
    void anUnknownReportIsAUsageError() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--report", "overview", "--out", folder.resolve("reports").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "Unknown report 'overview' for option '--report': choose from summary, action-plan, exceptions, owners,"
                        + " progress, portfolio, register or all",
                "Try 'actionplan render --help' for more information.");
    }

    @Test
    void noRendererAtAllIsOneLineAndExitOne() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(ReportRenderers::of, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(ActionPlanCommand.NO_RENDERERS);
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndAUsageError() throws IOException {
        String out = Files.writeString(folder.resolve("reports"), "not a folder").toString();

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--out", out);

        assertThat(result.exitCode()).isEqualTo(2); // trial 36 F13: as workbook, tracker and import tell theirs
        assertThat(result.errLines()).containsExactly(out + ": is a file, not a folder to write reports into");
        assertThat(Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out",
                "/dev/null").errLines()).containsExactly("/dev/null: is a device or pipe, not a folder to write reports"
                + " into");
    }

    @Test
    void aRendererThatFailsIsOneLineNamingItAndLeavesNoFile() throws IOException {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(() -> ReportRenderers.of(new FailingRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--report", "summary", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(out.resolve("derbyshire-2023-11-01-summary.boom") + ": The boom"
                + " renderer " + FailingRenderer.class.getName() + " (test-classes/) failed:"
                + " java.lang.IllegalStateException: no fonts");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void verboseShowsTheStackTraceOfARendererThatFails() {
        Cli.Result result = Cli.run(() -> ReportRenderers.of(new FailingRenderer()), "render",
                Cli.seed(folder, "derbyshire-2023-11-01.json"), "--out", folder.resolve("reports").toString(),
                "--verbose");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Caused by: java.lang.IllegalStateException: no fonts",
                "\tat " + FailingRenderer.class.getName() + ".render");
    }

    @Test
    void aLargePlanShowsProgressOnStandardError() {
        String plan = Cli.write(folder, "large.json", planOf(ActionPlanCommand.LARGE_PLAN + 1));
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", plan, "--report", "summary,exceptions",
                "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(
                plan + ": 501 recommendations; writing 2 files",
                "[1/2] " + out.resolve("large-summary.md"),
                "[2/2] " + out.resolve("large-exceptions.md"));
        assertThat(result.outLines()).containsExactly(out.resolve("large-summary.md").toString(),
                out.resolve("large-exceptions.md").toString());
    }

    @Test
    void aPlanOfFiveHundredRecommendationsIsNotLarge() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.write(folder, "plan.json",
                planOf(ActionPlanCommand.LARGE_PLAN)), "--report", "summary", "--out", folder.resolve("r").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void filesTwoRendersWouldWriteToOnePathAreRefusedAndNothingIsWritten() throws IOException {
        // Trial 34 F3: two formats of one extension, or two plans of one name, each wrote the same file, the last
        // to finish kept and the other lost unsaid.
        Path a = Files.createDirectories(folder.resolve("a"));
        Path b = Files.createDirectories(folder.resolve("b"));
        Path out = folder.resolve("out");

        Cli.Result result = Cli.run("render", Cli.seed(a, "merseyside-2025-q1.json"), Cli.seed(b,
                "merseyside-2025-q1.json"), "--report", "summary", "--format", "pdf", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(out.resolve("merseyside-2025-q1-summary.pdf") + ": would be"
                + " written 2 times, one over another: format pdf of " + a.resolve("merseyside-2025-q1.json")
                + " and format pdf of " + b.resolve("merseyside-2025-q1.json"), "nothing written: give the formats"
                + " whose files share an extension, or the plans of one name, each its own --out folder, in runs of"
                + " their own");
        assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }

    @Test
    void plansWhoseNamesDifferOnlyInCaseAreRefusedAsTheOneFileTheyAreOnWindowsAndMacOs() throws IOException {
        // Run 102 #4: "north/Action Plan.json" and "south/action plan.json" wrote reports whose names differ only in
        // case: on a Mac, or a shared or synced folder, one plan's reports replaced the other's unsaid.
        Path north = Files.createDirectories(folder.resolve("north"));
        Path south = Files.createDirectories(folder.resolve("south"));
        Path upper = Files.copy(Path.of(Cli.seed(north, "merseyside-2025-q1.json")), north.resolve("Action Plan.json"));
        Path lower = Files.copy(Path.of(Cli.seed(south, "merseyside-2025-q1.json")), south.resolve("action plan.json"));
        Path out = folder.resolve("out");

        Cli.Result result = Cli.run("render", upper.toString(), lower.toString(), "--report", "summary", "--format",
                "pdf", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().asString().isEqualTo(out.resolve("Action Plan-summary.pdf") + " and "
                + out.resolve("action plan-summary.pdf") + " (names that differ only in case or in how an accent is"
                + " stored, one file on Windows and macOS): would be written 2 times, one over another: format pdf of "
                + upper + " and format pdf of " + lower);
        assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }

    @Test
    void plansWhoseNamesDifferOnlyInHowAnAccentIsStoredAreRefusedSayingWhichStoresItApart() throws IOException {
        // Run 104 #10: the two names were told in one line, looking alike.
        Path composed = Files.copy(Path.of(Cli.seed(Files.createDirectories(folder.resolve("c")),
                "merseyside-2025-q1.json")), folder.resolve("c").resolve("T\u00e2n.json"));
        Path decomposed = Files.copy(composed, Files.createDirectories(folder.resolve("d")).resolve("Ta\u0302n.json"));
        Path out = folder.resolve("out");

        Cli.Result result = Cli.run("render", composed.toString(), decomposed.toString(), "--report", "summary",
                "--format", "html", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().asString().startsWith(out.resolve("T\u00e2n-summary.html") + " and "
                + out.resolve("Ta\u0302n-summary.html") + " (its accents stored another way) (names that differ"
                + " only in case or in how an accent is stored");
        assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }

    @Test
    void aFolderNoReportCanBeMadeInIsToldOnceAsAUsageErrorWithWhatToDo() {
        // Run 108 #10: "cannot be written: permission denied", once a file, exit 1. /proc takes no new file, even
        // root's, as a folder without write permission takes none of another user's.
        assumeThat(Path.of("/proc/version")).exists();
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result there = Cli.run("render", plan, "--format", "html,pdf", "--out", "/proc");
        Cli.Result toMake = Cli.run("render", plan, "--format", "html", "--out", "/proc/reports");

        assertThat(there.exitCode()).isEqualTo(2);
        assertThat(there.errLines()).containsExactly("/proc: no file can be made in this folder (it takes no new"
                + " files); give --out a folder you can write to", "nothing written");
        assertThat(toMake.exitCode()).isEqualTo(2);
        assertThat(toMake.errLines()).containsExactly("/proc: no folder can be made in this folder (it takes no new"
                + " files); give --out a folder you can write to", "nothing written");
    }

    @Test
    void aFolderToMakeInAFileIsToldAsTheFileItIsByTheNameGiven() throws IOException {
        // Run 109 #3: the file was called "this folder", by a path the user never typed.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path file = Files.writeString(folder.resolve("afile"), "");

        Cli.Result result = Cli.run("render", plan, "--format", "html", "--out", file.resolve("sub").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(file + ": is a file, not a folder to write into; give --out a"
                + " folder", "nothing written");
    }

    /** A plan of {@code count} recommendations, half of them overdue. */
    static String planOf(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add("{\"ref\": \"AFI " + i + "\", \"kind\": \"AREA_FOR_IMPROVEMENT\", \"owner\": \"Team " + (i % 7)
                    + "\", \"text\": \"Area for improvement number " + i + ".\", \"progress\": " + (i % 101)
                    + ", \"deadline\": \"" + (i % 2 == 0 ? "Dec 2024" : "Dec 2025") + "\"}");
        }
        return "{\"schemaVersion\": 1, \"title\": \"A large plan\", \"organisation\": \"Example Fire and Rescue Service\","
                + " \"source\": {\"body\": \"HMICFRS\", \"title\": \"Inspection report\"}, \"asOf\": \"2025-06-30\","
                + " \"recommendations\": [\n" + String.join(",\n", items) + "\n]}\n";
    }

    /** A renderer that fails as a buggy plugin would. */
    public static final class FailingRenderer implements ReportRenderer {
        /** The format id. */
        public static final String FORMAT = "boom";

        @Override
        public String format() {
            return FORMAT;
        }

        @Override
        public String mediaType() {
            return "application/x-boom";
        }

        @Override
        public String fileExtension() {
            return "boom";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write("half a report".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("no fonts");
        }
    }
}
