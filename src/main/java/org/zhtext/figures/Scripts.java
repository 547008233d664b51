package org.zhtext.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * The figures' word files (issue 26) are written in simplified Chinese only; their traditional forms are generated
 * here with zhtext's own converter (OpenCC's s2t, s2tw and s2hk), so that a word is listed once.
 */
final class Scripts {
    private Scripts() {
    }

    /** The traditional forms of a simplified word (standard, Taiwan, Hong Kong), without the word itself. */
    static Set<String> traditional(String simplified) {
        Set<String> out = new LinkedHashSet<>();
        for (Target t : new Target[] {Target.TRADITIONAL, Target.TW, Target.HK}) {
            String v = ChineseConverter.get(t, false).convertText(simplified);
            if (!v.equals(simplified)) out.add(v);
        }
        return out;
    }

    /** A word table of these words and, with {@code traditional}, their traditional forms (a form listed wins). */
    static Lexicon.Table table(java.util.Map<String, String> words, boolean traditional) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(words);
        if (traditional) {
            for (java.util.Map.Entry<String, String> e : words.entrySet()) {
                for (String t : traditional(e.getKey())) all.putIfAbsent(t, e.getValue());
            }
        }
        Lexicon.Entry[] es = new Lexicon.Entry[all.size()];
        int k = 0;
        for (java.util.Map.Entry<String, String> w : all.entrySet()) es[k++] = new Lexicon.Entry(w.getKey(), w.getValue());
        java.util.Arrays.sort(es, (a, b) -> b.word().length() - a.word().length());
        return new Lexicon.Table(es);
    }

    /** The data lines (not blank, not {@code #} comments) of a resource of this package, split at tabs. */
    static List<String[]> lines(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Scripts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
