package org.zhtext.normalize;

import java.util.HashMap;
import java.util.Map;
import org.zhtext.core.Script;

/**
 * Detects whether a text is written in simplified or traditional characters, counting only the characters
 * whose forms differ between the scripts, by OpenCC's character tables:
 * <ul>
 *   <li>a character is <b>traditional evidence</b> when TSCharacters maps it and it is not among its own
 *       simplified candidates (發, 後, 裡, 為);</li>
 *   <li><b>simplified evidence</b> when STCharacters maps it and it is not among its own traditional candidates
 *       (发, 这, 们);</li>
 *   <li>characters that are their own counterpart in either direction never count: identical in both scripts
 *       (中, 人), or valid in both for some senses (后/後, 干/乾/幹, 台/臺, 里/裏, 面/麪, 乾, 著).</li>
 * </ul>
 * With {@code s} simplified and {@code t} traditional evidence characters: {@link Script#NONE} when
 * {@code s + t == 0}; {@link Script#MIXED} when the minority has at least {@value #MIXED_MIN_CHARS} characters
 * and more than {@value #MIXED_MIN_SHARE} of the evidence; otherwise the majority (a simplified article quoting
 * one traditional name stays simplified). Thread-safe.
 * OpenCC4j's {@code isTraditional} is not used: it calls many simplified texts traditional.
 */
public final class ScriptDetector {
    /** Minimum share of the minority script among the evidence characters for a text to be mixed. */
    public static final double MIXED_MIN_SHARE = 0.10;
    /** Minimum number of minority evidence characters for a text to be mixed. */
    public static final int MIXED_MIN_CHARS = 2;

    private static final byte SIMP = 1;
    private static final byte TRAD = 2;
    private static volatile ScriptDetector instance;

    private final byte[] bmp = new byte[0x10000];
    private final Map<Integer, Byte> astral = new HashMap<>();

    private ScriptDetector() {
        mark(OpenccData.dict("STCharacters"), SIMP);
        mark(OpenccData.dict("TSCharacters"), TRAD);
    }

    /** The shared detector. */
    public static ScriptDetector get() {
        ScriptDetector d = instance;
        if (d == null) {
            synchronized (ScriptDetector.class) {
                if (instance == null) instance = new ScriptDetector();
                d = instance;
            }
        }
        return d;
    }

    /** Shorthand for {@code get().detectScript(text)}. */
    public static Script detect(String text) {
        return get().detectScript(text);
    }

    private void mark(Map<String, String[]> table, byte kind) {
        table.forEach((key, values) -> {
            if (key.codePointCount(0, key.length()) != 1) return;
            for (String v : values) {
                if (v.equals(key)) return; // its own counterpart: valid in both scripts
            }
            int cp = key.codePointAt(0);
            byte prev = kind(cp);
            byte k = prev != 0 && prev != kind ? 0 : kind; // listed both ways: ambiguous
            if (cp < bmp.length) bmp[cp] = k;
            else astral.put(cp, k);
        });
    }

    private byte kind(int cp) {
        return cp < bmp.length ? bmp[cp] : astral.getOrDefault(cp, (byte) 0);
    }

    /** True when {@code cp} is simplified evidence (a character only simplified text writes). */
    boolean simplifiedOnly(int cp) {
        return kind(cp) == SIMP;
    }

    /** Counts of evidence characters: {@code {simplified, traditional}}. */
    public int[] evidence(String text) {
        int s = 0, t = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte k = kind(cp);
            if (k == SIMP) s++;
            else if (k == TRAD) t++;
        }
        return new int[] {s, t};
    }

    /** Adds the evidence of the code points {@code cps[from, to)} to {@code counts} ({@code {simplified, traditional}}). */
    public void addEvidence(int[] cps, int from, int to, int[] counts) {
        int s = 0, t = 0;
        for (int i = from; i < to; i++) {
            byte k = kind(cps[i]);
            if (k == SIMP) s++;
            else if (k == TRAD) t++;
        }
        counts[0] += s;
        counts[1] += t;
    }

    /** The script of {@code text} (see the class comment for the thresholds). */
    public Script detectScript(String text) {
        return script(evidence(text));
    }

    /** The script of a text with the evidence counts {@code {simplified, traditional}}. */
    public static Script script(int[] e) {
        int s = e[0], t = e[1];
        int total = s + t;
        if (total == 0) return Script.NONE;
        int minority = Math.min(s, t);
        if (minority >= MIXED_MIN_CHARS && (double) minority / total > MIXED_MIN_SHARE) return Script.MIXED;
        return s >= t ? Script.SIMPLIFIED : Script.TRADITIONAL;
    }
}
