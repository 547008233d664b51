package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Models;

/**
 * OpenCC's dictionaries, read once per process and only when a configuration needs them: the files of OpenCC
 * 1.4.2 vendored in {@code models/conversion/opencc/} (read through {@link Models#open}, so from disk or from the
 * copy packed into the jar), and the tables OpenCC's build derives from them:
 * <ul>
 *   <li>{@code TWVariantsRev}, {@code HKVariantsRev}: {@link DictionaryText#reverse} of the variants files;</li>
 *   <li>{@code TSCharactersExt}: {@link DictionaryText#tofuRisk} of TSCharacters;</li>
 *   <li>{@code STPhrases_GeneratedFromRegionalPhrases}: see {@link #generatedFromRegionalPhrases()}.</li>
 * </ul>
 * The tries and the detectors' tables come from the dictionaries built at build time ({@link OpenccBinary}) when
 * they match the files; otherwise they are parsed and derived from the text here, with the same result.
 * When the vendored folder is missing, the older dictionaries packed in OpenCC4j's jar are used instead (one
 * warning on stderr; files OpenCC4j lacks are empty).
 */
final class OpenccData {
    /** The vendored folder, relative to the models folder. */
    static final String DIR = "conversion/opencc/";

    private static final Map<String, Map<String, String[]>> DICTS = new ConcurrentHashMap<>();
    private static final Map<String, CodePointTrie> TRIES = new ConcurrentHashMap<>();
    private static volatile Boolean vendored;

    private OpenccData() {}

    /** Whether OpenCC4j's older dictionaries were chosen ({@code --converter opencc4j}, for comparison). */
    private static volatile boolean opencc4j;

    /** The message when the vendored data is missing and OpenCC4j was not chosen (no silent fallback). */
    static final String MISSING = "models/" + DIR + " not found (OpenCC 1.4.2's data, part of the checkout and the"
            + " jar); OpenCC4j's older dictionaries are used only when chosen";

    /** Chooses the dictionaries: the vendored OpenCC data (default) or OpenCC4j's; drops what was loaded. */
    static synchronized void useOpencc4j(boolean use) {
        if (use == opencc4j) return;
        opencc4j = use;
        DICTS.clear();
        TRIES.clear();
    }

    static boolean opencc4j() {
        return opencc4j;
    }

    /** Whether the vendored OpenCC data is present (looked up once). */
    static boolean present() {
        Boolean v = vendored;
        if (v == null) {
            synchronized (OpenccData.class) {
                v = vendored;
                if (v == null) {
                    try (InputStream in = Models.open(DIR + "TSCharacters.txt")) {
                        v = in != null;
                    } catch (IOException e) {
                        v = false;
                    }
                    vendored = v;
                }
            }
        }
        return v;
    }

    /**
     * True when converting with the vendored OpenCC data, false when OpenCC4j's dictionaries were chosen; when
     * the vendored data is missing and OpenCC4j was not chosen, an {@link IllegalStateException} ({@link #MISSING}).
     */
    static boolean vendored() {
        if (opencc4j) return false;
        if (!present()) throw new IllegalStateException(MISSING);
        return true;
    }

    /** One trie of the default values of the named dictionaries, the first dictionary winning a shared key. */
    static CodePointTrie trie(List<String> names) {
        String key = String.join("+", names);
        CodePointTrie t = TRIES.get(key);
        if (t != null) return t;
        OpenccBinary built = vendored() ? OpenccBinary.get() : null;
        if (built != null) t = built.trie(key);
        if (t == null) t = parsedTrie(names);
        CodePointTrie prev = TRIES.putIfAbsent(key, t);
        return prev == null ? t : prev;
    }

    /** The trie of the named dictionaries as parsed from their text (what {@link OpenccBinary} stores). */
    static CodePointTrie parsedTrie(List<String> names) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String name : names) DictionaryText.defaults(dict(name)).forEach(merged::putIfAbsent);
        return CodePointTrie.of(merged);
    }

    /** A dictionary of the vendored folder as parsed from its text (and derived, for the generated tables). */
    static Map<String, String[]> parsedDict(String name) {
        return load(name);
    }

    /** A dictionary by OpenCC name (file name without extension): key -> candidates. */
    static Map<String, String[]> dict(String name) {
        Map<String, String[]> d = DICTS.get(name);
        if (d != null) return d;
        if (vendored()) {
            OpenccBinary built = OpenccBinary.get();
            d = built == null ? null : built.dict(name);
            if (d == null) d = load(name);
        } else {
            d = openCC4j(name);
        }
        Map<String, String[]> prev = DICTS.putIfAbsent(name, d);
        return prev == null ? d : prev;
    }

    private static Map<String, String[]> load(String name) {
        return switch (name) {
            case "TWVariantsRev", "HKVariantsRev" -> DictionaryText.reverse(lines(name.substring(0, name.length() - 3)));
            case "TSCharactersExt" -> DictionaryText.tofuRisk(lines("TSCharacters"));
            case "STPhrases_GeneratedFromRegionalPhrases" -> generatedFromRegionalPhrases();
            default -> DictionaryText.parse(lines(name));
        };
    }

    private static List<String> lines(String name) {
        String path = DIR + name + ".txt";
        try (InputStream in = Models.open(path)) {
            if (in == null) throw new IllegalStateException("OpenCC dictionary missing: models/" + path);
            return DictionaryText.lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models/" + path, e);
        }
    }

    private static Map<String, String[]> openCC4j(String name) {
        String path = "/data/dictionary/" + name + ".txt";
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream(path)) {
            return in == null ? Map.of() : DictionaryText.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC4j dictionary " + path, e);
        }
    }

    /**
     * OpenCC's {@code generate_st_phrases_from_regional_phrases.py} as its build runs it: the keys of HKPhrases
     * and TWPhrases (OpenCC standard traditional) converted with t2s; a result of at least 3 characters becomes a
     * key mapped to the original (the first one when several project onto it), so that s2t keeps these phrases
     * whole before regional vocabulary is applied.
     */
    static Map<String, String[]> generatedFromRegionalPhrases() {
        OpenccPipeline t2s = OpenccPipeline.of("t2s");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String source : List.of("HKPhrases", "TWPhrases")) {
            for (String key : new ArrayList<>(dict(source).keySet())) {
                String simplified = t2s.convertText(key);
                if (simplified.codePointCount(0, simplified.length()) < 3) continue;
                out.putIfAbsent(simplified, new String[] {key});
            }
        }
        return out;
    }
}
