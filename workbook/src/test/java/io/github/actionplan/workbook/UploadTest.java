package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.model.Percent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A workbook uploaded to a web service is read from its stream, named as its user knows it, and leaves no file. */
class UploadTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    /**
     * The temporary files this process's uploads are saved to, as they are now: compared with those before as a
     * subset, since another test of this process may save and delete its own meanwhile. Another process's, which
     * may come and go (a build run beside this one), are named with its own id.
     */
    private static List<Path> uploadsSaved() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith(Upload.PREFIX)).toList();
        }
    }

    @Test
    void aWorkbookReadFromAStreamIsImportedAndItsProblemsNameItAsUploaded() throws Exception {
        Path filled;
        try (Owner owner = Owner.open(seed.file())) {
            filled = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).save(folder.resolve("tmp-4711.xlsx"));
        }
        List<Path> before = uploadsSaved();

        ImportedUpdate imported;
        try (InputStream upload = Files.newInputStream(filled)) {
            imported = UpdateImport.of(seed.plan()).read(upload, "culture.xlsx");
        }

        assertThat(imported.plan().recommendations().get(1).subActions().get(0).progress()).contains(Percent.of(50));
        assertThat(uploadsSaved()).isSubsetOf(before);
    }

    @Test
    void aProblemOfAnUploadNamesItByItsNameAndTheSavedFileIsDeleted() throws Exception {
        Path filled;
        try (Owner owner = Owner.open(seed.file())) {
            filled = owner.type("2", "2.1", UpdateColumn.PROGRESS, "lots").save(folder.resolve("tmp-4712.xlsx"));
        }
        List<Path> before = uploadsSaved();

        InvalidWorkbookException refused;
        try (InputStream upload = Files.newInputStream(filled)) {
            refused = catchThrowableOfType(InvalidWorkbookException.class,
                    () -> UpdateImport.of(seed.plan()).read(upload, "culture.xlsx"));
        }

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.workbook()).contains("culture.xlsx");
            assertThat(error.toString()).startsWith("culture.xlsx: Updates!").doesNotContain("actionplan-upload-");
        });
        assertThat(uploadsSaved()).isSubsetOf(before);
    }

    @Test
    void aDeviceWithoutEndGivenAsAWorkbookIsRefusedNamingItOnce() {
        // Trial 27 L4: "/dev/zero: cannot be read: /dev/zero is larger than 64 MB".
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> UpdateImport.of(seed.plan()).read(Path.of("/dev/zero")));

        assertThat(refused.problems()).singleElement().asString().startsWith("/dev/zero: is larger than 64 MB, far"
                + " more than an update workbook or a tracker is;");
    }

    @Test
    void aStreamWithoutEndIsRefusedOnceLargerThanAnyWorkbookNotReadToTheEnd() throws Exception {
        // An endless stream of zeros: reading it to its end would never finish, nor would the disk hold it.
        AtomicLong given = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                given.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] bytes, int from, int length) {
                given.addAndGet(length);
                return length;
            }
        };

        assertThatThrownBy(() -> TrackerImport.defaults().read(endless, "tracker.xlsx"))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessage("tracker.xlsx is larger than 64 MB, far more than an update workbook or a tracker is;"
                        + " check it is the workbook meant, and save it without pictures or other sheets if it is");
        assertThat(given.get()).isEqualTo(Upload.MOST_BYTES + 1);
    }

    @Test
    void copiesUploadedTogetherAreReadTogetherEachNamedAsUploadedAndNoFileIsLeft() throws Exception {
        // Trial 30 F9: a service taking several owners' copies in one request had to save them itself.
        Path culture;
        Path prevention;
        String progress;
        try (Owner owner = Owner.open(seed.file())) {
            culture = owner.type("2", "2.1", UpdateColumn.PROGRESS, 50).save(folder.resolve("tmp-1.xlsx"));
        }
        try (Owner owner = Owner.open(seed.file())) {
            prevention = owner.type("2", "2.1", UpdateColumn.PROGRESS, 60).save(folder.resolve("tmp-2.xlsx"));
            progress = owner.cell("2", "2.1", UpdateColumn.PROGRESS);
        }
        List<Path> before = uploadsSaved();

        InvalidWorkbookException refused;
        try (InputStream one = Files.newInputStream(culture); InputStream two = Files.newInputStream(prevention)) {
            refused = catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan())
                    .readUploads(List.of(Map.entry("culture.xlsx", one), Map.entry("prevention.xlsx", two))));
        }

        assertThat(refused.problems()).extracting(WorkbookProblem::toString).containsExactly("prevention.xlsx: "
                + progress + " (2 / 2.1): filled in differently in culture.xlsx (" + progress + "): Progress % now"
                + " 60% here, 50% there; fill in each item in one copy only, or the same in each");
        assertThat(refused.source()).isEqualTo("culture.xlsx and prevention.xlsx");
        assertThat(uploadsSaved()).isSubsetOf(before);
    }

    @Test
    void copiesUploadedTogetherWithOneLargerThanAnyWorkbookAreRefusedNamingItAndNoFileIsLeft() throws Exception {
        List<Path> before = uploadsSaved();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };

        InvalidWorkbookException refused;
        try (InputStream one = Files.newInputStream(seed.file())) {
            refused = catchThrowableOfType(InvalidWorkbookException.class, () -> UpdateImport.of(seed.plan())
                    .readUploads(List.of(Map.entry("culture.xlsx", one), Map.entry("zeros.xlsx", endless))));
        }

        assertThat(refused).hasMessageStartingWith("zeros.xlsx is larger than 64 MB");
        assertThat(uploadsSaved()).isSubsetOf(before);
    }

    @Test
    void copiesUploadedTogetherAreAtLeastOne() {
        assertThatThrownBy(() -> UpdateImport.of(seed.plan()).readUploads(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no workbook to read: give at least one");
    }

    @Test
    void anUploadIsGivenAName() {
        assertThatThrownBy(() -> UpdateImport.of(seed.plan()).read(new ByteArrayInputStream(new byte[0]), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not blank");
    }

    @Test
    void whatIsNotAWorkbookIsRefusedByTheNameItWasUploadedWith() {
        assertThatThrownBy(() -> TrackerImport.defaults().read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "tracker.csv"))
                .isInstanceOf(InvalidWorkbookException.class).hasMessageStartingWith("tracker.csv is text with its"
                        + " values between commas (CSV), not an Excel workbook (.xlsx)");
    }
}
