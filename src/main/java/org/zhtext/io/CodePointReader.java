package org.zhtext.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads UTF-8 straight into code points, strictly (the sequences Java's UTF-8 decoder accepts: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence at the end), a buffer at a time, so a file
 * of any size is decoded in constant memory without building a String. A leading byte-order mark is skipped.
 * Not thread-safe.
 */
public final class CodePointReader implements Closeable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long consumed; // bytes before buf[0]
    private boolean eof;

    public CodePointReader(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (lim >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
    }

    /**
     * Decodes into {@code cps[from, cps.length)}: the number of code points written (at least one unless the
     * input is exhausted), or -1 at the end.
     *
     * @throws InputException at an invalid sequence, naming its byte offset
     */
    public int read(int[] cps, int from) throws IOException, InputException {
        int n = from;
        int end = cps.length;
        while (n < end) {
            if (lim - pos < 4 && !eof) {
                fill();
            }
            if (pos >= lim) break;
            byte[] b = buf;
            int p = pos;
            // the bytes of complete sequences available without refilling
            int safe = eof ? lim : lim - 3;
            while (n < end && p < safe) {
                int c = b[p];
                if (c >= 0) {
                    cps[n++] = c;
                    p++;
                    continue;
                }
                c &= 0xff;
                if (c >= 0xC2 && c <= 0xDF) {
                    if (p + 1 >= lim) throw invalid(p);
                    int c1 = b[p + 1];
                    if ((c1 & 0xC0) != 0x80) throw invalid(p);
                    cps[n++] = ((c & 0x1F) << 6) | (c1 & 0x3F);
                    p += 2;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    if (p + 2 >= lim) throw invalid(p);
                    int c1 = b[p + 1] & 0xff, c2 = b[p + 2];
                    boolean ok = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F : (c1 & 0xC0) == 0x80;
                    if (!ok || (c2 & 0xC0) != 0x80) throw invalid(p);
                    cps[n++] = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
                    p += 3;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    if (p + 3 >= lim) throw invalid(p);
                    int c1 = b[p + 1] & 0xff, c2 = b[p + 2], c3 = b[p + 3];
                    boolean ok = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F : (c1 & 0xC0) == 0x80;
                    if (!ok || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) throw invalid(p);
                    cps[n++] = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
                    p += 4;
                } else {
                    throw invalid(p);
                }
            }
            pos = p;
            if (eof && pos >= lim) break;
        }
        return n == from && pos >= lim && eof ? -1 : n - from;
    }

    private InputException invalid(int p) {
        return new InputException("invalid UTF-8 byte sequence at byte " + (consumed + p));
    }

    /** Moves the unread bytes to the front and reads until the buffer is full or the input ends. */
    private void fill() throws IOException {
        int rest = lim - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        consumed += pos;
        pos = 0;
        lim = rest;
        while (lim < buf.length) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
                break;
            }
            lim += r;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
