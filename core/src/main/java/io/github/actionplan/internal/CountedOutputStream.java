package io.github.actionplan.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An output stream counting the bytes written through it: how a render or a plan's writer knows its size. */
public final class CountedOutputStream extends FilterOutputStream {
    private long bytes;

    /** Counts what is written to {@code out}. */
    public CountedOutputStream(OutputStream out) {
        super(out);
    }

    /** How many bytes have been written. */
    public long bytes() {
        return bytes;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        bytes += len;
    }
}
