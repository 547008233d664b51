package org.zhtext.ner;

import java.util.List;
import org.zhtext.core.CharClasses;
import org.zhtext.engine.Word;

/**
 * The character features of the NER tagger: for each character of a sentence, a fixed number of 64-bit keys
 * (template number in the top 6 bits, the characters in the rest), the same at training and tagging time.
 * Characters are normalized first ({@link #normalize}): full-width ASCII to ASCII, Latin letters lower-cased,
 * ASCII digits to {@code 0}. Templates (window of two characters either side, sentence edges as sentinels):
 * unigrams at -2..+2, bigrams (-2,-1) (-1,0) (0,1) (1,2), the skip bigram (-1,+1), the trigram (-1,0,+1),
 * the character classes of (-1,0,+1) and a bias. Uni- and bigram keys are exact (no collisions); the trigram
 * and class keys are hashed into 58 bits.
 * <p>
 * Word features ({@link #WORD_COUNT} more keys per char, when the model was trained with them): the engine's
 * words of the sentence (HanLP, the pipeline's own segmentation, with its POS tags): the char's position in its
 * word (B/M/E/S) with the word's POS, the position with the char, the POS of the previous and of the next word
 * each with the word's own POS and the position, and the word itself with the position. At tagging time the
 * words come from the pipeline's segmentation of the sentence (no second segmentation in {@code analyze}).
 */
public final class NerFeatures {
    /** Keys per character. */
    public static final int COUNT = 13;
    /** Word keys per character (models with word features). */
    public static final int WORD_COUNT = 5;
    /** The sentence-edge sentinels of the char windows (outside every UTF-16 unit's range). */
    static final int BOS = 0x110000, EOS = 0x110001;
    /** Template numbers: unigrams at -2..+2 are 1..5, bigrams (-2,-1) .. (1,2) are 6..9 (their payload {@code a << 21 | b}). */
    static final int UNIGRAM = 1, BIGRAM = 6, BIAS = 13;
    /** The word template whose payload is the char with its B/M/E/S position ({@code c0 << 3 | bmes}): index in {@link #wordKeys}' group. */
    static final int CHAR_POSITION = 15, CHAR_POSITION_INDEX = 1;
    /**
     * Cluster templates (models trained with {@link CharClusters}): the class of the char at -2..+2 are 19..23, their
     * payload {@code g << 16 | class} (g: the granularity); {@link #clusterKeys}.
     */
    static final int CLUSTER = 19;
    /** Keys per char that are neither one char's, a pair's, the classes' nor the bias ({@link #contextKeys}): templates 10 and 11. */
    static final int CONTEXT_COUNT = 2;

    private NerFeatures() {}

    /** The normalized code point of a character. */
    public static int normalize(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        else if (c == 0x3000) c = ' ';
        if (c >= 'A' && c <= 'Z') return c + 32;
        if (c >= '0' && c <= '9') return '0';
        return c;
    }

    /** A coarse class: 1 Han, 2 digit (any script), 3 Latin letter, 4 punctuation or symbol, 5 space, 7 Chinese numeral, 0 sentence edge. */
    static int charClass(int c) {
        if (c >= 0 && c < 0x10000) return Classes.OF[c];
        return computeClass(c);
    }

    private static int computeClass(int c) {
        if (c == BOS || c == EOS) return 0;
        if (Character.isIdeographic(c)) return "零〇一二三四五六七八九十百千万亿".indexOf(c) >= 0 ? 7 : 1;
        if (Character.isDigit(c)) return 2;
        if (Character.isLetter(c)) return 3;
        if (c < 0x10000 && CharClasses.isUnicodeSpace((char) c)) return 5;
        return 4;
    }

    /** {@link #charClass} of every UTF-16 unit, computed once (a few milliseconds). */
    private static final class Classes {
        static final byte[] OF = new byte[0x10000];

        static {
            for (int c = 0; c < OF.length; c++) OF[c] = (byte) computeClass(c);
        }
    }

    /** The payload of the class key (template 12) of the chars {@code m1, c0, p1}: below {@link #CLASS_PAYLOADS}. */
    static int classPayload(int m1, int c0, int p1) {
        return charClass(m1) << 8 | charClass(c0) << 4 | charClass(p1);
    }

    /** The template of the class key, and a bound on its payloads. */
    static final int CLASS = 12, CLASS_PAYLOADS = 1 << 12;

    /** The normalized code points of a sentence given as chars (one per UTF-16 unit: surrogates stay as they are). */
    public static int[] codes(CharSequence s) {
        return codes(s, new int[s.length()]);
    }

    /** {@link #codes(CharSequence)} into the first {@code s.length()} entries of {@code out}, which it returns. */
    static int[] codes(CharSequence s, int[] out) {
        for (int i = 0, n = s.length(); i < n; i++) out[i] = normalize(s.charAt(i));
        return out;
    }

    private static long key(int template, long payload) {
        return ((long) template << 58) | (payload & ((1L << 58) - 1));
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ce34dL;
        h ^= h >>> 33;
        return h;
    }

    /** Writes the {@link #COUNT} keys of position {@code i} of {@code c} into {@code out} from {@code off}. */
    public static void keys(int[] c, int i, long[] out, int off) {
        int n = c.length;
        long m2 = i >= 2 ? c[i - 2] : BOS, m1 = i >= 1 ? c[i - 1] : BOS, c0 = c[i];
        long p1 = i + 1 < n ? c[i + 1] : EOS, p2 = i + 2 < n ? c[i + 2] : EOS;
        out[off] = key(UNIGRAM, m2);
        out[off + 1] = key(UNIGRAM + 1, m1);
        out[off + 2] = key(UNIGRAM + 2, c0);
        out[off + 3] = key(UNIGRAM + 3, p1);
        out[off + 4] = key(UNIGRAM + 4, p2);
        out[off + 5] = key(BIGRAM, m2 << 21 | m1);
        out[off + 6] = key(BIGRAM + 1, m1 << 21 | c0);
        out[off + 7] = key(BIGRAM + 2, c0 << 21 | p1);
        out[off + 8] = key(BIGRAM + 3, p1 << 21 | p2);
        contextKeys(m1, c0, p1, out, off + 9);
        out[off + 11] = key(CLASS, classPayload((int) m1, (int) c0, (int) p1));
        out[off + 12] = biasKey();
    }

    /** Cluster keys per char: the 5 offsets times the granularities (0 without clusters). */
    public static int clusterCount(CharClusters clusters) {
        return clusters == null ? 0 : 5 * clusters.granularities();
    }

    /** The cluster key of the class {@code cls} at granularity {@code g} of the char at offset {@code offset} (-2..+2). */
    static long clusterKey(int offset, int g, int cls) {
        return key(CLUSTER + offset + 2, (long) g << 16 | cls);
    }

    /**
     * Writes the {@link #clusterCount} cluster keys of position {@code i} of {@code c} into {@code out} from
     * {@code off}, offset-major ({@code (offset + 2) * G + g}): the class of the char at each offset -2..+2 at each
     * granularity; 0 (no key: no template is 0) where the char has no class (rare, sentence edge). Each key depends
     * on one char at a fixed offset: the decoder folds them into the char rows ({@link NerModel}).
     */
    static void clusterKeys(int[] c, int i, CharClusters clusters, long[] out, int off) {
        int n = c.length, G = clusters.granularities();
        for (int o = -2; o <= 2; o++) {
            int j = i + o;
            for (int g = 0; g < G; g++) {
                int k = j >= 0 && j < n ? clusters.classOf(g, c[j]) : -1;
                out[off + (o + 2) * G + g] = k < 0 ? 0 : clusterKey(o, g, k);
            }
        }
    }

    /** The bias key (the same at every position). */
    static long biasKey() {
        return key(BIAS, 0);
    }

    /** The template of a key. */
    static int template(long key) {
        return (int) (key >>> 58);
    }

    /** The payload of a key (below its template). */
    static long payload(long key) {
        return key & ((1L << 58) - 1);
    }

    /**
     * Writes the {@link #CONTEXT_COUNT} keys of position {@code i} of {@code c} that are neither one char's, a
     * pair's nor the classes' (the skip bigram, the trigram): the decoder reads the others by char, pair and class.
     */
    static void contextKeys(int[] c, int i, long[] out, int off) {
        contextKeys(c, c.length, i, out, off);
    }

    /** The same for the sentence of the first {@code n} entries of {@code c}. */
    static void contextKeys(int[] c, int n, int i, long[] out, int off) {
        contextKeys(i >= 1 ? c[i - 1] : BOS, c[i], i + 1 < n ? c[i + 1] : EOS, out, off);
    }

    private static void contextKeys(long m1, long c0, long p1, long[] out, int off) {
        out[off] = key(10, m1 << 21 | p1);
        out[off + 1] = key(11, mix(m1 << 42 ^ c0 << 21 ^ p1));
    }

    /**
     * The {@link #WORD_COUNT} word keys of every char of a sentence of {@code n} chars ({@code n * WORD_COUNT}
     * longs, char-major) given its words (char indices, as a segmenter returns them; chars no word covers get a
     * position of their own).
     */
    public static long[] wordKeys(String sentence, List<Word> words) {
        return wordKeys(sentence, words, new long[sentence.length() * WORD_COUNT], new int[sentence.length()]);
    }

    /**
     * The same into the first {@code n * WORD_COUNT} entries of {@code out}, which it returns ({@code at}: at least
     * {@code n} ints to work in).
     */
    static long[] wordKeys(String sentence, List<Word> words, long[] out, int[] at) {
        int n = sentence.length(), W = WORD_COUNT;
        java.util.Arrays.fill(at, 0, n, -1);
        for (int w = 0; w < words.size(); w++) {
            Word x = words.get(w);
            for (int i = Math.max(0, x.start()); i < Math.min(n, x.end()); i++) at[i] = w;
        }
        int cached = -1; // the word whose pos, prev, next and text are in these locals
        long pos = 0, prev = 0, next = 0, text = 0;
        for (int i = 0; i < n; i++) {
            int w = at[i];
            long bmes;
            if (w < 0) {
                bmes = 4;
                pos = prev = next = text = 0;
                cached = -1;
            } else {
                Word x = words.get(w);
                int len = x.end() - x.start();
                bmes = len == 1 ? 3 : i == x.start() ? 0 : i == x.end() - 1 ? 2 : 1;
                if (w != cached) {
                    pos = tagCode(x.tag());
                    prev = w > 0 ? tagCode(words.get(w - 1).tag()) : 1;
                    next = w + 1 < words.size() ? tagCode(words.get(w + 1).tag()) : 2;
                    text = hash(sentence, Math.max(0, x.start()), Math.min(n, x.end())) & 0xFFFFFFFFL;
                    text = text << 8 | Math.min(len, 255);
                    cached = w;
                }
            }
            long c0 = normalize(sentence.charAt(i));
            int o = i * W;
            out[o] = key(14, pos << 3 | bmes);
            out[o + CHAR_POSITION_INDEX] = key(CHAR_POSITION, c0 << 3 | bmes);
            out[o + 2] = key(16, mix(prev << 35 ^ pos << 3 ^ bmes));
            out[o + 3] = key(17, mix(next << 35 ^ pos << 3 ^ bmes));
            out[o + 4] = key(18, mix(text << 3 ^ bmes));
        }
        return out;
    }

    /** {@code s.substring(from, to).hashCode()}, without the substring. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** A POS tag as a number (0: none). */
    private static long tagCode(String tag) {
        if (tag == null || tag.isEmpty()) return 3;
        return (tag.hashCode() & 0xFFFFFFFFL) + 4;
    }
}
