package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.workbook.UntrustedWorkbook.Kind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type, read through the streaming reader the import uses, as Excel stores it. */
class CellValuesTest {

    @TempDir
    static Path folder;

    /** Column A of each row, by its text in column B, as the streaming reader reads it. */
    private static final Map<String, CellContent> CELLS = new HashMap<>();
    /** The same, as the user model reads it ({@link CellContent#of}). */
    private static final Map<String, CellContent> USER_MODEL = new HashMap<>();

    @BeforeAll
    static void writeAndReadAWorkbookOfTypedValues() throws Exception {
        Path file = folder.resolve("typed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Typed");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle literalPercent = workbook.createCellStyle();
            literalPercent.setDataFormat(workbook.createDataFormat().getFormat("0\"%\""));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("[$-809]mmm\\-yy"));
            int r = 0;
            number(sheet, r++, "fifty", 50, null);
            number(sheet, r++, "half as a percentage", 0.5, percent);
            number(sheet, r++, "fifty shown with a sign", 50, literalPercent);
            number(sheet, r++, "a third as a percentage", 1.0 / 3, percent);
            number(sheet, r++, "120", 120, null);
            number(sheet, r++, "date serial", 46022, date);
            number(sheet, r++, "plain serial", 46022, null);
            number(sheet, r++, "month serial", 46082, month);
            number(sheet, r++, "day typed in a date cell", 15, date);
            number(sheet, r++, "year typed in a date cell", 2025, date);
            number(sheet, r++, "first day of 1910", 3654, date);
            text(sheet, r++, "month", "Mar 2026");
            text(sheet, r++, "financial year", "2026/27");
            text(sheet, r++, "quarter", "Q4 2026/27");
            text(sheet, r++, "ongoing", "Ongoing");
            text(sheet, r++, "to be confirmed", "TBC");
            text(sheet, r++, "quarter of one year", "Q2 2026");
            text(sheet, r++, "immediate", "With immediate effect");
            text(sheet, r++, "text fifty", "50");
            text(sheet, r++, "text fifty percent", "50%");
            text(sheet, r++, "text fifty space percent", "50 %");
            text(sheet, r++, "uk date", "31/12/2025");
            text(sheet, r++, "uk short date", "31/12/25");
            text(sheet, r++, "short month", "31 Dec 2025");
            text(sheet, r++, "long month", "31 December 2025");
            text(sheet, r++, "iso", "2025-12-31");
            text(sheet, r++, "us date", "12/31/2025");
            text(sheet, r++, "no such day", "31/02/26");
            text(sheet, r++, "yes", "YES");
            text(sheet, r++, "n", "n");
            text(sheet, r++, "amber", "amber");
            text(sheet, r++, "g", "G");
            text(sheet, r++, "purple", "Purple");
            text(sheet, r++, "coch / red", "Coch / Red");
            text(sheet, r++, "glas", "glas");
            text(sheet, r++, "mewn perygl", "Mewn  perygl");
            text(sheet, r++, "coch / amber", "Coch / Amber");
            text(sheet, r++, "ie", "Ie");
            text(sheet, r++, "nac oes", "Nac oes");
            text(sheet, r++, "bilingual label", "Ar y trywydd / On track");
            text(sheet, r++, "bilingual reversed", "On track / Ar y trywydd");
            text(sheet, r++, "spaces", "   ");
            Row bool = row(sheet, r++, "true cell");
            bool.createCell(0).setCellValue(true);
            Row error = row(sheet, r++, "error");
            error.createCell(0).setCellErrorValue(FormulaError.REF.getCode());
            Row saved = row(sheet, r++, "formula with saved value");
            saved.createCell(0).setCellFormula("25*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(saved.getCell(0));
            Row unsaved = row(sheet, r++, "formula without saved value");
            unsaved.createCell(0).setCellFormula("25*2");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, Kind.TRACKER)) {
            workbook.readSheet("Typed", 1000, (row, cells) -> CELLS.put(cells.get(1).text(),
                    cells.getOrDefault(0, CellContent.blank("A" + row))));
        }
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file,
                Kind.TRACKER); XSSFWorkbook model = workbook.userModel(1000)) {
            for (Row row : model.getSheet("Typed")) {
                Cell a = row.getCell(0);
                USER_MODEL.put(row.getCell(1).getStringCellValue(),
                        a == null ? CellContent.blank("A" + (row.getRowNum() + 1)) : CellContent.of(a, false));
            }
        }
    }

    private static Row row(XSSFSheet sheet, int r, String name) {
        Row row = sheet.createRow(r);
        row.createCell(1).setCellValue(name);
        return row;
    }

    private static void number(XSSFSheet sheet, int r, String name, double value, CellStyle style) {
        Cell cell = row(sheet, r, name).createCell(0);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void text(XSSFSheet sheet, int r, String name, String value) {
        row(sheet, r, name).createCell(0).setCellValue(value);
    }

    /** The timescale in the cell called {@code name}, read with the examples of a workbook of no period. */
    private static Optional<Timescale> timescale(String name) throws CellValueException {
        return CellValues.timescale(cell(name), ExampleDates.ANY);
    }

    private static CellContent cell(String name) {
        assertThat(CELLS).containsKey(name);
        return CELLS.get(name);
    }

    @Test
    void percentagesAreReadAsPeopleTypeThem() throws Exception {
        assertThat(CellValues.percent(cell("fifty"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("half as a percentage"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("fifty shown with a sign"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("text fifty"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("text fifty percent"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("text fifty space percent"))).contains(Percent.of(50));
        assertThat(CellValues.percent(cell("formula with saved value"))).contains(Percent.of(50));
    }

    @Test
    void aFractionOfAPercentageKeepsItsDecimalsWithoutFloatingPointNoise() throws Exception {
        assertThat(CellValues.percent(cell("a third as a percentage")).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("33.333333"));
    }

    @Test
    void aPercentageAboveAHundredIsRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> CellValues.percent(cell("120")))
                .hasMessage("120 is not a percentage from 0 to 100; type a number from 0 to 100, such as 50 or 50%");
        assertThatThrownBy(() -> CellValues.percent(cell("uk date")))
                .hasMessage("'31/12/2025' is not a percentage; type a number from 0 to 100, such as 50 or 50%");
    }

    @Test
    void datesAreReadFromDateCellsAndFromUkTextForms() throws Exception {
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        for (String name : new String[] {"date serial", "uk date", "uk short date", "short month", "long month",
                "iso"}) {
            assertThat(CellValues.date(cell(name))).as(name).contains(newYearsEve);
        }
    }

    @Test
    void aNumberThatIsNotShownAsADateAndAUsDateAreRefused() {
        assertThatThrownBy(() -> CellValues.date(cell("plain serial"))).hasMessage("46022 is a number, not a date"
                + " (as a date, 46022 is 31 Dec 2025: a date stored as a number, as a paste of values stores one, with"
                + " no date format to show it); type a date such as 31/12/2025 (day first), 31 Dec 2025 or"
                + " 2025-12-31");
        assertThatThrownBy(() -> CellValues.date(cell("us date"))).hasMessageStartingWith("'12/31/2025' is not a date:"
                + " there is no month 31; type a date such as 31/12/2025 (day first)");
    }

    @Test
    void aNumberTypedInADateCellIsRefusedSayingWhatTheCellHoldsAndShowsNotReadAsADayOf1900() throws Exception {
        assertThatThrownBy(() -> CellValues.date(cell("day typed in a date cell"))).hasMessage("the cell holds the"
                + " number 15, which its date format shows as a day at the start of 1900: a number typed in a date"
                + " cell counts days"
                + " from 1900, it is not a date; type a date such as 31/12/2025 (day first), 31 Dec 2025 or"
                + " 2025-12-31");
        assertThatThrownBy(() -> CellValues.date(cell("year typed in a date cell"))).hasMessageStartingWith("the cell"
                + " holds the number 2025, which its date format shows as 17 Jul 1905: a number typed in a date cell");
        assertThatThrownBy(() -> timescale("year typed in a date cell")).hasMessageEndingWith(
                "it is not a date; type a date such as 31/03/2027 (day first), a month such as Mar 2027, a financial"
                        + " year such as 2026/27, a quarter such as Q4 2026/27, or Ongoing");
        // A date picked or typed as one, however early, is the day it shows.
        assertThat(CellValues.date(cell("first day of 1910"))).contains(LocalDate.of(1910, 1, 1));
        assertThat(CellValues.date(USER_MODEL.get("first day of 1910"))).contains(LocalDate.of(1910, 1, 1));
    }

    @Test
    void aNumberBeforeMarch1900IsNamedAsADayAtTheStartOf1900NotADayExcelAndLibreOfficeShowDifferently() {
        // Excel shows 60 as 29/02/1900, a day 1900 did not have, and LibreOffice as 28/02/1900; POI works out 1 Mar.
        for (double number : new double[] {1, 31, 59, 60}) {
            assertThatThrownBy(() -> CellValues.date(CellContent.number("A1", number, "dd/mm/yyyy")))
                    .hasMessageStartingWith("the cell holds the number " + (int) number + ", which its date format"
                            + " shows as a day at the start of 1900: a number typed in a date cell counts days");
        }
        // From 1 March 1900 on, both show the same day; a workbook counting from 1904 has no such day.
        assertThatThrownBy(() -> CellValues.date(CellContent.number("A1", 61, "dd/mm/yyyy")))
                .hasMessageStartingWith("the cell holds the number 61, which its date format shows as 1 Mar 1900:");
        assertThatThrownBy(() -> CellValues.date(new CellContent("A1", CellContent.Type.NUMBER, "15", 15, "dd/mm/yyyy",
                Optional.empty(), true, Optional.empty()))).hasMessageStartingWith("the cell holds the number 15, which"
                + " its date format shows as 16 Jan 1904: a number typed in a date cell counts days from 1904");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAsADateOrTimescaleSayingWhy() {
        assertThatThrownBy(() -> CellValues.date(cell("no such day"))).hasMessage("'31/02/26' is not a date:"
                + " February 2026 has 28 days; type a date such as 31/12/2025 (day first), 31 Dec 2025 or 2025-12-31");
        assertThatThrownBy(() -> timescale("no such day")).hasMessageStartingWith("'31/02/26' is not"
                + " a date: February 2026 has 28 days; type a date such as 31/03/2027 (day first)");
    }

    @Test
    void timescalesAreReadInCoresFormsAndFromDateCellsAsTheyShow() throws Exception {
        assertThat(timescale("month")).contains(Timescale.parse("Mar 2026"));
        assertThat(timescale("uk date")).contains(Timescale.parse("31/12/2025"));
        assertThat(timescale("financial year").flatMap(Timescale::dueDate))
                .contains(LocalDate.of(2027, 3, 31));
        assertThat(timescale("quarter").flatMap(Timescale::dueDate))
                .contains(LocalDate.of(2027, 3, 31));
        assertThat(timescale("ongoing").map(Timescale::isOngoing)).contains(true);
        // A date cell is the day it shows, or the month where it shows no day (1 Mar 2026 shown as Mar-26).
        assertThat(timescale("date serial")).contains(Timescale.parse("31 Dec 2025"));
        assertThat(timescale("month serial")).contains(Timescale.parse("Mar 2026"));
        assertThat(timescale("spaces")).isEmpty();
    }

    @Test
    void aTimescaleWithNoDateIsRefusedSayingWhatIsAllowed() {
        String allowed = "type a date such as 31/03/2027 (day first), a month such as Mar 2027, a financial year such"
                + " as 2026/27, a quarter such as Q4 2026/27, or Ongoing";
        assertThatThrownBy(() -> timescale("to be confirmed"))
                .hasMessage("'TBC' is not a timescale with a date; " + allowed);
        assertThatThrownBy(() -> timescale("quarter of one year")).hasMessage("'Q2 2026' is not a"
                + " timescale: a quarter of one year may be the calendar's, April-June 2026 (Q1 2026/27), or the"
                + " financial year's, July-September 2026 (Q2 2026/27); write the financial quarter meant, such as"
                + " 'Q2 2026/27'");
        assertThatThrownBy(() -> timescale("immediate"))
                .hasMessage("'With immediate effect' is not a timescale with a date; " + allowed);
        assertThatThrownBy(() -> timescale("plain serial"))
                .hasMessage("46022 is not a timescale (as a date, 46022 is 31 Dec 2025: a date stored as a number,"
                        + " as a paste of values stores one, with no date format to show it); " + allowed);
        assertThatThrownBy(() -> timescale("true cell")).hasMessage("TRUE is not a timescale; "
                + allowed);
    }

    @Test
    void yesNoAndBragAreReadInAnyCase() throws Exception {
        assertThat(CellValues.yesNo(cell("yes"))).contains(true);
        assertThat(CellValues.yesNo(cell("n"))).contains(false);
        assertThat(CellValues.yesNo(cell("true cell"))).contains(true);
        assertThat(CellValues.brag(cell("amber"), StatusLabels.defaults())).contains(Brag.AMBER);
        assertThat(CellValues.brag(cell("g"), StatusLabels.defaults())).contains(Brag.GREEN);
        assertThatThrownBy(() -> CellValues.brag(cell("purple"), StatusLabels.defaults())).hasMessage(
                "'Purple' is not a BRAG rating; choose Blue (complete), Red, Amber or Green from the cell's list"
                        + " (Alt+Down Arrow opens it)");
        assertThatThrownBy(() -> CellValues.yesNo(cell("amber"))).hasMessage("'amber' is not yes or no; type Yes or No");
    }

    @Test
    void aBragRatingOrYesOrNoInWelshOrThePlansOwnLabelIsReadAsItsEnglish() throws Exception {
        // Run 120 #2: a Welsh owner's "Coch" and "Ie", and the plan's own "Mewn perygl", were refused.
        StatusLabels welsh = StatusLabels.builder().putCustom(Status.AT_RISK, "Mewn perygl").build();

        assertThat(CellValues.brag(cell("coch / red"), welsh)).contains(Brag.RED);
        assertThat(CellValues.brag(cell("glas"), welsh)).contains(Brag.BLUE);
        assertThat(CellValues.brag(cell("mewn perygl"), welsh)).contains(Brag.AMBER);
        assertThatThrownBy(() -> CellValues.brag(cell("mewn perygl"), StatusLabels.defaults()))
                .hasMessageStartingWith("'Mewn  perygl' is not a BRAG rating");
        assertThatThrownBy(() -> CellValues.brag(cell("coch / amber"), welsh)).as("two ratings are none")
                .hasMessageStartingWith("'Coch / Amber' is not a BRAG rating");
        // Run 122 #4: a plan's label in two languages, as the Instructions key it, is the label whole.
        StatusLabels bilingual = StatusLabels.builder().putCustom(Status.ON_TRACK, "Ar y trywydd / On track").build();
        assertThat(CellValues.brag(cell("bilingual label"), bilingual)).contains(Brag.GREEN);
        // Run 123 #7: its halves either way round, or either alone; run 123 #5: a Welsh colour the plan's label of
        // another status is that status, as the Instructions key it, while the list's own "Amber" is the colour.
        assertThat(CellValues.brag(cell("bilingual reversed"), bilingual)).contains(Brag.GREEN);
        assertThat(CellValues.brag(cell("glas"), StatusLabels.builder().putCustom(Status.AT_RISK, "Glas").build()))
                .contains(Brag.AMBER);
        assertThat(CellValues.brag(cell("amber"), StatusLabels.builder().putCustom(Status.OFF_TRACK, "Amber")
                .build())).contains(Brag.AMBER);
        assertThat(CellValues.yesNo(cell("ie"))).contains(true);
        assertThat(CellValues.yesNo(cell("nac oes"))).contains(false);
    }

    @Test
    void blankCellsAreAbsent() throws Exception {
        assertThat(CellValues.percent(cell("spaces"))).isEmpty();
        assertThat(CellValues.date(cell("spaces"))).isEmpty();
        assertThat(CellValues.text(cell("spaces"))).isEmpty();
        assertThat(CellValues.brag(cell("spaces"), StatusLabels.defaults())).isEmpty();
    }

    @Test
    void aFormulaWithoutASavedValueAndAnErrorAreRefusedNotEvaluated() {
        assertThatThrownBy(() -> CellValues.percent(cell("formula without saved value"))).hasMessage(
                "holds the formula =25*2 with no saved value, which is not worked out here (a file a script wrote, not"
                        + " Excel); type the value itself, or open the file in Excel or LibreOffice and save it, which"
                        + " saves the value");
        assertThatThrownBy(() -> CellValues.date(cell("error"))).hasMessage("holds the error #REF!; type the value itself");
    }

    @Test
    void textReadsNumbersAsWritten() throws Exception {
        assertThat(CellValues.text(cell("fifty"))).contains("50");
        assertThat(CellValues.text(CellContent.number("A1", 3.25, "General"))).contains("3.25");
        assertThat(CellValues.text(CellContent.text("A1", "Rec 3"))).contains("Rec 3");
        assertThat(CellValues.text(CellContent.blank("A1"))).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"th-TH", "th-TH-u-nu-thai", "ar-EG", "fa-IR", "hi-IN-u-nu-deva"})
    void aNumberCellIsShownInAsciiDigitsWhateverDigitsTheMachinesLocaleHas(String tag) {
        // Under th-TH a date typed in an update cell was stored "๑๔ Aug ๒๐๒๕": the JDK took the digits from the
        // machine's locale, though the formatter's is US English.
        CellContent date = CellContent.number("W5", DateUtil.getExcelDate(LocalDate.of(2025, 8, 14)), "d mmm yyyy");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            assertThat(CellValues.shown(date, new DataFormatter(Locale.US))).isEqualTo("14 Aug 2025");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aDateIsNoName() {
        // Run 78 #8: a date in New owner made an owner "2025-08-01 0:00:00".
        assertThatThrownBy(() -> CellValues.name(CellContent.number("P7", DateUtil.getExcelDate(LocalDate.of(2025, 8,
                1)), "yyyy-mm-dd h:mm:ss"))).hasMessage("holds the date 1 Aug 2025, not a name; type the name itself");
    }

    @Test
    void aTimescaleDuePastTheLastQuarterAPlanCanNameIsRefusedAsAYearMistyped() throws Exception {
        // Run 78 #5: '31/12/9999' was read, its recommendation on track for ever, with no word of the year.
        ExampleDates examples = ExampleDates.of(ReportingPeriod.parse("Q2 2025/26"));

        assertThatThrownBy(() -> CellValues.timescale(CellContent.text("N7", "31/12/9999"), examples)).hasMessage(
                "'31/12/9999' is due on 31 Dec 9999, after the last quarter a plan can report on, Q4 9998/99: most"
                + " likely its year is mistyped; " + examples.timescaleAllowed());
        assertThat(CellValues.timescale(CellContent.text("N7", "Mar 9999"), examples).flatMap(Timescale::dueDate))
                .contains(LocalDate.of(9999, 3, 31));
    }

    @Test
    void textWithHalfACharacterOrAControlCharacterIsRefusedNamingIt() throws Exception {
        // Run 78 #4, #6: OOXML's escapes gave them, the one refused only in the plan file written, at a JSON path,
        // the other kept, and shown as a box in every report.
        assertThatThrownBy(() -> CellValues.text(CellContent.text("W6", "survey \uD83D done"))).hasMessage("holds half"
                + " a character (U+D83D), as a file a program wrote may, which no plan can keep; delete it, or type the"
                + " whole character");
        assertThatThrownBy(() -> CellValues.text(CellContent.text("W6", "abc\u001B[2J"))).hasMessage("holds a control"
                + " character (U+001B), which comes with text pasted from another system and shows as nothing or a"
                + " box; delete it");
        assertThat(CellValues.text(CellContent.text("W6", "Survey \uD83D\uDE00 done,\r\n\tand read"))).contains(
                "Survey \uD83D\uDE00 done,\r\n\tand read");
    }

    @Test
    void theUserModelReadsEveryCellAsTheStreamingReaderDoes() {
        assertThat(USER_MODEL.keySet()).isEqualTo(CELLS.keySet());
        CELLS.forEach((name, streamed) -> {
            CellContent read = USER_MODEL.get(name);
            assertThat(read.type()).as(name).isEqualTo(streamed.type());
            assertThat(read.number()).as(name).isEqualTo(streamed.number());
            assertThat(read.format()).as(name).isEqualTo(streamed.format());
            assertThat(read.formula()).as(name).isEqualTo(streamed.formula());
            assertThat(read.reference()).as(name).isEqualTo(streamed.reference());
            if (streamed.type() != CellContent.Type.NUMBER) {
                assertThat(read.text()).as(name).isEqualTo(streamed.text());
            }
        });
    }

    @Test
    void onlyAnUnquotedPercentSignMakesAPercentageFormat() {
        assertThat(CellValues.isPercentFormat("0%")).isTrue();
        assertThat(CellValues.isPercentFormat("0.00%")).isTrue();
        assertThat(CellValues.isPercentFormat("0\"%\"")).isFalse();
        assertThat(CellValues.isPercentFormat("0\\%")).isFalse();
        assertThat(CellValues.isPercentFormat("General")).isFalse();
    }
}
