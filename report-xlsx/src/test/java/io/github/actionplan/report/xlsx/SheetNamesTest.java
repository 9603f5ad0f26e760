package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    private final SheetNames names = new SheetNames();

    @Test
    void forbiddenCharactersBecomeSpacesAndSpacesCollapse() {
        assertThat(names.unique("Q1 [draft]: a/b\\c*d?e", "x")).isEqualTo("Q1 draft a b c d e");
    }

    @Test
    void namesAreCutToThirtyOneCharactersWithoutTrailingSpaceAndMarkedAsCut() {
        String name = names.unique("Actions for every area for improvement", "x");
        assertThat(name).isEqualTo("Actions for every area for imp\u2026");
        assertThat(name).hasSizeLessThanOrEqualTo(31);
        assertThat(names.unique("Actions in others' recommendations", "x")).isEqualTo(
                "Actions in others' recommendat\u2026");
        assertThat(names.unique("Actions for every area for the service", "x")).isEqualTo(
                "Actions for every area for the\u2026");
    }

    @Test
    void aCutKeepsTheShortNumberedLastWordThatTellsSheetsApart() {
        assertThat(names.unique("Actions for Area for improvement 12", "x")).isEqualTo("Actions for Area for improv\u2026 12");
        assertThat(names.unique("Status of Area for improvement 1", "x")).isEqualTo("Status of Area for improveme\u2026 1");
        assertThat(names.unique("Status of Area for improvement 2", "x")).isEqualTo("Status of Area for improveme\u2026 2");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String name = names.unique("a".repeat(30) + "🔥🔥", "x");
        assertThat(name).isEqualTo("a".repeat(30) + "\u2026");
    }

    @Test
    void takenNamesGetANumberIgnoringCaseAndStillFit() {
        assertThat(names.unique("Status of the area for improvement", "x"))
                .isEqualTo("Status of the area for improve\u2026");
        assertThat(names.unique("Status of the area for improvement!", "x"))
                .isEqualTo("Status of the area for imp\u2026 (2)");
        assertThat(names.unique("STATUS OF THE AREA FOR IMPROVEMENT", "x"))
                .isEqualTo("STATUS OF THE AREA FOR IMP\u2026 (3)");
        assertThat(names.unique("Summary", "x")).isEqualTo("Summary");
        assertThat(names.unique("summary", "x")).isEqualTo("summary (2)");
    }

    @Test
    void blankTitlesAndApostrophesAtTheEndsUseTheFallbackOrAreTrimmed() {
        assertThat(names.unique("  ", "Table 3")).isEqualTo("Table 3");
        assertThat(names.unique("[]:*?", "Table 4")).isEqualTo("Table 4");
        assertThat(names.unique("'quoted'", "x")).isEqualTo("quoted");
    }

    @Test
    void excelsReservedHistoryNameIsNeverUsed() {
        assertThat(names.unique("History", "x")).isEqualTo("History (2)");
    }

    @Test
    void everyNameIsOneExcelAccepts() {
        for (String title : new String[] {"=1+1", "'", "漢字とかなカナ 消防救援服务 火災予防の取り組み 中文", "a\tb\nc", "ŵŷ"}) {
            String name = names.unique(title, "Table");
            WorkbookUtil.validateSheetName(name);
            assertThat(name.length()).isLessThanOrEqualTo(31);
        }
    }
}
