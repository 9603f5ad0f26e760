package io.github.actionplan.report.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
