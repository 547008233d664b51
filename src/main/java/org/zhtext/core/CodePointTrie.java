package org.zhtext.core;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable prefix tree over code points mapping keys to replacement texts, answering the longest key that
 * starts at a position of a code point array (OpenCC's {@code MatchPrefix}). Children of the root are found
 * through a direct table for the Basic Multilingual Plane, deeper edges (and astral first characters) through
 * an open-addressing hash keyed on (node, code point); no object is allocated per lookup. Whether a key starts
 * with a BMP code point is answered from a bit set (8 KB, which stays in the processor's cache where the 256 KB
 * table would not: most lookups ask exactly that, and most answers are no). Thread-safe.
 * Used by the converter (OpenCC dictionaries) and the entity lexicon matcher.
 * <p>
 * A trie can be written as arrays ({@link #write}: per node its parent and code point, per node its value index,
 * the values) and read back ({@link #read}) without the map it was built from, into the same structure: the
 * converter's dictionaries are built this way at build time.
 */
public final class CodePointTrie {
    private static final int BMP = 0x10000;
    private static final long EMPTY = -1L;

    private final int[] rootChild;   // BMP code point -> child node of the root, 0 = none
    private final long[] rootBits;   // BMP code point -> whether rootChild is not 0
    private final long[] edgeKeys;   // (parent << 21 | cp), EMPTY when the slot is free
    private final int[] edgeChild;
    private final int edgeMask;
    private final int[] nodeValue;   // node -> index into values, -1 when no key ends there
    private final int[] nodeParent;  // node -> parent node (0 for the root's children and the root)
    private final int[] nodeCp;      // node -> code point of the edge into it
    private final int[][] values;
    private final int size;
    /**
     * A filter of the keys' first two code points: bit {@link #pairBit} of every pair that starts some key of two or
     * more code points is set. A walk whose first two code points have their bit clear stops after the first (no
     * longer key can match), without the edge look-up, a likely cache miss in a large trie; a set bit only means
     * "maybe". The filter has about 16 bits per such pair, and stays in the processor's cache.
     */
    private final long[] pairBits;
    private final int pairShift;

    private CodePointTrie(int[] nodeParent, int[] nodeCp, int[] nodeValue, int[][] values) {
        int nodes = nodeValue.length;
        int[] rootChild = new int[BMP];
        int cap = Integer.highestOneBit(Math.max(4, nodes * 2 + 1)) << 1;
        long[] keys = new long[cap];
        int[] child = new int[cap];
        Arrays.fill(keys, EMPTY);
        for (int c = 1; c < nodes; c++) {
            int parent = nodeParent[c], cp = nodeCp[c];
            if (parent == 0 && cp < BMP) {
                rootChild[cp] = c;
                continue;
            }
            long k = edge(parent, cp);
            int slot = slot(k, cap - 1);
            while (keys[slot] != EMPTY) slot = (slot + 1) & (cap - 1);
            keys[slot] = k;
            child[slot] = c;
        }
        this.nodeParent = nodeParent;
        this.nodeCp = nodeCp;
        this.rootChild = rootChild;
        this.rootBits = new long[BMP / 64];
        for (int cp = 0; cp < BMP; cp++) {
            if (rootChild[cp] != 0) rootBits[cp >>> 6] |= 1L << cp;
        }
        this.edgeKeys = keys;
        this.edgeChild = child;
        this.edgeMask = cap - 1;
        this.nodeValue = nodeValue;
        this.values = values;
        this.size = values.length;
        int pairs = 0;
        for (int c = 1; c < nodes; c++) if (nodeParent[c] != 0 && nodeParent[nodeParent[c]] == 0) pairs++;
        int bits = Math.max(10, Math.min(23, 64 - Long.numberOfLeadingZeros(Math.max(1, pairs) * 16L - 1)));
        this.pairShift = 64 - bits;
        this.pairBits = new long[1 << (bits - 6)];
        for (int c = 1; c < nodes; c++) {
            int parent = nodeParent[c];
            if (parent != 0 && nodeParent[parent] == 0) {
                int bit = pairBit(nodeCp[parent], nodeCp[c]);
                pairBits[bit >>> 6] |= 1L << bit;
            }
        }
    }

    private int pairBit(int first, int second) {
        return (int) ((((long) first << 21 | second) * 0x9E3779B97F4A7C15L) >>> pairShift);
    }

    /** False when no key starts with the code points {@code first, second} (true: maybe). */
    private boolean mayStartWith(int first, int second) {
        int bit = pairBit(first, second);
        return (pairBits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Builds a trie of {@code entries} (key -> replacement); empty keys are ignored. */
    public static CodePointTrie of(Map<String, String> entries) {
        Map<Long, Integer> edges = new HashMap<>();
        int[] value = new int[16];
        int[] parent = new int[16];
        int[] cps = new int[16];
        Arrays.fill(value, -1);
        int nodes = 1;
        int[][] vals = new int[entries.size()][];
        int nv = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) continue;
            int node = 0;
            for (int i = 0; i < key.length(); ) {
                int cp = key.codePointAt(i);
                i += Character.charCount(cp);
                long k = edge(node, cp);
                Integer child = edges.get(k);
                if (child == null) {
                    child = nodes++;
                    edges.put(k, child);
                    if (nodes > value.length) {
                        int old = value.length;
                        value = Arrays.copyOf(value, old * 2);
                        Arrays.fill(value, old, value.length, -1);
                        parent = Arrays.copyOf(parent, old * 2);
                        cps = Arrays.copyOf(cps, old * 2);
                    }
                    parent[child] = node;
                    cps[child] = cp;
                }
                node = child;
            }
            if (value[node] < 0) {
                value[node] = nv;
                vals[nv++] = e.getValue().codePoints().toArray();
            } else {
                vals[value[node]] = e.getValue().codePoints().toArray();
            }
        }
        return new CodePointTrie(Arrays.copyOf(parent, nodes), Arrays.copyOf(cps, nodes), Arrays.copyOf(value, nodes),
                Arrays.copyOf(vals, nv));
    }

    /**
     * Writes the trie as {@link #read} reads it: the node count, per node (from 1) its parent and code point, per
     * node its value index, the value count, per value its length and code points; big-endian ints.
     */
    public void write(DataOutputStream out) throws IOException {
        int nodes = nodeValue.length;
        out.writeInt(nodes);
        for (int c = 1; c < nodes; c++) {
            out.writeInt(nodeParent[c]);
            out.writeInt(nodeCp[c]);
        }
        for (int v : nodeValue) out.writeInt(v);
        out.writeInt(values.length);
        for (int[] v : values) {
            out.writeInt(v.length);
            for (int cp : v) out.writeInt(cp);
        }
    }

    /** Reads a trie written by {@link #write} from {@code in}'s position (which it advances). */
    public static CodePointTrie read(ByteBuffer in) {
        int nodes = in.getInt();
        if (nodes < 1) throw new IllegalArgumentException("invalid trie: " + nodes + " nodes");
        int[] pairs = new int[2 * (nodes - 1)];
        in.asIntBuffer().get(pairs);
        in.position(in.position() + 4 * pairs.length);
        int[] parent = new int[nodes];
        int[] cps = new int[nodes];
        for (int c = 1; c < nodes; c++) {
            int p = pairs[2 * (c - 1)];
            if (p < 0 || p >= c) throw new IllegalArgumentException("invalid trie: node " + c + " has parent " + p);
            parent[c] = p;
            cps[c] = pairs[2 * (c - 1) + 1];
        }
        int[] nodeValue = new int[nodes];
        in.asIntBuffer().get(nodeValue);
        in.position(in.position() + 4 * nodes);
        int nv = in.getInt();
        int[][] vals = new int[nv][];
        for (int i = 0; i < nv; i++) {
            int[] v = new int[in.getInt()];
            in.asIntBuffer().get(v);
            in.position(in.position() + 4 * v.length);
            vals[i] = v;
        }
        for (int v : nodeValue) {
            if (v < -1 || v >= nv) throw new IllegalArgumentException("invalid trie: value index " + v);
        }
        return new CodePointTrie(parent, cps, nodeValue, vals);
    }

    private static long edge(int node, int cp) {
        return ((long) node << 21) | cp;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int child(int node, int cp) {
        if (node == 0 && cp < BMP) return rootChild[cp];
        long k = edge(node, cp);
        int s = slot(k, edgeMask);
        while (true) {
            long v = edgeKeys[s];
            if (v == k) return edgeChild[s];
            if (v == EMPTY) return 0;
            s = (s + 1) & edgeMask;
        }
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** True when some key starts with {@code cp}. */
    public boolean startsWith(int cp) {
        if (cp < BMP) return (rootBits[cp >>> 6] & (1L << cp)) != 0;
        return child(0, cp) != 0;
    }

    /** True when some key contains {@code cp} (at any position). Scans the nodes: for set-up, not per lookup. */
    public boolean usesCodePoint(int cp) {
        if (cp < BMP && rootChild[cp] != 0) return true;
        for (int c : nodeCp) {
            if (c == cp) return true;
        }
        return false;
    }

    /** True when every key is a single code point. */
    public boolean singleCodePointKeys() {
        for (int c = 1; c < nodeParent.length; c++) {
            if (nodeParent[c] != 0) return false;
        }
        return true;
    }

    /**
     * Sets in {@code bits} (one bit per BMP code point, 1024 longs) the bits of the BMP code points some key
     * starts with; returns whether some key starts beyond the BMP (which the bits cannot tell).
     */
    public boolean addFirstCodePoints(long[] bits) {
        for (int i = 0; i < rootBits.length; i++) bits[i] |= rootBits[i];
        return edgeKeysHaveAstralRoot();
    }

    private boolean edgeKeysHaveAstralRoot() {
        for (int c = 1; c < nodeCp.length; c++) {
            if (nodeParent[c] == 0 && nodeCp[c] >= BMP) return true;
        }
        return false;
    }

    /**
     * The longest key that is a prefix of {@code text[from, to)}: {@code (length << 32) | valueIndex}, or -1
     * when no key matches there.
     */
    public long longestMatch(int[] text, int from, int to) {
        int node = 0;
        long best = -1L;
        for (int i = from; i < to; i++) {
            if (i == from + 1 && !mayStartWith(text[from], text[i])) break;
            node = child(node, text[i]);
            if (node == 0) break;
            int v = nodeValue[node];
            if (v >= 0) best = ((long) (i - from + 1) << 32) | v;
        }
        return best;
    }

    /**
     * The longest key that is a prefix of the chars {@code s[from, to)} (keys of BMP characters; a surrogate matches
     * nothing): {@code (length << 32) | valueIndex}, or -1 when no key matches there. Allocates nothing.
     */
    public long longestMatch(CharSequence s, int from, int to) {
        int node = 0;
        long best = -1L;
        for (int i = from; i < to; i++) {
            if (i == from + 1 && !mayStartWith(s.charAt(from), s.charAt(i))) break;
            node = child(node, s.charAt(i));
            if (node == 0) break;
            int v = nodeValue[node];
            if (v >= 0) best = ((long) (i - from + 1) << 32) | v;
        }
        return best;
    }

    /**
     * For a trie built from reversed keys: the longest key that ends at {@code end} within the chars
     * {@code s[floor, end)}, read backwards: {@code (length << 32) | valueIndex}, or -1. Allocates nothing.
     */
    public long longestMatchBackward(CharSequence s, int end, int floor) {
        int node = 0;
        long best = -1L;
        for (int i = end - 1; i >= floor; i--) {
            if (i == end - 2 && !mayStartWith(s.charAt(end - 1), s.charAt(i))) break;
            node = child(node, s.charAt(i));
            if (node == 0) break;
            int v = nodeValue[node];
            if (v >= 0) best = ((long) (end - i) << 32) | v;
        }
        return best;
    }

    /** The replacement of a single code point key (its first code point), or {@code cp} itself when none. */
    public int mapChar(int cp) {
        int node = child(0, cp);
        if (node == 0) return cp;
        int v = nodeValue[node];
        return v < 0 ? cp : values[v][0];
    }

    /** The replacement text of a match's value index. Callers must not modify the array. */
    public int[] value(int index) {
        return values[index];
    }
}
