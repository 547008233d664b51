package org.zhtext.normalize;

import java.util.Arrays;

/**
 * OpenCC's conversion algorithm over code points: the text is first cut into segments by maximum forward
 * matching on a segmentation dictionary (a matched key is one segment, a run of unmatched characters another),
 * then every segment goes through a chain of stages. A stage is a dictionary group: at each position the first
 * dictionary of the group with a key starting there wins with its longest key (phrases before characters), an
 * unmatched character is copied. Each stage sees the whole output of the previous one for the segment.
 * <p>
 * Alongside the text, the chain records aligned pieces {@code (inputLength, outputLength)} in code points, one
 * per matched key or copied character, composed across stages, so the caller can build an exact offset map.
 * Immutable and thread-safe; the mutable buffers live in a {@link Workspace} per call.
 */
final class ConversionChain {
    private final CodePointTrie segmentation;
    private final CodePointTrie[][] stages;

    /** @param stages each stage's dictionary group, in priority order */
    ConversionChain(CodePointTrie segmentation, CodePointTrie[]... stages) {
        this.segmentation = segmentation;
        this.stages = stages.clone();
    }

    /** Length of the longest key of the segmentation dictionary or of the first stage at {@code pos}, 0 if none. */
    int phraseLengthAt(int[] text, int pos, int end) {
        long m = segmentation.longestMatch(text, pos, end);
        int len = m < 0 ? 0 : (int) (m >>> 32);
        for (CodePointTrie d : stages[0]) {
            long n = d.longestMatch(text, pos, end);
            if (n >= 0) return Math.max(len, (int) (n >>> 32));
        }
        return len;
    }

    /**
     * Continues the segmentation of a run from {@code pos} (a segment start) until reaching {@code target}:
     * returns the first segment start at or after {@code target}, which is greater when {@code target} lies
     * inside a dictionary phrase.
     */
    int segmentUpTo(int[] text, int pos, int target, int end) {
        while (pos < target) {
            long m = segmentation.startsWith(text[pos]) ? segmentation.longestMatch(text, pos, end) : -1L;
            pos += m < 0 ? 1 : (int) (m >>> 32);
        }
        return pos;
    }

    /** Converts {@code text[from, to)}, appending code points and pieces to {@code out}. */
    void convert(int[] text, int from, int to, Workspace ws, Sink out) {
        int runStart = from;
        int p = from;
        while (p < to) {
            long m = segmentation.startsWith(text[p]) ? segmentation.longestMatch(text, p, to) : -1L;
            if (m < 0) {
                p++;
                continue;
            }
            if (runStart < p) runStage(0, text, runStart, p, ws, out);
            int len = (int) (m >>> 32);
            runStage(0, text, p, p + len, ws, out);
            p += len;
            runStart = p;
        }
        if (runStart < to) runStage(0, text, runStart, to, ws, out);
    }

    private void runStage(int level, int[] in, int from, int to, Workspace ws, Sink out) {
        CodePointTrie[] group = stages[level];
        boolean last = level == stages.length - 1;
        Sink target = last ? out : ws.mid(level);
        if (!last) target.reset();
        for (int p = from; p < to; ) {
            int cp = in[p];
            long m = -1L;
            for (CodePointTrie d : group) {
                if (d.startsWith(cp)) {
                    m = d.longestMatch(in, p, to);
                    if (m >= 0) {
                        int len = (int) (m >>> 32);
                        int[] v = d.value((int) m);
                        target.add(v, len);
                        p += len;
                        break;
                    }
                }
            }
            if (m < 0) {
                target.add(cp);
                p++;
            }
        }
        if (last) return;
        Sink next = ws.next(level);
        next.reset();
        runStage(level + 1, target.cps, 0, target.n, ws, next);
        compose(target, next, out);
    }

    /** Appends {@code second}'s text to {@code out} with the pieces of {@code first} then {@code second} composed. */
    private static void compose(Sink first, Sink second, Sink out) {
        out.append(second.cps, second.n);
        int i = 0, j = 0, acc1 = 0, acc2 = 0, mid1 = 0, mid2 = 0;
        int[] a = first.pieces, b = second.pieces;
        int na = first.np, nb = second.np;
        while (i < na || j < nb) {
            if (i < na && (mid1 <= mid2 || j >= nb)) {
                acc1 += a[2 * i];
                mid1 += a[2 * i + 1];
                i++;
            } else {
                mid2 += b[2 * j];
                acc2 += b[2 * j + 1];
                j++;
            }
            if (mid1 == mid2) {
                out.piece(acc1, acc2);
                acc1 = 0;
                acc2 = 0;
            }
        }
    }

    /** Growable output: code points and aligned pieces {@code (inLen, outLen)}. */
    static final class Sink {
        int[] cps = new int[64];
        int n;
        int[] pieces = new int[128];
        int np;

        void reset() {
            n = 0;
            np = 0;
        }

        void add(int cp) {
            if (n == cps.length) cps = Arrays.copyOf(cps, n * 2);
            cps[n++] = cp;
            piece(1, 1);
        }

        void add(int[] value, int inLen) {
            append(value, value.length);
            piece(inLen, value.length);
        }

        void append(int[] src, int len) {
            if (n + len > cps.length) cps = Arrays.copyOf(cps, Math.max(n + len, cps.length * 2));
            System.arraycopy(src, 0, cps, n, len);
            n += len;
        }

        void piece(int inLen, int outLen) {
            if (2 * np + 2 > pieces.length) pieces = Arrays.copyOf(pieces, pieces.length * 2);
            pieces[2 * np] = inLen;
            pieces[2 * np + 1] = outLen;
            np++;
        }
    }

    /** Per-call scratch buffers for the intermediate stages. */
    static final class Workspace {
        private final Sink[] mid = new Sink[4];
        private final Sink[] next = new Sink[4];

        Sink mid(int level) {
            if (mid[level] == null) mid[level] = new Sink();
            return mid[level];
        }

        Sink next(int level) {
            if (next[level] == null) next[level] = new Sink();
            return next[level];
        }
    }
}
