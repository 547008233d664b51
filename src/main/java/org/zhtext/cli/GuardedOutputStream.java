package org.zhtext.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Stdout that turns a write failure (the reader went away) into {@link BrokenPipe}. */
final class GuardedOutputStream extends FilterOutputStream {
    GuardedOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new BrokenPipe(e);
        }
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new BrokenPipe(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new BrokenPipe(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
