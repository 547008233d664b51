package org.zhtext.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forward- and backward-pointing words before a date ({@code leaning-words.txt}): 延长到, 将于, 推迟至, 截至 point
 * forward (+1), 原定, 此前 backward (-1). {@link DateResolver} takes, of two near readings of a month without a year,
 * the later or the earlier one.
 */
final class Leaning {
    private Leaning() {
    }

    private static final Lexicon.Table WORDS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("leaning-words.txt")) {
            String lean = f[0].equals("forward") ? "+" : f[0].equals("backward") ? "-" : null;
            if (lean == null) throw new IllegalStateException("leaning-words.txt: " + f[0]);
            for (String w : f[1].split(" ")) words.put(w, lean);
        }
        WORDS = Scripts.table(words, true);
    }

    /** +1, -1 or 0 for the word right before {@code start} (or before 在/于/到/至 there) in {@code s}. */
    static int of(String s, int start) {
        int q = start;
        while (q > 0 && TextScan.isSpace(s.charAt(q - 1))) q--;
        Lexicon.Entry w = Lexicon.matchBefore(s, q, Math.max(0, q - 5), WORDS);
        if (w == null && q > 0 && "在于於到至".indexOf(s.charAt(q - 1)) >= 0) {
            w = Lexicon.matchBefore(s, q - 1, Math.max(0, q - 6), WORDS);
        }
        return w == null ? 0 : w.norm().equals("+") ? 1 : -1;
    }
}
