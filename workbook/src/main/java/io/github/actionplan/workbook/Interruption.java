package io.github.actionplan.workbook;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * How a read stops when its caller gives up: a service that imports on a worker thread cancels a slow upload with
 * {@code Future.cancel(true)}, which interrupts the thread. A read cut short so fails inside POI or the file channel
 * ({@code ClosedByInterruptException}), which would otherwise be told as a damaged file, a fault the owner cannot
 * mend; it is an {@link InterruptedIOException} instead, the thread's interrupt status kept, as a render's is.
 */
final class Interruption {

    /** A read of a workbook. */
    @FunctionalInterface
    interface Read<T, E extends IOException> {
        T read() throws E;
    }

    private Interruption() {}

    /**
     * What {@code read} gives, where the thread is not interrupted before, during or after it; else an
     * {@link InterruptedIOException}, whatever the read gave or threw (kept as suppressed).
     *
     * @throws InterruptedIOException if the current thread is interrupted
     */
    static <T, E extends IOException> T checked(Read<T, E> read) throws E, InterruptedIOException {
        check(null);
        T result;
        try {
            result = read.read();
        } catch (IOException | RuntimeException e) {
            check(e);
            throw e;
        }
        check(null);
        return result;
    }

    private static void check(Exception cause) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            InterruptedIOException stopped = new InterruptedIOException("The import stopped: its thread was"
                    + " interrupted, as Future.cancel(true) and ExecutorService.shutdownNow() do; nothing was read"
                    + " from the workbook, and no file was changed.");
            if (cause != null) {
                stopped.addSuppressed(cause);
            }
            throw stopped;
        }
    }
}
