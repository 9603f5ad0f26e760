package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks read as a web service reads uploads: each saved to a temporary file and read under the name its user
 * uploaded it with, which every problem and warning names, never the temporary file's.
 */
class WorkbookNamesTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();


    @FunctionalInterface
    private interface Filling {
        void fill(Owner owner) throws IOException;
    }

    /** A copy of the exported workbook filled in by {@code filling}, saved as a service saves an upload. */
    private Path upload(Filling filling) throws IOException {
        try (Owner owner = Owner.open(seed.file())) {
            filling.fill(owner);
            return owner.save(Files.createTempFile(folder, "upload-", ".tmp"));
        }
    }

    private static void culture(Owner owner) {
        owner.type("2", "2.1", UpdateColumn.PROGRESS, "50%").type("2", "", UpdateColumn.UPDATE, "Culture work"
                + " continues.");
    }

    /** Every text a problem or warning gives a user: each as printed, and the exception's message. */
    private static List<String> texts(InvalidWorkbookException e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        texts.add(e.source());
        e.problems().forEach(problem -> {
            texts.add(problem.toString());
            problem.workbook().ifPresent(texts::add);
        });
        return texts;
    }

    private static List<String> texts(List<WorkbookProblem> warnings) {
        return warnings.stream().flatMap(w -> Stream.concat(Stream.of(w.toString()), w.workbook().stream())).toList();
    }

    @Test
    void aCopyUploadedToATemporaryFileIsNamedAsTheUserKnowsIt() throws Exception {
        Path saved = upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "120%"));

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(new WorkbookFile(saved, "updates-q2.xlsx")));

        assertThat(e.source()).isEqualTo("updates-q2.xlsx");
        assertThat(e).hasMessageStartingWith("updates-q2.xlsx cannot be used: 1 error");
        assertThat(texts(e)).noneMatch(text -> text.contains("upload-"));
    }

    @Test
    void aCopyUploadedAloneIsNamedInEveryWarningAsItsErrorsAre() throws Exception {
        Path saved = upload(owner -> owner.type("2", "2.1", UpdateColumn.TIMESCALE, "Mar 2026"));
        String timescale;
        try (Owner owner = Owner.open(saved)) {
            timescale = owner.cell("2", "2.1", UpdateColumn.TIMESCALE);
        }

        ImportedUpdate result = UpdateImport.of(seed.plan()).read(new WorkbookFile(saved, "updates-q2.xlsx"));

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly(
                "updates-q2.xlsx: warning: " + timescale + " (2 / 2.1): Timescale is not read, so 'Mar 2026' typed"
                        + " here changes nothing (the plan has 'Aug 2024'); type a new timescale in New timescale",
                "updates-q2.xlsx: warning: nothing is filled in: no row of its Updates sheet has a value in a cell"
                        + " for owners to fill in; if this is not the copy its owner filled in, ask them for that one");
        assertThat(result.warnings()).extracting(WorkbookProblem::workbook).containsOnly(Optional.of(
                "updates-q2.xlsx"));
    }

    @Test
    void aTrackerUploadedToATemporaryFileIsNamedInEveryProblem() throws Exception {
        Path saved = Files.createTempFile(folder, "upload-", ".tmp");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(saved)) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Anyshire Fire and Rescue Service");
            List<String> headers = List.of("Ref", "Recommendation", "Action", "% complete");
            XSSFRow header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("Rec 1");
            row.createCell(1).setCellValue("Services should review support.");
            row.createCell(3).setCellValue("lots");
            workbook.write(out);
        }

        TrackerResult result = TrackerImport.defaults().read(new WorkbookFile(saved, "tracker.xlsx"));

        assertThat(result.problems()).extracting(WorkbookProblem::toString).containsExactly("tracker.xlsx:"
                + " Tracker!D3 (Rec 1): 'lots' is not a percentage; type a number from 0 to 100, such as 50 or 50%");
    }

    @Test
    void aFileThatIsNoUsableWorkbookIsNamedAsTheUserKnowsIt() throws Exception {
        Path notes = Files.writeString(Files.createTempFile(folder, "upload-", ".tmp"), "not a workbook");
        Path truncated = Files.createTempFile(folder, "upload-", ".tmp");
        byte[] whole = Files.readAllBytes(seed.file());
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path gone = folder.resolve("upload-gone.tmp");

        for (Path saved : List.of(notes, truncated, gone)) {
            InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                    () -> UpdateImport.of(seed.plan()).read(new WorkbookFile(saved, "culture.xlsx")));

            assertThat(e.getMessage()).startsWith("culture.xlsx ");
            assertThat(e.problems()).extracting(WorkbookProblem::workbook).containsExactly(Optional.of(
                    "culture.xlsx"));
            assertThat(texts(e)).noneMatch(text -> text.contains("upload-") || text.contains(folder.toString()));
        }
    }

    @Test
    void copiesUploadedToTemporaryFilesAreEachNamedAsTheirOwnersKnowThem() throws Exception {
        WorkbookFile culture = new WorkbookFile(upload(WorkbookNamesTest::culture), "culture.xlsx");
        Path other = upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 60));
        WorkbookFile prevention = new WorkbookFile(other, "prevention.xlsx");
        String progress;
        try (Owner owner = Owner.open(other)) {
            progress = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).readCopies(List.of(culture, prevention)));

        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly("prevention.xlsx: " + progress
                + " (2 / 2.1): filled in differently in culture.xlsx (" + progress + "): Progress % now 60% here, 50%"
                + " there; fill in each item in one copy only, or the same in each");
        assertThat(e.source()).isEqualTo("culture.xlsx and prevention.xlsx");
        assertThat(e).hasMessageStartingWith("culture.xlsx and prevention.xlsx were not imported: 1 error, in"
                + " prevention.xlsx\n");
        assertThat(texts(e)).noneMatch(text -> text.contains("upload-"));
    }

    @Test
    void copiesGivenOneNameAreNumberedInTheOrderGivenSoThatEveryMessageTellsThemApart() throws Exception {
        Path other = upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 60));
        String progress;
        try (Owner owner = Owner.open(other)) {
            progress = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }
        String longName = "u".repeat(300) + ".xlsx";
        // The same blank copy uploaded twice under one long name: the same bytes, where two saves a second apart
        // differ in their zip entries' times.
        Path blank = upload(owner -> { });
        Path again = Files.copy(blank, folder.resolve("upload-again.tmp"));
        List<WorkbookFile> copies = List.of(new WorkbookFile(upload(WorkbookNamesTest::culture), "updates.xlsx"),
                new WorkbookFile(other, "updates.xlsx"), new WorkbookFile(blank, longName),
                new WorkbookFile(again, longName));

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).readCopies(copies));

        String shortened = "u".repeat(SHOWN_BEFORE_NUMBER) + "…";
        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly(
                "updates.xlsx (2 of 2): " + progress + " (2 / 2.1): filled in differently in updates.xlsx (1 of 2) ("
                        + progress + "): Progress % now 60% here, 50% there; fill in each item in one copy only, or"
                        + " the same in each",
                shortened + " (1 of 2): warning: nothing is filled in: no row of its Updates sheet has a value in a"
                        + " cell for owners to fill in; if this is not the copy its owner filled in, ask them for that"
                        + " one",
                shortened + " (2 of 2): warning: the same file as " + shortened + " (1 of 2), byte for byte, so it is"
                        + " read once; if another owner's copy was meant, ask them for it");
        assertThat(e.source()).isEqualTo("updates.xlsx (1 of 2), updates.xlsx (2 of 2), " + shortened + " (1 of 2)"
                + " and " + shortened + " (2 of 2)");
    }

    /** Of a name too long to show whole, the characters shown before " (1 of 2)": 255 in all, with "…". */
    private static final int SHOWN_BEFORE_NUMBER = WorkbookFile.SHOWN - " (1 of 2)".length() - 1;

    @Test
    void aCopyUploadedTwiceAndOneWithNothingFilledInAreWarnedOfByTheirOwnersNames() throws Exception {
        Path saved = upload(WorkbookNamesTest::culture);
        Path again = Files.copy(saved, Files.createTempFile(folder, "upload-", ".tmp"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path blank = upload(owner -> { });

        ImportedUpdate result = UpdateImport.of(seed.plan()).readCopies(List.of(new WorkbookFile(saved,
                "culture.xlsx"), new WorkbookFile(again, "culture (1).xlsx"), new WorkbookFile(blank, "blank.xlsx")));

        assertThat(result.warnings()).extracting(WorkbookProblem::toString).containsExactly(
                "culture (1).xlsx: warning: the same file as culture.xlsx, byte for byte, so it is read once; if"
                        + " another owner's copy was meant, ask them for it",
                "blank.xlsx: warning: nothing is filled in: no row of its Updates sheet has a value in a cell for"
                        + " owners to fill in; if this is not the copy its owner filled in, ask them for that one");
        assertThat(texts(result.warnings())).noneMatch(text -> text.contains("upload-"));
    }

    @Test
    void copiesForDifferentPeriodsAreNamedAsTheirOwnersKnowThem() throws Exception {
        WorkbookFile q2 = new WorkbookFile(upload(WorkbookNamesTest::culture), "q2.xlsx");
        Path saved = Files.createTempFile(folder, "upload-", ".tmp");
        try (OutputStream out = Files.newOutputStream(saved)) {
            UpdateWorkbook.of(seed.plan(), ReportingPeriod.parse("Q3 2025/26")).write(out);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).readCopies(List.of(q2, new WorkbookFile(saved, "q3.xlsx"))));

        assertThat(e.problems()).extracting(WorkbookProblem::toString).containsExactly("q3.xlsx: was written for"
                + " Q3 2025/26 with statuses at 31 Dec 2025, but q2.xlsx for Q2 2025/26 with statuses at 30 Sep 2025;"
                + " the workbooks read together must be copies of one workbook: nothing is filled in in this one; if"
                + " it is not the copy its owner filled in, ask them for that one");
    }

    @Test
    void aTrackerUploadedToATemporaryFileIsNamedAsTheUserKnowsIt() throws Exception {
        Path saved = Files.createTempFile(folder, "upload-", ".tmp");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(saved)) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("Nothing a tracker has");
            workbook.write(out);
        }

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> TrackerImport.defaults().read(new WorkbookFile(saved, "tracker.xlsx")));

        assertThat(e.source()).isEqualTo("tracker.xlsx");
        assertThat(e).hasMessageStartingWith("tracker.xlsx has no row of column headers a tracker has");
        assertThat(texts(e)).noneMatch(text -> text.contains("upload-"));
    }

    @Test
    void aNameWithLineBreaksAndControlCharactersIsShownOnOneLineAndGivenAsItWas() throws Exception {
        String name = "culture.xlsx\nwarning: forged.xlsx: all is well\u001b[2J";
        WorkbookFile culture = new WorkbookFile(upload(WorkbookNamesTest::culture), name);
        WorkbookFile prevention = new WorkbookFile(upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, 60)),
                "prevention.xlsx");
        WorkbookFile bad = new WorkbookFile(upload(owner -> owner.type("2", "2.2", UpdateColumn.PROGRESS, "120%")),
                name);

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).readCopies(List.of(culture, prevention, bad)));

        String shown = "culture.xlsx\\nwarning: forged.xlsx: all is well<U+001B>[2J";
        assertThat(e.problems()).hasSize(2);
        // Two copies of one name are numbered after it, in the order given.
        assertThat(e.problems().get(0).toString()).startsWith("prevention.xlsx: ").contains("filled in differently"
                + " in " + shown + " (1 of 2) (");
        assertThat(e.problems().get(1).toString()).startsWith(shown + " (2 of 2): Updates!L");
        assertThat(e.problems().get(1).workbook()).contains(name + " (2 of 2)");
        assertThat(e.problems()).extracting(WorkbookProblem::toString).noneMatch(text -> text.contains("\n")
                || text.contains("\u001b"));
        assertThat(e.getMessage().lines()).hasSize(1 + e.problems().size());
        assertThat(e.source()).isEqualTo(name + " (1 of 2), prevention.xlsx and " + name + " (2 of 2)");
    }

    @Test
    void aLongNameIsShortenedWhereShownAndGivenWhole() throws Exception {
        String name = "x".repeat(10_000) + ".xlsx";
        Path saved = upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "120%"));

        InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(new WorkbookFile(saved, name)));

        assertThat(e.source()).isEqualTo(name);
        assertThat(e.getMessage().lines().findFirst().orElseThrow()).startsWith("x".repeat(WorkbookFile.SHOWN) + "…"
                + " cannot be used");
    }

    @Test
    void aBlankNameIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> new WorkbookFile(seed.file(), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not blank");
    }

    @Test
    void aPathAloneIsNamedByItsFileNameAndCopiesByTheirPathsAsGiven() throws Exception {
        Path saved = upload(owner -> owner.type("2", "2.1", UpdateColumn.PROGRESS, "120%"));
        Path other = upload(WorkbookNamesTest::culture);

        InvalidWorkbookException alone = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(saved));
        InvalidWorkbookException copies = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(List.of(other, saved)));

        assertThat(alone.source()).isEqualTo(saved.getFileName().toString());
        assertThat(copies.source()).isEqualTo(other + " and " + saved);
        assertThat(copies.problems()).extracting(WorkbookProblem::workbook).containsExactly(Optional.of(
                saved.toString()));
    }
}
