package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aprilToJune2025IsTheFirstQuarterOf2025To26() {
        ReportingPeriod period = ReportingPeriod.parse("April-June 2025");

        assertThat(period).isEqualTo(ReportingPeriod.of(2025, 1));
        assertThat(period.toString()).isEqualTo("Q1 2025/26");
        assertThat(period.displayName()).isEqualTo("April-June 2025");
        assertThat(period.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void theFinancialYearsEndIsWrittenInTwoDigitsAtTheTurnOfADecadeAndACentury() {
        assertThat(ReportingPeriod.of(1999, 4)).hasToString("Q4 1999/00");
        assertThat(ReportingPeriod.of(2008, 1)).hasToString("Q1 2008/09");
        assertThat(ReportingPeriod.of(2009, 2).financialYear()).isEqualTo("2009/10");
        assertThat(ReportingPeriod.of(9998, 3)).hasToString("Q3 9998/99");
    }

    @Test
    void januaryToMarchBelongsToTheFinancialYearThatStartedTheAprilBefore() {
        ReportingPeriod period = ReportingPeriod.parse("January to March 2026");

        assertThat(period).isEqualTo(ReportingPeriod.of(2025, 4));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(period.displayName()).isEqualTo("January-March 2026");
    }

    @Test
    void everyWrittenFormOfAQuarterReadsTheSame() {
        ReportingPeriod q2 = ReportingPeriod.of(2024, 2);

        assertThat(ReportingPeriod.parse("Q2 2024/25")).isEqualTo(q2);
        assertThat(ReportingPeriod.parse("2024/25 Q2")).isEqualTo(q2);
        assertThat(ReportingPeriod.parse("2024-Q2")).isEqualTo(q2);
        assertThat(ReportingPeriod.parse("July-September 2024")).isEqualTo(q2);
        assertThat(ReportingPeriod.parse("Jul-Sep 2024")).isEqualTo(q2);
        assertThat(ReportingPeriod.parse(q2.toString())).isEqualTo(q2);
    }

    @Test
    void aQuarterWrittenInWelshIsThatQuarter() {
        // Trial 47: a Welsh service's "Ch4 2025/26" (chwarter 4) was no timescale, and its item had no deadline.
        ReportingPeriod q4 = ReportingPeriod.of(2025, 4);

        assertThat(ReportingPeriod.parse("Ch4 2025/26")).isEqualTo(q4);
        assertThat(ReportingPeriod.parse("2025/26 Ch4")).isEqualTo(q4);
        assertThat(ReportingPeriod.parse("Ionawr-Mawrth 2026")).isEqualTo(q4);
        assertThat(Timescale.parse("Ch4 2025/26").dueDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(ReportingPeriod.oneYearQuarter("Ch2 2025")).isPresent();
        assertThat(ReportingPeriod.tryParse("Ch5 2025/26")).isEmpty();
        assertThat(ReportingPeriod.tryParse("Chq4 2025/26")).isEmpty();
    }

    @Test
    void theWelshSecondQuarterWhoseFirstMonthHasTenLettersIsThatQuarter() {
        // Run 119 #1: "Gorffennaf", July, is longer than any English month, and the grammar's own example was no period.
        ReportingPeriod q2 = ReportingPeriod.of(2024, 2);

        assertThat(ReportingPeriod.parse("Gorffennaf-Medi 2024")).isEqualTo(q2);
        assertThat(ReportingPeriod.findIn("Diweddariad Gorffennaf-Medi 2024")).contains(q2);
        assertThat(Timescale.parse("Gorffennaf-Medi 2024").dueDate()).contains(LocalDate.of(2024, 9, 30));
        assertThat(ReportingPeriod.tryParse("Gorffennafx-Medi 2024")).isEmpty();
    }

    @Test
    void aQuarterWrittenWithWelshAbbreviationsOrJoinedByIWithItsSecondMonthSoftenedIsThatQuarter() {
        // Run 120 #3: "Gorff-Medi 2024", "Ebrill i Fehefin 2025" and "BA 2024/25" were no quarter.
        assertThat(ReportingPeriod.parse("Gorff-Medi 2024")).isEqualTo(ReportingPeriod.of(2024, 2));
        assertThat(ReportingPeriod.parse("Ebrill i Fehefin 2025")).isEqualTo(ReportingPeriod.of(2025, 1));
        assertThat(ReportingPeriod.parse("Gorffennaf i Fedi 2024")).isEqualTo(ReportingPeriod.of(2024, 2));
        assertThat(ReportingPeriod.parse("Hydref i Ragfyr 2024")).isEqualTo(ReportingPeriod.of(2024, 3));
        assertThat(ReportingPeriod.parse("Ch2 BA 2024/25")).isEqualTo(ReportingPeriod.of(2024, 2));
        assertThat(ReportingPeriod.parse("Erbyn Ch4 2024/25")).isEqualTo(ReportingPeriod.of(2024, 4));
        assertThat(ReportingPeriod.findIn("Diweddariad Ebrill i Fehefin 2025")).contains(ReportingPeriod.of(2025, 1));
        // joined by "i", months that are not a quarter are still none
        assertThat(ReportingPeriod.tryParse("Mai i Orffennaf 2024")).isEmpty();
    }

    @Test
    void monthsThatAreNotAQuarterAreRejectedWithTheFormsUnderstood() {
        assertThatThrownBy(() -> ReportingPeriod.parse("May-July 2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'May-July 2025' is not a reporting period; write a UK financial quarter such as"
                        + " 'Q1 2025/26' or 'April-June 2025'");
        assertThat(ReportingPeriod.tryParse("Q5 2025/26")).isEmpty();
        assertThat(ReportingPeriod.tryParse("Q1 2025/27")).isEmpty();
    }

    @Test
    void aQuarterGivenOneYearIsRefusedWithTheTwoQuartersItMayMean() {
        assertThatThrownBy(() -> ReportingPeriod.parse("Q2 2025")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Q2 2025' is not a reporting period: a quarter of one year may be the calendar's,"
                        + " April-June 2025 (Q1 2025/26), or the financial year's, July-September 2025 (Q2 2025/26);"
                        + " write the financial quarter meant, such as 'Q2 2025/26'");
        assertThat(ReportingPeriod.oneYearQuarter("by 2025 Q1")).contains("a quarter of one year may be the"
                + " calendar's, January-March 2025 (Q4 2024/25), or the financial year's, April-June 2025 (Q1 2025/26);"
                + " write the financial quarter meant, such as 'Q1 2025/26'");
        assertThat(ReportingPeriod.oneYearQuarter("Q4\u00a0FY2024")).isPresent();
        assertThat(ReportingPeriod.oneYearQuarter("Q2 2025/26")).isEmpty();
        assertThat(ReportingPeriod.oneYearQuarter("2025-Q2")).isEmpty();
        assertThat(ReportingPeriod.oneYearQuarter("Q2 1899")).isEmpty();
        assertThat(ReportingPeriod.oneYearQuarter("Q2 2025 and more")).isEmpty();
    }

    @Test
    void aDateFallsInTheQuarterThatContainsIt() {
        assertThat(ReportingPeriod.containing(LocalDate.of(2025, 6, 30))).isEqualTo(ReportingPeriod.of(2025, 1));
        assertThat(ReportingPeriod.containing(LocalDate.of(2025, 7, 1))).isEqualTo(ReportingPeriod.of(2025, 2));
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 1, 1))).isEqualTo(ReportingPeriod.of(2025, 4));
        assertThat(ReportingPeriod.containing(LocalDate.of(1900, 4, 1))).isEqualTo(ReportingPeriod.of(1900, 1));
        assertThat(ReportingPeriod.containing(LocalDate.of(9999, 3, 31))).isEqualTo(ReportingPeriod.of(9998, 4));
        assertThatThrownBy(() -> ReportingPeriod.containing(LocalDate.of(1900, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1900-03-31' is not a date from 1900-04-01 to 9999-03-31, the financial quarters a plan"
                        + " can name");
        assertThat(ReportingPeriod.of(2025, 1).contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(ReportingPeriod.of(2025, 1).contains(LocalDate.of(2025, 3, 31))).isFalse();
    }

    @Test
    void quartersFollowOnAcrossFinancialYears() {
        assertThat(ReportingPeriod.of(2024, 4).next()).isEqualTo(ReportingPeriod.of(2025, 1));
        assertThat(ReportingPeriod.of(2025, 1).previous()).isEqualTo(ReportingPeriod.of(2024, 4));
        assertThat(ReportingPeriod.of(2024, 4)).isLessThan(ReportingPeriod.of(2025, 1));
    }

    @Test
    void thereIsNoQuarterBeforeTheFirstAPlanCanNameNorAfterTheLast() {
        // Run 119 #7: told as "financial year 1899 is not between 1900 and 9998", a year the caller never gave.
        assertThatThrownBy(() -> ReportingPeriod.of(1900, 1).previous()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no quarter before Q1 1900/01, the first a plan can name");
        assertThatThrownBy(() -> ReportingPeriod.of(9998, 4).next()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no quarter after Q4 9998/99, the last a plan can name");
        assertThat(ReportingPeriod.of(1900, 1).next().previous()).isEqualTo(ReportingPeriod.of(1900, 1));
    }

    @Test
    void theFirstAndLastQuartersAPlanCanNameAreTheEndsOfTheQuartersItMakes() {
        assertThat(ReportingPeriod.FIRST).isEqualTo(ReportingPeriod.parse("Q1 1900/01"));
        assertThat(ReportingPeriod.LAST).isEqualTo(ReportingPeriod.parse("Q4 9998/99"));
        assertThat(ReportingPeriod.containing(ReportingPeriod.LAST.end())).isEqualTo(ReportingPeriod.LAST);
        assertThatThrownBy(() -> ReportingPeriod.containing(ReportingPeriod.LAST.end().plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.containing(ReportingPeriod.FIRST.start().minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.of(ReportingPeriod.LAST.financialYearStart() + 1, 1))
                .hasMessage("financial year 9999 is not between 1900 and 9998");
    }

    @Test
    void aQuarterOutsideOneToFourIsRejected() {
        assertThatThrownBy(() -> ReportingPeriod.of(2025, 5)).hasMessage("quarter 5 is not 1, 2, 3 or 4");
    }
}
