package io.github.actionplan.report.spi.support;

import java.io.InterruptedIOException;

/**
 * How a renderer stops when its caller gives up: a server that renders on a worker thread cancels
 * a slow request with {@code Future.cancel(true)}, which interrupts the thread, and the render
 * should then end soon rather than run on for the whole report, holding its memory and a core.
 * Interrupts are cooperative: a renderer has to look.
 *
 * <p>Call {@link #checkInterrupted()} where a render can stop cheaply and often enough that a
 * large report stops within a fraction of its time:
 * <ul>
 *   <li>before writing anything to the stream, so that a render begun on an interrupted thread
 *       writes nothing;</li>
 *   <li>before each chapter and each section;</li>
 *   <li>before each row of a table (a check costs about as much as reading a field);</li>
 *   <li>before a library writes the whole document at the end (POI's {@code write}, OpenPDF's
 *       {@code close}), which can take a good part of the render.</li>
 * </ul>
 * Let the exception out, and write nothing more: no closing tags, no trailer, no flush of a
 * buffer. A library that swallows the exception, or wraps it in an unchecked one, hides it;
 * {@link CallerStream} stops writing on an interrupt too, and remembers what it threw, so its
 * {@link CallerStream#throwFailure(RuntimeException)} gives the interrupt back.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
 *     Cancellation.checkInterrupted();                 // nothing written yet
 *     for (Chapter chapter : report.chapters()) {
 *         for (Section section : chapter.sections()) {
 *             Cancellation.checkInterrupted();
 *             draw(section);                           // and again before each row of a table
 *         }
 *     }
 *     Cancellation.checkInterrupted();
 *     library.write(document, out);
 * }
 * }</pre>
 */
public final class Cancellation {

    private Cancellation() {}

    /**
     * Throws if the current thread has been interrupted, leaving its interrupt status set, so that
     * the code that called the renderer still sees it; else returns at once.
     *
     * @throws InterruptedIOException if the current thread is interrupted
     */
    public static void checkInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("The render stopped: its thread was interrupted, as"
                    + " Future.cancel(true) and ExecutorService.shutdownNow() do.");
        }
    }
}
