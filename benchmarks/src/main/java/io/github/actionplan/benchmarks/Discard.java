package io.github.actionplan.benchmarks;

import java.io.OutputStream;

/** An output stream that keeps nothing and counts the bytes, so output size is known and disk is left out. */
public final class Discard extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** The bytes written so far. */
    public long count() {
        return count;
    }
}
