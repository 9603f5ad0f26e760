package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PDF the renderer writes is PDF/UA-1 as veraPDF checks it (its PDF/UA-1 profile, the one
 * its command line runs with {@code --flavour ua1}): not one rule fails.
 */
class PdfUaTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void seedAndHostileReportsFailNoPdfUaRule(String fixture) {
        byte[] pdf = Pdfs.render(ContractFixtures.reports().get(fixture)).bytes();

        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aReportWithEveryKindOfSectionAndCellFailsNoPdfUaRule() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();

        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aPlanWithWebAddressesInAnOutcomeASubActionAndAnUpdateFailsNoPdfUaRule() {
        byte[] pdf = Pdfs.render(LinksTest.planWithLinks()).bytes();

        assertThat(LinksTest.links(pdf)).isNotEmpty();
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aPlanInWelshWithItsTextsMarkedSoFailsNoPdfUaRule() {
        for (Report report : List.of(PlanLanguageTest.welshActionPlan(), PlanLanguageTest.welshSummary())) {
            byte[] pdf = Pdfs.render(report).bytes();

            assertThat(VeraPdf.pdfUaFailures(pdf)).as(report.title()).isEmpty();
        }
    }

    @Test
    void aWelshPlanWithItsOwnWordForAStatusMarkedSoFailsNoPdfUaRule() {
        for (Report report : List.of(PlanLanguageTest.labelledWelshActionPlan(),
                PlanLanguageTest.labelledWelshSummary())) {
            byte[] pdf = Pdfs.render(report).bytes();

            assertThat(VeraPdf.pdfUaFailures(pdf)).as(report.title()).isEmpty();
        }
    }

    @Test
    void aTableLaidOutInRunsOfShortAndTallRowsFailsNoPdfUaRule() {
        byte[] pdf = Pdfs.render(PdfReportRendererTest.single(PdfReportRendererTest.rowsOfLines(40, 12))).bytes();

        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aSummaryOfTenThousandRowsFailsNoPdfUaRule() {
        Report report = tenThousandRows(ContractFixtures.derbyshireSummary());
        byte[] pdf = Pdfs.render(report).bytes();

        assertThat(Pdfs.pages(pdf)).isGreaterThan(200);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    /** {@code report} with its recommendations table's rows repeated to 10,000 rows. */
    static Report tenThousandRows(Report report) {
        return withRows(report, 10_000);
    }

    /** {@code report} with its recommendations table's rows repeated to {@code count} rows. */
    static Report withRows(Report report, int count) {
        List<Chapter> chapters = new ArrayList<>();
        boolean repeated = false;
        for (Chapter chapter : report.chapters()) {
            List<Section> sections = new ArrayList<>();
            for (Section section : chapter.sections()) {
                if (section instanceof Section.Table table && !repeated && !table.rows().isEmpty()) {
                    List<List<Cell>> rows = new ArrayList<>(count);
                    while (rows.size() < count) {
                        rows.addAll(table.rows().subList(0, Math.min(table.rows().size(), count - rows.size())));
                    }
                    sections.add(new Section.Table(table.title(), table.columns(), rows, table.totalRow()));
                    repeated = true;
                } else {
                    sections.add(section);
                }
            }
            chapters.add(new Chapter(chapter.heading(), chapter.orientation(), sections));
        }
        assertThat(repeated).as("the report has a table with rows").isTrue();
        return new Report(report.title(), report.subtitle(), report.asOf(), report.period(), report.metadata(),
                chapters);
    }
}
