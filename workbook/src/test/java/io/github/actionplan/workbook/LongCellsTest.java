package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell longer than a cell can hold (Excel's 32,767 characters) is a problem at its cell, found without reading its
 * text whole: a hostile file's cell of hundreds of millions of characters compresses into a few megabytes. Each file
 * here would need tens of megabytes to read whole, and is built small.
 */
class LongCellsTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");
    private static final String MARKER = "LONGCELLMARKER";
    /** Another marker, for the inline cell: the shared strings keep the first, no cell naming it. */
    private static final String INLINE_MARKER = "INLINECELLMARKER";
    private static final String UPDATES_PART = "xl/worksheets/sheet2.xml";

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    private InvalidWorkbookException refused(Path file) {
        return catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan()).read(file));
    }

    /** The exported workbook with 2.1's update {@code length} characters long, in a shared or an inline string. */
    private Path withLongUpdate(long length, boolean inline) throws IOException {
        Path typed;
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.1", UpdateColumn.UPDATE, MARKER).type("3", "3.1", UpdateColumn.PROGRESS, "lots");
            typed = owner.save(folder.resolve("typed.xlsx"));
        }
        if (inline) {
            String reference = cell(UpdateColumn.UPDATE).substring("Updates!".length());
            typed = LongText.inline(typed, folder.resolve("inline.xlsx"), UPDATES_PART, reference, INLINE_MARKER);
        }
        return LongText.replacing(typed, folder.resolve("long.xlsx"), inline ? INLINE_MARKER : MARKER, length);
    }

    private String cell(UpdateColumn column) throws IOException {
        try (Owner owner = Owner.open(seed.file())) {
            return owner.cell("2", "2.1", column);
        }
    }

    private String progressProblem() throws IOException {
        try (Owner owner = Owner.open(seed.file())) {
            return "long.xlsx: " + owner.cell("3", "3.1", UpdateColumn.PROGRESS) + " (3 / 3.1): Progress % now: 'lots'"
                    + " is not a percentage;";
        }
    }

    @Test
    void anInlineStringOfMillionsOfCharactersIsAProblemAtItsCellBesideTheOthers() throws IOException {
        Path file = withLongUpdate(20_000_000, true);

        assertThat(refused(file).problems()).extracting(WorkbookProblem::toString).satisfiesExactly(
                first -> assertThat(first).isEqualTo("long.xlsx: " + cell(UpdateColumn.UPDATE) + " (2 / 2.1): Update"
                        + " for this period: holds 20,000,000 characters, more than the 32,767 a cell can hold (Excel's"
                        + " limit), so it was not read; shorten it"),
                second -> assertThat(second).startsWith(progressProblem()));
    }

    @Test
    void aSharedStringOfMillionsOfCharactersIsAProblemAtTheCellThatNamesIt() throws IOException {
        Path file = withLongUpdate(20_000_000, false);

        assertThat(refused(file).problems()).extracting(WorkbookProblem::toString).satisfiesExactly(
                first -> assertThat(first).isEqualTo("long.xlsx: " + cell(UpdateColumn.UPDATE) + " (2 / 2.1): Update"
                        + " for this period: holds 20,000,000 characters, more than the 32,767 a cell can hold (Excel's"
                        + " limit), so it was not read; shorten it"),
                second -> assertThat(second).startsWith(progressProblem()));
    }

    @Test
    void aCellOneCharacterLongerThanACellHoldsIsAProblemGivingItsLength() throws IOException {
        Path file = withLongUpdate(32_768, true);

        assertThat(refused(file).problems()).extracting(WorkbookProblem::toString).first().isEqualTo(
                "long.xlsx: " + cell(UpdateColumn.UPDATE) + " (2 / 2.1): Update for this period: holds 32,768"
                        + " characters, more than the 32,767 a cell can hold (Excel's limit), so it was not read;"
                        + " shorten it");
    }

    @Test
    void anInlineStringsEscapedCharactersAreReadAsASharedStringsAre() throws Exception {
        Path typed;
        try (Owner owner = Owner.open(seed.file())) {
            owner.type("2", "2.1", UpdateColumn.UPDATE, MARKER);
            typed = owner.save(folder.resolve("typed.xlsx"));
        }
        String reference = cell(UpdateColumn.UPDATE).substring("Updates!".length());
        // As Excel escapes them: a space as _x0020_, and "_x0041_" typed in as _x005F_x0041_.
        Path inline = LongText.inline(typed, folder.resolve("inline.xlsx"), UPDATES_PART, reference,
                "Survey_x0020_done; code _x005F_x0041_");

        ImportedUpdate result = UpdateImport.of(seed.plan()).read(inline);

        assertThat(result.plan().recommendation("2").orElseThrow().updates().getLast().text())
                .isEqualTo("- 2.1: Survey done; code \\_x0041\\_");
    }

    @Test
    void sharedStringsHoldingMoreTextThanAnyPlansWorkbookAreRefusedAsTooLarge() throws IOException {
        Path file = withLongUpdate(32_000_001, false);

        assertThat(refused(file)).hasMessage("long.xlsx is too large to read: its text (shared strings) comes to"
                + " more than 32,000,000 characters, more than any workbook of a plan holds; if it is a real"
                + " workbook, delete the sheets and text it does not need and save it again");
    }
}
