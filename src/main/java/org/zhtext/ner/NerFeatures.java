package org.zhtext.ner;

/**
 * The character features of the NER tagger: for each character of a sentence, a fixed number of 64-bit keys
 * (template number in the top 6 bits, the characters in the rest), the same at training and tagging time.
 * Characters are normalized first ({@link #normalize}): full-width ASCII to ASCII, Latin letters lower-cased,
 * ASCII digits to {@code 0}. Templates (window of two characters either side, sentence edges as sentinels):
 * unigrams at -2..+2, bigrams (-2,-1) (-1,0) (0,1) (1,2), the skip bigram (-1,+1), the trigram (-1,0,+1),
 * the character classes of (-1,0,+1) and a bias. Uni- and bigram keys are exact (no collisions); the trigram
 * and class keys are hashed into 58 bits.
 */
public final class NerFeatures {
    /** Keys per character. */
    public static final int COUNT = 13;
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
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return 5;
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
}
