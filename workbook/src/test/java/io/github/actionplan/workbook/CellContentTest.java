package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellContentTest {

    private static CellContent withFormula(CellContent.Type type, String formula) {
        return new CellContent("L6", type, type == CellContent.Type.ERROR ? "#REF!" : "", 55, "General",
                Optional.of(formula), false, Optional.empty());
    }

    @Test
    void aValueTakenFromAnotherWorkbookIsToldByTheReferenceToItNotByBracketsElsewhere() {
        for (String other : new String[] {"[1]Totals!A1", "[totals.xlsx]Totals!A1", "'[1]My sheet'!A1",
                "SUM([2]S!A1:A3)", "[1]!Named", "'C:\\x\\[a.xlsx]S'!A1"}) {
            assertThat(withFormula(CellContent.Type.NUMBER, other).takesFromOtherWorkbook()).as(other).isTrue();
        }
        for (String own : new String[] {"Table1[Owner]", "Table1[[#This Row],[Col]]", "A1+B2", "INDEX(T[Col],1)",
                "\"[1]Totals!A1\"&B2"}) {
            assertThat(withFormula(CellContent.Type.NUMBER, own).takesFromOtherWorkbook()).as(own).isFalse();
        }
    }

    @Test
    void anErrorOrAFormulaWithNoValueSavedTakesNoValueFromAnotherWorkbook() {
        // Run 94 #3: such a cell is refused, saying why; it was also warned of as "read so".
        assertThat(withFormula(CellContent.Type.ERROR, "[1]Totals!A1").takesFromOtherWorkbook()).isFalse();
        assertThat(withFormula(CellContent.Type.UNSAVED_FORMULA, "[1]Totals!A1").takesFromOtherWorkbook()).isFalse();
    }
}
