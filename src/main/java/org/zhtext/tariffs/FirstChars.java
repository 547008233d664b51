package org.zhtext.tariffs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words by their first character: for a character, the indexes of the words that start with it, in the order given
 * (longest first where the caller sorted them so). An open-addressing table keyed on the char, so a lookup boxes
 * nothing and allocates nothing (a {@code Map<Character, …>} boxes every CJK character it is asked about).
 * Immutable.
 */
final class FirstChars {
    private final char[] keys;
    private final int[][] values;
    private final int mask;

    FirstChars(String[] words) {
        Map<Character, List<Integer>> m = new LinkedHashMap<>();
        for (int k = 0; k < words.length; k++) m.computeIfAbsent(words[k].charAt(0), c -> new ArrayList<>()).add(k);
        int cap = Integer.highestOneBit(Math.max(4, m.size() * 2)) << 1;
        keys = new char[cap];
        values = new int[cap][];
        mask = cap - 1;
        for (var e : m.entrySet()) {
            int slot = slot(e.getKey());
            while (values[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = e.getKey();
            values[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int slot(char c) {
        return (c * 0x9E3779B1 >>> 16) & mask;
    }

    /** The indexes of the words starting with {@code c}, or null. Callers must not modify the array. */
    int[] get(char c) {
        for (int slot = slot(c); ; slot = (slot + 1) & mask) {
            int[] v = values[slot];
            if (v == null) return null;
            if (keys[slot] == c) return v;
        }
    }
}
