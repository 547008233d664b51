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
 * flag, char features only).
 * <p>
 * In memory the decoder reads one open-addressing table whose 32-byte slots hold a key's 13 quantized weights
 * and a 48-bit fingerprint of the key, two slots to a 64-byte cache line (see {@link #table}).
 */
public final class NerModel {
    static final String MAGIC = "ZHNER2", MAGIC1 = "ZHNER1";
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
    final long salt;
    /** Counts an (in practice impossible) sum of touched keys, so that the touching loads are used. */
    private static int touchedSentinel;
    final float[] transitions; // (prev or BOS=tags) * tags + tag, q * scale
    private final short[] transitionsQ;
    private final float[] transitionsInto; // tag * tags + prev: the same, in the order the Viterbi step reads them
    final long[] sortedKeys;

    /** A model of quantized weights ({@code q}: key-major, {@code tq}: transitions), each weight {@code q * scale}. */
    NerModel(long[] sortedKeys, short[] q, short[] tq, float scale, int tags, boolean wordFeatures) {
        if (tags != TAGS) throw new IllegalArgumentException("the decoder reads " + TAGS + " tags (NerTags), not " + tags);
        if (q.length != sortedKeys.length * tags || tq.length != (tags + 1) * tags) throw new IllegalArgumentException("weight counts");
        this.tags = tags;
        this.wordFeatures = wordFeatures;
        this.sortedKeys = sortedKeys;
        this.scale = scale;
        this.transitionsQ = tq.clone();
        this.transitions = new float[tq.length];
        for (int i = 0; i < tq.length; i++) transitions[i] = tq[i] * scale;
        this.transitionsInto = new float[tags * tags];
        for (int p = 0; p < tags; p++) for (int t = 0; t < tags; t++) transitionsInto[t * tags + p] = transitions[p * tags + t];
        int stored = 0;
        for (int i = 0; i < sortedKeys.length; i++) if (nonZero(q, i * tags, tags)) stored++;
        this.cap = Math.max(16, (int) Math.ceil(stored / LOAD));
        long s = 0;
        while (!uniqueFingerprints(sortedKeys, s)) s++;
        this.salt = s;
        this.table = new long[PAD + cap * SLOT_LONGS];
        for (int i = 0; i < sortedKeys.length; i++) {
            if (!nonZero(q, i * tags, tags)) continue;
            long h = hash(sortedKeys[i]);
            int slot = home(h);
            while (table[PAD + slot * SLOT_LONGS] != 0) if (++slot == cap) slot = 0;
            int o = PAD + slot * SLOT_LONGS;
            table[o] = fingerprint(h) << 16;
            for (int t = 0; t < tags; t++) {
                int field = t == 0 ? 0 : t + 3;
                table[o + (field >> 2)] |= (q[i * tags + t] & 0xFFFFL) << ((field & 3) << 4);
            }
        }
    }

    /**
     * A model of float weights, quantized as {@link #save} always did: scale = max |weight| (transitions
     * included) / 32767, {@code q = round(w / scale)}.
     */
    static NerModel quantize(long[] sortedKeys, float[] weights, float[] transitions, int tags, boolean wordFeatures) {
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        for (float w : transitions) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / 32767f;
        short[] q = new short[weights.length], tq = new short[transitions.length];
        for (int i = 0; i < q.length; i++) q[i] = (short) Math.round(weights[i] / scale);
        for (int i = 0; i < tq.length; i++) tq[i] = (short) Math.round(transitions[i] / scale);
        return new NerModel(sortedKeys, q, tq, scale, tags, wordFeatures);
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

    /** The quantized weights, key-major ({@code id * tags + tag}), read back from the table. */
    short[] quantizedWeights() {
        short[] w = new short[sortedKeys.length * tags];
        for (int i = 0; i < sortedKeys.length; i++) {
            long h = hash(sortedKeys[i]);
            int o = find(home(h), fingerprint(h));
            if (o < 0) continue;
            for (int t = 0; t < tags; t++) {
                int field = t == 0 ? 0 : t + 3;
                w[i * tags + t] = (short) (table[o + (field >> 2)] >>> ((field & 3) << 4));
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

    /** Whether the table has a slot for {@code key} (a key of the model with a non-zero weight, or a false match). */
    boolean stored(long key) {
        long h = hash(key);
        return find(home(h), fingerprint(h)) >= 0;
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
        return new NerModel(Arrays.copyOf(keys, n), Arrays.copyOf(kept, n * L), transitionsQ, scale, L, wordFeatures);
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

    /** The best tag sequence of a sentence (a model with word features needs the words: else null). */
    public int[] tag(String sentence, List<Word> words) {
        if (wordFeatures && words == null) throw new IllegalArgumentException("this NER model needs the sentence's words");
        return tag(sentence, wordFeatures && !sentence.isEmpty() ? NerFeatures.wordKeys(sentence, words) : null);
    }

    /** The best tag sequence of a sentence given its {@link NerFeatures#wordKeys} (null for a char-only model). */
    int[] tag(String sentence, long[] wordKeys) {
        int n = sentence.length();
        if (n == 0) return new int[0];
        int[] c = NerFeatures.codes(sentence);
        int L = tags, C = NerFeatures.COUNT, W = wordFeatures ? NerFeatures.WORD_COUNT : 0, F = C + W, SL = SLOT_LONGS;
        long[] k = new long[F];
        double[] emit = new double[L];
        double[] prev = new double[L], cur = new double[L];
        int[] back = new int[n * L];
        long touched = 0;
        float sc = scale;
        long[] tb = table;
        for (int i = 0; i < n; i++) {
            NerFeatures.keys(c, i, k, 0);
            if (W > 0) System.arraycopy(wordKeys, i * W, k, C, W);
            // touch every feature's home slot before reading any: independent loads, whose cache misses overlap
            for (int f = 0; f < F; f++) touched += tb[PAD + home(hash(k[f])) * SL];
            { // unrolled for the 13 tags, the sums in locals (registers), feature by feature as HanLP adds them
                double e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0, e9 = 0, e10 = 0, e11 = 0, e12 = 0;
                for (int f = 0; f < F; f++) {
                    long h = hash(k[f]), fp = h & FP_MASK;
                    int o = PAD + home(h) * SL;
                    long a;
                    while ((a = tb[o]) != 0 && a >>> 16 != fp) if ((o += SL) == tb.length) o = PAD; // find(), inlined
                    if (a == 0) continue;
                    long b = tb[o + 1], d = tb[o + 2], e = tb[o + 3];
                    e0 += (short) a * sc;
                    e1 += (short) b * sc;
                    e2 += (short) (b >>> 16) * sc;
                    e3 += (short) (b >>> 32) * sc;
                    e4 += (short) (b >>> 48) * sc;
                    e5 += (short) d * sc;
                    e6 += (short) (d >>> 16) * sc;
                    e7 += (short) (d >>> 32) * sc;
                    e8 += (short) (d >>> 48) * sc;
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
        out.writeUTF(MAGIC);
        out.writeBoolean(wordFeatures);
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
        if (!MAGIC.equals(magic) && !MAGIC1.equals(magic)) throw new IOException("not a zhtext NER model");
        boolean wordFeatures = MAGIC.equals(magic) && in.readBoolean();
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
        return new NerModel(keys, w, t, scale, tags, wordFeatures);
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
