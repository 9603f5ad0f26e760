package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Test
    void writesDayShortMonthAndYearAsPlansDo() {
        assertThat(Dates.shortDate(LocalDate.of(2023, 6, 1))).isEqualTo("1 Jun 2023");
        assertThat(Dates.shortDate(LocalDate.of(2024, 9, 30))).isEqualTo("30 Sep 2024");
    }

    @Test
    void writesAMonthAsTheShortDateWritesIt() {
        assertThat(Dates.shortMonth(LocalDate.of(2026, 3, 1))).isEqualTo("Mar 2026");
        assertThat(Dates.shortMonth(LocalDate.of(2024, 9, 30))).isEqualTo("Sep 2024");
    }

    @Test
    void everyDayFrom1900To2200ReadsAsTheUkFormatterWritesItWithSepForSeptember() {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() <= 2200; day = day.plusDays(1)) {
            assertThat(Dates.shortDate(day)).isEqualTo(UK.format(day).replace("Sept", "Sep"));
        }
    }

    @Test
    void yearsOutsideFourDigitsGoThroughTheFormatter() {
        assertThat(Dates.shortDate(LocalDate.of(999, 9, 2))).isEqualTo(UK.format(LocalDate.of(999, 9, 2)).replace("Sept", "Sep"));
        assertThat(Dates.shortDate(LocalDate.of(10_000, 1, 5))).isEqualTo(UK.format(LocalDate.of(10_000, 1, 5)));
    }

    @Test
    void yearZeroIsWrittenAsTheYearItIsNotAsOneBeforeChrist() {
        assertThat(Dates.shortDate(LocalDate.of(0, 1, 1))).isEqualTo("1 Jan 0000");
    }
}
