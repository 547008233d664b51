package org.zhtext.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that text is appended to as UTF-8, with JSON string escaping built in: records are
 * rendered straight to the bytes that are written (no UTF-16 builder, no copy into a String, no encoder on the
 * writing thread). Not thread-safe; one per rendered block.
 */
public final class Utf8Buffer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private byte[] buf;
    private int len;

    public Utf8Buffer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public int length() {
        return len;
    }

    /** Empties the buffer (its capacity stays): returns it. */
    public Utf8Buffer reset() {
        len = 0;
        return this;
    }

    /** The bytes it can hold before it grows. */
    public int capacity() {
        return buf.length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(long extra) {
        if (len + extra > buf.length) {
            long size = Math.max(2L * buf.length, len + extra);
            if (size > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("record block over 2 GB");
            buf = Arrays.copyOf(buf, (int) size);
        }
    }

    /** An ASCII character (below U+0080). */
    public Utf8Buffer ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Bytes as they are (pre-encoded UTF-8). */
    public Utf8Buffer bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** A decimal integer. */
    public Utf8Buffer integer(int n) {
        if (n < 0) {
            if (n == Integer.MIN_VALUE) return text(Integer.toString(n));
            ascii('-');
            n = -n;
        }
        ensure(10);
        int digits = 1;
        for (int m = n; m >= 10; m /= 10) digits++;
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        len += digits;
        return this;
    }

    /** Text as UTF-8; a lone surrogate becomes '?' (as Java's own encoder writes it). */
    public Utf8Buffer text(String s) {
        int n = s.length();
        ensure(3L * n); // the most a char takes: 3 bytes (a pair's 4 bytes are 2 per char)
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    codePoint(Character.toCodePoint(c, s.charAt(++i)));
                } else {
                    buf[len++] = '?';
                }
            } else {
                codePoint(c);
            }
        }
        return this;
    }

    /**
     * A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, U+2028/U+2029 and
     * lone surrogates as {@code \\uXXXX} (so the output is valid UTF-8 and valid JavaScript), the rest as is.
     */
    public Utf8Buffer jsonString(String s) {
        ensure(6L * s.length() + 2); // the most a char can take (an escape); a pair's 4 bytes are 2 per char
        buf[len++] = '"';
        jsonEscaped(s);
        buf[len++] = '"';
        return this;
    }

    /**
     * The inside of a JSON string literal, escaped as {@link #jsonString} does, without the quotes: a long string
     * written in pieces (a pair of surrogates split between two pieces would be escaped as two lone ones).
     */
    public Utf8Buffer jsonChars(String s) {
        ensure(6L * s.length());
        jsonEscaped(s);
        return this;
    }

    /** Forgets the content, keeping the capacity. */
    public Utf8Buffer clear() {
        len = 0;
        return this;
    }

    /** Writes the content to {@code out}. */
    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(buf, 0, len);
    }

    private void jsonEscaped(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[len++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    codePoint(Character.toCodePoint(c, s.charAt(++i)));
                } else {
                    escape(c);
                }
            } else if (c == '\u2028' || c == '\u2029') {
                escape(c);
            } else {
                codePoint(c);
            }
        }
    }

    /** A backslash escape; the caller ensured room for 6 bytes. */
    private void escape(char c) {
        buf[len++] = '\\';
        switch (c) {
            case '"' -> buf[len++] = '"';
            case '\\' -> buf[len++] = '\\';
            case '\n' -> buf[len++] = 'n';
            case '\r' -> buf[len++] = 'r';
            case '\t' -> buf[len++] = 't';
            default -> {
                buf[len++] = 'u';
                buf[len++] = HEX[c >> 12 & 0xF];
                buf[len++] = HEX[c >> 8 & 0xF];
                buf[len++] = HEX[c >> 4 & 0xF];
                buf[len++] = HEX[c & 0xF];
            }
        }
    }

    /** One code point (not a surrogate) as 2-4 bytes; the caller ensured room for them. */
    private void codePoint(int cp) {
        if (cp < 0x800) {
            buf[len++] = (byte) (0xC0 | cp >> 6);
            buf[len++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            buf[len++] = (byte) (0xE0 | cp >> 12);
            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | cp & 0x3F);
        } else {
            buf[len++] = (byte) (0xF0 | cp >> 18);
            buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | cp & 0x3F);
        }
    }
}
