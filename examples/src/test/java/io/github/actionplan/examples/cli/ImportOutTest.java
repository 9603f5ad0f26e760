package io.github.actionplan.examples.cli;

import static io.github.actionplan.examples.cli.WorkbookCommandsTest.PROGRESS;
import static io.github.actionplan.examples.cli.WorkbookCommandsTest.UPDATE;
import static io.github.actionplan.examples.cli.WorkbookCommandsTest.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
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
    void aNameAsLongAsTheFileSystemAllowsIsWrittenNotBlamedOnItsFolder() throws IOException {
        // Run 102 #1: names of 203 to 255 bytes were "no file can be made in the folder (file name too long)".
        String name = "Anyshire FRS HMICFRS 2023-25 improvement plan - quarterly update - Q2 2025-26 - ".repeat(4)
                .substring(0, 245);
        Path workbook = folder.resolve(name + ".xlsx");
        Path imported = folder.resolve(name + ".json");

        Cli.Result exported = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", workbook.toString());
        Cli.Result read = Cli.run("import", plan, copyA, "--out", imported.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(workbook).isNotEmptyFile();
        assertThat(imported).isNotEmptyFile();
    }

    @Test
    void aDashForStandardOutputIsAUsageErrorNotAFileNamedDash() {
        // Run 125 #3: "--out -" wrote a file named "-" and exited 0, with nothing on standard output.
        Cli.Result imported = Cli.run("import", plan, copyA, "--out", "-");
        Cli.Result workbook = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", "-");
        Cli.Result eachOwner = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--each-owner", "--out", "-");
        Cli.Result rendered = Cli.run("render", plan, "--out", "-");

        assertThat(imported.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(imported.err()).contains("--out -: standard output is not written to; the command writes a file;"
                + " name one, such as NEW.json (./- for one named -)");
        assertThat(workbook.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(workbook.err()).contains("--out -: standard output is not written to; the command writes a file;"
                + " name one, such as updates.xlsx");
        assertThat(eachOwner.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(eachOwner.err()).contains("--out -: standard output is not written to; the command writes files"
                + " into a folder; name one, such as updates");
        assertThat(rendered.exitCode()).isEqualTo(ActionPlanCommand.EXIT_USAGE);
        assertThat(rendered.err()).contains("--out -: standard output is not written to; the command writes files"
                + " into a folder");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void anImportIntoAFileAlreadyThereIsAUsageErrorBeforeAnyWorkbookIsRead() throws IOException {
        // Trial 27 M2: copy B imported from the old plan into the file copy A was imported into replaced it unsaid.
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, copyA, "--out", q2.toString()).exitCode()).isZero();
        Files.setLastModifiedTime(q2, FileTime.from(Instant.parse("2025-10-14T09:12:03Z")));
        byte[] before = Files.readAllBytes(q2);
        String changed = Instant.parse("2025-10-14T09:12:03Z").atZone(ZoneId.systemDefault()).toLocalDateTime()
                .toString().replace('T', ' ');

        Cli.Result again = Cli.run("import", plan, copyB, "--out", q2.toString());
        Cli.Result notRead = Cli.run("import", plan, folder.resolve("missing.xlsx").toString(), "--out", q2.toString());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.errLines()).containsExactly("--out " + q2 + ": is already there (last changed " + changed
                + "), and may be a plan imported before; it is not written over. Give another name, --replace to"
                + " write over it, or, if it is the plan earlier copies were imported into, add this copy to it:"
                + " actionplan import " + q2 + " " + copyB + " --out " + folder.resolve("q2b.json"));
        assertThat(notRead.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(q2)).isEqualTo(before);
        Cli.Result suggested = Cli.run("import", q2.toString(), copyB, "--out", folder.resolve("q2b.json").toString());
        assertThat(suggested.exitCode()).as(suggested.err()).isZero();
        assertThat(Files.readString(folder.resolve("q2b.json"))).contains("Copy A: survey ran in August",
                "Copy B: policy drafted");
    }

    @Test
    void theImportSuggestedIntoAFileAlreadyThereWritesToANameThatIsFree() throws IOException {
        // Trial 29 M3: the name suggested, q2b.json, was the newest plan, and its refusal led to --replace over it.
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, copyA, "--out", q2.toString()).exitCode()).isZero();
        Files.writeString(folder.resolve("q2b.json"), "{}");

        Cli.Result again = Cli.run("import", plan, copyB, "--out", q2.toString());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("add this copy to it: actionplan import " + q2 + " " + copyB + " --out "
                + folder.resolve("q2c.json"));
    }

    @Test
    void replaceWithoutOutIsAUsageError() {
        // Trial 29 L4: a script that lost --out to a quoting slip passed, writing nothing.
        Cli.Result result = Cli.run("import", plan, copyA, "--replace");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("--replace writes over the file --out names, and no --out is"
                + " given; give --out NEW.json with it, or leave both out to see what the import would change");
    }

    @Test
    void replaceWritesOverAFileAlreadyThere() throws IOException {
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, copyA, "--out", q2.toString()).exitCode()).isZero();
        fill(copyA, "2.1", UPDATE, "Copy A, corrected: survey ran in September");

        Cli.Result replaced = Cli.run("import", plan, copyA, copyB, "--out", q2.toString(), "--replace");

        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.outLines()).last().isEqualTo("Wrote " + q2);
        assertThat(Files.readString(q2)).contains("Copy A, corrected", "Copy B: policy drafted")
                .doesNotContain("survey ran in August");
    }

    @Test
    void replaceDoesNotWriteOverThePeriodsNewsOfACopyTheImportDoesNotGive() throws IOException {
        // Run 83 #4: a corrected copy imported again alone, as advised but without the other copy, dropped its news.
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, copyA, copyB, "--out", q2.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(q2);
        fill(copyB, "4.4", UPDATE, "Copy B, corrected: policy approved");

        Cli.Result replaced = Cli.run("import", plan, copyB, "--out", q2.toString(), "--replace");

        assertThat(replaced.exitCode()).isEqualTo(1);
        assertThat(replaced.errLines()).last().isEqualTo(q2 + ": holds news for Q2 2025/26 of 2 / 2.1 that this"
                + " copy leaves out (imported into it from a copy not given, or cleared since in one given), which"
                + " writing over it would lose; nothing written. Import every copy of Q2 2025/26 again together into "
                + plan + ", or, where a copy clears it on purpose, give another --out");
        assertThat(Files.readAllBytes(q2)).isEqualTo(before);
    }

    @Test
    void replaceWritesOverWhereAnOwnersCopyGivenClearsWhatItGaveBeforeButNotOverAnotherOwnersNews()
            throws IOException {
        // Run 85 #2: every copy imported again after a correction that cleared a figure typed on the wrong row.
        String pod = folder.resolve("pod.xlsx").toString();
        String protection = folder.resolve("protection.xlsx").toString();
        assertThat(Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner", "People and Organisational"
                + " Development", "--out", pod).exitCode()).isZero();
        assertThat(Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner", "Protection", "--out", protection)
                .exitCode()).isZero();
        fill(pod, "2.1", PROGRESS, 50);
        fill(protection, "1.1", UPDATE, "Protection: guidance issued");
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, pod, protection, "--out", q2.toString()).exitCode()).isZero();
        fill(pod, "2.1", PROGRESS, "");
        fill(pod, "2.2", PROGRESS, 50);

        Cli.Result again = Cli.run("import", plan, pod, protection, "--out", q2.toString(), "--replace");
        byte[] corrected = Files.readAllBytes(q2);
        Cli.Result alone = Cli.run("import", plan, pod, "--out", q2.toString(), "--replace");

        assertThat(again.exitCode()).as(again.err()).isZero();
        ActionPlan written = PlanJson.read(q2);
        assertThat(written.recommendation("2").orElseThrow().subActions().get(0).progress()).isEmpty();
        assertThat(written.recommendation("2").orElseThrow().subActions().get(1).progress()).contains(Percent.of(50));
        assertThat(Files.readString(q2)).contains("Protection: guidance issued");
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.errLines()).last().asString().startsWith(q2 + ": holds news for Q2 2025/26 of 1 / 1.1 that"
                + " this copy leaves out");
        assertThat(Files.readAllBytes(q2)).isEqualTo(corrected);
    }

    @Test
    void aReadOnlyFileIsNotWrittenOverEvenWithReplace() throws IOException {
        // Trial 27 M2: a plan made read-only (mode 444) was replaced, and left writable (644).
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, copyA, "--out", q2.toString()).exitCode()).isZero();
        assumeThat(Files.getFileStore(q2).supportsFileAttributeView("posix")).isTrue();
        Files.setPosixFilePermissions(q2, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(q2);

        Cli.Result replaced = Cli.run("import", plan, copyB, "--out", q2.toString(), "--replace");
        Cli.Result without = Cli.run("import", plan, copyB, "--out", q2.toString());

        assertThat(replaced.exitCode()).isEqualTo(2);
        assertThat(replaced.errLines()).containsExactly("--out " + q2 + ": is read-only (r--r--r--), and --replace"
                + " does not write over a read-only file. Give another name, make it writable first if it is to be"
                + " replaced, or, if it is the plan earlier copies were imported into, add this copy to it:"
                + " actionplan import " + q2 + " " + copyB + " --out " + folder.resolve("q2b.json"));
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.errLines()).singleElement().asString().contains(", read-only, and may be a plan imported"
                + " before; it is not written over, even with --replace. Give another name, or, if it is the plan");
        assertThat(Files.readAllBytes(q2)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(q2))).isEqualTo("r--r--r--");
    }

    @Test
    void anImportFailsAndWritesNothingWhereAnotherImportWroteItsOutWhileItRan() throws Exception {
        // Trial 27 M1: two imports into one --out at once both said "Wrote", and the first one's updates were lost.
        assumeThat(Files.getFileStore(folder).supportsFileAttributeView("posix")).isTrue();
        Path pipe = folder.resolve("copyB-pipe.xlsx");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Path q2 = folder.resolve("q2.json");
        // Copy B comes through a pipe: its import has checked --out and waits for the copy while copy A's is written.
        // On a thread of its own: a pool's thread may carry an interrupt from an earlier test, which would close the
        // pipe as it is read.
        FutureTask<Cli.Result> slow = new FutureTask<>(() -> Cli.run("import", plan, pipe.toString(), "--out",
                q2.toString()));
        Thread.ofPlatform().daemon().start(slow);
        try (OutputStream copy = Files.newOutputStream(pipe)) { // opens once the import reads: past its checks
            assertThat(Cli.run("import", plan, copyA, "--out", q2.toString()).exitCode()).isZero();
            copy.write(Files.readAllBytes(Path.of(copyB)));
        }
        byte[] first = Files.readAllBytes(q2);

        Cli.Result result = slow.get(60, TimeUnit.SECONDS);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).last().isEqualTo(q2 + ": was written by another import or person while this"
                + " one ran, and is kept; nothing written. To add this copy to that plan, import it into it:"
                + " actionplan import " + q2 + " " + pipe + " --out " + folder.resolve("q2b.json"));
        assertThat(Files.readAllBytes(q2)).isEqualTo(first);
        assertThat(Files.readString(q2)).contains("Copy A: survey ran in August");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith("-tmp"));
        }
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

    @Test
    void aWorkbookNamedByAPatternThatMatchedNothingIsSaidToBeOne() {
        // Trial 27 L4: the shell passes a pattern that matched no file on as typed.
        String pattern = folder.resolve("nomatch*.xlsx").toString();

        Cli.Result result = Cli.run("import", plan, pattern);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(pattern + ": does not exist (a pattern that matched no file?);"
                + " nothing imported");
    }

    @Test
    void anEmptyOutIsAUsageErrorAskingForAFileNotAFolder() {
        Cli.Result result = Cli.run("import", plan, copyA, "--out=");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("Invalid value for option '--out': an empty name; give a"
                + " file's name");
    }
}
