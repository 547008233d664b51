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
 * those of HanLP's averaged perceptron ({@link NerTrainer}), stored as 16-bit integers times a scale; this
 * decoder gives the labels HanLP's own {@code LinearModel.viterbiDecode} gives over the same weights (the oracle
 * test checks it on the whole dev split). Immutable and thread-safe.
 * <p>
 * File ({@code models/ner/ner.bin}, gzip): magic {@code ZHNER2}, whether the model reads word features
 * ({@link NerFeatures#wordKeys}), tag count, key count, scale, the keys in ascending order (delta-coded longs),
 * the quantized weights (key-major), the (tags+1)·tags transition weights ({@code ZHNER1}: the same without the
 * flag, char features only).
 */
public final class NerModel {
    static final String MAGIC = "ZHNER2", MAGIC1 = "ZHNER1";
    final int tags;
    final boolean wordFeatures;
    /**
     * Open-addressing table, {@link #slotLongs} longs per slot: the key (0: empty), then the key's weights as
     * floats, two per long (tag {@code 2j} in the low half of long {@code j + 1}). A slot is one 64-byte block for
     * 13 tags, so a feature costs one memory access, not three (key, id, weight row).
     */
    final long[] table;
    final int slotLongs;
    final int mask;
    /** Counts an (in practice impossible) sum of touched keys, so that the touching loads are used. */
    private static int touchedSentinel;
    final float[] transitions; // (prev or BOS=tags) * tags + tag
    private final float[] transitionsInto; // tag * tags + prev: the same, in the order the Viterbi step reads them
    final long[] sortedKeys;

    NerModel(long[] sortedKeys, float[] weights, float[] transitions, int tags, boolean wordFeatures) {
        this.tags = tags;
        this.wordFeatures = wordFeatures;
        this.sortedKeys = sortedKeys;
        this.transitions = transitions;
        this.transitionsInto = new float[tags * tags];
        for (int p = 0; p < tags; p++) for (int t = 0; t < tags; t++) transitionsInto[t * tags + p] = transitions[p * tags + t];
        int cap = Integer.highestOneBit(Math.max(16, sortedKeys.length * 2 - 1)) << 1;
        this.slotLongs = 1 + (tags + 1) / 2;
        this.table = new long[cap * slotLongs];
        this.mask = cap - 1;
        for (int i = 0; i < sortedKeys.length; i++) {
            long key = sortedKeys[i];
            if (key == 0) throw new IllegalArgumentException("feature key 0 is reserved");
            int h = slot(key);
            while (table[h * slotLongs] != 0) h = (h + 1) & mask;
            int o = h * slotLongs;
            table[o] = key;
            for (int t = 0; t < tags; t++) {
                long bits = Float.floatToRawIntBits(weights[i * tags + t]) & 0xFFFFFFFFL;
                table[o + 1 + (t >> 1)] |= bits << ((t & 1) << 5);
            }
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** The weights, id-major ({@code id * tags + tag}), as the trainer gave them (read back from the table). */
    float[] weights() {
        float[] w = new float[sortedKeys.length * tags];
        for (int i = 0; i < sortedKeys.length; i++) {
            int o = find(sortedKeys[i]) + 1;
            for (int t = 0; t < tags; t++) w[i * tags + t] = Float.intBitsToFloat((int) (table[o + (t >> 1)] >>> ((t & 1) << 5)));
        }
        return w;
    }

    /** The table offset of a key's slot, or -1. */
    private int find(long k) {
        int h = slot(k);
        while (true) {
            int o = h * slotLongs;
            long key = table[o];
            if (key == k) return o;
            if (key == 0) return -1;
            h = (h + 1) & mask;
        }
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
        int L = tags, C = NerFeatures.COUNT, W = wordFeatures ? NerFeatures.WORD_COUNT : 0, F = C + W;
        long[] k = new long[F];
        double[] emit = new double[L];
        double[] prev = new double[L], cur = new double[L];
        int[] back = new int[n * L];
        long touched = 0;
        for (int i = 0; i < n; i++) {
            NerFeatures.keys(c, i, k, 0);
            if (W > 0) System.arraycopy(wordKeys, i * W, k, C, W);
            // touch every feature's first slot before reading any: independent loads, whose cache misses overlap
            for (int f = 0; f < F; f++) touched += table[slot(k[f]) * slotLongs];
            Arrays.fill(emit, 0);
            for (int f = 0; f < F; f++) {
                int o = find(k[f]);
                if (o < 0) continue;
                o++;
                int t = 0;
                for (; t + 1 < L; t += 2) {
                    long bits = table[o++];
                    emit[t] += Float.intBitsToFloat((int) bits);
                    emit[t + 1] += Float.intBitsToFloat((int) (bits >>> 32));
                }
                if (t < L) emit[t] += Float.intBitsToFloat((int) table[o]);
            }
            if (i == 0) {
                for (int t = 0; t < L; t++) cur[t] = emit[t] + transitions[L * L + t];
            } else {
                float[] into = transitionsInto;
                for (int t = 0, row = 0; t < L; t++, row += L) {
                    double e = emit[t], best = Integer.MIN_VALUE;
                    int arg = 0;
                    for (int p = 0; p < L; p++) {
                        double s = prev[p] + (e + into[row + p]);
                        if (best < s) {
                            best = s;
                            arg = p;
                        }
                    }
                    cur[t] = best;
                    back[i * L + t] = arg;
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

    /** Writes the model, its weights quantized to 16 bits; the same model gives the same bytes. */
    public void save(OutputStream os) throws IOException {
        float[] weights = weights();
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        for (float w : transitions) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / 32767f;
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
        for (float w : weights) out.writeShort(Math.round(w / scale));
        for (float w : transitions) out.writeShort(Math.round(w / scale));
        out.flush();
        gz.finish();
    }

    /** The model as {@link #save} wrote it, after quantization (what {@link #load} would give). */
    NerModel quantized() {
        float[] weights = weights();
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        for (float w : transitions) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / 32767f;
        float[] w = new float[weights.length], t = new float[transitions.length];
        for (int i = 0; i < w.length; i++) w[i] = (short) Math.round(weights[i] / scale) * scale;
        for (int i = 0; i < t.length; i++) t[i] = (short) Math.round(transitions[i] / scale) * scale;
        return new NerModel(sortedKeys, w, t, tags, wordFeatures);
    }

    public static NerModel load(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC1.equals(magic)) throw new IOException("not a zhtext NER model");
        boolean wordFeatures = MAGIC.equals(magic) && in.readBoolean();
        int tags = in.readInt(), n = in.readInt();
        float scale = in.readFloat();
        // the rest in one read, decoded from the array (per-byte stream calls made loading take half a second)
        java.nio.ByteBuffer rest = java.nio.ByteBuffer.wrap(in.readAllBytes());
        long[] keys = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) keys[i] = last += readVarLong(rest);
        float[] w = new float[n * tags], t = new float[(tags + 1) * tags];
        try {
            for (int i = 0; i < w.length; i++) w[i] = rest.getShort() * scale;
            for (int i = 0; i < t.length; i++) t[i] = rest.getShort() * scale;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated NER model", e);
        }
        return new NerModel(keys, w, t, tags, wordFeatures);
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
