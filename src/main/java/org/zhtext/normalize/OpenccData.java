package org.zhtext.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenCC dictionaries packed in OpenCC4j's jar ({@code data/dictionary/*.txt}) and the tables OpenCC derives
 * from them, each built once per process as a {@link CodePointTrie}.
 * <p>
 * OpenCC4j ships two files in its own shape, which are brought back to OpenCC's here:
 * <ul>
 *   <li>{@code TWVariants.txt} is keyed on simplified characters (伪 偽, 面 麵); OpenCC's keys are OpenCC standard
 *       traditional characters (僞 偽, 麪 麵), which is what the second stage of s2tw sees. Each key is mapped
 *       back through STCharacters (see {@link #twVariants()}).</li>
 *   <li>{@code TWPhrases.txt} is keyed on simplified text (鼠标 滑鼠); its entries are used in the first stage,
 *       beside STPhrases, and reversed (TW form -> simplified) for Taiwan-to-simplified with phrases.</li>
 * </ul>
 */
final class OpenccData {
    private static final Map<String, Map<String, String[]>> RAW = new ConcurrentHashMap<>();
    private static final Map<String, CodePointTrie> TRIES = new ConcurrentHashMap<>();

    private OpenccData() {}

    /** A table by name: an OpenCC4j file name without {@code .txt}, or a derived table (see the methods below). */
    static CodePointTrie trie(String name) {
        CodePointTrie t = TRIES.get(name);
        if (t != null) return t;
        Map<String, String> entries = switch (name) {
            case "TWVariants" -> twVariants();
            case "TWVariantsRev" -> reverse(twVariantsRaw(), true);
            case "HKVariantsRev" -> reverse(raw("HKVariants"), false);
            case "TWPhrasesRev" -> twPhrasesRev();
            case "TraditionalVariantsRev" -> traditionalVariantsRev();
            default -> DictionaryText.defaults(raw(name));
        };
        t = CodePointTrie.of(entries);
        CodePointTrie prev = TRIES.putIfAbsent(name, t);
        return prev == null ? t : prev;
    }

    /** A dictionary file of OpenCC4j's jar, parsed. */
    static Map<String, String[]> raw(String file) {
        return RAW.computeIfAbsent(file, f -> {
            String path = "/data/dictionary/" + f + ".txt";
            try (InputStream in = ZhConverterUtil.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("OpenCC4j dictionary missing from the classpath: " + path);
                return DictionaryText.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenCC4j dictionary " + path, e);
            }
        });
    }

    /** OpenCC's TWVariants (OpenCC standard traditional -> Taiwan form), single characters. */
    static Map<String, String> twVariants() {
        Map<String, String> out = new LinkedHashMap<>();
        twVariantsRaw().forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    private static Map<String, String[]> twVariantsRaw() {
        Map<String, String[]> st = raw("STCharacters");
        Map<String, String[]> out = new LinkedHashMap<>();
        raw("TWVariants").forEach((simp, v) -> {
            String tw = v[0];
            String[] cands = st.getOrDefault(simp, new String[] {simp});
            boolean twIsCandidate = false;
            for (String c : cands) twIsCandidate |= c.equals(tw);
            for (int i = 0; i < cands.length; i++) {
                String c = cands[i];
                // keys: the other candidates when the TW form is one of them; else the default, or the
                // non-identity candidates when the simplified character is its own default (面 -> 麪 -> 麵)
                boolean key = twIsCandidate
                        ? !c.equals(tw)
                        : (cands.length > 1 && cands[0].equals(simp)) ? !c.equals(simp) : i == 0;
                if (key && !c.equals(tw)) out.putIfAbsent(c, new String[] {tw});
            }
        });
        return out;
    }

    /** Inverts a variants table: every value (or only the default) -> its key; identity entries dropped. */
    private static Map<String, String> reverse(Map<String, String[]> dict, boolean defaultOnly) {
        Map<String, String> out = new LinkedHashMap<>();
        dict.forEach((k, vs) -> {
            for (int i = 0; i < (defaultOnly ? 1 : vs.length); i++) {
                if (!vs[i].equals(k)) out.putIfAbsent(vs[i], k);
            }
        });
        return out;
    }

    /**
     * Taiwan and Hong Kong forms -> OpenCC standard traditional, for the first stage of conversion to simplified.
     * An entry is kept only when it cannot damage simplified text passing through: its key is a traditional-only
     * character (TSCharacters changes it, or STCharacters knows it on neither side: 衞, 著, 矽), or the TS stage
     * brings the result back to the key (才 -> 纔 -> 才). So TW 么 -> 幺 is not applied (simplified 什么).
     * Taiwan's 著 -> 着 is applied; the zhù words (著名, 顯著) are protected by the override file.
     */
    private static Map<String, String> traditionalVariantsRev() {
        CodePointTrie ts = trie("TSCharacters");
        Map<String, String[]> st = raw("STCharacters");
        java.util.Set<String> stValues = new java.util.HashSet<>();
        st.values().forEach(vs -> stValues.addAll(java.util.List.of(vs)));
        Map<String, String> all = new LinkedHashMap<>(reverse(twVariantsRaw(), true));
        reverse(raw("HKVariants"), false).forEach(all::putIfAbsent);
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((x, y) -> {
            int cx = x.codePointAt(0);
            boolean traditionalOnly = ts.mapChar(cx) != cx || !(st.containsKey(x) || stValues.contains(x));
            if (traditionalOnly || ts.mapChar(y.codePointAt(0)) == cx) out.put(x, y);
        });
        return out;
    }

    /** Taiwan phrases -> simplified (OpenCC4j's TWPhrases reversed; keys also in their Taiwan variant forms). */
    private static Map<String, String> twPhrasesRev() {
        CodePointTrie twv = trie("TWVariants");
        Map<String, String> out = new LinkedHashMap<>();
        raw("TWPhrases").forEach((simp, v) -> {
            String tw = v[0];
            out.putIfAbsent(tw, simp);
            StringBuilder b = new StringBuilder(tw.length());
            tw.codePoints().forEach(cp -> b.appendCodePoint(twv.mapChar(cp)));
            out.putIfAbsent(b.toString(), simp);
        });
        return out;
    }
}
