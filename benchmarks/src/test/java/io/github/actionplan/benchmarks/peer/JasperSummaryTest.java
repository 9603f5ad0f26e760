package io.github.actionplan.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.benchmarks.Reports;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.docx.DocxReportRenderer;
import io.github.actionplan.report.pdf.PdfReportRenderer;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.xlsx.XlsxReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JasperReports peer and actionplan's renderers hold the same table: every row, in the plan's
 * order, and every word of every cell and header, in each of the three formats. Without it the
 * benchmark could compare a renderer with a peer that leaves something out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JasperSummaryTest {

    private static final Pattern REF = Pattern.compile("\\b(?:AFI|Rec) \\d+:");
    private static final RenderOptions OPTIONS = RenderOptions.builder().warnings(message -> { }).build();

    private Report report;
    private JasperSummary jasper;
    private List<String> refs;
    private Map<String, Integer> words;

    @BeforeAll
    void summaryOfFiftyRecommendations() {
        report = Reports.build("summary", 50);
        jasper = JasperSummary.compile(report);
        Section.Table table = SummaryRows.table(report);
        refs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        table.columns().stream().map(Column::header).forEach(texts::add);
        for (List<Cell> row : table.rows()) {
            refs.addAll(refs(row.getFirst().text()));
            row.forEach(cell -> texts.addAll(cell.texts()));
        }
        words = count(String.join(" ", texts));
    }

    @Test
    void pdfHoldsEveryRowAndWordAsActionplansDoes() throws IOException {
        assertSameTable(pdfText(jasper(JasperSummary.Format.PDF)), pdfText(actionplan(new PdfReportRenderer())));
    }

    @Test
    void docxHoldsEveryRowAndWordAsActionplansDoes() throws IOException {
        assertSameTable(docxText(jasper(JasperSummary.Format.DOCX)), docxText(actionplan(new DocxReportRenderer())));
    }

    @Test
    void xlsxHoldsEveryRowAndWordAsActionplansDoes() throws IOException {
        assertSameTable(xlsxText(jasper(JasperSummary.Format.XLSX)), xlsxText(actionplan(new XlsxReportRenderer())));
    }

    @Test
    void theSwapFileVirtualizerChangesNothingOfTheText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jasper.write(report, JasperSummary.Format.PDF, true, out);
        assertThat(pdfText(out.toByteArray())).isEqualTo(pdfText(jasper(JasperSummary.Format.PDF)));
    }

    private void assertSameTable(String jasperText, String actionplanText) {
        assertThat(refs).hasSize(50);
        assertThat(refs(jasperText)).as("Jasper's rows").containsSubsequence(refs).containsAll(refs);
        assertThat(refs(actionplanText)).as("actionplan's rows").containsSubsequence(refs).containsAll(refs);
        assertHasEveryWord("Jasper", count(jasperText));
        assertHasEveryWord("actionplan", count(actionplanText));
    }

    private void assertHasEveryWord(String who, Map<String, Integer> found) {
        Map<String, Integer> missing = new HashMap<>();
        words.forEach((word, times) -> {
            int lacking = times - found.getOrDefault(word, 0);
            if (lacking > 0) {
                missing.put(word, lacking);
            }
        });
        assertThat(missing).as("words of the table missing from %s's output (word: times)", who).isEmpty();
    }

    private static List<String> refs(String text) {
        List<String> refs = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            refs.add(m.group());
        }
        return refs;
    }

    /** Words split at spaces and hyphens, since a line may break after a hyphen. */
    private static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.split("[\\s\\-]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private byte[] jasper(JasperSummary.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jasper.write(report, format, false, out);
        return out.toByteArray();
    }

    private byte[] actionplan(ReportRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, OPTIONS, out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }

    private static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n'));
                }
            }
        }
        return text.toString();
    }
}
