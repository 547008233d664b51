package org.zhtext.normalize;

import java.util.Arrays;
import org.zhtext.core.CodePointTrie;

/**
 * OpenCC's conversion algorithm over code points (its {@code MaxMatchSegmentation}, {@code Conversion} and
 * {@code ConversionChain}): the text is first cut into segments by maximum forward matching on a segmentation
 * dictionary (a matched key is one segment, a run of unmatched characters another; without a segmentation
 * dictionary the whole text is one segment), then every segment goes through a chain of stages. A stage is a
 * {@link DictGroup}: at each position its match is replaced by the match's value, an unmatched character is
 * copied (an unmatched ideographic description sequence, U+2FF0..U+2FFF with its operands, is copied whole).
 * Each stage sees the whole output of the previous one for the segment.
 * <p>
 * Alongside the text, the chain records aligned pieces {@code (inputLength, outputLength)} in code points, one
 * per matched key or copied character, composed across stages, so the caller can build an exact offset map.
 * Immutable and thread-safe; the mutable buffers live in a {@link Workspace} per call.
 */
final class ConversionChain {
    private static final int IDS_MAX_DEPTH = 16;
    private static final int IDS_MAX_CODE_POINTS = 64;

    private final DictGroup segmentation;
    private final DictGroup[] stages;
    /**
     * The stage whose first dictionary is the segmentation dictionary (OpenCC's configurations segment with the
     * phrases their first or second stage starts with), or -1: its look-ups are those segmentation already made,
     * so where the stages before it left a segment unchanged, it takes the segmentation's answers (see
     * {@link #runStage}).
     */
    private final int phraseStage;
    /**
     * Whether, in a run segmentation matched nothing in, the phrase stage visits only positions segmentation
     * visited (its other dictionaries have single code point keys, none an ideographic description operator), so
     * its first dictionary matches nowhere in the run either.
     */
    private final boolean runsSkipPhrases;
    /** {@link #runStage}'s {@code seg} for text that is not known to be a segment or a run. */
    private static final long UNKNOWN = -1L;
    /** {@link #runStage}'s {@code seg} for a run of code points segmentation matched nothing in. */
    private static final long RUN = -2L;

    /**
     * @param segmentation the segmentation dictionary, or null for none
     * @param stages the conversion stages, in order (at least one)
     */
    ConversionChain(DictGroup segmentation, DictGroup... stages) {
        if (stages.length == 0) throw new IllegalArgumentException("a conversion chain needs a stage");
        this.segmentation = segmentation;
        this.stages = stages.clone();
        int phrase = -1;
        if (segmentation != null && segmentation.size() == 1) {
            for (int k = 0; k < stages.length && phrase < 0; k++) {
                if (stages[k].trie(0) == segmentation.trie(0)) phrase = k;
            }
        }
        boolean skip = phrase >= 0;
        for (int i = 1; skip && i < stages[phrase].size(); i++) {
            CodePointTrie t = stages[phrase].trie(i);
            skip = t.singleCodePointKeys();
            for (int op = 0x2FF0; skip && op <= 0x2FFF; op++) skip = !t.startsWith(op);
        }
        this.phraseStage = phrase;
        this.runsSkipPhrases = skip;
    }

    /** True when the first stage or the segmentation has a key starting with {@code cp}. */
    boolean startsWith(int cp) {
        return stages[0].startsWith(cp) || (segmentation != null && segmentation.startsWith(cp));
    }

    /**
     * True when a key of the segmentation or of some stage contains {@code cp}; when none does (and no
     * description sequence is open), the chain converts the text before and after {@code cp} independently.
     */
    boolean usesCodePoint(int cp) {
        if (segmentation != null && segmentation.usesCodePoint(cp)) return true;
        for (DictGroup g : stages) {
            if (g.usesCodePoint(cp)) return true;
        }
        return false;
    }

    /** True for the operators of ideographic description sequences, which are copied with their operands. */
    static boolean idsOperator(int cp) {
        return idsArity(cp) != 0;
    }

    /** The most code points an unmatched description sequence spans. */
    static final int IDS_SPAN = IDS_MAX_CODE_POINTS;

    /** The units phrases are cut into before conversion: the segmentation dictionary, else the first stage. */
    private DictGroup cutter() {
        return segmentation != null ? segmentation : stages[0];
    }

    /** Length of the longest key of the segmentation dictionary or of the first stage at {@code pos}, 0 if none. */
    int phraseLengthAt(int[] text, int pos, int end) {
        int len = 0;
        if (segmentation != null) {
            long m = segmentation.match(text, pos, end);
            if (m >= 0) len = DictGroup.length(m);
        }
        long n = stages[0].match(text, pos, end);
        return n < 0 ? len : Math.max(len, DictGroup.length(n));
    }

    /**
     * Continues the cutting of a run into phrases (see {@link #cutter()}) from {@code pos} (a phrase start) until
     * reaching {@code target}: returns the first phrase start at or after {@code target}, which is greater when
     * {@code target} lies inside a dictionary phrase.
     */
    int segmentUpTo(int[] text, int pos, int target, int end) {
        DictGroup cut = cutter();
        while (pos < target) {
            long m = cut.startsWith(text[pos]) ? cut.match(text, pos, end) : -1L;
            pos += m < 0 ? unmatchedLength(text, pos, end) : DictGroup.length(m);
        }
        return pos;
    }

    /** Converts {@code text[from, to)}, appending code points and pieces to {@code out}. */
    void convert(int[] text, int from, int to, Workspace ws, Sink out) {
        if (segmentation == null) {
            runStage(0, text, from, to, ws, out, UNKNOWN);
            return;
        }
        int runStart = from;
        int p = from;
        while (p < to) {
            long m = segmentation.match(text, p, to);
            if (m < 0) {
                p += unmatchedLength(text, p, to);
                continue;
            }
            if (runStart < p) runStage(0, text, runStart, p, ws, out, RUN);
            int len = DictGroup.length(m);
            runStage(0, text, p, p + len, ws, out, m);
            p += len;
            runStart = p;
        }
        if (runStart < to) runStage(0, text, runStart, to, ws, out, RUN);
    }

    /**
     * Runs stage {@code level} over {@code in[from, to)} and the stages after it. {@code seg}: the segmentation's
     * match when the text is, unchanged by the stages before, a segment segmentation matched (then the phrase
     * stage's first dictionary matches exactly that whole segment: its value is taken without a look-up);
     * {@link #RUN} when it is, unchanged, a run segmentation matched nothing in (then, when
     * {@link #runsSkipPhrases}, the phrase stage's first dictionary is not asked); else {@link #UNKNOWN}.
     */
    private void runStage(int level, int[] in, int from, int to, Workspace ws, Sink out, long seg) {
        DictGroup group = stages[level];
        boolean last = level == stages.length - 1;
        Sink target = last ? out : ws.mid(level);
        if (!last) target.reset();
        if (level == phraseStage && seg >= 0) {
            target.add(segmentation.value(seg), to - from); // segmentation has one trie, the group's first
        } else {
            int first = level == phraseStage && seg == RUN && runsSkipPhrases ? 1 : 0;
            for (int p = from; p < to; ) {
                long m = group.match(in, p, to, first);
                if (m >= 0) {
                    int len = DictGroup.length(m);
                    target.add(group.value(m), len);
                    p += len;
                } else {
                    int len = unmatchedLength(in, p, to);
                    for (int k = 0; k < len; k++) target.add(in[p + k]);
                    p += len;
                }
            }
        }
        if (last) return;
        long nextSeg = level < phraseStage && seg != UNKNOWN && target.n == to - from
                && Arrays.equals(target.cps, 0, target.n, in, from, to) ? seg : UNKNOWN;
        Sink next = ws.next(level);
        next.reset();
        runStage(level + 1, target.cps, 0, target.n, ws, next, nextSeg);
        compose(target, next, out);
    }

    /**
     * Code points copied as one unit where no key matches: a complete ideographic description sequence, else
     * one code point (OpenCC's {@code NextIdeographicDescriptionSequenceLength}).
     */
    static int unmatchedLength(int[] text, int pos, int end) {
        if (idsArity(text[pos]) == 0) return 1;
        int[] count = {0};
        int len = idsLength(text, pos, end, IDS_MAX_DEPTH, count);
        return len > 0 ? len : 1;
    }

    /** Length of the description sequence at {@code pos}, or -1 when incomplete or invalid. */
    private static int idsLength(int[] text, int pos, int end, int depthLeft, int[] count) {
        if (pos >= end || depthLeft == 0 || count[0] >= IDS_MAX_CODE_POINTS) return -1;
        count[0]++;
        int arity = idsArity(text[pos]);
        int p = pos + 1;
        for (int i = 0; i < arity; i++) {
            int len = idsLength(text, p, end, depthLeft - 1, count);
            if (len < 0) return -1;
            p += len;
        }
        return p - pos;
    }

    private static int idsArity(int cp) {
        if (cp < 0x2FF0 || cp > 0x2FFF) return 0;
        if (cp == 0x2FF2 || cp == 0x2FF3) return 3;
        if (cp == 0x2FFE || cp == 0x2FFF) return 1;
        return 2;
    }

    /** Appends {@code second}'s text to {@code out} with the pieces of {@code first} then {@code second} composed. */
    static void compose(Sink first, Sink second, Sink out) {
        out.append(second.cps, second.n);
        if (!out.tracksPieces) return;
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

    /**
     * Growable output: code points and aligned pieces {@code (inLen, outLen)}; a sink that does not track pieces
     * (text only: no offset map wanted) records none.
     */
    static final class Sink {
        final boolean tracksPieces;
        int[] cps = new int[64];
        int n;
        int[] pieces = new int[128];
        int np;

        Sink() {
            this(true);
        }

        Sink(boolean tracksPieces) {
            this.tracksPieces = tracksPieces;
        }

        void reset() {
            n = 0;
            np = 0;
        }

        void add(int cp) {
            if (n == cps.length) cps = Arrays.copyOf(cps, n * 2);
            cps[n++] = cp;
            if (tracksPieces) piece(1, 1);
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
            if (!tracksPieces) return;
            if (2 * np + 2 > pieces.length) pieces = Arrays.copyOf(pieces, pieces.length * 2);
            pieces[2 * np] = inLen;
            pieces[2 * np + 1] = outLen;
            np++;
        }
    }

    /**
     * Per-call scratch buffers for the intermediate stages (reusable from call to call on one thread). Without
     * pieces, only the text is produced (the final sink must not track pieces either).
     */
    static final class Workspace {
        private final boolean pieces;
        private Sink[] mid = new Sink[4];
        private Sink[] next = new Sink[4];
        private final Sink normalized;
        private final Sink converted;

        Workspace() {
            this(true);
        }

        Workspace(boolean pieces) {
            this.pieces = pieces;
            normalized = new Sink(pieces);
            converted = new Sink(pieces);
        }

        Sink mid(int level) {
            if (level >= mid.length) mid = Arrays.copyOf(mid, level + 1);
            if (mid[level] == null) mid[level] = new Sink(pieces);
            return mid[level];
        }

        Sink next(int level) {
            if (level >= next.length) next = Arrays.copyOf(next, level + 1);
            if (next[level] == null) next[level] = new Sink(pieces);
            return next[level];
        }

        /** The output of the normalization pass, reset. */
        Sink normalized() {
            normalized.reset();
            return normalized;
        }

        /** The output of the main pass when a normalization pass ran before it, reset. */
        Sink converted() {
            converted.reset();
            return converted;
        }
    }
}
