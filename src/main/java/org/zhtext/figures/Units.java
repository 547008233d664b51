package org.zhtext.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measure units (issue 26) from {@code units.txt}: each way of writing a unit after a number (公斤, 千克, kg) → its
 * SI or customary symbol (kg). Chinese words get their traditional forms from zhtext's converter; Latin symbols
 * are matched as written (case-sensitive) and stand only when no ASCII letter or digit follows ({@link #latinEnds}).
 */
final class Units {
    private Units() {
    }

    /** Surface word → symbol, traditional forms included. */
    static final Map<String, String> WORDS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("units.txt")) {
            for (String w : f[1].split(" ")) words.put(w, f[0]);
        }
        Map<String, String> all = new LinkedHashMap<>(words);
        for (Map.Entry<String, String> e : words.entrySet()) {
            for (String t : Scripts.traditional(e.getKey())) all.putIfAbsent(t, e.getValue());
        }
        WORDS = java.util.Collections.unmodifiableMap(all);
    }

    /**
     * A unit word that ends with an ASCII letter or digit (kg, m2) stands only when the next char is none of those
     * (5nm工艺, not 5Gbit…; 30kg。): the word ending at {@code end} is a whole token.
     */
    static boolean latinEnds(String s, int end, int n) {
        char last = s.charAt(end - 1);
        if (!isAsciiAlnum(last)) return true;
        return end >= n || !isAsciiAlnum(s.charAt(end));
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
