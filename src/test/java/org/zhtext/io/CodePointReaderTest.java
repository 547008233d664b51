package org.zhtext.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CodePointReader} accepts exactly what Java's strict UTF-8 decoder accepts, and decodes it the same. */
class CodePointReaderTest {
    @Test
    void decodesValidTextAcrossBufferEdges() throws Exception {
        Random rnd = new Random(1);
        int[] pool = {'a', '\n', 0xE9, 0x4E2D, 0x9EBC, 0xFF0C, 0x20000, 0x2A6A5, 0x10FFFF, 0xFFFD};
        int[] cps = new int[200_000];
        for (int i = 0; i < cps.length; i++) cps[i] = pool[rnd.nextInt(pool.length)];
        String s = new String(cps, 0, cps.length);
        assertArrayEquals(cps, readAll(new Chunked(("\uFEFF" + s).getBytes(StandardCharsets.UTF_8), 7)));
        assertArrayEquals(cps, readAll(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() throws Exception {
        Random rnd = new Random(2);
        byte[] lead = {(byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[1 + rnd.nextInt(8)];
            for (int i = 0; i < b.length; i++) {
                int k = rnd.nextInt(4);
                b[i] = k == 0 ? lead[rnd.nextInt(lead.length)] : k == 1 ? (byte) (0x80 + rnd.nextInt(0x40)) : (byte) rnd.nextInt(256);
            }
            int bad = Decoder.firstInvalidUtf8(b);
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) continue;
            if (bad < 0) {
                assertArrayEquals(new String(b, StandardCharsets.UTF_8).codePoints().toArray(), readAll(new ByteArrayInputStream(b)), Arrays.toString(b));
            } else {
                InputException e = assertThrows(InputException.class, () -> readAll(new ByteArrayInputStream(b)), Arrays.toString(b));
                assertEquals("invalid UTF-8 byte sequence at byte " + bad, e.getMessage(), Arrays.toString(b));
            }
        }
    }

    private static int[] readAll(InputStream in) throws Exception {
        int[] out = new int[16];
        int n = 0;
        try (CodePointReader r = new CodePointReader(in)) {
            int[] buf = new int[1000];
            int got;
            while ((got = r.read(buf, 0)) >= 0) {
                if (n + got > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + got));
                System.arraycopy(buf, 0, out, n, got);
                n += got;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A stream that hands out at most {@code step} bytes a read. */
    private static final class Chunked extends ByteArrayInputStream {
        private final int step;

        Chunked(byte[] b, int step) {
            super(b);
            this.step = step;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, step));
        }
    }
}
