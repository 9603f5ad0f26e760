package io.github.actionplan.report.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void aThreadNotInterruptedGoesOn() {
        assertThat(catchThrowable(Cancellation::checkInterrupted)).isNull();
    }

    @Test
    void anInterruptedThreadStopsWithItsInterruptStatusStillSet() {
        Thread.currentThread().interrupt();
        Throwable thrown;
        boolean interrupted;
        try {
            thrown = catchThrowable(Cancellation::checkInterrupted);
        } finally {
            interrupted = Thread.interrupted();
        }

        assertThat(thrown).isInstanceOf(InterruptedIOException.class).hasMessage("The render stopped: its thread was"
                + " interrupted, as Future.cancel(true) and ExecutorService.shutdownNow() do.");
        assertThat(interrupted).as("interrupt status").isTrue();
    }
}
