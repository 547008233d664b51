package org.zhtext.tariffs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tariff rules as data: the resource files of this package ({@code triggers.txt}: trigger words per action;
 * {@code duties.txt}: words that name a duty; {@code stance.txt}: stance markers; {@code patterns.txt}: where
 * parties are written; {@code parties.txt}: the news forms of the parties). Read once per process; immutable.
 */
final class Rules {
    /** Actions in the order they win when a clause holds triggers of several. */
    static final List<String> ACTIONS = List.of("extend", "lift", "suspend", "lower", "raise", "impose");
    /** Stances in the order they win; {@code none} marks a sentence that is no event. */
    static final List<String> STANCES = List.of("none", "denial", "threat", "fact", "plan");

    /** Trigger word → action, longest words first when matched. */
    final Words triggers;
    final Words duties;
    final Words stance;
    final Map<String, Words> patterns;
    /** News forms → code, in file order. */
    final Map<String, String> newsForms;

    private static volatile Rules shared;

    static Rules get() {
        Rules r = shared;
        if (r == null) {
            synchronized (Rules.class) {
                if ((r = shared) == null) shared = r = new Rules();
            }
        }
        return r;
    }

    private Rules() {
        triggers = Words.of(read("triggers.txt"));
        duties = Words.of(Map.of("duty", String.join(" ", read("duties.txt").get(""))));
        stance = Words.of(read("stance.txt"));
        patterns = new LinkedHashMap<>();
        for (var e : read("patterns.txt").entrySet()) patterns.put(e.getKey(), Words.of(Map.of(e.getKey(), e.getValue())));
        newsForms = new LinkedHashMap<>();
        for (var e : read("parties.txt").entrySet()) newsForms.put(e.getKey(), e.getValue());
    }

    Words pattern(String name) {
        Words w = patterns.get(name);
        if (w == null) throw new IllegalStateException("patterns.txt: no line " + name);
        return w;
    }

    /** Lines {@code key<TAB>value} (or a single column, under key ""), comments and blank lines skipped. */
    private static Map<String, String> read(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Rules.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/zhtext/tariffs/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) m.merge("", line.strip(), (a, b) -> a + " " + b);
                else m.merge(line.substring(0, tab).strip(), line.substring(tab + 1).strip(), (a, b) -> a + " " + b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** A set of words, each with a label, matched longest first at a position. */
    static final class Words {
        private final String[] words;
        private final String[] labels;
        /** By first character: the indexes of the words starting with it, longest first. */
        private final FirstChars byFirst;
        /** The first characters, tested before the table (one bit test rejects most positions of a text). */
        private final org.zhtext.core.CharSet firsts;

        private Words(String[] words, String[] labels) {
            this.words = words;
            this.labels = labels;
            this.byFirst = new FirstChars(words);
            StringBuilder fc = new StringBuilder();
            for (String w : words) fc.append(w.charAt(0));
            firsts = org.zhtext.core.CharSet.of(fc);
        }

        /** label → space-separated words. */
        static Words of(Map<String, String> byLabel) {
            List<String[]> all = new ArrayList<>();
            for (var e : byLabel.entrySet()) {
                for (String w : e.getValue().split("\\s+")) if (!w.isEmpty()) all.add(new String[] {w, e.getKey()});
            }
            all.sort((a, b) -> b[0].length() - a[0].length());
            return new Words(all.stream().map(a -> a[0]).toArray(String[]::new), all.stream().map(a -> a[1]).toArray(String[]::new));
        }

        /** Index of the longest word at {@code i} (ending by {@code end}), or -1. */
        int at(String s, int i, int end) {
            if (i >= end || !firsts.contains(s.charAt(i))) return -1;
            int[] ks = byFirst.get(s.charAt(i));
            if (ks == null) return -1;
            for (int k : ks) {
                if (i + words[k].length() <= end && s.startsWith(words[k], i)) return k;
            }
            return -1;
        }

        /** Index of a word ending exactly at {@code i} (starting at or after {@code floor}), or -1. */
        int endingAt(String s, int i, int floor) {
            for (int k = 0; k < words.length; k++) {
                int st = i - words[k].length();
                if (st >= floor && s.startsWith(words[k], st)) return k;
            }
            return -1;
        }

        /** First position of any word in [from, to), or -1. */
        int find(String s, int from, int to) {
            for (int i = from; i < to; i++) if (at(s, i, to) >= 0) return i;
            return -1;
        }

        String word(int k) {
            return words[k];
        }

        String label(int k) {
            return labels[k];
        }

        List<String> words() {
            return Arrays.asList(words);
        }
    }
}
