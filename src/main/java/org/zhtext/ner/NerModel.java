package org.zhtext.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.zhtext.engine.Mention;
import org.zhtext.engine.Word;

/**
 * A trained character NER model and its decoder: feature keys ({@link NerFeatures}) with one weight per tag,
 * tag-transition weights (from each tag and from the sentence start), first-order Viterbi. The weights are
 * those of HanLP's averaged perceptron ({@link NerTrainer}), stored as 16-bit integers {@code q} times a scale;
 * this decoder gives the labels HanLP's own {@code LinearModel.viterbiDecode} gives over the weights
 * {@code q * scale} (the oracle test checks it on the whole dev split). Immutable and thread-safe.
 * <p>
 * File ({@code models/ner/ner.bin}, gzip): magic {@code ZHNER2}, whether the model reads word features
 * ({@link NerFeatures#wordKeys}), tag count, key count, scale, the keys in ascending order (delta-coded longs),
 * the quantized weights (key-major), the (tags+1)·tags transition weights ({@code ZHNER1}: the same without the
 * flag, char features only; {@code ZHNER3}: a model with cluster features, {@link NerFeatures#clusterKeys}, the
 * same with its {@link CharClusters} after the flag: the granularity count, each class count, the char count, then
 * each char and its class at each granularity).
 * <p>
 * In memory the decoder reads the weights of one char's keys from the char's row, those of a pair of chars from
 * the pair's block, the bias and class keys from fixed slices ({@link #dense}), and the other keys from an
 * open-addressing table whose 32-byte slots hold a key's 13 quantized weights and a 48-bit fingerprint of the key,
 * two slots to a 64-byte cache line (see {@link #table}). A model with cluster features has the weights of a
 * char's classes at -2..+2 in the char's row too (copied there when the model is built: no lookup per char).
 */
public final class NerModel {
    static final String MAGIC = "ZHNER2", MAGIC1 = "ZHNER1", MAGIC3 = "ZHNER3";
    /**
     * Stored keys per slot (linear probing, two slots to a cache line). 0.3 to 0.6 measured the same speed on
     * the tagger alone (docs/PERFORMANCE.md); 0.6 is the smallest table of those.
     */
    static final double LOAD = 0.6;
    /** Longs before the first slot: a long[] this large starts a G1 region, its data 16 bytes in; 48 more align slot pairs to lines. */
    private static final int PAD = 6;
    private static final long FP_MASK = (1L << 48) - 1;
    /** The tag count the decoder is written for ({@link NerTags}), and the longs of a slot: 48 + 13 * 16 bits. */
    static final int TAGS = 13, SLOT_LONGS = 4;
    final int tags;
    final boolean wordFeatures;
    /** The character clusters of the cluster features ({@link NerFeatures#clusterKeys}), null for a model without them. */
    final CharClusters clusters;
    /** Granularities of {@link #clusters} (0 without), and the slices of a char row: {@link #ROW_SLICES} + 5 per granularity. */
    private final int granularities, rowSlices;
    /** The {@link #dense} offset of the cluster slices (one per offset, granularity and class: {@link #clusterSlice}). */
    private final int clusterBase;
    /** Per granularity, the index of its first cluster slice (5 offsets times its class count each). */
    private final int[] clusterStart;
    /** The weight of quantized weight {@code q} is {@code q * scale} (a float product, as {@link #load} always gave). */
    final float scale;
    /**
     * Open-addressing table (linear probing) of {@link #cap} slots of {@link #SLOT_LONGS} longs from {@link #PAD}:
     * a slot is empty when its first long is 0; else that long holds the key's fingerprint in its high 48 bits and
     * the quantized weight of tag 0 in its low 16, and the following longs the weights of tags 1, 2, ... (four
     * 16-bit fields per long, lowest first). For 13 tags a slot is 32 bytes, two to a cache line (when the array
     * data is line-aligned, as a G1 humongous array with {@link #PAD} is). The home slot of a key is a
     * multiply-shift range reduction of the high 32 bits of {@link #hash} (a bijection of the key), the
     * fingerprint the low 48 bits (never 0 for a key of the model: an empty slot's first long is 0).
     * <p>
     * Exactness: no two keys of the model share a fingerprint and none has fingerprint 0 (checked when the table
     * is built; another salt is tried otherwise), so every key of the model finds its own slot. A key outside the
     * model can only match the fingerprint of a stored key whose home slot is at least {@code cap / 65536 - 1}
     * slots from its own: equal low 48 bits make the two hashes' high halves congruent mod 65536, and home slots
     * that close come from high halves less than 65536 apart, so the hashes, hence the keys, would be equal. A
     * false match thus needs a probe run longer than that distance (the table is built at {@link #LOAD} 0.6) and a
     * 2^-48 coincidence; {@code NerModelTest} checks millions of keys outside the model. Keys whose quantized
     * weights are all 0 add nothing to a sum and are not stored.
     */
    final long[] table;
    final int cap;
    /**
     * A filter of the table's keys (a blocked Bloom filter: two bits of one long per key, from the key's hash,
     * {@link #mayHold}): a key whose bits are not both set is not in the table, and the decoder skips its probe.
     * Most skip-bigram, trigram and word-text keys of a text are not in the model (64%, 82% and 50% on news text),
     * and their probes were cache misses into the table; the filter (128 KB) stays in the caches. Exact: a key
     * the filter passes is probed as before.
     */
    private final long[] filter;
    private static final int FILTER_BITS = 14; // longs: 2^14 * 64 = 2^20 bits
    /**
     * The weights read by char and by char pair (not through {@link #table}), quantized, {@link #TAGS} to a slice:
     * the row of zeros, the char rows ({@link #byChar}), the bias slice, the class slices, then the pair blocks
     * ({@link #pairIndex}).
     */
    final short[] dense;
    /** Slices of a char row: the unigram templates at -2..+2, then the char-position template with B, M, E, S and no word. */
    static final int ROW_SLICES = 10;
    /** Slices of a pair block: the bigram templates (-2,-1), (-1,0), (0,1), (1,2) of one pair of chars. */
    static final int PAIR_SLICES = 4;
    /** Char indices: the UTF-16 units, then the sentence start and end. */
    private static final int CHARS = 0x10002, BOS_INDEX = 0x10000, EOS_INDEX = 0x10001;
    /** Per char index, the {@link #dense} offset of its row; 0 (the row of zeros) when the model has no key of it. */
    private final int[] byChar;
    /** The {@link #dense} offset of the bias slice (zeros when the model has none). */
    private final int biasAt;
    /** The {@link #dense} offset of the class slices, one per class payload ({@link NerFeatures#classPayload}). */
    private final int classBase;
    /** Pair block b is at {@link #dense} offset {@code pairBase + b * PAIR_SLICES * TAGS}; its pair {@code pairKeys[b]}. */
    private final int pairBase;
    private final long[] pairKeys;
    /** Open addressing (linear probing) over {@link #pairKeys}: block + 1, 0 empty; a power of two, at most half full. */
    private final int[] pairIndex;
    private final int pairShift;
    final long salt;
    /**
     * Sentences up to this long are decoded with the Viterbi sums regrouped ({@link #tag}). Every weight
     * {@code q * scale} (a float, |q| < 2^15) is a multiple of u, the unit in the last place of the scale, and below
     * 2^39 u; an emission of at most 35 of them (18 keys without cluster features, 33 with three cluster
     * granularities) plus a transition is below 36 * 2^39 u < 2^44.2 u, and a path score after n chars below n * 2^44.2 u: for n up to 256, below
     * 2^53 u, so every sum is exact in double and any grouping gives the same numbers (the constructor refuses more
     * than three granularities).
     */
    static final int EXACT_CHARS = 256;
    /** Counts an (in practice impossible) sum of touched keys, so that the touching loads are used. */
    private static int touchedSentinel;
    final float[] transitions; // (prev or BOS=tags) * tags + tag, q * scale
    private final short[] transitionsQ;
    private final float[] transitionsInto; // tag * tags + prev: the same, in the order the Viterbi step reads them
    final long[] sortedKeys;

    /** A model of quantized weights ({@code q}: key-major, {@code tq}: transitions), each weight {@code q * scale}. */
    NerModel(long[] sortedKeys, short[] q, short[] tq, float scale, int tags, boolean wordFeatures) {
        this(sortedKeys, q, tq, scale, tags, wordFeatures, null);
    }

    /**
     * The same with cluster features over {@code clusters} (null: none). The weights of a cluster key depend on one
     * char at a fixed offset: they are copied into the row of every char of the class (slices after the unigram
     * and char-position ones), so that the decoder reads them from the rows it already has, with no lookup.
     */
    NerModel(long[] sortedKeys, short[] q, short[] tq, float scale, int tags, boolean wordFeatures, CharClusters clusters) {
        if (tags != TAGS) throw new IllegalArgumentException("the decoder reads " + TAGS + " tags (NerTags), not " + tags);
        if (q.length != sortedKeys.length * tags || tq.length != (tags + 1) * tags) throw new IllegalArgumentException("weight counts");
        this.tags = tags;
        this.wordFeatures = wordFeatures;
        this.clusters = clusters;
        this.granularities = clusters == null ? 0 : clusters.granularities();
        if (granularities > 3) throw new IllegalArgumentException("at most 3 cluster granularities (EXACT_CHARS), not " + granularities);
        this.rowSlices = ROW_SLICES + 5 * granularities;
        this.clusterStart = new int[granularities + 1];
        for (int g = 0; g < granularities; g++) clusterStart[g + 1] = clusterStart[g] + 5 * clusters.size(g);
        this.sortedKeys = sortedKeys;
        this.scale = scale;
        NerFeatures.charClass('0'); // the char class table (a few ms) now, on the loading thread, not on a worker
        this.transitionsQ = tq.clone();
        this.transitions = new float[tq.length];
        for (int i = 0; i < tq.length; i++) transitions[i] = tq[i] * scale;
        this.transitionsInto = new float[tags * tags];
        for (int p = 0; p < tags; p++) for (int t = 0; t < tags; t++) transitionsInto[t * tags + p] = transitions[p * tags + t];
        // where each key's weights go: a char row, a pair block, the bias slice or the table (keys whose chars no
        // sentence can have are left out: no tagging key equals them)
        int[] byChar = new int[CHARS];
        int rows = 0, stored = 0, pairKeyCount = 0;
        boolean anyCluster = false;
        long[] pairs = new long[sortedKeys.length];
        for (int i = 0; i < sortedKeys.length; i++) {
            if (!nonZero(q, i * tags, tags)) continue;
            long key = sortedKeys[i];
            switch (place(key)) {
                case ROW -> {
                    int ch = rowChar(key);
                    if (byChar[ch] == 0) byChar[ch] = ++rows * rowSlices * TAGS;
                }
                case PAIR -> pairs[pairKeyCount++] = pairOf(key);
                case TABLE -> stored++;
                case CLUSTER_KEY -> anyCluster = true;
                default -> { }
            }
        }
        if (anyCluster && clusters != null) { // a row for every char with a class
            for (int ch = 0; ch < 0x10000; ch++) if (clusters.classOf(0, ch) >= 0 && byChar[ch] == 0) byChar[ch] = ++rows * rowSlices * TAGS;
        }
        Arrays.sort(pairs, 0, pairKeyCount);
        int pairCount = 0;
        for (int i = 0; i < pairKeyCount; i++) if (pairCount == 0 || pairs[pairCount - 1] != pairs[i]) pairs[pairCount++] = pairs[i];
        this.pairKeys = Arrays.copyOf(pairs, pairCount);
        this.byChar = byChar;
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * pairCount - 1)));
        this.pairIndex = new int[1 << bits];
        this.pairShift = 64 - bits;
        for (int b = 0; b < pairCount; b++) {
            int slot = pairHome(pairKeys[b]);
            while (pairIndex[slot] != 0) slot = (slot + 1) & (pairIndex.length - 1);
            pairIndex[slot] = b + 1;
        }
        this.biasAt = (rows + 1) * rowSlices * TAGS;
        this.classBase = biasAt + TAGS;
        this.pairBase = classBase + NerFeatures.CLASS_PAYLOADS * TAGS;
        this.clusterBase = pairBase + pairCount * PAIR_SLICES * TAGS;
        this.dense = new short[clusterBase + clusterStart[granularities] * TAGS];
        this.cap = Math.max(16, (int) Math.ceil(stored / LOAD));
        long s = 0;
        while (!uniqueFingerprints(sortedKeys, s)) s++;
        this.salt = s;
        this.table = new long[PAD + cap * SLOT_LONGS];
        this.filter = new long[1 << FILTER_BITS];
        for (int i = 0; i < sortedKeys.length; i++) {
            if (!nonZero(q, i * tags, tags)) continue;
            long key = sortedKeys[i];
            if (place(key) != TABLE) {
                int at = slice(key);
                if (at >= 0) System.arraycopy(q, i * tags, dense, at, tags);
                continue;
            }
            long h = hash(key);
            int slot = home(h);
            while (table[PAD + slot * SLOT_LONGS] != 0) if (++slot == cap) slot = 0;
            int o = PAD + slot * SLOT_LONGS;
            table[o] = fingerprint(h) << 16;
            for (int t = 0; t < tags; t++) {
                int field = t == 0 ? 0 : t + 3;
                table[o + (field >> 2)] |= (q[i * tags + t] & 0xFFFFL) << ((field & 3) << 4);
            }
            filter[filterWord(h)] |= filterBits(h);
        }
        // the cluster slices of each char's class, folded into its row
        if (anyCluster && clusters != null) {
            for (int ch = 0; ch < 0x10000; ch++) {
                int row = byChar[ch];
                if (row == 0) continue;
                for (int o = 0; o < 5; o++) {
                    for (int g = 0; g < granularities; g++) {
                        int k = clusters.classOf(g, ch);
                        if (k >= 0) System.arraycopy(dense, clusterSlice(o, g, k), dense, row + (ROW_SLICES + o * granularities + g) * TAGS, TAGS);
                    }
                }
            }
        }
    }

    /** The filter word of a key's hash (bits 20..33 of the hash). */
    private static int filterWord(long h) {
        return (int) (h >>> 20) & ((1 << FILTER_BITS) - 1);
    }

    /** The two bits of a key's hash in its filter word (from bits 0..11 of the hash). */
    private static long filterBits(long h) {
        return 1L << (h & 63) | 1L << ((h >>> 6) & 63);
    }

    /** The {@link #dense} offset of the weights of the cluster key of class {@code k} at granularity {@code g} and offset index {@code o} (0..4 for -2..+2). */
    private int clusterSlice(int o, int g, int k) {
        return clusterBase + (clusterStart[g] + o * clusters.size(g) + k) * TAGS;
    }

    /** Where a key's weights are kept: a char row, a pair block, the bias or a class slice, the table, a cluster slice, or nowhere (DROP). */
    private static final int ROW = 0, PAIR = 1, BIAS = 2, CLASS = 3, TABLE = 4, DROP = 5, CLUSTER_KEY = 6;

    private static int place(long key) {
        int t = NerFeatures.template(key);
        if (t >= NerFeatures.CLUSTER && t < NerFeatures.CLUSTER + 5) return CLUSTER_KEY;
        if (t >= NerFeatures.UNIGRAM && t < NerFeatures.UNIGRAM + 5 || t == NerFeatures.CHAR_POSITION) return rowChar(key) >= 0 ? ROW : DROP;
        if (t >= NerFeatures.BIGRAM && t < NerFeatures.BIGRAM + PAIR_SLICES) return pairOf(key) >= 0 ? PAIR : DROP;
        if (key == NerFeatures.biasKey()) return BIAS;
        if (t == NerFeatures.CLASS) return NerFeatures.payload(key) < NerFeatures.CLASS_PAYLOADS ? CLASS : DROP;
        return TABLE;
    }

    /** The char index of a code point of {@link NerFeatures#codes} or a sentinel; -1 for anything else. */
    private static int charIndex(long code) {
        if (code >= 0 && code < 0x10000) return (int) code;
        if (code == NerFeatures.BOS) return BOS_INDEX;
        if (code == NerFeatures.EOS) return EOS_INDEX;
        return -1;
    }

    /** The char index of the row of a unigram or char-position key, -1 when no sentence has that char (or position). */
    private static int rowChar(long key) {
        long p = NerFeatures.payload(key);
        if (NerFeatures.template(key) != NerFeatures.CHAR_POSITION) return charIndex(p);
        return (p & 7) <= 4 ? charIndex(p >>> 3) : -1;
    }

    /** The pair of a bigram key as {@code a << 17 | b} (char indices), -1 when no sentence has it. */
    private static long pairOf(long key) {
        long p = NerFeatures.payload(key);
        int a = charIndex(p >>> 21), b = charIndex(p & ((1 << 21) - 1));
        return a < 0 || b < 0 ? -1 : (long) a << 17 | b;
    }

    private int pairHome(long pair) {
        return (int) ((pair * 0x9E3779B97F4A7C15L) >>> pairShift);
    }

    /** The {@link #dense} offset of the block of pair {@code a, b} (char indices), -1 when the model has none. */
    private int pairBlock(int a, int b) {
        long pair = (long) a << 17 | b;
        int[] index = pairIndex;
        for (int slot = pairHome(pair); ; slot = (slot + 1) & (index.length - 1)) {
            int e = index[slot];
            if (e == 0) return -1;
            if (pairKeys[e - 1] == pair) return pairBase + (e - 1) * (PAIR_SLICES * TAGS);
        }
    }

    /** The {@link #dense} offset of a row, pair or bias key's slice; -1 when the model stores none for it. */
    private int slice(long key) {
        int t = NerFeatures.template(key);
        switch (place(key)) {
            case ROW: {
                int row = byChar[rowChar(key)];
                if (row == 0) return -1;
                int s = t == NerFeatures.CHAR_POSITION ? 5 + (int) (NerFeatures.payload(key) & 7) : t - NerFeatures.UNIGRAM;
                return row + s * TAGS;
            }
            case PAIR: {
                long pair = pairOf(key);
                int block = pairBlock((int) (pair >>> 17), (int) (pair & 0x1FFFF));
                return block < 0 ? -1 : block + (t - NerFeatures.BIGRAM) * TAGS;
            }
            case BIAS:
                return biasAt;
            case CLASS:
                return classBase + (int) NerFeatures.payload(key) * TAGS;
            case CLUSTER_KEY: {
                long p = NerFeatures.payload(key);
                if (clusters == null || (p >>> 16) >= granularities || (p & 0xFFFF) >= clusters.size((int) (p >>> 16))) return -1;
                return clusterSlice(t - NerFeatures.CLUSTER, (int) (p >>> 16), (int) (p & 0xFFFF));
            }
            default:
                return -1;
        }
    }

    /**
     * A model of float weights, quantized as {@link #save} always did: scale = max |weight| (transitions
     * included) / 32767, {@code q = round(w / scale)}.
     */
    static NerModel quantize(long[] sortedKeys, float[] weights, float[] transitions, int tags, boolean wordFeatures) {
        return quantize(sortedKeys, weights, transitions, tags, wordFeatures, null);
    }

    /** The same for a model with cluster features over {@code clusters} (null: none). */
    static NerModel quantize(long[] sortedKeys, float[] weights, float[] transitions, int tags, boolean wordFeatures, CharClusters clusters) {
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        for (float w : transitions) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / 32767f;
        short[] q = new short[weights.length], tq = new short[transitions.length];
        for (int i = 0; i < q.length; i++) q[i] = (short) Math.round(weights[i] / scale);
        for (int i = 0; i < tq.length; i++) tq[i] = (short) Math.round(transitions[i] / scale);
        return new NerModel(sortedKeys, q, tq, scale, tags, wordFeatures, clusters);
    }

    private static boolean nonZero(short[] q, int from, int L) {
        for (int t = 0; t < L; t++) if (q[from + t] != 0) return true;
        return false;
    }

    /** Whether no two keys share a fingerprint under {@code salt}, and none has fingerprint 0 (the empty slot's). */
    private static boolean uniqueFingerprints(long[] keys, long salt) {
        long[] fp = new long[keys.length];
        for (int i = 0; i < keys.length; i++) fp[i] = fingerprint(hash(keys[i], salt));
        Arrays.sort(fp);
        if (fp.length > 0 && fp[0] == 0) return false;
        for (int i = 1; i < fp.length; i++) if (fp[i] == fp[i - 1]) return false;
        return true;
    }

    private long hash(long k) {
        return hash(k, salt);
    }

    /**
     * A bijection of 64-bit keys: salt, Fibonacci multiply (odd, so invertible), then the high half folded into
     * the low one (invertible too). The high 32 bits, from which the home slot comes, are those of the product.
     */
    private static long hash(long k, long salt) {
        long h = (k ^ salt) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private int home(long h) {
        return (int) (((h >>> 32) * cap) >>> 32);
    }

    private static long fingerprint(long h) {
        return h & FP_MASK;
    }

    /** The quantized weights, key-major ({@code id * tags + tag}), read back from the char rows, pair blocks and table. */
    short[] quantizedWeights() {
        short[] w = new short[sortedKeys.length * tags];
        for (int i = 0; i < sortedKeys.length; i++) {
            long key = sortedKeys[i];
            int p = place(key);
            if (p == TABLE) {
                long h = hash(key);
                int o = find(home(h), fingerprint(h));
                if (o < 0) continue;
                for (int t = 0; t < tags; t++) {
                    int field = t == 0 ? 0 : t + 3;
                    w[i * tags + t] = (short) (table[o + (field >> 2)] >>> ((field & 3) << 4));
                }
            } else if (p != DROP) {
                int at = slice(key);
                if (at >= 0) System.arraycopy(dense, at, w, i * tags, tags);
            }
        }
        return w;
    }

    /** The weights the decoder uses ({@code q * scale}), key-major ({@code id * tags + tag}). */
    float[] weights() {
        short[] q = quantizedWeights();
        float[] w = new float[q.length];
        for (int i = 0; i < q.length; i++) w[i] = q[i] * scale;
        return w;
    }

    /**
     * Whether the model stores weights for {@code key}: a non-zero slice for a char, pair or bias key; a slot of the
     * table (a key of the model with a non-zero weight, or a false match) for the others.
     */
    boolean stored(long key) {
        int p = place(key);
        if (p == DROP) return false;
        if (p != TABLE) {
            int at = slice(key);
            return at >= 0 && nonZero(dense, at, tags);
        }
        long h = hash(key);
        return find(home(h), fingerprint(h)) >= 0;
    }

    /** Whether {@link #filter} lets {@code key} through to a probe of the table (tests: every table key must pass). */
    boolean mayHold(long key) {
        long h = hash(key), bits = filterBits(h);
        return (filter[filterWord(h)] & bits) == bits;
    }

    /** Whether {@code key} is one the decoder reads from {@link #table} (not a row, block or slice key). */
    static boolean inTable(long key) {
        return place(key) == TABLE;
    }

    /** The table offset of the slot with fingerprint {@code fp} from slot {@code slot} on, or -1. */
    private int find(int slot, long fp) {
        while (true) {
            int o = PAD + slot * SLOT_LONGS;
            long a = table[o];
            if (a == 0) return -1;
            if (a >>> 16 == fp) return o;
            if (++slot == cap) slot = 0;
        }
    }

    /**
     * The model without the keys whose quantized weights are all at most {@code k} in magnitude (same scale and
     * transitions): pruning for a smaller table, chosen on dev sets ({@code bench/train-ner.sh}, docs/MODEL.md).
     */
    public NerModel pruned(int k) {
        short[] q = quantizedWeights();
        int L = tags, n = 0;
        long[] keys = new long[sortedKeys.length];
        short[] kept = new short[q.length];
        for (int i = 0; i < sortedKeys.length; i++) {
            int max = 0;
            for (int t = 0; t < L; t++) max = Math.max(max, Math.abs(q[i * L + t]));
            if (max <= k) continue;
            keys[n] = sortedKeys[i];
            System.arraycopy(q, i * L, kept, n * L, L);
            n++;
        }
        return new NerModel(Arrays.copyOf(keys, n), Arrays.copyOf(kept, n * L), transitionsQ, scale, L, wordFeatures, clusters);
    }

    public int features() {
        return sortedKeys.length;
    }

    /** Whether the model reads the engine's words ({@link NerFeatures#wordKeys}). */
    public boolean wordFeatures() {
        return wordFeatures;
    }

    /** The mentions of a sentence (char indices), given its words when {@link #wordFeatures} (else null). */
    public List<Mention> recognize(String sentence, List<Word> words) {
        return NerTags.mentions(tag(sentence, words));
    }

    /**
     * Per-thread arrays of the decoder, grown as needed and reused from sentence to sentence (the client JIT
     * allocates every array it is asked for: these were about a tenth of all the bytes {@code analyze} allocated).
     * Only their first {@code n} (or {@code n * tags}) entries are read, each after it is written. An array of
     * over {@code KEEP * TAGS} entries (the Viterbi's of a sentence over {@link #KEEP} chars) is made for the call
     * only: a huge unpunctuated text's arrays are not kept.
     */
    private static final class Scratch {
        private static final int KEEP = 1 << 14;
        /** The int arrays by use. */
        static final int CODES = 0, ROWS = 1, PAIRS = 2, BACK = 3, AT = 4;
        private final int[][] ints = new int[5][0];
        private long[] words = new long[0];

        /** At least {@code n} ints for use {@code use}. */
        int[] ints(int use, int n) {
            int[] a = ints[use];
            if (a.length >= n) return a;
            if (n > KEEP * TAGS) return new int[n];
            return ints[use] = new int[Math.max(256, n + (n >> 1))];
        }

        /** At least {@code n * WORD_COUNT} longs for the word keys of {@code n} chars. */
        long[] words(int n) {
            int m = n * NerFeatures.WORD_COUNT;
            if (words.length >= m) return words;
            if (n > KEEP) return new long[m];
            return words = new long[Math.max(256, m + (m >> 1))];
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The best tag sequence of a sentence (a model with word features needs the words: else null). */
    public int[] tag(String sentence, List<Word> words) {
        if (wordFeatures && words == null) throw new IllegalArgumentException("this NER model needs the sentence's words");
        if (!wordFeatures || sentence.isEmpty()) return tag(sentence, (long[]) null);
        Scratch z = SCRATCH.get();
        return tag(sentence, NerFeatures.wordKeys(sentence, words, z.words(sentence.length()), z.ints(Scratch.AT, sentence.length())));
    }

    /**
     * The best tag sequence of a sentence given its {@link NerFeatures#wordKeys} (null for a char-only model).
     * A position's emission is the sum of its keys' weights ({@code q * scale}, as floats) in double. Each such
     * float is a multiple of the scale's unit in the last place and below 2^16 times the scale, so every sum of a
     * few dozen of them is exact in double, whatever the order: the emissions, hence the labels, are those of
     * HanLP's Viterbi over the same weights (the oracle test). The keys of one char (unigrams, char position) are
     * read from its row and those of a pair of chars (bigrams) from its block, found once per char and per pair
     * for every window position that uses them; the rest from {@link #table}.
     */
    int[] tag(String sentence, long[] wordKeys) {
        int n = sentence.length();
        if (n == 0) return new int[0];
        Scratch z = SCRATCH.get();
        int[] c = NerFeatures.codes(sentence, z.ints(Scratch.CODES, n)); // UTF-16 units: each below 0x10000, its own char index
        int L = tags, W = wordFeatures ? NerFeatures.WORD_COUNT : 0, SL = SLOT_LONGS;
        short[] d = dense;
        long[] tb = table, fl = filter;
        long touched = 0;
        // the rows of chars -2 .. n+1 (ro[j + 2]) and the blocks of pairs (j, j+1) for j = -2 .. n (po[j + 2], -1: none)
        int[] ro = z.ints(Scratch.ROWS, n + 4), po = z.ints(Scratch.PAIRS, n + 3);
        ro[0] = ro[1] = byChar[BOS_INDEX];
        for (int j = 0; j < n; j++) ro[j + 2] = byChar[c[j]];
        ro[n + 2] = ro[n + 3] = byChar[EOS_INDEX];
        for (int j = -2, a = BOS_INDEX; j <= n; j++) {
            int b = j + 1 < 0 ? BOS_INDEX : j + 1 < n ? c[j + 1] : EOS_INDEX;
            int o = pairBlock(a, b);
            po[j + 2] = o;
            if (o >= 0) touched += d[o]; // the block's first line now: independent loads, whose misses overlap
            a = b;
        }
        int H = NerFeatures.CONTEXT_COUNT + (W > 0 ? W - 1 : 0);
        long[] k = new long[H];
        int G = granularities;
        int[] sl = new int[ROW_SLICES + PAIR_SLICES + 3 + 5 * G], at = new int[H];
        double[] emit = new double[L];
        double[] prev = new double[L], cur = new double[L];
        int[] back = z.ints(Scratch.BACK, n * L);
        float sc = scale;
        boolean exact = n <= EXACT_CHARS;
        for (int i = 0; i < n; i++) {
            // the slices of this position: unigrams at -2..+2 from the rows of chars i-2 .. i+2, the char-position
            // key from its char's row, the bigrams from the blocks of pairs (i-2,i-1) .. (i+1,i+2), the bias
            int ns = 0, r;
            if ((r = ro[i]) != 0) sl[ns++] = r;
            if ((r = ro[i + 1]) != 0) sl[ns++] = r + L;
            if ((r = ro[i + 2]) != 0) sl[ns++] = r + 2 * L;
            if ((r = ro[i + 3]) != 0) sl[ns++] = r + 3 * L;
            if ((r = ro[i + 4]) != 0) sl[ns++] = r + 4 * L;
            if (G > 0) { // the cluster slices of chars i-2 .. i+2, folded into their rows
                for (int o = 0; o < 5; o++) {
                    if ((r = ro[i + o]) == 0) continue;
                    for (int g = 0, s = r + (ROW_SLICES + o * G) * L; g < G; g++, s += L) sl[ns++] = s;
                }
            }
            if ((r = po[i]) >= 0) sl[ns++] = r;
            if ((r = po[i + 1]) >= 0) sl[ns++] = r + L;
            if ((r = po[i + 2]) >= 0) sl[ns++] = r + 2 * L;
            if ((r = po[i + 3]) >= 0) sl[ns++] = r + 3 * L;
            sl[ns++] = biasAt;
            sl[ns++] = classBase + NerFeatures.classPayload(i >= 1 ? c[i - 1] : NerFeatures.BOS, c[i], i + 1 < n ? c[i + 1] : NerFeatures.EOS) * L;
            NerFeatures.contextKeys(c, n, i, k, 0);
            for (int f = 0, h = NerFeatures.CONTEXT_COUNT; f < W; f++) {
                long key = wordKeys[i * W + f];
                if (f != NerFeatures.CHAR_POSITION_INDEX) {
                    k[h++] = key;
                    continue;
                }
                long p = NerFeatures.payload(key); // c0 << 3 | bmes
                if ((p & 7) <= 4 && (r = byChar[(int) (p >>> 3)]) != 0) sl[ns++] = r + (5 + (int) (p & 7)) * L;
            }
            // touch every table key's home slot before reading any: independent loads, whose cache misses overlap
            for (int f = 0; f < H; f++) {
                long h = hash(k[f]);
                k[f] = h;
                long bits = filterBits(h);
                if ((fl[filterWord(h)] & bits) != bits) { // not in the table: no probe
                    at[f] = -1;
                    continue;
                }
                int o = PAD + home(h) * SL;
                at[f] = o;
                touched += tb[o];
            }
            { // unrolled for the 13 tags, the sums in locals (registers)
                double e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0, e9 = 0, e10 = 0, e11 = 0, e12 = 0;
                for (int x = 0; x < ns; x++) {
                    int o = sl[x];
                    e0 += d[o] * sc;
                    e1 += d[o + 1] * sc;
                    e2 += d[o + 2] * sc;
                    e3 += d[o + 3] * sc;
                    e4 += d[o + 4] * sc;
                    e5 += d[o + 5] * sc;
                    e6 += d[o + 6] * sc;
                    e7 += d[o + 7] * sc;
                    e8 += d[o + 8] * sc;
                    e9 += d[o + 9] * sc;
                    e10 += d[o + 10] * sc;
                    e11 += d[o + 11] * sc;
                    e12 += d[o + 12] * sc;
                }
                for (int f = 0; f < H; f++) {
                    int o = at[f];
                    if (o < 0) continue;
                    long fp = k[f] & FP_MASK; // k[f]: the key's hash now
                    long a;
                    while ((a = tb[o]) != 0 && a >>> 16 != fp) if ((o += SL) == tb.length) o = PAD; // find(), inlined
                    if (a == 0) continue;
                    long b = tb[o + 1], dd = tb[o + 2], e = tb[o + 3];
                    e0 += (short) a * sc;
                    e1 += (short) b * sc;
                    e2 += (short) (b >>> 16) * sc;
                    e3 += (short) (b >>> 32) * sc;
                    e4 += (short) (b >>> 48) * sc;
                    e5 += (short) dd * sc;
                    e6 += (short) (dd >>> 16) * sc;
                    e7 += (short) (dd >>> 32) * sc;
                    e8 += (short) (dd >>> 48) * sc;
                    e9 += (short) e * sc;
                    e10 += (short) (e >>> 16) * sc;
                    e11 += (short) (e >>> 32) * sc;
                    e12 += (short) (e >>> 48) * sc;
                }
                emit[0] = e0;
                emit[1] = e1;
                emit[2] = e2;
                emit[3] = e3;
                emit[4] = e4;
                emit[5] = e5;
                emit[6] = e6;
                emit[7] = e7;
                emit[8] = e8;
                emit[9] = e9;
                emit[10] = e10;
                emit[11] = e11;
                emit[12] = e12;
            }
            if (i == 0) {
                for (int t = 0; t < L; t++) cur[t] = emit[t] + transitions[L * L + t];
            } else if (exact) {
                // the same sums regrouped: (best over p of prev + transition) + emission, exact below EXACT_CHARS
                float[] into = transitionsInto;
                double p0 = prev[0], p1 = prev[1], p2 = prev[2], p3 = prev[3], p4 = prev[4], p5 = prev[5], p6 = prev[6],
                        p7 = prev[7], p8 = prev[8], p9 = prev[9], p10 = prev[10], p11 = prev[11],
                        p12 = prev[12];
                for (int t = 0, row = 0, bi = i * L; t < L; t++, row += L) {
                    double best = Integer.MIN_VALUE, s;
                    int arg = 0;
                    s = p0 + into[row];
                    if (best < s) { best = s; arg = 0; }
                    s = p1 + into[row + 1];
                    if (best < s) { best = s; arg = 1; }
                    s = p2 + into[row + 2];
                    if (best < s) { best = s; arg = 2; }
                    s = p3 + into[row + 3];
                    if (best < s) { best = s; arg = 3; }
                    s = p4 + into[row + 4];
                    if (best < s) { best = s; arg = 4; }
                    s = p5 + into[row + 5];
                    if (best < s) { best = s; arg = 5; }
                    s = p6 + into[row + 6];
                    if (best < s) { best = s; arg = 6; }
                    s = p7 + into[row + 7];
                    if (best < s) { best = s; arg = 7; }
                    s = p8 + into[row + 8];
                    if (best < s) { best = s; arg = 8; }
                    s = p9 + into[row + 9];
                    if (best < s) { best = s; arg = 9; }
                    s = p10 + into[row + 10];
                    if (best < s) { best = s; arg = 10; }
                    s = p11 + into[row + 11];
                    if (best < s) { best = s; arg = 11; }
                    s = p12 + into[row + 12];
                    if (best < s) { best = s; arg = 12; }
                    cur[t] = best + emit[t];
                    back[bi + t] = arg;
                }
            } else {
                float[] into = transitionsInto;
                // unrolled over the 13 previous tags (the client JIT neither unrolls nor keeps prev in registers);
                // the same sums in the same order, the first best kept on ties, as the loop over p did
                double p0 = prev[0], p1 = prev[1], p2 = prev[2], p3 = prev[3], p4 = prev[4], p5 = prev[5], p6 = prev[6],
                        p7 = prev[7], p8 = prev[8], p9 = prev[9], p10 = prev[10], p11 = prev[11],
                        p12 = prev[12];
                for (int t = 0, row = 0, bi = i * L; t < L; t++, row += L) {
                    double e = emit[t], best = Integer.MIN_VALUE, s;
                    int arg = 0;
                    s = p0 + (e + into[row]);
                    if (best < s) { best = s; arg = 0; }
                    s = p1 + (e + into[row + 1]);
                    if (best < s) { best = s; arg = 1; }
                    s = p2 + (e + into[row + 2]);
                    if (best < s) { best = s; arg = 2; }
                    s = p3 + (e + into[row + 3]);
                    if (best < s) { best = s; arg = 3; }
                    s = p4 + (e + into[row + 4]);
                    if (best < s) { best = s; arg = 4; }
                    s = p5 + (e + into[row + 5]);
                    if (best < s) { best = s; arg = 5; }
                    s = p6 + (e + into[row + 6]);
                    if (best < s) { best = s; arg = 6; }
                    s = p7 + (e + into[row + 7]);
                    if (best < s) { best = s; arg = 7; }
                    s = p8 + (e + into[row + 8]);
                    if (best < s) { best = s; arg = 8; }
                    s = p9 + (e + into[row + 9]);
                    if (best < s) { best = s; arg = 9; }
                    s = p10 + (e + into[row + 10]);
                    if (best < s) { best = s; arg = 10; }
                    s = p11 + (e + into[row + 11]);
                    if (best < s) { best = s; arg = 11; }
                    s = p12 + (e + into[row + 12]);
                    if (best < s) { best = s; arg = 12; }
                    cur[t] = best;
                    back[bi + t] = arg;
                }
            }
            double[] x = prev;
            prev = cur;
            cur = x;
        }
        if (touched == Long.MIN_VALUE) touchedSentinel++;
        int best = 0;
        for (int t = 1; t < L; t++) if (prev[best] < prev[t]) best = t;
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * L + best];
        }
        return out;
    }

    /** Writes the model (its quantized weights as they are); the same model gives the same bytes. */
    public void save(OutputStream os) throws IOException {
        short[] q = quantizedWeights();
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeUTF(clusters == null ? MAGIC : MAGIC3);
        out.writeBoolean(wordFeatures);
        if (clusters != null) { // sizes, then each char with a class and its classes
            int[] sizes = clusters.sizes(), codes = clusters.codes();
            out.writeInt(sizes.length);
            for (int k : sizes) out.writeInt(k);
            out.writeInt(codes.length);
            for (int c : codes) {
                out.writeChar(c);
                for (int g = 0; g < sizes.length; g++) out.writeShort(clusters.classOf(g, c));
            }
        }
        out.writeInt(tags);
        out.writeInt(sortedKeys.length);
        out.writeFloat(scale);
        long last = 0;
        for (long key : sortedKeys) {
            writeVarLong(out, key - last);
            last = key;
        }
        for (short w : q) out.writeShort(w);
        for (short w : transitionsQ) out.writeShort(w);
        out.flush();
        gz.finish();
    }

    public static NerModel load(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC1.equals(magic) && !MAGIC3.equals(magic)) throw new IOException("not a zhtext NER model");
        boolean wordFeatures = !MAGIC1.equals(magic) && in.readBoolean();
        CharClusters clusters = null;
        if (MAGIC3.equals(magic)) {
            int[] sizes = new int[in.readInt()];
            for (int g = 0; g < sizes.length; g++) sizes[g] = in.readInt();
            int[] codes = new int[in.readInt()];
            short[][] classes = new short[sizes.length][codes.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = in.readChar();
                for (int g = 0; g < sizes.length; g++) classes[g][i] = in.readShort();
            }
            clusters = CharClusters.of(sizes, codes, classes);
        }
        int tags = in.readInt(), n = in.readInt();
        if (tags != TAGS) throw new IOException("a NER model of " + tags + " tags; this decoder reads " + TAGS);
        float scale = in.readFloat();
        // the rest in one read, decoded from the array (per-byte stream calls made loading take half a second)
        java.nio.ByteBuffer rest = java.nio.ByteBuffer.wrap(in.readAllBytes());
        long[] keys = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) keys[i] = last += readVarLong(rest);
        short[] w = new short[n * tags], t = new short[(tags + 1) * tags];
        try {
            rest.asShortBuffer().get(w).get(t);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated NER model", e);
        }
        return new NerModel(keys, w, t, scale, tags, wordFeatures, clusters);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(java.nio.ByteBuffer in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            if (!in.hasRemaining()) throw new IOException("truncated NER model");
            int b = in.get() & 0xFF;
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }
}
