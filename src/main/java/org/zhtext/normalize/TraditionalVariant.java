package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variant of a traditional text, which picks OpenCC's configuration for converting it to simplified: OpenCC
 * standard (t2s), Taiwan (tw2s: Taiwan writes 著 for both zhù and zhe, so 睡著 becomes 睡着) or Hong Kong (hk2s).
 * <p>
 * Detected from the characters that only some variants write, by OpenCC's own tables (leaving out the
 * characters STCharacters reads or writes, which simplified or standard text has too, and 著 itself):
 * <ul>
 *   <li><b>Taiwan</b>: the forms TWVariants writes (裡, 麵, 為, 眾, 啟);</li>
 *   <li><b>Hong Kong</b>: the forms HKVariants writes (衞, 説, 綫, 為, 眾);</li>
 *   <li><b>standard</b>: the forms TWVariants replaces (爲, 衆, 裏), which Taiwan text does not write, and
 *       simplified characters ({@link ScriptDetector}: 这, 们), so that simplified text keeps its 著.</li>
 * </ul>
 * Regional vocabulary counts too, by its length: the Taiwan phrases of TWPhrasesRev (軟體, 滑鼠) and the Hong
 * Kong ones of HKPhrasesRev (機會率, 史提芬), matched longest first. With {@code tw}, {@code hk} and
 * {@code std} such characters in a text: standard when {@code std} is the largest count, else
 * Hong Kong when {@code hk > tw}, else Taiwan (also when there is no evidence at all: Taiwan text is common,
 * OpenCC standard text rare). Thread-safe.
 */
enum TraditionalVariant {
    STANDARD("t2s", "t2s"),
    TW("tw2s", "tw2sp"),
    HK("hk2s", "hk2sp");

    private static final byte TW_FORM = 1;
    private static final byte HK_FORM = 2;
    private static final byte STD_FORM = 4;
    /** Taiwan's form of 着, but also the standard and simplified 著 (zhù): the character in question, no mark. */
    private static final String AMBIGUOUS = "著";
    /** The regional phrase tables the detection matches (built at build time with the converter's tries). */
    static final List<String> TRIES = List.of("TWPhrasesRev", "HKPhrasesRev");

    private final String config;
    private final String phrasesConfig;

    TraditionalVariant(String config, String phrasesConfig) {
        this.config = config;
        this.phrasesConfig = phrasesConfig;
    }

    /**
     * The OpenCC configuration converting this variant to simplified; with {@code phrases}, the one that also
     * converts regional phrases (none for standard text, which shows no regional vocabulary).
     */
    String config(boolean phrases) {
        return phrases ? phrasesConfig : config;
    }

    /** The variant of a text given as code points (see the class comment). */
    static TraditionalVariant detect(int[] cps) {
        Counts c = new Counts();
        c.add(cps, 0, cps.length);
        return c.variant();
    }

    /**
     * The evidence of a text read in blocks: the variant of the whole text is that of the concatenated blocks when
     * no regional phrase spans two blocks (blocks cut where {@link #usesCodePoint} is false).
     */
    static final class Counts {
        private final DetectionTables t = DetectionTables.get();
        private final ScriptDetector script = ScriptDetector.get();
        private int tw, hk, std;

        /** Counts the evidence of {@code cps[from, to)}. */
        void add(int[] cps, int from, int to) {
            byte[] any = t.any;
            for (int p = from; p < to; ) {
                int cp = cps[p];
                if (cp < any.length && any[cp] == 0) { // most characters: no phrase starts there, no mark
                    p++;
                    continue;
                }
                int twLen = t.twWords.startsWith(cp) ? matchLength(t.twWords, cps, p, to) : 0;
                int hkLen = t.hkWords.startsWith(cp) ? matchLength(t.hkWords, cps, p, to) : 0;
                if (twLen + hkLen > 0) {
                    tw += twLen;
                    hk += hkLen;
                    p += Math.max(twLen, hkLen);
                    continue;
                }
                p++;
                int k = t.mark(cp);
                if (k == 0) {
                    if (script.simplifiedOnly(cp)) std++;
                    continue;
                }
                if ((k & TW_FORM) != 0) tw++;
                if ((k & HK_FORM) != 0) hk++;
                if ((k & STD_FORM) != 0) std++;
            }
        }

        /** The variant of the text counted so far. */
        TraditionalVariant variant() {
            if (std > Math.max(tw, hk)) return STANDARD;
            return hk > tw ? HK : TW;
        }
    }

    /** True when a regional phrase of the detection tables contains {@code cp}. */
    static boolean usesCodePoint(int cp) {
        DetectionTables t = DetectionTables.get();
        return t.twWords.usesCodePoint(cp) || t.hkWords.usesCodePoint(cp);
    }

    /** The marks of the variants' forms (a table over the BMP, a map beyond) and the regional phrase tries. */
    private static final class DetectionTables {
        private static volatile DetectionTables instance;
        final byte[] bmp = new byte[0x10000];
        final Map<Integer, Byte> astral = new HashMap<>();
        final CodePointTrie twWords = OpenccData.trie(List.of(TRIES.get(0)));
        final CodePointTrie hkWords = OpenccData.trie(List.of(TRIES.get(1)));

        /** BMP code points that count in some way: a regional phrase starts there, a mark, simplified evidence. */
        final byte[] any = new byte[0x10000];

        DetectionTables(Map<Integer, Byte> marks) {
            marks.forEach((cp, k) -> {
                if (cp < bmp.length) bmp[cp] = k;
                else astral.put(cp, k);
            });
            ScriptDetector script = ScriptDetector.get();
            for (int cp = 0; cp < any.length; cp++) {
                boolean counts = bmp[cp] != 0 || twWords.startsWith(cp) || hkWords.startsWith(cp) || script.simplifiedOnly(cp);
                any[cp] = (byte) (counts ? 1 : 0);
            }
        }

        static DetectionTables get() {
            DetectionTables t = instance;
            if (t == null) {
                synchronized (DetectionTables.class) {
                    if (instance == null) instance = new DetectionTables(buildMarks());
                    t = instance;
                }
            }
            return t;
        }

        int mark(int cp) {
            if (cp < bmp.length) return bmp[cp];
            Byte k = astral.get(cp);
            return k == null ? 0 : k;
        }
    }

    private static int matchLength(CodePointTrie t, int[] cps, int p, int end) {
        long m = t.longestMatch(cps, p, end);
        return m < 0 ? 0 : (int) (m >>> 32);
    }

    private static Map<Integer, Byte> buildMarks() {
        Map<String, String[]> st = OpenccData.dict("STCharacters");
        Set<String> common = new HashSet<>(st.keySet()); // simplified characters and OpenCC standard forms
        st.values().forEach(vs -> common.addAll(List.of(vs)));
        common.add(AMBIGUOUS);
        Map<Integer, Byte> out = new HashMap<>();
        addForms(OpenccData.dict("TWVariants"), TW_FORM, common, out);
        addForms(OpenccData.dict("HKVariants"), HK_FORM, common, out);
        OpenccData.dict("TWVariants").forEach((key, vs) -> {
            if (!vs[0].equals(key) && !st.containsKey(key)) out.putIfAbsent(key.codePointAt(0), STD_FORM);
        });
        return out;
    }

    /** Marks the regional forms of a variants table: its non-identity values that are not common characters. */
    private static void addForms(Map<String, String[]> table, byte kind, Set<String> common, Map<Integer, Byte> out) {
        table.forEach((key, vs) -> {
            for (String v : vs) {
                if (!v.equals(key) && !common.contains(v)) out.merge(v.codePointAt(0), kind, (a, b) -> (byte) (a | b));
            }
        });
    }
}
