package io.github.actionplan.examples.cli;

import static io.github.actionplan.examples.cli.WorkbookCommandsTest.PROGRESS;
import static io.github.actionplan.examples.cli.WorkbookCommandsTest.UPDATE;
import static io.github.actionplan.examples.cli.WorkbookCommandsTest.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actionplan import --out}: the plan written is never written over unasked, lost to another import at the same
 * time, or aimed where no file can be written after the workbooks were read.
 */
class ImportOutTest {

    @TempDir
    Path folder;

    private String plan;
    private String copyA;
    private String copyB;

    /** The Merseyside plan and two copies of its Q2 workbook, each filled in by another owner. */
    @BeforeEach
    void twoCopies() throws IOException {
        plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String blank = folder.resolve("updates.xlsx").toString();
        Cli.Result exported = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", blank);
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        copyA = Files.copy(Path.of(blank), folder.resolve("copyA.xlsx")).toString();
        copyB = Files.copy(Path.of(blank), folder.resolve("copyB.xlsx")).toString();
        fill(copyA, "2.1", PROGRESS, 50);
        fill(copyA, "2.1", UPDATE, "Copy A: survey ran in August");
        fill(copyB, "4.4", PROGRESS, 40);
        fill(copyB, "4.4", UPDATE, "Copy B: policy drafted");
    }

    @Test
    void anOutThatIsAFolderIsAUsageErrorBeforeAnyWorkbookIsRead() throws IOException {
        // Trial 27 M7: a folder, a device, /proc were told only after the import ran, with exit 1.
        Path plans = Files.createDirectories(folder.resolve("plans/dir.json"));

        Cli.Result result = Cli.run("import", plan, folder.resolve("missing.xlsx").toString(), "--out",
                plans.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out " + plans + ": is a folder; name a file to write, such"
                + " as " + plans.resolve("NEW.json"));
    }

    @Test
    void anOutThatIsADeviceIsAUsageErrorBeforeAnyWorkbookIsRead() {
        assumeThat(Path.of("/dev/null")).exists();

        Cli.Result result = Cli.run("import", plan, folder.resolve("missing.xlsx").toString(), "--out", "/dev/null");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out /dev/null: is a device, not a file, and is never written"
                + " to or replaced; name a file to write, such as NEW.json");
    }

    @Test
    void anOutInAFolderThatTakesNoFilesIsAUsageErrorSayingSo() {
        assumeThat(Path.of("/proc/version")).exists();

        Cli.Result result = Cli.run("import", plan, copyA, "--out", "/proc/version");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out /proc/version: no file can be made in the folder /proc (it"
                + " takes no new files); name a file in a folder you can write to");
    }

    @Test
    void anOutInAFolderThatDoesNotExistIsAUsageErrorAndMakesNoFolder() throws IOException {
        Path typo = folder.resolve("plnas/q2.json");
        Path file = Files.writeString(folder.resolve("notes.txt"), "notes");

        Cli.Result missing = Cli.run("import", plan, copyA, "--out", typo.toString());
        Cli.Result underAFile = Cli.run("import", plan, copyA, "--out", file.resolve("q2.json").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("--out " + typo + ": the folder " + typo.getParent() + " does"
                + " not exist; create it first, or name a file in a folder that does");
        assertThat(typo.getParent()).doesNotExist();
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.errLines()).containsExactly("--out " + file.resolve("q2.json") + ": " + file
                + " is a file, not a folder to write into");
    }

    @Test
    void trackerAndWorkbookRefuseAnOutWhereNoFileCanBeWrittenBeforeReading() throws IOException {
        Path plans = Files.createDirectories(folder.resolve("plans"));

        Cli.Result tracker = Cli.run("tracker", folder.resolve("missing.xlsx").toString(), "--out", plans.toString());
        Cli.Result workbook = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out",
                folder.resolve("sent/q2.xlsx").toString());

        assertThat(tracker.exitCode()).isEqualTo(2);
        assertThat(tracker.errLines()).containsExactly("--out " + plans + ": is a folder; name a file to write, such"
                + " as " + plans.resolve("PLAN.json"));
        assertThat(workbook.exitCode()).isEqualTo(2);
        assertThat(workbook.errLines()).containsExactly("--out " + folder.resolve("sent/q2.xlsx") + ": the folder "
                + folder.resolve("sent") + " does not exist; create it first, or name a file in a folder that does");
    }

}
