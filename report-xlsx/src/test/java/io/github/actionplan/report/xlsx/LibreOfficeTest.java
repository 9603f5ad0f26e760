package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.testkit.DelimitedText;
import io.github.actionplan.testkit.ReportTexts;
import io.github.actionplan.testkit.TextNormalisation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client opens every workbook: LibreOffice, headless, converts each seed and hostile
 * workbook to CSV, one file per sheet, in UTF-8 (filter options {@code 44,34,76,1,,0,false,true,
 * true,false,false,-1}: comma, double quote, UTF-8, ..., each cell as shown, and -1 for every sheet,
 * which LibreOffice 7.2 and later write as {@code <name>-<sheet>.csv}). The CSV text, read back,
 * holds every string of the report, the formula look-alikes as text, and each date as its format
 * shows it, as core wrote it (else LibreOffice writes a date in its own locale's form, 01/06/2023).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeTest {

    private static final List<String> FIXTURES = List.of("derbyshire-summary", "merseyside-action-plan",
            "derbyshire-exceptions", "hostile-summary", "hostile-action-plan");

    private Path folder;

    private final Map<String, Report> reports = ContractFixtures.reports();
    private final Map<String, Map<String, List<List<String>>>> csv = new LinkedHashMap<>();

    @BeforeAll
    void convertEveryWorkbookWithLibreOffice(@TempDir Path folder) throws Exception {
        this.folder = folder;
        String soffice = findOnPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it (apt-get install"
                + " libreoffice-calc-nogui). Skipping the LibreOffice conversion test.");
        List<String> command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", folder.resolve("csv").toString()));
        for (String fixture : FIXTURES) {
            Path file = folder.resolve(fixture + ".xlsx");
            Files.write(file, XlsxReportRendererTest.render(reports.get(fixture)));
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished within 5 minutes").isTrue();
        String log = Files.readString(folder.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        for (String fixture : FIXTURES) {
            Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
            try (XSSFWorkbook workbook = XlsxReportRendererTest.open(Files.readAllBytes(folder.resolve(fixture + ".xlsx")))) {
                for (String sheet : XlsxReportRendererTest.sheetNames(workbook)) {
                    Path file = folder.resolve("csv").resolve(fixture + "-" + sheet + ".csv");
                    assertThat(file).as("LibreOffice's CSV of sheet '%s' of %s (log: %s)", sheet, fixture, log).exists();
                    sheets.put(sheet, DelimitedText.rows(Files.readString(file, StandardCharsets.UTF_8), ','));
                }
            }
            csv.put(fixture, sheets);
        }
    }

    @Test
    void libreOfficeConvertsEverySheetOfEveryWorkbook() {
        assertThat(csv.get("derbyshire-summary").keySet()).containsExactly("Overview", "Summary", "Key to BRAG ratings");
        assertThat(csv.get("merseyside-action-plan").keySet()).containsExactly("Overview", "Chapters", "Key to BRAG ratings");
        assertThat(csv.get("hostile-action-plan")).containsKey("Full text");
    }

    @Test
    void theSeedWorkbooksShowEveryStringOfTheirReports() {
        for (String fixture : List.of("derbyshire-summary", "merseyside-action-plan", "derbyshire-exceptions")) {
            assertEveryString(fixture);
        }
    }

    @Test
    void theCsvExportHoldsEveryHostileString() {
        assertEveryString("hostile-summary");
        assertEveryString("hostile-action-plan");
    }

    @Test
    void formulaLookAlikesArriveAsTheirTextNotAsValues() {
        String text = String.join("\n", csv.get("hostile-action-plan").values().stream()
                .flatMap(List::stream).flatMap(List::stream).toList());
        assertThat(text).contains("=1+1", "=SUM(A1:A9)", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid\",\"click\")",
                "@SUM(1,2)", "-2+3+cmd|' /C calc'!A0");
        assertThat(text).doesNotContain("#NAME?", "Err:");
    }

    @Test
    void libreOfficeDrawsEveryCellInCalibrisTwinNotItsOwnDefaultFont() throws Exception {
        // Trial 21 F7: with no Normal cell style, LibreOffice drew cells of the default font in its own (DejaVu Sans
        // here), wider than the Calibri the rows were sized for, and cut text off.
        String pdffonts = findOnPath("pdffonts");
        assumeTrue(pdffonts != null && Files.exists(Path.of("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf")),
                "pdffonts or Carlito is not installed; .ci/run installs them (apt-get install poppler-utils"
                + " fonts-crosextra-carlito). Skipping the check of the fonts LibreOffice draws with.");
        Path pdf = pdf("derbyshire-exceptions");
        Process fonts = new ProcessBuilder(pdffonts, pdf.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .skip(2).toList();
        assertThat(fonts.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(lines).as(Files.readString(folder.resolve("soffice-pdf.log"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\\s+")[0]).matches("([A-Z]{6}\\+)?Carlito(-\\w+)?"));
    }

    @Test
    void printedByLibreOfficeNoPageEndsWithAHeadingACaptionOrAHeaderRowApartFromWhatTheyHead() throws Exception {
        // Run 81 #4: "Status of Area for improvement 3" and its header row ended a page, their one row on the next.
        String pdftotext = findOnPath("pdftotext");
        assumeTrue(pdftotext != null, "pdftotext is not installed; .ci/run installs it (apt-get install"
                + " poppler-utils). Skipping the check of where LibreOffice's printed pages end.");
        Report report = reports.get("merseyside-action-plan");
        List<String> heads = new ArrayList<>();
        List<String> headerRows = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            heads.add(chapter.heading());
            for (Section section : chapter.sections()) {
                if (section instanceof Section.Heading heading) {
                    heads.add(heading.text());
                } else if (section instanceof Section.Table table) {
                    table.heading().ifPresent(heading -> heads.add(heading.text()));
                    heads.add(table.caption());
                    // a header row as pdftotext lays it out: its first two headers' first words, apart
                    headerRows.add(Pattern.quote(table.columns().get(0).header().split(" ")[0]) + " +"
                            + Pattern.quote(table.columns().get(1).header().split(" ")[0]) + "\\b.*");
                } else if (section instanceof Section.StatusSummary summary) {
                    summary.heading().ifPresent(heading -> heads.add(heading.text()));
                    heads.add(summary.table().caption());
                }
            }
        }
        heads.removeIf(String::isEmpty);
        assertThat(heads).as("the report's headings").contains("Actions for Area for improvement 3");
        Path pdf = pdf("merseyside-action-plan");
        Process text = new ProcessBuilder(pdftotext, "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor(1, TimeUnit.MINUTES)).isTrue();
        List<String> pages = List.of(printed.split("\f"));
        assertThat(pages).as("printed pages").hasSizeGreaterThan(5);
        for (int i = 0; i < pages.size() - 1; i++) {
            List<String> lines = pages.get(i).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            // the last line is the footer's page number
            String last = lines.get(lines.size() - 2);
            assertThat(heads).as("page %d ends: %s", i + 1, last).doesNotContain(last);
            assertThat(headerRows).as("page %d ends: %s", i + 1, last).noneMatch(last::matches);
        }
    }

    /** {@code fixture}'s workbook as LibreOffice prints it, a PDF. */
    private Path pdf(String fixture) throws Exception {
        Path pdf = folder.resolve("pdf");
        Process convert = new ProcessBuilder(findOnPath("soffice"), "-env:UserInstallation="
                + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf", "--outdir", pdf.toString(),
                folder.resolve(fixture + ".xlsx").toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice-pdf.log").toFile()).start();
        assertThat(convert.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished within 5 minutes").isTrue();
        return pdf.resolve(fixture + ".pdf");
    }

    private void assertEveryString(String fixture) {
        String text = TextNormalisation.normalise(readingText(csv.get(fixture)));
        List<String> missing = new ArrayList<>();
        for (String expected : ReportTexts.expected(reports.get(fixture))) {
            String wanted = TextNormalisation.normalise(expected);
            if (!wanted.isEmpty() && !text.contains(wanted)) {
                missing.add(wanted.length() > 80 ? wanted.substring(0, 80) + "..." : wanted);
            }
        }
        assertThat(missing).as("strings of %s missing from LibreOffice's CSV", fixture).isEmpty();
    }

    /**
     * The sheets' cells in order, each over-long cell's shown start replaced by its whole text as
     * the "Full text" sheet's pieces give it, joined in order.
     */
    private static String readingText(Map<String, List<List<String>>> sheets) {
        Map<String, StringBuilder> pieces = new HashMap<>();
        List<List<String>> fullText = sheets.getOrDefault(LayoutWords.standard().fullText(), List.of());
        for (List<String> row : fullText.subList(Math.min(1, fullText.size()), fullText.size())) {
            pieces.computeIfAbsent(row.get(0), k -> new StringBuilder()).append(row.get(2));
        }
        StringBuilder text = new StringBuilder();
        sheets.forEach((name, rows) -> {
            if (!name.equals(LayoutWords.standard().fullText())) {
                rows.forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
            }
        });
        pieces.values().forEach(whole -> text.append(whole).append('\n'));
        return text.toString();
    }

    private static String findOnPath(String program) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
