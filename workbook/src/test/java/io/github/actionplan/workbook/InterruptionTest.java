package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An import or tracker read whose thread is interrupted, as {@code Future.cancel(true)} does, stops with an
 * {@link InterruptedIOException}, the interrupt status kept, never as a fault of the file (trial 54 F1: a good copy
 * cancelled part-way was told "is damaged ... (ClosedByInterruptException); save it again").
 */
class InterruptionTest {

    @RegisterExtension
    final SeedWorkbook seed = new SeedWorkbook();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aReadBegunOnAnInterruptedThreadStopsBeforeReadingAnything() {
        Thread.currentThread().interrupt();

        InterruptedIOException stopped = catchThrowableOfType(InterruptedIOException.class,
                () -> UpdateImport.of(seed.plan()).read(seed.file()));

        assertThat(stopped).hasMessageStartingWith("The import stopped: its thread was interrupted");
        assertThat(stopped.getSuppressed()).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(catchThrowableOfType(InterruptedIOException.class, () -> TrackerImport.defaults().read(
                seed.file()))).isNotNull();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anUploadInterruptedWhileItIsSavedStopsAndLeavesNoFile() throws IOException {
        byte[] workbook = Files.readAllBytes(seed.file());
        InputStream upload = new ByteArrayInputStream(workbook) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                Thread.currentThread().interrupt(); // cancelled while the upload is copied to its temporary file
                return super.read(into, offset, Math.min(length, 1024));
            }
        };

        InterruptedIOException stopped = catchThrowableOfType(InterruptedIOException.class,
                () -> UpdateImport.of(seed.plan()).readUploads(List.of(Map.entry("culture.xlsx", upload))));

        assertThat(stopped).isNotNull();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aReadThatFailsBecauseItsThreadWasInterruptedIsToldAsStoppedWithTheFailureKept() {
        InvalidWorkbookException damaged = InvalidWorkbookException.of("copy.xlsx", "is damaged: it cannot be read as"
                + " an Excel workbook (.xlsx) (ClosedByInterruptException)");

        InterruptedIOException stopped = catchThrowableOfType(InterruptedIOException.class,
                () -> Interruption.checked(() -> {
                    Thread.currentThread().interrupt();
                    throw damaged;
                }));

        assertThat(stopped.getSuppressed()).containsExactly(damaged);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aReadWhoseThreadIsNotInterruptedGivesWhatItReads() throws IOException {
        assertThat(Interruption.checked(() -> "read")).isEqualTo("read");
        assertThat(UpdateImport.of(seed.plan()).read(seed.file()).hasChanges()).isFalse();
    }
}
