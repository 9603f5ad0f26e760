package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write killed mid-way (no {@code finally} runs) leaves its temporary file; the next write into
 * the folder removes it, but never the temporary file of a write still under way.
 */
class AtomicFilesTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER.multipliedBy(5)));

    @TempDir
    Path folder;

    @Test
    void theShutdownHookThatDeletesUnfinishedWritesIsRegisteredOnlyWhileOneIsUnderWayAndShortlyAfter()
            throws Exception {
        // Run 97 #1: a hook left registered kept a redeployed web application's class loader for the JVM's life. It
        // stays AtomicFiles.LINGER after the last write, for the next one a render begins as one ends.
        AtomicReference<Thread> during = new AtomicReference<>();

        AtomicFiles.write(folder.resolve("plan.json"), out -> {
            Thread hook = AtomicFiles.shutdownHook().orElseThrow();
            assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("registered").isTrue();
            Runtime.getRuntime().addShutdownHook(hook);
            during.set(hook);
            out.write('x');
        });

        long deadline = System.nanoTime() + AtomicFiles.LINGER.multipliedBy(20).toNanos();
        while (AtomicFiles.shutdownHook().isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(AtomicFiles.shutdownHook()).isEmpty();
        assertThat(Runtime.getRuntime().removeShutdownHook(during.get())).as("still registered").isFalse();
    }

    @Test
    void aTemporaryFileLeftByAKilledProcessIsRemovedByTheNextWriteIntoTheFolder() throws Exception {
        Process writer = startWriter(folder.resolve("summary.pdf"));
        Path left;
        try {
            left = awaitTemporaryFile();
        } finally {
            writer.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(left.getFileName().toString()).startsWith(".summary.pdf.").endsWith(".actionplan-tmp");
        assertThat(left).as("kill -9 runs no finally").exists();
        Files.setLastModifiedTime(left, LONG_AGO);

        AtomicFiles.write(folder.resolve("exceptions.pdf"), out -> out.write('x'));

        assertThat(names()).containsExactly("exceptions.pdf");
    }

    @Test
    void aWriteStoppedAsCtrlCOrAServiceStopStopsItLeavesNoTemporaryFile() throws Exception {
        Process writer = startWriter(folder.resolve("summary.pdf"));
        try {
            awaitTemporaryFile();
        } finally {
            writer.destroy(); // SIGTERM, as SIGINT: the JVM's shutdown hooks run
            assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(names()).isEmpty();
    }

    @Test
    void aNewFileIsWrittenOnlyWhereNoneIsAndOneWrittenMeanwhileIsKept() throws IOException {
        // Trial 62 F5: the message was the path alone.
        String kept = ": is there already, and is kept: nothing was written over it; give another name, or remove it"
                + " first if it is to be replaced";
        Path file = folder.resolve("updates.xlsx");
        AtomicFiles.writeNew(file, out -> out.write('a'));
        assertThatThrownBy(() -> AtomicFiles.writeNew(file, out -> out.write('b')))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class).hasMessage(file + kept);

        Path raced = folder.resolve("raced.xlsx");
        assertThatThrownBy(() -> AtomicFiles.writeNew(raced, out -> {
            Files.writeString(raced, "another run's"); // written while this one writes
            out.write('b');
        })).isInstanceOf(java.nio.file.FileAlreadyExistsException.class).hasMessage(raced + kept);

        assertThat(file).hasContent("a");
        assertThat(raced).hasContent("another run's");
        assertThat(names()).containsExactly("raced.xlsx", "updates.xlsx");
    }

    @Test
    void aWriteUnderWayInAnotherProcessKeepsItsTemporaryFileHoweverOld() throws Exception {
        Process writer = startWriter(folder.resolve("summary.pdf"));
        try {
            Path writing = awaitTemporaryFile();
            Files.setLastModifiedTime(writing, LONG_AGO);

            AtomicFiles.write(folder.resolve("exceptions.pdf"), out -> out.write('x'));

            assertThat(writing).as("locked by the live writer").exists();
            assertThat(writer.isAlive()).isTrue();
        } finally {
            writer.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void aWriteUnderWayInThisProcessKeepsItsTemporaryFileAndFinishes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(folder.resolve("summary.pdf"), out -> {
                    out.write("first half, ".getBytes(StandardCharsets.UTF_8));
                    started.countDown();
                    await(mayFinish);
                    out.write("second half".getBytes(StandardCharsets.UTF_8));
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        Path writing = temporaryFiles().getFirst();
        Files.setLastModifiedTime(writing, LONG_AGO);

        AtomicFiles.write(folder.resolve("exceptions.pdf"), out -> out.write('x'));
        assertThat(writing).exists();
        mayFinish.countDown();
        slow.get(1, TimeUnit.MINUTES);

        assertThat(folder.resolve("summary.pdf")).hasContent("first half, second half");
        assertThat(names()).containsExactly("exceptions.pdf", "summary.pdf");
    }

    @Test
    void aRecentTemporaryFileThatNoOneHoldsIsLeftForNow() throws Exception {
        // It may be a write that has made its file and not yet locked it.
        Path recent = Files.writeString(folder.resolve(".summary.pdf.0b5c7d1e.actionplan-tmp"), "half");

        AtomicFiles.write(folder.resolve("exceptions.pdf"), out -> out.write('x'));

        assertThat(recent).exists();
    }

    @Test
    void partFilesOfEarlierVersionsAreRemovedButNotOtherFilesThatLookAlike() throws Exception {
        Path old = Files.writeString(folder.resolve(".summary.pdf.3621b914-81d5-4392-8433-f9d6160dd126.part"), "half");
        Path users = Files.writeString(folder.resolve(".notes.part"), "mine");
        Path hidden = Files.writeString(folder.resolve(".summary.pdf"), "mine");
        for (Path file : List.of(old, users, hidden)) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }

        AtomicFiles.write(folder.resolve("exceptions.pdf"), out -> out.write('x'));

        assertThat(names()).containsExactly(".notes.part", ".summary.pdf", "exceptions.pdf");
    }

    @Test
    void aWriteThatFailsLeavesNeitherTheFileNorItsTemporaryFile() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("summary.pdf"), out -> {
            out.write('x');
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(names()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToTheFileItNamesAndKept() throws IOException {
        Path dated = Files.writeString(folder.resolve("2025-q2.json"), "old");
        Path current = Files.createSymbolicLink(folder.resolve("current.json"), dated.getFileName());
        Path chained = Files.createSymbolicLink(folder.resolve("latest.json"), current.getFileName());

        AtomicFiles.write(chained, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(current)).isTrue();
        assertThat(Files.isSymbolicLink(chained)).isTrue();
        assertThat(dated).hasContent("new");
        assertThat(names()).containsExactlyInAnyOrder("2025-q2.json", "current.json", "latest.json");
    }

    @Test
    void aFileWrittenOverKeepsItsPermissionsNotOpenedToEveryoneByANewFilesDefault() throws IOException {
        // Trial 50 F3: a draft kept to its owner (600) came back readable by every local user (644).
        Path draft = Files.writeString(folder.resolve("draft.json"), "old");
        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.writeString(folder.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.write(draft, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(shared, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(folder.resolve("new.json"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(draft).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.getPosixFilePermissions(folder.resolve("new.json"))).as("a new file, as the umask says")
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
        assertThat(names()).containsExactlyInAnyOrder("draft.json", "shared.json", "new.json");
    }

    @Test
    void aFileKeptToItsOwnerIsWrittenThroughATemporaryFileKeptToItsOwnerToo() throws IOException {
        // Run 124 #2: the temporary file was 644 while the content went in, and where a killed write left it.
        Path draft = Files.writeString(folder.resolve("draft.json"), "old");
        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        Path readOnly = Files.writeString(folder.resolve("read-only.json"), "old");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r-----"));
        List<String> whileWritten = new java.util.ArrayList<>();

        for (Path file : List.of(draft, readOnly)) {
            AtomicFiles.write(file, out -> {
                try (Stream<Path> files = Files.list(folder)) {
                    Path temporary = files.filter(f -> f.toString().endsWith(".actionplan-tmp")).findFirst()
                            .orElseThrow();
                    whileWritten.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary)));
                }
                out.write("new".getBytes(StandardCharsets.UTF_8));
            });
        }

        assertThat(whileWritten).containsExactly("rw-------", "rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r--r-----");
        assertThat(readOnly).hasContent("new");
    }

    @Test
    void aDeviceOrPipeIsNotReplacedByAFile() throws Exception {
        Path pipe = folder.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start()
                .waitFor() == 0, "mkfifo makes a named pipe here");

        assertThatThrownBy(() -> AtomicFiles.write(pipe, out -> out.write('x'))).hasMessage(pipe + ": is not a"
                + " regular file but a device, pipe or socket, which would be replaced by one; give the name of a file"
                + " to write");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    void aFileInTheWayOfTheFolderToWriteIntoIsNamedAsTheReason() throws IOException {
        Path existing = Files.writeString(folder.resolve("existing.json"), "{}");
        Path file = existing.resolve("new.json");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write('x'))).hasMessage(file + ": " + existing
                + " is a file, not a folder to write into");
    }

    @Test
    void aLoopOfSymbolicLinksIsRefused() throws IOException {
        Path a = Files.createSymbolicLink(folder.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(folder.resolve("b.json"), Path.of("a.json"));

        assertThatThrownBy(() -> AtomicFiles.write(a, out -> out.write('x'))).hasMessage(a + ": is a symbolic link"
                + " that leads round in a loop");
    }

    /** Runs {@link #main} in a JVM of its own, writing {@code file} and never finishing. */
    private static Process startWriter(Path file, String... mode) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), AtomicFilesTest.class.getName(),
                file.toString()));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Test
    void aFileIsWrittenFromAShutdownHookAsAnApplicationSavesOnExit() throws Exception {
        // Run 100 #2: the write's own hook could not be added once the JVM was shutting down, and nothing was saved.
        Process writer = startWriter(folder.resolve("plan.json"), "on-exit");

        assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(writer.exitValue()).isZero();
        assertThat(folder.resolve("plan.json")).hasContent("saved on exit");
        assertThat(temporaryFiles()).isEmpty();
    }

    /**
     * Run 101 #4: the hook deleted the temporary files of both at once, and both writes failed. An application's
     * shutdown hook may close other things before it saves: a save begun within a second of the last write (1,500 ms
     * into a write of 1,000) is waited for too, not refused as the program stopping.
     */
    @ParameterizedTest(name = "the save begun {0} ms into the shutdown")
    @ValueSource(strings = {"0", "1500"})
    void aWriteUnderWayAtExitAndASaveOnExitBesideItOrAMomentAfterItBothFinish(String saveAfter) throws Exception {
        Process writer = startWriter(folder.resolve("plan.json"), "exit-mid-write", saveAfter);

        assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(writer.exitValue()).isZero();
        assertThat(folder.resolve("report.pdf")).as("under way at exit").hasContent("a whole report");
        assertThat(folder.resolve("plan.json")).as("saved on exit").hasContent("saved on exit");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aShutdownInTheMiddleOfWritesOneAfterAnotherFinishesTheOneUnderWayAndBeginsNoOther() throws Exception {
        // Run 104 #1: the hook stopped waiting as one file was finished, which is when a render begins the next, and
        // the JVM ended in the middle of that one, leaving its temporary file.
        Process writer = startWriter(folder.resolve("report-0.pdf"), "exit-mid-writes");

        assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(names()).isNotEmpty().hasSizeLessThan(200).allSatisfy(name -> assertThat(folder.resolve(name))
                .hasContent("a whole report"));
    }

    @Test
    void aNameAsLongAsAFileSystemAllowsIsWrittenItsTemporaryFileNamedByItsStart() throws IOException {
        // Run 102 #1: the temporary file's name, the file's with 53 characters more, was too long for a name of 203.
        for (String name : List.of("a".repeat(250) + ".pdf", "\u0175".repeat(125) + ".json")) {
            AtomicFiles.write(folder.resolve(name), out -> out.write('x'));

            assertThat(folder.resolve(name)).hasContent("x");
            String temporary = AtomicFiles.temporaryName(name);
            assertThat(temporary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(temporary).startsWith("." + name.substring(0, name.charAt(0) == 'a' ? 120 : 60) + ".")
                    .endsWith(AtomicFiles.SUFFIX);
        }
        assertThat(AtomicFiles.temporaryName("summary.pdf")).startsWith(".summary.pdf.");
        assertThat(AtomicFiles.temporaryName("\uD83D\uDE92".repeat(40))).as("whole characters")
                .startsWith("." + "\uD83D\uDE92".repeat(30) + ".");
    }

    /**
     * Starts writing {@code args[0]} and hangs half-way, to be killed; or, with {@code on-exit}, writes it from a
     * shutdown hook, as an application saving on exit does; or, with {@code exit-mid-write}, also exits while
     * another write is under way.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[1].equals("exit-mid-write")) {
            saveOnExit(Path.of(args[0]), Long.parseLong(args[2]));
            CountDownLatch begun = new CountDownLatch(1);
            Thread report = new Thread(() -> {
                try {
                    AtomicFiles.write(Path.of(args[0]).resolveSibling("report.pdf"), out -> {
                        out.write("a whole ".getBytes(StandardCharsets.UTF_8));
                        begun.countDown();
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        out.write("report".getBytes(StandardCharsets.UTF_8));
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            report.start();
            await(begun);
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("exit-mid-writes")) {
            CountDownLatch begun = new CountDownLatch(1);
            Thread reports = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        AtomicFiles.write(Path.of(args[0]).resolveSibling("report-" + i + ".pdf"), out -> {
                            out.write("a whole ".getBytes(StandardCharsets.UTF_8));
                            begun.countDown();
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            out.write("report".getBytes(StandardCharsets.UTF_8));
                        });
                    } catch (IOException e) {
                        return; // refused once the program is stopping
                    }
                }
            });
            reports.start();
            await(begun);
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("on-exit")) {
            AtomicFiles.write(Path.of(args[0]).resolveSibling("first.json"), out -> out.write('1'));
            saveOnExit(Path.of(args[0]), 0);
            return;
        }
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("half a report".getBytes(StandardCharsets.UTF_8));
            out.flush();
            await(new CountDownLatch(1));
        });
    }

    /** Writes {@code file} from a shutdown hook after {@code millis} of other work, as an application saves on exit. */
    private static void saveOnExit(Path file, long millis) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(millis);
                AtomicFiles.write(file, out -> out.write("saved on exit".getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    private Path awaitTemporaryFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            List<Path> files = temporaryFiles();
            if (!files.isEmpty() && Files.size(files.getFirst()) > 0) {
                return files.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writer made no temporary file in " + folder + ": " + names());
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(AtomicFiles.SUFFIX)).toList();
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    @Test
    void aFolderThatCannotBeMadeIsToldAsSuchNotAsTheFileMissing() {
        // Trial 36 F13: render --out /proc/x said "no such file".
        Path file = Path.of("/proc/actionplan-no-folder/report.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "a Linux /proc");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageStartingWith(file + ": its folder /proc/actionplan-no-folder cannot be made");
    }
}
