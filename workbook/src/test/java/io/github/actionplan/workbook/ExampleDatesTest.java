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
    void everyExampleTimescaleReadsAsTheDayItIsGivenFor() {
        for (int year = 1990; year < 2100; year += 7) {
            ExampleDates examples = ExampleDates.of(ReportingPeriod.of(year, 1 + year % 4));
            LocalDate due = examples.due().end();
            String[] each = examples.someTimescales().replace(" or ", ", ").split(", ");
            for (String typed : java.util.List.of(each[0], each[1], each[2], examples.due().toString())) {
                assertThat(Timescale.parse(typed).dueDate()).as(typed).contains(due);
            }
            assertThat(Timescale.parse(examples.dates().split(" \\(")[0]).dueDate()).contains(examples.day());
        }
    }
}
