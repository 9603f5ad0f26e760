package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timescales and reporting periods read financial quarters with one grammar. */
class FinancialQuarterGrammarTest {

    @ParameterizedTest
    @ValueSource(strings = {"Q2 2024/25", "2024/25 Q2", "2024-Q2", "Q2 24/25", "Q2 2024-25", "Q2 2024/2025",
        "Q2 FY 2024/25", "FY24/25 Q2", "In Q2 2024/25", "By Q2 24/25", "July-September 2024", "Jul-Sep 2024",
        "July to September 2024", "July – September, 2024", "  q2   2024/25 ", "Q2 2024–25", "Jul—Sep 2024"})
    void everySpellingOfAQuarterMeansTheSameQuarterAsATimescaleAndAsAReportingPeriod(String text) {
        ReportingPeriod q2 = ReportingPeriod.of(2024, 2);

        assertThat(ReportingPeriod.tryParse(text)).as("reporting period %s", text).contains(q2);
        Timescale timescale = Timescale.parse(text);
        assertThat(timescale.kind()).as("timescale %s", text).isEqualTo(Timescale.Kind.FINANCIAL_QUARTER);
        assertThat(timescale.dueDate()).as("timescale %s", text).contains(q2.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5 2024/25", "Q2 2024/26", "Q2 2024", "May-July 2024", "2024-Q0", "Q2", "2024/25",
        "FY 2024/25", "Dec 2024", "Sept-Nov 2024", "Ongoing"})
    void whatIsNotAQuarterIsNeitherATimescaleQuarterNorAReportingPeriod(String text) {
        assertThat(ReportingPeriod.tryParse(text)).as("reporting period %s", text).isEmpty();
        assertThat(Timescale.parse(text).kind()).as("timescale %s", text).isNotEqualTo(Timescale.Kind.FINANCIAL_QUARTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q1 2025/26", "Q4 1999/00", "Q3 9998/99", "Q1 1900/01"})
    void aReportingPeriodsOwnFormReadsBackAsATimescaleDueOnItsLastDay(String text) {
        ReportingPeriod period = ReportingPeriod.parse(text);

        assertThat(period.toString()).isEqualTo(text);
        assertThat(Timescale.parse(text).dueDate()).isEqualTo(Optional.of(period.end()));
        assertThat(Timescale.parse(period.displayName()).dueDate()).contains(period.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/25", "24/25", "2024-25", "2024/2025", "FY 2024/25", "FY24/25", "In FDP 24/25",
        "financial year 2024/25", "By the end of 2024/25", "during FY 2024/25", "2024–25", "FY 2024\u201125"})
    void everySpellingOfAFinancialYearIsDueOnThirtyFirstMarch(String text) {
        Timescale timescale = Timescale.parse(text);

        assertThat(timescale.kind()).as(text).isEqualTo(Timescale.Kind.FINANCIAL_YEAR);
        assertThat(timescale.dueDate()).as(text).contains(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aQuarterNamedInAHeadingIsFoundInAnyOfItsForms() {
        assertThat(ReportingPeriod.findIn("Action plan: April-June 2025 update")).contains(ReportingPeriod.of(2025, 1));
        assertThat(ReportingPeriod.findIn("Progress to June 2025 (Q2 24/25 figures)")).contains(ReportingPeriod.of(2024, 2));
        assertThat(ReportingPeriod.findIn("Quarterly update 2025-Q1, as of 30 June 2025")).contains(ReportingPeriod.of(2025, 1));
        assertThat(ReportingPeriod.findIn("Q1 1800/01 and 2024/25 Q3")).contains(ReportingPeriod.of(2024, 3));
    }

    @Test
    void aLongRunOfWordsThatLooksLikeMonthsIsNoQuarter() {
        // With unbounded month words, reading this took minutes: every split of the run was tried.
        String text = "to".repeat(50_000) + " 2025";

        assertThat(Timescale.parse(text).kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
        assertThat(ReportingPeriod.tryParse(text)).isEmpty();
        assertThat(ReportingPeriod.findIn(text)).isEmpty();
    }

    @Test
    void textThatNamesNoQuarterHasNoneFound() {
        assertThat(ReportingPeriod.findIn("HMICFRS Report 2023 Action Plan")).isEmpty();
        assertThat(ReportingPeriod.findIn("May-July 2025 update")).isEmpty();
        assertThat(ReportingPeriod.findIn("AQ2 2024/25")).isEmpty();
        assertThat(ReportingPeriod.findIn("")).isEmpty();
    }
}
