package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class NamedTablesTest {

    @Test
    void aTableIsNamedAfterItsTitleInLettersDigitsAndUnderscores() {
        assertThat(NamedTables.name("Status of Area for improvement 1")).isEqualTo("Status_of_Area_for_improvement_1");
        assertThat(NamedTables.name("Key to BRAG ratings")).isEqualTo("Key_to_BRAG_ratings");
        assertThat(NamedTables.name("Gwasanaeth Tân: ŵyr?")).isEqualTo("Gwasanaeth_T_n_yr");
    }

    @Test
    void aNameStartsWithALetterAndIsNeverACellReference() {
        assertThat(NamedTables.name("2024/25 actions")).isEqualTo("Table_2024_25_actions");
        assertThat(NamedTables.name("AB12")).isEqualTo("Table_AB12");
        assertThat(NamedTables.name("R1C1")).isEqualTo("Table_R1C1");
        assertThat(NamedTables.name("c")).isEqualTo("Table_c");
        assertThat(NamedTables.name("漢字 🔥")).isEqualTo("Table");
        assertThat(NamedTables.name("")).isEqualTo("Table");
        assertThat(NamedTables.name("x".repeat(1_000))).hasSize(200);
    }

    @Test
    void onlyHeadersThatCanNameColumnsMakeAnExcelTable() {
        assertThat(NamedTables.canNameColumns(List.of("Ref", "Status", "Overall %"))).isTrue();
        assertThat(NamedTables.canNameColumns(List.of("Status", "STATUS"))).as("repeated ignoring case").isFalse();
        assertThat(NamedTables.canNameColumns(List.of("Ref", " "))).as("blank").isFalse();
        assertThat(NamedTables.canNameColumns(List.of("Two\nlines"))).as("a line break").isFalse();
        assertThat(NamedTables.canNameColumns(List.of("Code _x0041_"))).as("an escape").isFalse();
        assertThat(NamedTables.canNameColumns(List.of("x".repeat(256)))).as("too long").isFalse();
    }

    @Test
    void namesAreUniqueIgnoringCaseAndTablesStopAtTheMostAWorkbookGets() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Chapters");
            NamedTables tables = new NamedTables(workbook::getSheet, 3);
            List<String> headers = List.of("Ref", "Status");
            assertThat(tables.define("Chapters", 0, 1, headers, "Actions")).isTrue();
            assertThat(tables.define("Chapters", 3, 4, headers, "ACTIONS")).isTrue();
            assertThat(tables.define("Chapters", 6, 7, List.of("Ref", "Ref"), "Repeated")).isFalse();
            assertThat(tables.define("Chapters", 9, 10, headers, "Actions")).isTrue();
            assertThat(tables.define("Chapters", 12, 13, headers, "More")).isFalse();
            assertThat(tables.left()).isEqualTo(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                List<XSSFTable> written = read.getSheet("Chapters").getTables();
                assertThat(written).extracting(XSSFTable::getName).containsExactly("Actions", "ACTIONS_2", "Actions_3");
                assertThat(written).extracting(t -> t.getArea().formatAsString())
                        .containsExactly("A1:B2", "A4:B5", "A10:B11");
                assertThat(written).extracting(t -> t.getCTTable().getId()).containsExactly(1L, 2L, 3L);
            }
        }
    }
}
