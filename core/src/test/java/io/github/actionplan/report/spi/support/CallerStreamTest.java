package io.github.actionplan.report.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class CallerStreamTest {

    private static final class Failing extends OutputStream {
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void closingFlushesButLeavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (CallerStream stream = CallerStream.of(bytes)) {
            stream.write(new byte[] {1, 2, 3}, 0, 3);
        }
        assertThat(bytes.toByteArray()).containsExactly(1, 2, 3);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void theFirstFailureIsRememberedAndThrownInsteadOfALibrarysWrapper() {
        CallerStream stream = CallerStream.of(new Failing());
        assertThatThrownBy(() -> stream.write(1)).hasMessage("disk full");
        RuntimeException wrapper = new IllegalStateException("library wrapped it");

        assertThatThrownBy(() -> stream.throwFailure(wrapper))
                .isInstanceOf(IOException.class).hasMessage("disk full").hasSuppressedException(wrapper);
        assertThat(stream.failureOr(new IOException("zip not finished"))).hasMessage("disk full");
    }

    @Test
    void withoutAFailureTheOriginalExceptionStands() throws IOException {
        CallerStream stream = CallerStream.of(new ByteArrayOutputStream());
        IOException thrown = new IOException("other");

        stream.throwFailure(new IllegalStateException("not ours"));
        assertThat(stream.failureOr(thrown)).isSameAs(thrown);
        assertThat(stream.failure()).isEmpty();
    }

    @Test
    void onAnInterruptedThreadNothingIsPassedOnAndTheInterruptIsTheFailureRemembered() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CallerStream stream = CallerStream.of(bytes);
        Thread.currentThread().interrupt();
        Throwable single;
        Throwable array;
        boolean interrupted;
        try {
            single = catchThrowable(() -> stream.write(1));
            array = catchThrowable(() -> stream.write(new byte[] {1, 2, 3}, 0, 3));
        } finally {
            interrupted = Thread.interrupted();
        }
        RuntimeException wrapper = new IllegalStateException("Fail to save: an error occurs while saving the package");

        assertThat(single).isInstanceOf(InterruptedIOException.class);
        assertThat(array).isInstanceOf(InterruptedIOException.class);
        assertThat(interrupted).as("interrupt status").isTrue();
        assertThat(bytes.size()).isZero();
        assertThatThrownBy(() -> stream.throwFailure(wrapper)).isSameAs(single).hasSuppressedException(wrapper);
    }
}
