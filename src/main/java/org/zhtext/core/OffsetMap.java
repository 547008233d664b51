package org.zhtext.core;

import java.util.Arrays;

/**
 * Maps code point offsets in a normalized (converted) text back to code point offsets in the original.
 * <p>
 * Built from aligned segments: each segment says "these {@code n} normalized code points came from those
 * {@code m} original code points" (n and m may differ: a phrase replaced by a phrase of another length).
 * A span {@code [s, e)} of the normalized text maps to {@code [origStart(s), origEnd(e))}: a span that starts
 * or ends inside a segment is widened to the whole segment, so it never cuts an original character or phrase.
 * Immutable and thread-safe once built.
 */
public final class OffsetMap {
    /** start[i] = original start of the segment that produced normalized code point i; start[n] = original length. */
    private final int[] start;
    /** end[i] = original end of the segment that produced normalized code point i. */
    private final int[] end;
    private final int originalLength;

    private OffsetMap(int[] start, int[] end, int originalLength) {
        this.start = start;
        this.end = end;
        this.originalLength = originalLength;
    }

    /** The map of a conversion that changed nothing but kept every code point in place. */
    public static OffsetMap identity(int length) {
        Builder b = new Builder(length);
        b.add(length, length);
        return b.build();
    }

    public int normalizedLength() {
        return start.length - 1;
    }

    public int originalLength() {
        return originalLength;
    }

    /** Original offset where the normalized code point at {@code normStart} begins. */
    public int toOriginalStart(int normStart) {
        check(normStart);
        return start[normStart];
    }

    /** Original (exclusive) end for a span that ends, exclusive, at {@code normEnd}. */
    public int toOriginalEnd(int normEnd) {
        check(normEnd);
        if (normEnd == 0) return 0;
        return end[normEnd - 1];
    }

    /** Maps a normalized span to the original: {@code int[]{start, end}}. An empty span stays empty. */
    public int[] toOriginal(int normStart, int normEnd) {
        if (normEnd < normStart) throw new IllegalArgumentException("end < start: " + normStart + ", " + normEnd);
        int s = toOriginalStart(normStart);
        if (normEnd == normStart) return new int[] {s, s};
        return new int[] {s, Math.max(s, toOriginalEnd(normEnd))};
    }

    private void check(int i) {
        if (i < 0 || i >= start.length) {
            throw new IndexOutOfBoundsException("offset " + i + " outside normalized text of length " + normalizedLength());
        }
    }

    /** Appends aligned segments left to right. */
    public static final class Builder {
        private int[] start;
        private int[] end;
        private int n;
        private int orig;

        public Builder(int expectedLength) {
            start = new int[Math.max(16, expectedLength + 1)];
            end = new int[Math.max(16, expectedLength + 1)];
        }

        /** The next {@code normLen} normalized code points came from the next {@code origLen} original ones. */
        public Builder add(int origLen, int normLen) {
            if (origLen < 0 || normLen < 0) throw new IllegalArgumentException("negative length");
            if (origLen == normLen) {
                // one to one: keep per-character precision
                ensure(n + normLen + 1);
                for (int k = 0; k < normLen; k++) {
                    start[n + k] = orig + k;
                    end[n + k] = orig + k + 1;
                }
            } else {
                ensure(n + normLen + 1);
                for (int k = 0; k < normLen; k++) {
                    start[n + k] = orig;
                    end[n + k] = orig + origLen;
                }
            }
            n += normLen;
            orig += origLen;
            return this;
        }

        private void ensure(int cap) {
            if (cap > start.length) {
                int c = Math.max(cap, start.length * 2);
                start = Arrays.copyOf(start, c);
                end = Arrays.copyOf(end, c);
            }
        }

        public OffsetMap build() {
            int[] s = Arrays.copyOf(start, n + 1);
            int[] e = Arrays.copyOf(end, n + 1);
            s[n] = orig;
            e[n] = orig;
            return new OffsetMap(s, e, orig);
        }
    }
}
