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
 * The figures' word files (issue 26) are written in simplified Chinese only; their traditional forms are made with
 * zhtext's own converter (OpenCC's s2t, s2tw and s2hk), so that a word is listed once. They are made at build time,
 * not at every start-up (loading the three converters took about 150 ms of each run): {@value #GENERATED} holds the
 * forms of every word the figures ask for, and {@code TraditionalTableTest} checks it against the converter (after
 * an edit of a word list or of the converter: {@code mvn -o test -Dtest=TraditionalTableTest -Dscripts.write=true}).
 * A word missing from the file (a new one before the file is regenerated) is converted at run time, as before.
 */
final class Scripts {
    static final String GENERATED = "traditional-generated.txt";
    /** Simplified word → its traditional forms, from {@value #GENERATED}. */
    private static final java.util.Map<String, List<String>> FORMS = readForms();
    /** Every word asked for, in order (for the test that keeps {@value #GENERATED} complete). */
    private static final Set<String> ASKED = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

    private Scripts() {
    }

    /** The traditional forms of a simplified word (standard, Taiwan, Hong Kong), without the word itself. */
    static Set<String> traditional(String simplified) {
        ASKED.add(simplified);
        List<String> known = FORMS.get(simplified);
        return known != null ? new LinkedHashSet<>(known) : convert(simplified);
    }

    /** {@link #traditional} by the converter itself. */
    static Set<String> convert(String simplified) {
        Set<String> out = new LinkedHashSet<>();
        for (Target t : new Target[] {Target.TRADITIONAL, Target.TW, Target.HK}) {
            String v = ChineseConverter.get(t, false).convertText(simplified);
            if (!v.equals(simplified)) out.add(v);
        }
        return out;
    }

    /** The words asked for so far, and whether each was in {@value #GENERATED}. */
    static java.util.Map<String, Boolean> asked() {
        java.util.Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        synchronized (ASKED) {
            for (String w : ASKED) out.put(w, FORMS.containsKey(w));
        }
        return out;
    }

    /** The lines of {@value #GENERATED} for these words: the word, then its forms, tab-separated; sorted. */
    static List<String> generate(java.util.Collection<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : new java.util.TreeSet<>(words)) {
            StringBuilder line = new StringBuilder(w);
            for (String f : convert(w)) line.append('\t').append(f);
            out.add(line.toString());
        }
        return out;
    }

    private static java.util.Map<String, List<String>> readForms() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String[] f : lines(GENERATED)) out.put(f[0], List.of(f).subList(1, f.length));
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
