package io.github.actionplan.report.spi.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's stream as a format library should see it: closing it only flushes, because the
 * caller owns the stream; a write on an interrupted thread throws {@link InterruptedIOException}
 * and passes nothing on, so a render that is cancelled ({@link Cancellation}) writes nothing more,
 * even from inside a library; and its first failure is remembered, because libraries often wrap an
 * {@link IOException} in an unchecked exception of their own (OpenPDF), or fail again while
 * cleaning up (POI finishing a zip) with a message that hides the real cause.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
 *     CallerStream target = CallerStream.of(out);
 *     try {
 *         library.write(document, target);
 *     } catch (RuntimeException e) {
 *         target.throwFailure(e);   // the stream's own IOException, if that is what went wrong
 *         throw e;
 *     }
 *     target.flush();
 * }
 * }</pre>
 */
public final class CallerStream extends FilterOutputStream {

    private IOException failure;
    private boolean closeCalled;
    private boolean flushed = true;

    private CallerStream(OutputStream out) {
        super(Objects.requireNonNull(out, "out"));
    }

    /** Wraps the caller's stream. */
    public static CallerStream of(OutputStream out) {
        return new CallerStream(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            Cancellation.checkInterrupted();
            flushed = false;
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            Cancellation.checkInterrupted();
            flushed = len == 0 && flushed;
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
            flushed = true;
        } catch (IOException e) {
            throw remember(e);
        }
    }

    /** Flushes, and leaves the caller's stream open. */
    @Override
    public void close() throws IOException {
        closeCalled = true;
        flush();
    }

    /** Whether {@link #close()} was called: the caller's stream was kept open all the same. */
    public boolean closeCalled() {
        return closeCalled;
    }

    /**
     * Whether what was written was flushed after: not where a write came after the last flush, as it does from a
     * renderer whose own buffer (a {@code BufferedWriter}'s) was never flushed, and still holds the end of its output.
     */
    public boolean isFlushed() {
        return flushed;
    }

    /** The stream's first failure, if it failed. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * The stream's own first failure, with {@code thrown} attached as suppressed, where the stream
     * failed; else {@code thrown}.
     */
    public IOException failureOr(IOException thrown) {
        if (failure == null || failure == thrown) {
            return thrown;
        }
        failure.addSuppressed(thrown);
        return failure;
    }

    /**
     * Throws the stream's own first failure, with {@code thrown} attached as suppressed, where the
     * stream failed; else returns, and the caller rethrows {@code thrown}.
     *
     * @throws IOException the stream's first failure
     */
    public void throwFailure(RuntimeException thrown) throws IOException {
        if (failure != null) {
            failure.addSuppressed(thrown);
            throw failure;
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
