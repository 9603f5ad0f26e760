package io.github.actionplan.examples.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.workbook.TrackerField;
import io.github.actionplan.workbook.TrackerImport;
import io.github.actionplan.workbook.TrackerMapping;
import io.github.actionplan.workbook.TrackerResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The example trackers in {@code examples/trackers/}: made from the seed plans by
 * {@link ExampleTrackers}, and each imported back to the seed's status counts. Run with
 * {@code -Dactionplan.writeTrackers=true} to write them again after changing the generator.
 */
class ExampleTrackersTest {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path MERSEYSIDE = ROOT.resolve("examples/trackers/merseyside-tracker.xlsx");
    static final Path DERBYSHIRE = ROOT.resolve("examples/trackers/derbyshire-tracker.xlsx");

    static ActionPlan seed(String name) throws IOException {
        return PlanJson.read(ROOT.resolve("examples/src/main/resources/plans/" + name));
    }

    @Test
    void theCommittedMerseysideTrackerIsWhatTheGeneratorMakesFromTheSeed() throws IOException {
        checkCommitted(MERSEYSIDE, ExampleTrackers.merseyside(seed("merseyside-2025-q1.json")));
    }

    @Test
    void theCommittedDerbyshireTrackerIsWhatTheGeneratorMakesFromTheSeed() throws IOException {
        checkCommitted(DERBYSHIRE, ExampleTrackers.derbyshire(seed("derbyshire-2023-11-01.json")));
    }

    @Test
    void theMerseysideTrackerImportsToTheSeedsStatusCounts() throws IOException {
        ActionPlan seed = seed("merseyside-2025-q1.json");
        TrackerResult result = TrackerImport.defaults().read(MERSEYSIDE);

        assertThat(result.errors()).isEmpty();
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.asOf()).isEqualTo(seed.asOf());
        assertThat(counts(plan, seed.asOf().orElseThrow())).isEqualTo(counts(seed, seed.asOf().orElseThrow()));
        assertThat(result.recommendations()).isEqualTo(5);
        assertThat(result.subActions()).isEqualTo(24);
    }

    @Test
    void theMerseysideTrackerImportsToTheSeedWithTheBragFillsAsTheOwnersAssessment() throws IOException {
        ActionPlan seed = seed("merseyside-2025-q1.json");
        PlanAssessment assessed = Assessor.standard().assess(seed, seed.asOf().orElseThrow());
        ActionPlan plan = TrackerImport.defaults().read(MERSEYSIDE).plan().orElseThrow();

        assertThat(plan.organisation()).isEqualTo(seed.organisation());
        assertThat(plan.title()).isEqualTo(seed.title());
        assertThat(plan.period()).isEqualTo(seed.period());
        List<Recommendation> expected = assessed.recommendations().stream()
                .map(r -> r.recommendation().withAssessment(OwnerAssessment.of(r.status(), seed.period()
                        .orElseThrow())))
                .toList();
        assertSameRecommendations(plan.recommendations(), expected);
    }

    @Test
    void theDerbyshireTrackerImportsToTheSeedsStatusCountsLabelsAndRecommendations() throws IOException {
        ActionPlan seed = seed("derbyshire-2023-11-01.json");
        TrackerResult result = TrackerImport.defaults().read(DERBYSHIRE);

        assertThat(result.errors()).isEmpty();
        ActionPlan plan = result.plan().orElseThrow();
        assertThat(plan.asOf()).contains(LocalDate.of(2023, 11, 1));
        assertThat(counts(plan, plan.asOf().orElseThrow())).isEqualTo(counts(seed, seed.asOf().orElseThrow()));
        assertThat(plan.organisation()).isEqualTo(seed.organisation());
        assertThat(plan.title()).isEqualTo(seed.title());
        assertThat(plan.statusLabels()).isEqualTo(seed.statusLabels());
        // The tracker has no column for the inspectorate's own numbers; its ratings are given for its period.
        List<Recommendation> expected = seed.recommendations().stream()
                .map(r -> Recommendation.builder().from(r).inspectorateNumber(java.util.OptionalInt.empty())
                        .assessment(r.assessment().map(a -> OwnerAssessment.of(a.status(), plan.period()
                                .orElseThrow()))).build())
                .toList();
        assertSameRecommendations(plan.recommendations(), expected);
        assertThat(result.skippedRows()).containsExactly("'Appendix 1'!A29: a total row");
        assertThat(result.progressAsFractions()).isTrue();
    }

    @Test
    void theMappingChosenForMerseysideNamesEachColumnAndIgnoresTheOthers() throws IOException {
        TrackerMapping mapping = TrackerImport.defaults().read(MERSEYSIDE).mapping();

        assertThat(mapping.sheet()).isEqualTo("Action plan");
        assertThat(mapping.headerRow()).isEqualTo(6);
        assertThat(mapping.columns()).extracting(c -> c.column() + " " + c.field().map(TrackerField::jsonName)
                .orElse("ignore")).containsExactly("A ref", "B reportPage", "C finding", "D requiredOutcomes",
                "E action", "F owner", "G due", "H progress", "I notes", "J rag", "K update", "L ignore", "M ignore");
        assertThat(mapping.kind()).isEmpty();
        assertThat(TrackerImport.defaults().read(MERSEYSIDE).plan().orElseThrow().recommendations())
                .extracting(Recommendation::kind).containsOnly(RecommendationKind.AREA_FOR_IMPROVEMENT);
    }

    private static void assertSameRecommendations(List<Recommendation> actual, List<Recommendation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as(expected.get(i).ref()).usingRecursiveComparison().isEqualTo(expected.get(i));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<Integer> counts(ActionPlan plan, LocalDate asOf) {
        PlanSummary summary = PlanSummary.of(plan, asOf, Assessor.standard());
        return Status.SUMMARY.stream().map(s -> summary.counts().count(s)).toList();
    }

    private static void checkCommitted(Path committed, byte[] generated) throws IOException {
        if (Boolean.getBoolean("actionplan.writeTrackers")) {
            Files.createDirectories(committed.getParent());
            Files.write(committed, generated);
        }
        assertThat(committed).as("run ExampleTrackersTest with -Dactionplan.writeTrackers=true to write it").exists();
        try (InputStream in = Files.newInputStream(committed)) {
            assertThat(content(in)).isEqualTo(content(new ByteArrayInputStream(generated)));
        }
    }

    /** What a person sees in the workbook: values, formats, fills, merges, hidden columns. */
    private static List<String> content(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                lines.add("sheet " + sheet.getSheetName());
                sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted()
                        .forEach(m -> lines.add("merged " + m));
                for (int c = 0; c < 20; c++) {
                    if (sheet.isColumnHidden(c)) {
                        lines.add("hidden column " + c);
                    }
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(cell.getAddress() + " " + describe(cell));
                    }
                }
            }
        }
        return lines;
    }

    private static String describe(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        String fill = Optional.ofNullable(style.getFillForegroundXSSFColor()).map(XSSFColor::getARGBHex).orElse("-");
        Function<Cell, String> value = c -> switch (c.getCellType()) {
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case STRING -> "'" + c.getStringCellValue() + "'";
            case FORMULA -> "=" + c.getCellFormula();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
        return value.apply(cell) + " [" + style.getDataFormatString() + "] fill " + fill;
    }
}
