package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
/**
 * OpenCC's dictionary group with the {@code short_circuit} policy over tries: at a position, the first trie with
 * a key starting there answers with its longest key. A {@code union} group (longest key over all its
 * dictionaries, the first dictionary winning a tie) is a single trie of the merged entries, as OpenCC's own
 * prefix matcher flattens it. Immutable and thread-safe.
 */
final class DictGroup {
    private static final int VALUE_BITS = 24;

    private final CodePointTrie[] tries;
    /** BMP code points some trie has a key starting with (one bit set for the whole group), and whether any key starts beyond the BMP. */
    private final long[] firstBits = new long[0x10000 / 64];
    private final boolean astralFirsts;
    /**
     * BMP code point -> the tries with a key starting there (bit i for trie i), for groups of at most 8 tries:
     * one look-up answers for the whole group where most code points start no key (null for larger groups).
     */
    private final byte[] firsts;

    DictGroup(CodePointTrie... tries) {
        if (tries.length == 0 || tries.length > 0xFF) throw new IllegalArgumentException("1..255 tries expected");
        for (CodePointTrie t : tries) {
            if (t.size() >= 1 << VALUE_BITS) throw new IllegalArgumentException("dictionary too large: " + t.size());
        }
        this.tries = tries.clone();
        boolean astral = false;
        for (CodePointTrie t : tries) astral |= t.addFirstCodePoints(firstBits);
        this.astralFirsts = astral;
        if (tries.length <= 8) {
            firsts = new byte[0x10000];
            long[] bits = new long[0x10000 / 64];
            for (int i = 0; i < tries.length; i++) {
                java.util.Arrays.fill(bits, 0L);
                tries[i].addFirstCodePoints(bits);
                for (int cp = 0; cp < firsts.length; cp++) {
                    if ((bits[cp >>> 6] & (1L << cp)) != 0) firsts[cp] |= (byte) (1 << i);
                }
            }
        } else {
            firsts = null;
        }
    }

    /**
     * The match at {@code text[from]} within {@code text[from, to)}: {@code (length << 32) | (trie << 24) | value},
     * or -1 when no trie has a key there.
     */
    long match(int[] text, int from, int to) {
        return match(text, from, to, 0);
    }

    /** {@link #match(int[], int, int)} over the tries from {@code first} on (the ones before are known not to match). */
    long match(int[] text, int from, int to, int first) {
        int cp = text[from];
        if (cp < 0x10000 && firsts != null) {
            int mask = (firsts[cp] & 0xFF) >>> first << first;
            while (mask != 0) {
                int i = Integer.numberOfTrailingZeros(mask);
                long m = tries[i].longestMatch(text, from, to);
                if (m >= 0) return (m & 0xFFFFFFFF00000000L) | ((long) i << VALUE_BITS) | (m & ((1 << VALUE_BITS) - 1));
                mask &= mask - 1;
            }
            return -1L;
        }
        for (int i = first; i < tries.length; i++) {
            CodePointTrie t = tries[i];
            if (!t.startsWith(cp)) continue;
            long m = t.longestMatch(text, from, to);
            if (m >= 0) return (m & 0xFFFFFFFF00000000L) | ((long) i << VALUE_BITS) | (m & ((1 << VALUE_BITS) - 1));
        }
        return -1L;
    }

    /** The number of tries. */
    int size() {
        return tries.length;
    }

    /** The {@code i}th trie. */
    CodePointTrie trie(int i) {
        return tries[i];
    }

    /** True when some key of some trie starts with {@code cp}. */
    boolean startsWith(int cp) {
        if (cp < 0x10000) return (firstBits[cp >>> 6] & (1L << cp)) != 0;
        if (!astralFirsts) return false;
        for (CodePointTrie t : tries) {
            if (t.startsWith(cp)) return true;
        }
        return false;
    }

    /** True when some key of some trie contains {@code cp}. */
    boolean usesCodePoint(int cp) {
        for (CodePointTrie t : tries) {
            if (t.usesCodePoint(cp)) return true;
        }
        return false;
    }

    /** The length in code points of a match. */
    static int length(long match) {
        return (int) (match >>> 32);
    }

    /** The replacement of a match. Callers must not modify the array. */
    int[] value(long match) {
        return tries[(int) (match >>> VALUE_BITS) & 0xFF].value((int) (match & ((1 << VALUE_BITS) - 1)));
    }
}
