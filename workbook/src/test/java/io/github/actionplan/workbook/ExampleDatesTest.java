package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExampleDatesTest {

    @Test
    void aDayIsThePeriodsLastAndATimescaleTheEndOfTheFinancialYearAfterIt() {
        ExampleDates q4 = ExampleDates.of(ReportingPeriod.parse("Q4 2030/31"));

        assertThat(q4.day()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(q4.dateAllowed()).isEqualTo("type a date such as 31/03/2031 (day first), 31 Mar 2031 or 2031-03-31");
        assertThat(q4.timescaleAllowed()).isEqualTo("type a date such as 31/03/2032 (day first), a month such as"
                + " Mar 2032, a financial year such as 2031/32, a quarter such as Q4 2031/32, or Ongoing");
        assertThat(q4.someTimescales()).isEqualTo("Mar 2032, 31/03/2032, 2031/32 or Ongoing");
    }

    @Test
    void aDayIsTheReportingDateWhereTheWorkbookGivesOneBeforeThePeriodsEndAsNoLaterDayIsTakenInCompletedOn() {
        // Trial 26 F5: a workbook with statuses at 15 Sep gave 30/09/2025 as the example its import refused.
        ExampleDates early = ExampleDates.of(ReportingPeriod.parse("Q2 2025/26"), LocalDate.of(2025, 9, 15));

        assertThat(early.dates()).isEqualTo("15 Sep 2025, which every spreadsheet reads alike, or 15/09/2025 (day"
                + " first, where the spreadsheet is set to UK English)");
        assertThat(early.someTimescales()).isEqualTo("Mar 2027, 31/03/2027, 2026/27 or Ongoing");
    }

    @Test
    void theLastFinancialYearAPlanCanNameHasItsOwnEndAsTheExampleTimescaleHavingNoneAfterIt() {
        // Trial 26 F2: a workbook for any quarter of 9998/99 stopped with an unexpected error.
        ExampleDates last = ExampleDates.of(ReportingPeriod.parse("Q2 9998/99"));

        assertThat(last.someTimescales()).isEqualTo("Mar 9999, 31/03/9999, 9998/99 or Ongoing");
        assertThat(Timescale.parse("31/03/9999").dueDate()).contains(LocalDate.of(9999, 3, 31));
    }

    @Test
    void everyExampleTimescaleReadsAsTheDayItIsGivenFor() {
        for (int year = 1990; year < 2100; year += 7) {
            ExampleDates examples = ExampleDates.of(ReportingPeriod.of(year, 1 + year % 4));
            LocalDate due = examples.due().end();
            String[] each = examples.someTimescales().replace(" or ", ", ").split(", ");
            for (String typed : java.util.List.of(each[0], each[1], each[2], examples.due().toString())) {
                assertThat(Timescale.parse(typed).dueDate()).as(typed).contains(due);
            }
            for (String typed : examples.dates().replaceAll(" \\(.*", "").split(", which every spreadsheet reads"
                    + " alike, or ")) {
                assertThat(Timescale.parse(typed).dueDate()).as(typed).contains(examples.day());
            }
        }
    }
}
