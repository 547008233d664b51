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
    private static final int BOS = 0x110000, EOS = 0x110001;

    private NerFeatures() {}

    /** The normalized code point of a character. */
    public static int normalize(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        else if (c == 0x3000) c = ' ';
        if (c >= 'A' && c <= 'Z') return c + 32;
        if (c >= '0' && c <= '9') return '0';
        return c;
    }

    /** A coarse class: 1 Han, 2 digit (any script), 3 Latin letter, 4 punctuation or symbol, 5 space, 6 other. */
    static int charClass(int c) {
        if (c == BOS || c == EOS) return 0;
        if (Character.isIdeographic(c)) return "零〇一二三四五六七八九十百千万亿".indexOf(c) >= 0 ? 7 : 1;
        if (Character.isDigit(c)) return 2;
        if (Character.isLetter(c)) return 3;
        if (CharClasses.isUnicodeSpace((char) c)) return 5; // c is one UTF-16 unit here (codes)
        return 4;
    }

    /** The normalized code points of a sentence given as chars (one per UTF-16 unit: surrogates stay as they are). */
    public static int[] codes(CharSequence s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = normalize(s.charAt(i));
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
        out[off] = key(1, m2);
        out[off + 1] = key(2, m1);
        out[off + 2] = key(3, c0);
        out[off + 3] = key(4, p1);
        out[off + 4] = key(5, p2);
        out[off + 5] = key(6, m2 << 21 | m1);
        out[off + 6] = key(7, m1 << 21 | c0);
        out[off + 7] = key(8, c0 << 21 | p1);
        out[off + 8] = key(9, p1 << 21 | p2);
        out[off + 9] = key(10, m1 << 21 | p1);
        out[off + 10] = key(11, mix(m1 << 42 ^ c0 << 21 ^ p1));
        out[off + 11] = key(12, charClass((int) m1) << 8 | charClass((int) c0) << 4 | charClass((int) p1));
        out[off + 12] = key(13, 0);
    }

    /**
     * The {@link #WORD_COUNT} word keys of every char of a sentence of {@code n} chars ({@code n * WORD_COUNT}
     * longs, char-major) given its words (char indices, as a segmenter returns them; chars no word covers get a
     * position of their own).
     */
    public static long[] wordKeys(String sentence, List<Word> words) {
        int n = sentence.length(), W = WORD_COUNT;
        long[] out = new long[n * W];
        int[] at = new int[n];
        java.util.Arrays.fill(at, -1);
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
            out[o + 1] = key(15, c0 << 3 | bmes);
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
