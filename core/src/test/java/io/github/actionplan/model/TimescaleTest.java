package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.fixtures.SeedPlans;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimescaleTest {

    private static void assertResolves(String text, Timescale.Kind kind, LocalDate due) {
        Timescale timescale = Timescale.parse(text);
        assertThat(timescale.text()).isEqualTo(text);
        assertThat(timescale.kind()).as(text).isEqualTo(kind);
        assertThat(timescale.dueDate()).as(text).contains(due);
    }

    @Test
    void anIsoDateIsDueThatDay() {
        assertResolves("2024-12-31", Timescale.Kind.DATE, LocalDate.of(2024, 12, 31));
    }

    @Test
    void aDayMonthAndYearAsPlansPrintThemIsDueThatDay() {
        assertResolves("01 Jun 2023", Timescale.Kind.DATE, LocalDate.of(2023, 6, 1));
        assertResolves("1 June 2023", Timescale.Kind.DATE, LocalDate.of(2023, 6, 1));
        assertResolves("30 Mar 2023", Timescale.Kind.DATE, LocalDate.of(2023, 3, 30));
        assertResolves("1st September 2023", Timescale.Kind.DATE, LocalDate.of(2023, 9, 1));
        assertResolves("1/6/2023", Timescale.Kind.DATE, LocalDate.of(2023, 6, 1));
    }

    @Test
    void aDayMonthAndTwoDigitYearAsPeopleTypeThemIsDueThatDayThisCentury() {
        assertResolves("31/03/26", Timescale.Kind.DATE, LocalDate.of(2026, 3, 31));
        assertResolves("1/6/23", Timescale.Kind.DATE, LocalDate.of(2023, 6, 1));
        assertThat(Timescale.parse("31/03/26").text()).isEqualTo("31/03/26");
        assertThat(Timescale.parse("31/02/26").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
    }

    @Test
    void aDateWrittenWithDotsOrDashesOrAsASpreadsheetShowsOneIsDueThatDay() {
        assertResolves("31.03.25", Timescale.Kind.DATE, LocalDate.of(2025, 3, 31));
        assertResolves("31-03-2025", Timescale.Kind.DATE, LocalDate.of(2025, 3, 31));
        assertResolves("30-Sep-2025", Timescale.Kind.DATE, LocalDate.of(2025, 9, 30));
        assertResolves("30-Sep-25", Timescale.Kind.DATE, LocalDate.of(2025, 9, 30));
        assertResolves("1 Apr 25", Timescale.Kind.DATE, LocalDate.of(2025, 4, 1));
        // The separators match: "31/03.25" is no date; a month shown so ("Sep-25") is still the month.
        assertThat(Timescale.parse("31/03.25").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
        assertResolves("Sep-25", Timescale.Kind.MONTH, LocalDate.of(2025, 9, 30));
        assertResolves("2024-25", Timescale.Kind.FINANCIAL_YEAR, LocalDate.of(2025, 3, 31));
    }

    @Test
    void aDayOrMonthAfterTheWordsADeadlineStartsWithIsDueThen() {
        assertResolves("By 31 March 2026", Timescale.Kind.DATE, LocalDate.of(2026, 3, 31));
        assertResolves("end of March 2026", Timescale.Kind.MONTH, LocalDate.of(2026, 3, 31));
        assertResolves("By the end of June 2025", Timescale.Kind.MONTH, LocalDate.of(2025, 6, 30));
        assertResolves("By end of Q3 2025/26", Timescale.Kind.FINANCIAL_QUARTER, LocalDate.of(2025, 12, 31));
        assertThat(Timescale.parse("By end of March 2026").text()).isEqualTo("By end of March 2026");
        assertThat(Timescale.parse("By someone").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
    }

    @Test
    void anIsoMonthIsDueOnItsLastDay() {
        assertResolves("2024-12", Timescale.Kind.MONTH, LocalDate.of(2024, 12, 31));
        assertResolves("2024-02", Timescale.Kind.MONTH, LocalDate.of(2024, 2, 29));
    }

    @Test
    void anAbbreviatedMonthIsDueOnItsLastDay() {
        assertResolves("Dec 2024", Timescale.Kind.MONTH, LocalDate.of(2024, 12, 31));
    }

    @Test
    void aFullMonthNameIsDueOnItsLastDay() {
        assertResolves("December 2024", Timescale.Kind.MONTH, LocalDate.of(2024, 12, 31));
    }

    @Test
    void aMonthAsASpreadsheetShowsOneIsDueOnItsLastDayThisCentury() {
        assertResolves("Mar-26", Timescale.Kind.MONTH, LocalDate.of(2026, 3, 31));
        assertResolves("Sept-24", Timescale.Kind.MONTH, LocalDate.of(2024, 9, 30));
        assertThat(Timescale.parse("Q2-25").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
    }

    @Test
    void aMonthNamedInWelshIsThatMonth() {
        // Trial 47 F8: a Welsh service's "Rhagfyr 2025" was no timescale, and an item overdue showed On track.
        assertResolves("Rhagfyr 2025", Timescale.Kind.MONTH, LocalDate.of(2025, 12, 31));
        assertResolves("Mawrth 2026", Timescale.Kind.MONTH, LocalDate.of(2026, 3, 31));
        assertResolves("31 Mawrth 2026", Timescale.Kind.DATE, LocalDate.of(2026, 3, 31));
        assertThat(Timescale.parse("Mai 2026").dueDate()).contains(LocalDate.of(2026, 5, 31));
    }

    @Test
    void septIsSeptember() {
        assertResolves("Sept 2024", Timescale.Kind.MONTH, LocalDate.of(2024, 9, 30));
    }

    @Test
    void aFinancialYearIsDueOnThirtyFirstMarchOfItsSecondYear() {
        assertResolves("2024/25", Timescale.Kind.FINANCIAL_YEAR, LocalDate.of(2025, 3, 31));
    }

    @Test
    void anFyPrefixedFinancialYearIsDueOnThirtyFirstMarch() {
        assertResolves("FY 2024/25", Timescale.Kind.FINANCIAL_YEAR, LocalDate.of(2025, 3, 31));
    }

    @Test
    void inFdpWithTwoDigitYearsIsTheFinancialYear() {
        assertResolves("In FDP 24/25", Timescale.Kind.FINANCIAL_YEAR, LocalDate.of(2025, 3, 31));
    }

    @Test
    void aFinancialQuarterIsDueOnItsLastDay() {
        assertResolves("Q2 2024/25", Timescale.Kind.FINANCIAL_QUARTER, LocalDate.of(2024, 9, 30));
        assertResolves("Q4 2024/25", Timescale.Kind.FINANCIAL_QUARTER, LocalDate.of(2025, 3, 31));
        assertResolves("2024/25 Q3", Timescale.Kind.FINANCIAL_QUARTER, LocalDate.of(2024, 12, 31));
    }

    @Test
    void withImmediateEffectIsDueOnTheSourcesPublicationDate() {
        Timescale immediate = Timescale.parse("With immediate effect", LocalDate.of(2023, 3, 30));

        assertThat(immediate.kind()).isEqualTo(Timescale.Kind.IMMEDIATE);
        assertThat(immediate.dueDate()).contains(LocalDate.of(2023, 3, 30));
    }

    @Test
    void withImmediateEffectHasNoDueDateWhenThePublicationDateIsUnknown() {
        assertThat(Timescale.parse("With immediate effect").dueDate()).isEmpty();
    }

    @Test
    void ongoingHasNoDueDate() {
        Timescale ongoing = Timescale.parse("Ongoing");

        assertThat(ongoing.kind()).isEqualTo(Timescale.Kind.ONGOING);
        assertThat(ongoing.isOngoing()).isTrue();
        assertThat(ongoing.dueDate()).isEmpty();
    }

    @Test
    void freeTextIsKeptVerbatimWithNoDueDate() {
        Timescale free = Timescale.parse("When the national guidance is published");

        assertThat(free.kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
        assertThat(free.isRecognised()).isFalse();
        assertThat(free.text()).isEqualTo("When the national guidance is published");
        assertThat(free.dueDate()).isEmpty();
    }

    @Test
    void severalTimescalesInOneCellAreNotOneTimescale() {
        assertThat(Timescale.parse("Aug 2024; June 2024; July 2024").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
    }

    @Test
    void datesThatDoNotExistAndYearsThatDoNotFollowOnAreNotUnderstood() {
        assertThat(Timescale.parse("30 Feb 2024").isRecognised()).isFalse();
        assertThat(Timescale.parse("2024-13").isRecognised()).isFalse();
        assertThat(Timescale.parse("2024/26").isRecognised()).isFalse();
        assertThat(Timescale.parse("Smarch 2024").isRecognised()).isFalse();
    }

    @Test
    void aDayThatDoesNotExistSaysWhyWhereUnrecognisedTextSaysNothing() {
        assertThat(Timescale.parse("31/02/26").noSuchDay()).contains("February 2026 has 28 days");
        assertThat(Timescale.parse("29 Feb 2024").noSuchDay()).isEmpty();
        assertThat(Timescale.parse("30 Feb 2024").noSuchDay()).contains("February 2024 has 29 days");
        assertThat(Timescale.parse("12/31/2025").noSuchDay()).contains("there is no month 31");
        assertThat(Timescale.parse("0/1/2026").noSuchDay()).contains("there is no day 0");
        assertThat(Timescale.parse("2024-04-31").noSuchDay()).contains("April 2024 has 30 days");
        assertThat(Timescale.parse("Smarch 2024").noSuchDay()).isEmpty();
        assertThat(Timescale.parse("Dec 2024").noSuchDay()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY 9999/00", "FY 1899/00", "9999/00", "Q1 9999/00"})
    void aFinancialYearOrQuarterNoReportingPeriodCanBeOfIsRefusedAsTheSchemaSays(String text) {
        // Read, "FY 9999/00" was due on 31 March 10000, a date no plan or status file can write.
        assertThatThrownBy(() -> Timescale.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("financial year (9999|1899) is not between 1900 and 9998");
    }

    @Test
    void aNoBreakSpaceCopiedFromWordOrExcelIsSpacingInATimescaleAndAPeriod() {
        assertThat(Timescale.parse("Q4\u00a02025/26").dueDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(Timescale.parse("Aug\u00a02024").dueDate()).contains(LocalDate.of(2024, 8, 31));
        assertThat(ReportingPeriod.parse("Q1\u2002 2025/26")).isEqualTo(ReportingPeriod.of(2025, 1));
        assertThatThrownBy(() -> Timescale.parse("\u00a0\ufeff")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timescale cannot be blank");
    }

    @Test
    void aBlankTimescaleIsRejected() {
        assertThatThrownBy(() -> Timescale.parse("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timescale cannot be blank");
    }

    @Test
    void timescalesAreEqualByTextKindAndDueDate() {
        assertThat(Timescale.parse("Dec 2024")).isEqualTo(Timescale.parse("Dec 2024"))
                .isNotEqualTo(Timescale.parse("December 2024"));
        assertThat(Timescale.of(LocalDate.of(2024, 12, 31)).text()).isEqualTo("31 Dec 2024");
        assertThat(Timescale.of(LocalDate.of(2024, 12, 31))).isEqualTo(Timescale.parse("31 Dec 2024"));
    }

    @Test
    void everyTimescaleInBothSeedsResolvesAsAPersonWouldReadIt() {
        Map<String, Optional<LocalDate>> expected = new LinkedHashMap<>();
        expected.put("30 Mar 2023", Optional.of(LocalDate.of(2023, 3, 30)));
        expected.put("01 Jun 2023", Optional.of(LocalDate.of(2023, 6, 1)));
        expected.put("01 Aug 2023", Optional.of(LocalDate.of(2023, 8, 1)));
        expected.put("01 Sep 2023", Optional.of(LocalDate.of(2023, 9, 1)));
        expected.put("01 Oct 2023", Optional.of(LocalDate.of(2023, 10, 1)));
        expected.put("01 Jan 2024", Optional.of(LocalDate.of(2024, 1, 1)));
        expected.put("01 Mar 2024", Optional.of(LocalDate.of(2024, 3, 1)));
        expected.put("Dec 2024", Optional.of(LocalDate.of(2024, 12, 31)));
        expected.put("Aug 2024", Optional.of(LocalDate.of(2024, 8, 31)));
        expected.put("June 2024", Optional.of(LocalDate.of(2024, 6, 30)));
        expected.put("Ongoing", Optional.empty());
        expected.put("Jan 2025", Optional.of(LocalDate.of(2025, 1, 31)));
        expected.put("In FDP 24/25", Optional.of(LocalDate.of(2025, 3, 31)));
        expected.put("May 2024", Optional.of(LocalDate.of(2024, 5, 31)));
        expected.put("July 2024", Optional.of(LocalDate.of(2024, 7, 31)));
        expected.put("October 2024", Optional.of(LocalDate.of(2024, 10, 31)));
        expected.put("Nov 2024", Optional.of(LocalDate.of(2024, 11, 30)));

        Map<String, Optional<LocalDate>> seen = new LinkedHashMap<>();
        Stream.of(SeedPlans.derbyshire(), SeedPlans.merseyside())
                .flatMap(plan -> plan.recommendations().stream())
                .forEach(r -> {
                    r.deadline().ifPresent(t -> seen.put(t.text(), t.dueDate()));
                    r.subActions().forEach(s -> s.due().ifPresent(t -> seen.put(t.text(), t.dueDate())));
                });

        assertThat(seen).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void noPublicationDateNorPeriodIsRefusedNamingTheArgument() {
        // Run 119 #6: a NullPointerException whose message was "null".
        assertThatThrownBy(() -> Timescale.parse("Ongoing", (LocalDate) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("published");
        assertThatThrownBy(() -> OwnerAssessment.of(Status.AT_RISK, ReportingPeriod.of(2024, 1)).isBefore(null))
                .isInstanceOf(NullPointerException.class).hasMessage("current");
    }

    @Test
    void aDeadlineWrittenInWelshIsReadAsItsEnglishIs() {
        // Run 120 #3: a Welsh plan's deadlines had no due date, so their items could never go off track.
        Map<String, LocalDate> due = new LinkedHashMap<>();
        due.put("Erbyn Ch4 2024/25", LocalDate.of(2025, 3, 31));
        due.put("Erbyn diwedd Mawrth 2025", LocalDate.of(2025, 3, 31));
        due.put("Yn ystod 2024/25", LocalDate.of(2025, 3, 31));
        due.put("BA 2024/25", LocalDate.of(2025, 3, 31));
        due.put("Rhag-24", LocalDate.of(2024, 12, 31));
        due.put("Chwef 2025", LocalDate.of(2025, 2, 28));
        due.put("Gorff-Medi 2024", LocalDate.of(2024, 9, 30));
        due.put("Ebrill i Fehefin 2025", LocalDate.of(2025, 6, 30));
        due.put("31ain Mawrth 2025", LocalDate.of(2025, 3, 31));
        due.put("2il Rhag 2024", LocalDate.of(2024, 12, 2));
        due.put("1af Ebrill 2025", LocalDate.of(2025, 4, 1));

        due.forEach((text, day) -> assertThat(Timescale.parse(text).dueDate()).as(text).contains(day));
        assertThat(Stream.of("Parhaus", "Parhaol", "Busnes fel arfer").map(text -> Timescale.parse(text).kind()))
                .containsOnly(Timescale.Kind.ONGOING);
        LocalDate published = LocalDate.of(2024, 5, 1);
        assertThat(Timescale.parse("Ar unwaith", published).dueDate()).contains(published);
        assertThat(Timescale.parse("Erbyn y Nadolig").kind()).isEqualTo(Timescale.Kind.UNRECOGNISED);
    }
}
