package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Report;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The kit's own checks can fail: a renderer that loses text does not pass. */
class ContractKitTest {

    @Test
    void theHostilePlanHasOverTwoHundredStringsOfEveryKind() {
        List<String> strings = HostileStrings.all();

        assertThat(strings).hasSizeGreaterThanOrEqualTo(200);
        assertThat(strings).anyMatch(s -> s.contains("ŵ")).anyMatch(s -> s.contains("漢字"))
                .anyMatch(s -> s.contains("😀")).anyMatch(s -> s.contains("\u200B")).anyMatch(s -> s.contains("\uFFFE"))
                .anyMatch(s -> s.startsWith("=")).anyMatch(s -> s.startsWith("\t")).anyMatch(s -> s.startsWith("<script"))
                .anyMatch(s -> s.startsWith("# ")).anyMatch(s -> s.length() == HostileStrings.LONG_TEXT_LENGTH)
                .contains("", "   ");
        for (char c = 0; c < 0x20; c++) {
            char control = c;
            assertThat(strings).as("U+%04X", (int) c).anyMatch(s -> s.indexOf(control) >= 0);
        }
    }

    @Test
    void aStringMissingFromTheOutputIsReported() {
        assertThat(RendererContractTest.firstMissing(List.of("alpha", "beta"), "alpha gamma", UnaryOperator.identity()))
                .hasValueSatisfying(m -> assertThat(m).startsWith("string 2 of 2 is missing"));
    }

    @Test
    void stringsOutOfOrderAreReported() {
        assertThat(RendererContractTest.firstMissing(List.of("beta", "alpha"), "alpha beta", UnaryOperator.identity()))
                .hasValueSatisfying(m -> assertThat(m).startsWith("string 2 of 2 is out of order"));
    }

    @Test
    void layoutWhiteSpaceAndUnicodeNormalFormDoNotCount() {
        assertThat(RendererContractTest.firstMissing(List.of("Crème brûlée", "a long sentence"),
                "Cre\u0300me\nbru\u0302le\u0301e  a long\n sen-\ntence".replace("sen-\n", "sen"), UnaryOperator.identity()))
                .isEmpty();
    }

    @Test
    void aRendererThatDropsTheLastTableRowFailsTheKit() {
        Report report = ContractFixtures.derbyshireSummary();
        String complete = String.join("\n", ReportTexts.expected(report));
        String truncated = complete.substring(0, complete.lastIndexOf("Rec 18"));

        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(report), complete, UnaryOperator.identity()))
                .isEmpty();
        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(report), truncated, UnaryOperator.identity()))
                .isPresent();
    }

    @Test
    void aRendererThatDropsStatusReasonsFailsTheKit() {
        Report report = ContractFixtures.derbyshireSummary();
        String reason = "deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%";
        String withoutReasons = String.join("\n", ReportTexts.expected(report)).replace(reason, "");

        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(report), withoutReasons,
                UnaryOperator.identity())).hasValueSatisfying(m -> assertThat(m).contains("is missing")
                        .contains("expected:  \"" + reason + "\""));
    }

    @Test
    void aRendererThatDropsDatesPercentagesAndCountsFailsTheKit() {
        Report report = ContractFixtures.derbyshireSummary();
        String withoutFigures = String.join("\n", ReportTexts.expected(report).stream()
                .filter(s -> !s.matches("\\d+%?|\\d{1,2} \\w{3} \\d{4}")).toList());

        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(report), withoutFigures,
                UnaryOperator.identity())).isPresent();
    }

    @Test
    void everyFixtureReportBuildsFromItsPlan() {
        assertThat(ContractFixtures.reports()).containsKeys("derbyshire-summary", "derbyshire-action-plan",
                "derbyshire-exceptions", "merseyside-summary", "merseyside-action-plan", "merseyside-exceptions",
                "derbyshire-summary-schedule-rule", "derbyshire-summary-progress-band-rule",
                "hostile-summary", "hostile-action-plan", "unknown-section-type", "merseyside-owners",
                "merseyside-progress", "portfolio", "merseyside-register");
    }

    @Test
    void aRendererThatSkipsASectionTypeItDoesNotKnowFailsTheKit() {
        Report report = ContractFixtures.reports().get("unknown-section-type");
        List<String> shown = new java.util.ArrayList<>(List.of(report.title(), report.subtitle()));
        for (io.github.actionplan.report.Chapter chapter : report.chapters()) {
            shown.add(chapter.heading());
            chapter.sections().stream().filter(section -> !(section instanceof FutureSection))
                    .forEach(section -> shown.addAll(section.texts()));
        }
        String skipping = String.join("\n", shown);

        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(report), skipping, UnaryOperator.identity()))
                .hasValueSatisfying(m -> assertThat(m).contains("\"Next milestone\""));
    }

    @Test
    void aRendererThatPrintsTheDefaultRulesLegendForEveryReportFailsTheKit() {
        Report schedule = ContractFixtures.reports().get("derbyshire-summary-schedule-rule");
        String standardKey = String.join("\n", ContractFixtures.derbyshireSummary().texts());

        assertThat(RendererContractTest.firstMissing(ReportTexts.expected(schedule), standardKey,
                UnaryOperator.identity())).isPresent();
    }
}
